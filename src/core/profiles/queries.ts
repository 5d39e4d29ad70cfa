/**
 * What the rest of tenant asks a profile. Everything here is a pure function of a loaded `Profile`; each
 * answer carries the `source` of the fact it came from so callers can cite it in messages and reports.
 */
import { ConfigurationError } from '../errors.js';
import { isRooted, matchPrefix, segments, type PrefixMatch, type Segment } from './box-path.js';
import type { LossEvent, Mount, Profile, VolatileEntry } from './schema.js';
import { UNIVERSAL_VOLATILE } from './universal-paths.js';

export { expandPath, placeholdersIn } from './box-path.js';

/** Where a run writes checkpoints so they survive kills, restarts and stops (may hold `<name>` / `$VAR`). */
export function durableCheckpointDir(p: Profile): string {
  return p.storage.checkpointDir.value;
}

/**
 * Where code is pushed and `.tenant/runs/` lives. Throws ConfigurationError for a profile without one
 * (kubernetes: the code is baked into the image); use `codeDirOrNull` to ask without throwing.
 */
export function codeDir(p: Profile): string {
  const dir = p.storage.codeDir.value;
  if (dir === null) {
    throw new ConfigurationError(
      `profile '${p.id}' has no code directory: ${p.storage.codeDir.note ?? 'nothing is pushed to it'} (${p.storage.codeDir.source})`,
      'profile',
    );
  }
  return dir;
}

export function codeDirOrNull(p: Profile): string | null {
  return p.storage.codeDir.value;
}

export interface Survival {
  /** Kept across the platform's stop (and start). null = unknown. */
  stop: boolean | null;
  /** Kept after the instance is destroyed / released / terminated. null = unknown. */
  destroy: boolean | null;
  /** The mount or volatile path that decided the answer. */
  mount?: string;
  source: string;
  note?: string;
}

export interface VolatilePath {
  path: string;
  lostOn: ('stop' | 'destroy' | 'restart' | 'session-end')[];
  platform: string;
  note: string;
  source: string;
}

const LOST_BEFORE_TEARDOWN: readonly LossEvent[] = ['stop', 'restart', 'session-end'];

interface Candidate {
  path: string;
  stop: boolean | null;
  destroy: boolean | null;
  source: string;
  note?: string;
  volatile: boolean;
  universal: boolean;
}

function fromMount(m: Mount): Candidate {
  const note = [m.survivesStop.note, m.survivesDestroy.note].filter(Boolean).join(' ');
  return {
    path: m.path,
    stop: m.survivesStop.value,
    destroy: m.survivesDestroy.value,
    source: m.source,
    ...(note ? { note } : {}),
    volatile: false,
    universal: false,
  };
}

function fromVolatile(v: VolatileEntry, universal: boolean): Candidate {
  return {
    path: v.path,
    stop: !v.lostOn.some((e) => LOST_BEFORE_TEARDOWN.includes(e)),
    destroy: false,
    source: v.source,
    note: v.note,
    volatile: true,
    universal,
  };
}

function better(a: PrefixMatch & { c: Candidate }, b: PrefixMatch & { c: Candidate }): boolean {
  if (a.length !== b.length) return a.length > b.length;
  if (a.literals !== b.literals) return a.literals > b.literals;
  return a.c.volatile && !b.c.volatile; // on a tie, the pessimistic answer wins
}

function bestMatch(candidates: Candidate[], path: Segment[]): Candidate | undefined {
  let best: (PrefixMatch & { c: Candidate }) | undefined;
  for (const c of candidates) {
    const m = matchPrefix(segments(c.path), path);
    if (m && (!best || better({ ...m, c }, best))) best = { ...m, c };
  }
  return best?.c;
}

/** Three-valued AND: false wins, then unknown. */
function both(a: boolean | null, b: boolean | null): boolean | null {
  if (a === false || b === false) return false;
  if (a === null || b === null) return null;
  return true;
}

function profileCandidates(p: Profile): Candidate[] {
  return [...p.storage.mounts.map(fromMount), ...p.storage.volatile.map((v) => fromVolatile(v, false))];
}

function universalFor(p: Profile): VolatileEntry[] {
  const own = new Set(p.storage.volatile.map((v) => v.path));
  return UNIVERSAL_VOLATILE.filter((u) => !own.has(u.path));
}

/**
 * Whether data at `path` survives a stop and a destroy on this platform: the longest matching mount or
 * volatile path decides. A relative path is taken relative to the profile's code directory. A universal
 * volatile path (/tmp, /dev/shm, /var/tmp) can only make the answer worse than the mount it sits on.
 */
export function survives(p: Profile, path: string): Survival {
  let target: Segment[];
  if (isRooted(path)) target = segments(path);
  else {
    const base = p.storage.codeDir.value;
    if (base === null) {
      return {
        stop: null,
        destroy: null,
        source: `profiles/${p.id}.yml §storage.codeDir (none, so relative path '${path}' cannot be placed)`,
      };
    }
    target = segments(`${base}/${path}`);
  }
  if (target.some((s) => s.kind === 'literal' && s.text === '..')) {
    return {
      stop: null,
      destroy: null,
      source: `profiles/${p.id}.yml §storage.mounts ('${path}' climbs above a placeholder)`,
    };
  }
  const own = bestMatch(profileCandidates(p), target);
  const universal = bestMatch(
    universalFor(p).map((u) => fromVolatile(u, true)),
    target,
  );
  const ownLength = own ? segments(own.path).length : -1;
  if (universal && segments(universal.path).length > ownLength) {
    const note = [universal.note, own?.note].filter(Boolean).join(' ');
    return {
      stop: both(universal.stop, own ? own.stop : true),
      destroy: both(universal.destroy, own ? own.destroy : true),
      mount: universal.path,
      source: universal.source,
      ...(note ? { note } : {}),
    };
  }
  if (!own) {
    return { stop: null, destroy: null, source: `profiles/${p.id}.yml §storage.mounts (no mount covers '${path}')` };
  }
  return {
    stop: own.stop,
    destroy: own.destroy,
    mount: own.path,
    source: own.source,
    ...(own.note ? { note: own.note } : {}),
  };
}

/**
 * Paths whose contents are lost before or at teardown: the profile's own list, mounts that do not survive a
 * stop, then the universal ones (/tmp, /dev/shm, /var/tmp) unless the profile lists that path itself.
 */
export function volatilePaths(p: Profile): VolatilePath[] {
  const out: VolatilePath[] = p.storage.volatile.map((v) => ({
    path: v.path,
    lostOn: [...v.lostOn],
    platform: p.id,
    note: v.note,
    source: v.source,
  }));
  const listed = new Set(out.map((v) => v.path));
  for (const m of p.storage.mounts) {
    if (m.survivesStop.value !== false || listed.has(m.path)) continue;
    const lostOn: LossEvent[] = ['stop'];
    if (m.survivesDestroy.value === false) lostOn.push('destroy');
    out.push({
      path: m.path,
      lostOn,
      platform: p.id,
      note: `${m.name}: ${m.survivesStop.note ?? 'does not survive a stop'}`,
      source: m.survivesStop.source,
    });
    listed.add(m.path);
  }
  for (const u of UNIVERSAL_VOLATILE) {
    if (listed.has(u.path)) continue;
    out.push({ path: u.path, lostOn: [...u.lostOn], platform: p.id, note: u.note, source: u.source });
  }
  return out;
}

/** The signal a training process gets when the platform interrupts it, and the seconds before SIGKILL. */
export function preemption(p: Profile): { signal: string; graceSeconds: number; source: string } {
  const t = p.preemption.termination;
  return { signal: t.signal, graceSeconds: t.graceSeconds, source: t.source };
}

/** Ways to detach a run on this platform, most preferred first, e.g. `['tmux', 'setsid', 'nohup']`. */
export function detachPrimitives(p: Profile): string[] {
  return [...p.detach.primitives.value];
}
