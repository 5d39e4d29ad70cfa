/** Constant propagation of path values in Python: what each save path resolves to. */
import { beforeAll, describe, expect, it } from 'vitest';
import { pythonParser } from '../../src/adapters/tree-sitter-python.js';
import { PyModule } from '../../src/core/lint/python/module.js';
import { describePath, PathEvaluator } from '../../src/core/lint/python/path-value.js';
import type { PythonParser } from '../../src/core/lint/python/syntax.js';
import { saveSites } from '../../src/core/lint/python/save-sites.js';

let parser: PythonParser;
beforeAll(async () => {
  parser = await pythonParser();
});

/** The resolved path of every save call in the source, in order. */
function resolved(src: string): string[] {
  const tree = parser.parse(src);
  try {
    const mod = new PyModule(tree, src);
    const ev = new PathEvaluator(mod);
    return saveSites(mod).map((s) => (s.path ? describePath(ev.evaluate(s.path).parts) : '(none)'));
  } finally {
    tree.delete();
  }
}

describe('path constant propagation', () => {
  it('string literals and f-strings', () => {
    expect(resolved('import torch\ntorch.save(m, "/tmp/a.pt")\n')).toEqual(['/tmp/a.pt']);
    expect(resolved('import torch\nstep = 3\ntorch.save(m, f"/ckpt/step_{step}.pt")\n')).toEqual(['/ckpt/step_{?}.pt']);
  });

  it('module-level names read inside functions, and the last assignment before the use', () => {
    const src = [
      'import torch',
      'ROOT = "/data"',
      'def f(m):',
      '    torch.save(m, ROOT + "/x.pt")',
      'ROOT = "/tmp"',
    ].join('\n');
    // The function runs after the module is set up, so the last module-level value counts.
    expect(resolved(src)).toEqual(['/tmp/x.pt']);
    const local = ['import torch', 'def f(m):', '    d = "/a"', '    torch.save(m, d)', '    d = "/b"'].join('\n');
    expect(resolved(local)).toEqual(['/a']);
  });

  it('os.path.join, pathlib / and Path(...) with an absolute segment restarting', () => {
    const src = [
      'import os, torch',
      'from pathlib import Path',
      'torch.save(m, os.path.join("/root", "ckpt", "a.pt"))',
      'torch.save(m, Path("/dev/shm") / "run" / "b.pt")',
      'torch.save(m, os.path.join("rel", "/tmp", "c.pt"))',
      'torch.save(m, Path("/x", "y").joinpath("z.pt"))',
    ].join('\n');
    expect(resolved(src)).toEqual(['/root/ckpt/a.pt', '/dev/shm/run/b.pt', '/tmp/c.pt', '/x/y/z.pt']);
  });

  it('os.environ and getenv: the variable is the root, with its default when given', () => {
    const src = [
      'import os, torch',
      'torch.save(m, os.environ["TMPDIR"] + "/a.pt")',
      'torch.save(m, os.path.join(os.getenv("OUT", "/tmp/out"), "b.pt"))',
      'torch.save(m, os.environ.get("CKPT") + "/c.pt")',
    ].join('\n');
    expect(resolved(src)).toEqual(['$TMPDIR/a.pt', '$OUT/b.pt', '$CKPT/c.pt']);
  });

  it('format strings, % and .format', () => {
    const src = [
      'import torch',
      'd = "/tmp"',
      'torch.save(m, "%s/a_%d.pt" % (d, 3))',
      'torch.save(m, "{}/b.pt".format(d))',
      'torch.save(m, "{root}/c.pt".format(root=d))',
    ].join('\n');
    expect(resolved(src)).toEqual(['/tmp/a_{?}.pt', '/tmp/b.pt', '/tmp/c.pt']);
  });

  it('argparse defaults, parameter defaults and aliases', () => {
    const src = [
      'import argparse',
      'import torch as T',
      'from numpy import save as npsave',
      'p = argparse.ArgumentParser()',
      'p.add_argument("--ckpt-dir", default="/dev/shm/ck")',
      'args = p.parse_args()',
      'def f(m, out="/var/tmp/o"):',
      '    T.save(m, args.ckpt_dir + "/a.pt")',
      '    npsave(out + "/b.npy", m)',
    ].join('\n');
    expect(resolved(src)).toEqual(['/dev/shm/ck/a.pt', '/var/tmp/o/b.npy']);
  });

  it('tempfile and in-memory buffers are recognised as such', () => {
    const src = [
      'import io, os, tempfile, torch',
      'with tempfile.TemporaryDirectory() as tmp:',
      '    torch.save(m, os.path.join(tmp, "a.pt"))',
      'torch.save(m, io.BytesIO())',
      'd = tempfile.mkdtemp()',
      'torch.save(m, d + "/b.pt")',
    ].join('\n');
    expect(resolved(src)).toEqual(['{tempfile}/a.pt', '{memory}', '{tempfile}/b.pt']);
  });

  it('unknown values stay unknown (function results, attributes of objects)', () => {
    const src = [
      'import torch',
      'torch.save(m, cfg.out_dir)',
      'torch.save(m, make_path())',
      'torch.save(m, a if c else b)',
    ].join('\n');
    expect(resolved(src)).toEqual(['{?}', '{?}', '{?}']);
  });

  it('framework calls report the path argument', () => {
    const src = [
      'from transformers import TrainingArguments',
      'from lightning.pytorch.callbacks import ModelCheckpoint',
      'TrainingArguments(output_dir="/tmp/hf")',
      'ModelCheckpoint(dirpath="/tmp/pl", save_top_k=3)',
      'model.save_pretrained("/tmp/sp")',
      'accelerator.save_state(output_dir="/tmp/acc")',
      'accelerator.save_model(model, "/tmp/am")',
    ].join('\n');
    expect(resolved(src)).toEqual(['/tmp/hf', '/tmp/pl', '/tmp/sp', '/tmp/acc', '/tmp/am']);
  });
});
