import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ConfigurationError } from '../../src/core/errors.js';
import { packagePath } from '../../src/core/package-root.js';
import {
  clearProfileCache,
  listProfileIds,
  loadAllProfiles,
  loadProfile,
  loadProfileFile,
  parseProfile,
  PROFILES_DIR_ENV,
} from '../../src/core/profiles/loader.js';

const autodlText = readFileSync(packagePath('profiles', 'autodl.yml'), 'utf8');
type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function mutated(edit: (doc: Doc) => void): string {
  const doc = parse(autodlText) as Doc;
  edit(doc);
  return stringify(doc);
}

function errorOf(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigurationError);
    return err as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tenant-profiles-'));
  clearProfileCache();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('profile loader errors name the file, the field and what is wrong', () => {
  it('missing source', () => {
    const file = join(dir, 'autodl.yml');
    writeFileSync(
      file,
      mutated((d) => delete d.storage.mounts[1].survivesStop.source),
    );
    const err = errorOf(() => loadProfile('autodl', { dir }));
    expect(err.message).toBe(
      `${file}: storage.mounts[1].survivesStop.source: required — every fact needs the seed file and section it came from`,
    );
    expect(err.input).toBe(file);
  });

  it('a source without a section', () => {
    const err = errorOf(() =>
      parseProfile(
        mutated((d) => (d.ssh.defaultUser.source = 'autodl.md')),
        'profiles/autodl.yml',
      ),
    );
    expect(err.message).toContain(
      'profiles/autodl.yml: ssh.defaultUser.source: must name the section it came from with "§"',
    );
  });

  it('missing or malformed verified month', () => {
    let err = errorOf(() =>
      parseProfile(
        mutated((d) => delete d.tools.tmux.verified),
        'autodl.yml',
      ),
    );
    expect(err.message).toBe(
      'autodl.yml: tools.tmux.verified: required — every fact needs the month (YYYY-MM) it was last verified',
    );
    err = errorOf(() =>
      parseProfile(
        mutated((d) => (d.tools.tmux.verified = '2026-6')),
        'autodl.yml',
      ),
    );
    expect(err.message).toBe(
      'autodl.yml: tools.tmux.verified: must be a month "YYYY-MM", e.g. "2026-06", got "2026-6"',
    );
  });

  it('wrong type', () => {
    const err = errorOf(() =>
      parseProfile(
        mutated((d) => (d.preemption.termination.graceSeconds = 'five')),
        'autodl.yml',
      ),
    );
    expect(err.message).toBe('autodl.yml: preemption.termination.graceSeconds: must be a number, got "five"');
    const list = errorOf(() =>
      parseProfile(
        mutated((d) => (d.detach.primitives.value = 'tmux')),
        'autodl.yml',
      ),
    );
    expect(list.message).toBe('autodl.yml: detach.primitives.value: must be a list, got "tmux"');
  });

  it('a value outside an enum lists the allowed values', () => {
    const err = errorOf(() =>
      parseProfile(
        mutated((d) => (d.preemption.termination.signal = 'SIGTERM')),
        'autodl.yml',
      ),
    );
    expect(err.message).toBe(
      'autodl.yml: preemption.termination.signal: must be one of "TERM" | "KILL", got "SIGTERM"',
    );
  });

  it('a bare value where a fact is expected says what a fact looks like', () => {
    const err = errorOf(() =>
      parseProfile(
        mutated((d) => delete d.network.behindGfw),
        'autodl.yml',
      ),
    );
    expect(err.message).toBe('autodl.yml: network.behindGfw: required (a fact: {value, source, verified})');
  });

  it('unknown key, with the keys allowed there', () => {
    const err = errorOf(() =>
      parseProfile(
        mutated((d) => (d.storage.mounts[0].survivesReboot = d.storage.mounts[0].survivesStop)),
        'autodl.yml',
      ),
    );
    expect(err.message).toBe(
      'autodl.yml: storage.mounts[0].survivesReboot: unknown key — allowed here: path, name, survivesStop, survivesDestroy, billedWhileStopped, source, verified, note',
    );
    const top = errorOf(() =>
      parseProfile(
        mutated((d) => (d.gpu = 'A100')),
        'autodl.yml',
      ),
    );
    expect(top.message).toMatch(/^autodl\.yml: gpu: unknown key — allowed here: schemaVersion, id, name, kind, /);
  });

  it('several problems are reported one per line', () => {
    const err = errorOf(() =>
      parseProfile(
        mutated((d) => {
          delete d.ssh.jump.source;
          d.kind = 'vm';
        }),
        'autodl.yml',
      ),
    );
    const lines = err.message.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines).toContain(
      'autodl.yml: ssh.jump.source: required — every fact needs the seed file and section it came from',
    );
    expect(lines.some((l) => l.startsWith('autodl.yml: kind: must be one of "ssh-rental"'))).toBe(true);
  });

  it('malformed YAML names file and line', () => {
    const file = join(dir, 'broken.yml');
    writeFileSync(
      file,
      'schemaVersion: 1\nid: broken\nssh:\n  defaultUser: {value: root, source: "x §1"\n  portStyle: fixed-22\n',
    );
    const err = errorOf(() => loadProfile('broken', { dir }));
    expect(err.message).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: malformed YAML — `),
    );
    const line = Number(/:(\d+):\d+: malformed/.exec(err.message)?.[1]);
    expect(line).toBeGreaterThanOrEqual(4);
    expect(line).toBeLessThanOrEqual(5);
  });

  it('duplicate keys are malformed YAML', () => {
    const err = errorOf(() => parseProfile('id: a\nid: b\n', 'dup.yml'));
    expect(err.message).toMatch(/^dup\.yml:2:1: malformed YAML — /);
  });

  it('an empty file', () => {
    expect(errorOf(() => parseProfile('# nothing\n', 'empty.yml')).message).toBe(
      'empty.yml: the file is empty; a profile is a YAML mapping',
    );
  });

  it('id must match the file name', () => {
    const err = errorOf(() => parseProfile(autodlText, join(dir, 'other.yml')));
    expect(err.message).toBe(`${join(dir, 'other.yml')}: id: 'autodl' must equal the file name 'other'`);
  });

  it('unknown profile id lists the known ids', () => {
    const err = errorOf(() => loadProfile('autodll'));
    expect(err.message).toContain("unknown profile 'autodll'; known profiles: autodl, china-featurize,");
    expect(err.message).toContain('vastai');
    expect(err.input).toBe('profile');
    expect(errorOf(() => loadProfile('../package')).message).toContain("unknown profile '../package'");
  });

  it('built-in files are shown relative to the package root', () => {
    // parseProfile on the real path: an error must read profiles/<id>.yml, not an absolute path.
    const err = errorOf(() =>
      parseProfile(
        mutated((d) => delete d.ssh.jump.source),
        packagePath('profiles', 'autodl.yml'),
      ),
    );
    expect(err.message.startsWith('profiles/autodl.yml: ssh.jump.source: required')).toBe(true);
  });
});

describe('custom directories and caching', () => {
  it('loads from a custom directory only', () => {
    writeFileSync(join(dir, 'mybox.yml'), autodlText.replace('id: autodl', 'id: mybox'));
    expect(listProfileIds({ dir })).toEqual(['mybox']);
    expect(loadAllProfiles({ dir }).map((p) => p.id)).toEqual(['mybox']);
  });

  it('TENANT_PROFILES_DIR adds profiles and wins over a built-in with the same id', () => {
    writeFileSync(join(dir, 'mybox.yml'), autodlText.replace('id: autodl', 'id: mybox'));
    writeFileSync(join(dir, 'autodl.yml'), autodlText.replace('name: AutoDL', 'name: My AutoDL'));
    const env = { [PROFILES_DIR_ENV]: dir };
    const ids = listProfileIds({ env });
    expect(ids).toContain('mybox');
    expect(ids).toContain('runpod');
    expect(loadProfile('autodl', { env }).name).toBe('My AutoDL');
    expect(loadProfile('autodl', { env: {} }).name).toBe('AutoDL');
  });

  it('a TENANT_PROFILES_DIR that is not a directory is a configuration error', () => {
    const err = errorOf(() => listProfileIds({ env: { [PROFILES_DIR_ENV]: join(dir, 'missing') } }));
    expect(err.message).toContain(`${PROFILES_DIR_ENV}=`);
    expect(err.input).toBe(PROFILES_DIR_ENV);
  });

  it('caches parsed profiles and re-reads a file that changed', () => {
    const file = join(dir, 'autodl.yml');
    writeFileSync(file, autodlText);
    const first = loadProfileFile(file);
    expect(loadProfileFile(file)).toBe(first);
    writeFileSync(file, autodlText.replace('name: AutoDL', 'name: AutoDL (edited)'));
    expect(loadProfileFile(file).name).toBe('AutoDL (edited)');
  });
});
