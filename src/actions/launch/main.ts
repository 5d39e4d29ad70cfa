/**
 * `actions/launch`: connect → pre-flight → push → run once (or attach) → probe → follow, through the shared
 * core (src/core/launch/launch.ts). This file wires the action's face onto it: inputs, the workflow log
 * (remote lines cannot issue workflow commands), outputs, the session file for the actions after it, the job
 * summary, and the state its post step needs (temp key files to remove, the run to stop on cancellation).
 */
import { exportVariable, failStep, readInput, saveState } from '../../adapters/actions-io.js';
import { openHost } from '../../adapters/open-host.js';
import { listTrackedFiles, readWorkspaceFile } from '../../adapters/payload-files.js';
import { makePusher } from '../../adapters/rsync-push.js';
import { WorkflowLogSink } from '../../adapters/workflow-log-sink.js';
import { scrubber } from '../../core/launch/follow.js';
import { launch, type LaunchResult, type RunInfo } from '../../core/launch/launch.js';
import type { LaunchSettings } from '../../core/launch/settings.js';
import { launchSummaryMarkdown } from '../../core/launch/summary.js';
import { SESSION_ENV, emptySession, readSession, sessionPath, writeSession } from '../../core/session/session.js';
import type { Ui } from '../../core/ui.js';
import { readLaunchSettings } from './inputs.js';
import { STATE_KEYS, type SavedRun } from './state.js';

export const OUTPUTS = {
  runId: 'run-id',
  remoteDir: 'remote-dir',
  logPath: 'log-path',
  pgid: 'pgid',
  status: 'status',
  exitCode: 'exit-code',
  sessionFile: 'session-file',
  checkpointDir: 'checkpoint-dir',
  workdir: 'workdir',
  attached: 'attached',
  hostKeyFingerprint: 'host-key-fingerprint',
} as const;

export async function main(ui: Ui): Promise<void> {
  const settings = readLaunchSettings(readInput, ui);
  const cancel = new AbortController();
  const onSignal = (): void => cancel.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const tempDirs: string[] = [];
  const sink = new WorkflowLogSink();

  const result = await launch(settings, {
    ui,
    sink,
    openHost: () => openHost(settings.connection, ui),
    listPayload: listTrackedFiles,
    readPayloadFile: readWorkspaceFile,
    push: makePusher({
      settings: settings.connection,
      onTempDir: (dir) => {
        tempDirs.push(dir);
        saveState(STATE_KEYS.tempDirs, JSON.stringify(tempDirs));
      },
    }),
    onRun: (run) => saveState(STATE_KEYS.run, JSON.stringify(savedRun(run, settings))),
    signal: cancel.signal,
  });

  setOutputs(ui, result);
  writeSessionFile(ui, settings, result);
  await ui.summary(launchSummaryMarkdown(result, settings.mode));
  if (!result.cancelled) saveState(STATE_KEYS.mainDone, 'true');
  if (result.cancelled)
    throw new Error(
      `cancelled while following run ${result.run?.runId ?? ''}; the post step decides whether it is stopped (stop-on-cancel: ${settings.stopOnCancel})`,
    );
  if (result.failure) {
    const tail = result.lastLines.length > 0 ? `\nlast log lines:\n${result.lastLines.slice(-15).join('\n')}` : '';
    failStep(`tenant/launch: ${result.failure.message}${tail}`);
    // Follow and attach end with the run's own exit code.
    process.exitCode = result.failure.kind === 'exit' && result.exitCode ? result.exitCode : 1;
    return;
  }
  if (settings.mode !== 'detach' && result.exitCode !== null)
    ui.info(`run ${result.run?.runId} exited with code ${result.exitCode}`);
}

function savedRun(run: RunInfo, settings: LaunchSettings): SavedRun {
  return {
    root: run.paths.root,
    runId: run.runId,
    pgid: run.pgid,
    attached: run.attached,
    stopOnCancel: settings.stopOnCancel,
  };
}

function setOutputs(ui: Ui, r: LaunchResult): void {
  if (r.boxPaths) {
    ui.setOutput(OUTPUTS.workdir, r.boxPaths.workdir);
    ui.setOutput(OUTPUTS.checkpointDir, r.boxPaths.checkpointDir);
  }
  if (r.hostKeyFingerprint) ui.setOutput(OUTPUTS.hostKeyFingerprint, r.hostKeyFingerprint);
  ui.setOutput(OUTPUTS.status, r.state);
  if (!r.run) return;
  ui.setOutput(OUTPUTS.runId, r.run.runId);
  ui.setOutput(OUTPUTS.remoteDir, r.run.paths.dir);
  ui.setOutput(OUTPUTS.logPath, r.run.paths.log);
  ui.setOutput(OUTPUTS.pgid, r.run.pgid);
  ui.setOutput(OUTPUTS.attached, r.run.attached);
  if (r.exitCode !== null) ui.setOutput(OUTPUTS.exitCode, r.exitCode);
}

/** The session file (design §9): box, host key and run for the actions after this one; never a secret. */
function writeSessionFile(ui: Ui, settings: LaunchSettings, r: LaunchResult): void {
  const path = sessionPath();
  if (!path || !r.run || !r.boxPaths) return;
  const c = settings.connection;
  const prior = readSession(path);
  const session = prior && prior.profile === r.profile ? prior : emptySession(r.profile);
  const scrub = scrubber(Object.values(settings.secrets));
  session.connection =
    c.profile === 'local' || !c.host || !c.user || !r.hostKeyFingerprint
      ? null
      : { host: c.host, port: c.port, user: c.user, hostKeyFingerprint: r.hostKeyFingerprint };
  session.run = {
    runId: r.run.runId,
    remoteDir: r.run.paths.dir,
    workdir: r.boxPaths.workdir,
    checkpointDir: r.boxPaths.checkpointDir,
    logPath: r.run.paths.log,
    pgid: r.run.pgid,
    command: scrub(settings.command),
    startedAt: new Date(r.run.startedAtMs).toISOString(),
  };
  writeSession(path, session);
  exportVariable(SESSION_ENV, path);
  ui.setOutput(OUTPUTS.sessionFile, path);
}
