/**
 * shell/silent-sync: a copy whose errors are discarded (`|| true`, or `2>/dev/null` without `set -e`) followed
 * by a success message. When the copy fails, the log still says "synced" and the run is torn down with the
 * results on it.
 */
import { at, type Rule } from '../rule.js';
import { argv, commandName, effectiveArgv } from '../shell/script.js';
import type { ShellCommand } from '../shell/tokenizer.js';
import type { RawFinding } from '../types.js';
import { setsOption } from './shell-no-strict-mode.js';

const COPIES = new Set(['cp', 'mv', 'rsync', 'scp', 'rclone', 'gsutil', 'aws', 'azcopy', 'sftp', 'install']);
const SUCCESS =
  /\b(sync(ed|ing)?|saved|copied|upload(ed)?|done|ok|success(ful(ly)?)?|complete(d)?|backed[ -]up|mirrored|persisted|archived)\b/i;
const TRUTHY = new Set(['true', ':']);

function discardsStderr(cmd: ShellCommand): boolean {
  return cmd.redirects.some((r) => (r.op === '2>' || r.op === '&>' || r.op === '&>>') && r.target === '/dev/null');
}

function isCopy(cmd: ShellCommand): boolean {
  const name = commandName(cmd);
  if (!COPIES.has(name)) return false;
  if (name === 'aws')
    return effectiveArgv(cmd).words.some((w) => w.value === 'cp' || w.value === 'sync' || w.value === 'mv');
  return true;
}

export const shellSilentSync: Rule = {
  id: 'shell/silent-sync',
  severity: 'error',
  title: 'Copy with errors discarded, then a success message',
  triggers: ['cp ', 'mv ', 'rsync', 'scp', 'rclone', 'gsutil', 'aws ', 'azcopy', 'install '],
  shell({ script }) {
    const out: RawFinding[] = [];
    for (const unit of script.units) {
      const cmds = unit.commands;
      let errexit = false;
      for (let i = 0; i < cmds.length; i++) {
        const cmd = cmds[i] as ShellCommand;
        if (
          commandName(cmd) === 'set' &&
          setsOption(
            argv(cmd)
              .slice(1)
              .map((w) => w.value),
            'e',
            'errexit',
          )
        )
          errexit = true;
        if (!isCopy(cmd) || cmd.condition || cmd.after === '&&' || cmd.after === '|') continue;
        let j = i + 1;
        let swallowed = false;
        if (cmd.after === '||') {
          const alt = cmds[j];
          if (!alt || !TRUTHY.has(commandName(alt))) continue; // `|| { echo failed; exit 1; }` reports the failure
          swallowed = true;
          j++;
        }
        if (!swallowed && !(discardsStderr(cmd) && !errexit)) continue;
        for (let k = j; k < Math.min(cmds.length, j + 4); k++) {
          const next = cmds[k] as ShellCommand;
          if (next.words.some((w) => w.vars.includes('?') || w.vars.includes('PIPESTATUS')) || next.condition) break;
          const name = commandName(next);
          if (name !== 'echo' && name !== 'printf') continue;
          const text = argv(next)
            .slice(1)
            .map((w) => w.value)
            .join(' ');
          if (!SUCCESS.test(text)) continue;
          out.push(
            at(
              cmd.line,
              cmd.col,
              `${commandName(cmd)} ${swallowed ? 'has its failure swallowed (|| true)' : 'sends its errors to /dev/null (and set -e is off)'}, yet line ${next.line} reports success ("${text.slice(0, 60)}"). When the copy fails the log still says it worked, and the box can be torn down with the results on it. Gate the message on the copy: cp … && echo synced || { echo "sync FAILED" >&2; exit 2; }.`,
            ),
          );
          break;
        }
      }
    }
    return out;
  },
};
