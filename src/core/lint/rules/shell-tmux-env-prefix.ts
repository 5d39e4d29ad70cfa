/** shell/tmux-env-prefix: `VAR=x tmux new …`: the variable reaches the tmux client, and the session sees it only if that command started the server. */
import { at, type Rule } from '../rule.js';
import { argv, commandName, prefixAssignments } from '../shell/script.js';
import type { RawFinding } from '../types.js';

export const shellTmuxEnvPrefix: Rule = {
  id: 'shell/tmux-env-prefix',
  severity: 'warning',
  title: 'Environment prefix on a tmux client command',
  triggers: ['tmux'],
  shell({ script }) {
    const out: RawFinding[] = [];
    for (const unit of script.units) {
      for (const cmd of unit.commands) {
        if (commandName(cmd) !== 'tmux' || !/^(new|new-session|new-window|neww)$/.test(argv(cmd)[1]?.value ?? ''))
          continue;
        const vars = prefixAssignments(cmd);
        if (vars.length === 0) continue;
        const names = vars.map((w) => w.value.split('=')[0]).join(', ');
        out.push(
          at(
            cmd.line,
            cmd.col,
            `${names} is set on the tmux client, not in the session: when a tmux server is already running the new session never sees it. Pass it with tmux new -e ${vars[0]?.value ?? 'VAR=value'} or put the assignment inside the session command.`,
          ),
        );
      }
    }
    return out;
  },
};
