import { describe, expect, it } from 'vitest';
import { ChannelLimit } from '../../src/adapters/channel-limit.js';

describe('ChannelLimit', () => {
  it('never runs more than max at once, in arrival order, even as slots are handed over', async () => {
    const limit = new ChannelLimit(3);
    let active = 0;
    let peak = 0;
    const order: number[] = [];
    const task = (i: number) =>
      limit.run(async () => {
        active++;
        peak = Math.max(peak, active);
        order.push(i);
        await new Promise((r) => setTimeout(r, 1 + (i % 3)));
        active--;
        if (i === 4) throw new Error('boom');
        return i;
      });
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => task(i)));
    expect(peak).toBe(3);
    expect(order).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    // a late caller still gets in once everything drained
    expect(await limit.run(async () => 'ok')).toBe('ok');
  });
});
