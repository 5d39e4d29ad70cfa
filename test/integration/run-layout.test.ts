import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalHost } from '../../src/adapters/local-host.js';
import { SshHost } from '../../src/adapters/ssh-host.js';
import type { Host } from '../../src/core/host/host.js';
import { killRun } from '../../src/core/run/kill.js';
import { prepareRun, startRun, type RunSpec } from '../../src/core/run/start.js';
import { readRunStatus } from '../../src/core/run/status.js';
import { waitForExit } from '../../src/core/run/wait.js';
import { startSshd, type SshdHarness } from '../harness/sshd.js';

let sshd: SshdHarness;
let ssh: SshHost;
const local = new LocalHost();

beforeAll(async () => {
  sshd = await startSshd();
  ssh = await SshHost.connect(sshd.settings());
});
afterAll(async () => {
  await ssh?.close();
  await sshd?.stop();
});

const hosts: [string, () => Host][] = [
  ['local', () => local],
  ['ssh', () => ssh],
];

let n = 0;
function spec(root: string, over: Partial<RunSpec>): RunSpec {
  return { root, runId: `t${++n}-${process.pid}`, cwd: root, command: { argv: ['true'] }, ...over };
}

describe.each(hosts)('run layout over %s', (_name, host) => {
  const root = mkdtempSync(join(tmpdir(), 'tenant-run-'));

  it('runs a command detached with its env and cwd, and records the exit code', async () => {
    const h = host();
    const run = await startRun(
      h,
      spec(root, {
        command: { argv: ['bash', '-c', 'echo "secret=$TOKEN pwd=$(pwd)"; exit 7'] },
        env: { TOKEN: "s3cr3t 'quoted'" },
        detach: 'nohup',
      }),
    );
    expect(run.pgid).toBeGreaterThan(1);
    const status = await waitForExit(h, run.paths, { timeoutMs: 10_000, pollMs: 50 });
    expect(status).toMatchObject({ state: 'exited', exitCode: 7 });
    expect(readFileSync(run.paths.log, 'utf8')).toBe(`secret=s3cr3t 'quoted' pwd=${root}\n`);
    expect(statSync(run.paths.env).mode & 0o777).toBe(0o600);
    expect(readFileSync(run.paths.command, 'utf8')).not.toContain('s3cr3t');
    expect(JSON.parse(readFileSync(run.paths.status, 'utf8'))).toMatchObject({ state: 'exited', exitCode: 7 });
  });

  it('SIGKILL takes the whole group; no exit_code is invented', async () => {
    const h = host();
    const run = await startRun(h, spec(root, { command: { script: 'sleep 30 & sleep 30; wait' } }));
    expect((await readRunStatus(h, run.paths)).state).toBe('running');
    const k = await killRun(h, run.pgid, { signal: 'KILL', paths: run.paths });
    expect(k).toMatchObject({ escalated: false, delivered: true });
    const status = await readRunStatus(h, run.paths);
    expect(status).toMatchObject({ state: 'gone', exitCode: null, alive: false });
    expect(JSON.parse(readFileSync(run.paths.status, 'utf8'))).toMatchObject({ state: 'killed', signal: 'KILL' });
  });

  it('TERM lets a handler finish inside the grace period; the wrapper records the exit', async () => {
    const h = host();
    const run = await startRun(
      h,
      spec(root, {
        command: { script: "trap 'echo flushed; exit 0' TERM; echo ready; while :; do sleep 0.05; done" },
        detach: 'nohup',
      }),
    );
    await new Promise((r) => setTimeout(r, 300));
    const k = await killRun(h, run.pgid, { signal: 'TERM', graceMs: 5000, paths: run.paths });
    expect(k.escalated).toBe(false);
    const status = await readRunStatus(h, run.paths);
    expect(status).toMatchObject({ state: 'exited', exitCode: 0 });
    expect(readFileSync(run.paths.log, 'utf8')).toContain('flushed');
  });

  it('TERM ignored: SIGKILL after the grace period', async () => {
    const h = host();
    const run = await startRun(h, spec(root, { command: { script: "trap '' TERM; while :; do sleep 0.05; done" } }));
    await new Promise((r) => setTimeout(r, 200));
    const t0 = Date.now();
    const k = await killRun(h, run.pgid, { signal: 'TERM', graceMs: 600, paths: run.paths });
    expect(k.escalated).toBe(true);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(500);
    expect((await readRunStatus(h, run.paths)).state).toBe('gone');
  });

  it('starts inside tmux when asked', async () => {
    const h = host();
    const run = await startRun(h, spec(root, { command: { script: 'echo in-tmux; sleep 0.2' }, detach: 'tmux' }));
    expect(run.detach).toBe('tmux');
    expect(run.tmuxSession).toMatch(/^tenant-/);
    const status = await waitForExit(h, run.paths, { timeoutMs: 10_000, pollMs: 50 });
    expect(status).toMatchObject({ state: 'exited', exitCode: 0 });
    expect(readFileSync(run.paths.log, 'utf8')).toBe('in-tmux\n');
  });

  it('refuses to start a run twice, and to rewrite command.sh with other bytes', async () => {
    const h = host();
    const s = spec(root, { command: { argv: ['true'] } });
    const run = await startRun(h, s);
    await waitForExit(h, run.paths, { timeoutMs: 10_000, pollMs: 50 });
    await expect(startRun(h, s)).rejects.toThrow(/already started/);
    await expect(startRun(h, { ...s, command: { argv: ['false'] } })).rejects.toThrow(/already started/);
    const prepared = spec(root, { command: { argv: ['true'] } });
    await prepareRun(h, prepared);
    await expect(startRun(h, { ...prepared, command: { argv: ['false'] } })).rejects.toThrow(/different command/);
    const same = await startRun(h, prepared);
    expect((await waitForExit(h, same.paths, { timeoutMs: 10_000, pollMs: 50 })).exitCode).toBe(0);
  });
});
