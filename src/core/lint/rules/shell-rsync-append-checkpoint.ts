/** shell/rsync-append-checkpoint: rsync --append(-verify) on checkpoints: a replaced (not grown) file that is not shorter is skipped or corrupted. */
import { at, type Rule } from '../rule.js';
import { argv, commandName } from '../shell/script.js';
import type { RawFinding } from '../types.js';

const CKPT = /ckpt|checkpoint|\.pth?\b|\.ckpt\b|\.safetensors\b|final_ckpts/i;

export const shellRsyncAppendCheckpoint: Rule = {
  id: 'shell/rsync-append-checkpoint',
  severity: 'warning',
  title: 'rsync --append on checkpoint files',
  triggers: ['--append'],
  shell({ script }) {
    const out: RawFinding[] = [];
    for (const unit of script.units) {
      for (const cmd of unit.commands) {
        if (commandName(cmd) !== 'rsync') continue;
        const words = argv(cmd);
        const flag = words.find((w) => w.value === '--append' || w.value === '--append-verify');
        if (!flag || !words.some((w) => CKPT.test(w.value))) continue;
        out.push(
          at(
            flag.line,
            flag.col,
            `${flag.value} only appends to the receiver's file: a checkpoint that was replaced (latest.pth rewritten each save) and is not shorter is skipped, or gets new bytes glued onto old ones. Drop ${flag.value}; use --partial (and verify checksums) for checkpoints.`,
          ),
        );
      }
    }
    return out;
  },
};
