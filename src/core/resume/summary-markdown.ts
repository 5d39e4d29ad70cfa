/** The job summary (and the CLI's report) for a verification: verdict, rule table, kill timeline, chart, cadence. */
import { cell, codeBlock, details, heading, table } from '../report/markdown.js';
import { lossChart } from './chart.js';
import type { VerifyReport } from './report.js';
import { formatSeconds } from './young-daly.js';

const STATUS_MARK: Record<string, string> = { pass: '✅ pass', fail: '❌ fail', warn: '⚠️ warn', skip: '➖ skip' };

export function ruleTable(report: VerifyReport): string {
  return table(
    ['Rule', 'Status', 'Evidence'],
    report.rules.map((r) => [`${r.title} (\`${r.id}\`)`, STATUS_MARK[r.status] ?? r.status, r.evidence]),
  ).replace(/\\`/g, '`');
}

/** Plain-text rule table for a terminal. */
export function ruleTableText(report: VerifyReport): string {
  const width = Math.max(...report.rules.map((r) => r.id.length));
  return (
    report.rules.map((r) => `  ${r.status.toUpperCase().padEnd(4)}  ${r.id.padEnd(width)}  ${r.evidence}`).join('\n') +
    '\n'
  );
}

function killTable(report: VerifyReport): string {
  return table(
    ['Kill', 'Signal', 'Last step logged', 'Checkpoint step', 'Resumed at', 'Steps lost', 'Save in progress'],
    report.kills.map((k) => [
      `${k.n} (${k.mode})`,
      k.signal === 'TERM'
        ? `TERM, ${k.graceSeconds} s grace${k.escalated ? ' → KILL' : `, exited in ${k.exitSeconds.toFixed(2)} s`}`
        : 'KILL',
      k.killedAtStep ?? 'n/a',
      k.checkpointStep === null
        ? 'unknown'
        : `${k.checkpointStep}${k.checkpointStepSource === 'log' ? ' (from the log)' : ''}`,
      k.firstResumedStep ?? 'n/a',
      k.stepsLost ?? 'n/a',
      k.saveInProgress === null ? '?' : k.saveInProgress ? 'yes' : 'no',
    ]),
  );
}

function cadence(report: VerifyReport): string {
  if (report.checkpointWriteSeconds === null) return 'No checkpoint write was timed (the watcher saw no save).\n';
  const c = report.checkpointWriteSeconds;
  const bound = c <= report.checkpointWriteResolutionSeconds;
  const lines = [
    `Measured checkpoint write time C ${bound ? '≤' : '='} **${formatSeconds(c)}** (median of ${report.checkpointWrites} save(s), from the first byte to the final name${bound ? '; each finished within one poll of the watcher, so this is an upper bound and so are the intervals below' : ''})` +
      (report.secondsPerStep ? `; ${formatSeconds(report.secondsPerStep)} per step` : '') +
      (report.observedCheckpointIntervalSteps
        ? `; the training saves every ${report.observedCheckpointIntervalSteps} steps.`
        : '.'),
    '',
  ];
  if (report.youngDaly.length) {
    lines.push(
      table(
        ['MTBF', 'Young/Daly interval W = √(2·MTBF·C)', 'In steps'],
        report.youngDaly.map((y) => [
          formatSeconds(y.mtbfSeconds),
          formatSeconds(y.intervalSeconds),
          y.intervalSteps ?? 'n/a',
        ]),
      ),
    );
  }
  return lines.join('\n');
}

export function summaryMarkdown(report: VerifyReport): string {
  const icon = report.verdict === 'PASS' ? '✅' : '❌';
  const parts: string[] = [heading(2, `${icon} tenant verify-resume: ${report.verdict}`)];
  parts.push(`**${cell(report.verdictLine)}**\n\n`);
  if (report.likelyBug) {
    parts.push(
      `**Likely bug:** ${cell(report.likelyBug.title)} — ${cell(report.likelyBug.explanation)}.\n\n**Fix:** ${cell(report.likelyBug.fix)}.\n\n`,
    );
  }
  parts.push(ruleTable(report), '\n');
  parts.push(heading(3, 'Timeline'));
  if (report.kills.length) parts.push(killTable(report), '\n');
  else parts.push('No kill happened.\n\n');
  parts.push(
    table(
      ['Attempt', 'Run', 'Steps', 'Ended', 'Seconds'],
      report.attempts.map((a) => [
        a.role,
        a.runId,
        a.firstStep === null ? 'none' : `${a.firstStep}–${a.lastStep}`,
        a.end + (a.exitCode !== null ? ` (exit ${a.exitCode})` : ''),
        a.seconds === null ? '' : a.seconds.toFixed(1),
      ]),
    ),
    '\n',
  );
  const chart = lossChart(
    [
      { name: 'before the kill', points: report.series.preKill },
      { name: 'after the relaunch', points: report.series.resumed },
      { name: 'reference', points: report.series.reference },
    ].filter((s) => s.points.length > 0),
  );
  if (chart) {
    const names = ['before the kill', 'after the relaunch', 'reference'].filter(
      (_, i) => [report.series.preKill, report.series.resumed, report.series.reference][i]?.length,
    );
    parts.push(
      heading(3, 'Loss vs step'),
      `Lines, in order: ${names.join(', ')}. They coincide where only one run logged a step.\n\n`,
      chart,
      '\n',
    );
  }
  parts.push(heading(3, 'Checkpoint cadence'), cadence(report), '\n');
  parts.push(
    details(
      'Command and settings',
      codeBlock(report.command.text) +
        `\nworkdir \`${report.command.workdir}\`, interpreter \`${report.command.python}\`, command.sh sha256 \`${report.command.sha256 ?? ''}\`\n\n` +
        codeBlock(JSON.stringify(report.settings, null, 2), 'json'),
    ),
  );
  return parts.join('');
}
