// Writes profiles/prevalidated.json: each built-in profile in profiles/ parsed and validated now by
// parseProfile (the loader's own validation), with the sha256 of the text it came from. The loader returns the
// stored profile for a file with that name and exact text, and validates anything else as usual. Run after
// editing a profile or src/core/profiles/schema.ts: `npm run profiles:prevalidate`. `--check` writes nothing
// and exits 1 when the committed file differs (the drift test checks the same).
import { readFileSync, writeFileSync } from 'node:fs';
import { packagePath } from '../src/core/package-root.js';
import { PREVALIDATED_PATH, prevalidatedProfilesText } from './prevalidated-profiles-text.js';

const target = packagePath(PREVALIDATED_PATH);
const text = await prevalidatedProfilesText();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as drift
  }
  if (current !== text) {
    console.error(
      `${PREVALIDATED_PATH} is out of date with profiles/*.yml or the schema; run: npm run profiles:prevalidate`,
    );
    process.exit(1);
  }
  console.log(`${PREVALIDATED_PATH} is up to date`);
} else {
  writeFileSync(target, text);
  console.log(`wrote ${PREVALIDATED_PATH} (${text.length} bytes)`);
}
