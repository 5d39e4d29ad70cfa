/** ckpt/lightning-resume-arg: Trainer(resume_from_checkpoint=…), deprecated in Lightning 1.5 and removed in 2.0. */
import { at, type Rule } from '../rule.js';

export const ckptLightningResumeArg: Rule = {
  id: 'ckpt/lightning-resume-arg',
  severity: 'error',
  title: 'Lightning Trainer(resume_from_checkpoint=), deprecated and removed',
  triggers: ['resume_from_checkpoint'],
  python({ mod }) {
    const lightning = [...mod.imports.values()].some((v) => /^(lightning|pytorch_lightning)\b/.test(v));
    if (!lightning) return [];
    return mod.calls
      .filter(
        (c) =>
          c.name === 'Trainer' &&
          /^(lightning|pytorch_lightning)\b/.test(c.callee) &&
          c.kwargs.has('resume_from_checkpoint'),
      )
      .map((c) =>
        at(
          c.line,
          c.column,
          'Trainer(resume_from_checkpoint=…) was deprecated in Lightning 1.5 and removed in 2.0, where the Trainer rejects it; the resume belongs to fit(). Pass trainer.fit(model, ckpt_path="last") instead.',
        ),
      );
  },
};
