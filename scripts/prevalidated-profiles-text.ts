// The files of profiles/prevalidated/, generated from profiles/*.yml by the loader's own parseProfile (see
// scripts/gen-prevalidated-profiles.ts), formatted as prettier formats the tree: `<id>.json` → text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { packagePath } from '../src/core/package-root.js';
import { listProfileIds, parseProfile } from '../src/core/profiles/loader.js';
import { PREVALIDATED_DIR, textDigest, type PrevalidatedEntry } from '../src/core/profiles/prevalidated.js';

export const PREVALIDATED_PATH = `profiles/${PREVALIDATED_DIR}`;

export async function prevalidatedProfileFiles(): Promise<Map<string, string>> {
  const dir = packagePath('profiles');
  const out = new Map<string, string>();
  for (const id of listProfileIds({ dir })) {
    const file = join(dir, `${id}.yml`);
    const text = readFileSync(file, 'utf8');
    const profile = parseProfile(text, file);
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(profile)), profile))
      throw new Error(`${file}: the validated profile does not survive a JSON round trip; it cannot be pre-validated`);
    const entry: PrevalidatedEntry = { sha256: textDigest(text), profile };
    const target = packagePath(PREVALIDATED_PATH, `${id}.json`);
    out.set(`${id}.json`, await format(JSON.stringify(entry), { ...(await resolveConfig(target)), filepath: target }));
  }
  return out;
}
