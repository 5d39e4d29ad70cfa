import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import type { VerifyReport } from '../../src/core/resume/report.js';
import { node24, runLikeRunner } from '../harness/runner.js';
import { describeRun, PYTHON, runZoo, ZOO, type ZooCase } from './verify-resume-zoo.js';

const LOCAL = ['--profile', 'local'];
const stdlib = ZOO.find((z) => z.name === 'stdlib') as ZooCase;
const replay = ZOO.find((z) => z.name === 'epoch-replay') as ZooCase;

describe('verify-resume modes (LocalHost)', () => {
  it('TERM with a grace period: the trainer saves on SIGTERM and exits inside the grace; nothing is lost', async () => {
    const r = await runZoo(stdlib, LOCAL, ['--signal', 'TERM', '--grace', '5']);
    const why = describeRun(r);
    expect(r.report?.verdict, why).toBe('PASS');
    const k = r.report?.kills[0];
    expect(k, why).toMatchObject({ signal: 'TERM', graceSeconds: 5, escalated: false, stepsLost: 0 });
    expect(k?.exitSeconds, why).toBeLessThan(5);
    expect(k?.firstResumedStep, why).toBe((k?.checkpointStep ?? NaN) + 1);
  });

  it('two kills: both cycles resume', async () => {
    const r = await runZoo(stdlib, LOCAL, ['--kills', '2']);
    const why = describeRun(r);
    expect(r.report?.verdict, why).toBe('PASS');
    expect(r.report?.kills, why).toHaveLength(2);
    expect(
      r.report?.attempts.map((a) => a.role),
      why,
    ).toEqual(['fresh', 'relaunch', 'relaunch']);
    expect(r.report?.kills[1]?.checkpointStep ?? 0, why).toBeGreaterThan(r.report?.kills[0]?.checkpointStep ?? 0);
  });

  it('--reference: a correct resume matches the uninterrupted run; a replaying one ends late', async () => {
    const ok = await runZoo(stdlib, LOCAL, ['--reference']);
    expect(ok.report?.verdict, describeRun(ok)).toBe('PASS');
    const ref = ok.report?.rules.find((x) => x.id === 'reference-match');
    expect(ref?.status, describeRun(ok)).toBe('pass');
    expect(ref?.evidence).toMatch(/both ended at step 36/);
    expect(ok.report?.series.reference.length).toBeGreaterThan(0);
    const bad = await runZoo(replay, LOCAL, ['--reference']);
    const rules = bad.report?.rules.filter((x) => x.status === 'fail').map((x) => x.id);
    expect(rules, describeRun(bad)).toEqual(expect.arrayContaining(['epoch-length', 'reference-match']));
  });

  it('step:N; a second run refuses the non-empty checkpoint directory unless --clean', async () => {
    const first = await runZoo(stdlib, LOCAL, ['--kill', 'step:3']);
    expect(first.report?.verdict, describeRun(first)).toBe('PASS');
    expect(first.report?.kills[0]?.killedAtStep ?? 0).toBeGreaterThanOrEqual(6); // first save at 5, so after it
    await expect(runZoo(stdlib, LOCAL, [], first.workdir)).rejects.toThrow(ConfigurationError);
    await expect(runZoo(stdlib, LOCAL, [], first.workdir)).rejects.toThrow(/already match .*pass clean/);
    const again = await runZoo(stdlib, LOCAL, ['--clean'], first.workdir);
    expect(again.report?.verdict, describeRun(again)).toBe('PASS');
  });
});

// The runner starts actions from a shell, so their environment carries SHLVL; without it Debian's bash sources
// ~/.bashrc for every non-interactive `bash -c` (here a pyenv init: 1-2 s per exec under load). The harness
// starts from an empty environment, so it is set here as the runner would have it.
const RUNNER_ENV = { SHLVL: '1' };

describe('the verify-resume bundle, run as the runner runs it', () => {
  it('writes the verdict outputs, the job summary and the JSON report', async () => {
    const workdir = resolve('.tmp/zoo-tests', `bundle-${process.pid}`);
    rmSync(workdir, { recursive: true, force: true });
    mkdirSync(workdir, { recursive: true });
    const trainer = resolve('examples/trainers/tiny_trainer.py');
    const r = await runLikeRunner('dist/verify-resume/index.js', {
      node: node24(),
      timeoutMs: 120_000,
      env: RUNNER_ENV,
      inputs: {
        profile: 'local',
        command: `${PYTHON} ${trainer} --epochs 3 --steps-per-epoch 12 --ckpt-every 5 --step-time 0.08`,
        workdir,
        checkpoint: 'checkpoints/*',
        seed: '5',
        mtbf: '6h',
      },
    });
    const why = `${r.stdout}\n${r.stderr}`;
    expect(r.code, why).toBe(0);
    expect(r.outputs.verdict, why).toBe('PASS');
    expect(Number(r.outputs['resumed-from-step']), why).toBeGreaterThan(0);
    expect(r.outputs['steps-lost'], why).toMatch(/^\d+$/);
    const reportPath = r.outputs['report-path'] as string;
    expect(existsSync(reportPath), why).toBe(true);
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as VerifyReport;
    expect(report.verdict).toBe('PASS');
    expect(report.youngDaly).toHaveLength(1);
    expect(r.summary).toContain('tenant verify-resume: PASS');
    expect(r.summary).toContain('| Rule | Status | Evidence |');
    expect(r.summary).toContain('```mermaid');
    expect(r.stdout).toContain('::notice title=verify-resume::PASS');
  });

  it('fails the step on FAIL, with the failing rule in the outputs and an error annotation', async () => {
    const workdir = resolve('.tmp/zoo-tests', `bundle-fail-${process.pid}`);
    rmSync(workdir, { recursive: true, force: true });
    mkdirSync(workdir, { recursive: true });
    const trainer = resolve('examples/trainers/broken_restart_from_zero.py');
    const r = await runLikeRunner('dist/verify-resume/index.js', {
      node: node24(),
      timeoutMs: 120_000,
      env: RUNNER_ENV,
      inputs: {
        profile: 'local',
        command: `${PYTHON} ${trainer} --epochs 3 --steps-per-epoch 12 --ckpt-every 5 --step-time 0.08`,
        workdir,
        checkpoint: 'checkpoints/*',
      },
    });
    const why = `${r.stdout}\n${r.stderr}`;
    expect(r.code, why).toBe(1);
    expect(r.outputs, why).toMatchObject({ verdict: 'FAIL', 'failing-rule': 'resumed-step' });
    expect(r.stdout).toMatch(/::error title=verify-resume::FAIL — resumed-step: restart from zero/);
    expect(r.summary).toContain('❌ tenant verify-resume: FAIL');
  });
});
