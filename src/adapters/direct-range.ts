/**
 * The tail of a large file, written by ssh straight into the local file: ssh's stdout is the file itself,
 * opened for append, and the box sends the range with sendfile (`python3 helper raw`). No pipe and no Node in
 * the data path: on this 2-core box any reader of the ssh pipe (Node, or dd) made a 1 GiB pull 2–3× slower
 * than `ssh host cat F > out`, which this is. The file's size is the exact resume point (appends are
 * sequential) and is polled for progress, which the hash cursor follows.
 */
import { spawn } from 'node:child_process';
import { closeSync, fstatSync, openSync } from 'node:fs';
import { boxHelperArgv } from '../core/transfer/box-helper.js';
import type { BoxLauncher } from './stream-transfer.js';

export interface AppendOutcome {
  /** Size of the local file when ssh ended. */
  size: number;
  /** Why the file is not complete, when it is not. */
  error?: string;
  /** The box could not serve the range (the file vanished or shrank): not worth retrying. */
  boxRefused?: boolean;
}

export interface AppendRequest {
  remote: string;
  /** Local file, appended to (it must hold exactly the first `from` bytes of the remote file). */
  path: string;
  /** Bytes already there; the box sends [from, size). */
  from: number;
  size: number;
  python?: string;
  /** Called with the local file's size as it grows (about every 100 ms). */
  onProgress?: (size: number) => void;
  signal?: AbortSignal;
}

const POLL_MS = 100;

export function appendRange(launch: BoxLauncher, req: AppendRequest): Promise<AppendOutcome> {
  return new Promise<AppendOutcome>((resolve) => {
    let fd: number;
    try {
      fd = openSync(req.path, 'a');
    } catch (err) {
      resolve({ size: req.from, error: `cannot open ${req.path}: ${(err as Error).message}` });
      return;
    }
    const sizeNow = (): number => {
      try {
        return fstatSync(fd).size;
      } catch {
        return req.from;
      }
    };
    const cmd = launch(boxHelperArgv('raw', req.python));
    const ssh = spawn(cmd.command, cmd.args, {
      env: { ...process.env, ...cmd.env },
      stdio: ['pipe', fd, 'pipe'],
      detached: true,
    });
    let stderr = '';
    ssh.stderr?.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString('utf8')).slice(-2000);
    });
    ssh.stdin?.on('error', () => undefined);
    ssh.stdin?.end(JSON.stringify({ p: req.remote, off: req.from, len: req.size - req.from }) + '\n');
    let last = req.from;
    const timer = setInterval(() => {
      const s = sizeNow();
      if (s > last) {
        last = s;
        req.onProgress?.(s);
      }
    }, POLL_MS);
    const onAbort = (): void => {
      try {
        if (ssh.pid !== undefined) process.kill(-ssh.pid, 'SIGTERM');
      } catch {
        // gone
      }
    };
    req.signal?.addEventListener('abort', onAbort, { once: true });
    let settled = false;
    const finish = (code: number | null, spawnError?: string): void => {
      if (settled) return;
      settled = true;
      clearInterval(timer);
      req.signal?.removeEventListener('abort', onAbort);
      const size = sizeNow();
      closeSync(fd);
      if (size > last) req.onProgress?.(size);
      if (code === 0 && size === req.size) return resolve({ size });
      const tail = (spawnError ?? stderr).trim().split('\n').slice(-2).join(' | ');
      if (code === 3) return resolve({ size, error: tail || 'the box could not serve the file', boxRefused: true });
      if (size > req.size)
        return resolve({ size, error: `${req.path} grew past the listed size (${size} > ${req.size})` });
      resolve({ size, error: `connection ended (exit ${code ?? 'signal'})${tail ? `: ${tail}` : ''}` });
    };
    ssh.on('error', (err) => finish(255, err.message));
    ssh.on('close', (code) => finish(code));
  });
}
