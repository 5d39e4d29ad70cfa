/** Terminal output: one `file:line:col: severity rule: message` line per finding, then a count. */
import type { Finding, Severity } from '../types.js';

export function formatText(findings: readonly Finding[], files: number): string {
  const lines = findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.rule}: ${f.message}`);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const total = findings.length;
  const tail =
    total === 0
      ? `No findings in ${files} file${files === 1 ? '' : 's'}.`
      : `${total} finding${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info) in ${files} file${files === 1 ? '' : 's'}.`;
  return [...lines, tail].join('\n') + '\n';
}
