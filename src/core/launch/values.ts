/**
 * Parsers for the launch inputs that are more than a string: sizes (`10G`), counts (`200k`), durations,
 * booleans and `KEY=VALUE` variable lists. Each gets the name the user typed so the ConfigurationError
 * names it. A secret value never appears in an error message.
 */
import { ConfigurationError } from '../errors.js';

const BINARY: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

/** Bytes: a number with an optional K/M/G/T suffix, powers of 1024 (`10G`, `1.5TiB`, `500MB`, `2048`). */
export function parseSize(value: string, name: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgtp]?)(?:i?b)?$/i.exec(value.trim());
  if (!m)
    throw new ConfigurationError(
      `${name} '${value.trim().slice(0, 30)}' is not a size (e.g. 10G, 500M, 1.5T; K/M/G/T are powers of 1024)`,
      name,
    );
  const n = Number(m[1]) * (BINARY[(m[2] ?? '').toLowerCase()] ?? 1);
  if (!Number.isFinite(n)) throw new ConfigurationError(`${name} '${value.trim()}' is too large`, name);
  return Math.round(n);
}

/** A count with an optional k/M suffix, powers of 1000 (`200k`, `1M`, `50000`). */
export function parseCount(value: string, name: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([km]?)$/i.exec(value.trim());
  if (!m)
    throw new ConfigurationError(`${name} '${value.trim().slice(0, 30)}' is not a count (e.g. 50000, 200k, 1M)`, name);
  const mult = (m[2] ?? '').toLowerCase() === 'k' ? 1e3 : (m[2] ?? '').toLowerCase() === 'm' ? 1e6 : 1;
  return Math.round(Number(m[1]) * mult);
}

/** Seconds (decimals allowed, optional `s`/`m` suffix) → milliseconds, at most `maxS`. */
export function parseSeconds(value: string, name: string, maxS = 24 * 3600): number {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|min)?$/i.exec(value.trim());
  const s = m ? Number(m[1]) * (m[2] && m[2].toLowerCase() !== 's' ? 60 : 1) : NaN;
  if (!(s > 0 && s <= maxS))
    throw new ConfigurationError(
      `${name} '${value.trim().slice(0, 20)}' must be a number of seconds between 0 and ${maxS} (e.g. 60, 90s, 5m)`,
      name,
    );
  return Math.round(s * 1000);
}

export function parseBool(value: string, name: string, fallback = false): boolean {
  const v = value.trim().toLowerCase();
  if (v === '') return fallback;
  if (v === 'true' || v === 'yes' || v === '1') return true;
  if (v === 'false' || v === 'no' || v === '0') return false;
  throw new ConfigurationError(`${name} must be true or false, got '${v.slice(0, 20)}'`, name);
}

export function parsePositiveInt(value: string, name: string, max = 1_000_000): number {
  const v = value.trim();
  const n = /^\d+$/.test(v) ? Number(v) : NaN;
  if (!(n >= 1 && n <= max))
    throw new ConfigurationError(`${name} '${v.slice(0, 20)}' must be a whole number from 1 to ${max}`, name);
  return n;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * `KEY=VALUE` lines (blank lines and `#` comments skipped), plus `KEY<<DELIM` … `DELIM` blocks for multi-line
 * values, as in GITHUB_ENV. `secret` keeps values out of every message.
 */
export function parseVariables(text: string, name: string, secret = false): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const heredoc = /^([A-Za-z_][A-Za-z0-9_]*)<<(\S+)$/.exec(line);
    if (heredoc) {
      const [, key = '', delim] = heredoc;
      const body: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delim) {
          closed = true;
          break;
        }
        body.push(lines[i] ?? '');
      }
      if (!closed)
        throw new ConfigurationError(`${name}: the block ${key}<<${delim} has no closing ${delim} line`, name);
      out[key] = body.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    const key = eq === -1 ? line : line.slice(0, eq).trim();
    if (eq === -1 || !ENV_NAME.test(key)) {
      const shown = secret ? `line ${i + 1}` : `'${line.slice(0, 40)}'`;
      throw new ConfigurationError(
        `${name}: ${shown} is not KEY=VALUE (KEY: letters, digits and _, not starting with a digit)`,
        name,
      );
    }
    if (key.startsWith('TENANT_'))
      throw new ConfigurationError(`${name}: ${key} is reserved (tenant sets TENANT_* for the run)`, name);
    out[key] = raw.slice(raw.indexOf('=') + 1).replace(/^\s+/, '');
  }
  return out;
}

export function compileExpectLog(value: string, name: string): RegExp | undefined {
  if (value.trim() === '') return undefined;
  try {
    return new RegExp(value.trim());
  } catch (e) {
    throw new ConfigurationError(`${name} is not a valid regular expression: ${(e as Error).message}`, name);
  }
}

export function parsePayload(value: string): { kind: 'git' | 'none'; paths: string[] } {
  const items = value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 1 && items[0] === 'none') return { kind: 'none', paths: [] };
  if (items.length === 0 || (items.length === 1 && items[0] === 'git')) return { kind: 'git', paths: [] };
  for (const p of items) {
    if (p.startsWith('/') || p.split('/').includes('..') || p.startsWith('-')) {
      throw new ConfigurationError(`payload '${p}' must be a path inside the workspace (relative, no '..')`, 'payload');
    }
  }
  return { kind: 'git', paths: items };
}
