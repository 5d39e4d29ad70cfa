/**
 * The remote run layout (design §4): one directory per run, `<root>/.tenant/runs/<run-id>/`, holding
 *
 *   command.sh   the command (cd to the working dir, then the user's argv or script); written once and never
 *                rewritten while the run lives, because bash reads a script by offset as it runs
 *   env          `export NAME='value'` lines, mode 0600, written through stdin (Host.writeFile); secrets live here
 *   env_path     (launch) the path of the env file when it lives outside the run dir, on the box's own disk
 *   wrapper.sh   the fixed wrapper that starts command.sh in its own process group and records the files below
 *   log          stdout and stderr of the command, appended
 *   pgid         the process group id (written by the wrapper before the command starts)
 *   started_at   epoch seconds (fractional) when the wrapper started the command
 *   exit_code    written atomically by the wrapper only once the command has really ended; absent when the
 *                group was killed (SIGKILL takes the wrapper with it) or the box went away
 *   status.json  a summary for people and tools: {"state":"running"|"exited"|"killed", pgid, startedAt, endedAt, exitCode}
 *
 * One directory is one process lifetime: starting the same command again (a relaunch) uses a new run id, so
 * every attempt keeps its own log.
 */
import { posix } from 'node:path';

export const RUNS_SUBDIR = '.tenant/runs' as const;

export const RUN_FILES = {
  command: 'command.sh',
  env: 'env',
  envPath: 'env_path',
  wrapper: 'wrapper.sh',
  log: 'log',
  pgid: 'pgid',
  startedAt: 'started_at',
  exitCode: 'exit_code',
  status: 'status.json',
} as const;

export type RunFile = keyof typeof RUN_FILES;

export type RunPaths = { readonly root: string; readonly runId: string; readonly dir: string } & {
  readonly [K in RunFile]: string;
};

const RUN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Run ids are path components and tmux session names: letters, digits, `.`, `_`, `-`; at most 128. */
export function assertRunId(runId: string): void {
  if (!RUN_ID.test(runId) || runId.includes('..')) {
    throw new TypeError(`invalid run id ${JSON.stringify(runId)}: use letters, digits, '.', '_' and '-' (max 128)`);
  }
}

/** Paths of run `runId` under `root` (an absolute directory on the box). */
export function runPaths(root: string, runId: string): RunPaths {
  assertRunId(runId);
  if (!posix.isAbsolute(root)) throw new TypeError(`run root must be an absolute path, got ${JSON.stringify(root)}`);
  const dir = posix.join(root, RUNS_SUBDIR, runId);
  const files = Object.fromEntries(Object.entries(RUN_FILES).map(([k, name]) => [k, posix.join(dir, name)])) as {
    [K in RunFile]: string;
  };
  return { root, runId, dir, ...files };
}

/** The tmux session a run is started in (tmux forbids `.` and `:` in names). */
export function tmuxSessionName(runId: string): string {
  return `tenant-${runId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
