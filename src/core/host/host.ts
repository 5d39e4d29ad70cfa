/**
 * The Host port: everything that touches a machine goes through this interface. It is implemented by
 * `SshHost` (ssh2, one connection reused for every call) and `LocalHost` (child_process), and the same
 * contract suite runs against both (test/integration/host-contract.test.ts).
 */

/** A command as argv (quoted with `shellQuote` for remote use) or as a bash script given on stdin-less `bash -c`. */
export type Command = { argv: readonly string[] } | { script: string };

export interface ExecOptions {
  /** Bytes or text fed to the process's stdin, then stdin is closed. Secrets travel here, never in argv. */
  stdin?: string | Uint8Array;
  /** Extra environment variables for the command (exported inside the remote shell, not via SSH env requests). Never secrets. */
  env?: Readonly<Record<string, string>>;
  /** Working directory; created by nobody: it must exist. */
  cwd?: string;
  /** Kill the command (its whole process group) after this many ms; the result then has `timedOut: true`. */
  timeoutMs?: number;
  /** Called with each chunk of stdout as it arrives (in addition to the collected `stdout`). */
  onStdout?: (chunk: Buffer) => void;
  onStderr?: (chunk: Buffer) => void;
}

export interface ExecResult {
  /** Exit code; null when the process died by a signal or timed out. */
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export interface FileStat {
  path: string;
  type: 'file' | 'dir' | 'symlink' | 'other';
  size: number;
  /** Modification time, milliseconds since the epoch (over SSH/SFTP: whole seconds × 1000). */
  mtimeMs: number;
  /** Permission bits only (`& 0o7777`), e.g. 0o600. */
  mode: number;
}

export interface StreamOptions {
  /** Byte offset to start from (0 = beginning). */
  offset?: number;
  /** Poll interval when the file has no new bytes, ms. */
  pollMs?: number;
  /** Stop when this returns true (checked whenever the file has no new bytes). */
  until?: () => boolean | Promise<boolean>;
  /** Abort following. */
  signal?: AbortSignal;
}

/** One complete line of a followed file, with the byte offset just past its newline. */
export interface StreamLine {
  line: string;
  /** Offset of the next unread byte; resume from here after a reconnect. */
  offset: number;
}

export interface Host {
  /** `ssh` or `local`. */
  readonly kind: 'ssh' | 'local';
  /** Human label, e.g. `root@127.0.0.1:2222` or `local`. Never contains a secret. */
  readonly label: string;
  /** SSH only: `SHA256:…` of the host key the server presented (for the session file, and to pin after accept-new). */
  readonly hostKeyFingerprint?: string;

  exec(command: Command, options?: ExecOptions): Promise<ExecResult>;
  /** Follow a file by byte offset, yielding whole lines; survives a reconnect when the caller restarts from `offset`. */
  stream(path: string, options?: StreamOptions): AsyncIterable<StreamLine>;
  readFile(path: string): Promise<Buffer>;
  /** Atomic write: a temp file in the same directory, fsync, chmod `mode` (default 0o644), then rename over `path`. */
  writeFile(path: string, data: string | Uint8Array, options?: { mode?: number }): Promise<void>;
  /** null when the path does not exist. Does not follow a final symlink. */
  stat(path: string): Promise<FileStat | null>;
  /** Entries of a directory (names only, sorted), or throws HostError('ENOENT') when absent. */
  list(path: string): Promise<string[]>;
  /** Send `signal` (name without SIG, e.g. `TERM`, `KILL`) to process group `pgid`. Returns false when no such group. */
  killGroup(pgid: number, signal: string): Promise<boolean>;
  close(): Promise<void>;
}
