/**
 * Where a Python file writes a checkpoint: the call, the API as users know it, the expression holding the
 * target path, and whether the framework manages its own writes (HF, Lightning, Accelerate, DeepSpeed, DCP).
 */
import type { PyCall, PyModule } from './module.js';
import type { PyNode } from './syntax.js';

export interface SaveSite {
  call: PyCall;
  /** `torch.save`, `save_pretrained`, `TrainingArguments(output_dir=)` … */
  api: string;
  path: PyNode | undefined;
  /** The object saved (for `torch.save(obj, p)`-style calls). */
  payload: PyNode | undefined;
  /** A framework call that manages its own files (not a plain write of one file). */
  framework: boolean;
  /** Declares where a framework will write later (a config), rather than writing now. */
  declaration: boolean;
}

function arg(call: PyCall, index: number, ...names: string[]): PyNode | undefined {
  for (const n of names) {
    const v = call.kwargs.get(n);
    if (v) return v;
  }
  return call.args[index];
}

/** `open(P, 'wb')` → P. */
function openTarget(node: PyNode | undefined, mod: PyModule): PyNode | undefined {
  if (!node || node.type !== 'call') return undefined;
  const fn = node.childForFieldName('function');
  if (!fn || mod.qualify(fn) !== 'open') return undefined;
  const first = node.childForFieldName('arguments')?.namedChildren.find((a) => a && a.type !== 'keyword_argument');
  return first ?? undefined;
}

const NUMPY_SAVES = new Set(['numpy.save', 'numpy.savez', 'numpy.savez_compressed']);

export function saveSites(mod: PyModule): SaveSite[] {
  const out: SaveSite[] = [];
  const add = (
    call: PyCall,
    api: string,
    path: PyNode | undefined,
    payload: PyNode | undefined,
    framework: boolean,
    declaration = false,
  ): void => {
    out.push({ call, api, path, payload, framework, declaration });
  };
  for (const call of mod.calls) {
    const { callee, name } = call;
    if (callee === 'torch.save') {
      add(call, 'torch.save', arg(call, 1, 'f'), arg(call, 0, 'obj'), false);
    } else if (NUMPY_SAVES.has(callee)) {
      add(call, callee.replace('numpy.', 'np.'), arg(call, 0, 'file'), call.args[1], false);
    } else if (/^safetensors\.(torch|numpy|flax|tensorflow|paddle)\.save_file$/.test(callee)) {
      add(call, 'safetensors save_file', arg(call, 1, 'filename'), arg(call, 0, 'tensors'), false);
    } else if (callee === 'safetensors.torch.save_model') {
      add(call, 'safetensors save_model', arg(call, 1, 'filename'), arg(call, 0, 'model'), false);
    } else if (callee === 'joblib.dump') {
      add(call, 'joblib.dump', arg(call, 1, 'filename'), call.args[0], false);
    } else if (callee === 'pickle.dump') {
      add(call, 'pickle.dump', openTarget(arg(call, 1, 'file'), mod), call.args[0], false);
    } else if (name === 'save_pretrained' && call.receiver) {
      add(call, 'save_pretrained', arg(call, 0, 'save_directory'), undefined, true);
    } else if (name === 'save_state' && call.receiver) {
      add(call, 'save_state', arg(call, 0, 'output_dir'), undefined, true);
    } else if (name === 'save_model' && call.receiver) {
      // trainer.save_model(dir) or accelerator.save_model(model, dir)
      add(
        call,
        'save_model',
        call.args.length >= 2 ? arg(call, 1, 'save_directory') : arg(call, 0, 'output_dir', 'save_directory'),
        undefined,
        true,
      );
    } else if (name === 'save_checkpoint' && call.receiver) {
      add(call, 'save_checkpoint', arg(call, 0, 'save_dir', 'filepath'), undefined, true);
    } else if (
      (callee === 'torch.distributed.checkpoint.save' || /(^|\.)dcp\.save$/.test(callee)) &&
      call.kwargs.has('checkpoint_id')
    ) {
      add(call, 'torch.distributed.checkpoint.save', call.kwargs.get('checkpoint_id'), call.args[0], true);
    } else if (name === 'ModelCheckpoint') {
      add(call, 'ModelCheckpoint(dirpath=)', arg(call, 0, 'dirpath'), undefined, true, true);
    } else if (
      name === 'TrainingArguments' ||
      name === 'Seq2SeqTrainingArguments' ||
      name === 'SFTConfig' ||
      name === 'DPOConfig' ||
      name === 'GRPOConfig'
    ) {
      add(call, `${name}(output_dir=)`, arg(call, 0, 'output_dir'), undefined, true, true);
    } else if (name === 'ProjectConfiguration') {
      add(call, 'ProjectConfiguration(project_dir=)', arg(call, 0, 'project_dir'), undefined, true, true);
    } else if (name === 'Trainer' && call.kwargs.has('default_root_dir')) {
      add(call, 'Trainer(default_root_dir=)', call.kwargs.get('default_root_dir'), undefined, true, true);
    }
  }
  return out;
}

/** The file name a save targets looks like a keep-forever export rather than the resume point. */
export const EXPORT_NAME = /(best|final|export|infer|release|deploy|pretrained)/i;
/** The file name looks like a resume point. */
export const RESUME_NAME = /(latest|last|ckpt|checkpoint|resume|state|step|epoch)/i;
