import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

// Rebuilds every bundle into a temp dir and compares it with the committed dist/: the same as
// "npm run build leaves the git tree clean", without rewriting dist/ under the other tests' feet.
describe('npm run build', () => {
  it('reproduces the committed dist/ byte for byte, with no native addon in it', { timeout: 600_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), 'tenant-build-'));
    const res = spawnSync(process.execPath, ['scripts/build.mjs', '--out', out], { encoding: 'utf8' });
    expect(res.status, res.stderr).toBe(0);
    const built = files(out)
      .map((f) => relative(out, f))
      .sort();
    const committed = files('dist')
      .map((f) => relative('dist', f))
      .sort();
    expect(built).toEqual(committed);
    expect(built.filter((f) => f.endsWith('.node'))).toEqual([]);
    const stale = built.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join('dist', f))));
    expect(stale, 'stale bundles: run npm run build and commit dist/').toEqual([]);
    const tracked = spawnSync('git', ['ls-files', '--', 'dist'], { encoding: 'utf8' }).stdout.trim().split('\n').sort();
    expect(tracked.map((f) => relative('dist', f))).toEqual(committed);
  });
});
