/**
 * One pull as both faces run it: connect (ssh2 for control, OpenSSH for bytes), pull and verify, run the
 * checkpoint checks, and record the outcome in the session (the Iron Law). The action adds the hand-off
 * (artifact or cache) and the job summary; the CLI adds a progress bar and its own report.
 */
import { HostSource } from '../core/transfer/host-source.js';
import { checkpointUnits, runCheckpointChecks, type CheckResult } from '../core/transfer/checkpoint-check.js';
import { recordPull } from '../core/transfer/iron-law.js';
import { printableName } from '../core/transfer/local-path.js';
import { pull, type PullProgress, type PullResult } from '../core/transfer/pull.js';
import { PULL_DEFAULTS, type PullRequest } from '../core/transfer/pull-request.js';
import type { RetryPolicy } from '../core/transfer/retry.js';
import type { Ui } from '../core/ui.js';
import { localCheckRunner } from './local-command.js';
import { openHost } from './open-host.js';
import { pullTransport, type PullTransportOptions } from './pull-transport.js';

export interface RunPullOptions {
  ui: Ui;
  progress?: (p: PullProgress) => void;
  signal?: AbortSignal;
  /** Session file to append the pull to; none when undefined. */
  sessionFile?: string;
  /** Tuning (tests, benchmarks). */
  transport?: Partial<PullTransportOptions>;
  retry?: Partial<RetryPolicy>;
}

export interface PullOutcome {
  result: PullResult;
  checks: CheckResult[];
  /** Every file verified and every checkpoint check passed. */
  ok: boolean;
  /** Where the pull was recorded, when it was. */
  sessionFile?: string;
}

export async function runPull(req: PullRequest, opts: RunPullOptions): Promise<PullOutcome> {
  const ui = opts.ui;
  const host = await openHost(req.connection, ui);
  const hosts = new HostSource(() => openHost(req.connection, ui), host);
  let dispose: (() => void) | undefined;
  try {
    const transport = await pullTransport(req.connection, host, { streams: req.streams, ...opts.transport });
    dispose = transport.dispose;
    const result = await pull(
      {
        specs: req.specs,
        dest: req.dest,
        settleMs: req.settleMs,
        exclude: req.exclude,
        transfer: req.transfer,
        retry: {
          attempts: req.attempts,
          baseDelayMs: opts.retry?.baseDelayMs ?? PULL_DEFAULTS.retryBaseDelayMs,
          maxDelayMs: opts.retry?.maxDelayMs ?? PULL_DEFAULTS.retryMaxDelayMs,
        },
        maxVerifyFailures: PULL_DEFAULTS.maxVerifyFailures,
      },
      { hosts, engines: transport.engines, ui, progress: opts.progress, signal: opts.signal },
    );
    let checks: CheckResult[] = [];
    if (req.verifyCommand) {
      const units = checkpointUnits(result);
      checks = await ui.group(`verify-command on ${units.length} checkpoint(s)`, () =>
        runCheckpointChecks(
          units,
          req.verifyCommand as string,
          req.dest,
          req.verifyTimeoutMs,
          localCheckRunner(req.dest),
        ),
      );
      for (const c of checks) {
        if (c.ok) ui.info(`checkpoint ${printableName(c.rel)}: verify-command passed (${c.seconds.toFixed(1)} s)`);
        else ui.error(`checkpoint ${c.rel}: verify-command failed: ${c.message}`);
      }
    }
    const ok = result.verified && checks.every((c) => c.ok);
    let sessionFile: string | undefined;
    if (opts.sessionFile) {
      const c = req.connection;
      recordPull(opts.sessionFile, {
        profile: c.profile,
        connection:
          host.kind === 'ssh' && c.host && c.user && host.hostKeyFingerprint
            ? { host: c.host, port: c.port, user: c.user, hostKeyFingerprint: host.hostKeyFingerprint }
            : null,
        manifestSha256: result.manifestSha256,
        files: result.manifest.files.length,
        bytes: result.totalBytes,
        remotePaths: result.specs.map((s) => s.spec),
        verified: ok,
        at: new Date(),
      });
      sessionFile = opts.sessionFile;
      ui.info(
        `recorded in ${opts.sessionFile}: ${ok ? 'pulled and verified' : 'pulled, NOT verified'} (manifest sha256 ${result.manifestSha256})`,
      );
    }
    return { result, checks, ok, ...(sessionFile ? { sessionFile } : {}) };
  } finally {
    dispose?.();
    await hosts.closeAll();
  }
}
