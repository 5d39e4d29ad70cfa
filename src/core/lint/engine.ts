/**
 * The lint run: list the files (git's, or the paths given), drop ignored ones, make the pass over them
 * (file-pass.ts: read, pre-filter, parse what a triggered rule needs, run the rules), then the
 * repository-wide rules, configured severities and inline suppressions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LintConfig } from './config/defaults.js';
import {
  FilePass,
  isExecutable,
  isTestPath,
  MAX_BYTES,
  NO_BYTES,
  RunRules,
  severityOf,
  type FileEntry,
  type FileOutcome,
} from './file-pass.js';
import { checksOutLf, parseGitattributes } from './gitattributes.js';
import { GlobSet } from './glob.js';
import type { PythonParser } from './python/syntax.js';
import { UNKNOWN_RULE_ID } from './registry.js';
import { committedCrlfFinding, shellCrlf } from './rules/shell-crlf.js';
import type { RepoFile, Rule } from './rule.js';
import { makeSourceFile, kindOf, type SourceFile } from './source-file.js';
import { lineSuppresses } from './suppressions.js';
import { SEVERITIES, type Finding, type RawFinding, type Severity } from './types.js';
import type { VolatileRoot } from './volatile.js';

export { isTestPath, severityOf, type FileEntry } from './file-pass.js';

export interface LintDeps {
  /** Lists candidate files under `root` (all tracked ones, or those under `paths`). */
  listFiles(root: string, paths: readonly string[]): Promise<FileEntry[]>;
  /** The Python parser, created on first use. */
  python(): Promise<PythonParser>;
  /**
   * Paths (among `paths`) whose committed blob has CRLF endings. Started early and awaited last, so git reads
   * the blobs on the other core while the rules run.
   */
  indexCrlf?(root: string, paths: readonly string[]): Promise<ReadonlySet<string>>;
}

export interface LintOptions {
  root: string;
  paths?: readonly string[];
  config: LintConfig;
  /** Volatile roots and durable prefixes from the selected profiles. */
  profileVolatile?: readonly VolatileRoot[];
  profileDurable?: readonly string[];
  /** Only these rules (tests); default all. */
  only?: readonly string[];
}

export interface LintStats {
  files: number;
  read: number;
  parsed: { python: number; shell: number; config: number };
  ms: number;
}

export interface LintResult {
  findings: Finding[];
  stats: LintStats;
  /** Every shell script of the run (the .gitattributes fix covers them). */
  shellFiles: string[];
}

function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

export async function lint(options: LintOptions, deps: LintDeps): Promise<LintResult> {
  const started = Date.now();
  const { root, config } = options;
  const settings = {
    config,
    ...(options.profileVolatile ? { profileVolatile: options.profileVolatile } : {}),
    ...(options.profileDurable ? { profileDurable: options.profileDurable } : {}),
    ...(options.only ? { only: options.only } : {}),
  };
  const rules = new RunRules(settings);
  const { ctx, active } = rules;

  const ignore = new GlobSet(config.ignore, { directories: true });
  const entries = (await deps.listFiles(root, options.paths ?? [])).filter((e) => !ignore.matches(e.path));
  // A committed blob can differ from the working tree only through eol conversion. Scripts that a
  // .gitattributes rule checks out as LF are converted on every checkout, so only the others are asked about.
  const crlfRule = active.find((a) => a.rule.id === shellCrlf.id);
  let indexCrlf: Promise<ReadonlySet<string>> | undefined;
  if (crlfRule && deps.indexCrlf) {
    const attrs = entries
      .filter((e) => e.path === '.gitattributes' || e.path.endsWith('/.gitattributes'))
      .flatMap((e) => {
        try {
          return parseGitattributes(e.path, readFileSync(join(root, e.path), 'utf8'));
        } catch {
          return [];
        }
      });
    const ask = entries
      .filter((e) => kindOf(e.path, NO_BYTES) === 'shell' || !/\.[A-Za-z0-9]{1,8}$/.test(e.path))
      .map((e) => e.path)
      .filter((p) => !checksOutLf(p, attrs));
    if (ask.length > 0) indexCrlf = deps.indexCrlf(root, ask).catch(() => new Set<string>());
  }
  const stats: LintStats = { files: entries.length, read: 0, parsed: { python: 0, shell: 0, config: 0 }, ms: 0 };
  const sources = new Map<string, SourceFile>();
  const findings: Finding[] = [];

  const emit = (rule: Rule, file: string, raws: RawFinding[]): void => {
    for (const raw of raws) {
      const severity = severityOf(rule, raw, config);
      if (!severity) continue;
      findings.push({
        rule: rule.id,
        severity,
        file: raw.file ?? file,
        line: raw.line,
        column: raw.column,
        message: raw.message,
      });
    }
  };

  // Started now, so that compiling the parser's wasm overlaps reading the files; awaited at the first parse
  // (where a failure surfaces, as before).
  const early =
    rules.wantsPython && entries.some((e) => kindOf(e.path, NO_BYTES) === 'python') ? deps.python() : undefined;
  early?.catch(() => undefined);
  const pass = new FilePass(
    root,
    rules,
    () => early ?? deps.python(),
    (src) => sources.set(src.path, src),
  );

  const outcomes: FileOutcome[] = [];
  for (const entry of entries) outcomes.push(await pass.file(entry));

  /** Files read by the pass, so that a second read for a rule is not counted again. */
  const counted = new Set<string>();
  const repoFiles: RepoFile[] = [];
  entries.forEach((entry, i) => {
    const o = outcomes[i] as FileOutcome;
    repoFiles.push({ path: entry.path, kind: o.kind, executable: entry.executable ?? false });
    if (o.read) {
      stats.read++;
      counted.add(entry.path);
    }
    if (o.parsed) stats.parsed[o.parsed]++;
    for (const f of o.findings) findings.push(f);
  });

  /** A file of the run as a SourceFile, read (once) if the pass did not keep it. */
  const readSource = (entry: FileEntry): SourceFile | undefined => {
    const hit = sources.get(entry.path);
    if (hit) return hit;
    const abs = join(root, entry.path);
    try {
      const bytes = readFileSync(abs);
      if (bytes.length > MAX_BYTES) return undefined;
      if (!counted.has(entry.path)) stats.read++;
      const src = makeSourceFile(entry.path, bytes, {
        indexCrlf: entry.indexCrlf ?? false,
        executable: isExecutable(entry, abs),
      });
      sources.set(entry.path, src);
      return src;
    } catch {
      return undefined;
    }
  };

  const byPath = new Map(entries.map((e) => [e.path, e]));
  if (indexCrlf && crlfRule) {
    const committed = await indexCrlf;
    for (const path of committed) {
      const entry = byPath.get(path);
      const src = entry ? readSource(entry) : undefined;
      if (!src || src.kind !== 'shell' || src.bytes.includes('\r\n') || src.indexCrlf) continue;
      emit(crlfRule.rule, path, [committedCrlfFinding()]);
    }
  }

  for (const a of active) {
    if (!a.rule.repo) continue;
    const files = a.rule.skipTests ? repoFiles.filter((f) => !isTestPath(f.path)) : repoFiles;
    const read = (path: string): SourceFile | undefined => {
      const e = byPath.get(path);
      return e ? readSource(e) : undefined;
    };
    emit(a.rule, '.', a.rule.repo({ files, read }, ctx));
  }

  const kept = findings.filter((f) => {
    if (f.rule === UNKNOWN_RULE_ID) return true;
    const src = sources.get(f.file) ?? (byPath.has(f.file) ? readSource(byPath.get(f.file) as FileEntry) : undefined);
    return !lineSuppresses(src?.lines()[f.line - 1], f.rule);
  });
  kept.sort((a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.rule, b.rule));
  stats.ms = Date.now() - started;
  return { findings: kept, stats, shellFiles: repoFiles.filter((f) => f.kind === 'shell').map((f) => f.path) };
}

/** Does any finding reach the failing severity? */
export function failsAt(findings: readonly Finding[], failOn: LintConfig['failOn']): boolean {
  if (failOn === 'never') return false;
  const floor = SEVERITIES.indexOf(failOn);
  return findings.some((f) => SEVERITIES.indexOf(f.severity) <= floor);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}
