/**
 * ckpt/volatile-path: a checkpoint (or a framework's output dir) written under a path that does not
 * survive the machine: /tmp, /dev/shm, /var/tmp, $TMPDIR, and the selected profiles' volatile paths.
 * Reads Python save calls (with constant propagation), YAML/JSON config keys and shell flags.
 */
import { describePath } from '../python/path-value.js';
import { saveSites } from '../python/save-sites.js';
import { at, type Rule } from '../rule.js';
import { effectiveArgv } from '../shell/script.js';
import type { RawFinding } from '../types.js';
import { describeLoss, type VolatileMatch } from '../volatile.js';

const CONFIG_KEYS = new Set([
  'output_dir',
  'checkpoint_dir',
  'ckpt_dir',
  'save_dir',
  'dirpath',
  'default_root_dir',
  'project_dir',
  'checkpoint_path',
  'ckpt_path',
]);
const FLAG =
  /^--(output[-_]dir|checkpoint[-_]dir|ckpt[-_]dir|save[-_]dir|default[-_]root[-_]dir|project[-_]dir|checkpoint[-_]path|ckpt[-_]path)(=(.*))?$/;
const OVERRIDE =
  /^\+{0,2}(?:[A-Za-z0-9_]+\.)*(output_dir|checkpoint_dir|ckpt_dir|save_dir|dirpath|default_root_dir)=(.+)$/;

function explain(m: VolatileMatch, what: string, shown: string, extra = ''): string {
  const fallback = m.viaFallback ? ` when $${m.viaFallback} is unset` : '';
  const note = m.root.note ? ` ${m.root.note.replace(/([^.])$/, '$1.')}` : '';
  const onlyDestroy = m.root.lostOn.every((e) => e === 'destroy');
  const fix = onlyDestroy
    ? 'It survives a stop, so this is fine while the box lives: copy the checkpoints off the box (tenant pull-artifacts) before it is destroyed, or write them to storage that outlives it.'
    : "Write checkpoints to durable storage (the profile's durable mount, or a prefix listed under lint.durable in .tenant.yml), or copy each one there as it is written.";
  return `${what} writes ${shown}${fallback}${extra}, under ${m.root.path}: ${describeLoss(m.root)}.${note} ${fix}`;
}

export const ckptVolatilePath: Rule = {
  id: 'ckpt/volatile-path',
  severity: 'error',
  title: 'Checkpoint or output directory on a path that does not survive the machine',
  skipTests: true,
  triggers: (ctx) => ctx.volatile.roots.map((r) => (r.path.startsWith('$') ? r.path.slice(1) : r.path)),
  python({ mod, paths }, ctx) {
    const out: RawFinding[] = [];
    for (const site of saveSites(mod)) {
      if (!site.path) continue;
      const value = paths.evaluate(site.path);
      const m = ctx.volatile.match(value.parts);
      if (!m) continue;
      const flag = value.viaFlag ? ` (the default of ${value.viaFlag})` : '';
      out.push(
        at(
          site.path.startPosition.row + 1,
          site.path.startPosition.column + 1,
          explain(m, site.api, describePath(value.parts), flag),
          {
            severity: m.severity,
          },
        ),
      );
    }
    return out;
  },
  config({ file, entries }, ctx) {
    if (file.kind === 'workflow') return [];
    const out: RawFinding[] = [];
    for (const e of entries) {
      if (!CONFIG_KEYS.has(e.key)) continue;
      const m = ctx.volatile.matchShellText(e.value);
      if (m) out.push(at(e.line, e.column, explain(m, `${e.path}:`, e.value), { severity: m.severity }));
    }
    return out;
  },
  shell({ script }, ctx) {
    const out: RawFinding[] = [];
    for (const unit of script.units) {
      for (const cmd of unit.commands) {
        const words = effectiveArgv(cmd).words;
        for (let k = 1; k < words.length; k++) {
          const w = words[k];
          if (!w) continue;
          let value: string | undefined;
          let where = w;
          const flag = FLAG.exec(w.value);
          if (flag) {
            value = flag[3] ?? words[k + 1]?.value;
            where = flag[3] !== undefined ? w : (words[k + 1] ?? w);
          } else {
            const o = OVERRIDE.exec(w.value);
            if (o) value = o[2];
          }
          if (!value) continue;
          const m = ctx.volatile.matchShellText(value);
          if (m)
            out.push(
              at(where.line, where.col, explain(m, `${w.value.split('=')[0]}`, value), { severity: m.severity }),
            );
        }
      }
    }
    return out;
  },
};
