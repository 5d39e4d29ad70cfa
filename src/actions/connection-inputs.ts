/**
 * Connection settings from action inputs (`host port user private-key passphrase known-hosts host-fingerprint
 * host-key-policy profile`, plus the optional `connect-timeout`). Inputs are read through a function so tests
 * need no environment. The private key and passphrase are masked before anything else happens, so no later
 * message, even an error about them, can print them.
 */
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
import { parseFingerprints, parseKnownHosts } from '../core/host/host-key.js';
import { normalizePrivateKeyText } from '../core/host/private-key-text.js';
import type { Ui } from '../core/ui.js';

export const CONNECTION_INPUT_NAMES = [
  'host',
  'port',
  'user',
  'private-key',
  'passphrase',
  'known-hosts',
  'host-fingerprint',
  'host-key-policy',
  'profile',
  'connect-timeout',
] as const;

export type ReadInput = (name: string) => string;

export function connectionSettingsFromInputs(read: ReadInput, ui: Ui): ConnectionSettings {
  // Secrets first: masked before any validation can throw or log.
  const privateKey = read('private-key');
  const passphrase = read('passphrase');
  if (privateKey.trim() !== '') {
    ui.mask(privateKey);
    const normalized = normalizePrivateKeyText(privateKey);
    if (normalized.trim() !== privateKey.trim()) ui.mask(normalized.trim());
  }
  if (passphrase !== '') ui.mask(passphrase);

  const opt = (name: string): string | undefined => {
    const v = read(name).trim();
    return v === '' ? undefined : v;
  };
  const profileIn = opt('profile');
  const portIn = opt('port');
  const policyIn = opt('host-key-policy');
  const timeoutIn = opt('connect-timeout');
  const profile = profileIn !== undefined ? parseProfileId(profileIn, 'profile') : DEFAULT_PROFILE;
  if (profile === 'local') return { profile, ...LOCAL_DEFAULTS };
  const settings: ConnectionSettings = {
    profile,
    port: portIn !== undefined ? parsePort(portIn, 'port') : CONNECTION_DEFAULTS.port,
    hostKeyPolicy:
      policyIn !== undefined ? parseHostKeyPolicy(policyIn, 'host-key-policy') : CONNECTION_DEFAULTS.hostKeyPolicy,
    connectTimeoutMs:
      timeoutIn !== undefined
        ? parseConnectTimeout(timeoutIn, 'connect-timeout')
        : CONNECTION_DEFAULTS.connectTimeoutMs,
  };
  const host = opt('host');
  if (host !== undefined) settings.host = parseHost(host, 'host');
  const user = opt('user');
  if (user !== undefined) settings.user = parseUser(user, 'user');
  if (privateKey.trim() !== '') settings.privateKey = privateKey;
  if (passphrase !== '') settings.passphrase = passphrase;
  const knownHosts = opt('known-hosts');
  if (knownHosts !== undefined) {
    parseKnownHosts(knownHosts, 'known-hosts');
    settings.knownHosts = knownHosts;
  }
  const fingerprint = opt('host-fingerprint');
  if (fingerprint !== undefined)
    settings.hostFingerprint = parseFingerprints(fingerprint, 'host-fingerprint').join('\n');
  return settings;
}
