import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The checkpoint probe and agent are Python (they run on the box); their own unittest suite runs here with
// Debian's python3, which has torch 1.13 (the torch cases skip where it has not).
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

describe('assets/probe.py and assets/watch.py (python unittest)', () => {
  it('passes test/python/test_probe.py', () => {
    const r = spawnSync(PYTHON, ['test/python/test_probe.py', '-v'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stderr).toMatch(/Ran \d+ tests/);
    expect(r.stderr).toMatch(/\nOK/);
  });
});
