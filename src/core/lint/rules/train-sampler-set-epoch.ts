/** train/sampler-set-epoch: DistributedSampler without set_epoch: every epoch sees the same order (and a resume replays it). */
import { at, type Rule } from '../rule.js';

export const trainSamplerSetEpoch: Rule = {
  id: 'train/sampler-set-epoch',
  severity: 'warning',
  title: 'DistributedSampler without set_epoch',
  skipTests: true,
  triggers: ['DistributedSampler'],
  python({ mod }) {
    const managed = [...mod.imports.values()].some((v) => /^(lightning|pytorch_lightning|accelerate)/.test(v));
    if (managed || mod.calls.some((c) => c.name === 'set_epoch')) return [];
    const first = mod.calls.find((c) => c.name === 'DistributedSampler');
    if (!first) return [];
    return [
      at(
        first.line,
        first.column,
        'DistributedSampler is created but set_epoch() is never called: every epoch (and every resumed run) shuffles in the same order. Call sampler.set_epoch(epoch) at the start of each epoch.',
      ),
    ];
  },
};
