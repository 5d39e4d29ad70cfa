/** The job summary: counts by severity, then a table of findings (capped) with links to the rule docs. */
import { cell, heading, table } from '../../report/markdown.js';
import type { Finding } from '../types.js';
import { ruleHelpUri } from './docs-url.js';

const MAX_ROWS = 100;

export function formatSummary(
  findings: readonly Finding[],
  files: number,
  docsBase: string,
  fixed: readonly string[] = [],
): string {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  let md = heading(2, 'tenant lint');
  md +=
    findings.length === 0
      ? `No findings in ${files} files.\n\n`
      : `${counts.error} errors, ${counts.warning} warnings, ${counts.info} info in ${files} files.\n\n`;
  if (fixed.length > 0) md += `Fixed: ${fixed.map((f) => `\`${cell(f)}\``).join(', ')}\n\n`;
  if (findings.length === 0) return md;
  const rows = findings
    .slice(0, MAX_ROWS)
    .map((f) => [
      f.severity,
      `[${f.rule}](${ruleHelpUri(f.rule, docsBase)})`,
      `${f.file}:${f.line}:${f.column}`,
      f.message,
    ]);
  md += table(['Severity', 'Rule', 'Where', 'Message'], rows);
  if (findings.length > MAX_ROWS)
    md += `\n…and ${findings.length - MAX_ROWS} more (see the annotations or the SARIF file).\n`;
  return md;
}
