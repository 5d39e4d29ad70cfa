/**
 * `LocalHost`: the Host port on this machine (the `local` profile: a self-hosted GPU runner, or the demo).
 * Same semantics as `SshHost`: every command runs through bash in its own process group (a detached spawn
 * calls setsid), so a timeout or `killGroup` reaches every descendant; writes are atomic; stream follows a
 * file by byte offset.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { lstat, open, readFile, readdir, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { HostError } from '../core/errors.js';
import { followLines, type FollowReader } from '../core/host/follow.js';
import type { Command, ExecOptions, ExecResult, FileStat, Host, StreamLine, StreamOptions } from '../core/host/host.js';
import { assertArgv, MAX_COMMAND_LINE_BYTES } from '../core/host/remote-command.js';
import { assertPgid, normalizeSignal } from '../core/host/signal-name.js';

const DEFAULT_FILE_MODE = 0o644;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function errnoOf(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

function fileError(op: string, path: string, err: unknown): HostError {
  const code = errnoOf(err) ?? 'EIO';
  const what = code === 'ENOENT' ? 'no such file or directory' : code === 'ENOTDIR' ? 'not a directory' : String(err);
  return new HostError(code, `${op} ${path}: ${what}`, { cause: err });
}

function typeOf(s: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }): FileStat['type'] {
  if (s.isSymbolicLink()) return 'symlink';
  if (s.isFile()) return 'file';
  if (s.isDirectory()) return 'dir';
  return 'other';
}

export class LocalHost implements Host {
  readonly kind = 'local' as const;
  readonly label = 'local';
  private closed = false;

  async exec(command: Command, options: ExecOptions = {}): Promise<ExecResult> {
    this.assertOpen();
    for (const name of Object.keys(options.env ?? {})) {
      if (!ENV_NAME.test(name)) throw new TypeError(`invalid environment variable name ${JSON.stringify(name)}`);
    }
    if (options.cwd !== undefined) {
      const st = await stat(options.cwd).catch(() => undefined);
      if (!st?.isDirectory()) throw new HostError('ENOENT', `working directory ${options.cwd} does not exist on local`);
    }
    let args: string[];
    let scriptFd: FileHandle | undefined;
    if ('argv' in command) {
      assertArgv(command.argv);
      for (const a of command.argv)
        if (a.includes('\0')) throw new TypeError('a shell argument cannot contain a NUL byte');
      args = ['-c', 'exec "$@"', 'bash', ...command.argv];
    } else if (Buffer.byteLength(command.script) <= MAX_COMMAND_LINE_BYTES) {
      if (command.script.includes('\0')) throw new TypeError('a script cannot contain a NUL byte');
      args = ['-c', command.script];
    } else {
      // Too long for one argument: hand bash the script through fd 3 (an unlinked temp file).
      const path = join(tmpdir(), `.tenant-exec-${randomBytes(8).toString('hex')}.sh`);
      scriptFd = await open(path, 'wx', 0o600);
      await unlink(path);
      await scriptFd.writeFile(command.script);
      args = ['/dev/fd/3'];
    }
    try {
      return await this.spawnBash(args, options, scriptFd);
    } finally {
      await scriptFd?.close();
    }
  }

  private spawnBash(args: string[], options: ExecOptions, scriptFd: FileHandle | undefined): Promise<ExecResult> {
    return new Promise((resolve, reject) => {
      // --norc: Debian's bash sources ~/.bashrc when its stdin is a socket and SHLVL is unset (it takes
      // itself for an rsh-started shell); Node's stdio pipes are sockets, so without it every exec would pay
      // for the user's rc files (pyenv/conda init: 1-2 s here).
      const child = spawn('bash', ['--norc', '--noprofile', ...args], {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
        detached: true,
        stdio: scriptFd ? ['pipe', 'pipe', 'pipe', scriptFd.fd] : ['pipe', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      let timedOut = false;
      let timer: NodeJS.Timeout | undefined;
      const killGroup = (): void => {
        if (child.pid === undefined) return;
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      };
      child.stdout?.on('data', (d: Buffer) => {
        out.push(d);
        options.onStdout?.(d);
      });
      child.stderr?.on('data', (d: Buffer) => {
        err.push(d);
        options.onStderr?.(d);
      });
      child.stdin?.on('error', () => undefined); // EPIPE when the command does not read its stdin
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(new HostError(errnoOf(e) ?? 'ESPAWN', `could not start bash on local: ${e.message}`, { cause: e }));
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolve({
          code: timedOut ? null : code,
          signal: timedOut ? 'KILL' : signal ? signal.replace(/^SIG/, '') : null,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
          timedOut,
        });
      });
      if (options.timeoutMs !== undefined) {
        timer = setTimeout(() => {
          timedOut = true;
          killGroup();
        }, options.timeoutMs);
      }
      if (options.stdin !== undefined) child.stdin?.end(Buffer.from(options.stdin));
      else child.stdin?.end();
    });
  }

  stream(path: string, options: StreamOptions = {}): AsyncIterable<StreamLine> {
    this.assertOpen();
    let fh: FileHandle | undefined;
    const reader: FollowReader = {
      read: async (position, length) => {
        if (!fh) {
          try {
            fh = await open(path, fsConstants.O_RDONLY);
          } catch (e) {
            if (errnoOf(e) === 'ENOENT') return 'missing';
            throw fileError('stream', path, e);
          }
        }
        const buf = Buffer.allocUnsafe(length);
        const { bytesRead } = await fh.read(buf, 0, length, position);
        return buf.subarray(0, bytesRead);
      },
      size: async () => (fh ? (await fh.stat()).size : undefined),
      close: async () => {
        await fh?.close();
        fh = undefined;
      },
    };
    return followLines(path, reader, options);
  }

  async readFile(path: string): Promise<Buffer> {
    this.assertOpen();
    try {
      return await readFile(path);
    } catch (e) {
      throw fileError('read', path, e);
    }
  }

  async writeFile(path: string, data: string | Uint8Array, options: { mode?: number } = {}): Promise<void> {
    this.assertOpen();
    const mode = options.mode ?? DEFAULT_FILE_MODE;
    const dir = dirname(path);
    const tmp = join(dir, `.${basename(path)}.tenant-${randomBytes(6).toString('hex')}.tmp`);
    let fh: FileHandle | undefined;
    try {
      fh = await open(tmp, 'wx', mode & 0o777);
      await fh.writeFile(data);
      await fh.chmod(mode);
      await fh.sync();
      await fh.close();
      fh = undefined;
      await rename(tmp, path);
    } catch (e) {
      await fh?.close().catch(() => undefined);
      await unlink(tmp).catch(() => undefined);
      throw fileError('write', path, e);
    }
    // Make the rename itself durable (best effort: not every filesystem lets a directory be fsynced).
    const dh = await open(dir, fsConstants.O_RDONLY).catch(() => undefined);
    await dh?.sync().catch(() => undefined);
    await dh?.close();
  }

  async stat(path: string): Promise<FileStat | null> {
    this.assertOpen();
    try {
      const s = await lstat(path);
      return { path, type: typeOf(s), size: s.size, mtimeMs: s.mtimeMs, mode: s.mode & 0o7777 };
    } catch (e) {
      if (errnoOf(e) === 'ENOENT' || errnoOf(e) === 'ENOTDIR') return null;
      throw fileError('stat', path, e);
    }
  }

  async list(path: string): Promise<string[]> {
    this.assertOpen();
    try {
      return (await readdir(path)).sort();
    } catch (e) {
      throw fileError('list', path, e);
    }
  }

  async killGroup(pgid: number, signal: string): Promise<boolean> {
    this.assertOpen();
    assertPgid(pgid);
    const sig = normalizeSignal(signal);
    try {
      process.kill(-pgid, `SIG${sig}` as NodeJS.Signals);
      return true;
    } catch (e) {
      if (errnoOf(e) === 'ESRCH') return false;
      throw new HostError(errnoOf(e) ?? 'EKILL', `kill -${sig} process group ${pgid} on local: ${String(e)}`, {
        cause: e,
      });
    }
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private assertOpen(): void {
    if (this.closed) throw new HostError('ECLOSED', 'local host is closed');
  }
}
