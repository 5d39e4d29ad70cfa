import { describe, expect, it } from 'vitest';
import { cell, codeBlock, table } from '../../src/core/report/markdown.js';

describe('markdown', () => {
  it('escapes pipes, newlines and HTML in cells', () => {
    expect(cell('a|b\nc<script>')).toBe('a\\|b<br>c&lt;script&gt;');
    expect(cell(null)).toBe('');
  });
  it('builds a table with one row per entry', () => {
    expect(table(['k', 'v'], [['a', 1]])).toBe('| k | v |\n| --- | --- |\n| a | 1 |\n');
  });
  it('fences code with more backticks than it contains', () => {
    expect(codeBlock('x ``` y')).toBe('````\nx ``` y\n````\n');
  });
});
