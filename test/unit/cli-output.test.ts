import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// stdout to a pipe is asynchronous: a CLI that calls process.exit right after a large write loses what the
// pipe has not taken yet, which is most of it when the reader is slower than the writer.
describe('tenant CLI (built bundle) output through a pipe', () => {
  it('delivers a JSON document larger than the pipe buffer whole to a slow reader', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenant-cli-output-'));
    for (let i = 0; i < 400; i++)
      writeFileSync(join(dir, `s${i}.sh`), `#!/bin/bash\ncp -f best.pth /root/out${i}/ 2>/dev/null\n`);
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const cmd = `"${process.execPath}" "${resolve('bin/tenant.js')}" lint --format json | { sleep 1; cat; }`;
    const r = spawnSync('bash', ['-c', cmd], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.stdout.length).toBeGreaterThan(128 * 1024);
    const doc = JSON.parse(r.stdout) as { findings: unknown[] };
    expect(doc.findings.length).toBeGreaterThanOrEqual(400);
  });
});
