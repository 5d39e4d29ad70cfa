/**
 * Constant propagation for path values: what a Python expression used as a save path resolves to, as a
 * sequence of parts (known text, an environment variable, something unknown). It follows string literals,
 * f-strings, `+`, `%` and `.format`, `os.path.join`, `pathlib` `/` and `Path(...)`, names assigned in the
 * function or at module level, parameter defaults, argparse defaults (`args.output_dir`), and
 * `os.environ[...]` / `os.getenv(...)`: an environment variable is an unknown but deliberate root. Anything
 * from the `tempfile` module is deliberate scratch.
 */
import { stringLiteral, unescapePy, type PyModule } from './module.js';
import type { PyNode } from './syntax.js';

export type PathPart =
  | { kind: 'text'; text: string }
  | { kind: 'env'; name: string; fallback: PathPart[] | undefined }
  | { kind: 'tempfile' }
  /** An in-memory buffer (`io.BytesIO()`): no file is written. */
  | { kind: 'memory' }
  | { kind: 'unknown' };

export interface PathValue {
  parts: PathPart[];
  /** The value came from an argparse default (the path used when the flag is not given). */
  viaFlag?: string;
}

const UNKNOWN: PathPart[] = [{ kind: 'unknown' }];
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

export class PathEvaluator {
  /** Set while evaluating an `args.X` default, reported on the value. */
  private flag: string | undefined;

  constructor(private readonly mod: PyModule) {}

  evaluate(node: PyNode): PathValue {
    this.flag = undefined;
    const parts = normalize(this.eval(node, 0));
    return this.flag ? { parts, viaFlag: this.flag } : { parts };
  }

  private eval(node: PyNode, depth: number): PathPart[] {
    if (depth > MAX_DEPTH) return UNKNOWN;
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
        if (!a || !b) return UNKNOWN;
        const left = normalize(this.eval(a, d));
        const right = normalize(this.eval(b, d));
        return JSON.stringify(left) === JSON.stringify(right) ? left : UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  }

  private evalString(node: PyNode, d: number): PathPart[] {
    const prefix = node.children[0]?.text ?? '';
    if (/b/i.test(prefix.replace(/["']/g, '')) && !/f/i.test(prefix)) return UNKNOWN;
    const out: PathPart[] = [];
    for (const c of node.namedChildren) {
      if (!c) continue;
      if (c.type === 'string_content') out.push({ kind: 'text', text: unescapePy(c.text) });
      else if (c.type === 'interpolation') {
        const expr = c.childForFieldName('expression') ?? c.namedChildren[0];
        out.push(...(expr ? this.eval(expr, d) : UNKNOWN));
      }
    }
    return out;
  }

  private evalBinary(node: PyNode, d: number): PathPart[] {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    const op = node.childForFieldName('operator')?.text;
    if (!left || !right) return UNKNOWN;
    if (op === '+') return [...this.eval(left, d), ...this.eval(right, d)];
    if (op === '/') return joinParts([this.eval(left, d), this.eval(right, d)]);
    if (op === '%' && left.type === 'string') {
      const values = right.type === 'tuple' ? right.namedChildren : [right];
      let k = 0;
      return this.substitute(left, d, /%[-+ #0]*\d*(?:\.\d+)?[sdrf]/g, () => values[k++] ?? null);
    }
    return UNKNOWN;
  }

  /** Rebuilds a format string, replacing each placeholder with the value of the next argument. */
  private substitute(fmt: PyNode, d: number, placeholder: RegExp, next: (spec: string) => PyNode | null): PathPart[] {
    const text = stringLiteral(fmt);
    if (text === undefined) return UNKNOWN;
    const out: PathPart[] = [];
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

  private evalName(name: PyNode, at: PyNode, d: number): PathPart[] {
    const line = at.startPosition.row + 1;
    let scope: PyNode | undefined = this.mod.scopeOf(at);
    let first = true;
    while (scope) {
      // In the scope where the name is used only earlier bindings count; in an enclosing scope (a module
      // constant read inside a function) the last one does, since the function runs after module set-up.
      const assigned = this.mod.assignmentsIn(scope, name.text).filter((a) => !first || a.line < line);
      const withs = this.mod.withTargetsIn(scope, name.text).filter((w) => !first || w.line <= line);
      const lastAssign = assigned[assigned.length - 1];
      const lastWith = withs[withs.length - 1];
      if (lastWith && (!lastAssign || lastWith.line >= lastAssign.line)) return this.eval(lastWith.value, d);
      if (lastAssign) return this.eval(lastAssign.value, d);
      const param = this.parameterDefault(scope, name.text);
      if (param !== undefined) return param ? this.eval(param, d) : UNKNOWN;
      scope = this.mod.outerScope(scope);
      first = false;
    }
    return UNKNOWN;
  }

  /** The default of a parameter of the function `scope`: a node, null (a parameter without default), or undefined. */
  private parameterDefault(scope: PyNode, name: string): PyNode | null | undefined {
    if (scope.type !== 'function_definition') return undefined;
    const params = scope.childForFieldName('parameters');
    if (!params) return undefined;
    for (const p of params.namedChildren) {
      if (!p) continue;
      if (p.type === 'identifier' && p.text === name) return null;
      if (p.type === 'default_parameter' || p.type === 'typed_default_parameter') {
        if (p.childForFieldName('name')?.text === name) return p.childForFieldName('value');
      }
      if (p.type === 'typed_parameter' && p.namedChildren[0]?.text === name) return null;
    }
    return undefined;
  }

  private evalAttribute(node: PyNode, d: number): PathPart[] {
    const obj = node.childForFieldName('object');
    const attr = node.childForFieldName('attribute')?.text;
    if (!obj || !attr) return UNKNOWN;
    const objParts = this.eval(obj, d);
    if (objParts.some((p) => p.kind === 'tempfile')) return [{ kind: 'tempfile' }];
    // `args.output_dir` → the argparse default of --output_dir / --output-dir.
    const flag = this.mod.flags.get(attr);
    if (flag && (obj.type === 'identifier' || obj.type === 'attribute')) {
      if (!flag.default) return UNKNOWN;
      this.flag ??= flag.flag;
      return this.eval(flag.default, d);
    }
    return UNKNOWN;
  }

  private evalSubscript(node: PyNode, d: number): PathPart[] {
    const value = node.childForFieldName('value');
    const index = node.childForFieldName('subscript');
    if (!value || !index) return UNKNOWN;
    if (this.mod.qualify(value) === 'os.environ') {
      const name = stringLiteral(index);
      return name ? [{ kind: 'env', name, fallback: undefined }] : UNKNOWN;
    }
    void d;
    return UNKNOWN;
  }

  private evalCall(node: PyNode, d: number): PathPart[] {
    const fn = node.childForFieldName('function');
    if (!fn) return UNKNOWN;
    const callee = this.mod.qualify(fn) ?? '';
    const argList = node.childForFieldName('arguments');
    const args = (argList?.namedChildren ?? []).filter(
      (a): a is PyNode => !!a && a.type !== 'keyword_argument' && a.type !== 'comment',
    );
    const kw = (name: string): PyNode | undefined =>
      (argList?.namedChildren ?? [])
        .find((a) => a?.type === 'keyword_argument' && a.childForFieldName('name')?.text === name)
        ?.childForFieldName('value') ?? undefined;

    if (callee === 'tempfile' || callee.startsWith('tempfile.')) return [{ kind: 'tempfile' }];
    if (callee === 'io.BytesIO' || callee === 'BytesIO' || callee === 'io.BufferedWriter') return [{ kind: 'memory' }];
    if (callee === 'open' || callee === 'io.open' || callee === 'builtins.open')
      return args[0] ? this.eval(args[0], d) : UNKNOWN;
    if (ENV_GETTERS.has(callee)) {
      const name = args[0] ? stringLiteral(args[0]) : undefined;
      if (!name) return UNKNOWN;
      const fb = args[1] ?? kw('default');
      return [{ kind: 'env', name, fallback: fb ? normalize(this.eval(fb, d)) : undefined }];
    }
    if (JOINS.has(callee) && args.length > 1) return joinParts(args.map((a) => this.eval(a, d)));
    if (PASS_THROUGH.has(callee)) return args[0] ? this.eval(args[0], d) : UNKNOWN;

    if (fn.type === 'attribute') {
      const obj = fn.childForFieldName('object');
      const method = fn.childForFieldName('attribute')?.text ?? '';
      if (!obj) return UNKNOWN;
      if (method === 'format' && obj.type === 'string') {
        let k = 0;
        return this.substitute(obj, d, /\{([A-Za-z_][A-Za-z0-9_]*|\d*)(?:[:!][^}]*)?\}/g, (spec) => {
          const key = /^\{([A-Za-z_][A-Za-z0-9_]*)/.exec(spec)?.[1];
          if (key) return kw(key) ?? null;
          const idx = /^\{(\d+)/.exec(spec)?.[1];
          return (idx !== undefined ? args[Number(idx)] : args[k++]) ?? null;
        });
      }
      if (method === 'joinpath') return joinParts([this.eval(obj, d), ...args.map((a) => this.eval(a, d))]);
      if (SAME_PATH_METHODS.has(method)) {
        const base = this.eval(obj, d);
        return method.startsWith('with_') ? [...base, { kind: 'unknown' }] : base;
      }
    }
    return UNKNOWN;
  }
}

/** Joins path segments as os.path.join does: an absolute later segment restarts the path. */
function joinParts(segments: PathPart[][]): PathPart[] {
  let out: PathPart[] = [];
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
    out = [...out, ...(needsSlash ? [{ kind: 'text', text: '/' } as PathPart] : []), ...seg];
  }
  return out;
}

/** Merges adjacent text parts and drops empty ones. */
export function normalize(parts: PathPart[]): PathPart[] {
  const out: PathPart[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (p.kind === 'text') {
      if (p.text === '') continue;
      if (prev?.kind === 'text') out[out.length - 1] = { kind: 'text', text: prev.text + p.text };
      else out.push(p);
    } else {
      out.push(p);
    }
  }
  return out;
}

/** The value as text for messages: `$TMPDIR/ckpt/{?}`. */
export function describePath(parts: PathPart[]): string {
  return parts
    .map((p) =>
      p.kind === 'text'
        ? p.text
        : p.kind === 'env'
          ? `$${p.name}`
          : p.kind === 'tempfile'
            ? '{tempfile}'
            : p.kind === 'memory'
              ? '{memory}'
              : '{?}',
    )
    .join('');
}

/** The literal text the value starts with, up to the first part that is not text. */
export function leadingText(parts: PathPart[]): string {
  const first = parts[0];
  return first?.kind === 'text' ? first.text : '';
}
