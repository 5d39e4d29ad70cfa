/**
 * A one-line progress bar for `tenant pull` on a terminal: bytes fetched of the total, rate, time left and
 * files verified, redrawn in place at most every 100 ms. Off the terminal (or with --json) nothing is drawn.
 */
import type { PullProgress } from '../core/transfer/pull.js';
import { formatBytes } from '../core/report/pull-summary.js';

const WIDTH = 24;

export function renderProgress(p: PullProgress): string {
  if (p.phase === 'listing') return 'listing files on the box…';
  const done = Math.min(p.totalBytes, Math.max(p.verifiedBytes, p.movedBytes));
  const frac = p.totalBytes > 0 ? done / p.totalBytes : 1;
  const filled = Math.round(frac * WIDTH);
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? p.movedBytes / seconds : 0;
  const eta = rate > 0 && p.totalBytes > done ? Math.ceil((p.totalBytes - done) / rate) : 0;
  return (
    `[${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${(frac * 100).toFixed(0).padStart(3)}%  ` +
    `${formatBytes(done)}/${formatBytes(p.totalBytes)}  ${(rate / 1e6).toFixed(1)} MB/s` +
    (eta > 0 ? `  eta ${eta}s` : '') +
    `  ${p.verifiedFiles}/${p.totalFiles} verified`
  );
}

export class ProgressBar {
  private last = 0;
  private shown = false;
  constructor(
    private readonly write: (text: string) => void,
    private readonly enabled: boolean,
    private readonly now: () => number = Date.now,
  ) {}

  update(p: PullProgress): void {
    if (!this.enabled) return;
    const t = this.now();
    if (this.shown && t - this.last < 100 && p.phase === 'transfer') return;
    this.last = t;
    this.shown = true;
    this.write(`\r\x1b[2K${renderProgress(p)}`);
  }

  /** Clears the bar so the next message starts on a clean line. */
  clear(): void {
    if (this.enabled && this.shown) this.write('\r\x1b[2K');
    this.shown = false;
  }
}
