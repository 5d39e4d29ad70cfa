/**
 * What verify-resume takes from a platform profile: the grace between SIGTERM and SIGKILL, and whether the
 * checkpoint's real path survives the platform's interruptions.
 */
import { durableCheckpointDir, preemption, survives } from '../profiles/queries.js';
import type { Profile } from '../profiles/schema.js';
import type { DurabilityAnswer } from './evidence.js';

export interface ResumeProfileFacts {
  id: string;
  signal: string;
  graceSeconds: number;
  graceSource: string;
  durability: (realpath: string) => DurabilityAnswer;
}

export function resumeProfileFacts(p: Profile): ResumeProfileFacts {
  const pre = preemption(p);
  const durableDir = durableCheckpointDir(p);
  return {
    id: p.id,
    signal: pre.signal,
    graceSeconds: pre.graceSeconds,
    graceSource: pre.source,
    durability: (realpath) => {
      const s = survives(p, realpath);
      const where = s.mount ? `${s.mount} (${s.source})` : s.source;
      if (s.stop === false) {
        return {
          durable: false,
          why: `on profile ${p.id} ${where} is lost on a stop or restart${s.note ? ` — ${s.note}` : ''}; checkpoint to ${durableDir} instead`,
        };
      }
      if (s.destroy === false) {
        return {
          durable: null,
          why: `on profile ${p.id} ${where} survives a stop but not a destroy: mirror the checkpoint to ${durableDir} or pull it before teardown`,
        };
      }
      if (s.stop === true) return { durable: true, why: `on profile ${p.id} ${where} survives a stop` };
      return { durable: null, why: `profile ${p.id} does not say whether ${where} survives a stop` };
    },
  };
}
