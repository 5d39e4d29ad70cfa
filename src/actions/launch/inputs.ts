/**
 * The launch action's inputs, validated into LaunchSettings. Secrets (`secrets`, the key, the passphrase) are
 * masked before anything is parsed, so no error message can show them.
 */
import { z } from 'zod';
import { ConfigurationError } from '../../core/errors.js';
import { parseExpectGpu } from '../../core/launch/gpu.js';
import { parseRunId } from '../../core/launch/run-id.js';
import {
  DEFAULT_PROBE_TIMEOUT_MS,
  LAUNCH_MODES,
  PREFLIGHT_DEFAULTS,
  type LaunchSettings,
} from '../../core/launch/settings.js';
import {
  compileExpectLog,
  parseBool,
  parseCount,
  parsePayload,
  parsePositiveInt,
  parseSeconds,
  parseSize,
  parseVariables,
} from '../../core/launch/values.js';
import type { Ui } from '../../core/ui.js';
import { connectionSettingsFromInputs, type ReadInput } from '../connection-inputs.js';

export const INPUTS = {
  command: 'command',
  workdir: 'workdir',
  checkpointDir: 'checkpoint-dir',
  mode: 'mode',
  runId: 'run-id',
  env: 'env',
  secrets: 'secrets',
  expectLog: 'expect-log',
  probeTimeout: 'probe-timeout',
  stopOnCancel: 'stop-on-cancel',
  expectGpu: 'expect-gpu',
  minFreeDisk: 'min-free-disk',
  minFreeInodes: 'min-free-inodes',
  minMemory: 'min-memory',
  checkpointSize: 'checkpoint-size',
  keep: 'keep',
  payload: 'payload',
  allowCrlf: 'allow-crlf',
  cell: 'cell',
} as const;

const ModeSchema = z.enum(LAUNCH_MODES);

export function readLaunchSettings(read: ReadInput, ui: Ui, env: NodeJS.ProcessEnv = process.env): LaunchSettings {
  // Secrets first: masked before any validation can throw or log.
  const secretsText = read(INPUTS.secrets);
  if (secretsText.trim() !== '') ui.mask(secretsText.trim());
  const secrets = parseVariables(secretsText, INPUTS.secrets, true);
  for (const v of Object.values(secrets)) ui.mask(v);
  const connection = connectionSettingsFromInputs(read, ui);

  const opt = (name: string): string | undefined => {
    const v = read(name).trim();
    return v === '' ? undefined : v;
  };
  const modeIn = opt(INPUTS.mode) ?? 'detach';
  const mode = ModeSchema.safeParse(modeIn);
  if (!mode.success)
    throw new ConfigurationError(`mode '${modeIn}' must be one of ${LAUNCH_MODES.join(', ')}`, INPUTS.mode);
  const command = read(INPUTS.command).trim();
  const runId = opt(INPUTS.runId);
  if (mode.data !== 'attach' && command === '') {
    throw new ConfigurationError(
      "input 'command' is required: the training command line, run by bash in workdir (e.g. python train.py --resume-latest)",
      INPUTS.command,
    );
  }
  if (mode.data === 'attach' && runId === undefined && command === '') {
    throw new ConfigurationError(
      'mode attach needs run-id (the run-id output of the launch that started the run), or the same command to derive it',
      INPUTS.runId,
    );
  }
  const size = (name: string): number | undefined =>
    opt(name) === undefined ? undefined : parseSize(read(name), name);
  const checkpointSizeBytes = size(INPUTS.checkpointSize);
  const keepIn = opt(INPUTS.keep);
  const keep = keepIn === undefined ? undefined : parsePositiveInt(keepIn, INPUTS.keep);
  if ((checkpointSizeBytes === undefined) !== (keep === undefined)) {
    throw new ConfigurationError(
      'checkpoint-size and keep go together: the disk budget is checkpoint-size × keep',
      checkpointSizeBytes === undefined ? INPUTS.checkpointSize : INPUTS.keep,
    );
  }
  const cell = read(INPUTS.cell).trim();
  const payload = parsePayload(read(INPUTS.payload));
  return {
    connection,
    mode: mode.data,
    command,
    workdir: opt(INPUTS.workdir),
    checkpointDir: opt(INPUTS.checkpointDir),
    runId: runId === undefined ? undefined : parseRunId(runId, INPUTS.runId),
    env: parseVariables(read(INPUTS.env), INPUTS.env),
    secrets,
    expectLog: compileExpectLog(read(INPUTS.expectLog), INPUTS.expectLog),
    probeTimeoutMs:
      opt(INPUTS.probeTimeout) === undefined
        ? DEFAULT_PROBE_TIMEOUT_MS
        : parseSeconds(read(INPUTS.probeTimeout), INPUTS.probeTimeout, 3600),
    stopOnCancel: parseBool(read(INPUTS.stopOnCancel), INPUTS.stopOnCancel),
    expectGpu: parseExpectGpu(read(INPUTS.expectGpu), INPUTS.expectGpu),
    minFreeDiskBytes: size(INPUTS.minFreeDisk) ?? PREFLIGHT_DEFAULTS.minFreeDiskBytes,
    minFreeInodes:
      opt(INPUTS.minFreeInodes) === undefined
        ? PREFLIGHT_DEFAULTS.minFreeInodes
        : parseCount(read(INPUTS.minFreeInodes), INPUTS.minFreeInodes),
    minMemoryBytes: size(INPUTS.minMemory),
    checkpointSizeBytes,
    keep,
    payload: { ...payload, allowCrlf: parseBool(read(INPUTS.allowCrlf), INPUTS.allowCrlf) },
    cell,
    sweep: cell ? `${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}` : '',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    repository: env.GITHUB_REPOSITORY ?? '',
    commit: env.GITHUB_SHA ?? '',
  };
}
