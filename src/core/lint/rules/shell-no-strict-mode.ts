/**
 * shell/no-strict-mode: a script with a shell shebang and no `set -u` (nounset): a misspelt variable expands
 * to '' and the script goes on. Line-based (no tokenizing): a `set` line at the start of a line, outside
 * comments, that turns on -u / nounset.
 */
import { at, type Rule } from '../rule.js';
import { shebangInterpreter } from '../source-file.js';

const SHELLS = new Set(['bash', 'sh', 'dash', 'ksh', 'zsh']);
const SET_LINE = /^\s*set\s+([^#\n]*)/gm;

export function setsOption(words: string[], short: string, long: string): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (/^-[a-zA-Z]+$/.test(w) && w.includes(short)) return true;
    if (w === '-o' && words[k + 1] === long) return true;
  }
  return false;
}

export const shellNoStrictMode: Rule = {
  id: 'shell/no-strict-mode',
  severity: 'warning',
  title: 'Shell script without set -u',
  text: {
    kinds: ['shell'],
    check(file) {
      const shebang = file.shebang();
      const interp = shebangInterpreter(shebang);
      if (!interp || !SHELLS.has(interp)) return [];
      if (shebang && setsOption(shebang.split(/\s+/).slice(1), 'u', 'nounset')) return [];
      for (const m of file.text().matchAll(SET_LINE)) {
        if (setsOption((m[1] ?? '').trim().split(/\s+/), 'u', 'nounset')) return [];
      }
      return [
        at(
          1,
          1,
          'this script never runs set -u: a misspelt or unset variable expands to nothing and the script carries on (rsync "$DURABLE_DIRR/" copies to /). Start it with set -euo pipefail (guard optional arguments with ${1:-}).',
        ),
      ];
    },
  },
};
