/**
 * `upload: artifact`: the verified files (and the manifest) as one workflow artifact, through
 * @actions/artifact 6.2.1. The client is injectable so tests can talk to a fake results service or record calls.
 * Checkpoints do not compress, so the zip is stored (level 0): faster, same size.
 */
import { DefaultArtifactClient } from '@actions/artifact';
import { ConfigurationError, describeError } from '../core/errors.js';

export interface ArtifactUploader {
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
    options?: { retentionDays?: number; compressionLevel?: number },
  ): Promise<{ id?: number; size?: number; digest?: string }>;
}

export interface ArtifactRequest {
  name: string;
  /** Absolute paths, all under `root`. */
  files: string[];
  root: string;
  retentionDays?: number;
}

export interface ArtifactOutcome {
  id: number;
  size: number;
  digest?: string;
}

export function checkArtifactName(name: string, input = 'artifact-name'): string {
  const n = name.trim();
  if (n === '') throw new ConfigurationError(`${input} is empty; name the artifact (e.g. checkpoints)`, input);
  const bad = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'].filter((c) => n.includes(c));
  if (bad.length > 0) {
    throw new ConfigurationError(
      `${input} '${n.slice(0, 60)}' contains ${bad.map((c) => JSON.stringify(c)).join(' ')}, which artifact names cannot hold`,
      input,
    );
  }
  return n;
}

export function defaultArtifactClient(): ArtifactUploader {
  return new DefaultArtifactClient();
}

export async function uploadArtifactFiles(
  req: ArtifactRequest,
  client: ArtifactUploader = defaultArtifactClient(),
): Promise<ArtifactOutcome> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN && client instanceof DefaultArtifactClient) {
    throw new ConfigurationError(
      "upload: artifact needs the runner's artifact service (ACTIONS_RUNTIME_TOKEN is not set: not running as a GitHub Actions step?); use upload: none or cache",
      'upload',
    );
  }
  let res: { id?: number; size?: number; digest?: string };
  try {
    res = await client.uploadArtifact(req.name, req.files, req.root, {
      compressionLevel: 0,
      ...(req.retentionDays !== undefined ? { retentionDays: req.retentionDays } : {}),
    });
  } catch (err) {
    throw new Error(`uploading artifact '${req.name}' failed: ${describeError(err)}`, { cause: err });
  }
  if (res.id === undefined) throw new Error(`uploading artifact '${req.name}' returned no artifact id`);
  return { id: res.id, size: res.size ?? 0, ...(res.digest ? { digest: res.digest } : {}) };
}
