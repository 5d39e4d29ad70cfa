/**
 * dist/launch run as the runner runs it (node 20 and node 24): INPUT_* env, GITHUB_OUTPUT / STATE / summary
 * files, then the post phase with the state main saved. Against a real sshd, tmux and Python.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SshHost } from '../../src/adapters/ssh-host.js';
import { killRun } from '../../src/core/run/kill.js';
import { runPaths } from '../../src/core/run/layout.js';
import { removeEnvFile } from '../../src/core/run/start-once.js';
import { readRunStatus } from '../../src/core/run/status.js';
import { node24, runLikeRunner, type RunnerResult } from '../harness/runner.js';
import { startSshd, type SshdHarness } from '../harness/sshd.js';

const BUNDLE = join(process.cwd(), 'dist/launch/index.js');
const CANARY = 'canary-Zq8vT3-secret';
let sshd: SshdHarness;
let box: string;
let ws: string;
let n = 0;

const TRAINER = [
  'import os, sys, time',
  'print("step 0 loss 1.0")',
  'print("::set-output name=forged::yes")',
  'print("::add-mask::visible-word")',
  'print("::error::forged error")',
  'print("::stop-commands::abc")',
  'print("::abc::")',
  'print("::warning::still forged")',
  'print("secret has", len(os.environ["API_TOKEN"]), "chars; visible-word stays visible")',
  'time.sleep(float(os.environ.get("SLEEP", "0")))',
  'if os.environ.get("FAIL"):',
  '    raise RuntimeError("diverged at step 3")',
  'print("done")',
  '',
].join('\n');

beforeAll(async () => {
  sshd = await startSshd();
  box = mkdtempSync(join(tmpdir(), 'tenant-bundle-box-'));
  ws = mkdtempSync(join(tmpdir(), 'tenant-bundle-ws-'));
  writeFileSync(join(ws, 'train.py'), TRAINER);
  execFileSync('git', ['init', '-q'], { cwd: ws });
  execFileSync('git', ['add', '.'], { cwd: ws });
});
afterAll(async () => {
  await sshd?.stop();
  rmSync(box, { recursive: true, force: true });
  rmSync(ws, { recursive: true, force: true });
});

function inputs(over: Record<string, string> = {}): Record<string, string> {
  const i = ++n;
  return {
    host: '127.0.0.1',
    port: String(sshd.port),
    user: sshd.user,
    'private-key': sshd.clientKeys.ed25519.text,
    'known-hosts': sshd.hostKeyLine,
    profile: 'generic-ssh',
    command: '/usr/bin/python3 train.py',
    workdir: join(box, `w${i}`),
    'checkpoint-dir': join(box, `c${i}`),
    mode: 'follow',
    'expect-gpu': 'none',
    'min-free-disk': '1',
    'min-free-inodes': '1',
    'probe-timeout': '8',
    secrets: `API_TOKEN=${CANARY}`,
    env: 'SLEEP=0',
    ...over,
  };
}

/** The workflow commands the runner would act on: everything outside ::stop-commands:: blocks. */
function effectiveCommands(stdout: string): { command: string; body: string; line: string }[] {
  const out: { command: string; body: string; line: string }[] = [];
  let stopped: string | undefined;
  for (const line of stdout.split('\n')) {
    if (stopped !== undefined) {
      if (line === `::${stopped}::`) stopped = undefined;
      continue;
    }
    const m = /^::([A-Za-z-]+)( [^:]*)?::(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === 'stop-commands') stopped = m[3];
    else out.push({ command: m[1] ?? '', body: m[3] ?? '', line });
  }
  return out;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

function expectNoCanary(r: RunnerResult, extraDirs: string[]): void {
  // In raw stdout the canary may only appear inside the runner's own ::add-mask:: commands (which it consumes).
  const masks = new Set(
    effectiveCommands(r.stdout)
      .filter((c) => c.command === 'add-mask')
      .map((c) => c.line),
  );
  for (const line of r.stdout.split('\n')) if (line.includes(CANARY)) expect(masks.has(line)).toBe(true);
  expect(r.stderr).not.toContain(CANARY);
  expect(JSON.stringify(r.outputs)).not.toContain(CANARY);
  expect(JSON.stringify(r.state)).not.toContain(CANARY);
  expect(r.summary).not.toContain(CANARY);
  for (const f of [...filesUnder(r.dir), ...extraDirs.flatMap(filesUnder)])
    expect(readFileSync(f).includes(CANARY), f).toBe(false);
}

describe.each([
  ['node 20', process.execPath],
  ['node 24', node24()],
])('dist/launch under %s', (_label, node) => {
  it('follows to exit 0: remote lines cannot issue workflow commands, the canary leaks nowhere, post cleans up', async () => {
    const r = await runLikeRunner(BUNDLE, { node, cwd: ws, inputs: inputs(), timeoutMs: 60_000 });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ status: 'exited', 'exit-code': '0', attached: 'false' });
    expect(r.outputs['run-id']).toMatch(/^run-[0-9a-f]{12}$/);
    expect(r.outputs['log-path']).toBe(`${r.outputs['remote-dir']}/log`);
    expect(r.outputs).not.toHaveProperty('forged');
    // The lines are printed, as text only.
    expect(r.stdout).toContain('\n::set-output name=forged::yes\n');
    expect(r.stdout).toContain('secret has 20 chars; visible-word stays visible');
    const acted = effectiveCommands(r.stdout);
    expect(acted.filter((c) => /forged|visible-word|abc/.test(c.body))).toEqual([]);
    expect(acted.filter((c) => c.command === 'error')).toEqual([]);
    // Session file for the next actions: no secret, host key pinned.
    const session = JSON.parse(readFileSync(r.outputs['session-file'] as string, 'utf8'));
    expect(session.connection).toMatchObject({
      host: '127.0.0.1',
      port: sshd.port,
      hostKeyFingerprint: sshd.hostKeyFingerprint,
    });
    expect(session.run).toMatchObject({ runId: r.outputs['run-id'], logPath: r.outputs['log-path'] });
    expect(r.summary).toMatch(/\| free inodes, work dir \| ✅ pass \|/);
    expect(r.summary).toContain('step 0 loss 1.0');
    expect(r.state['tenant-launch-main-done']).toBe('true');
    const temps = JSON.parse(r.state['tenant-launch-temp-dirs'] ?? '[]') as string[];
    expect(temps).toHaveLength(1);
    expect(existsSync(temps[0] as string)).toBe(false);
    // The run's env file (the one place the secret lived) is gone now that the run has ended.
    expect(existsSync(join(homedir(), '.tenant', 'secrets', `${r.outputs['run-id']}.env`))).toBe(false);
    expectNoCanary(r, [box]);

    const post = await runLikeRunner(BUNDLE, {
      node,
      cwd: ws,
      inputs: inputs(),
      state: r.state,
      dir: mkdtempSync(join(tmpdir(), 'tenant-post-')),
    });
    expect(post.code, post.stdout).toBe(0);
    expect(post.stdout).not.toMatch(/stopped run/);
  });
});

describe('dist/launch failures and cancellation', () => {
  it('profile local runs on the runner: no push, the GPU check is a notice, the run dir stays out of git', async () => {
    const r = await runLikeRunner(BUNDLE, {
      cwd: ws,
      inputs: {
        profile: 'local',
        command: '/usr/bin/python3 train.py',
        mode: 'follow',
        'min-free-disk': '1',
        secrets: `API_TOKEN=${CANARY}`,
      },
    });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/::notice::pre-flight GPU: profile local without a GPU: running on the CPU/);
    expect(r.outputs).toMatchObject({
      workdir: ws,
      'checkpoint-dir': join(ws, 'checkpoints'),
      status: 'exited',
      'exit-code': '0',
    });
    expect(r.summary).toContain('Nothing pushed');
    expect(readFileSync(join(ws, '.tenant', '.gitignore'), 'utf8')).toBe('*\n');
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: ws, encoding: 'utf8' })).not.toContain('.tenant');
    expectNoCanary(r, [ws]);
  });

  it('a run that fails ends the step with its exit code and last log lines', async () => {
    const r = await runLikeRunner(BUNDLE, { cwd: ws, inputs: inputs({ env: 'FAIL=1' }), timeoutMs: 60_000 });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ status: 'exited', 'exit-code': '1' });
    const errors = effectiveCommands(r.stdout).filter((c) => c.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.body).toMatch(/exited with code 1%0Alast log lines:%0A.*RuntimeError: diverged at step 3/);
    expect(r.summary).toContain('RuntimeError: diverged at step 3');
  });

  it('a pre-flight failure stops before anything starts, with the figure and the limit', async () => {
    const i = inputs({ 'min-free-inodes': '1000000000000', mode: 'detach' });
    const r = await runLikeRunner(BUNDLE, { cwd: ws, inputs: i });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /::error::tenant\/launch: pre-flight failed on .*free inodes, work dir: [\d,]+ free on .*; limit ≥ 1,000,000,000,000 \(min-free-inodes\)/,
    );
    expect(r.summary).toMatch(/\| free inodes, work dir \| ❌ fail \|/);
    expect(existsSync(join(i.workdir as string, '.tenant'))).toBe(false);
  });

  it('cancelled during follow: the post step stops the run only with stop-on-cancel', async () => {
    const host = await SshHost.connect(sshd.settings());
    try {
      for (const stop of ['true', 'false']) {
        const i = inputs({ env: 'SLEEP=60', 'stop-on-cancel': stop });
        // true: the runner's SIGINT to a cancelled step; false: its hard kill. Either way main does not finish.
        const main = await runLikeRunner(BUNDLE, {
          cwd: ws,
          inputs: i,
          killOn: /^started run /m,
          killSignal: stop === 'true' ? 'SIGINT' : 'SIGKILL',
        });
        if (stop === 'true') {
          expect(main.code).toBe(1);
          expect(main.stdout).toMatch(/::error::tenant\/launch failed: cancelled while following run/);
          expect(main.outputs.status).toBe('running');
        } else expect(main.code).toBeNull();
        expect(main.state['tenant-launch-main-done']).toBeUndefined();
        const saved = JSON.parse(main.state['tenant-launch-run'] as string) as {
          root: string;
          runId: string;
          pgid: number;
        };
        const paths = runPaths(saved.root, saved.runId);
        expect((await readRunStatus(host, paths)).state).toBe('running');
        // While it runs, the secret is in no process's command line.
        const cmdlines = execFileSync('bash', ['-c', 'cat /proc/[0-9]*/cmdline 2>/dev/null | tr "\\0" " "'], {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        });
        expect(cmdlines).not.toContain(CANARY);
        // The key file main wrote for rsync is gone once post ran.
        const temps = JSON.parse(main.state['tenant-launch-temp-dirs'] ?? '[]') as string[];
        const post = await runLikeRunner(BUNDLE, {
          cwd: ws,
          inputs: i,
          state: main.state,
          dir: mkdtempSync(join(tmpdir(), 'tenant-post-')),
        });
        expect(post.code, post.stdout).toBe(0);
        for (const t of temps) expect(existsSync(t)).toBe(false);
        const after = await readRunStatus(host, paths);
        if (stop === 'true') {
          expect(post.stdout).toMatch(/stopped run .*sent SIGKILL to process group/);
          expect(after.state).toBe('gone');
        } else {
          expect(post.stdout).toMatch(/keeps running on the box \(stop-on-cancel: false\)/);
          expect(after.state).toBe('running');
          await killRun(host, saved.pgid, { signal: 'KILL' });
          await removeEnvFile(host, paths);
        }
        expect(statSync(paths.dir).isDirectory()).toBe(true);
      }
    } finally {
      await host.close();
    }
  });
});
