/**
 * The command line an exec sends over SSH, built only from `shellQuote`d parts. sshd hands it to the user's
 * login shell (`$SHELL -c LINE`), so the line is POSIX sh. It:
 *   1. makes sure the command leads its own process group (OpenSSH's session child already called setsid();
 *      otherwise `setsid` is used), so a timeout or killGroup reaches every descendant;
 *   2. changes to `cwd` (reporting a missing one through the marker instead of running anyway);
 *   3. prints one marker line on stderr, `\x1etenant-exec:NONCE:PGID`, which the client strips and uses to kill
 *      the group on timeout;
 *   4. exports `env` inside the command line (sshd ignores SSH env requests outside AcceptEnv);
 *   5. `exec`s the argv, or `bash -c SCRIPT`. A script too long for one command line (Linux caps a single
 *      argument at 128 KiB) is uploaded to a file first and read by bash through a file descriptor, so the
 *      command's stdin stays free.
 */
import type { Command, ExecOptions } from './host.js';
import { shellQuote } from './quote.js';

/** Longest command line sent as is: below Linux's 128 KiB single-argument limit (MAX_ARG_STRLEN). */
export const MAX_COMMAND_LINE_BYTES = 100_000;

export const EXEC_MARKER_PREFIX = '\x1etenant-exec:';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface RemoteCommandPlan {
  /** The exec request's command line. */
  line: string;
  /** When set, the caller must first write `content` to `path` (relative to the login directory, mode 0600). */
  upload?: { path: string; content: string };
}

function assertEnv(env: Readonly<Record<string, string>> | undefined): void {
  for (const name of Object.keys(env ?? {})) {
    if (!ENV_NAME.test(name)) throw new TypeError(`invalid environment variable name ${JSON.stringify(name)}`);
  }
}

/** Validates argv[0] the way both hosts need it: non-empty and not option-like. */
export function assertArgv(argv: readonly string[]): void {
  if (argv.length === 0) throw new TypeError('empty argv');
  const first = argv[0] ?? '';
  if (first === '' || first.startsWith('-')) {
    throw new TypeError(`argv[0] must name a program, got ${JSON.stringify(first)}`);
  }
}

/** The body the login shell evaluates: optional script fd, cd, marker, exports, exec. */
function body(final: string, nonce: string, options: Pick<ExecOptions, 'env' | 'cwd'>, scriptPath?: string): string {
  const parts: string[] = [];
  if (scriptPath !== undefined) {
    const q = shellQuote(scriptPath);
    parts.push(`{ exec 9<${q} && rm -f -- ${q}; } || exit 126`);
  }
  if (options.cwd !== undefined) {
    parts.push(
      `cd -- ${shellQuote(options.cwd)} 2>/dev/null || { printf '\\036tenant-exec:%s:nocwd\\n' ${nonce} >&2; exit 1; }`,
    );
  }
  parts.push(`printf '\\036tenant-exec:%s:%s\\n' ${nonce} "$$" >&2`);
  for (const [name, value] of Object.entries(options.env ?? {})) parts.push(`export ${name}=${shellQuote(value)}`);
  parts.push(final);
  return parts.join('\n');
}

/** Wraps the body so it runs as its own process-group leader. */
function wrap(inner: string): string {
  return [
    `W=${shellQuote(inner)}`,
    '{ read -r _ _ _ _ _tp _ < /proc/$$/stat; } 2>/dev/null',
    'if [ "${_tp:-$$}" != "$$" ] && command -v setsid >/dev/null 2>&1; then exec setsid /bin/sh -c "$W"; fi',
    'eval "$W"',
  ].join('; ');
}

/**
 * Plans the remote command line. `nonce` is a fresh random token (hex) per exec: the marker carries it so
 * output of the command can never be mistaken for the marker.
 */
export function planRemoteCommand(
  command: Command,
  options: Pick<ExecOptions, 'env' | 'cwd'>,
  nonce: string,
): RemoteCommandPlan {
  if (!/^[0-9a-f]{8,64}$/.test(nonce)) throw new TypeError('nonce must be hex');
  assertEnv(options.env);
  if ('argv' in command) {
    assertArgv(command.argv);
    const line = wrap(body(`exec ${command.argv.map(shellQuote).join(' ')}`, nonce, options));
    if (Buffer.byteLength(line) > MAX_COMMAND_LINE_BYTES) {
      throw new RangeError(
        `command line of ${Buffer.byteLength(line)} bytes is too long for one remote exec; pass large data on stdin or as a script`,
      );
    }
    return { line };
  }
  if (command.script.includes('\0')) throw new TypeError('a script cannot contain a NUL byte');
  const line = wrap(body(`exec bash -c ${shellQuote(command.script)}`, nonce, options));
  if (Buffer.byteLength(line) <= MAX_COMMAND_LINE_BYTES) return { line };
  const path = `.tenant-exec-${nonce}.sh`;
  return { line: wrap(body('exec bash /dev/fd/9', nonce, options, path)), upload: { path, content: command.script } };
}

export type ExecMarker = { kind: 'pgid'; pgid: number } | { kind: 'nocwd' };

/**
 * Strips the marker line from a command's stderr. Bytes before it (the user's rc files may print) and after
 * it are passed through untouched.
 */
export class ExecMarkerScanner {
  private readonly needle: Buffer;
  private pending: Buffer = Buffer.alloc(0);
  private done = false;
  marker: ExecMarker | undefined;

  constructor(nonce: string) {
    this.needle = Buffer.from(`${EXEC_MARKER_PREFIX}${nonce}:`, 'latin1');
  }

  get found(): boolean {
    return this.done;
  }

  /** Feeds a stderr chunk; returns the bytes that are real stderr. */
  push(chunk: Buffer): Buffer {
    if (this.done) return chunk;
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const at = this.pending.indexOf(this.needle);
    if (at !== -1) {
      const nl = this.pending.indexOf(0x0a, at + this.needle.length);
      if (nl === -1) {
        if (this.pending.length - at > this.needle.length + 32) return this.giveUp();
        const before = this.pending.subarray(0, at);
        this.pending = this.pending.subarray(at);
        return Buffer.from(before);
      }
      const value = this.pending.subarray(at + this.needle.length, nl).toString('latin1');
      const out = Buffer.concat([this.pending.subarray(0, at), this.pending.subarray(nl + 1)]);
      this.pending = Buffer.alloc(0);
      this.done = true;
      if (value === 'nocwd') this.marker = { kind: 'nocwd' };
      else if (/^[0-9]+$/.test(value)) this.marker = { kind: 'pgid', pgid: Number(value) };
      return out;
    }
    // Keep only a tail that could be the start of a marker split across chunks.
    const keep = Math.min(this.pending.length, this.needle.length - 1);
    const start = this.pending.length - keep;
    const tail = this.pending.subarray(start);
    const partial = this.needle.subarray(0, tail.length);
    let cut = this.pending.length;
    for (let i = 0; i < tail.length; i++) {
      if (tail.subarray(i).equals(partial.subarray(0, tail.length - i))) {
        cut = start + i;
        break;
      }
    }
    const out = Buffer.from(this.pending.subarray(0, cut));
    this.pending = Buffer.from(this.pending.subarray(cut));
    return out;
  }

  /** End of stderr: whatever is still held back is real stderr. */
  flush(): Buffer {
    const out = this.pending;
    this.pending = Buffer.alloc(0);
    return out;
  }

  private giveUp(): Buffer {
    this.done = true;
    return this.flush();
  }
}
