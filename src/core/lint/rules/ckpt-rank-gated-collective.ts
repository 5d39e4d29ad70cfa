/**
 * ckpt/rank-gated-collective: a collective checkpoint call (DeepSpeed save/load_checkpoint, accelerate
 * save_state, torch.distributed.checkpoint) under `if rank == 0`: the other ranks never join, so the job
 * hangs or writes a partial checkpoint.
 */
import type { PyNode } from '../python/syntax.js';
import { at, type Rule } from '../rule.js';
import type { RawFinding } from '../types.js';

const RANK_ZERO =
  /(\brank\b|local_rank|global_rank|get_rank\(\))\s*==\s*0|is_main_process|is_local_main_process|is_global_zero|is_world_process_zero/;

function underRankZero(node: PyNode): boolean {
  let child = node;
  let cur = node.parent;
  while (cur && cur.type !== 'function_definition' && cur.type !== 'module') {
    if (cur.type === 'if_statement') {
      const cond = cur.childForFieldName('condition');
      const body = cur.childForFieldName('consequence');
      if (cond && body?.id === child.id && RANK_ZERO.test(cond.text) && !/!=|\bnot\b/.test(cond.text)) return true;
    }
    child = cur;
    cur = cur.parent;
  }
  return false;
}

export const ckptRankGatedCollective: Rule = {
  id: 'ckpt/rank-gated-collective',
  severity: 'error',
  title: 'Collective checkpoint call made on one rank only',
  triggers: ['save_checkpoint', 'load_checkpoint', 'save_state', 'dcp.', 'distributed.checkpoint'],
  python({ mod }) {
    const deepspeed = [...mod.imports.values()].some((v) => v.startsWith('deepspeed'));
    const out: RawFinding[] = [];
    for (const c of mod.calls) {
      const ds =
        (c.name === 'save_checkpoint' || c.name === 'load_checkpoint') &&
        !!c.receiver &&
        (deepspeed || /engine|ds_|deepspeed/i.test(c.receiver.text)) &&
        !/trainer/i.test(c.receiver.text);
      const acc = c.name === 'save_state' && !!c.receiver && /accel/i.test(c.receiver.text);
      const dcp = /(^|\.)(dcp|torch\.distributed\.checkpoint)\.(save|load)$/.test(c.callee);
      if (!(ds || acc || dcp) || !underRankZero(c.node)) continue;
      out.push(
        at(
          c.line,
          c.column,
          `${c.callee.replace(/^\?\./, '')}() is a collective: every rank must call it. Under a rank-0 guard the other ranks never join, so the job hangs or writes a partial checkpoint. Call it on all ranks; the library writes from the right ones.`,
        ),
      );
    }
    return out;
  },
};
