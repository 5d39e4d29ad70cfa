/**
 * The stream engine: the box helper's `send` mode behind OpenSSH (or a local process for the `local`
 * profile), on one or more parallel connections. The client hands out work in small batches as each stream
 * acknowledges the last, so streams stay balanced and a dropped one loses at most what was in flight: its
 * unfinished ranges go back on the queue and resume at the byte where the file's data stops.
 *
 * Files are split into `chunkBytes` ranges when large (parallel streams share one file); small files arrive
 * in one piece and are written with one synchronous open/write/close, hashed in memory. Large files go to
 * `partial/` through a FileAssembler and are renamed into `staging/` when complete. Progress of unfinished
 * files is saved to `partial.json`, so a later run resumes them too.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, futimesSync, fstatSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { lstat, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { boxHelperArgv } from '../core/transfer/box-helper.js';
import { appendRange } from './direct-range.js';
import { TransferError, type FileFence, type TransferEngine, type TransferHooks } from '../core/transfer/engine.js';
import { describeLocalError, FileAssembler, LocalWriteError } from '../core/transfer/file-assembler.js';
import { FrameParser, FrameProtocolError, type FrameEvent } from '../core/transfer/frame-protocol.js';
import { IntervalSet } from '../core/transfer/interval-set.js';
import type { ListedFile } from '../core/transfer/listing.js';
import { underRoot, type StagingLayout } from '../core/transfer/local-path.js';

export interface BoxCommand {
  command: string;
  args: string[];
  env?: Readonly<Record<string, string>>;
}

/** Turns an argv to run on the box into a local process: `ssh … tenant-box -- ARGV` or ARGV itself. */
export type BoxLauncher = (remoteArgv: string[]) => BoxCommand;

export interface StreamEngineOptions {
  launch: BoxLauncher;
  /** Parallel connections for large transfers (≥ 1). */
  streams: number;
  /**
   * One more connection per this many bytes still to fetch, up to `streams`. Each connection also holds up to
   * an SSH window (2 MiB) in flight that a cut loses, so small pulls stay on one.
   */
  parallelMinBytes?: number;
  /** Large files are served in ranges of this many bytes. */
  chunkBytes?: number;
  /** Files up to this size arrive whole and are written synchronously. */
  smallFileBytes?: number;
  /** A request batch holds ranges up to this many bytes… */
  batchBytes?: number;
  /** …or this many files. */
  batchFiles?: number;
  /** Pause a stream while this many bytes wait to be written. */
  maxBufferedBytes?: number;
  python?: string;
  /**
   * Files at least this large are written by ssh straight into the file (no pipe, no Node in the data path);
   * Infinity turns that off. Default 64 MiB.
   */
  directMinBytes?: number;
}

/** Bytes of one file gathered before a write (fewer, larger writes: less per-call and GC overhead). */
const WRITE_RUN_BYTES = 4 * 1024 * 1024;

interface DirectJob {
  file: ListedFile;
  /** Bytes still missing. */
  length: number;
}

interface Range {
  index: number;
  off: number;
  len: number;
}

interface PartialRecord {
  size: number;
  mtimeNs: string;
  written: [number, number][];
}

function fenceOf(st: { dev: number; ino: number; size: number; mtimeMs: number; ctimeMs: number }): FileFence {
  return { dev: st.dev, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs };
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // gone
  }
}

/** Ranges still to request, in order; taking from the front is O(1) (20,000 files must not cost 20,000² moves). */
class RangeQueue {
  private items: Range[] = [];
  private head = 0;
  get length(): number {
    return this.items.length - this.head;
  }
  peek(): Range | undefined {
    return this.items[this.head];
  }
  push(r: Range): void {
    this.items.push(r);
  }
  shift(): Range | undefined {
    const r = this.items[this.head];
    if (r !== undefined) this.head++;
    if (this.head > 4096 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return r;
  }
  /** Puts ranges back at the front (a dropped stream's unfinished work). */
  unshift(ranges: Range[]): void {
    this.items = [...ranges, ...this.items.slice(this.head)];
    this.head = 0;
  }
  removeFile(index: number): void {
    this.items = this.items.slice(this.head).filter((r) => r.index !== index);
    this.head = 0;
  }
}

/** Per-round state shared by the streams. */
class Round {
  readonly queue = new RangeQueue();
  readonly failedFiles = new Set<number>();
  readonly staged = new Set<number>();
  fatal: Error | undefined;
  lastError: Error | undefined;
  private batchSeq = 0;
  constructor(
    readonly files: Map<number, ListedFile>,
    readonly engine: StreamEngine,
    readonly layout: StagingLayout,
    readonly hooks: TransferHooks,
  ) {}

  nextBatchId(): number {
    return ++this.batchSeq;
  }

  dropFile(index: number): void {
    this.failedFiles.add(index);
    this.queue.removeFile(index);
  }
}

export class StreamEngine implements TransferEngine {
  readonly name = 'stream' as const;
  private readonly assemblers = new Map<number, FileAssembler>();
  private readonly small = new Map<number, Buffer[]>();
  private resumeLoaded = false;
  /** Folders known to exist under staging (saves a mkdir per small file). */
  private readonly madeDirs = new Set<string>();
  private resumeIndex: Record<string, PartialRecord> = {};
  private readonly chunkBytes: number;
  private readonly smallFileBytes: number;
  private readonly batchBytes: number;
  private readonly batchFiles: number;
  private readonly maxBuffered: number;

  constructor(private readonly options: StreamEngineOptions) {
    this.chunkBytes = options.chunkBytes ?? 32 * 1024 * 1024;
    this.smallFileBytes = options.smallFileBytes ?? 1024 * 1024;
    this.batchBytes = options.batchBytes ?? 4 * 1024 * 1024;
    this.batchFiles = options.batchFiles ?? 256;
    this.maxBuffered = options.maxBufferedBytes ?? 64 * 1024 * 1024;
  }

  private isSmall(f: ListedFile): boolean {
    return f.size <= this.smallFileBytes && !this.assemblers.has(f.index);
  }

  private async loadResume(layout: StagingLayout): Promise<void> {
    if (this.resumeLoaded) return;
    this.resumeLoaded = true;
    try {
      const raw = JSON.parse(await readFile(layout.partialIndex, 'utf8')) as unknown;
      if (raw && typeof raw === 'object' && !Array.isArray(raw))
        this.resumeIndex = raw as Record<string, PartialRecord>;
    } catch {
      this.resumeIndex = {};
    }
  }

  private assemblerFor(f: ListedFile, layout: StagingLayout): FileAssembler {
    let a = this.assemblers.get(f.index);
    if (a) return a;
    const rec = this.resumeIndex[f.rel];
    let resumed: IntervalSet | undefined;
    if (rec && rec.size === f.size && rec.mtimeNs === f.mtimeNs && Array.isArray(rec.written)) {
      resumed = new IntervalSet(
        rec.written.filter((r) => Array.isArray(r) && r.length === 2 && r[0] >= 0 && r[1] <= f.size),
      );
    }
    a = new FileAssembler(underRoot(layout.partial, f.rel), f.size, resumed);
    this.assemblers.set(f.index, a);
    return a;
  }

  private async saveResume(layout: StagingLayout, files: Map<number, ListedFile>): Promise<void> {
    const index: Record<string, PartialRecord> = {};
    for (const [i, a] of this.assemblers) {
      const f = files.get(i);
      if (!f || a.written.covered === 0) continue;
      index[f.rel] = { size: f.size, mtimeNs: f.mtimeNs, written: a.written.toJSON() };
    }
    try {
      if (Object.keys(index).length === 0) await rm(layout.partialIndex, { force: true });
      else {
        await mkdir(dirname(layout.partialIndex), { recursive: true });
        await writeFile(layout.partialIndex + '.tmp', JSON.stringify(index));
        await rename(layout.partialIndex + '.tmp', layout.partialIndex);
      }
    } catch {
      // Only an optimisation for a later run.
    }
  }

  /** Forgets a file's partial bytes (after a failed verification or a change on the box). */
  async discard(f: ListedFile, layout: StagingLayout): Promise<void> {
    const a = this.assemblers.get(f.index);
    this.assemblers.delete(f.index);
    this.small.delete(f.index);
    await a?.abandon();
    delete this.resumeIndex[f.rel];
    await rm(underRoot(layout.partial, f.rel), { force: true });
  }

  async transfer(files: readonly ListedFile[], layout: StagingLayout, hooks: TransferHooks): Promise<void> {
    await this.loadResume(layout);
    const byIndex = new Map(files.map((f) => [f.index, f]));
    const round = new Round(byIndex, this, layout, hooks);
    const direct: DirectJob[] = [];
    const useDirect = this.options.directMinBytes !== Infinity;
    const directMin = this.options.directMinBytes ?? 64 * 1024 * 1024;
    let totalBytes = 0;
    for (const f of files) {
      this.small.delete(f.index);
      if (this.isSmall(f) && !this.resumeIndex[f.rel]) {
        round.queue.push({ index: f.index, off: 0, len: f.size });
        totalBytes += f.size;
        continue;
      }
      const a = this.assemblerFor(f, layout);
      const gaps = a.missing();
      if (gaps.length === 0) {
        await this.finishLarge(f, round).catch((err: unknown) => (round.fatal ??= err as Error));
        continue;
      }
      if (useDirect && f.size >= directMin) {
        direct.push({ file: f, length: gaps.reduce((n, [x, y]) => n + (y - x), 0) });
        continue;
      }
      for (const [start, end] of gaps) {
        for (let off = start; off < end; off += this.chunkBytes) {
          round.queue.push({ index: f.index, off, len: Math.min(this.chunkBytes, end - off) });
        }
        totalBytes += end - start;
      }
    }
    // Connections: one per 256 MiB still to fetch, up to `streams` (each loses up to an SSH window when cut).
    const perStream = this.options.parallelMinBytes ?? 256 * 1024 * 1024;
    const directBytes = direct.reduce((n, j) => n + j.length, 0);
    const budget = Math.max(1, Math.min(this.options.streams, Math.floor((totalBytes + directBytes) / perStream)));
    const framed = round.queue.length > 0;
    const runFramed = (n: number): Promise<unknown> =>
      Promise.all(Array.from({ length: Math.max(1, Math.min(n, round.queue.length)) }, () => this.stream(round)));
    if (direct.length > 0 && framed && budget === 1) {
      await this.runDirect(direct, round, 1);
      if (!round.fatal) await runFramed(1);
    } else {
      const directWorkers = direct.length === 0 ? 0 : Math.max(1, Math.min(direct.length, budget - (framed ? 1 : 0)));
      await Promise.all([
        framed ? runFramed(Math.max(1, budget - directWorkers)) : undefined,
        directWorkers > 0 ? this.runDirect(direct, round, directWorkers) : undefined,
      ]);
    }
    await this.saveResume(layout, byIndex);
    if (round.fatal) {
      throw round.fatal instanceof TransferError
        ? round.fatal
        : new TransferError(round.fatal.message, false, { cause: round.fatal });
    }
    const incomplete = files.filter((f) => !round.staged.has(f.index) && !round.failedFiles.has(f.index));
    if (incomplete.length > 0) {
      const why = round.lastError?.message ?? 'the stream ended early';
      throw new TransferError(
        `stream transfer stopped with ${incomplete.length} file(s) unfinished: ${why}`,
        !hooks.signal?.aborted,
      );
    }
  }

  /** Fetches large files straight into their partial file, `workers` files at a time. */
  private async runDirect(jobs: DirectJob[], round: Round, workers: number): Promise<void> {
    const queue = [...jobs];
    const worker = async (): Promise<void> => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const f = job.file;
        if (round.failedFiles.has(f.index) || round.fatal || round.hooks.signal?.aborted) continue;
        let a = this.assemblerFor(f, round.layout);
        let from: number;
        try {
          await a.prepare();
          from = (await stat(a.path)).size;
          if (from > f.size || from < a.written.contiguousFrom(0)) {
            // Not a prefix we wrote: start the file over.
            await this.discard(f, round.layout);
            a = this.assemblerFor(f, round.layout);
            await a.prepare();
            from = 0;
          }
        } catch (err) {
          round.fatal ??= err as Error;
          return;
        }
        if (from > 0) a.markWritten(0, from);
        let seen = from;
        const out = await appendRange(this.options.launch, {
          remote: f.remote,
          path: a.path,
          from,
          size: f.size,
          python: this.options.python,
          signal: round.hooks.signal,
          onProgress: (size) => {
            if (size <= seen || size > f.size) return;
            round.hooks.onBytes(size - seen);
            seen = size;
            a.markWritten(0, size);
          },
        });
        if (out.boxRefused) {
          round.dropFile(f.index);
          round.hooks.onFileError(f.index, out.error ?? 'the box could not serve it');
          continue;
        }
        if (out.error) {
          if (out.size > f.size) await this.discard(f, round.layout);
          round.lastError = new Error(out.error);
          continue;
        }
        if (a.complete && this.assemblers.get(f.index) === a) {
          await this.finishLarge(f, round).catch((err: unknown) => (round.fatal ??= err as Error));
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, jobs.length)) }, () => worker()));
  }

  /** Completes a large file: digest, rename from partial/ to staging/, report. */
  private async finishLarge(f: ListedFile, round: Round): Promise<void> {
    const a = this.assemblers.get(f.index);
    if (!a) return;
    this.assemblers.delete(f.index);
    const sha256 = await a.finish(f.mtimeMs);
    const target = underRoot(round.layout.staging, f.rel);
    try {
      await mkdir(dirname(target), { recursive: true });
      await rename(a.path, target);
    } catch (err) {
      throw describeLocalError('move into staging', target, err);
    }
    delete this.resumeIndex[f.rel];
    const st = await lstat(target);
    round.staged.add(f.index);
    round.hooks.onStaged({ index: f.index, engine: 'stream', sha256, fence: fenceOf(st) });
  }

  /** Writes a small file in one go (synchronously: one open/write/close beats a round of async calls). */
  private writeSmall(f: ListedFile, data: Buffer, round: Round): void {
    const target = underRoot(round.layout.staging, f.rel);
    let fd: number | undefined;
    try {
      const dir = dirname(target);
      if (!this.madeDirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        this.madeDirs.add(dir);
      }
      fd = openSync(target, 'w', 0o644);
      let done = 0;
      while (done < data.length) done += writeSync(fd, data, done, data.length - done);
      const t = new Date(f.mtimeMs);
      futimesSync(fd, t, t);
      const st = fstatSync(fd);
      closeSync(fd);
      fd = undefined;
      const sha256 = createHash('sha256').update(data).digest('hex');
      round.staged.add(f.index);
      round.hooks.onStaged({ index: f.index, engine: 'stream', sha256, fence: fenceOf(st) });
    } catch (err) {
      if (fd !== undefined) closeSync(fd);
      throw describeLocalError('write', target, err);
    }
  }

  private takeBatch(round: Round): Range[] {
    const batch: Range[] = [];
    let bytes = 0;
    while (round.queue.length > 0 && batch.length < this.batchFiles) {
      const next = round.queue.peek() as Range;
      if (batch.length > 0 && bytes + next.len > this.batchBytes) break;
      round.queue.shift();
      batch.push(next);
      bytes += next.len;
    }
    return batch;
  }

  /** One connection: runs until the queue is empty or the connection fails. */
  private stream(round: Round): Promise<void> {
    return new Promise<void>((resolve) => {
      const cmd = this.options.launch(boxHelperArgv('send', this.options.python));
      let child: ChildProcessWithoutNullStreams;
      try {
        child = spawn(cmd.command, cmd.args, {
          env: { ...process.env, ...cmd.env },
          stdio: ['pipe', 'pipe', 'pipe'],
          detached: true,
        });
      } catch (err) {
        round.lastError = err as Error;
        resolve();
        return;
      }
      const parser = new FrameParser();
      const outstanding = new Map<number, Range[]>();
      let buffered = 0;
      let paused = false;
      let stderr = '';
      let broken: Error | undefined;
      const writes = new Set<Promise<unknown>>();
      let stdinOpen = true;

      const fail = (err: Error): void => {
        if (broken) return;
        broken = err;
        killGroup(child.pid);
      };
      const sendMore = (): void => {
        if (broken || !stdinOpen) return;
        while (outstanding.size < 2 && round.queue.length > 0) {
          const batch = this.takeBatch(round);
          const id = round.nextBatchId();
          outstanding.set(id, batch);
          const ranges = batch.map((r) => ({
            i: r.index,
            p: round.files.get(r.index)?.remote,
            off: r.off,
            len: r.len,
          }));
          child.stdin.write(JSON.stringify({ batch: id, ranges }) + '\n');
        }
        if (outstanding.size === 0 && round.queue.length === 0) {
          stdinOpen = false;
          child.stdin.end();
        }
      };
      const track = (p: Promise<unknown>, n: number): void => {
        buffered += n;
        if (buffered > this.maxBuffered && !paused) {
          paused = true;
          child.stdout.pause();
        }
        const done = p.finally(() => {
          buffered -= n;
          if (paused && buffered < this.maxBuffered / 4) {
            paused = false;
            child.stdout.resume();
          }
        });
        const settled = done.catch(() => undefined);
        writes.add(settled);
        void settled.then(() => writes.delete(settled));
      };

      /** Consecutive bytes of one file, written with one writev (a pipe read is only 64 KiB). */
      let run: { index: number; offset: number; pieces: Buffer[]; bytes: number } | undefined;
      const flushRun = (): void => {
        const r = run;
        run = undefined;
        if (!r) return;
        const f = round.files.get(r.index);
        if (!f || round.failedFiles.has(r.index)) return;
        const a = this.assemblerFor(f, round.layout);
        const p = a.write(r.offset, r.pieces).then(async () => {
          if (a.complete && this.assemblers.get(r.index) === a) await this.finishLarge(f, round);
        });
        p.catch((err: unknown) => {
          if (err instanceof LocalWriteError) round.fatal ??= err;
          fail(err as Error);
        });
        track(p, r.bytes);
      };

      const onData = (index: number, offset: number, data: Buffer, last: boolean): void => {
        const f = round.files.get(index);
        if (!f) return fail(new FrameProtocolError(`the box sent data for file #${index}, which was not requested`));
        if (round.failedFiles.has(index)) return;
        round.hooks.onBytes(data.length);
        if (this.isSmall(f)) {
          const parts = this.small.get(index) ?? [];
          parts.push(data);
          this.small.set(index, parts);
          const have = parts.reduce((n, b) => n + b.length, 0);
          if (have >= f.size) {
            this.small.delete(index);
            try {
              this.writeSmall(f, parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts), round);
            } catch (err) {
              round.fatal ??= err as Error;
              fail(err as Error);
            }
          }
          return;
        }
        if (run && (run.index !== index || run.offset + run.bytes !== offset)) flushRun();
        run ??= { index, offset, pieces: [], bytes: 0 };
        run.pieces.push(data);
        run.bytes += data.length;
        if (last || run.bytes >= WRITE_RUN_BYTES) flushRun();
      };
      const onEvent = (e: FrameEvent): void => {
        if (e.kind === 'data') onData(e.index, e.offset, e.data, e.last);
        else if (e.kind === 'error') {
          round.dropFile(e.index);
          round.hooks.onFileError(e.index, e.message);
        } else if (e.kind === 'ack') {
          outstanding.delete(e.batch);
          sendMore();
        }
      };
      child.stdout.on('data', (chunk: Buffer) => {
        if (broken) return;
        try {
          parser.push(chunk, onEvent);
        } catch (err) {
          fail(err as Error);
        }
      });
      child.stderr.on('data', (d: Buffer) => {
        stderr = (stderr + d.toString('utf8')).slice(-2000);
      });
      child.stdin.on('error', () => undefined);
      const onAbort = (): void => fail(new TransferError('aborted', false));
      round.hooks.signal?.addEventListener('abort', onAbort, { once: true });
      child.on('error', (err) => fail(err));
      child.on('close', (code) => {
        round.hooks.signal?.removeEventListener('abort', onAbort);
        killGroup(child.pid);
        // Bytes that arrived before the connection dropped are kept: the resume starts after them.
        flushRun();
        void Promise.all([...writes]).then(async () => {
          const clean = parser.done && code === 0 && !broken;
          if (!clean) {
            // Whatever this stream had in flight goes back on the queue, from where each file's data stops.
            const back: Range[] = [];
            for (const batch of outstanding.values()) {
              for (const r of batch) {
                if (round.failedFiles.has(r.index) || round.staged.has(r.index)) continue;
                const f = round.files.get(r.index);
                if (!f) continue;
                this.small.delete(r.index);
                const a = this.assemblers.get(r.index);
                if (!a) {
                  if (this.isSmall(f)) back.push(r);
                  continue;
                }
                const within = new IntervalSet(a.missing()).toJSON();
                for (const [s, e] of within) {
                  const from = Math.max(s, r.off);
                  const to = Math.min(e, r.off + r.len);
                  if (to > from) back.push({ index: r.index, off: from, len: to - from });
                }
              }
            }
            round.queue.unshift(back);
            const tail = stderr.trim().split('\n').slice(-3).join(' | ');
            round.lastError =
              broken ?? new Error(`connection ended (exit ${code ?? 'signal'})${tail ? `: ${tail}` : ''}`);
          }
          resolve();
        });
      });
      sendMore();
    });
  }
}
