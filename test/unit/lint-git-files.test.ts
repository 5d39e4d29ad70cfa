/** The git file lister: tracked and untracked-not-ignored files, modes, committed CRLF, attributes with spaces. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexCrlf, listFiles, relativePaths } from '../../src/adapters/git-files.js';

describe('listFiles', () => {
  it('lists what git tracks and untracked files it does not ignore, with mode and index line endings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenant-git-files-'));
    mkdirSync(join(dir, 'scripts'));
    writeFileSync(join(dir, '.gitattributes'), '*.sh text eol=lf\n');
    writeFileSync(join(dir, '.gitignore'), 'ignored/\n');
    writeFileSync(join(dir, 'scripts/run.sh'), '#!/bin/sh\n', { mode: 0o755 });
    writeFileSync(join(dir, 'win.bat'), 'echo\r\n');
    writeFileSync(join(dir, 'new file.py'), 'x = 1\n');
    mkdirSync(join(dir, 'ignored'));
    writeFileSync(join(dir, 'ignored/x.py'), '');
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['add', '.gitattributes', '.gitignore', 'scripts/run.sh', 'win.bat'], { cwd: dir });
    const files = await listFiles(dir, []);
    expect(files.map((f) => f.path)).toEqual([
      '.gitattributes',
      '.gitignore',
      'new file.py',
      'scripts/run.sh',
      'win.bat',
    ]);
    expect(files.find((f) => f.path === 'scripts/run.sh')).toEqual({ path: 'scripts/run.sh', executable: true });
    expect([...(await indexCrlf(dir, ['win.bat', 'scripts/run.sh', 'new file.py']))]).toEqual(['win.bat']);
    expect((await listFiles(dir, ['scripts'])).map((f) => f.path)).toEqual(['scripts/run.sh']);
  });

  it('tells tracked from untracked records of the one listing, names with tabs and spaces included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenant-git-files-'));
    writeFileSync(join(dir, 'tracked\tname.sh'), '#!/bin/sh\n', { mode: 0o755 });
    writeFileSync(join(dir, 'untracked\tname.sh'), '#!/bin/sh\n', { mode: 0o755 });
    writeFileSync(join(dir, '100644 x 0\tlooks-staged.py'), '');
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['add', 'tracked\tname.sh'], { cwd: dir });
    expect(await listFiles(dir, [])).toEqual([
      { path: '100644 x 0\tlooks-staged.py' },
      { path: 'tracked\tname.sh', executable: true },
      { path: 'untracked\tname.sh' },
    ]);
  });

  it('walks the directory outside a git work tree', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenant-git-files-'));
    mkdirSync(join(dir, 'node_modules/x'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/x/a.py'), '');
    writeFileSync(join(dir, 'b.py'), '');
    expect((await listFiles(dir, [])).map((f) => f.path)).toEqual(['b.py']);
  });

  it('makes command-line paths relative to the root', () => {
    expect(relativePaths('/r', ['/r/a/b', './c/', '.', 'd'])).toEqual(['a/b', 'c', 'd']);
  });
});
