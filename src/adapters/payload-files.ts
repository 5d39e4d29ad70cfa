/**
 * The default payload: the files git tracks in the workspace (`git ls-files -z`, optionally limited to
 * pathspecs), with their sizes. Submodule entries are skipped; a tracked file deleted from the working tree
 * is skipped too. Outside a git work tree the payload is refused: say which paths to push, or `payload: none`.
 */
import { execFile } from 'node:child_process';
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ConfigurationError } from '../core/errors.js';
import type { PayloadFile } from '../core/launch/payload.js';

const run = promisify(execFile);

export async function listTrackedFiles(workspace: string, pathspecs: readonly string[]): Promise<PayloadFile[]> {
  let stdout: string;
  try {
    ({ stdout } = await run('git', ['-c', 'core.quotepath=off', 'ls-files', '-z', '-s', '--', ...pathspecs], {
      cwd: workspace,
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
    }));
  } catch (e) {
    throw new ConfigurationError(
      `the payload is the files git tracks, but git ls-files failed in ${workspace} (${(e as Error).message.split('\n')[0]}); check out the repository first, or set payload: none`,
      'payload',
    );
  }
  const out: PayloadFile[] = [];
  for (const rec of stdout.split('\0')) {
    const m = /^(\d{6}) [0-9a-f]+ \d\t(.*)$/s.exec(rec);
    if (!m) continue;
    const [, mode, path = ''] = m;
    if (mode === '160000') continue;
    try {
      const st = lstatSync(join(workspace, path));
      out.push({ path, size: st.isFile() ? st.size : 0 });
    } catch {
      // deleted in the working tree
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function readWorkspaceFile(workspace: string, path: string): Buffer {
  try {
    const full = join(workspace, path);
    return lstatSync(full).isFile() ? readFileSync(full) : Buffer.alloc(0);
  } catch {
    return Buffer.alloc(0);
  }
}
