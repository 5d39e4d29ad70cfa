/**
 * shell/unquoted-pipe-grep: `grep -E a|b|c` with the alternation unquoted. The shell splits it into a
 * pipeline: grep gets pattern `a` and reads stdin (an ssh channel: it waits forever), then `b` and `c` run
 * as commands.
 */
import { at, type Rule } from '../rule.js';
import { argv, basename, effectiveArgv } from '../shell/script.js';
import type { ShellCommand, Word } from '../shell/tokenizer.js';
import type { RawFinding } from '../types.js';
import { KNOWN_COMMANDS } from './known-commands.js';

const GREPS = new Set(['grep', 'egrep', 'fgrep', 'zgrep', 'rg']);
const WITH_ARG = new Set([
  '-e',
  '-f',
  '-m',
  '-A',
  '-B',
  '-C',
  '--max-count',
  '--regexp',
  '--file',
  '--label',
  '--include',
  '--exclude',
]);

/** The pattern word of a grep argv (after `grep`), or undefined. */
function patternWord(words: Word[]): Word | undefined {
  for (let k = 1; k < words.length; k++) {
    const v = (words[k] as Word).value;
    if (v === '-e' || v === '--regexp') return words[k + 1];
    if (v === '--') return words[k + 1];
    if (v.startsWith('-') && v.length > 1) {
      if (WITH_ARG.has(v)) k++;
      continue;
    }
    return words[k];
  }
  return undefined;
}

function implausible(next: ShellCommand): string | undefined {
  const words = argv(next);
  if (words.length === 0) return next.words[0]?.value ?? '';
  const name = effectiveArgv(next).words[0]?.value ?? words[0]?.value ?? '';
  if (/[=:]/.test(name)) return name;
  if (name.includes('/') && !/^(\/|\.\.?\/|~)/.test(name)) return name;
  if (name.includes('/')) return undefined;
  if (name.startsWith('$') || name.startsWith('"') || KNOWN_COMMANDS.has(basename(name))) return undefined;
  return name;
}

export const shellUnquotedPipeGrep: Rule = {
  id: 'shell/unquoted-pipe-grep',
  severity: 'error',
  title: 'Unquoted | inside a grep pattern',
  triggers: ['grep', 'rg '],
  shell({ script }) {
    const out: RawFinding[] = [];
    const seen = new Set<string>();
    for (const unit of script.units) {
      const cmds = unit.commands;
      for (let i = 0; i < cmds.length - 1; i++) {
        const cmd = cmds[i] as ShellCommand;
        if (cmd.after !== '|') continue;
        const words = effectiveArgv(cmd).words;
        if (!GREPS.has(basename(words[0]?.value ?? ''))) continue;
        const pat = patternWord(words);
        if (!pat || pat.quoted) continue;
        const bad = implausible(cmds[i + 1] as ShellCommand);
        if (bad === undefined) continue;
        const key = `${pat.line}:${pat.col}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(
          at(
            pat.line,
            pat.col,
            `the grep pattern ${pat.value} is unquoted, so the | after it splits the line into a pipeline: grep searches for "${pat.value}" and "${bad}" runs as a command. Without a file operand grep then reads stdin and waits forever (in an ssh command, the channel). Quote the whole pattern: grep -E 'a|b|c' FILE.`,
          ),
        );
      }
    }
    return out;
  },
};
