/**
 * ckpt/non-atomic: a checkpoint written straight to its final name. A kill or preemption mid-write leaves a
 * truncated file where the last good checkpoint was.
 */
import { enclosingLoop } from '../python/module.js';
import { describePath } from '../python/path-value.js';
import { EXPORT_NAME, RESUME_NAME, saveSites } from '../python/save-sites.js';
import { at, type Rule } from '../rule.js';
import type { RawFinding } from '../types.js';

const TEMP_NAME = /(\.tmp|\.part|\.partial|\.temp|\.incomplete|tmp_|_tmp|\.new)\b/i;
const SWAPS = new Set(['os.replace', 'os.rename', 'shutil.move', 'os.renames']);

export const ckptNonAtomic: Rule = {
  id: 'ckpt/non-atomic',
  severity: 'warning',
  title: 'Checkpoint written straight to its final name',
  skipTests: true,
  triggers: ['save(', 'dump(', 'save_file', 'savez'],
  python({ mod, paths }) {
    const out: RawFinding[] = [];
    const swapScopes = new Set(
      mod.calls
        .filter(
          (c) =>
            SWAPS.has(c.callee) || ((c.name === 'replace' || c.name === 'rename') && c.args.length === 1 && c.receiver),
        )
        .map((c) => c.scope.id),
    );
    for (const site of saveSites(mod)) {
      if (site.framework || site.declaration || !site.path) continue;
      if (swapScopes.has(site.call.scope.id)) continue;
      const value = paths.evaluate(site.path);
      if (value.parts.some((p) => p.kind === 'memory' || p.kind === 'tempfile')) continue;
      const shown = describePath(value.parts);
      const literal = value.parts
        .filter((p) => p.kind === 'text')
        .map((p) => (p.kind === 'text' ? p.text : ''))
        .join('');
      if (TEMP_NAME.test(literal) || TEMP_NAME.test(site.path.text)) continue;
      const looped = enclosingLoop(site.call.node) !== undefined;
      const resumeName = RESUME_NAME.test(literal) || RESUME_NAME.test(site.path.text);
      if (EXPORT_NAME.test(literal) && !looped) continue;
      if (!looped && !resumeName) continue;
      out.push(
        at(
          site.call.line,
          site.call.column,
          `${site.api} writes ${shown} in place: a kill or preemption during the write leaves a truncated file where the last good checkpoint was. ` +
            `Write to a temporary name in the same directory, flush and fsync it, then os.replace() it onto the final name.`,
        ),
      );
    }
    return out;
  },
};
