/**
 * Loads the client's private key with ssh2's parser before any connection is made, so a malformed key or a
 * wrong passphrase is a ConfigurationError naming the input, not a failure halfway through a handshake.
 * Messages never contain key material.
 */
import ssh2, { type ParsedKey } from 'ssh2';
import { ConfigurationError } from '../core/errors.js';
import { fingerprintSha256 } from '../core/host/host-key.js';
import { looksLikePublicKey, normalizePrivateKeyText } from '../core/host/private-key-text.js';

export const KEY_INPUT = 'private-key (CLI: --identity)';
export const PASSPHRASE_INPUT = 'passphrase (CLI: --passphrase-env)';

export interface LoadedKey {
  /** Normalized key text, as handed to ssh2. */
  text: string;
  passphrase: string | undefined;
  /** e.g. `ssh-ed25519` */
  type: string;
  /** `SHA256:…` of the public half: safe to print, lets the user find which key the box must authorize. */
  publicFingerprint: string;
}

export function loadPrivateKey(rawText: string, passphrase: string | undefined): LoadedKey {
  const text = normalizePrivateKeyText(rawText);
  if (text === '')
    throw new ConfigurationError(
      `${KEY_INPUT} is empty; pass the private key text (the file without .pub)`,
      'private-key',
    );
  if (looksLikePublicKey(text)) {
    throw new ConfigurationError(
      `${KEY_INPUT} holds a public key; pass the private key (the file without .pub, starting with -----BEGIN)`,
      'private-key',
    );
  }
  const pass = passphrase === '' ? undefined : passphrase;
  let parsed: ParsedKey | ParsedKey[] | Error;
  try {
    parsed = ssh2.utils.parseKey(text, pass);
  } catch (e) {
    parsed = e instanceof Error ? e : new Error(String(e));
  }
  if (parsed instanceof Error) {
    const msg = parsed.message;
    if (/no passphrase given/i.test(msg)) {
      throw new ConfigurationError(`${KEY_INPUT} is encrypted; set ${PASSPHRASE_INPUT}`, 'passphrase');
    }
    if (pass !== undefined && /passphrase|decrypt|integrity/i.test(msg)) {
      throw new ConfigurationError(
        `${PASSPHRASE_INPUT} does not decrypt ${KEY_INPUT} (wrong passphrase?)`,
        'passphrase',
      );
    }
    throw new ConfigurationError(
      `${KEY_INPUT} is not a private key ssh2 can read (${msg.replace(/\s+/g, ' ').slice(0, 120)}); ` +
        `expected an OpenSSH or PEM ed25519/ECDSA/RSA key, complete from its BEGIN to its END line`,
      'private-key',
    );
  }
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!key || !key.isPrivateKey()) {
    throw new ConfigurationError(`${KEY_INPUT} does not contain a private key`, 'private-key');
  }
  return { text, passphrase: pass, type: key.type, publicFingerprint: fingerprintSha256(key.getPublicSSH()) };
}
