#!/usr/bin/env node
// Builds one ncc bundle per action (src/actions/<name>/index.ts → dist/<name>/) and one for the CLI
// (src/cli/index.ts → dist/cli/). Run after `npm ci` (scripts are ignored by .npmrc, so no native `.node`
// addon is built and none can land in dist/). Extra files an entry needs beside its bundle (wasm grammars)
// are listed in BUNDLE_EXTRAS. `node scripts/build.mjs NAME...` builds only those entries;
// `--out DIR` writes the bundles under DIR instead of dist/ (the reproducibility test compares the two).
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

/** Files copied next to a bundle after it is built: [entry name, source relative to root]. */
const TREE_SITTER_WASM = [
  'node_modules/web-tree-sitter/web-tree-sitter.wasm',
  'node_modules/tree-sitter-python/tree-sitter-python.wasm',
];
const BUNDLE_EXTRAS = {
  lint: TREE_SITTER_WASM,
  cli: TREE_SITTER_WASM,
};

/**
 * Entries compiled through a stub in scripts/ncc/, with ncc run from that folder: ncc reads tsconfig `paths`
 * from its working directory, and the tsconfig there maps web-tree-sitter to its CommonJS build (deps.md Q5),
 * and @actions/http-client and @actions/exec to stand-ins (src/adapters/*-deferred.ts) that load the real
 * package on first use: @actions/core imports both at top level for OIDC and platform details alone, and with
 * them undici, http, https, tls, child_process and net, most of a cold start. pull-artifacts makes requests
 * through @actions/artifact and @actions/cache, so it is built from the root with the real packages.
 */
const NCC_ENTRY = {
  cli: 'scripts/ncc/cli.ts',
  launch: 'scripts/ncc/launch.ts',
  lint: 'scripts/ncc/lint.ts',
  profile: 'scripts/ncc/profile.ts',
  'verify-resume': 'scripts/ncc/verify-resume.ts',
};

function entries() {
  const list = [];
  const actionsDir = join(root, 'src', 'actions');
  for (const name of readdirSync(actionsDir).sort()) {
    const entry = join(actionsDir, name, 'index.ts');
    if (existsSync(entry)) list.push({ name, entry });
  }
  list.push({ name: 'cli', entry: join(root, 'src', 'cli', 'index.ts') });
  return list;
}

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outRoot = outAt === -1 ? join(root, 'dist') : args[outAt + 1];
if (outAt !== -1 && !outRoot) {
  console.error('build: --out needs a directory');
  process.exit(2);
}
const only = outAt === -1 ? args : args.filter((_, i) => i !== outAt && i !== outAt + 1);
const selected = entries().filter((e) => only.length === 0 || only.includes(e.name));
if (only.length > 0 && selected.length !== only.length) {
  console.error(
    `build: unknown entry in ${only.join(', ')}; known: ${entries()
      .map((e) => e.name)
      .join(', ')}`,
  );
  process.exit(2);
}

async function buildOne({ name, entry }) {
  const out = join(outRoot, name);
  rmSync(out, { recursive: true, force: true });
  const started = Date.now();
  const source = NCC_ENTRY[name] ? join(root, NCC_ENTRY[name]) : entry;
  const cwd = NCC_ENTRY[name] ? dirname(source) : root;
  const status = await run(
    process.execPath,
    [
      ncc,
      'build',
      relative(cwd, source),
      '-o',
      resolve(root, out),
      '--license',
      'licenses.txt',
      '--quiet',
      '--target',
      'es2022',
    ],
    { cwd, stdio: 'inherit' },
  );
  if (status !== 0) {
    console.error(`build: ncc failed for ${name}`);
    process.exit(1);
  }
  for (const extra of BUNDLE_EXTRAS[name] ?? []) {
    const src = join(root, extra);
    copyFileSync(src, join(out, extra.split('/').pop()));
  }
  const natives = walk(out).filter((f) => f.endsWith('.node'));
  if (natives.length > 0) {
    console.error(
      `build: native addons in dist/${name}: ${natives.map((f) => relative(root, f)).join(', ')}; install with npm ci (scripts ignored) and rebuild`,
    );
    process.exit(1);
  }
  console.log(`build: ${relative(root, out) || out} (${Date.now() - started} ms)`);
}

function run(cmd, argv, options) {
  return new Promise((resolvePromise) => {
    const child = spawn(cmd, argv, options);
    child.on('close', (code) => resolvePromise(code));
  });
}

// Two ncc processes at a time: the bundles are independent and ncc is mostly single-threaded.
const queue = [...selected];
const workers = Array.from({ length: Math.min(2, queue.length) }, async () => {
  for (let next = queue.shift(); next; next = queue.shift()) await buildOne(next);
});
await Promise.all(workers);
