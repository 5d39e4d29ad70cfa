/**
 * Lists the files to lint: what git tracks plus untracked files it does not ignore (`git ls-files`), with
 * each tracked file's mode and the line endings of its committed blob. Outside a git work tree, a plain
 * directory walk that skips .git, node_modules and virtualenvs.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import type { FileEntry } from '../core/lint/engine.js';

const run = promisify(execFile);
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
export function relativePaths(root: string, paths: readonly string[]): string[] {
  return paths
    .map((p) => (isAbsolute(p) ? relative(root, p) : p))
    .map((p) =>
      p
        .split(sep)
        .join('/')
        .replace(/^\.\/+/, '')
        .replace(/\/+$/, ''),
    )
    .filter((p) => p !== '' && p !== '.');
}

/** A record of `git ls-files -s`: `<mode> <object name> <stage>\t<path>`. */
const STAGED = /^([0-7]{6}) [0-9a-f]{40,64} [0-3]\t/;

async function gitFiles(root: string, specs: string[]): Promise<FileEntry[] | undefined> {
  const opts = { cwd: root, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' as const };
  try {
    // One git process lists both: tracked files as staged records (with their mode), and untracked files that
    // are not ignored as bare paths (a second process costs a fork of this one, the larger part of a listing).
    const { stdout } = await run(
      'git',
      ['-c', 'core.quotepath=off', 'ls-files', '-z', '-s', '--others', '--exclude-standard', '--', ...specs],
      opts,
    );
    const out = new Map<string, FileEntry>();
    const untracked: string[] = [];
    for (const rec of stdout.split('\0')) {
      if (!rec) continue;
      const staged = STAGED.exec(rec);
      if (!staged) {
        untracked.push(rec);
        continue;
      }
      const mode = staged[1];
      const path = rec.slice(staged[0].length);
      if (mode === '160000' || mode === '120000') continue; // submodules and symlinks
      out.set(path, { path, executable: mode === '100755' });
    }
    for (const path of untracked) if (!out.has(path)) out.set(path, { path });
    return [...out.values()];
  } catch {
    return undefined;
  }
}

function walk(root: string, dir: string, out: FileEntry[]): void {
  let names: string[];
  try {
    names = readdirSync(join(root, dir));
  } catch {
    return;
  }
  for (const name of names.sort()) {
    const rel = dir ? `${dir}/${name}` : name;
    let st;
    try {
      st = statSync(join(root, rel));
    } catch {
      continue;
    }
    if (st.isDirectory()) {
      if (!SKIP_DIRS.has(name)) walk(root, rel, out);
    } else if (st.isFile()) {
      out.push({ path: rel, executable: (st.mode & 0o111) !== 0 });
    }
  }
}

export async function listFiles(root: string, paths: readonly string[]): Promise<FileEntry[]> {
  const specs = relativePaths(root, paths);
  const fromGit = await gitFiles(root, specs);
  if (fromGit) return fromGit.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const out: FileEntry[] = [];
  if (specs.length === 0) walk(root, '', out);
  for (const spec of specs) {
    const abs = join(root, spec);
    if (!existsSync(abs)) continue;
    if (statSync(abs).isDirectory()) walk(root, spec, out);
    else out.push({ path: spec, executable: (statSync(abs).mode & 0o111) !== 0 });
  }
  return out;
}

/**
 * Of `paths`, those whose committed blob has CRLF (or mixed) line endings: `git ls-files --eol` reads each
 * blob, so it is asked only about shell scripts, and the engine overlaps it with the rules.
 */
export async function indexCrlf(root: string, paths: readonly string[]): Promise<ReadonlySet<string>> {
  const out = new Set<string>();
  const chunk = 2000;
  for (let i = 0; i < paths.length; i += chunk) {
    const { stdout } = await run(
      'git',
      [
        '-c',
        'core.quotepath=off',
        'ls-files',
        '-z',
        '--eol',
        '--',
        ...paths.slice(i, i + chunk).map((p) => `:(literal)${p}`),
      ],
      {
        cwd: root,
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'utf8',
      },
    );
    for (const rec of stdout.split('\0')) {
      // "i/crlf  w/lf    attr/text eol=lf      \t<path>" (the attr field may hold spaces)
      const tab = rec.indexOf('\t');
      if (tab === -1) continue;
      const eol = rec.slice(0, tab).split(/\s+/)[0] ?? '';
      if (eol === 'i/crlf' || eol === 'i/mixed') out.add(rec.slice(tab + 1));
    }
  }
  return out;
}
