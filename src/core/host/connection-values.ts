/**
 * Validation of connection values shared by the CLI flags and the action inputs. Each parser gets the name the
 * user typed (`--port` or `port`) so the ConfigurationError names it. Hosts, users and ports are checked
 * against strict grammars so nothing shell- or option-like (`-oProxyCommand=…`, `a;b`) gets through
 * (anchors-reliability A1/A2).
 */
import { ConfigurationError } from '../errors.js';
import { CONNECTION_DEFAULTS, type HostKeyPolicy } from './connection.js';

export const DEFAULT_PROFILE = 'generic-ssh';
/** The `local` profile ignores every connection value; these fill ConnectionSettings' required fields. */
export const LOCAL_DEFAULTS = {
  port: CONNECTION_DEFAULTS.port,
  hostKeyPolicy: CONNECTION_DEFAULTS.hostKeyPolicy,
  connectTimeoutMs: CONNECTION_DEFAULTS.connectTimeoutMs,
} as const;
export const HOST_KEY_POLICIES: readonly HostKeyPolicy[] = ['strict', 'accept-new'];
export const MAX_CONNECT_TIMEOUT_S = 600;

const LABEL = /^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const IPV6 = /^[0-9A-Fa-f:.]+$/;

/** A DNS name, IPv4 or IPv6 address (brackets allowed around IPv6). */
export function parseHost(value: string, name: string): string {
  let v = value.trim();
  if (v.includes('@')) {
    throw new ConfigurationError(
      `${name} '${v}' contains '@': give the user separately (user / --user) and only the host name here`,
      name,
    );
  }
  if (/^\[.*\]$/.test(v)) v = v.slice(1, -1);
  const ok =
    v.length > 0 &&
    v.length <= 253 &&
    !v.startsWith('-') &&
    (IPV4.test(v) ||
      (v.includes(':') && IPV6.test(v) && (v.match(/:/g)?.length ?? 0) >= 2) ||
      v
        .replace(/\.$/, '')
        .split('.')
        .every((l) => LABEL.test(l)));
  if (!ok) {
    throw new ConfigurationError(
      `${name} '${v.slice(0, 80)}' is not a host name or IP address (letters, digits, '-', '.'; IPv6 in brackets is fine)`,
      name,
    );
  }
  return v;
}

export function parsePort(value: string, name: string): number {
  const v = value.trim();
  const n = /^\d{1,5}$/.test(v) ? Number(v) : NaN;
  if (!(n >= 1 && n <= 65535))
    throw new ConfigurationError(`${name} '${v.slice(0, 20)}' is not a TCP port (1–65535)`, name);
  return n;
}

export function parseUser(value: string, name: string): string {
  const v = value.trim();
  if (!/^[A-Za-z_][A-Za-z0-9_.-]{0,63}\$?$/.test(v)) {
    throw new ConfigurationError(
      `${name} '${v.slice(0, 40)}' is not a login name (letters, digits, '_', '.', '-'; not starting with '-')`,
      name,
    );
  }
  return v;
}

export function parseProfileId(value: string, name: string): string {
  const v = value.trim();
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(v)) {
    throw new ConfigurationError(
      `${name} '${v.slice(0, 40)}' is not a profile id (lowercase letters, digits and '-', e.g. generic-ssh, local, runpod)`,
      name,
    );
  }
  return v;
}

export function parseHostKeyPolicy(value: string, name: string): HostKeyPolicy {
  const v = value.trim();
  const found = HOST_KEY_POLICIES.find((p) => p === v);
  if (!found)
    throw new ConfigurationError(
      `${name} '${v.slice(0, 40)}' must be 'strict' (the default: the key must be pinned) or 'accept-new' (trust on first use)`,
      name,
    );
  return found;
}

/** Seconds (decimals allowed) → milliseconds. */
export function parseConnectTimeout(value: string, name: string): number {
  const v = value.trim();
  const s = /^\d+(\.\d+)?$/.test(v) ? Number(v) : NaN;
  if (!(s > 0 && s <= MAX_CONNECT_TIMEOUT_S)) {
    throw new ConfigurationError(
      `${name} '${v.slice(0, 20)}' must be a number of seconds between 0 and ${MAX_CONNECT_TIMEOUT_S}`,
      name,
    );
  }
  return Math.round(s * 1000);
}
