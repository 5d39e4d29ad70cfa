/**
 * The OpenSSH client for bulk bytes (rsync `-e`, raw streams): ssh2's JavaScript transport is slower than
 * OpenSSH with aes128-gcm (perf-baselines §4.2), so push and pull shell out to `ssh` for data and keep ssh2
 * for control. Everything the client needs lives in one private temp dir (0700) that `dispose()` removes:
 *
 *   config       an ssh_config read with `-F` (the user's ~/.ssh/config is never read)
 *   id           the private key (0600)
 *   known_hosts  the pinned host key(s), written under the alias `tenant-box` (HostKeyAlias)
 *   askpass      only for a passphrase-protected key: prints $TENANT_SSH_PASSPHRASE (env of our own child)
 *
 * Host keys are always checked (StrictHostKeyChecking yes, never `no`): the known_hosts lines given for the
 * host, else the keys `ssh-keyscan` returns filtered down to the pinned fingerprints (or to the fingerprint the
 * ssh2 connection already verified, for accept-new). Ciphers prefer aes128-gcm where both ends offer it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, HostError } from '../core/errors.js';
import type { ConnectionSettings } from '../core/host/connection.js';
import {
  entryMatchesHost,
  fingerprintSha256,
  hostKeyAlgorithmsFor,
  parseFingerprints,
  parseKnownHosts,
} from '../core/host/host-key.js';
import { normalizePrivateKeyText } from '../core/host/private-key-text.js';
import { shellJoin } from '../core/host/quote.js';

/** The Host alias in the generated config and the name the known_hosts lines are written under. */
export const SSH_ALIAS = 'tenant-box';

/** Fast AEAD ciphers first; the server picks the first one of ours it also offers. */
export const SSH_CIPHERS = [
  'aes128-gcm@openssh.com',
  'aes256-gcm@openssh.com',
  'chacha20-poly1305@openssh.com',
  'aes128-ctr',
  'aes192-ctr',
  'aes256-ctr',
];

export interface OpenSshOptions {
  /** `SHA256:…` of the host key an ssh2 connection to the same host already verified (pinned or accepted-new). */
  verifiedFingerprint?: string;
  /** Parent of the private temp dir (default $RUNNER_TEMP, else the OS temp dir). */
  tempRoot?: string;
  /** Seconds between keepalives, and how many may go unanswered before ssh gives up. */
  serverAliveIntervalS?: number;
  serverAliveCountMax?: number;
  /** Runs `ssh-keyscan` (tests inject); returns its stdout. */
  keyscan?: (host: string, port: number, timeoutS: number) => string;
}

export interface OpenSshAsyncOptions extends Omit<OpenSshOptions, 'keyscan'> {
  /** Runs `ssh-keyscan` without blocking the event loop (tests inject); resolves with its stdout. */
  keyscan?: (host: string, port: number, timeoutS: number) => Promise<string>;
}

export interface OpenSshClient {
  /** The private temp dir. */
  readonly dir: string;
  readonly configPath: string;
  /** `ssh -F CONFIG` as argv, for building commands. */
  readonly sshBase: readonly string[];
  /** Environment additions every ssh child needs (askpass for an encrypted key); empty otherwise. */
  readonly env: Readonly<Record<string, string>>;
  /** argv for `ssh … tenant-box -- LINE`, LINE being a complete remote shell command line (already quoted). */
  sshArgv(remoteLine: string): string[];
  /** The same for a remote argv, quoted with the one quoting function. */
  sshArgvFor(remoteArgv: readonly string[]): string[];
  /** The value for `rsync -e` (rsync splits it on spaces and honours quotes). */
  rsyncShell(): string;
  /** The remote side of an rsync source/destination: `tenant-box:PATH`. */
  rsyncRemote(path: string): string;
  dispose(): void;
}

function defaultKeyscan(host: string, port: number, timeoutS: number): string {
  const r = spawnSync('ssh-keyscan', ['-p', String(port), '-T', String(timeoutS), '--', host], {
    encoding: 'utf8',
    timeout: (timeoutS + 5) * 1000,
  });
  if (r.error)
    throw new HostError('EKEYSCAN', `ssh-keyscan could not run (${r.error.message}); install the OpenSSH client`);
  return r.stdout ?? '';
}

function keyscanAsync(host: string, port: number, timeoutS: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('ssh-keyscan', ['-p', String(port), '-T', String(timeoutS), '--', host], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), (timeoutS + 5) * 1000);
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new HostError('EKEYSCAN', `ssh-keyscan could not run (${err.message}); install the OpenSSH client`));
    });
    child.on('close', () => {
      clearTimeout(timer);
      resolve(out);
    });
  });
}

interface PinnedKeys {
  lines: string[];
  keyTypes: string[];
}

/** known_hosts lines under the alias from the user's lines for the host; undefined when they pin nothing. */
function pinsFromKnownHosts(settings: ConnectionSettings, host: string): PinnedKeys | undefined {
  const lines: string[] = [];
  const types = new Set<string>();
  const entries = settings.knownHosts?.trim() ? parseKnownHosts(settings.knownHosts) : [];
  const forHost = entries.filter((e) => e.marker !== 'cert-authority' && entryMatchesHost(e, host, settings.port));
  for (const e of forHost) {
    const prefix = e.marker === 'revoked' ? '@revoked ' : '';
    lines.push(`${prefix}${SSH_ALIAS} ${e.keyType} ${e.key.toString('base64')}`);
    if (e.marker === undefined) types.add(e.keyType);
  }
  return types.size > 0 ? { lines, keyTypes: [...types] } : undefined;
}

/** The fingerprints a scanned key must match: the host-fingerprint pins and the key ssh2 already verified. */
function allowedFingerprints(
  settings: ConnectionSettings,
  host: string,
  options: { verifiedFingerprint?: string },
): Set<string> {
  const allowed = new Set<string>(settings.hostFingerprint?.trim() ? parseFingerprints(settings.hostFingerprint) : []);
  if (options.verifiedFingerprint) allowed.add(options.verifiedFingerprint);
  if (allowed.size === 0) {
    throw new ConfigurationError(
      `the host key of ${host}:${settings.port} is not pinned for the OpenSSH client: pass known-hosts or host-fingerprint`,
      'host-fingerprint',
    );
  }
  return allowed;
}

/** Keeps the scanned keys whose fingerprint is allowed. */
function pinsFromScan(scanned: string, allowed: ReadonlySet<string>, host: string, port: number): PinnedKeys {
  const lines: string[] = [];
  const types = new Set<string>();
  let scannedEntries: ReturnType<typeof parseKnownHosts> = [];
  try {
    scannedEntries = parseKnownHosts(scanned, 'ssh-keyscan output');
  } catch {
    scannedEntries = [];
  }
  for (const e of scannedEntries) {
    if (!allowed.has(fingerprintSha256(e.key))) continue;
    lines.push(`${SSH_ALIAS} ${e.keyType} ${e.key.toString('base64')}`);
    types.add(e.keyType);
  }
  if (types.size === 0) {
    throw new HostError(
      'EHOSTKEY',
      `none of the host keys ${host}:${port} offers matches the pinned ${[...allowed].join(' or ')}; ` +
        `stopped before authenticating (check the box's key out of band)`,
    );
  }
  return { lines, keyTypes: [...types] };
}

/** Double-quotes a path for ssh_config; paths holding a double quote or newline are refused. */
function configPath(path: string): string {
  if (/["\n\r]/.test(path))
    throw new ConfigurationError(
      `temp path ${JSON.stringify(path)} cannot be written into an ssh_config`,
      'RUNNER_TEMP',
    );
  return `"${path}"`;
}

/** Quotes one word of an rsync `-e` value (rsync honours single and double quotes, not backslashes). */
function rsyncWord(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  if (word.includes("'"))
    throw new ConfigurationError(`path ${JSON.stringify(word)} cannot be passed to rsync -e`, 'RUNNER_TEMP');
  return `'${word}'`;
}

function required(settings: ConnectionSettings): { host: string; user: string; keyText: string; timeoutS: number } {
  const host = settings.host;
  const user = settings.user;
  const keyText = settings.privateKey;
  if (!host || !user || !keyText) {
    throw new ConfigurationError(
      'host, user and private-key are required for the OpenSSH client',
      !host ? 'host' : !user ? 'user' : 'private-key',
    );
  }
  return { host, user, keyText, timeoutS: Math.max(1, Math.ceil(settings.connectTimeoutMs / 1000)) };
}

/**
 * Writes the temp dir and returns the client. Throws ConfigurationError for missing settings and HostError
 * when no offered host key matches the pin. The caller must `dispose()` (in `finally`). A fingerprint-only pin
 * runs `ssh-keyscan` synchronously; prefer prepareOpenSshAsync where the event loop must keep running.
 */
export function prepareOpenSsh(settings: ConnectionSettings, options: OpenSshOptions = {}): OpenSshClient {
  const { host, timeoutS } = required(settings);
  const pins =
    pinsFromKnownHosts(settings, host) ??
    (() => {
      const allowed = allowedFingerprints(settings, host, options);
      return pinsFromScan(
        (options.keyscan ?? defaultKeyscan)(host, settings.port, timeoutS),
        allowed,
        host,
        settings.port,
      );
    })();
  return writeClient(settings, pins, options);
}

/** prepareOpenSsh with `ssh-keyscan` run asynchronously. */
export async function prepareOpenSshAsync(
  settings: ConnectionSettings,
  options: OpenSshAsyncOptions = {},
): Promise<OpenSshClient> {
  const { host, timeoutS } = required(settings);
  let pins = pinsFromKnownHosts(settings, host);
  if (!pins) {
    const allowed = allowedFingerprints(settings, host, options);
    pins = pinsFromScan(
      await (options.keyscan ?? keyscanAsync)(host, settings.port, timeoutS),
      allowed,
      host,
      settings.port,
    );
  }
  return writeClient(settings, pins, options);
}

function writeClient(
  settings: ConnectionSettings,
  pins: PinnedKeys,
  options: { tempRoot?: string; serverAliveIntervalS?: number; serverAliveCountMax?: number },
): OpenSshClient {
  const { host, user, keyText, timeoutS } = required(settings);
  const root = options.tempRoot ?? process.env.RUNNER_TEMP ?? tmpdir();
  const dir = mkdtempSync(join(root, 'tenant-ssh-'));
  try {
    chmodSync(dir, 0o700);
    const idPath = join(dir, 'id');
    const text = normalizePrivateKeyText(keyText);
    writeFileSync(idPath, text.endsWith('\n') ? text : text + '\n', { mode: 0o600 });
    const knownHostsPath = join(dir, 'known_hosts');
    writeFileSync(knownHostsPath, pins.lines.join('\n') + '\n', { mode: 0o600 });

    const env: Record<string, string> = {};
    const encrypted = settings.passphrase !== undefined && settings.passphrase !== '';
    if (encrypted) {
      const askpass = join(dir, 'askpass');
      writeFileSync(askpass, '#!/bin/sh\nprintf \'%s\\n\' "$TENANT_SSH_PASSPHRASE"\n', { mode: 0o700 });
      env.SSH_ASKPASS = askpass;
      env.SSH_ASKPASS_REQUIRE = 'force';
      env.TENANT_SSH_PASSPHRASE = settings.passphrase ?? '';
    }
    const hostKeyAlgorithms = [...new Set(pins.keyTypes.flatMap(hostKeyAlgorithmsFor))];
    const config = [
      `Host ${SSH_ALIAS}`,
      `  HostName ${host}`,
      `  Port ${settings.port}`,
      `  User ${user}`,
      `  IdentityFile ${configPath(idPath)}`,
      '  IdentitiesOnly yes',
      '  IdentityAgent none',
      `  UserKnownHostsFile ${configPath(knownHostsPath)}`,
      '  GlobalKnownHostsFile /dev/null',
      `  HostKeyAlias ${SSH_ALIAS}`,
      '  StrictHostKeyChecking yes',
      '  UpdateHostKeys no',
      '  CheckHostIP no',
      `  HostKeyAlgorithms ${hostKeyAlgorithms.join(',')}`,
      `  BatchMode ${encrypted ? 'no' : 'yes'}`,
      '  PreferredAuthentications publickey',
      '  PasswordAuthentication no',
      '  KbdInteractiveAuthentication no',
      '  NumberOfPasswordPrompts 1',
      `  Ciphers ${SSH_CIPHERS.join(',')}`,
      '  Compression no',
      `  ConnectTimeout ${timeoutS}`,
      `  ServerAliveInterval ${options.serverAliveIntervalS ?? 15}`,
      `  ServerAliveCountMax ${options.serverAliveCountMax ?? 4}`,
      '  TCPKeepAlive yes',
      '  ForwardAgent no',
      '  ForwardX11 no',
      '  ClearAllForwardings yes',
      '  PermitLocalCommand no',
      '  ControlMaster no',
      '  ControlPath none',
      '  RequestTTY no',
      '  EscapeChar none',
      '  LogLevel ERROR',
      '',
    ].join('\n');
    const cfg = join(dir, 'config');
    writeFileSync(cfg, config, { mode: 0o600 });
    const sshBase = ['ssh', '-F', cfg];
    return {
      dir,
      configPath: cfg,
      sshBase,
      env,
      sshArgv: (line: string) => [...sshBase, SSH_ALIAS, '--', line],
      sshArgvFor: (argv: readonly string[]) => [...sshBase, SSH_ALIAS, '--', shellJoin(argv)],
      rsyncShell: () => ['ssh', '-F', cfg].map(rsyncWord).join(' '),
      rsyncRemote: (path: string) => `${SSH_ALIAS}:${path}`,
      dispose: () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

/** Runs `ssh … tenant-box -- LINE` to completion; for probes and small commands. */
export function runOpenSsh(
  client: OpenSshClient,
  remoteLine: string,
  options: { input?: string | Buffer; timeoutMs?: number } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const [cmd, ...args] = client.sshArgv(remoteLine);
    const child = spawn(cmd as string, args, {
      env: { ...process.env, ...client.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
    child.on('error', (e) => {
      if (timer) clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}
