/**
 * Starting a run in one exec: write the run directory's files (the env file from stdin), then start the wrapper
 * detached — inside tmux when the box has it (or when asked), else under nohup with every stdio redirected —
 * in a new process group. Returns once the wrapper has recorded its pgid.
 */
import { createHash } from 'node:crypto';
import { HostError } from '../errors.js';
import type { Command, Host } from '../host/host.js';
import { shellJoin, shellQuote } from '../host/quote.js';
import { runPaths, tmuxSessionName, type RunPaths } from './layout.js';
import { commandScript, envFile, WRAPPER_SCRIPT } from './scripts.js';

export type DetachMode = 'auto' | 'tmux' | 'nohup';

export interface RunSpec {
  /** Absolute directory on the box under which `.tenant/runs/<runId>/` lives (the profile's code dir, or an input). */
  root: string;
  runId: string;
  command: Command;
  /** Working directory of the command (absolute). */
  cwd: string;
  /** Variables for the command; written to the 0600 env file through stdin, never put in argv. */
  env?: Readonly<Record<string, string>>;
  /** `auto` (default): tmux when installed, else nohup. */
  detach?: DetachMode;
}

export interface RunHandle {
  paths: RunPaths;
  pgid: number;
  /** When the wrapper started the command (box clock), ms since the epoch. */
  startedAtMs: number;
  detach: 'tmux' | 'nohup';
  /** The tmux session holding the run, when detach is tmux. */
  tmuxSession?: string;
  /** sha256 of command.sh: equal hashes mean byte-identical commands. */
  commandSha256: string;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Creates the run directory and writes command.sh, env (0600) and wrapper.sh through the Host port's file calls.
 * command.sh is written once: an existing one with other bytes is an error (HostError 'RUN_EXISTS'), the same
 * bytes are left alone. `startRun` does the same in its single exec; this is for callers that only prepare.
 */
export async function prepareRun(host: Host, spec: RunSpec): Promise<{ paths: RunPaths; commandSha256: string }> {
  const paths = runPaths(spec.root, spec.runId);
  const mk = await host.exec({ argv: ['mkdir', '-p', '--', paths.dir] });
  if (mk.code !== 0) throw new HostError('EMKDIR', `cannot create ${paths.dir} on ${host.label}: ${mk.stderr.trim()}`);
  const script = commandScript(spec.command, spec.cwd);
  const existing = await host.stat(paths.command);
  if (existing) {
    const bytes = (await host.readFile(paths.command)).toString('utf8');
    if (bytes !== script) {
      throw new HostError('RUN_EXISTS', `run ${spec.runId} already exists in ${paths.dir} with a different command`);
    }
  } else {
    await host.writeFile(paths.command, script, { mode: 0o644 });
  }
  await host.writeFile(paths.env, envFile(spec.env ?? {}), { mode: 0o600 });
  await host.writeFile(paths.wrapper, WRAPPER_SCRIPT, { mode: 0o755 });
  return { paths, commandSha256: sha256(script) };
}

/**
 * The launcher, one exec: creates the run dir, refuses a run that already started or a command.sh with other
 * bytes, writes command.sh and wrapper.sh (their text is in this script, quoted) and the env file from stdin
 * (umask 077: 0600 from the first byte; the values never appear in argv), picks tmux or nohup, starts the
 * wrapper and prints the mode. Only builtins run before the start, apart from tmux / setsid themselves.
 */
function launcherScript(paths: RunPaths, detach: DetachMode, session: string, command: string): string {
  const wrapperCmd = shellJoin(['bash', paths.wrapper, paths.dir]);
  const q = shellQuote;
  return [
    'export LC_ALL=C',
    `mkdir -p -- ${q(paths.dir)} || exit 6`,
    `cd -- ${q(paths.dir)} || exit 6`,
    `if [ -e started_at ]; then echo "tenant: run already started in ${paths.dir.replace(/[^A-Za-z0-9_./-]/g, '?')}" >&2; exit 3; fi`,
    `want=${q(command)}`,
    'if [ -e command.sh ]; then',
    '  IFS= read -r -d "" have < command.sh',
    '  if [ "$have" != "$want" ]; then echo "tenant: the run exists with a different command" >&2; exit 7; fi',
    'else',
    '  printf "%s" "$want" > command.sh || exit 6',
    'fi',
    `printf "%s" ${q(WRAPPER_SCRIPT)} > wrapper.sh || exit 6`,
    '(umask 077; IFS= read -r -d "" envtext; printf "%s" "$envtext" > env) || exit 6',
    `mode=${q(detach)}`,
    'if [ "$mode" = auto ]; then if command -v tmux >/dev/null 2>&1; then mode=tmux; else mode=nohup; fi; fi',
    'if [ "$mode" = tmux ]; then',
    // The session command carries no environment of ours: the wrapper sources the env file itself (a variable
    // set on the tmux client does not reach a server that is already running).
    `  tmux new-session -d -s ${q(session)} ${q(wrapperCmd)} || exit 4`,
    'elif command -v setsid >/dev/null 2>&1; then',
    `  nohup setsid ${wrapperCmd} </dev/null >/dev/null 2>&1 &`,
    'else',
    `  set -m; nohup ${wrapperCmd} </dev/null >/dev/null 2>&1 & set +m`,
    'fi',
    'echo "$mode"',
  ].join('\n');
}

/** Reads pgid and started_at once the wrapper has written them (polling the files, no process per poll). */
async function waitForStart(
  host: Host,
  paths: RunPaths,
  timeoutMs: number,
): Promise<{ pgid: number; startedAtMs: number }> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 2; ; delay = Math.min(delay * 2, 50)) {
    const started = (await host.readFile(paths.startedAt).catch(() => Buffer.alloc(0))).toString().trim();
    const pgid = (await host.readFile(paths.pgid).catch(() => Buffer.alloc(0))).toString().trim();
    if (/^[0-9.]+$/.test(started) && /^\d+$/.test(pgid))
      return { pgid: Number(pgid), startedAtMs: Math.round(Number(started) * 1000) };
    if (Date.now() > deadline) {
      throw new HostError(
        'ESTART',
        `the run wrapper in ${paths.dir} did not start within ${timeoutMs / 1000} s on ${host.label}`,
      );
    }
    await new Promise((r) => setTimeout(r, delay));
  }
}

/** Prepares and starts a run; resolves once the wrapper has written its pgid. */
export async function startRun(host: Host, spec: RunSpec): Promise<RunHandle> {
  const paths = runPaths(spec.root, spec.runId);
  const script = commandScript(spec.command, spec.cwd);
  const session = tmuxSessionName(spec.runId);
  const res = await host.exec(
    { script: launcherScript(paths, spec.detach ?? 'auto', session, script) },
    { stdin: envFile(spec.env ?? {}), timeoutMs: 30_000 },
  );
  const mode = res.stdout.trim().split('\n').pop();
  if (res.code !== 0 || (mode !== 'tmux' && mode !== 'nohup')) {
    const why = res.stderr.trim() || res.stdout.trim() || `exit ${res.code}`;
    const code = res.code === 3 ? 'RUN_STARTED' : res.code === 7 ? 'RUN_EXISTS' : 'ESTART';
    throw new HostError(code, `could not start run ${spec.runId} on ${host.label}: ${why}`);
  }
  const { pgid, startedAtMs } = await waitForStart(host, paths, 10_000);
  return {
    paths,
    pgid,
    startedAtMs,
    detach: mode,
    ...(mode === 'tmux' ? { tmuxSession: session } : {}),
    commandSha256: sha256(script),
  };
}
