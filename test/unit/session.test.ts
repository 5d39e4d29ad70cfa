import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptySession, readSession, sessionPath, writeSession, type Session } from '../../src/core/session/session.js';

const dir = () => mkdtempSync(join(tmpdir(), 'tenant-session-'));

const full: Session = {
  ...emptySession('autodl'),
  connection: { host: '127.0.0.1', port: 2222, user: 'root', hostKeyFingerprint: 'SHA256:abcDEF123+/x' },
  run: {
    runId: 'r1',
    remoteDir: '/root/.tenant/runs/r1',
    workdir: '/root/code',
    checkpointDir: '/root/autodl-fs/ckpt',
    logPath: '/root/.tenant/runs/r1/log',
    pgid: 4242,
    command: 'python3 train.py',
    startedAt: '2026-11-29T00:00:00Z',
  },
};

describe('session file', () => {
  it('round-trips, mode 0600', () => {
    const p = join(dir(), 'tenant', 'session.json');
    writeSession(p, full);
    expect(readSession(p)).toEqual(full);
    expect(statSync(p).mode & 0o777).toBe(0o600);
  });

  it('strips anything not in the schema, so a secret smuggled in is never written', () => {
    const p = join(dir(), 's.json');
    const leaky = { ...full, connection: { ...full.connection!, privateKey: 'SECRET-KEY-TEXT' } } as Session;
    writeSession(p, leaky);
    expect(readFileSync(p, 'utf8')).not.toContain('SECRET-KEY-TEXT');
  });

  it('resolves its path from TENANT_SESSION, then RUNNER_TEMP', () => {
    expect(sessionPath({ TENANT_SESSION: '/x/s.json', RUNNER_TEMP: '/r' })).toBe('/x/s.json');
    expect(sessionPath({ RUNNER_TEMP: '/r' })).toBe('/r/tenant/session.json');
    expect(sessionPath({})).toBeUndefined();
  });

  it('a missing file is undefined; a bad one is an error that says to run launch again', () => {
    const d = dir();
    expect(readSession(join(d, 'none.json'))).toBeUndefined();
    writeFileSync(join(d, 'bad.json'), '{nope');
    expect(() => readSession(join(d, 'bad.json'))).toThrow(/not valid JSON.*run launch again/);
    writeFileSync(join(d, 'old.json'), JSON.stringify({ version: 0 }));
    expect(() => readSession(join(d, 'old.json'))).toThrow(/version.*run launch again/);
  });
});
