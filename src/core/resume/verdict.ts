/**
 * The verdict: PASS when no rule fails (warnings are listed), else FAIL naming the failing rule that explains
 * the most and the likely bug in plain words, with the fix.
 */
import type { Cycle, RuleId, RuleResult } from './rules.js';
import { statePresence } from './checkpoint-state.js';

export type Verdict = 'PASS' | 'FAIL';

export interface LikelyBug {
  id:
    | 'corrupt-on-kill'
    | 'weights-only'
    | 'restart-from-zero'
    | 'crash-on-resume'
    | 'lr-reset'
    | 'epoch-replay'
    | 'epoch-reset'
    | 'state-not-restored'
    | 'partial-state'
    | 'wrong-resume-point'
    | 'volatile-path'
    | 'diverges'
    | 'no-checkpoint'
    | 'fresh-start-broken';
  title: string;
  explanation: string;
  fix: string;
}

export interface VerdictResult {
  verdict: Verdict;
  /** The failing rule the verdict names (first in the diagnosis order). */
  rule: RuleId | null;
  likelyBug: LikelyBug | null;
  /** Other failing rules. */
  alsoFailing: RuleId[];
  warnings: RuleId[];
  /** One line: `FAIL — full-state: …`. */
  line: string;
}

function failing(rules: readonly RuleResult[], id: RuleId): RuleResult | undefined {
  return rules.find((r) => r.id === id && r.status === 'fail');
}

const BUGS: Record<LikelyBug['id'], Omit<LikelyBug, 'id'>> = {
  'no-checkpoint': {
    title: 'no checkpoint was written where --checkpoint looks',
    explanation: 'nothing matching the checkpoint glob committed before the kill, so there was nothing to resume from',
    fix: 'point --checkpoint at the files the training saves (relative to --workdir), and save at least once before the kill',
  },
  'fresh-start-broken': {
    title: 'the training does not start cleanly from an empty checkpoint directory',
    explanation: 'the first run either crashed or did not start at step 0',
    fix: 'make the no-checkpoint path start fresh, and make --checkpoint cover every place training state is kept',
  },
  'corrupt-on-kill': {
    title: 'corrupt on kill: the checkpoint is overwritten in place',
    explanation: 'a kill during a save leaves a torn file under the final name and no intact checkpoint to resume from',
    fix: 'write to a temp file in the same directory, flush and fsync it, then os.replace() it over the final name (and fsync the directory)',
  },
  'weights-only': {
    title: 'weights-only checkpoint (partial state)',
    explanation:
      'the checkpoint holds the model weights but not the optimizer, LR schedule, step/epoch counters or RNG, so the relaunch cannot continue the same run',
    fix: 'save a dict with model, optimizer, scheduler, step, epoch and RNG state (and scaler/EMA when used), and restore all of it',
  },
  'partial-state': {
    title: 'partial state: part of the training state is not saved',
    explanation: 'parts of the training state are missing from the checkpoint',
    fix: 'save and restore the missing parts along with the model',
  },
  'restart-from-zero': {
    title: 'restart from zero: the identical command does not resume',
    explanation:
      'the relaunch trained from step 0 although a good checkpoint was there — resuming is opt-in (a --resume flag) or the load path is wrong',
    fix: 'load the latest checkpoint unconditionally at start-up when one exists (one code path, no --resume flag)',
  },
  'wrong-resume-point': {
    title: 'the relaunch resumed from another point than the newest checkpoint',
    explanation: 'the first step after the relaunch does not follow the step stored in the newest checkpoint',
    fix: 'resume from the newest checkpoint, and take the step from the checkpoint, not from a log or a file name',
  },
  'crash-on-resume': {
    title: 'the relaunch crashes while resuming',
    explanation: 'the relaunch failed with an error',
    fix: 'see the error line in the evidence',
  },
  'lr-reset': {
    title: 'LR schedule reset: the scheduler state is not saved',
    explanation: 'after the relaunch the learning-rate schedule starts over (warm-up replays, the decay restarts)',
    fix: 'save scheduler.state_dict() in the checkpoint and load it on resume (with Accelerate, prepare or register the scheduler)',
  },
  'epoch-replay': {
    title: 'data-order replay: a mid-epoch resume re-reads batches already seen',
    explanation:
      'the interrupted epoch ran longer than the others: the data loader restarted the epoch instead of skipping what it had consumed',
    fix: 'save the position inside the epoch and skip that many batches on resume (skip_first_batches, a stateful sampler, or islice)',
  },
  'epoch-reset': {
    title: 'epoch counter reset',
    explanation: 'the same steps carry another epoch number after the relaunch',
    fix: 'save the epoch in the checkpoint and continue the epoch loop from it',
  },
  'state-not-restored': {
    title: 'model state not restored',
    explanation:
      'the loss after the relaunch went back towards its starting value instead of continuing from the checkpoint',
    fix: 'load the model (and optimizer) state from the checkpoint before training continues',
  },
  'volatile-path': {
    title: 'checkpoint on a volatile path',
    explanation:
      'the checkpoint lives where a reboot, stop or replacement box loses it; the kill test passes but a real preemption would leave nothing',
    fix: "save to the profile's durable checkpoint directory (or mirror there after every save)",
  },
  diverges: {
    title: 'the resumed run diverges from an uninterrupted one',
    explanation: 'after the resume the loss or the total step count differs from the same command run without a kill',
    fix: 'restore every piece of state that shapes the trajectory: RNG, data order, scheduler, scaler',
  },
};

function bug(id: LikelyBug['id'], explanation?: string): LikelyBug {
  const b = BUGS[id];
  return { id, ...b, explanation: explanation ?? b.explanation };
}

/** Picks the failing rule that explains the failure best, and the bug behind it. */
function diagnose(rules: readonly RuleResult[], cycles: readonly Cycle[]): { rule: RuleId; bug: LikelyBug } | null {
  const f = (id: RuleId) => failing(rules, id);
  const anchor = cycles.map((c) => c.anchor).find((a) => a !== undefined);
  const presence = anchor ? statePresence(anchor) : undefined;
  if (f('checkpoint-committed')) return { rule: 'checkpoint-committed', bug: bug('no-checkpoint') };
  if (f('fresh-start')) return { rule: 'fresh-start', bug: bug('fresh-start-broken') };
  if (f('checkpoint-loadable')) return { rule: 'checkpoint-loadable', bug: bug('corrupt-on-kill') };
  if (f('atomic-write')) return { rule: 'atomic-write', bug: bug('corrupt-on-kill') };
  const full = f('full-state');
  if (full && presence && !presence.optimizer && presence.model)
    return { rule: 'full-state', bug: bug('weights-only') };
  const sig = f('error-signature');
  if (sig) return { rule: 'error-signature', bug: bug('crash-on-resume', sig.evidence) };
  const step = f('resumed-step');
  if (step) {
    const zero = /started over at step/.test(step.evidence);
    return { rule: 'resumed-step', bug: bug(zero ? 'restart-from-zero' : 'wrong-resume-point') };
  }
  if (f('lr-continues')) return { rule: 'lr-continues', bug: bug('lr-reset') };
  if (full && presence && !presence.scheduler) return { rule: 'full-state', bug: bug('lr-reset') };
  if (f('epoch-length')) return { rule: 'epoch-length', bug: bug('epoch-replay') };
  if (f('epoch-continues')) return { rule: 'epoch-continues', bug: bug('epoch-reset') };
  if (f('loss-continuity')) return { rule: 'loss-continuity', bug: bug('state-not-restored') };
  if (full) return { rule: 'full-state', bug: bug('partial-state', full.evidence) };
  if (f('durable-path')) return { rule: 'durable-path', bug: bug('volatile-path') };
  if (f('reference-match')) return { rule: 'reference-match', bug: bug('diverges') };
  const any = rules.find((r) => r.status === 'fail');
  return any ? { rule: any.id, bug: bug('partial-state', any.evidence) } : null;
}

export function decide(rules: readonly RuleResult[], cycles: readonly Cycle[]): VerdictResult {
  const fails = rules.filter((r) => r.status === 'fail').map((r) => r.id);
  const warnings = rules.filter((r) => r.status === 'warn').map((r) => r.id);
  const d = diagnose(rules, cycles);
  if (!d) {
    const resumed = cycles[cycles.length - 1]?.sc;
    return {
      verdict: 'PASS',
      rule: null,
      likelyBug: null,
      alsoFailing: [],
      warnings,
      line: `PASS — resumed from the checkpoint at step ${resumed ?? '?'} after ${cycles.length} kill(s)${warnings.length ? `; warnings: ${warnings.join(', ')}` : ''}`,
    };
  }
  const also = fails.filter((id) => id !== d.rule);
  return {
    verdict: 'FAIL',
    rule: d.rule,
    likelyBug: d.bug,
    alsoFailing: also,
    warnings,
    line: `FAIL — ${d.rule}: ${d.bug.title}${also.length ? ` (also failing: ${also.join(', ')})` : ''}`,
  };
}
