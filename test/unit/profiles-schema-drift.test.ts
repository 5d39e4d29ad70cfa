import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/core/package-root.js';
import { profileJsonSchema, profileJsonSchemaText } from '../../src/core/profiles/json-schema.js';

describe('profiles/schema.json', () => {
  it('matches the zod schema (run `npm run profiles:schema` after changing src/core/profiles/schema.ts)', () => {
    const committed = readFileSync(packagePath('profiles', 'schema.json'), 'utf8');
    expect(committed).toBe(profileJsonSchemaText());
  });

  it('is strict and requires provenance on facts', () => {
    const schema = profileJsonSchema() as { definitions: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
    const root = schema.definitions.TenantProfile;
    expect(root.additionalProperties).toBe(false);
    const mount = schema.definitions.ProfileMount;
    expect(mount.additionalProperties).toBe(false);
    expect(mount.required).toEqual(expect.arrayContaining(['path', 'source', 'verified', 'survivesStop']));
    expect(mount.properties.survivesStop.required).toEqual(['value', 'source', 'verified']);
    expect(schema.definitions.ProfileFactSource.pattern).toBe('§');
  });
});
