/**
 * The rules a resume must satisfy (design §6, seed-behaviors §2.3), each a pure function of the evidence that
 * returns a status and the evidence in words. A kill cycle is (the attempt that was killed, the relaunch that
 * followed it); a rule that looks at cycles fails when any cycle fails.
 */
import { statePresence, type StatePart } from './checkpoint-state.js';
import { mostSpecific } from './error-signatures.js';
import { anchorOf, type AttemptEvidence, type Evidence } from './evidence.js';
import type { ProbeMatch } from './probe-client.js';
import type { ProgressRecord } from './progress.js';
import { inPlaceRewrites } from './write-timing.js';

export type RuleStatus = 'pass' | 'fail' | 'warn' | 'skip';

export const RULE_TITLES = {
  'fresh-start': 'Fresh start works',
  'checkpoint-committed': 'A checkpoint commits before the kill',
  'checkpoint-loadable': 'Checkpoint loadable after the kill',
  'atomic-write': 'Saves are atomic (temp file + rename)',
  'full-state': 'Full training state in the checkpoint',
  'relaunch-identical': 'Relaunch is the byte-identical command',
  'resumed-step': 'First resumed step is the checkpoint step',
  'epoch-continues': 'Epoch continues',
  'lr-continues': 'Learning rate continues',
  'loss-continuity': 'Loss continues from the checkpoint',
  'error-signature': 'No error signature in the relaunch',
  'durable-path': 'Checkpoint on a durable path',
  'epoch-length': 'Epoch length conserved (no replayed batches)',
  'reference-match': 'Matches an uninterrupted run',
} as const;

export type RuleId = keyof typeof RULE_TITLES;

export interface RuleResult {
  id: RuleId;
  title: string;
  status: RuleStatus;
  evidence: string;
}

export interface Cycle {
  /** 1-based kill number. */
  n: number;
  pre: AttemptEvidence;
  post: AttemptEvidence;
  anchor: ProbeMatch | undefined;
  /** S_c: the step the relaunch should resume from, and where that number came from. */
  sc: number | null;
  scSource: 'checkpoint' | 'log' | 'none';
}

function result(id: RuleId, status: RuleStatus, evidence: string): RuleResult {
  return { id, title: RULE_TITLES[id], status, evidence };
}

export function stepped(records: readonly ProgressRecord[]): (ProgressRecord & { step: number })[] {
  return records.filter((r): r is ProgressRecord & { step: number } => r.step !== undefined);
}

/** The usual distance between logged steps (1 when every step is logged). */
export function logInterval(records: readonly ProgressRecord[]): number {
  const s = stepped(records);
  const diffs: number[] = [];
  for (let i = 1; i < s.length; i++) {
    const d = (s[i]?.step ?? 0) - (s[i - 1]?.step ?? 0);
    if (d > 0) diffs.push(d);
  }
  if (diffs.length === 0) return 1;
  diffs.sort((a, b) => a - b);
  return diffs[Math.floor(diffs.length / 2)] ?? 1;
}

export function cyclesOf(ev: Evidence): Cycle[] {
  const chain = ev.attempts.filter((a) => a.role !== 'reference');
  const cycles: Cycle[] = [];
  for (let i = 0; i + 1 < chain.length; i++) {
    const pre = chain[i] as AttemptEvidence;
    const post = chain[i + 1] as AttemptEvidence;
    const anchor = anchorOf(pre.postKillProbe);
    let sc: number | null = anchor?.step ?? null;
    let scSource: Cycle['scSource'] = sc !== null ? 'checkpoint' : 'none';
    if (sc === null) {
      const last = [...pre.commits].reverse().find((c) => c.loggedStep !== null);
      if (last?.loggedStep != null) {
        sc = last.loggedStep;
        scSource = 'log';
      }
    }
    cycles.push({ n: i + 1, pre, post, anchor, sc: sc === null ? null : Math.round(sc), scSource });
  }
  return cycles;
}

function prefix(c: Cycle, all: Cycle[]): string {
  return all.length > 1 ? `kill ${c.n}: ` : '';
}

function fmt(n: number | undefined | null, digits = 4): string {
  if (n === undefined || n === null) return 'n/a';
  if (Number.isInteger(n)) return String(n);
  return Math.abs(n) >= 1e-3 && Math.abs(n) < 1e4 ? n.toPrecision(digits) : n.toExponential(2);
}

function bytes(n: number | undefined | null): string {
  if (n === undefined || n === null) return '?';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

function base(path: string): string {
  return path.split('/').filter(Boolean).slice(-2).join('/');
}

function stepsByNumber(records: readonly ProgressRecord[]): Map<number, ProgressRecord> {
  const m = new Map<number, ProgressRecord>();
  for (const r of stepped(records)) if (!m.has(r.step as number)) m.set(r.step as number, r);
  return m;
}

// ---------------------------------------------------------------------------------------------------------

export function freshStart(ev: Evidence): RuleResult {
  const fresh = ev.attempts[0];
  if (!fresh) return result('fresh-start', 'fail', 'no fresh attempt ran');
  const recs = stepped(fresh.records);
  const first = recs[0];
  const interval = logInterval(fresh.records);
  if (!first) {
    const why =
      fresh.end === 'exited'
        ? `it exited with code ${fresh.exitCode} before logging progress`
        : `no progress line was recognised in ${fresh.lineCount} log lines (check --progress)`;
    const sig = mostSpecific(fresh.signatures);
    return result('fresh-start', 'fail', `the fresh run logged no step: ${why}${sig ? `; ${sig.text}` : ''}`);
  }
  if (first.step > Math.max(2, 2 * interval)) {
    return result(
      'fresh-start',
      'fail',
      `the fresh run began at step ${first.step}, not 0: it found training state somewhere the checkpoint glob does not cover, or the directory was not empty`,
    );
  }
  if (fresh.end === 'exited' && fresh.exitCode !== 0 && fresh.commits.length === 0) {
    return result(
      'fresh-start',
      'fail',
      `the fresh run exited with code ${fresh.exitCode} before its first checkpoint`,
    );
  }
  const firstCommit = fresh.commits[0];
  const when = firstCommit ? `; first checkpoint at step ${fmt(firstCommit.step ?? firstCommit.loggedStep)}` : '';
  return result('fresh-start', 'pass', `started at step ${first.step} with an empty checkpoint directory${when}`);
}

export function checkpointCommitted(ev: Evidence): RuleResult {
  const fresh = ev.attempts[0];
  const commit = fresh?.commits[0];
  if (!fresh || !commit) {
    const ended = fresh?.end === 'exited' ? ` (the run ended with code ${fresh.exitCode})` : '';
    return result(
      'checkpoint-committed',
      'fail',
      `no checkpoint matching ${ev.checkpointPatterns.join(', ')} committed (present and loadable) before the kill${ended}; check --checkpoint`,
    );
  }
  const secs = ((commit.atMs - fresh.startedAtMs) / 1000).toFixed(1);
  return result(
    'checkpoint-committed',
    'pass',
    `${base(commit.path)} committed at step ${fmt(commit.step ?? commit.loggedStep)} after ${secs} s`,
  );
}

export function checkpointLoadable(ev: Evidence, cycles: Cycle[]): RuleResult {
  if (cycles.length === 0) return result('checkpoint-loadable', 'skip', 'no kill happened');
  const lines: string[] = [];
  let failed = false;
  for (const c of cycles) {
    const doc = c.pre.postKillProbe;
    const p = prefix(c, cycles);
    if (!doc) {
      lines.push(`${p}not probed`);
      failed = true;
      continue;
    }
    const torn = doc.matches.filter((m) => !m.ok);
    const during = c.pre.kill?.saveInProgress ? ' (the kill landed during a save)' : '';
    if (doc.matches.length === 0) {
      failed = true;
      lines.push(
        `${p}no checkpoint left after the kill${during}: nothing to resume from (a rolling limit may have deleted it)`,
      );
    } else if (torn.length > 0) {
      failed = true;
      const t = torn[0] as ProbeMatch;
      lines.push(`${p}${base(t.path)} is torn after the kill${during}: ${t.error}`);
    } else {
      const a = c.anchor as ProbeMatch;
      const how =
        a.loadedWith === 'structure'
          ? 'read structurally (a full load needs --allow-pickle)'
          : `loaded (${a.loadedWith})`;
      const left = doc.leftovers.length
        ? `; left behind and ignored: ${doc.leftovers.map((l) => `${base(l.path)} (${bytes(l.sizeBytes)})`).join(', ')}`
        : '';
      lines.push(`${p}${base(a.path)} ${how}, ${bytes(a.sizeBytes)}, step ${fmt(a.step)}${during}${left}`);
    }
  }
  return result('checkpoint-loadable', failed ? 'fail' : 'pass', lines.join('; '));
}

export function atomicWrite(ev: Evidence): RuleResult {
  const writes = ev.attempts.flatMap((a) => a.writes);
  const inPlace = inPlaceRewrites(writes);
  if (inPlace.length > 0) {
    const w = inPlace[0]!;
    return result(
      'atomic-write',
      'fail',
      `${base(w.path)} was truncated and rewritten under its own name (same inode)${w.seconds >= 0.01 ? ` over ${(w.seconds * 1000).toFixed(0)} ms` : ''} — ${inPlace.length} in-place save(s) seen; a kill during one leaves no intact checkpoint`,
    );
  }
  const atomic = writes.filter((w) => w.kind === 'atomic');
  if (atomic.length > 0)
    return result(
      'atomic-write',
      'pass',
      `${atomic.length} save(s) seen, each landed by renaming a temp file over the final name`,
    );
  return result(
    'atomic-write',
    'skip',
    'no overwrite of an existing checkpoint was observed (saves wrote new files, or too few saves)',
  );
}

const PART_WORDS: Record<StatePart, string> = {
  model: 'model weights',
  optimizer: 'optimizer state',
  scheduler: 'LR scheduler',
  step: 'step counter',
  epoch: 'epoch counter',
  rng: 'RNG state',
  scaler: 'AMP GradScaler',
  ema: 'EMA/SWA weights',
  data: 'data position',
};

function lrVaries(ev: Evidence): boolean | undefined {
  const lrs = ev.attempts
    .flatMap((a) => a.records)
    .map((r) => r.lr)
    .filter((x): x is number => x !== undefined);
  if (lrs.length < 2) return undefined;
  return Math.max(...lrs) - Math.min(...lrs) > 1e-12 * Math.max(1, Math.abs(lrs[0] ?? 0));
}

export function fullState(ev: Evidence, cycles: Cycle[]): RuleResult {
  const anchor = cycles.map((c) => c.anchor).find((a) => a !== undefined);
  if (!anchor) return result('full-state', 'skip', 'no loadable checkpoint to inspect');
  const has = statePresence(anchor);
  const missingFail: StatePart[] = [];
  const missingWarn: StatePart[] = [];
  for (const part of ['model', 'optimizer', 'step'] as const) if (!has[part]) missingFail.push(part);
  const varies = lrVaries(ev);
  if (!has.scheduler) (varies === false ? [] : varies ? missingFail : missingWarn).push('scheduler');
  if (!has.epoch) missingWarn.push('epoch');
  if (!has.rng) missingWarn.push('rng');
  if (ev.codeUse.scaler && !has.scaler) missingFail.push('scaler');
  if (ev.codeUse.ema && !has.ema) missingFail.push('ema');
  const present = (Object.keys(has) as StatePart[]).filter((p) => has[p]).map((p) => PART_WORDS[p]);
  const keys = anchor.bareStateDict
    ? `a bare state_dict (${anchor.keys.length} tensors, no training state)`
    : `keys ${anchor.keys.slice(0, 12).join(', ')}${anchor.keys.length > 12 ? ', …' : ''}`;
  const words = (parts: StatePart[]): string => parts.map((p) => PART_WORDS[p]).join(', ');
  const scriptNote =
    (ev.codeUse.scaler || ev.codeUse.ema) && ev.codeUse.script
      ? ` (${ev.codeUse.script} uses ${[ev.codeUse.scaler ? 'a GradScaler' : '', ev.codeUse.ema ? 'EMA' : ''].filter(Boolean).join(' and ')})`
      : '';
  if (missingFail.length > 0) {
    const lrNote = missingFail.includes('scheduler') ? ' — the logged LR follows a schedule' : '';
    return result(
      'full-state',
      'fail',
      `${base(anchor.path)} is missing: ${words(missingFail)}${lrNote}${scriptNote}; it holds ${keys}`,
    );
  }
  if (missingWarn.length > 0) {
    const lrNote = missingWarn.includes('scheduler')
      ? ' (the LR is not logged, so whether a schedule is used is unknown)'
      : '';
    return result(
      'full-state',
      'warn',
      `${base(anchor.path)} has ${present.join(', ')}; not found: ${words(missingWarn)}${lrNote}`,
    );
  }
  return result('full-state', 'pass', `${base(anchor.path)} has ${present.join(', ')}`);
}

export function relaunchIdentical(ev: Evidence): RuleResult {
  const chain = ev.attempts;
  const hashes = new Set(chain.map((a) => a.commandSha256));
  if (chain.length < 2) return result('relaunch-identical', 'skip', 'no relaunch happened');
  if (hashes.size !== 1)
    return result(
      'relaunch-identical',
      'fail',
      `command.sh differs between attempts (${[...hashes].map((h) => h.slice(0, 12)).join(' vs ')})`,
    );
  return result(
    'relaunch-identical',
    'pass',
    `${chain.length} attempts ran the same command.sh (sha256 ${[...hashes][0]?.slice(0, 12)}…), env file and working directory, with no --resume added`,
  );
}

export function resumedStep(_ev: Evidence, cycles: Cycle[]): RuleResult {
  if (cycles.length === 0) return result('resumed-step', 'fail', 'no relaunch happened, so no resume was seen');
  const lines: string[] = [];
  let failed = false;
  let skipped = false;
  for (const c of cycles) {
    const p = prefix(c, cycles);
    const first = stepped(c.post.records)[0];
    const sKill = c.pre.kill?.lastLoggedStep ?? null;
    if (c.sc === null) {
      skipped = true;
      lines.push(`${p}the checkpoint holds no step and none could be estimated from the log`);
      continue;
    }
    const from =
      c.scSource === 'checkpoint'
        ? `the checkpoint's step ${c.sc}`
        : `step ~${c.sc} (estimated from the log: ${c.anchor ? 'the checkpoint holds no step counter' : 'no loadable checkpoint was left'})`;
    if (!first) {
      failed = true;
      const why =
        c.post.end === 'exited' ? `it exited with code ${c.post.exitCode}` : 'no progress line was recognised';
      lines.push(`${p}the relaunch logged no step (${why}); expected ${from}`);
      continue;
    }
    const interval = Math.max(logInterval(c.pre.records), logInterval(c.post.records));
    const sr = first.step;
    if (sr >= c.sc && sr <= c.sc + interval) {
      lines.push(
        `${p}the relaunch logged step ${sr} first, continuing from ${from}${sKill !== null ? `; ${Math.max(0, sKill - c.sc)} logged step(s) after it were lost to the kill` : ''}`,
      );
    } else if (sr <= interval && c.sc > 2 * interval) {
      failed = true;
      lines.push(`${p}the relaunch started over at step ${sr}; ${from} was ignored`);
    } else if (sr < c.sc) {
      failed = true;
      lines.push(`${p}the relaunch resumed at step ${sr}, behind ${from}: it loaded an older state`);
    } else {
      failed = true;
      const lie =
        sKill !== null && sr === sKill + 1
          ? ` — that is the step after the last one logged before the kill (${sKill})`
          : '';
      lines.push(
        `${p}the relaunch continued at step ${sr}, ahead of ${from}${lie}: its position does not come from this checkpoint`,
      );
    }
  }
  return result('resumed-step', failed ? 'fail' : skipped ? 'skip' : 'pass', lines.join('; '));
}

/** Steps logged both before the kill (after S_c) and after the relaunch: the redone work, compared value by value. */
function overlap(c: Cycle): { step: number; pre: ProgressRecord; post: ProgressRecord }[] {
  const pre = stepsByNumber(c.pre.records);
  const out: { step: number; pre: ProgressRecord; post: ProgressRecord }[] = [];
  for (const r of stepped(c.post.records)) {
    if (c.sc !== null && r.step <= c.sc) continue;
    const before = pre.get(r.step);
    if (before) out.push({ step: r.step, pre: before, post: r });
  }
  return out;
}

export function epochContinues(_ev: Evidence, cycles: Cycle[]): RuleResult {
  const lines: string[] = [];
  let failed = false;
  let judged = false;
  for (const c of cycles) {
    const p = prefix(c, cycles);
    const pairs = overlap(c).filter((o) => o.pre.epoch !== undefined && o.post.epoch !== undefined);
    if (pairs.length > 0) {
      judged = true;
      const bad = pairs.find((o) => Math.abs((o.pre.epoch as number) - (o.post.epoch as number)) > 1e-6);
      if (bad) {
        failed = true;
        lines.push(
          `${p}step ${bad.step} was in epoch ${fmt(bad.pre.epoch)} before the kill and in epoch ${fmt(bad.post.epoch)} after the relaunch`,
        );
      } else {
        lines.push(
          `${p}the ${pairs.length} redone step(s) ${pairs[0]?.step}–${pairs[pairs.length - 1]?.step} carry the same epoch as before the kill (${fmt(pairs[0]?.post.epoch)})`,
        );
      }
      continue;
    }
    const first = stepped(c.post.records)[0];
    const anchorEpoch = c.anchor?.epoch ?? null;
    if (first?.epoch !== undefined && anchorEpoch !== null) {
      judged = true;
      const ok = first.epoch >= anchorEpoch - 1e-6 && first.epoch <= anchorEpoch + 1 + 1e-6;
      if (!ok) failed = true;
      lines.push(`${p}first resumed epoch ${fmt(first.epoch)}, checkpoint epoch ${fmt(anchorEpoch)}`);
    }
  }
  if (!judged) return result('epoch-continues', 'skip', 'no epoch is logged for the steps around the checkpoint');
  return result('epoch-continues', failed ? 'fail' : 'pass', lines.join('; '));
}

export function lrContinues(_ev: Evidence, cycles: Cycle[]): RuleResult {
  const lines: string[] = [];
  let failed = false;
  let judged = false;
  for (const c of cycles) {
    const p = prefix(c, cycles);
    const pairs = overlap(c).filter((o) => o.pre.lr !== undefined && o.post.lr !== undefined);
    if (pairs.length === 0) continue;
    judged = true;
    const bad = pairs.find((o) => {
      const a = o.pre.lr as number;
      const b = o.post.lr as number;
      return Math.abs(a - b) > 1e-4 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
    });
    if (bad) {
      failed = true;
      lines.push(
        `${p}step ${bad.step} ran at lr ${fmt(bad.pre.lr)} before the kill and at lr ${fmt(bad.post.lr)} after the relaunch: the schedule restarted`,
      );
    } else {
      lines.push(
        `${p}the ${pairs.length} redone step(s) ran at the same lr as before the kill (${fmt(pairs[0]?.post.lr)} at step ${pairs[0]?.step})`,
      );
    }
  }
  if (!judged)
    return result(
      'lr-continues',
      'skip',
      'the learning rate is not logged for the redone steps (log it to check the schedule)',
    );
  return result('lr-continues', failed ? 'fail' : 'pass', lines.join('; '));
}

function meanLoss(records: readonly ProgressRecord[]): number | undefined {
  const xs = records.map((r) => r.loss).filter((x): x is number => x !== undefined && Number.isFinite(x));
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined;
}

/** Median absolute change of the loss from one logged step to the next: the noise a comparison must beat. */
function lossNoise(records: readonly ProgressRecord[]): number {
  const xs = stepped(records)
    .map((r) => r.loss)
    .filter((x): x is number => x !== undefined && Number.isFinite(x));
  const diffs = xs
    .slice(1)
    .map((x, i) => Math.abs(x - (xs[i] as number)))
    .sort((a, b) => a - b);
  return diffs.length ? (diffs[Math.floor(diffs.length / 2)] as number) : 0;
}

function sameLoss(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
}

export function lossContinuity(ev: Evidence, cycles: Cycle[]): RuleResult {
  const fresh = ev.attempts[0];
  const freshSteps = fresh ? stepped(fresh.records).filter((r) => r.loss !== undefined) : [];
  const l0 = meanLoss(freshSteps.slice(0, 3));
  const lines: string[] = [];
  let failed = false;
  let judged = false;
  for (const c of cycles) {
    const p = prefix(c, cycles);
    if (l0 === undefined || c.sc === null) continue;
    const first = stepped(c.post.records)
      .filter((r) => r.loss !== undefined)
      .slice(0, 3);
    if (first.length === 0) continue;
    const pre = stepsByNumber(c.pre.records);
    // 1. The redone steps reproduce the losses logged before the kill: model, optimizer, data order and RNG
    //    all came back (exact on deterministic hardware; not required, but the strongest evidence).
    const redone = first.map((r) => ({
      r,
      before: (r.step as number) > (c.sc as number) ? pre.get(r.step as number) : undefined,
    }));
    if (redone.every((x) => x.before?.loss !== undefined && sameLoss(x.r.loss as number, x.before.loss))) {
      judged = true;
      lines.push(
        `${p}the first ${first.length} resumed step(s) reproduced the losses logged before the kill exactly (${fmt(first[0]?.loss)} at step ${first[0]?.step})`,
      );
      continue;
    }
    // 2. The relaunch repeats the fresh run's opening losses: it started from the initial state.
    const opening = freshSteps.slice(0, first.length);
    if (
      opening.length === first.length &&
      first.every((r, i) => r.step === opening[i]?.step && sameLoss(r.loss as number, opening[i]?.loss as number)) &&
      (c.sc as number) > (first[first.length - 1]?.step as number)
    ) {
      judged = true;
      failed = true;
      lines.push(
        `${p}the relaunch repeated the fresh run's first losses exactly (${fmt(first[0]?.loss)} at step ${first[0]?.step}): it started from the initial state, not from step ${c.sc}`,
      );
      continue;
    }
    // 3. Otherwise: closer to L(S_c) than to L0, when the loss has moved well beyond its step-to-step noise.
    const before = stepped(c.pre.records).filter((r) => r.step <= (c.sc as number) && r.loss !== undefined);
    const lc = meanLoss(before.slice(-3));
    const lr = meanLoss(first);
    if (lc === undefined || lr === undefined) continue;
    const noise = lossNoise(c.pre.records);
    const moved = Math.abs(l0 - lc);
    if (moved < 0.1 * Math.max(Math.abs(l0), Math.abs(lc)) || moved < 2 * noise) {
      lines.push(
        `${p}the loss had not moved clearly by step ${c.sc} to tell (${fmt(l0)} at the start, ${fmt(lc)} at the checkpoint, step-to-step noise ${fmt(noise)})`,
      );
      continue;
    }
    judged = true;
    const ok = Math.abs(lr - lc) < Math.abs(lr - l0);
    if (!ok) failed = true;
    lines.push(
      `${p}first resumed loss ${fmt(lr)} is closer to ${ok ? `the checkpoint's ${fmt(lc)} than to the initial ${fmt(l0)}` : `the initial ${fmt(l0)} than to the checkpoint's ${fmt(lc)}: the model state was not restored`}`,
    );
  }
  if (!judged) return result('loss-continuity', 'skip', lines.join('; ') || 'no loss is logged around the checkpoint');
  return result('loss-continuity', failed ? 'fail' : 'pass', lines.join('; '));
}

export function errorSignature(ev: Evidence): RuleResult {
  const relaunches = ev.attempts.filter((a) => a.role === 'relaunch');
  if (relaunches.length === 0) return result('error-signature', 'skip', 'no relaunch happened');
  for (const a of relaunches) {
    const hit = mostSpecific(a.signatures);
    if (hit)
      return result(
        'error-signature',
        'fail',
        `relaunch log line ${hit.line + 1}: "${hit.text.trim()}" — ${hit.meaning}`,
      );
    if (a.end === 'exited' && a.exitCode !== 0) {
      return result(
        'error-signature',
        'fail',
        `the relaunch exited with code ${a.exitCode}; last lines: ${a.logTail.slice(-3).join(' | ')}`,
      );
    }
  }
  const lines = relaunches.reduce((n, a) => n + a.lineCount, 0);
  return result('error-signature', 'pass', `no known error signature in ${lines} relaunch log line(s)`);
}

export function durablePath(ev: Evidence, cycles: Cycle[]): RuleResult {
  const anchor = cycles.map((c) => c.anchor).find((a) => a !== undefined) ?? undefined;
  const fromCommit = ev.attempts[0]?.commits[0]?.path;
  if (!anchor && !fromCommit) return result('durable-path', 'skip', 'no checkpoint to locate');
  const path = anchor?.realpath ?? anchor?.path ?? fromCommit ?? '';
  const fs = anchor?.mount?.fstype;
  if (fs && /^(tmpfs|ramfs)$/.test(fs)) {
    return result(
      'durable-path',
      'fail',
      `${path} is on ${fs} (${anchor?.mount?.point}): RAM, lost on a reboot, a stop or a replacement box on any platform`,
    );
  }
  const answer = ev.profileDurability?.(path);
  const where = fs ? ` (${fs} at ${anchor?.mount?.point})` : '';
  if (answer?.durable === false) return result('durable-path', 'fail', `${path}${where}: ${answer.why}`);
  if (answer?.durable === true) return result('durable-path', 'pass', `${path}${where}: ${answer.why}`);
  return result(
    'durable-path',
    answer ? 'warn' : 'pass',
    `${path}${where}${answer ? `: ${answer.why}` : ': not RAM-backed'}`,
  );
}

/**
 * The steps the final model actually went through: each attempt's records up to the checkpoint the next one
 * resumed from, then the last attempt's records. Undefined when the steps do not increase (a restart from
 * zero), where epoch lengths mean nothing.
 */
export function effectiveRecords(cycles: Cycle[]): ProgressRecord[] | undefined {
  if (cycles.length === 0) return undefined;
  const out: ProgressRecord[] = [];
  for (const c of cycles) {
    if (c.sc === null) return undefined;
    out.push(
      ...stepped(c.pre.records).filter(
        (r) => r.step <= (c.sc as number) && r.step > (out[out.length - 1]?.step ?? -Infinity),
      ),
    );
  }
  out.push(...stepped(cycles[cycles.length - 1]!.post.records));
  for (let i = 1; i < out.length; i++) if ((out[i]?.step ?? 0) <= (out[i - 1]?.step ?? 0)) return undefined;
  return out;
}

/** First step seen in each (integer) epoch. */
function epochStarts(records: readonly ProgressRecord[]): Map<number, number> {
  const starts = new Map<number, number>();
  for (const r of stepped(records)) {
    if (r.epoch === undefined) continue;
    const e = Math.floor(r.epoch + 1e-9);
    if (!starts.has(e)) starts.set(e, r.step as number);
  }
  return starts;
}

function epochLengths(records: readonly ProgressRecord[]): Map<number, number> {
  const starts = epochStarts(records);
  const lengths = new Map<number, number>();
  for (const [e, s] of starts) {
    const next = starts.get(e + 1);
    if (next !== undefined) lengths.set(e, next - s);
  }
  return lengths;
}

export function epochLength(ev: Evidence, cycles: Cycle[]): RuleResult {
  const eff = effectiveRecords(cycles);
  if (!eff) return result('epoch-length', 'skip', 'the steps after the relaunch do not continue the steps before it');
  if (!eff.some((r) => r.epoch !== undefined)) return result('epoch-length', 'skip', 'no epoch is logged');
  const lengths = epochLengths(eff);
  const killedEpochs = new Set(
    cycles.map((c) => {
      const at = stepped(c.pre.records)
        .filter((r) => r.step <= (c.sc ?? -1))
        .pop();
      return at?.epoch !== undefined ? Math.floor(at.epoch + 1e-9) : undefined;
    }),
  );
  const clean: number[] = [];
  for (const [e, len] of lengths) if (!killedEpochs.has(e)) clean.push(len);
  const ref = ev.attempts.find((a) => a.role === 'reference');
  if (ref) for (const len of epochLengths(ref.records).values()) clean.push(len);
  const tolerance = Math.max(logInterval(eff), 1);
  const judged: string[] = [];
  for (const e of killedEpochs) {
    if (e === undefined) continue;
    const len = lengths.get(e);
    if (len === undefined) {
      judged.push(`epoch ${e} (interrupted) did not finish within the judged steps`);
      continue;
    }
    if (clean.length === 0) {
      judged.push(`epoch ${e} (interrupted) ran ${len} steps; no uninterrupted epoch was seen to compare with`);
      continue;
    }
    const expected = clean.sort((a, b) => a - b)[Math.floor(clean.length / 2)] as number;
    if (Math.abs(len - expected) > tolerance) {
      return result(
        'epoch-length',
        'fail',
        `interrupted epoch ${e} ran ${len} steps, uninterrupted epochs run ${expected}: ${len > expected ? `${len - expected} batch(es) were replayed after the relaunch` : `${expected - len} batch(es) were skipped`}`,
      );
    }
    judged.push(`interrupted epoch ${e} ran ${len} steps, like the uninterrupted ones (${expected})`);
  }
  const conclusive = judged.some((j) => j.includes('like the uninterrupted'));
  return result('epoch-length', conclusive ? 'pass' : 'skip', judged.join('; ') || 'no interrupted epoch to measure');
}

export function referenceMatch(ev: Evidence, cycles: Cycle[]): RuleResult {
  const ref = ev.attempts.find((a) => a.role === 'reference');
  if (!ev.reference)
    return result(
      'reference-match',
      'skip',
      'no reference run (pass --reference to compare with an uninterrupted run)',
    );
  if (!ref) return result('reference-match', 'skip', 'the reference run did not happen');
  const eff = effectiveRecords(cycles);
  const last = ev.attempts.filter((a) => a.role !== 'reference').pop();
  const refSteps = stepsByNumber(ref.records);
  const sc1 = cycles[0]?.sc ?? 0;
  const problems: string[] = [];
  const notes: string[] = [];
  if (eff) {
    const l0 = meanLoss(stepped(ref.records).slice(0, 3)) ?? 1;
    const common = eff.filter(
      (r) => (r.step as number) > sc1 && r.loss !== undefined && refSteps.get(r.step as number)?.loss !== undefined,
    );
    if (common.length > 0) {
      const rel = common.map((r) => {
        const a = r.loss as number;
        const b = refSteps.get(r.step as number)?.loss as number;
        return Math.abs(a - b) / Math.max(Math.abs(b), 0.05 * Math.abs(l0), 1e-12);
      });
      const mean = rel.reduce((a, b) => a + b, 0) / rel.length;
      const msg = `mean relative loss difference ${(mean * 100).toFixed(2)} % over ${common.length} common step(s) after the resume (tolerance ${(ev.lossTolerance * 100).toFixed(1)} %)`;
      (mean > ev.lossTolerance ? problems : notes).push(msg);
    } else {
      notes.push('no common logged steps after the resume');
    }
  } else {
    problems.push('the resumed run does not continue the steps before the kill');
  }
  const refLast = stepped(ref.records).pop()?.step;
  const ownLast = last ? stepped(last.records).pop()?.step : undefined;
  if (ref.end === 'exited' && last?.end === 'exited' && refLast !== undefined && ownLast !== undefined) {
    if (refLast !== ownLast)
      problems.push(`the resumed run ended at step ${ownLast}, the uninterrupted run at step ${refLast}`);
    else notes.push(`both ended at step ${refLast}`);
  }
  if (problems.length) return result('reference-match', 'fail', [...problems, ...notes].join('; '));
  return result('reference-match', notes.length ? 'pass' : 'skip', notes.join('; '));
}

/** Every rule, in report order. */
export function judge(ev: Evidence): { rules: RuleResult[]; cycles: Cycle[] } {
  const cycles = cyclesOf(ev);
  const rules = [
    freshStart(ev),
    checkpointCommitted(ev),
    checkpointLoadable(ev, cycles),
    atomicWrite(ev),
    fullState(ev, cycles),
    relaunchIdentical(ev),
    resumedStep(ev, cycles),
    epochContinues(ev, cycles),
    lrContinues(ev, cycles),
    lossContinuity(ev, cycles),
    errorSignature(ev),
    durablePath(ev, cycles),
    epochLength(ev, cycles),
    referenceMatch(ev, cycles),
  ];
  return { rules, cycles };
}
