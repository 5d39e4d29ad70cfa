/**
 * The volatile and durable paths of the selected profiles, for ckpt/volatile-path: each profile's volatile
 * paths, its mounts that a stop or a destroy wipes (a data disk lost on release is a warning, a container
 * disk wiped on stop an error), and its mounts that survive both, which override a shorter volatile root
 * (RunPod: `/` is the container disk, `/workspace` is not).
 */
import { loadProfileAsync } from '../profiles/load-async.js';
import { volatilePaths } from '../profiles/queries.js';
import type { Profile } from '../profiles/schema.js';
import type { LossEvent, VolatileRoot } from './volatile.js';

const UNIVERSAL = new Set(['/tmp', '/dev/shm', '/var/tmp']);

/** A profile path up to its first placeholder segment (`/lambda/nfs/<name>` → `/lambda/nfs`). */
function literalPrefix(path: string): string | undefined {
  if (path.startsWith('$'))
    return /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(path.split('/')[0] ?? '')
      ? path.split('/')[0]?.replace(/[{}]/g, '')
      : undefined;
  const segs = path.split('/');
  const cut = segs.findIndex((s) => /[<$*]/.test(s));
  const kept = cut === -1 ? segs : segs.slice(0, cut);
  const out = kept.join('/') || '/';
  return out.startsWith('/') ? out : undefined;
}

export interface ProfilePaths {
  volatile: VolatileRoot[];
  durable: string[];
}

export function profilePaths(profile: Profile): ProfilePaths {
  const platform = profile.name;
  const volatile: VolatileRoot[] = [];
  const seen = new Set<string>();
  for (const v of volatilePaths(profile)) {
    const path = literalPrefix(v.path);
    if (!path || UNIVERSAL.has(path) || seen.has(path)) continue;
    seen.add(path);
    volatile.push({ path, platform, lostOn: [...v.lostOn] as LossEvent[], note: v.note, source: v.source });
  }
  const durable: string[] = [];
  for (const m of profile.storage.mounts) {
    const path = literalPrefix(m.path);
    if (!path || seen.has(path)) continue;
    const lostOn: LossEvent[] = [];
    if (m.survivesStop.value === false) lostOn.push('stop');
    if (m.survivesDestroy.value === false) lostOn.push('destroy');
    if (lostOn.length === 0) {
      durable.push(path);
      continue;
    }
    seen.add(path);
    const note = [m.name, m.survivesDestroy.note ?? m.survivesStop.note].filter(Boolean).join(': ');
    volatile.push({ path, platform, lostOn, note, source: m.survivesDestroy.source });
  }
  return { volatile, durable };
}

/** Loads each profile id (ConfigurationError for an unknown one) and merges their paths. */
export async function pathsForProfiles(ids: readonly string[]): Promise<ProfilePaths> {
  const out: ProfilePaths = { volatile: [], durable: [] };
  for (const id of ids) {
    const p = profilePaths(await loadProfileAsync(id));
    out.volatile.push(...p.volatile);
    out.durable.push(...p.durable);
  }
  return out;
}
