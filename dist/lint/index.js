import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9626:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _src_actions_lint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3171);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_src_actions_lint_index_js__WEBPACK_IMPORTED_MODULE_0__]);
_src_actions_lint_index_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// Bundle entry for dist/lint, compiled from this folder (see tsconfig.json here and NCC_ENTRY in ../build.mjs).


__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 3171:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _dirname_shim_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2799);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8997);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7345);



await (0,_runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .Cs)({ name: 'lint', main: _main_js__WEBPACK_IMPORTED_MODULE_2__/* .main */ .i });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7345:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: OUTPUTS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ../../src/adapters/git-files.ts
/**
 * Lists the files to lint: what git tracks plus untracked files it does not ignore (`git ls-files`), with
 * each tracked file's mode and the line endings of its committed blob. Outside a git work tree, a plain
 * directory walk that skips .git, node_modules and virtualenvs.
 */




const run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
const SKIP_DIRS = new Set([
    '.git',
    'node_modules',
    '__pycache__',
    '.venv',
    'venv',
    '.tox',
    '.mypy_cache',
    '.pytest_cache',
]);
/** Paths given on the command line, made relative to root (forward slashes); `.` and '' mean everything. */
function relativePaths(root, paths) {
    return paths
        .map((p) => ((0,external_node_path_.isAbsolute)(p) ? (0,external_node_path_.relative)(root, p) : p))
        .map((p) => p
        .split(external_node_path_.sep)
        .join('/')
        .replace(/^\.\/+/, '')
        .replace(/\/+$/, ''))
        .filter((p) => p !== '' && p !== '.');
}
/** A record of `git ls-files -s`: `<mode> <object name> <stage>\t<path>`. */
const STAGED = /^([0-7]{6}) [0-9a-f]{40,64} [0-3]\t/;
async function gitFiles(root, specs) {
    const opts = { cwd: root, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' };
    try {
        // One git process lists both: tracked files as staged records (with their mode), and untracked files that
        // are not ignored as bare paths (a second process costs a fork of this one, the larger part of a listing).
        const { stdout } = await run('git', ['-c', 'core.quotepath=off', 'ls-files', '-z', '-s', '--others', '--exclude-standard', '--', ...specs], opts);
        const out = new Map();
        const untracked = [];
        for (const rec of stdout.split('\0')) {
            if (!rec)
                continue;
            const staged = STAGED.exec(rec);
            if (!staged) {
                untracked.push(rec);
                continue;
            }
            const mode = staged[1];
            const path = rec.slice(staged[0].length);
            if (mode === '160000' || mode === '120000')
                continue; // submodules and symlinks
            out.set(path, { path, executable: mode === '100755' });
        }
        for (const path of untracked)
            if (!out.has(path))
                out.set(path, { path });
        return [...out.values()];
    }
    catch {
        return undefined;
    }
}
function walk(root, dir, out) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, dir));
    }
    catch {
        return;
    }
    for (const name of names.sort()) {
        const rel = dir ? `${dir}/${name}` : name;
        let st;
        try {
            st = (0,external_node_fs_.statSync)((0,external_node_path_.join)(root, rel));
        }
        catch {
            continue;
        }
        if (st.isDirectory()) {
            if (!SKIP_DIRS.has(name))
                walk(root, rel, out);
        }
        else if (st.isFile()) {
            out.push({ path: rel, executable: (st.mode & 0o111) !== 0 });
        }
    }
}
async function listFiles(root, paths) {
    const specs = relativePaths(root, paths);
    const fromGit = await gitFiles(root, specs);
    if (fromGit)
        return fromGit.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const out = [];
    if (specs.length === 0)
        walk(root, '', out);
    for (const spec of specs) {
        const abs = (0,external_node_path_.join)(root, spec);
        if (!(0,external_node_fs_.existsSync)(abs))
            continue;
        if ((0,external_node_fs_.statSync)(abs).isDirectory())
            walk(root, spec, out);
        else
            out.push({ path: spec, executable: ((0,external_node_fs_.statSync)(abs).mode & 0o111) !== 0 });
    }
    return out;
}
/**
 * Of `paths`, those whose committed blob has CRLF (or mixed) line endings: `git ls-files --eol` reads each
 * blob, so it is asked only about shell scripts, and the engine overlaps it with the rules.
 */
async function indexCrlf(root, paths) {
    const out = new Set();
    const chunk = 2000;
    for (let i = 0; i < paths.length; i += chunk) {
        const { stdout } = await run('git', [
            '-c',
            'core.quotepath=off',
            'ls-files',
            '-z',
            '--eol',
            '--',
            ...paths.slice(i, i + chunk).map((p) => `:(literal)${p}`),
        ], {
            cwd: root,
            maxBuffer: 256 * 1024 * 1024,
            encoding: 'utf8',
        });
        for (const rec of stdout.split('\0')) {
            // "i/crlf  w/lf    attr/text eol=lf      \t<path>" (the attr field may hold spaces)
            const tab = rec.indexOf('\t');
            if (tab === -1)
                continue;
            const eol = rec.slice(0, tab).split(/\s+/)[0] ?? '';
            if (eol === 'i/crlf' || eol === 'i/mixed')
                out.add(rec.slice(tab + 1));
        }
    }
    return out;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: ../../src/core/package-root.ts
var package_root = __nccwpck_require__(2182);
;// CONCATENATED MODULE: ../../src/adapters/tree-sitter-python.ts
/**
 * The Python parser: web-tree-sitter with the tree-sitter-python grammar. This is the only file that imports
 * web-tree-sitter. Both wasm files are read from disk as bytes: next to the ncc bundle when bundled
 * (scripts/build.mjs copies them there), else from node_modules — never through `new URL(…, import.meta.url)`,
 * which ncc mangles for binary assets (shared/reference/deps.md, Q5).
 */




const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
function wasmFile(name, pkg) {
    const candidates = [(0,external_node_path_.join)(here, name), (0,package_root/* packagePath */.C)('node_modules', pkg, name)];
    const found = candidates.find((p) => (0,external_node_fs_.existsSync)(p));
    if (!found)
        throw new Error(`tenant lint: ${name} not found (looked in ${candidates.join(', ')}); reinstall or rebuild`);
    return found;
}
let shared;
/** One parser per process, created on first use (about 20 ms: wasm runtime and grammar). */
function pythonParser() {
    shared ??= create();
    return shared;
}
async function create() {
    // Imported here, so that a run with no Python file to parse never loads it.
    const { Language, Parser } = await __nccwpck_require__.e(/* import() */ 907).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8907, 23));
    const runtime = wasmFile('web-tree-sitter.wasm', 'web-tree-sitter');
    await Parser.init({ wasmBinary: (0,external_node_fs_.readFileSync)(runtime) });
    const language = await Language.load((0,external_node_fs_.readFileSync)(wasmFile('tree-sitter-python.wasm', 'tree-sitter-python')));
    const parser = new Parser();
    parser.setLanguage(language);
    return {
        parse(text) {
            const tree = parser.parse(text);
            if (!tree)
                throw new Error('tenant lint: the Python parser returned no tree');
            return tree;
        },
    };
}

;// CONCATENATED MODULE: ../../src/core/lint/file-bytes.ts
/**
 * Reads files for the pre-filter into one reused buffer: most files of a run are read only to learn that no
 * rule's trigger occurs in them, so their bytes never need a Buffer of their own (the engine copies out the
 * few it keeps). Files over `limit` bytes are not read to the end.
 */

class ReusedReader {
    limit;
    buf = Buffer.allocUnsafeSlow(64 * 1024);
    constructor(limit) {
        this.limit = limit;
    }
    /**
     * The file's bytes, valid until the next call; 'too-big' past the limit; undefined when it cannot be read.
     */
    read(path) {
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(path, 'r');
        }
        catch {
            return undefined;
        }
        try {
            let n = 0;
            for (;;) {
                if (n === this.buf.length) {
                    if (n > this.limit)
                        return 'too-big';
                    const bigger = Buffer.allocUnsafeSlow(Math.min(this.buf.length * 4, this.limit + 1));
                    this.buf.copy(bigger, 0, 0, n);
                    this.buf = bigger;
                }
                const got = (0,external_node_fs_.readSync)(fd, this.buf, n, this.buf.length - n, null);
                if (got === 0)
                    break;
                n += got;
            }
            return n > this.limit ? 'too-big' : this.buf.subarray(0, n);
        }
        catch {
            return undefined;
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
}

// EXTERNAL MODULE: ../../src/core/lint/python/module.ts
var python_module = __nccwpck_require__(2000);
// EXTERNAL MODULE: ../../src/core/lint/python/path-value.ts
var path_value = __nccwpck_require__(2563);
// EXTERNAL MODULE: ../../src/core/lint/registry.ts + 22 modules
var registry = __nccwpck_require__(9757);
// EXTERNAL MODULE: ../../src/core/lint/shell/script.ts + 1 modules
var shell_script = __nccwpck_require__(6521);
// EXTERNAL MODULE: ../../src/core/lint/source-file.ts
var source_file = __nccwpck_require__(7265);
;// CONCATENATED MODULE: ../../src/core/lint/suppressions.ts
/**
 * Inline suppressions: `# tenant: ignore[rule-id]` (several ids separated by commas) on the line of the
 * finding. An id that names no rule is itself reported, so a typo cannot silently disable nothing.
 */

const MARK = /#\s*tenant:\s*ignore\[([^\]]*)\]/g;
/** Every suppression comment in a text. */
function suppressionComments(text) {
    const out = [];
    if (!text.includes('tenant:'))
        return out;
    text.split('\n').forEach((line, i) => {
        for (const m of line.matchAll(MARK)) {
            const ids = (m[1] ?? '')
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean);
            out.push({ line: i + 1, column: (m.index ?? 0) + 1, ids });
        }
    });
    return out;
}
/** Does this line carry a suppression for the rule? */
function lineSuppresses(line, rule) {
    if (!line || !line.includes('tenant:'))
        return false;
    for (const m of line.matchAll(MARK)) {
        if ((m[1] ?? '').split(',').some((s) => s.trim() === rule))
            return true;
    }
    return false;
}
function unknownIds(c) {
    return c.ids.filter((id) => !(0,registry/* isKnownRule */.sM)(id));
}

// EXTERNAL MODULE: ../../src/core/lint/volatile.ts
var lint_volatile = __nccwpck_require__(3047);
;// CONCATENATED MODULE: ../../src/core/lint/file-pass.ts
/**
 * The pass over the files of a lint run, one file at a time: read it (into a reused buffer), run the byte
 * pre-filter, parse only what a triggered rule needs (Python with tree-sitter, shell with the tokenizer,
 * YAML/JSON configs) and run the rules.
 */










const MAX_BYTES = 4 * 1024 * 1024;
const NO_BYTES = Buffer.alloc(0);
const TEST_PATH = /(^|\/)(tests?|testing|__tests__)\/|(^|\/)(test_[^/]*|[^/]*_test|conftest)\.py$/;
const KINDS_READ = new Set(['shell', 'python', 'yaml', 'json', 'workflow', 'gitattributes']);
function isTestPath(path) {
    return TEST_PATH.test(path);
}
function needs(rule, kind) {
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
function triggerTable(rules) {
    const index = new Map();
    const strings = [];
    const byRule = rules.map((a) => a.triggers.map((t) => {
        const key = t.toString('latin1');
        let i = index.get(key);
        if (i === undefined) {
            i = strings.length;
            index.set(key, i);
            strings.push(t);
        }
        return i;
    }));
    return { strings, byRule };
}
function severityOf(rule, raw, config) {
    const level = config.rules[rule.id];
    if (level === 'off')
        return undefined;
    if (level)
        return level;
    return raw.severity ?? rule.severity;
}
/** The rules of a run, with their triggers as bytes and, per kind of file, those that read it. */
class RunRules {
    settings;
    ctx;
    active;
    byKind = new Map();
    tables = new Map();
    constructor(settings) {
        this.settings = settings;
        const { config } = settings;
        this.ctx = {
            volatile: new lint_volatile/* VolatileMatcher */.VA([...(settings.profileVolatile ?? []), ...lint_volatile/* BUILTIN_VOLATILE */.r1], [...config.durable, ...(settings.profileDurable ?? [])]),
        };
        const enabled = registry/* RULES */.y0.filter((r) => config.rules[r.id] !== 'off' && (!settings.only || settings.only.includes(r.id)));
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
    get wantsPython() {
        return (this.byKind.get('python') ?? []).some((a) => a.rule.python);
    }
}
class FilePass {
    root;
    rules;
    python;
    keep;
    reader = new ReusedReader(MAX_BYTES);
    seen;
    parser;
    configParser;
    /**
     * `python` gives the parser (awaited at the first Python file to parse, where a failure surfaces); `keep`
     * receives the files a rule read, so that later steps do not read them again.
     */
    constructor(root, rules, python, keep) {
        this.root = root;
        this.rules = rules;
        this.python = python;
        this.keep = keep;
        this.seen = new Uint8Array(Math.max(0, ...[...rules.tables.values()].map((t) => t.strings.length)));
    }
    async file(entry) {
        const out = { kind: (0,source_file/* kindOf */.I)(entry.path, NO_BYTES), findings: [], read: false };
        const abs = (0,external_node_path_.join)(this.root, entry.path);
        // The bytes are read at most once, into the reader's buffer, and copied only for a file a rule reads.
        let bytes;
        if (out.kind === 'other') {
            // Files without a telling name are read only far enough to see a shebang.
            if (/\.[A-Za-z0-9]{1,8}$/.test(entry.path.slice(entry.path.lastIndexOf('/') + 1)))
                return out;
            bytes = this.read(abs, out);
            if (bytes)
                out.kind = (0,source_file/* kindOf */.I)(entry.path, bytes.subarray(0, 120));
        }
        const rules = this.rules.byKind.get(out.kind);
        if (!rules || rules.length === 0)
            return out;
        if (!out.read)
            bytes = this.read(abs, out);
        if (!bytes)
            return out;
        if (bytes.subarray(0, 8000).includes(0))
            return out;
        const live = this.live(rules, out.kind, bytes, isTestPath(entry.path));
        const hasMark = bytes.includes('tenant:');
        if (live.length === 0 && !hasMark)
            return out;
        const src = (0,source_file/* makeSourceFile */.AN)(entry.path, Buffer.from(bytes), {
            indexCrlf: entry.indexCrlf ?? false,
            executable: isExecutable(entry, abs),
        });
        this.keep?.(src);
        const findings = out.findings;
        const { config } = this.rules.settings;
        const { ctx } = this.rules;
        const emit = (rule, raws) => {
            for (const raw of raws) {
                const severity = severityOf(rule, raw, config);
                if (!severity)
                    continue;
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
                        rule: registry/* UNKNOWN_RULE_ID */.GQ,
                        severity: 'error',
                        file: src.path,
                        line: c.line,
                        column: c.column,
                        message: `'${id}' in this suppression comment is not a tenant lint rule, so it suppresses nothing; run tenant lint --help for the list, or remove it.`,
                    });
                }
            }
        }
        if (live.length === 0)
            return out;
        const kind = out.kind;
        for (const a of live)
            if (a.rule.text?.kinds.includes(kind))
                emit(a.rule, a.rule.text.check(src, ctx));
        if (kind === 'python') {
            const py = live.filter((a) => a.rule.python);
            if (py.length === 0)
                return out;
            this.parser ??= await this.python();
            const tree = this.parser.parse(src.text());
            out.parsed = 'python';
            try {
                const mod = new python_module/* PyModule */.Gp(tree, src.text());
                const input = { file: src, mod, paths: new path_value/* PathEvaluator */.LK(mod) };
                for (const a of py)
                    emit(a.rule, a.rule.python?.(input, ctx) ?? []);
            }
            finally {
                tree.delete();
            }
        }
        else if (kind === 'shell') {
            const sh = live.filter((a) => a.rule.shell);
            if (sh.length === 0)
                return out;
            const script = (0,shell_script/* parseShellScript */.N)(src.text());
            out.parsed = 'shell';
            for (const a of sh)
                emit(a.rule, a.rule.shell?.({ file: src, script, embedded: false }, ctx) ?? []);
        }
        else if (kind === 'yaml' || kind === 'json' || kind === 'workflow') {
            this.configParser ??= (await Promise.all(/* import() */[__nccwpck_require__.e(483), __nccwpck_require__.e(328)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9328))).parseConfig;
            const parsed = this.configParser(src.text());
            out.parsed = 'config';
            for (const a of live)
                if (a.rule.config)
                    emit(a.rule, a.rule.config({ file: src, entries: parsed.entries }, ctx));
            if (kind === 'workflow') {
                for (const run of parsed.runs) {
                    const script = (0,shell_script/* parseShellScript */.N)(run.text, {
                        line: run.line,
                        indent: run.indent,
                        ...(run.firstCol ? { firstCol: run.firstCol } : {}),
                    });
                    for (const a of live)
                        if (a.rule.shell)
                            emit(a.rule, a.rule.shell({ file: src, script, embedded: true }, ctx));
                }
            }
        }
        return out;
    }
    read(abs, out) {
        const got = this.reader.read(abs);
        if (got === undefined || got === 'too-big')
            return undefined;
        out.read = true;
        return got;
    }
    /** The rules whose triggers occur in the bytes (`seen`: 0 not searched yet, 1 found, 2 absent). */
    live(rules, kind, bytes, test) {
        const table = this.rules.tables.get(kind);
        const seen = this.seen;
        seen.fill(0, 0, table.strings.length);
        const live = [];
        for (let r = 0; r < rules.length; r++) {
            const a = rules[r];
            if (test && a.rule.skipTests)
                continue;
            const ids = table.byRule[r];
            let hit = ids.length === 0;
            for (let k = 0; !hit && k < ids.length; k++) {
                const i = ids[k];
                if (seen[i] === 0)
                    seen[i] = bytes.includes(table.strings[i]) ? 1 : 2;
                hit = seen[i] === 1;
            }
            if (hit)
                live.push(a);
        }
        return live;
    }
}
function isExecutable(entry, abs) {
    if (entry.executable !== undefined)
        return entry.executable;
    try {
        return ((0,external_node_fs_.statSync)(abs).mode & 0o111) !== 0;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ../../src/core/lint/gitattributes.ts
var gitattributes = __nccwpck_require__(3902);
// EXTERNAL MODULE: ../../src/core/lint/glob.ts
var glob = __nccwpck_require__(2433);
// EXTERNAL MODULE: ../../src/core/lint/rules/shell-crlf.ts
var shell_crlf = __nccwpck_require__(7789);
;// CONCATENATED MODULE: ../../src/core/lint/types.ts
const SEVERITIES = ['error', 'warning', 'info'];
/** Higher is worse. */
function severityRank(s) {
    return s === 'error' ? 3 : s === 'warning' ? 2 : 1;
}
/** The docs page of a rule, relative to the repository root: `docs/rules/shell-crlf.md`. */
function ruleDocPath(id) {
    return `docs/rules/${id.replace(/\//g, '-')}.md`;
}

;// CONCATENATED MODULE: ../../src/core/lint/engine.ts
/**
 * The lint run: list the files (git's, or the paths given), drop ignored ones, make the pass over them
 * (file-pass.ts: read, pre-filter, parse what a triggered rule needs, run the rules), then the
 * repository-wide rules, configured severities and inline suppressions.
 */











function cmp(x, y) {
    return x < y ? -1 : x > y ? 1 : 0;
}
async function lint(options, deps) {
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
    const ignore = new glob/* GlobSet */.H(config.ignore, { directories: true });
    const entries = (await deps.listFiles(root, options.paths ?? [])).filter((e) => !ignore.matches(e.path));
    // A committed blob can differ from the working tree only through eol conversion. Scripts that a
    // .gitattributes rule checks out as LF are converted on every checkout, so only the others are asked about.
    const crlfRule = active.find((a) => a.rule.id === shell_crlf/* shellCrlf */.i.id);
    let indexCrlf;
    if (crlfRule && deps.indexCrlf) {
        const attrs = entries
            .filter((e) => e.path === '.gitattributes' || e.path.endsWith('/.gitattributes'))
            .flatMap((e) => {
            try {
                return (0,gitattributes/* parseGitattributes */.z)(e.path, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, e.path), 'utf8'));
            }
            catch {
                return [];
            }
        });
        const ask = entries
            .filter((e) => (0,source_file/* kindOf */.I)(e.path, NO_BYTES) === 'shell' || !/\.[A-Za-z0-9]{1,8}$/.test(e.path))
            .map((e) => e.path)
            .filter((p) => !(0,gitattributes/* checksOutLf */.A)(p, attrs));
        if (ask.length > 0)
            indexCrlf = deps.indexCrlf(root, ask).catch(() => new Set());
    }
    const stats = { files: entries.length, read: 0, parsed: { python: 0, shell: 0, config: 0 }, ms: 0 };
    const sources = new Map();
    const findings = [];
    const emit = (rule, file, raws) => {
        for (const raw of raws) {
            const severity = severityOf(rule, raw, config);
            if (!severity)
                continue;
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
    const early = rules.wantsPython && entries.some((e) => (0,source_file/* kindOf */.I)(e.path, NO_BYTES) === 'python') ? deps.python() : undefined;
    early?.catch(() => undefined);
    const pass = new FilePass(root, rules, () => early ?? deps.python(), (src) => sources.set(src.path, src));
    const outcomes = [];
    for (const entry of entries)
        outcomes.push(await pass.file(entry));
    /** Files read by the pass, so that a second read for a rule is not counted again. */
    const counted = new Set();
    const repoFiles = [];
    entries.forEach((entry, i) => {
        const o = outcomes[i];
        repoFiles.push({ path: entry.path, kind: o.kind, executable: entry.executable ?? false });
        if (o.read) {
            stats.read++;
            counted.add(entry.path);
        }
        if (o.parsed)
            stats.parsed[o.parsed]++;
        for (const f of o.findings)
            findings.push(f);
    });
    /** A file of the run as a SourceFile, read (once) if the pass did not keep it. */
    const readSource = (entry) => {
        const hit = sources.get(entry.path);
        if (hit)
            return hit;
        const abs = (0,external_node_path_.join)(root, entry.path);
        try {
            const bytes = (0,external_node_fs_.readFileSync)(abs);
            if (bytes.length > MAX_BYTES)
                return undefined;
            if (!counted.has(entry.path))
                stats.read++;
            const src = (0,source_file/* makeSourceFile */.AN)(entry.path, bytes, {
                indexCrlf: entry.indexCrlf ?? false,
                executable: isExecutable(entry, abs),
            });
            sources.set(entry.path, src);
            return src;
        }
        catch {
            return undefined;
        }
    };
    const byPath = new Map(entries.map((e) => [e.path, e]));
    if (indexCrlf && crlfRule) {
        const committed = await indexCrlf;
        for (const path of committed) {
            const entry = byPath.get(path);
            const src = entry ? readSource(entry) : undefined;
            if (!src || src.kind !== 'shell' || src.bytes.includes('\r\n') || src.indexCrlf)
                continue;
            emit(crlfRule.rule, path, [(0,shell_crlf/* committedCrlfFinding */.B)()]);
        }
    }
    for (const a of active) {
        if (!a.rule.repo)
            continue;
        const files = a.rule.skipTests ? repoFiles.filter((f) => !isTestPath(f.path)) : repoFiles;
        const read = (path) => {
            const e = byPath.get(path);
            return e ? readSource(e) : undefined;
        };
        emit(a.rule, '.', a.rule.repo({ files, read }, ctx));
    }
    const kept = findings.filter((f) => {
        if (f.rule === registry/* UNKNOWN_RULE_ID */.GQ)
            return true;
        const src = sources.get(f.file) ?? (byPath.has(f.file) ? readSource(byPath.get(f.file)) : undefined);
        return !lineSuppresses(src?.lines()[f.line - 1], f.rule);
    });
    kept.sort((a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.rule, b.rule));
    stats.ms = Date.now() - started;
    return { findings: kept, stats, shellFiles: repoFiles.filter((f) => f.kind === 'shell').map((f) => f.path) };
}
/** Does any finding reach the failing severity? */
function failsAt(findings, failOn) {
    if (failOn === 'never')
        return false;
    const floor = SEVERITIES.indexOf(failOn);
    return findings.some((f) => SEVERITIES.indexOf(f.severity) <= floor);
}
function countBySeverity(findings) {
    const out = { error: 0, warning: 0, info: 0 };
    for (const f of findings)
        out[f.severity]++;
    return out;
}

;// CONCATENATED MODULE: ../../src/core/lint/reporters/docs-url.ts
/**
 * Where a rule's docs page lives, as an absolute URI (SARIF requires one). Inside GitHub Actions: the
 * repository and ref of the action being run (`GITHUB_ACTION_REPOSITORY`/`GITHUB_ACTION_REF`), or of the
 * workflow's repository for a local `uses: ./actions/lint`. Elsewhere: `TENANT_DOCS_BASE`, or a file: URI
 * into the installed package.
 */


/** The base URI that `docs/rules/<page>.md` is appended to (ends with `/`). */
function docsBase(env, packageRoot) {
    if (env.TENANT_DOCS_BASE)
        return env.TENANT_DOCS_BASE.endsWith('/') ? env.TENANT_DOCS_BASE : env.TENANT_DOCS_BASE + '/';
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    if (env.GITHUB_ACTION_REPOSITORY)
        return `${server}/${env.GITHUB_ACTION_REPOSITORY}/blob/${env.GITHUB_ACTION_REF || 'main'}/`;
    if (env.GITHUB_REPOSITORY)
        return `${server}/${env.GITHUB_REPOSITORY}/blob/${env.GITHUB_SHA || 'HEAD'}/`;
    return (0,external_node_url_.pathToFileURL)(packageRoot).href.replace(/\/?$/, '/');
}
function ruleHelpUri(id, base) {
    return base + ruleDocPath(id);
}

;// CONCATENATED MODULE: ../../src/core/lint/reporters/sarif.ts


const LEVEL = {
    error: 'error',
    warning: 'warning',
    info: 'note',
};
function toSarif(findings, options) {
    const metas = (0,registry/* allRuleMeta */.pX)();
    const index = new Map(metas.map((m, i) => [m.id, i]));
    const rules = metas.map((m) => ({
        id: m.id,
        name: m.id.replace(/[/-](\w)/g, (_, c) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
        shortDescription: { text: m.title },
        fullDescription: { text: `${m.title}.${m.fixable ? ' tenant lint --fix repairs it.' : ''}` },
        helpUri: ruleHelpUri(m.id, options.docsBase),
        help: {
            text: `${m.title}. See ${ruleHelpUri(m.id, options.docsBase)}`,
            markdown: `${m.title}. [Rule documentation](${ruleHelpUri(m.id, options.docsBase)})`,
        },
        defaultConfiguration: { level: LEVEL[m.severity] },
        properties: { tags: ['tenant', m.id.split('/')[0] ?? 'lint'], precision: 'high' },
    }));
    const results = findings.map((f) => ({
        ruleId: f.rule,
        ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                    region: { startLine: f.line, startColumn: f.column },
                },
            },
        ],
    }));
    return {
        version: '2.1.0',
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'tenant-lint',
                        semanticVersion: options.version,
                        version: options.version,
                        ...(options.informationUri ? { informationUri: options.informationUri } : {}),
                        rules,
                    },
                },
                columnKind: 'utf16CodeUnits',
                results,
            },
        ],
    };
}
function formatSarif(findings, options) {
    return JSON.stringify(toSarif(findings, options), null, 2) + '\n';
}

;// CONCATENATED MODULE: ../../src/core/report/markdown.ts
/**
 * Markdown building blocks for job summaries. Cells are escaped so remote or user text cannot break the
 * table or inject HTML.
 */
/** Escape text for a markdown table cell: pipes, newlines, and the HTML-significant characters. */
function cell(value) {
    const text = value === null || value === undefined ? '' : String(value);
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
function table(headers, rows) {
    const head = `| ${headers.map(cell).join(' | ')} |`;
    const rule = `| ${headers.map(() => '---').join(' | ')} |`;
    const body = rows.map((r) => `| ${headers.map((_, i) => cell(r[i])).join(' | ')} |`);
    return [head, rule, ...body].join('\n') + '\n';
}
function heading(level, text) {
    return `${'#'.repeat(level)} ${text}\n\n`;
}
/** A fenced code block whose fence is longer than any backtick run inside the text. */
function codeBlock(text, lang = '') {
    const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${text.replace(/\n$/, '')}\n${fence}\n`;
}
function details(summary, body) {
    return `<details><summary>${cell(summary)}</summary>\n\n${body}\n</details>\n`;
}

;// CONCATENATED MODULE: ../../src/core/lint/reporters/summary.ts
/** The job summary: counts by severity, then a table of findings (capped) with links to the rule docs. */


const MAX_ROWS = 100;
function formatSummary(findings, files, docsBase, fixed = []) {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of findings)
        counts[f.severity]++;
    let md = heading(2, 'tenant lint');
    md +=
        findings.length === 0
            ? `No findings in ${files} files.\n\n`
            : `${counts.error} errors, ${counts.warning} warnings, ${counts.info} info in ${files} files.\n\n`;
    if (fixed.length > 0)
        md += `Fixed: ${fixed.map((f) => `\`${cell(f)}\``).join(', ')}\n\n`;
    if (findings.length === 0)
        return md;
    const rows = findings
        .slice(0, MAX_ROWS)
        .map((f) => [
        f.severity,
        `[${f.rule}](${ruleHelpUri(f.rule, docsBase)})`,
        `${f.file}:${f.line}:${f.column}`,
        f.message,
    ]);
    md += table(['Severity', 'Rule', 'Where', 'Message'], rows);
    if (findings.length > MAX_ROWS)
        md += `\n…and ${findings.length - MAX_ROWS} more (see the annotations or the SARIF file).\n`;
    return md;
}

// EXTERNAL MODULE: ../../src/core/errors.ts
var errors = __nccwpck_require__(7322);
// EXTERNAL MODULE: ../../src/core/lint/config/defaults.ts
var defaults = __nccwpck_require__(3234);
;// CONCATENATED MODULE: ../../src/core/lint/fixers/gitattributes.ts
/**
 * The .gitattributes fix: appends the rules that give every shell script LF endings — one per extension
 * (`*.sh text eol=lf`), and one per extensionless script by path. Existing lines are kept as they are.
 */

function gitattributesAdditions(shellPaths, existing) {
    const lines = (0,gitattributes/* parseGitattributes */.z)('.gitattributes', existing);
    const uncovered = shellPaths.filter((p) => !(0,gitattributes/* checksOutLf */.A)(p, lines));
    const out = [];
    const add = (l) => {
        if (!out.includes(l))
            out.push(l);
    };
    for (const p of uncovered) {
        const name = p.slice(p.lastIndexOf('/') + 1);
        const ext = /(\.[A-Za-z0-9]+(?:\.(?:template|tmpl|in))?)$/.exec(name)?.[1];
        if (ext && ext !== name)
            add(`*${ext} text eol=lf`);
        else
            add(`/${p.replace(/([ *?[\]#!\\])/g, '\\$1')} text eol=lf`);
    }
    return out;
}
/** The new .gitattributes text, or undefined when nothing needs adding. */
function fixGitattributes(shellPaths, existing) {
    const text = existing ?? '';
    const add = gitattributesAdditions(shellPaths, text);
    if (add.length === 0)
        return undefined;
    const head = text === '' || text.endsWith('\n') ? text : text + '\n';
    const comment = text.includes('# tenant lint')
        ? ''
        : '# Shell scripts must reach the box with LF endings (tenant lint: git/eol-attributes).\n';
    return head + comment + add.join('\n') + '\n';
}

;// CONCATENATED MODULE: ../../src/core/lint/fixers/crlf.ts
/** The CRLF fix: every CRLF pair becomes LF; nothing else changes (a lone CR is left alone). Idempotent. */
function crlfToLf(bytes) {
    if (!bytes.includes('\r\n'))
        return undefined;
    const out = Buffer.allocUnsafe(bytes.length);
    let n = 0;
    for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        if (b === 0x0d && bytes[i + 1] === 0x0a)
            continue;
        out[n++] = b;
    }
    return out.subarray(0, n);
}

;// CONCATENATED MODULE: ../../src/core/lint/fix.ts
/**
 * `--fix`: rewrites CRLF shell scripts to LF and adds the missing .gitattributes rules, then the caller
 * lints again. Only the mechanical fixes are applied; every other rule explains its fix in its message.
 */




/** Applies the fixes the findings call for. `shellPaths` are every shell script of the run (for .gitattributes). */
function applyFixes(root, findings, shellPaths) {
    const changed = [];
    const crlf = new Set(findings.filter((f) => f.rule === 'shell/crlf').map((f) => f.file));
    for (const file of crlf) {
        const abs = (0,external_node_path_.join)(root, file);
        const fixed = crlfToLf((0,external_node_fs_.readFileSync)(abs));
        if (fixed) {
            (0,external_node_fs_.writeFileSync)(abs, fixed);
            changed.push(file);
        }
    }
    if (findings.some((f) => f.rule === 'git/eol-attributes')) {
        const abs = (0,external_node_path_.join)(root, '.gitattributes');
        const next = fixGitattributes(shellPaths, (0,external_node_fs_.existsSync)(abs) ? (0,external_node_fs_.readFileSync)(abs, 'utf8') : undefined);
        if (next !== undefined) {
            (0,external_node_fs_.writeFileSync)(abs, next);
            changed.push('.gitattributes');
        }
    }
    return { changed };
}

;// CONCATENATED MODULE: ../../src/core/lint/run.ts
/**
 * One lint run as both faces use it: load `.tenant.yml` (or the file given), merge the profiles from the
 * config and the command line, lint, and with `fix` apply the mechanical fixes and lint again.
 */






/** The `.tenant.yml` parser (YAML and zod), imported only when there is a file to parse. */
async function parseLintConfig(text, file) {
    return (await Promise.all(/* import() */[__nccwpck_require__.e(483), __nccwpck_require__.e(476), __nccwpck_require__.e(436)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5436))).parseLintConfig(text, file);
}
async function loadLintConfig(root, configFile) {
    if (configFile) {
        const abs = (0,external_node_path_.isAbsolute)(configFile) ? configFile : (0,external_node_path_.join)(root, configFile);
        if (!(0,external_node_fs_.existsSync)(abs))
            throw new errors/* ConfigurationError */.j1(`config file ${configFile} does not exist; give the path of a .tenant.yml or leave it out`, 'config');
        const shown = (0,external_node_path_.relative)(root, abs).startsWith('..') ? abs : (0,external_node_path_.relative)(root, abs);
        return { config: await parseLintConfig((0,external_node_fs_.readFileSync)(abs, 'utf8'), shown), path: shown };
    }
    const def = (0,external_node_path_.join)(root, defaults/* CONFIG_FILE */.g);
    if (!(0,external_node_fs_.existsSync)(def))
        return { config: { ...defaults/* DEFAULT_CONFIG */.P }, path: undefined };
    return { config: await parseLintConfig((0,external_node_fs_.readFileSync)(def, 'utf8'), defaults/* CONFIG_FILE */.g), path: defaults/* CONFIG_FILE */.g };
}
async function runLint(options, deps) {
    const { config, path } = await loadLintConfig(options.root, options.configFile);
    const profiles = [...new Set([...config.profiles, ...(options.profiles ?? [])])];
    const fromProfiles = profiles.length > 0
        ? await (await __nccwpck_require__.e(/* import() */ 166).then(__nccwpck_require__.bind(__nccwpck_require__, 8166))).pathsForProfiles(profiles)
        : { volatile: [], durable: [] };
    const lintOnce = () => lint({
        root: options.root,
        paths: options.paths ?? [],
        config,
        profileVolatile: fromProfiles.volatile,
        profileDurable: fromProfiles.durable,
    }, deps);
    let result = await lintOnce();
    let fixed = [];
    if (options.fix) {
        fixed = applyFixes(options.root, result.findings, result.shellFiles).changed;
        if (fixed.length > 0)
            result = await lintOnce();
    }
    return { ...result, config, profiles, fixed, configPath: path };
}

;// CONCATENATED MODULE: ../../src/cli/version.ts
/** Kept in step with package.json by test/unit/version.test.ts. */
const VERSION = '0.1.0';

// EXTERNAL MODULE: ../../src/adapters/actions-io.ts + 12 modules
var actions_io = __nccwpck_require__(7237);
;// CONCATENATED MODULE: ../../src/actions/lint/inputs.ts
/** The lint action's inputs, read and validated into Settings. */



const INPUTS = {
    paths: 'paths',
    profiles: 'profiles',
    config: 'config',
    failOn: 'fail-on',
    sarifFile: 'sarif-file',
    fix: 'fix',
    workingDirectory: 'working-directory',
};
const FAIL_ON = ['error', 'warning', 'info', 'never'];
function list(name) {
    return (0,actions_io/* readMultilineInput */.GA)(name)
        .flatMap((l) => l.split(','))
        .map((s) => s.trim())
        .filter(Boolean);
}
function bool(name) {
    const v = (0,actions_io/* readInput */.R5)(name).toLowerCase();
    if (v === '' || v === 'false')
        return false;
    if (v === 'true')
        return true;
    throw new errors/* ConfigurationError */.j1(`input '${name}' must be true or false, got '${v}'`, name);
}
function readSettings(env = process.env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const wd = (0,actions_io/* readInput */.R5)(INPUTS.workingDirectory);
    const root = wd ? ((0,external_node_path_.isAbsolute)(wd) ? wd : (0,external_node_path_.join)(workspace, wd)) : workspace;
    const failOnRaw = (0,actions_io/* readInput */.R5)(INPUTS.failOn);
    let failOn;
    if (failOnRaw) {
        // A plain check: zod here would load its 370 KB at every start for one enum.
        if (!FAIL_ON.includes(failOnRaw))
            throw new errors/* ConfigurationError */.j1(`input 'fail-on' must be one of error, warning, info, never; got '${failOnRaw}'`, INPUTS.failOn);
        failOn = failOnRaw;
    }
    const sarifInput = (0,actions_io/* readInput */.R5)(INPUTS.sarifFile);
    const sarifFile = sarifInput
        ? (0,external_node_path_.isAbsolute)(sarifInput)
            ? sarifInput
            : (0,external_node_path_.join)(workspace, sarifInput)
        : (0,external_node_path_.join)(env.RUNNER_TEMP || root, 'tenant-lint.sarif');
    return {
        root,
        paths: list(INPUTS.paths),
        profiles: list(INPUTS.profiles),
        config: (0,actions_io/* readInput */.R5)(INPUTS.config) || undefined,
        failOn,
        sarifFile,
        fix: bool(INPUTS.fix),
    };
}

;// CONCATENATED MODULE: ../../src/actions/lint/main.ts
/**
 * `actions/lint`: lint the repository, annotate each finding on its line, write SARIF for code scanning and
 * a job summary, and fail the step when a finding reaches `fail-on`.
 */












const OUTPUTS = {
    findings: 'findings',
    errors: 'errors',
    warnings: 'warnings',
    sarifFile: 'sarif-file',
    fixed: 'fixed',
};
function annotate(ui, f) {
    const props = { file: f.file, line: f.line, column: f.column, title: `tenant ${f.rule}` };
    if (f.severity === 'error')
        ui.error(f.message, props);
    else if (f.severity === 'warning')
        ui.warning(f.message, props);
    else
        ui.notice(f.message, props);
}
async function main(ui) {
    const s = readSettings();
    const run = await ui.group('tenant lint', () => runLint({ root: s.root, paths: s.paths, profiles: s.profiles, fix: s.fix, ...(s.config ? { configFile: s.config } : {}) }, { listFiles: listFiles, indexCrlf: indexCrlf, python: pythonParser }));
    for (const f of run.findings)
        annotate(ui, f);
    const base = docsBase(process.env, (0,package_root/* packageRoot */.Z)());
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(s.sarifFile), { recursive: true });
    (0,external_node_fs_.writeFileSync)(s.sarifFile, formatSarif(run.findings, { version: VERSION, docsBase: base }));
    const counts = countBySeverity(run.findings);
    ui.setOutput(OUTPUTS.findings, run.findings.length);
    ui.setOutput(OUTPUTS.errors, counts.error);
    ui.setOutput(OUTPUTS.warnings, counts.warning);
    ui.setOutput(OUTPUTS.sarifFile, s.sarifFile);
    ui.setOutput(OUTPUTS.fixed, run.fixed.join('\n'));
    await ui.summary(formatSummary(run.findings, run.stats.files, base, run.fixed));
    const failOn = s.failOn ?? run.config.failOn;
    ui.info(`tenant lint: ${run.stats.files} files, ${counts.error} errors, ${counts.warning} warnings, ${counts.info} info (${run.stats.ms} ms)` +
        (run.profiles.length ? `; profiles: ${run.profiles.join(', ')}` : ''));
    if (failsAt(run.findings, failOn)) {
        ui.info(`tenant lint: failing the step: findings at or above '${failOn}' (set fail-on to change the threshold)`);
        process.exitCode = 1;
    }
}


/***/ }),

/***/ 8997:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony exports STATE, currentPhase, failureMessage */
/* harmony import */ var _adapters_actions_io_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7237);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7322);
/**
 * The action runtime: one entry point for every action. It dispatches main or post by a state flag the
 * main phase saves, turns any throw (Error or not) into a failed step that names the action, and exits
 * explicitly so an open socket or timer can never keep the step hanging.
 */


const STATE = {
    isPost: 'tenant-is-post',
};
function currentPhase() {
    return (0,_adapters_actions_io_js__WEBPACK_IMPORTED_MODULE_0__/* .readState */ .un)(STATE.isPost) === 'true' ? 'post' : 'main';
}
/** Message for a failed step: configuration errors are one line; others carry the action name. */
function failureMessage(action, err) {
    const text = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(err);
    if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1)
        return `tenant/${action}: ${text}`;
    return `tenant/${action} failed: ${text}`;
}
async function runAction(def) {
    const ui = new _adapters_actions_io_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionsUi */ .ur();
    const phase = currentPhase();
    let code = 0;
    try {
        if (phase === 'main') {
            (0,_adapters_actions_io_js__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ)(STATE.isPost, 'true');
            await def.main(ui);
        }
        else if (def.post) {
            await def.post(ui);
        }
        if (process.exitCode !== undefined && process.exitCode !== 0)
            code = Number(process.exitCode);
    }
    catch (err) {
        (0,_adapters_actions_io_js__WEBPACK_IMPORTED_MODULE_0__/* .failStep */ .vy)(failureMessage(def.name, err));
        if (!(err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1) && err instanceof Error && err.stack) {
            ui.debug(err.stack);
        }
        code = 1;
    }
    return process.exit(code);
}


/***/ }),

/***/ 7237:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ur: () => (/* binding */ ActionsUi),
  vy: () => (/* binding */ failStep),
  R5: () => (/* binding */ readInput),
  GA: () => (/* binding */ readMultilineInput),
  un: () => (/* binding */ readState),
  LZ: () => (/* binding */ actions_io_saveState)
});

// UNUSED EXPORTS: exportVariable

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: ../../node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return file_command_issueFileCommand('STATE', file_command_prepareKeyValueMessage(name, value));
    }
    command_issueCommand('save-state', { name }, utils_toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: ../../src/adapters/actions-io.ts
/**
 * The @actions/core adapter: the only place (with the other adapters) that imports @actions/*.
 * It gives core logic a `Ui` and gives action entries their inputs and state.
 */

function toCoreProps(props) {
    if (!props)
        return undefined;
    return {
        file: props.file,
        startLine: props.line,
        endLine: props.endLine,
        startColumn: props.column,
        title: props.title,
    };
}
class ActionsUi {
    info(message) {
        info(message);
    }
    debug(message) {
        core_debug(message);
    }
    notice(message, props) {
        notice(message, toCoreProps(props));
    }
    warning(message, props) {
        warning(message, toCoreProps(props));
    }
    error(message, props) {
        error(message, toCoreProps(props));
    }
    mask(secret) {
        if (!secret)
            return;
        core_setSecret(secret);
        // A multi-line secret (a private key) is masked line by line too, since the runner masks per line.
        for (const line of secret.split(/\r?\n/))
            if (line.trim().length >= 4)
                core_setSecret(line);
    }
    setOutput(name, value) {
        setOutput(name, value);
    }
    async summary(markdown) {
        if (!process.env.GITHUB_STEP_SUMMARY)
            return;
        await summary.addRaw(markdown, true).write();
    }
    async group(title, fn) {
        return group(title, fn);
    }
}
/** Raw inputs as the runner passes them (`INPUT_<NAME>`), trimmed; '' when absent. */
function readInput(name) {
    return getInput(name);
}
function readMultilineInput(name) {
    return getMultilineInput(name);
}
function actions_io_saveState(name, value) {
    saveState(name, value);
}
function readState(name) {
    return getState(name);
}
/** Sets an environment variable for the steps after this one (GITHUB_ENV). Never a secret. */
function actions_io_exportVariable(name, value) {
    core.exportVariable(name, value);
}
function failStep(message) {
    setFailed(message);
}


/***/ }),

/***/ 7322:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/* unused harmony export HostError */
/**
 * Errors the user can fix by changing an input. The message names the input and says what to change;
 * the runtime prints it as one line without a stack trace.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
    /** The input, flag or file at fault, e.g. `private-key` or `profiles/autodl.yml`. */
    input;
    constructor(message, input) {
        super(message);
        this.input = input;
    }
}
/** A remote or local operation failed for a reason outside the user's inputs (network, remote process). */
class HostError extends Error {
    name = 'HostError';
    code;
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
    }
}
/** Turns anything thrown (Error or not) into a one-line message. */
function describeError(err) {
    if (err instanceof Error)
        return err.message || err.name;
    if (typeof err === 'string')
        return err;
    try {
        return JSON.stringify(err) ?? String(err);
    }
    catch {
        return String(err);
    }
}


/***/ }),

/***/ 3234:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   g: () => (/* binding */ CONFIG_FILE)
/* harmony export */ });
const DEFAULT_CONFIG = { rules: {}, profiles: [], ignore: [], durable: [], failOn: 'error' };
const CONFIG_FILE = '.tenant.yml';


/***/ }),

/***/ 3902:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ checksOutLf),
/* harmony export */   z: () => (/* binding */ parseGitattributes)
/* harmony export */ });
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2433);
/**
 * Enough of .gitattributes to answer one question: does git check this file out with LF endings? Lines are
 * applied in order, root file first and deeper files after, and the last setting of `eol`/`text` wins.
 */

function parseGitattributes(file, text) {
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    const out = [];
    text.split('\n').forEach((raw, i) => {
        const line = raw.replace(/\r$/, '').trim();
        if (!line || line.startsWith('#') || line.startsWith('[attr]'))
            return;
        const [pat, ...attrs] = line.split(/\s+/);
        if (!pat || pat.startsWith('!'))
            return;
        const anchoredPat = pat.includes('/') ? dir + pat.replace(/^\//, '') : dir ? `${dir}**/${pat}` : pat;
        const entry = { file, line: i + 1, pattern: (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globToRegExp */ .t)(anchoredPat), source: line };
        for (const a of attrs) {
            if (a === 'eol=lf')
                entry.eol = 'lf';
            else if (a === 'eol=crlf')
                entry.eol = 'crlf';
            else if (a === '-eol' || a === '!eol')
                entry.eol = 'unset';
            else if (a === 'text')
                entry.text = 'set';
            else if (a === '-text' || a === 'binary')
                entry.text = 'unset';
            else if (a === 'text=auto')
                entry.text = 'auto';
        }
        if (entry.eol || entry.text)
            out.push(entry);
    });
    return out;
}
/** True when the attribute lines give `path` eol=lf (and do not turn text conversion off). */
function checksOutLf(path, lines) {
    let eol;
    let text;
    for (const l of lines) {
        if (!l.pattern.test(path))
            continue;
        if (l.eol)
            eol = l.eol;
        if (l.text)
            text = l.text;
    }
    return eol === 'lf' && text !== 'unset';
}


/***/ }),

/***/ 2433:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ GlobSet),
/* harmony export */   t: () => (/* binding */ globToRegExp)
/* harmony export */ });
/**
 * Glob patterns as git uses them in .gitignore/.gitattributes: `*` and `?` stay within a path segment, `**`
 * crosses segments, `[...]` is a character class; a pattern without a slash matches the name at any depth.
 */
function segmentRegex(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                const slashAfter = glob[i + 2] === '/';
                const slashBefore = i === 0 || glob[i - 1] === '/';
                if (slashBefore && slashAfter) {
                    out += '(?:.*/)?';
                    i += 2;
                }
                else {
                    out += '.*';
                    i += 1;
                }
            }
            else {
                out += '[^/]*';
            }
        }
        else if (c === '?') {
            out += '[^/]';
        }
        else if (c === '[') {
            const end = glob.indexOf(']', i + 1);
            if (end === -1)
                out += '\\[';
            else {
                out +=
                    '[' +
                        glob
                            .slice(i + 1, end)
                            .replace(/^!/, '^')
                            .replace(/\\/g, '\\\\') +
                        ']';
                i = end;
            }
        }
        else if (c === '\\' && i + 1 < glob.length) {
            out += glob[i + 1].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
            i++;
        }
        else {
            out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
        }
    }
    return out;
}
/** Compiles one pattern, matched against repository-relative paths with forward slashes. */
function globToRegExp(pattern, options = {}) {
    let p = pattern.trim();
    const dirOnly = p.endsWith('/');
    if (dirOnly)
        p = p.slice(0, -1);
    const anchored = p.includes('/');
    if (p.startsWith('/'))
        p = p.slice(1);
    const body = segmentRegex(p);
    const head = anchored ? '^' : '^(?:.*/)?';
    const tail = options.directories || dirOnly ? '(?:/.*)?$' : '$';
    return new RegExp(head + body + tail);
}
class GlobSet {
    patterns;
    res;
    constructor(patterns, options = {}) {
        this.patterns = patterns;
        this.res = patterns.filter((p) => p.trim() !== '').map((p) => globToRegExp(p, options));
    }
    matches(path) {
        return this.res.some((r) => r.test(path));
    }
}


/***/ }),

/***/ 2000:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ PyModule),
/* harmony export */   Hg: () => (/* binding */ stringLiteral),
/* harmony export */   Ui: () => (/* binding */ unescapePy),
/* harmony export */   fC: () => (/* binding */ enclosingLoop)
/* harmony export */ });
const SCOPE_TYPES = new Set(['function_definition', 'lambda']);
/**
 * A call as the rules see it. The callee is resolved for every call (rules pick calls by it); the receiver,
 * the arguments and the scope are looked up in the tree the first time a rule asks, since most calls of a
 * file are never asked about and each lookup crosses into the parser's wasm memory.
 */
class Call {
    mod;
    node;
    fn;
    callee;
    name;
    line;
    column;
    argList;
    receiverNode;
    scopeNode;
    constructor(mod, node, fn, callee) {
        this.mod = mod;
        this.node = node;
        this.fn = fn;
        this.callee = callee;
        this.name = callee.split('.').pop() ?? callee;
        this.line = node.startPosition.row + 1;
        this.column = node.startPosition.column + 1;
    }
    get receiver() {
        if (this.receiverNode === undefined)
            this.receiverNode = this.fn.type === 'attribute' ? this.fn.childForFieldName('object') : null;
        return this.receiverNode ?? undefined;
    }
    get args() {
        return this.arguments().args;
    }
    get kwargs() {
        return this.arguments().kwargs;
    }
    get scope() {
        this.scopeNode ??= this.mod.scopeOf(this.node);
        return this.scopeNode;
    }
    arguments() {
        if (this.argList)
            return this.argList;
        const args = [];
        const kwargs = new Map();
        const list = this.node.childForFieldName('arguments');
        if (list && list.type === 'argument_list') {
            for (const a of list.namedChildren) {
                const type = a?.type;
                if (!a || type === 'comment')
                    continue;
                if (type === 'keyword_argument') {
                    const k = a.childForFieldName('name')?.text;
                    const v = a.childForFieldName('value');
                    if (k && v)
                        kwargs.set(k, v);
                }
                else if (type !== 'list_splat' && type !== 'dictionary_splat') {
                    args.push(a);
                }
            }
        }
        this.argList = { args, kwargs };
        return this.argList;
    }
}
class PyModule {
    tree;
    text;
    root;
    imports = new Map();
    calls = [];
    assignments = new Map();
    flags = new Map();
    /** Names bound by `with … as NAME` and `for NAME in …`, by scope id: value node or `undefined` (unknown). */
    withTargets = new Map();
    /** scopeOf's answers for the nodes it walked through (a node that is not a scope: the scope of its children). */
    scopes = new Map();
    constructor(tree, text) {
        this.tree = tree;
        this.text = text;
        this.root = tree.rootNode;
        this.collectImports();
        this.collectAssignments();
        this.collectCalls();
        this.collectFlags();
    }
    /** The function (or module root) a node belongs to. */
    scopeOf(node) {
        // Remembered per node on the way up: the calls of a function share their ancestors.
        const passed = [];
        let cur = node.parent;
        let found = this.root;
        while (cur) {
            const known = this.scopes.get(cur.id);
            if (known) {
                found = known.scope;
                break;
            }
            if (SCOPE_TYPES.has(cur.type)) {
                found = cur;
                break;
            }
            passed.push(cur.id);
            cur = cur.parent;
        }
        for (const id of passed)
            this.scopes.set(id, { scope: found });
        return found;
    }
    /** The scope enclosing `scope` (the module root's parent is undefined). */
    outerScope(scope) {
        if (scope.id === this.root.id)
            return undefined;
        return this.scopeOf(scope);
    }
    /** Assignments to `name` directly in `scope`, in source order. */
    assignmentsIn(scope, name) {
        return this.assignments.get(scope.id)?.get(name) ?? [];
    }
    withTargetsIn(scope, name) {
        return this.withTargets.get(scope.id)?.get(name) ?? [];
    }
    /** Dotted name of an identifier/attribute chain with the first segment's import alias resolved. */
    qualify(node) {
        const type = node.type; // each read of a node's type is a call into the parser's wasm
        if (type === 'identifier') {
            const text = node.text;
            return this.imports.get(text) ?? text;
        }
        if (type === 'attribute') {
            const obj = node.childForFieldName('object');
            const attr = node.childForFieldName('attribute');
            if (!obj || !attr)
                return undefined;
            const base = this.qualify(obj);
            return base === undefined ? undefined : `${base}.${attr.text}`;
        }
        return undefined;
    }
    callsNamed(...names) {
        return this.calls.filter((c) => names.includes(c.name));
    }
    collectImports() {
        for (const node of this.root.descendantsOfType(['import_statement', 'import_from_statement'])) {
            if (!node)
                continue;
            if (node.type === 'import_statement') {
                for (const child of node.namedChildren) {
                    if (!child)
                        continue;
                    if (child.type === 'dotted_name') {
                        const first = child.text.split('.')[0] ?? child.text;
                        this.imports.set(first, first);
                    }
                    else if (child.type === 'aliased_import') {
                        const name = child.childForFieldName('name')?.text;
                        const alias = child.childForFieldName('alias')?.text;
                        if (name && alias)
                            this.imports.set(alias, name);
                    }
                }
            }
            else {
                const mod = node.childForFieldName('module_name')?.text;
                if (!mod)
                    continue;
                for (const child of node.namedChildren) {
                    if (!child || child === null)
                        continue;
                    if (child.type === 'dotted_name' && child.text !== mod) {
                        this.imports.set(child.text, `${mod}.${child.text}`);
                    }
                    else if (child.type === 'aliased_import') {
                        const name = child.childForFieldName('name')?.text;
                        const alias = child.childForFieldName('alias')?.text;
                        if (name && alias)
                            this.imports.set(alias, `${mod}.${name}`);
                    }
                }
            }
        }
    }
    addAssignment(scope, a) {
        let byName = this.assignments.get(scope.id);
        if (!byName)
            this.assignments.set(scope.id, (byName = new Map()));
        const list = byName.get(a.name) ?? [];
        list.push(a);
        byName.set(a.name, list);
    }
    collectAssignments() {
        for (const node of this.root.descendantsOfType(['assignment', 'with_item', 'named_expression'])) {
            if (!node)
                continue;
            const line = node.startPosition.row + 1;
            const type = node.type;
            if (type === 'assignment') {
                const left = node.childForFieldName('left');
                const right = node.childForFieldName('right');
                if (left?.type === 'identifier' && right) {
                    const scope = this.scopeOf(node);
                    this.addAssignment(scope, { name: left.text, value: right, line, scope });
                }
            }
            else if (type === 'named_expression') {
                const name = node.childForFieldName('name');
                const value = node.childForFieldName('value');
                if (name && value) {
                    const scope = this.scopeOf(node);
                    this.addAssignment(scope, { name: name.text, value, line, scope });
                }
            }
            else {
                // with_item: value is `as_pattern` (expr as target) in tree-sitter-python.
                const value = node.childForFieldName('value');
                if (value?.type !== 'as_pattern')
                    continue;
                const expr = value.namedChildren[0];
                const alias = value.childForFieldName('alias');
                const target = alias?.namedChildren[0] ?? alias;
                if (!expr || !target || target.type !== 'identifier')
                    continue;
                const scope = this.scopeOf(node);
                let byName = this.withTargets.get(scope.id);
                if (!byName)
                    this.withTargets.set(scope.id, (byName = new Map()));
                const list = byName.get(target.text) ?? [];
                list.push({ value: expr, line });
                byName.set(target.text, list);
            }
        }
    }
    collectCalls() {
        for (const node of this.root.descendantsOfType('call')) {
            if (!node)
                continue;
            const fn = node.childForFieldName('function');
            if (!fn)
                continue;
            const callee = this.qualify(fn) ?? (fn.type === 'attribute' ? `?.${fn.childForFieldName('attribute')?.text ?? ''}` : '?');
            this.calls.push(new Call(this, node, fn, callee));
        }
    }
    collectFlags() {
        for (const call of this.calls) {
            if (call.name !== 'add_argument')
                continue;
            const names = call.args.filter((a) => a.type === 'string').map((a) => stringLiteral(a));
            const long = names.find((n) => n?.startsWith('--')) ?? names.find((n) => n?.startsWith('-'));
            if (!long)
                continue;
            const destNode = call.kwargs.get('dest');
            const dest = (destNode && stringLiteral(destNode)) ?? long.replace(/^-+/, '').replace(/-/g, '_');
            const actionNode = call.kwargs.get('action');
            this.flags.set(dest, {
                dest,
                flag: long,
                default: call.kwargs.get('default'),
                action: actionNode ? (stringLiteral(actionNode) ?? actionNode.text) : undefined,
            });
        }
    }
}
/** The value of a plain string literal (no interpolation), or undefined. */
function stringLiteral(node) {
    if (node.type === 'concatenated_string') {
        let out = '';
        for (const c of node.namedChildren) {
            if (!c)
                continue;
            const v = stringLiteral(c);
            if (v === undefined)
                return undefined;
            out += v;
        }
        return out;
    }
    if (node.type !== 'string')
        return undefined;
    let out = '';
    for (const c of node.namedChildren) {
        if (!c)
            continue;
        if (c.type === 'string_content')
            out += unescapePy(c.text);
        else if (c.type === 'interpolation')
            return undefined;
    }
    return out;
}
/** Python string escapes, the common ones. */
function unescapePy(s) {
    if (!s.includes('\\'))
        return s;
    return s.replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}
/** The innermost loop (`for`/`while`) around a node inside its own function, or undefined. */
function enclosingLoop(node) {
    let cur = node.parent;
    while (cur && !SCOPE_TYPES.has(cur.type)) {
        if (cur.type === 'for_statement' || cur.type === 'while_statement')
            return cur;
        cur = cur.parent;
    }
    return undefined;
}


/***/ }),

/***/ 2563:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LK: () => (/* binding */ PathEvaluator),
/* harmony export */   NH: () => (/* binding */ describePath),
/* harmony export */   SJ: () => (/* binding */ leadingText)
/* harmony export */ });
/* unused harmony export normalize */
/* harmony import */ var _module_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2000);
/**
 * Constant propagation for path values: what a Python expression used as a save path resolves to, as a
 * sequence of parts (known text, an environment variable, something unknown). It follows string literals,
 * f-strings, `+`, `%` and `.format`, `os.path.join`, `pathlib` `/` and `Path(...)`, names assigned in the
 * function or at module level, parameter defaults, argparse defaults (`args.output_dir`), and
 * `os.environ[...]` / `os.getenv(...)`: an environment variable is an unknown but deliberate root. Anything
 * from the `tempfile` module is deliberate scratch.
 */

const UNKNOWN = [{ kind: 'unknown' }];
const MAX_DEPTH = 12;
const PASS_THROUGH = new Set([
    'str',
    'os.fspath',
    'os.path.abspath',
    'os.path.realpath',
    'os.path.normpath',
    'os.path.expanduser',
    'os.path.expandvars',
    'os.path.dirname',
    'pathlib.Path',
    'pathlib.PurePath',
    'pathlib.PosixPath',
    'Path',
]);
const JOINS = new Set([
    'os.path.join',
    'posixpath.join',
    'pathlib.Path',
    'pathlib.PurePath',
    'pathlib.PosixPath',
    'Path',
]);
const SAME_PATH_METHODS = new Set([
    'resolve',
    'absolute',
    'expanduser',
    'as_posix',
    'with_suffix',
    'with_name',
    'with_stem',
]);
const ENV_GETTERS = new Set(['os.getenv', 'os.environ.get', 'os.environ.setdefault']);
class PathEvaluator {
    mod;
    /** Set while evaluating an `args.X` default, reported on the value. */
    flag;
    constructor(mod) {
        this.mod = mod;
    }
    evaluate(node) {
        this.flag = undefined;
        const parts = normalize(this.eval(node, 0));
        return this.flag ? { parts, viaFlag: this.flag } : { parts };
    }
    eval(node, depth) {
        if (depth > MAX_DEPTH)
            return UNKNOWN;
        const d = depth + 1;
        switch (node.type) {
            case 'string':
                return this.evalString(node, d);
            case 'concatenated_string':
                return node.namedChildren.flatMap((c) => (c ? this.eval(c, d) : UNKNOWN));
            case 'parenthesized_expression': {
                const inner = node.namedChildren[0];
                return inner ? this.eval(inner, d) : UNKNOWN;
            }
            case 'binary_operator':
                return this.evalBinary(node, d);
            case 'identifier':
                return this.evalName(node, node, d);
            case 'attribute':
                return this.evalAttribute(node, d);
            case 'subscript':
                return this.evalSubscript(node, d);
            case 'call':
                return this.evalCall(node, d);
            case 'conditional_expression': {
                // `a if cond else b`: known only when both branches agree.
                const [a, , b] = node.namedChildren;
                if (!a || !b)
                    return UNKNOWN;
                const left = normalize(this.eval(a, d));
                const right = normalize(this.eval(b, d));
                return JSON.stringify(left) === JSON.stringify(right) ? left : UNKNOWN;
            }
            default:
                return UNKNOWN;
        }
    }
    evalString(node, d) {
        const prefix = node.children[0]?.text ?? '';
        if (/b/i.test(prefix.replace(/["']/g, '')) && !/f/i.test(prefix))
            return UNKNOWN;
        const out = [];
        for (const c of node.namedChildren) {
            if (!c)
                continue;
            if (c.type === 'string_content')
                out.push({ kind: 'text', text: (0,_module_js__WEBPACK_IMPORTED_MODULE_0__/* .unescapePy */ .Ui)(c.text) });
            else if (c.type === 'interpolation') {
                const expr = c.childForFieldName('expression') ?? c.namedChildren[0];
                out.push(...(expr ? this.eval(expr, d) : UNKNOWN));
            }
        }
        return out;
    }
    evalBinary(node, d) {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const op = node.childForFieldName('operator')?.text;
        if (!left || !right)
            return UNKNOWN;
        if (op === '+')
            return [...this.eval(left, d), ...this.eval(right, d)];
        if (op === '/')
            return joinParts([this.eval(left, d), this.eval(right, d)]);
        if (op === '%' && left.type === 'string') {
            const values = right.type === 'tuple' ? right.namedChildren : [right];
            let k = 0;
            return this.substitute(left, d, /%[-+ #0]*\d*(?:\.\d+)?[sdrf]/g, () => values[k++] ?? null);
        }
        return UNKNOWN;
    }
    /** Rebuilds a format string, replacing each placeholder with the value of the next argument. */
    substitute(fmt, d, placeholder, next) {
        const text = (0,_module_js__WEBPACK_IMPORTED_MODULE_0__/* .stringLiteral */ .Hg)(fmt);
        if (text === undefined)
            return UNKNOWN;
        const out = [];
        let last = 0;
        for (const m of text.matchAll(placeholder)) {
            out.push({ kind: 'text', text: text.slice(last, m.index) });
            const arg = next(m[0]);
            out.push(...(arg ? this.eval(arg, d) : UNKNOWN));
            last = (m.index ?? 0) + m[0].length;
        }
        out.push({ kind: 'text', text: text.slice(last) });
        return out;
    }
    evalName(name, at, d) {
        const line = at.startPosition.row + 1;
        let scope = this.mod.scopeOf(at);
        let first = true;
        while (scope) {
            // In the scope where the name is used only earlier bindings count; in an enclosing scope (a module
            // constant read inside a function) the last one does, since the function runs after module set-up.
            const assigned = this.mod.assignmentsIn(scope, name.text).filter((a) => !first || a.line < line);
            const withs = this.mod.withTargetsIn(scope, name.text).filter((w) => !first || w.line <= line);
            const lastAssign = assigned[assigned.length - 1];
            const lastWith = withs[withs.length - 1];
            if (lastWith && (!lastAssign || lastWith.line >= lastAssign.line))
                return this.eval(lastWith.value, d);
            if (lastAssign)
                return this.eval(lastAssign.value, d);
            const param = this.parameterDefault(scope, name.text);
            if (param !== undefined)
                return param ? this.eval(param, d) : UNKNOWN;
            scope = this.mod.outerScope(scope);
            first = false;
        }
        return UNKNOWN;
    }
    /** The default of a parameter of the function `scope`: a node, null (a parameter without default), or undefined. */
    parameterDefault(scope, name) {
        if (scope.type !== 'function_definition')
            return undefined;
        const params = scope.childForFieldName('parameters');
        if (!params)
            return undefined;
        for (const p of params.namedChildren) {
            if (!p)
                continue;
            if (p.type === 'identifier' && p.text === name)
                return null;
            if (p.type === 'default_parameter' || p.type === 'typed_default_parameter') {
                if (p.childForFieldName('name')?.text === name)
                    return p.childForFieldName('value');
            }
            if (p.type === 'typed_parameter' && p.namedChildren[0]?.text === name)
                return null;
        }
        return undefined;
    }
    evalAttribute(node, d) {
        const obj = node.childForFieldName('object');
        const attr = node.childForFieldName('attribute')?.text;
        if (!obj || !attr)
            return UNKNOWN;
        const objParts = this.eval(obj, d);
        if (objParts.some((p) => p.kind === 'tempfile'))
            return [{ kind: 'tempfile' }];
        // `args.output_dir` → the argparse default of --output_dir / --output-dir.
        const flag = this.mod.flags.get(attr);
        if (flag && (obj.type === 'identifier' || obj.type === 'attribute')) {
            if (!flag.default)
                return UNKNOWN;
            this.flag ??= flag.flag;
            return this.eval(flag.default, d);
        }
        return UNKNOWN;
    }
    evalSubscript(node, d) {
        const value = node.childForFieldName('value');
        const index = node.childForFieldName('subscript');
        if (!value || !index)
            return UNKNOWN;
        if (this.mod.qualify(value) === 'os.environ') {
            const name = (0,_module_js__WEBPACK_IMPORTED_MODULE_0__/* .stringLiteral */ .Hg)(index);
            return name ? [{ kind: 'env', name, fallback: undefined }] : UNKNOWN;
        }
        void d;
        return UNKNOWN;
    }
    evalCall(node, d) {
        const fn = node.childForFieldName('function');
        if (!fn)
            return UNKNOWN;
        const callee = this.mod.qualify(fn) ?? '';
        const argList = node.childForFieldName('arguments');
        const args = (argList?.namedChildren ?? []).filter((a) => !!a && a.type !== 'keyword_argument' && a.type !== 'comment');
        const kw = (name) => (argList?.namedChildren ?? [])
            .find((a) => a?.type === 'keyword_argument' && a.childForFieldName('name')?.text === name)
            ?.childForFieldName('value') ?? undefined;
        if (callee === 'tempfile' || callee.startsWith('tempfile.'))
            return [{ kind: 'tempfile' }];
        if (callee === 'io.BytesIO' || callee === 'BytesIO' || callee === 'io.BufferedWriter')
            return [{ kind: 'memory' }];
        if (callee === 'open' || callee === 'io.open' || callee === 'builtins.open')
            return args[0] ? this.eval(args[0], d) : UNKNOWN;
        if (ENV_GETTERS.has(callee)) {
            const name = args[0] ? (0,_module_js__WEBPACK_IMPORTED_MODULE_0__/* .stringLiteral */ .Hg)(args[0]) : undefined;
            if (!name)
                return UNKNOWN;
            const fb = args[1] ?? kw('default');
            return [{ kind: 'env', name, fallback: fb ? normalize(this.eval(fb, d)) : undefined }];
        }
        if (JOINS.has(callee) && args.length > 1)
            return joinParts(args.map((a) => this.eval(a, d)));
        if (PASS_THROUGH.has(callee))
            return args[0] ? this.eval(args[0], d) : UNKNOWN;
        if (fn.type === 'attribute') {
            const obj = fn.childForFieldName('object');
            const method = fn.childForFieldName('attribute')?.text ?? '';
            if (!obj)
                return UNKNOWN;
            if (method === 'format' && obj.type === 'string') {
                let k = 0;
                return this.substitute(obj, d, /\{([A-Za-z_][A-Za-z0-9_]*|\d*)(?:[:!][^}]*)?\}/g, (spec) => {
                    const key = /^\{([A-Za-z_][A-Za-z0-9_]*)/.exec(spec)?.[1];
                    if (key)
                        return kw(key) ?? null;
                    const idx = /^\{(\d+)/.exec(spec)?.[1];
                    return (idx !== undefined ? args[Number(idx)] : args[k++]) ?? null;
                });
            }
            if (method === 'joinpath')
                return joinParts([this.eval(obj, d), ...args.map((a) => this.eval(a, d))]);
            if (SAME_PATH_METHODS.has(method)) {
                const base = this.eval(obj, d);
                return method.startsWith('with_') ? [...base, { kind: 'unknown' }] : base;
            }
        }
        return UNKNOWN;
    }
}
/** Joins path segments as os.path.join does: an absolute later segment restarts the path. */
function joinParts(segments) {
    let out = [];
    for (const seg of segments) {
        const first = seg[0];
        if (first?.kind === 'text' && first.text.startsWith('/')) {
            out = [...seg];
            continue;
        }
        if (out.length === 0) {
            out = [...seg];
            continue;
        }
        const last = out[out.length - 1];
        const needsSlash = !(last?.kind === 'text' && last.text.endsWith('/'));
        out = [...out, ...(needsSlash ? [{ kind: 'text', text: '/' }] : []), ...seg];
    }
    return out;
}
/** Merges adjacent text parts and drops empty ones. */
function normalize(parts) {
    const out = [];
    for (const p of parts) {
        const prev = out[out.length - 1];
        if (p.kind === 'text') {
            if (p.text === '')
                continue;
            if (prev?.kind === 'text')
                out[out.length - 1] = { kind: 'text', text: prev.text + p.text };
            else
                out.push(p);
        }
        else {
            out.push(p);
        }
    }
    return out;
}
/** The value as text for messages: `$TMPDIR/ckpt/{?}`. */
function describePath(parts) {
    return parts
        .map((p) => p.kind === 'text'
        ? p.text
        : p.kind === 'env'
            ? `$${p.name}`
            : p.kind === 'tempfile'
                ? '{tempfile}'
                : p.kind === 'memory'
                    ? '{memory}'
                    : '{?}')
        .join('');
}
/** The literal text the value starts with, up to the first part that is not text. */
function leadingText(parts) {
    const first = parts[0];
    return first?.kind === 'text' ? first.text : '';
}


/***/ }),

/***/ 9757:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y0: () => (/* binding */ RULES),
  GQ: () => (/* binding */ UNKNOWN_RULE_ID),
  pX: () => (/* binding */ allRuleMeta),
  sM: () => (/* binding */ isKnownRule)
});

// UNUSED EXPORTS: ruleById

// EXTERNAL MODULE: ../../src/core/lint/rule.ts
var rule = __nccwpck_require__(7333);
;// CONCATENATED MODULE: ../../src/core/lint/rules/ckpt-lightning-resume-arg.ts
/** ckpt/lightning-resume-arg: Trainer(resume_from_checkpoint=…), deprecated in Lightning 1.5 and removed in 2.0. */

const ckptLightningResumeArg = {
    id: 'ckpt/lightning-resume-arg',
    severity: 'error',
    title: 'Lightning Trainer(resume_from_checkpoint=), deprecated and removed',
    triggers: ['resume_from_checkpoint'],
    python({ mod }) {
        const lightning = [...mod.imports.values()].some((v) => /^(lightning|pytorch_lightning)\b/.test(v));
        if (!lightning)
            return [];
        return mod.calls
            .filter((c) => c.name === 'Trainer' &&
            /^(lightning|pytorch_lightning)\b/.test(c.callee) &&
            c.kwargs.has('resume_from_checkpoint'))
            .map((c) => (0,rule.at)(c.line, c.column, 'Trainer(resume_from_checkpoint=…) was deprecated in Lightning 1.5 and removed in 2.0, where the Trainer rejects it; the resume belongs to fit(). Pass trainer.fit(model, ckpt_path="last") instead.'));
    },
};

// EXTERNAL MODULE: ../../src/core/lint/python/module.ts
var python_module = __nccwpck_require__(2000);
// EXTERNAL MODULE: ../../src/core/lint/python/path-value.ts
var path_value = __nccwpck_require__(2563);
;// CONCATENATED MODULE: ../../src/core/lint/python/save-sites.ts
function arg(call, index, ...names) {
    for (const n of names) {
        const v = call.kwargs.get(n);
        if (v)
            return v;
    }
    return call.args[index];
}
/** `open(P, 'wb')` → P. */
function openTarget(node, mod) {
    if (!node || node.type !== 'call')
        return undefined;
    const fn = node.childForFieldName('function');
    if (!fn || mod.qualify(fn) !== 'open')
        return undefined;
    const first = node.childForFieldName('arguments')?.namedChildren.find((a) => a && a.type !== 'keyword_argument');
    return first ?? undefined;
}
const NUMPY_SAVES = new Set(['numpy.save', 'numpy.savez', 'numpy.savez_compressed']);
function saveSites(mod) {
    const out = [];
    const add = (call, api, path, payload, framework, declaration = false) => {
        out.push({ call, api, path, payload, framework, declaration });
    };
    for (const call of mod.calls) {
        const { callee, name } = call;
        if (callee === 'torch.save') {
            add(call, 'torch.save', arg(call, 1, 'f'), arg(call, 0, 'obj'), false);
        }
        else if (NUMPY_SAVES.has(callee)) {
            add(call, callee.replace('numpy.', 'np.'), arg(call, 0, 'file'), call.args[1], false);
        }
        else if (/^safetensors\.(torch|numpy|flax|tensorflow|paddle)\.save_file$/.test(callee)) {
            add(call, 'safetensors save_file', arg(call, 1, 'filename'), arg(call, 0, 'tensors'), false);
        }
        else if (callee === 'safetensors.torch.save_model') {
            add(call, 'safetensors save_model', arg(call, 1, 'filename'), arg(call, 0, 'model'), false);
        }
        else if (callee === 'joblib.dump') {
            add(call, 'joblib.dump', arg(call, 1, 'filename'), call.args[0], false);
        }
        else if (callee === 'pickle.dump') {
            add(call, 'pickle.dump', openTarget(arg(call, 1, 'file'), mod), call.args[0], false);
        }
        else if (name === 'save_pretrained' && call.receiver) {
            add(call, 'save_pretrained', arg(call, 0, 'save_directory'), undefined, true);
        }
        else if (name === 'save_state' && call.receiver) {
            add(call, 'save_state', arg(call, 0, 'output_dir'), undefined, true);
        }
        else if (name === 'save_model' && call.receiver) {
            // trainer.save_model(dir) or accelerator.save_model(model, dir)
            add(call, 'save_model', call.args.length >= 2 ? arg(call, 1, 'save_directory') : arg(call, 0, 'output_dir', 'save_directory'), undefined, true);
        }
        else if (name === 'save_checkpoint' && call.receiver) {
            add(call, 'save_checkpoint', arg(call, 0, 'save_dir', 'filepath'), undefined, true);
        }
        else if ((callee === 'torch.distributed.checkpoint.save' || /(^|\.)dcp\.save$/.test(callee)) &&
            call.kwargs.has('checkpoint_id')) {
            add(call, 'torch.distributed.checkpoint.save', call.kwargs.get('checkpoint_id'), call.args[0], true);
        }
        else if (name === 'ModelCheckpoint') {
            add(call, 'ModelCheckpoint(dirpath=)', arg(call, 0, 'dirpath'), undefined, true, true);
        }
        else if (name === 'TrainingArguments' ||
            name === 'Seq2SeqTrainingArguments' ||
            name === 'SFTConfig' ||
            name === 'DPOConfig' ||
            name === 'GRPOConfig') {
            add(call, `${name}(output_dir=)`, arg(call, 0, 'output_dir'), undefined, true, true);
        }
        else if (name === 'ProjectConfiguration') {
            add(call, 'ProjectConfiguration(project_dir=)', arg(call, 0, 'project_dir'), undefined, true, true);
        }
        else if (name === 'Trainer' && call.kwargs.has('default_root_dir')) {
            add(call, 'Trainer(default_root_dir=)', call.kwargs.get('default_root_dir'), undefined, true, true);
        }
    }
    return out;
}
/** The file name a save targets looks like a keep-forever export rather than the resume point. */
const EXPORT_NAME = /(best|final|export|infer|release|deploy|pretrained)/i;
/** The file name looks like a resume point. */
const RESUME_NAME = /(latest|last|ckpt|checkpoint|resume|state|step|epoch)/i;

;// CONCATENATED MODULE: ../../src/core/lint/rules/ckpt-non-atomic.ts
/**
 * ckpt/non-atomic: a checkpoint written straight to its final name. A kill or preemption mid-write leaves a
 * truncated file where the last good checkpoint was.
 */




const TEMP_NAME = /(\.tmp|\.part|\.partial|\.temp|\.incomplete|tmp_|_tmp|\.new)\b/i;
const SWAPS = new Set(['os.replace', 'os.rename', 'shutil.move', 'os.renames']);
const ckptNonAtomic = {
    id: 'ckpt/non-atomic',
    severity: 'warning',
    title: 'Checkpoint written straight to its final name',
    skipTests: true,
    triggers: ['save(', 'dump(', 'save_file', 'savez'],
    python({ mod, paths }) {
        const out = [];
        const swapScopes = new Set(mod.calls
            .filter((c) => SWAPS.has(c.callee) || ((c.name === 'replace' || c.name === 'rename') && c.args.length === 1 && c.receiver))
            .map((c) => c.scope.id));
        for (const site of saveSites(mod)) {
            if (site.framework || site.declaration || !site.path)
                continue;
            if (swapScopes.has(site.call.scope.id))
                continue;
            const value = paths.evaluate(site.path);
            if (value.parts.some((p) => p.kind === 'memory' || p.kind === 'tempfile'))
                continue;
            const shown = (0,path_value/* describePath */.NH)(value.parts);
            const literal = value.parts
                .filter((p) => p.kind === 'text')
                .map((p) => (p.kind === 'text' ? p.text : ''))
                .join('');
            if (TEMP_NAME.test(literal) || TEMP_NAME.test(site.path.text))
                continue;
            const looped = (0,python_module/* enclosingLoop */.fC)(site.call.node) !== undefined;
            const resumeName = RESUME_NAME.test(literal) || RESUME_NAME.test(site.path.text);
            if (EXPORT_NAME.test(literal) && !looped)
                continue;
            if (!looped && !resumeName)
                continue;
            out.push((0,rule.at)(site.call.line, site.call.column, `${site.api} writes ${shown} in place: a kill or preemption during the write leaves a truncated file where the last good checkpoint was. ` +
                `Write to a temporary name in the same directory, flush and fsync it, then os.replace() it onto the final name.`));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ../../src/core/lint/rules/ckpt-os-rename.ts
/** ckpt/os-rename: the temp → final swap done with os.rename, which does not overwrite on Windows; os.replace does everywhere. */

const CKPT = /ckpt|checkpoint|latest|\.pth?\b|\.ckpt|\.safetensors|\.tmp|\.partial/i;
const ckptOsRename = {
    id: 'ckpt/os-rename',
    severity: 'info',
    title: 'os.rename used to swap a checkpoint into place',
    skipTests: true,
    triggers: ['rename'],
    python({ mod }) {
        const out = [];
        for (const c of mod.calls) {
            if (c.callee !== 'os.rename')
                continue;
            if (!c.args.some((a) => CKPT.test(a.text)))
                continue;
            out.push((0,rule.at)(c.line, c.column, 'os.rename() fails on Windows when the target exists, and says nothing of intent; os.replace() overwrites atomically on every platform. Use os.replace(tmp, final).'));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ../../src/core/lint/rules/ckpt-rank-gated-collective.ts

const RANK_ZERO = /(\brank\b|local_rank|global_rank|get_rank\(\))\s*==\s*0|is_main_process|is_local_main_process|is_global_zero|is_world_process_zero/;
function underRankZero(node) {
    let child = node;
    let cur = node.parent;
    while (cur && cur.type !== 'function_definition' && cur.type !== 'module') {
        if (cur.type === 'if_statement') {
            const cond = cur.childForFieldName('condition');
            const body = cur.childForFieldName('consequence');
            if (cond && body?.id === child.id && RANK_ZERO.test(cond.text) && !/!=|\bnot\b/.test(cond.text))
                return true;
        }
        child = cur;
        cur = cur.parent;
    }
    return false;
}
const ckptRankGatedCollective = {
    id: 'ckpt/rank-gated-collective',
    severity: 'error',
    title: 'Collective checkpoint call made on one rank only',
    triggers: ['save_checkpoint', 'load_checkpoint', 'save_state', 'dcp.', 'distributed.checkpoint'],
    python({ mod }) {
        const deepspeed = [...mod.imports.values()].some((v) => v.startsWith('deepspeed'));
        const out = [];
        for (const c of mod.calls) {
            const ds = (c.name === 'save_checkpoint' || c.name === 'load_checkpoint') &&
                !!c.receiver &&
                (deepspeed || /engine|ds_|deepspeed/i.test(c.receiver.text)) &&
                !/trainer/i.test(c.receiver.text);
            const acc = c.name === 'save_state' && !!c.receiver && /accel/i.test(c.receiver.text);
            const dcp = /(^|\.)(dcp|torch\.distributed\.checkpoint)\.(save|load)$/.test(c.callee);
            if (!(ds || acc || dcp) || !underRankZero(c.node))
                continue;
            out.push((0,rule.at)(c.line, c.column, `${c.callee.replace(/^\?\./, '')}() is a collective: every rank must call it. Under a rank-0 guard the other ranks never join, so the job hangs or writes a partial checkpoint. Call it on all ranks; the library writes from the right ones.`));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ../../src/core/lint/rules/ckpt-resume-opt-in.ts
/**
 * ckpt/resume-opt-in: loading the latest checkpoint only behind a flag that is off by default, so a relaunch
 * after preemption (which passes the same command line) trains from scratch and overwrites the checkpoints.
 */


const LOADS = new Set(['load_state', 'load_checkpoint', 'load_from_checkpoint']);
const FLAG_NAME = /resume|restore|continue|load|ckpt|checkpoint/i;
const ON_BY_DEFAULT = /^(auto|latest|last|true|yes|1)$/i;
const EXISTENCE = /exists|isfile|isdir|glob|listdir|iterdir|get_last_checkpoint|latest|find_/;
/** `args.resume` → `resume` when the module defines such an argparse flag or the name says resume. */
function flagIn(mod, cond) {
    const text = cond.text;
    if (EXISTENCE.test(text))
        return undefined;
    for (const m of text.matchAll(/\b(?:args|opt|opts|cfg|config|hparams|FLAGS|flags)\.([A-Za-z_][A-Za-z0-9_]*)/g)) {
        const name = m[1];
        const flag = mod.flags.get(name);
        if (flag)
            return offByDefault(flag.default, flag.action) ? flag.flag : undefined;
        if (FLAG_NAME.test(name))
            return `--${name}`;
    }
    return undefined;
}
function offByDefault(def, action) {
    if (action === 'store_true')
        return true;
    if (action === 'store_false')
        return false;
    if (!def)
        return true;
    if (def.type === 'none' || def.type === 'false')
        return true;
    if (def.type === 'true')
        return false;
    const s = (0,python_module/* stringLiteral */.Hg)(def);
    if (s !== undefined)
        return s === '' || !ON_BY_DEFAULT.test(s);
    if (def.type === 'integer')
        return def.text === '0';
    return false;
}
/** The flag guarding `node`, when it sits in the body of an `if` whose condition is that flag. */
function guardingFlag(mod, node) {
    let child = node;
    let cur = node.parent;
    while (cur && cur.type !== 'function_definition' && cur.type !== 'module') {
        if (cur.type === 'if_statement') {
            const cond = cur.childForFieldName('condition');
            const body = cur.childForFieldName('consequence');
            if (cond && body && body.id === child.id) {
                const flag = flagIn(mod, cond);
                if (flag)
                    return flag;
            }
        }
        child = cur;
        cur = cur.parent;
    }
    return undefined;
}
const ckptResumeOptIn = {
    id: 'ckpt/resume-opt-in',
    severity: 'warning',
    title: 'Resuming from the latest checkpoint only behind a flag',
    skipTests: true,
    triggers: ['load(', 'load_state', 'load_checkpoint', 'load_from_checkpoint', 'save_state', '.train('],
    python({ mod }) {
        const out = [];
        const relaunch = 'A relaunch after a preemption runs the same command line, so it trains from scratch and overwrites the checkpoints.';
        for (const call of mod.calls) {
            const isLoad = call.callee === 'torch.load' || LOADS.has(call.name);
            if (isLoad) {
                const flag = guardingFlag(mod, call.node);
                if (flag) {
                    out.push((0,rule.at)(call.line, call.column, `${call.name}() runs only when ${flag} is given, and it is off by default. ${relaunch} Resume by default when a checkpoint exists (look for the latest one), and make starting over the opt-in.`));
                }
                continue;
            }
            if (call.name === 'train' &&
                call.receiver &&
                /trainer/i.test(call.receiver.text) &&
                mod.calls.some((c) => /TrainingArguments|SFTConfig/.test(c.name))) {
                const arg = call.kwargs.get('resume_from_checkpoint');
                if (!arg) {
                    out.push((0,rule.at)(call.line, call.column, `trainer.train() has no resume_from_checkpoint, so the HF Trainer starts at step 0 even when output_dir holds checkpoints. ${relaunch} Pass resume_from_checkpoint=get_last_checkpoint(output_dir) (None when there is none).`));
                }
                else {
                    const m = /\b(?:args|opt|cfg|config)\.([A-Za-z_][A-Za-z0-9_]*)/.exec(arg.text);
                    const flag = m?.[1] ? mod.flags.get(m[1]) : undefined;
                    if (flag && offByDefault(flag.default, flag.action) && !EXISTENCE.test(arg.text)) {
                        out.push((0,rule.at)(call.line, call.column, `trainer.train() resumes only when ${flag.flag} is given, and it is off by default. ${relaunch} Default it to the last checkpoint in output_dir.`));
                    }
                }
            }
        }
        const saveState = mod.calls.find((c) => c.name === 'save_state' && c.receiver && /accel/i.test(c.receiver.text));
        if (saveState && !mod.calls.some((c) => c.name === 'load_state')) {
            out.push((0,rule.at)(saveState.line, saveState.column, `accelerator.save_state() is called but load_state() never is: the saved state is never restored. ${relaunch} Call accelerator.load_state() on the latest checkpoint at start-up.`));
        }
        return out;
    },
};

// EXTERNAL MODULE: ../../src/core/lint/shell/script.ts + 1 modules
var shell_script = __nccwpck_require__(6521);
// EXTERNAL MODULE: ../../src/core/lint/volatile.ts
var lint_volatile = __nccwpck_require__(3047);
;// CONCATENATED MODULE: ../../src/core/lint/rules/ckpt-volatile-path.ts
/**
 * ckpt/volatile-path: a checkpoint (or a framework's output dir) written under a path that does not
 * survive the machine: /tmp, /dev/shm, /var/tmp, $TMPDIR, and the selected profiles' volatile paths.
 * Reads Python save calls (with constant propagation), YAML/JSON config keys and shell flags.
 */





const CONFIG_KEYS = new Set([
    'output_dir',
    'checkpoint_dir',
    'ckpt_dir',
    'save_dir',
    'dirpath',
    'default_root_dir',
    'project_dir',
    'checkpoint_path',
    'ckpt_path',
]);
const FLAG = /^--(output[-_]dir|checkpoint[-_]dir|ckpt[-_]dir|save[-_]dir|default[-_]root[-_]dir|project[-_]dir|checkpoint[-_]path|ckpt[-_]path)(=(.*))?$/;
const OVERRIDE = /^\+{0,2}(?:[A-Za-z0-9_]+\.)*(output_dir|checkpoint_dir|ckpt_dir|save_dir|dirpath|default_root_dir)=(.+)$/;
function explain(m, what, shown, extra = '') {
    const fallback = m.viaFallback ? ` when $${m.viaFallback} is unset` : '';
    const note = m.root.note ? ` ${m.root.note.replace(/([^.])$/, '$1.')}` : '';
    const onlyDestroy = m.root.lostOn.every((e) => e === 'destroy');
    const fix = onlyDestroy
        ? 'It survives a stop, so this is fine while the box lives: copy the checkpoints off the box (tenant pull-artifacts) before it is destroyed, or write them to storage that outlives it.'
        : "Write checkpoints to durable storage (the profile's durable mount, or a prefix listed under lint.durable in .tenant.yml), or copy each one there as it is written.";
    return `${what} writes ${shown}${fallback}${extra}, under ${m.root.path}: ${(0,lint_volatile/* describeLoss */.$4)(m.root)}.${note} ${fix}`;
}
const ckptVolatilePath = {
    id: 'ckpt/volatile-path',
    severity: 'error',
    title: 'Checkpoint or output directory on a path that does not survive the machine',
    skipTests: true,
    triggers: (ctx) => ctx.volatile.roots.map((r) => (r.path.startsWith('$') ? r.path.slice(1) : r.path)),
    python({ mod, paths }, ctx) {
        const out = [];
        for (const site of saveSites(mod)) {
            if (!site.path)
                continue;
            const value = paths.evaluate(site.path);
            const m = ctx.volatile.match(value.parts);
            if (!m)
                continue;
            const flag = value.viaFlag ? ` (the default of ${value.viaFlag})` : '';
            out.push((0,rule.at)(site.path.startPosition.row + 1, site.path.startPosition.column + 1, explain(m, site.api, (0,path_value/* describePath */.NH)(value.parts), flag), {
                severity: m.severity,
            }));
        }
        return out;
    },
    config({ file, entries }, ctx) {
        if (file.kind === 'workflow')
            return [];
        const out = [];
        for (const e of entries) {
            if (!CONFIG_KEYS.has(e.key))
                continue;
            const m = ctx.volatile.matchShellText(e.value);
            if (m)
                out.push((0,rule.at)(e.line, e.column, explain(m, `${e.path}:`, e.value), { severity: m.severity }));
        }
        return out;
    },
    shell({ script }, ctx) {
        const out = [];
        for (const unit of script.units) {
            for (const cmd of unit.commands) {
                const words = (0,shell_script/* effectiveArgv */.Sm)(cmd).words;
                for (let k = 1; k < words.length; k++) {
                    const w = words[k];
                    if (!w)
                        continue;
                    let value;
                    let where = w;
                    const flag = FLAG.exec(w.value);
                    if (flag) {
                        value = flag[3] ?? words[k + 1]?.value;
                        where = flag[3] !== undefined ? w : (words[k + 1] ?? w);
                    }
                    else {
                        const o = OVERRIDE.exec(w.value);
                        if (o)
                            value = o[2];
                    }
                    if (!value)
                        continue;
                    const m = ctx.volatile.matchShellText(value);
                    if (m)
                        out.push((0,rule.at)(where.line, where.col, explain(m, `${w.value.split('=')[0]}`, value), { severity: m.severity }));
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ../../src/core/lint/rules/ckpt-weights-only.ts
/**
 * ckpt/weights-only: the periodic checkpoint holds only model weights while the file trains with an
 * optimizer, so a resume restarts the optimizer, the scheduler and the step count.
 */


/** The payload expression, following one assignment (`sd = model.state_dict(); torch.save(sd, p)`). */
function payloadExpr(mod, site) {
    const p = site.payload;
    if (!p || p.type !== 'identifier')
        return p;
    const list = mod.assignmentsIn(site.call.scope, p.text).filter((a) => a.line <= site.call.line);
    return list[list.length - 1]?.value ?? p;
}
/** `self.state_dict()` of a class that defines its own `state_dict` holding the optimizer is a full save. */
function ownFullStateDict(mod) {
    return mod.root
        .descendantsOfType('function_definition')
        .some((f) => !!f && f.childForFieldName('name')?.text === 'state_dict' && /optim/i.test(f.text));
}
function weightsOnly(mod, expr) {
    if (!expr || expr.type !== 'call')
        return false;
    const fn = expr.childForFieldName('function');
    if (!fn)
        return false;
    const name = (mod.qualify(fn) ?? fn.text).split('.').pop();
    if (name === 'state_dict' &&
        fn.type === 'attribute' &&
        fn.childForFieldName('object')?.text === 'self' &&
        ownFullStateDict(mod))
        return false;
    return name === 'state_dict' || name === 'get_state_dict' || name === 'unwrap_model';
}
const ckptWeightsOnly = {
    id: 'ckpt/weights-only',
    severity: 'warning',
    title: 'Only model weights saved where training state is expected',
    skipTests: true,
    triggers: ['state_dict'],
    python({ mod }) {
        const trains = mod.calls.some((c) => (c.name === 'step' && c.receiver && /optim|opt\b/i.test(c.receiver.text)) || c.name === 'backward');
        if (!trains)
            return [];
        const sites = saveSites(mod);
        if (sites.some((s) => s.api === 'save_state' || s.api === 'save_checkpoint'))
            return [];
        const fullSave = sites.some((s) => {
            const e = payloadExpr(mod, s);
            return !!e && /optim/i.test(e.text);
        });
        if (fullSave)
            return [];
        const out = [];
        for (const site of sites) {
            if (site.framework || !site.payload)
                continue;
            if (!weightsOnly(mod, payloadExpr(mod, site)))
                continue;
            if (site.path && EXPORT_NAME.test(site.path.text))
                continue;
            out.push((0,rule.at)(site.call.line, site.call.column, `${site.api} saves only the model weights (${site.payload.text}) while this file trains with an optimizer, and no save in it keeps the optimizer: ` +
                `a resume from this file restarts the optimizer, the LR schedule and the step count. Save one dict with model, optimizer, scheduler, epoch/step and RNG state.`));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ../../src/core/lint/rules/env-hf-endpoint-after-import.ts
/** env/hf-endpoint-after-import: HF_ENDPOINT set after huggingface libraries were imported, which read it at import time. */


const HF = /^(transformers|huggingface_hub|datasets|diffusers|peft|trl|accelerate|evaluate|timm|sentence_transformers)\b/;
const envHfEndpointAfterImport = {
    id: 'env/hf-endpoint-after-import',
    severity: 'info',
    title: 'HF_ENDPOINT set after a Hugging Face import',
    triggers: ['HF_ENDPOINT'],
    python({ mod }) {
        let firstImport;
        for (const node of mod.root.descendantsOfType(['import_statement', 'import_from_statement'])) {
            if (!node)
                continue;
            const name = node.type === 'import_from_statement'
                ? (node.childForFieldName('module_name')?.text ?? '')
                : (node.namedChildren[0]?.text ?? '');
            if (HF.test(name)) {
                const line = node.startPosition.row + 1;
                firstImport = firstImport === undefined ? line : Math.min(firstImport, line);
            }
        }
        if (firstImport === undefined)
            return [];
        const out = [];
        for (const node of mod.root.descendantsOfType('assignment')) {
            const left = node?.childForFieldName('left');
            if (!node || !left || left.type !== 'subscript')
                continue;
            const obj = left.childForFieldName('value');
            const key = left.childForFieldName('subscript');
            if (!obj || !key || mod.qualify(obj) !== 'os.environ' || (0,python_module/* stringLiteral */.Hg)(key) !== 'HF_ENDPOINT')
                continue;
            const line = node.startPosition.row + 1;
            if (line > firstImport) {
                out.push((0,rule.at)(line, node.startPosition.column + 1, `HF_ENDPOINT is set on line ${line}, after the Hugging Face import on line ${firstImport}; huggingface_hub reads it at import time, so downloads still go to the default endpoint. Export it in the launch environment or set it before the import.`));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ../../src/core/lint/rules/git-committed-checkpoint.ts
/** git/committed-checkpoint: model weights or run directories tracked by git. */

const WEIGHTS = /\.(pt|pth|ckpt|safetensors|bin|h5|onnx|pkl)$/;
const RUN_DIRS = /(^|\/)(wandb|mlruns|lightning_logs|checkpoints)\//;
const gitCommittedCheckpoint = {
    id: 'git/committed-checkpoint',
    severity: 'info',
    title: 'Checkpoint or run directory tracked by git',
    skipTests: true,
    repo({ files }) {
        const out = [];
        for (const f of files) {
            if (/\.bin$/.test(f.path) && !/(model|pytorch|weights|adapter)/i.test(f.path))
                continue;
            if (WEIGHTS.test(f.path) || RUN_DIRS.test(f.path)) {
                out.push((0,rule.at)(1, 1, `${f.path} is a checkpoint or run artifact tracked by git: every clone and every push to a rented box carries it, and the repository only grows. Keep checkpoints on durable storage or in an artifact store, and list them in .gitignore.`, { file: f.path }));
            }
        }
        return out;
    },
};

// EXTERNAL MODULE: ../../src/core/lint/gitattributes.ts
var gitattributes = __nccwpck_require__(3902);
;// CONCATENATED MODULE: ../../src/core/lint/rules/git-eol-attributes.ts
/** git/eol-attributes: shell scripts that no .gitattributes rule keeps LF, so a Windows checkout (core.autocrlf) turns them CRLF. */


const GITATTRIBUTES_FIX = (/* unused pure expression or super */ null && (['*.sh text eol=lf', '*.bash text eol=lf']));
const gitEolAttributes = {
    id: 'git/eol-attributes',
    severity: 'warning',
    title: 'No .gitattributes rule keeps shell scripts LF',
    fixable: true,
    repo({ files, read }) {
        const shells = files.filter((f) => f.kind === 'shell');
        if (shells.length === 0)
            return [];
        const attrFiles = files
            .filter((f) => f.path === '.gitattributes' || f.path.endsWith('/.gitattributes'))
            .sort((a, b) => a.path.split('/').length - b.path.split('/').length);
        const lines = attrFiles.flatMap((f) => {
            const src = read(f.path);
            return src ? (0,gitattributes/* parseGitattributes */.z)(f.path, src.text()) : [];
        });
        const uncovered = shells.filter((f) => !(0,gitattributes/* checksOutLf */.A)(f.path, lines));
        if (uncovered.length === 0)
            return [];
        const shown = uncovered
            .slice(0, 3)
            .map((f) => f.path)
            .join(', ') + (uncovered.length > 3 ? `, and ${uncovered.length - 3} more` : '');
        const hasRoot = attrFiles.some((f) => f.path === '.gitattributes');
        const message = `${uncovered.length} shell script${uncovered.length === 1 ? '' : 's'} (${shown}) ${uncovered.length === 1 ? 'has' : 'have'} no .gitattributes rule keeping LF endings; a checkout with core.autocrlf=true (Windows) writes CRLF, and an upload from there breaks bash on the box. Add "*.sh text eol=lf" to .gitattributes (tenant lint --fix does).`;
        return [(0,rule.at)(1, 1, message, { file: hasRoot ? '.gitattributes' : (uncovered[0]?.path ?? '.gitattributes') })];
    },
};

// EXTERNAL MODULE: ../../src/core/lint/rules/shell-crlf.ts
var shell_crlf = __nccwpck_require__(7789);
// EXTERNAL MODULE: ../../src/core/lint/source-file.ts
var source_file = __nccwpck_require__(7265);
;// CONCATENATED MODULE: ../../src/core/lint/rules/shell-no-strict-mode.ts
/**
 * shell/no-strict-mode: a script with a shell shebang and no `set -u` (nounset): a misspelt variable expands
 * to '' and the script goes on. Line-based (no tokenizing): a `set` line at the start of a line, outside
 * comments, that turns on -u / nounset.
 */


const SHELLS = new Set(['bash', 'sh', 'dash', 'ksh', 'zsh']);
const SET_LINE = /^\s*set\s+([^#\n]*)/gm;
function setsOption(words, short, long) {
    for (let k = 0; k < words.length; k++) {
        const w = words[k];
        if (/^-[a-zA-Z]+$/.test(w) && w.includes(short))
            return true;
        if (w === '-o' && words[k + 1] === long)
            return true;
    }
    return false;
}
const shellNoStrictMode = {
    id: 'shell/no-strict-mode',
    severity: 'warning',
    title: 'Shell script without set -u',
    text: {
        kinds: ['shell'],
        check(file) {
            const shebang = file.shebang();
            const interp = (0,source_file/* shebangInterpreter */.t9)(shebang);
            if (!interp || !SHELLS.has(interp))
                return [];
            if (shebang && setsOption(shebang.split(/\s+/).slice(1), 'u', 'nounset'))
                return [];
            for (const m of file.text().matchAll(SET_LINE)) {
                if (setsOption((m[1] ?? '').trim().split(/\s+/), 'u', 'nounset'))
                    return [];
            }
            return [
                (0,rule.at)(1, 1, 'this script never runs set -u: a misspelt or unset variable expands to nothing and the script carries on (rsync "$DURABLE_DIRR/" copies to /). Start it with set -euo pipefail (guard optional arguments with ${1:-}).'),
            ];
        },
    },
};

;// CONCATENATED MODULE: ../../src/core/lint/rules/shell-marker-after-semicolon.ts
/** shell/marker-after-semicolon: a DONE marker stamped after `;` (or a newline, without set -e): it is written even when the stage failed. */



const MARKER = /(DONE|_done|\.done|FINISHED|SUCCESS|COMPLETE|_marker|\.ok)\b/;
const TRIVIAL = new Set([
    'cd',
    'echo',
    'printf',
    'mkdir',
    'export',
    'set',
    'true',
    ':',
    'sleep',
    'date',
    'source',
    '.',
    'local',
    'touch',
    'rm',
    'unset',
    'trap',
    'exit',
    'return',
    'wait',
]);
const shellMarkerAfterSemicolon = {
    id: 'shell/marker-after-semicolon',
    severity: 'error',
    title: 'Stage-done marker written regardless of the stage’s exit status',
    triggers: ['touch'],
    shell({ script }) {
        const out = [];
        for (const unit of script.units) {
            let errexit = false;
            const cmds = unit.commands;
            for (let i = 0; i < cmds.length; i++) {
                const cmd = cmds[i];
                const name = (0,shell_script/* commandName */.p6)(cmd);
                if (name === 'set' &&
                    setsOption((0,shell_script/* argv */.vU)(cmd)
                        .slice(1)
                        .map((w) => w.value), 'e', 'errexit'))
                    errexit = true;
                if (name !== 'touch' || errexit)
                    continue;
                const marker = (0,shell_script/* argv */.vU)(cmd)
                    .slice(1)
                    .find((w) => MARKER.test(w.value));
                if (!marker)
                    continue;
                const prev = cmds[i - 1];
                if (!prev ||
                    (cmd.before !== ';' && cmd.before !== '\n') ||
                    prev.condition ||
                    prev.keyword === 'fi' ||
                    prev.keyword === 'done')
                    continue;
                const prevName = (0,shell_script/* commandName */.p6)(prev);
                if (!prevName || TRIVIAL.has(prevName))
                    continue;
                out.push((0,rule.at)(cmd.line, cmd.col, `the marker ${marker.value} is written after "${prevName}" with ${cmd.before === ';' ? ';' : 'a newline'} and no set -e, so it appears even when ${prevName} failed, and whatever waits for it proceeds on a failed stage. Chain it: ${prevName} … && touch ${marker.value} (or write the exit code into the marker).`));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ../../src/core/lint/rules/shell-nohup-no-redirect.ts
/** shell/nohup-no-redirect: `nohup cmd &` without redirecting its output: it lands in ./nohup.out (or nowhere you look), and stdin stays attached. */


const shellNohupNoRedirect = {
    id: 'shell/nohup-no-redirect',
    severity: 'info',
    title: 'nohup without output redirection',
    triggers: ['nohup'],
    shell({ script }) {
        const out = [];
        for (const unit of script.units) {
            for (const cmd of unit.commands) {
                if (cmd.after !== '&' || !(0,shell_script/* effectiveArgv */.Sm)(cmd).wrappers.includes('nohup'))
                    continue;
                if (cmd.redirects.some((r) => /^(1?>|1?>>|&>|&>>|>\|)$/.test(r.op)))
                    continue;
                out.push((0,rule.at)(cmd.line, cmd.col, 'nohup … & without a redirect writes the job’s output to nohup.out in whatever directory it started in, and leaves stdin attached to the terminal or ssh channel. Redirect all three: nohup cmd > run.log 2>&1 < /dev/null &.'));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ../../src/core/lint/rules/shell-pkill-relaunch.ts
/**
 * shell/pkill-relaunch: a kill and a relaunch in one remote command string (`ssh h 'pkill -f train; nohup
 * python train.py &'`). `pkill -f PATTERN` matches the remote `bash -c '…PATTERN…'` running the string, so the
 * shell kills itself before the relaunch; without -f, the relaunch still dies with the ssh session's PTY.
 */


const KILLS = new Set(['pkill', 'kill', 'killall', 'fuser']);
const LAUNCHES = new Set([
    'nohup',
    'setsid',
    'python',
    'python3',
    'torchrun',
    'accelerate',
    'deepspeed',
    'bash',
    'sh',
    'sbatch',
    'screen',
    'srun',
    'uv',
    'poetry',
]);
function isKill(cmd) {
    const name = (0,shell_script/* commandName */.p6)(cmd);
    if (KILLS.has(name))
        return name !== 'fuser' || (0,shell_script/* argv */.vU)(cmd).some((w) => w.value === '-k');
    if (name === 'tmux')
        return /^kill-(session|server|window|pane)$/.test((0,shell_script/* argv */.vU)(cmd)[1]?.value ?? '');
    return false;
}
function isLaunch(cmd) {
    const first = (0,shell_script/* argv */.vU)(cmd)[0]?.value ?? '';
    const name = first.split('/').pop() ?? '';
    if (LAUNCHES.has(name) || /^python[0-9.]*$/.test(name))
        return true;
    if (name === 'tmux')
        return /^(new|new-session|new-window|neww)$/.test((0,shell_script/* argv */.vU)(cmd)[1]?.value ?? '');
    return false;
}
const shellPkillRelaunch = {
    id: 'shell/pkill-relaunch',
    severity: 'error',
    title: 'Kill and relaunch in one remote command',
    triggers: ['kill'],
    shell({ script }) {
        const out = [];
        for (const unit of script.units) {
            if (unit.origin !== 'ssh' && unit.origin !== 'bash -c')
                continue;
            const cmds = unit.commands;
            const k = cmds.findIndex(isKill);
            if (k === -1)
                continue;
            const launch = cmds.slice(k + 1).find(isLaunch);
            if (!launch)
                continue;
            const kill = cmds[k];
            const show = (c) => {
                const w = (0,shell_script/* argv */.vU)(c).map((x) => x.value);
                return w[0] === 'tmux' ? `tmux ${w[1] ?? ''}` : (w[0] ?? '');
            };
            const where = unit.origin === 'ssh' ? 'one ssh command' : 'one bash -c string';
            out.push((0,rule.at)(kill.line, kill.col, `${show(kill)} and the relaunch (${show(launch)}) run in ${where}: pkill -f matches the shell running that very string and kills it before the relaunch, and a relaunch that does start dies with the session's PTY. Send the kill and the launch as two separate commands, check the old process is gone in between, and detach the launch (tmux new -d / setsid … </dev/null).`));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ../../src/core/lint/rules/shell-rsync-append-checkpoint.ts
/** shell/rsync-append-checkpoint: rsync --append(-verify) on checkpoints: a replaced (not grown) file that is not shorter is skipped or corrupted. */


const shell_rsync_append_checkpoint_CKPT = /ckpt|checkpoint|\.pth?\b|\.ckpt\b|\.safetensors\b|final_ckpts/i;
const shellRsyncAppendCheckpoint = {
    id: 'shell/rsync-append-checkpoint',
    severity: 'warning',
    title: 'rsync --append on checkpoint files',
    triggers: ['--append'],
    shell({ script }) {
        const out = [];
        for (const unit of script.units) {
            for (const cmd of unit.commands) {
                if ((0,shell_script/* commandName */.p6)(cmd) !== 'rsync')
                    continue;
                const words = (0,shell_script/* argv */.vU)(cmd);
                const flag = words.find((w) => w.value === '--append' || w.value === '--append-verify');
                if (!flag || !words.some((w) => shell_rsync_append_checkpoint_CKPT.test(w.value)))
                    continue;
                out.push((0,rule.at)(flag.line, flag.col, `${flag.value} only appends to the receiver's file: a checkpoint that was replaced (latest.pth rewritten each save) and is not shorter is skipped, or gets new bytes glued onto old ones. Drop ${flag.value}; use --partial (and verify checksums) for checkpoints.`));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ../../src/core/lint/rules/shell-secret-inline.ts
/**
 * shell/secret-inline: a credential inside a command line: a literal token, a secret-named variable expanded
 * into an ssh/scp command (the value lands in the remote argv, `ps` and shell history), or a credential file
 * copied to a rented box.
 */


const TOKEN_SHAPES = [
    [/\bhf_[A-Za-z0-9]{30,}\b/, 'a Hugging Face token'],
    [/\bAKIA[0-9A-Z]{16}\b/, 'an AWS access key id'],
    [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/, 'a GitHub token'],
    [/\bgithub_pat_[A-Za-z0-9_]{50,}\b/, 'a GitHub token'],
    [/\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{32,}\b/, 'an API secret key'],
    [/\bxox[abprs]-[A-Za-z0-9-]{10,}\b/, 'a Slack token'],
];
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_KEY|PRIVATE_KEY|AUTH)$/i;
const WANDB_KEY = /(WANDB|KEY|TOKEN)[A-Z_]*\s*[=:]\s*["']?[0-9a-f]{40}\b/i;
const PLACEHOLDER = /^(<.*>|x+|\*+|\.\.\.|changeme|your[-_].*|\$.*|%.*%|)$/i;
const CRED_FILE = /(^|\/)(\.netrc|\.pypirc|\.npmrc|credentials(\.json)?|id_(rsa|ed25519|ecdsa|dsa)|[^/]*\.pem|[^/]*\.key|\.env|secrets\.toml|\.wandb_key|token)$/;
const REMOTE_TOOLS = new Set(['ssh', 'scp', 'rsync', 'sftp', 'sshpass']);
const shellSecretInline = {
    id: 'shell/secret-inline',
    severity: 'error',
    title: 'Credential inside a command line',
    triggers: [
        'ssh',
        'scp',
        'rsync',
        'sftp',
        'hf_',
        'AKIA',
        'ghp_',
        'gho_',
        'ghu_',
        'ghs_',
        'ghr_',
        'github_pat_',
        'sk-',
        'xox',
        'KEY',
        'Key',
        'key',
        'TOKEN',
        'Token',
        'token',
    ],
    shell({ file, script, embedded }) {
        const out = [];
        // Literal token shapes anywhere in a shell file.
        if (!embedded) {
            const lines = file.lines();
            lines.forEach((line, i) => {
                for (const [re, what] of TOKEN_SHAPES) {
                    const m = re.exec(line);
                    if (m)
                        out.push((0,rule.at)(i + 1, (m.index ?? 0) + 1, `this line holds ${what} in clear text; anyone with the repository (and the box's process list) has it. Revoke it, read it from the environment, and stream it to the box on stdin: printf '%s\\n' "$TOKEN" | ssh host 'umask 077; cat > ~/.token'.`));
                }
                const w = WANDB_KEY.exec(line);
                if (w && !out.some((f) => f.line === i + 1))
                    out.push((0,rule.at)(i + 1, (w.index ?? 0) + 1, 'this line assigns a 40-hex API key in clear text. Revoke it, read it from the environment, and stream it to the box on stdin.'));
            });
        }
        for (const unit of script.units) {
            if (unit.level > 0)
                continue;
            for (const cmd of unit.commands) {
                const { words } = (0,shell_script/* effectiveArgv */.Sm)(cmd);
                const tool = (0,shell_script/* basename */.P8)(words[0]?.value ?? '');
                if (!REMOTE_TOOLS.has(tool))
                    continue;
                if (tool === 'sshpass') {
                    const p = words.findIndex((w) => w.value === '-p');
                    const pw = p === -1 ? undefined : words[p + 1];
                    if (pw && !PLACEHOLDER.test(pw.value))
                        out.push((0,rule.at)(pw.line, pw.col, 'sshpass -p puts the password in the command line (visible in ps and the shell history). Use a key, or sshpass -e with SSHPASS in the environment.'));
                    continue;
                }
                const scan = tool === 'ssh' ? (0,shell_script/* sshParts */.vL)(words).remote : words.slice(1);
                for (const w of scan) {
                    for (const piece of w.value.split(/[\s;&|]+/)) {
                        const a = /^([A-Za-z_][A-Za-z0-9_]*)=(.+)$/.exec(piece);
                        if (a?.[1] && SECRET_NAME.test(a[1]) && !PLACEHOLDER.test(a[2] ?? '') && !/^["']?\$/.test(a[2] ?? '')) {
                            out.push((0,rule.at)(w.line, w.col, `${a[1]}=… is written into the ${tool} command line: the value reaches the remote argv, ps and logs. Stream it on stdin instead: printf '%s\\n' "$${a[1]}" | ssh host 'umask 077; cat > ~/.secret'.`));
                        }
                    }
                    const expanded = w.vars.find((v) => SECRET_NAME.test(v)) ??
                        /\$\{\{\s*secrets\.([A-Za-z0-9_]+)/.exec(w.raw)?.[1] ??
                        undefined;
                    if (expanded) {
                        out.push((0,rule.at)(w.line, w.col, `$${expanded} is expanded into the ${tool} command line, so the secret's value lands in the remote argv (ps, /proc, shell history on the box). Stream it on stdin instead: printf '%s\\n' "$${expanded}" | ssh host 'umask 077; cat > ~/.secret'.`, { severity: 'warning' }));
                    }
                }
                if (tool === 'scp' || tool === 'rsync') {
                    const operands = words.slice(1).filter((w) => !w.value.startsWith('-') && !(0,shell_script/* isAssignment */.wh)(w));
                    const dest = operands[operands.length - 1];
                    if (dest && /^[^/]*:/.test(dest.value)) {
                        for (const src of operands.slice(0, -1)) {
                            if (CRED_FILE.test(src.value))
                                out.push((0,rule.at)(src.line, src.col, `${tool} copies the credential file ${src.value} onto the remote box, where it outlives the run (disks of rented machines are reused). Stream the secret on stdin into a file with umask 077, and delete it at teardown.`));
                        }
                    }
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ../../src/core/lint/rules/shell-silent-sync.ts
/**
 * shell/silent-sync: a copy whose errors are discarded (`|| true`, or `2>/dev/null` without `set -e`) followed
 * by a success message. When the copy fails, the log still says "synced" and the run is torn down with the
 * results on it.
 */



const COPIES = new Set(['cp', 'mv', 'rsync', 'scp', 'rclone', 'gsutil', 'aws', 'azcopy', 'sftp', 'install']);
const SUCCESS = /\b(sync(ed|ing)?|saved|copied|upload(ed)?|done|ok|success(ful(ly)?)?|complete(d)?|backed[ -]up|mirrored|persisted|archived)\b/i;
const TRUTHY = new Set(['true', ':']);
function discardsStderr(cmd) {
    return cmd.redirects.some((r) => (r.op === '2>' || r.op === '&>' || r.op === '&>>') && r.target === '/dev/null');
}
function isCopy(cmd) {
    const name = (0,shell_script/* commandName */.p6)(cmd);
    if (!COPIES.has(name))
        return false;
    if (name === 'aws')
        return (0,shell_script/* effectiveArgv */.Sm)(cmd).words.some((w) => w.value === 'cp' || w.value === 'sync' || w.value === 'mv');
    return true;
}
const shellSilentSync = {
    id: 'shell/silent-sync',
    severity: 'error',
    title: 'Copy with errors discarded, then a success message',
    triggers: ['cp ', 'mv ', 'rsync', 'scp', 'rclone', 'gsutil', 'aws ', 'azcopy', 'install '],
    shell({ script }) {
        const out = [];
        for (const unit of script.units) {
            const cmds = unit.commands;
            let errexit = false;
            for (let i = 0; i < cmds.length; i++) {
                const cmd = cmds[i];
                if ((0,shell_script/* commandName */.p6)(cmd) === 'set' &&
                    setsOption((0,shell_script/* argv */.vU)(cmd)
                        .slice(1)
                        .map((w) => w.value), 'e', 'errexit'))
                    errexit = true;
                if (!isCopy(cmd) || cmd.condition || cmd.after === '&&' || cmd.after === '|')
                    continue;
                let j = i + 1;
                let swallowed = false;
                if (cmd.after === '||') {
                    const alt = cmds[j];
                    if (!alt || !TRUTHY.has((0,shell_script/* commandName */.p6)(alt)))
                        continue; // `|| { echo failed; exit 1; }` reports the failure
                    swallowed = true;
                    j++;
                }
                if (!swallowed && !(discardsStderr(cmd) && !errexit))
                    continue;
                for (let k = j; k < Math.min(cmds.length, j + 4); k++) {
                    const next = cmds[k];
                    if (next.words.some((w) => w.vars.includes('?') || w.vars.includes('PIPESTATUS')) || next.condition)
                        break;
                    const name = (0,shell_script/* commandName */.p6)(next);
                    if (name !== 'echo' && name !== 'printf')
                        continue;
                    const text = (0,shell_script/* argv */.vU)(next)
                        .slice(1)
                        .map((w) => w.value)
                        .join(' ');
                    if (!SUCCESS.test(text))
                        continue;
                    out.push((0,rule.at)(cmd.line, cmd.col, `${(0,shell_script/* commandName */.p6)(cmd)} ${swallowed ? 'has its failure swallowed (|| true)' : 'sends its errors to /dev/null (and set -e is off)'}, yet line ${next.line} reports success ("${text.slice(0, 60)}"). When the copy fails the log still says it worked, and the box can be torn down with the results on it. Gate the message on the copy: cp … && echo synced || { echo "sync FAILED" >&2; exit 2; }.`));
                    break;
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ../../src/core/lint/rules/shell-tmux-env-prefix.ts
/** shell/tmux-env-prefix: `VAR=x tmux new …`: the variable reaches the tmux client, and the session sees it only if that command started the server. */


const shellTmuxEnvPrefix = {
    id: 'shell/tmux-env-prefix',
    severity: 'warning',
    title: 'Environment prefix on a tmux client command',
    triggers: ['tmux'],
    shell({ script }) {
        const out = [];
        for (const unit of script.units) {
            for (const cmd of unit.commands) {
                if ((0,shell_script/* commandName */.p6)(cmd) !== 'tmux' || !/^(new|new-session|new-window|neww)$/.test((0,shell_script/* argv */.vU)(cmd)[1]?.value ?? ''))
                    continue;
                const vars = (0,shell_script/* prefixAssignments */.pG)(cmd);
                if (vars.length === 0)
                    continue;
                const names = vars.map((w) => w.value.split('=')[0]).join(', ');
                out.push((0,rule.at)(cmd.line, cmd.col, `${names} is set on the tmux client, not in the session: when a tmux server is already running the new session never sees it. Pass it with tmux new -e ${vars[0]?.value ?? 'VAR=value'} or put the assignment inside the session command.`));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ../../src/core/lint/rules/known-commands.ts
/** Commands a pipeline element plausibly starts with (for shell/unquoted-pipe-grep). */
const KNOWN_COMMANDS = new Set(('awk cat column comm cut cw date diff dirname echo egrep env expand fgrep find fmt fold grep gzip gunzip head hexdump iconv ' +
    'jq join less md5sum more nl nohup od paste perl printf pv python python3 read rev rg ruby sed seq sh bash zsh sha1sum sha256sum ' +
    'shuf sort split ssh stat strings tac tail tee timeout tr true false uniq unexpand wc while xargs xxd yq zcat zgrep base64 bc dc ' +
    'basename readlink realpath ls du df ps pgrep pkill kill tmux screen nvidia-smi numfmt gawk mawk nawk sponge logger mail sleep ' +
    'test [ [[ tput ansi2html ts stdbuf unbuffer tr openssl gpg tar zstd xz bzip2 curl wget node npm npx docker kubectl git cp mv rm ' +
    'mkdir touch chmod chown rsync scp sftp aws gsutil rclone sqlite3 mysql psql redis-cli parallel xclip pbcopy clip while for if ' +
    'then do done fi case esac exec command eval source . local export declare set unset return exit break continue').split(/\s+/));

;// CONCATENATED MODULE: ../../src/core/lint/rules/shell-unquoted-pipe-grep.ts
/**
 * shell/unquoted-pipe-grep: `grep -E a|b|c` with the alternation unquoted. The shell splits it into a
 * pipeline: grep gets pattern `a` and reads stdin (an ssh channel: it waits forever), then `b` and `c` run
 * as commands.
 */



const GREPS = new Set(['grep', 'egrep', 'fgrep', 'zgrep', 'rg']);
const WITH_ARG = new Set([
    '-e',
    '-f',
    '-m',
    '-A',
    '-B',
    '-C',
    '--max-count',
    '--regexp',
    '--file',
    '--label',
    '--include',
    '--exclude',
]);
/** The pattern word of a grep argv (after `grep`), or undefined. */
function patternWord(words) {
    for (let k = 1; k < words.length; k++) {
        const v = words[k].value;
        if (v === '-e' || v === '--regexp')
            return words[k + 1];
        if (v === '--')
            return words[k + 1];
        if (v.startsWith('-') && v.length > 1) {
            if (WITH_ARG.has(v))
                k++;
            continue;
        }
        return words[k];
    }
    return undefined;
}
function implausible(next) {
    const words = (0,shell_script/* argv */.vU)(next);
    if (words.length === 0)
        return next.words[0]?.value ?? '';
    const name = (0,shell_script/* effectiveArgv */.Sm)(next).words[0]?.value ?? words[0]?.value ?? '';
    if (/[=:]/.test(name))
        return name;
    if (name.includes('/') && !/^(\/|\.\.?\/|~)/.test(name))
        return name;
    if (name.includes('/'))
        return undefined;
    if (name.startsWith('$') || name.startsWith('"') || KNOWN_COMMANDS.has((0,shell_script/* basename */.P8)(name)))
        return undefined;
    return name;
}
const shellUnquotedPipeGrep = {
    id: 'shell/unquoted-pipe-grep',
    severity: 'error',
    title: 'Unquoted | inside a grep pattern',
    triggers: ['grep', 'rg '],
    shell({ script }) {
        const out = [];
        const seen = new Set();
        for (const unit of script.units) {
            const cmds = unit.commands;
            for (let i = 0; i < cmds.length - 1; i++) {
                const cmd = cmds[i];
                if (cmd.after !== '|')
                    continue;
                const words = (0,shell_script/* effectiveArgv */.Sm)(cmd).words;
                if (!GREPS.has((0,shell_script/* basename */.P8)(words[0]?.value ?? '')))
                    continue;
                const pat = patternWord(words);
                if (!pat || pat.quoted)
                    continue;
                const bad = implausible(cmds[i + 1]);
                if (bad === undefined)
                    continue;
                const key = `${pat.line}:${pat.col}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                out.push((0,rule.at)(pat.line, pat.col, `the grep pattern ${pat.value} is unquoted, so the | after it splits the line into a pipeline: grep searches for "${pat.value}" and "${bad}" runs as a command. Without a file operand grep then reads stdin and waits forever (in an ssh command, the channel). Quote the whole pattern: grep -E 'a|b|c' FILE.`));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ../../src/core/lint/rules/train-sampler-set-epoch.ts
/** train/sampler-set-epoch: DistributedSampler without set_epoch: every epoch sees the same order (and a resume replays it). */

const trainSamplerSetEpoch = {
    id: 'train/sampler-set-epoch',
    severity: 'warning',
    title: 'DistributedSampler without set_epoch',
    skipTests: true,
    triggers: ['DistributedSampler'],
    python({ mod }) {
        const managed = [...mod.imports.values()].some((v) => /^(lightning|pytorch_lightning|accelerate)/.test(v));
        if (managed || mod.calls.some((c) => c.name === 'set_epoch'))
            return [];
        const first = mod.calls.find((c) => c.name === 'DistributedSampler');
        if (!first)
            return [];
        return [
            (0,rule.at)(first.line, first.column, 'DistributedSampler is created but set_epoch() is never called: every epoch (and every resumed run) shuffles in the same order. Call sampler.set_epoch(epoch) at the start of each epoch.'),
        ];
    },
};

;// CONCATENATED MODULE: ../../src/core/lint/registry.ts





















/** Meta rule: a suppression comment or config entry names a rule that does not exist. */
const UNKNOWN_RULE_ID = 'lint/unknown-rule';
const RULES = [
    shell_crlf/* shellCrlf */.i,
    gitEolAttributes,
    ckptVolatilePath,
    ckptNonAtomic,
    ckptWeightsOnly,
    ckptResumeOptIn,
    shellSilentSync,
    shellPkillRelaunch,
    shellSecretInline,
    shellUnquotedPipeGrep,
    shellNoStrictMode,
    shellMarkerAfterSemicolon,
    shellNohupNoRedirect,
    shellTmuxEnvPrefix,
    shellRsyncAppendCheckpoint,
    ckptOsRename,
    ckptRankGatedCollective,
    ckptLightningResumeArg,
    trainSamplerSetEpoch,
    envHfEndpointAfterImport,
    gitCommittedCheckpoint,
];
const BY_ID = new Map(RULES.map((r) => [r.id, r]));
function ruleById(id) {
    return BY_ID.get(id);
}
function isKnownRule(id) {
    return BY_ID.has(id) || id === UNKNOWN_RULE_ID;
}
/** Metadata of every rule, the meta rule included (for SARIF and docs). */
function allRuleMeta() {
    return [
        ...RULES.map((r) => ({ id: r.id, severity: r.severity, title: r.title, ...(r.fixable ? { fixable: true } : {}) })),
        { id: UNKNOWN_RULE_ID, severity: 'error', title: 'Unknown rule id in a suppression comment' },
    ];
}


/***/ }),

/***/ 7333:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   at: () => (/* binding */ at)
/* harmony export */ });
/** A finding at a 1-based line and column. */
function at(line, column, message, extra = {}) {
    return { line, column, message, ...extra };
}


/***/ }),

/***/ 7789:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ committedCrlfFinding),
/* harmony export */   i: () => (/* binding */ shellCrlf)
/* harmony export */ });
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7333);
/** shell/crlf: CRLF line endings in a shell script (by extension or shebang), in the working tree or in git's index. */

/** The finding for a script whose committed blob has CRLF while the working tree shows LF. */
function committedCrlfFinding() {
    return (0,_rule_js__WEBPACK_IMPORTED_MODULE_0__.at)(1, 1, 'git stores this script with CRLF line endings (git ls-files --eol: i/crlf); a checkout without the eol conversion gets the CRs and bash fails with "$\'\\r\': command not found". Commit it with LF (git add --renormalize .) and keep it LF with a .gitattributes rule.');
}
const shellCrlf = {
    id: 'shell/crlf',
    severity: 'error',
    title: 'CRLF line endings in a shell script',
    fixable: true,
    text: {
        kinds: ['shell'],
        check(file) {
            const b = file.bytes;
            const first = b.indexOf('\r\n');
            if (first === -1) {
                return file.indexCrlf ? [committedCrlfFinding()] : [];
            }
            let count = 0;
            for (let i = first; i !== -1; i = b.indexOf('\r\n', i + 2))
                count++;
            let line = 1;
            for (let i = b.indexOf(0x0a); i !== -1 && i < first; i = b.indexOf(0x0a, i + 1))
                line++;
            const lineStart = b.lastIndexOf(0x0a, first) + 1;
            const col = b.toString('utf8', lineStart, first).length + 1;
            return [
                (0,_rule_js__WEBPACK_IMPORTED_MODULE_0__.at)(line, col, `${count} line${count === 1 ? '' : 's'} end in CRLF; bash reads the CR as part of each command ("set: -: invalid option", "$'\\r': command not found", "syntax error near unexpected token $'do\\r'"). Run tenant lint --fix (CRLF → LF) and add "*.sh text eol=lf" to .gitattributes.`),
            ];
        },
    },
};


/***/ }),

/***/ 6521:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  vU: () => (/* binding */ argv),
  P8: () => (/* binding */ basename),
  p6: () => (/* binding */ commandName),
  Sm: () => (/* binding */ effectiveArgv),
  wh: () => (/* binding */ isAssignment),
  N: () => (/* binding */ parseShellScript),
  pG: () => (/* binding */ prefixAssignments),
  vL: () => (/* binding */ sshParts)
});

// UNUSED EXPORTS: allCommands

;// CONCATENATED MODULE: ../../src/core/lint/shell/tokenizer.ts
/**
 * A small shell tokenizer: enough of POSIX/bash lexing to see simple commands, their words (with quoting
 * and expanded variable names), redirections, the operators between commands, heredoc bodies and whether a
 * command sits in an `if`/`while` condition. It never executes or expands anything, and it does not fail:
 * unterminated quotes run to the end of the text.
 */
const PREFIX_KEYWORDS = new Set(['then', 'do', 'else', '{', '!', 'time']);
const CONDITION_KEYWORDS = new Set(['if', 'elif', 'while', 'until']);
const CLOSE_KEYWORDS = new Set(['fi', 'done', 'esac', '}']);
const OPERATOR_CHARS = new Set([';', '&', '|', '(', ')', '<', '>']);
function isSpace(c) {
    return c === ' ' || c === '\t';
}
function isNameStart(c) {
    return c !== undefined && /[A-Za-z_]/.test(c);
}
function tokenizeShell(text, options = {}) {
    return new Lexer(text, options).run();
}
class Lexer {
    s;
    i = 0;
    line;
    col;
    indent;
    out = [];
    cur;
    lastOp = 'BOF';
    inCondition = false;
    depth = 0;
    pending = [];
    /** Inside `case … in`: true while reading patterns (up to `)`). */
    casePattern = [];
    constructor(s, options) {
        this.s = s;
        this.line = options.line ?? 1;
        this.indent = options.indent ?? 0;
        this.col = (options.firstCol ?? 1) - this.indent;
    }
    pos() {
        return { line: this.line, col: this.col + this.indent };
    }
    advance(n = 1) {
        for (let k = 0; k < n && this.i < this.s.length; k++) {
            if (this.s[this.i] === '\n') {
                this.line++;
                this.col = 1;
            }
            else {
                this.col++;
            }
            this.i++;
        }
    }
    peek(k = 0) {
        return this.s[this.i + k];
    }
    command(at) {
        if (!this.cur) {
            const p = at ?? this.pos();
            this.cur = {
                words: [],
                redirects: [],
                condition: this.inCondition,
                before: this.lastOp,
                after: 'EOF',
                line: p.line,
                col: p.col,
                depth: this.depth,
            };
        }
        return this.cur;
    }
    finish(op) {
        const c = this.cur;
        const header = c?.keyword === 'for' || c?.keyword === 'select' || c?.keyword === 'case';
        if (c && !header && (c.words.length > 0 || c.redirects.length > 0 || c.heredoc)) {
            c.after = op;
            this.out.push(c);
        }
        this.cur = undefined;
        this.lastOp = op;
    }
    run() {
        const s = this.s;
        while (this.i < s.length) {
            const c = s[this.i];
            if (isSpace(c) || c === '\r') {
                this.advance();
                continue;
            }
            if (c === '\\' && s[this.i + 1] === '\n') {
                this.advance(2);
                continue;
            }
            if (c === '\\' && s[this.i + 1] === '\r' && s[this.i + 2] === '\n') {
                this.advance(3);
                continue;
            }
            if (c === '#') {
                while (this.i < s.length && s[this.i] !== '\n')
                    this.advance();
                continue;
            }
            if (c === '\n') {
                this.finish('\n');
                this.advance();
                this.readHeredocs();
                continue;
            }
            if (this.readOperator())
                continue;
            if (this.readRedirect())
                continue;
            this.readWordInto();
        }
        this.finish('EOF');
        return this.out;
    }
    readOperator() {
        const s = this.s;
        const c = s[this.i];
        const n = s[this.i + 1];
        let op;
        let len = 1;
        if (c === '&' && n === '&')
            [op, len] = ['&&', 2];
        else if (c === '|' && n === '|')
            [op, len] = ['||', 2];
        else if (c === ';' && n === ';')
            [op, len] = [';;', 2];
        else if (c === ';' && n === '&')
            [op, len] = [';;', 2];
        else if (c === '|' && n === '&')
            [op, len] = ['|', 2];
        else if (c === ';')
            op = ';';
        else if (c === '|')
            op = '|';
        else if (c === '&' && n !== '>')
            op = '&';
        else if (c === '(')
            op = '(';
        else if (c === ')')
            op = ')';
        if (!op)
            return false;
        if (op === '(' && this.cur && this.cur.words.length === 1 && s[this.i + 1] === ')') {
            // `name() {` — a function definition, not a command.
            this.cur = undefined;
            this.advance(2);
            return true;
        }
        if (op === ')' && this.casePattern.length > 0 && this.casePattern[this.casePattern.length - 1]) {
            // End of a case pattern: what was read was the pattern, not a command.
            this.cur = undefined;
            this.casePattern[this.casePattern.length - 1] = false;
            this.advance();
            return true;
        }
        this.finish(op);
        if (op === ';;' && this.casePattern.length > 0)
            this.casePattern[this.casePattern.length - 1] = true;
        if (op === '(')
            this.depth++;
        if (op === ')')
            this.depth = Math.max(0, this.depth - 1);
        this.advance(len);
        return true;
    }
    readRedirect() {
        const s = this.s;
        let j = this.i;
        while (j < s.length && /[0-9]/.test(s[j] ?? ''))
            j++;
        let op = '';
        const c = s[j];
        const n = s[j + 1];
        if (c === '&' && n === '>')
            op = s[j + 2] === '>' ? '&>>' : '&>';
        else if (c === '>')
            op = n === '>' ? '>>' : n === '&' ? '>&' : n === '|' ? '>|' : '>';
        else if (c === '<') {
            if (n === '<' && s[j + 2] === '<')
                op = '<<<';
            else if (n === '<' && s[j + 2] === '-')
                op = '<<-';
            else if (n === '<')
                op = '<<';
            else if (n === '&')
                op = '<&';
            else if (n === '>')
                op = '<>';
            else
                op = '<';
        }
        else
            return false;
        if (j > this.i && c === '&')
            return false;
        const fd = s.slice(this.i, j);
        const p = this.pos();
        this.advance(j - this.i + op.length);
        while (isSpace(this.peek()))
            this.advance();
        const target = this.readWord();
        const cmd = this.command(p);
        if (op === '<<' || op === '<<-') {
            this.pending.push({ delim: target?.value ?? '', strip: op === '<<-', quoted: target?.quoted ?? false, cmd });
        }
        cmd.redirects.push({ op: fd + op, target: target?.value ?? '', line: p.line, col: p.col });
        return true;
    }
    readHeredocs() {
        const s = this.s;
        for (const h of this.pending) {
            const startLine = this.line;
            const body = [];
            while (this.i < s.length) {
                let end = s.indexOf('\n', this.i);
                if (end === -1)
                    end = s.length;
                const raw = s.slice(this.i, end);
                const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
                this.advance(end - this.i + (end < s.length ? 1 : 0));
                const cmp = h.strip ? text.replace(/^\t+/, '') : text;
                if (cmp === h.delim)
                    break;
                body.push(raw);
            }
            h.cmd.heredoc = { body: body.join('\n'), line: startLine, quoted: h.quoted };
        }
        this.pending = [];
    }
    readWordInto() {
        const w = this.readWord();
        if (!w) {
            // A character that starts nothing we know (a stray operator char); skip it.
            this.advance();
            return;
        }
        const cmd = this.command(w);
        const unquotedKeyword = !w.quoted && w.raw === w.value;
        if (cmd.words.length === 0 && unquotedKeyword && !cmd.redirects.length) {
            const k = w.value;
            if (this.casePattern.length > 0 && this.casePattern[this.casePattern.length - 1] && k !== 'esac') {
                return; // a case pattern word
            }
            if (CLOSE_KEYWORDS.has(k)) {
                this.depth = Math.max(0, this.depth - 1);
                cmd.depth = this.depth;
                cmd.keyword = k;
                if (k === 'esac')
                    this.casePattern.pop();
                return;
            }
            if (CONDITION_KEYWORDS.has(k)) {
                this.inCondition = true;
                cmd.condition = true;
                cmd.keyword = k;
                if (k !== 'elif')
                    this.depth++;
                return;
            }
            if (PREFIX_KEYWORDS.has(k)) {
                if (k === 'then' || k === 'do')
                    this.inCondition = false;
                cmd.condition = this.inCondition;
                cmd.keyword ??= k;
                if (k === '{')
                    this.depth++;
                return;
            }
            if (k === 'case' || k === 'for' || k === 'select') {
                // A loop or case header is not a command: its words are dropped when it finishes.
                cmd.keyword = k;
                this.depth++;
                if (k === 'case')
                    this.casePattern.push(false);
                return;
            }
        }
        if (cmd.keyword === 'case' && unquotedKeyword && w.value === 'in' && this.casePattern.length > 0) {
            this.casePattern[this.casePattern.length - 1] = true;
            this.cur = undefined;
            this.lastOp = ';';
            return;
        }
        cmd.words.push(w);
    }
    /** Reads one word at the cursor; undefined when the cursor is on an operator or blank. */
    readWord() {
        const s = this.s;
        const start = this.i;
        const p = this.pos();
        let value = '';
        let quoted = false;
        const vars = [];
        while (this.i < s.length) {
            const c = s[this.i];
            if (isSpace(c) || c === '\n' || c === '\r')
                break;
            if (OPERATOR_CHARS.has(c)) {
                // `a=(x y)` array literal and `<(cmd)` / `>(cmd)` process substitution stay inside the word.
                if (c === '(' && value.endsWith('=')) {
                    value += this.readBalanced('(', ')', vars);
                    continue;
                }
                if ((c === '<' || c === '>') && s[this.i + 1] === '(' && value === '') {
                    this.advance();
                    value += c + this.readBalanced('(', ')', vars);
                    continue;
                }
                break;
            }
            if (c === '\\') {
                quoted = true;
                this.advance();
                if (this.i < s.length) {
                    value += s[this.i];
                    this.advance();
                }
                continue;
            }
            if (c === "'") {
                quoted = true;
                this.advance();
                while (this.i < s.length && s[this.i] !== "'") {
                    value += s[this.i];
                    this.advance();
                }
                this.advance();
                continue;
            }
            if (c === '"') {
                quoted = true;
                this.advance();
                while (this.i < s.length && s[this.i] !== '"') {
                    const d = s[this.i];
                    if (d === '\\' && /[$`"\\\n]/.test(s[this.i + 1] ?? '')) {
                        this.advance();
                        if (s[this.i] !== '\n')
                            value += s[this.i];
                        this.advance();
                        continue;
                    }
                    if (d === '$' || d === '`') {
                        value += this.readExpansion(vars);
                        continue;
                    }
                    value += d;
                    this.advance();
                }
                this.advance();
                continue;
            }
            if (c === '$' && s[this.i + 1] === "'") {
                quoted = true;
                this.advance(2);
                while (this.i < s.length && s[this.i] !== "'") {
                    if (s[this.i] === '\\') {
                        const e = s[this.i + 1];
                        value += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : (e ?? '');
                        this.advance(2);
                        continue;
                    }
                    value += s[this.i];
                    this.advance();
                }
                this.advance();
                continue;
            }
            if (c === '$' || c === '`') {
                value += this.readExpansion(vars);
                continue;
            }
            value += c;
            this.advance();
        }
        if (this.i === start)
            return undefined;
        return { value, raw: s.slice(start, this.i), line: p.line, col: p.col, quoted, vars };
    }
    /** `$NAME`, `${…}`, `$(…)`, `$((…))`, `` `…` `` — returned as written; variable names recorded. */
    readExpansion(vars) {
        const s = this.s;
        const c = s[this.i];
        if (c === '`') {
            const from = this.i;
            this.advance();
            while (this.i < s.length && s[this.i] !== '`')
                this.advance(s[this.i] === '\\' ? 2 : 1);
            this.advance();
            return s.slice(from, this.i);
        }
        const n = s[this.i + 1];
        if (n === '(') {
            this.advance();
            return '$' + this.readBalanced('(', ')', vars);
        }
        if (n === '{') {
            const from = this.i;
            this.advance(2);
            const m = /^[#!]?([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])/.exec(s.slice(this.i, this.i + 200));
            if (m?.[1])
                vars.push(m[1]);
            let depth = 1;
            while (this.i < s.length && depth > 0) {
                if (s[this.i] === '{')
                    depth++;
                else if (s[this.i] === '}')
                    depth--;
                this.advance();
            }
            return s.slice(from, this.i);
        }
        if (isNameStart(n)) {
            const from = this.i;
            this.advance();
            while (this.i < s.length && /[A-Za-z0-9_]/.test(s[this.i] ?? ''))
                this.advance();
            vars.push(s.slice(from + 1, this.i));
            return s.slice(from, this.i);
        }
        if (n !== undefined && /[0-9@*#?$!-]/.test(n)) {
            this.advance(2);
            vars.push(n);
            return '$' + n;
        }
        this.advance();
        return '$';
    }
    /** From an opening bracket at the cursor to its match, skipping quotes; returns the text. */
    readBalanced(open, close, vars) {
        const s = this.s;
        const from = this.i;
        let depth = 0;
        while (this.i < s.length) {
            const c = s[this.i];
            if (c === '\\') {
                this.advance(2);
                continue;
            }
            if (c === "'") {
                this.advance();
                while (this.i < s.length && s[this.i] !== "'")
                    this.advance();
                this.advance();
                continue;
            }
            if (c === '"') {
                this.advance();
                while (this.i < s.length && s[this.i] !== '"')
                    this.advance(s[this.i] === '\\' ? 2 : 1);
                this.advance();
                continue;
            }
            if (c === '$' && isNameStart(s[this.i + 1])) {
                const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(this.i + 1, this.i + 200));
                if (m)
                    vars.push(m[0]);
            }
            if (c === open)
                depth++;
            else if (c === close) {
                depth--;
                if (depth === 0) {
                    this.advance();
                    break;
                }
            }
            this.advance();
        }
        return s.slice(from, this.i);
    }
}

;// CONCATENATED MODULE: ../../src/core/lint/shell/script.ts
/**
 * A shell script as the rules see it: its commands, plus the command strings it runs somewhere else — the
 * remote command of `ssh`, the string of `bash -c`, the session command of `tmux new`, a heredoc fed to
 * `ssh host bash -s` — each tokenized again as its own unit, with positions in the file.
 */

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/;
function isAssignment(w) {
    return ASSIGNMENT.test(w.raw);
}
/** The command's words without its leading `NAME=value` assignments. */
function argv(cmd) {
    let k = 0;
    while (k < cmd.words.length && isAssignment(cmd.words[k]))
        k++;
    return cmd.words.slice(k);
}
/** Leading `NAME=value` words. */
function prefixAssignments(cmd) {
    const out = [];
    for (const w of cmd.words) {
        if (!isAssignment(w))
            break;
        out.push(w);
    }
    return out;
}
/** Wrappers that run the rest of their argv as the real command. Values: how many option words to skip. */
const WRAPPERS = {
    sudo: (w) => skipOptions(w, new Set(['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U'])),
    env: (w) => {
        let k = skipOptions(w, new Set(['-u', '-C', '-S']));
        while (k < w.length && isAssignment(w[k]))
            k++;
        return k;
    },
    nohup: () => 0,
    setsid: (w) => skipOptions(w, new Set()),
    exec: (w) => skipOptions(w, new Set(['-a'])),
    command: () => 0,
    time: (w) => skipOptions(w, new Set(['-f', '-o'])),
    nice: (w) => skipOptions(w, new Set(['-n'])),
    ionice: (w) => skipOptions(w, new Set(['-c', '-n'])),
    stdbuf: (w) => skipOptions(w, new Set(['-i', '-o', '-e'])),
    timeout: (w) => {
        const k = skipOptions(w, new Set(['-s', '-k', '--signal', '--kill-after']));
        return k + 1; // the duration
    },
    xargs: (w) => skipOptions(w, new Set(['-I', '-n', '-P', '-L', '-d', '-E', '-s', '-a'])),
};
function skipOptions(words, withArg) {
    let k = 0;
    while (k < words.length) {
        const v = words[k].value;
        if (v === '--')
            return k + 1;
        if (!v.startsWith('-') || v === '-')
            break;
        k += withArg.has(v) ? 2 : 1;
    }
    return k;
}
/** The effective argv once wrappers (`sudo`, `env`, `nohup`, `timeout 5` …) are peeled off, and the wrappers seen. */
function effectiveArgv(cmd) {
    let words = argv(cmd);
    const wrappers = [];
    for (let guard = 0; guard < 6; guard++) {
        const head = words[0];
        const skip = head ? WRAPPERS[basename(head.value)] : undefined;
        if (!head || !skip)
            break;
        wrappers.push(basename(head.value));
        const rest = words.slice(1);
        words = rest.slice(skip(rest));
    }
    return { words, wrappers };
}
function basename(p) {
    const at = p.lastIndexOf('/');
    return at === -1 ? p : p.slice(at + 1);
}
/** The command name (`python3`, `ssh`) after wrappers, or ''. */
function commandName(cmd) {
    const head = effectiveArgv(cmd).words[0];
    return head ? basename(head.value) : '';
}
const SSH_OPTS_WITH_ARG = new Set('BbcDEeFIiJLlmOoPpQRSWw'.split(''));
/** For an `ssh` argv (starting at `ssh`): host and remote command words. */
function sshParts(words) {
    const options = [];
    let k = 1;
    while (k < words.length) {
        const w = words[k];
        const v = w.value;
        if (v === '--') {
            k++;
            break;
        }
        if (!v.startsWith('-') || v.length < 2)
            break;
        options.push(w);
        const letter = v[v.length - 1];
        // `-p22` carries its value; `-p 22` takes the next word.
        const flags = v.slice(1);
        const withArg = [...flags].findIndex((c) => SSH_OPTS_WITH_ARG.has(c));
        if (withArg !== -1 && withArg === flags.length - 1 && SSH_OPTS_WITH_ARG.has(letter)) {
            const next = words[k + 1];
            if (next)
                options.push(next);
            k += 2;
        }
        else {
            k += 1;
        }
    }
    return { host: words[k], remote: words.slice(k + 1), options };
}
const SHELLS = new Set(['bash', 'sh', 'dash', 'zsh', 'ksh']);
/** The command strings a command runs elsewhere. */
function nestedOf(cmd) {
    const { words } = effectiveArgv(cmd);
    const name = words[0] ? basename(words[0].value) : '';
    const out = [];
    if (name === 'ssh') {
        const { remote } = sshParts(words);
        if (remote.length > 0) {
            out.push({ text: remote.map((w) => w.value).join(' '), at: remote[0], origin: 'ssh' });
        }
        const shellOnly = remote.length === 0 || (SHELLS.has(basename(remote[0]?.value ?? '')) && !remote.some((w) => w.value === '-c'));
        if (shellOnly && cmd.heredoc)
            out.push({ text: cmd.heredoc.body, at: undefined, origin: 'heredoc', line: cmd.heredoc.line });
        return out;
    }
    if (SHELLS.has(name)) {
        const c = words.findIndex((w, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(w.value));
        const script = c === -1 ? undefined : words[c + 1];
        if (script)
            out.push({ text: script.value, at: script, origin: 'bash -c' });
        else if (words.some((w) => w.value === '-s') && cmd.heredoc) {
            out.push({ text: cmd.heredoc.body, at: undefined, origin: 'heredoc', line: cmd.heredoc.line });
        }
        return out;
    }
    if (name === 'tmux') {
        const sub = words[1]?.value ?? '';
        if (sub === 'new' || sub === 'new-session' || sub === 'new-window' || sub === 'neww' || sub === 'split-window') {
            const rest = words.slice(2);
            let k = 0;
            const withArg = new Set(['-s', '-n', '-c', '-t', '-e', '-x', '-y', '-F', '-f', '-l']);
            while (k < rest.length && rest[k].value.startsWith('-'))
                k += withArg.has(rest[k].value) ? 2 : 1;
            const cmdWords = rest.slice(k);
            if (cmdWords.length > 0)
                out.push({ text: cmdWords.map((w) => w.value).join(' '), at: cmdWords[0], origin: 'tmux' });
        }
        else if (sub === 'send-keys' || sub === 'send') {
            const rest = words.slice(2);
            let k = 0;
            while (k < rest.length && rest[k].value.startsWith('-'))
                k += rest[k].value === '-t' ? 2 : 1;
            const keys = rest.slice(k).filter((w) => !/^(Enter|C-m|KPEnter)$/.test(w.value));
            if (keys.length > 0)
                out.push({ text: keys.map((w) => w.value).join(' '), at: keys[0], origin: 'tmux' });
        }
    }
    return out;
}
/** Tokenizes a script and every command string nested in it (up to three levels deep). */
function parseShellScript(text, options = {}) {
    const units = [];
    const visit = (commands, origin, level, via) => {
        units.push({ commands, origin, level, ...(via ? { via } : {}) });
        if (level >= 3)
            return;
        for (const cmd of commands) {
            for (const n of nestedOf(cmd)) {
                const opts = n.at
                    ? { line: n.at.line, firstCol: n.at.col + (n.at.quoted ? 1 : 0) }
                    : { line: n.line ?? cmd.line, indent: options.indent ?? 0 };
                visit(tokenizeShell(n.text, opts), n.origin, level + 1, cmd);
            }
        }
    };
    visit(tokenizeShell(text, options), 'script', 0);
    return { units };
}
/** Every command of every unit. */
function allCommands(script) {
    return script.units.flatMap((u) => u.commands);
}


/***/ }),

/***/ 7265:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ makeSourceFile),
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   t9: () => (/* binding */ shebangInterpreter)
/* harmony export */ });
const SHELL_EXT = /\.(sh|bash|zsh|ksh|dash)(\.template|\.tmpl|\.in)?$/;
const SHEBANG_SHELL = /^#!\s*(?:\/usr)?\/bin\/(?:env\s+(?:-S\s+)?)?(bash|sh|dash|zsh|ksh)\b/;
const SHEBANG_PYTHON = /^#!\s*(?:\/usr)?\/(?:local\/)?bin\/(?:env\s+)?python[0-9.]*\b/;
function kindOf(path, head) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (SHELL_EXT.test(name))
        return 'shell';
    if (/\.pyw?$/.test(name))
        return 'python';
    if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path) || /(^|\/)action\.ya?ml$/.test(path))
        return 'workflow';
    if (/\.ya?ml$/.test(name))
        return 'yaml';
    if (/\.json$/.test(name))
        return 'json';
    if (name === '.gitattributes')
        return 'gitattributes';
    if (head[0] === 0x23 && head[1] === 0x21) {
        const first = head.toString('latin1', 0, Math.min(head.length, 120)).split('\n')[0] ?? '';
        if (SHEBANG_SHELL.test(first))
            return 'shell';
        if (SHEBANG_PYTHON.test(first))
            return 'python';
    }
    return 'other';
}
function makeSourceFile(path, bytes, extra = {}) {
    let text;
    let lines;
    return {
        path,
        bytes,
        kind: kindOf(path, bytes.subarray(0, 120)),
        indexCrlf: extra.indexCrlf ?? false,
        executable: extra.executable ?? false,
        text: () => (text ??= bytes.toString('utf8')),
        lines: () => (lines ??= (text ??= bytes.toString('utf8')).split('\n')),
        shebang() {
            if (bytes[0] !== 0x23 || bytes[1] !== 0x21)
                return undefined;
            const end = bytes.indexOf(0x0a);
            return bytes.toString('utf8', 0, end === -1 ? Math.min(bytes.length, 200) : end).replace(/\r$/, '');
        },
    };
}
/** The interpreter a shebang names: `bash` for `#!/usr/bin/env bash`. */
function shebangInterpreter(shebang) {
    if (!shebang)
        return undefined;
    const m = /^#!\s*(\S+)(?:\s+(?:-S\s+)?(\S+))?/.exec(shebang);
    if (!m)
        return undefined;
    const prog = (m[1] ?? '').split('/').pop() ?? '';
    return prog === 'env' ? m[2]?.split('/').pop() : prog;
}


/***/ }),

/***/ 3047:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ describeLoss),
/* harmony export */   VA: () => (/* binding */ VolatileMatcher),
/* harmony export */   r1: () => (/* binding */ BUILTIN_VOLATILE)
/* harmony export */ });
/* unused harmony export severityFor */
/* harmony import */ var _python_path_value_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2563);
/* harmony import */ var _profiles_universal_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5188);
/**
 * Which paths do not survive: the built-in roots that are scratch on every machine (/tmp, /var/tmp,
 * /dev/shm, $TMPDIR) plus each selected profile's volatile paths, minus durable prefixes from the config.
 */


/** Scratch on every machine: the profiles' universal paths (/tmp, /dev/shm, /var/tmp) and $TMPDIR. */
const BUILTIN_VOLATILE = [
    ..._profiles_universal_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .UNIVERSAL_VOLATILE */ .j.map((u) => ({
        path: u.path,
        platform: 'any machine',
        lostOn: [...u.lostOn],
        note: u.note,
        source: u.source,
    })),
    {
        path: '$TMPDIR',
        platform: 'Slurm and most schedulers',
        lostOn: ['session-end'],
        note: 'A per-job directory the scheduler removes when the job ends.',
        source: 'seed/remote-gpu-trainer/profiles/generic-ssh.md §SLURM5',
    },
];
/** Error when the file dies on a stop, restart or job end; warning when only destroying the machine loses it. */
function severityFor(root) {
    return root.lostOn.some((e) => e !== 'destroy') ? 'error' : 'warning';
}
function describeLoss(root) {
    const events = root.lostOn.map((e) => (e === 'session-end' ? 'the end of the job or session' : `a ${e}`));
    const when = events.length > 1 ? `${events.slice(0, -1).join(', ')} or ${events[events.length - 1]}` : (events[0] ?? 'teardown');
    return `${root.platform} loses it on ${when}`;
}
class VolatileMatcher {
    durable;
    roots;
    constructor(roots, durable = []) {
        this.durable = durable;
        // Longest first, so a specific profile path wins over a generic root.
        this.roots = [...roots].sort((a, b) => b.path.length - a.path.length);
    }
    /** The volatile root of a literal path, or undefined. */
    matchText(path) {
        const clean = path.replace(/\/{2,}/g, '/');
        if (!clean.startsWith('/'))
            return undefined;
        const durable = this.durable.filter((d) => under(clean, d)).sort((a, b) => b.length - a.length)[0];
        for (const root of this.roots) {
            if (root.path.startsWith('$'))
                continue;
            if (under(clean, root.path)) {
                if (durable && durable.length > root.path.length)
                    return undefined;
                return root;
            }
        }
        return undefined;
    }
    /** Matches a propagated path value. Paths from `tempfile` and unknown roots never match. */
    match(parts) {
        if (parts.some((p) => p.kind === 'tempfile' || p.kind === 'memory'))
            return undefined;
        const first = parts[0];
        if (!first)
            return undefined;
        if (first.kind === 'env') {
            const root = this.roots.find((r) => r.path === `$${first.name}`);
            if (root)
                return { root, severity: severityFor(root) };
            if (first.fallback) {
                const inner = this.match(first.fallback);
                if (inner)
                    return { ...inner, severity: 'warning', viaFallback: first.name };
            }
            return undefined;
        }
        if (first.kind !== 'text')
            return undefined;
        const text = (0,_python_path_value_js__WEBPACK_IMPORTED_MODULE_0__/* .leadingText */ .SJ)(parts);
        // With an unknown part after the text, only the text up to its last `/` is certain (`/tmp` + x may be /tmpfoo).
        const certain = parts.length === 1 ? text : text.slice(0, text.lastIndexOf('/') + 1);
        const root = certain.length > 1 ? this.matchText(certain.replace(/\/+$/, '')) : undefined;
        if (!root)
            return undefined;
        return { root, severity: severityFor(root) };
    }
    /** Matches a path written in shell or YAML: `/tmp/x`, `$TMPDIR/x`, `${TMPDIR}/x`, `${TMPDIR:-/tmp}/x`. */
    matchShellText(value) {
        const env = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}?/.exec(value);
        if (env?.[1]) {
            const root = this.roots.find((r) => r.path === `$${env[1]}`);
            if (root)
                return { root, severity: severityFor(root) };
            if (env[2]) {
                const fb = this.matchText(env[2]);
                if (fb)
                    return { root: fb, severity: 'warning', viaFallback: env[1] };
            }
            return undefined;
        }
        const root = this.matchText(value);
        return root ? { root, severity: severityFor(root) } : undefined;
    }
}
function under(path, root) {
    const r = root.replace(/\/+$/, '');
    return path === r || path.startsWith(r + '/');
}


/***/ }),

/***/ 2182:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ packagePath),
/* harmony export */   Z: () => (/* binding */ packageRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



let cached;
/**
 * The root of the tenant checkout or package: the nearest directory above this module (or above the ncc
 * bundle it was compiled into, `dist/<name>/index.js`) whose package.json is named `tenant`. Profiles and
 * assets are read from there at run time, so bundles need no copies of them.
 */
function packageRoot() {
    if (cached)
        return cached;
    const override = process.env.TENANT_ROOT;
    if (override)
        return (cached = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(override));
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (;;) {
        const pkg = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(pkg)) {
            try {
                const parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(pkg, 'utf8'));
                if (parsed.name === 'tenant')
                    return (cached = dir);
            }
            catch {
                // not ours; keep walking up
            }
        }
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir) {
            throw new Error(`tenant: cannot find the package root above ${(0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)}; set TENANT_ROOT`);
        }
        dir = parent;
    }
}
/** A file or directory inside the package, e.g. `profiles` or `assets/probe.py`. */
function packagePath(...parts) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(packageRoot(), ...parts);
}


/***/ }),

/***/ 5188:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ UNIVERSAL_VOLATILE)
/* harmony export */ });
/**
 * Paths that are volatile on every Linux box, whatever the platform. A profile that lists the same path
 * itself (e.g. Paperspace's `/tmp`) replaces the entry here. Sources follow the same rule as profile facts.
 */
const UNIVERSAL_VOLATILE = [
    {
        path: '/tmp',
        lostOn: ['stop', 'restart', 'destroy'],
        note: 'Scratch space: cleared at boot on most distributions (tmpfs or systemd-tmpfiles) and never promised to persist.',
        source: 'FHS 3.0 §3.18 /tmp (programs must not assume files are preserved between invocations)',
        verified: '2026-11',
    },
    {
        path: '/dev/shm',
        lostOn: ['stop', 'restart', 'destroy'],
        note: 'Shared memory held in RAM: gone at every restart, and only 64 MB by default in Docker containers.',
        source: 'seed/remote-gpu-trainer/references/training/data-pipeline.md §DP15',
        verified: '2026-06',
    },
    {
        path: '/var/tmp',
        lostOn: ['destroy'],
        note: 'Kept across reboots, but systemd-tmpfiles prunes old files and it lives on the system or container disk.',
        source: 'FHS 3.0 §5.15 /var/tmp (preserved between reboots; temporary by contract)',
        verified: '2026-11',
    },
];


/***/ }),

/***/ 2799:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
// First import of every bundle entry: ssh2's bundled emscripten glue reads __dirname at load time, which
// an ESM bundle lacks (see shared/reference/deps.md, Q2).


const g = globalThis;
g.__dirname ??= (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url));


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9626);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
