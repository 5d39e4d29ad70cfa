/** shell/marker-after-semicolon: a DONE marker stamped after `;` (or a newline, without set -e): it is written even when the stage failed. */
import { at, type Rule } from '../rule.js';
import { argv, commandName } from '../shell/script.js';
import type { ShellCommand } from '../shell/tokenizer.js';
import type { RawFinding } from '../types.js';
import { setsOption } from './shell-no-strict-mode.js';

const MARKER = /(DONE|_done|\.done|FINISHED|SUCCESS|COMPLETE|_marker|\.ok)\b/;
const TRIVIAL = new Set([
  'cd',
  'echo',
  'printf',
  'mkdir',
  'export',
  'set',
  'true',
  ':',
  'sleep',
  'date',
  'source',
  '.',
  'local',
  'touch',
  'rm',
  'unset',
  'trap',
  'exit',
  'return',
  'wait',
]);

export const shellMarkerAfterSemicolon: Rule = {
  id: 'shell/marker-after-semicolon',
  severity: 'error',
  title: 'Stage-done marker written regardless of the stage’s exit status',
  triggers: ['touch'],
  shell({ script }) {
    const out: RawFinding[] = [];
    for (const unit of script.units) {
      let errexit = false;
      const cmds = unit.commands;
      for (let i = 0; i < cmds.length; i++) {
        const cmd = cmds[i] as ShellCommand;
        const name = commandName(cmd);
        if (
          name === 'set' &&
          setsOption(
            argv(cmd)
              .slice(1)
              .map((w) => w.value),
            'e',
            'errexit',
          )
        )
          errexit = true;
        if (name !== 'touch' || errexit) continue;
        const marker = argv(cmd)
          .slice(1)
          .find((w) => MARKER.test(w.value));
        if (!marker) continue;
        const prev = cmds[i - 1];
        if (
          !prev ||
          (cmd.before !== ';' && cmd.before !== '\n') ||
          prev.condition ||
          prev.keyword === 'fi' ||
          prev.keyword === 'done'
        )
          continue;
        const prevName = commandName(prev);
        if (!prevName || TRIVIAL.has(prevName)) continue;
        out.push(
          at(
            cmd.line,
            cmd.col,
            `the marker ${marker.value} is written after "${prevName}" with ${cmd.before === ';' ? ';' : 'a newline'} and no set -e, so it appears even when ${prevName} failed, and whatever waits for it proceeds on a failed stage. Chain it: ${prevName} … && touch ${marker.value} (or write the exit code into the marker).`,
          ),
        );
      }
    }
    return out;
  },
};
