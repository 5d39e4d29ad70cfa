import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/command.js';
import { createProfilesCommand, profilesCommand } from '../../src/cli/commands/profiles.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { packagePath } from '../../src/core/package-root.js';
import { clearProfileCache, loadProfile } from '../../src/core/profiles/loader.js';
import { volatilePaths } from '../../src/core/profiles/queries.js';
import { RecordingUi } from '../../src/core/ui.js';

function context(json = false, env: NodeJS.ProcessEnv = {}) {
  const ui = new RecordingUi();
  const out: string[] = [];
  const ctx: CliContext = { ui, json, stdout: (t) => out.push(t), env, cwd: process.cwd() };
  return { ctx, ui, stdout: () => out.join('') };
}

const fresh = createProfilesCommand({ now: () => new Date('2026-12-01T00:00:00Z') });
const later = createProfilesCommand({ now: () => new Date('2027-06-01T00:00:00Z') });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tenant-profiles-cli-'));
  clearProfileCache();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('tenant profiles list', () => {
  it('prints a table: id, name, checkpoint dir, survives stop/destroy, interruption', async () => {
    const { ctx, ui, stdout } = context();
    expect(await fresh.run(['list'], ctx)).toBe(0);
    const lines = stdout().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+NAME\s+CHECKPOINT DIR\s+SURVIVES STOP\/DESTROY\s+INTERRUPTED BY$/);
    expect(lines).toHaveLength(14);
    expect(lines.find((l) => l.startsWith('autodl '))).toMatch(
      /\/root\/autodl-tmp\/checkpoints\s+yes\/no\s+KILL \(abrupt\)$/,
    );
    expect(lines.find((l) => l.startsWith('runpod '))).toMatch(/\/workspace\/checkpoints\s+yes\/no\s+TERM \+5s$/);
    expect(lines.find((l) => l.startsWith('local '))).toMatch(/yes\/\?\s+TERM \+10s$/);
    expect(ui.lines.filter((l) => l.level === 'warning')).toEqual([]);
  });

  it('--json prints one JSON document and nothing else', async () => {
    const { ctx, stdout } = context(true);
    await fresh.run(['list'], ctx);
    const doc = JSON.parse(stdout()) as {
      profiles: { id: string; checkpointDir: string; preemption: { signal: string; graceSeconds: number } }[];
    };
    expect(doc.profiles).toHaveLength(13);
    expect(doc.profiles.find((x) => x.id === 'vastai')).toMatchObject({
      checkpointDir: '/workspace/checkpoints',
      preemption: { signal: 'KILL', graceSeconds: 0 },
    });
  });

  it('warns once per profile about stale facts', async () => {
    const { ctx, ui } = context();
    await later.run(['list'], ctx);
    const warnings = ui.lines.filter((l) => l.level === 'warning').map((l) => l.message);
    expect(warnings).toHaveLength(13);
    expect(warnings.find((w) => w.startsWith('autodl:'))).toMatch(
      /^autodl: \d+ fact\(s\) not verified within 6 months \(oldest 2026-06\); run 'tenant profiles show autodl'/,
    );
  });

  it('includes profiles from TENANT_PROFILES_DIR in ctx.env', async () => {
    writeFileSync(
      join(dir, 'mybox.yml'),
      readFileSync(packagePath('profiles', 'generic-ssh.yml'), 'utf8').replace('id: generic-ssh', 'id: mybox'),
    );
    const { ctx, stdout } = context(false, { TENANT_PROFILES_DIR: dir });
    await fresh.run(['list'], ctx);
    expect(stdout()).toMatch(/^mybox\s+Generic SSH box/m);
  });
});

describe('tenant profiles show', () => {
  it('prints every fact with its source', async () => {
    const { ctx, stdout } = context();
    expect(await fresh.run(['show', 'autodl'], ctx)).toBe(0);
    const text = stdout();
    expect(text.startsWith('autodl — AutoDL (ssh-rental)\n')).toBe(true);
    expect(text).toContain(
      '  storage.mounts[1].survivesStop: true\n      source: seed/remote-gpu-trainer/profiles/autodl.md §5 Teardown, verified 2026-06\n',
    );
    expect(text).toContain('  storage.mounts[2]: path=/root/autodl-fs name=shared file storage (NFS)\n');
    expect(text).toContain('  lifecycle.meterStop.verb: 关机\n');
    expect(text).toContain('  preemption.termination: signal=KILL graceSeconds=0\n');
    expect(text).toContain('  network.mirrors: HF_ENDPOINT=https://hf-mirror.com\n');
    expect(text).toContain('  /dev/shm: lost on stop, restart, destroy\n');
    // one "source:" line per sourced object in the profile, plus one per volatile path
    const sources = text.split('\n').filter((l) => l.trimStart().startsWith('source: ')).length;
    const countSourced = (n: unknown): number =>
      Array.isArray(n)
        ? n.reduce<number>((a, x) => a + countSourced(x), 0)
        : n && typeof n === 'object'
          ? ('source' in n ? 1 : 0) + Object.values(n).reduce<number>((a, x) => a + countSourced(x), 0)
          : 0;
    const p = loadProfile('autodl');
    expect(sources).toBe(countSourced(p) + volatilePaths(p).length);
  });

  it('--json prints the profile, its volatile paths and stale facts', async () => {
    const { ctx, stdout } = context(true);
    await later.run(['show', 'runpod'], ctx);
    const doc = JSON.parse(stdout()) as {
      profile: { id: string };
      volatilePaths: { path: string }[];
      stale: unknown[];
    };
    expect(doc.profile.id).toBe('runpod');
    expect(doc.volatilePaths.map((v) => v.path)).toEqual(['/', '/tmp', '/dev/shm', '/var/tmp']);
    expect(doc.stale.length).toBeGreaterThan(0);
  });

  it('stale facts become warnings naming profile, field and month', async () => {
    const { ctx, ui } = context();
    await later.run(['show', 'vastai'], ctx);
    const warnings = ui.lines.filter((l) => l.level === 'warning').map((l) => l.message);
    expect(warnings).toContain(
      'vastai: preemption.termination was last verified in 2026-06, 12 months ago (more than 6); re-check it against seed/remote-gpu-trainer/profiles/vastai.md §4 Spot (VAST4)',
    );
  });

  it('unknown id is a ConfigurationError listing the known ids (exit 2 through the CLI)', async () => {
    const { ctx } = context();
    await expect(profilesCommand.run(['show', 'nope'], ctx)).rejects.toThrow(ConfigurationError);
    await expect(profilesCommand.run(['show', 'nope'], ctx)).rejects.toThrow(
      /unknown profile 'nope'; known profiles: autodl, /,
    );
  });

  it('usage errors are ConfigurationErrors', async () => {
    const { ctx } = context();
    await expect(profilesCommand.run([], ctx)).rejects.toThrow(/needs a subcommand: list or show ID/);
    await expect(profilesCommand.run(['show'], ctx)).rejects.toThrow(ConfigurationError);
    await expect(profilesCommand.run(['list', '--wide'], ctx)).rejects.toThrow(/unknown option --wide/);
    await expect(profilesCommand.run(['delete', 'x'], ctx)).rejects.toThrow(/unknown subcommand 'delete x'/);
  });

  it('has a name, a summary and usage for tenant --help', () => {
    expect(profilesCommand.name).toBe('profiles');
    expect(profilesCommand.usage).toContain('tenant profiles show ID [--json]');
  });
});
