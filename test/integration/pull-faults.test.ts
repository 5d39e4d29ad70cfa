/**
 * pull against a real sshd and real rsync, with the faults the issue names: connections cut mid-transfer by a
 * proxy the test owns, a file corrupted on the runner between transfer and verify, a file still growing on
 * the box, and a box without rsync.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHost } from '../../src/adapters/open-host.js';
import { pullTransport } from '../../src/adapters/pull-transport.js';
import type { ConnectionSettings } from '../../src/core/host/connection.js';
import { HostSource } from '../../src/core/transfer/host-source.js';
import { pull, type PullDeps, type PullSettings } from '../../src/core/transfer/pull.js';
import { RecordingUi } from '../../src/core/ui.js';
import { startSshd, type SshdHarness } from '../harness/sshd.js';
import { startTcpProxy } from '../harness/tcp-proxy.js';

const MiB = 1024 * 1024;
let sshd: SshdHarness;
let work: string;

beforeAll(async () => {
  sshd = await startSshd();
  work = mkdtempSync(join(tmpdir(), 'tenant-pull-faults-'));
});
afterAll(async () => {
  await sshd?.stop();
  rmSync(work, { recursive: true, force: true });
});

function sha(p: string): string {
  return createHash('sha256').update(readFileSync(p)).digest('hex');
}

/** Writes files (relative path → size) with random bytes; returns their sha256. */
function makeFiles(root: string, files: Record<string, number>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [rel, size] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    const data = randomBytes(size);
    writeFileSync(join(root, rel), data);
    out[rel] = createHash('sha256').update(data).digest('hex');
  }
  return out;
}

function baseSettings(spec: string, dest: string, over: Partial<PullSettings> = {}): PullSettings {
  return {
    specs: [spec],
    dest,
    settleMs: 0,
    exclude: [],
    transfer: 'auto',
    retry: { attempts: 6, baseDelayMs: 100, maxDelayMs: 400 },
    maxVerifyFailures: 2,
    ...over,
  };
}

async function withPull<T>(
  conn: ConnectionSettings,
  fn: (deps: Omit<PullDeps, 'ui'>, ui: RecordingUi) => Promise<T>,
  options: { streams?: number; chunkBytes?: number; directMinBytes?: number } = {},
): Promise<T> {
  const ui = new RecordingUi();
  const host = await openHost(conn, ui);
  const hosts = new HostSource(() => openHost(conn, ui), host);
  const transport = await pullTransport(conn, host, {
    streams: options.streams ?? 2,
    chunkBytes: options.chunkBytes,
    directMinBytes: options.directMinBytes,
    ioTimeoutS: 30,
  });
  try {
    return await fn({ hosts, engines: transport.engines }, ui);
  } finally {
    transport.dispose();
    await hosts.closeAll();
  }
}

/** Pulls `files` through a proxy that cuts every connection at 30 % and 65 % of the bytes. */
async function pullThroughCuts(name: string, files: Record<string, number>, transfer: 'auto' | 'rsync'): Promise<void> {
  const remote = join(work, `box-${name}`);
  const hashes = makeFiles(remote, files);
  const total = Object.values(files).reduce((n, size) => n + size, 0);
  const proxy = await startTcpProxy(sshd.port);
  const conn = sshd.settings({ port: proxy.port, knownHosts: undefined, hostFingerprint: sshd.hostKeyFingerprint });
  const dest = join(work, `dest-${name}`);
  try {
    const cuts: number[] = [];
    const first = proxy.cutAtBytesToClient(Math.round(total * 0.3)).then(() => {
      cuts.push(proxy.bytesToClient);
      return proxy.cutAtBytesToClient(Math.round(total * 0.65)).then(() => cuts.push(proxy.bytesToClient));
    });
    const r = await withPull(conn, (deps, ui) =>
      pull(baseSettings(join(remote, 'run'), dest, { transfer }), { ...deps, ui }),
    );
    await Promise.race([first, new Promise((res) => setTimeout(res, 10))]);
    const resent = (proxy.bytesToClient - total) / total;
    console.log(
      `${name} (${transfer}): ${proxy.bytesToClient} bytes through the proxy for ${total} bytes of files (${(resent * 100).toFixed(2)} % extra), ${cuts.length} cuts, ${r.rounds} rounds`,
    );
    expect(cuts.length).toBeGreaterThanOrEqual(2);
    expect(r.verified).toBe(true);
    expect(r.interruptions).toBeGreaterThanOrEqual(1);
    for (const [rel, h] of Object.entries(hashes)) expect(sha(join(dest, rel)), rel).toBe(h);
    expect([...new Set(r.files.map((f) => f.engine))]).toEqual([transfer === 'rsync' ? 'rsync' : 'stream']);
    expect(resent).toBeLessThan(0.02);
  } finally {
    await proxy.close();
  }
}

describe('pull under faults', () => {
  it('pulls a 256 MiB checkpoint tree through two cut connections, every hash matching, < 2 % re-sent', async () => {
    await pullThroughCuts(
      '256',
      {
        'run/step-000100/model.safetensors': 80 * MiB,
        'run/step-000100/optimizer.pt': 40 * MiB,
        'run/step-000100/rng_state.pth': 14_213,
        'run/step-000100/trainer_state.json': 2_048,
        'run/step-000200/model.safetensors': 80 * MiB,
        'run/step-000200/optimizer.pt': 40 * MiB,
        'run/step-000200/rng_state.pth': 14_213,
        'run/step-000200/trainer_state.json': 2_111,
        'run/latest.pt': 16 * MiB - 4096 * 3,
      },
      'auto',
    );
  }, 240_000);

  it('transfer rsync resumes through two cuts as well (partial files kept aside)', async () => {
    await pullThroughCuts(
      'rsync-cuts',
      {
        'run/step-1/model.pt': 64 * MiB,
        'run/step-1/opt.pt': 32 * MiB,
        'run/step-2/model.pt': 64 * MiB,
        'run/state.json': 900,
      },
      'rsync',
    );
  }, 240_000);

  it('catches a file corrupted on the runner between transfer and verify, fetches it again', async () => {
    const remote = join(work, 'box-corrupt');
    const hashes = makeFiles(remote, { 'c/a.bin': 3 * MiB, 'c/b.bin': 6 * MiB, 'c/small.json': 300 });
    for (const transfer of ['rsync', 'stream'] as const) {
      const dest = join(work, `dest-corrupt-${transfer}`);
      const corrupted: string[] = [];
      const r = await withPull(sshd.settings(), (deps, ui) =>
        pull(baseSettings(join(remote, 'c'), dest, { transfer }), {
          ...deps,
          ui,
          afterStaged: (path, file) => {
            if (file.rel === 'c/a.bin' && corrupted.length === 0) {
              const buf = readFileSync(path);
              buf[12345] = (buf[12345] as number) ^ 0xff;
              writeFileSync(path, buf);
              corrupted.push(path);
            }
          },
        }).then((res) => {
          expect(ui.lines.some((l) => l.level === 'warning' && l.message.includes('c/a.bin failed verification'))).toBe(
            true,
          );
          return res;
        }),
      );
      expect(corrupted).toHaveLength(1);
      expect(r.verified).toBe(true);
      for (const [rel, h] of Object.entries(hashes)) expect(sha(join(dest, rel)), `${transfer} ${rel}`).toBe(h);
    }
    // Corrupted every time: reported by name, never moved into dest, and the pull is not verified.
    const dest = join(work, 'dest-corrupt-always');
    const r = await withPull(sshd.settings(), (deps, ui) =>
      pull(baseSettings(join(remote, 'c'), dest, { transfer: 'stream' }), {
        ...deps,
        ui,
        afterStaged: (path, file) => {
          if (file.rel === 'c/small.json') writeFileSync(path, 'tampered'.padEnd(300, '!'));
        },
      }).then((res) => {
        expect(ui.lines.some((l) => l.level === 'error' && l.message.startsWith('c/small.json:'))).toBe(true);
        return res;
      }),
    );
    expect(r.verified).toBe(false);
    expect(r.files.find((f) => f.rel === 'c/small.json')?.status).toBe('failed');
    expect(existsSync(join(dest, 'c/small.json'))).toBe(false);
    expect(sha(join(dest, 'c/a.bin'))).toBe(hashes['c/a.bin']);
  }, 120_000);

  it('skips a file still growing on the box and names it', async () => {
    const remote = join(work, 'box-growing');
    const hashes = makeFiles(remote, { 'g/done.pt': 2 * MiB, 'g/notes.txt': 100 });
    const growing = join(remote, 'g', 'latest.pt');
    writeFileSync(growing, randomBytes(64 * 1024));
    let writer: ChildProcess | undefined;
    try {
      writer = spawn('sh', ['-c', 'while :; do head -c 65536 /dev/urandom >> "$1"; sleep 0.05; done', 'w', growing], {
        stdio: 'ignore',
      });
      await new Promise((r) => setTimeout(r, 200));
      const dest = join(work, 'dest-growing');
      const r = await withPull(sshd.settings(), (deps, ui) =>
        pull(baseSettings(join(remote, 'g'), dest, { settleMs: 600 }), { ...deps, ui }).then((res) => {
          const warn = ui.lines.find((l) => l.level === 'warning' && l.message.includes(growing));
          expect(warn?.message).toMatch(/still being written/);
          return res;
        }),
      );
      expect(r.verified).toBe(true);
      expect(r.skipped.map((s) => s.remote)).toContain(growing);
      expect(r.manifest.files.map((f) => f.path).sort()).toEqual(Object.keys(hashes).sort());
      expect(existsSync(join(dest, 'g/latest.pt'))).toBe(false);
    } finally {
      if (writer?.pid) process.kill(writer.pid, 'SIGTERM');
    }
  }, 60_000);

  it('falls back to the stream when the box has no rsync, still verified', async () => {
    // A PATH for the box's sessions that has everything in /usr/bin and /bin except rsync.
    const bin = join(work, 'box-bin');
    mkdirSync(bin);
    for (const dir of ['/usr/bin', '/bin']) {
      for (const name of readdirSync(dir)) {
        if (name === 'rsync' || existsSync(join(bin, name))) continue;
        symlinkSync(join(dir, name), join(bin, name));
      }
    }
    // sshd honours only the first SetEnv line, so SHLVL (the harness's clean shell) goes on the same one.
    const noRsync = await startSshd({ cleanShell: false, extraConfig: [`SetEnv SHLVL=1 PATH=${bin}`] });
    try {
      expect(noRsync.ssh('command -v rsync || echo none').stdout.trim()).toBe('none');
      const remote = join(work, 'box-norsync');
      const hashes = makeFiles(remote, { 'n/model.bin': 5 * MiB, 'n/cfg.json': 512 });
      const dest = join(work, 'dest-norsync');
      // Asked for rsync, the box has none: the stream fallback, said in a notice.
      const r = await withPull(noRsync.settings(), (deps, ui) =>
        pull(baseSettings(join(remote, 'n'), dest, { transfer: 'rsync' }), { ...deps, ui }).then((res) => {
          expect(
            ui.lines.some((l) => l.level === 'notice' && /rsync is not installed on the box/.test(l.message)),
          ).toBe(true);
          return res;
        }),
      );
      expect(r.verified).toBe(true);
      expect(r.files.every((f) => f.engine === 'stream')).toBe(true);
      for (const [rel, h] of Object.entries(hashes)) expect(sha(join(dest, rel))).toBe(h);
      expect(r.notes.join(' ')).toMatch(/rsync is not installed on the box.*streamed instead/);
      // auto needs no rsync anywhere.
      const auto = await withPull(noRsync.settings(), (deps, ui) =>
        pull(baseSettings(join(remote, 'n'), join(work, 'dest-norsync-2')), { ...deps, ui }),
      );
      expect(auto.verified).toBe(true);
    } finally {
      await noRsync.stop();
    }
  }, 60_000);
});

describe('hostile names on the box', () => {
  function walk(root: string, rel = ''): string[] {
    const out: string[] = [];
    for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
      const child = rel === '' ? e.name : `${rel}/${e.name}`;
      if (child === '.tenant-pull') continue;
      if (e.isDirectory()) out.push(...walk(root, child));
      else out.push(child);
    }
    return out.sort();
  }

  it.each(['rsync', 'stream'] as const)(
    'cannot escape dest or become options (%s)',
    async (transfer) => {
      const remote = join(work, `box-hostile-${transfer}`);
      const canary = join(work, `PWNED-${transfer}`);
      const names = [
        '-rf',
        '--delete',
        `--rsync-path=touch ${canary}`,
        '-e sh -c id',
        'a b  c',
        'new\nline',
        'tab\there',
        '..foo',
        'foo..',
        `quote'"$(touch ${canary})\`touch ${canary}\``,
        'back\\slash',
        'ünïcødé ✓',
        '-x dir/inner',
        '--files-from=x/y',
      ];
      const top = '-rf top';
      const hashes = makeFiles(join(remote, top), Object.fromEntries(names.map((n, i) => [n, 1000 + i * 4097])));
      symlinkSync('/etc/passwd', join(remote, top, 'escape'));
      symlinkSync('/etc', join(remote, top, 'linkdir'));
      const dest = join(work, `dest-hostile-${transfer}`);
      const r = await withPull(sshd.settings(), (deps, ui) =>
        pull(baseSettings(join(remote, top), dest, { transfer }), { ...deps, ui }),
      );
      expect(r.verified).toBe(true);
      expect(walk(dest)).toEqual(names.map((n) => `${top}/${n}`).sort());
      for (const n of names) expect(sha(join(dest, top, n)), JSON.stringify(n)).toBe(hashes[n]);
      expect(r.skipped.map((s) => s.reason).sort()).toEqual(['symlink', 'symlink']);
      expect(existsSync(canary)).toBe(false);
      expect(readdirSync(work).filter((n) => n.startsWith('PWNED'))).toEqual([]);
      // The manifest's SHA256SUMS is readable by sha256sum -c, escapes included.
      const check = spawnSync('sha256sum', ['-c', '--quiet', join(dest, '.tenant-pull', 'SHA256SUMS')], {
        cwd: dest,
        encoding: 'utf8',
      });
      expect(check.status, check.stdout + check.stderr).toBe(0);
    },
    60_000,
  );
});

describe('files that change under the pull', () => {
  it.each(['rsync', 'stream'] as const)(
    'a file deleted or rewritten after the listing is skipped and named (%s)',
    async (transfer) => {
      const remote = join(work, `box-rotate-${transfer}`);
      const hashes = makeFiles(remote, { 'r/step-3.pt': 300_000, 'r/step-1.pt': 200_000, 'r/step-2.pt': 250_000 });
      const dest = join(work, `dest-rotate-${transfer}`);
      const r = await withPull(sshd.settings(), (deps, ui) =>
        pull(baseSettings(join(remote, 'r'), dest, { transfer }), {
          ...deps,
          ui,
          afterListed: () => {
            rmSync(join(remote, 'r/step-1.pt'));
            writeFileSync(join(remote, 'r/step-2.pt'), randomBytes(10));
          },
        }).then((res) => {
          const named = ui.lines
            .filter((l) => l.level === 'warning' && l.message.startsWith('skipped '))
            .map((l) => l.message);
          expect(named.some((m) => m.includes('step-1.pt') && /vanished/.test(m))).toBe(true);
          expect(named.some((m) => m.includes('step-2.pt') && /changed/.test(m))).toBe(true);
          return res;
        }),
      );
      expect(r.verified).toBe(true);
      expect(r.manifest.files.map((f) => f.path)).toEqual(['r/step-3.pt']);
      expect(sha(join(dest, 'r/step-3.pt'))).toBe(hashes['r/step-3.pt']);
      expect(existsSync(join(dest, 'r/step-1.pt'))).toBe(false);
      expect(existsSync(join(dest, 'r/step-2.pt'))).toBe(false);
      expect(
        r.files
          .filter((f) => f.status === 'changed')
          .map((f) => f.rel)
          .sort(),
      ).toEqual(['r/step-1.pt', 'r/step-2.pt']);
    },
    60_000,
  );
});

describe('large files written by ssh straight into the file', () => {
  it('verifies them, catches a corrupted one, and skips one that vanished', async () => {
    const remote = join(work, 'box-direct');
    const hashes = makeFiles(remote, {
      'd/a.bin': 3 * MiB + 7,
      'd/b.bin': 2 * MiB,
      'd/gone.bin': 2 * MiB,
      'd/small.json': 10,
    });
    const dest = join(work, 'dest-direct');
    let corrupted = 0;
    const r = await withPull(
      sshd.settings(),
      (deps, ui) =>
        pull(baseSettings(join(remote, 'd'), dest), {
          ...deps,
          ui,
          afterListed: () => rmSync(join(remote, 'd/gone.bin')),
          afterStaged: (path, file) => {
            if (file.rel === 'd/a.bin' && corrupted++ === 0) {
              const buf = readFileSync(path);
              buf[3 * MiB] = (buf[3 * MiB] as number) ^ 1;
              writeFileSync(path, buf);
            }
          },
        }).then((res) => {
          expect(
            ui.lines.some((l) => l.level === 'warning' && l.message.startsWith('d/a.bin failed verification')),
          ).toBe(true);
          return res;
        }),
      { directMinBytes: 1 * MiB },
    );
    expect(r.verified).toBe(true);
    expect(corrupted).toBe(2);
    for (const rel of ['d/a.bin', 'd/b.bin', 'd/small.json']) expect(sha(join(dest, rel)), rel).toBe(hashes[rel]);
    expect(r.files.find((f) => f.rel === 'd/gone.bin')?.status).toBe('changed');
    expect(existsSync(join(dest, 'd/gone.bin'))).toBe(false);
  }, 60_000);
});
