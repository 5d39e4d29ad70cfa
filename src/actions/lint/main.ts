/**
 * `actions/lint`: lint the repository, annotate each finding on its line, write SARIF for code scanning and
 * a job summary, and fail the step when a finding reaches `fail-on`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { indexCrlf, listFiles } from '../../adapters/git-files.js';
import { pythonParser } from '../../adapters/tree-sitter-python.js';
import { countBySeverity, failsAt } from '../../core/lint/engine.js';
import { docsBase } from '../../core/lint/reporters/docs-url.js';
import { formatSarif } from '../../core/lint/reporters/sarif.js';
import { formatSummary } from '../../core/lint/reporters/summary.js';
import { runLint } from '../../core/lint/run.js';
import type { Finding } from '../../core/lint/types.js';
import { packageRoot } from '../../core/package-root.js';
import type { Ui } from '../../core/ui.js';
import { VERSION } from '../../cli/version.js';
import { readSettings } from './inputs.js';

export const OUTPUTS = {
  findings: 'findings',
  errors: 'errors',
  warnings: 'warnings',
  sarifFile: 'sarif-file',
  fixed: 'fixed',
} as const;

function annotate(ui: Ui, f: Finding): void {
  const props = { file: f.file, line: f.line, column: f.column, title: `tenant ${f.rule}` };
  if (f.severity === 'error') ui.error(f.message, props);
  else if (f.severity === 'warning') ui.warning(f.message, props);
  else ui.notice(f.message, props);
}

export async function main(ui: Ui): Promise<void> {
  const s = readSettings();
  const run = await ui.group('tenant lint', () =>
    runLint(
      { root: s.root, paths: s.paths, profiles: s.profiles, fix: s.fix, ...(s.config ? { configFile: s.config } : {}) },
      { listFiles, indexCrlf, python: pythonParser },
    ),
  );
  for (const f of run.findings) annotate(ui, f);
  const base = docsBase(process.env, packageRoot());
  mkdirSync(dirname(s.sarifFile), { recursive: true });
  writeFileSync(s.sarifFile, formatSarif(run.findings, { version: VERSION, docsBase: base }));

  const counts = countBySeverity(run.findings);
  ui.setOutput(OUTPUTS.findings, run.findings.length);
  ui.setOutput(OUTPUTS.errors, counts.error);
  ui.setOutput(OUTPUTS.warnings, counts.warning);
  ui.setOutput(OUTPUTS.sarifFile, s.sarifFile);
  ui.setOutput(OUTPUTS.fixed, run.fixed.join('\n'));
  await ui.summary(formatSummary(run.findings, run.stats.files, base, run.fixed));

  const failOn = s.failOn ?? run.config.failOn;
  ui.info(
    `tenant lint: ${run.stats.files} files, ${counts.error} errors, ${counts.warning} warnings, ${counts.info} info (${run.stats.ms} ms)` +
      (run.profiles.length ? `; profiles: ${run.profiles.join(', ')}` : ''),
  );
  if (failsAt(run.findings, failOn)) {
    ui.info(`tenant lint: failing the step: findings at or above '${failOn}' (set fail-on to change the threshold)`);
    process.exitCode = 1;
  }
}
