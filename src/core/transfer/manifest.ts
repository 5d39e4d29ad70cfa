/**
 * The manifest: what the box had (path, size, mtime, sha256 computed on the box), written next to the pulled
 * files as `.tenant-pull/manifest.json` plus a `SHA256SUMS` that `sha256sum -c` reads. Its own sha256 (of the
 * exact bytes written) is the digest the session records as "pulled and verified": a later teardown can
 * recompute it and compare.
 */
import { createHash } from 'node:crypto';

export const MANIFEST_VERSION = 1 as const;

export interface ManifestFile {
  /** Path under dest (POSIX separators). */
  path: string;
  /** Absolute path on the box. */
  remote: string;
  size: number;
  mtimeNs: string;
  sha256: string;
}

export interface Manifest {
  version: typeof MANIFEST_VERSION;
  tool: 'tenant pull';
  createdAt: string;
  /** `user@host:port` or `local`. */
  host: string;
  hostKeyFingerprint?: string;
  remotePaths: string[];
  files: ManifestFile[];
  /** Files seen on the box but not part of this manifest, with why (still being written, symlink, …). */
  skipped: { remote: string; reason: string }[];
}

export function sortManifestFiles(files: ManifestFile[]): ManifestFile[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The bytes written to manifest.json (stable key order, files sorted by path). */
export function serializeManifest(m: Manifest): string {
  const ordered: Manifest = {
    version: m.version,
    tool: m.tool,
    createdAt: m.createdAt,
    host: m.host,
    ...(m.hostKeyFingerprint ? { hostKeyFingerprint: m.hostKeyFingerprint } : {}),
    remotePaths: m.remotePaths,
    files: sortManifestFiles(m.files).map((f) => ({
      path: f.path,
      remote: f.remote,
      size: f.size,
      mtimeNs: f.mtimeNs,
      sha256: f.sha256,
    })),
    skipped: m.skipped,
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

export function sha256Hex(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * GNU `sha256sum` format. A name holding a backslash or newline is escaped the way coreutils does it: the line
 * starts with `\` and the name has `\\` and `\n`.
 */
export function sha256sums(files: readonly ManifestFile[]): string {
  return sortManifestFiles([...files])
    .map((f) => {
      if (/[\\\n\r]/.test(f.path)) {
        const name = f.path.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
        return `\\${f.sha256}  ${name}\n`;
      }
      return `${f.sha256}  ${f.path}\n`;
    })
    .join('');
}
