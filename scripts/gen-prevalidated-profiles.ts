// Writes profiles/prevalidated/<id>.json: each built-in profile in profiles/ parsed and validated now by
// parseProfile (the loader's own validation), with the sha256 of the text it came from. The loader returns the
// stored profile for a file with that name and exact text, and validates anything else as usual. Run after
// editing a profile or src/core/profiles/schema.ts: `npm run profiles:prevalidate`. `--check` writes nothing
// and exits 1 when the committed files differ (the drift test checks the same).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../src/core/package-root.js';
import { PREVALIDATED_PATH, prevalidatedProfileFiles } from './prevalidated-profiles-text.js';

const dir = packagePath(PREVALIDATED_PATH);
const files = await prevalidatedProfileFiles();

function committed(): Map<string, string> {
  const out = new Map<string, string>();
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    // missing counts as drift
  }
  for (const name of names) out.set(name, readFileSync(join(dir, name), 'utf8'));
  return out;
}

if (process.argv.includes('--check')) {
  const now = committed();
  const stale = [...new Set([...files.keys(), ...now.keys()])].filter((n) => files.get(n) !== now.get(n));
  if (stale.length > 0) {
    console.error(
      `${PREVALIDATED_PATH} is out of date with profiles/*.yml or the schema (${stale.join(', ')}); run: npm run profiles:prevalidate`,
    );
    process.exit(1);
  }
  console.log(`${PREVALIDATED_PATH} is up to date`);
} else {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  console.log(`wrote ${PREVALIDATED_PATH}/ (${files.size} profiles)`);
}
