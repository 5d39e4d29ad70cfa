/**
 * How to reach a box: the same settings come from action inputs (`private-key` holds the key text) and
 * from CLI flags (`--identity FILE` is read into `privateKey`). Secrets here (`privateKey`, `passphrase`)
 * are masked by the caller before anything is printed and never written to the session file.
 */
export type HostKeyPolicy = 'strict' | 'accept-new';

export interface ConnectionSettings {
  /** Profile id; `local` runs on this machine and needs nothing else. */
  profile: string;
  host?: string;
  port: number;
  user?: string;
  /** Private key text (OpenSSH or PEM). */
  privateKey?: string;
  passphrase?: string;
  /** known_hosts content (one or more lines). */
  knownHosts?: string;
  /** OpenSSH fingerprint as `ssh-keygen -lf` prints it: `SHA256:base64` (no padding). */
  hostFingerprint?: string;
  hostKeyPolicy: HostKeyPolicy;
  /** Bound on TCP connect + handshake + auth, ms. */
  connectTimeoutMs: number;
}

export const CONNECTION_DEFAULTS = {
  port: 22,
  hostKeyPolicy: 'strict' as HostKeyPolicy,
  connectTimeoutMs: 20_000,
} as const;

/** Names of the action inputs / CLI flags, so error messages name what the user typed. */
export const CONNECTION_INPUTS = {
  host: { input: 'host', flag: '--host' },
  port: { input: 'port', flag: '--port' },
  user: { input: 'user', flag: '--user' },
  privateKey: { input: 'private-key', flag: '--identity' },
  passphrase: { input: 'passphrase', flag: '--passphrase-env' },
  knownHosts: { input: 'known-hosts', flag: '--known-hosts' },
  hostFingerprint: { input: 'host-fingerprint', flag: '--host-fingerprint' },
  hostKeyPolicy: { input: 'host-key-policy', flag: '--host-key-policy' },
  profile: { input: 'profile', flag: '--profile' },
} as const;
