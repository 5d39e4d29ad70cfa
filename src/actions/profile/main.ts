/**
 * `actions/profile`: resolve a platform profile into outputs a workflow can use (the durable checkpoint
 * dir, the preemption window) and a job summary of its storage facts with their sources.
 */
import { readInput } from '../../adapters/actions-io.js';
import { ConfigurationError } from '../../core/errors.js';
import { loadProfileAsync } from '../../core/profiles/load-async.js';
import { codeDirOrNull, detachPrimitives, durableCheckpointDir, preemption } from '../../core/profiles/queries.js';
import { profileSummaryMarkdown } from '../../core/report/profile-summary.js';
import type { Ui } from '../../core/ui.js';

export const OUTPUTS = {
  checkpointDir: 'checkpoint-dir',
  codeDir: 'code-dir',
  preemptionSignal: 'preemption-signal',
  graceSeconds: 'grace-seconds',
  detach: 'detach',
} as const;

export async function main(ui: Ui): Promise<void> {
  const id = readInput('profile');
  if (!id)
    throw new ConfigurationError("input 'profile' is required: name a platform, e.g. 'autodl' or 'local'", 'profile');
  const profile = await loadProfileAsync(id);
  const signal = preemption(profile);
  ui.setOutput(OUTPUTS.checkpointDir, durableCheckpointDir(profile));
  ui.setOutput(OUTPUTS.codeDir, codeDirOrNull(profile) ?? '');
  ui.setOutput(OUTPUTS.preemptionSignal, signal.signal);
  ui.setOutput(OUTPUTS.graceSeconds, signal.graceSeconds);
  ui.setOutput(OUTPUTS.detach, detachPrimitives(profile).join(','));
  ui.info(
    `profile ${id}: checkpoints in ${durableCheckpointDir(profile)}; ${signal.signal} with ${signal.graceSeconds}s grace`,
  );
  await ui.summary(profileSummaryMarkdown(profile));
}
