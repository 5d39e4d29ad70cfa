import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/cli/version.js';

const tenant = (...args: string[]) => spawnSync(process.execPath, ['bin/tenant.js', ...args], { encoding: 'utf8' });

describe('tenant CLI (built bundle)', () => {
  it('--version matches package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    const r = tenant('--version');
    expect(r.stdout.trim()).toBe(`tenant ${pkg.version}`);
    expect(JSON.parse(tenant('--version', '--json').stdout)).toEqual({ version: pkg.version });
  });

  it('--help lists the commands; no command is a usage error', () => {
    const r = tenant('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/profiles/);
    expect(tenant().status).toBe(2);
  });

  it('an unknown command exits 2 and says where to look', () => {
    const r = tenant('frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'frobnicate'.*tenant --help/);
  });

  it('profiles show --json prints one JSON document; unknown ids exit 2', () => {
    const r = tenant('profiles', 'show', 'autodl', '--json');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { id?: string; profile?: { id: string } };
    expect(doc.id ?? doc.profile?.id).toBe('autodl');
    const bad = tenant('profiles', 'show', 'nope');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/nope/);
  });
});
