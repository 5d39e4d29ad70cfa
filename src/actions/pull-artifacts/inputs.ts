/**
 * The pull-artifacts inputs, validated into a PullRequest and a hand-off. Explicit inputs come first, then
 * the launch session (host, port, user, the host key it saw, the run's checkpoint dir), else a clear error.
 * The hand-off is checked before anything connects, so a bad artifact name or a missing cache key fails fast.
 */
import { ConfigurationError } from '../../core/errors.js';
import { parseBool, parsePositiveInt, parseSeconds } from '../../core/launch/values.js';
import type { Session } from '../../core/session/session.js';
import { resolveDest } from '../../core/transfer/local-path.js';
import { checkRemoteSpec } from '../../core/transfer/listing.js';
import {
  parseSettleSeconds,
  parseTransferMode,
  PULL_DEFAULTS,
  type PullRequest,
} from '../../core/transfer/pull-request.js';
import type { Ui } from '../../core/ui.js';
import { checkArtifactName } from '../../adapters/artifact-store.js';
import { checkCacheKey } from '../../adapters/cache-store.js';
import { connectionSettingsFromInputs, type ReadInput } from '../connection-inputs.js';

export const INPUTS = {
  remote: 'remote',
  dest: 'dest',
  transfer: 'transfer',
  streams: 'streams',
  exclude: 'exclude',
  settleSeconds: 'settle-seconds',
  retries: 'retries',
  verifyCommand: 'verify-command',
  verifyTimeout: 'verify-timeout',
  allowPartial: 'allow-partial',
  upload: 'upload',
  artifactName: 'artifact-name',
  retentionDays: 'retention-days',
  cacheKey: 'cache-key',
} as const;

export const DEFAULT_DEST = 'tenant-pull';
export const DEFAULT_ARTIFACT_NAME = 'checkpoints';

export type Handoff =
  { kind: 'none' } | { kind: 'artifact'; name: string; retentionDays?: number } | { kind: 'cache'; key: string };

/** Inputs falling back to the launch session's connection when the workflow did not name a host. */
function withSession(read: ReadInput, session: Session | undefined): ReadInput {
  const c = session?.connection;
  if (!session || read('host').trim() !== '') return read;
  return (name) => {
    const own = read(name);
    if (own.trim() !== '') return own;
    if (name === 'profile') return session.profile;
    if (!c) return own;
    if (name === 'host') return c.host;
    if (name === 'port') return String(c.port);
    if (name === 'user') return c.user;
    if (name === 'host-fingerprint' && read('known-hosts').trim() === '') return c.hostKeyFingerprint;
    return own;
  };
}

/** Non-empty lines, without `#` comment lines. */
function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

function readHandoff(read: ReadInput): Handoff {
  const kind = read(INPUTS.upload).trim() || 'none';
  if (kind === 'none') return { kind };
  if (kind === 'artifact') {
    const retention = read(INPUTS.retentionDays).trim();
    return {
      kind,
      name: checkArtifactName(read(INPUTS.artifactName).trim() || DEFAULT_ARTIFACT_NAME, INPUTS.artifactName),
      ...(retention !== '' ? { retentionDays: parsePositiveInt(retention, INPUTS.retentionDays, 400) } : {}),
    };
  }
  if (kind === 'cache') return { kind, key: checkCacheKey(read(INPUTS.cacheKey), INPUTS.cacheKey) };
  throw new ConfigurationError(`upload '${kind.slice(0, 20)}' must be artifact, cache or none`, INPUTS.upload);
}

export function readPullInputs(
  read: ReadInput,
  ui: Ui,
  session: Session | undefined,
  env: NodeJS.ProcessEnv = process.env,
): { request: PullRequest; handoff: Handoff } {
  const handoff = readHandoff(read);
  const connection = connectionSettingsFromInputs(withSession(read, session), ui);
  if (connection.profile !== 'local' && !connection.host) {
    throw new ConfigurationError(
      "input 'host' is required: the box to pull from (or run tenant launch earlier in the job so its session names it)",
      'host',
    );
  }
  // One remote path per line (commas are legal in paths, so they do not separate).
  let specs = lines(read(INPUTS.remote));
  if (specs.length === 0 && session?.run?.checkpointDir) specs = [session.run.checkpointDir];
  if (specs.length === 0) {
    throw new ConfigurationError(
      "input 'remote' is required: the checkpoint folder(s) or glob(s) on the box (no launch session names a checkpoint dir)",
      INPUTS.remote,
    );
  }
  specs = specs.map((s) => checkRemoteSpec(s, INPUTS.remote));
  const destInput = read(INPUTS.dest).trim() || DEFAULT_DEST;
  const cwd = env.GITHUB_WORKSPACE || process.cwd();
  const opt = (name: string): string | undefined => (read(name).trim() === '' ? undefined : read(name));
  const verifyCommand = read(INPUTS.verifyCommand).trim();
  const retries = opt(INPUTS.retries);
  const streams = opt(INPUTS.streams);
  const request: PullRequest = {
    connection,
    specs,
    dest: resolveDest(destInput, cwd, INPUTS.dest),
    destInput,
    transfer: parseTransferMode(read(INPUTS.transfer), INPUTS.transfer),
    streams: streams === undefined ? PULL_DEFAULTS.streams : parsePositiveInt(streams, INPUTS.streams, 16),
    exclude: lines(read(INPUTS.exclude)),
    settleMs: parseSettleSeconds(read(INPUTS.settleSeconds), INPUTS.settleSeconds),
    attempts:
      retries === undefined
        ? PULL_DEFAULTS.attempts
        : retries.trim() === '0'
          ? 1
          : parsePositiveInt(retries, INPUTS.retries, 100) + 1,
    ...(verifyCommand !== '' ? { verifyCommand } : {}),
    verifyTimeoutMs:
      opt(INPUTS.verifyTimeout) === undefined
        ? PULL_DEFAULTS.verifyTimeoutMs
        : parseSeconds(read(INPUTS.verifyTimeout), INPUTS.verifyTimeout, 24 * 3600),
    allowPartial: parseBool(read(INPUTS.allowPartial), INPUTS.allowPartial),
  };
  return { request, handoff };
}
