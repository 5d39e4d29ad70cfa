/**
 * Checkpoint writes, reconstructed from the watcher's events: when each save started and ended, how long it
 * took (C in Young/Daly), and how it landed:
 *
 *   atomic     a temp file appeared, then the final name was replaced (rename)
 *   in-place   an existing final file was truncated and rewritten under its own name (same inode)
 *   new-file   a final-name file that did not exist was created and grew (a per-step name, written in place)
 */
import type { WatchEvent } from './watch-client.js';

export interface CheckpointWrite {
  kind: 'atomic' | 'in-place' | 'new-file';
  /** The final-name file the save produced. */
  path: string;
  startMs: number;
  endMs: number;
  seconds: number;
  bytes: number;
}

/** How long a file must stay unchanged before an in-place write counts as finished. */
const QUIET_MS = 250;

export function reconstructWrites(
  events: readonly WatchEvent[],
  isFinal: (path: string) => boolean,
): CheckpointWrite[] {
  const writes: CheckpointWrite[] = [];
  let tempStart: number | undefined;
  const open = new Map<
    string,
    { kind: 'in-place' | 'new-file'; start: number; last: number; bytes: number; grew: boolean; fromZero: boolean }
  >();
  const closeQuiet = (now: number): void => {
    for (const [path, w] of open) {
      if (now - w.last >= QUIET_MS) {
        // An in-place rewrite shows as a truncation then growth (or a truncation to nothing). A lone size change
        // with the same inode is a missed rename cycle whose inode was reused, not evidence of an in-place write.
        if (w.kind === 'new-file' || w.grew || w.fromZero) {
          writes.push({
            kind: w.kind,
            path,
            startMs: w.start,
            endMs: w.last,
            seconds: (w.last - w.start) / 1000,
            bytes: w.bytes,
          });
        }
        open.delete(path);
      }
    }
  };
  for (const e of events) {
    closeQuiet(e.t);
    if (!e.path) continue;
    const final = !e.temp && isFinal(e.path);
    if (e.temp && e.ev === 'new') {
      tempStart ??= e.t;
    } else if (final && e.ev === 'replace') {
      const start = tempStart ?? e.t;
      writes.push({
        kind: 'atomic',
        path: e.path,
        startMs: start,
        endMs: e.t,
        seconds: (e.t - start) / 1000,
        bytes: e.size ?? 0,
      });
      tempStart = undefined;
    } else if (final && e.ev === 'new') {
      if (tempStart !== undefined) {
        // first save: the temp file was renamed onto a name that did not exist yet
        writes.push({
          kind: 'atomic',
          path: e.path,
          startMs: tempStart,
          endMs: e.t,
          seconds: (e.t - tempStart) / 1000,
          bytes: e.size ?? 0,
        });
        tempStart = undefined;
      } else {
        open.set(e.path, { kind: 'new-file', start: e.t, last: e.t, bytes: e.size ?? 0, grew: false, fromZero: false });
      }
    } else if (final && e.ev === 'shrink' && !open.has(e.path)) {
      open.set(e.path, {
        kind: 'in-place',
        start: e.t,
        last: e.t,
        bytes: e.size ?? 0,
        grew: false,
        fromZero: (e.size ?? 0) === 0,
      });
    } else if (final && (e.ev === 'shrink' || e.ev === 'grow' || e.ev === 'touch')) {
      const w = open.get(e.path);
      if (w) {
        w.last = e.t;
        w.bytes = e.size ?? w.bytes;
        if (e.ev === 'grow') w.grew = true;
      }
    }
  }
  const end = events.length ? (events[events.length - 1]?.t ?? 0) + QUIET_MS : 0;
  closeQuiet(end);
  return writes.sort((a, b) => a.startMs - b.startMs);
}

/** Events showing an already-committed final file rewritten under its own name (the non-atomic save). */
export function inPlaceRewrites(writes: readonly CheckpointWrite[]): CheckpointWrite[] {
  return writes.filter((w) => w.kind === 'in-place');
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}
