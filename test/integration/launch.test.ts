/**
 * The launch core against a real sshd, real tmux and real Python programs (/usr/bin/python3): follow to the
 * exit code, a failing program, ten racing launches, a dropped connection mid-follow, pre-flight refusals,
 * CRLF payloads, sweep cells sharing a checkpoint dir, and attach.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTrackedFiles, readWorkspaceFile } from '../../src/adapters/payload-files.js';
import { makePusher } from '../../src/adapters/rsync-push.js';
import { SshHost } from '../../src/adapters/ssh-host.js';
import type { ConnectionSettings } from '../../src/core/host/connection.js';
import { launch, type LaunchPorts } from '../../src/core/launch/launch.js';
import { killRun } from '../../src/core/run/kill.js';
import type { LaunchSettings } from '../../src/core/launch/settings.js';
import { RecordingUi } from '../../src/core/ui.js';
import { startSshd, type SshdHarness } from '../harness/sshd.js';
import { startTcpProxy, type TcpProxy } from '../harness/tcp-proxy.js';

const PY = '/usr/bin/python3';
let sshd: SshdHarness;
let proxy: TcpProxy;
let box: string;
let n = 0;

beforeAll(async () => {
  sshd = await startSshd();
  proxy = await startTcpProxy(sshd.port);
  box = mkdtempSync(join(tmpdir(), 'tenant-launch-box-'));
});
afterAll(async () => {
  await proxy?.close();
  await sshd?.stop();
  rmSync(box, { recursive: true, force: true });
});

function workspace(files: Record<string, string | Buffer>): string {
  const ws = mkdtempSync(join(tmpdir(), 'tenant-launch-ws-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(ws, name, '..'), { recursive: true });
    writeFileSync(join(ws, name), body);
  }
  execFileSync('git', ['init', '-q'], { cwd: ws });
  execFileSync('git', ['add', '.'], { cwd: ws });
  return ws;
}

function settings(over: Partial<LaunchSettings> = {}): LaunchSettings {
  const i = ++n;
  return {
    connection: sshd.settings(),
    mode: 'follow',
    command: `${PY} -c 'print("hello")'`,
    workdir: join(box, `w${i}`),
    checkpointDir: join(box, `c${i}`),
    runId: undefined,
    env: {},
    secrets: {},
    expectLog: undefined,
    probeTimeoutMs: 6_000,
    stopOnCancel: false,
    expectGpu: { kind: 'none' },
    minFreeDiskBytes: 1,
    minFreeInodes: 1,
    minMemoryBytes: undefined,
    checkpointSizeBytes: undefined,
    keep: undefined,
    payload: { kind: 'none', paths: [], allowCrlf: false },
    cell: '',
    sweep: '',
    workspace: process.cwd(),
    repository: 'tenant/test',
    commit: `c${i}-${process.pid}`,
    ...over,
  };
}

function ports(
  conn: ConnectionSettings,
  lines: string[] = [],
  ui = new RecordingUi(),
): LaunchPorts & { ui: RecordingUi } {
  return {
    ui,
    sink: { line: (l) => lines.push(l), pause: () => undefined },
    openHost: () => SshHost.connect(conn),
    listPayload: listTrackedFiles,
    readPayloadFile: readWorkspaceFile,
    push: makePusher({ settings: conn }),
  };
}

describe('launch over ssh', () => {
  it('pushes, probes and follows to the exit code; secrets only in the 0600 env file, removed at the end', async () => {
    const ws = workspace({
      'train.py': [
        'import os, sys, time',
        'for i in range(5):',
        '    print(f"step {i}"); time.sleep(0.05)',
        'print("token length", len(os.environ["TOKEN"]), "ckpt", os.environ["TENANT_CHECKPOINT_DIR"])',
        'sys.exit(int(os.environ["CODE"]))',
        '',
      ].join('\n'),
      'lib/util.py': 'X = 1\n',
    });
    const lines: string[] = [];
    const s = settings({
      workspace: ws,
      command: `${PY} train.py`,
      env: { CODE: '3' },
      secrets: { TOKEN: 'canary-tok-4242' },
      payload: { kind: 'git', paths: [], allowCrlf: false },
    });
    const p = ports(s.connection, lines);
    const r = await launch(s, p);
    expect(r.push).toMatchObject({ method: 'rsync', files: 2 });
    expect(readFileSync(join(s.workdir as string, 'lib/util.py'), 'utf8')).toBe('X = 1\n');
    // In follow mode a run that ends during the probe is simply followed to its end.
    expect(r.probe?.firstLines[0]).toBe('step 0');
    expect(lines).toEqual([
      'step 0',
      'step 1',
      'step 2',
      'step 3',
      'step 4',
      `token length 15 ckpt ${s.checkpointDir}`,
    ]);
    expect(r).toMatchObject({ state: 'exited', exitCode: 3, failure: { kind: 'exit' } });
    const run = r.run!;
    // Nothing in the run dir holds the secret; the env file lived in ~/.tenant/secrets and is gone now.
    for (const f of readdirSync(run.paths.dir))
      expect(readFileSync(join(run.paths.dir, f), 'utf8')).not.toContain('canary-tok-4242');
    const envPath = readFileSync(run.paths.envPath, 'utf8');
    expect(envPath).toBe(join(homedir(), '.tenant', 'secrets', `${run.runId}.env`));
    expect(existsSync(envPath)).toBe(false);
    expect(statSync(join(homedir(), '.tenant', 'secrets')).mode & 0o777).toBe(0o700);
    expect(r.checks.map((c) => c.id)).toEqual([
      'gpu',
      'disk-work',
      'inodes-work',
      'disk-checkpoint',
      'inodes-checkpoint',
      'memory',
    ]);
  });

  it('without rsync on the box the payload goes as a tar stream over the open connection', async () => {
    const ws = workspace({ 'a/b.py': 'print(1)\n', 'run.sh': '#!/bin/sh\necho ok\n' });
    const to = join(box, 'tar-push');
    mkdirSync(to);
    const host = await SshHost.connect(sshd.settings());
    try {
      const files = await listTrackedFiles(ws, []);
      const rep = await makePusher({ settings: sshd.settings(), forceTar: true })({
        host,
        files,
        from: ws,
        to,
        remoteRsync: true,
      });
      expect(rep).toMatchObject({ method: 'tar', files: 2, handshakes: 0 });
      expect(readFileSync(join(to, 'a/b.py'), 'utf8')).toBe('print(1)\n');
    } finally {
      await host.close();
    }
  });

  it('a program that raises fails the probe with its traceback, and the launch says so', async () => {
    const s = settings({
      mode: 'detach',
      command: `${PY} -c 'import time; print("loading", flush=True); time.sleep(0.3); raise ValueError("boom in step 7")'`,
    });
    const r = await launch(s, ports(s.connection));
    expect(r.failure?.kind).toBe('probe');
    expect(r.failure?.message).toMatch(/traceback/);
    expect(r.lastLines.join('\n')).toMatch(/ValueError: boom in step 7/);
    expect(r.state).toBe('exited');
  });

  it('ten simultaneous launches of the same run start exactly one process', async () => {
    const marker = join(box, `pids-${process.pid}`);
    const s = settings({ mode: 'detach', command: `echo $$ >> ${marker}; echo started; sleep 30` });
    const results = await Promise.all(Array.from({ length: 10 }, () => launch({ ...s }, ports(s.connection))));
    expect(results.every((r) => !r.failure)).toBe(true);
    expect(results.filter((r) => r.run && !r.run.attached)).toHaveLength(1);
    expect(new Set(results.map((r) => r.run?.runId)).size).toBe(1);
    expect(new Set(results.map((r) => r.run?.pgid)).size).toBe(1);
    expect(readFileSync(marker, 'utf8').trim().split('\n')).toHaveLength(1);
    // The wrapper removed the env file as soon as it had read it: secrets live on only in the run's environment.
    expect(existsSync(join(homedir(), '.tenant', 'secrets', `${results[0]?.run?.runId}.env`))).toBe(false);
    // The live run holds its checkpoint dir: another run id on it is refused.
    const other = await launch({ ...s, runId: 'someone-else' }, ports(s.connection));
    expect(other.failure?.kind).toBe('claimed');
    expect(other.failure?.message).toMatch(/in use by live run/);
    const h = await SshHost.connect(s.connection);
    await killRun(h, results[0]!.run!.pgid, { signal: 'KILL' });
    await h.close();
  });

  it('a dropped connection mid-follow loses and duplicates no line', async () => {
    const conn = sshd.settings({ port: proxy.port, knownHosts: undefined, hostFingerprint: sshd.hostKeyFingerprint });
    const lines: string[] = [];
    let cut = false;
    const p = ports(conn);
    p.sink = {
      line: (l) => {
        lines.push(l);
        if (!cut && lines.length === 40) {
          cut = true;
          proxy.cut();
        }
      },
      pause: () => undefined,
    };
    const s = settings({
      connection: conn,
      command: `${PY} -u -c 'import time\nfor i in range(300):\n    print("line", i); time.sleep(0.01)'`,
    });
    const r = await launch(s, p);
    expect(cut).toBe(true);
    expect(r.reconnects).toBeGreaterThanOrEqual(1);
    expect(lines).toEqual(Array.from({ length: 300 }, (_, i) => `line ${i}`));
    expect(r).toMatchObject({ state: 'exited', exitCode: 0 });
    expect(p.ui.lines.some((l) => l.level === 'warning' && /resum|reconnect/i.test(l.message))).toBe(true);
  });

  it('disk and inode floors stop the launch with the measured figure and the limit; nothing starts', async () => {
    const s = settings({ minFreeInodes: 1e15, minFreeDiskBytes: 1024 ** 5 * 64 });
    const r = await launch(s, ports(s.connection));
    expect(r.failure?.kind).toBe('preflight');
    expect(r.failure?.message).toMatch(
      /free inodes, work dir: [\d,]+ free on .*; limit ≥ 1,000,000,000,000,000 \(min-free-inodes\)/,
    );
    expect(r.failure?.message).toMatch(/free disk, checkpoint dir: .* free on .*; limit ≥ 64\.0 PiB \(min-free-disk\)/);
    expect(r.run).toBeUndefined();
    expect(existsSync(join(s.workdir as string, '.tenant'))).toBe(false);
    const budget = await launch(settings({ checkpointSizeBytes: 1024 ** 5, keep: 5 }), ports(s.connection));
    expect(budget.failure?.message).toMatch(/checkpoint budget: .*limit ≥ 5\.0 PiB \(1\.0 PiB × keep 5\)/);
  });

  it('refuses a payload with CRLF shell scripts, naming them', async () => {
    const ws = workspace({
      'run.sh': '#!/bin/bash\r\necho hi\r\n',
      'tools/prep': '#!/usr/bin/env bash\r\nls\r\n',
      'ok.sh': 'echo ok\n',
    });
    const s = settings({ workspace: ws, payload: { kind: 'git', paths: [], allowCrlf: false } });
    const r = await launch(s, ports(s.connection));
    expect(r.failure?.kind).toBe('crlf');
    expect(r.failure?.message).toMatch(
      /2 shell scripts with CRLF line endings \(shell\/crlf\): run\.sh, tools\/prep\./,
    );
    expect(r.failure?.message).toMatch(/allow-crlf: true/);
    expect(existsSync(join(s.workdir as string, 'run.sh'))).toBe(false);
  });

  it('two cells of one sweep on the same checkpoint dir: the second is refused, naming both', async () => {
    const ckpt = join(box, 'shared-ckpt');
    const base = settings({
      mode: 'detach',
      command: 'echo cell $TENANT_CELL; sleep 2',
      checkpointDir: ckpt,
      sweep: 'run-77-1',
    });
    const a = await launch({ ...base, cell: 'lr-0.1' }, ports(base.connection));
    expect(a.failure).toBeUndefined();
    const b = await launch({ ...base, cell: 'lr-0.2' }, ports(base.connection));
    expect(b.failure?.kind).toBe('claimed');
    expect(b.failure?.message).toMatch(
      /cell 'lr-0\.2' and cell 'lr-0\.1' of the same sweep both resolve to checkpoint dir/,
    );
    expect(a.run?.runId).toMatch(/^lr-0\.1-[0-9a-f]{12}$/);
  });

  it('attach follows a run started earlier to its exit code; an unknown run id is reported', async () => {
    const s = settings({
      mode: 'detach',
      runId: `attach-me-${process.pid}`,
      command: `${PY} -u -c 'import time\nfor i in range(25):\n    print("tick", i); time.sleep(0.1)\nraise SystemExit(4)'`,
    });
    const started = await launch(s, ports(s.connection));
    expect(started.state).toBe('running');
    const lines: string[] = [];
    const r = await launch({ ...s, mode: 'attach', command: '' }, ports(s.connection, lines));
    expect(r).toMatchObject({ state: 'exited', exitCode: 4 });
    expect(r.run?.runId).toBe(s.runId);
    expect(lines[lines.length - 1]).toBe('tick 24');
    expect(new Set(lines).size).toBe(lines.length);
    const none = await launch({ ...s, mode: 'attach', runId: 'never-ran' }, ports(s.connection));
    expect(none.failure?.kind).toBe('not-found');
    // The same id launched again after it ended is a new attempt, with its own dir.
    const again = await launch({ ...s, command: 'echo again' }, ports(s.connection));
    expect(again.run?.runId).toBe(`${s.runId}.2`);
  });
});
