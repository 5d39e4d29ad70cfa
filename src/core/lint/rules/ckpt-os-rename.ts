/** ckpt/os-rename: the temp → final swap done with os.rename, which does not overwrite on Windows; os.replace does everywhere. */
import { at, type Rule } from '../rule.js';
import type { RawFinding } from '../types.js';

const CKPT = /ckpt|checkpoint|latest|\.pth?\b|\.ckpt|\.safetensors|\.tmp|\.partial/i;

export const ckptOsRename: Rule = {
  id: 'ckpt/os-rename',
  severity: 'info',
  title: 'os.rename used to swap a checkpoint into place',
  skipTests: true,
  triggers: ['rename'],
  python({ mod }) {
    const out: RawFinding[] = [];
    for (const c of mod.calls) {
      if (c.callee !== 'os.rename') continue;
      if (!c.args.some((a) => CKPT.test(a.text))) continue;
      out.push(
        at(
          c.line,
          c.column,
          'os.rename() fails on Windows when the target exists, and says nothing of intent; os.replace() overwrites atomically on every platform. Use os.replace(tmp, final).',
        ),
      );
    }
    return out;
  },
};
