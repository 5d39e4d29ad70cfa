/**
 * Finds one marker line (`PREFIX value\n`) in a byte stream that arrives in arbitrary chunks, passing every
 * other byte through. Bytes that might be the start of a marker split across chunks are held back until the
 * next chunk decides. Used to strip the process-group marker from stderr and the end-of-command markers of
 * the persistent shell. The prefix carries a random nonce, so a command's own output cannot imitate it.
 */
export class MarkerScanner {
  private readonly needle: Buffer;
  private pending: Buffer = Buffer.alloc(0);
  private done = false;
  /** The text between the prefix and the newline, once found. */
  value: string | undefined;

  /**
   * @param prefix the marker up to its value
   * @param after what happens to bytes after the marker: passed through (`pass`) or dropped (`drop`)
   * @param maxValue longest value accepted; a longer "marker" is treated as ordinary bytes
   */
  constructor(
    prefix: string,
    private readonly after: 'pass' | 'drop' = 'pass',
    private readonly maxValue = 32,
  ) {
    this.needle = Buffer.from(prefix, 'latin1');
  }

  get found(): boolean {
    return this.value !== undefined;
  }

  /** Feeds a chunk; returns the bytes that are not part of the marker. */
  push(chunk: Buffer): Buffer {
    if (this.done) return this.after === 'pass' ? chunk : Buffer.alloc(0);
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const at = this.pending.indexOf(this.needle);
    if (at !== -1) {
      const nl = this.pending.indexOf(0x0a, at + this.needle.length);
      if (nl === -1) {
        if (this.pending.length - at > this.needle.length + this.maxValue) return this.giveUp();
        const before = Buffer.from(this.pending.subarray(0, at));
        this.pending = Buffer.from(this.pending.subarray(at));
        return before;
      }
      this.value = this.pending.subarray(at + this.needle.length, nl).toString('latin1');
      const before = this.pending.subarray(0, at);
      const rest = this.pending.subarray(nl + 1);
      this.pending = Buffer.alloc(0);
      this.done = true;
      return this.after === 'pass' ? Buffer.concat([before, rest]) : Buffer.from(before);
    }
    // Hold back only the longest tail that could still become the marker.
    const start = Math.max(0, this.pending.length - (this.needle.length - 1));
    let cut = this.pending.length;
    for (let i = start; i < this.pending.length; i++) {
      const tail = this.pending.subarray(i);
      if (tail.equals(this.needle.subarray(0, tail.length))) {
        cut = i;
        break;
      }
    }
    const out = Buffer.from(this.pending.subarray(0, cut));
    this.pending = Buffer.from(this.pending.subarray(cut));
    return out;
  }

  /** End of stream: whatever is still held back was ordinary bytes. */
  flush(): Buffer {
    const out = this.pending;
    this.pending = Buffer.alloc(0);
    return out;
  }

  private giveUp(): Buffer {
    this.done = true;
    const out = this.flush();
    return this.after === 'pass' ? out : Buffer.alloc(0);
  }
}
