import { describe, expect, it } from 'vitest';
import { readPullInputs } from '../../src/actions/pull-artifacts/inputs.js';
import type { Session } from '../../src/core/session/session.js';
import { RecordingUi } from '../../src/core/ui.js';

const KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----\n';
const reader =
  (inputs: Record<string, string>) =>
  (name: string): string =>
    (inputs[name] ?? '').trim();

const session: Session = {
  version: 1,
  profile: 'runpod',
  connection: { host: '10.1.2.3', port: 2222, user: 'root', hostKeyFingerprint: 'SHA256:' + 'A'.repeat(43) },
  run: {
    runId: 'r',
    remoteDir: '/r',
    workdir: '/w',
    checkpointDir: '/workspace/ckpt',
    logPath: '/r/log',
    pgid: 1,
    command: 'python train.py',
    startedAt: '2026-01-01T00:00:00Z',
  },
  pulls: [],
};

describe('pull-artifacts inputs', () => {
  it('takes the box, its host key and the checkpoint dir from the launch session', () => {
    const ui = new RecordingUi();
    const { request, handoff } = readPullInputs(reader({ 'private-key': KEY }), ui, session, {
      GITHUB_WORKSPACE: '/ws',
    });
    expect(request.connection).toMatchObject({
      profile: 'runpod',
      host: '10.1.2.3',
      port: 2222,
      user: 'root',
      hostFingerprint: session.connection?.hostKeyFingerprint,
    });
    expect(request.specs).toEqual(['/workspace/ckpt']);
    expect(request.dest).toBe('/ws/tenant-pull');
    expect(request.transfer).toBe('auto');
    expect(request.attempts).toBe(6);
    expect(handoff).toEqual({ kind: 'none' });
    expect(ui.secrets.some((s) => s.includes('BEGIN OPENSSH PRIVATE KEY'))).toBe(true);
  });

  it('explicit inputs win over the session, one remote path per line', () => {
    const { request } = readPullInputs(
      reader({
        host: 'box.example',
        user: 'ubuntu',
        'private-key': KEY,
        'known-hosts': 'box.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl',
        remote: '/a,b\n# comment\n/c/*.pt',
        retries: '0',
        'settle-seconds': '0.5',
        exclude: '*.log\nwandb/*',
      }),
      new RecordingUi(),
      session,
      { GITHUB_WORKSPACE: '/ws' },
    );
    expect(request.connection.host).toBe('box.example');
    expect(request.connection.port).toBe(22);
    expect(request.connection.hostFingerprint).toBeUndefined();
    expect(request.specs).toEqual(['/a,b', '/c/*.pt']);
    expect(request.attempts).toBe(1);
    expect(request.settleMs).toBe(500);
    expect(request.exclude).toEqual(['*.log', 'wandb/*']);
  });

  it('names the input to fix', () => {
    const ui = new RecordingUi();
    expect(() => readPullInputs(reader({ 'private-key': KEY }), ui, undefined)).toThrow(/input 'host' is required/);
    expect(() => readPullInputs(reader({ host: 'h', user: 'u', 'private-key': KEY }), ui, undefined)).toThrow(
      /input 'remote' is required/,
    );
    const base = { host: 'h', user: 'u', 'private-key': KEY, remote: '/x' };
    expect(() => readPullInputs(reader({ ...base, upload: 'gcs' }), ui, undefined)).toThrow(
      /upload 'gcs' must be artifact, cache or none/,
    );
    expect(() => readPullInputs(reader({ ...base, upload: 'cache' }), ui, undefined)).toThrow(/cache-key is required/);
    expect(() =>
      readPullInputs(reader({ ...base, upload: 'artifact', 'artifact-name': 'a/b' }), ui, undefined),
    ).toThrow(/artifact-name 'a\/b' contains "\/"/);
    expect(() => readPullInputs(reader({ ...base, transfer: 'scp' }), ui, undefined)).toThrow(/transfer 'scp'/);
    expect(() => readPullInputs(reader({ ...base, dest: '/' }), ui, undefined)).toThrow(/dest is the filesystem root/);
    expect(
      readPullInputs(reader({ ...base, upload: 'artifact', 'retention-days': '3' }), ui, undefined).handoff,
    ).toEqual({ kind: 'artifact', name: 'checkpoints', retentionDays: 3 });
  });
});
