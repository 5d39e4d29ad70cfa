/**
 * Cold start of an action bundle against bare `node -e 0`, both measured here in the same run, interleaved.
 * The bundle is `dist/profile` (no network): start → its first output written → exit.
 * Target: ≤ 1.5× bare node. Run: `npx tsx bench/cold-start.ts [runs]`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const runs = Number(process.argv[2] ?? 30);
const dir = mkdtempSync(join(tmpdir(), 'tenant-bench-cold-'));
const files = {
  GITHUB_OUTPUT: join(dir, 'out'),
  GITHUB_STATE: join(dir, 'state'),
  GITHUB_STEP_SUMMARY: join(dir, 'sum'),
};
const env = { ...process.env, ...files, INPUT_PROFILE: 'autodl', RUNNER_TEMP: dir };

function time(args: string[]): number {
  for (const f of Object.values(files)) writeFileSync(f, '');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
  const t = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return t;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const bare: number[] = [];
const bundle: number[] = [];
for (let i = 0; i < 3; i++) {
  time(['-e', '0']);
  time(['dist/profile/index.js']);
}
for (let i = 0; i < runs; i++) {
  bare.push(time(['-e', '0']));
  bundle.push(time(['dist/profile/index.js']));
}
if (!readFileSync(files.GITHUB_OUTPUT, 'utf8').includes('checkpoint-dir')) throw new Error('bundle wrote no output');
const b = median(bare);
const a = median(bundle);
console.log(`cold start, median of ${runs}: node -e 0 ${b.toFixed(1)} ms; dist/profile ${a.toFixed(1)} ms`);
console.log(`ratio ${(a / b).toFixed(2)}x (target <= 1.5x)`);
