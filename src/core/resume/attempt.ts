/**
 * One attempt of the training command (the fresh start, a relaunch, or the reference run): started through the
 * run layout, its log followed as it is written (no sleep-polling of whole files: the follower reads new bytes
 * by offset every `pollMs`), progress parsed line by line, the checkpoint directory watched on the box, and
 * every new checkpoint confirmed by the probe. Callers wait for conditions with `waitFor`, which is re-checked
 * on every new record, watcher event, commit and at the end.
 */
import type { Host } from '../host/host.js';
import { killRun, type KillResult } from '../run/kill.js';
import { startRun, type RunHandle, type RunSpec } from '../run/start.js';
import { readRunStatus, type RunStatus } from '../run/status.js';
import { matchSignature, type SignatureHit } from './error-signatures.js';
import {
  anchorOf,
  type AttemptEvidence,
  type AttemptRole,
  type CommitEvidence,
  type KillEvidence,
} from './evidence.js';
import { runProbe, type ProbeDoc } from './probe-client.js';
import { ProgressParser, type ProgressRecord, type ProgressSpec } from './progress.js';
import { CheckpointWatch, type WatchEvent } from './watch-client.js';
import { reconstructWrites } from './write-timing.js';

export interface AttemptConfig {
  host: Host;
  role: AttemptRole;
  index: number;
  spec: RunSpec;
  progress: ProgressSpec;
  python: string;
  workdir: string;
  patterns: readonly string[];
  watch: { dirs: string[]; depth: number } | null;
  /** Signal the watcher sends when armed (during-save). */
  watchSignal: string;
  /** This attempt will be killed and probed: have the agent load torch ahead of the post-kill probe. */
  willBeKilled: boolean;
  /** The training script imports torch: load it in the agent from the start (when the attempt will be killed). */
  usesTorch?: boolean;
  /** Follow the log every this many ms when it has no new bytes. */
  pollMs: number;
  /** Called with each progress record and watcher event (for live output). */
  onRecord?: (r: ProgressRecord, a: Attempt) => void;
  /** Diagnostics (the checkpoint agent's exit and stderr). */
  debug?: (message: string) => void;
}

type Waiter = { check: () => boolean; resolve: (v: 'ok' | 'ended' | 'timeout') => void; timer?: NodeJS.Timeout };

const TAIL_LINES = 20;

/** A checkpoint's final name, as opposed to a temp file a save writes first (judged by the file's own name). */
export function isFinalPath(path: string): boolean {
  const name = path.split('/').filter(Boolean).pop() ?? '';
  return !/^(\.|tmp)|\.tmp|\.temp|\.partial$|\.part$|\.incomplete$|~$/i.test(name);
}
const COMMIT_FALLBACK_MS = 1000;

export class Attempt {
  readonly records: ProgressRecord[] = [];
  readonly signatures: SignatureHit[] = [];
  readonly tail: string[] = [];
  readonly commits: CommitEvidence[] = [];
  lineCount = 0;
  endedAtMs: number | null = null;
  status: RunStatus | undefined;
  end: AttemptEvidence['end'] = 'running';
  kill: KillEvidence | undefined;
  postKillProbe: ProbeDoc | undefined;
  watch: CheckpointWatch | undefined;
  /** Local clock when the first record arrived. */
  firstRecordAtMs: number | null = null;
  readonly finished: Promise<void>;

  private parser: ProgressParser;
  private waiters: Waiter[] = [];
  private abort = new AbortController();
  private stopRequested = false;
  private killedOutright = false;
  private lastStatusCheck = 0;
  private probing = false;
  private probeAgain = false;
  private fallbackTimer: NodeJS.Timeout | undefined;
  private lastCommitKey = '';

  private constructor(
    readonly config: AttemptConfig,
    readonly handle: RunHandle,
    /** Local clock just before the start. */
    readonly startedLocalMs: number,
  ) {
    this.parser = new ProgressParser(config.progress);
    this.finished = this.follow();
    if (config.watch && config.watch.dirs.length > 0) {
      this.watch = new CheckpointWatch(config.host, {
        python: config.python,
        dirs: config.watch.dirs,
        depth: config.watch.depth,
        pgid: handle.pgid,
        workdir: config.workdir,
        patterns: config.patterns,
        runDir: handle.paths.dir,
        signal: config.watchSignal,
        warmTorch: !config.willBeKilled ? 'no' : config.usesTorch ? 'now' : 'on-torch-file',
      });
      this.watch.onEvent((e) => this.onWatchEvent(e));
      void this.watch.done.then(() => {
        const err = this.watch?.stderr.trim();
        const n = this.watch?.events.length ?? 0;
        const secs = ((Date.now() - startedLocalMs) / 1000).toFixed(1);
        config.debug?.(
          `checkpoint agent for ${handle.paths.runId} ended after ${secs} s and ${n} event(s)${err ? `: ${err.split('\n').slice(-5).join(' | ')}` : ''}`,
        );
      });
    }
    this.scheduleFallbackProbe();
  }

  static async start(config: AttemptConfig): Promise<Attempt> {
    const t = Date.now();
    const handle = await startRun(config.host, config.spec);
    return new Attempt(config, handle, t);
  }

  get role(): AttemptRole {
    return this.config.role;
  }

  get running(): boolean {
    return this.end === 'running';
  }

  lastStep(): number | null {
    for (let i = this.records.length - 1; i >= 0; i--) {
      const s = this.records[i]?.step;
      if (s !== undefined) return s;
    }
    return null;
  }

  /** Median seconds between consecutive logged steps (per step), or undefined. */
  secondsPerStep(): number | undefined {
    const pts = this.records.filter((r) => r.step !== undefined);
    const per: number[] = [];
    for (let i = 1; i < pts.length; i++) {
      const ds = (pts[i]?.step ?? 0) - (pts[i - 1]?.step ?? 0);
      if (ds > 0) per.push(((pts[i]?.atMs ?? 0) - (pts[i - 1]?.atMs ?? 0)) / 1000 / ds);
    }
    if (per.length === 0) return undefined;
    per.sort((a, b) => a - b);
    return per[Math.floor(per.length / 2)];
  }

  private async follow(): Promise<void> {
    const { host } = this.config;
    try {
      for await (const { line } of host.stream(this.handle.paths.log, {
        pollMs: this.config.pollMs,
        signal: this.abort.signal,
        until: () => this.checkEnded(),
      })) {
        this.onLine(line);
      }
    } catch (err) {
      this.tail.push(`(tenant: stopped following the log: ${(err as Error).message})`);
    }
    // The exit code, unless tenant itself ended the group with SIGKILL (then there is none to read).
    if ((this.status === undefined || this.status.state === 'running') && !this.killedOutright) {
      this.status = await readRunStatus(host, this.handle.paths).catch(() => undefined);
    }
    this.endedAtMs ??= Date.now();
    if (this.end === 'running') {
      this.end = this.status?.state === 'exited' ? 'exited' : this.stopRequested ? 'stopped' : 'gone';
    }
    clearTimeout(this.fallbackTimer);
    this.wake(true);
  }

  private async checkEnded(): Promise<boolean> {
    if (this.stopRequested && this.end !== 'running') return true;
    // The agent on the box watches the process group; while it runs, its word costs no exec.
    const agentUp = this.watch && !this.watch.ended && this.watch.events.length > 0;
    if (agentUp && !this.watch?.events.some((e) => e.ev === 'group-gone')) return false;
    const now = Date.now();
    if (!agentUp && now - this.lastStatusCheck < 500) return false;
    this.lastStatusCheck = now;
    const status = await readRunStatus(this.config.host, this.handle.paths);
    this.status = status;
    if (status.state === 'exited' || status.state === 'gone') {
      this.endedAtMs ??= Date.now();
      return true;
    }
    return false;
  }

  private onLine(line: string): void {
    const n = this.lineCount++;
    this.tail.push(line);
    if (this.tail.length > TAIL_LINES) this.tail.shift();
    const hit = matchSignature(line, n);
    if (hit && this.signatures.length < 20) this.signatures.push(hit);
    const values = this.parser.parse(line);
    if (!values) return;
    const record: ProgressRecord = { ...values, line: n, atMs: Date.now() };
    this.firstRecordAtMs ??= record.atMs;
    this.records.push(record);
    this.config.onRecord?.(record, this);
    this.wake();
  }

  private onWatchEvent(e: WatchEvent): void {
    if (e.ev === 'probe' && e.id === 'auto' && e.doc) this.noteCommit(e.doc);
    if (e.path && !e.temp && isFinalPath(e.path) && ['new', 'replace', 'grow', 'shrink', 'touch'].includes(e.ev)) {
      const last = this.saves[this.saves.length - 1];
      if (!last || last.path !== e.path || e.receivedAtMs - last.lastAtMs > 300) {
        this.saves.push({ atMs: e.receivedAtMs, lastAtMs: e.receivedAtMs, loggedStep: this.lastStep(), path: e.path });
      } else {
        last.lastAtMs = e.receivedAtMs;
      }
      // The agent probes settled writes itself; without an agent, probe from here.
      if (!this.watch || this.watch.ended) setTimeout(() => void this.probeForCommit(), 60);
    }
    this.wake();
  }

  /** Checkpoint saves seen by the watcher (one per burst of changes to a final-name file), with the logged step then. */
  readonly saves: { atMs: number; lastAtMs: number; loggedStep: number | null; path: string }[] = [];

  /** Steps between saves, from the watcher's save times (undefined until two saves were seen). */
  saveInterval(): number | undefined {
    const steps = this.saves.map((x) => x.loggedStep).filter((x): x is number => x !== null);
    const gaps = steps
      .slice(1)
      .map((v, i) => v - (steps[i] ?? 0))
      .filter((g) => g > 0);
    if (gaps.length === 0) return undefined;
    gaps.sort((a, b) => a - b);
    return gaps[Math.floor(gaps.length / 2)];
  }

  private scheduleFallbackProbe(): void {
    this.fallbackTimer = setTimeout(() => {
      if (this.running) {
        // Only when the agent is not there to report commits (not up yet, failed to start, or died).
        if (!this.watch || this.watch.ended || this.watch.events.length === 0) void this.probeForCommit();
        this.scheduleFallbackProbe();
      }
    }, COMMIT_FALLBACK_MS);
  }

  /** Records a commit when the newest loadable checkpoint in `doc` differs from the last one recorded. */
  private noteCommit(doc: ProbeDoc | undefined): void {
    const anchor = anchorOf(doc);
    if (!anchor || !this.running) return;
    const key = `${anchor.path}|${anchor.step}|${anchor.mtimeMs}|${anchor.inode}|${anchor.sizeBytes}`;
    if (key === this.lastCommitKey) return;
    this.lastCommitKey = key;
    this.commits.push({ atMs: Date.now(), step: anchor.step, path: anchor.path, loggedStep: this.lastStep() });
    this.wake();
  }

  /** Probes the checkpoints from here (a new interpreter; fast, structure only). */
  async probeForCommit(): Promise<void> {
    if (this.probing) {
      this.probeAgain = true;
      return;
    }
    this.probing = true;
    try {
      do {
        this.probeAgain = false;
        const doc = await runProbe(this.config.host, {
          python: this.config.python,
          workdir: this.config.workdir,
          patterns: this.config.patterns,
          noTorch: true,
          limit: 2,
        }).catch(() => undefined);
        this.noteCommit(doc);
      } while (this.probeAgain && this.running);
    } finally {
      this.probing = false;
    }
  }

  /**
   * The authoritative probe after a kill: from the agent's warm interpreter (torch already loaded), else from
   * a new interpreter. Full load rules: weights_only first, pickle only when allowed.
   */
  async probeAfterKill(allowPickle: boolean): Promise<ProbeDoc> {
    const request = { allowPickle, limit: 8 };
    if (this.watch && !this.watch.ended) {
      try {
        return await this.watch.probe(request);
      } catch {
        // fall through to a fresh interpreter
      }
    }
    return runProbe(this.config.host, {
      python: this.config.python,
      workdir: this.config.workdir,
      patterns: this.config.patterns,
      ...request,
    });
  }

  /** Stops the agent (after the post-kill probe, or when the attempt is over). */
  async close(wait = true): Promise<void> {
    await this.watch?.stop(wait ? 5000 : 0);
  }

  /** The newest commit with a step above `after` (or any newer commit when steps are unknown). */
  commitAfter(after: number | null, count = 0): CommitEvidence | undefined {
    const fresh = this.commits.slice(count);
    return fresh.find((c) => after === null || (c.step ?? c.loggedStep ?? -1) > after);
  }

  waitFor(check: () => boolean, timeoutMs: number): Promise<'ok' | 'ended' | 'timeout'> {
    if (check()) return Promise.resolve('ok');
    if (!this.running) return Promise.resolve('ended');
    return new Promise((resolve) => {
      const w: Waiter = { check, resolve };
      w.timer = setTimeout(
        () => {
          this.waiters = this.waiters.filter((x) => x !== w);
          resolve('timeout');
        },
        Math.max(0, timeoutMs),
      );
      this.waiters.push(w);
    });
  }

  private wake(ended = false): void {
    for (const w of [...this.waiters]) {
      let done: 'ok' | 'ended' | undefined;
      try {
        done = w.check() ? 'ok' : ended ? 'ended' : undefined;
      } catch {
        done = 'ended';
      }
      if (done) {
        clearTimeout(w.timer);
        this.waiters = this.waiters.filter((x) => x !== w);
        w.resolve(done);
      }
    }
  }

  /** Kills the group (the kill under test): KILL, or TERM with grace then KILL. */
  async killGroup(signal: 'KILL' | 'TERM', graceMs: number, alreadySent = false): Promise<KillResult> {
    const res = await killRun(this.config.host, this.handle.pgid, {
      signal,
      graceMs,
      paths: this.handle.paths,
      alreadySent,
    });
    this.end = 'killed';
    this.stopRequested = true;
    this.killedOutright = signal === 'KILL' || res.escalated;
    this.endedAtMs = res.goneAtMs;
    return res;
  }

  /** Stops an attempt tenant no longer needs (after judging): SIGKILL, recorded as `stopped`. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.stopRequested = true;
    this.killedOutright = true;
    await killRun(this.config.host, this.handle.pgid, { signal: 'KILL', paths: this.handle.paths }).catch(
      () => undefined,
    );
    if (this.end === 'running') this.end = 'stopped';
    this.endedAtMs ??= Date.now();
  }

  /** Stops following for good (error paths). */
  abortFollow(): void {
    this.abort.abort();
  }

  evidence(): AttemptEvidence {
    return {
      role: this.config.role,
      index: this.config.index,
      runId: this.handle.paths.runId,
      runDir: this.handle.paths.dir,
      pgid: this.handle.pgid,
      commandSha256: this.handle.commandSha256,
      detach: this.handle.detach,
      startedAtMs: this.startedLocalMs,
      endedAtMs: this.endedAtMs,
      end: this.end,
      exitCode: this.status?.exitCode ?? null,
      records: this.records,
      lineCount: this.lineCount,
      signatures: this.signatures,
      logTail: this.tail,
      commits: this.commits,
      writes: reconstructWrites(this.watch?.events ?? [], isFinalPath),
      ...(this.kill ? { kill: this.kill } : {}),
      ...(this.postKillProbe ? { postKillProbe: this.postKillProbe } : {}),
    };
  }
}
