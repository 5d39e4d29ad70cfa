/**
 * Following a run's log until the run ends: lines go to a `LogSink` (the workflow log, wrapped so remote text
 * cannot issue workflow commands; or the terminal). The log is read by byte offset, so after a dropped
 * connection a new host is opened and reading resumes at the offset of the last whole line delivered: no line
 * is lost, none is printed twice. Known secrets are replaced by *** before a line leaves this module.
 */
import { ConfigurationError, HostError } from '../errors.js';
import type { Host } from '../host/host.js';
import type { RunPaths } from '../run/layout.js';
import { readRunStatus, type RunState } from '../run/status.js';
import type { Ui } from '../ui.js';

/** Where followed lines go. `pause()` ends any wrapping before the caller prints something of its own. */
export interface LogSink {
  line(text: string): void;
  pause(): void;
}

export interface FollowDeps {
  host: Host;
  /** Opens a new connection with the same settings (after a drop). */
  reopen(): Promise<Host>;
  sink: LogSink;
  ui: Ui;
  /** Values to blank out of every line. */
  secrets: readonly string[];
  signal?: AbortSignal;
  pollMs?: number;
  /** Reconnect attempts before giving up (default 8, backoff 0.5 s doubling to 15 s). */
  maxReconnects?: number;
}

export interface FollowResult {
  /** The host in use at the end (a new one after a reconnect); the caller closes it. */
  host: Host;
  state: RunState;
  exitCode: number | null;
  /** Byte offset after the last line delivered. */
  offset: number;
  lines: number;
  lastLines: string[];
  reconnects: number;
  cancelled: boolean;
}

export function scrubber(secrets: readonly string[]): (line: string) => string {
  const list = [...new Set(secrets.flatMap((s) => [s, ...s.split(/\r?\n/)]).filter((s) => s.trim().length >= 3))].sort(
    (a, b) => b.length - a.length,
  );
  if (list.length === 0) return (l) => l;
  return (line) => {
    let out = line;
    for (const s of list) if (out.includes(s)) out = out.split(s).join('***');
    return out;
  };
}

function isConnectionLoss(err: unknown): boolean {
  if (err instanceof ConfigurationError) return false;
  if (err instanceof HostError)
    return [
      'ECONNLOST',
      'ECLOSED',
      'ECONNRESET',
      'ETIMEDOUT',
      'ECHANNEL',
      'EHANDSHAKE',
      'ECONNREFUSED',
      'EIO',
    ].includes(err.code);
  return false;
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });

export async function followRun(deps: FollowDeps, paths: RunPaths, fromOffset = 0): Promise<FollowResult> {
  const scrub = scrubber(deps.secrets);
  const last: string[] = [];
  let host = deps.host;
  let offset = fromOffset;
  let lines = 0;
  let reconnects = 0;
  let final: { state: RunState; exitCode: number | null } | undefined;
  const max = deps.maxReconnects ?? 8;
  try {
    for (;;) {
      try {
        const h = host;
        const until = async (): Promise<boolean> => {
          const st = await readRunStatus(h, paths);
          if (st.state === 'exited' || st.state === 'gone') final = { state: st.state, exitCode: st.exitCode };
          return final !== undefined;
        };
        for await (const { line, offset: next } of h.stream(paths.log, {
          offset,
          pollMs: deps.pollMs ?? 500,
          until,
          signal: deps.signal,
        })) {
          const clean = scrub(line.replace(/\r$/, ''));
          deps.sink.line(clean);
          last.push(clean);
          if (last.length > 30) last.shift();
          lines++;
          offset = next;
        }
        break;
      } catch (err) {
        if (deps.signal?.aborted) break;
        if (!isConnectionLoss(err) || reconnects >= max) throw err;
        reconnects++;
        deps.sink.pause();
        deps.ui.warning(
          `lost the connection while following ${paths.log} at byte ${offset} (${(err as Error).message}); reconnecting (${reconnects}/${max})`,
        );
        await host.close().catch(() => undefined);
        let wait = 500;
        for (;;) {
          await sleep(wait, deps.signal);
          if (deps.signal?.aborted) break;
          try {
            host = await deps.reopen();
            break;
          } catch (e) {
            if (!isConnectionLoss(e) || reconnects >= max) throw e;
            reconnects++;
            deps.ui.warning(`reconnect failed (${(e as Error).message}); retrying (${reconnects}/${max})`);
            wait = Math.min(15_000, wait * 2);
          }
        }
        if (deps.signal?.aborted) break;
        deps.ui.info(`reconnected to ${host.label}; resuming the log at byte ${offset}`);
      }
    }
  } finally {
    deps.sink.pause();
  }
  if (deps.signal?.aborted) {
    return { host, state: 'running', exitCode: null, offset, lines, lastLines: last, reconnects, cancelled: true };
  }
  const st = final ?? (await readRunStatus(host, paths));
  return { host, state: st.state, exitCode: st.exitCode, offset, lines, lastLines: last, reconnects, cancelled: false };
}
