/**
 * The optional `verify-command`: after every file matched the box's sha256, run a command of the user's on
 * the runner for each pulled checkpoint (for example a load test, or the verify-resume probe). A checkpoint is
 * what the remote path names: each entry of a pulled folder (step-100/, latest.pt), each glob match, or the
 * file itself. A failing one is reported by name with the tail of its output.
 */
import type { SpecResult } from './listing.js';
import type { PullResult } from './pull.js';

export interface CheckpointUnit {
  /** Path under dest (POSIX). */
  rel: string;
  /** Number of pulled files in it. */
  files: number;
  /** Every file in it matched the manifest. */
  complete: boolean;
}

export interface CommandOutcome {
  code: number | null;
  timedOut: boolean;
  /** Last lines of stdout and stderr together. */
  output: string;
}

/** Runs `command` with the unit's absolute path as $1 (and TENANT_CHECKPOINT). Provided by an adapter. */
export type CheckRunner = (
  command: string,
  absolutePath: string,
  rel: string,
  timeoutMs: number,
) => Promise<CommandOutcome>;

export interface CheckResult {
  rel: string;
  ok: boolean;
  seconds: number;
  message?: string;
}

/** How many leading components of a file's path name its checkpoint, for the spec it came from. */
function depthFor(spec: SpecResult | undefined): number {
  if (!spec) return 1;
  if (spec.kind === 'file') return Number.POSITIVE_INFINITY;
  if (spec.kind === 'dir') {
    const contents = spec.spec.replace(/\/+$/, '') !== spec.spec && spec.spec.replace(/\/+$/, '') !== '';
    return contents ? 1 : 2;
  }
  return 1;
}

export function checkpointUnits(result: Pick<PullResult, 'files' | 'specs'>): CheckpointUnit[] {
  const units = new Map<string, CheckpointUnit>();
  for (const f of result.files) {
    if (f.status === 'changed') continue;
    const parts = f.rel.split('/');
    const depth = depthFor(result.specs[f.spec]);
    const rel = parts.slice(0, Math.min(parts.length, depth)).join('/');
    const u = units.get(rel) ?? { rel, files: 0, complete: true };
    u.files++;
    if (f.status !== 'verified' && f.status !== 'present') u.complete = false;
    units.set(rel, u);
  }
  return [...units.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

export async function runCheckpointChecks(
  units: readonly CheckpointUnit[],
  command: string,
  dest: string,
  timeoutMs: number,
  run: CheckRunner,
  now: () => number = Date.now,
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const u of units) {
    if (!u.complete) {
      results.push({
        rel: u.rel,
        ok: false,
        seconds: 0,
        message: 'not checked: some of its files were not pulled and verified',
      });
      continue;
    }
    const started = now();
    const abs = `${dest.replace(/\/+$/, '')}/${u.rel}`;
    const out = await run(command, abs, u.rel, timeoutMs);
    const seconds = (now() - started) / 1000;
    if (out.code === 0 && !out.timedOut) results.push({ rel: u.rel, ok: true, seconds });
    else {
      const why = out.timedOut ? `timed out after ${Math.round(timeoutMs / 1000)}s` : `exit ${out.code ?? 'by signal'}`;
      results.push({
        rel: u.rel,
        ok: false,
        seconds,
        message: `${why}${out.output.trim() ? `: ${out.output.trim().split('\n').slice(-5).join(' | ')}` : ''}`,
      });
    }
  }
  return results;
}
