/**
 * dist/pull-artifacts run the way the runner runs it (INPUT_* env, GITHUB_OUTPUT/STATE/STEP_SUMMARY files,
 * Node 20 and Node 24), against a real sshd, with the real @actions/artifact and @actions/cache talking to a
 * fake results service.
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeResultsService, type FakeResultsService } from '../harness/fake-results-service.js';
import { node24, runLikeRunner } from '../harness/runner.js';
import { startSshd, type SshdHarness } from '../harness/sshd.js';

const BUNDLE = join(process.cwd(), 'dist/pull-artifacts/index.js');
let sshd: SshdHarness;
let fake: FakeResultsService;
let work: string;
let remote: string;
const hashes: Record<string, string> = {};

beforeAll(async () => {
  sshd = await startSshd();
  fake = await startFakeResultsService();
  work = mkdtempSync(join(tmpdir(), 'tenant-bundle-pull-'));
  remote = join(work, 'box', 'ckpt');
  for (const [rel, size] of Object.entries({
    'step-10/model.pt': 2_000_000,
    'step-10/state.json': 80,
    'step-20/model.pt': 2_100_000,
    'step-20/state.json': 81,
  })) {
    mkdirSync(join(remote, rel, '..'), { recursive: true });
    const data = randomBytes(size);
    writeFileSync(join(remote, rel), data);
    hashes[`ckpt/${rel}`] = createHash('sha256').update(data).digest('hex');
  }
});
afterAll(async () => {
  await sshd?.stop();
  await fake?.close();
  rmSync(work, { recursive: true, force: true });
});

function connectionInputs(): Record<string, string> {
  return {
    host: '127.0.0.1',
    port: String(sshd.port),
    user: sshd.user,
    'private-key': sshd.clientKeys.ed25519.text,
    'known-hosts': sshd.hostKeyLine,
    'settle-seconds': '0',
  };
}

function zipNames(zip: Buffer): string[] {
  const py =
    'import io,sys,zipfile; print("\\n".join(zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read())).namelist()))';
  return spawnSync('/usr/bin/python3', ['-c', py], { input: zip, encoding: 'utf8' }).stdout.trim().split('\n').sort();
}

describe.each([
  ['node 20', process.execPath],
  ['node 24', node24()],
] as const)('dist/pull-artifacts under %s', (_label, node) => {
  it('pulls, verifies, uploads an artifact through @actions/artifact, and writes outputs and a summary', async () => {
    const ws = mkdtempSync(join(work, 'ws-'));
    const r = await runLikeRunner(BUNDLE, {
      node,
      cwd: ws,
      timeoutMs: 120_000,
      inputs: {
        ...connectionInputs(),
        remote,
        dest: 'pulled',
        upload: 'artifact',
        'artifact-name': 'ckpt-run',
        'retention-days': '3',
      },
      env: { ACTIONS_RUNTIME_TOKEN: fake.runtimeToken, ACTIONS_RESULTS_URL: fake.url, GITHUB_WORKSPACE: ws },
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.verified).toBe('true');
    expect(r.outputs.files).toBe('4');
    expect(Number(r.outputs.bytes)).toBe(4_100_161);
    expect(r.outputs['manifest-path']).toBe(join(ws, 'pulled', '.tenant-pull', 'manifest.json'));
    expect(r.outputs['artifact-id']).toMatch(/^\d+$/);
    for (const [rel, h] of Object.entries(hashes))
      expect(
        createHash('sha256')
          .update(readFileSync(join(ws, 'pulled', rel)))
          .digest('hex'),
      ).toBe(h);
    const create = fake.calls.filter((c) => c.method === 'CreateArtifact').at(-1);
    expect(create?.body).toMatchObject({
      name: 'ckpt-run',
      workflow_run_backend_id: '11111111-2222-3333-4444-555555555555',
    });
    expect(create?.body.expires_at).toBeDefined();
    const blob = [...fake.blobs.entries()].filter(([k]) => k.includes('/artifacts/')).at(-1)?.[1];
    expect(blob && zipNames(blob)).toEqual(
      ['.tenant-pull/SHA256SUMS', '.tenant-pull/manifest.json', ...Object.keys(hashes)].sort(),
    );
    expect(r.summary).toContain('✅ **Verified**: 4 file(s)');
    expect(r.summary).toContain('| File | Size | sha256 | Via | Verified |');
    expect(r.summary).toMatch(/artifact ckpt-run \(id \d+/);
    // The key appears only in the runner's own ::add-mask:: commands.
    expect(r.stdout.split('\n').filter((l) => l.includes('PRIVATE KEY') && !l.startsWith('::add-mask::'))).toEqual([]);
  }, 150_000);
});

describe('dist/pull-artifacts hand-off and session', () => {
  it('saves the Actions cache, and reports a refused save without failing', async () => {
    const ws = mkdtempSync(join(work, 'ws-'));
    const env = {
      ACTIONS_RESULTS_URL: fake.url,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RUNTIME_TOKEN: fake.runtimeToken,
      GITHUB_WORKSPACE: ws,
    };
    const saved = await runLikeRunner(BUNDLE, {
      cwd: ws,
      timeoutMs: 120_000,
      env,
      inputs: { ...connectionInputs(), remote, dest: 'c', upload: 'cache', 'cache-key': 'ckpt-1' },
    });
    expect(saved.code, saved.stdout + saved.stderr).toBe(0);
    expect(saved.outputs['cache-key']).toBe('ckpt-1');
    expect(fake.calls.filter((c) => c.method === 'CreateCacheEntry').at(-1)?.body).toMatchObject({ key: 'ckpt-1' });
    expect([...fake.blobs.keys()].some((k) => k.includes('/cache/'))).toBe(true);

    fake.refuseCache('cache entry ckpt-1 already exists');
    try {
      const refused = await runLikeRunner(BUNDLE, {
        cwd: ws,
        timeoutMs: 120_000,
        env,
        inputs: { ...connectionInputs(), remote, dest: 'c', upload: 'cache', 'cache-key': 'ckpt-1' },
      });
      expect(refused.code, refused.stdout + refused.stderr).toBe(0);
      expect(refused.outputs.verified).toBe('true');
      expect(refused.outputs['cache-key']).toBeUndefined();
      expect(refused.stdout).toMatch(/::warning::cache not saved: the cache service refused to save key 'ckpt-1'/);
      expect(refused.summary).toContain('cache not saved');
    } finally {
      fake.refuseCache(undefined);
    }
    // No cache service at all: reported, not crashed.
    const none = await runLikeRunner(BUNDLE, {
      cwd: ws,
      timeoutMs: 120_000,
      env: { GITHUB_WORKSPACE: ws },
      inputs: { ...connectionInputs(), remote, dest: 'c', upload: 'cache', 'cache-key': 'k' },
    });
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/::warning::cache not saved: the Actions cache service is not available/);
  }, 200_000);

  it('takes the box and checkpoint dir from the launch session and records "pulled and verified"', async () => {
    const ws = mkdtempSync(join(work, 'ws-'));
    const sessionFile = join(ws, 'session.json');
    const session = {
      version: 1,
      profile: 'generic-ssh',
      connection: { host: '127.0.0.1', port: sshd.port, user: sshd.user, hostKeyFingerprint: sshd.hostKeyFingerprint },
      run: {
        runId: 'r1',
        remoteDir: '/x',
        workdir: '/x',
        checkpointDir: remote,
        logPath: '/x/log',
        pgid: 1,
        command: 'python train.py',
        startedAt: new Date().toISOString(),
      },
      pulls: [],
    };
    writeFileSync(sessionFile, JSON.stringify(session));
    const r = await runLikeRunner(BUNDLE, {
      cwd: ws,
      timeoutMs: 120_000,
      env: { TENANT_SESSION: sessionFile, GITHUB_WORKSPACE: ws },
      inputs: {
        'private-key': sshd.clientKeys.ed25519.text,
        'settle-seconds': '0',
        'verify-command': 'test -s "$1/model.pt" && test "$TENANT_CHECKPOINT" = "$1"',
      },
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.verified).toBe('true');
    const after = JSON.parse(readFileSync(sessionFile, 'utf8'));
    expect(after.pulls).toHaveLength(1);
    expect(after.pulls[0]).toMatchObject({ verified: true, files: 4, bytes: 4_100_161, remotePaths: [remote] });
    expect(after.pulls[0].manifestSha256).toBe(r.outputs['manifest-sha256']);
    const manifest = readFileSync(r.outputs['manifest-path'] as string);
    expect(createHash('sha256').update(manifest).digest('hex')).toBe(after.pulls[0].manifestSha256);
    expect(r.summary).toContain('| ckpt/step-10 | ✅ passed |');
  }, 150_000);

  it('fails the step naming the checkpoint when verify-command fails, unless allow-partial', async () => {
    const ws = mkdtempSync(join(work, 'ws-'));
    const inputs = {
      ...connectionInputs(),
      remote,
      dest: 'v',
      'verify-command': 'case "$1" in *step-20) echo "cannot load $1" >&2; exit 3;; esac',
    };
    const r = await runLikeRunner(BUNDLE, { cwd: ws, timeoutMs: 120_000, env: { GITHUB_WORKSPACE: ws }, inputs });
    expect(r.code).toBe(1);
    expect(r.outputs.verified).toBe('false');
    expect(r.stdout).toMatch(/::error::checkpoint ckpt\/step-20: verify-command failed: exit 3: cannot load/);
    expect(r.stdout).toMatch(/::error::tenant\/pull-artifacts: verify-command failed for ckpt\/step-20/);
    const partial = await runLikeRunner(BUNDLE, {
      cwd: ws,
      timeoutMs: 120_000,
      env: { GITHUB_WORKSPACE: ws },
      inputs: { ...inputs, 'allow-partial': 'true' },
    });
    expect(partial.code).toBe(0);
    expect(partial.outputs.verified).toBe('false');
  }, 150_000);

  it('a remote path that does not exist fails loudly, naming the input', async () => {
    const ws = mkdtempSync(join(work, 'ws-'));
    const r = await runLikeRunner(BUNDLE, {
      cwd: ws,
      timeoutMs: 60_000,
      env: { GITHUB_WORKSPACE: ws },
      inputs: { ...connectionInputs(), remote: join(work, 'nope') },
    });
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/nothing at .*nope.*check remote/);
  }, 60_000);
});
