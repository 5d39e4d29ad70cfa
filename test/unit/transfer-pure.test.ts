import { describe, expect, it } from 'vitest';
import { FrameParser, FrameProtocolError, type FrameEvent } from '../../src/core/transfer/frame-protocol.js';
import { IntervalSet } from '../../src/core/transfer/interval-set.js';
import { checkRelativePath, inside, resolveDest, UnsafePathError } from '../../src/core/transfer/local-path.js';
import { parseListing } from '../../src/core/transfer/listing.js';
import { serializeManifest, sha256sums, type Manifest } from '../../src/core/transfer/manifest.js';
import { parseHashLine } from '../../src/core/transfer/remote-hash.js';
import { backoffDelay, withRetries } from '../../src/core/transfer/retry.js';
import {
  compareVersions,
  parseProgress2,
  parseRsyncVersion,
  rsyncArgs,
  rsyncExitRetryable,
  rsyncTooOld,
  unescapeRsyncName,
} from '../../src/core/transfer/rsync-plan.js';
import { HostError } from '../../src/core/errors.js';

function frame(
  tag: string,
  index: number,
  offset: number,
  payload: Buffer = Buffer.alloc(0),
  declared = payload.length,
): Buffer {
  const h = Buffer.alloc(24);
  h.write(tag, 0, 'latin1');
  h.writeUInt32BE(index, 4);
  h.writeBigUInt64BE(BigInt(offset), 8);
  h.writeBigUInt64BE(BigInt(declared), 16);
  return Buffer.concat([h, payload]);
}

describe('FrameParser', () => {
  it('reassembles frames split at every byte boundary', () => {
    const stream = Buffer.concat([
      frame('TFRM', 3, 100, Buffer.from('hello world')),
      frame('TERR', 4, 0, Buffer.from('cannot open: Permission denied')),
      frame('TFRM', 5, 0),
      frame('TACK', 9, 0),
      frame('TEND', 0, 0),
    ]);
    for (const step of [1, 2, 7, 23, 24, 25, stream.length]) {
      const p = new FrameParser();
      const events: FrameEvent[] = [];
      for (let i = 0; i < stream.length; i += step) p.push(stream.subarray(i, i + step), (e) => events.push(e));
      const data = events.filter((e) => e.kind === 'data' && e.index === 3) as Extract<FrameEvent, { kind: 'data' }>[];
      expect(Buffer.concat(data.map((d) => d.data)).toString()).toBe('hello world');
      expect(data[0]?.offset).toBe(100);
      expect(events).toContainEqual({ kind: 'error', index: 4, message: 'cannot open: Permission denied' });
      expect(events.some((e) => e.kind === 'data' && e.index === 5 && e.data.length === 0)).toBe(true);
      expect(events).toContainEqual({ kind: 'ack', batch: 9 });
      expect(events.at(-1)).toEqual({ kind: 'end' });
      expect(p.done).toBe(true);
    }
  });

  it('rejects garbage, oversized frames and bytes after the end', () => {
    expect(() =>
      new FrameParser().push(Buffer.from('Traceback (most recent call last):\n  File'), () => undefined),
    ).toThrow(FrameProtocolError);
    expect(() => new FrameParser().push(frame('TFRM', 1, 0, Buffer.alloc(0), 2 ** 52), () => undefined)).toThrow(
      /declares/,
    );
    expect(() =>
      new FrameParser().push(Buffer.concat([frame('TEND', 0, 0), Buffer.from('x')]), () => undefined),
    ).toThrow(/after the end/);
  });
});

describe('IntervalSet', () => {
  it('merges, finds gaps and the contiguous run', () => {
    const s = new IntervalSet();
    s.add(10, 20);
    s.add(30, 40);
    s.add(20, 25);
    expect(s.toJSON()).toEqual([
      [10, 25],
      [30, 40],
    ]);
    expect(s.missing(50)).toEqual([
      [0, 10],
      [25, 30],
      [40, 50],
    ]);
    s.add(0, 10);
    s.add(24, 31);
    expect(s.contiguousFrom(0)).toBe(40);
    expect(s.covered).toBe(40);
    expect(s.missing(40)).toEqual([]);
  });
});

describe('local paths from the box', () => {
  it.each([
    '../x',
    'a/../../x',
    '/etc/passwd',
    'a//b',
    './a',
    'a/.',
    '',
    'a\0b',
    '.tenant-pull/manifest.json',
    'x/' + 'y'.repeat(256),
  ])('refuses %j', (rel) => {
    expect(() => checkRelativePath(rel)).toThrow(UnsafePathError);
  });
  it.each(['-rf', '--delete', 'a b', 'new\nline', '..foo', 'foo..', 'q\'"$(x)', 'dir/.hidden', 'ünï'])(
    'accepts %j as data',
    (rel) => {
      expect(checkRelativePath(rel)).toBe(rel);
      expect(inside('/dest', rel).startsWith('/dest/')).toBe(true);
    },
  );
  it('refuses an empty or root dest', () => {
    expect(() => resolveDest('  ', '/w')).toThrow(/empty/);
    expect(() => resolveDest('/', '/w')).toThrow(/root/);
    expect(resolveDest('out', '/w')).toBe('/w/out');
  });
});

describe('parseListing (the box is not trusted)', () => {
  const request = { specs: ['/data/ckpt'], settleMs: 0, exclude: [] };
  const answer = (files: unknown[], extra: Record<string, unknown> = {}): string =>
    JSON.stringify({
      specs: [{ spec: '/data/ckpt', root: '/data', kind: 'dir' }],
      files,
      skipped: [],
      home: '/root',
      ...extra,
    });

  it('derives local paths from the root and skips any that would escape', () => {
    const l = parseListing(
      answer([
        { s: 0, p: '/data/ckpt/a.pt', size: 1, mtime_ns: '1700000000123456789' },
        { s: 0, p: '/data/ckpt/../../etc/passwd', size: 1, mtime_ns: '1' },
        { s: 0, p: '/etc/shadow', size: 1, mtime_ns: '1' },
        { s: 0, p: '/data/.tenant-pull/x', size: 1, mtime_ns: '1' },
      ]),
      request,
    );
    expect(l.files.map((f) => f.rel)).toEqual(['ckpt/a.pt']);
    expect(l.files[0]?.mtimeMs).toBe(1700000000123);
    expect(l.skipped.map((s) => s.remote)).toEqual([
      '/data/ckpt/../../etc/passwd',
      '/etc/shadow',
      '/data/.tenant-pull/x',
    ]);
    expect(l.skipped.every((s) => s.reason.startsWith('unsafe local path'))).toBe(true);
  });

  it('rejects answers of the wrong shape, and two files landing on one path', () => {
    expect(() => parseListing('not json', request)).toThrow(HostError);
    expect(() => parseListing(answer([{ s: 0, p: '/data/x', size: -1, mtime_ns: '1' }]), request)).toThrow(
      /unexpected shape/,
    );
    expect(() => parseListing(answer([{ s: 3, p: '/data/x', size: 1, mtime_ns: '1' }]), request)).toThrow(
      /not asked for/,
    );
    const two = { specs: ['/a/ckpt', '/b/ckpt'], settleMs: 0, exclude: [] };
    const clash = JSON.stringify({
      specs: [
        { spec: '/a/ckpt', root: '/a', kind: 'dir' },
        { spec: '/b/ckpt', root: '/b', kind: 'dir' },
      ],
      files: [
        { s: 0, p: '/a/ckpt/x', size: 1, mtime_ns: '1' },
        { s: 1, p: '/b/ckpt/x', size: 1, mtime_ns: '1' },
      ],
      skipped: [],
      home: '/root',
    });
    expect(() => parseListing(clash, two)).toThrow(/would both land at "ckpt\/x"/);
  });
});

describe('rsync plan', () => {
  const args = rsyncArgs({
    shell: 'ssh -F /t/config',
    source: 'tenant-box:/data',
    dest: '/w/.tenant-pull/staging',
    timeoutS: 60,
  });
  it('keeps partial files aside and names as data', () => {
    expect(args).toContain('--partial-dir=.rsync-partial');
    expect(args).toContain('-s');
    expect(args).toContain('--from0');
    expect(args.slice(-3)).toEqual(['--', 'tenant-box:/data/', '/w/.tenant-pull/staging/']);
  });
  it.each(['--inplace', '--append', '--append-verify', '--delete', '--trust-sender', '-z', '-a', '-l', '--partial'])(
    'never uses %s',
    (flag) => {
      expect(args).not.toContain(flag);
    },
  );
  it('requires rsync 3.4.1 on the runner', () => {
    expect(parseRsyncVersion('rsync  version 3.5.0  protocol version 32\nCopyright')).toBe('3.5.0');
    expect(compareVersions('3.4.1', '3.4.1')).toBe(0);
    expect(compareVersions('3.4.0', '3.4.1')).toBe(-1);
    expect(compareVersions('3.10', '3.4.1')).toBe(1);
    expect(rsyncTooOld('3.5.0')).toBeUndefined();
    expect(rsyncTooOld('3.2.7')).toMatch(/3\.2\.7 .* older than 3\.4\.1.*CVE-2024-12084/);
    expect(rsyncTooOld(undefined)).toMatch(/not installed/);
  });
  it('reads names, progress and exit codes', () => {
    expect(unescapeRsyncName('new\\#012line')).toBe('new\nline');
    expect(unescapeRsyncName('h\\#303\\#251llo')).toBe('héllo');
    expect(unescapeRsyncName('plain \\# text')).toBe('plain \\# text');
    expect(parseProgress2('     20,000,001  99%   20.36MB/s    0:00:00 (xfr#2, to-chk=1/5)')).toBe(20000001);
    expect(parseProgress2('TENANT-DONE:x')).toBeUndefined();
    expect(rsyncExitRetryable(12)).toBe(true);
    expect(rsyncExitRetryable(255)).toBe(true);
    expect(rsyncExitRetryable(1)).toBe(false);
    expect(rsyncExitRetryable(127)).toBe(false);
  });
});

describe('manifest', () => {
  const m: Manifest = {
    version: 1,
    tool: 'tenant pull',
    createdAt: '2026-01-01T00:00:00.000Z',
    host: 'u@h:22',
    remotePaths: ['/data/ckpt'],
    files: [
      { path: 'b', remote: '/data/b', size: 1, mtimeNs: '1', sha256: 'b'.repeat(64) },
      { path: 'a\nb\\c', remote: '/data/a', size: 2, mtimeNs: '2', sha256: 'a'.repeat(64) },
    ],
    skipped: [],
  };
  it('serializes sorted and stable', () => {
    expect(serializeManifest(m)).toBe(serializeManifest({ ...m, files: [...m.files].reverse() }));
    expect(JSON.parse(serializeManifest(m)).files[0].path).toBe('a\nb\\c');
  });
  it('writes SHA256SUMS with coreutils escapes', () => {
    expect(sha256sums(m.files)).toBe(`\\${'a'.repeat(64)}  a\\nb\\\\c\n${'b'.repeat(64)}  b\n`);
  });
});

describe('retries', () => {
  it('backs off exponentially within the cap', () => {
    const p = { attempts: 5, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffDelay(p, 2, () => 0.5)).toBe(100);
    expect(backoffDelay(p, 4, () => 0.5)).toBe(400);
    expect(backoffDelay(p, 9, () => 1)).toBe(1000);
  });
  it('retries transient errors only, and gives up after the attempts', async () => {
    const policy = { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 };
    let n = 0;
    await expect(
      withRetries(policy, async () => {
        n++;
        throw new HostError('ECONNLOST', 'lost');
      }),
    ).rejects.toThrow('lost');
    expect(n).toBe(3);
    n = 0;
    await expect(
      withRetries(policy, async () => {
        n++;
        throw new Error('not transient');
      }),
    ).rejects.toThrow('not transient');
    expect(n).toBe(1);
  });
  it('parses the box hash lines and ignores anything else', () => {
    expect(
      parseHashLine(JSON.stringify({ i: 2, sha256: 'f'.repeat(64), size: 3, mtime_ns: '5', changed: false })),
    ).toEqual({
      index: 2,
      result: { ok: true, sha256: 'f'.repeat(64), size: 3, mtimeNs: '5', changed: false },
    });
    expect(parseHashLine('{"i":1,"error":"Permission denied"}')).toEqual({
      index: 1,
      result: { ok: false, error: 'Permission denied' },
    });
    expect(parseHashLine('{"i":1,"sha256":"xyz","size":1,"mtime_ns":"1"}')).toBeUndefined();
    expect(parseHashLine('garbage')).toBeUndefined();
  });
});

describe('printableName', () => {
  it('keeps a remote name on one log line', async () => {
    const { printableName } = await import('../../src/core/transfer/local-path.js');
    expect(printableName('ok name ü')).toBe('ok name ü');
    expect(printableName('x\n::error::pwned\r')).toBe('x\\x0a::error::pwned\\x0d');
  });
});
