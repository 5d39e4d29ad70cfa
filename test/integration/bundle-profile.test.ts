import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { node24, runLikeRunner } from '../harness/runner.js';

// The built bundle, run exactly as the runner runs a node20 / node24 action.
const runtimes = [
  ['node 20', process.execPath],
  ['node 24', node24()],
] as const;

it('the tests run on Node 20 and the second runtime really is Node 24', async () => {
  expect(process.versions.node.split('.')[0]).toBe('20');
  const { execFileSync } = await import('node:child_process');
  expect(execFileSync(node24(), ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./);
});

describe.each(runtimes)('dist/profile under %s', (_label, node) => {
  it('writes outputs, the post flag and a job summary', async () => {
    const r = await runLikeRunner('dist/profile/index.js', { node, inputs: { profile: 'runpod' } });
    expect(r.code).toBe(0);
    expect(r.outputs['checkpoint-dir']).toBe('/workspace/checkpoints');
    expect(r.outputs['preemption-signal']).toBe('TERM');
    expect(Number(r.outputs['grace-seconds'])).toBeGreaterThan(0);
    expect(r.state['tenant-is-post']).toBe('true');
    expect(r.summary).toContain('| mount | path | survives stop | survives destroy | source |');
    expect(r.summary).toMatch(/seed\/remote-gpu-trainer\/profiles\/runpod\.md/);
  });

  it('an unknown profile fails the step with one line naming the input and the known ids', async () => {
    const r = await runLikeRunner('dist/profile/index.js', { node, inputs: { profile: 'nope' } });
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/nope/);
    expect(errors[0]).toMatch(/autodl/);
    expect(r.outputs).toEqual({});
  });

  it('a profile that is not a pre-validated built-in is parsed and validated (the loader chunk)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenant-profiles-'));
    const text = readFileSync('profiles/runpod.yml', 'utf8');
    writeFileSync(join(dir, 'runpod.yml'), `${text}\n# edited\n`);
    const ok = await runLikeRunner('dist/profile/index.js', {
      node,
      inputs: { profile: 'runpod' },
      env: { TENANT_PROFILES_DIR: dir },
    });
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.outputs['checkpoint-dir']).toBe('/workspace/checkpoints');
    writeFileSync(join(dir, 'runpod.yml'), text.replace(/^kind: .*$/m, 'kind: bogus'));
    const bad = await runLikeRunner('dist/profile/index.js', {
      node,
      inputs: { profile: 'runpod' },
      env: { TENANT_PROFILES_DIR: dir },
    });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/::error::tenant\/profile: .*runpod\.yml: kind: must be one of/);
  });

  it('a missing required input fails the step naming it', async () => {
    const r = await runLikeRunner('dist/profile/index.js', { node, inputs: {} });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::tenant\/profile: input 'profile' is required/);
  });
});

describe('dist/profile on every profile', () => {
  it.each(['autodl', 'kubernetes', 'local', 'slurm', 'china-matpool'])('%s resolves', async (profile) => {
    const r = await runLikeRunner('dist/profile/index.js', { inputs: { profile } });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs['checkpoint-dir']).toMatch(/\S/);
  });
});
