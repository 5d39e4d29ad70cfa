/** JSON output: `{ "findings": [ { rule, severity, file, line, column, message } ] }`. */
import type { Finding } from '../types.js';

export function formatJson(findings: readonly Finding[]): string {
  const out = findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    message: f.message,
  }));
  return JSON.stringify({ findings: out }, null, 2) + '\n';
}
