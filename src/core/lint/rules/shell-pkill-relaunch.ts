/**
 * shell/pkill-relaunch: a kill and a relaunch in one remote command string (`ssh h 'pkill -f train; nohup
 * python train.py &'`). `pkill -f PATTERN` matches the remote `bash -c '…PATTERN…'` running the string, so the
 * shell kills itself before the relaunch; without -f, the relaunch still dies with the ssh session's PTY.
 */
import { at, type Rule } from '../rule.js';
import { argv, commandName } from '../shell/script.js';
import type { ShellCommand } from '../shell/tokenizer.js';
import type { RawFinding } from '../types.js';

const KILLS = new Set(['pkill', 'kill', 'killall', 'fuser']);
const LAUNCHES = new Set([
  'nohup',
  'setsid',
  'python',
  'python3',
  'torchrun',
  'accelerate',
  'deepspeed',
  'bash',
  'sh',
  'sbatch',
  'screen',
  'srun',
  'uv',
  'poetry',
]);

function isKill(cmd: ShellCommand): boolean {
  const name = commandName(cmd);
  if (KILLS.has(name)) return name !== 'fuser' || argv(cmd).some((w) => w.value === '-k');
  if (name === 'tmux') return /^kill-(session|server|window|pane)$/.test(argv(cmd)[1]?.value ?? '');
  return false;
}

function isLaunch(cmd: ShellCommand): boolean {
  const first = argv(cmd)[0]?.value ?? '';
  const name = first.split('/').pop() ?? '';
  if (LAUNCHES.has(name) || /^python[0-9.]*$/.test(name)) return true;
  if (name === 'tmux') return /^(new|new-session|new-window|neww)$/.test(argv(cmd)[1]?.value ?? '');
  return false;
}

export const shellPkillRelaunch: Rule = {
  id: 'shell/pkill-relaunch',
  severity: 'error',
  title: 'Kill and relaunch in one remote command',
  triggers: ['kill'],
  shell({ script }) {
    const out: RawFinding[] = [];
    for (const unit of script.units) {
      if (unit.origin !== 'ssh' && unit.origin !== 'bash -c') continue;
      const cmds = unit.commands;
      const k = cmds.findIndex(isKill);
      if (k === -1) continue;
      const launch = cmds.slice(k + 1).find(isLaunch);
      if (!launch) continue;
      const kill = cmds[k] as ShellCommand;
      const show = (c: ShellCommand): string => {
        const w = argv(c).map((x) => x.value);
        return w[0] === 'tmux' ? `tmux ${w[1] ?? ''}` : (w[0] ?? '');
      };
      const where = unit.origin === 'ssh' ? 'one ssh command' : 'one bash -c string';
      out.push(
        at(
          kill.line,
          kill.col,
          `${show(kill)} and the relaunch (${show(launch)}) run in ${where}: pkill -f matches the shell running that very string and kills it before the relaunch, and a relaunch that does start dies with the session's PTY. Send the kill and the launch as two separate commands, check the old process is gone in between, and detach the launch (tmux new -d / setsid … </dev/null).`,
        ),
      );
    }
    return out;
  },
};
