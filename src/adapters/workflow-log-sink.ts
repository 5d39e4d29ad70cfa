/**
 * Remote log lines into the workflow log, unable to act as workflow commands: lines are printed between
 * `::stop-commands::TOKEN` and `::TOKEN::`, with a fresh random token per block, so a training program that
 * prints `::add-mask::`, `::set-output`, `::error` or `::stop-commands::` only prints text (CVE-2020-15228).
 * The block is closed (`pause`) before the action prints anything of its own.
 */
import { randomBytes } from 'node:crypto';
import { EOL } from 'node:os';
import type { LogSink } from '../core/launch/follow.js';

export class WorkflowLogSink implements LogSink {
  private token: string | undefined;
  constructor(private readonly write: (text: string) => void = (t) => void process.stdout.write(t)) {}

  line(text: string): void {
    if (this.token === undefined) {
      this.token = randomBytes(16).toString('hex');
      this.write(`::stop-commands::${this.token}${EOL}`);
    }
    this.write(text + EOL);
  }

  pause(): void {
    if (this.token === undefined) return;
    this.write(`::${this.token}::${EOL}`);
    this.token = undefined;
  }
}

/** The terminal face: lines as they are, control characters other than tab made visible. */
export class TerminalLogSink implements LogSink {
  constructor(private readonly write: (text: string) => void = (t) => void process.stdout.write(t)) {}
  line(text: string): void {
    this.write(
      text.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, (c) => `^${String.fromCharCode(c.charCodeAt(0) ^ 0x40)}`) + '\n',
    );
  }
  pause(): void {}
}
