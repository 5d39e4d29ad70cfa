/** shell/nohup-no-redirect: `nohup cmd &` without redirecting its output: it lands in ./nohup.out (or nowhere you look), and stdin stays attached. */
import { at, type Rule } from '../rule.js';
import { effectiveArgv } from '../shell/script.js';
import type { RawFinding } from '../types.js';

export const shellNohupNoRedirect: Rule = {
  id: 'shell/nohup-no-redirect',
  severity: 'info',
  title: 'nohup without output redirection',
  triggers: ['nohup'],
  shell({ script }) {
    const out: RawFinding[] = [];
    for (const unit of script.units) {
      for (const cmd of unit.commands) {
        if (cmd.after !== '&' || !effectiveArgv(cmd).wrappers.includes('nohup')) continue;
        if (cmd.redirects.some((r) => /^(1?>|1?>>|&>|&>>|>\|)$/.test(r.op))) continue;
        out.push(
          at(
            cmd.line,
            cmd.col,
            'nohup … & without a redirect writes the job’s output to nohup.out in whatever directory it started in, and leaves stdin attached to the terminal or ssh channel. Redirect all three: nohup cmd > run.log 2>&1 < /dev/null &.',
          ),
        );
      }
    }
    return out;
  },
};
