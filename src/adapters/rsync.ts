/**
 * The rsync engine: one `rsync` per remote root, fed the listed relative paths NUL-separated on stdin,
 * writing into the staging folder. It reports each finished file (from --out-format lines, once the file is
 * at its final staging name) and progress bytes (from --info=progress2), and maps rsync's exit code to a
 * retryable or final TransferError. rsync runs in its own process group so an abort stops the generator,
 * the receiver and ssh together (stopping only the parent lets the transfer run on: perf-baselines §4.4).
 */
import { spawn, spawnSync } from 'node:child_process';
import { lstatSync } from 'node:fs';
import { TransferError, type TransferEngine, type TransferHooks } from '../core/transfer/engine.js';
import type { ListedFile } from '../core/transfer/listing.js';
import { underRoot, type StagingLayout } from '../core/transfer/local-path.js';
import {
  parseProgress2,
  parseRsyncVersion,
  RSYNC_DONE_MARK,
  rsyncArgs,
  rsyncExitMeaning,
  rsyncExitRetryable,
  unescapeRsyncName,
} from '../core/transfer/rsync-plan.js';

/** The runner's rsync version, or undefined when there is none. */
export function localRsyncVersion(bin = 'rsync'): string | undefined {
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  if (r.error || r.status !== 0) return undefined;
  return parseRsyncVersion(r.stdout);
}

export interface RsyncEngineOptions {
  /** rsync's -e value (from the OpenSSH client); omitted for a local copy. */
  shell?: string;
  /** Turns a remote root into rsync's source spec (`tenant-box:/root`); identity for local. */
  source: (root: string) => string;
  /** rsync on the box (absolute path from a probe), when known. */
  remoteRsync?: string;
  timeoutS: number;
  env?: Readonly<Record<string, string>>;
  bin?: string;
}

function statOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

export class RsyncEngine implements TransferEngine {
  readonly name = 'rsync' as const;
  constructor(private readonly options: RsyncEngineOptions) {}

  async transfer(files: readonly ListedFile[], layout: StagingLayout, hooks: TransferHooks): Promise<void> {
    const byRoot = new Map<string, ListedFile[]>();
    for (const f of files) {
      const list = byRoot.get(f.root) ?? [];
      list.push(f);
      byRoot.set(f.root, list);
    }
    for (const [root, group] of byRoot) {
      if (hooks.signal?.aborted) throw new TransferError('aborted', false);
      await this.runOne(root, group, layout, hooks);
    }
  }

  private runOne(root: string, files: ListedFile[], layout: StagingLayout, hooks: TransferHooks): Promise<void> {
    const byRel = new Map(files.map((f) => [f.rel, f]));
    const args = rsyncArgs({
      shell: this.options.shell,
      source: this.options.source(root),
      dest: layout.staging,
      timeoutS: this.options.timeoutS,
      remoteRsync: this.options.remoteRsync,
    });
    return new Promise<void>((resolve, reject) => {
      const child = spawn(this.options.bin ?? 'rsync', args, {
        env: { ...process.env, LC_ALL: 'C.UTF-8', ...this.options.env },
        stdio: ['pipe', 'pipe', 'pipe'],
        detached: true,
      });
      let lastTotal = 0;
      let stderr = '';
      let carry = '';
      const reported = new Set<string>();
      const waiting: ListedFile[] = [];
      let flushing: Promise<void> | undefined;

      /** Reports files rsync named once they are at their final staging path (rsync logs just before renaming). */
      const flush = async (): Promise<void> => {
        await Promise.resolve();
        const still: ListedFile[] = [];
        for (const f of waiting.splice(0)) {
          const st = statOrUndefined(underRoot(layout.staging, f.rel));
          if (st?.isFile() && st.size === f.size) hooks.onStaged({ index: f.index, engine: 'rsync' });
          else still.push(f);
        }
        waiting.push(...still);
      };
      const timer = setInterval(() => {
        if (!flushing && waiting.length > 0) flushing = flush().finally(() => (flushing = undefined));
      }, 25);

      const onLine = (line: string): void => {
        if (line.startsWith(RSYNC_DONE_MARK)) {
          const rel = unescapeRsyncName(line.slice(RSYNC_DONE_MARK.length));
          const f = byRel.get(rel);
          if (f && !reported.has(rel)) {
            reported.add(rel);
            waiting.push(f);
          }
          return;
        }
        const total = parseProgress2(line);
        if (total !== undefined && total >= lastTotal) {
          hooks.onBytes(total - lastTotal);
          lastTotal = total;
        }
      };
      child.stdout.on('data', (d: Buffer) => {
        carry += d.toString('utf8');
        const parts = carry.split(/[\r\n]/);
        carry = parts.pop() ?? '';
        for (const p of parts) if (p !== '') onLine(p);
      });
      child.stderr.on('data', (d: Buffer) => {
        stderr = (stderr + d.toString('utf8')).slice(-4000);
      });
      child.stdin.on('error', () => undefined);
      const onAbort = (): void => killGroup(child.pid, 'SIGTERM');
      hooks.signal?.addEventListener('abort', onAbort, { once: true });
      child.on('error', (err) => {
        clearInterval(timer);
        hooks.signal?.removeEventListener('abort', onAbort);
        reject(new TransferError(`could not run rsync: ${err.message}`, false, { cause: err }));
      });
      child.on('close', (code) => {
        clearInterval(timer);
        hooks.signal?.removeEventListener('abort', onAbort);
        if (carry !== '') onLine(carry);
        // Reap any helper left in the group (ssh after a protocol error).
        killGroup(child.pid, 'SIGKILL');
        const finish = async (): Promise<void> => {
          if (flushing) await flushing;
          await flush();
          if (code === 0) {
            // Every listed file should be there now; anything rsync did not name is reported by the orchestrator.
            for (const f of files) {
              if (reported.has(f.rel)) continue;
              const st = statOrUndefined(underRoot(layout.staging, f.rel));
              if (st?.isFile() && st.size === f.size) hooks.onStaged({ index: f.index, engine: 'rsync' });
            }
            return;
          }
          const tail = stderr.trim().split('\n').slice(-6).join(' | ');
          throw new TransferError(
            `rsync from ${root} stopped: ${rsyncExitMeaning(code)}${tail ? ` (${tail})` : ''}`,
            !hooks.signal?.aborted && rsyncExitRetryable(code),
          );
        };
        finish().then(resolve, reject);
      });
      child.stdin.end(Buffer.from(files.map((f) => f.rel + '\0').join(''), 'utf8'));
    });
  }
}
