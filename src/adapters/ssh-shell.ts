/**
 * One persistent `bash -s` on an SSH connection, running one small command at a time (protocol and semantics
 * in core/host/shell-session.ts). SshHost sends a command here when the shell is idle and the command needs no
 * stdin; otherwise it opens a plain exec channel. A shell that dies or wedges is dropped, and SshHost starts
 * another one later (or stops using the fast path).
 */
import { randomBytes } from 'node:crypto';
import type { ClientChannel } from 'ssh2';
import { HostError } from '../core/errors.js';
import type { ExecOptions, ExecResult } from '../core/host/host.js';
import { MarkerScanner } from '../core/host/marker-scanner.js';
import { ExecMarkerScanner } from '../core/host/remote-command.js';
import {
  decodeShellStatus,
  SHELL_END_PREFIX,
  SHELL_READY_PREFIX,
  SHELL_START_LINE,
  shellHandshake,
} from '../core/host/shell-session.js';

interface Running {
  nonce: string;
  options: ExecOptions;
  pgid: ExecMarkerScanner;
  errEnd: MarkerScanner;
  outEnd: MarkerScanner;
  out: Buffer[];
  err: Buffer[];
  onData(): void;
  fail(err: Error): void;
}

export interface ShellHooks {
  /** Opens an exec channel on the connection. */
  openExec(line: string): Promise<ClientChannel>;
  /** Kills a process group through a separate channel (the shell itself is busy with the command). */
  killGroup(pgid: number): void;
  /** The connection's own error when it was lost, else undefined. */
  lostError(): Error | undefined;
  label: string;
}

const KILL_GRACE_MS = 3000;

export class PersistentShell {
  private channel: ClientChannel | undefined;
  private state: 'starting' | 'ready' | 'busy' | 'dead' = 'starting';
  private running: Running | undefined;
  /** Why the shell ended; 97 means the box has no setsid (no point starting another). */
  exitCode: number | undefined;
  readonly ready: Promise<boolean>;

  constructor(
    private readonly hooks: ShellHooks,
    readyTimeoutMs: number,
  ) {
    this.ready = this.start(readyTimeoutMs).catch(() => {
      this.kill();
      return false;
    });
  }

  get idle(): boolean {
    return this.state === 'ready';
  }

  get dead(): boolean {
    return this.state === 'dead';
  }

  private async start(readyTimeoutMs: number): Promise<boolean> {
    const channel = await this.hooks.openExec(SHELL_START_LINE);
    this.channel = channel;
    const nonce = randomBytes(8).toString('hex');
    const ready = new MarkerScanner(`${SHELL_READY_PREFIX}${nonce}`, 'drop', 0);
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.kill();
        resolve(false);
      }, readyTimeoutMs);
      channel.on('data', (d: Buffer) => {
        if (this.state === 'starting') {
          ready.push(d); // whatever the user's rc files print before the shell is ready is dropped
          if (ready.found) {
            clearTimeout(timer);
            this.state = 'ready';
            resolve(true);
          }
          return;
        }
        this.onStdout(d);
      });
      channel.stderr.on('data', (d: Buffer) => {
        if (this.state !== 'starting') this.onStderr(d);
      });
      channel.on('exit', (code: number | null) => {
        this.exitCode = code ?? undefined;
      });
      channel.on('error', () => undefined);
      channel.stderr.on('error', () => undefined);
      channel.on('close', () => {
        clearTimeout(timer);
        const wasStarting = this.state === 'starting';
        this.state = 'dead';
        this.channel = undefined;
        if (wasStarting) resolve(false);
        const lost = this.hooks.lostError();
        this.running?.fail(
          lost ?? new HostError('ESHELL', `the persistent shell on ${this.hooks.label} ended while running a command`),
        );
      });
      channel.write(shellHandshake(nonce));
    });
  }

  private onStdout(d: Buffer): void {
    const r = this.running;
    if (!r || r.outEnd.found) return;
    const real = r.outEnd.push(d);
    if (real.length > 0) {
      r.out.push(real);
      r.options.onStdout?.(real);
    }
    r.onData();
  }

  private onStderr(d: Buffer): void {
    const r = this.running;
    if (!r || r.errEnd.found) return;
    const real = r.errEnd.push(r.pgid.push(d));
    if (real.length > 0) {
      r.err.push(real);
      r.options.onStderr?.(real);
    }
    r.onData();
  }

  /** Runs one planned command (text from planShellCommand, made with `nonce`). Only when `idle`. */
  run(text: string, nonce: string, options: ExecOptions): Promise<ExecResult> {
    const channel = this.channel;
    if (this.state !== 'ready' || !channel) throw new Error('persistent shell is not idle');
    this.state = 'busy';
    return new Promise<ExecResult>((resolve, reject) => {
      let timedOut = false;
      let killSent = false;
      let timer: NodeJS.Timeout | undefined;
      let grace: NodeJS.Timeout | undefined;
      const finish = (): void => {
        clearTimeout(timer);
        clearTimeout(grace);
        this.running = undefined;
        if (this.state === 'busy') this.state = 'ready';
      };
      const sendKill = (): void => {
        const m = running.pgid.marker;
        if (killSent || m?.kind !== 'pgid') return;
        killSent = true;
        this.hooks.killGroup(m.pgid);
      };
      const running: Running = {
        nonce,
        options,
        pgid: new ExecMarkerScanner(nonce),
        errEnd: new MarkerScanner(`${SHELL_END_PREFIX}${nonce}:`, 'drop'),
        outEnd: new MarkerScanner(`${SHELL_END_PREFIX}${nonce}:`, 'drop'),
        out: [],
        err: [],
        onData: () => {
          if (timedOut) sendKill();
          if (!running.outEnd.found || !running.errEnd.found) return;
          finish();
          if (running.pgid.marker?.kind === 'nocwd') {
            reject(
              new HostError('ENOENT', `working directory ${options.cwd ?? ''} does not exist on ${this.hooks.label}`),
            );
            return;
          }
          const status = decodeShellStatus(running.errEnd.value ?? '');
          resolve({
            code: timedOut ? null : status.code,
            signal: timedOut ? 'KILL' : status.signal,
            stdout: Buffer.concat(running.out).toString('utf8'),
            stderr: Buffer.concat(running.err).toString('utf8'),
            timedOut,
          });
        },
        fail: (err) => {
          finish();
          reject(err);
        },
      };
      this.running = running;
      if (options.timeoutMs !== undefined) {
        timer = setTimeout(() => {
          timedOut = true;
          sendKill();
          // A command the kill cannot reach would wedge the shell: drop the shell, report the timeout.
          grace = setTimeout(() => {
            const partial = running;
            this.kill();
            this.running = undefined;
            resolve({
              code: null,
              signal: 'KILL',
              stdout: Buffer.concat(partial.out).toString('utf8'),
              stderr: Buffer.concat(partial.err).toString('utf8'),
              timedOut: true,
            });
          }, KILL_GRACE_MS);
        }, options.timeoutMs);
      }
      channel.write(text);
    });
  }

  /** Ends the shell (its channel); a running command fails. */
  kill(): void {
    this.state = 'dead';
    this.channel?.close();
  }
}
