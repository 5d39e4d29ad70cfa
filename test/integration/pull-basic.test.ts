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
    bigFileBytes: 8 * 1024 * 1024,
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
      if (mode === 'auto') expect(engines).toEqual(new Set(['rsync', 'stream']));
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
