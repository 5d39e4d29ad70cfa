/**
 * The pass over the files of a lint run, one file at a time: read it (into a reused buffer), run the byte
 * pre-filter, parse only what a triggered rule needs (Python with tree-sitter, shell with the tokenizer,
 * YAML/JSON configs) and run the rules.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { parseConfig as ParseConfig } from './config-values.js';
import type { LintConfig } from './config/defaults.js';
import { ReusedReader } from './file-bytes.js';
import { PyModule } from './python/module.js';
import { PathEvaluator } from './python/path-value.js';
import type { PythonParser } from './python/syntax.js';
import { RULES, UNKNOWN_RULE_ID } from './registry.js';
import type { Rule, RuleContext } from './rule.js';
import { parseShellScript } from './shell/script.js';
import { kindOf, makeSourceFile, type SourceFile } from './source-file.js';
import { suppressionComments, unknownIds } from './suppressions.js';
import type { FileKind, Finding, RawFinding, Severity } from './types.js';
import { BUILTIN_VOLATILE, VolatileMatcher, type VolatileRoot } from './volatile.js';

/** A file the lister found: repository-relative path and what git's index says about it. */
export interface FileEntry {
  path: string;
  executable?: boolean;
  /** The committed blob has CRLF line endings. */
  indexCrlf?: boolean;
}

/** What decides a run's rules and their settings. */
export interface RuleSettings {
  config: LintConfig;
  /** Volatile roots and durable prefixes from the selected profiles. */
  profileVolatile?: readonly VolatileRoot[];
  profileDurable?: readonly string[];
  /** Only these rules (tests); default all. */
  only?: readonly string[];
}

/** What the pass found out about one file. */
export interface FileOutcome {
  kind: FileKind;
  findings: Finding[];
  /** The pass read the file (it counts in LintStats.read). */
  read: boolean;
  parsed?: 'python' | 'shell' | 'config';
}

export const MAX_BYTES = 4 * 1024 * 1024;
export const NO_BYTES = Buffer.alloc(0);
const TEST_PATH = /(^|\/)(tests?|testing|__tests__)\/|(^|\/)(test_[^/]*|[^/]*_test|conftest)\.py$/;
const KINDS_READ: ReadonlySet<FileKind> = new Set(['shell', 'python', 'yaml', 'json', 'workflow', 'gitattributes']);

export function isTestPath(path: string): boolean {
  return TEST_PATH.test(path);
}

export interface ActiveRule {
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

/**
 * Rules share triggers (`load_checkpoint`, `save_state`), so each distinct trigger of a kind is searched for
 * at most once per file.
 */
interface TriggerTable {
  strings: Buffer[];
  /** Per rule of the kind, the indices of its triggers in `strings`. */
  byRule: number[][];
}

function triggerTable(rules: readonly ActiveRule[]): TriggerTable {
  const index = new Map<string, number>();
  const strings: Buffer[] = [];
  const byRule = rules.map((a) =>
    a.triggers.map((t) => {
      const key = t.toString('latin1');
      let i = index.get(key);
      if (i === undefined) {
        i = strings.length;
        index.set(key, i);
        strings.push(t);
      }
      return i;
    }),
  );
  return { strings, byRule };
}

export function severityOf(rule: Rule, raw: RawFinding, config: LintConfig): Severity | undefined {
  const level = config.rules[rule.id];
  if (level === 'off') return undefined;
  if (level) return level;
  return raw.severity ?? rule.severity;
}

/** The rules of a run, with their triggers as bytes and, per kind of file, those that read it. */
export class RunRules {
  readonly ctx: RuleContext;
  readonly active: ActiveRule[];
  readonly byKind = new Map<FileKind, ActiveRule[]>();
  readonly tables = new Map<FileKind, TriggerTable>();

  constructor(readonly settings: RuleSettings) {
    const { config } = settings;
    this.ctx = {
      volatile: new VolatileMatcher(
        [...(settings.profileVolatile ?? []), ...BUILTIN_VOLATILE],
        [...config.durable, ...(settings.profileDurable ?? [])],
      ),
    };
    const enabled = RULES.filter(
      (r) => config.rules[r.id] !== 'off' && (!settings.only || settings.only.includes(r.id)),
    );
    this.active = enabled.map((rule) => {
      const t = typeof rule.triggers === 'function' ? rule.triggers(this.ctx) : (rule.triggers ?? []);
      return { rule, triggers: t.map((s) => Buffer.from(s)) };
    });
    for (const kind of KINDS_READ) {
      const rules = this.active.filter((a) => needs(a.rule, kind));
      this.byKind.set(kind, rules);
      this.tables.set(kind, triggerTable(rules));
    }
  }

  /** Some rule parses Python files. */
  get wantsPython(): boolean {
    return (this.byKind.get('python') ?? []).some((a) => a.rule.python);
  }
}

export class FilePass {
  private readonly reader = new ReusedReader(MAX_BYTES);
  private readonly seen: Uint8Array;
  private parser: PythonParser | undefined;
  private configParser: typeof ParseConfig | undefined;

  /**
   * `python` gives the parser (awaited at the first Python file to parse, where a failure surfaces); `keep`
   * receives the files a rule read, so that later steps do not read them again.
   */
  constructor(
    private readonly root: string,
    private readonly rules: RunRules,
    private readonly python: () => Promise<PythonParser>,
    private readonly keep?: (src: SourceFile) => void,
  ) {
    this.seen = new Uint8Array(Math.max(0, ...[...rules.tables.values()].map((t) => t.strings.length)));
  }

  async file(entry: FileEntry): Promise<FileOutcome> {
    const out: FileOutcome = { kind: kindOf(entry.path, NO_BYTES), findings: [], read: false };
    const abs = join(this.root, entry.path);
    // The bytes are read at most once, into the reader's buffer, and copied only for a file a rule reads.
    let bytes: Buffer | undefined;
    if (out.kind === 'other') {
      // Files without a telling name are read only far enough to see a shebang.
      if (/\.[A-Za-z0-9]{1,8}$/.test(entry.path.slice(entry.path.lastIndexOf('/') + 1))) return out;
      bytes = this.read(abs, out);
      if (bytes) out.kind = kindOf(entry.path, bytes.subarray(0, 120));
    }
    const rules = this.rules.byKind.get(out.kind);
    if (!rules || rules.length === 0) return out;
    if (!out.read) bytes = this.read(abs, out);
    if (!bytes) return out;
    if (bytes.subarray(0, 8000).includes(0)) return out;
    const live = this.live(rules, out.kind, bytes, isTestPath(entry.path));
    const hasMark = bytes.includes('tenant:');
    if (live.length === 0 && !hasMark) return out;

    const src = makeSourceFile(entry.path, Buffer.from(bytes), {
      indexCrlf: entry.indexCrlf ?? false,
      executable: isExecutable(entry, abs),
    });
    this.keep?.(src);
    const findings = out.findings;
    const { config } = this.rules.settings;
    const { ctx } = this.rules;
    const emit = (rule: Rule, raws: RawFinding[]): void => {
      for (const raw of raws) {
        const severity = severityOf(rule, raw, config);
        if (!severity) continue;
        findings.push({
          rule: rule.id,
          severity,
          file: raw.file ?? src.path,
          line: raw.line,
          column: raw.column,
          message: raw.message,
        });
      }
    };
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
    if (live.length === 0) return out;
    const kind = out.kind;
    for (const a of live) if (a.rule.text?.kinds.includes(kind)) emit(a.rule, a.rule.text.check(src, ctx));

    if (kind === 'python') {
      const py = live.filter((a) => a.rule.python);
      if (py.length === 0) return out;
      this.parser ??= await this.python();
      const tree = this.parser.parse(src.text());
      out.parsed = 'python';
      try {
        const mod = new PyModule(tree, src.text());
        const input = { file: src, mod, paths: new PathEvaluator(mod) };
        for (const a of py) emit(a.rule, a.rule.python?.(input, ctx) ?? []);
      } finally {
        tree.delete();
      }
    } else if (kind === 'shell') {
      const sh = live.filter((a) => a.rule.shell);
      if (sh.length === 0) return out;
      const script = parseShellScript(src.text());
      out.parsed = 'shell';
      for (const a of sh) emit(a.rule, a.rule.shell?.({ file: src, script, embedded: false }, ctx) ?? []);
    } else if (kind === 'yaml' || kind === 'json' || kind === 'workflow') {
      this.configParser ??= (await import('./config-values.js')).parseConfig;
      const parsed = this.configParser(src.text());
      out.parsed = 'config';
      for (const a of live) if (a.rule.config) emit(a.rule, a.rule.config({ file: src, entries: parsed.entries }, ctx));
      if (kind === 'workflow') {
        for (const run of parsed.runs) {
          const script = parseShellScript(run.text, {
            line: run.line,
            indent: run.indent,
            ...(run.firstCol ? { firstCol: run.firstCol } : {}),
          });
          for (const a of live)
            if (a.rule.shell) emit(a.rule, a.rule.shell({ file: src, script, embedded: true }, ctx));
        }
      }
    }
    return out;
  }

  private read(abs: string, out: FileOutcome): Buffer | undefined {
    const got = this.reader.read(abs);
    if (got === undefined || got === 'too-big') return undefined;
    out.read = true;
    return got;
  }

  /** The rules whose triggers occur in the bytes (`seen`: 0 not searched yet, 1 found, 2 absent). */
  private live(rules: readonly ActiveRule[], kind: FileKind, bytes: Buffer, test: boolean): ActiveRule[] {
    const table = this.rules.tables.get(kind) as TriggerTable;
    const seen = this.seen;
    seen.fill(0, 0, table.strings.length);
    const live: ActiveRule[] = [];
    for (let r = 0; r < rules.length; r++) {
      const a = rules[r] as ActiveRule;
      if (test && a.rule.skipTests) continue;
      const ids = table.byRule[r] as number[];
      let hit = ids.length === 0;
      for (let k = 0; !hit && k < ids.length; k++) {
        const i = ids[k] as number;
        if (seen[i] === 0) seen[i] = bytes.includes(table.strings[i] as Buffer) ? 1 : 2;
        hit = seen[i] === 1;
      }
      if (hit) live.push(a);
    }
    return live;
  }
}

export function isExecutable(entry: FileEntry, abs: string): boolean {
  if (entry.executable !== undefined) return entry.executable;
  try {
    return (statSync(abs).mode & 0o111) !== 0;
  } catch {
    return false;
  }
}
