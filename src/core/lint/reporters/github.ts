/**
 * GitHub workflow commands (`::error file=…,line=…,col=…,title=…::message`), for `--format github` when the
 * CLI runs inside a workflow step. The action itself goes through Ui (@actions/core), which writes the same.
 */
import type { Finding } from '../types.js';

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function annotationCommand(f: Finding): string {
  const level = f.severity === 'info' ? 'notice' : f.severity;
  const props = [
    `file=${escapeProperty(f.file)}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `title=${escapeProperty(`tenant ${f.rule}`)}`,
  ].join(',');
  return `::${level} ${props}::${escapeData(f.message)}`;
}

export function formatGithub(findings: readonly Finding[]): string {
  return findings.map((f) => annotationCommand(f) + '\n').join('');
}
