/**
 * Inline suppressions: `# tenant: ignore[rule-id]` (several ids separated by commas) on the line of the
 * finding. An id that names no rule is itself reported, so a typo cannot silently disable nothing.
 */
import { isKnownRule } from './registry.js';

const MARK = /#\s*tenant:\s*ignore\[([^\]]*)\]/g;

export interface SuppressionComment {
  line: number;
  column: number;
  ids: string[];
}

/** Every suppression comment in a text. */
export function suppressionComments(text: string): SuppressionComment[] {
  const out: SuppressionComment[] = [];
  if (!text.includes('tenant:')) return out;
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(MARK)) {
      const ids = (m[1] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      out.push({ line: i + 1, column: (m.index ?? 0) + 1, ids });
    }
  });
  return out;
}

/** Does this line carry a suppression for the rule? */
export function lineSuppresses(line: string | undefined, rule: string): boolean {
  if (!line || !line.includes('tenant:')) return false;
  for (const m of line.matchAll(MARK)) {
    if ((m[1] ?? '').split(',').some((s) => s.trim() === rule)) return true;
  }
  return false;
}

export function unknownIds(c: SuppressionComment): string[] {
  return c.ids.filter((id) => !isKnownRule(id));
}
