/**
 * Reading a run's state from its directory plus one liveness test of its process group, in one exec.
 *
 *   running   the group has a live (non-zombie) member and no exit_code yet
 *   exited    exit_code exists: the wrapper saw the command end (it may still be finishing its bookkeeping)
 *   gone      the group is gone and there is no exit_code: killed with the wrapper, or lost with the box
 *   not-started  no pgid file
 */
import type { Host } from '../host/host.js';
import { shellQuote } from '../host/quote.js';
import type { RunPaths } from './layout.js';
import { GROUP_ALIVE_FN } from './scripts.js';

export type RunState = 'not-started' | 'running' | 'exited' | 'gone';

export interface RunStatus {
  state: RunState;
  pgid: number | null;
  startedAtMs: number | null;
  exitCode: number | null;
  /** A live member of the process group exists. */
  alive: boolean;
}

function statusScript(paths: RunPaths): string {
  const q = shellQuote;
  return [
    GROUP_ALIVE_FN,
    `pg=$(cat ${q(paths.pgid)} 2>/dev/null)`,
    `st=$(cat ${q(paths.startedAt)} 2>/dev/null)`,
    `ex=$(cat ${q(paths.exitCode)} 2>/dev/null)`,
    'al=0',
    'if [ -n "$pg" ] && group_alive "$pg"; then al=1; fi',
    `printf 'pgid=%s\\nstarted=%s\\nexit=%s\\nalive=%s\\n' "$pg" "$st" "$ex" "$al"`,
  ].join('\n');
}

export function parseStatusOutput(stdout: string): RunStatus {
  const get = (k: string): string => new RegExp(`^${k}=(.*)$`, 'm').exec(stdout)?.[1]?.trim() ?? '';
  const pgid = /^\d+$/.test(get('pgid')) ? Number(get('pgid')) : null;
  const started = get('started');
  const startedAtMs = /^[0-9.]+$/.test(started) ? Math.round(Number(started) * 1000) : null;
  const exitCode = /^\d+$/.test(get('exit')) ? Number(get('exit')) : null;
  const alive = get('alive') === '1';
  const state: RunState = pgid === null ? 'not-started' : exitCode !== null ? 'exited' : alive ? 'running' : 'gone';
  return { state, pgid, startedAtMs, exitCode, alive };
}

export async function readRunStatus(host: Host, paths: RunPaths): Promise<RunStatus> {
  const res = await host.exec({ script: statusScript(paths) }, { timeoutMs: 30_000 });
  return parseStatusOutput(res.stdout);
}

/** Whether process group `pgid` still has a live (non-zombie) member. */
export async function isGroupAlive(host: Host, pgid: number): Promise<boolean> {
  const res = await host.exec({
    script: `${GROUP_ALIVE_FN}\nif group_alive ${Number(pgid)}; then echo 1; else echo 0; fi`,
  });
  return res.stdout.trim() === '1';
}

/**
 * Waits on the box (one exec) until group `pgid` has no live member or `timeoutMs` passes; resolves true when
 * it is gone. Polls every 20 ms there, so no network round trip sits between the group ending and the answer.
 */
export async function waitGroupGone(host: Host, pgid: number, timeoutMs: number): Promise<boolean> {
  const ticks = Math.max(1, Math.ceil(timeoutMs / 20));
  const script = [
    GROUP_ALIVE_FN,
    `i=0; while group_alive ${Number(pgid)}; do i=$((i+1)); if [ $i -ge ${ticks} ]; then echo alive; exit 0; fi; sleep 0.02; done`,
    'echo gone',
  ].join('\n');
  const res = await host.exec({ script }, { timeoutMs: timeoutMs + 30_000 });
  return res.stdout.trim() === 'gone';
}
