/**
 * One lint run as both faces use it: load `.tenant.yml` (or the file given), merge the profiles from the
 * config and the command line, lint, and with `fix` apply the mechanical fixes and lint again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { CONFIG_FILE, DEFAULT_CONFIG, type LintConfig } from './config/defaults.js';
import { lint, type LintDeps, type LintResult } from './engine.js';
import { applyFixes } from './fix.js';

export interface LintRunOptions {
  root: string;
  paths?: readonly string[];
  /** A config file named by the user (must exist); default: `<root>/.tenant.yml` when present. */
  configFile?: string;
  /** Profiles added to the config's. */
  profiles?: readonly string[];
  fix?: boolean;
}

export interface LintRun extends LintResult {
  config: LintConfig;
  profiles: string[];
  /** Files `--fix` rewrote. */
  fixed: string[];
  /** The config file read, if any (relative to root when inside it). */
  configPath: string | undefined;
}

/** The `.tenant.yml` parser (YAML and zod), imported only when there is a file to parse. */
async function parseLintConfig(text: string, file: string): Promise<LintConfig> {
  return (await import('./config/lint-config.js')).parseLintConfig(text, file);
}

export async function loadLintConfig(
  root: string,
  configFile?: string,
): Promise<{ config: LintConfig; path: string | undefined }> {
  if (configFile) {
    const abs = isAbsolute(configFile) ? configFile : join(root, configFile);
    if (!existsSync(abs))
      throw new ConfigurationError(
        `config file ${configFile} does not exist; give the path of a .tenant.yml or leave it out`,
        'config',
      );
    const shown = relative(root, abs).startsWith('..') ? abs : relative(root, abs);
    return { config: await parseLintConfig(readFileSync(abs, 'utf8'), shown), path: shown };
  }
  const def = join(root, CONFIG_FILE);
  if (!existsSync(def)) return { config: { ...DEFAULT_CONFIG }, path: undefined };
  return { config: await parseLintConfig(readFileSync(def, 'utf8'), CONFIG_FILE), path: CONFIG_FILE };
}

export async function runLint(options: LintRunOptions, deps: LintDeps): Promise<LintRun> {
  const { config, path } = await loadLintConfig(options.root, options.configFile);
  const profiles = [...new Set([...config.profiles, ...(options.profiles ?? [])])];
  const fromProfiles =
    profiles.length > 0
      ? await (await import('./profile-roots.js')).pathsForProfiles(profiles)
      : { volatile: [], durable: [] };
  const lintOnce = (): Promise<LintResult> =>
    lint(
      {
        root: options.root,
        paths: options.paths ?? [],
        config,
        profileVolatile: fromProfiles.volatile,
        profileDurable: fromProfiles.durable,
      },
      deps,
    );
  let result = await lintOnce();
  let fixed: string[] = [];
  if (options.fix) {
    fixed = applyFixes(options.root, result.findings, result.shellFiles).changed;
    if (fixed.length > 0) result = await lintOnce();
  }
  return { ...result, config, profiles, fixed, configPath: path };
}
