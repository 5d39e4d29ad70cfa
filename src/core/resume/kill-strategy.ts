/**
 * When to kill. `random` (seeded, so a failing run can be replayed), `step:N`, or `during-save` (the watcher
 * on the box kills the group the moment the next checkpoint write starts).
 */
import { ConfigurationError } from '../errors.js';

export type KillSpec = { mode: 'random' } | { mode: 'step'; step: number } | { mode: 'during-save' };

export function parseKillSpec(text: string, input = 'kill'): KillSpec {
  const t = text.trim();
  if (t === '' || t === 'random') return { mode: 'random' };
  if (t === 'during-save') return { mode: 'during-save' };
  const m = /^step:(\d+)$/.exec(t);
  if (m) return { mode: 'step', step: Number(m[1]) };
  throw new ConfigurationError(`${input} must be random, step:N or during-save, got ${JSON.stringify(text)}`, input);
}

export function describeKill(spec: KillSpec): string {
  return spec.mode === 'step' ? `step:${spec.step}` : spec.mode;
}

/** mulberry32: a small, fast, seedable PRNG; the same seed gives the same kill points. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** At most this many steps after a save: enough to lose work and compare the redone steps, without idling. */
export const MAX_STEPS_PAST_SAVE = 3;

/**
 * The random kill step: `u` in [0, 1) picks one of the first few steps after the save at `savedStep`, staying
 * before the next save (`interval` steps later). One draw per kill; the target is re-based when a newer save
 * is seen first. The instant inside that step is drawn separately (a fraction of the step's duration).
 */
export function randomKillStep(u: number, savedStep: number, interval: number): number {
  const span = Math.max(1, Math.min(Math.round(interval) - 1, MAX_STEPS_PAST_SAVE));
  return savedStep + 1 + Math.min(span - 1, Math.floor(u * span));
}
