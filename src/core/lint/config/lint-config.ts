/**
 * `.tenant.yml`, section `lint`: rule severities (or off), profiles whose volatile paths to add, ignore
 * globs, extra durable prefixes, and the severity that fails the run. Unknown keys and unknown rule ids
 * are configuration errors that name the file, the key and what is allowed.
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { ConfigurationError } from '../../errors.js';
import { isKnownRule, RULES } from '../registry.js';
import type { LintConfig } from './defaults.js';

export { CONFIG_FILE, DEFAULT_CONFIG, type FailOn, type LintConfig } from './defaults.js';

const LEVELS = ['error', 'warning', 'info', 'off'] as const;

const LintSection = z.strictObject({
  rules: z.record(z.string(), z.enum(LEVELS)).optional(),
  profiles: z.array(z.string().min(1)).optional(),
  ignore: z.array(z.string().min(1)).optional(),
  durable: z.array(z.string().regex(/^\//, { error: 'must be an absolute path' })).optional(),
  'fail-on': z.enum(['error', 'warning', 'info', 'never']).optional(),
});

const TenantFile = z.looseObject({ lint: LintSection.nullable().optional() });

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[');
}

/** Parses the text of a `.tenant.yml`; `file` names it in errors. */
export function parseLintConfig(text: string, file: string): LintConfig {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = e?.linePos?.[0];
    throw new ConfigurationError(
      `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: malformed YAML — ${(e?.message ?? '').split('\n')[0]}`,
      file,
    );
  }
  const data: unknown = doc.toJS() ?? {};
  const parsed = TenantFile.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const at = fieldPath(i.path);
      if (i.code === 'unrecognized_keys')
        return `${file}: ${at ? at + ': ' : ''}unknown key ${i.keys.map((k) => `'${k}'`).join(', ')}; allowed under lint: rules, profiles, ignore, durable, fail-on`;
      if (i.code === 'invalid_value') return `${file}: ${at}: must be one of ${i.values.map(String).join(', ')}`;
      return `${file}: ${at || '(top level)'}: ${i.message}`;
    });
    throw new ConfigurationError(lines.join('\n'), file);
  }
  const section = parsed.data.lint ?? {};
  const rules = section.rules ?? {};
  const unknown = Object.keys(rules).filter((id) => !isKnownRule(id));
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `${file}: lint.rules: unknown rule ${unknown.map((u) => `'${u}'`).join(', ')}; known rules: ${RULES.map((r) => r.id).join(', ')}`,
      file,
    );
  }
  return {
    rules,
    profiles: section.profiles ?? [],
    ignore: section.ignore ?? [],
    durable: section.durable ?? [],
    failOn: section['fail-on'] ?? 'error',
  };
}
