/** The launch's job summary: where the run lives, every pre-flight check, the push, the probe and the end. */
import { cell, codeBlock, heading, table } from '../report/markdown.js';
import type { LaunchResult } from './launch.js';
import { formatBytes } from './preflight.js';

const ICON = { pass: '✅ pass', fail: '❌ fail', skip: '➖ skipped' } as const;

export function launchSummaryMarkdown(r: LaunchResult, mode: string): string {
  const parts: string[] = [];
  const verdict = r.failure
    ? `❌ ${r.failure.message}`
    : r.cancelled
      ? '⏹ cancelled'
      : r.state === 'running'
        ? '🟢 running'
        : `✅ exited ${r.exitCode ?? ''}`;
  parts.push(heading(2, `tenant launch (${mode}) — ${cell(verdict)}`));
  const rows: [string, unknown][] = [
    ['box', `${r.hostLabel} (profile ${r.profile})`],
    ...(r.hostKeyFingerprint ? ([['host key', r.hostKeyFingerprint]] as [string, unknown][]) : []),
  ];
  if (r.run) {
    rows.push(
      ['run id', r.run.attempt > 1 ? `${r.run.runId} (attempt ${r.run.attempt})` : r.run.runId],
      [
        'started',
        `${new Date(r.run.startedAtMs).toISOString()}${r.run.attached ? ' — attached to the live run, nothing new started' : ''}`,
      ],
      ['process group', r.run.pgid],
      ['run dir', r.run.paths.dir],
      ['log', r.run.paths.log],
    );
  }
  if (r.boxPaths) rows.push(['work dir', r.boxPaths.workdir], ['checkpoint dir', r.boxPaths.checkpointDir]);
  if (r.exitCode !== null) rows.push(['exit code', r.exitCode]);
  if (r.reconnects > 0) rows.push(['reconnects', `${r.reconnects} (log resumed by byte offset)`]);
  parts.push(table(['', ''], rows));
  if (r.checks.length > 0) {
    parts.push(heading(3, 'Pre-flight'));
    parts.push(
      table(
        ['check', 'result', 'measured', 'limit', 'input'],
        r.checks.map((c) => [
          c.title,
          ICON[c.status],
          c.note ? `${c.measured} (${c.note})` : c.measured,
          c.limit,
          c.input,
        ]),
      ),
    );
  }
  if (r.push) {
    parts.push(heading(3, 'Push'));
    parts.push(
      r.push.method === 'skipped'
        ? 'Nothing pushed (payload none, or the work dir is the workspace itself).\n'
        : `${r.push.files} files, ${formatBytes(r.push.bytes)} by ${r.push.method} in ${(r.push.ms / 1000).toFixed(2)} s.\n`,
    );
  }
  if (r.probe) {
    parts.push(heading(3, 'Probe'));
    parts.push(
      `${r.probe.ok ? '✅' : '❌'} ${cell(r.probe.ok ? r.probe.outcome : r.probe.reason)} after ${(r.probe.elapsedMs / 1000).toFixed(1)} s${r.probe.matched !== undefined ? `; expect-log matched: \`${cell(r.probe.matched).replace(/`/g, "'")}\`` : ''}.\n\n`,
    );
    if (r.probe.firstLines.length > 0) parts.push(`First log lines:\n\n${codeBlock(r.probe.firstLines.join('\n'))}`);
  }
  if (r.tail && r.tail.length > 0) parts.push(`Log tail when attaching:\n\n${codeBlock(r.tail.join('\n'))}`);
  if (r.failure && r.lastLines.length > 0 && r.failure.kind !== 'preflight')
    parts.push(`Last log lines:\n\n${codeBlock(r.lastLines.join('\n'))}`);
  return parts.join('\n');
}
