/** Repository rules, suppressions, config, profiles, --fix and the failing threshold. */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { parseLintConfig } from '../../src/core/lint/config/lint-config.js';
import { failsAt } from '../../src/core/lint/engine.js';
import { crlfToLf } from '../../src/core/lint/fixers/crlf.js';
import { profilePaths } from '../../src/core/lint/profile-roots.js';
import { runLint } from '../../src/core/lint/run.js';
import { loadProfile } from '../../src/core/profiles/loader.js';
import { fsDeps, lintDir } from './lint-helpers.js';

function repo(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tenant-lint-'));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

const CKPT = 'import torch\ntorch.save(m, "/tmp/ck/latest.pt")\n';

describe('shell/crlf', () => {
  it('finds CRLF in .sh files and in extensionless scripts with a shell shebang, not in Python', async () => {
    const dir = repo({ 'a.sh': 'set -u\r\necho hi\r\n', 'bin/run': '#!/bin/sh\r\necho\r\n', 'x.py': 'print(1)\r\n' });
    const r = await lintDir(dir, { only: ['shell/crlf'] });
    expect(r.findings.map((f) => [f.file, f.line, f.column])).toEqual([
      ['a.sh', 1, 7],
      ['bin/run', 1, 10],
    ]);
    expect(r.findings[0]?.message).toMatch(/^2 lines end in CRLF/);
  });

  it('flags a blob committed with CRLF even when the working tree is LF', async () => {
    const dir = repo({ 'a.sh': 'set -u\n' });
    const r = await runLint({ root: dir }, { ...fsDeps, listFiles: async () => [{ path: 'a.sh', indexCrlf: true }] });
    expect(r.findings.filter((f) => f.rule === 'shell/crlf').map((f) => f.message)).toEqual([
      expect.stringMatching(/i\/crlf/),
    ]);
  });
});

describe('git/eol-attributes', () => {
  it('reports shell scripts without an eol=lf rule, once, and accepts a covering rule', async () => {
    const dir = repo({ 'scripts/a.sh': 'x\n', 'b.bash': 'y\n' });
    const r = await lintDir(dir, { only: ['git/eol-attributes'] });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.message).toMatch(/^2 shell scripts/);
    const ok = repo({ 'scripts/a.sh': 'x\n', '.gitattributes': '* text=auto eol=lf\n' });
    expect((await lintDir(ok, { only: ['git/eol-attributes'] })).findings).toEqual([]);
    const partial = repo({ 'scripts/a.sh': 'x\n', 'b.bash': 'y\n', '.gitattributes': '*.sh text eol=lf\n' });
    const p = await lintDir(partial, { only: ['git/eol-attributes'] });
    expect(p.findings.map((f) => [f.file, f.message.slice(0, 30)])).toEqual([
      ['.gitattributes', '1 shell script (b.bash) has no'],
    ]);
  });

  it('text=auto alone or -text does not count', async () => {
    const dir = repo({ 'a.sh': 'x\n', '.gitattributes': '* text=auto\n*.sh -text eol=lf\n' });
    expect((await lintDir(dir, { only: ['git/eol-attributes'] })).findings).toHaveLength(1);
  });
});

describe('git/committed-checkpoint', () => {
  it('reports weights in the tree but not test fixtures', async () => {
    const dir = repo({ 'best.pth': 'x', 'test/fixtures/tiny.pt': 'x', 'data.bin': 'x' });
    const r = await lintDir(dir, { only: ['git/committed-checkpoint'] });
    expect(r.findings.map((f) => f.file)).toEqual(['best.pth']);
  });
});

describe('suppressions', () => {
  it('an inline tenant: ignore[rule] on the line drops that finding only', async () => {
    const dir = repo({
      'a.py':
        'import torch\ntorch.save(m, "/tmp/a.pt")  # tenant: ignore[ckpt/volatile-path]\ntorch.save(m, "/tmp/b.pt")  # tenant: ignore[ckpt/non-atomic]\n',
    });
    const r = await lintDir(dir, { only: ['ckpt/volatile-path'] });
    expect(r.findings.map((f) => f.line)).toEqual([3]);
  });

  it('several ids in one comment, in shell and YAML', async () => {
    const dir = repo({
      's.sh':
        '#!/bin/bash\nset -u\nnohup python t.py --output_dir /tmp/x &  # tenant: ignore[shell/nohup-no-redirect, ckpt/volatile-path]\n',
      'c.yaml': 'output_dir: /tmp/o  # tenant: ignore[ckpt/volatile-path]\n',
    });
    const r = await lintDir(dir, { only: ['shell/nohup-no-redirect', 'ckpt/volatile-path'] });
    expect(r.findings).toEqual([]);
  });

  it('an unknown rule id in a suppression comment is an error finding', async () => {
    const dir = repo({ 'a.py': 'x = 1  # tenant: ignore[ckpt/volatile-pth]\n' });
    const r = await lintDir(dir);
    expect(r.findings.map((f) => [f.rule, f.severity, f.line])).toEqual([['lint/unknown-rule', 'error', 1]]);
    expect(r.findings[0]?.message).toMatch(/ckpt\/volatile-pth/);
  });
});

describe('.tenant.yml', () => {
  it('parses severities, profiles, ignores, durable prefixes and fail-on', () => {
    const c = parseLintConfig(
      'lint:\n  rules:\n    shell/no-strict-mode: off\n    ckpt/non-atomic: error\n  profiles: [runpod]\n  ignore: ["test/**"]\n  durable: [/mnt/nfs]\n  fail-on: warning\nlaunch: {anything: 1}\n',
      '.tenant.yml',
    );
    expect(c).toEqual({
      rules: { 'shell/no-strict-mode': 'off', 'ckpt/non-atomic': 'error' },
      profiles: ['runpod'],
      ignore: ['test/**'],
      durable: ['/mnt/nfs'],
      failOn: 'warning',
    });
  });

  it.each([
    ['lint:\n  rules:\n    shell/crlff: off\n', /unknown rule 'shell\/crlff'.*known rules: shell\/crlf/],
    ['lint:\n  rulez: {}\n', /unknown key 'rulez'/],
    ['lint:\n  rules:\n    shell/crlf: fatal\n', /lint\.rules\.shell\/crlf: must be one of error, warning, info, off/],
    ['lint:\n  fail-on: sometimes\n', /fail-on: must be one of error, warning, info, never/],
    ['lint:\n  durable: [relative/dir]\n', /absolute path/],
    ['lint: [\n', /malformed YAML/],
  ])('rejects %j', (text, message) => {
    expect(() => parseLintConfig(text, '.tenant.yml')).toThrow(ConfigurationError);
    expect(() => parseLintConfig(text, '.tenant.yml')).toThrow(message);
  });

  it('severity overrides, off, ignore globs and durable prefixes apply', async () => {
    const dir = repo({
      'a.py': CKPT,
      'vendor/b.py': CKPT,
      'c.py': 'import torch\ntorch.save(m, "/tmp/keep/x.pt")\n',
      '.tenant.yml':
        'lint:\n  rules:\n    ckpt/volatile-path: warning\n    ckpt/non-atomic: off\n  ignore: [vendor/]\n  durable: [/tmp/keep]\n',
    });
    const r = await runLint({ root: dir }, fsDeps);
    expect(r.findings.map((f) => [f.file, f.rule, f.severity])).toEqual([['a.py', 'ckpt/volatile-path', 'warning']]);
  });

  it('a --config file that does not exist is a configuration error', async () => {
    const dir = repo({});
    await expect(runLint({ root: dir, configFile: 'nope.yml' }, fsDeps)).rejects.toThrow(/nope\.yml does not exist/);
  });
});

describe('profiles', () => {
  it('adds the platform paths: RunPod container disk is an error, /workspace (lost only on destroy) a warning', async () => {
    const dir = repo({ 'a.py': 'import torch\ntorch.save(m, "/root/ck/a.pt")\ntorch.save(m, "/workspace/ck/b.pt")\n' });
    const plain = await runLint({ root: dir }, fsDeps);
    expect(plain.findings.filter((f) => f.rule === 'ckpt/volatile-path')).toEqual([]);
    const r = await runLint({ root: dir, profiles: ['runpod'] }, fsDeps);
    const found = r.findings.filter((f) => f.rule === 'ckpt/volatile-path');
    expect(found.map((f) => [f.line, f.severity])).toEqual([
      [2, 'error'],
      [3, 'warning'],
    ]);
    expect(found[0]?.message).toMatch(/RunPod loses it on a stop/);
    expect(found[1]?.message).toMatch(/RunPod loses it on a destroy.*survives a stop/);
  });

  it("AutoDL's data disk survives a stop but not a release: a warning that says so", async () => {
    const p = profilePaths(loadProfile('autodl'));
    const dataDisk = p.volatile.find((v) => v.path === '/root/autodl-tmp');
    expect(dataDisk?.lostOn).toEqual(['destroy']);
    const dir = repo({
      'a.py':
        'import torch\ntorch.save(m, "/root/autodl-tmp/ck/latest.pt")\ntorch.save(m, "/root/autodl-fs/ck/latest.pt")\n',
    });
    const r = await runLint({ root: dir, profiles: ['autodl'] }, fsDeps);
    const found = r.findings.filter((f) => f.rule === 'ckpt/volatile-path');
    expect(found.map((f) => [f.line, f.severity])).toEqual([[2, 'warning']]);
    expect(found[0]?.message).toMatch(/loses it on a destroy/);
  });

  it('an unknown profile is a configuration error', async () => {
    await expect(runLint({ root: repo({}), profiles: ['nope'] }, fsDeps)).rejects.toThrow(ConfigurationError);
  });
});

describe('--fix', () => {
  it('CRLF → LF preserves every other byte (a lone CR, UTF-8, no final newline) and is idempotent', () => {
    const before = Buffer.from('#!/bin/bash\r\necho "é\rx"\r\nlast', 'utf8');
    const once = crlfToLf(before);
    expect(once?.toString('utf8')).toBe('#!/bin/bash\necho "é\rx"\nlast');
    expect(crlfToLf(once as Buffer)).toBeUndefined();
  });

  it('rewrites scripts, adds the .gitattributes rules, and a second run changes nothing', async () => {
    const dir = repo({
      'a.sh': '#!/bin/bash\r\nset -u\r\n',
      'tools/run': '#!/usr/bin/env bash\r\nset -u\r\n',
      '.gitattributes': '*.png binary',
    });
    const first = await runLint({ root: dir, fix: true }, fsDeps);
    expect(first.fixed.sort()).toEqual(['.gitattributes', 'a.sh', 'tools/run']);
    expect(first.findings.filter((f) => f.rule === 'shell/crlf' || f.rule === 'git/eol-attributes')).toEqual([]);
    expect(readFileSync(join(dir, 'a.sh'), 'utf8')).toBe('#!/bin/bash\nset -u\n');
    const attrs = readFileSync(join(dir, '.gitattributes'), 'utf8');
    expect(attrs).toMatch(/^\*\.png binary\n/);
    expect(attrs).toContain('*.sh text eol=lf\n');
    expect(attrs).toContain('/tools/run text eol=lf\n');
    const snapshot = [readFileSync(join(dir, 'a.sh')), readFileSync(join(dir, 'tools/run')), attrs];
    const second = await runLint({ root: dir, fix: true }, fsDeps);
    expect(second.fixed).toEqual([]);
    expect([
      readFileSync(join(dir, 'a.sh')),
      readFileSync(join(dir, 'tools/run')),
      readFileSync(join(dir, '.gitattributes'), 'utf8'),
    ]).toEqual(snapshot);
  });

  it('creates .gitattributes when there is none', async () => {
    const dir = repo({ 'a.sh': '#!/bin/bash\nset -u\n' });
    await runLint({ root: dir, fix: true }, fsDeps);
    expect(existsSync(join(dir, '.gitattributes'))).toBe(true);
  });
});

describe('failing threshold', () => {
  const f = (severity: 'error' | 'warning' | 'info') => ({
    rule: 'x',
    severity,
    file: 'a',
    line: 1,
    column: 1,
    message: '',
  });
  it('fails at or above fail-on, never with never', () => {
    expect(failsAt([f('warning')], 'error')).toBe(false);
    expect(failsAt([f('warning')], 'warning')).toBe(true);
    expect(failsAt([f('info')], 'warning')).toBe(false);
    expect(failsAt([f('error')], 'never')).toBe(false);
  });
});

describe('committed CRLF through the lister', () => {
  it('asks the lister about shell scripts only and reports a blob with CRLF under an LF working tree', async () => {
    const dir = repo({ 'a.sh': '#!/bin/sh\nset -u\n', 'b.py': 'x = 1\n' });
    let asked: readonly string[] = [];
    const r = await runLint(
      { root: dir },
      {
        ...fsDeps,
        indexCrlf: async (_root, paths) => {
          asked = paths;
          return new Set(['a.sh']);
        },
      },
    );
    expect(asked).toEqual(['a.sh']);
    expect(r.findings.filter((f) => f.rule === 'shell/crlf').map((f) => [f.file, f.line])).toEqual([['a.sh', 1]]);
  });
});
