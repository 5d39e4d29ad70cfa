/**
 * Where a launch puts things on the box: the work dir (default: the profile's code dir), the checkpoint dir
 * (default: the profile's durable dir, plus the cell name in a sweep) and the secrets dir, with the profile's
 * placeholders (`$HOME`, `~`, `$USER`, `<workspace>`) replaced by what the box reports.
 */
import { posix } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { codeDir, durableCheckpointDir, expandPath, placeholdersIn } from '../profiles/queries.js';
import type { Profile } from '../profiles/schema.js';
import type { Command, Host } from '../host/host.js';
import { cellSlug } from './run-id.js';

export interface BoxIdentity {
  home: string;
  user: string;
  tmpdir: string;
}

export interface BoxPaths {
  workdir: string;
  checkpointDir: string;
  /** Holds `.tenant/runs/`: the work dir. */
  root: string;
  /** Env files (secrets), on the box's own disk: `$HOME/.tenant/secrets`. */
  secretsDir: string;
}

const IDENTIFY: Command = {
  script: 'printf "%s\\n%s\\n%s\\n" "$HOME" "$(id -un 2>/dev/null || whoami)" "${TMPDIR:-/tmp}"',
};

export async function identifyBox(host: Host): Promise<BoxIdentity> {
  const res = await host.exec(IDENTIFY, { timeoutMs: 30_000 });
  const [home = '', user = '', tmpdir = '/tmp'] = res.stdout.split('\n');
  // Judged by what was printed: three lines with an absolute $HOME (the exit status adds nothing here).
  if (!home.startsWith('/') || res.stdout.split('\n').length < 4) {
    const why =
      res.stderr.trim() || res.stdout.trim() || (res.timedOut ? 'timed out' : `exit ${res.code ?? res.signal}`);
    throw new ConfigurationError(
      `${host.label} did not report an absolute $HOME (${why}); set workdir to an absolute path`,
      'workdir',
    );
  }
  return { home, user, tmpdir };
}

function resolveOne(path: string, input: string, vars: Record<string, string>, base: string, local: boolean): string {
  if (!local && /(^|\/)<workspace>(\/|$)/.test(path)) {
    throw new ConfigurationError(
      `${input} '${path}' uses <workspace>, which exists only on the runner (profile local); give an absolute path on the box`,
      input,
    );
  }
  const expanded = expandPath(path, vars);
  const left = placeholdersIn(expanded);
  if (left.length > 0) {
    throw new ConfigurationError(
      `${input} '${path}' holds ${left.map((p) => (/^[a-z-]+$/.test(p) ? `<${p}>` : `$${p}`)).join(', ')}, which tenant cannot fill in; set ${input} to a concrete path`,
      input,
    );
  }
  const abs = expanded.startsWith('/') ? expanded : posix.join(base, expanded);
  const norm = posix.normalize(abs).replace(/\/+$/, '') || '/';
  if (norm === '/') throw new ConfigurationError(`${input} resolves to / ; choose a directory`, input);
  return norm;
}

export function resolveBoxPaths(
  profile: Profile,
  id: BoxIdentity,
  opts: {
    workdir: string | undefined;
    checkpointDir: string | undefined;
    cell: string;
    workspace: string;
    local: boolean;
  },
): BoxPaths {
  const vars: Record<string, string> = { HOME: id.home, USER: id.user, TMPDIR: id.tmpdir, workspace: opts.workspace };
  const workdirIn = opts.workdir ?? codeDir(profile);
  const workdir = resolveOne(
    workdirIn,
    opts.workdir ? 'workdir' : `workdir (profile ${profile.id} code dir)`,
    vars,
    opts.local ? opts.workspace : id.home,
    opts.local,
  );
  const slug = cellSlug(opts.cell);
  const ckptIn =
    opts.checkpointDir ?? (slug ? `${durableCheckpointDir(profile)}/${slug}` : durableCheckpointDir(profile));
  const checkpointDir = resolveOne(
    ckptIn,
    opts.checkpointDir ? 'checkpoint-dir' : `checkpoint-dir (profile ${profile.id} durable dir)`,
    vars,
    workdir,
    opts.local,
  );
  return { workdir, checkpointDir, root: workdir, secretsDir: posix.join(id.home, '.tenant', 'secrets') };
}
