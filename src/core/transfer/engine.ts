/**
 * What the pull orchestrator asks of a transfer engine (rsync, or the framed stream): move these listed
 * files into the staging folder, report each one as it lands, and fail with a TransferError that says whether
 * another attempt can resume. Engines never verify; the orchestrator does, against the box's digests.
 */
import { HostError } from '../errors.js';
import type { ListedFile } from './listing.js';
import type { StagingLayout } from './local-path.js';

export type EngineName = 'rsync' | 'stream';

/** The inode state of a staged file right after the engine finished it. */
export interface FileFence {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

export interface StagedFile {
  index: number;
  engine: EngineName | 'earlier run';
  /** Digest of the bytes the engine wrote (stream engine), valid while `fence` still matches the file. */
  sha256?: string;
  fence?: FileFence;
}

export interface TransferHooks {
  /** Payload bytes received (for progress). */
  onBytes(n: number): void;
  /** A file is complete at its staging path. */
  onStaged(file: StagedFile): void;
  /** The box could not serve a file this round (its message names why). */
  onFileError(index: number, message: string): void;
  signal?: AbortSignal;
}

export interface TransferEngine {
  readonly name: EngineName;
  transfer(files: readonly ListedFile[], layout: StagingLayout, hooks: TransferHooks): Promise<void>;
}

/** A transfer that stopped early. `retryable`: a dropped connection or a timeout; another attempt resumes. */
export class TransferError extends HostError {
  readonly retryable: boolean;
  constructor(message: string, retryable: boolean, options?: { cause?: unknown }) {
    super(retryable ? 'ETRANSFER' : 'ETRANSFERFATAL', message, options);
    this.retryable = retryable;
  }
}
