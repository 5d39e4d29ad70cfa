/**
 * The launch, in the order of the verb model: connect → pre-flight → push → run (start once, or attach) →
 * probe → watch (follow mode). The action and the CLI both call `launch` with their own ports (how to open a
 * host, list and push the payload, and where log lines go). Failures a person must act on (a pre-flight check,
 * CRLF scripts, a failed probe, a non-zero exit) come back in `result.failure` with everything measured so
 * far, so the summary is written either way; connection and programming errors are thrown.
 */
import { ConfigurationError } from '../errors.js';
import type { Host } from '../host/host.js';
import { shellQuote } from '../host/quote.js';
import { loadProfile } from '../profiles/loader.js';
import { detachPrimitives, preemption } from '../profiles/queries.js';
import type { Profile } from '../profiles/schema.js';
import { killRun } from '../run/kill.js';
import type { RunPaths } from '../run/layout.js';
import type { DetachMode } from '../run/start.js';
import { removeEnvFile, startOnce } from '../run/start-once.js';
import { readRunStatus } from '../run/status.js';
import type { Ui } from '../ui.js';
import { identifyBox, resolveBoxPaths, type BoxPaths } from './box-paths.js';
import { followRun, scrubber, type LogSink } from './follow.js';
import { assertNoCrlf, planPayload, type PayloadFile } from './payload.js';
import {
  describeFailures,
  evaluatePreflight,
  measureBox,
  type CheckResult,
  type PreflightFigures,
} from './preflight.js';
import { probeRun, type ProbeResult } from './probe.js';
import { defaultRunId } from './run-id.js';
import type { LaunchSettings } from './settings.js';

export interface PushRequest {
  host: Host;
  files: readonly PayloadFile[];
  /** Local directory the paths are relative to. */
  from: string;
  /** Absolute directory on the box. */
  to: string;
  /** The box has rsync (else the push falls back to a tar stream over the open connection). */
  remoteRsync: boolean;
}

export interface PushReport {
  method: 'rsync' | 'tar' | 'skipped';
  files: number;
  bytes: number;
  ms: number;
  /** OpenSSH connections the push opened (rsync), for the benchmark. */
  handshakes: number;
}

export interface LaunchPorts {
  ui: Ui;
  sink: LogSink;
  openHost(): Promise<Host>;
  listPayload(workspace: string, paths: readonly string[]): Promise<PayloadFile[]>;
  readPayloadFile(workspace: string, path: string): Buffer;
  push(req: PushRequest): Promise<PushReport>;
  /** Called as soon as the run is known (started or attached): the action saves it for its post step. */
  onRun?(run: RunInfo): void;
  signal?: AbortSignal;
}

export interface RunInfo {
  runId: string;
  baseRunId: string;
  attempt: number;
  paths: RunPaths;
  pgid: number;
  startedAtMs: number;
  attached: boolean;
  boxPaths: BoxPaths;
}

export interface LaunchFailure {
  kind: 'preflight' | 'crlf' | 'probe' | 'exit' | 'not-found' | 'claimed';
  message: string;
}

export interface LaunchResult {
  profile: string;
  hostLabel: string;
  hostKeyFingerprint: string | undefined;
  boxPaths?: BoxPaths;
  figures?: PreflightFigures;
  checks: CheckResult[];
  push?: PushReport;
  run?: RunInfo;
  probe?: ProbeResult;
  /** Lines shown when attaching to a run that already had output. */
  tail?: string[];
  /** Final state: running (detach), exited or gone (follow / attach, or a run that ended already). */
  state: 'running' | 'exited' | 'gone' | 'not-started';
  exitCode: number | null;
  lastLines: string[];
  reconnects: number;
  cancelled: boolean;
  failure?: LaunchFailure;
  timings: Record<string, number>;
}

function detachMode(profile: Profile): DetachMode {
  const first = detachPrimitives(profile).find((p) => p === 'tmux' || p === 'setsid' || p === 'nohup');
  return first === 'tmux' ? 'auto' : 'nohup';
}

function tailScript(paths: RunPaths, n: number): string {
  const log = shellQuote(paths.log);
  return `if [ -f ${log} ]; then sz=$(wc -c < ${log}); printf '%s\\n' "$sz"; head -c "$sz" ${log} | tail -n ${n}; else echo 0; fi`;
}

/** Stops a run the way the profile's platform would: its preemption signal, the grace, then SIGKILL. */
export async function stopRun(host: Host, profile: Profile, pgid: number, paths?: RunPaths): Promise<string> {
  const pre = preemption(profile);
  const res = await killRun(host, pgid, {
    signal: pre.signal,
    graceMs: pre.graceSeconds * 1000,
    ...(paths ? { paths } : {}),
  });
  return `sent SIG${res.signal} to process group ${pgid}${res.escalated ? `, then SIGKILL after ${pre.graceSeconds}s` : ''}`;
}

export async function launch(settings: LaunchSettings, ports: LaunchPorts): Promise<LaunchResult> {
  const { ui } = ports;
  const t0 = Date.now();
  const timings: Record<string, number> = {};
  const mark = (k: string, since: number): void => {
    timings[k] = Date.now() - since;
  };
  const profile = loadProfile(settings.connection.profile);
  const local = settings.connection.profile === 'local';
  let host = await ports.openHost();
  mark('connect', t0);
  const result: LaunchResult = {
    profile: profile.id,
    hostLabel: host.label,
    hostKeyFingerprint: host.hostKeyFingerprint,
    checks: [],
    state: 'not-started',
    exitCode: null,
    lastLines: [],
    reconnects: 0,
    cancelled: false,
    timings,
  };
  const secrets = Object.values(settings.secrets);
  try {
    // ------------------------------------------------------------------ where
    const id = await identifyBox(host);
    const box = resolveBoxPaths(profile, id, {
      workdir: settings.workdir,
      checkpointDir: settings.checkpointDir,
      cell: settings.cell,
      workspace: settings.workspace,
      local,
    });
    result.boxPaths = box;
    const baseRunId =
      settings.runId ??
      defaultRunId({
        repository: settings.repository,
        commit: settings.commit,
        command: settings.command,
        workdir: box.workdir,
        cell: settings.cell,
      });

    if (settings.mode === 'attach') return await attach(settings, ports, host, box, baseRunId, result);

    // ------------------------------------------------------------------ pre-flight
    let t = Date.now();
    const figures = await measureBox(host, box.workdir, box.checkpointDir);
    result.figures = figures;
    result.checks = evaluatePreflight(figures, {
      expectGpu: settings.expectGpu,
      gpuOptional: local,
      minFreeDiskBytes: settings.minFreeDiskBytes,
      minFreeInodes: settings.minFreeInodes,
      minMemoryBytes: settings.minMemoryBytes,
      checkpointSizeBytes: settings.checkpointSizeBytes,
      keep: settings.keep,
    });
    mark('preflight', t);
    for (const c of result.checks) if (c.status === 'skip' && c.note) ui.notice(`pre-flight ${c.title}: ${c.note}`);
    const failed = describeFailures(result.checks);
    if (failed.length > 0) {
      result.failure = { kind: 'preflight', message: `pre-flight failed on ${host.label}: ${failed.join('; ')}` };
      return result;
    }

    // ------------------------------------------------------------------ push
    t = Date.now();
    const samePlace = local && box.workdir === settings.workspace.replace(/\/+$/, '');
    if (settings.payload.kind === 'none' || samePlace) {
      result.push = { method: 'skipped', files: 0, bytes: 0, ms: 0, handshakes: 0 };
    } else {
      const files = await ports.listPayload(settings.workspace, settings.payload.paths);
      const plan = planPayload(files, (p) => ports.readPayloadFile(settings.workspace, p));
      try {
        assertNoCrlf(plan, settings.payload.allowCrlf);
      } catch (e) {
        result.failure = { kind: 'crlf', message: (e as Error).message };
        return result;
      }
      if (plan.crlf.length > 0)
        ui.warning(
          `pushing ${plan.crlf.length} CRLF shell script(s) because allow-crlf is set: ${plan.crlf.map((c) => c.path).join(', ')}`,
        );
      const mk = await host.exec({ argv: ['mkdir', '-p', '--', box.workdir] });
      if (mk.code !== 0)
        throw new ConfigurationError(
          `cannot create workdir ${box.workdir} on ${host.label}: ${mk.stderr.trim()}`,
          'workdir',
        );
      result.push = await ports.push({
        host,
        files: plan.files,
        from: settings.workspace,
        to: box.workdir,
        remoteRsync: figures.tools.rsync,
      });
    }
    mark('push', t);

    // ------------------------------------------------------------------ run
    if (ports.signal?.aborted) {
      // Cancelled before anything started: start nothing.
      result.cancelled = true;
      return result;
    }
    t = Date.now();
    const env: Record<string, string> = {
      PYTHONUNBUFFERED: '1',
      ...settings.env,
      ...settings.secrets,
      TENANT_RUN_ID: baseRunId,
      TENANT_CHECKPOINT_DIR: box.checkpointDir,
      TENANT_WORKDIR: box.workdir,
      ...(settings.cell ? { TENANT_CELL: settings.cell } : {}),
    };
    let started;
    try {
      started = await startOnce(host, {
        root: box.root,
        runId: baseRunId,
        command: { script: settings.command },
        cwd: box.workdir,
        env,
        secretsDir: box.secretsDir,
        detach: detachMode(profile),
        checkpointDir: box.checkpointDir,
        cell: settings.cell,
        sweep: settings.sweep,
      });
    } catch (e) {
      if (e instanceof Error && 'claimant' in e) {
        result.failure = { kind: 'claimed', message: e.message };
        return result;
      }
      throw e;
    }
    if (started.kind !== 'started' && started.kind !== 'attached')
      throw new Error(`unexpected launcher answer ${started.kind}`);
    mark('start', t);
    const run: RunInfo = {
      runId: started.paths.runId,
      baseRunId,
      attempt: started.attempt,
      paths: started.paths,
      pgid: started.pgid,
      startedAtMs: started.startedAtMs,
      attached: started.kind === 'attached',
      boxPaths: box,
    };
    result.run = run;
    result.state = 'running';
    ports.onRun?.(run);
    if (run.attached)
      ui.notice(
        `run ${run.runId} is already running on ${host.label} (pgid ${run.pgid}); attached to it instead of starting a second one`,
      );
    else
      ui.info(
        `started run ${run.runId} on ${host.label} (pgid ${run.pgid}, ${started.kind === 'started' ? started.detach : ''}); log ${run.paths.log}`,
      );

    // ------------------------------------------------------------------ probe
    t = Date.now();
    // In follow mode the log is watched to the end anyway: the probe only waits for the start.
    const follow = settings.mode === 'follow';
    const probe = await probeRun(host, run.paths, {
      timeoutMs: settings.probeTimeoutMs,
      expectLog: settings.expectLog,
      ...(follow ? { settleMs: 0 } : {}),
    });
    const scrub = scrubber(secrets);
    probe.firstLines = probe.firstLines.map(scrub);
    probe.lastLines = probe.lastLines.map(scrub);
    if (probe.matched !== undefined) probe.matched = scrub(probe.matched);
    result.probe = probe;
    mark('probe', t);
    const endedEarly = follow && !probe.ok && probe.exitCode !== null;
    if (!probe.ok && !endedEarly) {
      result.lastLines = probe.lastLines;
      result.exitCode = probe.exitCode;
      result.state = probe.exitCode !== null ? 'exited' : probe.outcome === 'gone' ? 'gone' : 'running';
      if (result.state === 'running' && !run.attached) {
        const how = await stopRun(host, profile, run.pgid, run.paths).catch(
          (e: Error) => `could not stop it: ${e.message}`,
        );
        result.state = 'gone';
        ui.warning(`the probe failed, so the run was stopped: ${how}`);
      }
      result.failure = { kind: 'probe', message: `probe of run ${run.runId} failed: ${probe.reason}` };
      return result;
    }
    if (probe.outcome === 'finished' || endedEarly) {
      result.state = 'exited';
      result.exitCode = probe.exitCode;
      result.lastLines = probe.lastLines;
    }

    // ------------------------------------------------------------------ watch
    if (settings.mode === 'follow' && result.state === 'running') {
      t = Date.now();
      const f = await followRun(
        {
          host,
          reopen: ports.openHost,
          sink: ports.sink,
          ui,
          secrets,
          ...(ports.signal ? { signal: ports.signal } : {}),
        },
        run.paths,
        0,
      );
      host = f.host;
      mark('follow', t);
      Object.assign(result, {
        state: f.state,
        exitCode: f.exitCode,
        lastLines: f.lastLines,
        reconnects: f.reconnects,
        cancelled: f.cancelled,
      });
      if (!f.cancelled) exitFailure(result, run.runId);
    } else if (settings.mode === 'follow' && result.state === 'exited') {
      // The run finished during the probe: print its whole log now.
      const f = await followRun({ host, reopen: ports.openHost, sink: ports.sink, ui, secrets }, run.paths, 0);
      host = f.host;
      Object.assign(result, { state: f.state, exitCode: f.exitCode, lastLines: f.lastLines });
      exitFailure(result, run.runId);
    }
    return result;
  } finally {
    // A run that has ended needs its secrets no more.
    if (result.run && (result.state === 'exited' || result.state === 'gone'))
      await removeEnvFile(host, result.run.paths).catch(() => undefined);
    timings.total = Date.now() - t0;
    await host.close().catch(() => undefined);
  }
}

function exitFailure(result: LaunchResult, runId: string): void {
  if (result.state === 'exited' && result.exitCode !== 0) {
    result.failure = { kind: 'exit', message: `run ${runId} exited with code ${result.exitCode}` };
  } else if (result.state === 'gone') {
    result.failure = { kind: 'exit', message: `run ${runId} ended without an exit code (killed, or the box lost it)` };
  }
}

async function attach(
  settings: LaunchSettings,
  ports: LaunchPorts,
  first: Host,
  box: BoxPaths,
  baseRunId: string,
  result: LaunchResult,
): Promise<LaunchResult> {
  let host = first;
  const found = await startOnce(host, {
    root: box.root,
    runId: baseRunId,
    command: { script: settings.command },
    cwd: box.workdir,
    secretsDir: box.secretsDir,
    want: 'attach',
  });
  if (found.kind === 'none') {
    result.failure = {
      kind: 'not-found',
      message: `no run ${baseRunId} under ${box.root}/.tenant/runs on ${host.label}; check run-id and workdir`,
    };
    return result;
  }
  const paths = found.paths;
  const status = await readRunStatus(host, paths);
  const run: RunInfo = {
    runId: paths.runId,
    baseRunId,
    attempt: found.attempt,
    paths,
    pgid: status.pgid ?? 0,
    startedAtMs: status.startedAtMs ?? 0,
    attached: true,
    boxPaths: box,
  };
  result.run = run;
  ports.onRun?.(run);
  const tail = await host.exec({ script: tailScript(paths, 20) });
  const [size = '0', ...lines] = tail.stdout.replace(/\n$/, '').split('\n');
  const scrub = scrubber(Object.values(settings.secrets));
  const secrets = Object.values(settings.secrets);
  result.tail = lines.map(scrub);
  for (const l of result.tail) ports.sink.line(l);
  ports.sink.pause();
  if (found.kind === 'ended') {
    Object.assign(result, {
      state: status.state === 'exited' ? 'exited' : 'gone',
      exitCode: status.exitCode,
      lastLines: result.tail,
    });
    ports.ui.info(
      `run ${paths.runId} already ended (${status.state}${status.exitCode !== null ? `, exit ${status.exitCode}` : ''})`,
    );
    exitFailure(result, paths.runId);
    return result;
  }
  result.state = 'running';
  ports.ui.info(`attached to run ${paths.runId} on ${host.label} (pgid ${run.pgid}); following its log`);
  const f = await followRun(
    {
      host,
      reopen: ports.openHost,
      sink: ports.sink,
      ui: ports.ui,
      secrets,
      ...(ports.signal ? { signal: ports.signal } : {}),
    },
    paths,
    Number(size) || 0,
  );
  host = f.host;
  Object.assign(result, {
    state: f.state,
    exitCode: f.exitCode,
    lastLines: f.lastLines.length ? f.lastLines : result.tail,
    reconnects: f.reconnects,
    cancelled: f.cancelled,
  });
  if (!f.cancelled) exitFailure(result, paths.runId);
  if (host !== first) await host.close().catch(() => undefined);
  return result;
}
