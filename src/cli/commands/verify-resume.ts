/**
 * `tenant verify-resume [connection and --profile options] --workdir DIR --checkpoint GLOB [options] -- COMMAND ARGS...`
 * Exit 0 on PASS, 1 on FAIL, 2 on an error (bad options, no connection, a probe that cannot run).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openHost } from '../../adapters/open-host.js';
import { ConfigurationError, describeError } from '../../core/errors.js';
import type { Host } from '../../core/host/host.js';
import { loadProfile } from '../../core/profiles/loader.js';
import { parseKillSpec } from '../../core/resume/kill-strategy.js';
import { commandText, verifyResume } from '../../core/resume/procedure.js';
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
import { ruleTableText, summaryMarkdown } from '../../core/resume/summary-markdown.js';
import { VerificationIncomplete } from '../../core/resume/verification-incomplete.js';
import { parseDuration } from '../../core/resume/young-daly.js';
import type { DetachMode } from '../../core/run/start.js';
import { EXIT, type CliCommand, type CliContext } from '../command.js';
import { CONNECTION_FLAG_OPTIONS, CONNECTION_FLAGS_USAGE, connectionSettingsFromFlags } from '../connection-flags.js';

const USAGE = `Usage: tenant verify-resume [connection options] --workdir DIR --checkpoint GLOB [options] -- COMMAND ARGS...

Starts COMMAND fresh, waits for a committed checkpoint, kills the whole process group at a random instant,
probes the checkpoint, relaunches the byte-identical command, and proves from the checkpoint and the log
that training resumed: step, epoch, learning rate and loss continue; nothing was replayed or lost.

Options:
  --workdir DIR          working directory of COMMAND on the box (required)
  --checkpoint GLOB      checkpoint path or glob, relative to DIR (required; repeatable)
  --progress P           auto (default) | jsonl | regex:RE with named groups step, epoch, loss, lr
  --kill K               random (default, seeded) | step:N | during-save
  --signal S             KILL (default, abrupt) | TERM (then the profile's grace, then KILL)
  --grace SECONDS        grace between TERM and KILL (default: the profile's)
  --kills N              kill and relaunch N times (default 1)
  --seed N               seed for the random kill point (default: random, printed)
  --reference            also run COMMAND uninterrupted and compare
  --allow-pickle         let the probe fully unpickle torch checkpoints (runs code; only your own files)
  --python PATH          interpreter for the probe (default: COMMAND's python, else python3)
  --env NAME=VALUE       environment for COMMAND (repeatable; written to a 0600 file, not argv)
  --judge-steps N        progress lines to read after the relaunch before judging (default ${VERIFY_DEFAULTS.judgeSteps})
  --mtbf DURATION        mean time between interruptions for the Young/Daly interval (e.g. 6h)
  --timeout DURATION     give up after this long (default ${VERIFY_DEFAULTS.timeoutSeconds / 60}m)
  --clean                remove checkpoints that already match GLOB before the fresh start
  --run-root DIR         where .tenant/runs/ goes (default: DIR)
  --detach MODE          auto (tmux when installed, else nohup) | tmux | nohup
  --report FILE          write the JSON report to FILE
  --summary FILE         write the markdown summary to FILE
  --json                 print the JSON report on stdout

${CONNECTION_FLAGS_USAGE}
Exit status: 0 PASS, 1 FAIL, 2 error.
`;

const OPTIONS = {
  ...CONNECTION_FLAG_OPTIONS,
  workdir: { type: 'string' },
  checkpoint: { type: 'string', multiple: true },
  progress: { type: 'string' },
  kill: { type: 'string' },
  signal: { type: 'string' },
  grace: { type: 'string' },
  kills: { type: 'string' },
  seed: { type: 'string' },
  reference: { type: 'boolean' },
  'allow-pickle': { type: 'boolean' },
  python: { type: 'string' },
  env: { type: 'string', multiple: true },
  'judge-steps': { type: 'string' },
  mtbf: { type: 'string' },
  timeout: { type: 'string' },
  clean: { type: 'boolean' },
  'run-root': { type: 'string' },
  detach: { type: 'string' },
  report: { type: 'string' },
  summary: { type: 'string' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function settingsFromFlags(values: Values, command: string[], profileId: string): VerifyResumeSettings {
  if (command.length === 0) {
    throw new ConfigurationError('give the training command after --, e.g. -- python3 train.py', 'COMMAND');
  }
  const workdir = str(values.workdir);
  if (!workdir)
    throw new ConfigurationError('--workdir is required: the directory COMMAND runs in on the box', '--workdir');
  const checkpoint = (values.checkpoint ?? []).filter((c) => c.trim() !== '');
  if (checkpoint.length === 0)
    throw new ConfigurationError(
      '--checkpoint is required: where COMMAND saves, e.g. checkpoints/*.pt',
      '--checkpoint',
    );
  const facts = resumeProfileFacts(loadProfile(profileId));
  const detach = (str(values.detach) ?? 'auto') as DetachMode;
  if (!['auto', 'tmux', 'nohup'].includes(detach))
    throw new ConfigurationError('--detach must be auto, tmux or nohup', '--detach');
  const grace = str(values.grace);
  const seedText = str(values.seed);
  return {
    command: { argv: command },
    commandText: commandText(command),
    workdir,
    checkpoint,
    progress: parseProgressSpec(str(values.progress) ?? 'auto', '--progress'),
    kill: parseKillSpec(str(values.kill) ?? 'random', '--kill'),
    signal: parseSignal(str(values.signal), '--signal', VERIFY_DEFAULTS.signal),
    graceSeconds: grace !== undefined ? parseDuration(grace, '--grace') : facts.graceSeconds,
    kills: positiveInt(str(values.kills), '--kills', VERIFY_DEFAULTS.kills),
    seed: seedText !== undefined ? positiveInt(seedText, '--seed', 0, 0) : Math.floor(Math.random() * 2 ** 31),
    reference: Boolean(values.reference),
    allowPickle: Boolean(values['allow-pickle']),
    python: str(values.python) ?? guessPython({ argv: command }),
    env: parseEnvLines(values.env ?? [], '--env'),
    ...(str(values['run-root']) ? { runRoot: str(values['run-root']) as string } : {}),
    detach,
    judgeSteps: positiveInt(str(values['judge-steps']), '--judge-steps', VERIFY_DEFAULTS.judgeSteps),
    maxJudgeSteps: VERIFY_DEFAULTS.maxJudgeSteps,
    timeoutSeconds: str(values.timeout)
      ? parseDuration(str(values.timeout) as string, '--timeout')
      : VERIFY_DEFAULTS.timeoutSeconds,
    ...(str(values.mtbf) ? { mtbfSeconds: parseDuration(str(values.mtbf) as string, '--mtbf') } : {}),
    lossTolerance: VERIFY_DEFAULTS.lossTolerance,
    clean: Boolean(values.clean),
    profileId: facts.id,
    durability: facts.durability,
    pollMs: VERIFY_DEFAULTS.pollMs,
  };
}

function writeOut(path: string, text: string, cwd: string): string {
  const full = resolve(cwd, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

async function run(argv: string[], ctx: CliContext): Promise<number> {
  const dashdash = argv.indexOf('--');
  const head = dashdash === -1 ? argv : argv.slice(0, dashdash);
  const command = dashdash === -1 ? [] : argv.slice(dashdash + 1);
  let values: Values;
  try {
    ({ values } = parseArgs({ args: head, options: OPTIONS, allowPositionals: false, strict: true }));
  } catch (err) {
    throw new ConfigurationError(`${describeError(err)}; see tenant verify-resume --help`, 'verify-resume');
  }
  const connection = connectionSettingsFromFlags(values, { env: ctx.env, ui: ctx.ui });
  const settings = settingsFromFlags(values, command, connection.profile);
  ctx.ui.info(
    `verify-resume on profile ${settings.profileId}: kill ${str(values.kill) ?? 'random'}, signal ${settings.signal}, seed ${settings.seed}`,
  );
  let host: Host | undefined;
  try {
    host = await openHost(connection, ctx.ui);
    const { report } = await verifyResume(host, settings, ctx.ui);
    const json = JSON.stringify(report, null, 2) + '\n';
    if (str(values.report)) ctx.ui.info(`report: ${writeOut(str(values.report) as string, json, ctx.cwd)}`);
    if (str(values.summary))
      ctx.ui.info(`summary: ${writeOut(str(values.summary) as string, summaryMarkdown(report), ctx.cwd)}`);
    if (ctx.json) {
      ctx.stdout(json);
    } else {
      const lines = [ruleTableText(report), report.verdictLine];
      if (report.likelyBug) lines.push(`likely bug: ${report.likelyBug.explanation}.`, `fix: ${report.likelyBug.fix}.`);
      const k = report.kills[report.kills.length - 1];
      if (k)
        lines.push(
          `kill: after step ${k.killedAtStep ?? '?'}; checkpoint step ${k.checkpointStep ?? '?'}; resumed at ${k.firstResumedStep ?? '?'}; steps lost ${k.stepsLost ?? '?'}`,
        );
      ctx.stdout(lines.join('\n') + '\n');
    }
    return report.verdict === 'PASS' ? EXIT.ok : EXIT.failed;
  } finally {
    await host?.close();
  }
}

export const verifyResumeCommand: CliCommand = {
  name: 'verify-resume',
  summary: 'kill the training at a random instant, relaunch it, and prove from the checkpoint that it resumed',
  usage: USAGE,
  async run(argv, ctx) {
    try {
      return await run(argv, ctx);
    } catch (err) {
      if (err instanceof ConfigurationError) throw err;
      const what = err instanceof VerificationIncomplete ? 'could not verify' : 'error';
      ctx.ui.error(`tenant verify-resume: ${what}: ${describeError(err)}`);
      return EXIT.usage;
    }
  },
};
