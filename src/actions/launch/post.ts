/**
 * The launch's post step (runs always, also after a cancellation):
 *   1. removes every OpenSSH temp dir (private key, known_hosts) main wrote — only those, by the paths main
 *      recorded, never anything else in ~/.ssh or RUNNER_TEMP;
 *   2. when main did not finish (the workflow was cancelled, or the runner killed it) and stop-on-cancel is
 *      true, stops the run: the profile's preemption signal to its process group, the grace, then SIGKILL.
 *      Otherwise the run is left alive on the box — trainings are meant to outlive a job.
 */
import { rmSync } from 'node:fs';
import { basename } from 'node:path';
import { readInput, readState } from '../../adapters/actions-io.js';
import { openHost } from '../../adapters/open-host.js';
import { stopRun } from '../../core/launch/launch.js';
import { parseBool } from '../../core/launch/values.js';
import { loadProfile } from '../../core/profiles/loader.js';
import { runPaths } from '../../core/run/layout.js';
import { removeEnvFile } from '../../core/run/start-once.js';
import { readRunStatus } from '../../core/run/status.js';
import type { Ui } from '../../core/ui.js';
import { connectionSettingsFromInputs } from '../connection-inputs.js';
import { parseSavedRun, parseTempDirs, STATE_KEYS } from './state.js';

export function removeTempDirs(dirs: readonly string[], ui: Ui): number {
  let removed = 0;
  for (const dir of dirs) {
    if (!basename(dir).startsWith('tenant-ssh-')) {
      ui.warning(`not removing ${dir}: not a tenant temp dir`);
      continue;
    }
    rmSync(dir, { recursive: true, force: true });
    removed++;
  }
  return removed;
}

export async function post(ui: Ui): Promise<void> {
  const removed = removeTempDirs(parseTempDirs(readState(STATE_KEYS.tempDirs)), ui);
  if (removed > 0) ui.debug(`removed ${removed} temp dir(s) holding the SSH key and known_hosts`);

  const run = parseSavedRun(readState(STATE_KEYS.run));
  if (!run || readState(STATE_KEYS.mainDone) === 'true') return;
  const stopOnCancel = parseBool(readInput('stop-on-cancel'), 'stop-on-cancel');
  if (!stopOnCancel) {
    ui.notice(
      `the launch step did not finish (cancelled?); run ${run.runId} keeps running on the box (stop-on-cancel: false). Attach to it later with mode: attach, run-id: ${run.runId}`,
    );
    return;
  }
  const settings = connectionSettingsFromInputs(readInput, ui);
  const profile = loadProfile(settings.profile);
  const host = await openHost(settings, ui);
  try {
    const paths = runPaths(run.root, run.runId);
    const status = await readRunStatus(host, paths);
    // The pgid must still be this run's (a recycled pgid is some other program's).
    if (status.state !== 'running' || status.pgid !== run.pgid) {
      ui.info(`run ${run.runId} is not running any more (${status.state}); nothing to stop`);
      return;
    }
    const how = await stopRun(host, profile, run.pgid, paths);
    await removeEnvFile(host, paths);
    ui.notice(`cancelled: stopped run ${run.runId} (stop-on-cancel: true): ${how}`);
  } finally {
    await host.close();
  }
}
