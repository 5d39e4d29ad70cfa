/** git/committed-checkpoint: model weights or run directories tracked by git. */
import { at, type Rule } from '../rule.js';
import type { RawFinding } from '../types.js';

const WEIGHTS = /\.(pt|pth|ckpt|safetensors|bin|h5|onnx|pkl)$/;
const RUN_DIRS = /(^|\/)(wandb|mlruns|lightning_logs|checkpoints)\//;

export const gitCommittedCheckpoint: Rule = {
  id: 'git/committed-checkpoint',
  severity: 'info',
  title: 'Checkpoint or run directory tracked by git',
  skipTests: true,
  repo({ files }) {
    const out: RawFinding[] = [];
    for (const f of files) {
      if (/\.bin$/.test(f.path) && !/(model|pytorch|weights|adapter)/i.test(f.path)) continue;
      if (WEIGHTS.test(f.path) || RUN_DIRS.test(f.path)) {
        out.push(
          at(
            1,
            1,
            `${f.path} is a checkpoint or run artifact tracked by git: every clone and every push to a rented box carries it, and the repository only grows. Keep checkpoints on durable storage or in an artifact store, and list them in .gitignore.`,
            { file: f.path },
          ),
        );
      }
    }
    return out;
  },
};
