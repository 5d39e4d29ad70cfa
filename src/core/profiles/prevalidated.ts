/**
 * The built-in profiles, validated when profiles/prevalidated/ was generated
 * (scripts/gen-prevalidated-profiles.ts): a file whose name and exact text match an entry there yields the
 * profile `parseProfile` returned for that text, without loading the YAML parser or building the zod schema.
 * Any other text (an edited file, a profile of your own) misses and is parsed and validated as usual, so this
 * only ever saves time.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { packagePath } from '../package-root.js';
import { ID_PATTERN, PROFILE_EXT } from './locate.js';
import type { Profile } from './schema.js';

/** profiles/prevalidated/<id>.json: the sha256 of the profile file's text and the validated profile. */
export interface PrevalidatedEntry {
  sha256: string;
  profile: Profile;
}

export const PREVALIDATED_DIR = 'prevalidated';

/** The entry for an id; undefined when there is none (or it cannot be read: then the file is validated). */
function entryFor(id: string): PrevalidatedEntry | undefined {
  try {
    return JSON.parse(
      readFileSync(packagePath('profiles', PREVALIDATED_DIR, `${id}.json`), 'utf8'),
    ) as PrevalidatedEntry;
  } catch {
    return undefined;
  }
}

export function textDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The validated profile for this file name and text, when they are a built-in one as generated. */
export function prevalidatedProfile(file: string, text: string): Profile | undefined {
  const name = basename(file);
  if (!name.endsWith(PROFILE_EXT)) return undefined;
  const id = name.slice(0, -PROFILE_EXT.length);
  const entry = ID_PATTERN.test(id) ? entryFor(id) : undefined;
  if (!entry || entry.sha256 !== textDigest(text)) return undefined;
  return entry.profile;
}
