/**
 * `loadProfile` for entry points that start cold and usually ask for a built-in profile (actions/profile):
 * a pre-validated built-in is returned without loading the YAML parser or the zod schema; anything else is
 * loaded by the loader, imported on demand, with the same validation and messages.
 */
import { readFileSync } from 'node:fs';
import { requireProfileFile, type ProfileLoadOptions } from './locate.js';
import { prevalidatedProfile } from './prevalidated.js';
import type { Profile } from './schema.js';

export async function loadProfileAsync(id: string, opts: ProfileLoadOptions = {}): Promise<Profile> {
  const file = requireProfileFile(id, opts);
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = undefined; // the loader reports it
  }
  const quick = text === undefined ? undefined : prevalidatedProfile(file, text);
  if (quick) return quick;
  const { loadProfileFile } = await import('./loader.js');
  return loadProfileFile(file);
}
