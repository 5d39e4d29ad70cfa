/**
 * The shell text the run layout puts on the box: command.sh, the env file, the wrapper, and the process-group
 * liveness test. Everything user-supplied goes through `shellQuote`; nothing else is spliced in.
 */
import type { Command } from '../host/host.js';
import { shellJoin, shellQuote } from '../host/quote.js';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * command.sh: change to the working directory (exit 96 when it is gone), then `exec` the argv, or run the
 * script as written. The same (command, cwd) always gives the same bytes, so a relaunch is byte-identical.
 */
export function commandScript(command: Command, cwd: string): string {
  const head = [
    '#!/usr/bin/env bash',
    '# written by tenant; never rewritten while the run lives',
    `cd -- ${shellQuote(cwd)} || exit 96`,
  ];
  if ('argv' in command) return [...head, `exec ${shellJoin(command.argv)}`, ''].join('\n');
  return [...head, command.script.replace(/\n?$/, '\n')].join('\n');
}

/** The env file: one `export NAME='value'` per variable, sourced by the wrapper in the command's subshell. */
export function envFile(env: Readonly<Record<string, string>>): string {
  const lines = ['# tenant run environment (mode 0600)'];
  for (const [name, value] of Object.entries(env)) {
    if (!ENV_NAME.test(name)) throw new TypeError(`invalid environment variable name ${JSON.stringify(name)}`);
    lines.push(`export ${name}=${shellQuote(value)}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * `group_alive PGID`: true while a process that is not a zombie is in the group. `kill -0` alone is not
 * enough: a container whose pid 1 never reaps leaves the killed wrapper as a zombie forever, and a zombie
 * answers kill -0. Reads /proc; falls back to kill -0 where there is no /proc.
 */
export const GROUP_ALIVE_FN = [
  'group_alive() {',
  '  _g=$1',
  '  if [ ! -r /proc/self/stat ]; then kill -0 -- "-$_g" 2>/dev/null; return; fi',
  '  for _f in /proc/[0-9]*/stat; do',
  '    { read -r _l < "$_f"; } 2>/dev/null || continue',
  '    _r=${_l##*) }',
  '    set -- $_r',
  '    [ "${3:-}" = "$_g" ] || continue',
  '    case ${1:-} in Z|X) continue ;; esac',
  '    return 0',
  '  done',
  '  return 1',
  '}',
].join('\n');

/**
 * wrapper.sh DIR: runs command.sh in the current process group (which the launcher made new with setsid, or
 * tmux made for its pane), records pgid / started_at / status.json first and exit_code when the command has
 * ended. It traps TERM/INT/HUP with a no-op so a group-wide SIGTERM reaches the command (whose handlers are
 * reset to default in the subshell) while the wrapper lives on to record how the command ended; SIGKILL ends
 * the wrapper too, and then there is no exit_code — which is the truth: nothing saw the command end.
 * The env file is ./env, or the file named in ./env_path: launch keeps secrets outside the run dir, on the
 * box's own disk, where no push, pull or artifact upload of the run dir can carry them, and that file is
 * removed as soon as it has been read (the secrets then live only in the run's environment).
 */
export const WRAPPER_SCRIPT = `#!/usr/bin/env bash
# tenant run wrapper: starts ./command.sh in this process group and records what happened.
dir=$1
cd -- "$dir" || exit 97
envf=./env; once=
if [ -s ./env_path ]; then { IFS= read -r envf < ./env_path; } 2>/dev/null; once=1; fi
{ read -r _ _ _ _ pgid _ < /proc/$$/stat; } 2>/dev/null || pgid=$$
now() { if [ -n "\${EPOCHREALTIME:-}" ]; then t=\${EPOCHREALTIME/,/.}; else t=$(date +%s); fi; }
put() { printf '%s\\n' "$2" > "$1.tmp.$$" && mv -f -- "$1.tmp.$$" "$1"; }
state() { printf '{"state":"%s","pgid":%s,"startedAt":%s,"endedAt":%s,"exitCode":%s}\\n' "$1" "$pgid" "$started" "\${2:-null}" "\${3:-null}"; }
now; started=$t
# pgid, started_at and the first status are single small writes (no fork before the command starts); readers
# treat an empty file as not written yet. exit_code and the last status are written atomically.
printf '%s\\n' "$pgid" > pgid
printf '%s\\n' "$started" > started_at
state running > status.json
trap ':' TERM INT HUP
( set -a; if [ -f "$envf" ]; then . "$envf"; if [ -n "$once" ]; then rm -f -- "$envf"; fi; fi; set +a; exec bash ./command.sh ) </dev/null >>log 2>&1
code=$?
now
put exit_code "$code"
state exited "$t" "$code" > status.json.tmp.$$ && mv -f -- status.json.tmp.$$ status.json
`;
