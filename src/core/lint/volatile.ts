/**
 * Which paths do not survive: the built-in roots that are scratch on every machine (/tmp, /var/tmp,
 * /dev/shm, $TMPDIR) plus each selected profile's volatile paths, minus durable prefixes from the config.
 */
import { leadingText, type PathPart } from './python/path-value.js';
import { UNIVERSAL_VOLATILE } from '../profiles/universal-paths.js';
import type { Severity } from './types.js';

export type LossEvent = 'stop' | 'destroy' | 'restart' | 'session-end';

export interface VolatileRoot {
  /** An absolute path (`/root/autodl-tmp`) or an environment variable (`$TMPDIR`). */
  path: string;
  /** Who loses it: `any machine`, `AutoDL`. */
  platform: string;
  lostOn: LossEvent[];
  note?: string;
  source?: string;
}

/** Scratch on every machine: the profiles' universal paths (/tmp, /dev/shm, /var/tmp) and $TMPDIR. */
export const BUILTIN_VOLATILE: readonly VolatileRoot[] = [
  ...UNIVERSAL_VOLATILE.map((u) => ({
    path: u.path,
    platform: 'any machine',
    lostOn: [...u.lostOn],
    note: u.note,
    source: u.source,
  })),
  {
    path: '$TMPDIR',
    platform: 'Slurm and most schedulers',
    lostOn: ['session-end'],
    note: 'A per-job directory the scheduler removes when the job ends.',
    source: 'seed/remote-gpu-trainer/profiles/generic-ssh.md §SLURM5',
  },
];

export interface VolatileMatch {
  root: VolatileRoot;
  severity: Severity;
  /** Matched only through the fallback of an environment variable (`os.getenv('OUT', '/tmp/x')`). */
  viaFallback?: string;
}

/** Error when the file dies on a stop, restart or job end; warning when only destroying the machine loses it. */
export function severityFor(root: VolatileRoot): Severity {
  return root.lostOn.some((e) => e !== 'destroy') ? 'error' : 'warning';
}

export function describeLoss(root: VolatileRoot): string {
  const events = root.lostOn.map((e) => (e === 'session-end' ? 'the end of the job or session' : `a ${e}`));
  const when =
    events.length > 1 ? `${events.slice(0, -1).join(', ')} or ${events[events.length - 1]}` : (events[0] ?? 'teardown');
  return `${root.platform} loses it on ${when}`;
}

export class VolatileMatcher {
  readonly roots: VolatileRoot[];
  constructor(
    roots: readonly VolatileRoot[],
    private readonly durable: readonly string[] = [],
  ) {
    // Longest first, so a specific profile path wins over a generic root.
    this.roots = [...roots].sort((a, b) => b.path.length - a.path.length);
  }

  /** The volatile root of a literal path, or undefined. */
  matchText(path: string): VolatileRoot | undefined {
    const clean = path.replace(/\/{2,}/g, '/');
    if (!clean.startsWith('/')) return undefined;
    const durable = this.durable.filter((d) => under(clean, d)).sort((a, b) => b.length - a.length)[0];
    for (const root of this.roots) {
      if (root.path.startsWith('$')) continue;
      if (under(clean, root.path)) {
        if (durable && durable.length > root.path.length) return undefined;
        return root;
      }
    }
    return undefined;
  }

  /** Matches a propagated path value. Paths from `tempfile` and unknown roots never match. */
  match(parts: PathPart[]): VolatileMatch | undefined {
    if (parts.some((p) => p.kind === 'tempfile' || p.kind === 'memory')) return undefined;
    const first = parts[0];
    if (!first) return undefined;
    if (first.kind === 'env') {
      const root = this.roots.find((r) => r.path === `$${first.name}`);
      if (root) return { root, severity: severityFor(root) };
      if (first.fallback) {
        const inner = this.match(first.fallback);
        if (inner) return { ...inner, severity: 'warning', viaFallback: first.name };
      }
      return undefined;
    }
    if (first.kind !== 'text') return undefined;
    const text = leadingText(parts);
    // With an unknown part after the text, only the text up to its last `/` is certain (`/tmp` + x may be /tmpfoo).
    const certain = parts.length === 1 ? text : text.slice(0, text.lastIndexOf('/') + 1);
    const root = certain.length > 1 ? this.matchText(certain.replace(/\/+$/, '')) : undefined;
    if (!root) return undefined;
    return { root, severity: severityFor(root) };
  }

  /** Matches a path written in shell or YAML: `/tmp/x`, `$TMPDIR/x`, `${TMPDIR}/x`, `${TMPDIR:-/tmp}/x`. */
  matchShellText(value: string): VolatileMatch | undefined {
    const env = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}?/.exec(value);
    if (env?.[1]) {
      const root = this.roots.find((r) => r.path === `$${env[1]}`);
      if (root) return { root, severity: severityFor(root) };
      if (env[2]) {
        const fb = this.matchText(env[2]);
        if (fb) return { root: fb, severity: 'warning', viaFallback: env[1] };
      }
      return undefined;
    }
    const root = this.matchText(value);
    return root ? { root, severity: severityFor(root) } : undefined;
  }
}

function under(path: string, root: string): boolean {
  const r = root.replace(/\/+$/, '');
  return path === r || path.startsWith(r + '/');
}
