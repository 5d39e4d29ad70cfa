/**
 * The default run id: a hash of repository, commit, command, work dir and matrix cell, so launching the same
 * thing twice (a re-run job, ten racing launches) names the same run and attaches to it. Sweep cells get
 * their own id and therefore their own run dir.
 */
import { createHash } from 'node:crypto';
import { ConfigurationError } from '../errors.js';
import { assertRunId } from '../run/layout.js';

export interface RunIdParts {
  repository: string;
  commit: string;
  command: string;
  workdir: string;
  cell: string;
}

/** A cell name as a path component: letters, digits, `.`, `_`, `-` (others become `-`), at most 40. */
export function cellSlug(cell: string): string {
  return cell
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 40);
}

export function defaultRunId(parts: RunIdParts): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([parts.repository, parts.commit, parts.command, parts.workdir, parts.cell]))
    .digest('hex')
    .slice(0, 12);
  const slug = cellSlug(parts.cell);
  return slug ? `${slug}-${hash}` : `run-${hash}`;
}

export function parseRunId(value: string, name: string): string {
  const v = value.trim();
  try {
    assertRunId(v);
  } catch {
    throw new ConfigurationError(
      `${name} '${v.slice(0, 40)}' is not a run id: letters, digits, '.', '_' and '-', at most 128, starting with a letter or digit`,
      name,
    );
  }
  return v;
}
