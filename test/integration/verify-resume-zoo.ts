/**
 * The trainer zoo through the `tenant verify-resume` command (in-process, the CLI's own code path), shared by
 * the LocalHost and the sshd suites. Each case names the verdict, the failing rule and the likely bug.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { verifyResumeCommand } from '../../src/cli/commands/verify-resume.js';
import type { VerifyReport } from '../../src/core/resume/report.js';
import { RecordingUi } from '../../src/core/ui.js';

export const PYTHON = '/usr/bin/python3';
const TRAINERS = resolve('examples/trainers');
const STDLIB = ['--epochs', '3', '--steps-per-epoch', '12', '--ckpt-every', '5', '--step-time', '0.06'];
const TORCH = ['--epochs', '3', '--steps-per-epoch', '10', '--ckpt-every', '4', '--step-time', '0.06'];

export interface ZooCase {
  name: string;
  trainer: string;
  args: string[];
  flags?: string[];
  /** Checkpoints go to /dev/shm/<dir> (the volatile variant). */
  shm?: boolean;
  expect: { verdict: 'PASS' | 'FAIL'; rule?: string; bug?: string; failing?: string[] };
}

export const ZOO: ZooCase[] = [
  { name: 'stdlib', trainer: 'tiny_trainer.py', args: STDLIB, expect: { verdict: 'PASS' } },
  { name: 'torch', trainer: 'torch_trainer.py', args: TORCH, expect: { verdict: 'PASS' } },
  {
    name: 'restart-from-zero',
    trainer: 'broken_restart_from_zero.py',
    args: STDLIB,
    expect: {
      verdict: 'FAIL',
      rule: 'resumed-step',
      bug: 'restart-from-zero',
      failing: ['resumed-step', 'loss-continuity'],
    },
  },
  {
    name: 'weights-only',
    trainer: 'broken_weights_only.py',
    args: TORCH,
    expect: { verdict: 'FAIL', rule: 'full-state', bug: 'weights-only', failing: ['full-state', 'resumed-step'] },
  },
  {
    name: 'non-atomic',
    trainer: 'broken_non_atomic.py',
    args: TORCH,
    flags: ['--kill', 'during-save'],
    expect: {
      verdict: 'FAIL',
      rule: 'checkpoint-loadable',
      bug: 'corrupt-on-kill',
      failing: ['checkpoint-loadable', 'error-signature'],
    },
  },
  {
    name: 'dev-shm',
    trainer: 'broken_volatile_dev_shm.py',
    args: STDLIB,
    shm: true,
    expect: { verdict: 'FAIL', rule: 'durable-path', bug: 'volatile-path', failing: ['durable-path'] },
  },
  {
    name: 'lr-not-saved',
    trainer: 'broken_lr_not_saved.py',
    args: STDLIB,
    expect: { verdict: 'FAIL', bug: 'lr-reset', failing: ['full-state'] },
  },
  {
    name: 'epoch-replay',
    trainer: 'broken_epoch_replay.py',
    args: STDLIB,
    expect: { verdict: 'FAIL', rule: 'epoch-length', bug: 'epoch-replay', failing: ['epoch-length'] },
  },
];

export interface ZooRun {
  code: number;
  report: VerifyReport | undefined;
  ui: RecordingUi;
  workdir: string;
}

let counter = 0;

/** Runs one case through `verifyResumeCommand` with the given connection flags; JSON report on stdout. */
export async function runZoo(
  c: ZooCase,
  hostFlags: string[],
  extraFlags: string[] = [],
  reuseWorkdir?: string,
): Promise<ZooRun> {
  const id = `${c.name}-${process.pid}-${++counter}`;
  const workdir = reuseWorkdir ?? resolve('.tmp/zoo-tests', id);
  if (!reuseWorkdir) {
    rmSync(workdir, { recursive: true, force: true });
    mkdirSync(workdir, { recursive: true });
  }
  const shmDir = `/dev/shm/tenant-zoo-${id}`;
  const checkpoint = c.shm ? `${shmDir}/*` : 'checkpoints/*';
  const trainerArgs = [...c.args, ...(c.shm ? ['--ckpt-dir', `tenant-zoo-${id}`] : [])];
  const argv = [
    ...hostFlags,
    '--workdir',
    workdir,
    '--checkpoint',
    checkpoint,
    '--seed',
    '11',
    '--timeout',
    '120',
    ...(c.flags ?? []),
    ...extraFlags,
    '--',
    PYTHON,
    `${TRAINERS}/${c.trainer}`,
    ...trainerArgs,
  ];
  const ui = new RecordingUi();
  let out = '';
  try {
    const code = await verifyResumeCommand.run(argv, {
      ui,
      json: true,
      stdout: (t) => (out += t),
      env: process.env,
      cwd: process.cwd(),
    });
    const report = out.trim().startsWith('{') ? (JSON.parse(out) as VerifyReport) : undefined;
    return { code, report, ui, workdir };
  } finally {
    if (c.shm) rmSync(shmDir, { recursive: true, force: true });
  }
}

/** A compact description for assertion messages. */
export function describeRun(r: ZooRun): string {
  const rules = r.report?.rules
    .filter((x) => x.status !== 'pass' && x.status !== 'skip')
    .map((x) => `${x.id}=${x.status}: ${x.evidence}`);
  const log = r.ui.lines.map((l) => `${l.level}: ${l.message}`);
  return JSON.stringify({ code: r.code, verdict: r.report?.verdictLine, rules, log }, null, 2);
}
