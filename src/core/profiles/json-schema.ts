import { z } from 'zod';
import { ProfileSchema } from './schema.js';

/**
 * The JSON Schema editors use for `profiles/*.yml` (via the `# yaml-language-server: $schema=./schema.json`
 * line), generated from the zod schema. Draft-07 because every YAML editor plugin understands it.
 */
export function profileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ProfileSchema, { target: 'draft-7', io: 'input', unrepresentable: 'throw' }) as Record<
    string,
    unknown
  >;
}

/** The exact text of `profiles/schema.json`. */
export function profileJsonSchemaText(): string {
  return JSON.stringify(profileJsonSchema(), null, 2) + '\n';
}
