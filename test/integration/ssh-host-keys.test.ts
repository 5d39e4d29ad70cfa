/**
 * SshHost against a real sshd: host key pinning (known_hosts lines plain and hashed, fingerprints), trust on
 * first use only when asked, a wrong key stopping the connection before any authentication, client key types
 * and passphrases, and one-line errors for bad keys, unreachable hosts and refused logins.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHost } from '../../src/adapters/open-host.js';
import { SshHost } from '../../src/adapters/ssh-host.js';
import { ConfigurationError, HostError } from '../../src/core/errors.js';
import type { ConnectionSettings } from '../../src/core/host/connection.js';
import { RecordingUi } from '../../src/core/ui.js';
import { startSshd, type SshdHarness } from '../harness/sshd.js';
import { startTcpProxy, type TcpProxy } from '../harness/tcp-proxy.js';

let sshd: SshdHarness;

beforeAll(async () => {
  // DEBUG1 logs every userauth request, so a test can show that none was made.
  sshd = await startSshd({ rsaHostKey: true, logLevel: 'DEBUG1' });
});
afterAll(async () => {
  await sshd?.stop();
});

async function connectAndWhoami(settings: ConnectionSettings): Promise<{ host: SshHost; user: string }> {
  const host = await SshHost.connect(settings);
  const r = await host.exec({ argv: ['id', '-un'] });
  return { host, user: r.stdout.trim() };
}

async function failureOf(settings: ConnectionSettings): Promise<Error> {
  const err = await SshHost.connect(settings).then(
    async (h) => {
      await h.close();
      return new Error('connected, but should not have');
    },
    (e: unknown) => e as Error,
  );
  return err;
}

function countIn(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/** Settings for another port: pinned by fingerprint, which does not name host and port. */
function atPort(port: number, extra: Partial<ConnectionSettings> = {}): ConnectionSettings {
  return sshd.settings({ port, knownHosts: undefined, hostFingerprint: sshd.hostKeyFingerprint, ...extra });
}

async function settle(): Promise<void> {
  await new Promise((r) => setTimeout(r, 300));
}

describe('host key pinning', () => {
  it('connects when pinned by a known_hosts line', async () => {
    const { host, user } = await connectAndWhoami(sshd.settings({ knownHosts: sshd.hostKeyLine }));
    expect(user).toBe(sshd.user);
    expect(host.hostKeyTrust).toBe('pinned');
    expect(host.hostKeyFingerprint).toBe(sshd.hostKeyFingerprint);
    await host.close();
  });

  it('connects when pinned by a hashed known_hosts line (ssh-keygen -H)', async () => {
    const file = join(sshd.dir, 'known_hosts_hashed');
    writeFileSync(file, `# comment\n\n${sshd.hostKeyLine}\n`);
    const r = spawnSync('ssh-keygen', ['-H', '-f', file], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const hashed = readFileSync(file, 'utf8');
    expect(hashed).toMatch(/^\|1\|/m);
    expect(hashed).not.toContain('127.0.0.1');
    const { host } = await connectAndWhoami(sshd.settings({ knownHosts: hashed }));
    expect(host.hostKeyTrust).toBe('pinned');
    await host.close();
  });

  it('connects when pinned by fingerprint, as a token or a whole ssh-keygen -lf line', async () => {
    const line = spawnSync('ssh-keygen', ['-lf', join(sshd.dir, 'host_ed25519.pub')], {
      encoding: 'utf8',
    }).stdout.trim();
    for (const fp of [sshd.hostKeyFingerprint, line]) {
      const { host } = await connectAndWhoami(sshd.settings({ knownHosts: undefined, hostFingerprint: fp }));
      expect(host.hostKeyFingerprint).toBe(sshd.hostKeyFingerprint);
      await host.close();
    }
  });

  it('negotiates the pinned key type when only the RSA host key is pinned', async () => {
    const { host } = await connectAndWhoami(sshd.settings({ knownHosts: sshd.rsaHostKeyLine }));
    expect(host.hostKeyType).toBe('ssh-rsa');
    expect(host.hostKeyFingerprint).toBe(sshd.rsaHostKeyFingerprint);
    await host.close();
  });

  it('stops a wrong host key before authenticating, saying expected vs seen', async () => {
    await settle();
    const before = sshd.log();
    const marker = join(sshd.dir, 'marker-should-not-exist');
    const err = await failureOf(sshd.settings({ knownHosts: sshd.otherHostKeyLine }));
    await settle();
    const during = sshd.log().slice(before.length);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as ConfigurationError).input).toBe('known-hosts');
    expect(err.message).toContain(`expected ${sshd.otherHostKeyFingerprint}`);
    expect(err.message).toContain(`presented ${sshd.hostKeyFingerprint}`);
    expect(err.message).toMatch(/before authenticating/);
    expect(err.message).not.toContain('\n');
    // The server saw the connection but no userauth request at all.
    expect(countIn(during, 'Connection from 127.0.0.1')).toBe(1);
    expect(during).not.toMatch(/userauth-request|Accepted publickey|Failed publickey|Postponed publickey/);
    // For contrast, a good connection does show a userauth request in the same log.
    const ok = await SshHost.connect(sshd.settings());
    await ok.exec({ argv: ['touch', marker] });
    await ok.close();
    await settle();
    expect(sshd.log().slice(before.length + during.length)).toMatch(/userauth-request/);
  });

  it('stops a wrong fingerprint the same way', async () => {
    const err = await failureOf(
      sshd.settings({ knownHosts: undefined, hostFingerprint: sshd.otherHostKeyFingerprint }),
    );
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as ConfigurationError).input).toBe('host-fingerprint');
    expect(err.message).toContain(sshd.otherHostKeyFingerprint);
    expect(err.message).toContain(`${sshd.hostKeyFingerprint} (ssh-ed25519)`);
  });

  it('enforces a pin even under accept-new', async () => {
    const err = await failureOf(sshd.settings({ knownHosts: sshd.otherHostKeyLine, hostKeyPolicy: 'accept-new' }));
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toMatch(/host key mismatch/);
  });

  it('refuses to connect with no pin under the strict default, naming the inputs to set', async () => {
    const err = await failureOf(sshd.settings({ knownHosts: undefined, hostFingerprint: undefined }));
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toMatch(/known-hosts/);
    expect(err.message).toMatch(/host-fingerprint/);
    expect(err.message).toMatch(/host-key-policy: accept-new/);
  });

  it('refuses a known_hosts text that has no line for this host and port', async () => {
    const otherPort = sshd.hostKeyLine.replace(`:${sshd.port} `, `:${sshd.port + 1} `);
    const err = await failureOf(sshd.settings({ knownHosts: otherPort }));
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toContain(`no key for [127.0.0.1]:${sshd.port}`);
  });

  it('trusts on first use only under accept-new, and reports the fingerprint seen so it can be pinned', async () => {
    const ui = new RecordingUi();
    const host = await openHost(sshd.settings({ knownHosts: undefined, hostKeyPolicy: 'accept-new' }), ui);
    expect(host.hostKeyFingerprint).toBe(sshd.hostKeyFingerprint);
    expect((host as SshHost).hostKeyTrust).toBe('accepted-new');
    const notice = ui.lines.find((l) => l.level === 'notice');
    expect(notice?.message).toContain(sshd.hostKeyFingerprint);
    expect(notice?.message).toContain('host-fingerprint');
    await host.close();
    // A pinned connection through openHost makes no notice.
    const quiet = new RecordingUi();
    const pinned = await openHost(sshd.settings(), quiet);
    expect(quiet.lines.filter((l) => l.level === 'notice')).toEqual([]);
    await pinned.close();
  });
});

describe('client keys', () => {
  it('logs in with ed25519, passphrase-protected ed25519 and RSA keys', async () => {
    const k = sshd.clientKeys;
    for (const s of [
      sshd.settings({ privateKey: k.ed25519.text }),
      sshd.settings({ privateKey: k.ed25519Passphrase.text, passphrase: k.ed25519Passphrase.passphrase }),
      sshd.settings({ privateKey: k.rsa.text }),
      // CRLF line endings and no final newline, as keys pasted into secrets often arrive
      sshd.settings({ privateKey: k.ed25519.text.trim().replace(/\n/g, '\r\n') }),
    ]) {
      const { host, user } = await connectAndWhoami(s);
      expect(user).toBe(sshd.user);
      await host.close();
    }
  });

  it('names the input for a malformed key, a public key, a missing and a wrong passphrase, never printing the key', async () => {
    const k = sshd.clientKeys;
    const cases: [Partial<ConnectionSettings>, string, RegExp][] = [
      [{ privateKey: 'not a key at all' }, 'private-key', /private-key .*is not a private key/],
      [{ privateKey: k.ed25519.text.slice(0, 120) }, 'private-key', /private-key/],
      [{ privateKey: k.ed25519.publicLine }, 'private-key', /holds a public key/],
      [{ privateKey: k.ed25519Passphrase.text }, 'passphrase', /encrypted; set passphrase/],
      [{ privateKey: k.ed25519Passphrase.text, passphrase: 'wrong' }, 'passphrase', /does not decrypt/],
    ];
    for (const [overrides, input, message] of cases) {
      const err = await failureOf(sshd.settings(overrides));
      expect(err, JSON.stringify(overrides).slice(0, 60)).toBeInstanceOf(ConfigurationError);
      expect((err as ConfigurationError).input).toBe(input);
      expect(err.message).toMatch(message);
      const keyLines = [k.ed25519.text, k.ed25519Passphrase.text, k.ed25519.publicLine]
        .flatMap((t) => t.split(/\s+/))
        .filter((l) => l.length >= 16);
      for (const l of keyLines) expect(err.message).not.toContain(l);
    }
  });

  it('explains a refused login: the key is not in authorized_keys', async () => {
    const err = await failureOf(sshd.settings({ privateKey: sshd.clientKeys.stranger.text }));
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as ConfigurationError).input).toBe('private-key');
    expect(err.message).toMatch(/refused the key/);
    expect(err.message).toMatch(/authorized_keys/);
    const fp = spawnSync('ssh-keygen', ['-lf', `${sshd.clientKeys.stranger.path}.pub`], {
      encoding: 'utf8',
    }).stdout.split(/\s+/)[1];
    expect(err.message).toContain(fp);
  });

  it('names missing host, user and key', async () => {
    for (const [field, input] of [
      ['host', 'host'],
      ['user', 'user'],
      ['privateKey', 'private-key'],
    ] as const) {
      const err = await failureOf({ ...sshd.settings(), [field]: undefined });
      expect(err).toBeInstanceOf(ConfigurationError);
      expect((err as ConfigurationError).input).toBe(input);
    }
  });
});

describe('unreachable hosts', () => {
  let silent: Server;
  let silentPort = 0;
  const sockets = new Set<Socket>();
  let proxy: TcpProxy;

  beforeAll(async () => {
    // Accepts TCP and never says a word: a hung box or a black-holing firewall.
    silent = createServer((s) => {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    const addr = silent.address();
    silentPort = typeof addr === 'object' && addr ? addr.port : 0;
    proxy = await startTcpProxy(sshd.port);
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => silent.close(() => r()));
    await proxy.close();
  });

  it('fails fast and clearly when nothing listens on the port', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
    const addr = probe.address();
    const closedPort = typeof addr === 'object' && addr ? addr.port : 0;
    await new Promise<void>((r) => probe.close(() => r()));
    const started = Date.now();
    const err = await failureOf(atPort(closedPort));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe('ECONNREFUSED');
    expect(err.message).toMatch(/check host and port/);
  });

  it('gives up within connect-timeout when the server never answers', async () => {
    const started = Date.now();
    const err = await failureOf(atPort(silentPort, { connectTimeoutMs: 1000 }));
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(900);
    expect(took).toBeLessThan(3000);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe('ETIMEDOUT');
    expect(err.message).toMatch(/within 1s .*connect-timeout/);
  });

  it('gives up within connect-timeout when the network swallows everything', async () => {
    proxy.blackhole(true);
    try {
      const started = Date.now();
      const err = await failureOf(atPort(proxy.port, { connectTimeoutMs: 1200 }));
      expect(Date.now() - started).toBeLessThan(3500);
      expect((err as HostError).code).toBe('ETIMEDOUT');
    } finally {
      proxy.blackhole(false);
    }
  });

  it('reports a connection cut during the handshake as a one-line error, not a crash', async () => {
    const cutter = setInterval(() => proxy.cut(), 5);
    try {
      const err = await failureOf(atPort(proxy.port, { connectTimeoutMs: 3000 }));
      expect(err).toBeInstanceOf(HostError);
      expect(err.message).not.toContain('\n');
    } finally {
      clearInterval(cutter);
    }
  });
});
