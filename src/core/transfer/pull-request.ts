/**
 * What a pull is asked to do, whichever face asked (action inputs or CLI flags), with the defaults in one
 * place. The action and the CLI each read their own names into this and call the same runner.
 */
import { ConfigurationError } from '../errors.js';
import type { ConnectionSettings } from '../host/connection.js';
import { TRANSFER_MODES, type TransferMode } from './pull.js';

export interface PullRequest {
  connection: ConnectionSettings;
  /** Remote paths or globs, as typed. */
  specs: string[];
  /** Local folder, absolute. */
  dest: string;
  /** The folder as the user typed it (the cache is keyed by the paths it was saved with). */
  destInput: string;
  transfer: TransferMode;
  /** Parallel stream connections for large files. */
  streams: number;
  exclude: string[];
  settleMs: number;
  /** Transfer attempts after a dropped connection (the first included). */
  attempts: number;
  /** Run on the runner for each pulled checkpoint (file or folder), e.g. a load test. */
  verifyCommand?: string;
  verifyTimeoutMs: number;
  /** Pass the step even when some files or checks failed (the good ones are still handed off). */
  allowPartial: boolean;
}

export const PULL_DEFAULTS = {
  transfer: 'auto' as TransferMode,
  streams: 2,
  settleMs: 2000,
  attempts: 6,
  verifyTimeoutMs: 10 * 60_000,
  retryBaseDelayMs: 1000,
  retryMaxDelayMs: 30_000,
  maxVerifyFailures: 2,
} as const;

export function parseTransferMode(value: string, name: string): TransferMode {
  const v = value.trim();
  if (v === '') return PULL_DEFAULTS.transfer;
  const found = TRANSFER_MODES.find((m) => m === v);
  if (!found) {
    throw new ConfigurationError(
      `${name} '${v.slice(0, 20)}' must be auto (the verified stream), stream (the same), or rsync (rsync ≥ 3.4.1 on the runner, rsync on the box)`,
      name,
    );
  }
  return found;
}

/** Settle window in seconds (decimals allowed, 0 turns the second look off). */
export function parseSettleSeconds(value: string, name: string): number {
  const v = value.trim();
  if (v === '') return PULL_DEFAULTS.settleMs;
  const s = /^\d+(\.\d+)?$/.test(v) ? Number(v) : NaN;
  if (!(s >= 0 && s <= 600))
    throw new ConfigurationError(`${name} '${v.slice(0, 20)}' must be a number of seconds from 0 to 600`, name);
  return Math.round(s * 1000);
}

/** Lines (or, on one line, commas) → trimmed non-empty entries. */
export function splitList(value: string): string[] {
  const lines = value.includes('\n') ? value.split(/\r?\n/) : value.split(',');
  return lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}
