/**
 * Bounded retries with exponential backoff and jitter, for transfers and remote calls that a dropped
 * connection interrupted. Only errors the caller classifies as transient are retried; the last error is
 * rethrown when the attempts run out, so the user sees what actually failed.
 */
import { HostError } from '../errors.js';

export interface RetryPolicy {
  /** Total attempts, including the first (≥ 1). */
  attempts: number;
  /** Delay before the second attempt, ms; doubles each time. */
  baseDelayMs: number;
  /** Upper bound on one delay, ms. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 1000, maxDelayMs: 30_000 };

/** HostError codes that mean "the network or the connection failed", worth another try. */
const TRANSIENT_CODES = new Set([
  'ECONNLOST',
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EHANDSHAKE',
  'ECHANNEL',
  'EPIPE',
  'ECONNABORTED',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ETRANSFER',
]);

export function isTransient(err: unknown): boolean {
  if (err instanceof HostError) return TRANSIENT_CODES.has(err.code);
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && TRANSIENT_CODES.has(code);
}

/** Delay before attempt `n` (n ≥ 2): base·2^(n−2), capped, with ±25 % jitter. */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 2));
  const jitter = 0.75 + random() * 0.5;
  return Math.round(Math.min(policy.maxDelayMs, exp * jitter));
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? new Error('aborted'));
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(t);
      reject(signal?.reason ?? new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export interface RetryHooks {
  /** Called before waiting for attempt `next` after `err`. */
  onRetry?: (err: unknown, next: number, delayMs: number) => void;
  signal?: AbortSignal;
  transient?: (err: unknown) => boolean;
}

export async function withRetries<T>(
  policy: RetryPolicy,
  fn: (attempt: number) => Promise<T>,
  hooks: RetryHooks = {},
): Promise<T> {
  const transient = hooks.transient ?? isTransient;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (attempt >= policy.attempts || !transient(err) || hooks.signal?.aborted) throw err;
      const delay = backoffDelay(policy, attempt + 1);
      hooks.onRetry?.(err, attempt + 1, delay);
      await sleep(delay, hooks.signal);
    }
  }
}
