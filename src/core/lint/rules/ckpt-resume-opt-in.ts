/**
 * ckpt/resume-opt-in: loading the latest checkpoint only behind a flag that is off by default, so a relaunch
 * after preemption (which passes the same command line) trains from scratch and overwrites the checkpoints.
 */
import { stringLiteral, type PyModule } from '../python/module.js';
import type { PyNode } from '../python/syntax.js';
import { at, type Rule } from '../rule.js';
import type { RawFinding } from '../types.js';

const LOADS = new Set(['load_state', 'load_checkpoint', 'load_from_checkpoint']);
const FLAG_NAME = /resume|restore|continue|load|ckpt|checkpoint/i;
const ON_BY_DEFAULT = /^(auto|latest|last|true|yes|1)$/i;
const EXISTENCE = /exists|isfile|isdir|glob|listdir|iterdir|get_last_checkpoint|latest|find_/;

/** `args.resume` → `resume` when the module defines such an argparse flag or the name says resume. */
function flagIn(mod: PyModule, cond: PyNode): string | undefined {
  const text = cond.text;
  if (EXISTENCE.test(text)) return undefined;
  for (const m of text.matchAll(/\b(?:args|opt|opts|cfg|config|hparams|FLAGS|flags)\.([A-Za-z_][A-Za-z0-9_]*)/g)) {
    const name = m[1] as string;
    const flag = mod.flags.get(name);
    if (flag) return offByDefault(flag.default, flag.action) ? flag.flag : undefined;
    if (FLAG_NAME.test(name)) return `--${name}`;
  }
  return undefined;
}

function offByDefault(def: PyNode | undefined, action: string | undefined): boolean {
  if (action === 'store_true') return true;
  if (action === 'store_false') return false;
  if (!def) return true;
  if (def.type === 'none' || def.type === 'false') return true;
  if (def.type === 'true') return false;
  const s = stringLiteral(def);
  if (s !== undefined) return s === '' || !ON_BY_DEFAULT.test(s);
  if (def.type === 'integer') return def.text === '0';
  return false;
}

/** The flag guarding `node`, when it sits in the body of an `if` whose condition is that flag. */
function guardingFlag(mod: PyModule, node: PyNode): string | undefined {
  let child = node;
  let cur = node.parent;
  while (cur && cur.type !== 'function_definition' && cur.type !== 'module') {
    if (cur.type === 'if_statement') {
      const cond = cur.childForFieldName('condition');
      const body = cur.childForFieldName('consequence');
      if (cond && body && body.id === child.id) {
        const flag = flagIn(mod, cond);
        if (flag) return flag;
      }
    }
    child = cur;
    cur = cur.parent;
  }
  return undefined;
}

export const ckptResumeOptIn: Rule = {
  id: 'ckpt/resume-opt-in',
  severity: 'warning',
  title: 'Resuming from the latest checkpoint only behind a flag',
  skipTests: true,
  triggers: ['load(', 'load_state', 'load_checkpoint', 'load_from_checkpoint', 'save_state', '.train('],
  python({ mod }) {
    const out: RawFinding[] = [];
    const relaunch =
      'A relaunch after a preemption runs the same command line, so it trains from scratch and overwrites the checkpoints.';
    for (const call of mod.calls) {
      const isLoad = call.callee === 'torch.load' || LOADS.has(call.name);
      if (isLoad) {
        const flag = guardingFlag(mod, call.node);
        if (flag) {
          out.push(
            at(
              call.line,
              call.column,
              `${call.name}() runs only when ${flag} is given, and it is off by default. ${relaunch} Resume by default when a checkpoint exists (look for the latest one), and make starting over the opt-in.`,
            ),
          );
        }
        continue;
      }
      if (
        call.name === 'train' &&
        call.receiver &&
        /trainer/i.test(call.receiver.text) &&
        mod.calls.some((c) => /TrainingArguments|SFTConfig/.test(c.name))
      ) {
        const arg = call.kwargs.get('resume_from_checkpoint');
        if (!arg) {
          out.push(
            at(
              call.line,
              call.column,
              `trainer.train() has no resume_from_checkpoint, so the HF Trainer starts at step 0 even when output_dir holds checkpoints. ${relaunch} Pass resume_from_checkpoint=get_last_checkpoint(output_dir) (None when there is none).`,
            ),
          );
        } else {
          const m = /\b(?:args|opt|cfg|config)\.([A-Za-z_][A-Za-z0-9_]*)/.exec(arg.text);
          const flag = m?.[1] ? mod.flags.get(m[1]) : undefined;
          if (flag && offByDefault(flag.default, flag.action) && !EXISTENCE.test(arg.text)) {
            out.push(
              at(
                call.line,
                call.column,
                `trainer.train() resumes only when ${flag.flag} is given, and it is off by default. ${relaunch} Default it to the last checkpoint in output_dir.`,
              ),
            );
          }
        }
      }
    }
    const saveState = mod.calls.find((c) => c.name === 'save_state' && c.receiver && /accel/i.test(c.receiver.text));
    if (saveState && !mod.calls.some((c) => c.name === 'load_state')) {
      out.push(
        at(
          saveState.line,
          saveState.column,
          `accelerator.save_state() is called but load_state() never is: the saved state is never restored. ${relaunch} Call accelerator.load_state() on the latest checkpoint at start-up.`,
        ),
      );
    }
    return out;
  },
};
