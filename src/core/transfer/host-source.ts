/**
 * One Host for the whole pull, reopened when a dropped connection breaks it. Remote calls go through
 * `use`, which hands the current connection to `fn` and, when `fn` fails because the connection died,
 * marks it broken, waits (backoff) and calls `fn` again on a fresh one.
 */
import type { Host } from '../host/host.js';
import { isTransient, withRetries, type RetryHooks, type RetryPolicy } from './retry.js';

export class HostSource {
  private current: Promise<Host> | undefined;
  private readonly opened: Host[] = [];

  constructor(
    private readonly open: () => Promise<Host>,
    first?: Host,
  ) {
    if (first) {
      this.current = Promise.resolve(first);
      this.opened.push(first);
    }
  }

  /** The live connection, opening one when there is none. */
  get(): Promise<Host> {
    if (!this.current) {
      const p = this.open().then((h) => {
        this.opened.push(h);
        return h;
      });
      this.current = p;
      p.catch(() => {
        if (this.current === p) this.current = undefined;
      });
    }
    return this.current;
  }

  /** Forget `host`: the next `get()` reconnects. */
  async drop(host: Host): Promise<void> {
    const cur = this.current;
    if (!cur) return;
    const h = await cur.catch(() => undefined);
    if (h === host && this.current === cur) {
      this.current = undefined;
      host.close().catch(() => undefined);
    }
  }

  async use<T>(policy: RetryPolicy, fn: (host: Host) => Promise<T>, hooks: RetryHooks = {}): Promise<T> {
    return withRetries(
      policy,
      async () => {
        const host = await this.get();
        try {
          return await fn(host);
        } catch (err) {
          if (isTransient(err)) await this.drop(host);
          throw err;
        }
      },
      hooks,
    );
  }

  /** Closes every connection this source opened. */
  async closeAll(): Promise<void> {
    await Promise.all(this.opened.map((h) => h.close().catch(() => undefined)));
  }
}
