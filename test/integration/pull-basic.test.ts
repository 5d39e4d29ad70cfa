import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHost } from '../../src/adapters/open-host.js';
import { pullTransport } from '../../src/adapters/pull-transport.js';
import { HostSource } from '../../src/core/transfer/host-source.js';
import { pull, type PullSettings } from '../../src/core/transfer/pull.js';
import { RecordingUi } from '../../src/core/ui.js';
import { startSshd, type SshdHarness } from '../harness/sshd.js';

let sshd: SshdHarness;
let work: string;
beforeAll(async () => {
  sshd = await startSshd();
  work = mkdtempSync(join(tmpdir(), 'tenant-pull-basic-'));
});
afterAll(async () => {
  await sshd?.stop();
  rmSync(work, { recursive: true, force: true });
});

function sha(p: string): string {
  return createHash('sha256').update(readFileSync(p)).digest('hex');
}

function makeTree(root: string): Record<string, string> {
  const files: Record<string, Buffer> = {
    'ckpt/step-100/model.bin': randomBytes(3 * 1024 * 1024 + 17),
    'ckpt/step-100/state.json': Buffer.from('{"step":100}'),
    'ckpt/empty': Buffer.alloc(0),
    'ckpt/big.bin': randomBytes(9 * 1024 * 1024 + 5),
  };
  const out: Record<string, string> = {};
  for (const [rel, data] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), data);
    out[rel] = createHash('sha256').update(data).digest('hex');
  }
  return out;
}

function settings(remote: string, dest: string, over: Partial<PullSettings> = {}): PullSettings {
  return {
    specs: [remote],
    dest,
    settleMs: 0,
    exclude: [],
    transfer: 'auto',
    retry: { attempts: 4, baseDelayMs: 50, maxDelayMs: 200 },
    maxVerifyFailures: 2,
    ...over,
  };
}

describe.each(['auto', 'stream', 'rsync'] as const)('pull (%s)', (mode) => {
  it('pulls a tree over SSH and verifies it', async () => {
    const remote = join(work, `remote-${mode}`);
    const hashes = makeTree(remote);
    const dest = join(work, `dest-${mode}`);
    const ui = new RecordingUi();
    const conn = sshd.settings();
    const host = await openHost(conn, ui);
    const hosts = new HostSource(() => openHost(conn, ui), host);
    const transport = await pullTransport(conn, host, { streams: 2, chunkBytes: 1024 * 1024 });
    try {
      const r = await pull(settings(join(remote, 'ckpt'), dest, { transfer: mode }), {
        hosts,
        engines: transport.engines,
        ui,
      });
      expect(r.verified, JSON.stringify(ui.lines)).toBe(true);
      for (const [rel, h] of Object.entries(hashes)) expect(sha(join(dest, rel)), rel).toBe(h);
      expect(r.manifest.files.map((f) => f.path).sort()).toEqual(Object.keys(hashes).sort());
      expect(existsSync(join(dest, '.tenant-pull', 'staging'))).toBe(false);
      const engines = new Set(r.files.map((f) => f.engine));
      if (mode === 'stream') expect([...engines]).toEqual(['stream']);
      if (mode === 'rsync') expect([...engines]).toEqual(['rsync']);
      if (mode === 'auto') expect([...engines]).toEqual(['stream']);
      // again: everything is already there
      const again = await pull(settings(join(remote, 'ckpt'), dest, { transfer: mode }), {
        hosts,
        engines: transport.engines,
        ui,
      });
      expect(again.verified).toBe(true);
      expect(again.files.every((f) => f.status === 'present')).toBe(true);
      expect(again.movedBytes).toBe(0);
    } finally {
      transport.dispose();
      await hosts.closeAll();
    }
  });
});

describe('pull without SSH and with an old rsync', () => {
  it('profile local pulls from this machine', async () => {
    const remote = join(work, 'remote-local');
    const hashes = makeTree(remote);
    const dest = join(work, 'dest-local');
    const ui = new RecordingUi();
    const conn = { profile: 'local', port: 22, hostKeyPolicy: 'strict' as const, connectTimeoutMs: 5000 };
    const host = await openHost(conn, ui);
    const hosts = new HostSource(() => openHost(conn, ui), host);
    const transport = await pullTransport(conn, host, { streams: 2, chunkBytes: 1024 * 1024 });
    try {
      const r = await pull(settings(join(remote, 'ckpt'), dest), { hosts, engines: transport.engines, ui });
      expect(r.verified).toBe(true);
      expect(r.host).toBe('local');
      for (const [rel, h] of Object.entries(hashes)) expect(sha(join(dest, rel)), rel).toBe(h);
    } finally {
      transport.dispose();
      await hosts.closeAll();
    }
  });

  it('an rsync older than 3.4.1 on the runner is never used: auto streams, rsync is refused saying why', async () => {
    const fake = join(work, 'old-rsync');
    writeFileSync(fake, '#!/bin/sh\necho "rsync  version 3.2.7  protocol version 31"\n', { mode: 0o755 });
    const remote = join(work, 'remote-oldrsync');
    const hashes = makeTree(remote);
    const ui = new RecordingUi();
    const conn = sshd.settings();
    const host = await openHost(conn, ui);
    const hosts = new HostSource(() => openHost(conn, ui), host);
    const transport = await pullTransport(conn, host, { streams: 2, rsyncBin: fake });
    try {
      expect(transport.rsyncVersion).toBe('3.2.7');
      const r = await pull(settings(join(remote, 'ckpt'), join(work, 'dest-oldrsync')), {
        hosts,
        engines: transport.engines,
        ui,
      });
      expect(r.verified).toBe(true);
      expect(r.files.every((f) => f.engine === 'stream')).toBe(true);
      for (const [rel, h] of Object.entries(hashes)) expect(sha(join(work, 'dest-oldrsync', rel))).toBe(h);
      await expect(
        pull(settings(join(remote, 'ckpt'), join(work, 'dest-oldrsync-2'), { transfer: 'rsync' }), {
          hosts,
          engines: transport.engines,
          ui,
        }),
      ).rejects.toThrow(/rsync 3\.2\.7 on the runner is older than 3\.4\.1.*CVE-2024.*install rsync ≥ 3\.4\.1/);
    } finally {
      transport.dispose();
      await hosts.closeAll();
    }
  });
});
