/**
 * tenant lint on a large generated tree against ripgrep reading the same files for the same trigger words,
 * both measured here in the same run, interleaved. The tree: N files (default 6,000; 60 % Python, 40 % shell)
 * made from templates of model, data and helper modules, trainers, launch, pull and env scripts (PY_MIX and
 * SH_MIX below), a few percent carrying a real finding; committed to a throwaway git repository, as
 * actions/lint sees a checkout.
 *
 * Measured: `rg -c -F -e WORD … .` (the baseline) against `node dist/cli/index.js lint --format json` (the
 * CLI bundle, cold process, as a user or the action runs it), and the engine in this process (warm).
 * Target: ≤ 1.5× ripgrep's wall time. Run: `npx tsx bench/lint.ts [files] [runs]`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { indexCrlf, listFiles } from '../src/adapters/git-files.js';
import { pythonParser } from '../src/adapters/tree-sitter-python.js';
import { DEFAULT_CONFIG } from '../src/core/lint/config/lint-config.js';
import { lint } from '../src/core/lint/engine.js';
import { RULES } from '../src/core/lint/registry.js';
import { BUILTIN_VOLATILE, VolatileMatcher } from '../src/core/lint/volatile.js';

const total = Number(process.argv[2] ?? 6000);
const runs = Number(process.argv[3] ?? 5);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

// ---- the tree -------------------------------------------------------------------------------------------

const pyTemplates: ((i: number) => string)[] = [
  (i) => `"""Model ${i}: a small residual MLP."""
import torch
from torch import nn


class Block${i}(nn.Module):
    def __init__(self, width=${64 + (i % 8) * 32}):
        super().__init__()
        self.norm = nn.LayerNorm(width)
        self.fc1 = nn.Linear(width, width * 4)
        self.fc2 = nn.Linear(width * 4, width)

    def forward(self, x):
        return x + self.fc2(torch.relu(self.fc1(self.norm(x))))


class Net${i}(nn.Module):
    def __init__(self, depth=${2 + (i % 5)}, width=${64 + (i % 8) * 32}):
        super().__init__()
        self.blocks = nn.ModuleList(Block${i}(width) for _ in range(depth))
        self.head = nn.Linear(width, 10)

    def forward(self, x):
        for b in self.blocks:
            x = b(x)
        return self.head(x)
`,
  (i) => `"""Dataset ${i}."""
import numpy as np
import torch
from torch.utils.data import Dataset


class Shards${i}(Dataset):
    def __init__(self, root, split="train"):
        self.root = root
        self.split = split
        self.index = np.arange(${1000 + i})

    def __len__(self):
        return len(self.index)

    def __getitem__(self, k):
        rng = np.random.default_rng(k + ${i})
        x = rng.normal(size=(${16 + (i % 4) * 16},)).astype("float32")
        y = int(x.sum() > 0)
        return torch.from_numpy(x), y


def collate(batch):
    xs, ys = zip(*batch)
    return torch.stack(xs), torch.tensor(ys)
`,
  (i) => `"""Trainer ${i}: full-state, atomic checkpoints on the durable directory."""
import argparse
import os
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--ckpt-dir", default="/root/autodl-fs/run${i}")
parser.add_argument("--epochs", type=int, default=${3 + (i % 7)})


def save(state, ckpt_dir):
    final = os.path.join(ckpt_dir, "latest.pt")
    tmp = final + ".tmp"
    torch.save(state, tmp)
    os.replace(tmp, final)


def main():
    args = parser.parse_args()
    model = torch.nn.Linear(8, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    start = 0
    latest = os.path.join(args.ckpt_dir, "latest.pt")
    if os.path.exists(latest):
        state = torch.load(latest, weights_only=False)
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        start = state["epoch"] + 1
    for epoch in range(start, args.epochs):
        loss = model(torch.randn(4, 8)).pow(2).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        save({"model": model.state_dict(), "optimizer": optimizer.state_dict(), "epoch": epoch}, args.ckpt_dir)


if __name__ == "__main__":
    main()
`,
  (i) => `"""Logging and metric helpers ${i}."""
import json
import logging
import time

log = logging.getLogger(__name__)


class Meter${i}:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def update(self, value, n=1):
        self.total += value * n
        self.count += n

    @property
    def mean(self):
        return self.total / max(1, self.count)


def emit(metrics, step):
    metrics = dict(metrics, step=step, time=time.time())
    log.info(json.dumps(metrics))
`,
  // A dirty one: checkpoints on /tmp, written in place, weights only.
  (i) => `"""Quick experiment ${i}."""
import os
import torch

OUT = "/tmp/exp${i}"


def run(model, optimizer, loader):
    for step, (x, y) in enumerate(loader):
        loss = (model(x) - y).pow(2).mean()
        loss.backward()
        optimizer.step()
        if step % 100 == 0:
            torch.save(model.state_dict(), os.path.join(OUT, "latest.pt"))
`,
];

const shTemplates: ((i: number) => string)[] = [
  (i) => `#!/usr/bin/env bash
# Launch run ${i} detached on the box.
set -euo pipefail
HOST="\${1:?host}"
RUN="run${i}"
ssh -o ConnectTimeout=10 "$HOST" "mkdir -p /root/autodl-fs/$RUN"
ssh "$HOST" "cd /root/proj && tmux new -d -s $RUN 'python -u train.py --ckpt-dir /root/autodl-fs/$RUN > /root/autodl-fs/$RUN/log 2>&1'"
echo "launched $RUN on $HOST"
`,
  (i) => `#!/usr/bin/env bash
# Pull results of run ${i}.
set -euo pipefail
HOST="\${1:?host}"
DST="results/run${i}"
mkdir -p "$DST"
if rsync -az --partial "$HOST:/root/autodl-fs/run${i}/" "$DST/"; then
  echo "pulled run${i}"
else
  echo "pull FAILED for run${i}" >&2
  exit 2
fi
`,
  (i) => `#!/usr/bin/env bash
# Environment for run ${i}.
set -euo pipefail
export OMP_NUM_THREADS=${1 + (i % 8)}
export PYTHONUNBUFFERED=1
export RUN_NAME="exp-${i}"
for f in configs/*.yaml; do
  echo "config: $f"
done
`,
  // A dirty one: silent sync and an unquoted grep.
  (i) => `#!/bin/bash
cp -f best.pth /root/autodl-fs/run${i}/ 2>/dev/null
echo "synced run${i}"
ssh box "grep -hE loss|acc=|done /root/run${i}/log"
`,
];

/**
 * The mix, per 100 files of each language, as in a real training repository: mostly model, data and helper
 * modules; a few trainers that write checkpoints; a few files with a real finding.
 */
const PY_MIX = [35, 30, 7, 25, 3]; // model, dataset, trainer (clean), helpers, dirty experiment
const SH_MIX = [30, 25, 40, 5]; // launch, pull, env, dirty

function pick(mix: number[], k: number): number {
  let r = (k * 37) % 100; // spread the kinds through the tree
  for (let i = 0; i < mix.length; i++) {
    r -= mix[i] as number;
    if (r < 0) return i;
  }
  return 0;
}

function makeTree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tenant-bench-lint-'));
  const nPy = Math.round(total * 0.6);
  for (let i = 0; i < total; i++) {
    const isPy = i < nPy;
    const k = isPy ? i : i - nPy;
    const sub = join(dir, `pkg${Math.floor(i / 200)}`);
    if (!existsSync(sub)) mkdirSync(sub, { recursive: true });
    const tpl = isPy ? pyTemplates[pick(PY_MIX, k)] : shTemplates[pick(SH_MIX, k)];
    writeFileSync(join(sub, isPy ? `mod_${k}.py` : `script_${k}.sh`), (tpl as (i: number) => string)(k));
  }
  writeFileSync(join(dir, '.gitattributes'), '*.sh text eol=lf\n');
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['add', '-A'], { cwd: dir });
  // A checkout from a clone has its objects packed.
  execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '-qm', 'tree'], {
    cwd: dir,
  });
  execFileSync('git', ['gc', '-q', '--force'], { cwd: dir });
  return dir;
}

// ---- the trigger words ----------------------------------------------------------------------------------

function triggerWords(): string[] {
  const ctx = { volatile: new VolatileMatcher(BUILTIN_VOLATILE) };
  const words = new Set<string>();
  for (const r of RULES) {
    if (!r.python && !r.shell) continue;
    const t = typeof r.triggers === 'function' ? r.triggers(ctx) : (r.triggers ?? []);
    for (const w of t) words.add(w);
  }
  return [...words];
}

// ---- measurement ----------------------------------------------------------------------------------------

function timeProcess(cmd: string, args: string[], cwd: string, okCodes: number[], env?: NodeJS.ProcessEnv): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, {
    cwd,
    env: env ?? process.env,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  if (r.status === null || !okCodes.includes(r.status))
    throw new Error(`${cmd} exited ${r.status}: ${r.stderr?.toString()}`);
  return ms;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const dir = makeTree();
  console.log(
    `tree: ${total} files (60% Python, 40% shell) in ${dir}, made in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const words = triggerWords();
  console.log(`trigger words (${words.length}): ${words.join(' ')}`);
  const rgArgs = ['-c', '-F', ...words.flatMap((w) => ['-e', w]), '.'];
  const cli = resolve('dist/cli/index.js');
  const haveCli = existsSync(cli);
  const action = resolve('dist/lint/index.js');
  const runnerDir = mkdtempSync(join(tmpdir(), 'tenant-bench-runner-'));
  const runnerEnv: NodeJS.ProcessEnv = {
    ...process.env,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: runnerDir,
    'INPUT_FAIL-ON': 'never',
  };
  for (const f of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    runnerEnv[f] = join(runnerDir, f);
    writeFileSync(join(runnerDir, f), '');
  }

  const rg: number[] = [];
  const proc: number[] = [];
  const act: number[] = [];
  const inproc: number[] = [];
  const parser = await pythonParser();
  const deps = { listFiles, indexCrlf, python: async () => parser };
  let findings = 0;
  let parsed = { python: 0, shell: 0, config: 0 };
  for (let i = 0; i < runs + 1; i++) {
    const a = timeProcess('rg', rgArgs, dir, [0, 1]);
    const b = haveCli ? timeProcess(process.execPath, [cli, 'lint', '--format', 'json'], dir, [0, 1]) : NaN;
    const e = timeProcess(process.execPath, [action], dir, [0], runnerEnv);
    const s = performance.now();
    const res = await lint({ root: dir, config: DEFAULT_CONFIG }, deps);
    const c = performance.now() - s;
    findings = res.findings.length;
    parsed = res.stats.parsed;
    if (i === 0) continue; // warm-up round: page cache, JIT
    rg.push(a);
    proc.push(b);
    act.push(e);
    inproc.push(c);
  }
  const mRg = median(rg);
  const mProc = median(proc);
  const mIn = median(inproc);
  console.log(`findings: ${findings}; parsed: ${parsed.python} Python, ${parsed.shell} shell (of ${total} files)`);
  console.log(`median of ${runs}: rg ${mRg.toFixed(0)} ms (${Math.round(total / (mRg / 1000))} files/s)`);
  if (haveCli)
    console.log(
      `               tenant lint (CLI bundle, cold process) ${mProc.toFixed(0)} ms (${Math.round(total / (mProc / 1000))} files/s)`,
    );
  console.log(
    `               tenant lint (engine, warm, in process) ${mIn.toFixed(0)} ms (${Math.round(total / (mIn / 1000))} files/s)`,
  );
  const mAct = median(act);
  console.log(
    `               actions/lint bundle (cold process, as the runner runs it) ${mAct.toFixed(0)} ms (${Math.round(total / (mAct / 1000))} files/s)`,
  );
  if (haveCli) console.log(`ratio (CLI process / rg): ${(mProc / mRg).toFixed(2)}x (target <= 1.5x)`);
  console.log(`ratio (action process / rg): ${(mAct / mRg).toFixed(2)}x`);
  console.log(`ratio (warm engine / rg): ${(mIn / mRg).toFixed(2)}x`);
  console.log(
    `load average during the run: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus().length} cores`,
  );
}

await main();
