/**
 * verify-resume: open the box, run the kill-and-relaunch procedure, then publish the verdict — job summary
 * (rule table, timeline, loss chart, cadence), JSON report, step outputs — and fail the step on FAIL.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { openHost } from '../../adapters/open-host.js';
import type { Host } from '../../core/host/host.js';
import { verifyResume } from '../../core/resume/procedure.js';
import { summaryMarkdown } from '../../core/resume/summary-markdown.js';
import type { Ui } from '../../core/ui.js';
import { OUTPUTS, readSettings } from './inputs.js';

export async function main(ui: Ui): Promise<void> {
  const settings = readSettings(ui);
  const v = settings.verify;
  ui.info(
    `verify-resume on profile ${v.profileId}: kill ${v.kill.mode}, signal ${v.signal}, kills ${v.kills}, seed ${v.seed}`,
  );
  let host: Host | undefined;
  try {
    host = await openHost(settings.connection, ui);
    const { report } = await verifyResume(host, v, ui);
    await mkdir(dirname(settings.reportPath), { recursive: true });
    await writeFile(settings.reportPath, JSON.stringify(report, null, 2) + '\n');
    ui.setOutput(OUTPUTS.verdict, report.verdict);
    ui.setOutput(OUTPUTS.resumedFromStep, report.resumedFromStep ?? '');
    ui.setOutput(OUTPUTS.stepsLost, report.stepsLost ?? '');
    ui.setOutput(OUTPUTS.reportPath, settings.reportPath);
    ui.setOutput(OUTPUTS.failingRule, report.failingRule ?? '');
    ui.setOutput(OUTPUTS.checkpointWriteSeconds, report.checkpointWriteSeconds ?? '');
    await ui.summary(summaryMarkdown(report));
    for (const r of report.rules) if (r.status === 'warn') ui.warning(`${r.id}: ${r.evidence}`, { title: r.title });
    if (report.verdict === 'PASS') {
      ui.notice(report.verdictLine, { title: 'verify-resume' });
    } else {
      const fix = report.likelyBug ? ` Fix: ${report.likelyBug.fix}.` : '';
      if (settings.failOnFail) {
        ui.error(`${report.verdictLine}.${fix}`, { title: 'verify-resume' });
        process.exitCode = 1;
      } else {
        ui.warning(`${report.verdictLine}.${fix}`, { title: 'verify-resume' });
      }
    }
  } finally {
    await host?.close();
  }
}
