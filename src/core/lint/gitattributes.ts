/**
 * Enough of .gitattributes to answer one question: does git check this file out with LF endings? Lines are
 * applied in order, root file first and deeper files after, and the last setting of `eol`/`text` wins.
 */
import { globToRegExp } from './glob.js';

export interface AttributeLine {
  file: string;
  line: number;
  pattern: RegExp;
  source: string;
  eol?: 'lf' | 'crlf' | 'unset';
  text?: 'set' | 'unset' | 'auto';
}

export function parseGitattributes(file: string, text: string): AttributeLine[] {
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const out: AttributeLine[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '').trim();
    if (!line || line.startsWith('#') || line.startsWith('[attr]')) return;
    const [pat, ...attrs] = line.split(/\s+/);
    if (!pat || pat.startsWith('!')) return;
    const anchoredPat = pat.includes('/') ? dir + pat.replace(/^\//, '') : dir ? `${dir}**/${pat}` : pat;
    const entry: AttributeLine = { file, line: i + 1, pattern: globToRegExp(anchoredPat), source: line };
    for (const a of attrs) {
      if (a === 'eol=lf') entry.eol = 'lf';
      else if (a === 'eol=crlf') entry.eol = 'crlf';
      else if (a === '-eol' || a === '!eol') entry.eol = 'unset';
      else if (a === 'text') entry.text = 'set';
      else if (a === '-text' || a === 'binary') entry.text = 'unset';
      else if (a === 'text=auto') entry.text = 'auto';
    }
    if (entry.eol || entry.text) out.push(entry);
  });
  return out;
}

/** True when the attribute lines give `path` eol=lf (and do not turn text conversion off). */
export function checksOutLf(path: string, lines: readonly AttributeLine[]): boolean {
  let eol: AttributeLine['eol'];
  let text: AttributeLine['text'];
  for (const l of lines) {
    if (!l.pattern.test(path)) continue;
    if (l.eol) eol = l.eol;
    if (l.text) text = l.text;
  }
  return eol === 'lf' && text !== 'unset';
}
