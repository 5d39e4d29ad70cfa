/**
 * A pull, start to end: list on the box → move bytes (rsync or streams) into staging while the box hashes
 * the same files → verify every staged file against the box's sha256 as it lands → retry what a dropped
 * connection or a failed check left, with backoff → move the verified files into `dest` → write the manifest.
 * Nothing here tears anything down; the caller records "pulled and verified" from the result.
 */
import { mkdir, rm, writeFile, rename, lstat, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { Ui } from '../ui.js';
import type { EngineName, StagedFile, TransferEngine, TransferHooks } from './engine.js';
import { TransferError } from './engine.js';
import type { HostSource } from './host-source.js';
import { checkLocalFile } from './local-verify.js';
import { listRemote, type ListedFile, type Listing, type SkippedFile, type SpecResult } from './listing.js';
import { underRoot, stagingLayout, STATE_DIR_NAME, type StagingLayout } from './local-path.js';
import {
  MANIFEST_VERSION,
  serializeManifest,
  sha256Hex,
  sha256sums,
  type Manifest,
  type ManifestFile,
} from './manifest.js';
import { promoteVerified } from './promote.js';
import { RemoteHasher, type RemoteHashResult } from './remote-hash.js';
import { backoffDelay, isTransient, sleep, type RetryPolicy } from './retry.js';
import { rsyncRequiredError } from './rsync-plan.js';

export type TransferMode = 'auto' | 'rsync' | 'stream';
export const TRANSFER_MODES: readonly TransferMode[] = ['auto', 'rsync', 'stream'];

export interface PullSettings {
  specs: string[];
  /** Absolute local folder. */
  dest: string;
  settleMs: number;
  exclude: string[];
  /**
   * `auto` and `stream`: the framed stream (measured faster than rsync for both a 1 GiB file and 20,000 small
   * files, and its client is a small memory-safe parser a malicious box cannot exploit). `rsync`: rsync ≥ 3.4.1,
   * falling back to the stream when the box has no rsync.
   */
  transfer: TransferMode;
  retry: RetryPolicy;
  /** How often one file may fail verification before it is given up. */
  maxVerifyFailures: number;
  python?: string;
}

export interface EngineWithDiscard extends TransferEngine {
  /** Forgets a file's partial bytes so the next attempt starts it over. */
  discard?(file: ListedFile, layout: StagingLayout): Promise<void>;
}

export interface PullEngines {
  stream: EngineWithDiscard;
  /** The rsync engine, or why it cannot be used on this runner. */
  rsync: EngineWithDiscard | { unusable: string };
}

export interface PullProgress {
  totalBytes: number;
  movedBytes: number;
  verifiedBytes: number;
  totalFiles: number;
  verifiedFiles: number;
  elapsedMs: number;
  phase: 'listing' | 'transfer' | 'finishing';
}

export interface PullDeps {
  hosts: HostSource;
  engines: PullEngines;
  ui: Ui;
  progress?: (p: PullProgress) => void;
  /** Test hook: runs after the listing, before anything is hashed or moved. */
  afterListed?: (listing: Listing) => Promise<void> | void;
  /** Test hook: runs after a file lands in staging and before it is verified. */
  afterStaged?: (path: string, file: ListedFile) => Promise<void> | void;
  signal?: AbortSignal;
  now?: () => number;
}

export type FileStatus = 'verified' | 'present' | 'failed' | 'changed';

export interface PulledFile {
  rel: string;
  /** Index of the remote path (in `specs`) it came from. */
  spec: number;
  remote: string;
  size: number;
  status: FileStatus;
  engine?: EngineName | 'earlier run';
  sha256?: string;
  message?: string;
}

export interface PullResult {
  host: string;
  dest: string;
  /** The remote paths as typed, and what each resolved to on the box. */
  remotePaths: string[];
  specs: SpecResult[];
  files: PulledFile[];
  skipped: SkippedFile[];
  manifest: Manifest;
  manifestPath: string;
  sha256sumsPath: string;
  manifestSha256: string;
  /** Bytes of the files in the manifest. */
  totalBytes: number;
  /** Payload bytes the engines received (re-sent bytes included). */
  movedBytes: number;
  seconds: number;
  /** Transfer rounds run, and how many of them a dropped connection or error ended. */
  rounds: number;
  interruptions: number;
  /** Every file in the manifest is in dest and matched the box's sha256. */
  verified: boolean;
  notes: string[];
  /** Milliseconds from the start until each phase ended. */
  timings: { listed: number; hashed: number; transferred: number; verified: number; promoted: number; done: number };
}

type Status = 'todo' | 'staged' | 'checking' | 'verified' | 'present' | 'failed' | 'changed';

interface FileState {
  file: ListedFile;
  status: Status;
  engine: EngineName;
  staged?: StagedFile;
  verifyFailures: number;
  sha256?: string;
  message?: string;
}

const MAX_NAMED = 20;

function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A tiny semaphore: at most `n` tasks at once. */
function limiter(n: number): <T>(fn: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    if (active >= n) await new Promise<void>((r) => waiting.push(r));
    active++;
    try {
      return await fn();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

async function probeBoxRsync(deps: PullDeps, retry: RetryPolicy): Promise<string | undefined> {
  return deps.hosts.use(retry, async (host) => {
    const r = await host.exec({ script: 'command -v rsync || true' }, { timeoutMs: 60_000 });
    const path = r.stdout.trim().split('\n')[0] ?? '';
    return path.startsWith('/') ? path : undefined;
  });
}

/** Removes staging files that are not part of this listing (left by an earlier pull of other files). */
async function pruneStaging(layout: StagingLayout, keep: ReadonlySet<string>, rel = ''): Promise<void> {
  const dir = rel === '' ? layout.staging : join(layout.staging, ...rel.split('/'));
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    const child = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) {
      if (e.name === '.rsync-partial') continue;
      await pruneStaging(layout, keep, child);
    } else if (!keep.has(child)) {
      await unlink(join(dir, e.name)).catch(() => undefined);
    }
  }
}

export async function pull(settings: PullSettings, deps: PullDeps): Promise<PullResult> {
  const now = deps.now ?? Date.now;
  const started = now();
  const ui = deps.ui;
  const layout = stagingLayout(settings.dest);
  const notes: string[] = [];
  const retryHooks = {
    signal: deps.signal,
    onRetry: (err: unknown, next: number, delay: number) =>
      ui.warning(
        `${err instanceof Error ? err.message : String(err)}; retrying (attempt ${next} of ${settings.retry.attempts}) in ${(delay / 1000).toFixed(1)}s`,
      ),
  };

  deps.progress?.({
    totalBytes: 0,
    movedBytes: 0,
    verifiedBytes: 0,
    totalFiles: 0,
    verifiedFiles: 0,
    elapsedMs: 0,
    phase: 'listing',
  });
  const host = await deps.hosts.get();
  const label = host.label;
  const hostKeyFingerprint = host.hostKeyFingerprint;
  const listing: Listing = await deps.hosts.use(
    settings.retry,
    (h) =>
      listRemote(
        h,
        { specs: settings.specs, settleMs: settings.settleMs, exclude: settings.exclude },
        { python: settings.python },
      ),
    retryHooks,
  );

  const timings = { listed: now() - started, hashed: 0, transferred: 0, verified: 0, promoted: 0, done: 0 };
  await deps.afterListed?.(listing);
  const missing = listing.specs.filter((s) => s.kind === 'missing' || (s.kind === 'glob' && s.matches === 0));
  if (missing.length > 0) {
    throw new ConfigurationError(
      `nothing at ${missing.map((s) => JSON.stringify(s.spec)).join(', ')} on ${label}` +
        ` (a wrong path must not read as "nothing to pull"); check remote (CLI: --remote)`,
      'remote',
    );
  }
  for (const s of listing.skipped.slice(0, MAX_NAMED)) ui.warning(`skipped ${s.remote}: ${s.reason}`);
  if (listing.skipped.length > MAX_NAMED)
    ui.warning(`skipped ${listing.skipped.length - MAX_NAMED} more file(s); the manifest lists them all`);
  if (listing.files.length === 0) {
    throw new ConfigurationError(
      `no files to pull under ${settings.specs.map((s) => JSON.stringify(s)).join(', ')} on ${label}` +
        (listing.skipped.length > 0 ? ` (all ${listing.skipped.length} were skipped, see the warnings)` : ''),
      'remote',
    );
  }

  // Which engine moves the files.
  let rsync: EngineWithDiscard | undefined;
  if (settings.transfer === 'rsync') {
    if ('unusable' in deps.engines.rsync) throw rsyncRequiredError(deps.engines.rsync.unusable);
    if (await probeBoxRsync(deps, settings.retry)) rsync = deps.engines.rsync;
    else {
      const why = `rsync is not installed on the box (${label})`;
      notes.push(`${why}: streamed instead`);
      ui.notice(`${why}; pulling through the stream fallback (still verified against the manifest)`);
    }
  }
  const engineFor = (): EngineName => (rsync ? 'rsync' : 'stream');
  const engines: Record<EngineName, EngineWithDiscard | undefined> = { rsync, stream: deps.engines.stream };

  await mkdir(layout.staging, { recursive: true });
  const states = listing.files.map<FileState>((file) => ({
    file,
    status: 'todo',
    engine: engineFor(),
    verifyFailures: 0,
  }));
  await pruneStaging(layout, new Set(listing.files.map((f) => f.rel)));

  const hasher = new RemoteHasher(deps.hosts, listing.files, {
    policy: settings.retry,
    hooks: retryHooks,
    python: settings.python,
  });
  const hashing = hasher.run().then(() => {
    timings.hashed = now() - started;
  });

  const totalBytes = listing.files.reduce((n, f) => n + f.size, 0);
  let movedBytes = 0;
  let verifiedBytes = 0;
  let verifiedFiles = 0;
  const report = (phase: PullProgress['phase']): void =>
    deps.progress?.({
      totalBytes,
      movedBytes,
      verifiedBytes,
      totalFiles: states.length,
      verifiedFiles,
      elapsedMs: now() - started,
      phase,
    });

  const pending = new Set<Promise<void>>();
  const slot = limiter(4);

  const settleVerified = (s: FileState, status: 'verified' | 'present', sha: string): void => {
    s.status = status;
    s.sha256 = sha;
    verifiedBytes += s.file.size;
    verifiedFiles++;
  };

  const verify = (s: FileState, where: 'staging' | 'dest'): void => {
    s.status = 'checking';
    const task = slot(async () => {
      const expected: RemoteHashResult = await hasher.result(s.file.index);
      const path = underRoot(where === 'staging' ? layout.staging : layout.dest, s.file.rel);
      if (!expected.ok) {
        s.status = 'failed';
        s.message = `the box could not hash it: ${expected.error}`;
        return;
      }
      if (expected.changed) {
        s.status = 'changed';
        s.message = 'changed on the box during the pull (still being written?)';
        if (where === 'staging') await rm(path, { force: true });
        return;
      }
      const check = await checkLocalFile(path, expected, where === 'staging' ? s.staged : undefined);
      if (check.ok) {
        settleVerified(s, where === 'staging' ? 'verified' : 'present', check.sha256);
        return;
      }
      if (where === 'dest') {
        s.status = 'todo'; // an older copy in dest; fetch the box's
        return;
      }
      s.verifyFailures++;
      await rm(path, { force: true });
      await engines[s.engine]?.discard?.(s.file, layout);
      if (s.verifyFailures > settings.maxVerifyFailures) {
        s.status = 'failed';
        s.message = `failed verification ${s.verifyFailures} times: ${check.reason}`;
      } else {
        s.status = 'todo';
        ui.warning(`${s.file.rel} failed verification (${check.reason}); fetching it again`);
      }
    })
      .catch((err: unknown) => {
        s.status = 'failed';
        s.message = `verification error: ${err instanceof Error ? err.message : String(err)}`;
      })
      .finally(() => {
        pending.delete(task);
        report('transfer');
      });
    pending.add(task);
  };

  // Left by an earlier run: complete files in staging (verify them), and files already in dest.
  const rels = states.map((s) => s.file.rel);
  const inStaging = await existingRels(layout.staging, rels);
  const inDest = await existingRels(layout.dest, rels);
  for (const s of states) {
    if (inStaging.has(s.file.rel)) {
      const staged = await lstat(underRoot(layout.staging, s.file.rel)).catch(() => undefined);
      if (staged?.isFile() && staged.size === s.file.size) {
        s.staged = { index: s.file.index, engine: 'earlier run' };
        verify(s, 'staging');
        continue;
      }
    }
    if (!inDest.has(s.file.rel)) continue;
    const existing = await lstat(underRoot(layout.dest, s.file.rel)).catch(() => undefined);
    if (existing?.isFile() && existing.size === s.file.size && Math.abs(existing.mtimeMs - s.file.mtimeMs) < 1000)
      verify(s, 'dest');
  }

  const byIndex = new Map(states.map((s) => [s.file.index, s]));
  const hooks: TransferHooks = {
    onBytes: (n) => {
      movedBytes += n;
    },
    onStaged: (staged) => {
      const s = byIndex.get(staged.index);
      if (!s || s.status !== 'todo') return;
      s.status = 'staged';
      s.staged = staged;
      const after = deps.afterStaged;
      if (after) {
        const p = Promise.resolve(after(underRoot(layout.staging, s.file.rel), s.file)).then(() =>
          verify(s, 'staging'),
        );
        pending.add(p);
        void p.finally(() => pending.delete(p));
      } else verify(s, 'staging');
    },
    onFileError: (index, message) => {
      const s = byIndex.get(index);
      if (!s || s.status !== 'todo') return;
      // Gone or rewritten since the listing (a trainer rotating its checkpoints): not part of this pull.
      if (/No such file|shorter than listed/i.test(message)) {
        s.status = 'changed';
        s.message = `changed or vanished on the box during the pull (${message})`;
      } else {
        s.status = 'failed';
        s.message = `the box could not read it: ${message}`;
      }
    },
    signal: deps.signal,
  };
  const drain = async (): Promise<void> => {
    while (pending.size > 0) await Promise.allSettled([...pending]);
  };

  const failTodo = (message: string): void => {
    for (const s of states) {
      if (s.status !== 'todo') continue;
      s.status = 'failed';
      s.message ??= message;
    }
  };
  const progressTimer = setInterval(() => report('transfer'), 250);
  let rounds = 0;
  let interruptions = 0;
  let lastError: Error | undefined;
  try {
    const maxRounds = settings.retry.attempts + settings.maxVerifyFailures + 2;
    for (;;) {
      if (deps.signal?.aborted) throw deps.signal.reason ?? new Error('aborted');
      let todo = states.filter((s) => s.status === 'todo');
      if (todo.length === 0) {
        await drain();
        todo = states.filter((s) => s.status === 'todo');
        if (todo.length === 0) break;
      }
      if (rounds >= maxRounds) break;
      rounds++;
      for (const s of todo) s.message = undefined;
      const groups: [EngineName, ListedFile[]][] = (['rsync', 'stream'] as const)
        .map((name): [EngineName, ListedFile[]] => [name, todo.filter((s) => s.engine === name).map((s) => s.file)])
        .filter(([, files]) => files.length > 0);
      const outcomes = await Promise.allSettled(
        groups.map(([name, files]) => {
          const engine = engines[name];
          if (!engine) return Promise.reject(new TransferError(`no ${name} engine`, false));
          return engine.transfer(files, layout, hooks);
        }),
      );
      timings.transferred = now() - started;
      await drain();
      timings.verified = now() - started;
      // Files the box says vanished or changed since the listing are not fetched again.
      for (const s of states) {
        if (s.status !== 'todo') continue;
        const h = hasher.peek(s.file.index);
        if (h && ((!h.ok && /No such file/i.test(h.error)) || (h.ok && h.changed))) {
          s.status = 'changed';
          s.message = h.ok
            ? 'changed on the box during the pull (still being written?)'
            : 'vanished from the box during the pull';
        }
      }
      const errors = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
      if (errors.length === 0) continue;
      lastError = errors[0] instanceof Error ? errors[0] : new Error(String(errors[0]));
      const fatal = errors.find((e) => !(e instanceof TransferError ? e.retryable : isTransient(e)));
      if (fatal) {
        const msg = fatal instanceof Error ? fatal.message : String(fatal);
        failTodo(msg);
        notes.push(msg);
        break;
      }
      interruptions++;
      if (interruptions >= settings.retry.attempts) {
        failTodo(`gave up after ${interruptions} interrupted attempts: ${lastError.message}`);
        break;
      }
      const delay = backoffDelay(settings.retry, interruptions + 1);
      ui.warning(
        `transfer interrupted (${lastError.message}); resuming (attempt ${interruptions + 1} of ${settings.retry.attempts}) in ${(delay / 1000).toFixed(1)}s`,
      );
      await sleep(delay, deps.signal);
    }
    failTodo(lastError?.message ?? 'not transferred');
    await drain();
    await hashing;
  } finally {
    clearInterval(progressTimer);
  }
  report('finishing');

  // Manifest: what the box had, with its digests.
  const manifestFiles: ManifestFile[] = [];
  const skipped: SkippedFile[] = [...listing.skipped];
  for (const s of states) {
    const r = await hasher.result(s.file.index);
    if (s.status === 'changed') {
      skipped.push({ remote: s.file.remote, reason: s.message ?? 'changed during the pull' });
      continue;
    }
    if (r.ok && !r.changed)
      manifestFiles.push({
        path: s.file.rel,
        remote: s.file.remote,
        size: s.file.size,
        mtimeNs: s.file.mtimeNs,
        sha256: r.sha256,
      });
  }
  const changed = states.filter((s) => s.status === 'changed');
  for (const s of changed.slice(0, MAX_NAMED)) ui.warning(`skipped ${s.file.remote}: ${s.message}`);

  const verifiedRels = new Set(states.filter((s) => s.status === 'verified').map((s) => s.file.rel));
  await promoteVerified(layout, verifiedRels);
  timings.promoted = now() - started;

  const manifest: Manifest = {
    version: MANIFEST_VERSION,
    tool: 'tenant pull',
    createdAt: new Date(now()).toISOString(),
    host: label,
    ...(hostKeyFingerprint ? { hostKeyFingerprint } : {}),
    remotePaths: settings.specs,
    files: manifestFiles,
    skipped,
  };
  const text = serializeManifest(manifest);
  await mkdir(layout.state, { recursive: true });
  await writeFile(layout.manifest + '.tmp', text);
  await rename(layout.manifest + '.tmp', layout.manifest);
  await writeFile(layout.sha256sums, sha256sums(manifestFiles));

  const failed = states.filter((s) => s.status === 'failed');
  const verified = failed.length === 0 && manifestFiles.length > 0;
  if (verified) {
    await rm(layout.staging, { recursive: true, force: true });
    await rm(layout.partial, { recursive: true, force: true });
    await rm(layout.partialIndex, { force: true });
  }
  for (const s of failed.slice(0, MAX_NAMED)) ui.error(`${s.file.rel}: ${s.message ?? 'not pulled'}`);
  if (failed.length > MAX_NAMED) ui.error(`${failed.length - MAX_NAMED} more file(s) failed; see the summary`);

  const files: PulledFile[] = states.map((s) => ({
    rel: s.file.rel,
    spec: s.file.spec,
    remote: s.file.remote,
    size: s.file.size,
    status: s.status === 'verified' || s.status === 'present' || s.status === 'changed' ? s.status : 'failed',
    engine: s.staged?.engine ?? (s.status === 'present' ? undefined : s.engine),
    ...(s.sha256 ? { sha256: s.sha256 } : {}),
    ...(s.message ? { message: s.message } : {}),
  }));
  const result: PullResult = {
    host: label,
    dest: settings.dest,
    remotePaths: settings.specs,
    specs: listing.specs,
    files,
    skipped,
    manifest,
    manifestPath: layout.manifest,
    sha256sumsPath: layout.sha256sums,
    manifestSha256: sha256Hex(text),
    totalBytes: manifestFiles.reduce((n, f) => n + f.size, 0),
    movedBytes,
    seconds: (now() - started) / 1000,
    rounds,
    interruptions,
    verified,
    notes,
    timings: { ...timings, done: now() - started },
  };
  ui.info(
    `pulled ${plural(files.filter((f) => f.status === 'verified').length, 'file')}` +
      ` (${plural(files.filter((f) => f.status === 'present').length, 'file')} already in dest)` +
      ` from ${label} into ${settings.dest}: ${verified ? 'every file matches the manifest' : `${plural(failed.length, 'file')} failed`}` +
      (interruptions > 0 ? `; resumed after ${plural(interruptions, 'interruption')}` : ''),
  );
  return result;
}

/**
 * Which of `rels` exist under `base`, reading only the folders they name (one readdir each): a fresh dest or an
 * unrelated one costs a single readdir, not one stat per file.
 */
async function existingRels(base: string, rels: readonly string[]): Promise<Set<string>> {
  interface Dir {
    files: Map<string, string>;
    dirs: Map<string, Dir>;
  }
  const root: Dir = { files: new Map(), dirs: new Map() };
  for (const rel of rels) {
    const parts = rel.split('/');
    let d = root;
    for (const p of parts.slice(0, -1)) {
      let next = d.dirs.get(p);
      if (!next) d.dirs.set(p, (next = { files: new Map(), dirs: new Map() }));
      d = next;
    }
    d.files.set(parts[parts.length - 1] as string, rel);
  }
  const found = new Set<string>();
  const walk = async (d: Dir, path: string): Promise<void> => {
    const names = new Set(await readdir(path).catch(() => [] as string[]));
    for (const [name, rel] of d.files) if (names.has(name)) found.add(rel);
    for (const [name, sub] of d.dirs) if (names.has(name) && name !== STATE_DIR_NAME) await walk(sub, join(path, name));
  };
  await walk(root, base);
  return found;
}
