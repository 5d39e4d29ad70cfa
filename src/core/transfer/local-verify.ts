/**
 * Checks one staged file against the box's digest. The bytes are read from disk, unless the engine hashed
 * them as it wrote them and the file's inode state (dev, inode, size, mtime, ctime) is still exactly what it
 * was right after: any later write, truncate or replacement changes ctime (which no one can set back), so a
 * matching fence proves the file holds the bytes that were hashed.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import type { FileFence, StagedFile } from './engine.js';

const CHUNK = 4 * 1024 * 1024;
/** Files up to this size are checked with synchronous calls: cheaper than a round of thread-pool hops. */
const SYNC_MAX = 1024 * 1024;

function sha256OfSmallFileSync(path: string, size: number): string {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const buf = Buffer.allocUnsafe(size + 1);
    let got = 0;
    for (;;) {
      const n = readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
      if (got === buf.length) throw new Error('the file grew while being read');
    }
    return createHash('sha256').update(buf.subarray(0, got)).digest('hex');
  } finally {
    closeSync(fd);
  }
}

export async function sha256OfFile(path: string): Promise<string> {
  const fh = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const hash = createHash('sha256');
    const st = await fh.stat();
    const buf = Buffer.allocUnsafe(Math.max(1, Math.min(CHUNK, st.size || 1)));
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      hash.update(buf.subarray(0, bytesRead));
    }
    return hash.digest('hex');
  } finally {
    await fh.close();
  }
}

export function sameFence(a: FileFence, b: FileFence): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

export type LocalCheck = { ok: true; sha256: string; reread: boolean } | { ok: false; reason: string };

export async function checkLocalFile(
  path: string,
  expected: { size: number; sha256: string },
  staged?: StagedFile,
): Promise<LocalCheck> {
  let st: Stats | NodeJS.ErrnoException;
  if (expected.size <= SYNC_MAX) {
    try {
      st = lstatSync(path);
    } catch (err) {
      st = err as NodeJS.ErrnoException;
    }
  } else st = await lstat(path).catch((err: NodeJS.ErrnoException) => err);
  if (st instanceof Error)
    return { ok: false, reason: st.code === 'ENOENT' ? 'missing after the transfer' : `cannot stat: ${st.message}` };
  if (!st.isFile())
    return { ok: false, reason: st.isSymbolicLink() ? 'is a symlink, not a file' : 'is not a regular file' };
  if (st.size !== expected.size) return { ok: false, reason: `size ${st.size} bytes, the box has ${expected.size}` };
  let sha: string;
  let reread = true;
  if (
    staged?.sha256 &&
    staged.fence &&
    sameFence(staged.fence, { dev: st.dev, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs })
  ) {
    sha = staged.sha256;
    reread = false;
  } else {
    try {
      sha = st.size <= SYNC_MAX ? sha256OfSmallFileSync(path, st.size) : await sha256OfFile(path);
    } catch (err) {
      return { ok: false, reason: `cannot read: ${(err as Error).message}` };
    }
  }
  if (sha !== expected.sha256)
    return { ok: false, reason: `sha256 ${sha.slice(0, 12)}… differs from the box's ${expected.sha256.slice(0, 12)}…` };
  return { ok: true, sha256: sha, reread };
}
