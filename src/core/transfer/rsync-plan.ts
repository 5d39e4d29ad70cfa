/**
 * The rsync command pull runs, and how to read what rsync says. Flags and why (seed-behaviors §3.1,
 * anchors-reliability §4):
 *
 *   --partial-dir=.rsync-partial  an interrupted file is kept aside, never under its final name, and the next
 *                                 attempt resumes from it (delta against the partial);
 *                                 never --inplace / --append / --append-verify (they leave or keep bad bytes)
 *   -s (--protect-args)           names travel inside the protocol, not through the box's shell, so spaces,
 *                                 quotes, newlines or a leading '-' stay data
 *   --files-from=- --from0        exactly the listed files (NUL-separated), relative to their root
 *   -t, no -l/-D/-p/-o/-g          regular files with their mtimes; the box cannot plant symlinks or devices
 *   --timeout                     an I/O timeout (rsync's default is none)
 *   --no-inc-recursive            workaround for CVE-2026-43620 (a malicious sender crashing the client)
 *   never --trust-sender, --delete, -z (checkpoints do not compress; -z pins a core)
 */
import { ConfigurationError } from '../errors.js';

export const MIN_RSYNC_VERSION = '3.4.1';
export const RSYNC_PARTIAL_DIR = '.rsync-partial';
/** Prefix of the lines --out-format prints, one per finished file. */
export const RSYNC_DONE_MARK = 'TENANT-DONE:';

export interface RsyncPlan {
  /** rsync's -e value (the remote shell); undefined for a local copy. */
  shell?: string;
  /** Source folder: `tenant-box:/root/` or a local `/root/`. */
  source: string;
  /** Staging folder (absolute). */
  dest: string;
  timeoutS: number;
  /** rsync on the box, when not `rsync` on its PATH. */
  remoteRsync?: string;
}

export function rsyncArgs(plan: RsyncPlan): string[] {
  return [
    '-t',
    '-s',
    `--partial-dir=${RSYNC_PARTIAL_DIR}`,
    '--files-from=-',
    '--from0',
    '--no-inc-recursive',
    `--timeout=${plan.timeoutS}`,
    '--chmod=D755,F644',
    `--out-format=${RSYNC_DONE_MARK}%n`,
    '--info=progress2',
    ...(plan.shell ? ['-e', plan.shell] : []),
    ...(plan.remoteRsync ? [`--rsync-path=${plan.remoteRsync}`] : []),
    '--',
    plan.source.endsWith('/') ? plan.source : plan.source + '/',
    plan.dest.endsWith('/') ? plan.dest : plan.dest + '/',
  ];
}

/** `3.5.0` from `rsync  version 3.5.0  protocol version 32`. */
export function parseRsyncVersion(text: string): string | undefined {
  return /rsync\s+version\s+v?(\d+\.\d+(?:\.\d+)?)/.exec(text)?.[1];
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** Why this runner's rsync may not be used, or undefined when it is recent enough. */
export function rsyncTooOld(version: string | undefined): string | undefined {
  if (version === undefined) return 'rsync is not installed on the runner';
  if (compareVersions(version, MIN_RSYNC_VERSION) < 0) {
    return (
      `rsync ${version} on the runner is older than ${MIN_RSYNC_VERSION}: older versions let a malicious box read or write ` +
      `files outside the destination (CVE-2024-12084…12088, CVE-2024-12747)`
    );
  }
  return undefined;
}

export function rsyncRequiredError(reason: string): ConfigurationError {
  return new ConfigurationError(
    `${reason}; install rsync ≥ ${MIN_RSYNC_VERSION} on the runner, or set transfer: stream (CLI: --transfer stream) to pull without rsync`,
    'transfer',
  );
}

/**
 * Exit codes another attempt can fix: 10 socket I/O, 11 file I/O (partial writes), 12 protocol stream
 * (connection dropped), 20 signal, 23/24 partial transfer (some files), 30 timeout, 35 daemon timeout,
 * 255 ssh failed (connection refused/reset).
 */
export function rsyncExitRetryable(code: number | null): boolean {
  return code === null || [10, 11, 12, 20, 23, 24, 30, 35, 255].includes(code);
}

export function rsyncExitMeaning(code: number | null): string {
  const known: Record<number, string> = {
    1: 'syntax or usage error',
    2: 'protocol incompatibility',
    3: 'errors selecting input/output files',
    5: 'error starting the client-server protocol',
    10: 'error in socket I/O',
    11: 'error in file I/O',
    12: 'error in rsync protocol data stream (connection dropped?)',
    14: 'error in IPC code',
    20: 'interrupted by a signal',
    23: 'partial transfer due to error',
    24: 'some source files vanished',
    30: 'timeout in data send/receive',
    35: 'timeout waiting for daemon connection',
    127: 'rsync not found on the box',
    255: 'ssh failed (connection refused, reset or host key)',
  };
  return code === null ? 'killed by a signal' : (known[code] ?? `exit ${code}`);
}

/** Undoes rsync's `\#ooo` escapes in names it prints, returning the UTF-8 text. */
export function unescapeRsyncName(text: string): string {
  if (!text.includes('\\#')) return text;
  const bytes: number[] = [];
  const raw = Buffer.from(text, 'utf8');
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === 0x5c && raw[i + 1] === 0x23 && i + 4 < raw.length) {
      const oct = raw.subarray(i + 2, i + 5).toString('latin1');
      if (/^[0-7]{3}$/.test(oct)) {
        bytes.push(parseInt(oct, 8));
        i += 4;
        continue;
      }
    }
    bytes.push(raw[i] as number);
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Total bytes from a `--info=progress2` line (`  1,234,567  12%  100.00MB/s  0:00:10`), if it is one. */
export function parseProgress2(line: string): number | undefined {
  const m = /^\s*([\d,]+)\s+\d+%\s/.exec(line);
  return m ? Number((m[1] as string).replace(/,/g, '')) : undefined;
}
