import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { CONNECTION_FLAG_OPTIONS, connectionSettingsFromFlags } from '../../src/cli/connection-flags.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { RecordingUi } from '../../src/core/ui.js';

const ED = 'AAAAC3NzaC1lZDI1NTE5AAAAIEdkZ9YhjrHgVfrswszeGoLp91WOSgyxEltXFTmWVCGe';
const ED_FP = 'SHA256:8yu6JxNXG7dbdV8fW3KRUzRO/8Clx5P5kUSejH1jRBo';
const home = mkdtempSync(join(tmpdir(), 'tenant-flags-'));
const emptyHome = mkdtempSync(join(tmpdir(), 'tenant-flags-empty-'));
mkdirSync(join(home, '.ssh'));
writeFileSync(
  join(home, '.ssh', 'known_hosts'),
  `other.example.org ssh-ed25519 ${ED}\n[box.example.org]:2222 ssh-ed25519 ${ED}\n`,
);
writeFileSync(join(home, 'id_test'), '-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----\n');
afterAll(() => {
  rmSync(home, { recursive: true, force: true });
  rmSync(emptyHome, { recursive: true, force: true });
});

/** Parses args the way a command does: its own options merged with the shared connection flags. */
function parse(args: string[], env: NodeJS.ProcessEnv = {}, ui = new RecordingUi(), homeDir = home) {
  const { values } = parseArgs({
    args,
    options: { ...CONNECTION_FLAG_OPTIONS, json: { type: 'boolean' } },
    strict: true,
  });
  return connectionSettingsFromFlags(values, { env, ui, homeDir });
}

function errorOf(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return e as ConfigurationError;
  }
  throw new Error('did not throw');
}

describe('connection flags', () => {
  it('parses every flag into ConnectionSettings', () => {
    const ui = new RecordingUi();
    const s = parse(
      [
        '--profile',
        'runpod',
        '--host',
        'box.example.org',
        '--port',
        '2222',
        '--user',
        'root',
        '--identity',
        '~/id_test',
        '--passphrase-env',
        'MY_PASS',
        '--host-fingerprint',
        ED_FP,
        '--host-key-policy',
        'accept-new',
        '--connect-timeout',
        '7.5',
        '--json',
      ],
      { MY_PASS: 'hunter2' },
      ui,
    );
    expect(s).toEqual({
      profile: 'runpod',
      host: 'box.example.org',
      port: 2222,
      user: 'root',
      privateKey: '-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----\n',
      passphrase: 'hunter2',
      hostFingerprint: ED_FP,
      hostKeyPolicy: 'accept-new',
      connectTimeoutMs: 7500,
    });
    expect(ui.secrets).toContain('hunter2');
    expect(ui.secrets).toContain(s.privateKey);
  });

  it('applies defaults and ignores everything else for the local profile', () => {
    expect(parse(['--profile', 'local', '--host', 'ignored', '--identity', '/no/such/file'])).toEqual({
      profile: 'local',
      port: 22,
      hostKeyPolicy: 'strict',
      connectTimeoutMs: 20_000,
    });
    expect(parse([], {}, new RecordingUi(), emptyHome)).toEqual({
      profile: 'generic-ssh',
      port: 22,
      hostKeyPolicy: 'strict',
      connectTimeoutMs: 20_000,
    });
  });

  it('reads --known-hosts and takes repeated --host-fingerprint flags', () => {
    const s = parse([
      '--host',
      'h',
      '--known-hosts',
      join(home, '.ssh', 'known_hosts'),
      '--host-fingerprint',
      ED_FP,
      '--host-fingerprint',
      `256 ${ED_FP} x (ED25519)`,
    ]);
    expect(s.knownHosts).toContain('other.example.org');
    expect(s.hostFingerprint).toBe(`${ED_FP}\n${ED_FP}`);
  });

  it('falls back to the ~/.ssh/known_hosts lines that name the host, and only those', () => {
    const s = parse(['--host', 'box.example.org', '--port', '2222']);
    expect(s.knownHosts).toBe(`[box.example.org]:2222 ssh-ed25519 ${ED}\n`);
    expect(parse(['--host', 'unknown.example.org']).knownHosts).toBeUndefined();
    expect(
      parse(['--host', 'box.example.org', '--port', '2222', '--host-fingerprint', ED_FP]).knownHosts,
    ).toBeUndefined();
  });

  it.each([
    [['--port', '70000'], '--port', /not a TCP port/],
    [['--port', '22abc'], '--port', /not a TCP port/],
    [['--host=-oProxyCommand=touch /tmp/x'], '--host', /not a host name/],
    [['--host', 'a;b'], '--host', /not a host name/],
    [['--host', 'root@box'], '--host', /contains '@'/],
    [['--user=-l'], '--user', /not a login name/],
    [['--user', 'ro ot'], '--user', /not a login name/],
    [['--profile', 'Run Pod'], '--profile', /not a profile id/],
    [['--host-key-policy', 'no'], '--host-key-policy', /strict.*accept-new/],
    [['--connect-timeout', '0'], '--connect-timeout', /seconds/],
    [['--connect-timeout', 'soon'], '--connect-timeout', /seconds/],
    [['--identity', '/no/such/key'], '--identity', /cannot read the file \(ENOENT\)/],
    [['--known-hosts', '/no/such/file'], '--known-hosts', /cannot read the file/],
    [['--passphrase-env', 'UNSET_VAR'], '--passphrase-env', /UNSET_VAR is not set/],
    [['--passphrase-env', 'not a name'], '--passphrase-env', /NAME of an environment variable/],
    [['--host-fingerprint', 'MD5:aa'], '--host-fingerprint', /MD5/],
  ])('rejects %j naming %s', (args, flag, message) => {
    const err = errorOf(() => parse(args));
    expect(err.input).toBe(flag);
    expect(err.message).toMatch(message);
  });

  it('accepts IPv4, IPv6 (bracketed or not) and DNS names', () => {
    expect(parse(['--host', '10.1.2.3']).host).toBe('10.1.2.3');
    expect(parse(['--host', '[2001:db8::1]']).host).toBe('2001:db8::1');
    expect(parse(['--host', 'fe80::1']).host).toBe('fe80::1');
    expect(parse(['--host', 'gpu-1.region_a.example.org.']).host).toBe('gpu-1.region_a.example.org.');
  });
});
