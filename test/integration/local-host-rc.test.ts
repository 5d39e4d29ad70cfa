import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalHost } from '../../src/adapters/local-host.js';

const saved = { HOME: process.env.HOME, SHLVL: process.env.SHLVL };
afterEach(() => {
  process.env.HOME = saved.HOME;
  if (saved.SHLVL === undefined) delete process.env.SHLVL;
  else process.env.SHLVL = saved.SHLVL;
});

describe('LocalHost and the user rc files', () => {
  it('never sources ~/.bashrc, even with SHLVL unset (as under a bare runner)', async () => {
    const home = mkdtempSync(join(tmpdir(), 'tenant-home-'));
    const marker = join(home, 'bashrc-ran');
    writeFileSync(join(home, '.bashrc'), `touch ${marker}\n`);
    writeFileSync(join(home, '.bash_profile'), `touch ${marker}\n`);
    process.env.HOME = home;
    delete process.env.SHLVL;
    const host = new LocalHost();
    try {
      const r = await host.exec({ argv: ['printf', '%s', 'ok'] });
      expect(r.stdout).toBe('ok');
      await host.exec({ script: 'echo "$HOME"' });
      expect(existsSync(marker)).toBe(false);
    } finally {
      await host.close();
    }
  });
});
