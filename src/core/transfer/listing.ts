/**
 * Step one of a pull: ask the box what is there. The helper's `list` mode expands the remote paths and globs,
 * stats every file and drops the ones still being written; this module builds its request, runs it through
 * the Host port and checks the answer, which comes from a machine we do not trust: shapes are validated,
 * each file must sit under the root its spec resolved to, and the local relative path is derived here (never
 * taken from the box) and checked by checkRelativePath.
 */
import { z } from 'zod';
import { ConfigurationError, HostError } from '../errors.js';
import type { Host } from '../host/host.js';
import { boxHelperArgv } from './box-helper.js';
import { checkRelativePath, UnsafePathError } from './local-path.js';

export interface ListRequest {
  specs: string[];
  settleMs: number;
  exclude: string[];
}

export interface ListedFile {
  /** Position in the listing; the id every later stage uses. */
  index: number;
  /** Which remote spec produced it. */
  spec: number;
  /** Absolute path on the box. */
  remote: string;
  /** The directory on the box that `rel` is relative to. */
  root: string;
  /** Where it lands under `dest` (checked). */
  rel: string;
  size: number;
  /** Nanoseconds since the epoch, as the decimal string the box printed. */
  mtimeNs: string;
  mtimeMs: number;
}

export interface SkippedFile {
  remote: string;
  reason: string;
}

export interface SpecResult {
  spec: string;
  root: string;
  kind: 'dir' | 'file' | 'glob' | 'missing';
  matches?: number;
}

export interface Listing {
  specs: SpecResult[];
  files: ListedFile[];
  skipped: SkippedFile[];
  /** Home directory of the login user on the box. */
  home: string;
}

const answerSchema = z.object({
  specs: z.array(
    z.object({
      spec: z.string(),
      root: z.string(),
      kind: z.enum(['dir', 'file', 'glob', 'missing']),
      matches: z.number().int().nonnegative().optional(),
    }),
  ),
  files: z.array(
    z.object({
      s: z.number().int().nonnegative(),
      p: z.string(),
      size: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
      mtime_ns: z.string().regex(/^-?\d{1,25}$/),
    }),
  ),
  skipped: z.array(z.object({ p: z.string(), reason: z.string() })),
  home: z.string(),
});

/** Checks a remote path or glob the user typed. */
export function checkRemoteSpec(spec: string, input: string): string {
  if (spec.trim() === '')
    throw new ConfigurationError(`${input}: an empty remote path; name a file, folder or glob on the box`, input);
  if (spec.includes('\0'))
    throw new ConfigurationError(`${input}: remote path ${JSON.stringify(spec)} contains a NUL byte`, input);
  return spec;
}

/** Path of `remote` relative to `root`, or undefined when it is not below it. */
function relativeTo(root: string, remote: string): string | undefined {
  if (!remote.startsWith('/') || !root.startsWith('/')) return undefined;
  const base = root === '/' ? '/' : root.replace(/\/+$/, '') + '/';
  return remote.startsWith(base) ? remote.slice(base.length) : undefined;
}

/** Parses and checks the helper's answer. Throws HostError when it is not what the helper prints. */
export function parseListing(stdout: string, request: ListRequest): Listing {
  let raw: unknown;
  try {
    raw = JSON.parse(stdout.trim().split('\n').pop() ?? '');
  } catch {
    throw new HostError(
      'EPROTO',
      `the listing on the box printed something that is not JSON: ${JSON.stringify(stdout.slice(0, 200))}`,
    );
  }
  const parsed = answerSchema.safeParse(raw);
  if (!parsed.success)
    throw new HostError(
      'EPROTO',
      `the listing on the box has an unexpected shape (${parsed.error.issues[0]?.message})`,
    );
  const answer = parsed.data;
  if (answer.specs.length !== request.specs.length)
    throw new HostError('EPROTO', 'the listing answered for a different number of remote paths');
  const skipped: SkippedFile[] = answer.skipped.map((s) => ({ remote: s.p, reason: s.reason }));
  const files: ListedFile[] = [];
  const byRel = new Map<string, ListedFile>();
  for (const f of answer.files) {
    const spec = answer.specs[f.s];
    if (!spec) throw new HostError('EPROTO', `the listing names remote path #${f.s}, which was not asked for`);
    const rel = relativeTo(spec.root, f.p);
    try {
      if (rel === undefined)
        throw new UnsafePathError(`${JSON.stringify(f.p)} is not under ${JSON.stringify(spec.root)}`);
      checkRelativePath(rel);
    } catch (err) {
      if (!(err instanceof UnsafePathError)) throw err;
      skipped.push({ remote: f.p, reason: `unsafe local path: ${err.message}` });
      continue;
    }
    const clash = byRel.get(rel);
    if (clash) {
      throw new ConfigurationError(
        `remote files ${JSON.stringify(clash.remote)} and ${JSON.stringify(f.p)} would both land at ${JSON.stringify(rel)} in dest; ` +
          `pull them into different folders or narrow the remote paths`,
        'remote',
      );
    }
    const mtimeMs = Number(BigInt(f.mtime_ns) / 1_000_000n);
    const item: ListedFile = {
      index: files.length,
      spec: f.s,
      remote: f.p,
      root: spec.root,
      rel,
      size: f.size,
      mtimeNs: f.mtime_ns,
      mtimeMs,
    };
    byRel.set(rel, item);
    files.push(item);
  }
  return { specs: answer.specs, files, skipped, home: answer.home };
}

/** Runs the listing on the box. */
export async function listRemote(
  host: Host,
  request: ListRequest,
  options: { python?: string; timeoutMs?: number } = {},
): Promise<Listing> {
  const body = JSON.stringify({ specs: request.specs, settle_ms: request.settleMs, exclude: request.exclude });
  const r = await host.exec(
    { argv: boxHelperArgv('list', options.python) },
    { stdin: body, timeoutMs: options.timeoutMs ?? 10 * 60_000 },
  );
  if (r.code === 127 || /python3?: (command )?not found|No such file or directory.*python/i.test(r.stderr)) {
    throw new ConfigurationError(
      `python3 is not installed on the box (${host.label}); pull needs it to list and hash files`,
      'remote',
    );
  }
  if (r.timedOut) throw new HostError('ETIMEDOUT', `listing the remote paths on ${host.label} did not finish in time`);
  if (r.code !== 0) {
    throw new HostError(
      'EREMOTE',
      `listing the remote paths on ${host.label} failed (exit ${r.code}): ${r.stderr.trim().slice(-500)}`,
    );
  }
  return parseListing(r.stdout, request);
}
