import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { packagePath } from '../../src/core/package-root.js';
import { listProfileIds, loadAllProfiles, loadProfile, parseProfile } from '../../src/core/profiles/loader.js';
import { UNIVERSAL_VOLATILE } from '../../src/core/profiles/universal-paths.js';

const EXPECTED_IDS = [
  'autodl',
  'china-featurize',
  'china-gpushare',
  'china-lanrui',
  'china-matpool',
  'generic-ssh',
  'kubernetes',
  'lambda',
  'local',
  'paperspace',
  'runpod',
  'slurm',
  'vastai',
];
const IDENTITY_KEYS = new Set(['schemaVersion', 'id', 'name', 'kind', 'summary']);
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Every leaf value must sit inside an object that names a source (with a §section) and one that names a
 * verified month. Generic on purpose: it knows nothing about the schema, so a new field without provenance
 * fails here even if someone loosens the zod schema.
 */
function unsourcedLeaves(node: unknown, path = '', sourced = false, dated = false): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => unsourcedLeaves(item, `${path}[${i}]`, sourced, dated));
  if (node !== null && typeof node === 'object') {
    const obj = node as Record<string, unknown>;
    const hasSource = sourced || (typeof obj.source === 'string' && obj.source.includes('§'));
    const hasMonth = dated || (typeof obj.verified === 'string' && MONTH.test(obj.verified));
    return Object.entries(obj).flatMap(([k, v]) => {
      if (path === '' && IDENTITY_KEYS.has(k)) return [];
      return unsourcedLeaves(v, path ? `${path}.${k}` : k, hasSource, hasMonth);
    });
  }
  return sourced && dated ? [] : [path];
}

/** Paths of every object that carries a `source` key (facts, mounts, list items, claims). */
function sourcedObjects(node: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(node)) return node.flatMap((item, i) => sourcedObjects(item, [...path, i]));
  if (node === null || typeof node !== 'object') return [];
  const obj = node as Record<string, unknown>;
  const here = typeof obj.source === 'string' ? [path] : [];
  return [...here, ...Object.entries(obj).flatMap(([k, v]) => sourcedObjects(v, [...path, k]))];
}

function at(root: unknown, path: (string | number)[]): Record<string, unknown> {
  let cur = root as Record<string | number, unknown>;
  for (const seg of path) cur = cur[seg] as Record<string | number, unknown>;
  return cur as Record<string, unknown>;
}

const fieldPath = (path: (string | number)[]) =>
  path.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');

describe('built-in profiles', () => {
  it('has exactly the 13 expected profiles, and every one loads', () => {
    expect(listProfileIds()).toEqual(EXPECTED_IDS);
    const all = loadAllProfiles();
    expect(all.map((p) => p.id)).toEqual(EXPECTED_IDS);
  });

  it.each(EXPECTED_IDS)('%s: every fact has a source with a section and a verified month', (id) => {
    const p = loadProfile(id);
    expect(unsourcedLeaves(p)).toEqual([]);
  });

  it('the generic walk catches a fact whose source was removed', () => {
    const p = structuredClone(loadProfile('runpod')) as unknown as Record<string, unknown>;
    delete at(p, ['preemption', 'termination']).source;
    expect(unsourcedLeaves(p)).toEqual(
      expect.arrayContaining(['preemption.termination.signal', 'preemption.termination.graceSeconds']),
    );
  });

  it('universal volatile paths carry sources too', () => {
    expect(unsourcedLeaves({ list: UNIVERSAL_VOLATILE.map((u) => ({ ...u })) }).filter((p) => p !== '')).toEqual([]);
    for (const u of UNIVERSAL_VOLATILE) expect(u.source).toMatch(/§/);
  });

  it('every profile file starts with the yaml-language-server schema line and its id is its file name', () => {
    const dir = packagePath('profiles');
    const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));
    expect(files).toHaveLength(EXPECTED_IDS.length);
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(text.split('\n')[0], f).toBe('# yaml-language-server: $schema=./schema.json');
      expect((parse(text) as { id: string }).id).toBe(f.replace(/\.yml$/, ''));
    }
  });

  it('removing any single source or verified month from autodl makes it impossible to load, naming the field', () => {
    const text = readFileSync(packagePath('profiles', 'autodl.yml'), 'utf8');
    const data = parse(text) as unknown;
    const paths = sourcedObjects(data);
    expect(paths.length).toBeGreaterThan(50);
    for (const path of paths) {
      for (const key of ['source', 'verified'] as const) {
        const copy = structuredClone(data);
        const obj = at(copy, path);
        if (!(key in obj)) continue; // contradiction claims carry a source but no month of their own
        delete obj[key];
        const field = `${fieldPath(path)}.${key}`;
        expect(() => parseProfile(stringify(copy), 'autodl.yml'), field).toThrow(`autodl.yml: ${field}: required`);
      }
    }
  });
});
