/**
 * The Python parser: web-tree-sitter with the tree-sitter-python grammar. This is the only file that imports
 * web-tree-sitter. Both wasm files are read from disk as bytes: next to the ncc bundle when bundled
 * (scripts/build.mjs copies them there), else from node_modules — never through `new URL(…, import.meta.url)`,
 * which ncc mangles for binary assets (shared/reference/deps.md, Q5).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PythonParser, PyTree } from '../core/lint/python/syntax.js';
import { packagePath } from '../core/package-root.js';

const here = dirname(fileURLToPath(import.meta.url));

function wasmFile(name: string, pkg: string): string {
  const candidates = [join(here, name), packagePath('node_modules', pkg, name)];
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new Error(`tenant lint: ${name} not found (looked in ${candidates.join(', ')}); reinstall or rebuild`);
  return found;
}

let shared: Promise<PythonParser> | undefined;

/** One parser per process, created on first use (about 20 ms: wasm runtime and grammar). */
export function pythonParser(): Promise<PythonParser> {
  shared ??= create();
  return shared;
}

async function create(): Promise<PythonParser> {
  // Imported here, so that a run with no Python file to parse never loads it.
  const { Language, Parser } = await import('web-tree-sitter');
  const runtime = wasmFile('web-tree-sitter.wasm', 'web-tree-sitter');
  await Parser.init({ wasmBinary: readFileSync(runtime) } as object);
  const language = await Language.load(readFileSync(wasmFile('tree-sitter-python.wasm', 'tree-sitter-python')));
  const parser = new Parser();
  parser.setLanguage(language);
  return {
    parse(text: string): PyTree {
      const tree = parser.parse(text);
      if (!tree) throw new Error('tenant lint: the Python parser returned no tree');
      return tree as unknown as PyTree;
    },
  };
}
