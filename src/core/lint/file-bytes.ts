/**
 * Reads files for the pre-filter into one reused buffer: most files of a run are read only to learn that no
 * rule's trigger occurs in them, so their bytes never need a Buffer of their own (the engine copies out the
 * few it keeps). Files over `limit` bytes are not read to the end.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export class ReusedReader {
  private buf = Buffer.allocUnsafeSlow(64 * 1024);

  constructor(private readonly limit: number) {}

  /**
   * The file's bytes, valid until the next call; 'too-big' past the limit; undefined when it cannot be read.
   */
  read(path: string): Buffer | 'too-big' | undefined {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return undefined;
    }
    try {
      let n = 0;
      for (;;) {
        if (n === this.buf.length) {
          if (n > this.limit) return 'too-big';
          const bigger = Buffer.allocUnsafeSlow(Math.min(this.buf.length * 4, this.limit + 1));
          this.buf.copy(bigger, 0, 0, n);
          this.buf = bigger;
        }
        const got = readSync(fd, this.buf, n, this.buf.length - n, null);
        if (got === 0) break;
        n += got;
      }
      return n > this.limit ? 'too-big' : this.buf.subarray(0, n);
    } catch {
      return undefined;
    } finally {
      closeSync(fd);
    }
  }
}
