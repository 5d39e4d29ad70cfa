/**
 * ckpt/weights-only: the periodic checkpoint holds only model weights while the file trains with an
 * optimizer, so a resume restarts the optimizer, the scheduler and the step count.
 */
import { EXPORT_NAME, saveSites, type SaveSite } from '../python/save-sites.js';
import type { PyModule } from '../python/module.js';
import type { PyNode } from '../python/syntax.js';
import { at, type Rule } from '../rule.js';
import type { RawFinding } from '../types.js';

/** The payload expression, following one assignment (`sd = model.state_dict(); torch.save(sd, p)`). */
function payloadExpr(mod: PyModule, site: SaveSite): PyNode | undefined {
  const p = site.payload;
  if (!p || p.type !== 'identifier') return p;
  const list = mod.assignmentsIn(site.call.scope, p.text).filter((a) => a.line <= site.call.line);
  return list[list.length - 1]?.value ?? p;
}

/** `self.state_dict()` of a class that defines its own `state_dict` holding the optimizer is a full save. */
function ownFullStateDict(mod: PyModule): boolean {
  return mod.root
    .descendantsOfType('function_definition')
    .some((f) => !!f && f.childForFieldName('name')?.text === 'state_dict' && /optim/i.test(f.text));
}

function weightsOnly(mod: PyModule, expr: PyNode | undefined): boolean {
  if (!expr || expr.type !== 'call') return false;
  const fn = expr.childForFieldName('function');
  if (!fn) return false;
  const name = (mod.qualify(fn) ?? fn.text).split('.').pop();
  if (
    name === 'state_dict' &&
    fn.type === 'attribute' &&
    fn.childForFieldName('object')?.text === 'self' &&
    ownFullStateDict(mod)
  )
    return false;
  return name === 'state_dict' || name === 'get_state_dict' || name === 'unwrap_model';
}

export const ckptWeightsOnly: Rule = {
  id: 'ckpt/weights-only',
  severity: 'warning',
  title: 'Only model weights saved where training state is expected',
  skipTests: true,
  triggers: ['state_dict'],
  python({ mod }) {
    const trains = mod.calls.some(
      (c) => (c.name === 'step' && c.receiver && /optim|opt\b/i.test(c.receiver.text)) || c.name === 'backward',
    );
    if (!trains) return [];
    const sites = saveSites(mod);
    if (sites.some((s) => s.api === 'save_state' || s.api === 'save_checkpoint')) return [];
    const fullSave = sites.some((s) => {
      const e = payloadExpr(mod, s);
      return !!e && /optim/i.test(e.text);
    });
    if (fullSave) return [];
    const out: RawFinding[] = [];
    for (const site of sites) {
      if (site.framework || !site.payload) continue;
      if (!weightsOnly(mod, payloadExpr(mod, site))) continue;
      if (site.path && EXPORT_NAME.test(site.path.text)) continue;
      out.push(
        at(
          site.call.line,
          site.call.column,
          `${site.api} saves only the model weights (${site.payload.text}) while this file trains with an optimizer, and no save in it keeps the optimizer: ` +
            `a resume from this file restarts the optimizer, the LR schedule and the step count. Save one dict with model, optimizer, scheduler, epoch/step and RNG state.`,
        ),
      );
    }
    return out;
  },
};
