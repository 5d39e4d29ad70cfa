/**
 * `Host.stream` written once for both hosts: follows a file by byte offset through a small reader interface
 * (local fs or SFTP) and yields whole lines. The file may not exist yet (a log the run creates a moment
 * later): it is polled until it appears. At end of file `until()` is asked whether the writer is done; if so
 * the file is drained one last time and a final line without `\n` is yielded too.
 */
import { HostError } from '../errors.js';
import type { StreamLine, StreamOptions } from './host.js';
import { LineSplitter } from './line-splitter.js';

export interface FollowReader {
  /** Reads up to `length` bytes at `position`; an empty buffer at end of file; 'missing' when the file does not exist (yet). */
  read(position: number, length: number): Promise<Buffer | 'missing'>;
  /** Current size of the file, to notice truncation; undefined when unknown. */
  size(): Promise<number | undefined>;
  close(): Promise<void>;
}

export const DEFAULT_POLL_MS = 250;
const CHUNK = 256 * 1024;

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export async function* followLines(
  path: string,
  reader: FollowReader,
  options: StreamOptions = {},
): AsyncGenerator<StreamLine, void, undefined> {
  const splitter = new LineSplitter(options.offset ?? 0);
  const pollMs = options.pollMs ?? DEFAULT_POLL_MS;
  const signal = options.signal;
  try {
    let finishing = false;
    for (;;) {
      if (signal?.aborted) return;
      const data = await reader.read(splitter.readOffset, CHUNK);
      if (data !== 'missing' && data.length > 0) {
        for (const line of splitter.push(data)) {
          yield line;
          if (signal?.aborted) return;
        }
        continue;
      }
      if (finishing) {
        const last = splitter.finish();
        if (last) yield last;
        return;
      }
      if (data !== 'missing') {
        const size = await reader.size();
        if (size !== undefined && size < splitter.readOffset) {
          throw new HostError(
            'ETRUNCATED',
            `${path} is shorter (${size} bytes) than the offset being followed (${splitter.readOffset}); it was truncated or replaced`,
          );
        }
      }
      if (options.until && (await options.until())) {
        // One more pass: bytes written between our last read and the writer finishing are still delivered.
        finishing = true;
        continue;
      }
      await sleep(pollMs, signal);
    }
  } finally {
    await reader.close().catch(() => undefined);
  }
}
