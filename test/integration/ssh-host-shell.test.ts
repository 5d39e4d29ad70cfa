/**
 * The persistent remote shell of SshHost: used for small commands, robust to rc files that print, replaced
 * when a command wedges it, and never in the way of commands that need stdin. (The full Host contract runs
 * with and without it in host-contract.test.ts.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SshHost } from '../../src/adapters/ssh-host.js';
import { startSshd, type SshdHarness } from '../harness/sshd.js';

let sshd: SshdHarness;
let noisy: SshdHarness;
let slowRc: SshdHarness;
const rcDir = mkdtempSync(join(tmpdir(), 'tenant-rc-'));

beforeAll(async () => {
  sshd = await startSshd();
  // rc files as bash reads them for every command sshd runs ($BASH_ENV here): one that talks on both streams,
  // as conda/pyenv set-ups sometimes do, and one that is slow, as they often are.
  const noisyRc = join(rcDir, 'noisy-rc.sh');
  writeFileSync(noisyRc, 'echo rc-noise-out\necho rc-noise-err >&2\n');
  const slow = join(rcDir, 'slow-rc.sh');
  writeFileSync(slow, 'sleep 1\n');
  noisy = await startSshd({ sessionEnv: { BASH_ENV: noisyRc } });
  slowRc = await startSshd({ sessionEnv: { BASH_ENV: slow } });
});
afterAll(async () => {
  await sshd?.stop();
  await noisy?.stop();
  await slowRc?.stop();
  rmSync(rcDir, { recursive: true, force: true });
});

async function warm(host: SshHost): Promise<void> {
  // The first exec starts the shell in the background; wait until commands go through it.
  for (let i = 0; i < 50 && host.counters.shellExecs === 0; i++) {
    await host.exec({ argv: ['true'] });
    await new Promise((r) => setTimeout(r, 20));
  }
  expect(host.counters.shellExecs).toBeGreaterThan(0);
}

describe('SshHost persistent shell', () => {
  it('runs small commands through the shell and stdin commands on their own channel', async () => {
    const host = await SshHost.connect(sshd.settings());
    try {
      await warm(host);
      const before = { ...host.counters };
      const r = await host.exec({ script: 'echo "$0" "$$"; echo e >&2; exit 3' }, { env: { A: '1' }, cwd: '/tmp' });
      expect(r).toMatchObject({ code: 3, stderr: 'e\n' });
      expect(host.counters.shellExecs).toBe(before.shellExecs + 1);
      const withStdin = await host.exec({ argv: ['cat'] }, { stdin: 'via channel' });
      expect(withStdin.stdout).toBe('via channel');
      expect(host.counters.channelExecs).toBe(before.channelExecs + 1);
    } finally {
      await host.close();
    }
  });

  it('drops what rc files print while the shell starts, and keeps the pgid marker out of stderr either way', async () => {
    const host = await SshHost.connect(noisy.settings());
    try {
      // Plain channel: the login shell's rc noise comes first, as with `ssh host cmd`; our marker never shows.
      const first = await host.exec({ argv: ['echo', 'hello'] });
      expect(first.stdout).toBe('rc-noise-out\nhello\n');
      expect(first.stderr).toBe('rc-noise-err\n');
      await warm(host);
      const viaShell = await host.exec({ argv: ['echo', 'hello'] });
      expect(viaShell).toMatchObject({ code: 0, stdout: 'hello\n', stderr: '' });
    } finally {
      await host.close();
    }
  });

  it('kills a timed-out command through its group and keeps serving; replaces a shell the kill cannot free', async () => {
    const host = await SshHost.connect(sshd.settings());
    try {
      await warm(host);
      const t = await host.exec({ script: 'sleep 60; echo never' }, { timeoutMs: 500 });
      expect(t).toMatchObject({ timedOut: true, signal: 'KILL', code: null });
      const n = host.counters.shellExecs;
      expect((await host.exec({ argv: ['echo', 'still here'] })).stdout).toBe('still here\n');
      expect(host.counters.shellExecs).toBe(n + 1);

      // A process that escapes the group (its own setsid) and keeps stdout open: the kill cannot end the
      // command, so after the grace period the shell is dropped and the timeout reported.
      const wedge = await host.exec({ script: 'setsid sleep 20 & echo $!; wait' }, { timeoutMs: 300 });
      expect(wedge).toMatchObject({ timedOut: true });
      const escaped = Number(wedge.stdout.trim());
      await warm(host);
      expect((await host.exec({ argv: ['echo', 'new shell'] })).stdout).toBe('new shell\n');
      expect(await host.killGroup(escaped, 'KILL')).toBe(true);
    } finally {
      await host.close();
    }
  });

  it('pays the rc files once, not per command', async () => {
    const fast = await SshHost.connect(slowRc.settings());
    const slow = await SshHost.connect(slowRc.settings(), { persistentShell: false });
    try {
      await warm(fast);
      const time = async (h: SshHost): Promise<number> => {
        const t0 = performance.now();
        for (let i = 0; i < 3; i++) await h.exec({ argv: ['true'] });
        return (performance.now() - t0) / 3;
      };
      const a = await time(fast);
      const b = await time(slow);
      expect(b).toBeGreaterThan(1000);
      expect(a).toBeLessThan(b / 2);
    } finally {
      await fast.close();
      await slow.close();
    }
  });
});
