import { ConfigurationError } from '../../core/errors.js';
import { formatFieldPath } from '../../core/profiles/field-path.js';
import { loadAllProfiles, loadProfile, PROFILES_DIR_ENV, type ProfileLoadOptions } from '../../core/profiles/loader.js';
import {
  detachPrimitives,
  durableCheckpointDir,
  preemption,
  survives,
  volatilePaths,
} from '../../core/profiles/queries.js';
import type { Profile } from '../../core/profiles/schema.js';
import { MAX_FACT_AGE_MONTHS, staleFacts, stalenessWarnings } from '../../core/profiles/staleness.js';
import { EXIT, type CliCommand, type CliContext } from '../command.js';

const USAGE = `Usage: tenant profiles list [--json]
       tenant profiles show ID [--json]

Platform profiles: where checkpoints survive a stop or a destroy, how runs detach, and how each platform
interrupts a run. 'show' prints every fact with the file and section it came from. Facts last verified more
than ${MAX_FACT_AGE_MONTHS} months ago are flagged. Add your own profiles as <id>.yml files in the folder named
by ${PROFILES_DIR_ENV}.
`;

export interface ProfilesCommandOptions {
  /** The clock for staleness warnings (tests pass a fixed one). */
  now?: () => Date;
  /** Read profiles from this folder only (tests). */
  dir?: string;
}

function yesNo(v: boolean | null): string {
  return v === null ? '?' : v ? 'yes' : 'no';
}

function interruptText(p: Profile): string {
  const { signal, graceSeconds } = preemption(p);
  return graceSeconds === 0 ? `${signal} (abrupt)` : `${signal} +${graceSeconds}s`;
}

/** Terminal columns a string takes: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((r) => displayWidth(r[col] ?? '')))) ?? [];
  const pad = (cell: string, col: number): string =>
    cell + ' '.repeat(Math.max(0, (widths[col] ?? 0) - displayWidth(cell)));
  return (
    rows.map((r) => r.map((cell, col) => (col === r.length - 1 ? cell : pad(cell, col))).join('  ')).join('\n') + '\n'
  );
}

function listSummary(p: Profile) {
  const dir = durableCheckpointDir(p);
  const s = survives(p, dir);
  const pre = preemption(p);
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    checkpointDir: dir,
    checkpointDirSurvives: { stop: s.stop, destroy: s.destroy, source: s.source },
    preemption: pre,
    detach: detachPrimitives(p),
  };
}

function list(profiles: Profile[], ctx: CliContext, now: Date): number {
  for (const p of profiles) {
    const stale = staleFacts(p, { now });
    if (stale.length === 0) continue;
    const oldest = stale.map((f) => f.verified).sort()[0];
    ctx.ui.warning(
      `${p.id}: ${stale.length} fact(s) not verified within ${MAX_FACT_AGE_MONTHS} months (oldest ${oldest}); run 'tenant profiles show ${p.id}' for the list`,
    );
  }
  const summaries = profiles.map(listSummary);
  if (ctx.json) {
    ctx.stdout(JSON.stringify({ profiles: summaries }, null, 2) + '\n');
    return EXIT.ok;
  }
  const rows = [['ID', 'NAME', 'CHECKPOINT DIR', 'SURVIVES STOP/DESTROY', 'INTERRUPTED BY']];
  for (const [i, s] of summaries.entries()) {
    const p = profiles[i] as Profile;
    rows.push([
      s.id,
      s.name,
      s.checkpointDir,
      `${yesNo(s.checkpointDirSurvives.stop)}/${yesNo(s.checkpointDirSurvives.destroy)}`,
      interruptText(p),
    ]);
  }
  ctx.stdout(table(rows));
  return EXIT.ok;
}

function valueText(v: unknown): string {
  if (v === null || v === undefined) return 'unknown';
  if (Array.isArray(v)) return v.length === 0 ? '(none)' : v.map(valueText).join(', ');
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>);
    return entries.length === 0 ? '(none)' : entries.map(([k, x]) => `${k}=${valueText(x)}`).join(' ');
  }
  return String(v);
}

const PROVENANCE = new Set(['source', 'verified', 'note']);

/** Every object that carries a source, flattened to lines: field, value, source, month, note. */
function factLines(p: Profile): string[] {
  const lines: string[] = [];
  let section = '';
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, i]));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    if (typeof obj.source === 'string') {
      const top = String(path[0] ?? '');
      if (top !== section) {
        section = top;
        lines.push('', `[${section}]`);
      }
      const own = Object.entries(obj).filter(
        ([k, v]) =>
          !PROVENANCE.has(k) &&
          !(v !== null && typeof v === 'object' && !Array.isArray(v) && 'source' in v) &&
          !(Array.isArray(v) && v.some((x) => x && typeof x === 'object' && 'source' in x)),
      );
      const value =
        own.length === 1 && own[0]?.[0] === 'value'
          ? valueText(own[0][1])
          : own.map(([k, v]) => `${k}=${valueText(v)}`).join(' ');
      const when = typeof obj.verified === 'string' ? `, verified ${obj.verified}` : '';
      lines.push(`  ${formatFieldPath(path)}: ${value}`, `      source: ${obj.source}${when}`);
      if (typeof obj.note === 'string') lines.push(`      note: ${obj.note}`);
    }
    for (const [key, value] of Object.entries(obj)) if (!PROVENANCE.has(key)) walk(value, [...path, key]);
  };
  walk(p, []);
  return lines;
}

function show(p: Profile, ctx: CliContext, now: Date): number {
  for (const w of stalenessWarnings(p, { now })) ctx.ui.warning(w);
  if (ctx.json) {
    const doc = { profile: p, volatilePaths: volatilePaths(p), stale: staleFacts(p, { now }) };
    ctx.stdout(JSON.stringify(doc, null, 2) + '\n');
    return EXIT.ok;
  }
  const out = [
    `${p.id} — ${p.name} (${p.kind})`,
    p.summary,
    ...factLines(p),
    '',
    '[volatile paths, including universal ones]',
  ];
  for (const v of volatilePaths(p))
    out.push(`  ${v.path}: lost on ${v.lostOn.join(', ')}`, `      source: ${v.source}`, `      note: ${v.note}`);
  ctx.stdout(out.join('\n') + '\n');
  return EXIT.ok;
}

export function createProfilesCommand(options: ProfilesCommandOptions = {}): CliCommand {
  return {
    name: 'profiles',
    summary: 'list platform profiles, or show one with the source of every fact',
    usage: USAGE,
    async run(args: string[], ctx: CliContext): Promise<number> {
      const flags = args.filter((a) => a.startsWith('-'));
      if (flags.length > 0) {
        throw new ConfigurationError(
          `tenant profiles: unknown option ${flags.join(' ')}; see 'tenant profiles --help'`,
          'profiles',
        );
      }
      const [sub, ...rest] = args;
      const loadOpts: ProfileLoadOptions =
        options.dir !== undefined ? { dir: options.dir, env: ctx.env } : { env: ctx.env };
      const now = (options.now ?? (() => new Date()))();
      if (sub === 'list' && rest.length === 0) return list(loadAllProfiles(loadOpts), ctx, now);
      if (sub === 'show' && rest.length === 1 && rest[0]) return show(loadProfile(rest[0], loadOpts), ctx, now);
      if (sub === 'show')
        throw new ConfigurationError(
          "'tenant profiles show' takes one profile id, e.g. 'tenant profiles show autodl'",
          'profiles',
        );
      throw new ConfigurationError(
        sub === undefined
          ? "'tenant profiles' needs a subcommand: list or show ID"
          : `unknown subcommand '${[sub, ...rest].join(' ')}'; use list or show ID`,
        'profiles',
      );
    },
  };
}

export const profilesCommand: CliCommand = createProfilesCommand();
