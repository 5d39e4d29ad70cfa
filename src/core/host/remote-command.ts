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
import { MarkerScanner } from './marker-scanner.js';
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

export function assertEnv(env: Readonly<Record<string, string>> | undefined): void {
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
export function commandBody(
  final: string,
  nonce: string,
  options: Pick<ExecOptions, 'env' | 'cwd'>,
  scriptPath?: string,
): string {
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
 * What the body finally runs (`exec ARGV` or `exec bash -c SCRIPT`), after validating the command.
 * Throws TypeError for an empty or option-like argv[0] and for NUL bytes.
 */
export function finalCommand(command: Command): string {
  if ('argv' in command) {
    assertArgv(command.argv);
    return `exec ${command.argv.map(shellQuote).join(' ')}`;
  }
  if (command.script.includes('\0')) throw new TypeError('a script cannot contain a NUL byte');
  return `exec bash -c ${shellQuote(command.script)}`;
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
  assertNonce(nonce);
  assertEnv(options.env);
  const final = finalCommand(command);
  const line = wrap(commandBody(final, nonce, options));
  if (Buffer.byteLength(line) <= MAX_COMMAND_LINE_BYTES) return { line };
  if ('argv' in command) {
    throw new RangeError(
      `command line of ${Buffer.byteLength(line)} bytes is too long for one remote exec; pass large data on stdin or as a script`,
    );
  }
  const path = `.tenant-exec-${nonce}.sh`;
  return {
    line: wrap(commandBody('exec bash /dev/fd/9', nonce, options, path)),
    upload: { path, content: command.script },
  };
}

export function assertNonce(nonce: string): void {
  if (!/^[0-9a-f]{8,64}$/.test(nonce)) throw new TypeError('nonce must be hex');
}

export type ExecMarker = { kind: 'pgid'; pgid: number } | { kind: 'nocwd' };

/**
 * Strips the marker line from a command's stderr. Bytes before it (the user's rc files may print) and after
 * it are passed through untouched.
 */
export class ExecMarkerScanner {
  private readonly scanner: MarkerScanner;

  constructor(nonce: string) {
    this.scanner = new MarkerScanner(`${EXEC_MARKER_PREFIX}${nonce}:`, 'pass');
  }

  get found(): boolean {
    return this.scanner.found;
  }

  get marker(): ExecMarker | undefined {
    const v = this.scanner.value;
    if (v === 'nocwd') return { kind: 'nocwd' };
    if (v !== undefined && /^[0-9]+$/.test(v)) return { kind: 'pgid', pgid: Number(v) };
    return undefined;
  }

  /** Feeds a stderr chunk; returns the bytes that are real stderr. */
  push(chunk: Buffer): Buffer {
    return this.scanner.push(chunk);
  }

  /** End of stderr: whatever is still held back is real stderr. */
  flush(): Buffer {
    return this.scanner.flush();
  }
}
