import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellJoin, shellQuote } from '../../src/core/host/quote.js';

const hostile = [
  '',
  'plain',
  '$(touch /tmp/x)',
  '`id`',
  "it's",
  'a;b',
  'a\nb',
  '-rf',
  '--',
  '"q"',
  'ünï©ødé ✓',
  '\\',
  '*',
  '~',
  '$HOME',
];

describe('shellQuote', () => {
  it.each(hostile)('bash reads %j back byte for byte', (arg) => {
    const res = spawnSync('bash', ['-c', `printf '%s' ${shellQuote(arg)}`], { encoding: 'utf8' });
    expect(res.stdout).toBe(arg);
  });

  it('leaves safe words unquoted and joins argv', () => {
    expect(shellQuote('train.py')).toBe('train.py');
    expect(shellJoin(['python3', 'a b'])).toBe("python3 'a b'");
  });

  it('refuses NUL and empty argv', () => {
    expect(() => shellQuote('a\0b')).toThrow(/NUL/);
    expect(() => shellJoin([])).toThrow(/empty/);
  });
});
