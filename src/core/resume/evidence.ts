/**
 * What a verification observed, attempt by attempt: the judge (rules.ts) reads only this, so every rule is a
 * pure function that tests can feed by hand.
 */
import type { ProbeDoc, ProbeMatch } from './probe-client.js';
import type { ProgressRecord } from './progress.js';
import type { SignatureHit } from './error-signatures.js';
import type { CheckpointWrite } from './write-timing.js';

export type AttemptRole = 'fresh' | 'relaunch' | 'reference';

export interface KillEvidence {
  mode: string;
  signal: 'KILL' | 'TERM';
  graceSeconds: number;
  /** Local clock when the signal went out. */
  sentAtMs: number;
  /** The step the kill was aimed after (random / step:N). */
  targetStep?: number;
  /** Last step in the log of the killed attempt (S_kill). */
  lastLoggedStep: number | null;
  /** The watcher saw a checkpoint write in progress when the signal went out. */
  saveInProgress: boolean | null;
  /** What the watcher saw start (during-save): the file and its size at the kill. */
  trigger?: { path: string; size: number; temp: boolean; event: string };
  /** SIGKILL followed a TERM because the grace period ran out. */
  escalated: boolean;
  /** For TERM: seconds from the signal until the group was gone. */
  exitSeconds: number;
  /** The wrapper recorded an exit code (the command ended by itself after TERM). */
  exitCode: number | null;
}

export interface CommitEvidence {
  /** Local clock when the commit was confirmed by the probe. */
  atMs: number;
  step: number | null;
  path: string;
  /** Last logged step when the commit was seen (the estimate when the file holds no step). */
  loggedStep: number | null;
}

export interface AttemptEvidence {
  role: AttemptRole;
  index: number;
  runId: string;
  runDir: string;
  pgid: number;
  commandSha256: string;
  detach: 'tmux' | 'nohup';
  startedAtMs: number;
  endedAtMs: number | null;
  /** exited: ended by itself; killed: by the kill under test; stopped: by tenant after judging; gone: vanished. */
  end: 'exited' | 'killed' | 'stopped' | 'gone' | 'running';
  exitCode: number | null;
  records: ProgressRecord[];
  lineCount: number;
  signatures: SignatureHit[];
  logTail: string[];
  commits: CommitEvidence[];
  writes: CheckpointWrite[];
  kill?: KillEvidence;
  /** Probe of the checkpoints right after this attempt was killed (the authoritative resume anchor). */
  postKillProbe?: ProbeDoc;
}

export interface CodeUse {
  /** The training script that was read (relative to the workdir), when one was found in the command. */
  script?: string;
  scaler: boolean;
  ema: boolean;
  /** The script imports torch. */
  torch?: boolean;
}

export interface DurabilityAnswer {
  /** true: survives the profile's interruptions; false: lost on them; null: unknown. */
  durable: boolean | null;
  why: string;
}

export interface Evidence {
  profileId: string;
  attempts: AttemptEvidence[];
  codeUse: CodeUse;
  /** The durability of the anchor checkpoint's real path, per profile facts (when known). */
  profileDurability?: (realpath: string) => DurabilityAnswer;
  checkpointPatterns: string[];
  lossTolerance: number;
  reference: boolean;
}

/** The checkpoint a relaunch resumes from: the highest-step (else newest) loadable final-name match. */
export function anchorOf(doc: ProbeDoc | undefined): ProbeMatch | undefined {
  if (!doc) return undefined;
  const ok = doc.matches.filter((m) => m.ok);
  return [...ok].sort((a, b) => (b.step ?? -1) - (a.step ?? -1) || (b.mtimeMs ?? 0) - (a.mtimeMs ?? 0))[0];
}
