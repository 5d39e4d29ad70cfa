/**
 * SshHost when the network drops (the harness TCP proxy cuts every live connection): pending and later calls
 * fail with HostError('ECONNLOST') instead of hanging or crashing the process, and a caller that opens a new
 * host resumes `stream` from its last offset with nothing repeated and nothing lost.
 */
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SshHost } from '../../src/adapters/ssh-host.js';
import { HostError } from '../../src/core/errors.js';
import type { ConnectionSettings } from '../../src/core/host/connection.js';
import { startSshd, type SshdHarness } from '../harness/sshd.js';
import { startTcpProxy, type TcpProxy } from '../harness/tcp-proxy.js';

let sshd: SshdHarness;
let proxy: TcpProxy;
let settings: ConnectionSettings;
const dir = mkdtempSync(join(tmpdir(), 'tenant-drop-'));

beforeAll(async () => {
  sshd = await startSshd();
  proxy = await startTcpProxy(sshd.port);
  settings = sshd.settings({ port: proxy.port, knownHosts: undefined, hostFingerprint: sshd.hostKeyFingerprint });
});
afterAll(async () => {
  await proxy?.close();
  await sshd?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('SshHost over a connection that drops', () => {
  it('fails a running exec and every later call with ECONNLOST', async () => {
    const host = await SshHost.connect(settings);
    const running = host.exec(
      { script: 'echo started; sleep 30' },
      { onStdout: () => setTimeout(() => proxy.cut(), 50) },
    );
    const err = await running.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe('ECONNLOST');
    await expect(host.exec({ argv: ['true'] })).rejects.toMatchObject({ code: 'ECONNLOST' });
    await expect(host.readFile('/etc/hostname')).rejects.toMatchObject({ code: 'ECONNLOST' });
    await host.close();
    await host.close();
  });

  it('resumes a followed log on a new connection from the last offset, without duplicates or losses', async () => {
    const path = join(dir, 'train.log');
    writeFileSync(path, '');
    const total = 400;
    let next = 0;
    const writer = setInterval(() => {
      for (let i = 0; i < 5 && next < total; i++, next++)
        appendFileSync(path, `step ${next} loss ${(1 / (next + 1)).toFixed(5)}\n`);
    }, 5);
    const seen: string[] = [];
    let offset = 0;
    let drops = 0;
    let host = await SshHost.connect(settings);
    try {
      for (;;) {
        try {
          for await (const l of host.stream(path, { offset, pollMs: 10, until: () => next >= total })) {
            seen.push(l.line);
            offset = l.offset;
            // Drop the network twice, part-way through.
            if ((seen.length === 100 && drops === 0) || (seen.length === 250 && drops === 1)) {
              drops++;
              proxy.cut();
            }
          }
          break;
        } catch (e) {
          expect(e).toBeInstanceOf(HostError);
          expect((e as HostError).code).toBe('ECONNLOST');
          await host.close();
          host = await SshHost.connect(settings);
        }
      }
    } finally {
      clearInterval(writer);
      await host.close();
    }
    expect(drops).toBe(2);
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => `step ${i} loss ${(1 / (i + 1)).toFixed(5)}`));
  });

  it('notices a dead connection through a channel-open deadline instead of hanging', async () => {
    const host = await SshHost.connect({ ...settings, connectTimeoutMs: 1500 });
    proxy.blackhole(true);
    try {
      const started = Date.now();
      const err = await host.exec({ argv: ['true'] }).catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(err).toMatchObject({ code: 'ECONNLOST' });
    } finally {
      proxy.blackhole(false);
      await host.close();
    }
  });
});
