/**
 * The probe after a start: within `probe-timeout` the run is alive, its log has a first line, shows no Python
 * traceback, and (optionally) a line matches `expect-log`. Each poll is one exec that returns the run's state
 * and the log bytes since the last poll, so a probe costs a few milliseconds per round trip over one connection.
 */
import type { Host } from '../host/host.js';
import { shellQuote } from '../host/quote.js';
import type { RunPaths } from '../run/layout.js';
import { GROUP_ALIVE_FN } from '../run/scripts.js';

export interface ProbeOptions {
  timeoutMs: number;
  expectLog?: RegExp | undefined;
  /** Lines kept from the start of the log (for the summary). */
  firstLines?: number;
  /** Extra wait after a traceback so its last line (the exception) is read too. */
  tracebackSettleMs?: number;
  /**
   * Without expect-log, how long the run must stay healthy after its first line before the probe passes
   * (default min(3 s, timeout/4)): a program that prints "loading" and then crashes is caught.
   */
  settleMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface ProbeResult {
  ok: boolean;
  /** Why the probe failed; undefined when ok. */
  reason?: string;
  /** `alive` (passed with the run running), `finished` (exit 0 during the probe), or the failure kind. */
  outcome: 'alive' | 'finished' | 'exited' | 'gone' | 'traceback' | 'no-output' | 'no-match';
  firstLines: string[];
  lastLines: string[];
  /** The line that matched expect-log. */
  matched?: string;
  exitCode: number | null;
  elapsedMs: number;
}

const MARK = '\x1etenant-log';
const CHUNK = 256 * 1024;
const TRACEBACK = /^Traceback \(most recent call last\):/;

export function probeScript(paths: RunPaths, offset: number): string {
  const q = shellQuote;
  return [
    GROUP_ALIVE_FN,
    `pg=$(cat ${q(paths.pgid)} 2>/dev/null); ex=$(cat ${q(paths.exitCode)} 2>/dev/null); al=0`,
    'if [ -n "$pg" ] && group_alive "$pg"; then al=1; fi',
    `printf 'exit=%s\\nalive=%s\\n' "$ex" "$al"`,
    `printf '${MARK}\\n'`,
    `if [ -f ${q(paths.log)} ]; then tail -c +${Math.max(0, Math.floor(offset)) + 1} -- ${q(paths.log)} | head -c ${CHUNK}; fi`,
  ].join('\n');
}

export interface ProbePoll {
  exitCode: number | null;
  alive: boolean;
  /** Complete lines since the offset. */
  lines: string[];
  /** Bytes consumed (up to and including the last newline). */
  consumed: number;
}

export function parseProbeOutput(stdout: string): ProbePoll {
  const at = stdout.indexOf(`${MARK}\n`);
  const head = at === -1 ? stdout : stdout.slice(0, at);
  const body = at === -1 ? '' : stdout.slice(at + MARK.length + 1);
  const ex = /^exit=(\d+)$/m.exec(head)?.[1];
  const alive = /^alive=1$/m.test(head);
  const end = body.lastIndexOf('\n');
  const complete = end === -1 ? '' : body.slice(0, end + 1);
  return {
    exitCode: ex === undefined ? null : Number(ex),
    alive,
    lines:
      complete === ''
        ? []
        : complete
            .slice(0, -1)
            .split('\n')
            .map((l) => l.replace(/\r$/, '')),
    consumed: Buffer.byteLength(complete),
  };
}

export async function probeRun(host: Host, paths: RunPaths, options: ProbeOptions): Promise<ProbeResult> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const keep = options.firstLines ?? 20;
  const start = now();
  const deadline = start + options.timeoutMs;
  const first: string[] = [];
  const last: string[] = [];
  let offset = 0;
  let matched: string | undefined;
  let tracebackAt: number | undefined;
  let seenLine = false;
  let firstLineAt: number | undefined;
  const settleMs = options.settleMs ?? Math.min(3000, options.timeoutMs / 4);
  let pause = 50;
  const done = (
    ok: boolean,
    outcome: ProbeResult['outcome'],
    exitCode: number | null,
    reason?: string,
  ): ProbeResult => ({
    ok,
    outcome,
    ...(reason !== undefined ? { reason } : {}),
    firstLines: first,
    lastLines: last,
    ...(matched !== undefined ? { matched } : {}),
    exitCode,
    elapsedMs: now() - start,
  });
  for (;;) {
    const res = await host.exec({ script: probeScript(paths, offset) }, { timeoutMs: 30_000 });
    const poll = parseProbeOutput(res.stdout);
    offset += poll.consumed;
    for (const line of poll.lines) {
      if (!seenLine && line.trim() !== '') {
        seenLine = true;
        firstLineAt = now();
      }
      if (first.length < keep) first.push(line);
      last.push(line);
      if (last.length > 30) last.shift();
      if (tracebackAt === undefined && TRACEBACK.test(line)) tracebackAt = now();
      if (matched === undefined && options.expectLog?.test(line)) matched = line;
    }
    const ended = poll.exitCode !== null || !poll.alive;
    if (
      tracebackAt !== undefined &&
      ((ended && poll.lines.length === 0) || now() - tracebackAt >= (options.tracebackSettleMs ?? 1500))
    ) {
      return done(false, 'traceback', poll.exitCode, 'the log shows a Python traceback');
    }
    if (poll.exitCode !== null && poll.lines.length === 0) {
      if (poll.exitCode !== 0)
        return done(false, 'exited', poll.exitCode, `the run exited with code ${poll.exitCode} during the probe`);
      if (options.expectLog && matched === undefined)
        return done(
          false,
          'no-match',
          0,
          `the run finished (exit 0) without a log line matching expect-log /${options.expectLog.source}/`,
        );
      return done(true, 'finished', 0);
    }
    if (!poll.alive && poll.exitCode === null && poll.lines.length === 0) {
      return done(
        false,
        'gone',
        null,
        'the run ended without an exit code (killed, or the box lost it) during the probe',
      );
    }
    const settled = options.expectLog
      ? matched !== undefined
      : firstLineAt !== undefined && now() - firstLineAt >= settleMs;
    if (poll.alive && seenLine && tracebackAt === undefined && settled) return done(true, 'alive', null);
    if (now() >= deadline) {
      const s = Math.round(options.timeoutMs / 100) / 10;
      if (!seenLine)
        return done(
          false,
          'no-output',
          null,
          `no log line within ${s}s (is the program's stdout block-buffered? tenant sets PYTHONUNBUFFERED=1; other programs need a flush)`,
        );
      if (!options.expectLog) return done(true, 'alive', null);
      return done(
        false,
        'no-match',
        null,
        `no log line matched expect-log /${options.expectLog?.source ?? ''}/ within ${s}s`,
      );
    }
    if (poll.lines.length === 0) {
      await sleep(Math.min(pause, Math.max(0, deadline - now())));
      pause = Math.min(500, pause * 2);
    }
  }
}
