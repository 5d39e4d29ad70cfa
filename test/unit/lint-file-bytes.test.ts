import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReusedReader } from '../../src/core/lint/file-bytes.js';

describe('ReusedReader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tenant-file-bytes-'));
  const file = (name: string, bytes: Buffer): string => {
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  };

  it('reads whole files of any size up to the limit, growing its buffer, and refuses larger ones', () => {
    const reader = new ReusedReader(300 * 1024);
    const small = Buffer.from('hello\n');
    const big = Buffer.alloc(200 * 1024 + 7, 'x');
    const exact = Buffer.alloc(300 * 1024, 'y');
    expect(reader.read(file('small', small))).toEqual(small);
    expect(reader.read(file('big', big))).toEqual(big);
    expect(reader.read(file('exact', exact))).toEqual(exact);
    expect(reader.read(file('over', Buffer.alloc(300 * 1024 + 1)))).toBe('too-big');
    expect(reader.read(file('empty', Buffer.alloc(0)))).toEqual(Buffer.alloc(0));
    expect(reader.read(join(dir, 'missing'))).toBeUndefined();
    expect(reader.read(dir)).toBeUndefined(); // a directory
  });

  it('hands out a view of its buffer: the next read replaces it', () => {
    const reader = new ReusedReader(1024);
    const first = reader.read(file('a', Buffer.from('first')));
    reader.read(file('b', Buffer.from('SECOND')));
    expect(first?.toString()).not.toBe('first');
  });
});
