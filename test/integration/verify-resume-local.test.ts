import { describe, expect, it } from 'vitest';
import { describeRun, runZoo, ZOO } from './verify-resume-zoo.js';

const LOCAL = ['--profile', 'local'];

describe('verify-resume over LocalHost: the trainer zoo', () => {
  it.each(ZOO)('$name → $expect.verdict $expect.rule', async (c) => {
    const r = await runZoo(c, LOCAL);
    const why = describeRun(r);
    expect(r.report?.verdict, why).toBe(c.expect.verdict);
    expect(r.code, why).toBe(c.expect.verdict === 'PASS' ? 0 : 1);
    if (c.expect.rule) expect(r.report?.failingRule, why).toBe(c.expect.rule);
    if (c.expect.bug) expect(r.report?.likelyBug?.id, why).toBe(c.expect.bug);
    const failing = r.report?.rules.filter((x) => x.status === 'fail').map((x) => x.id) ?? [];
    for (const id of c.expect.failing ?? []) expect(failing, why).toContain(id);
    if (c.expect.verdict === 'PASS') expect(failing, why).toEqual([]);
  });
});
