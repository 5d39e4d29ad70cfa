/** Shared helpers for the lint tests: lint a directory without git, with the real Python parser. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pythonParser } from '../../src/adapters/tree-sitter-python.js';
import { DEFAULT_CONFIG, type LintConfig } from '../../src/core/lint/config/lint-config.js';
import { lint, type FileEntry, type LintDeps, type LintResult } from '../../src/core/lint/engine.js';
import type { VolatileRoot } from '../../src/core/lint/volatile.js';

function walk(root: string, dir = ''): FileEntry[] {
  const out: FileEntry[] = [];
  for (const name of readdirSync(join(root, dir)).sort()) {
    const rel = dir ? `${dir}/${name}` : name;
    const st = statSync(join(root, rel));
    if (st.isDirectory()) out.push(...walk(root, rel));
    else out.push({ path: rel, executable: (st.mode & 0o111) !== 0 });
  }
  return out;
}

export const fsDeps: LintDeps = {
  listFiles: async (root, paths) => {
    const all = walk(root);
    return paths.length === 0 ? all : all.filter((e) => paths.some((p) => e.path === p || e.path.startsWith(p + '/')));
  },
  python: pythonParser,
};

export interface LintDirOptions {
  only?: string[];
  config?: Partial<LintConfig>;
  paths?: string[];
  profileVolatile?: VolatileRoot[];
  profileDurable?: string[];
}

export function lintDir(root: string, o: LintDirOptions = {}): Promise<LintResult> {
  return lint(
    {
      root,
      paths: o.paths ?? [],
      config: { ...DEFAULT_CONFIG, ...o.config },
      ...(o.only ? { only: o.only } : {}),
      ...(o.profileVolatile ? { profileVolatile: o.profileVolatile } : {}),
      ...(o.profileDurable ? { profileDurable: o.profileDurable } : {}),
    },
    fsDeps,
  );
}
