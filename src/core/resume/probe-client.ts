/**
 * Runs the checkpoint probe (assets/probe.py) on the box with the training's interpreter. The script travels
 * on stdin (`python -`), so nothing is written to the box; it only reads.
 */
import { readFileSync } from 'node:fs';
import { HostError } from '../errors.js';
import type { Host } from '../host/host.js';
import { packagePath } from '../package-root.js';

export interface ProbeMatch {
  path: string;
  ok: boolean;
  error: string | null;
  format: string;
  loadedWith: string | null;
  keys: string[];
  step: number | null;
  epoch: number | null;
  sizeBytes?: number;
  mtimeMs?: number;
  inode?: number;
  realpath?: string;
  mount?: { point: string; fstype: string } | null;
  bareStateDict?: boolean;
  stepKey?: string | null;
  epochKey?: string | null;
  nestedKeys?: Record<string, string[]>;
  scalars?: Record<string, number>;
  facts?: Record<string, unknown>;
  notes?: string[];
  needsPickle?: boolean;
  files?: string[];
}

export interface ProbeDoc {
  probe: number;
  python: string;
  /** The interpreter's real path (sys.executable): later runs use it and skip any shim in front of it. */
  executable?: string;
  torch: string | null;
  /** The workdir made absolute, and whether it exists. */
  workdir: string;
  workdirExists?: boolean;
  patterns: string[];
  matchCount: number;
  matches: ProbeMatch[];
  leftovers: { path: string; sizeBytes: number | null }[];
}

export interface ProbeOptions {
  python: string;
  workdir: string;
  patterns: readonly string[];
  allowPickle?: boolean;
  /** Integrity and structure only, without importing torch (fast; used while waiting for a commit). */
  noTorch?: boolean;
  limit?: number;
  timeoutMs?: number;
}

const sources = new Map<string, string>();

/** The text of an asset shipped with tenant (read once). */
export function assetSource(name: string): string {
  let text = sources.get(name);
  if (text === undefined) {
    text = readFileSync(packagePath('assets', name), 'utf8');
    sources.set(name, text);
  }
  return text;
}

export async function runProbe(host: Host, options: ProbeOptions): Promise<ProbeDoc> {
  const argv = [options.python, '-', '--workdir', options.workdir, '--limit', String(options.limit ?? 8)];
  if (options.allowPickle) argv.push('--allow-pickle');
  if (options.noTorch) argv.push('--no-torch');
  argv.push('--', ...options.patterns);
  const res = await host.exec({ argv }, { stdin: assetSource('probe.py'), timeoutMs: options.timeoutMs ?? 300_000 });
  const line = res.stdout.trim().split('\n').pop() ?? '';
  if (res.code !== 0 || !line.startsWith('{')) {
    const why = res.timedOut ? 'timed out' : res.stderr.trim().split('\n').slice(-3).join(' | ') || `exit ${res.code}`;
    throw new HostError('EPROBE', `the checkpoint probe failed on ${host.label} (${options.python}): ${why}`);
  }
  return JSON.parse(line) as ProbeDoc;
}

/** The checkpoint a relaunch should resume from: the newest loadable final-name match. */
export function newestLoadable(doc: ProbeDoc): ProbeMatch | undefined {
  return [...doc.matches].filter((m) => m.ok).sort((a, b) => (b.mtimeMs ?? 0) - (a.mtimeMs ?? 0))[0];
}
