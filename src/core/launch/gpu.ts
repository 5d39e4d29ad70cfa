/**
 * GPUs as `nvidia-smi --query-gpu=name,memory.total,memory.used --format=csv,noheader,nounits` lists them, and
 * the `expect-gpu` input: `` (at least one GPU; skipped on the local profile when there is none), `none` (no
 * GPU check), `2` (exactly two), `H100` (every GPU's name contains it), `2x H100` (both).
 */
import { ConfigurationError } from '../errors.js';

export interface Gpu {
  name: string;
  memoryTotalMiB: number | null;
  memoryUsedMiB: number | null;
}

export type ExpectGpu =
  { kind: 'any' } | { kind: 'none' } | { kind: 'match'; count: number | undefined; name: string | undefined };

export const GPU_QUERY = [
  'nvidia-smi',
  '--query-gpu=name,memory.total,memory.used',
  '--format=csv,noheader,nounits',
] as const;

function num(text: string | undefined): number | null {
  const t = (text ?? '').trim();
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/** Parses the CSV lines; blank lines are skipped. A name may itself hold commas, so the numbers are taken from the end. */
export function parseGpuCsv(text: string): Gpu[] {
  const out: Gpu[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const parts = line.split(',');
    if (parts.length < 3) {
      out.push({ name: line, memoryTotalMiB: null, memoryUsedMiB: null });
      continue;
    }
    const used = parts.pop();
    const total = parts.pop();
    out.push({ name: parts.join(',').trim(), memoryTotalMiB: num(total), memoryUsedMiB: num(used) });
  }
  return out;
}

export function parseExpectGpu(value: string, input = 'expect-gpu'): ExpectGpu {
  const v = value.trim();
  if (v === '' || v.toLowerCase() === 'any') return { kind: 'any' };
  if (v.toLowerCase() === 'none') return { kind: 'none' };
  const m = /^(?:(\d+)\s*(?:x|×|\*)?\s*)?(.*)$/i.exec(v);
  const count = m?.[1] !== undefined ? Number(m[1]) : undefined;
  const name = m?.[2]?.trim() || undefined;
  if (count !== undefined && (!Number.isInteger(count) || count < 1 || count > 64)) {
    throw new ConfigurationError(`${input} '${v}': the GPU count must be 1–64`, input);
  }
  if (name !== undefined && !/^[\w .+-]{1,64}$/.test(name)) {
    throw new ConfigurationError(
      `${input} '${v.slice(0, 40)}' is not a GPU count or name (e.g. 2, H100, '2x A100', none)`,
      input,
    );
  }
  return { kind: 'match', count, name };
}

export function describeExpectGpu(e: ExpectGpu): string {
  if (e.kind === 'any') return 'at least one GPU';
  if (e.kind === 'none') return 'no GPU check';
  return [
    e.count !== undefined ? `${e.count} GPU${e.count === 1 ? '' : 's'}` : 'GPUs',
    e.name ? `named *${e.name}*` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** One line per model: `2× NVIDIA H100 80GB HBM3 (81559 MiB)`. */
export function describeGpus(gpus: readonly Gpu[]): string {
  if (gpus.length === 0) return 'no GPU';
  const groups = new Map<string, number>();
  for (const g of gpus) {
    const key = `${g.name}${g.memoryTotalMiB !== null ? ` (${g.memoryTotalMiB} MiB)` : ''}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups].map(([k, n]) => `${n}× ${k}`).join(', ');
}

/** undefined when the GPUs satisfy the expectation, else why not. */
export function gpuMismatch(expect: ExpectGpu, gpus: readonly Gpu[]): string | undefined {
  if (expect.kind === 'none') return undefined;
  if (gpus.length === 0) return 'no GPU';
  if (expect.kind === 'any') return undefined;
  if (expect.count !== undefined && gpus.length !== expect.count)
    return `${gpus.length} GPU${gpus.length === 1 ? '' : 's'}, expected ${expect.count}`;
  if (expect.name !== undefined) {
    const want = expect.name.toLowerCase();
    const wrong = gpus.filter((g) => !g.name.toLowerCase().includes(want));
    if (wrong.length > 0) return `${wrong.map((g) => g.name).join(', ')} does not match '${expect.name}'`;
  }
  return undefined;
}
