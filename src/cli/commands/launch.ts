/**
 * `tenant launch [options] -- COMMAND...`: the launch action's core from a terminal. Secrets never go on the
 * command line: `--secret NAME` reads the value of the local environment variable NAME.
 * Exit status: 0 (started and probed, or followed to exit 0), the run's own exit code in follow/attach mode,
 * 1 for a failed pre-flight, probe or launch, 2 for a usage or configuration error, 130 when interrupted.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gitIdentity } from '../../adapters/git-identity.js';
import { openHost } from '../../adapters/open-host.js';
import { listTrackedFiles, readWorkspaceFile } from '../../adapters/payload-files.js';
import { makePusher } from '../../adapters/rsync-push.js';
import { TerminalLogSink } from '../../adapters/workflow-log-sink.js';
import { ConfigurationError } from '../../core/errors.js';
import { shellJoin } from '../../core/host/quote.js';
import { parseExpectGpu } from '../../core/launch/gpu.js';
import { launch, stopRun, type LaunchResult } from '../../core/launch/launch.js';
import { formatBytes } from '../../core/launch/preflight.js';
import { parseRunId } from '../../core/launch/run-id.js';
import {
  DEFAULT_PROBE_TIMEOUT_MS,
  LAUNCH_MODES,
  PREFLIGHT_DEFAULTS,
  type LaunchMode,
  type LaunchSettings,
} from '../../core/launch/settings.js';
import {
  compileExpectLog,
  parseCount,
  parsePayload,
  parsePositiveInt,
  parseSeconds,
  parseSize,
  parseVariables,
} from '../../core/launch/values.js';
import { loadProfile } from '../../core/profiles/loader.js';
import { EXIT, type CliCommand, type CliContext } from '../command.js';
import { CONNECTION_FLAG_OPTIONS, CONNECTION_FLAGS_USAGE, connectionSettingsFromFlags } from '../connection-flags.js';

const USAGE = `Usage: tenant launch [options] -- COMMAND [ARG...]
       tenant launch --mode attach --run-id ID [connection options]

Pre-flight the box (GPU, free bytes and inodes, memory limit, checkpoint budget), push the files git tracks
with rsync over the pinned host key, start COMMAND detached exactly once per run id (bash, in the work dir),
probe it, and in follow mode stream its log until it ends.

Run options:
  --mode MODE             detach (default: return after the probe), follow (stream the log, exit with the
                          run's code) or attach (follow a run started earlier, by --run-id)
  --workdir DIR           work dir on the box (default: the profile's code dir)
  --checkpoint-dir DIR    checkpoint dir, exported as TENANT_CHECKPOINT_DIR (default: the profile's durable dir)
  --run-id ID             run id (default: hash of repository, commit, command, work dir and cell)
  --env KEY=VALUE         a variable for the run (repeatable)
  --env-file FILE         KEY=VALUE lines for the run
  --secret NAME           pass the local environment variable NAME as a secret (repeatable)
  --expect-log REGEX      a log line must match within the probe timeout
  --probe-timeout SECONDS default ${DEFAULT_PROBE_TIMEOUT_MS / 1000}
  --stop-on-cancel        on Ctrl-C while following, stop the run (profile's signal, grace, then SIGKILL)
  --expect-gpu SPEC       '' (at least one), N, NAME, 'Nx NAME' or none
  --min-free-disk SIZE    default ${formatBytes(PREFLIGHT_DEFAULTS.minFreeDiskBytes)}
  --min-free-inodes N     default ${PREFLIGHT_DEFAULTS.minFreeInodes}
  --min-memory SIZE       fail below this memory limit
  --checkpoint-size SIZE  with --keep: checkpoint-size × keep must fit in the checkpoint dir
  --keep N
  --payload PATHS         git (default), none, or paths inside the repository (comma-separated)
  --allow-crlf            push CRLF shell scripts anyway
  --cell NAME             sweep cell: its own run and checkpoint dir
  --sweep ID              sweep id: two cells of it may not share a checkpoint dir

${CONNECTION_FLAGS_USAGE}`;

const OPTIONS = {
  ...CONNECTION_FLAG_OPTIONS,
  mode: { type: 'string' },
  workdir: { type: 'string' },
  'checkpoint-dir': { type: 'string' },
  'run-id': { type: 'string' },
  env: { type: 'string', multiple: true },
  'env-file': { type: 'string' },
  secret: { type: 'string', multiple: true },
  'expect-log': { type: 'string' },
  'probe-timeout': { type: 'string' },
  'stop-on-cancel': { type: 'boolean' },
  'expect-gpu': { type: 'string' },
  'min-free-disk': { type: 'string' },
  'min-free-inodes': { type: 'string' },
  'min-memory': { type: 'string' },
  'checkpoint-size': { type: 'string' },
  keep: { type: 'string' },
  payload: { type: 'string' },
  'allow-crlf': { type: 'boolean' },
  cell: { type: 'string' },
  sweep: { type: 'string' },
} as const;

function str(values: Record<string, unknown>, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

export function launchSettingsFromArgs(argv: string[], ctx: CliContext): LaunchSettings {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new ConfigurationError(`${(e as Error).message}; see tenant launch --help`, 'arguments');
  }
  const v = parsed.values as Record<string, unknown>;
  const connection = connectionSettingsFromFlags(v, { env: ctx.env, ui: ctx.ui });
  const modeIn = str(v, 'mode') ?? 'detach';
  if (!(LAUNCH_MODES as readonly string[]).includes(modeIn))
    throw new ConfigurationError(`--mode must be one of ${LAUNCH_MODES.join(', ')}, got '${modeIn}'`, '--mode');
  const mode = modeIn as LaunchMode;
  const pos = parsed.positionals;
  const command = pos.length === 1 ? (pos[0] as string) : pos.length > 1 ? shellJoin(pos) : '';
  const runIdIn = str(v, 'run-id');
  if (mode !== 'attach' && command === '')
    throw new ConfigurationError('give the command to run after --, e.g. tenant launch -- python train.py', 'COMMAND');
  if (mode === 'attach' && !runIdIn && command === '')
    throw new ConfigurationError('--mode attach needs --run-id', '--run-id');

  const secrets: Record<string, string> = {};
  for (const name of (v.secret as string[] | undefined) ?? []) {
    const value = ctx.env[name];
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || value === undefined || value === '') {
      throw new ConfigurationError(
        `--secret ${name}: set the environment variable ${name} (its value is the secret; it never goes on the command line)`,
        '--secret',
      );
    }
    ctx.ui.mask(value);
    secrets[name] = value;
  }
  const envFile = str(v, 'env-file');
  const env = {
    ...(envFile ? parseVariables(readFileSync(envFile, 'utf8'), `--env-file ${envFile}`) : {}),
    ...parseVariables(((v.env as string[] | undefined) ?? []).join('\n'), '--env'),
  };
  const size = (name: string): number | undefined =>
    str(v, name) ? parseSize(str(v, name) as string, `--${name}`) : undefined;
  const checkpointSizeBytes = size('checkpoint-size');
  const keep = str(v, 'keep') ? parsePositiveInt(str(v, 'keep') as string, '--keep') : undefined;
  if ((checkpointSizeBytes === undefined) !== (keep === undefined))
    throw new ConfigurationError('--checkpoint-size and --keep go together', '--keep');
  const id = gitIdentity(ctx.cwd);
  const cell = str(v, 'cell') ?? '';
  return {
    connection,
    mode,
    command,
    workdir: str(v, 'workdir'),
    checkpointDir: str(v, 'checkpoint-dir'),
    runId: runIdIn ? parseRunId(runIdIn, '--run-id') : undefined,
    env,
    secrets,
    expectLog: compileExpectLog(str(v, 'expect-log') ?? '', '--expect-log'),
    probeTimeoutMs: str(v, 'probe-timeout')
      ? parseSeconds(str(v, 'probe-timeout') as string, '--probe-timeout', 3600)
      : DEFAULT_PROBE_TIMEOUT_MS,
    stopOnCancel: v['stop-on-cancel'] === true,
    expectGpu: parseExpectGpu(str(v, 'expect-gpu') ?? '', '--expect-gpu'),
    minFreeDiskBytes: size('min-free-disk') ?? PREFLIGHT_DEFAULTS.minFreeDiskBytes,
    minFreeInodes: str(v, 'min-free-inodes')
      ? parseCount(str(v, 'min-free-inodes') as string, '--min-free-inodes')
      : PREFLIGHT_DEFAULTS.minFreeInodes,
    minMemoryBytes: size('min-memory'),
    checkpointSizeBytes,
    keep,
    payload: { ...parsePayload(str(v, 'payload') ?? ''), allowCrlf: v['allow-crlf'] === true },
    cell,
    sweep: str(v, 'sweep') ?? '',
    workspace: ctx.cwd,
    repository: id.repository,
    commit: id.commit,
  };
}

function report(r: LaunchResult): string {
  const lines: string[] = [];
  for (const c of r.checks)
    lines.push(
      `  ${c.status === 'pass' ? 'ok  ' : c.status === 'fail' ? 'FAIL' : 'skip'}  ${c.title}: ${c.measured} (limit ${c.limit})`,
    );
  if (r.push && r.push.method !== 'skipped')
    lines.push(
      `  pushed ${r.push.files} files (${formatBytes(r.push.bytes)}) by ${r.push.method} in ${(r.push.ms / 1000).toFixed(2)} s`,
    );
  if (r.run) {
    lines.push(
      `  run ${r.run.runId}${r.run.attached ? ' (attached: it was already running)' : ''}, pgid ${r.run.pgid}`,
    );
    lines.push(`  log ${r.run.paths.log}`);
  }
  if (r.probe)
    lines.push(
      `  probe: ${r.probe.ok ? r.probe.outcome : r.probe.reason} (${(r.probe.elapsedMs / 1000).toFixed(1)} s)`,
    );
  lines.push(`  state ${r.state}${r.exitCode !== null ? `, exit ${r.exitCode}` : ''}`);
  if (r.failure) lines.push(`  failed: ${r.failure.message}`, ...r.lastLines.slice(-10).map((l) => `  | ${l}`));
  return lines.join('\n') + '\n';
}

export const launchCommand: CliCommand = {
  name: 'launch',
  summary: 'pre-flight a box, push the repository, start a training detached once, probe it (and follow it)',
  usage: USAGE,
  async run(argv, ctx) {
    const settings = launchSettingsFromArgs(argv, ctx);
    const cancel = new AbortController();
    const onSigint = (): void => cancel.abort();
    process.once('SIGINT', onSigint);
    const sink = new TerminalLogSink(ctx.json ? (t) => void process.stderr.write(t) : ctx.stdout);
    let result: LaunchResult;
    try {
      result = await launch(settings, {
        ui: ctx.ui,
        sink,
        openHost: () => openHost(settings.connection, ctx.ui),
        listPayload: listTrackedFiles,
        readPayloadFile: readWorkspaceFile,
        push: makePusher({ settings: settings.connection }),
        signal: cancel.signal,
      });
    } finally {
      process.removeListener('SIGINT', onSigint);
    }
    if (result.cancelled && result.run) {
      if (settings.stopOnCancel) {
        const host = await openHost(settings.connection, ctx.ui);
        try {
          ctx.ui.info(
            `stopping run ${result.run.runId}: ${await stopRun(host, loadProfile(settings.connection.profile), result.run.pgid, result.run.paths)}`,
          );
        } finally {
          await host.close();
        }
      } else {
        ctx.ui.info(
          `run ${result.run.runId} keeps running; follow it again with: tenant launch --mode attach --run-id ${result.run.runId}`,
        );
      }
    }
    if (ctx.json) {
      const { figures: _f, ...rest } = result;
      ctx.stdout(JSON.stringify(rest, null, 2) + '\n');
    } else ctx.ui.info(report(result).trimEnd());
    if (result.cancelled) return 130;
    if (result.failure) return result.failure.kind === 'exit' && result.exitCode ? result.exitCode : EXIT.failed;
    return EXIT.ok;
  },
};
