/**
 * Paths as profiles write them: absolute, or starting with a placeholder (`~`, `$HOME`, `$TMPDIR`, `<workspace>`).
 * A leading placeholder stands for a whole directory and matches only itself (`$HOME` also matches `/root` and
 * `/home/<user>`); a placeholder after the first segment (`/scratch/$USER`, `/lambda/nfs/<name>`) is one segment.
 * Used for longest-prefix matching of a path against a profile's mounts and volatile paths.
 */

export type Segment = { kind: 'literal'; text: string } | { kind: 'placeholder'; name: string };

/** Env placeholders that name the same thing as a profile placeholder. */
const ALIASES: Record<string, string> = { GITHUB_WORKSPACE: 'workspace' };

function segment(raw: string): Segment {
  const env = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(raw);
  if (env?.[1]) return { kind: 'placeholder', name: ALIASES[env[1]] ?? env[1] };
  const angle = /^<([a-z0-9-]+)>$/.exec(raw);
  if (angle?.[1]) return { kind: 'placeholder', name: angle[1] };
  return { kind: 'literal', text: raw };
}

/** True when the path is absolute or starts with a placeholder (so it does not depend on a working dir). */
export function isRooted(path: string): boolean {
  return /^(\/|~(\/|$)|\$\{?[A-Za-z_]|<[a-z0-9-]+>)/.test(path);
}

/** Splits a path into segments, resolving `.` and `..` and turning a leading `~` into `$HOME`. */
export function segments(path: string): Segment[] {
  const text = path.replace(/^~(?=\/|$)/, '$HOME');
  const out: Segment[] = [];
  for (const raw of text.split('/')) {
    if (raw === '' || raw === '.') continue;
    if (raw === '..') {
      const last = out[out.length - 1];
      if (last?.kind === 'literal' && last.text !== '..') out.pop();
      else if (last) out.push({ kind: 'literal', text: '..' }); // above a placeholder: cannot be resolved
      continue;
    }
    out.push(segment(raw));
  }
  return out;
}

export interface PrefixMatch {
  /** How many segments of the prefix were matched (its length). */
  length: number;
  /** How many of them were literal text (more literal = more specific). */
  literals: number;
}

/**
 * Whether `prefix` (a profile path) is a prefix of `path` (the path asked about), segment by segment.
 * An inner placeholder in the prefix matches the same placeholder or any one literal segment; a placeholder
 * in the path only matches the same placeholder (we cannot know what it expands to).
 */
export function matchPrefix(prefix: readonly Segment[], path: readonly Segment[]): PrefixMatch | undefined {
  let i = 0;
  let literals = 0;
  for (const p of prefix) {
    const s = path[i];
    if (!s) return undefined;
    if (p.kind === 'literal') {
      if (s.kind !== 'literal' || s.text !== p.text) return undefined;
      literals++;
      i++;
      continue;
    }
    if (s.kind === 'placeholder') {
      if (s.name !== p.name) return undefined;
      i++;
      continue;
    }
    if (i === 0) {
      // A leading placeholder stands for a whole directory ($TMPDIR, <workspace>): only $HOME has known shapes.
      if (p.name !== 'HOME') return undefined;
      if (s.text === 'root') i += 1;
      else if (s.text === 'home' && path[i + 1]?.kind === 'literal') i += 2;
      else return undefined;
      continue;
    }
    i++;
  }
  return { length: prefix.length, literals };
}

/** The placeholders a path still contains, e.g. `['name']` for `/lambda/nfs/<name>/checkpoints`. */
export function placeholdersIn(path: string): string[] {
  return segments(path).flatMap((s) => (s.kind === 'placeholder' ? [s.name] : []));
}

/**
 * Replaces placeholders with values: `vars` keys are placeholder names (`HOME`, `USER`, `name`, `workspace`).
 * Unknown placeholders are left as written, so callers can check `placeholdersIn` afterwards.
 */
export function expandPath(path: string, vars: Readonly<Record<string, string>>): string {
  const text = path.replace(/^~(?=\/|$)/, '$HOME');
  return text
    .split('/')
    .map((raw) => {
      const s = segment(raw);
      if (s.kind === 'literal') return raw;
      const value = vars[s.name];
      return value === undefined ? raw : value.replace(/\/+$/, '');
    })
    .join('/')
    .replace(/\/{2,}/g, '/');
}
