/** Waiting for a run to end (exit_code written, or its group gone), by polling its status. */
import { HostError } from '../errors.js';
import type { Host } from '../host/host.js';
import type { RunPaths } from './layout.js';
import { readRunStatus, type RunStatus } from './status.js';

export interface WaitOptions {
  timeoutMs?: number;
  pollMs?: number;
  signal?: AbortSignal;
}

export async function waitForExit(host: Host, paths: RunPaths, options: WaitOptions = {}): Promise<RunStatus> {
  const deadline = Date.now() + (options.timeoutMs ?? Number.POSITIVE_INFINITY);
  const pollMs = options.pollMs ?? 500;
  for (;;) {
    const status = await readRunStatus(host, paths);
    if (status.state === 'exited' || status.state === 'gone') return status;
    if (options.signal?.aborted) throw new HostError('EABORTED', `stopped waiting for run ${paths.runId}`);
    if (Date.now() >= deadline) {
      throw new HostError('ETIMEDOUT', `run ${paths.runId} is still running after ${options.timeoutMs} ms`);
    }
    await new Promise((r) => setTimeout(r, Math.min(pollMs, Math.max(0, deadline - Date.now()))));
  }
}
