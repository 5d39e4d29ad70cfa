/**
 * `tenant pull --remote PATH... --dest DIR [options]`: the pull-artifacts core from a terminal (no artifact or
 * cache hand-off: those are runner services). Exit status: 0 when every file matched the box's sha256 (and
 * every --verify-command passed), 1 when not, 2 for a usage or configuration error.
 */
import { parseArgs } from 'node:util';
import { runPull } from '../../adapters/run-pull.js';
import { ConfigurationError } from '../../core/errors.js';
import { parseBool, parsePositiveInt, parseSeconds } from '../../core/launch/values.js';
import { formatBytes, formatRate } from '../../core/report/pull-summary.js';
import { sessionPath } from '../../core/session/session.js';
import { checkRemoteSpec } from '../../core/transfer/listing.js';
import { resolveDest } from '../../core/transfer/local-path.js';
import {
  parseSettleSeconds,
  parseTransferMode,
  PULL_DEFAULTS,
  type PullRequest,
} from '../../core/transfer/pull-request.js';
import { EXIT, type CliCommand, type CliContext } from '../command.js';
import { CONNECTION_FLAG_OPTIONS, CONNECTION_FLAGS_USAGE, connectionSettingsFromFlags } from '../connection-flags.js';
import { ProgressBar } from '../progress-bar.js';

const USAGE = `Usage: tenant pull [connection options] --remote PATH [--remote PATH...] --dest DIR [options]

List the files on the box (skipping ones still being written), pull them over resumable parallel streams
or rsync (resuming after a dropped connection), and verify every file against a sha256 manifest made on the box.
Verified files land in DIR; the manifest is DIR/.tenant-pull/manifest.json (and SHA256SUMS).

Options:
  --remote PATH            file, folder or glob on the box (repeatable); a folder keeps its name under DIR,
                           with a trailing slash its contents land in DIR
  --dest DIR               local folder to pull into
  --transfer MODE          auto or stream (default: resumable streams, no rsync needed), or rsync
                           (rsync ≥ 3.4.1 here; the stream when the box has no rsync)
  --streams N              parallel connections for large files (default ${PULL_DEFAULTS.streams})
  --exclude GLOB           leave out matching files or folders (repeatable)
  --settle SECONDS         look twice at files modified this recently (default ${PULL_DEFAULTS.settleMs / 1000}; 0: once)
  --retries N              resume this many times after a dropped connection (default ${PULL_DEFAULTS.attempts - 1})
  --verify-command CMD     run by bash for each pulled checkpoint, its path as $1; non-zero fails it
  --verify-timeout SECONDS default ${PULL_DEFAULTS.verifyTimeoutMs / 1000}
  --allow-partial          exit 0 even when some files or checks failed
  --json                   print the result as JSON on stdout

${CONNECTION_FLAGS_USAGE}`;

const OPTIONS = {
  ...CONNECTION_FLAG_OPTIONS,
  remote: { type: 'string', multiple: true },
  dest: { type: 'string' },
  transfer: { type: 'string' },
  streams: { type: 'string' },
  exclude: { type: 'string', multiple: true },
  settle: { type: 'string' },
  retries: { type: 'string' },
  'verify-command': { type: 'string' },
  'verify-timeout': { type: 'string' },
  'allow-partial': { type: 'boolean' },
} as const;

export function pullRequestFromArgs(argv: string[], ctx: CliContext): PullRequest {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true });
  } catch (e) {
    throw new ConfigurationError(`${(e as Error).message}; see tenant pull --help`, 'arguments');
  }
  const v = parsed.values;
  const connection = connectionSettingsFromFlags(v as Record<string, unknown>, { env: ctx.env, ui: ctx.ui });
  const specs = (v.remote ?? []).map((s) => checkRemoteSpec(s, '--remote'));
  if (specs.length === 0)
    throw new ConfigurationError('--remote is required: a file, folder or glob on the box', '--remote');
  if (v.dest === undefined) throw new ConfigurationError('--dest is required: the local folder to pull into', '--dest');
  return {
    connection,
    specs,
    dest: resolveDest(v.dest, ctx.cwd, '--dest'),
    destInput: v.dest,
    transfer: parseTransferMode(v.transfer ?? '', '--transfer'),
    streams: v.streams === undefined ? PULL_DEFAULTS.streams : parsePositiveInt(v.streams, '--streams', 16),
    exclude: v.exclude ?? [],
    settleMs: parseSettleSeconds(v.settle ?? '', '--settle'),
    attempts:
      v.retries === undefined
        ? PULL_DEFAULTS.attempts
        : v.retries.trim() === '0'
          ? 1
          : parsePositiveInt(v.retries, '--retries', 100) + 1,
    ...(v['verify-command'] ? { verifyCommand: v['verify-command'] } : {}),
    verifyTimeoutMs:
      v['verify-timeout'] === undefined
        ? PULL_DEFAULTS.verifyTimeoutMs
        : parseSeconds(v['verify-timeout'], '--verify-timeout', 24 * 3600),
    allowPartial: parseBool(String(v['allow-partial'] ?? ''), '--allow-partial'),
  };
}

async function run(argv: string[], ctx: CliContext): Promise<number> {
  const req = pullRequestFromArgs(argv, ctx);
  const bar = new ProgressBar((t) => process.stderr.write(t), !ctx.json && Boolean(process.stderr.isTTY));
  const cancel = new AbortController();
  const onSignal = (): void => cancel.abort(new Error('interrupted'));
  process.once('SIGINT', onSignal);
  const session = ctx.env.TENANT_SESSION ? sessionPath(ctx.env) : undefined;
  try {
    const outcome = await runPull(req, {
      ui: ctx.ui,
      progress: (p) => bar.update(p),
      signal: cancel.signal,
      ...(session ? { sessionFile: session } : {}),
    });
    bar.clear();
    const r = outcome.result;
    const failed = r.files.filter((f) => f.status === 'failed');
    if (ctx.json) {
      ctx.stdout(
        JSON.stringify(
          {
            verified: outcome.ok,
            dest: r.dest,
            files: r.files.filter((f) => f.status === 'verified' || f.status === 'present').length,
            bytes: r.totalBytes,
            movedBytes: r.movedBytes,
            seconds: r.seconds,
            interruptions: r.interruptions,
            manifestPath: r.manifestPath,
            manifestSha256: r.manifestSha256,
            failed: failed.map((f) => ({ path: f.rel, message: f.message })),
            skipped: r.skipped,
            checks: outcome.checks,
            notes: r.notes,
          },
          null,
          2,
        ) + '\n',
      );
    } else {
      ctx.stdout(
        `${outcome.ok ? 'verified' : 'NOT verified'}: ${r.files.length - failed.length}/${r.files.length} files, ${formatBytes(r.totalBytes)} ` +
          `in ${r.seconds.toFixed(1)} s (${formatRate(r.totalBytes, r.seconds)}) into ${r.dest}\nmanifest ${r.manifestPath} sha256 ${r.manifestSha256}\n`,
      );
    }
    return outcome.ok || req.allowPartial ? EXIT.ok : EXIT.failed;
  } finally {
    bar.clear();
    process.removeListener('SIGINT', onSignal);
  }
}

export const pullCommand: CliCommand = {
  name: 'pull',
  summary: 'pull checkpoints off the box, verified against a sha256 manifest made there',
  usage: USAGE,
  run,
};
