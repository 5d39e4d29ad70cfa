/**
 * verify-resume wall time against the time the training itself needs for the same evidence, measured here in
 * the same process:
 *
 *   baseline B = (the trainer, run alone, from start to its first checkpoint on disk)
 *              + (its start-up again, for the relaunch) + (the steps verify-resume judged after the relaunch
 *                × the trainer's own time per step)
 *   ratio      = verify-resume wall time / B                      target ≤ 1.15×
 *   gap        = last judged log line read → verdict ready        target ≤ 1 s
 *   read lag   = log line written (its timestamp) → read by tenant
 *
 * Over LocalHost, with the stdlib trainer (or the torch one: `torch` as the second argument).
 * Run: `npx tsx bench/verify-resume.ts [runs=3] [stdlib|torch]`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LocalHost } from '../src/adapters/local-host.js';
import { parseKillSpec } from '../src/core/resume/kill-strategy.js';
import { verifyResume } from '../src/core/resume/procedure.js';
import { parseProgressSpec } from '../src/core/resume/progress.js';
import { VERIFY_DEFAULTS, type VerifyResumeSettings } from '../src/core/resume/settings.js';
import { RecordingUi } from '../src/core/ui.js';

const runs = Number(process.argv[2] ?? 3);
const kind = process.argv[3] === 'torch' ? 'torch' : 'stdlib';
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const trainer = resolve('examples/trainers', kind === 'torch' ? 'torch_trainer.py' : 'tiny_trainer.py');
const args =
  kind === 'torch'
    ? ['--epochs', '3', '--steps-per-epoch', '20', '--ckpt-every', '8', '--step-time', '0.1']
    : ['--epochs', '3', '--steps-per-epoch', '20', '--ckpt-every', '8', '--step-time', '0.1'];
const root = resolve('bench/out/verify-resume');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** The trainer alone: time to its first log line (start-up), to its first checkpoint, and per step. */
async function plainRun(dir: string): Promise<{ startup: number; firstCheckpoint: number; perStep: number }> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  const child = spawn(PYTHON, [trainer, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] });
  const stamps: number[] = [];
  let firstCheckpoint = NaN;
  const poll = setInterval(() => {
    if (Number.isNaN(firstCheckpoint) && existsSync(`${dir}/checkpoints/latest.${kind === 'torch' ? 'pt' : 'json'}`)) {
      firstCheckpoint = performance.now() - t0;
    }
  }, 2);
  let buf = '';
  child.stdout.on('data', (d: Buffer) => {
    buf += d.toString();
    const lines = buf.split('\n');
    buf = lines.pop() ?? '';
    for (const l of lines) if (l.startsWith('{')) stamps.push(performance.now() - t0);
  });
  await new Promise((r) => child.on('close', r));
  clearInterval(poll);
  const per = stamps.slice(1).map((s, i) => s - (stamps[i] ?? 0));
  return { startup: stamps[0] ?? NaN, firstCheckpoint, perStep: median(per) };
}

function settings(workdir: string, seed: number): VerifyResumeSettings {
  return {
    command: { argv: [PYTHON, trainer, ...args] },
    commandText: `${PYTHON} ${trainer} ${args.join(' ')}`,
    workdir,
    checkpoint: ['checkpoints/*'],
    progress: parseProgressSpec('auto'),
    kill: parseKillSpec('random'),
    signal: 'KILL',
    graceSeconds: 0,
    kills: 1,
    seed,
    reference: false,
    allowPickle: false,
    python: PYTHON,
    env: {},
    detach: 'auto',
    judgeSteps: VERIFY_DEFAULTS.judgeSteps,
    maxJudgeSteps: VERIFY_DEFAULTS.maxJudgeSteps,
    timeoutSeconds: 300,
    lossTolerance: VERIFY_DEFAULTS.lossTolerance,
    clean: true,
    profileId: 'local',
    pollMs: VERIFY_DEFAULTS.pollMs,
  };
}

const host = new LocalHost();
const rows: { wall: number; base: number; ratio: number; gap: number; judged: number; lost: number }[] = [];
for (let i = 0; i < runs; i++) {
  const plain = await plainRun(`${root}/plain`);
  const workdir = `${root}/verify`;
  rmSync(workdir, { recursive: true, force: true });
  mkdirSync(workdir, { recursive: true });
  const t0 = performance.now();
  const out = await verifyResume(host, settings(workdir, 1000 + i), new RecordingUi());
  const wall = performance.now() - t0;
  const relaunch = out.report.attempts.find((a) => a.role === 'relaunch');
  const judged = relaunch?.records ?? 0;
  const base = plain.firstCheckpoint + plain.startup + judged * plain.perStep;
  const row = {
    wall,
    base,
    ratio: wall / base,
    gap: out.verdictAtMs - out.evidenceAtMs,
    judged,
    lost: out.report.stepsLost ?? 0,
  };
  rows.push(row);
  console.log(
    `run ${i + 1}: ${out.report.verdict}; verify-resume ${(wall / 1000).toFixed(2)} s; baseline ${(base / 1000).toFixed(2)} s ` +
      `(first checkpoint ${(plain.firstCheckpoint / 1000).toFixed(2)} s + start-up ${(plain.startup / 1000).toFixed(2)} s + ${judged} judged steps × ${(plain.perStep / 1000).toFixed(3)} s); ` +
      `ratio ${row.ratio.toFixed(2)}× (+${((wall - base) / 1000).toFixed(2)} s); evidence→verdict ${row.gap.toFixed(0)} ms; steps lost to the kill ${row.lost}`,
  );
}
await host.close();
const load = (await import('node:os')).loadavg()[0]?.toFixed(2);
console.log(
  `\n${kind} trainer, load average ${load}, median of ${runs}: ratio ${median(rows.map((r) => r.ratio)).toFixed(2)}× (target ≤ 1.15×); ` +
    `evidence→verdict ${median(rows.map((r) => r.gap)).toFixed(0)} ms (target ≤ 1000 ms)`,
);
