/**
 * A parsed Python file as the rules see it: import aliases resolved, every call with its qualified callee,
 * positional and keyword arguments, the assignments of each scope, and argparse flags with their defaults.
 */
import type { PyNode, PyTree } from './syntax.js';

export interface PyCall {
  node: PyNode;
  /** Dotted callee with import aliases resolved: `T.save` → `torch.save`, `np.save` → `numpy.save`. */
  callee: string;
  /** The last segment of the callee: `save`, `save_pretrained`. */
  name: string;
  /** The receiver expression of a method call (`trainer` in `trainer.save_model()`). */
  receiver: PyNode | undefined;
  args: PyNode[];
  kwargs: Map<string, PyNode>;
  /** 1-based. */
  line: number;
  column: number;
  /** The enclosing function (or the module's root node). */
  scope: PyNode;
}

export interface Assignment {
  name: string;
  value: PyNode;
  line: number;
  scope: PyNode;
}

export interface ArgFlag {
  /** `output_dir` for `--output-dir`. */
  dest: string;
  flag: string;
  default: PyNode | undefined;
  /** `store_true`, `store_false` … when given. */
  action: string | undefined;
}

const SCOPE_TYPES = new Set(['function_definition', 'lambda']);

/**
 * A call as the rules see it. The callee is resolved for every call (rules pick calls by it); the receiver,
 * the arguments and the scope are looked up in the tree the first time a rule asks, since most calls of a
 * file are never asked about and each lookup crosses into the parser's wasm memory.
 */
class Call implements PyCall {
  readonly name: string;
  readonly line: number;
  readonly column: number;
  private argList: { args: PyNode[]; kwargs: Map<string, PyNode> } | undefined;
  private receiverNode: PyNode | null | undefined;
  private scopeNode: PyNode | undefined;

  constructor(
    private readonly mod: PyModule,
    readonly node: PyNode,
    private readonly fn: PyNode,
    readonly callee: string,
  ) {
    this.name = callee.split('.').pop() ?? callee;
    this.line = node.startPosition.row + 1;
    this.column = node.startPosition.column + 1;
  }

  get receiver(): PyNode | undefined {
    if (this.receiverNode === undefined)
      this.receiverNode = this.fn.type === 'attribute' ? this.fn.childForFieldName('object') : null;
    return this.receiverNode ?? undefined;
  }

  get args(): PyNode[] {
    return this.arguments().args;
  }

  get kwargs(): Map<string, PyNode> {
    return this.arguments().kwargs;
  }

  get scope(): PyNode {
    this.scopeNode ??= this.mod.scopeOf(this.node);
    return this.scopeNode;
  }

  private arguments(): { args: PyNode[]; kwargs: Map<string, PyNode> } {
    if (this.argList) return this.argList;
    const args: PyNode[] = [];
    const kwargs = new Map<string, PyNode>();
    const list = this.node.childForFieldName('arguments');
    if (list && list.type === 'argument_list') {
      for (const a of list.namedChildren) {
        const type = a?.type;
        if (!a || type === 'comment') continue;
        if (type === 'keyword_argument') {
          const k = a.childForFieldName('name')?.text;
          const v = a.childForFieldName('value');
          if (k && v) kwargs.set(k, v);
        } else if (type !== 'list_splat' && type !== 'dictionary_splat') {
          args.push(a);
        }
      }
    }
    this.argList = { args, kwargs };
    return this.argList;
  }
}

export class PyModule {
  readonly root: PyNode;
  readonly imports = new Map<string, string>();
  readonly calls: PyCall[] = [];
  private readonly assignments = new Map<number, Map<string, Assignment[]>>();
  readonly flags = new Map<string, ArgFlag>();
  /** Names bound by `with … as NAME` and `for NAME in …`, by scope id: value node or `undefined` (unknown). */
  private readonly withTargets = new Map<number, Map<string, { value: PyNode; line: number }[]>>();
  /** scopeOf's answers for the nodes it walked through (a node that is not a scope: the scope of its children). */
  private readonly scopes = new Map<number, { scope: PyNode }>();

  constructor(
    readonly tree: PyTree,
    readonly text: string,
  ) {
    this.root = tree.rootNode;
    this.collectImports();
    this.collectAssignments();
    this.collectCalls();
    this.collectFlags();
  }

  /** The function (or module root) a node belongs to. */
  scopeOf(node: PyNode): PyNode {
    // Remembered per node on the way up: the calls of a function share their ancestors.
    const passed: number[] = [];
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
    for (const id of passed) this.scopes.set(id, { scope: found });
    return found;
  }

  /** The scope enclosing `scope` (the module root's parent is undefined). */
  outerScope(scope: PyNode): PyNode | undefined {
    if (scope.id === this.root.id) return undefined;
    return this.scopeOf(scope);
  }

  /** Assignments to `name` directly in `scope`, in source order. */
  assignmentsIn(scope: PyNode, name: string): Assignment[] {
    return this.assignments.get(scope.id)?.get(name) ?? [];
  }

  withTargetsIn(scope: PyNode, name: string): { value: PyNode; line: number }[] {
    return this.withTargets.get(scope.id)?.get(name) ?? [];
  }

  /** Dotted name of an identifier/attribute chain with the first segment's import alias resolved. */
  qualify(node: PyNode): string | undefined {
    const type = node.type; // each read of a node's type is a call into the parser's wasm
    if (type === 'identifier') {
      const text = node.text;
      return this.imports.get(text) ?? text;
    }
    if (type === 'attribute') {
      const obj = node.childForFieldName('object');
      const attr = node.childForFieldName('attribute');
      if (!obj || !attr) return undefined;
      const base = this.qualify(obj);
      return base === undefined ? undefined : `${base}.${attr.text}`;
    }
    return undefined;
  }

  callsNamed(...names: string[]): PyCall[] {
    return this.calls.filter((c) => names.includes(c.name));
  }

  private collectImports(): void {
    for (const node of this.root.descendantsOfType(['import_statement', 'import_from_statement'])) {
      if (!node) continue;
      if (node.type === 'import_statement') {
        for (const child of node.namedChildren) {
          if (!child) continue;
          if (child.type === 'dotted_name') {
            const first = child.text.split('.')[0] ?? child.text;
            this.imports.set(first, first);
          } else if (child.type === 'aliased_import') {
            const name = child.childForFieldName('name')?.text;
            const alias = child.childForFieldName('alias')?.text;
            if (name && alias) this.imports.set(alias, name);
          }
        }
      } else {
        const mod = node.childForFieldName('module_name')?.text;
        if (!mod) continue;
        for (const child of node.namedChildren) {
          if (!child || child === null) continue;
          if (child.type === 'dotted_name' && child.text !== mod) {
            this.imports.set(child.text, `${mod}.${child.text}`);
          } else if (child.type === 'aliased_import') {
            const name = child.childForFieldName('name')?.text;
            const alias = child.childForFieldName('alias')?.text;
            if (name && alias) this.imports.set(alias, `${mod}.${name}`);
          }
        }
      }
    }
  }

  private addAssignment(scope: PyNode, a: Assignment): void {
    let byName = this.assignments.get(scope.id);
    if (!byName) this.assignments.set(scope.id, (byName = new Map()));
    const list = byName.get(a.name) ?? [];
    list.push(a);
    byName.set(a.name, list);
  }

  private collectAssignments(): void {
    for (const node of this.root.descendantsOfType(['assignment', 'with_item', 'named_expression'])) {
      if (!node) continue;
      const line = node.startPosition.row + 1;
      const type = node.type;
      if (type === 'assignment') {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (left?.type === 'identifier' && right) {
          const scope = this.scopeOf(node);
          this.addAssignment(scope, { name: left.text, value: right, line, scope });
        }
      } else if (type === 'named_expression') {
        const name = node.childForFieldName('name');
        const value = node.childForFieldName('value');
        if (name && value) {
          const scope = this.scopeOf(node);
          this.addAssignment(scope, { name: name.text, value, line, scope });
        }
      } else {
        // with_item: value is `as_pattern` (expr as target) in tree-sitter-python.
        const value = node.childForFieldName('value');
        if (value?.type !== 'as_pattern') continue;
        const expr = value.namedChildren[0];
        const alias = value.childForFieldName('alias');
        const target = alias?.namedChildren[0] ?? alias;
        if (!expr || !target || target.type !== 'identifier') continue;
        const scope = this.scopeOf(node);
        let byName = this.withTargets.get(scope.id);
        if (!byName) this.withTargets.set(scope.id, (byName = new Map()));
        const list = byName.get(target.text) ?? [];
        list.push({ value: expr, line });
        byName.set(target.text, list);
      }
    }
  }

  private collectCalls(): void {
    for (const node of this.root.descendantsOfType('call')) {
      if (!node) continue;
      const fn = node.childForFieldName('function');
      if (!fn) continue;
      const callee =
        this.qualify(fn) ?? (fn.type === 'attribute' ? `?.${fn.childForFieldName('attribute')?.text ?? ''}` : '?');
      this.calls.push(new Call(this, node, fn, callee));
    }
  }

  private collectFlags(): void {
    for (const call of this.calls) {
      if (call.name !== 'add_argument') continue;
      const names = call.args.filter((a) => a.type === 'string').map((a) => stringLiteral(a));
      const long = names.find((n) => n?.startsWith('--')) ?? names.find((n) => n?.startsWith('-'));
      if (!long) continue;
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
export function stringLiteral(node: PyNode): string | undefined {
  if (node.type === 'concatenated_string') {
    let out = '';
    for (const c of node.namedChildren) {
      if (!c) continue;
      const v = stringLiteral(c);
      if (v === undefined) return undefined;
      out += v;
    }
    return out;
  }
  if (node.type !== 'string') return undefined;
  let out = '';
  for (const c of node.namedChildren) {
    if (!c) continue;
    if (c.type === 'string_content') out += unescapePy(c.text);
    else if (c.type === 'interpolation') return undefined;
  }
  return out;
}

/** Python string escapes, the common ones. */
export function unescapePy(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}

/** The innermost loop (`for`/`while`) around a node inside its own function, or undefined. */
export function enclosingLoop(node: PyNode): PyNode | undefined {
  let cur = node.parent;
  while (cur && !SCOPE_TYPES.has(cur.type)) {
    if (cur.type === 'for_statement' || cur.type === 'while_statement') return cur;
    cur = cur.parent;
  }
  return undefined;
}
