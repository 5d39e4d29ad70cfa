/**
 * `--fix`: rewrites CRLF shell scripts to LF and adds the missing .gitattributes rules, then the caller
 * lints again. Only the mechanical fixes are applied; every other rule explains its fix in its message.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fixGitattributes } from './fixers/gitattributes.js';
import { crlfToLf } from './fixers/crlf.js';
import type { Finding } from './types.js';

export interface FixResult {
  /** Files rewritten, repository-relative. */
  changed: string[];
}

/** Applies the fixes the findings call for. `shellPaths` are every shell script of the run (for .gitattributes). */
export function applyFixes(root: string, findings: readonly Finding[], shellPaths: readonly string[]): FixResult {
  const changed: string[] = [];
  const crlf = new Set(findings.filter((f) => f.rule === 'shell/crlf').map((f) => f.file));
  for (const file of crlf) {
    const abs = join(root, file);
    const fixed = crlfToLf(readFileSync(abs));
    if (fixed) {
      writeFileSync(abs, fixed);
      changed.push(file);
    }
  }
  if (findings.some((f) => f.rule === 'git/eol-attributes')) {
    const abs = join(root, '.gitattributes');
    const next = fixGitattributes(shellPaths, existsSync(abs) ? readFileSync(abs, 'utf8') : undefined);
    if (next !== undefined) {
      writeFileSync(abs, next);
      changed.push('.gitattributes');
    }
  }
  return { changed };
}
