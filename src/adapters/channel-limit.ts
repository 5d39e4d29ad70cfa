/**
 * Caps how many SSH channels one connection has open at once. OpenSSH allows MaxSessions (10 by default)
 * per connection; the eleventh channel fails with "Channel open failure". Waiters run in arrival order.
 */
export class ChannelLimit {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly max: number) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) {
      // The releasing call hands its slot over directly, so `active` never overshoots.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.active++;
    }
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
