/**
 * Per-command latency of the Host port over SSH: N `true` commands on one reused SshHost connection (through
 * its persistent shell, and with a channel per command) against `ssh host true` with a new OpenSSH connection
 * each time (the baseline), all against the harness sshd in the same run, interleaved. Also: connect time, SFTP
 * stat, and the same with the remote user's rc files sourced (root's ~/.bashrc here runs pyenv init), which
 * every plain exec pays on a real box.
 *
 * Run: `npx tsx bench/host-latency.ts [N]` (default 30).
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { SshHost } from '../src/adapters/ssh-host.js';
import { startSshd, type SshdHarness } from '../test/harness/sshd.js';
import { startTcpProxy } from '../test/harness/tcp-proxy.js';

const n = Number(process.argv[2] ?? 30);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (ms: number): string => `${ms.toFixed(2)} ms`;

/** `ssh … true` without blocking the event loop (the delaying proxy runs in this process). */
function sshTrue(sshd: SshdHarness, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('ssh', [...sshd.sshArgs(undefined, port), 'true'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ssh true exited ${code}: ${err}`))));
  });
}

async function measure(label: string, sshd: SshdHarness, port = sshd.port): Promise<void> {
  // Pinned by fingerprint, so the same settings work through a proxy port.
  const settings = sshd.settings({ port, knownHosts: undefined, hostFingerprint: sshd.hostKeyFingerprint });
  const t0 = performance.now();
  const host = await SshHost.connect(settings);
  const connectMs = performance.now() - t0;
  const channelHost = await SshHost.connect(settings, { persistentShell: false });
  const shell: number[] = [];
  const channel: number[] = [];
  const fresh: number[] = [];
  const stat: number[] = [];
  try {
    // Warm up; the first exec also starts the persistent shell in the background.
    for (let i = 0; i < 50 && host.counters.shellExecs < 3; i++) {
      await host.exec({ argv: ['true'] });
      await new Promise((r) => setTimeout(r, 20));
    }
    if (host.counters.shellExecs === 0) throw new Error('the persistent shell never became ready');
    await channelHost.exec({ argv: ['true'] });
    await sshTrue(sshd, port);
    const shellBefore = host.counters.shellExecs;
    for (let i = 0; i < n; i++) {
      let a = performance.now();
      const r = await host.exec({ argv: ['true'] });
      shell.push(performance.now() - a);
      if (r.code !== 0) throw new Error(`SshHost true exited ${r.code}`);
      a = performance.now();
      await channelHost.exec({ argv: ['true'] });
      channel.push(performance.now() - a);
      a = performance.now();
      await sshTrue(sshd, port);
      fresh.push(performance.now() - a);
      a = performance.now();
      await host.stat('/tmp');
      stat.push(performance.now() - a);
    }
    if (host.counters.shellExecs - shellBefore !== n) throw new Error('not every timed command went through the shell');
  } finally {
    await host.close();
    await channelHost.close();
  }
  const sh = median(shell);
  const ch = median(channel);
  const f = median(fresh);
  const total = (xs: number[]): number => xs.reduce((x, y) => x + y, 0);
  console.log(`${label} (median of ${n}):`);
  console.log(
    `  SshHost.exec(true), reused connection, persistent shell: ${fmt(sh)}   (connect + login once: ${fmt(connectMs)})`,
  );
  console.log(`  SshHost.exec(true), reused connection, channel each:     ${fmt(ch)}`);
  console.log(`  ssh host true, new OpenSSH connection each (baseline):  ${fmt(f)}`);
  console.log(`  SshHost.stat over SFTP:                                 ${fmt(median(stat))}`);
  console.log(
    `  ratio baseline / SshHost: ${(f / sh).toFixed(1)}x with the persistent shell, ${(f / ch).toFixed(1)}x with a channel each`,
  );
  console.log(`  ${n} commands in all: SshHost ${fmt(connectMs + total(shell))} vs OpenSSH ${fmt(total(fresh))}`);
}

const clean = await startSshd();
const withRc = await startSshd({ cleanShell: false });
const wan = await startTcpProxy(clean.port, '127.0.0.1', { delayMs: 10 });
try {
  await measure('login shell without rc files', clean);
  await measure("login shell sourcing the user's ~/.bashrc", withRc);
  await measure('no rc files, through a proxy adding 10 ms each way (RTT ≈ 20 ms)', clean, wan.port);
} finally {
  await wan.close();
  await clean.stop();
  await withRc.stop();
}
