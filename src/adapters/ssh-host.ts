/**
 * `SshHost`: the Host port over one ssh2 connection, reused for every exec and file operation of an action
 * run. Commands are built by `planRemoteCommand` (every part `shellQuote`d) and run in their own process group;
 * files go over one SFTP session. A connection that drops is not repaired in place: every later call fails with
 * HostError('ECONNLOST') and the caller opens a new host (`openHost`) and resumes, e.g. `stream` from the last
 * offset it saw.
 */
import { randomBytes } from 'node:crypto';
import { posix } from 'node:path';
import type { Client, ClientChannel, SFTPWrapper, Stats } from 'ssh2';
import { ConfigurationError, HostError } from '../core/errors.js';
import type { ConnectionSettings } from '../core/host/connection.js';
import { followLines, type FollowReader } from '../core/host/follow.js';
import { planHostKeyCheck } from '../core/host/host-key.js';
import type { Command, ExecOptions, ExecResult, FileStat, Host, StreamLine, StreamOptions } from '../core/host/host.js';
import { ExecMarkerScanner, planRemoteCommand } from '../core/host/remote-command.js';
import { assertPgid, normalizeSignal } from '../core/host/signal-name.js';
import { shellJoin } from '../core/host/quote.js';
import { planShellCommand } from '../core/host/shell-session.js';
import { ChannelLimit } from './channel-limit.js';
import { PersistentShell } from './ssh-shell.js';
import { labelOf, openConnection, type SshTarget } from './ssh-connect.js';
import { loadPrivateKey } from './ssh-key.js';

/** Exec channels open at once per connection (OpenSSH MaxSessions defaults to 10; SFTP and kills use others). */
export const MAX_EXEC_CHANNELS = 6;
const DEFAULT_FILE_MODE = 0o644;
/** SFTP transfer pipelining: requests in flight and bytes per request. */
const SFTP_CHUNK = 64 * 1024;
const SFTP_IN_FLIGHT = 16;
/** How many persistent shells one connection may start (a shell that dies is replaced, up to this). */
const MAX_SHELL_STARTS = 3;
/** After a timeout kill, how long to wait for the channel to close by itself. */
const KILL_GRACE_MS = 3000;

const SFTP_NO_SUCH_FILE = 2;
const SFTP_PERMISSION_DENIED = 3;

type SftpError = Error & { code?: unknown };

export interface SshHostOptions {
  /**
   * Run small commands (no stdin) through one persistent remote shell instead of a channel each: no channel
   * set-up and no rc files per command. Default true.
   */
  persistentShell?: boolean;
}

function required(value: string | undefined, input: string, flag: string, what: string): string {
  if (value === undefined || value.trim() === '') {
    throw new ConfigurationError(`${input} (CLI: ${flag}) is required to connect over SSH: ${what}`, input);
  }
  return value;
}

function cb<T>(fn: (done: (err: Error | undefined | null, value?: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    fn((err, value) => (err ? reject(err) : resolve(value as T)));
  });
}

export class SshHost implements Host {
  readonly kind = 'ssh' as const;
  readonly label: string;
  /** `SHA256:…` of the host key the server presented (pinned or, with accept-new, trusted on first use). */
  readonly hostKeyFingerprint: string;
  readonly hostKeyType: string;
  /** `accepted-new`: nothing was pinned and the key was trusted on first use; print it so the user can pin it. */
  readonly hostKeyTrust: 'pinned' | 'accepted-new';

  private readonly channels = new ChannelLimit(MAX_EXEC_CHANNELS);
  private sftpSession: Promise<SFTPWrapper> | undefined;
  private lost: Error | undefined;
  private closing: Promise<void> | undefined;
  private closed = false;
  private shell: PersistentShell | undefined;
  private shellStarts = 0;
  /** How commands were run so far: on their own channel, or through the persistent shell. */
  readonly counters = { channelExecs: 0, shellExecs: 0 };

  /** Validates the settings, loads the key, pins the host key, connects and logs in. */
  static async connect(settings: ConnectionSettings, options: SshHostOptions = {}): Promise<SshHost> {
    const host = required(settings.host, 'host', '--host', 'the box to reach');
    const user = required(settings.user, 'user', '--user', 'the login name on the box');
    const keyText = required(
      settings.privateKey,
      'private-key',
      '--identity',
      'the private key whose public half the box authorizes',
    );
    const check = planHostKeyCheck({
      host,
      port: settings.port,
      knownHosts: settings.knownHosts,
      hostFingerprint: settings.hostFingerprint,
      hostKeyPolicy: settings.hostKeyPolicy,
    });
    const key = loadPrivateKey(keyText, settings.passphrase);
    const target: SshTarget = { host, port: settings.port, user, connectTimeoutMs: settings.connectTimeoutMs };
    const { client, verdict } = await openConnection(target, key, check);
    return new SshHost(
      client,
      target,
      verdict.fingerprint,
      verdict.keyType,
      verdict.trust,
      options.persistentShell ?? true,
    );
  }

  private constructor(
    private readonly client: Client,
    private readonly target: SshTarget,
    fingerprint: string,
    keyType: string,
    trust: 'pinned' | 'accepted-new',
    private shellWanted: boolean,
  ) {
    this.label = labelOf(target);
    this.hostKeyFingerprint = fingerprint;
    this.hostKeyType = keyType;
    this.hostKeyTrust = trust;
    client.on('error', (err: Error) => {
      this.lost ??= err;
    });
    const onGone = (): void => {
      this.closed = true;
      this.lost ??= new Error('the connection closed');
    };
    client.on('end', onGone);
    client.on('close', onGone);
  }

  // ---------------------------------------------------------------- exec

  async exec(command: Command, options: ExecOptions = {}): Promise<ExecResult> {
    this.assertUsable();
    const nonce = randomBytes(8).toString('hex');
    const plan = planRemoteCommand(command, options, nonce);
    const shellText = this.shellWanted && !plan.upload ? planShellCommand(command, options, nonce) : undefined;
    if (shellText !== undefined) {
      const shell = this.idleShell();
      if (shell) {
        this.counters.shellExecs++;
        return shell.run(shellText, nonce, options);
      }
    }
    if (plan.upload) await this.putFile(plan.upload.path, Buffer.from(plan.upload.content), 0o600);
    this.counters.channelExecs++;
    return this.channels.run(() => this.runChannel(plan.line, nonce, options));
  }

  /** The persistent shell when it can take a command now; starts one (in the background) when there is none. */
  private idleShell(): PersistentShell | undefined {
    if (this.shell?.dead) {
      // 97: the box has no setsid; do not keep trying.
      if (this.shell.exitCode === 97) this.shellWanted = false;
      this.shell = undefined;
    }
    if (!this.shell && this.shellWanted && this.shellStarts < MAX_SHELL_STARTS) {
      this.shellStarts++;
      this.shell = new PersistentShell(
        {
          openExec: (line) => this.openExec(line),
          killGroup: (pgid) => void this.signalGroupNow(pgid, 'KILL').catch(() => undefined),
          lostError: () => (this.lost || this.closed ? this.lostError() : undefined),
          label: this.label,
        },
        this.target.connectTimeoutMs,
      );
    }
    return this.shell?.idle ? this.shell : undefined;
  }

  private lostError(): HostError {
    const reason = this.lost?.message ?? 'closed';
    return new HostError('ECONNLOST', `connection to ${this.label} lost (${reason}); reconnect and resume`, {
      cause: this.lost,
    });
  }

  private assertUsable(): void {
    if (this.closing) throw new HostError('ECLOSED', `ssh host ${this.label} is closed`);
    if (this.lost || this.closed) throw this.lostError();
  }

  /** Opens an exec channel with a deadline: on a half-open transport the open itself can hang forever. */
  private openExec(line: string): Promise<ClientChannel> {
    return new Promise((resolve, reject) => {
      let done = false;
      const timer = setTimeout(() => {
        if (done) return;
        done = true;
        this.lost ??= new Error('no answer to a channel open');
        this.client.destroy();
        reject(this.lostError());
      }, this.target.connectTimeoutMs);
      try {
        this.client.exec(line, (err, channel) => {
          if (done) {
            channel?.close();
            return;
          }
          done = true;
          clearTimeout(timer);
          if (err) {
            reject(
              this.lost || this.closed
                ? this.lostError()
                : new HostError('ECHANNEL', `could not open a channel on ${this.label}: ${err.message}`, {
                    cause: err,
                  }),
            );
          } else resolve(channel);
        });
      } catch (e) {
        done = true;
        clearTimeout(timer);
        reject(this.lost || this.closed ? this.lostError() : e);
      }
    });
  }

  private async runChannel(line: string, nonce: string, options: ExecOptions): Promise<ExecResult> {
    const channel = await this.openExec(line);
    return new Promise((resolve, reject) => {
      const scanner = new ExecMarkerScanner(nonce);
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      let exit: { code: number | null; signal: string | null } | undefined;
      let timedOut = false;
      let killWanted = false;
      let killSent = false;
      let timer: NodeJS.Timeout | undefined;
      let graceTimer: NodeJS.Timeout | undefined;

      const sendKill = (): void => {
        if (killSent) return;
        const marker = scanner.marker;
        if (marker?.kind !== 'pgid') return; // sent as soon as the marker arrives
        killSent = true;
        this.signalGroupNow(marker.pgid, 'KILL').catch(() => undefined);
      };
      const onTimeout = (): void => {
        timedOut = true;
        killWanted = true;
        sendKill();
        // If the kill cannot be delivered (no marker yet, or the group ignores it), stop waiting anyway.
        graceTimer = setTimeout(() => channel.close(), KILL_GRACE_MS);
      };

      channel.on('data', (d: Buffer) => {
        out.push(d);
        options.onStdout?.(d);
      });
      channel.stderr.on('data', (d: Buffer) => {
        const real = scanner.push(d);
        if (killWanted) sendKill();
        if (real.length > 0) {
          err.push(real);
          options.onStderr?.(real);
        }
      });
      channel.on('exit', (code: number | null, signal?: string) => {
        exit = { code: code ?? null, signal: signal ? signal.replace(/^SIG/, '') : null };
      });
      channel.on('error', () => undefined); // surfaces as 'close' without exit status
      channel.stderr.on('error', () => undefined);
      channel.on('close', () => {
        clearTimeout(timer);
        clearTimeout(graceTimer);
        const rest = scanner.flush();
        if (rest.length > 0) {
          err.push(rest);
          options.onStderr?.(rest);
        }
        if (!exit && !timedOut && (this.lost || this.closed)) return reject(this.lostError());
        if (scanner.marker?.kind === 'nocwd') {
          return reject(
            new HostError('ENOENT', `working directory ${options.cwd ?? ''} does not exist on ${this.label}`),
          );
        }
        resolve({
          code: timedOut ? null : (exit?.code ?? null),
          signal: timedOut ? 'KILL' : (exit?.signal ?? null),
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
          timedOut,
        });
      });
      if (options.timeoutMs !== undefined) timer = setTimeout(onTimeout, options.timeoutMs);
      if (options.stdin !== undefined) channel.end(Buffer.from(options.stdin));
      else channel.end();
    });
  }

  /** `kill -s SIG -- -PGID` on its own channel, outside the channel limit (it must work while all are busy). */
  private async signalGroupNow(pgid: number, signal: string): Promise<{ code: number | null; stderr: string }> {
    const channel = await this.openExec(shellJoin(['kill', '-s', signal, '--', `-${pgid}`]));
    return new Promise((resolve) => {
      const errs: Buffer[] = [];
      let code: number | null = null;
      channel.on('data', () => undefined);
      channel.stderr.on('data', (d: Buffer) => errs.push(d));
      channel.on('exit', (c: number | null) => {
        code = c;
      });
      channel.on('error', () => undefined);
      channel.stderr.on('error', () => undefined);
      channel.on('close', () => resolve({ code, stderr: Buffer.concat(errs).toString('utf8') }));
      channel.end();
    });
  }

  async killGroup(pgid: number, signal: string): Promise<boolean> {
    this.assertUsable();
    assertPgid(pgid);
    const sig = normalizeSignal(signal);
    // The shell builtin (bash -c), not an external /bin/kill that minimal images lack.
    const res = await this.exec({ script: shellJoin(['kill', '-s', sig, '--', `-${pgid}`]) });
    if (res.code === 0) return true;
    if (/no such process/i.test(res.stderr)) return false;
    if (this.lost || this.closed) throw this.lostError();
    throw new HostError(
      'EKILL',
      `kill -${sig} process group ${pgid} on ${this.label} failed: ${res.stderr.trim() || `exit ${res.code}`}`,
    );
  }

  // ---------------------------------------------------------------- SFTP

  private sftp(): Promise<SFTPWrapper> {
    this.assertUsable();
    if (!this.sftpSession) {
      const session = new Promise<SFTPWrapper>((resolve, reject) => {
        const timer = setTimeout(() => {
          this.lost ??= new Error('no answer to the SFTP subsystem request');
          this.client.destroy();
          reject(this.lostError());
        }, this.target.connectTimeoutMs);
        this.client.sftp((err, sftp) => {
          clearTimeout(timer);
          if (err) {
            return reject(
              this.lost || this.closed
                ? this.lostError()
                : new HostError(
                    'ESFTP',
                    `${this.label} refused the SFTP subsystem (${err.message}); enable 'Subsystem sftp' in its sshd_config`,
                    { cause: err },
                  ),
            );
          }
          sftp.on('error', () => undefined);
          sftp.on('close', () => {
            if (this.sftpSession === session) this.sftpSession = undefined;
          });
          resolve(sftp);
        });
      });
      this.sftpSession = session;
      session.catch(() => {
        if (this.sftpSession === session) this.sftpSession = undefined;
      });
    }
    return this.sftpSession;
  }

  private fileError(op: string, path: string, err: unknown): Error {
    if (err instanceof HostError) return err;
    if (this.lost || this.closed) return this.lostError();
    const e = err as SftpError;
    const code = e.code === SFTP_NO_SUCH_FILE ? 'ENOENT' : e.code === SFTP_PERMISSION_DENIED ? 'EACCES' : 'EIO';
    const what = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : e.message;
    return new HostError(code, `${op} ${path} on ${this.label}: ${what}`, { cause: err });
  }

  async readFile(path: string): Promise<Buffer> {
    const sftp = await this.sftp();
    let handle: Buffer | undefined;
    try {
      handle = await cb<Buffer>((d) => sftp.open(path, 'r', d));
      const h = handle;
      const size = (await cb<{ size?: number }>((d) => sftp.fstat(h, d))).size ?? 0;
      const parts: Buffer[] = [];
      let total = 0;
      // Pipelined reads of the size fstat saw, then sequential reads until EOF (the file may have grown).
      const chunks: number[] = [];
      for (let pos = 0; pos < size; pos += SFTP_CHUNK) chunks.push(pos);
      const results = new Map<number, Buffer>();
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < chunks.length) {
          const pos = chunks[next++] as number;
          const buf = Buffer.allocUnsafe(Math.min(SFTP_CHUNK, size - pos));
          const n = await cb<number>((d) => sftp.read(h, buf, 0, buf.length, pos, d));
          results.set(pos, buf.subarray(0, n));
        }
      };
      await Promise.all(Array.from({ length: Math.min(SFTP_IN_FLIGHT, chunks.length) }, worker));
      for (const pos of chunks) {
        const b = results.get(pos) as Buffer;
        if (total !== pos)
          throw new HostError('EIO', `read ${path} on ${this.label}: the file shrank while being read`);
        parts.push(b);
        total += b.length;
      }
      for (;;) {
        const buf = Buffer.allocUnsafe(SFTP_CHUNK);
        const n = await cb<number>((d) => sftp.read(h, buf, 0, buf.length, total, d));
        if (!n) break;
        parts.push(buf.subarray(0, n));
        total += n;
      }
      return Buffer.concat(parts, total);
    } catch (e) {
      throw this.fileError('read', path, e);
    } finally {
      if (handle) sftp.close(handle, () => undefined);
    }
  }

  /** Writes `data` to `path` through an open SFTP handle (pipelined), then fchmod and fsync. Not atomic. */
  private async putFile(path: string, data: Buffer, mode: number): Promise<void> {
    const sftp = await this.sftp();
    const handle = await cb<Buffer>((d) => sftp.open(path, 'wx', { mode: mode & 0o777 }, d));
    let ok = false;
    try {
      const chunks: number[] = [];
      for (let pos = 0; pos < data.length; pos += SFTP_CHUNK) chunks.push(pos);
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < chunks.length) {
          const pos = chunks[next++] as number;
          const len = Math.min(SFTP_CHUNK, data.length - pos);
          await cb<void>((d) => sftp.write(handle, data, pos, len, pos, d));
        }
      };
      await Promise.all(Array.from({ length: Math.min(SFTP_IN_FLIGHT, chunks.length) }, worker));
      await cb<void>((d) => sftp.fchmod(handle, mode, d));
      try {
        await cb<unknown>((d) => sftp.ext_openssh_fsync(handle, d));
      } catch (e) {
        // Servers without fsync@openssh.com: the rename is still atomic, only durability is weaker.
        if (!/does not support/i.test(String(e))) throw e;
      }
      ok = true;
    } finally {
      await cb<void>((d) => sftp.close(handle, d)).catch((e) => {
        if (ok) throw e;
      });
    }
  }

  async writeFile(path: string, data: string | Uint8Array, options: { mode?: number } = {}): Promise<void> {
    const mode = options.mode ?? DEFAULT_FILE_MODE;
    const tmp = posix.join(
      posix.dirname(path),
      `.${posix.basename(path)}.tenant-${randomBytes(6).toString('hex')}.tmp`,
    );
    const sftp = await this.sftp();
    try {
      await this.putFile(tmp, Buffer.from(data), mode);
      await this.renameOver(sftp, tmp, path);
    } catch (e) {
      if (!this.lost && !this.closed) sftp.unlink(tmp, () => undefined);
      throw this.fileError('write', path, e);
    }
  }

  /** POSIX rename (replaces the target atomically); plain SFTP rename refuses an existing target. */
  private async renameOver(sftp: SFTPWrapper, from: string, to: string): Promise<void> {
    try {
      await cb<void>((d) => sftp.ext_openssh_rename(from, to, d));
    } catch (e) {
      if (!/does not support/i.test(String(e))) throw e;
      const res = await this.exec({ argv: ['mv', '-f', '--', from, to] });
      if (res.code !== 0) throw new HostError('EIO', `rename ${from} to ${to}: ${res.stderr.trim()}`);
    }
  }

  async stat(path: string): Promise<FileStat | null> {
    const sftp = await this.sftp();
    try {
      const s = await cb<Stats>((d) => sftp.lstat(path, d));
      const type: FileStat['type'] = s.isSymbolicLink()
        ? 'symlink'
        : s.isFile()
          ? 'file'
          : s.isDirectory()
            ? 'dir'
            : 'other';
      return { path, type, size: s.size, mtimeMs: s.mtime * 1000, mode: s.mode & 0o7777 };
    } catch (e) {
      if ((e as SftpError).code === SFTP_NO_SUCH_FILE) return null;
      throw this.fileError('stat', path, e);
    }
  }

  async list(path: string): Promise<string[]> {
    const sftp = await this.sftp();
    try {
      const entries = await cb<{ filename: string }[]>((d) => sftp.readdir(path, d));
      return entries
        .map((e) => e.filename)
        .filter((n) => n !== '.' && n !== '..')
        .sort();
    } catch (e) {
      // sftp-server answers "no such file" for a path that is a file, too: look before saying which.
      if (!this.lost && !this.closed) {
        const st = await this.stat(path).catch(() => null);
        if (st && st.type !== 'dir') throw new HostError('ENOTDIR', `list ${path} on ${this.label}: not a directory`);
      }
      throw this.fileError('list', path, e);
    }
  }

  stream(path: string, options: StreamOptions = {}): AsyncIterable<StreamLine> {
    this.assertUsable();
    let handle: Buffer | undefined;
    let session: SFTPWrapper | undefined;
    const reader: FollowReader = {
      read: async (position, length) => {
        try {
          session ??= await this.sftp();
          const s = session;
          if (!handle) {
            try {
              handle = await cb<Buffer>((d) => s.open(path, 'r', d));
            } catch (e) {
              if ((e as SftpError).code === SFTP_NO_SUCH_FILE && !this.lost) return 'missing';
              throw e;
            }
          }
          const h = handle;
          const buf = Buffer.allocUnsafe(length);
          const n = await cb<number>((d) => s.read(h, buf, 0, length, position, d));
          return buf.subarray(0, n || 0);
        } catch (e) {
          throw this.fileError('stream', path, e);
        }
      },
      size: async () => {
        if (!handle || !session) return undefined;
        const s = session;
        const h = handle;
        try {
          return (await cb<{ size?: number }>((d) => s.fstat(h, d))).size;
        } catch (e) {
          throw this.fileError('stream', path, e);
        }
      },
      close: async () => {
        if (handle && session && !this.lost && !this.closed) session.close(handle, () => undefined);
        handle = undefined;
      },
    };
    return followLines(path, reader, options);
  }

  // ---------------------------------------------------------------- lifecycle

  close(): Promise<void> {
    if (!this.closing) {
      this.closing = new Promise<void>((resolve) => {
        this.shell?.kill();
        if (this.closed) return resolve();
        const timer = setTimeout(() => {
          this.client.destroy();
          resolve();
        }, 2000);
        this.client.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
        this.client.end();
      });
    }
    return this.closing;
  }
}
