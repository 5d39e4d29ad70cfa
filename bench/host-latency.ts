/**
 * Per-command latency of the Host port over SSH: N `true` commands on one reused SshHost connection (through
 * its persistent shell, and with a channel per command) against `ssh host true` with a new OpenSSH connection
 * each time (the baseline), all against the harness sshd in the same run, interleaved. Also: connect time, SFTP
 * stat, and the same with the remote user's rc files sourced (root's ~/.bashrc here runs pyenv init), which
 * every plain exec pays on a real box.
 *
 * Run: `npx tsx bench/host-latency.ts [N]` (default 30).
 */
import { performance } from 'node:perf_hooks';
import { SshHost } from '../src/adapters/ssh-host.js';
import { startSshd, type SshdHarness } from '../test/harness/sshd.js';

const n = Number(process.argv[2] ?? 30);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (ms: number): string => `${ms.toFixed(2)} ms`;

async function measure(label: string, sshd: SshdHarness): Promise<void> {
  const t0 = performance.now();
  const host = await SshHost.connect(sshd.settings());
  const connectMs = performance.now() - t0;
  const channelHost = await SshHost.connect(sshd.settings(), { persistentShell: false });
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
    sshd.ssh('true');
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
      const s = sshd.ssh('true');
      fresh.push(performance.now() - a);
      if (s.status !== 0) throw new Error(`ssh true exited ${s.status}: ${s.stderr}`);
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
try {
  await measure('login shell without rc files', clean);
  await measure("login shell sourcing the user's ~/.bashrc", withRc);
} finally {
  await clean.stop();
  await withRc.stop();
}
