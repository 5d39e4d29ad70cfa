/**
 * The JSON report of a verification: verdict, rules with evidence, the kill timeline, checkpoint write time and
 * the Young/Daly interval, and the loss series for the chart. Written to disk and summarised in markdown.
 */
import type { AttemptEvidence, Evidence } from './evidence.js';
import type { Cycle, RuleId, RuleStatus } from './rules.js';
import { stepped } from './rules.js';
import type { VerifyResumeSettings } from './settings.js';
import type { LikelyBug, VerdictResult } from './verdict.js';
import { median, type CheckpointWrite } from './write-timing.js';
import { youngDalySeconds, youngDalySteps } from './young-daly.js';
import { describeKill } from './kill-strategy.js';

export const REPORT_KIND = 'tenant.verify-resume' as const;

export interface KillTimelineEntry {
  n: number;
  mode: string;
  signal: 'KILL' | 'TERM';
  graceSeconds: number;
  killedAtStep: number | null;
  checkpointStep: number | null;
  checkpointStepSource: Cycle['scSource'];
  checkpointPath: string | null;
  firstResumedStep: number | null;
  stepsLost: number | null;
  saveInProgress: boolean | null;
  escalated: boolean;
  exitSeconds: number;
}

export interface YoungDalyEntry {
  mtbfSeconds: number;
  intervalSeconds: number;
  intervalSteps: number | null;
}

export interface VerifyReport {
  kind: typeof REPORT_KIND;
  version: 1;
  verdict: VerdictResult['verdict'];
  verdictLine: string;
  failingRule: RuleId | null;
  likelyBug: LikelyBug | null;
  alsoFailing: RuleId[];
  rules: { id: RuleId; title: string; status: RuleStatus; evidence: string }[];
  resumedFromStep: number | null;
  stepsLost: number | null;
  checkpointWriteSeconds: number | null;
  /** The watcher's time resolution: a write shorter than this is reported as this, an upper bound. */
  checkpointWriteResolutionSeconds: number;
  checkpointWrites: number;
  secondsPerStep: number | null;
  observedCheckpointIntervalSteps: number | null;
  youngDaly: YoungDalyEntry[];
  kills: KillTimelineEntry[];
  attempts: {
    role: string;
    runId: string;
    runDir: string;
    pgid: number;
    detach: string;
    startedAt: string;
    seconds: number | null;
    end: string;
    exitCode: number | null;
    firstStep: number | null;
    lastStep: number | null;
    records: number;
    lines: number;
  }[];
  command: { text: string; sha256: string | null; workdir: string; python: string };
  settings: {
    checkpoint: string[];
    progress: string;
    kill: string;
    signal: string;
    graceSeconds: number;
    kills: number;
    seed: number;
    reference: boolean;
    allowPickle: boolean;
    profile: string;
  };
  host: string;
  series: { preKill: [number, number][]; resumed: [number, number][]; reference: [number, number][] };
  wallSeconds: number;
  writes: CheckpointWrite[];
}

function lossSeries(attempts: readonly AttemptEvidence[]): [number, number][] {
  return attempts.flatMap((a) =>
    stepped(a.records)
      .filter((r) => r.loss !== undefined && Number.isFinite(r.loss))
      .map((r) => [r.step, r.loss as number] as [number, number]),
  );
}

const DEFAULT_MTBFS = [3600, 6 * 3600, 24 * 3600];
export const WRITE_RESOLUTION_SECONDS = 0.01;

export function buildReport(args: {
  evidence: Evidence;
  cycles: Cycle[];
  rules: VerifyReport['rules'];
  verdict: VerdictResult;
  settings: VerifyResumeSettings;
  workdir: string;
  hostLabel: string;
  wallSeconds: number;
}): VerifyReport {
  const { evidence, cycles, verdict, settings } = args;
  const attempts = evidence.attempts;
  const writes = attempts.flatMap((a) => a.writes);
  // The agent polls every 10 ms: a save that finished within one poll is timed at that bound.
  const measured = median(writes.map((w) => w.seconds));
  const c = measured === undefined ? undefined : Math.max(measured, WRITE_RESOLUTION_SECONDS);
  const perStep = median(
    attempts
      .map((a) => {
        const s = stepped(a.records);
        if (s.length < 2) return undefined;
        const first = s[0]!;
        const last = s[s.length - 1]!;
        return last.step > first.step ? (last.atMs - first.atMs) / 1000 / (last.step - first.step) : undefined;
      })
      .filter((x): x is number => x !== undefined),
  );
  const commitSteps = (attempts[0]?.commits ?? []).map((k) => k.step).filter((x): x is number => x !== null);
  const gaps = commitSteps
    .slice(1)
    .map((s, i) => s - (commitSteps[i] ?? 0))
    .filter((g) => g > 0);
  const observedInterval =
    median(gaps) ?? (commitSteps[0] !== undefined && commitSteps[0] > 0 ? commitSteps[0] : undefined);
  const mtbfs = settings.mtbfSeconds ? [settings.mtbfSeconds] : DEFAULT_MTBFS;
  const kills: KillTimelineEntry[] = cycles.map((cy) => {
    const k = cy.pre.kill;
    const first = stepped(cy.post.records)[0]?.step ?? null;
    const killedAt = k?.lastLoggedStep ?? null;
    return {
      n: cy.n,
      mode: k?.mode ?? describeKill(settings.kill),
      signal: k?.signal ?? settings.signal,
      graceSeconds: k?.graceSeconds ?? settings.graceSeconds,
      killedAtStep: killedAt,
      checkpointStep: cy.sc,
      checkpointStepSource: cy.scSource,
      checkpointPath: cy.anchor?.path ?? null,
      firstResumedStep: first,
      stepsLost: killedAt !== null && cy.sc !== null ? Math.max(0, killedAt - cy.sc) : null,
      saveInProgress: k?.saveInProgress ?? null,
      escalated: k?.escalated ?? false,
      exitSeconds: k?.exitSeconds ?? 0,
    };
  });
  const lost = kills.map((k) => k.stepsLost).filter((x): x is number => x !== null);
  const lastSha = attempts[0]?.commandSha256 ?? null;
  return {
    kind: REPORT_KIND,
    version: 1,
    verdict: verdict.verdict,
    verdictLine: verdict.line,
    failingRule: verdict.rule,
    likelyBug: verdict.likelyBug,
    alsoFailing: verdict.alsoFailing,
    rules: args.rules,
    resumedFromStep: cycles.length ? (cycles[cycles.length - 1]?.sc ?? null) : null,
    stepsLost: lost.length ? lost.reduce((a, b) => a + b, 0) : null,
    checkpointWriteSeconds: c ?? null,
    checkpointWriteResolutionSeconds: WRITE_RESOLUTION_SECONDS,
    checkpointWrites: writes.length,
    secondsPerStep: perStep ?? null,
    observedCheckpointIntervalSteps: observedInterval ?? null,
    youngDaly:
      c === undefined
        ? []
        : mtbfs.map((m) => ({
            mtbfSeconds: m,
            intervalSeconds: youngDalySeconds(m, c),
            intervalSteps: perStep ? (youngDalySteps(m, c, perStep) ?? null) : null,
          })),
    kills,
    attempts: attempts.map((a) => {
      const s = stepped(a.records);
      return {
        role: a.role,
        runId: a.runId,
        runDir: a.runDir,
        pgid: a.pgid,
        detach: a.detach,
        startedAt: new Date(a.startedAtMs).toISOString(),
        seconds: a.endedAtMs !== null ? (a.endedAtMs - a.startedAtMs) / 1000 : null,
        end: a.end,
        exitCode: a.exitCode,
        firstStep: s[0]?.step ?? null,
        lastStep: s[s.length - 1]?.step ?? null,
        records: a.records.length,
        lines: a.lineCount,
      };
    }),
    command: { text: settings.commandText, sha256: lastSha, workdir: args.workdir, python: settings.python },
    settings: {
      checkpoint: settings.checkpoint,
      progress: settings.progress.kind === 'regex' ? `regex:${settings.progress.source}` : settings.progress.kind,
      kill: describeKill(settings.kill),
      signal: settings.signal,
      graceSeconds: settings.graceSeconds,
      kills: settings.kills,
      seed: settings.seed,
      reference: settings.reference,
      allowPickle: settings.allowPickle,
      profile: settings.profileId,
    },
    host: args.hostLabel,
    series: {
      preKill: lossSeries(attempts.filter((a) => a.role === 'fresh')),
      resumed: lossSeries(attempts.filter((a) => a.role === 'relaunch')),
      reference: lossSeries(attempts.filter((a) => a.role === 'reference')),
    },
    wallSeconds: args.wallSeconds,
    writes: writes.slice(0, 20),
  };
}
