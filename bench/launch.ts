/**
 * Launch latency on loopback: connect + pre-flight + push a 200-file repository + start + first log line,
 * by `launch` (one ssh2 connection for every control step, one OpenSSH connection for rsync) against the
 * same steps done the usual way, one `ssh`/`rsync` process per step (reachability, nvidia-smi, df bytes,
 * df inodes, cgroup memory, mkdir, rsync, start, then polling the log). Both run here, interleaved, through
 * a loopback TCP proxy that counts connections, i.e. SSH handshakes.
 * Run: `npx tsx bench/launch.ts [runs]` (default 5).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { prepareOpenSsh, type OpenSshClient } from '../src/adapters/openssh-client.js';
import { listTrackedFiles, readWorkspaceFile } from '../src/adapters/payload-files.js';
import { makePusher } from '../src/adapters/rsync-push.js';
import { SshHost } from '../src/adapters/ssh-host.js';
import { shellQuote } from '../src/core/host/quote.js';
import { launch } from '../src/core/launch/launch.js';
import type { LaunchSettings } from '../src/core/launch/settings.js';
import { killRun } from '../src/core/run/kill.js';
import { RecordingUi } from '../src/core/ui.js';
import { startSshd } from '../test/harness/sshd.js';
import { startTcpProxy } from '../test/harness/tcp-proxy.js';

const runs = Number(process.argv[2] ?? 5);
const sshd = await startSshd();
const proxy = await startTcpProxy(sshd.port);
const root = mkdtempSync(join(tmpdir(), 'tenant-bench-launch-'));

// A 200-file repository: 20 packages of 10 modules, ~2 KiB each.
const repo = join(root, 'repo');
for (let p = 0; p < 20; p++) {
  mkdirSync(join(repo, `pkg${p}`), { recursive: true });
  for (let m = 0; m < 10; m++)
    writeFileSync(join(repo, `pkg${p}`, `mod${m}.py`), `# module ${p}.${m}\n` + 'x = 1\n'.repeat(340));
}
execFileSync('git', ['init', '-q'], { cwd: repo });
execFileSync('git', ['add', '.'], { cwd: repo });

const knownHosts = sshd.hostKeyLine.replace(`[127.0.0.1]:${sshd.port}`, `[127.0.0.1]:${proxy.port}`);
const conn = sshd.settings({ port: proxy.port, knownHosts });
const COMMAND = 'echo ready; sleep 30';

async function ours(i: number): Promise<{ ms: number; handshakes: number; steps: Record<string, number> }> {
  const before = proxy.accepted;
  const settings: LaunchSettings = {
    connection: conn,
    mode: 'detach',
    command: COMMAND,
    workdir: join(root, `ours-${i}`),
    checkpointDir: join(root, `ours-${i}`, 'ckpt'),
    runId: undefined,
    env: {},
    secrets: {},
    expectLog: /^ready$/,
    probeTimeoutMs: 30_000,
    stopOnCancel: false,
    expectGpu: { kind: 'any' },
    minFreeDiskBytes: 1,
    minFreeInodes: 1,
    minMemoryBytes: undefined,
    checkpointSizeBytes: undefined,
    keep: undefined,
    payload: { kind: 'git', paths: [], allowCrlf: false },
    cell: '',
    sweep: '',
    workspace: repo,
    repository: 'bench',
    commit: `ours-${i}-${Date.now()}`,
  };
  const t0 = performance.now();
  const r = await launch(
    { ...settings, expectGpu: { kind: 'none' } },
    {
      ui: new RecordingUi(),
      sink: { line: () => undefined, pause: () => undefined },
      openHost: () => SshHost.connect(conn),
      listPayload: listTrackedFiles,
      readPayloadFile: readWorkspaceFile,
      push: makePusher({ settings: conn }),
    },
  );
  const ms = performance.now() - t0;
  if (r.failure || !r.run || r.push?.files !== 200) throw new Error(`launch failed: ${r.failure?.message ?? 'no run'}`);
  const h = await SshHost.connect(sshd.settings());
  await killRun(h, r.run.pgid, { signal: 'KILL' });
  await h.close();
  return { ms, handshakes: proxy.accepted - before, steps: r.timings };
}

function ssh(client: OpenSshClient, line: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const [cmd, ...args] = client.sshArgv(line);
    const child = spawn(cmd as string, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', () => resolve(out));
  });
}

async function baseline(client: OpenSshClient, i: number): Promise<{ ms: number; handshakes: number }> {
  const before = proxy.accepted;
  const dir = join(root, `base-${i}`);
  const q = shellQuote(dir);
  const t0 = performance.now();
  await ssh(client, 'hostname; date');
  await ssh(client, 'nvidia-smi --query-gpu=name,memory.total,memory.used --format=csv,noheader,nounits || true');
  await ssh(client, `df -Pk ${q}/.. | tail -n 1`);
  await ssh(client, `df -Pi ${q}/.. | tail -n 1`);
  await ssh(client, 'cat /sys/fs/cgroup/memory.max 2>/dev/null || cat /sys/fs/cgroup/memory/memory.limit_in_bytes');
  await ssh(client, `mkdir -p ${q}`);
  // Async: the counting proxy lives in this process, so nothing here may block the event loop.
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      'rsync',
      ['-lpt', '-r', '-s', '--exclude=.git', '-e', client.rsyncShell(), './', client.rsyncRemote(dir + '/')],
      { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`rsync exited ${code}`))));
  });
  await ssh(
    client,
    `cd ${q} && { setsid nohup bash -c ${shellQuote(COMMAND)} > log 2>&1 < /dev/null & echo $! > pid; }`,
  );
  for (;;) {
    if ((await ssh(client, `head -n 1 ${q}/log 2>/dev/null`)).trim() === 'ready') break;
  }
  const ms = performance.now() - t0;
  await ssh(client, `kill -KILL -- -$(cat ${q}/pid) 2>/dev/null; true`);
  return { ms, handshakes: proxy.accepted - before };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const client = prepareOpenSsh(conn);
try {
  await ours(-1); // warm-up: page cache, tmux server
  await baseline(client, -1);
  const a: { ms: number; handshakes: number; steps: Record<string, number> }[] = [];
  const b: { ms: number; handshakes: number }[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await ours(i));
    b.push(await baseline(client, i));
  }
  const am = median(a.map((x) => x.ms));
  const bm = median(b.map((x) => x.ms));
  const steps = Object.keys(a[0]?.steps ?? {}).map((k) => `${k} ${median(a.map((x) => x.steps[k] ?? 0)).toFixed(0)}`);
  console.log(`launch to first log line, 200-file repo, loopback, median of ${runs}:`);
  console.log(
    `  tenant launch           ${am.toFixed(0)} ms, ${median(a.map((x) => x.handshakes))} SSH handshakes (${steps.join(', ')} ms)`,
  );
  console.log(`  one ssh/rsync per step  ${bm.toFixed(0)} ms, ${median(b.map((x) => x.handshakes))} SSH handshakes`);
  console.log(`ratio ${(bm / am).toFixed(2)}x faster (baseline / tenant)`);
} finally {
  client.dispose();
  await proxy.close();
  await sshd.stop();
  rmSync(root, { recursive: true, force: true });
}
