import { describe, expect, it } from 'vitest';
import { pullSummaryMarkdown, formatBytes } from '../../src/core/report/pull-summary.js';
import { checkpointUnits, runCheckpointChecks } from '../../src/core/transfer/checkpoint-check.js';
import type { PullResult, PulledFile } from '../../src/core/transfer/pull.js';

function file(rel: string, spec: number, status: PulledFile['status'] = 'verified'): PulledFile {
  return { rel, spec, remote: `/box/${rel}`, size: 10, status, engine: 'stream', sha256: 'a'.repeat(64) };
}

function result(files: PulledFile[], over: Partial<PullResult> = {}): PullResult {
  return {
    host: 'root@10.0.0.5:22',
    dest: '/w/out',
    remotePaths: ['/data/ckpt', '/data/run2/', '/data/*.pt', '/data/x.bin'],
    specs: [
      { spec: '/data/ckpt', root: '/data', kind: 'dir' },
      { spec: '/data/run2/', root: '/data/run2', kind: 'dir' },
      { spec: '/data/*.pt', root: '/data', kind: 'glob', matches: 1 },
      { spec: '/data/x.bin', root: '/data', kind: 'file' },
    ],
    files,
    skipped: [{ remote: '/data/ckpt/latest.pt.tmp', reason: 'temporary name (still being written?)' }],
    manifest: { version: 1, tool: 'tenant pull', createdAt: '', host: '', remotePaths: [], files: [], skipped: [] },
    manifestPath: '/w/out/.tenant-pull/manifest.json',
    sha256sumsPath: '/w/out/.tenant-pull/SHA256SUMS',
    manifestSha256: 'b'.repeat(64),
    totalBytes: files.length * 10,
    movedBytes: files.length * 10,
    seconds: 2,
    rounds: 1,
    interruptions: 0,
    verified: files.every((f) => f.status !== 'failed'),
    notes: [],
    timings: { listed: 0, hashed: 0, transferred: 0, verified: 0, promoted: 0, done: 0 },
    ...over,
  };
}

describe('checkpoint units', () => {
  it('are the entries of a pulled folder, the contents of folder/, each glob match and a file itself', () => {
    const units = checkpointUnits(
      result([
        file('ckpt/step-1/model.pt', 0),
        file('ckpt/step-1/opt.pt', 0),
        file('ckpt/latest.pt', 0),
        file('step-9/model.pt', 1),
        file('a.pt', 2),
        file('x.bin', 3),
        file('ckpt/step-2/model.pt', 0, 'failed'),
        file('ckpt/step-3/model.pt', 0, 'changed'),
      ]),
    );
    expect(units).toEqual([
      { rel: 'a.pt', files: 1, complete: true },
      { rel: 'ckpt/latest.pt', files: 1, complete: true },
      { rel: 'ckpt/step-1', files: 2, complete: true },
      { rel: 'ckpt/step-2', files: 1, complete: false },
      { rel: 'step-9', files: 1, complete: true },
      { rel: 'x.bin', files: 1, complete: true },
    ]);
  });

  it('runs the command per complete unit and names the failures', async () => {
    const calls: string[] = [];
    const res = await runCheckpointChecks(
      [
        { rel: 'a', files: 1, complete: true },
        { rel: 'b', files: 1, complete: true },
        { rel: 'c', files: 1, complete: false },
      ],
      'cmd',
      '/w/out/',
      1000,
      async (_c, abs) => {
        calls.push(abs);
        return abs.endsWith('/b')
          ? { code: 2, timedOut: false, output: 'line1\nKeyError: model\n' }
          : { code: 0, timedOut: false, output: '' };
      },
    );
    expect(calls).toEqual(['/w/out/a', '/w/out/b']);
    expect(res.map((r) => [r.rel, r.ok])).toEqual([
      ['a', true],
      ['b', false],
      ['c', false],
    ]);
    expect(res[1]?.message).toBe('exit 2: line1 | KeyError: model');
    expect(res[2]?.message).toMatch(/not checked/);
  });
});

describe('pull summary', () => {
  it('says verified, lists files, checks and skipped, and escapes names', () => {
    const md = pullSummaryMarkdown(result([file('ckpt/a|b\n<x>.pt', 0)]), [{ rel: 'ckpt', ok: true, seconds: 1.25 }], {
      kind: 'artifact',
      ok: true,
      text: 'artifact checkpoints (id 7, 1.0 KiB)',
    });
    expect(md).toContain('✅ **Verified**: 1 file(s)');
    expect(md).toContain('| ckpt/a\\|b<br>&lt;x&gt;.pt | 10 B |');
    expect(md).toContain('| ckpt | ✅ passed | 1.3 s |');
    expect(md).toContain('Skipped on the box (1)');
    expect(md).toContain('artifact checkpoints (id 7');
  });

  it('says not verified, failures first, and caps the rows', () => {
    const files = Array.from({ length: 150 }, (_, i) => file(`f${i}`, 0));
    files.push({ ...file('bad', 0, 'failed'), message: 'sha256 differs' });
    const md = pullSummaryMarkdown(result(files), [], { kind: 'none', ok: true, text: 'left in /w/out' });
    expect(md).toContain('❌ **Not verified**: 1 of 151 file(s) failed');
    expect(md.indexOf('| bad |')).toBeLessThan(md.indexOf('| f0 |'));
    expect(md).toContain('… and 51 more');
  });

  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(268_435_456)).toBe('256 MiB');
  });
});
