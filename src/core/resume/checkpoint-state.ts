/**
 * Which parts of the training state a checkpoint holds, from the probe's key names (top-level keys of a
 * torch/JSON checkpoint, or the files of a framework checkpoint directory). The names are matched loosely:
 * `opt`, `optimizer`, `optimizer_state_dict` and Lightning's `optimizer_states` are all the optimizer.
 */
import type { ProbeMatch } from './probe-client.js';

export const STATE_PARTS = [
  'model',
  'optimizer',
  'scheduler',
  'step',
  'epoch',
  'rng',
  'scaler',
  'ema',
  'data',
] as const;
export type StatePart = (typeof STATE_PARTS)[number];

const PATTERNS: Record<Exclude<StatePart, 'step' | 'epoch'>, RegExp> = {
  model:
    /^(model|models|state_dict|model_state(_dict)?|module|net|network|weights|params|generator|discriminator|policy)$|^model[_.]|_model$/,
  optimizer: /optim|^opt($|_)|zero_pp_rank/,
  scheduler: /sched|lr_schedulers/,
  rng: /rng|random_state|random_states|generator_state|np_random|torch_random|cuda_random/,
  scaler: /scaler|grad_scale|(^|_)amp($|_)/,
  ema: /(^|_)ema($|_)|swa|averaged|shadow/,
  data: /sampler|dataloader|data_?state|loader|batch|cursor|position|loops/,
};

export type StatePresence = Record<StatePart, boolean>;

export function statePresence(m: ProbeMatch): StatePresence {
  const keys = m.keys.map((k) => k.toLowerCase());
  const has = (re: RegExp): boolean => keys.some((k) => re.test(k));
  const out = {} as StatePresence;
  for (const part of STATE_PARTS) {
    if (part === 'step')
      out.step = m.step !== null || keys.some((k) => /^(global_step|step|iteration|iter|it|trainer_state)$/.test(k));
    else if (part === 'epoch') out.epoch = m.epoch !== null || keys.includes('trainer_state');
    else out[part] = has(PATTERNS[part]);
  }
  if (m.bareStateDict) {
    for (const part of STATE_PARTS) out[part] = part === 'model';
  }
  return out;
}
