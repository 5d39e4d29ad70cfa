/**
 * Progress parsing: turns a training log's lines into records {step, epoch, loss, lr, batch}.
 *
 *   jsonl         one JSON object per line; any object with a numeric step counts
 *   regex:RE      a regular expression with named groups step, epoch, loss, lr, batch (`(?P<name>…)` accepted)
 *   auto          recognises the common shapes: JSON lines; `step N … loss X`; `iter N: loss X` (nanoGPT);
 *                 `Epoch E | step S | loss X`; Hugging Face Trainer log dicts `{'loss': …, 'learning_rate': …,
 *                 'epoch': …}` (their step comes from the tqdm bar `N/M [` printed around them)
 *
 * In auto mode a line counts only when it carries a step *and* a loss or learning rate: a message such as
 * "resumed from checkpoint at step 40" is not progress, and must not be mistaken for it.
 */
import { ConfigurationError } from '../errors.js';

export interface ProgressValues {
  step?: number;
  epoch?: number;
  loss?: number;
  lr?: number;
  /** Position inside the epoch, when the log has it. */
  batch?: number;
}

export interface ProgressRecord extends ProgressValues {
  /** 0-based line number in the attempt's log. */
  line: number;
  /** Local clock when the line was read, ms since the epoch. */
  atMs: number;
}

export type ProgressSpec = { kind: 'auto' } | { kind: 'jsonl' } | { kind: 'regex'; source: string; re: RegExp };

const FIELDS = ['step', 'epoch', 'loss', 'lr', 'batch'] as const;

export function parseProgressSpec(text: string, input = 'progress'): ProgressSpec {
  const t = text.trim();
  if (t === '' || t === 'auto') return { kind: 'auto' };
  if (t === 'jsonl' || t === 'json') return { kind: 'jsonl' };
  if (t.startsWith('regex:')) {
    const source = t.slice('regex:'.length).replace(/\(\?P</g, '(?<');
    let re: RegExp;
    try {
      re = new RegExp(source);
    } catch (err) {
      throw new ConfigurationError(`${input}: invalid regular expression: ${(err as Error).message}`, input);
    }
    const groups = [...source.matchAll(/\(\?<([A-Za-z_][A-Za-z0-9_]*)>/g)].map((m) => m[1]);
    if (!groups.some((g) => (FIELDS as readonly string[]).includes(g ?? ''))) {
      throw new ConfigurationError(
        `${input}: the regex needs at least one named group among ${FIELDS.join(', ')} — e.g. regex:step (?<step>\\d+) loss (?<loss>[0-9.]+)`,
        input,
      );
    }
    return { kind: 'regex', source, re };
  }
  throw new ConfigurationError(
    `${input} must be auto, jsonl or regex:<expression>, got ${JSON.stringify(text)}`,
    input,
  );
}

const NUM = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[-+]?(?:nan|inf(?:inity)?)`;

function num(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim().toLowerCase();
  if (t === 'nan') return NaN;
  if (/^[-+]?inf(inity)?$/.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

function int(text: string | undefined): number | undefined {
  const n = num(text);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

const JSON_KEYS: Record<keyof ProgressValues, readonly string[]> = {
  step: ['step', 'global_step', 'iteration', 'iter', 'it', 'train/global_step', 'trainer/global_step', 'steps'],
  epoch: ['epoch', 'train/epoch', 'epochs'],
  loss: ['loss', 'train_loss', 'train/loss', 'training_loss', 'loss_train'],
  lr: ['lr', 'learning_rate', 'train/learning_rate', 'lr-Adam', 'lr_0'],
  batch: ['batch', 'batch_idx', 'batch_index', 'iter_in_epoch', 'step_in_epoch'],
};

function fromObject(obj: Record<string, unknown>): ProgressValues {
  const out: ProgressValues = {};
  for (const field of FIELDS) {
    for (const key of JSON_KEYS[field]) {
      const v = obj[key];
      const n = typeof v === 'number' ? v : typeof v === 'string' ? num(v) : undefined;
      if (n !== undefined && !Number.isNaN(n)) {
        if ((field === 'step' || field === 'batch') && !Number.isInteger(n)) continue;
        out[field] = n;
        break;
      }
      if (field === 'loss' && typeof v === 'number') {
        out.loss = v;
        break;
      }
    }
  }
  return out;
}

function parseJsonObject(line: string): Record<string, unknown> | undefined {
  const t = line.trim();
  if (!t.startsWith('{') || !t.endsWith('}')) return undefined;
  try {
    const v: unknown = JSON.parse(t);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A Python dict repr of numbers, as the HF Trainer prints it: `{'loss': 0.5, 'learning_rate': 5e-05, 'epoch': 0.1}`. */
function parsePythonNumberDict(line: string): Record<string, unknown> | undefined {
  const t = line.trim();
  if (!/^\{'[^']+': /.test(t) || !t.endsWith('}')) return undefined;
  const jsonish = t
    .replace(/'([^']*)'/g, '"$1"')
    .replace(/\bnan\b/g, 'null')
    .replace(/-?\binf\b/g, 'null');
  try {
    const v: unknown = JSON.parse(jsonish);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const KEYED = {
  loss: new RegExp(String.raw`\b(?:train[_/ ]?)?loss\s*[:=]?\s*(${NUM})`, 'i'),
  lr: new RegExp(String.raw`\b(?:lr|learning[_ ]rate)\s*[:=]?\s*(${NUM})`, 'i'),
  epoch: new RegExp(String.raw`\bepoch\s*[:=#]?\s*(\d+(?:\.\d+)?)`, 'i'),
  step: new RegExp(String.raw`\b(?:global[_ ])?step\s*[:=#]?\s*(\d+)`, 'i'),
  iter: new RegExp(String.raw`\biter(?:ation)?\s*[:=#]?\s*(\d+)`, 'i'),
  batch: new RegExp(String.raw`\bbatch(?:[_ ]idx)?\s*[:=#]?\s*(\d+)\s*(?:/\s*\d+)?`, 'i'),
};
/** tqdm: `  5%|▌   | 10/200 [00:01<00:19,  9.5it/s]` */
const TQDM = /(\d+)\/(\d+) \[[^\]]*(?:it\/s|s\/it)/;

function fromText(line: string): ProgressValues {
  const out: ProgressValues = {};
  const step = int(KEYED.step.exec(line)?.[1]) ?? int(KEYED.iter.exec(line)?.[1]);
  if (step !== undefined) out.step = step;
  const epoch = num(KEYED.epoch.exec(line)?.[1]);
  if (epoch !== undefined) out.epoch = epoch;
  const loss = num(KEYED.loss.exec(line)?.[1]);
  if (loss !== undefined) out.loss = loss;
  const lr = num(KEYED.lr.exec(line)?.[1]);
  if (lr !== undefined) out.lr = lr;
  const batch = int(KEYED.batch.exec(line)?.[1]);
  if (batch !== undefined) out.batch = batch;
  return out;
}

function hasProgress(v: ProgressValues): boolean {
  return v.step !== undefined && (v.loss !== undefined || v.lr !== undefined);
}

/** A stateful parser for one log (the auto mode remembers the last tqdm step for HF log dicts). */
export class ProgressParser {
  private lastBarStep: number | undefined;
  constructor(readonly spec: ProgressSpec) {}

  /** Values from one line, or undefined when the line is not progress. */
  parse(rawLine: string): ProgressValues | undefined {
    // Progress bars rewrite their line with \r; each segment is a line of its own.
    const segments = rawLine.includes('\r') ? rawLine.split('\r').filter((s) => s.trim() !== '') : [rawLine];
    let found: ProgressValues | undefined;
    for (const segment of segments) {
      const v = this.parseSegment(segment);
      if (v) found = v;
    }
    return found;
  }

  private parseSegment(line: string): ProgressValues | undefined {
    const spec = this.spec;
    if (spec.kind === 'regex') {
      const m = spec.re.exec(line);
      if (!m?.groups) return undefined;
      const g = m.groups;
      const out: ProgressValues = {};
      const step = int(g.step);
      if (step !== undefined) out.step = step;
      for (const field of ['epoch', 'loss', 'lr'] as const) {
        const n = num(g[field]);
        if (n !== undefined) out[field] = n;
      }
      const batch = int(g.batch);
      if (batch !== undefined) out.batch = batch;
      return Object.keys(out).length > 0 ? out : undefined;
    }
    const obj = parseJsonObject(line);
    if (spec.kind === 'jsonl') {
      if (!obj) return undefined;
      const v = fromObject(obj);
      return v.step !== undefined ? v : undefined;
    }
    // auto
    if (obj) {
      const v = fromObject(obj);
      return hasProgress(v) ? v : undefined;
    }
    const bar = TQDM.exec(line);
    if (bar) {
      this.lastBarStep = int(bar[1]);
      return undefined;
    }
    const hf = parsePythonNumberDict(line);
    if (hf) {
      const v = fromObject(hf);
      if (v.loss === undefined && v.lr === undefined) return undefined;
      if (v.step === undefined && this.lastBarStep !== undefined) v.step = this.lastBarStep;
      // An HF dict without a bar still carries the fractional epoch: the step is derived later from the
      // checkpoint's step/epoch ratio.
      return v.step !== undefined || v.epoch !== undefined ? v : undefined;
    }
    const v = fromText(line);
    return hasProgress(v) ? v : undefined;
  }
}

/**
 * Fills missing steps from fractional epochs (HF dicts without a progress bar), given steps per epoch —
 * e.g. from the checkpoint's global_step / epoch.
 */
export function fillStepsFromEpochs(records: ProgressRecord[], stepsPerEpoch: number): void {
  if (!(stepsPerEpoch > 0)) return;
  for (const r of records) {
    if (r.step === undefined && r.epoch !== undefined) r.step = Math.round(r.epoch * stepsPerEpoch);
  }
}
