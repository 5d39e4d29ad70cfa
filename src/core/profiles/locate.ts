/**
 * Where profiles come from: the directories searched (TENANT_PROFILES_DIR first, then the built-in
 * `profiles/`), the ids found there, and the file an id is read from. No parsing here, so callers that only
 * look a profile up do not load the YAML parser or the schema.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { packagePath } from '../package-root.js';

/** Set to a directory of extra `<id>.yml` profiles; they are read before the built-in ones and win on a clash. */
export const PROFILES_DIR_ENV = 'TENANT_PROFILES_DIR';
export const PROFILE_EXT = '.yml';
/** What a profile id looks like (it is the file's name). */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface ProfileLoadOptions {
  /** Read profiles from this directory only (no built-ins, no TENANT_PROFILES_DIR). For tests and tools. */
  dir?: string;
  /** Where TENANT_PROFILES_DIR is read from; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
}

/** The directories searched, highest priority first. */
export function profileDirs(opts: ProfileLoadOptions = {}): string[] {
  if (opts.dir !== undefined) return [resolve(opts.dir)];
  const dirs: string[] = [];
  const extra = (opts.env ?? process.env)[PROFILES_DIR_ENV];
  if (extra) {
    const dir = resolve(extra);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new ConfigurationError(
        `${PROFILES_DIR_ENV}=${extra} is not a directory; point it at a folder of <id>.yml profiles or unset it`,
        PROFILES_DIR_ENV,
      );
    }
    dirs.push(dir);
  }
  dirs.push(packagePath('profiles'));
  return dirs;
}

function idsIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(PROFILE_EXT) && !f.startsWith('_'))
    .map((f) => f.slice(0, -PROFILE_EXT.length))
    .filter((id) => ID_PATTERN.test(id));
}

/** Every profile id that can be loaded, sorted. */
export function listProfileIds(opts: ProfileLoadOptions = {}): string[] {
  const ids = new Set<string>();
  for (const dir of profileDirs(opts)) for (const id of idsIn(dir)) ids.add(id);
  return [...ids].sort();
}

/** The file a profile id is read from, or undefined. */
export function profileFile(id: string, opts: ProfileLoadOptions = {}): string | undefined {
  if (!ID_PATTERN.test(id)) return undefined;
  for (const dir of profileDirs(opts)) {
    const file = join(dir, id + PROFILE_EXT);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** The file of a profile id; a ConfigurationError naming the known ids when there is none. */
export function requireProfileFile(id: string, opts: ProfileLoadOptions = {}): string {
  const file = profileFile(id, opts);
  if (file) return file;
  const known = listProfileIds(opts);
  throw new ConfigurationError(
    `unknown profile '${id}'; known profiles: ${known.length ? known.join(', ') : '(none found)'}` +
      (opts.dir === undefined ? ` (add your own as <id>.yml in a folder named by ${PROFILES_DIR_ENV})` : ''),
    'profile',
  );
}
