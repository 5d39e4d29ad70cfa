/**
 * The Iron Law (seed-behaviors §3.6): nothing on the box may be destroyed until its checkpoints are pulled
 * and verified. pull never tears anything down; it appends a record to the session file — what was pulled,
 * how many files and bytes, whether everything verified, and the sha256 of the manifest — so a later teardown
 * can check the fact (and recompute the digest from the manifest it names) before it acts.
 */
import { emptySession, readSession, writeSession, type PulledRecord, type Session } from '../session/session.js';

export interface PullFacts {
  profile: string;
  connection: Session['connection'];
  manifestSha256: string;
  files: number;
  bytes: number;
  remotePaths: string[];
  verified: boolean;
  at: Date;
}

/** Appends the pull to the session at `path` (creating the session when there is none). Returns the record. */
export function recordPull(path: string, facts: PullFacts): PulledRecord {
  const prior = readSession(path);
  const session: Session = prior ?? emptySession(facts.profile);
  if (!session.connection && facts.connection) session.connection = facts.connection;
  const record: PulledRecord = {
    at: facts.at.toISOString(),
    manifestSha256: facts.manifestSha256,
    files: facts.files,
    bytes: facts.bytes,
    remotePaths: facts.remotePaths,
    verified: facts.verified,
  };
  session.pulls.push(record);
  writeSession(path, session);
  return record;
}
