/**
 * The built-in profiles, validated when profiles/prevalidated.json was generated
 * (scripts/gen-prevalidated-profiles.ts): a file whose name and exact text match an entry there yields the
 * profile `parseProfile` returned for that text, without loading the YAML parser or building the zod schema.
 * Any other text (an edited file, a profile of your own) misses and is parsed and validated as usual, so this
 * only ever saves time.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { packagePath } from '../package-root.js';
import { PROFILE_EXT } from './locate.js';
import type { Profile } from './schema.js';

/** profiles/prevalidated.json: profile id → the sha256 of its file's text and the validated profile. */
export type PrevalidatedProfiles = Record<string, { sha256: string; profile: Profile }>;

export const PREVALIDATED_FILE = 'prevalidated.json';

let table: PrevalidatedProfiles | undefined;

function prevalidated(): PrevalidatedProfiles {
  if (!table) {
    try {
      table = JSON.parse(readFileSync(packagePath('profiles', PREVALIDATED_FILE), 'utf8')) as PrevalidatedProfiles;
    } catch {
      table = {}; // no table: every profile is validated when loaded
    }
  }
  return table;
}

export function textDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The validated profile for this file name and text, when they are a built-in one as generated. */
export function prevalidatedProfile(file: string, text: string): Profile | undefined {
  const name = basename(file);
  if (!name.endsWith(PROFILE_EXT)) return undefined;
  const id = name.slice(0, -PROFILE_EXT.length);
  const all = prevalidated();
  const entry = Object.hasOwn(all, id) ? all[id] : undefined;
  if (!entry || entry.sha256 !== textDigest(text)) return undefined;
  return structuredClone(entry.profile);
}
