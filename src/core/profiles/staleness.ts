/**
 * Facts go stale: platforms change prices, paths and clocks. A fact whose `verified` month is more than
 * `maxAgeMonths` before `now` (or after it: a typo) is reported so someone re-checks it against its source.
 */
import { formatFieldPath } from './field-path.js';
import type { Profile } from './schema.js';

export const MAX_FACT_AGE_MONTHS = 6;

export interface StalenessOptions {
  /** Defaults to the current time; tests pass a fixed date. */
  now?: Date;
  maxAgeMonths?: number;
}

export interface StaleFact {
  profile: string;
  /** e.g. `storage.mounts[1].survivesStop` */
  field: string;
  verified: string;
  /** Whole months between `verified` and now; negative when `verified` is in the future. */
  ageMonths: number;
  source: string;
}

function monthIndex(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return (y ?? 0) * 12 + ((m ?? 1) - 1);
}

/** Every object carrying `verified` (a fact, a mount, a clock, a contradiction), with its field path. */
export function verifiedFacts(p: Profile): { field: string; verified: string; source: string }[] {
  const out: { field: string; verified: string; source: string }[] = [];
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, i]));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    if (typeof obj.verified === 'string') {
      out.push({
        field: formatFieldPath(path),
        verified: obj.verified,
        source: typeof obj.source === 'string' ? obj.source : '',
      });
    }
    for (const [key, value] of Object.entries(obj)) walk(value, [...path, key]);
  };
  walk(p, []);
  return out;
}

export function staleFacts(p: Profile, opts: StalenessOptions = {}): StaleFact[] {
  const now = opts.now ?? new Date();
  const max = opts.maxAgeMonths ?? MAX_FACT_AGE_MONTHS;
  const current = now.getUTCFullYear() * 12 + now.getUTCMonth();
  return verifiedFacts(p)
    .map((f) => ({ profile: p.id, ...f, ageMonths: current - monthIndex(f.verified) }))
    .filter((f) => f.ageMonths > max || f.ageMonths < 0);
}

/** One line per stale fact, naming profile, field, month and where to re-check it. */
export function stalenessWarnings(p: Profile, opts: StalenessOptions = {}): string[] {
  const max = opts.maxAgeMonths ?? MAX_FACT_AGE_MONTHS;
  return staleFacts(p, opts).map((f) =>
    f.ageMonths < 0
      ? `${f.profile}: ${f.field} says it was verified in ${f.verified}, which is in the future; fix the month`
      : `${f.profile}: ${f.field} was last verified in ${f.verified}, ${f.ageMonths} months ago (more than ${max}); re-check it against ${f.source}`,
  );
}
