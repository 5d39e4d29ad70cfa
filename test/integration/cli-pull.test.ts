/** `tenant pull`: flags into the same core; --json; exit codes; the progress bar rendering. */
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/command.js';
import { pullCommand, pullRequestFromArgs } from '../../src/cli/commands/pull.js';
import { ProgressBar, renderProgress } from '../../src/cli/progress-bar.js';
import { RecordingUi } from '../../src/core/ui.js';
import { startSshd, type SshdHarness } from '../harness/sshd.js';

let sshd: SshdHarness;
let dir: string;
let remote: string;
let sum: string;
beforeAll(async () => {
  sshd = await startSshd();
  dir = mkdtempSync(join(tmpdir(), 'tenant-cli-pull-'));
  remote = join(dir, 'box', 'run one');
  mkdirSync(remote, { recursive: true });
  const data = randomBytes(3_000_000);
  writeFileSync(join(remote, 'model.pt'), data);
  sum = createHash('sha256').update(data).digest('hex');
  writeFileSync(join(dir, 'known_hosts'), sshd.hostKeyLine + '\n');
});
afterAll(async () => {
  await sshd?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function ctx(json = false): CliContext & { out: string[]; ui: RecordingUi } {
  const out: string[] = [];
  return { ui: new RecordingUi(), json, stdout: (t) => out.push(t), env: {}, cwd: dir, out };
}

const conn = (): string[] => [
  '--host',
  '127.0.0.1',
  '--port',
  String(sshd.port),
  '--user',
  sshd.user,
  '--identity',
  sshd.clientKeys.ed25519.path,
  '--known-hosts',
  join(dir, 'known_hosts'),
];

describe('tenant pull', () => {
  it('parses flags and refuses what it cannot use', () => {
    const r = pullRequestFromArgs(
      [
        ...conn(),
        '--remote',
        '/a',
        '--remote',
        '/b/*.pt',
        '--dest',
        'out',
        '--transfer',
        'stream',
        '--retries',
        '2',
        '--settle',
        '0.5',
      ],
      ctx(),
    );
    expect(r.specs).toEqual(['/a', '/b/*.pt']);
    expect(r.dest).toBe(join(dir, 'out'));
    expect(r.attempts).toBe(3);
    expect(r.settleMs).toBe(500);
    expect(r.transfer).toBe('stream');
    expect(() => pullRequestFromArgs([...conn(), '--dest', 'x'], ctx())).toThrow(/--remote is required/);
    expect(() => pullRequestFromArgs([...conn(), '--remote', '/a'], ctx())).toThrow(/--dest is required/);
    expect(() => pullRequestFromArgs([...conn(), '--remote', '/a', '--dest', 'x', '--transfer', 'scp'], ctx())).toThrow(
      /--transfer 'scp'/,
    );
    expect(() => pullRequestFromArgs([...conn(), '--remote', '/a', '--dest', '/'], ctx())).toThrow(/filesystem root/);
  });

  it('pulls, verifies and prints JSON', async () => {
    const c = ctx(true);
    const code = await pullCommand.run([...conn(), '--remote', remote, '--dest', 'got', '--settle', '0'], c);
    expect(code).toBe(0);
    const doc = JSON.parse(c.out.join(''));
    expect(doc).toMatchObject({ verified: true, files: 1, bytes: 3_000_000, failed: [] });
    expect(
      createHash('sha256')
        .update(readFileSync(join(dir, 'got', 'run one', 'model.pt')))
        .digest('hex'),
    ).toBe(sum);
    const check = spawnSync('sha256sum', ['-c', '.tenant-pull/SHA256SUMS'], {
      cwd: join(dir, 'got'),
      encoding: 'utf8',
    });
    expect(check.stdout).toContain('run one/model.pt: OK');
  });

  it('exits 1 when a checkpoint check fails, 0 with --allow-partial', async () => {
    const args = [...conn(), '--remote', remote, '--dest', 'chk', '--settle', '0', '--verify-command', 'exit 4'];
    expect(await pullCommand.run(args, ctx())).toBe(1);
    expect(await pullCommand.run([...args, '--allow-partial'], ctx())).toBe(0);
  });
});

describe('progress bar', () => {
  it('renders bytes, rate, eta and files', () => {
    const line = renderProgress({
      totalBytes: 200 * 2 ** 20,
      movedBytes: 50 * 2 ** 20,
      verifiedBytes: 0,
      totalFiles: 4,
      verifiedFiles: 1,
      elapsedMs: 1000,
      phase: 'transfer',
    });
    expect(line).toMatch(/^\[█{6}░{18}\]  25%  50\.0 MiB\/200 MiB  52\.4 MB\/s  eta 3s  1\/4 verified$/);
  });
  it('draws in place on a terminal, at most every 100 ms, and nothing elsewhere', () => {
    const out: string[] = [];
    let t = 0;
    const bar = new ProgressBar(
      (s) => out.push(s),
      true,
      () => t,
    );
    const p = {
      totalBytes: 10,
      movedBytes: 5,
      verifiedBytes: 0,
      totalFiles: 1,
      verifiedFiles: 0,
      elapsedMs: 10,
      phase: 'transfer' as const,
    };
    bar.update(p);
    t = 50;
    bar.update(p);
    t = 150;
    bar.update(p);
    bar.clear();
    expect(out.filter((s) => s.includes('%'))).toHaveLength(2);
    expect(out.at(-1)).toBe('\r\x1b[2K');
    const off: string[] = [];
    new ProgressBar((s) => off.push(s), false).update(p);
    expect(off).toEqual([]);
  });
});
