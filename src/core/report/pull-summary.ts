/**
 * The job summary of a pull: did every file match the manifest made on the box, how much moved and how
 * fast, the files (capped), the checkpoint checks, what was skipped, and where the files went.
 */
import type { CheckResult } from '../transfer/checkpoint-check.js';
import type { PullResult } from '../transfer/pull.js';
import { cell, details, heading, table } from './markdown.js';

const MAX_ROWS = 100;

export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${n} B` : `${v.toFixed(v >= 100 ? 0 : 1)} ${units[u]}`;
}

export function formatRate(bytes: number, seconds: number): string {
  if (seconds <= 0) return '–';
  return `${(bytes / 1e6 / seconds).toFixed(1)} MB/s`;
}

export interface HandoffReport {
  kind: 'artifact' | 'cache' | 'none';
  /** e.g. `artifact checkpoints (id 123)`, `cache key ckpt-abc`, or why nothing was saved. */
  text: string;
  ok: boolean;
}

export function pullSummaryMarkdown(r: PullResult, checks: readonly CheckResult[], handoff: HandoffReport): string {
  const pulled = r.files.filter((f) => f.status === 'verified' || f.status === 'present');
  const failed = r.files.filter((f) => f.status === 'failed');
  const checksFailed = checks.filter((c) => !c.ok);
  const allGood = r.verified && checksFailed.length === 0;
  const out: string[] = [heading(2, 'tenant pull-artifacts')];
  out.push(
    allGood
      ? `✅ **Verified**: ${pulled.length} file(s), ${formatBytes(r.totalBytes)}, from \`${cell(r.host)}\` match the sha256 manifest made on the box` +
          (checks.length > 0 ? `, and all ${checks.length} checkpoint check(s) passed` : '') +
          '.\n\n'
      : `❌ **Not verified**: ${failed.length} of ${r.files.length} file(s) failed` +
          (checksFailed.length > 0 ? `, ${checksFailed.length} checkpoint check(s) failed` : '') +
          '. Do not tear the box down until a pull verifies.\n\n',
  );
  const engines = new Map<string, number>();
  for (const f of r.files) if (f.engine) engines.set(f.engine, (engines.get(f.engine) ?? 0) + 1);
  out.push(
    table(
      ['', ''],
      [
        ['Remote paths', r.remotePaths.join(', ')],
        ['Destination', r.dest],
        [
          'Moved',
          `${formatBytes(r.movedBytes)} in ${r.seconds.toFixed(1)} s (${formatRate(r.totalBytes, r.seconds)} end to end)` +
            (r.interruptions > 0 ? `; resumed after ${r.interruptions} interruption(s)` : ''),
        ],
        ['Already in dest', `${r.files.filter((f) => f.status === 'present').length} file(s)`],
        ['Engines', [...engines].map(([e, n]) => `${e}: ${n}`).join(', ') || '–'],
        ['Manifest', `${r.manifestPath} (sha256 ${r.manifestSha256})`],
        ['Hand-off', `${handoff.ok ? '' : '⚠️ '}${handoff.text}`],
        ...r.notes.map((n) => ['Note', n]),
      ],
    ),
  );
  const rows = [...failed, ...r.files.filter((f) => f.status !== 'failed')]
    .slice(0, MAX_ROWS)
    .map((f) => [
      f.rel,
      formatBytes(f.size),
      f.sha256 ? f.sha256.slice(0, 16) + '…' : '',
      f.engine ?? '',
      f.status === 'failed'
        ? `❌ ${f.message ?? 'failed'}`
        : f.status === 'changed'
          ? `⏭️ ${f.message ?? 'changed'}`
          : f.status === 'present'
            ? '✅ already there'
            : '✅',
    ]);
  out.push('\n' + heading(3, 'Files'));
  out.push(table(['File', 'Size', 'sha256', 'Via', 'Verified'], rows));
  if (r.files.length > MAX_ROWS)
    out.push(`\n… and ${r.files.length - MAX_ROWS} more; the manifest lists every file.\n`);
  if (checks.length > 0) {
    out.push('\n' + heading(3, 'Checkpoint checks'));
    out.push(
      table(
        ['Checkpoint', 'Result', 'Time'],
        checks.map((c) => [c.rel, c.ok ? '✅ passed' : `❌ ${c.message ?? 'failed'}`, `${c.seconds.toFixed(1)} s`]),
      ),
    );
  }
  if (r.skipped.length > 0) {
    const skippedRows = r.skipped.slice(0, MAX_ROWS).map((s) => [s.remote, s.reason]);
    out.push('\n' + details(`Skipped on the box (${r.skipped.length})`, table(['Path', 'Why'], skippedRows)));
  }
  return out.join('');
}
