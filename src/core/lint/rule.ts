/**
 * The rule interface. A rule declares what it reads (a file's text, a Python module, a shell script, config
 * key/values, or the repository as a whole) and the byte strings that must occur in a file before the
 * engine parses it for this rule (the cheap pre-filter); `check` returns raw findings.
 */
import type { ConfigEntry } from './config-values.js';
import type { PyModule } from './python/module.js';
import type { PathEvaluator } from './python/path-value.js';
import type { ShellScript } from './shell/script.js';
import type { SourceFile } from './source-file.js';
import type { FileKind, RawFinding, RuleMeta } from './types.js';
import type { VolatileMatcher } from './volatile.js';

export interface RuleContext {
  volatile: VolatileMatcher;
}

export interface PythonInput {
  file: SourceFile;
  mod: PyModule;
  paths: PathEvaluator;
}

export interface ShellInput {
  file: SourceFile;
  script: ShellScript;
  /** The script is a `run:` block inside a workflow or action file. */
  embedded: boolean;
}

export interface ConfigInput {
  file: SourceFile;
  entries: ConfigEntry[];
}

export interface RepoFile {
  path: string;
  kind: FileKind;
  executable: boolean;
}

export interface RepoInput {
  files: RepoFile[];
  /** Reads a file of the run (undefined when absent or unreadable). */
  read(path: string): SourceFile | undefined;
}

/**
 * A rule: metadata plus one check per kind of input it reads. A rule may read several (the volatile-path
 * rule reads Python, YAML/JSON configs and shell); the engine calls each check on the matching files.
 */
export interface Rule extends RuleMeta {
  /** At least one of these must occur in a file's bytes before any check of this rule runs on that file. */
  triggers?: readonly string[] | ((ctx: RuleContext) => readonly string[]);
  /** Test files are deliberate scratch: the rule skips them. */
  skipTests?: boolean;
  text?: { kinds: readonly FileKind[]; check(file: SourceFile, ctx: RuleContext): RawFinding[] };
  python?: (input: PythonInput, ctx: RuleContext) => RawFinding[];
  shell?: (input: ShellInput, ctx: RuleContext) => RawFinding[];
  config?: (input: ConfigInput, ctx: RuleContext) => RawFinding[];
  /** Runs once per lint run, on the whole file list. */
  repo?: (input: RepoInput, ctx: RuleContext) => RawFinding[];
}

/** A finding at a 1-based line and column. */
export function at(line: number, column: number, message: string, extra: Partial<RawFinding> = {}): RawFinding {
  return { line, column, message, ...extra };
}
