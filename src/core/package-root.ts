import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The root of the tenant checkout or package: the nearest directory above this module (or above the ncc
 * bundle it was compiled into, `dist/<name>/index.js`) whose package.json is named `tenant`. Profiles and
 * assets are read from there at run time, so bundles need no copies of them.
 */
export function packageRoot(): string {
  if (cached) return cached;
  const override = process.env.TENANT_ROOT;
  if (override) return (cached = resolve(override));
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        const parsed = JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown };
        if (parsed.name === 'tenant') return (cached = dir);
      } catch {
        // not ours; keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`tenant: cannot find the package root above ${fileURLToPath(import.meta.url)}; set TENANT_ROOT`);
    }
    dir = parent;
  }
}

/** A file or directory inside the package, e.g. `profiles` or `assets/probe.py`. */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
