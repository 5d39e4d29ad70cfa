import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSshd, type SshdHarness } from '../harness/sshd.js';
import { describeRun, runZoo, ZOO } from './verify-resume-zoo.js';

let sshd: SshdHarness;
let flags: string[] = [];

beforeAll(async () => {
  sshd = await startSshd();
  flags = [
    '--profile',
    'generic-ssh',
    '--host',
    sshd.host,
    '--port',
    String(sshd.port),
    '--user',
    sshd.user,
    '--identity',
    sshd.clientKeys.ed25519.path,
    '--known-hosts',
    sshd.knownHostsFile,
  ];
});
afterAll(async () => {
  await sshd?.stop();
});

describe('verify-resume over SSH (a real sshd): the trainer zoo', () => {
  it.each(ZOO)('$name → $expect.verdict $expect.rule', async (c) => {
    const r = await runZoo(c, flags);
    const why = describeRun(r);
    expect(r.report?.verdict, why).toBe(c.expect.verdict);
    expect(r.code, why).toBe(c.expect.verdict === 'PASS' ? 0 : 1);
    expect(r.report?.host, why).toMatch(/127\.0\.0\.1/);
    if (c.expect.rule) expect(r.report?.failingRule, why).toBe(c.expect.rule);
    if (c.expect.bug) expect(r.report?.likelyBug?.id, why).toBe(c.expect.bug);
    const failing = r.report?.rules.filter((x) => x.status === 'fail').map((x) => x.id) ?? [];
    for (const id of c.expect.failing ?? []) expect(failing, why).toContain(id);
    if (c.expect.verdict === 'PASS') expect(failing, why).toEqual([]);
  });
});
