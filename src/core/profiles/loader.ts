import { readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ConfigurationError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import { formatFieldPath } from './field-path.js';
import { PROFILE_EXT, requireProfileFile, type ProfileLoadOptions, listProfileIds } from './locate.js';
import { prevalidatedProfile } from './prevalidated.js';
import { ProfileSchema, type Profile } from './schema.js';

export { formatFieldPath } from './field-path.js';
export { listProfileIds, profileDirs, profileFile, PROFILES_DIR_ENV, type ProfileLoadOptions } from './locate.js';

const EXT = PROFILE_EXT;

interface CacheEntry {
  mtimeMs: number;
  size: number;
  profile: Profile;
}
const cache = new Map<string, CacheEntry>();

/** Forget every parsed profile (tests that rewrite fixture files in place). */
export function clearProfileCache(): void {
  cache.clear();
}

/** Loads and validates one profile (cached by file, re-read when the file changes). */
export function loadProfile(id: string, opts: ProfileLoadOptions = {}): Profile {
  return loadProfileFile(requireProfileFile(id, opts));
}

/** Loads every profile, sorted by id. Throws on the first invalid file. */
export function loadAllProfiles(opts: ProfileLoadOptions = {}): Profile[] {
  return listProfileIds(opts).map((id) => loadProfile(id, opts));
}

/** Loads one profile file by path; its id must equal the file name. */
export function loadProfileFile(file: string): Profile {
  const abs = resolve(file);
  const st = statSync(abs);
  const hit = cache.get(abs);
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.profile;
  const text = readFileSync(abs, 'utf8');
  const profile = prevalidatedProfile(abs, text) ?? parseProfile(text, abs);
  cache.set(abs, { mtimeMs: st.mtimeMs, size: st.size, profile });
  return profile;
}

/**
 * Parses and validates profile text. `file` is used in messages and, when it ends in `.yml`, its stem must be
 * the profile's id. Every problem is reported on its own line as `FILE: field.path: what is wrong`.
 */
export function parseProfile(text: string, file: string): Profile {
  const shown = displayPath(file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
  if (doc.errors.length > 0) {
    const lines = doc.errors.map((e) => {
      const pos = lineCounter.linePos(e.pos[0]);
      const where = pos ? `${shown}:${pos.line}:${pos.col}` : shown;
      return `${where}: malformed YAML — ${firstLine(e.message)}`;
    });
    throw new ConfigurationError(lines.join('\n'), shown);
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined)
    throw new ConfigurationError(`${shown}: the file is empty; a profile is a YAML mapping`, shown);
  const parsed = ProfileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const lines = parsed.error.issues.flatMap((issue) => describeIssue(issue).map((l) => `${shown}: ${l}`));
    throw new ConfigurationError(lines.join('\n'), shown);
  }
  const stem = basename(file).endsWith(EXT) ? basename(file).slice(0, -EXT.length) : undefined;
  if (stem !== undefined && parsed.data.id !== stem) {
    throw new ConfigurationError(`${shown}: id: '${parsed.data.id}' must equal the file name '${stem}'`, shown);
  }
  return parsed.data;
}

function firstLine(s: string): string {
  return s.split('\n')[0]?.trim() ?? s;
}

function displayPath(file: string): string {
  const abs = resolve(file);
  const inside = (root: string): string | undefined => {
    const rel = relative(root, abs);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : undefined;
  };
  let root: string | undefined;
  try {
    root = packageRoot();
  } catch {
    root = undefined;
  }
  return (root && inside(root)) ?? inside(process.cwd()) ?? abs;
}

function show(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  if (typeof input === 'string') return JSON.stringify(input);
  return String(input);
}

function describeIssue(issue: z.core.$ZodIssue): string[] {
  const at = formatFieldPath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = objectKeysAt(issue.path);
      return issue.keys.map(
        (key) =>
          `${formatFieldPath([...issue.path, key])}: unknown key` +
          (allowed ? ` — allowed here: ${allowed.join(', ')}` : ''),
      );
    }
    case 'invalid_type': {
      if (issue.input === undefined) {
        if (issue.message.startsWith('required')) return [`${at}: ${issue.message}`];
        const hint =
          issue.expected === 'object' && looksLikeFact(issue.path) ? ' (a fact: {value, source, verified})' : '';
        return [`${at}: required${hint}`];
      }
      if (issue.message.startsWith('must')) return [`${at}: ${issue.message}, got ${show(issue.input)}`];
      return [
        `${at}: must be ${issue.expected === 'object' ? 'a mapping' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, got ${show(issue.input)}`,
      ];
    }
    case 'invalid_value':
      return [
        `${at}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}, got ${show(issue.input)}`,
      ];
    case 'invalid_format':
    case 'too_small':
    case 'too_big':
    case 'custom':
      return [
        `${at}: ${issue.message}${issue.input !== undefined && issue.code !== 'custom' ? `, got ${show(issue.input)}` : ''}`,
      ];
    default:
      return [`${at}: ${issue.message}`];
  }
}

type AnySchema = { _zod: { def: Record<string, unknown> & { type: string } } };

function unwrap(s: AnySchema | undefined): AnySchema | undefined {
  let cur = s;
  for (let i = 0; cur && i < 10; i++) {
    const def = cur._zod.def;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') cur = def.innerType as AnySchema;
    else if (def.type === 'pipe') cur = def.in as AnySchema;
    else break;
  }
  return cur;
}

/** The keys the schema allows for the mapping at `path`, if it is an object there. */
function objectKeysAt(path: readonly PropertyKey[]): string[] | undefined {
  let s = unwrap(ProfileSchema as unknown as AnySchema);
  for (const seg of path) {
    if (!s) return undefined;
    if (typeof seg === 'number') {
      if (s._zod.def.type !== 'array') return undefined;
      s = unwrap(s._zod.def.element as AnySchema);
    } else {
      if (s._zod.def.type !== 'object') return undefined;
      s = unwrap((s._zod.def.shape as Record<string, AnySchema>)[String(seg)]);
    }
  }
  return s && s._zod.def.type === 'object' ? Object.keys(s._zod.def.shape as object) : undefined;
}

function looksLikeFact(path: readonly PropertyKey[]): boolean {
  const keys = objectKeysAt(path);
  return !!keys && keys.includes('value') && keys.includes('source');
}
