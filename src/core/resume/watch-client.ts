/**
 * Runs the checkpoint-directory watcher (assets/watch.py) on the box for the life of one attempt and
 * collects its events. For `--kill during-save` it is armed (a file appears in the run dir) once a first
 * checkpoint has committed; it then kills the process group itself at the next save's first byte.
 */
import type { Host } from '../host/host.js';
import { shellQuote } from '../host/quote.js';
import { assetSource } from './probe-client.js';

export interface WatchEvent {
  /** Box clock, ms since the epoch. */
  t: number;
  ev: 'start' | 'new' | 'grow' | 'shrink' | 'replace' | 'touch' | 'gone' | 'armed' | 'killed' | 'kill-failed' | 'stop';
  path?: string;
  size?: number;
  temp?: boolean;
  signal?: string;
  trigger?: string;
  reason?: string;
  error?: string;
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
  /** Files in the attempt's run dir: creating `armFile` arms the kill, `stopFile` stops the watcher. */
  armFile: string;
  stopFile: string;
  /** Signal the armed watcher sends (without SIG). */
  signal: string;
  intervalSeconds?: number;
}

export class CheckpointWatch {
  readonly events: WatchEvent[] = [];
  readonly done: Promise<void>;
  private listeners: ((e: WatchEvent) => void)[] = [];
  private pending = '';
  stderr = '';

  constructor(
    private readonly host: Host,
    private readonly options: WatchOptions,
  ) {
    const argv = [
      options.python,
      '-',
      '--pgid',
      String(options.pgid),
      '--interval',
      String(options.intervalSeconds ?? 0.01),
      '--arm-file',
      options.armFile,
      '--stop-file',
      options.stopFile,
      '--signal',
      options.signal,
      '--depth',
      String(options.depth ?? 1),
      '--',
      ...options.dirs,
    ];
    this.done = host
      .exec(
        { argv },
        {
          stdin: assetSource('watch.py'),
          onStdout: (chunk) => this.feed(chunk),
        },
      )
      .then((res) => {
        this.stderr = res.stderr;
        this.feed(Buffer.from('\n'));
      });
  }

  private feed(chunk: Buffer): void {
    this.pending += chunk.toString('utf8');
    const lines = this.pending.split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('{')) continue;
      try {
        const e = { ...(JSON.parse(line) as Omit<WatchEvent, 'receivedAtMs'>), receivedAtMs: Date.now() };
        this.events.push(e);
        for (const l of this.listeners) l(e);
      } catch {
        // a torn line cannot happen (one write per line); ignore anything else
      }
    }
  }

  onEvent(listener: (e: WatchEvent) => void): void {
    this.listeners.push(listener);
  }

  /** Arms the kill-at-next-save. */
  async arm(): Promise<void> {
    await this.host.writeFile(this.options.armFile, 'armed\n');
  }

  /** Asks the watcher to stop and waits for it (bounded). */
  async stop(timeoutMs = 5000): Promise<void> {
    await this.host.writeFile(this.options.stopFile, 'stop\n').catch(() => undefined);
    await Promise.race([this.done, new Promise((r) => setTimeout(r, timeoutMs))]);
  }
}

/** The shell-safe description of the watcher command, for logs. */
export function describeWatch(options: WatchOptions): string {
  return `${shellQuote(options.python)} watch.py --pgid ${options.pgid} ${options.dirs.map(shellQuote).join(' ')}`;
}
