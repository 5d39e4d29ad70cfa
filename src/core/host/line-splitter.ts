/**
 * Turns the bytes of a followed file into whole lines with byte offsets, for `Host.stream`. A line is yielded
 * only once its `\n` has been read, so the offset after it is always a safe place to resume: restarting from
 * it (on a new connection) repeats nothing and skips nothing. Lines are decoded as UTF-8 only when whole, so a
 * multi-byte character split across reads stays intact.
 */
import type { StreamLine } from './host.js';

export class LineSplitter {
  private pending: Buffer = Buffer.alloc(0);
  /** Offset of the first byte not yet part of a yielded line. */
  private lineStart: number;

  constructor(offset = 0) {
    if (!Number.isSafeInteger(offset) || offset < 0) throw new RangeError(`invalid stream offset ${offset}`);
    this.lineStart = offset;
  }

  /** Offset to resume from: just past the last whole line. */
  get offset(): number {
    return this.lineStart;
  }

  /** Offset of the next byte to read from the file (past any partial line held back). */
  get readOffset(): number {
    return this.lineStart + this.pending.length;
  }

  push(chunk: Uint8Array): StreamLine[] {
    const lines: StreamLine[] = [];
    const buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : Buffer.from(chunk);
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(0x0a, start);
      if (nl === -1) break;
      this.lineStart += nl + 1 - start;
      lines.push({ line: buf.subarray(start, nl).toString('utf8'), offset: this.lineStart });
      start = nl + 1;
    }
    this.pending = Buffer.from(buf.subarray(start));
    return lines;
  }

  /** The trailing bytes without a newline, as a final line (used when the caller says the file is complete). */
  finish(): StreamLine | undefined {
    if (this.pending.length === 0) return undefined;
    const line = { line: this.pending.toString('utf8'), offset: this.lineStart + this.pending.length };
    this.lineStart += this.pending.length;
    this.pending = Buffer.alloc(0);
    return line;
  }
}
