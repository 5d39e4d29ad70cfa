/**
 * The persistent remote shell: one `bash -s` per connection that runs small commands without a new channel and
 * without the login shell re-reading the user's rc files each time (measured: an exec pays ~20–60 ms here, plus
 * whatever ~/.bashrc costs, e.g. pyenv/conda init, once per command; bench/host-latency.ts).
 *
 * Each command keeps the semantics of a plain exec:
 *   - its own session and process group (`setsid`, and the same pgid marker as a plain exec, for timeouts);
 *   - stdin is /dev/null (commands that need stdin take the plain exec path);
 *   - stdout and stderr stay separate, each piped through `cat` so the command is complete only when every
 *     writer (background children included) has closed it, as with a channel;
 *   - after each stream ends, an end marker with a per-command nonce; the stderr one carries the exit status.
 * Bash reports a death by signal N as status 128+N, so statuses 129–143 are reported as signals here.
 */
import type { Command, ExecOptions, ExecResult } from './host.js';
import { shellQuote } from './quote.js';
import { assertEnv, assertNonce, commandBody, finalCommand, MAX_COMMAND_LINE_BYTES } from './remote-command.js';

/** The exec request that starts the shell (the login shell has read its rc files once, by then). */
export const SHELL_START_LINE = 'exec bash --noprofile --norc -s';
export const SHELL_END_PREFIX = '\x1etenant-end:';
export const SHELL_READY_PREFIX = '\x1etenant-shell-ready:';

/** First text written to the shell: refuse to serve without setsid, then say ready. */
export function shellHandshake(nonce: string): string {
  assertNonce(nonce);
  return `command -v setsid >/dev/null 2>&1 || exit 97\nprintf '\\036tenant-shell-ready:%s\\n' ${nonce}\n`;
}

/** The text for one command, or undefined when it must take the plain exec path (stdin, or too long). */
export function planShellCommand(
  command: Command,
  options: Pick<ExecOptions, 'env' | 'cwd' | 'stdin'>,
  nonce: string,
): string | undefined {
  if (options.stdin !== undefined) return undefined;
  assertNonce(nonce);
  assertEnv(options.env);
  const body = commandBody(finalCommand(command), nonce, options);
  if (Buffer.byteLength(body) > MAX_COMMAND_LINE_BYTES) return undefined;
  return [
    `W=${shellQuote(body)}`,
    `{ setsid sh -c "$W" </dev/null 2>&1 1>&3 3>&- | cat >&2; printf '\\036tenant-end:%s:%s\\n' ${nonce} "\${PIPESTATUS[0]}" >&2; } 3>&1 | cat`,
    `printf '\\036tenant-end:%s:\\n' ${nonce}`,
    '',
  ].join('\n');
}

const SIGNALS_BY_NUMBER: Record<number, string> = {
  1: 'HUP',
  2: 'INT',
  3: 'QUIT',
  4: 'ILL',
  5: 'TRAP',
  6: 'ABRT',
  7: 'BUS',
  8: 'FPE',
  9: 'KILL',
  10: 'USR1',
  11: 'SEGV',
  12: 'USR2',
  13: 'PIPE',
  14: 'ALRM',
  15: 'TERM',
};

/** Turns the status the shell printed into ExecResult's code/signal. */
export function decodeShellStatus(status: string): Pick<ExecResult, 'code' | 'signal'> {
  const n = /^\d+$/.test(status) ? Number(status) : NaN;
  if (Number.isNaN(n)) return { code: null, signal: null };
  const signal = n > 128 ? SIGNALS_BY_NUMBER[n - 128] : undefined;
  return signal ? { code: null, signal } : { code: n, signal: null };
}
