/**
 * Ending a run: signal its whole process group, give it `graceMs` to exit (for TERM), then SIGKILL, and
 * confirm the group is gone by pgid — never by a `pgrep -f` pattern, which matches the shell asking.
 */
import { HostError } from '../errors.js';
import type { Host } from '../host/host.js';
import { normalizeSignal } from '../host/signal-name.js';
import type { RunPaths } from './layout.js';
import { waitGroupGone } from './status.js';

export interface KillOptions {
  /** First signal, without SIG (default KILL). */
  signal?: string;
  /** For a signal other than KILL: how long the group may take to exit before SIGKILL (default 0). */
  graceMs?: number;
  /** How long to wait for the group to be gone after SIGKILL (default 15 s). */
  confirmMs?: number;
  /** When given, status.json records the kill (unless the wrapper recorded an exit itself). */
  paths?: RunPaths;
  /** The first signal was already sent by someone else (the on-box watcher): only wait, escalate, confirm. */
  alreadySent?: boolean;
}

export interface KillResult {
  signal: string;
  /** Local clock, ms since the epoch, when the first signal was sent. */
  sentAtMs: number;
  /** SIGKILL followed because the group outlived the grace period. */
  escalated: boolean;
  /** Local clock when the group was confirmed gone. */
  goneAtMs: number;
  /** false when there was no such group to signal (it had already ended). */
  delivered: boolean;
}

export async function killRun(host: Host, pgid: number, options: KillOptions = {}): Promise<KillResult> {
  const signal = normalizeSignal(options.signal ?? 'KILL');
  const sentAtMs = Date.now();
  const delivered = options.alreadySent ? true : await host.killGroup(pgid, signal);
  let escalated = false;
  if (signal !== 'KILL') {
    const gone = await waitGroupGone(host, pgid, options.graceMs ?? 0);
    if (!gone) {
      escalated = true;
      await host.killGroup(pgid, 'KILL');
    }
  }
  if (!(await waitGroupGone(host, pgid, options.confirmMs ?? 15_000))) {
    throw new HostError('EKILL', `process group ${pgid} on ${host.label} is still alive after SIGKILL`);
  }
  const goneAtMs = Date.now();
  if (options.paths && !(await host.stat(options.paths.exitCode))) {
    const status = { state: 'killed', pgid, signal, escalated, killedAt: goneAtMs / 1000, exitCode: null };
    await host.writeFile(options.paths.status, JSON.stringify(status) + '\n');
  }
  return { signal, sentAtMs, escalated, goneAtMs, delivered };
}
