/** `tenant launch`: flags into the same core; exit codes; secrets from the environment, never argv. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/command.js';
import { launchCommand, launchSettingsFromArgs } from '../../src/cli/commands/launch.js';
import { RecordingUi } from '../../src/core/ui.js';
import { startSshd, type SshdHarness } from '../harness/sshd.js';

let sshd: SshdHarness;
let dir: string;
beforeAll(async () => {
  sshd = await startSshd();
  dir = mkdtempSync(join(tmpdir(), 'tenant-cli-launch-'));
});
afterAll(async () => {
  await sshd?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function ctx(env: NodeJS.ProcessEnv = {}): CliContext & { out: string[]; ui: RecordingUi } {
  const out: string[] = [];
  return { ui: new RecordingUi(), json: false, stdout: (t) => out.push(t), env, cwd: dir, out };
}

describe('tenant launch', () => {
  it('parses flags: the command after --, secrets from named env vars, attach needs a run id', () => {
    const c = ctx({ HF_TOKEN: 'hf-secret-value' });
    const s = launchSettingsFromArgs(
      [
        '--profile',
        'local',
        '--mode',
        'follow',
        '--secret',
        'HF_TOKEN',
        '--env',
        'A=1',
        '--min-free-disk',
        '5G',
        '--',
        'python',
        'train.py',
        '--lr',
        '0.1 x',
      ],
      c,
    );
    expect(s).toMatchObject({
      mode: 'follow',
      command: "python train.py --lr '0.1 x'",
      secrets: { HF_TOKEN: 'hf-secret-value' },
      env: { A: '1' },
      minFreeDiskBytes: 5 * 1024 ** 3,
    });
    expect(c.ui.secrets).toContain('hf-secret-value');
    expect(() => launchSettingsFromArgs(['--profile', 'local', '--secret', 'UNSET_VAR', '--', 'x'], ctx())).toThrow(
      /set the environment variable UNSET_VAR/,
    );
    expect(() => launchSettingsFromArgs(['--profile', 'local', '--mode', 'attach'], ctx())).toThrow(/needs --run-id/);
    expect(() => launchSettingsFromArgs(['--profile', 'local', '--bogus', '--', 'x'], ctx())).toThrow(/bogus/);
  });

  it('follows a run over ssh and exits with its exit code', async () => {
    const key = join(dir, 'id');
    writeFileSync(key, sshd.clientKeys.ed25519.text, { mode: 0o600 });
    const c = ctx({ TOKEN: 'tok-abc-123' });
    const code = await launchCommand.run(
      [
        ...[
          '--host',
          '127.0.0.1',
          '--port',
          String(sshd.port),
          '--user',
          sshd.user,
          '--identity',
          key,
          '--known-hosts',
          sshd.knownHostsFile,
        ],
        ...[
          '--mode',
          'follow',
          '--payload',
          'none',
          '--expect-gpu',
          'none',
          '--min-free-disk',
          '1',
          '--workdir',
          join(dir, 'w'),
          '--checkpoint-dir',
          join(dir, 'c'),
        ],
        ...[
          '--secret',
          'TOKEN',
          '--',
          '/usr/bin/python3',
          '-c',
          'import os,sys; print("len", len(os.environ["TOKEN"])); sys.exit(6)',
        ],
      ],
      c,
    );
    expect(code).toBe(6);
    expect(c.out.join('')).toBe('len 11\n');
    const report = c.ui.lines.map((l) => l.message).join('\n');
    expect(report).toMatch(/state exited, exit 6/);
    expect(report).not.toContain('tok-abc-123');
    expect(readFileSync(join(dir, 'w', '.tenant', '.gitignore'), 'utf8')).toBe('*\n');
  });
});
