export const id = 771;
export const ids = [771];
export const modules = {

/***/ 2000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LK: () => (/* binding */ PathEvaluator),
/* harmony export */   NH: () => (/* binding */ describePath),
/* harmony export */   SJ: () => (/* binding */ leadingText)
/* harmony export */ });
/* unused harmony export normalize */
/* harmony import */ var _module_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2000);
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

/***/ 7333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   at: () => (/* binding */ at)
/* harmony export */ });
/** A finding at a 1-based line and column. */
function at(line, column, message, extra = {}) {
    return { line, column, message, ...extra };
}


/***/ }),

/***/ 7789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ committedCrlfFinding),
/* harmony export */   i: () => (/* binding */ shellCrlf)
/* harmony export */ });
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7333);
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

/***/ 7265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ describeLoss),
/* harmony export */   VA: () => (/* binding */ VolatileMatcher),
/* harmony export */   r1: () => (/* binding */ BUILTIN_VOLATILE)
/* harmony export */ });
/* unused harmony export severityFor */
/* harmony import */ var _python_path_value_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2563);
/* harmony import */ var _profiles_universal_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5188);
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


/***/ })

};
