import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import { prepareOpenSsh, runOpenSsh, SSH_CIPHERS } from '../../src/adapters/openssh-client.js';
import { startSshd, type SshdHarness } from '../harness/sshd.js';

let sshd: SshdHarness;
beforeAll(async () => {
  sshd = await startSshd();
});
afterAll(async () => {
  await sshd?.stop();
});

describe('OpenSSH client adapter', () => {
  it('connects with a known_hosts pin, negotiates aes128-gcm, and removes its temp dir', async () => {
    const client = prepareOpenSsh(sshd.settings());
    try {
      expect(statSync(client.dir).mode & 0o777).toBe(0o700);
      expect(statSync(`${client.dir}/id`).mode & 0o777).toBe(0o600);
      const r = await runOpenSsh(client, 'printf %s "$SSH_CONNECTION"; echo; echo ok');
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain('ok');
      // the negotiated cipher shows in ssh -v
      const [cmd, ...args] = client.sshArgv('true');
      const { spawnSync } = await import('node:child_process');
      const v = spawnSync(cmd as string, ['-v', ...args], { encoding: 'utf8' });
      expect(v.stderr).toMatch(/cipher: aes128-gcm@openssh.com/);
      expect(SSH_CIPHERS[0]).toBe('aes128-gcm@openssh.com');
    } finally {
      client.dispose();
    }
    expect(existsSync(client.dir)).toBe(false);
  });

  it('pins by fingerprint through ssh-keyscan, and refuses a key that does not match', async () => {
    const ok = prepareOpenSsh(sshd.settings({ knownHosts: undefined, hostFingerprint: sshd.hostKeyFingerprint }));
    try {
      const r = await runOpenSsh(ok, 'echo pinned');
      expect(r.stdout.trim()).toBe('pinned');
    } finally {
      ok.dispose();
    }
    expect(() =>
      prepareOpenSsh(sshd.settings({ knownHosts: undefined, hostFingerprint: sshd.otherHostKeyFingerprint })),
    ).toThrow(/matches the pinned/);
  });

  it('fails closed when known_hosts holds another key (never StrictHostKeyChecking=no)', async () => {
    const client = prepareOpenSsh(sshd.settings({ knownHosts: sshd.otherHostKeyLine }));
    try {
      const r = await runOpenSsh(client, 'echo should-not-run');
      expect(r.code).toBe(255);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/host key|HOST IDENTIFICATION/i);
    } finally {
      client.dispose();
    }
  });

  it('uses a passphrase-protected key through askpass', async () => {
    const k = sshd.clientKeys.ed25519Passphrase;
    const client = prepareOpenSsh(sshd.settings({ privateKey: k.text, passphrase: k.passphrase }));
    try {
      const r = await runOpenSsh(client, 'echo with-passphrase');
      expect(r.stdout.trim()).toBe('with-passphrase');
    } finally {
      client.dispose();
    }
  });
});
