/**
 * The manifest's digests, computed on the box by the helper's `hash` mode while the transfer runs (the
 * listing already fixed the set of files; hashing and moving bytes overlap). Results stream back one JSON line
 * per file; a dropped connection reconnects and asks only for the files not yet answered.
 */
import { HostError } from '../errors.js';
import { LineSplitter } from '../host/line-splitter.js';
import { boxHelperArgv } from './box-helper.js';
import type { HostSource } from './host-source.js';
import type { ListedFile } from './listing.js';
import type { RetryHooks, RetryPolicy } from './retry.js';

export type RemoteHashResult =
  { ok: true; sha256: string; size: number; mtimeNs: string; changed: boolean } | { ok: false; error: string };

interface Deferred {
  promise: Promise<RemoteHashResult>;
  resolve: (r: RemoteHashResult) => void;
}

function deferred(): Deferred {
  let resolve!: (r: RemoteHashResult) => void;
  const promise = new Promise<RemoteHashResult>((r) => (resolve = r));
  return { promise, resolve };
}

/** Parses one line of the helper's hash output; undefined when it is not one of ours. */
export function parseHashLine(line: string): { index: number; result: RemoteHashResult } | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const o = raw as Record<string, unknown>;
  if (typeof o.i !== 'number' || !Number.isInteger(o.i) || o.i < 0) return undefined;
  if (typeof o.error === 'string') return { index: o.i, result: { ok: false, error: o.error } };
  if (
    typeof o.sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(o.sha256) &&
    typeof o.size === 'number' &&
    Number.isSafeInteger(o.size) &&
    typeof o.mtime_ns === 'string' &&
    /^-?\d{1,25}$/.test(o.mtime_ns)
  ) {
    return {
      index: o.i,
      result: { ok: true, sha256: o.sha256, size: o.size, mtimeNs: o.mtime_ns, changed: o.changed === true },
    };
  }
  return undefined;
}

export interface RemoteHasherOptions {
  policy: RetryPolicy;
  hooks?: RetryHooks;
  python?: string;
  /** Hashing threads on the box (default: half its cores, 1–8). */
  workers?: number;
}

export class RemoteHasher {
  private readonly waiting = new Map<number, Deferred>();
  private readonly answered = new Map<number, RemoteHashResult>();

  constructor(
    private readonly source: HostSource,
    private readonly files: readonly ListedFile[],
    private readonly options: RemoteHasherOptions,
  ) {
    for (const f of files) this.waiting.set(f.index, deferred());
  }

  /** The box's digest for file `index` (resolves once hashed, or with an error result). */
  result(index: number): Promise<RemoteHashResult> {
    const known = this.answered.get(index);
    if (known) return Promise.resolve(known);
    const d = this.waiting.get(index);
    if (!d) return Promise.resolve({ ok: false, error: `file #${index} was not listed` });
    return d.promise;
  }

  /** The answer for file `index` if it has arrived, without waiting. */
  peek(index: number): RemoteHashResult | undefined {
    return this.answered.get(index);
  }

  /** Hashes (again) files whose earlier answer is to be forgotten, e.g. after they changed on the box. */
  forget(indexes: readonly number[]): void {
    for (const i of indexes) {
      this.answered.delete(i);
      if (!this.waiting.has(i)) this.waiting.set(i, deferred());
    }
  }

  private settle(index: number, result: RemoteHashResult): void {
    const d = this.waiting.get(index);
    if (!d) return;
    this.waiting.delete(index);
    this.answered.set(index, result);
    d.resolve(result);
  }

  /** Runs until every file is answered; connection drops are retried per the policy. Never rejects. */
  async run(): Promise<void> {
    const byIndex = new Map(this.files.map((f) => [f.index, f]));
    try {
      await this.source.use(
        this.options.policy,
        async (host) => {
          const todo = [...this.waiting.keys()]
            .map((i) => byIndex.get(i))
            .filter((f): f is ListedFile => f !== undefined);
          if (todo.length === 0) return;
          const request = JSON.stringify({
            files: todo.map((f) => ({ i: f.index, p: f.remote, size: f.size, mtime_ns: f.mtimeNs })),
            workers: this.options.workers ?? 0,
          });
          const splitter = new LineSplitter();
          const r = await host.exec(
            { argv: boxHelperArgv('hash', this.options.python) },
            {
              stdin: request,
              onStdout: (chunk) => {
                for (const { line } of splitter.push(chunk)) {
                  const parsed = parseHashLine(line);
                  if (parsed && byIndex.has(parsed.index)) this.settle(parsed.index, parsed.result);
                }
              },
            },
          );
          if (r.code !== 0) {
            throw new HostError(
              'EREMOTE',
              `hashing on ${host.label} failed (exit ${r.code}): ${r.stderr.trim().slice(-400)}`,
            );
          }
          if (this.waiting.size > 0)
            throw new HostError(
              'EPROTO',
              `hashing on ${host.label} ended without answering for ${this.waiting.size} file(s)`,
            );
        },
        this.options.hooks,
      );
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      for (const i of [...this.waiting.keys()])
        this.settle(i, { ok: false, error: `not hashed on the box: ${message}` });
    }
  }
}
