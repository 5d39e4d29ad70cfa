/**
 * Where a pulled file lands. File names come from the box, which is not trusted: every relative path is
 * checked here before it touches the local disk, so a name like `../../.bashrc`, `/etc/passwd`, an empty
 * component or a NUL can never escape `dest`. Names that are merely odd (a leading `-`, spaces, newlines,
 * quotes) are legal data: they are passed to fs calls and to rsync (NUL-separated, `--protect-args`) as is.
 */
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigurationError } from '../errors.js';

/** The folder inside `dest` that pull keeps its own state in (staging, partial files, manifest). */
export const STATE_DIR_NAME = '.tenant-pull';

const MAX_COMPONENT_BYTES = 255;
const MAX_PATH_BYTES = 4000;

export class UnsafePathError extends Error {
  override readonly name = 'UnsafePathError';
}

/** Checks a POSIX relative path from the box; returns it unchanged or throws UnsafePathError. */
export function checkRelativePath(rel: string): string {
  if (rel === '') throw new UnsafePathError('empty path');
  if (rel.includes('\0')) throw new UnsafePathError(`path ${JSON.stringify(rel)} contains a NUL byte`);
  if (rel.startsWith('/')) throw new UnsafePathError(`path ${JSON.stringify(rel)} is absolute`);
  if (Buffer.byteLength(rel) > MAX_PATH_BYTES)
    throw new UnsafePathError(`path ${JSON.stringify(rel.slice(0, 80))}… is too long`);
  const parts = rel.split('/');
  for (const part of parts) {
    if (part === '' || part === '.' || part === '..') {
      throw new UnsafePathError(`path ${JSON.stringify(rel)} has a '${part || '(empty)'}' component`);
    }
    if (Buffer.byteLength(part) > MAX_COMPONENT_BYTES)
      throw new UnsafePathError(`path ${JSON.stringify(rel)} has a component over 255 bytes`);
    if (sep === '\\' && /[\\:]/.test(part))
      throw new UnsafePathError(`path ${JSON.stringify(rel)} is not portable to this runner`);
  }
  if (parts[0] === STATE_DIR_NAME)
    throw new UnsafePathError(`path ${JSON.stringify(rel)} uses the reserved folder ${STATE_DIR_NAME}`);
  return rel;
}

/** `base/rel`, after checking that the result stays inside `base` (belt and braces over checkRelativePath). */
export function inside(base: string, rel: string): string {
  checkRelativePath(rel);
  const full = join(base, ...rel.split('/'));
  const back = relative(resolve(base), resolve(full));
  if (back === '' || back === '..' || back.startsWith('..' + sep) || isAbsolute(back))
    throw new UnsafePathError(`path ${JSON.stringify(rel)} escapes ${base}`);
  return full;
}

/**
 * `base/rel` for a path that already passed checkRelativePath (every ListedFile.rel did, in parseListing):
 * the cheap join used on hot paths, 20,000 times for a tree of small files.
 */
export function underRoot(base: string, rel: string): string {
  return join(base, rel);
}

/** Validates and resolves the destination folder the user named. */
export function resolveDest(dest: string, cwd: string, input = 'dest'): string {
  const trimmed = dest.trim();
  if (trimmed === '') throw new ConfigurationError(`${input} is empty: name the local folder to pull into`, input);
  if (trimmed.includes('\0')) throw new ConfigurationError(`${input} contains a NUL byte`, input);
  const full = resolve(cwd, trimmed);
  if (full === resolve('/'))
    throw new ConfigurationError(`${input} is the filesystem root; name a folder for the pulled files`, input);
  return full;
}

export interface StagingLayout {
  dest: string;
  /** dest/.tenant-pull */
  state: string;
  /** Completed, not yet verified files, at their relative paths. */
  staging: string;
  /** Stream engine's in-progress files, at their relative paths. */
  partial: string;
  /** Progress of partial files, for a resume by a later run. */
  partialIndex: string;
  manifest: string;
  sha256sums: string;
}

export function stagingLayout(dest: string): StagingLayout {
  const state = join(dest, STATE_DIR_NAME);
  return {
    dest,
    state,
    staging: join(state, 'staging'),
    partial: join(state, 'partial'),
    partialIndex: join(state, 'partial.json'),
    manifest: join(state, 'manifest.json'),
    sha256sums: join(state, 'SHA256SUMS'),
  };
}

/**
 * A name from the box made safe to print on one log line: control characters (a newline could start a
 * `::workflow-command::` line) are written as escapes.
 */
export function printableName(name: string): string {
  return name.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
