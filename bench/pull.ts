/**
 * pull against the raw streams it must keep up with, all on loopback against the harness sshd, measured in the
 * same run and interleaved (this machine's speed drifts by ~20 %: perf-baselines §4.7):
 *
 *   1 GiB file     `ssh -c aes128-gcm@openssh.com host cat F > out`      vs  tenant pull (auto; and rsync)
 *   20,000 × 4 KiB `ssh host tar cf - DIR | tar xf -`                     vs  tenant pull (auto = streams; and rsync)
 *   resume         cut every connection once 40 % of the 1 GiB crossed a proxy; bytes that cross it after the
 *                  cut ÷ bytes that were still missing
 *
 * tenant pull runs in this process (Node start-up, ~0.2 s, excluded; the baselines pay no interpreter either)
 * and does everything it does for a user: list on the box, hash on the box, transfer, verify every file
 * against the box's sha256, move into place, write the manifest. The baselines verify nothing.
 * Targets (issue 4): ≥ 0.90× the raw stream, ≥ 0.80× tar, ≤ 1.02× the missing bytes.
 *
 * Run: `npx tsx bench/pull.ts [RUNS]` (default 3).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runPull } from '../src/adapters/run-pull.js';
import { PULL_DEFAULTS, type PullRequest } from '../src/core/transfer/pull-request.js';
import type { TransferMode } from '../src/core/transfer/pull.js';
import { RecordingUi } from '../src/core/ui.js';
import { startSshd, type SshdHarness } from '../test/harness/sshd.js';
import { startTcpProxy } from '../test/harness/tcp-proxy.js';

const RUNS = Number(process.argv[2] ?? 3);
const GiB = 1024 ** 3;
const SMALL_FILES = 20_000;
const SMALL_SIZE = 4096;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const mbps = (bytes: number, s: number): string => `${(bytes / 1e6 / s).toFixed(0)} MB/s`;

function sh(cmd: string, args: string[], opts: { stdoutFile?: string } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const fd = opts.stdoutFile ? openSync(opts.stdoutFile, 'w') : 'ignore';
    const child = spawn(cmd, args, { stdio: ['ignore', fd, 'pipe'] });
    if (typeof fd === 'number') closeSync(fd);
    let err = '';
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} exited ${code}: ${err.slice(-400)}`)),
    );
  });
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return (performance.now() - t0) / 1000;
}

function request(sshd: SshdHarness, spec: string, dest: string, transfer: TransferMode, port = sshd.port): PullRequest {
  return {
    connection: sshd.settings({ port, knownHosts: undefined, hostFingerprint: sshd.hostKeyFingerprint }),
    specs: [spec],
    dest,
    destInput: dest,
    transfer,
    streams: PULL_DEFAULTS.streams,
    exclude: [],
    settleMs: PULL_DEFAULTS.settleMs,
    attempts: PULL_DEFAULTS.attempts,
    verifyTimeoutMs: PULL_DEFAULTS.verifyTimeoutMs,
    allowPartial: false,
  };
}

const phases: Record<string, number[][]> = {};

async function tenantPull(req: PullRequest, label = ''): Promise<void> {
  const out = await runPull(req, { ui: new RecordingUi(), retry: { baseDelayMs: 200 } });
  if (label) {
    const t = out.result.timings;
    (phases[label] ??= []).push([t.listed, t.hashed, t.transferred, t.verified, t.done]);
  }
  if (process.env.BENCH_PHASES) console.log(`  ${req.transfer} ${req.specs[0]}: ${JSON.stringify(out.result.timings)}`);
  if (!out.ok)
    throw new Error(
      `pull did not verify: ${JSON.stringify(out.result.files.filter((f) => f.status === 'failed').slice(0, 3))}`,
    );
}

async function main(): Promise<void> {
  const sshd = await startSshd();
  const work = mkdtempSync(join(tmpdir(), 'tenant-bench-pull-'));
  const old = new Date(Date.now() - 3600_000);
  try {
    console.log(`preparing 1 GiB file and ${SMALL_FILES} × ${SMALL_SIZE} B files in ${work} …`);
    const src = join(work, 'src');
    mkdirSync(join(src, 'big'), { recursive: true });
    const bigPath = join(src, 'big', 'model.bin');
    const fd = openSync(bigPath, 'w');
    for (let i = 0; i < 64; i++) writeFileSync(fd, randomBytes(GiB / 64));
    closeSync(fd);
    utimesSync(bigPath, old, old);
    const small = join(src, 'small');
    for (let d = 0; d < 100; d++) {
      const dir = join(small, `d${String(d).padStart(3, '0')}`);
      mkdirSync(dir, { recursive: true });
      const blob = randomBytes(SMALL_SIZE * (SMALL_FILES / 100));
      for (let f = 0; f < SMALL_FILES / 100; f++) {
        const p = join(dir, `f${String(f).padStart(5, '0')}`);
        writeFileSync(p, blob.subarray(f * SMALL_SIZE, (f + 1) * SMALL_SIZE));
        utimesSync(p, old, old);
      }
    }
    await sh('cat', [bigPath], { stdoutFile: '/dev/null' });
    const ssh = (...cmd: string[]): string[] => ['-c', 'aes128-gcm@openssh.com', ...sshd.sshArgs(), ...cmd];

    let n = 0;
    const fresh = (): string => join(work, `dst-${++n}`);
    const t: Record<string, number[]> = { cat: [], pullBig: [], rsyncBig: [], tar: [], pullTree: [], rsyncTree: [] };
    for (let run = 1; run <= RUNS; run++) {
      // Big file: baseline, tenant auto, tenant rsync-only. Each into a new folder, removed after.
      let d = fresh();
      mkdirSync(d);
      t.cat?.push(await timed(() => sh('ssh', ssh('cat', bigPath), { stdoutFile: join(d, 'model.bin') })));
      rmSync(d, { recursive: true, force: true });
      d = fresh();
      t.pullBig?.push(await timed(() => tenantPull(request(sshd, join(src, 'big'), d, 'auto'), 'big auto')));
      rmSync(d, { recursive: true, force: true });
      d = fresh();
      t.rsyncBig?.push(await timed(() => tenantPull(request(sshd, join(src, 'big'), d, 'rsync'), 'big rsync')));
      rmSync(d, { recursive: true, force: true });
      // Small files: new folders every time (no delete-then-create on ext4, perf-baselines §2).
      d = fresh();
      mkdirSync(d);
      const tarCmd = `ssh ${ssh('tar', 'cf', '-', '-C', src, 'small')
        .map((a) => `'${a.replace(/'/g, `'\\''`)}'`)
        .join(' ')} | tar xf - -C '${d}'`;
      t.tar?.push(await timed(() => sh('bash', ['-c', tarCmd])));
      t.pullTree?.push(await timed(() => tenantPull(request(sshd, small, fresh(), 'auto'), 'tree auto')));
      t.rsyncTree?.push(await timed(() => tenantPull(request(sshd, small, fresh(), 'rsync'), 'tree rsync')));
      console.log(
        `run ${run}: ${Object.entries(t)
          .map(([k, v]) => `${k} ${(v.at(-1) ?? NaN).toFixed(2)}s`)
          .join('  ')}`,
      );
    }

    // Resume: cut every connection once 40 % of the file crossed the proxy.
    const proxy = await startTcpProxy(sshd.port);
    let atCut = 0;
    const cut = proxy.cutAtBytesToClient(Math.round(0.4 * GiB)).then(() => (atCut = proxy.bytesToClient));
    const d = fresh();
    const resumeS = await timed(() => tenantPull(request(sshd, join(src, 'big'), d, 'auto', proxy.port)));
    await Promise.race([cut, new Promise((r) => setTimeout(r, 10))]);
    const after = proxy.bytesToClient - atCut;
    const missing = GiB - atCut;
    await proxy.close();
    rmSync(d, { recursive: true, force: true });

    const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)])) as Record<string, number> as {
      cat: number;
      pullBig: number;
      rsyncBig: number;
      tar: number;
      pullTree: number;
      rsyncTree: number;
    };
    const treeBytes = SMALL_FILES * SMALL_SIZE;
    const rows: [string, string, string][] = [
      ['1 GiB: ssh -c aes128-gcm cat (baseline)', `${m.cat.toFixed(2)} s`, mbps(GiB, m.cat)],
      [
        '1 GiB: tenant pull (auto: ssh into the file)',
        `${m.pullBig.toFixed(2)} s`,
        `${mbps(GiB, m.pullBig)}  ratio ${(m.cat / m.pullBig).toFixed(2)}× (target ≥ 0.90)`,
      ],
      [
        '1 GiB: tenant pull (transfer rsync)',
        `${m.rsyncBig.toFixed(2)} s`,
        `${mbps(GiB, m.rsyncBig)}  ratio ${(m.cat / m.rsyncBig).toFixed(2)}×`,
      ],
      [
        '20k × 4 KiB: ssh tar c | tar x (baseline)',
        `${m.tar.toFixed(2)} s`,
        `${(SMALL_FILES / m.tar).toFixed(0)} files/s`,
      ],
      [
        '20k × 4 KiB: tenant pull (auto: streams)',
        `${m.pullTree.toFixed(2)} s`,
        `${(SMALL_FILES / m.pullTree).toFixed(0)} files/s  ratio ${(m.tar / m.pullTree).toFixed(2)}× (target ≥ 0.80)`,
      ],
      [
        '20k × 4 KiB: tenant pull (transfer rsync)',
        `${m.rsyncTree.toFixed(2)} s`,
        `${(SMALL_FILES / m.rsyncTree).toFixed(0)} files/s  ratio ${(m.tar / m.rsyncTree).toFixed(2)}×`,
      ],
      [
        'resume after a cut at 40 % (1 GiB)',
        `${resumeS.toFixed(2)} s`,
        `${(after / 1e6).toFixed(1)} MB crossed after the cut for ${(missing / 1e6).toFixed(1)} MB missing: ${(after / missing).toFixed(3)}× (target ≤ 1.02)`,
      ],
    ];
    console.log(
      `\nmedians of ${RUNS} interleaved runs (tree: ${(treeBytes / 1e6).toFixed(1)} MB); load average ${(
        await import('node:os')
      )
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );
    for (const [a, b, c] of rows) console.log(`${a.padEnd(46)} ${b.padStart(8)}  ${c}`);
    console.log(
      '\nphases of tenant pull (median s from its start: listed, box hashes done, transfer done, verified, done):',
    );
    for (const [label, runs] of Object.entries(phases)) {
      const cols = [0, 1, 2, 3, 4].map((i) => (median(runs.map((r) => r[i] ?? NaN)) / 1000).toFixed(2));
      console.log(`  ${label.padEnd(12)} ${cols.join('  ')}`);
    }
  } finally {
    await sshd.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
