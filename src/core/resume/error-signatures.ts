/** Known failure signatures in a relaunch's output, each with what it means for a resume. */

export interface ErrorSignature {
  id: string;
  re: RegExp;
  meaning: string;
}

export interface SignatureHit {
  id: string;
  line: number;
  text: string;
  meaning: string;
}

export const ERROR_SIGNATURES: readonly ErrorSignature[] = [
  {
    id: 'torn-checkpoint',
    re: /PytorchStreamReader failed reading zip archive|failed finding central directory|file not found: archive\/data\.pkl/,
    meaning: 'the checkpoint file is torn: a kill landed during a save that overwrote it in place',
  },
  {
    id: 'truncated-pickle',
    re: /EOFError: Ran out of input|pickle data was truncated|UnpicklingError: (?!Weights only)/,
    meaning: 'the checkpoint is truncated or unreadable',
  },
  {
    id: 'weights-only-load',
    re: /Weights only load failed|WeightsUnpickler error|Unsupported global: GLOBAL/,
    meaning:
      'torch.load refused the checkpoint under weights_only (the default since torch 2.6); load your own file with weights_only=False or allowlist its globals',
  },
  {
    id: 'missing-keys',
    re: /Missing key\(s\) in state_dict/,
    meaning:
      "the checkpoint's model keys do not match the model (a module. / _orig_mod. prefix from DDP or torch.compile, or a changed architecture)",
  },
  {
    id: 'unexpected-keys',
    re: /Unexpected key\(s\) in state_dict/,
    meaning: 'the checkpoint has keys the model does not (often a module. / _orig_mod. prefix)',
  },
  {
    id: 'size-mismatch',
    re: /size mismatch for \S+/,
    meaning: 'a tensor in the checkpoint has another shape than the model',
  },
  {
    id: 'scaler-not-restored',
    re: /No inf checks were recorded for this optimizer/,
    meaning: 'the AMP GradScaler state was not restored with the optimizer',
  },
  {
    id: 'rng-restore',
    re: /RNG state must be a torch\.ByteTensor|Expected a 'cpu' device type for generator|set_rng_state/,
    meaning: 'restoring an RNG state failed (a CUDA/CPU RNG mix-up, or map_location moved the RNG tensor to the GPU)',
  },
  {
    id: 'torn-json',
    re: /JSONDecodeError|json\.decoder\.JSONDecodeError/,
    meaning: 'a JSON checkpoint or state file is truncated',
  },
  { id: 'traceback', re: /^Traceback \(most recent call last\):/, meaning: 'the program raised an exception' },
];

/** Scans one line; returns the first matching signature. */
export function matchSignature(text: string, line: number): SignatureHit | undefined {
  for (const sig of ERROR_SIGNATURES) {
    if (sig.re.test(text)) return { id: sig.id, line, text: text.slice(0, 400), meaning: sig.meaning };
  }
  return undefined;
}

/** The most specific hit: a named signature beats the generic traceback. */
export function mostSpecific(hits: readonly SignatureHit[]): SignatureHit | undefined {
  return hits.find((h) => h.id !== 'traceback') ?? hits[0];
}
