/**
 * Pushing the payload to the box. Over SSH: rsync through the OpenSSH client (openssh-client.ts: the same
 * pinned host key as the ssh2 connection, a 0600 key file in a private temp dir removed in `finally`),
 * `--files-from` on stdin so only the listed files go, `-s` so no path is parsed by the remote shell, an I/O
 * timeout, and rsync's default temp-file-and-rename so a script a live run is reading is never overwritten in
 * place. When the box (or the runner) has no rsync: a tar stream through the already open connection. With
 * the local profile: rsync (or tar) between two local directories.
 */
import { spawn, spawnSync } from 'node:child_process';
import { HostError } from '../core/errors.js';
import type { ConnectionSettings } from '../core/host/connection.js';
import type { Host } from '../core/host/host.js';
import type { PushReport, PushRequest } from '../core/launch/launch.js';
import { prepareOpenSsh } from './openssh-client.js';

export interface PushOptions {
  settings: ConnectionSettings;
  /** Parent dir for the OpenSSH temp dir (default $RUNNER_TEMP or the OS temp dir). */
  tempRoot?: string;
  /** Told the temp dir before anything secret is in it is used, so a post step can remove it after a hard kill. */
  onTempDir?(dir: string): void;
  /** Retries after a failed rsync (connection lost), with a 1 s, 2 s … backoff. Default 2. */
  retries?: number;
  /** Force the tar fallback (tests, benchmarks). */
  forceTar?: boolean;
}

let localRsync: boolean | undefined;
function haveLocalRsync(): boolean {
  localRsync ??= spawnSync('rsync', ['--version'], { stdio: 'ignore' }).status === 0;
  return localRsync;
}

function run(
  cmd: string,
  args: string[],
  input: Buffer,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

const RSYNC_FLAGS = ['-lpt', '--from0', '--files-from=-', '-s', '--timeout=60', '--no-owner', '--no-group'];

function fileList(req: PushRequest): Buffer {
  return Buffer.from(req.files.map((f) => f.path + '\0').join(''));
}

async function rsyncOverSsh(req: PushRequest, opts: PushOptions): Promise<number> {
  const client = prepareOpenSsh(opts.settings, {
    ...(req.host.hostKeyFingerprint ? { verifiedFingerprint: req.host.hostKeyFingerprint } : {}),
    ...(opts.tempRoot ? { tempRoot: opts.tempRoot } : {}),
  });
  opts.onTempDir?.(client.dir);
  try {
    const args = [
      ...RSYNC_FLAGS,
      '-e',
      client.rsyncShell(),
      './',
      client.rsyncRemote(req.to.endsWith('/') ? req.to : req.to + '/'),
    ];
    const retries = opts.retries ?? 2;
    for (let attempt = 0; ; attempt++) {
      const r = await run('rsync', args, fileList(req), { ...process.env, ...client.env }, req.from);
      if (r.code === 0) return attempt + 1;
      // 10, 12, 30, 35, 255: socket / protocol / timeout / ssh failures, worth another go.
      const transient = [10, 12, 23, 30, 35, 255].includes(r.code ?? -1);
      if (!transient || attempt >= retries) {
        throw new HostError(
          'EPUSH',
          `rsync to ${req.host.label}:${req.to} failed (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-3).join(' ')}`,
        );
      }
      await new Promise((res) => setTimeout(res, 1000 * 2 ** attempt));
    }
  } finally {
    client.dispose();
  }
}

async function rsyncLocal(req: PushRequest): Promise<void> {
  const r = await run(
    'rsync',
    [...RSYNC_FLAGS.filter((f) => f !== '-s'), './', req.to.endsWith('/') ? req.to : req.to + '/'],
    fileList(req),
    process.env,
    req.from,
  );
  if (r.code !== 0) throw new HostError('EPUSH', `rsync to ${req.to} failed (exit ${r.code}): ${r.stderr.trim()}`);
}

/** A tar stream of the files, extracted on the box through one exec (tar replaces files by unlink + create). */
async function tarOverHost(req: PushRequest, host: Host): Promise<void> {
  const packed = await run('tar', ['-c', '--null', '-T', '-', '-f', '-'], fileList(req), process.env, req.from);
  if (packed.code !== 0)
    throw new HostError('EPUSH', `tar of the payload failed (exit ${packed.code}): ${packed.stderr.trim()}`);
  const res = await host.exec(
    { argv: ['tar', '-x', '-m', '-f', '-', '-C', req.to] },
    { stdin: packed.stdout, timeoutMs: 600_000 },
  );
  if (res.code !== 0)
    throw new HostError('EPUSH', `tar -x on ${host.label} failed (exit ${res.code}): ${res.stderr.trim()}`);
}

export function makePusher(opts: PushOptions): (req: PushRequest) => Promise<PushReport> {
  return async (req) => {
    const t0 = Date.now();
    const bytes = req.files.reduce((n, f) => n + f.size, 0);
    const base = { files: req.files.length, bytes };
    if (req.files.length === 0) return { method: 'skipped', ...base, ms: 0, handshakes: 0 };
    const rsyncOk = !opts.forceTar && req.remoteRsync && haveLocalRsync();
    if (req.host.kind === 'local') {
      if (rsyncOk) await rsyncLocal(req);
      else await tarOverHost(req, req.host);
      return { method: rsyncOk ? 'rsync' : 'tar', ...base, ms: Date.now() - t0, handshakes: 0 };
    }
    if (rsyncOk) {
      const attempts = await rsyncOverSsh(req, opts);
      return { method: 'rsync', ...base, ms: Date.now() - t0, handshakes: attempts };
    }
    await tarOverHost(req, req.host);
    return { method: 'tar', ...base, ms: Date.now() - t0, handshakes: 0 };
  };
}
