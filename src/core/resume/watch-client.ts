/**
 * Runs the checkpoint agent (assets/watch.py, with assets/probe.py's code in front of it) on the box for the
 * life of one attempt: it streams write events, probes each settled checkpoint write itself (so a commit is
 * known within milliseconds, with no new interpreter per probe), answers probe requests from a warm
 * interpreter (torch already imported for the post-kill probe), and — for `--kill during-save` — kills the
 * process group at the first byte of the next save once armed.
 */
import { HostError } from '../errors.js';
import type { Host } from '../host/host.js';
import { assetSource, type ProbeDoc } from './probe-client.js';

export interface WatchEvent {
  /** Box clock, ms since the epoch. */
  t: number;
  ev:
    | 'start'
    | 'new'
    | 'grow'
    | 'shrink'
    | 'replace'
    | 'touch'
    | 'gone'
    | 'armed'
    | 'killed'
    | 'kill-failed'
    | 'probe'
    | 'probe-failed'
    | 'group-gone'
    | 'stop';
  path?: string;
  size?: number;
  temp?: boolean;
  signal?: string;
  trigger?: string;
  reason?: string;
  error?: string;
  id?: string;
  doc?: ProbeDoc;
  /** Local clock when the line arrived. */
  receivedAtMs: number;
}

export interface WatchOptions {
  python: string;
  /** Directories to watch (absolute). */
  dirs: readonly string[];
  /** Levels below each dir to watch (0: the dir's own entries). */
  depth?: number;
  pgid: number;
  workdir: string;
  patterns: readonly string[];
  /** The attempt's run dir: the arm file, the stop file and probe requests live there. */
  runDir: string;
  /** Signal the armed agent sends (without SIG). */
  signal: string;
  /**
   * Load torch ahead of the post-kill probe, in a forked child: `now` when the training is known to use torch,
   * `on-torch-file` once a torch checkpoint appears; for attempts that will be killed.
   */
  warmTorch?: 'no' | 'on-torch-file' | 'now';
  intervalSeconds?: number;
}

/** The agent's script: the probe's functions, then the watcher (which finds them already defined). */
export function agentScript(): string {
  return `TENANT_EMBEDDED = True\n${assetSource('probe.py')}\n${assetSource('watch.py')}`;
}

export class CheckpointWatch {
  readonly events: WatchEvent[] = [];
  readonly done: Promise<void>;
  ended = false;
  stderr = '';
  private listeners: ((e: WatchEvent) => void)[] = [];
  private pending = '';
  private requests = 0;

  constructor(
    private readonly host: Host,
    private readonly options: WatchOptions,
  ) {
    const argv = [
      options.python,
      '-',
      '--pgid',
      String(options.pgid),
      '--workdir',
      options.workdir,
      ...options.patterns.flatMap((p) => ['--pattern', p]),
      '--interval',
      String(options.intervalSeconds ?? 0.01),
      '--depth',
      String(options.depth ?? 1),
      '--arm-file',
      `${options.runDir}/watch-arm`,
      '--stop-file',
      `${options.runDir}/watch-stop`,
      '--request-dir',
      options.runDir,
      '--signal',
      options.signal,
      '--linger',
      '600',
      '--warm-torch',
      options.warmTorch ?? 'no',
      '--',
      ...options.dirs,
    ];
    this.done = host
      .exec({ argv }, { stdin: agentScript(), onStdout: (chunk) => this.feed(chunk) })
      .then(
        (res) => {
          this.stderr = res.stderr;
        },
        (err: Error) => {
          this.stderr = err.message;
        },
      )
      .finally(() => {
        this.feed(Buffer.from('\n'));
        this.ended = true;
        for (const l of this.listeners)
          l({ t: Date.now(), ev: 'stop', reason: 'agent exited', receivedAtMs: Date.now() });
      });
  }

  private feed(chunk: Buffer): void {
    this.pending += chunk.toString('utf8');
    const lines = this.pending.split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('{')) continue;
      let e: WatchEvent;
      try {
        e = { ...(JSON.parse(line) as Omit<WatchEvent, 'receivedAtMs'>), receivedAtMs: Date.now() };
      } catch {
        continue;
      }
      this.events.push(e);
      for (const l of this.listeners) l(e);
    }
  }

  onEvent(listener: (e: WatchEvent) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  /** Arms the kill-at-next-save. */
  async arm(): Promise<void> {
    await this.host.writeFile(`${this.options.runDir}/watch-arm`, 'armed\n');
  }

  /** Asks the agent for a probe document (it answers from a warm interpreter). */
  async probe(
    request: { allowPickle?: boolean; limit?: number; noTorch?: boolean },
    timeoutMs = 300_000,
  ): Promise<ProbeDoc> {
    if (this.ended) throw new HostError('EAGENT', 'the checkpoint agent is not running');
    const id = `${Date.now()}-${++this.requests}`;
    const answer = new Promise<ProbeDoc>((resolve, reject) => {
      const off = this.onEvent((e) => {
        if (e.id === id && e.ev === 'probe' && e.doc) {
          done();
          resolve(e.doc);
        } else if ((e.id === id && e.ev === 'probe-failed') || (e.ev === 'stop' && e.reason === 'agent exited')) {
          done();
          reject(new HostError('EAGENT', `the checkpoint agent could not probe: ${e.error ?? e.reason ?? 'stopped'}`));
        }
      });
      const timer = setTimeout(() => {
        done();
        reject(new HostError('ETIMEDOUT', 'the checkpoint agent did not answer the probe request'));
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        off();
      };
    });
    await this.host.writeFile(`${this.options.runDir}/probe-${id}.json`, JSON.stringify({ ...request }) + '\n');
    return answer;
  }

  /** Asks the agent to stop and waits for it (bounded). */
  /** Asks the agent to stop (it exits within one poll) and waits for it up to `timeoutMs` (0: not at all). */
  async stop(timeoutMs = 5000): Promise<void> {
    if (this.ended) return;
    await this.host.writeFile(`${this.options.runDir}/watch-stop`, 'stop\n').catch(() => undefined);
    if (timeoutMs > 0) await Promise.race([this.done, new Promise((r) => setTimeout(r, timeoutMs))]);
  }
}
