/** Output formats: SARIF 2.1.0 (validated against the OASIS schema), JSON, text, annotations, summary; CLI exit codes. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/command.js';
import { lintCommand } from '../../src/cli/commands/lint.js';
import { allRuleMeta, RULES } from '../../src/core/lint/registry.js';
import { docsBase } from '../../src/core/lint/reporters/docs-url.js';
import { annotationCommand, formatGithub } from '../../src/core/lint/reporters/github.js';
import { formatSarif, toSarif } from '../../src/core/lint/reporters/sarif.js';
import { formatSummary } from '../../src/core/lint/reporters/summary.js';
import { formatText } from '../../src/core/lint/reporters/text.js';
import type { Finding } from '../../src/core/lint/types.js';
import { RecordingUi } from '../../src/core/ui.js';

const require = createRequire(import.meta.url);
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
// The schema is draft-04; its patterns are not valid under the `u` flag, hence unicodeRegExp off.
// Both packages are CommonJS with a `default` export that NodeNext typing does not see as callable.
interface Validator {
  (data: unknown): boolean;
  errors?: unknown[] | null;
}
const Ajv = require('ajv-draft-04') as new (opts: object) => { compile(schema: object): Validator };
const addFormats = require('ajv-formats') as (ajv: object) => void;
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const findings: Finding[] = [
  {
    rule: 'shell/crlf',
    severity: 'error',
    file: 'scripts/run me.sh',
    line: 1,
    column: 12,
    message: '2 lines end in CRLF',
  },
  {
    rule: 'ckpt/non-atomic',
    severity: 'warning',
    file: 'train.py',
    line: 40,
    column: 5,
    message: 'torch.save writes ... in place, 100%: a | b',
  },
  { rule: 'shell/nohup-no-redirect', severity: 'info', file: 'go.sh', line: 3, column: 1, message: 'nohup' },
];

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tenant-lint-cli-'));
  for (const [p, body] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), body);
  }
  return dir;
}

async function cli(args: string[], cwd: string, json = false): Promise<{ code: number; out: string; ui: RecordingUi }> {
  let out = '';
  const ui = new RecordingUi();
  const ctx: CliContext = { ui, json, stdout: (t) => (out += t), env: {}, cwd };
  let code: number;
  try {
    code = await lintCommand.run(args, ctx);
  } catch (err) {
    // src/cli/index.ts maps a ConfigurationError to exit 2.
    code = (err as Error).name === 'ConfigurationError' ? 2 : 1;
  }
  return { code, out, ui };
}

describe('SARIF', () => {
  it('validates against the SARIF 2.1.0 schema, with rule metadata and help URIs for every rule', () => {
    const log = JSON.parse(
      formatSarif(findings, { version: '0.1.0', docsBase: 'https://github.com/o/tenant/blob/v1/' }),
    ) as unknown;
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const sarif = toSarif(findings, { version: '0.1.0', docsBase: 'https://github.com/o/tenant/blob/v1/' });
    const rules = sarif.runs[0]?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual(allRuleMeta().map((m) => m.id));
    expect(rules.find((r) => r.id === 'shell/crlf')?.helpUri).toBe(
      'https://github.com/o/tenant/blob/v1/docs/rules/shell-crlf.md',
    );
    const results = sarif.runs[0]?.results ?? [];
    expect(results.map((r) => r.level)).toEqual(['error', 'warning', 'note']);
    expect(results[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('scripts/run%20me.sh');
    expect(results[1]?.ruleIndex).toBe(rules.findIndex((r) => r.id === 'ckpt/non-atomic'));
  });

  it('an empty run is valid too', () => {
    expect(validate(JSON.parse(formatSarif([], { version: '0.1.0', docsBase: 'file:///x/' })))).toBe(true);
  });

  it('docs base: the action repository, the workflow repository, TENANT_DOCS_BASE, else a file URI', () => {
    expect(docsBase({ GITHUB_ACTION_REPOSITORY: 'me/tenant', GITHUB_ACTION_REF: 'v1' }, '/x')).toBe(
      'https://github.com/me/tenant/blob/v1/',
    );
    expect(docsBase({ GITHUB_REPOSITORY: 'me/app', GITHUB_SHA: 'abc' }, '/x')).toBe(
      'https://github.com/me/app/blob/abc/',
    );
    expect(docsBase({ TENANT_DOCS_BASE: 'https://d.example/t' }, '/x')).toBe('https://d.example/t/');
    expect(docsBase({}, '/opt/tenant')).toBe('file:///opt/tenant/');
  });
});

describe('other formats', () => {
  it('annotations escape data and properties', () => {
    expect(annotationCommand(findings[1] as Finding)).toBe(
      '::warning file=train.py,line=40,col=5,title=tenant ckpt/non-atomic::torch.save writes ... in place, 100%25: a | b',
    );
    expect(annotationCommand({ ...(findings[0] as Finding), message: 'a\nb' })).toBe(
      '::error file=scripts/run me.sh,line=1,col=12,title=tenant shell/crlf::a%0Ab',
    );
    expect(formatGithub(findings).split('\n')[2]).toMatch(/^::notice /);
  });

  it('text ends with the counts', () => {
    const text = formatText(findings, 10);
    expect(text.split('\n')[0]).toBe('scripts/run me.sh:1:12: error shell/crlf: 2 lines end in CRLF');
    expect(text).toContain('3 findings (1 error, 1 warning, 1 info) in 10 files.');
    expect(formatText([], 1)).toBe('No findings in 1 file.\n');
  });

  it('the summary is a table with links to the docs, cells escaped', () => {
    const md = formatSummary(findings, 10, 'https://x/');
    expect(md).toContain('| Severity | Rule | Where | Message |');
    expect(md).toContain('[shell/crlf](https://x/docs/rules/shell-crlf.md)');
    expect(md).toContain('a \\| b');
  });
});

describe('tenant lint (CLI)', () => {
  it('exits 1 with findings at error, 0 when clean, and prints the JSON shape', async () => {
    const dir = repo({ 'a.py': 'import torch\ntorch.save(m, "/tmp/x.pt")\n', '.gitattributes': '*.sh text eol=lf\n' });
    const bad = await cli(['--format', 'json'], dir);
    expect(bad.code).toBe(1);
    const parsed = JSON.parse(bad.out) as { findings: Record<string, unknown>[] };
    expect(parsed.findings[0]).toEqual({
      rule: 'ckpt/volatile-path',
      severity: 'error',
      file: 'a.py',
      line: 2,
      column: 15,
      message: expect.any(String),
    });
    expect(Object.keys(parsed)).toEqual(['findings']);
    const clean = await cli(['a.py', '--config', 'cfg.yml'], repo({ 'a.py': 'print(1)\n', 'cfg.yml': 'lint: {}\n' }));
    expect(clean.code).toBe(0);
    expect(clean.out).toMatch(/No findings in 1 file/);
  });

  it('global --json selects JSON; --format sarif and github work; paths limit the run', async () => {
    const dir = repo({ 'a.sh': '#!/bin/bash\r\nset -u\r\n', 'b.py': 'import torch\ntorch.save(m, "/tmp/x.pt")\n' });
    const j = await cli(['a.sh'], dir, true);
    expect((JSON.parse(j.out) as { findings: { file: string }[] }).findings.map((f) => f.file)).toEqual([
      'a.sh',
      'a.sh',
    ]);
    const s = await cli(['--format=sarif', 'b.py'], dir);
    expect(validate(JSON.parse(s.out))).toBe(true);
    const g = await cli(['--format', 'github', 'b.py'], dir);
    expect(g.out).toMatch(/^::error file=b\.py,line=2,col=15,title=tenant ckpt\/volatile-path::/);
  });

  it('usage errors exit 2: bad format, unknown option, unknown profile, bad config', async () => {
    const dir = repo({ '.tenant.yml': 'lint:\n  rules: {nope/rule: off}\n' });
    expect((await cli(['--format', 'xml'], dir)).code).toBe(2);
    expect((await cli(['--frobnicate'], dir)).code).toBe(2);
    expect((await cli(['--profile', 'nope', '--config', 'none.yml'], dir)).code).toBe(2);
    expect((await cli([], dir)).code).toBe(2);
    expect((await cli(['--profile'], dir)).code).toBe(2);
  });

  it('--fix reports what it rewrote', async () => {
    const dir = repo({ 'a.sh': '#!/bin/bash\r\nset -u\r\n' });
    const r = await cli(['--fix'], dir);
    expect(r.code).toBe(0);
    expect(r.ui.lines.map((l) => l.message).sort()).toEqual(['fixed: .gitattributes', 'fixed: a.sh']);
  });

  it('help lists every rule', () => {
    for (const r of RULES) expect(lintCommand.usage).toContain(r.id);
  });
});
