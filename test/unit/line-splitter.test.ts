import { describe, expect, it } from 'vitest';
import { followLines, type FollowReader } from '../../src/core/host/follow.js';
import { LineSplitter } from '../../src/core/host/line-splitter.js';

describe('LineSplitter', () => {
  it('yields whole lines with the byte offset just past each newline', () => {
    const s = new LineSplitter(10);
    expect(s.push(Buffer.from('ab\ncd'))).toEqual([{ line: 'ab', offset: 13 }]);
    expect(s.offset).toBe(13);
    expect(s.readOffset).toBe(15);
    expect(s.push(Buffer.from('e\n\nf'))).toEqual([
      { line: 'cde', offset: 17 },
      { line: '', offset: 18 },
    ]);
    expect(s.finish()).toEqual({ line: 'f', offset: 19 });
    expect(s.finish()).toBeUndefined();
  });

  it('keeps a multi-byte character split across chunks intact', () => {
    const bytes = Buffer.from('✓ ok\n');
    const s = new LineSplitter();
    expect(s.push(bytes.subarray(0, 1))).toEqual([]);
    expect(s.push(bytes.subarray(1))).toEqual([{ line: '✓ ok', offset: bytes.length }]);
  });

  it('refuses a bad offset', () => {
    expect(() => new LineSplitter(-1)).toThrow(RangeError);
    expect(() => new LineSplitter(1.5)).toThrow(RangeError);
  });
});

/** An in-memory file whose content the test changes. */
function memoryReader(file: { data: Buffer | undefined }): FollowReader {
  return {
    read: async (pos, len) => (file.data === undefined ? 'missing' : file.data.subarray(pos, pos + len)),
    size: async () => file.data?.length,
    close: async () => undefined,
  };
}

describe('followLines', () => {
  it('resumes from an offset and drains once more after until() says done', async () => {
    const file = { data: Buffer.from('a\nb\nc\n') as Buffer | undefined };
    let calls = 0;
    const lines: string[] = [];
    for await (const l of followLines('f', memoryReader(file), {
      offset: 2,
      pollMs: 1,
      until: () => {
        calls++;
        // the writer appends its last bytes right as it reports being done
        if (calls === 1) file.data = Buffer.concat([file.data as Buffer, Buffer.from('d\ne')]);
        return true;
      },
    })) {
      lines.push(l.line);
    }
    expect(lines).toEqual(['b', 'c', 'd', 'e']);
  });

  it('throws when the file shrinks below the followed offset', async () => {
    const file = { data: Buffer.from('x\n') as Buffer | undefined };
    const it = followLines('f', memoryReader(file), { offset: 10, pollMs: 1 })[Symbol.asyncIterator]();
    await expect(it.next()).rejects.toMatchObject({ code: 'ETRUNCATED' });
  });
});
