/** tenant lints itself clean with its own rules and .tenant.yml (the dogfood the hygiene workflow runs). */
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/adapters/git-files.js';
import { pythonParser } from '../../src/adapters/tree-sitter-python.js';
import { runLint } from '../../src/core/lint/run.js';

describe('tenant lint on this repository', () => {
  it('has no findings', async () => {
    const run = await runLint({ root: process.cwd() }, { listFiles, python: pythonParser });
    expect(run.configPath).toBe('.tenant.yml');
    expect(run.stats.files).toBeGreaterThan(50);
    expect(run.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}: ${f.message}`)).toEqual([]);
  });
});
