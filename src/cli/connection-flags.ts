/**
 * The connection flags every box-touching `tenant` command shares. Commands merge CONNECTION_FLAG_OPTIONS into
 * their own `node:util` parseArgs options and pass the parsed values to `connectionSettingsFromFlags`.
 *
 * Secrets stay off the command line: the key is read from a file (`--identity`) and the passphrase from an
 * environment variable named by `--passphrase-env`. Without `--known-hosts`/`--host-fingerprint`, the lines of
 * ~/.ssh/known_hosts that name the host are used as the pin, as the OpenSSH client would.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { ConfigurationError } from '../core/errors.js';
import { CONNECTION_DEFAULTS, type ConnectionSettings } from '../core/host/connection.js';
import {
  DEFAULT_PROFILE,
  LOCAL_DEFAULTS,
  parseConnectTimeout,
  parseHost,
  parseHostKeyPolicy,
  parsePort,
  parseProfileId,
  parseUser,
} from '../core/host/connection-values.js';
import { entryMatchesHost, parseFingerprints, parseKnownHosts } from '../core/host/host-key.js';
import type { Ui } from '../core/ui.js';

export const CONNECTION_FLAG_OPTIONS = {
  host: { type: 'string' },
  port: { type: 'string' },
  user: { type: 'string' },
  identity: { type: 'string' },
  'passphrase-env': { type: 'string' },
  'known-hosts': { type: 'string' },
  'host-fingerprint': { type: 'string', multiple: true },
  'host-key-policy': { type: 'string' },
  profile: { type: 'string' },
  'connect-timeout': { type: 'string' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

export const CONNECTION_FLAGS_USAGE = `Connection options:
  --profile ID               platform profile (default ${DEFAULT_PROFILE}; 'local' runs here, no SSH)
  --host HOST                the box to reach
  --port N                   SSH port (default ${CONNECTION_DEFAULTS.port})
  --user NAME                login name on the box
  --identity FILE            private key file (OpenSSH or PEM; ed25519, ECDSA or RSA)
  --passphrase-env NAME      read the key's passphrase from environment variable NAME
  --known-hosts FILE         known_hosts file pinning the host key (default: ~/.ssh/known_hosts lines for the host)
  --host-fingerprint SHA256:…  pin the host key by fingerprint ('ssh-keygen -lf'); repeatable
  --host-key-policy POLICY   strict (default: the key must be pinned) or accept-new (trust on first use)
  --connect-timeout SECONDS  bound on TCP connect + handshake + login (default ${CONNECTION_DEFAULTS.connectTimeoutMs / 1000})
`;

export interface ConnectionFlagContext {
  env: NodeJS.ProcessEnv;
  /** Registers secrets (key text, passphrase) so nothing printed later shows them. */
  ui?: Ui;
  /** Reads a file as text; defaults to fs. */
  readFile?: (path: string) => string;
  /** Home directory for `~/` and the default known_hosts; defaults to os.homedir(). */
  homeDir?: string;
}

function stringFlag(values: Record<string, unknown>, name: string): string | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new ConfigurationError(`--${name} takes one value`, `--${name}`);
  return v;
}

function expandHome(path: string, home: string): string {
  return path === '~' ? home : path.startsWith('~/') ? join(home, path.slice(2)) : path;
}

export function connectionSettingsFromFlags(
  values: Record<string, unknown>,
  ctx: ConnectionFlagContext,
): ConnectionSettings {
  const home = ctx.homeDir ?? homedir();
  const read = ctx.readFile ?? ((p: string) => readFileSync(p, 'utf8'));
  const readFlagFile = (flag: string, path: string): string => {
    const full = expandHome(path, home);
    try {
      return read(full);
    } catch (e) {
      const code = (e as { code?: string }).code;
      throw new ConfigurationError(`${flag} ${path}: cannot read the file (${code ?? String(e)})`, flag);
    }
  };

  const profileFlag = stringFlag(values, 'profile');
  const profile = profileFlag !== undefined ? parseProfileId(profileFlag, '--profile') : DEFAULT_PROFILE;
  if (profile === 'local') return { profile, ...LOCAL_DEFAULTS };
  const portFlag = stringFlag(values, 'port');
  const timeoutFlag = stringFlag(values, 'connect-timeout');
  const policyFlag = stringFlag(values, 'host-key-policy');
  const settings: ConnectionSettings = {
    profile,
    port: portFlag !== undefined ? parsePort(portFlag, '--port') : CONNECTION_DEFAULTS.port,
    hostKeyPolicy:
      policyFlag !== undefined
        ? parseHostKeyPolicy(policyFlag, '--host-key-policy')
        : CONNECTION_DEFAULTS.hostKeyPolicy,
    connectTimeoutMs:
      timeoutFlag !== undefined
        ? parseConnectTimeout(timeoutFlag, '--connect-timeout')
        : CONNECTION_DEFAULTS.connectTimeoutMs,
  };
  const host = stringFlag(values, 'host');
  if (host !== undefined) settings.host = parseHost(host, '--host');
  const user = stringFlag(values, 'user');
  if (user !== undefined) settings.user = parseUser(user, '--user');

  const identity = stringFlag(values, 'identity');
  if (identity !== undefined) {
    settings.privateKey = readFlagFile('--identity', identity);
    ctx.ui?.mask(settings.privateKey);
  }
  const passphraseEnv = stringFlag(values, 'passphrase-env');
  if (passphraseEnv !== undefined) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(passphraseEnv)) {
      throw new ConfigurationError(
        `--passphrase-env takes the NAME of an environment variable, got '${passphraseEnv.slice(0, 40)}'`,
        '--passphrase-env',
      );
    }
    const passphrase = ctx.env[passphraseEnv];
    if (passphrase === undefined || passphrase === '') {
      throw new ConfigurationError(
        `--passphrase-env: environment variable ${passphraseEnv} is not set`,
        '--passphrase-env',
      );
    }
    ctx.ui?.mask(passphrase);
    settings.passphrase = passphrase;
  }

  const fingerprints = values['host-fingerprint'];
  const fpList =
    fingerprints === undefined ? [] : Array.isArray(fingerprints) ? fingerprints.map(String) : [String(fingerprints)];
  if (fpList.length > 0) {
    settings.hostFingerprint = parseFingerprints(fpList.join('\n'), '--host-fingerprint').join('\n');
  }
  const knownHostsFlag = stringFlag(values, 'known-hosts');
  if (knownHostsFlag !== undefined) {
    const text = readFlagFile('--known-hosts', knownHostsFlag);
    parseKnownHosts(text, `--known-hosts ${knownHostsFlag}`);
    settings.knownHosts = text;
  } else if (fpList.length === 0 && settings.host !== undefined) {
    const fallback = join(home, '.ssh', 'known_hosts');
    if (existsSync(fallback)) {
      // Only the lines naming this host: the rest of the user's file is neither needed nor shown in errors.
      const text = read(fallback);
      const { host: h, port } = { host: settings.host, port: settings.port };
      const lines = text.split(/\r?\n/);
      const matching = parseKnownHosts(text, fallback)
        .filter((e) => e.marker !== 'cert-authority' && entryMatchesHost(e, h, port))
        .map((e) => lines[e.line - 1] ?? '');
      if (matching.length > 0) settings.knownHosts = matching.join('\n') + '\n';
    }
  }
  return settings;
}
