/**
 * The slice of a tree-sitter syntax tree the Python rules use. The adapter (src/adapters/tree-sitter-python.ts)
 * hands over web-tree-sitter nodes, which satisfy this interface; core never imports web-tree-sitter.
 */
export interface Point {
  row: number;
  column: number;
}

export interface PyNode {
  readonly id: number;
  readonly type: string;
  readonly text: string;
  readonly startPosition: Point;
  readonly endPosition: Point;
  readonly parent: PyNode | null;
  readonly namedChildren: readonly (PyNode | null)[];
  readonly children: readonly (PyNode | null)[];
  childForFieldName(name: string): PyNode | null;
  descendantsOfType(types: string | string[]): (PyNode | null)[];
}

export interface PyTree {
  readonly rootNode: PyNode;
  /** Frees the tree (wasm memory); called once the rules are done with it. */
  delete(): void;
}

/** Parses Python source; one instance is reused for every file. */
export interface PythonParser {
  parse(text: string): PyTree;
}
