import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkflowLogSink } from '../../src/adapters/workflow-log-sink.js';
import { readLaunchSettings } from '../../src/actions/launch/inputs.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { resolveBoxPaths } from '../../src/core/launch/box-paths.js';
import { scrubber } from '../../src/core/launch/follow.js';
import { gpuMismatch, parseExpectGpu, parseGpuCsv } from '../../src/core/launch/gpu.js';
import { assertNoCrlf, planPayload } from '../../src/core/launch/payload.js';
import {
  evaluatePreflight,
  parsePreflightOutput,
  preflightScript,
  type PreflightLimits,
} from '../../src/core/launch/preflight.js';
import { parseProbeOutput } from '../../src/core/launch/probe.js';
import { cellSlug, defaultRunId } from '../../src/core/launch/run-id.js';
import { parseCount, parsePayload, parseSeconds, parseSize, parseVariables } from '../../src/core/launch/values.js';
import { loadProfile } from '../../src/core/profiles/loader.js';
import { RecordingUi } from '../../src/core/ui.js';

describe('nvidia-smi and expect-gpu', () => {
  const csv = 'NVIDIA H100 80GB HBM3, 81559, 1\nNVIDIA H100 80GB HBM3, 81559, 40960\n\n';
  it('parses name, memory total and used (MiB)', () => {
    expect(parseGpuCsv(csv)).toEqual([
      { name: 'NVIDIA H100 80GB HBM3', memoryTotalMiB: 81559, memoryUsedMiB: 1 },
      { name: 'NVIDIA H100 80GB HBM3', memoryTotalMiB: 81559, memoryUsedMiB: 40960 },
    ]);
    expect(parseGpuCsv('Tesla T4, [N/A], [N/A]')).toEqual([
      { name: 'Tesla T4', memoryTotalMiB: null, memoryUsedMiB: null },
    ]);
  });
  it.each([
    ['', undefined],
    ['2', undefined],
    ['h100', undefined],
    ['2x H100', undefined],
    ['4', '2 GPUs, expected 4'],
    ['A100', 'does not match'],
  ])('expect-gpu %j', (want, why) => {
    const got = gpuMismatch(parseExpectGpu(want), parseGpuCsv(csv));
    if (why === undefined) expect(got).toBeUndefined();
    else expect(got).toContain(why);
  });
  it('no GPU fails unless none; bad values name the input', () => {
    expect(gpuMismatch(parseExpectGpu(''), [])).toBe('no GPU');
    expect(gpuMismatch(parseExpectGpu('none'), [])).toBeUndefined();
    expect(() => parseExpectGpu('2x H100; rm -rf /')).toThrow(ConfigurationError);
  });
});

describe('pre-flight', () => {
  const limits: PreflightLimits = {
    expectGpu: { kind: 'any' },
    gpuOptional: false,
    minFreeDiskBytes: 2 * 1024 ** 3,
    minFreeInodes: 10_000,
    minMemoryBytes: 8 * 1024 ** 3,
    checkpointSizeBytes: 1024 ** 3,
    keep: 3,
  };

  it('runs its script against a fake nvidia-smi and parses every figure', () => {
    const bin = mkdtempSync(join(tmpdir(), 'tenant-fake-smi-'));
    const smi = join(bin, 'nvidia-smi');
    writeFileSync(
      smi,
      '#!/bin/sh\n[ "$1" = --query-gpu=name,memory.total,memory.used ] || exit 9\nprintf "NVIDIA H200, 143771, 0\\nNVIDIA H200, 143771, 5\\n"\n',
    );
    chmodSync(smi, 0o755);
    const out = execFileSync('bash', ['-c', preflightScript(join(bin, 'not', 'yet'), '/')], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
    });
    const f = parsePreflightOutput(out);
    expect(f.gpu).toEqual({
      state: 'ok',
      gpus: [
        { name: 'NVIDIA H200', memoryTotalMiB: 143771, memoryUsedMiB: 0 },
        { name: 'NVIDIA H200', memoryTotalMiB: 143771, memoryUsedMiB: 5 },
      ],
    });
    expect(f.work.measured).toBe(bin);
    expect(f.work.freeBytes).toBeGreaterThan(0);
    expect(f.checkpoint.measured).toBe('/');
    expect(f.memory.totalBytes).toBeGreaterThan(0);
    expect(f.tools.tar).toBe(true);
    const checks = evaluatePreflight(f, {
      ...limits,
      expectGpu: parseExpectGpu('2x H200'),
      minMemoryBytes: undefined,
      checkpointSizeBytes: undefined,
      keep: undefined,
      minFreeDiskBytes: 1,
      minFreeInodes: 1,
    });
    expect(checks.find((c) => c.id === 'gpu')).toMatchObject({
      status: 'pass',
      measured: '2× NVIDIA H200 (143771 MiB)',
    });
  });

  it('a failing nvidia-smi, cgroup v2 limits and a tight disk give failed checks with figures and limits', () => {
    const out = [
      'work\t/data\t1048576\t500',
      'ckpt\t/data\t1048576\t500',
      "gpu\terror\tNVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.",
      'mem\t4294967296\t/sys/fs/cgroup/memory.max\t100\t68719476736',
      'tool\trsync\t0',
    ].join('\n');
    const f = parsePreflightOutput(out);
    expect(f.tools.rsync).toBe(false);
    const checks = evaluatePreflight(f, limits);
    const by = Object.fromEntries(checks.map((c) => [c.id, c]));
    expect(by.gpu).toMatchObject({
      status: 'fail',
      measured: expect.stringMatching(/couldn't communicate with the NVIDIA driver/),
    });
    expect(by['disk-work']).toMatchObject({
      status: 'fail',
      measured: '1.0 GiB free on /data',
      limit: '≥ 2.0 GiB',
      input: 'min-free-disk',
    });
    expect(by['inodes-checkpoint']).toMatchObject({ status: 'fail', measured: '500 free on /data', limit: '≥ 10,000' });
    expect(by.memory).toMatchObject({
      status: 'fail',
      measured: '4.0 GiB (/sys/fs/cgroup/memory.max)',
      limit: '≥ 8.0 GiB',
    });
    expect(by['disk-budget']).toMatchObject({ status: 'fail', limit: '≥ 3.0 GiB (1.0 GiB × keep 3)' });
  });

  it('local profile without a GPU is skipped with a note; inodes df cannot count are skipped', () => {
    const f = parsePreflightOutput(
      'work\t/\t99999999\t-\nckpt\t/\t99999999\t-\ngpu\tmissing\nmem\t\tno cgroup memory controller\t\t1000\n',
    );
    const checks = evaluatePreflight(f, {
      ...limits,
      gpuOptional: true,
      minMemoryBytes: undefined,
      checkpointSizeBytes: undefined,
      keep: undefined,
    });
    expect(checks.find((c) => c.id === 'gpu')).toMatchObject({ status: 'skip', note: expect.stringMatching(/CPU/) });
    expect(checks.find((c) => c.id === 'inodes-work')?.status).toBe('skip');
    expect(checks.find((c) => c.id === 'memory')).toMatchObject({
      status: 'pass',
      measured: expect.stringMatching(/no cgroup limit/),
    });
  });
});

describe('values', () => {
  it('sizes are powers of 1024, counts powers of 1000', () => {
    expect(parseSize('10G', 'x')).toBe(10 * 1024 ** 3);
    expect(parseSize('1.5TiB', 'x')).toBe(1.5 * 1024 ** 4);
    expect(parseSize('500MB', 'x')).toBe(500 * 1024 ** 2);
    expect(parseSize('2048', 'x')).toBe(2048);
    expect(() => parseSize('ten', 'min-free-disk')).toThrow(/min-free-disk 'ten' is not a size/);
    expect(parseCount('200k', 'x')).toBe(200_000);
    expect(parseSeconds('5m', 'x')).toBe(300_000);
  });
  it('KEY=VALUE lines and KEY<<EOF blocks; a bad secret line is named by number only', () => {
    expect(parseVariables('A=1\n# c\n\nB = two = 2\nK<<EOF\nline1\nline2\nEOF\n', 'env')).toEqual({
      A: '1',
      B: 'two = 2',
      K: 'line1\nline2',
    });
    expect(() => parseVariables('NOT A PAIR hunter2', 'secrets', true)).toThrow(/secrets: line 1 is not KEY=VALUE/);
    expect(() => parseVariables('NOT A PAIR hunter2', 'secrets', true)).not.toThrow(/hunter2/);
    expect(() => parseVariables('TENANT_RUN_ID=x', 'env')).toThrow(/reserved/);
  });
  it('run ids: stable hash of repo/commit/command/workdir/cell; cells get their own', () => {
    const parts = { repository: 'o/r', commit: 'abc', command: 'python t.py', workdir: '/w', cell: '' };
    expect(defaultRunId(parts)).toMatch(/^run-[0-9a-f]{12}$/);
    expect(defaultRunId(parts)).toBe(defaultRunId({ ...parts }));
    expect(defaultRunId({ ...parts, commit: 'abd' })).not.toBe(defaultRunId(parts));
    expect(defaultRunId({ ...parts, cell: 'lr=0.1 bs=32' })).toMatch(/^lr-0\.1-bs-32-[0-9a-f]{12}$/);
    expect(cellSlug('../x/..')).toBe('x');
  });
});

describe('box paths', () => {
  const id = { home: '/home/u', user: 'u', tmpdir: '/tmp' };
  it('profile defaults with placeholders, cells, relative inputs', () => {
    const p = loadProfile('generic-ssh');
    expect(
      resolveBoxPaths(p, id, {
        workdir: undefined,
        checkpointDir: undefined,
        cell: 'lr-0.3',
        workspace: '/ws',
        local: false,
      }),
    ).toEqual({
      workdir: '/home/u/proj',
      checkpointDir: '/home/u/proj/checkpoints/lr-0.3',
      root: '/home/u/proj',
      secretsDir: '/home/u/.tenant/secrets',
    });
    expect(
      resolveBoxPaths(p, id, { workdir: 'code', checkpointDir: 'ck', cell: '', workspace: '/ws', local: false }),
    ).toMatchObject({ workdir: '/home/u/code', checkpointDir: '/home/u/code/ck' });
    expect(
      resolveBoxPaths(loadProfile('local'), id, {
        workdir: undefined,
        checkpointDir: undefined,
        cell: '',
        workspace: '/ws',
        local: true,
      }),
    ).toMatchObject({ workdir: '/ws', checkpointDir: '/ws/checkpoints' });
    expect(() =>
      resolveBoxPaths(p, id, {
        workdir: '<workspace>/x',
        checkpointDir: undefined,
        cell: '',
        workspace: '/ws',
        local: false,
      }),
    ).toThrow(/exists only on the runner/);
    expect(() =>
      resolveBoxPaths(loadProfile('lambda'), id, {
        workdir: undefined,
        checkpointDir: undefined,
        cell: '',
        workspace: '/ws',
        local: false,
      }),
    ).toThrow(/<name>.*set checkpoint-dir/);
  });
});

describe('payload', () => {
  it('the lint CRLF rule refuses shell scripts by extension and shebang, not other files', () => {
    const files: Record<string, Buffer> = {
      'a.sh': Buffer.from('echo a\r\n'),
      'bin/run': Buffer.from('#!/bin/sh\r\necho\r\n'),
      'data.csv': Buffer.from('a,b\r\n'),
      'ok.sh': Buffer.from('echo ok\n'),
    };
    const plan = planPayload(
      Object.entries(files).map(([path, b]) => ({ path, size: b.length })),
      (p) => files[p] as Buffer,
    );
    expect(plan.crlf.map((c) => c.path)).toEqual(['a.sh', 'bin/run']);
    expect(() => assertNoCrlf(plan, false)).toThrow(/a\.sh, bin\/run/);
    expect(() => assertNoCrlf(plan, true)).not.toThrow();
    expect(parsePayload('none')).toEqual({ kind: 'none', paths: [] });
    expect(parsePayload('src, train.py')).toEqual({ kind: 'git', paths: ['src', 'train.py'] });
    expect(() => parsePayload('../secrets')).toThrow(/inside the workspace/);
  });
});

describe('log lines', () => {
  it('are wrapped in stop-commands with a fresh token, so remote text cannot act', () => {
    const out: string[] = [];
    const sink = new WorkflowLogSink((t) => out.push(t));
    sink.line('::add-mask::x');
    sink.line('::set-output name=a::b');
    sink.pause();
    sink.line('::error::again');
    sink.pause();
    const text = out.join('');
    const tokens = [...text.matchAll(/^::stop-commands::([0-9a-f]{32})$/gm)].map((m) => m[1]);
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).not.toBe(tokens[1]);
    expect(text).toBe(
      `::stop-commands::${tokens[0]}\n::add-mask::x\n::set-output name=a::b\n::${tokens[0]}::\n::stop-commands::${tokens[1]}\n::error::again\n::${tokens[1]}::\n`,
    );
  });
  it('secrets are blanked, whole and line by line', () => {
    const scrub = scrubber(['hunter2', 'multi\nline-secret', 'ab']);
    expect(scrub('pw=hunter2 and line-secret, ab stays')).toBe('pw=*** and ***, ab stays');
  });
  it('probe output: state, whole lines and the bytes consumed', () => {
    const p = parseProbeOutput('exit=\nalive=1\n\x1etenant-log\nstep 1\nstép 2\npartial');
    expect(p).toEqual({
      exitCode: null,
      alive: true,
      lines: ['step 1', 'stép 2'],
      consumed: Buffer.byteLength('step 1\nstép 2\n'),
    });
  });
});

describe('action inputs', () => {
  const read = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';
  it('masks secrets before parsing and validates the rest', () => {
    const ui = new RecordingUi();
    const s = readLaunchSettings(
      read({
        profile: 'local',
        command: 'python t.py',
        secrets: 'TOKEN=tok-123\nKEY=k-456',
        mode: 'follow',
        'min-free-disk': '20G',
        'expect-gpu': 'none',
        cell: 'a b',
      }),
      ui,
      { GITHUB_RUN_ID: '9', GITHUB_RUN_ATTEMPT: '2' },
    );
    expect(ui.secrets).toEqual(expect.arrayContaining(['tok-123', 'k-456']));
    expect(s).toMatchObject({
      mode: 'follow',
      minFreeDiskBytes: 20 * 1024 ** 3,
      sweep: '9-2',
      cell: 'a b',
      secrets: { TOKEN: 'tok-123', KEY: 'k-456' },
    });
    expect(() => readLaunchSettings(read({ profile: 'local', mode: 'detach' }), ui)).toThrow(
      /input 'command' is required/,
    );
    expect(() => readLaunchSettings(read({ profile: 'local', command: 'x', mode: 'later' }), ui)).toThrow(
      /mode 'later' must be one of detach, follow, attach/,
    );
    expect(() => readLaunchSettings(read({ profile: 'local', command: 'x', keep: '3' }), ui)).toThrow(
      /checkpoint-size and keep go together/,
    );
    expect(() => readLaunchSettings(read({ profile: 'local', command: 'x', 'expect-log': '(' }), ui)).toThrow(
      /expect-log is not a valid regular expression/,
    );
  });
});
