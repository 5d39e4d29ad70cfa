/** The box helper's list and hash modes, run here through LocalHost (the same script runs over SSH). */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalHost } from '../../src/adapters/local-host.js';
import { listRemote } from '../../src/core/transfer/listing.js';
import { RemoteHasher } from '../../src/core/transfer/remote-hash.js';
import { HostSource } from '../../src/core/transfer/host-source.js';

let box: string;
const host = new LocalHost();
const old = new Date(Date.now() - 3600_000);

function put(rel: string, data = rel): void {
  mkdirSync(join(box, rel, '..'), { recursive: true });
  writeFileSync(join(box, rel), data);
  utimesSync(join(box, rel), old, old);
}

beforeAll(() => {
  box = mkdtempSync(join(tmpdir(), 'tenant-box-helper-'));
  put('ckpt/step-1/model.pt');
  put('ckpt/step-1/model.pt.tmp');
  put('ckpt/step-2/model.safetensors.tmp.1234');
  put('ckpt/step-2/model.safetensors');
  put('ckpt/checkpoint_3.orbax-checkpoint-tmp-1699/x');
  put('ckpt/.rsync-partial/half');
  put('ckpt/notes.txt~');
  put('ckpt/logs/train.log');
  symlinkSync('step-2/model.safetensors', join(box, 'ckpt/latest.pt'));
  writeFileSync(Buffer.from(join(box, 'ckpt/bad-\xff-name'), 'latin1'), 'x');
});
afterAll(() => rmSync(box, { recursive: true, force: true }));

describe('box helper: list', () => {
  it('walks a folder, skipping temp names, temp folders and symlinks with reasons', async () => {
    const l = await listRemote(host, { specs: [join(box, 'ckpt')], settleMs: 0, exclude: ['logs/*'] });
    expect(l.files.map((f) => f.rel)).toEqual(['ckpt/step-1/model.pt', 'ckpt/step-2/model.safetensors']);
    const why = Object.fromEntries(l.skipped.map((s) => [s.remote.slice(box.length + 1), s.reason]));
    expect(why['ckpt/step-1/model.pt.tmp']).toMatch(/temporary name/);
    expect(why['ckpt/step-2/model.safetensors.tmp.1234']).toMatch(/temporary name/);
    expect(why['ckpt/checkpoint_3.orbax-checkpoint-tmp-1699']).toMatch(/temporary directory/);
    expect(why['ckpt/.rsync-partial']).toMatch(/temporary directory/);
    expect(why['ckpt/notes.txt~']).toMatch(/temporary name/);
    expect(why['ckpt/latest.pt']).toBe('symlink');
    expect(why['ckpt/logs/train.log']).toBe('excluded');
    expect(Object.entries(why).find(([k]) => k.startsWith('ckpt/bad-'))?.[1]).toBe('name is not valid UTF-8');
  });

  it('roots paths like rsync: a folder keeps its name, a trailing slash pulls its contents, a glob keeps the part below its first pattern', async () => {
    const l = await listRemote(host, {
      specs: [
        join(box, 'ckpt/step-1') + '/',
        join(box, 'ckpt/step-*/model.safetensors'),
        join(box, 'ckpt/logs/train.log'),
      ],
      settleMs: 0,
      exclude: [],
    });
    expect(l.files.map((f) => f.rel)).toEqual(['model.pt', 'step-2/model.safetensors', 'train.log']);
    expect(l.specs.map((s) => s.kind)).toEqual(['dir', 'glob', 'file']);
  });

  it('reports a path that does not exist and a glob that matches nothing', async () => {
    const l = await listRemote(host, {
      specs: [join(box, 'nope'), join(box, 'ckpt/*.nothing')],
      settleMs: 0,
      exclude: [],
    });
    expect(l.specs.map((s) => [s.kind, s.matches ?? null])).toEqual([
      ['missing', null],
      ['glob', 0],
    ]);
  });

  it('skips a file whose size moves within the settle window', async () => {
    put('grow/a.bin', 'x');
    const growing = join(box, 'grow/b.bin');
    writeFileSync(growing, 'start');
    const timer = setInterval(() => writeFileSync(growing, 'more', { flag: 'a' }), 30);
    try {
      const l = await listRemote(host, { specs: [join(box, 'grow')], settleMs: 400, exclude: [] });
      expect(l.files.map((f) => f.rel)).toEqual(['grow/a.bin']);
      expect(l.skipped.find((s) => s.remote === growing)?.reason).toMatch(
        /still being written \(size \d+ -> \d+ within 0\.4s\)/,
      );
    } finally {
      clearInterval(timer);
    }
  });
});

describe('box helper: hash', () => {
  it('hashes each listed file, marking one that changed since the listing', async () => {
    const l = await listRemote(host, {
      specs: [join(box, 'ckpt/step-1'), join(box, 'ckpt/step-2')],
      settleMs: 0,
      exclude: [],
    });
    writeFileSync(join(box, 'ckpt/step-2/model.safetensors'), 'rewritten after the listing');
    const hasher = new RemoteHasher(new HostSource(async () => host, host), l.files, {
      policy: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
    });
    await hasher.run();
    const a = await hasher.result(0);
    const b = await hasher.result(1);
    expect(a).toEqual(
      expect.objectContaining({
        ok: true,
        changed: false,
        sha256: createHash('sha256').update('ckpt/step-1/model.pt').digest('hex'),
      }),
    );
    expect(b).toEqual(expect.objectContaining({ ok: true, changed: true }));
  });
});
