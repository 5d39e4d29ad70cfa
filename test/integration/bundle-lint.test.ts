/** dist/lint/index.js run as the runner runs it: INPUT_* env, runner files created beforehand, a git checkout. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { node24, runLikeRunner } from '../harness/runner.js';

const BUNDLE = resolve('dist/lint/index.js');

function checkout(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tenant-lint-ws-'));
  for (const [p, body] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), body);
  }
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['add', '-A'], { cwd: dir });
  return dir;
}

const DIRTY = {
  'train.py': 'import torch\nfor step in range(10):\n    torch.save(m.state_dict(), "/tmp/ckpt/latest.pt")\n',
  'scripts/run.sh': '#!/usr/bin/env bash\r\nset -euo pipefail\r\npython train.py\r\n',
  '.gitattributes': '*.sh text eol=lf\n',
};

describe.each([
  ['node 20', process.execPath],
  ['node 24', node24()],
])('dist/lint under %s', (_label, node) => {
  it('annotates findings, writes SARIF, outputs and the summary, and fails the step', async () => {
    const ws = checkout(DIRTY);
    const r = await runLikeRunner(BUNDLE, { node, cwd: ws, inputs: { 'sarif-file': 'out/lint.sarif' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^::error title=tenant ckpt\/volatile-path,file=train\.py,line=3,col=32::torch\.save writes \/tmp\/ckpt\/latest\.pt/m,
    );
    expect(r.stdout).toMatch(/^::error title=tenant shell\/crlf,file=scripts\/run\.sh,line=1,col=20::/m);
    expect(r.stdout).toMatch(/^::warning title=tenant ckpt\/non-atomic,file=train\.py,line=3,col=5::/m);
    expect(r.outputs.findings).toBe('3');
    expect(r.outputs.errors).toBe('2');
    expect(r.outputs['sarif-file']).toBe(join(ws, 'out/lint.sarif'));
    const sarif = JSON.parse(readFileSync(join(ws, 'out/lint.sarif'), 'utf8')) as {
      version: string;
      runs: { results: unknown[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results).toHaveLength(3);
    expect(r.summary).toContain('## tenant lint');
    expect(r.summary).toContain('| Severity | Rule | Where | Message |');
    expect(r.summary).toContain('train.py:3:32');
  });

  it('passes on a clean tree, with a profile, and honours fail-on', async () => {
    const ws = checkout({ 'train.py': 'import torch\ntorch.save(m, "/workspace/ck/best.pt")\n' });
    const clean = await runLikeRunner(BUNDLE, { node, cwd: ws, inputs: { profiles: 'runpod' } });
    expect(clean.code).toBe(0);
    expect(clean.outputs.findings).toBe('1');
    expect(clean.stdout).toMatch(/::warning title=tenant ckpt\/volatile-path.*RunPod loses it on a destroy/);
    const strict = await runLikeRunner(BUNDLE, { node, cwd: ws, inputs: { profiles: 'runpod', 'fail-on': 'warning' } });
    expect(strict.code).toBe(1);
  });

  it('a bad input or config fails with one line naming it', async () => {
    const ws = checkout({ '.tenant.yml': 'lint:\n  rules:\n    shell/nope: off\n' });
    const r = await runLikeRunner(BUNDLE, { node, cwd: ws, inputs: {} });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error::tenant\/lint: \.tenant\.yml: lint\.rules: unknown rule 'shell\/nope'/m);
    const bad = await runLikeRunner(BUNDLE, { node, cwd: ws, inputs: { 'fail-on': 'sometimes' } });
    expect(bad.stdout).toMatch(/::error::tenant\/lint: input 'fail-on' must be one of/);
  });

  it('fix: true rewrites the CRLF script and adds nothing else when .gitattributes covers it', async () => {
    const ws = checkout(DIRTY);
    const r = await runLikeRunner(BUNDLE, { node, cwd: ws, inputs: { fix: 'true', 'fail-on': 'never' } });
    expect(r.code).toBe(0);
    expect(r.outputs.fixed).toBe('scripts/run.sh');
    expect(readFileSync(join(ws, 'scripts/run.sh'), 'utf8')).toBe(
      '#!/usr/bin/env bash\nset -euo pipefail\npython train.py\n',
    );
  });
});
