import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { packagePath } from '../../src/core/package-root.js';
import { loadProfileAsync } from '../../src/core/profiles/load-async.js';
import {
  clearProfileCache,
  listProfileIds,
  loadProfile,
  parseProfile,
  PROFILES_DIR_ENV,
} from '../../src/core/profiles/loader.js';
import { prevalidatedProfile } from '../../src/core/profiles/prevalidated.js';
import { PREVALIDATED_PATH, prevalidatedProfileFiles } from '../../scripts/prevalidated-profiles-text.js';

const builtin = (id: string): { file: string; text: string } => {
  const file = packagePath('profiles', `${id}.yml`);
  return { file, text: readFileSync(file, 'utf8') };
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tenant-prevalidated-'));
  clearProfileCache();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('profiles/prevalidated/', () => {
  it('is current (run `npm run profiles:prevalidate` after changing a profile or the schema)', async () => {
    const expected = await prevalidatedProfileFiles();
    const dir = packagePath(PREVALIDATED_PATH);
    expect(readdirSync(dir).sort()).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) expect(readFileSync(join(dir, name), 'utf8'), name).toBe(text);
  });

  it('gives, for every built-in, exactly what parsing and validating the file gives', () => {
    const ids = listProfileIds({ dir: packagePath('profiles') });
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) {
      const { file, text } = builtin(id);
      const quick = prevalidatedProfile(file, text);
      expect(quick, id).toBeDefined();
      expect(quick).toStrictEqual(parseProfile(text, file));
    }
  });

  it('hands out copies: a caller that edits its profile does not change the next one', () => {
    const { file, text } = builtin('autodl');
    const first = prevalidatedProfile(file, text);
    if (!first) throw new Error('autodl is pre-validated');
    first.storage.checkpointDir.value = '/elsewhere';
    expect(prevalidatedProfile(file, text)?.storage.checkpointDir.value).not.toBe('/elsewhere');
  });

  it('misses on any other text or name, so those are validated as before', () => {
    const { file, text } = builtin('autodl');
    expect(prevalidatedProfile(file, text + '\n# edited\n')).toBeUndefined();
    expect(prevalidatedProfile(join(dir, 'mybox.yml'), text)).toBeUndefined();
    expect(prevalidatedProfile(join(dir, 'autodl.yaml'), text)).toBeUndefined();
    expect(prevalidatedProfile(join(dir, 'autodl.yml'), text)).toBeDefined(); // same name and text: same result
    expect(prevalidatedProfile(join(dir, '..yml'), text)).toBeUndefined();
  });

  it('a copy of a built-in under another name still fails the id check', async () => {
    writeFileSync(join(dir, 'mybox.yml'), builtin('autodl').text);
    expect(() => loadProfile('mybox', { dir })).toThrow(/id: 'autodl' must equal the file name 'mybox'/);
    await expect(loadProfileAsync('mybox', { dir })).rejects.toThrow(/id: 'autodl' must equal the file name 'mybox'/);
  });
});

describe('loadProfileAsync', () => {
  it('returns built-ins as loadProfile does', async () => {
    for (const id of ['autodl', 'local', 'kubernetes'])
      expect(await loadProfileAsync(id)).toStrictEqual(loadProfile(id));
  });

  it('validates an edited profile and reports its errors as loadProfile does', async () => {
    const env = { [PROFILES_DIR_ENV]: dir };
    writeFileSync(join(dir, 'autodl.yml'), builtin('autodl').text.replace(/^kind: .*$/m, 'kind: spaceship'));
    const sync = (() => {
      try {
        loadProfile('autodl', { env });
      } catch (err) {
        return err;
      }
      throw new Error('expected a ConfigurationError');
    })();
    expect(sync).toBeInstanceOf(ConfigurationError);
    await expect(loadProfileAsync('autodl', { env })).rejects.toThrow((sync as Error).message);
  });

  it('loads a valid profile of your own', async () => {
    writeFileSync(join(dir, 'mybox.yml'), builtin('generic-ssh').text.replace('id: generic-ssh', 'id: mybox'));
    expect((await loadProfileAsync('mybox', { dir })).id).toBe('mybox');
  });

  it('names the known ids for an unknown one', async () => {
    await expect(loadProfileAsync('nope')).rejects.toThrow(/unknown profile 'nope'; known profiles: autodl, /);
  });
});
