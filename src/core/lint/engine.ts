/**
 * The lint run: list the files (git's, or the paths given), drop ignored ones, read each candidate once,
 * run the byte pre-filter, parse only what an active rule needs (Python with tree-sitter, shell with the
 * tokenizer, YAML/JSON configs), run the rules, then apply configured severities and inline suppressions.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from './config-values.js';
import type { LintConfig } from './config/lint-config.js';
import { checksOutLf, parseGitattributes } from './gitattributes.js';
import { GlobSet } from './glob.js';
import { PyModule } from './python/module.js';
import { PathEvaluator } from './python/path-value.js';
import type { PythonParser } from './python/syntax.js';
import { RULES, UNKNOWN_RULE_ID } from './registry.js';
import { committedCrlfFinding, shellCrlf } from './rules/shell-crlf.js';
import type { RepoFile, Rule, RuleContext } from './rule.js';
import { parseShellScript } from './shell/script.js';
import { makeSourceFile, kindOf, type SourceFile } from './source-file.js';
import { lineSuppresses, suppressionComments, unknownIds } from './suppressions.js';
import { SEVERITIES, type FileKind, type Finding, type RawFinding, type Severity } from './types.js';
import { BUILTIN_VOLATILE, VolatileMatcher, type VolatileRoot } from './volatile.js';

/** A file the lister found: repository-relative path and what git's index says about it. */
export interface FileEntry {
  path: string;
  executable?: boolean;
  /** The committed blob has CRLF line endings. */
  indexCrlf?: boolean;
}

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

const MAX_BYTES = 4 * 1024 * 1024;
const TEST_PATH = /(^|\/)(tests?|testing|__tests__)\/|(^|\/)(test_[^/]*|[^/]*_test|conftest)\.py$/;

function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isTestPath(path: string): boolean {
  return TEST_PATH.test(path);
}

const KINDS_READ: ReadonlySet<FileKind> = new Set(['shell', 'python', 'yaml', 'json', 'workflow', 'gitattributes']);

interface ActiveRule {
  rule: Rule;
  triggers: Buffer[];
}

function needs(rule: Rule, kind: FileKind): boolean {
  switch (kind) {
    case 'python':
      return !!rule.python || !!rule.text?.kinds.includes(kind);
    case 'shell':
      return !!rule.shell || !!rule.text?.kinds.includes(kind);
    case 'workflow':
      return !!rule.shell || !!rule.config || !!rule.text?.kinds.includes(kind);
    case 'yaml':
    case 'json':
      return !!rule.config || !!rule.text?.kinds.includes(kind);
    default:
      return !!rule.text?.kinds.includes(kind);
  }
}

function triggered(active: ActiveRule, bytes: Buffer): boolean {
  if (active.triggers.length === 0) return true;
  for (const t of active.triggers) if (bytes.includes(t)) return true;
  return false;
}

export function severityOf(rule: Rule, raw: RawFinding, config: LintConfig): Severity | undefined {
  const level = config.rules[rule.id];
  if (level === 'off') return undefined;
  if (level) return level;
  return raw.severity ?? rule.severity;
}

export async function lint(options: LintOptions, deps: LintDeps): Promise<LintResult> {
  const started = Date.now();
  const { root, config } = options;
  const ctx: RuleContext = {
    volatile: new VolatileMatcher(
      [...(options.profileVolatile ?? []), ...BUILTIN_VOLATILE],
      [...config.durable, ...(options.profileDurable ?? [])],
    ),
  };
  const enabled = RULES.filter((r) => config.rules[r.id] !== 'off' && (!options.only || options.only.includes(r.id)));
  const active: ActiveRule[] = enabled.map((rule) => {
    const t = typeof rule.triggers === 'function' ? rule.triggers(ctx) : (rule.triggers ?? []);
    return { rule, triggers: t.map((s) => Buffer.from(s)) };
  });
  const byKind = new Map<FileKind, ActiveRule[]>();
  for (const kind of KINDS_READ)
    byKind.set(
      kind,
      active.filter((a) => needs(a.rule, kind)),
    );

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
      .filter((e) => kindOf(e.path, Buffer.alloc(0)) === 'shell' || !/\.[A-Za-z0-9]{1,8}$/.test(e.path))
      .map((e) => e.path)
      .filter((p) => !checksOutLf(p, attrs));
    if (ask.length > 0) indexCrlf = deps.indexCrlf(root, ask).catch(() => new Set<string>());
  }
  const stats: LintStats = { files: entries.length, read: 0, parsed: { python: 0, shell: 0, config: 0 }, ms: 0 };
  const sources = new Map<string, SourceFile>();
  const repoFiles: RepoFile[] = [];
  const findings: Finding[] = [];
  let parser: PythonParser | undefined;

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

  const readSource = (entry: FileEntry): SourceFile | undefined => {
    const hit = sources.get(entry.path);
    if (hit) return hit;
    let bytes: Buffer;
    try {
      const abs = join(root, entry.path);
      bytes = readFileSync(abs);
      if (bytes.length > MAX_BYTES) return undefined;
      const exec = entry.executable ?? (statSync(abs).mode & 0o111) !== 0;
      const src = makeSourceFile(entry.path, bytes, { indexCrlf: entry.indexCrlf ?? false, executable: exec });
      stats.read++;
      sources.set(entry.path, src);
      return src;
    } catch {
      return undefined;
    }
  };

  for (const entry of entries) {
    const headKind = kindOf(entry.path, Buffer.alloc(0));
    // Files without a telling name are read only far enough to see a shebang.
    let kind = headKind;
    if (kind === 'other') {
      if (/\.[A-Za-z0-9]{1,8}$/.test(entry.path.slice(entry.path.lastIndexOf('/') + 1))) {
        repoFiles.push({ path: entry.path, kind, executable: entry.executable ?? false });
        continue;
      }
      const src = readSource(entry);
      kind = src?.kind ?? 'other';
    }
    repoFiles.push({ path: entry.path, kind, executable: entry.executable ?? false });
    const rules = byKind.get(kind);
    if (!rules || rules.length === 0) continue;
    const src = readSource(entry);
    if (!src) continue;
    if (src.bytes.subarray(0, 8000).includes(0)) continue;
    const test = isTestPath(entry.path);
    const live = rules.filter((a) => !(test && a.rule.skipTests) && triggered(a, src.bytes));
    const hasMark = src.bytes.includes('tenant:');
    if (hasMark) {
      for (const c of suppressionComments(src.text())) {
        for (const id of unknownIds(c)) {
          findings.push({
            rule: UNKNOWN_RULE_ID,
            severity: 'error',
            file: src.path,
            line: c.line,
            column: c.column,
            message: `'${id}' in this suppression comment is not a tenant lint rule, so it suppresses nothing; run tenant lint --help for the list, or remove it.`,
          });
        }
      }
    }
    if (live.length === 0) continue;
    for (const a of live) if (a.rule.text?.kinds.includes(kind)) emit(a.rule, src.path, a.rule.text.check(src, ctx));

    if (kind === 'python') {
      const py = live.filter((a) => a.rule.python);
      if (py.length === 0) continue;
      parser ??= await deps.python();
      const tree = parser.parse(src.text());
      stats.parsed.python++;
      try {
        const mod = new PyModule(tree, src.text());
        const input = { file: src, mod, paths: new PathEvaluator(mod) };
        for (const a of py) emit(a.rule, src.path, a.rule.python?.(input, ctx) ?? []);
      } finally {
        tree.delete();
      }
    } else if (kind === 'shell') {
      const sh = live.filter((a) => a.rule.shell);
      if (sh.length === 0) continue;
      const script = parseShellScript(src.text());
      stats.parsed.shell++;
      for (const a of sh) emit(a.rule, src.path, a.rule.shell?.({ file: src, script, embedded: false }, ctx) ?? []);
    } else if (kind === 'yaml' || kind === 'json' || kind === 'workflow') {
      const parsed = parseConfig(src.text());
      stats.parsed.config++;
      for (const a of live)
        if (a.rule.config) emit(a.rule, src.path, a.rule.config({ file: src, entries: parsed.entries }, ctx));
      if (kind === 'workflow') {
        for (const run of parsed.runs) {
          const script = parseShellScript(run.text, {
            line: run.line,
            indent: run.indent,
            ...(run.firstCol ? { firstCol: run.firstCol } : {}),
          });
          for (const a of live)
            if (a.rule.shell) emit(a.rule, src.path, a.rule.shell({ file: src, script, embedded: true }, ctx));
        }
      }
    }
  }

  if (indexCrlf && crlfRule) {
    const committed = await indexCrlf;
    for (const path of committed) {
      const src = sources.get(path);
      if (!src || src.kind !== 'shell' || src.bytes.includes('\r\n') || src.indexCrlf) continue;
      emit(crlfRule.rule, path, [committedCrlfFinding()]);
    }
  }

  const byPath = new Map(entries.map((e) => [e.path, e]));
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
