/** The repository and commit of a working tree, for the default run id (empty strings outside git). */
import { execFileSync } from 'node:child_process';

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

export function gitIdentity(cwd: string): { repository: string; commit: string } {
  return {
    repository: git(cwd, ['config', '--get', 'remote.origin.url']) || git(cwd, ['rev-parse', '--show-toplevel']),
    commit: git(cwd, ['rev-parse', 'HEAD']),
  };
}
