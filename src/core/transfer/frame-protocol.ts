/**
 * The byte stream the box helper's `send` mode writes: a sequence of frames, each a 24-byte header
 * (4-byte tag, u32 index, u64 offset, u64 length, big-endian) followed by `length` payload bytes for TFRM
 * and TERR. Tags:
 *
 *   TFRM  `length` bytes of file `index` starting at file offset `offset`
 *   TERR  the range for file `index` cannot be served; the payload is a UTF-8 message
 *   TACK  every range of request batch `index` has been written (no payload)
 *   TEND  the sender is done (stdin reached EOF)
 *
 * The parser is incremental: feed it chunks as they arrive and it emits payload slices without copying them
 * into a frame-sized buffer, so a 1 GiB frame streams through in pipe-sized pieces.
 */

export const FRAME_HEADER_BYTES = 24;

export type FrameEvent =
  | { kind: 'data'; index: number; offset: number; data: Buffer; /** The frame's last bytes. */ last: boolean }
  | { kind: 'error'; index: number; message: string }
  | { kind: 'ack'; batch: number }
  | { kind: 'end' };

export class FrameProtocolError extends Error {
  override readonly name = 'FrameProtocolError';
}

/** Largest payload a frame may declare (a file range); beyond this the stream is corrupt. */
const MAX_FRAME = 2 ** 50;
const MAX_ERROR_PAYLOAD = 64 * 1024;

export class FrameParser {
  private header = Buffer.alloc(FRAME_HEADER_BYTES);
  private headerFill = 0;
  /** Current TFRM: bytes still expected and the file offset of the next one. */
  private dataLeft = 0;
  private dataIndex = 0;
  private dataOffset = 0;
  /** Current TERR payload being collected. */
  private errorParts: Buffer[] | undefined;
  private errorLeft = 0;
  private errorIndex = 0;
  private ended = false;

  /** True once TEND was seen. */
  get done(): boolean {
    return this.ended;
  }

  /** True when no frame is half-read (a clean place for the stream to stop). */
  get atBoundary(): boolean {
    return this.headerFill === 0 && this.dataLeft === 0 && this.errorParts === undefined;
  }

  push(chunk: Buffer, emit: (event: FrameEvent) => void): void {
    let pos = 0;
    while (pos < chunk.length) {
      if (this.ended) throw new FrameProtocolError('bytes after the end frame');
      if (this.dataLeft > 0) {
        const n = Math.min(this.dataLeft, chunk.length - pos);
        const data = chunk.subarray(pos, pos + n);
        pos += n;
        const offset = this.dataOffset;
        this.dataLeft -= n;
        this.dataOffset += n;
        emit({ kind: 'data', index: this.dataIndex, offset, data, last: this.dataLeft === 0 });
        continue;
      }
      if (this.errorParts) {
        const n = Math.min(this.errorLeft, chunk.length - pos);
        this.errorParts.push(chunk.subarray(pos, pos + n));
        pos += n;
        this.errorLeft -= n;
        if (this.errorLeft === 0) {
          const message = Buffer.concat(this.errorParts).toString('utf8');
          this.errorParts = undefined;
          emit({ kind: 'error', index: this.errorIndex, message });
        }
        continue;
      }
      const n = Math.min(FRAME_HEADER_BYTES - this.headerFill, chunk.length - pos);
      chunk.copy(this.header, this.headerFill, pos, pos + n);
      this.headerFill += n;
      pos += n;
      if (this.headerFill < FRAME_HEADER_BYTES) continue;
      this.headerFill = 0;
      this.onHeader(emit);
    }
  }

  private onHeader(emit: (event: FrameEvent) => void): void {
    const tag = this.header.toString('latin1', 0, 4);
    const index = this.header.readUInt32BE(4);
    const offset = Number(this.header.readBigUInt64BE(8));
    const length = Number(this.header.readBigUInt64BE(16));
    switch (tag) {
      case 'TFRM':
        if (length > MAX_FRAME || offset > MAX_FRAME)
          throw new FrameProtocolError(`frame for file ${index} declares ${length} bytes at ${offset}`);
        if (length === 0) {
          emit({ kind: 'data', index, offset, data: Buffer.alloc(0), last: true });
          return;
        }
        this.dataLeft = length;
        this.dataIndex = index;
        this.dataOffset = offset;
        return;
      case 'TERR':
        if (length > MAX_ERROR_PAYLOAD) throw new FrameProtocolError(`error frame of ${length} bytes`);
        if (length === 0) {
          emit({ kind: 'error', index, message: 'unknown error' });
          return;
        }
        this.errorParts = [];
        this.errorLeft = length;
        this.errorIndex = index;
        return;
      case 'TACK':
        emit({ kind: 'ack', batch: index });
        return;
      case 'TEND':
        this.ended = true;
        emit({ kind: 'end' });
        return;
      default:
        throw new FrameProtocolError(
          `unknown frame tag ${JSON.stringify(tag)} (is python3 on the box printing something else?)`,
        );
    }
  }
}
