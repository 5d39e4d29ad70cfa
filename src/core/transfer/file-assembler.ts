/**
 * Writes one file of a stream pull from byte ranges that may arrive out of order (a large file is split
 * across parallel streams) and may resume a partial file a dropped connection or an earlier run left.
 *
 * The sha256 is computed once, in file order, by a cursor that follows the written prefix: bytes that arrive
 * exactly at the cursor are hashed as they are written; anything else (the second half of a split file, bytes
 * written by an earlier run) is read back from the file once the prefix before it is complete. When the file is
 * complete its digest is the digest of what was written, and `fence` records the inode state right after, so
 * verification can prove nothing touched the file since (any later write changes ctime) or else re-read it.
 */
import { createHash, type Hash } from 'node:crypto';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { IntervalSet } from './interval-set.js';

const READ_BACK_CHUNK = 4 * 1024 * 1024;

export class LocalWriteError extends Error {
  override readonly name = 'LocalWriteError';
  readonly code: string | undefined;
  constructor(message: string, code?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export function describeLocalError(op: string, path: string, err: unknown): LocalWriteError {
  const code = (err as { code?: string } | null)?.code;
  const hint =
    code === 'ENOSPC'
      ? ': no space left on the runner (check df -h and df -i for the dest folder)'
      : code === 'EDQUOT'
        ? ': disk quota exceeded on the runner'
        : code === 'EACCES' || code === 'EPERM'
          ? ': permission denied'
          : `: ${(err as Error)?.message ?? String(err)}`;
  return new LocalWriteError(`${op} ${path}${hint}`, code, { cause: err });
}

/** The pieces left after the first `n` bytes were written. */
function dropBytes(pieces: Buffer[], n: number): Buffer[] {
  const out: Buffer[] = [];
  let skip = n;
  for (const piece of pieces) {
    if (skip >= piece.length) {
      skip -= piece.length;
      continue;
    }
    out.push(skip > 0 ? piece.subarray(skip) : piece);
    skip = 0;
  }
  return out;
}

export class FileAssembler {
  private writtenSet: IntervalSet;
  private opening: Promise<FileHandle> | undefined;
  private hash: Hash = createHash('sha256');
  private hashedTo = 0;
  private reading: Promise<void> | undefined;
  private failure: Error | undefined;
  private pendingWrites = 0;
  private drained: (() => void)[] = [];

  constructor(
    readonly path: string,
    readonly size: number,
    resumed?: IntervalSet,
  ) {
    this.writtenSet = resumed ?? new IntervalSet();
  }

  /** Ranges known to be in the file. */
  get written(): IntervalSet {
    return this.writtenSet;
  }

  /** Opens (creating or resuming) the file; idempotent. Writes open it on demand. */
  open(): Promise<FileHandle> {
    this.opening ??= this.doOpen();
    return this.opening;
  }

  private async doOpen(): Promise<FileHandle> {
    try {
      await mkdir(dirname(this.path), { recursive: true });
      const resume = this.writtenSet.covered > 0;
      const fh = await open(this.path, resume ? 'r+' : 'w+', 0o644);
      if (resume) {
        const st = await fh.stat();
        const end = this.writtenSet.toJSON().at(-1)?.[1] ?? 0;
        if (!st.isFile() || st.size < end) {
          // The partial file does not hold what the index says: start over.
          await fh.truncate(0);
          this.writtenSet = new IntervalSet();
          this.hash = createHash('sha256');
          this.hashedTo = 0;
        }
      }
      return fh;
    } catch (err) {
      this.opening = undefined;
      throw describeLocalError('open', this.path, err);
    }
  }

  get complete(): boolean {
    return this.written.missing(this.size).length === 0;
  }

  /** Byte ranges still to fetch. */
  missing(): [number, number][] {
    return this.written.missing(this.size);
  }

  /**
   * Writes `data` (one buffer, or consecutive pieces written with one writev) at `offset`. Call in arrival
   * order: the hash cursor takes bytes at the call, synchronously. Settles when the bytes are in the file.
   */
  async write(offset: number, data: Buffer | Buffer[]): Promise<void> {
    if (this.failure) throw this.failure;
    let pieces = Array.isArray(data) ? data : [data];
    const length = pieces.reduce((n, piece) => n + piece.length, 0);
    if (offset + length > this.size) {
      throw new LocalWriteError(
        `${this.path}: the box sent bytes past the listed size (${offset + length} > ${this.size})`,
        'EPROTO',
      );
    }
    if (!this.reading && offset === this.hashedTo && length > 0) {
      for (const piece of pieces) this.hash.update(piece);
      this.hashedTo += length;
    }
    this.pendingWrites++;
    try {
      const fh = await this.open();
      let done = 0;
      while (done < length) {
        const { bytesWritten } = await fh.writev(pieces, offset + done);
        if (bytesWritten <= 0) throw new Error('short write');
        done += bytesWritten;
        pieces = dropBytes(pieces, bytesWritten);
      }
      this.written.add(offset, offset + length);
    } catch (err) {
      this.failure ??= err instanceof LocalWriteError ? err : describeLocalError('write', this.path, err);
      throw this.failure;
    } finally {
      this.pendingWrites--;
      if (this.pendingWrites === 0) for (const r of this.drained.splice(0)) r();
    }
    this.kick();
  }

  /**
   * Records that [start, end) is in the file, written by someone else (a `dd` fed by ssh); the hash cursor
   * then reads it back from disk as the written prefix grows.
   */
  markWritten(start: number, end: number): void {
    if (end > this.size)
      throw new LocalWriteError(`${this.path}: bytes reported past the listed size (${end} > ${this.size})`, 'EPROTO');
    this.written.add(start, end);
    this.kick();
  }

  /** Creates the file (without truncating it) so another process can write into it. */
  async prepare(): Promise<void> {
    await this.open();
  }

  /** Starts reading back the written prefix past the hash cursor, if any and not already doing so. */
  private kick(): void {
    if (this.reading || this.failure || this.hashedTo >= this.size) return;
    const upTo = this.written.contiguousFrom(this.hashedTo);
    if (upTo <= this.hashedTo) return;
    this.reading = this.readBack(upTo)
      .catch((err: unknown) => {
        this.failure = describeLocalError('read back', this.path, err);
      })
      .finally(() => {
        this.reading = undefined;
        this.kick();
      });
  }

  private async readBack(upTo: number): Promise<void> {
    const fh = await this.open();
    const buf = Buffer.allocUnsafe(Math.min(READ_BACK_CHUNK, Math.max(1, upTo - this.hashedTo)));
    while (this.hashedTo < upTo) {
      const want = Math.min(buf.length, upTo - this.hashedTo);
      const { bytesRead } = await fh.read(buf, 0, want, this.hashedTo);
      if (bytesRead <= 0) throw new Error(`file ended at ${this.hashedTo}, expected ${upTo} bytes`);
      this.hash.update(buf.subarray(0, bytesRead));
      this.hashedTo += bytesRead;
    }
  }

  private async idle(): Promise<void> {
    if (this.pendingWrites > 0) await new Promise<void>((r) => this.drained.push(r));
    while (this.reading) await this.reading;
  }

  /**
   * Completes the file: waits for writes and hashing, sets the box's mtime, closes it. Returns the digest of
   * the bytes written. Throws when bytes are missing.
   */
  async finish(mtimeMs: number): Promise<string> {
    await this.idle();
    if (!this.complete)
      throw new LocalWriteError(`${this.path}: ${this.size - this.written.covered} bytes still missing`);
    this.kick();
    await this.idle();
    if (this.failure) throw this.failure;
    if (this.hashedTo !== this.size)
      throw new LocalWriteError(`${this.path}: hashed ${this.hashedTo} of ${this.size} bytes`);
    const fh = await this.open();
    try {
      const t = new Date(mtimeMs);
      await fh.utimes(t, t);
      await fh.close();
    } catch (err) {
      throw describeLocalError('close', this.path, err);
    } finally {
      this.opening = undefined;
    }
    return this.hash.digest('hex');
  }

  /** Closes the file without completing it (its bytes and `written` stay for a resume). */
  async abandon(): Promise<void> {
    await this.idle().catch(() => undefined);
    const opening = this.opening;
    this.opening = undefined;
    const fh = await opening?.catch(() => undefined);
    await fh?.close().catch(() => undefined);
  }
}
