/** The verify-resume action's inputs, read and validated into VerifyResumeSettings plus the connection. */
import { isAbsolute, join } from 'node:path';
import { readInput, readMultilineInput } from '../../adapters/actions-io.js';
import { ConfigurationError } from '../../core/errors.js';
import type { ConnectionSettings } from '../../core/host/connection.js';
import { loadProfile } from '../../core/profiles/loader.js';
import { parseKillSpec } from '../../core/resume/kill-strategy.js';
import { resumeProfileFacts } from '../../core/resume/profile-facts.js';
import { parseProgressSpec } from '../../core/resume/progress.js';
import {
  guessPython,
  parseEnvLines,
  parseSignal,
  positiveInt,
  VERIFY_DEFAULTS,
  type VerifyResumeSettings,
} from '../../core/resume/settings.js';
import { parseDuration } from '../../core/resume/young-daly.js';
import type { DetachMode } from '../../core/run/start.js';
import type { Ui } from '../../core/ui.js';
import { connectionSettingsFromInputs } from '../connection-inputs.js';

export const INPUTS = {
  command: 'command',
  workdir: 'workdir',
  checkpoint: 'checkpoint',
  progress: 'progress',
  kill: 'kill',
  signal: 'signal',
  grace: 'grace',
  kills: 'kills',
  seed: 'seed',
  reference: 'reference',
  allowPickle: 'allow-pickle',
  python: 'python',
  env: 'env',
  secrets: 'secrets',
  judgeSteps: 'judge-steps',
  mtbf: 'mtbf',
  timeout: 'timeout',
  clean: 'clean',
  detach: 'detach',
  reportPath: 'report-path',
  failOnFail: 'fail-on-fail',
} as const;

export const OUTPUTS = {
  verdict: 'verdict',
  resumedFromStep: 'resumed-from-step',
  stepsLost: 'steps-lost',
  reportPath: 'report-path',
  failingRule: 'failing-rule',
  checkpointWriteSeconds: 'checkpoint-write-seconds',
} as const;

export interface ActionSettings {
  connection: ConnectionSettings;
  verify: VerifyResumeSettings;
  reportPath: string;
  failOnFail: boolean;
}

function bool(name: string, fallback: boolean): boolean {
  const v = readInput(name).trim().toLowerCase();
  if (v === '') return fallback;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new ConfigurationError(`input '${name}' must be true or false, got '${v}'`, name);
}

function opt(name: string): string | undefined {
  const v = readInput(name).trim();
  return v === '' ? undefined : v;
}

export function readSettings(ui: Ui, env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const connection = connectionSettingsFromInputs(readInput, ui);
  const secretEnv = parseEnvLines(readMultilineInput(INPUTS.secrets), INPUTS.secrets);
  for (const value of Object.values(secretEnv)) ui.mask(value);
  const command = readInput(INPUTS.command).trim();
  if (command === '')
    throw new ConfigurationError(
      "input 'command' is required: the training command line, e.g. python train.py",
      INPUTS.command,
    );
  const checkpoint = readMultilineInput(INPUTS.checkpoint)
    .map((s) => s.trim())
    .filter(Boolean);
  if (checkpoint.length === 0) {
    throw new ConfigurationError(
      "input 'checkpoint' is required: where the training saves, e.g. checkpoints/*.pt (relative to workdir)",
      INPUTS.checkpoint,
    );
  }
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const wdIn = opt(INPUTS.workdir);
  // On the runner itself (profile local) a relative workdir is relative to the workspace; over SSH, to the login dir.
  const workdir =
    connection.profile === 'local'
      ? wdIn
        ? isAbsolute(wdIn)
          ? wdIn
          : join(workspace, wdIn)
        : workspace
      : (wdIn ?? '.');
  const facts = resumeProfileFacts(loadProfile(connection.profile));
  const detach = (opt(INPUTS.detach) ?? 'auto') as DetachMode;
  if (!['auto', 'tmux', 'nohup'].includes(detach))
    throw new ConfigurationError("input 'detach' must be auto, tmux or nohup", INPUTS.detach);
  const seedIn = opt(INPUTS.seed);
  const graceIn = opt(INPUTS.grace);
  const reportIn = opt(INPUTS.reportPath);
  const reportPath = reportIn
    ? isAbsolute(reportIn)
      ? reportIn
      : join(workspace, reportIn)
    : join(env.RUNNER_TEMP || workspace, 'tenant', 'verify-resume-report.json');
  const mtbf = opt(INPUTS.mtbf);
  const verify: VerifyResumeSettings = {
    command: { script: command },
    commandText: command,
    workdir,
    checkpoint,
    progress: parseProgressSpec(opt(INPUTS.progress) ?? 'auto', INPUTS.progress),
    kill: parseKillSpec(opt(INPUTS.kill) ?? 'random', INPUTS.kill),
    signal: parseSignal(opt(INPUTS.signal), INPUTS.signal, VERIFY_DEFAULTS.signal),
    graceSeconds: graceIn !== undefined ? parseDuration(graceIn, INPUTS.grace) : facts.graceSeconds,
    kills: positiveInt(opt(INPUTS.kills), INPUTS.kills, VERIFY_DEFAULTS.kills),
    seed: seedIn !== undefined ? positiveInt(seedIn, INPUTS.seed, 0, 0) : Math.floor(Math.random() * 2 ** 31),
    reference: bool(INPUTS.reference, false),
    allowPickle: bool(INPUTS.allowPickle, false),
    python: opt(INPUTS.python) ?? guessPython({ script: command }),
    env: { ...parseEnvLines(readMultilineInput(INPUTS.env), INPUTS.env), ...secretEnv },
    detach,
    judgeSteps: positiveInt(opt(INPUTS.judgeSteps), INPUTS.judgeSteps, VERIFY_DEFAULTS.judgeSteps),
    maxJudgeSteps: VERIFY_DEFAULTS.maxJudgeSteps,
    timeoutSeconds: opt(INPUTS.timeout)
      ? parseDuration(opt(INPUTS.timeout) as string, INPUTS.timeout)
      : VERIFY_DEFAULTS.timeoutSeconds,
    ...(mtbf ? { mtbfSeconds: parseDuration(mtbf, INPUTS.mtbf) } : {}),
    lossTolerance: VERIFY_DEFAULTS.lossTolerance,
    clean: bool(INPUTS.clean, false),
    profileId: facts.id,
    durability: facts.durability,
    pollMs: VERIFY_DEFAULTS.pollMs,
  };
  return { connection, verify, reportPath, failOnFail: bool(INPUTS.failOnFail, true) };
}
