/**
 * Starting a run at most once: the launch path of the run layout. One remote script, run under a lock on the
 * box (`<root>/.tenant/runs/.lock`, flock when present, else an atomic mkdir), decides between
 *
 *   attach   an attempt of this run id is alive (same command.sh bytes): report it, start nothing;
 *   start    no attempt is alive: the next attempt id (`ID`, then `ID.2`, `ID.3` … — one directory is one
 *            process lifetime) gets command.sh, wrapper.sh, the env file and is started detached;
 *   refuse   the checkpoint dir is claimed by a live run of another id, or by another cell of the same sweep.
 *
 * Ten simultaneous launches therefore start exactly one process. The env file (secrets) arrives on stdin, is
 * written with umask 077 into a directory on the box's own disk (never the run dir, which may sit on shared
 * storage or in a workspace that gets uploaded), and its path is recorded in the run dir's `env_path`.
 * Nothing secret is ever in the script text, which the box's process list can show.
 */
import { HostError } from '../errors.js';
import type { Command, Host } from '../host/host.js';
import { shellQuote } from '../host/quote.js';
import { assertRunId, runPaths, RUNS_SUBDIR, type RunPaths } from './layout.js';
import { commandScript, envFile, GROUP_ALIVE_FN, WRAPPER_SCRIPT } from './scripts.js';
import type { DetachMode } from './start.js';
import { sha256 } from './start.js';

export interface StartOnceSpec {
  /** Absolute directory holding `.tenant/runs/`. */
  root: string;
  /** Base run id; later attempts are `<id>.2`, `<id>.3` … */
  runId: string;
  command: Command;
  cwd: string;
  /** Variables and secrets for the command; sent on stdin, never in argv. */
  env?: Readonly<Record<string, string>>;
  /** Absolute directory on the box's own disk for env files (created 0700). */
  secretsDir: string;
  detach?: DetachMode;
  /** Absolute checkpoint dir: created and claimed for this run (and cell). */
  checkpointDir?: string;
  /** Matrix cell name ('' when not a sweep). */
  cell?: string;
  /** Identifies one sweep (a workflow run): two cells of it may not share a checkpoint dir. */
  sweep?: string;
  /** `attach`: never start; report the live (or latest) attempt. */
  want?: 'start' | 'attach';
}

export type StartOnceResult =
  | {
      kind: 'started';
      paths: RunPaths;
      attempt: number;
      pgid: number;
      startedAtMs: number;
      detach: 'tmux' | 'nohup';
      commandSha256: string;
    }
  | { kind: 'attached'; paths: RunPaths; attempt: number; pgid: number; startedAtMs: number; commandSha256: string }
  | { kind: 'ended'; paths: RunPaths; attempt: number }
  | { kind: 'none' };

/** Exit codes of the script (besides 0). */
const CODE = { lockBusy: 12, otherCommand: 13, ckptDir: 14, claimed: 15, startFailed: 16 } as const;

export class CheckpointClaimError extends HostError {
  constructor(
    message: string,
    readonly claimant: { cell: string; runId: string },
  ) {
    super('CKPT_CLAIMED', message);
  }
}

function attemptOf(base: string, id: string): number {
  return id === base ? 1 : Number(id.slice(base.length + 1));
}

export function startOnceScript(spec: StartOnceSpec): string {
  assertRunId(spec.runId);
  const q = shellQuote;
  const runs = `${spec.root.replace(/\/+$/, '')}/${RUNS_SUBDIR}`;
  const script = commandScript(spec.command, spec.cwd);
  const want = spec.want ?? 'start';
  return [
    'set -u',
    GROUP_ALIVE_FN,
    `runs=${q(runs)}; base=${q(spec.runId)}; secrets=${q(spec.secretsDir)}; want=${q(want)}`,
    `cmd=${q(script)}`,
    `ckpt=${q(spec.checkpointDir ?? '')}; cell=${q(spec.cell ?? '')}; sweep=${q(spec.sweep ?? '')}`,
    `detach=${q(spec.detach ?? 'auto')}`,
    'mkdir -p -- "$runs" || exit 10',
    // Run dirs are never pushed back or committed by accident (a local run lives in the workspace).
    '[ -e "${runs%/runs}/.gitignore" ] || printf \'*\\n\' > "${runs%/runs}/.gitignore"',
    // stdin (the env file) is read into memory by a builtin: no temp file, no process holding it.
    "IFS= read -r -d '' envdata || true",
    'if [ ! -d "$secrets" ]; then (umask 077; mkdir -p -- "$secrets") || exit 11; fi',
    'lock="$runs/.lock"',
    'if command -v flock >/dev/null 2>&1; then',
    `  exec 9>>"$lock"; flock -w 60 9 || { echo "tenant: the launch lock $lock stayed busy for 60 s" >&2; exit ${CODE.lockBusy}; }`,
    'else',
    // No flock (busybox-less minimal images): an atomic mkdir, broken when older than 120 s (a crashed launcher).
    '  i=0',
    '  until mkdir -- "$lock.d" 2>/dev/null; do',
    '    if [ -n "$(find "$lock.d" -maxdepth 0 -mmin +2 2>/dev/null)" ]; then rmdir -- "$lock.d" 2>/dev/null; continue; fi',
    `    i=$((i+1)); if [ $i -gt 3000 ]; then echo "tenant: the launch lock $lock.d stayed busy for 60 s" >&2; exit ${CODE.lockBusy}; fi`,
    '    sleep 0.02',
    '  done',
    '  trap \'rmdir -- "$lock.d" 2>/dev/null\' EXIT',
    'fi',
    // Find the first attempt that never started; remember a live one and the latest ended one.
    'n=1; live=; last=',
    'while :; do',
    '  if [ $n -eq 1 ]; then id=$base; else id=$base.$n; fi',
    '  dir=$runs/$id',
    '  if [ ! -e "$dir/pgid" ]; then break; fi',
    '  pg=$(cat -- "$dir/pgid" 2>/dev/null)',
    '  if [ ! -e "$dir/exit_code" ] && [ -n "$pg" ] && group_alive "$pg"; then live=$id; break; fi',
    // An ended attempt needs its secrets no more: its env file is removed.
    '  ep=$(cat -- "$dir/env_path" 2>/dev/null); if [ -n "$ep" ]; then rm -f -- "$ep"; fi',
    '  last=$id; n=$((n+1))',
    'done',
    'if [ -n "$live" ]; then',
    '  cur=$(cat -- "$dir/command.sh" 2>/dev/null; printf x); cur=${cur%x}',
    `  if [ "$want" = start ] && [ "$cur" != "$cmd" ]; then echo "tenant: run $live is alive with a different command" >&2; exit ${CODE.otherCommand}; fi`,
    '  printf \'attached\\t%s\\t%s\\t%s\\n\' "$live" "$pg" "$(cat -- "$dir/started_at" 2>/dev/null)"',
    '  printf \'sha\\t\'; printf %s "$cur" | sha256sum 2>/dev/null | cut -c1-64',
    '  exit 0',
    'fi',
    'if [ "$want" = attach ]; then',
    '  if [ -n "$last" ]; then printf \'ended\\t%s\\n\' "$last"; else printf \'none\\n\'; fi',
    '  exit 0',
    'fi',
    // Claim the checkpoint dir: no two live runs of different ids, no two cells of one sweep.
    'if [ -n "$ckpt" ]; then',
    `  mkdir -p -- "$ckpt" || { echo "tenant: cannot create checkpoint dir $ckpt" >&2; exit ${CODE.ckptDir}; }`,
    '  claim="$ckpt/.tenant-claim"',
    '  if [ -f "$claim" ]; then',
    '    ccell=$(sed -n \'s/^cell=//p\' "$claim"); csweep=$(sed -n \'s/^sweep=//p\' "$claim")',
    '    cbase=$(sed -n \'s/^base=//p\' "$claim"); crun=$(sed -n \'s/^run=//p\' "$claim"); cdir=$(sed -n \'s/^dir=//p\' "$claim")',
    '    clash=',
    '    if [ -n "$sweep" ] && [ "$csweep" = "$sweep" ] && [ "$ccell" != "$cell" ]; then clash=sweep; fi',
    '    if [ -z "$clash" ] && [ "$cbase" != "$base" ] && [ -n "$cdir" ] && [ ! -e "$cdir/exit_code" ]; then',
    '      cpg=$(cat -- "$cdir/pgid" 2>/dev/null); if [ -n "$cpg" ] && group_alive "$cpg"; then clash=live; fi',
    '    fi',
    `    if [ -n "$clash" ]; then printf 'claimed\\t%s\\t%s\\t%s\\n' "$clash" "$ccell" "$crun"; exit ${CODE.claimed}; fi`,
    '  fi',
    'fi',
    // Nothing reads these files before the wrapper starts (we hold the lock): plain writes by builtins.
    'put() { printf %s "$2" > "$1"; }',
    'mkdir -p -- "$dir" || exit 10',
    'if [ -e "$dir/started_at" ] || [ -e "$dir/exit_code" ]; then rm -f -- "$dir/started_at" "$dir/exit_code" "$dir/status.json"; fi',
    'put "$dir/command.sh" "$cmd" || exit 10',
    `put "$dir/wrapper.sh" ${q(WRAPPER_SCRIPT)} || exit 10`,
    'envf="$secrets/$id.env"',
    '(umask 077; printf %s "$envdata" > "$envf") || exit 11',
    'unset envdata',
    'put "$dir/env_path" "$envf" || exit 10',
    'if [ -n "$ckpt" ]; then put "$ckpt/.tenant-claim" "$(printf \'cell=%s\\nsweep=%s\\nbase=%s\\nrun=%s\\ndir=%s\\n\' "$cell" "$sweep" "$base" "$id" "$dir")"; fi',
    'sess=tenant-${id//[^A-Za-z0-9_-]/_}',
    'mode=$detach',
    'if [ "$mode" = auto ]; then if command -v tmux >/dev/null 2>&1; then mode=tmux; else mode=nohup; fi; fi',
    // The lock fd (9) is closed for everything started, so a live run never holds the launch lock.
    'if [ "$mode" = tmux ]; then',
    `  tmux new-session -d -s "$sess" -c "$dir" 'bash ./wrapper.sh .' 9>&- </dev/null >/dev/null 2>&1 || { echo "tenant: tmux new-session failed" >&2; exit ${CODE.startFailed}; }`,
    'elif command -v setsid >/dev/null 2>&1; then',
    '  nohup setsid bash "$dir/wrapper.sh" "$dir" </dev/null >/dev/null 2>&1 9>&- &',
    'else',
    '  set -m; nohup bash "$dir/wrapper.sh" "$dir" </dev/null >/dev/null 2>&1 9>&- & set +m',
    'fi',
    'i=0',
    'while [ ! -s "$dir/started_at" ]; do',
    `  i=$((i+1)); if [ $i -gt 1000 ]; then echo "tenant: the wrapper did not start within 10 s" >&2; exit ${CODE.startFailed}; fi`,
    '  sleep 0.01',
    'done',
    'printf \'started\\t%s\\t%s\\t%s\\t%s\\n\' "$id" "$mode" "$(cat -- "$dir/pgid")" "$(cat -- "$dir/started_at")"',
  ].join('\n');
}

/** Runs the script; the env (secrets) goes on stdin. */
export async function startOnce(host: Host, spec: StartOnceSpec): Promise<StartOnceResult> {
  const script = startOnceScript(spec);
  const commandSha256 = sha256(commandScript(spec.command, spec.cwd));
  const res = await host.exec({ script }, { stdin: envFile(spec.env ?? {}), timeoutMs: 120_000 });
  const lines = res.stdout.split('\n');
  const field = (kind: string): string[] | undefined => lines.find((l) => l.startsWith(kind + '\t'))?.split('\t');
  const why = res.stderr.trim() || `exit ${res.code}`;
  if (res.code === CODE.claimed) {
    const [, clash, cell, run] = field('claimed') ?? [];
    const dir = spec.checkpointDir ?? '';
    const mine = spec.cell ? `cell '${spec.cell}'` : `run ${spec.runId}`;
    const theirs = cell ? `cell '${cell}'` : `run ${run}`;
    const message =
      clash === 'sweep'
        ? `${mine} and ${theirs} of the same sweep both resolve to checkpoint dir ${dir}; give every cell its own checkpoint-dir (include the matrix values in it)`
        : `checkpoint dir ${dir} is in use by live ${theirs} (run ${run}); ${mine} would write into it too — wait for it, stop it, or choose another checkpoint-dir`;
    throw new CheckpointClaimError(message, { cell: cell ?? '', runId: run ?? '' });
  }
  if (res.code === CODE.otherCommand) {
    throw new HostError(
      'RUN_EXISTS',
      `run-id ${spec.runId} is alive on ${host.label} with a different command; choose another run-id or wait for it to end (${why})`,
    );
  }
  if (res.code !== 0) throw new HostError('ESTART', `could not start run ${spec.runId} on ${host.label}: ${why}`);
  const started = field('started');
  if (started) {
    const [, id = '', mode, pgid, at] = started;
    return {
      kind: 'started',
      paths: runPaths(spec.root, id),
      attempt: attemptOf(spec.runId, id),
      pgid: Number(pgid),
      startedAtMs: Math.round(Number(at) * 1000),
      detach: mode === 'tmux' ? 'tmux' : 'nohup',
      commandSha256,
    };
  }
  const attached = field('attached');
  if (attached) {
    const [, id = '', pgid, at] = attached;
    return {
      kind: 'attached',
      paths: runPaths(spec.root, id),
      attempt: attemptOf(spec.runId, id),
      pgid: Number(pgid),
      startedAtMs: Math.round(Number(at) * 1000),
      commandSha256: field('sha')?.[1]?.trim() || commandSha256,
    };
  }
  const ended = field('ended');
  if (ended) {
    const id = ended[1] ?? spec.runId;
    return { kind: 'ended', paths: runPaths(spec.root, id), attempt: attemptOf(spec.runId, id) };
  }
  if (lines.some((l) => l.trim() === 'none')) return { kind: 'none' };
  throw new HostError(
    'ESTART',
    `unexpected answer from the launcher on ${host.label}: ${res.stdout.slice(0, 200)} ${why}`,
  );
}

/** Removes a run's env file (secrets) once the run has ended; safe to call for a run without one. */
export async function removeEnvFile(host: Host, paths: RunPaths): Promise<void> {
  const q = shellQuote(paths.envPath);
  await host.exec(
    { script: `ep=$(cat -- ${q} 2>/dev/null); if [ -n "$ep" ]; then rm -f -- "$ep"; fi` },
    { timeoutMs: 30_000 },
  );
}
