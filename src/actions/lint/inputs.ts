/** The lint action's inputs, read and validated into Settings. */
import { isAbsolute, join } from 'node:path';
import { readInput, readMultilineInput } from '../../adapters/actions-io.js';
import { ConfigurationError } from '../../core/errors.js';
import type { FailOn } from '../../core/lint/config/defaults.js';

export const INPUTS = {
  paths: 'paths',
  profiles: 'profiles',
  config: 'config',
  failOn: 'fail-on',
  sarifFile: 'sarif-file',
  fix: 'fix',
  workingDirectory: 'working-directory',
} as const;

export interface Settings {
  root: string;
  paths: string[];
  profiles: string[];
  config: string | undefined;
  /** Overrides `fail-on` from .tenant.yml when set. */
  failOn: FailOn | undefined;
  sarifFile: string;
  fix: boolean;
}

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'never'];

function list(name: string): string[] {
  return readMultilineInput(name)
    .flatMap((l) => l.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
}

function bool(name: string): boolean {
  const v = readInput(name).toLowerCase();
  if (v === '' || v === 'false') return false;
  if (v === 'true') return true;
  throw new ConfigurationError(`input '${name}' must be true or false, got '${v}'`, name);
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const wd = readInput(INPUTS.workingDirectory);
  const root = wd ? (isAbsolute(wd) ? wd : join(workspace, wd)) : workspace;
  const failOnRaw = readInput(INPUTS.failOn);
  let failOn: FailOn | undefined;
  if (failOnRaw) {
    // A plain check: zod here would load its 370 KB at every start for one enum.
    if (!(FAIL_ON as readonly string[]).includes(failOnRaw))
      throw new ConfigurationError(
        `input 'fail-on' must be one of error, warning, info, never; got '${failOnRaw}'`,
        INPUTS.failOn,
      );
    failOn = failOnRaw as FailOn;
  }
  const sarifInput = readInput(INPUTS.sarifFile);
  const sarifFile = sarifInput
    ? isAbsolute(sarifInput)
      ? sarifInput
      : join(workspace, sarifInput)
    : join(env.RUNNER_TEMP || root, 'tenant-lint.sarif');
  return {
    root,
    paths: list(INPUTS.paths),
    profiles: list(INPUTS.profiles),
    config: readInput(INPUTS.config) || undefined,
    failOn,
    sarifFile,
    fix: bool(INPUTS.fix),
  };
}
