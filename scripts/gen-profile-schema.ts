// Writes profiles/schema.json from the zod schema in src/core/profiles/schema.ts (the single source of truth).
// `--check` writes nothing and exits 1 when the committed file differs (CI and the drift test use the same text).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { profileJsonSchemaText } from '../src/core/profiles/json-schema.js';

const target = fileURLToPath(new URL('../profiles/schema.json', import.meta.url));
const text = profileJsonSchemaText();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as drift
  }
  if (current !== text) {
    console.error('profiles/schema.json is out of date with src/core/profiles/schema.ts; run: npm run profiles:schema');
    process.exit(1);
  }
  console.log('profiles/schema.json is up to date');
} else {
  writeFileSync(target, text);
  console.log(`wrote profiles/schema.json (${text.length} bytes)`);
}
