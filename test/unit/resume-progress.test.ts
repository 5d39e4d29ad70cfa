import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import {
  fillStepsFromEpochs,
  parseProgressSpec,
  ProgressParser,
  type ProgressRecord,
} from '../../src/core/resume/progress.js';

const auto = () => new ProgressParser(parseProgressSpec('auto'));

describe('progress parsing: auto', () => {
  it.each([
    ['{"step": 12, "epoch": 0, "loss": 0.5, "lr": 0.001}', { step: 12, epoch: 0, loss: 0.5, lr: 0.001 }],
    ['{"global_step": 7, "train/loss": 1.25, "learning_rate": 3e-4}', { step: 7, loss: 1.25, lr: 3e-4 }],
    ['step 42 | loss 0.3121 | lr 1.0e-3', { step: 42, loss: 0.3121, lr: 0.001 }],
    ['step: 5, loss=2.5', { step: 5, loss: 2.5 }],
    ['iter 100: loss 2.3456, time 12.34ms, mfu 1.23%', { step: 100, loss: 2.3456 }],
    ['Epoch 3 | step 120 | loss 0.0451 | lr 2.5e-05', { step: 120, epoch: 3, loss: 0.0451, lr: 2.5e-5 }],
    ['[train] epoch=1 global_step=88 train_loss=0.77', { step: 88, epoch: 1, loss: 0.77 }],
    ['step 9 loss nan', { step: 9, loss: NaN }],
  ])('%s', (line, expected) => {
    const v = auto().parse(line);
    expect(v).toMatchObject(expected);
  });

  it.each([
    'resumed from checkpoint at step 40',
    'Saving model checkpoint to out/checkpoint-500',
    '{"event": "checkpoint", "step": 40}',
    'loss went down a lot',
    '',
  ])('ignores non-progress: %s', (line) => {
    expect(auto().parse(line)).toBeUndefined();
  });

  it('takes the step of a Hugging Face log dict from the tqdm bar printed before it', () => {
    const p = auto();
    expect(p.parse(' 10%|█         | 30/300 [00:03<00:27,  9.81it/s]')).toBeUndefined();
    expect(p.parse("{'loss': 0.6931, 'grad_norm': 1.2, 'learning_rate': 4.9e-05, 'epoch': 0.1}")).toEqual({
      step: 30,
      loss: 0.6931,
      lr: 4.9e-5,
      epoch: 0.1,
    });
  });

  it('reads the last segment of a \\r-rewritten progress bar line', () => {
    const p = auto();
    p.parse(' 1%| | 3/300 [00:00<00:20, 9it/s]\r 2%| | 6/300 [00:00<00:20, 9it/s]');
    expect(p.parse("{'loss': 1.5, 'learning_rate': 1e-05, 'epoch': 0.02}")?.step).toBe(6);
  });

  it('keeps an HF dict without a bar (its step comes from the checkpoint ratio later)', () => {
    const v = auto().parse("{'loss': 0.5, 'learning_rate': 1e-05, 'epoch': 1.5}");
    expect(v).toEqual({ loss: 0.5, lr: 1e-5, epoch: 1.5 });
    const records: ProgressRecord[] = [{ ...v, line: 0, atMs: 0 }];
    fillStepsFromEpochs(records, 40);
    expect(records[0]?.step).toBe(60);
  });
});

describe('progress parsing: jsonl and regex', () => {
  it('jsonl accepts any object with a step', () => {
    const p = new ProgressParser(parseProgressSpec('jsonl'));
    expect(p.parse('{"step": 3}')).toEqual({ step: 3 });
    expect(p.parse('step 3 loss 1')).toBeUndefined();
    expect(p.parse('{"loss": 1}')).toBeUndefined();
  });

  it('regex with named groups, Python (?P<>) spelling accepted', () => {
    const p = new ProgressParser(parseProgressSpec('regex:it=(?P<step>\\d+) l=(?<loss>[0-9.]+) e=(?<epoch>\\d+)'));
    expect(p.parse('it=15 l=0.25 e=2')).toEqual({ step: 15, loss: 0.25, epoch: 2 });
    expect(p.parse('nothing here')).toBeUndefined();
  });

  it('rejects bad specs with the input named', () => {
    expect(() => parseProgressSpec('xml')).toThrow(ConfigurationError);
    expect(() => parseProgressSpec('regex:(unclosed')).toThrow(/invalid regular expression/);
    expect(() => parseProgressSpec('regex:step (\\d+)')).toThrow(/named group/);
  });
});
