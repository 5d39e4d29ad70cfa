/**
 * Moves verified files from `.tenant-pull/staging/` to their place in `dest`, only after verification, so
 * a failed pull never leaves an unverified file under a final name. A staging folder whose every file is
 * verified and that does not exist in `dest` yet is moved with one rename (a fresh 20,000-file tree costs a
 * handful of renames, not 20,000). Existing files are replaced atomically (rename over them). Nothing is
 * written through a symlink found in `dest`.
 */
import { lstat, mkdir, readdir, rename, rmdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describeLocalError } from './file-assembler.js';
import { UnsafePathError, type StagingLayout } from './local-path.js';
import { RSYNC_PARTIAL_DIR } from './rsync-plan.js';

interface Node {
  /** Relative path (POSIX) of this folder, '' for the staging root. */
  rel: string;
  files: string[];
  dirs: Node[];
  /** Every file below is verified and nothing else is there. */
  clean: boolean;
}

const join2 = (a: string, b: string): string => (a === '' ? b : `${a}/${b}`);
const onDisk = (base: string, rel: string): string => (rel === '' ? base : join(base, ...rel.split('/')));

async function scan(layout: StagingLayout, rel: string, verified: ReadonlySet<string>): Promise<Node> {
  const node: Node = { rel, files: [], dirs: [], clean: true };
  const entries = await readdir(onDisk(layout.staging, rel), { withFileTypes: true });
  for (const e of entries) {
    const child = join2(rel, e.name);
    if (e.isDirectory()) {
      if (e.name === RSYNC_PARTIAL_DIR) {
        node.clean = false;
        continue;
      }
      const sub = await scan(layout, child, verified);
      node.dirs.push(sub);
      if (!sub.clean) node.clean = false;
    } else if (e.isFile() && verified.has(child)) {
      node.files.push(child);
    } else {
      node.clean = false;
    }
  }
  return node;
}

/** Makes sure `dest/rel` is a real folder (creating it), refusing symlinks and files in the way. */
async function ensureDir(dest: string, rel: string): Promise<void> {
  const path = onDisk(dest, rel);
  const st = await lstat(path).catch(() => undefined);
  if (st?.isSymbolicLink())
    throw new UnsafePathError(`${path} is a symlink; pull does not write through symlinks in dest`);
  if (st && !st.isDirectory()) throw new UnsafePathError(`${path} is a file where the pulled folder ${rel} goes`);
  if (!st) {
    try {
      await mkdir(path);
    } catch (err) {
      throw describeLocalError('create folder', path, err);
    }
  }
}

async function moveFile(layout: StagingLayout, rel: string): Promise<void> {
  const from = onDisk(layout.staging, rel);
  const to = onDisk(layout.dest, rel);
  const st = await lstat(to).catch(() => undefined);
  if (st?.isDirectory()) throw new UnsafePathError(`${to} is a folder where the pulled file ${rel} goes`);
  try {
    await rename(from, to);
  } catch (err) {
    throw describeLocalError('move into place', to, err);
  }
  // rename() between two links to one inode does nothing: drop the staging link.
  await unlink(from).catch(() => undefined);
}

async function promoteNode(layout: StagingLayout, node: Node): Promise<number> {
  let moved = 0;
  for (const f of node.files) {
    await moveFile(layout, f);
    moved++;
  }
  for (const sub of node.dirs) {
    const target = onDisk(layout.dest, sub.rel);
    const exists = await lstat(target).catch(() => undefined);
    if (!exists && sub.clean) {
      try {
        await rename(onDisk(layout.staging, sub.rel), target);
      } catch (err) {
        throw describeLocalError('move into place', target, err);
      }
      moved += countFiles(sub);
      continue;
    }
    await ensureDir(layout.dest, sub.rel);
    moved += await promoteNode(layout, sub);
    await rmdir(onDisk(layout.staging, sub.rel)).catch(() => undefined);
  }
  return moved;
}

function countFiles(node: Node): number {
  return node.files.length + node.dirs.reduce((n, d) => n + countFiles(d), 0);
}

/** Moves the verified files (relative paths) from staging into dest. Returns how many were moved. */
export async function promoteVerified(layout: StagingLayout, verified: ReadonlySet<string>): Promise<number> {
  const root = await scan(layout, '', verified).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
  if (!root) return 0;
  return promoteNode(layout, root);
}
