/**
 * What a launch needs, after the action inputs or the CLI flags have been read and validated. One shape for
 * both faces; `inputs.ts` (action) and `commands/launch.ts` (CLI) produce it, `launch.ts` consumes it.
 */
import type { ConnectionSettings } from '../host/connection.js';
import type { ExpectGpu } from './gpu.js';

export const LAUNCH_MODES = ['detach', 'follow', 'attach'] as const;
export type LaunchMode = (typeof LAUNCH_MODES)[number];

/**
 * Built-in pre-flight floors. Profiles carry no disk floors yet (profiles-facts.md lists inode caps only as
 * notes), so these apply to every profile unless the input sets them.
 */
export const PREFLIGHT_DEFAULTS = {
  minFreeDiskBytes: 1024 ** 3,
  minFreeInodes: 10_000,
} as const;

export const DEFAULT_PROBE_TIMEOUT_MS = 60_000;

export interface PayloadSpec {
  /** `git`: the files git tracks under `paths` (all when empty); `none`: push nothing. */
  kind: 'git' | 'none';
  /** Pathspecs relative to the workspace. */
  paths: string[];
  /** Push shell scripts with CRLF line endings anyway. */
  allowCrlf: boolean;
}

export interface LaunchSettings {
  connection: ConnectionSettings;
  mode: LaunchMode;
  /** The training command line, run by bash in `workdir`. Empty only in attach mode. */
  command: string;
  /** Work dir on the box, possibly with `$HOME`/`~`/`<workspace>`; undefined = the profile's code dir. */
  workdir: string | undefined;
  /** Checkpoint dir; undefined = the profile's durable dir (plus the cell name in a sweep). */
  checkpointDir: string | undefined;
  /** Explicit run id; undefined = hash of repository, commit, command, work dir and cell. */
  runId: string | undefined;
  env: Record<string, string>;
  /** Secret variables: masked, written only to the 0600 env file. */
  secrets: Record<string, string>;
  expectLog: RegExp | undefined;
  probeTimeoutMs: number;
  stopOnCancel: boolean;
  expectGpu: ExpectGpu;
  minFreeDiskBytes: number;
  minFreeInodes: number;
  /** Fail unless the memory limit (cgroup, else RAM) is at least this. */
  minMemoryBytes: number | undefined;
  checkpointSizeBytes: number | undefined;
  keep: number | undefined;
  payload: PayloadSpec;
  /** Matrix cell name for sweeps ('' = not a sweep). */
  cell: string;
  /** The sweep a cell belongs to (the workflow run), so two cells of it cannot share a checkpoint dir. */
  sweep: string;
  /** The local directory the payload comes from (workspace / current directory). */
  workspace: string;
  /** Repository and commit, for the default run id. */
  repository: string;
  commit: string;
}
