/**
 * Settings of one verify-resume run, shared by the action (inputs.ts) and the CLI (flags): both build this
 * object and hand it to `verifyResume`.
 */
import { ConfigurationError } from '../errors.js';
import type { Command } from '../host/host.js';
import type { DetachMode } from '../run/start.js';
import type { DurabilityAnswer } from './evidence.js';
import type { KillSpec } from './kill-strategy.js';
import type { ProgressSpec } from './progress.js';

export interface VerifyResumeSettings {
  command: Command;
  /** The command as the user wrote it, for the report. */
  commandText: string;
  /** Working directory on the box (absolute, or relative to the login directory). */
  workdir: string;
  /** Checkpoint paths or globs, relative to the workdir or absolute. */
  checkpoint: string[];
  progress: ProgressSpec;
  kill: KillSpec;
  signal: 'KILL' | 'TERM';
  /** For TERM: seconds between SIGTERM and SIGKILL (the profile's grace unless overridden). */
  graceSeconds: number;
  kills: number;
  seed: number;
  reference: boolean;
  allowPickle: boolean;
  /** The training's interpreter, used to run the probe and the watcher on the box. */
  python: string;
  /** Environment for the training (written to the run's 0600 env file). */
  env: Record<string, string>;
  /** Where `.tenant/runs/` goes (default: the workdir). */
  runRoot?: string;
  detach: DetachMode;
  /** Progress records to see after a relaunch before judging (more when an epoch must finish). */
  judgeSteps: number;
  /** Upper bound on records read after the last relaunch when waiting for an epoch to end. */
  maxJudgeSteps: number;
  timeoutSeconds: number;
  /** Mean time between interruptions, for the Young/Daly interval. */
  mtbfSeconds?: number;
  /** Relative loss tolerance against the reference run. */
  lossTolerance: number;
  /** Remove checkpoints that already match before the fresh start. */
  clean: boolean;
  profileId: string;
  /** Profile facts about a path on the box (from the profile's storage model). */
  durability?: (realpath: string) => DurabilityAnswer;
  /** Log follow interval when there are no new bytes, ms. */
  pollMs: number;
}

export const VERIFY_DEFAULTS = {
  signal: 'KILL' as const,
  kills: 1,
  judgeSteps: 5,
  maxJudgeSteps: 2000,
  timeoutSeconds: 1800,
  lossTolerance: 0.05,
  pollMs: 50,
  detach: 'auto' as DetachMode,
  graceSeconds: 10,
};

/** The interpreter to probe with: the command's own when it starts with a python, else `python3`. */
export function guessPython(command: Command): string {
  const first = 'argv' in command ? command.argv[0] : command.script.trim().split(/\s+/)[0];
  if (first && /(^|\/)python[0-9.]*$/.test(first)) return first;
  return 'python3';
}

/** The first `*.py` the command runs (for the scaler/EMA usage check). */
export function trainingScript(command: Command): string | undefined {
  const words = 'argv' in command ? command.argv : command.script.split(/\s+/);
  return words.find((w) => /\.py$/.test(w) && !w.startsWith('-'));
}

export function positiveInt(text: string | undefined, input: string, fallback: number, min = 1): number {
  if (text === undefined || text.trim() === '') return fallback;
  if (!/^\d+$/.test(text.trim()) || Number(text) < min) {
    throw new ConfigurationError(`${input} must be a whole number ≥ ${min}, got ${JSON.stringify(text)}`, input);
  }
  return Number(text);
}

export function parseSignal(text: string | undefined, input: string, fallback: 'KILL' | 'TERM'): 'KILL' | 'TERM' {
  if (text === undefined || text.trim() === '') return fallback;
  const t = text.trim().toUpperCase().replace(/^SIG/, '');
  if (t !== 'KILL' && t !== 'TERM')
    throw new ConfigurationError(`${input} must be KILL or TERM, got ${JSON.stringify(text)}`, input);
  return t;
}

/** `KEY=VALUE` lines (blank lines and # comments skipped). */
export function parseEnvLines(lines: readonly string[], input: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!m) throw new ConfigurationError(`${input}: expected NAME=value, got ${JSON.stringify(line)}`, input);
    env[m[1] as string] = m[2] as string;
  }
  return env;
}
