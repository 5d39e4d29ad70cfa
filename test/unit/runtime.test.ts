import { describe, expect, it } from 'vitest';
import { runLikeRunner } from '../harness/runner.js';

const entry = 'test/fixtures/runtime-entry.ts';
const tsx = ['--import', 'tsx'];

async function run(behaviour: string, state?: Record<string, string>) {
  return runLikeRunner(entry, { nodeArgs: tsx, inputs: { behaviour }, state });
}

describe('runAction', () => {
  it('runs main, records the post flag, exits 0', async () => {
    const r = await run('ok');
    expect(r.code).toBe(0);
    expect(r.outputs.phase).toBe('main');
    expect(r.state['tenant-is-post']).toBe('true');
  });

  it('dispatches to post when the state flag is set', async () => {
    const r = await run('ok', { 'tenant-is-post': 'true' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('post ran');
    expect(r.outputs.phase).toBeUndefined();
  });

  it.each([
    ['throw-error', 'tenant/fixture failed: boom'],
    ['throw-string', 'tenant/fixture failed: a bare string'],
    ['throw-object', 'tenant/fixture failed: {"weird":true}'],
    ['config', "tenant/fixture: input 'port' must be a number"],
  ])('fails the step naming the action when main throws (%s)', async (behaviour, message) => {
    const r = await run(behaviour);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error::${message}`);
  });

  it('a failing post fails the step too', async () => {
    const r = await run('post-throw', { 'tenant-is-post': 'true' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::tenant/fixture failed: post failed');
  });

  it('exits explicitly even with an open handle', async () => {
    const r = await runLikeRunner(entry, { nodeArgs: tsx, inputs: { behaviour: 'hang' }, timeoutMs: 20_000 });
    expect(r.code).toBe(0);
  });
});
