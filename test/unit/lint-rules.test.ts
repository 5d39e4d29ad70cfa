/**
 * Per-rule fixtures (test/fixtures/lint/rules/<rule>/): in `tp_*` files every line marked `# expect` (or the
 * line named by `# expect@N`) must carry a finding of that rule and no other line may; `fp_*` files must give
 * none.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRuleMeta, RULES } from '../../src/core/lint/registry.js';
import { ruleDocPath } from '../../src/core/lint/types.js';
import { lintDir } from './lint-helpers.js';

const ROOT = 'test/fixtures/lint/rules';

function expectedLines(text: string): number[] {
  const out: number[] = [];
  text.split('\n').forEach((line, i) => {
    const at = /#\s*expect@(\d+)/.exec(line);
    if (at) out.push(Number(at[1]));
    else if (/#\s*expect\s*$/.test(line)) out.push(i + 1);
  });
  return out.sort((a, b) => a - b);
}

const cases = readdirSync(ROOT).flatMap((dir) =>
  readdirSync(join(ROOT, dir)).map((file) => ({ rule: dir.replace('-', '/'), dir, file })),
);

describe('rule fixtures', () => {
  it('every rule with a file-level check has fixtures with true and false positives', () => {
    const fileRules = RULES.filter((r) => !r.repo && !r.text).map((r) => r.id);
    for (const id of fileRules) {
      const files = cases.filter((c) => c.rule === id).map((c) => c.file);
      expect(
        files.some((f) => f.startsWith('tp_')),
        `${id} has a true-positive fixture`,
      ).toBe(true);
      expect(
        files.some((f) => f.startsWith('fp_')),
        `${id} has a false-positive fixture`,
      ).toBe(true);
    }
  });

  it.each(cases)('$rule: $file', async ({ rule, dir, file }) => {
    const result = await lintDir(join(ROOT, dir), { only: [rule], paths: [file] });
    const got = [...new Set(result.findings.filter((f) => f.rule === rule).map((f) => f.line))].sort((a, b) => a - b);
    const want = file.startsWith('tp_') ? expectedLines(readFileSync(join(ROOT, dir, file), 'utf8')) : [];
    if (file.startsWith('tp_')) expect(want.length).toBeGreaterThan(0);
    expect(got, result.findings.map((f) => `${f.line}: ${f.message}`).join('\n')).toEqual(want);
  });
});

describe('rule docs', () => {
  it.each(allRuleMeta().map((m) => m.id))('%s has a docs page with what, why, example and fix', (id) => {
    const page = ruleDocPath(id);
    expect(existsSync(page), page).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text.startsWith(`# ${id}\n`)).toBe(true);
    for (const section of ['## What it finds', '## Why it bites', '## Example', '## Fix'])
      expect(text).toContain(section);
    expect(readFileSync('docs/rules/README.md', 'utf8')).toContain(`(${page.slice('docs/rules/'.length)})`);
  });
});
