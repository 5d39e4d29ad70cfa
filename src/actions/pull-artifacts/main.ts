/**
 * `actions/pull-artifacts`: list on the box → pull (rsync / parallel streams, resumable) → verify every file
 * against the box's sha256 manifest → optional checkpoint checks → hand off (artifact, cache, or leave in
 * dest) → record "pulled and verified" in the session for the Iron Law → outputs and job summary.
 */
import { failStep, readInput } from '../../adapters/actions-io.js';
import { uploadArtifactFiles } from '../../adapters/artifact-store.js';
import { saveToCache } from '../../adapters/cache-store.js';
import { runPull, type PullOutcome } from '../../adapters/run-pull.js';
import { pullSummaryMarkdown, formatBytes, type HandoffReport } from '../../core/report/pull-summary.js';
import { readSession, sessionPath } from '../../core/session/session.js';
import { inside } from '../../core/transfer/local-path.js';
import type { Ui } from '../../core/ui.js';
import { readPullInputs, type Handoff } from './inputs.js';

export const OUTPUTS = {
  files: 'files',
  bytes: 'bytes',
  manifestPath: 'manifest-path',
  manifestSha256: 'manifest-sha256',
  verified: 'verified',
  artifactId: 'artifact-id',
  cacheKey: 'cache-key',
  dest: 'dest',
} as const;

export async function main(ui: Ui): Promise<void> {
  const file = sessionPath();
  const session = file ? readSession(file) : undefined;
  const { request, handoff } = readPullInputs(readInput, ui, session);
  const cancel = new AbortController();
  process.once('SIGINT', () => cancel.abort(new Error('cancelled')));
  process.once('SIGTERM', () => cancel.abort(new Error('cancelled')));

  const outcome = await runPull(request, { ui, signal: cancel.signal, ...(file ? { sessionFile: file } : {}) });
  const { result } = outcome;
  const handed =
    outcome.ok || request.allowPartial ? await handOff(handoff, outcome, request.destInput, ui) : skipped(handoff);

  ui.setOutput(OUTPUTS.files, result.files.filter((f) => f.status === 'verified' || f.status === 'present').length);
  ui.setOutput(OUTPUTS.bytes, result.totalBytes);
  ui.setOutput(OUTPUTS.manifestPath, result.manifestPath);
  ui.setOutput(OUTPUTS.manifestSha256, result.manifestSha256);
  ui.setOutput(OUTPUTS.verified, outcome.ok);
  ui.setOutput(OUTPUTS.dest, result.dest);
  if (handed.artifactId !== undefined) ui.setOutput(OUTPUTS.artifactId, handed.artifactId);
  if (handed.cacheKey !== undefined) ui.setOutput(OUTPUTS.cacheKey, handed.cacheKey);
  await ui.summary(pullSummaryMarkdown(result, outcome.checks, handed.report));

  if (!outcome.ok) {
    const failed = result.files.filter((f) => f.status === 'failed').map((f) => f.rel);
    const checks = outcome.checks.filter((c) => !c.ok).map((c) => c.rel);
    const what = [
      failed.length > 0
        ? `${failed.length} file(s) not verified (${failed.slice(0, 5).join(', ')}${failed.length > 5 ? ', …' : ''})`
        : '',
      checks.length > 0
        ? `verify-command failed for ${checks.slice(0, 5).join(', ')}${checks.length > 5 ? ', …' : ''}`
        : '',
    ]
      .filter(Boolean)
      .join('; ');
    if (request.allowPartial) ui.warning(`pull incomplete (allow-partial: true): ${what}`);
    else
      failStep(
        `tenant/pull-artifacts: ${what}; the box must not be torn down (set allow-partial: true to accept a partial pull)`,
      );
    if (!request.allowPartial) process.exitCode = 1;
  }
}

interface Handed {
  report: HandoffReport;
  artifactId?: number;
  cacheKey?: string;
}

function skipped(h: Handoff): Handed {
  return {
    report: {
      kind: h.kind,
      ok: h.kind === 'none',
      text: h.kind === 'none' ? 'left in dest' : `no ${h.kind} saved: the pull did not verify`,
    },
  };
}

async function handOff(h: Handoff, outcome: PullOutcome, destInput: string, ui: Ui): Promise<Handed> {
  const r = outcome.result;
  if (h.kind === 'none') return { report: { kind: 'none', ok: true, text: `left in ${r.dest}` } };
  if (h.kind === 'artifact') {
    const files = r.files
      .filter((f) => f.status === 'verified' || f.status === 'present')
      .map((f) => inside(r.dest, f.rel));
    files.push(r.manifestPath, r.sha256sumsPath);
    const a = await ui.group(`upload artifact ${h.name}`, () =>
      uploadArtifactFiles({
        name: h.name,
        files,
        root: r.dest,
        ...(h.retentionDays !== undefined ? { retentionDays: h.retentionDays } : {}),
      }),
    );
    ui.info(`uploaded artifact ${h.name} (id ${a.id}, ${formatBytes(a.size)})`);
    return {
      artifactId: a.id,
      report: { kind: 'artifact', ok: true, text: `artifact ${h.name} (id ${a.id}, ${formatBytes(a.size)})` },
    };
  }
  const c = await ui.group(`save cache ${h.key}`, () => saveToCache([destInput], h.key));
  if (!c.saved) {
    ui.warning(`cache not saved: ${c.reason}; the files are still in ${r.dest}`);
    return { report: { kind: 'cache', ok: false, text: `cache not saved: ${c.reason}` } };
  }
  ui.info(`saved the cache under key ${c.key} (id ${c.cacheId}); restore it with actions/cache, path: ${destInput}`);
  return { cacheKey: c.key, report: { kind: 'cache', ok: true, text: `cache key ${c.key} (path ${destInput})` } };
}
