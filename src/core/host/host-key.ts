/**
 * Host keys: parsing `known_hosts` lines and OpenSSH `SHA256:` fingerprints, matching them against the host
 * being dialled, and deciding whether the key a server presents is trusted. Pure logic (node:crypto only); the
 * ssh adapter calls `checkHostKey` from ssh2's `hostVerifier`, i.e. before any authentication is sent.
 *
 * Policy: pinned by default. `accept-new` (trust on first use) only when the user asks for it by name, and
 * even then a pin that names the host is enforced (like OpenSSH's StrictHostKeyChecking=accept-new).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { ConfigurationError } from '../errors.js';
import type { HostKeyPolicy } from './connection.js';

export interface KnownHostEntry {
  /** 1-based line number in the known_hosts text, for error messages. */
  line: number;
  marker: 'cert-authority' | 'revoked' | undefined;
  hosts: { kind: 'patterns'; patterns: string[] } | { kind: 'hashed'; salt: Buffer; hash: Buffer };
  /** Key type as written on the line, e.g. `ssh-ed25519`, `ssh-rsa`. */
  keyType: string;
  /** Raw public key blob (the base64 field decoded). */
  key: Buffer;
}

const KNOWN_HOSTS_INPUT = 'known-hosts';
const FINGERPRINT_INPUT = 'host-fingerprint';

/** Reads the SSH string at the start of a key blob: its algorithm name. */
export function keyTypeOfBlob(blob: Uint8Array): string | undefined {
  if (blob.length < 4) return undefined;
  const len = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength).readUInt32BE(0);
  if (len === 0 || len > 64 || 4 + len > blob.length) return undefined;
  const name = Buffer.from(blob.subarray(4, 4 + len)).toString('latin1');
  return /^[\x21-\x7e]+$/.test(name) ? name : undefined;
}

/** OpenSSH's fingerprint of a raw public key blob: `SHA256:` + unpadded base64 of its sha256. */
export function fingerprintSha256(blob: Uint8Array): string {
  return 'SHA256:' + createHash('sha256').update(blob).digest('base64').replace(/=+$/, '');
}

/** Parses known_hosts text. Blank lines and `#` comments are skipped; a malformed line is a ConfigurationError. */
export function parseKnownHosts(text: string, input: string = KNOWN_HOSTS_INPUT): KnownHostEntry[] {
  const entries: KnownHostEntry[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const fields = trimmed.split(/\s+/);
    let marker: KnownHostEntry['marker'];
    if (fields[0]?.startsWith('@')) {
      const m = fields.shift();
      if (m === '@cert-authority') marker = 'cert-authority';
      else if (m === '@revoked') marker = 'revoked';
      else
        throw new ConfigurationError(
          `${input} line ${lineNo}: unknown marker '${m}' (expected @cert-authority or @revoked)`,
          input,
        );
    }
    const [hostField, keyType, keyB64] = fields;
    if (hostField === undefined || keyType === undefined || keyB64 === undefined) {
      throw new ConfigurationError(
        `${input} line ${lineNo}: expected 'HOSTS KEYTYPE BASE64KEY' as ssh-keyscan or ~/.ssh/known_hosts write it`,
        input,
      );
    }
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(keyB64)) {
      throw new ConfigurationError(`${input} line ${lineNo}: the key field is not base64`, input);
    }
    const key = Buffer.from(keyB64, 'base64');
    const blobType = keyTypeOfBlob(key);
    if (blobType !== keyType) {
      throw new ConfigurationError(
        `${input} line ${lineNo}: the key is not a valid ${keyType} public key` +
          (blobType ? ` (it holds a ${blobType} key)` : ''),
        input,
      );
    }
    let hosts: KnownHostEntry['hosts'];
    if (hostField.startsWith('|1|')) {
      const parts = hostField.split('|');
      const salt = Buffer.from(parts[2] ?? '', 'base64');
      const hash = Buffer.from(parts[3] ?? '', 'base64');
      if (parts.length !== 4 || salt.length !== 20 || hash.length !== 20) {
        throw new ConfigurationError(
          `${input} line ${lineNo}: malformed hashed host name (expected |1|salt|hash)`,
          input,
        );
      }
      hosts = { kind: 'hashed', salt, hash };
    } else {
      const patterns = hostField.split(',').filter((p) => p !== '');
      if (patterns.length === 0) throw new ConfigurationError(`${input} line ${lineNo}: no host names`, input);
      hosts = { kind: 'patterns', patterns };
    }
    entries.push({ line: lineNo, marker, hosts, keyType, key });
  });
  return entries;
}

/** The name known_hosts uses for a host: `host` on port 22, else `[host]:port`. */
export function knownHostsName(host: string, port: number): string {
  return port === 22 ? host : `[${host}]:${port}`;
}

function globToRegExp(pattern: string): RegExp {
  const body = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 'i');
}

/** Whether a known_hosts entry names this host (patterns with `*`, `?`, `!negation`, or a hashed name). */
export function entryMatchesHost(entry: KnownHostEntry, host: string, port: number): boolean {
  const name = knownHostsName(host, port);
  if (entry.hosts.kind === 'hashed') {
    const digest = createHmac('sha1', entry.hosts.salt).update(name).digest();
    return timingSafeEqual(digest, entry.hosts.hash);
  }
  let matched = false;
  for (const pattern of entry.hosts.patterns) {
    const negated = pattern.startsWith('!');
    const re = globToRegExp(negated ? pattern.slice(1) : pattern);
    if (re.test(name)) {
      if (negated) return false;
      matched = true;
    }
  }
  return matched;
}

/**
 * Parses one or more fingerprints (separated by whitespace, commas or newlines). Accepts the `SHA256:…`
 * token alone or whole `ssh-keygen -lf` lines (`256 SHA256:… comment (ED25519)`).
 */
export function parseFingerprints(text: string, input: string = FINGERPRINT_INPUT): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n|,/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const tokens = line.split(/\s+/).filter((t) => /^(SHA256|MD5):/i.test(t));
    if (tokens.length === 0) {
      throw new ConfigurationError(
        `${input}: '${line.slice(0, 80)}' is not an OpenSSH fingerprint; expected SHA256:… as printed by 'ssh-keygen -lf' or 'ssh-keyscan HOST | ssh-keygen -lf -'`,
        input,
      );
    }
    for (const token of tokens) {
      if (/^MD5:/i.test(token)) {
        throw new ConfigurationError(
          `${input}: MD5 fingerprints are not accepted; use the SHA256:… form ('ssh-keygen -lf -E sha256')`,
          input,
        );
      }
      const b64 = token.slice('SHA256:'.length).replace(/=+$/, '');
      const bytes = /^[A-Za-z0-9+/]{43}$/.test(b64) ? Buffer.from(b64 + '=', 'base64') : Buffer.alloc(0);
      if (bytes.length !== 32) {
        throw new ConfigurationError(
          `${input}: '${token}' is not a complete SHA256 fingerprint (expected SHA256: followed by 43 base64 characters)`,
          input,
        );
      }
      out.push('SHA256:' + b64);
    }
  }
  return out;
}

/** The trust decision made before connecting: what keys are pinned for this host, or trust-on-first-use. */
export type HostKeyCheck =
  | {
      mode: 'pinned';
      /** Where the pins came from, for messages: `known-hosts` or `host-fingerprint`. */
      input: string;
      /** Trusted key blobs (from known_hosts lines naming the host). */
      keys: Buffer[];
      /** Trusted fingerprints (`SHA256:…`). */
      fingerprints: string[];
      /** Key types of the pinned known_hosts keys; empty when only fingerprints are pinned (type unknown). */
      keyTypes: string[];
      revoked: Buffer[];
    }
  | { mode: 'accept-new'; revoked: Buffer[] };

export interface HostKeyPins {
  host: string;
  port: number;
  knownHosts?: string;
  hostFingerprint?: string;
  hostKeyPolicy: HostKeyPolicy;
}

/**
 * Builds the check from the user's inputs. Strict policy without any pin for this host is a ConfigurationError
 * that says how to pin (or how to opt in to trust-on-first-use).
 */
export function planHostKeyCheck(pins: HostKeyPins): HostKeyCheck {
  const name = knownHostsName(pins.host, pins.port);
  const all = pins.knownHosts?.trim() ? parseKnownHosts(pins.knownHosts) : [];
  const forHost = all.filter((e) => entryMatchesHost(e, pins.host, pins.port));
  const revoked = forHost.filter((e) => e.marker === 'revoked').map((e) => e.key);
  const pinnedEntries = forHost.filter((e) => e.marker === undefined);
  const fingerprints = pins.hostFingerprint?.trim() ? parseFingerprints(pins.hostFingerprint) : [];
  if (pinnedEntries.length > 0 || fingerprints.length > 0) {
    return {
      mode: 'pinned',
      input: pinnedEntries.length > 0 ? KNOWN_HOSTS_INPUT : FINGERPRINT_INPUT,
      keys: pinnedEntries.map((e) => e.key),
      fingerprints,
      keyTypes: fingerprints.length > 0 ? [] : [...new Set(pinnedEntries.map((e) => e.keyType))],
      revoked,
    };
  }
  if (pins.hostKeyPolicy === 'accept-new') return { mode: 'accept-new', revoked };
  if (all.length > 0) {
    const names = all
      .filter((e) => e.marker === undefined)
      .map((e) => (e.hosts.kind === 'hashed' ? '(hashed)' : e.hosts.patterns.join(',')));
    throw new ConfigurationError(
      `known-hosts has no key for ${name} (its lines name: ${[...new Set(names)].join(' ') || 'nothing usable'}); ` +
        `add the line 'ssh-keyscan -p ${pins.port} ${pins.host}' prints (checked out of band), or pass host-fingerprint`,
      KNOWN_HOSTS_INPUT,
    );
  }
  throw new ConfigurationError(
    `the host key of ${name} is not pinned: pass known-hosts (a known_hosts line for the host) or host-fingerprint ` +
      `(SHA256:… from 'ssh-keygen -lf'), or choose host-key-policy: accept-new to trust the key seen on first use`,
    'host-key-policy',
  );
}

/** ssh2 algorithm names that can present a key of this type (known_hosts type → negotiable algorithms). */
export function hostKeyAlgorithmsFor(keyType: string): string[] {
  if (keyType === 'ssh-rsa') return ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'];
  return [keyType];
}

export type HostKeyVerdict =
  | { ok: true; fingerprint: string; keyType: string; trust: 'pinned' | 'accepted-new' }
  | { ok: false; fingerprint: string; keyType: string; message: string; input: string };

/** Decides whether the key the server presented is trusted. `label` names the host in messages. */
export function checkHostKey(check: HostKeyCheck, presented: Uint8Array, label: string): HostKeyVerdict {
  const blob = Buffer.from(presented);
  const fingerprint = fingerprintSha256(blob);
  const keyType = keyTypeOfBlob(blob) ?? 'unknown';
  const seen = `${fingerprint} (${keyType})`;
  if (check.revoked.some((k) => k.equals(blob))) {
    return {
      ok: false,
      fingerprint,
      keyType,
      input: KNOWN_HOSTS_INPUT,
      message: `host key of ${label} is marked @revoked in known-hosts (${seen}); stopped before authenticating`,
    };
  }
  if (check.mode === 'accept-new') return { ok: true, fingerprint, keyType, trust: 'accepted-new' };
  if (check.keys.some((k) => k.equals(blob)) || check.fingerprints.includes(fingerprint)) {
    return { ok: true, fingerprint, keyType, trust: 'pinned' };
  }
  const expected = [
    ...check.keys.map((k) => `${fingerprintSha256(k)} (${keyTypeOfBlob(k) ?? 'unknown'})`),
    ...check.fingerprints,
  ].join(' or ');
  const typeHint =
    check.keyTypes.length === 0 || check.keyTypes.includes(keyType)
      ? ''
      : ` The server offered a ${keyType} key; pin that type as well if it is genuine.`;
  return {
    ok: false,
    fingerprint,
    keyType,
    input: check.input,
    message:
      `host key mismatch for ${label}: expected ${expected} from ${check.input}, but the server presented ${seen}. ` +
      `Stopped before authenticating. If the box was rebuilt, check its new key out of band and update ${check.input}; ` +
      `otherwise someone may be intercepting the connection.${typeHint}`,
  };
}
