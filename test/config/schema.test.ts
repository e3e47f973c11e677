/**
 * The configuration file's schema ships as schema/vpclint.schema.json (for editors) and is the one
 * config/load.ts validates with: the committed file must be the current catalogue's, and ajv must
 * compile it in strict mode (no unknown keywords, no mistakes in the schema itself).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { configSchema, renderConfigSchema } from '../../src/config/schema.js';
import { repoRoot } from '../helpers/repo.js';

describe('schema/vpclint.schema.json', () => {
  it('is up to date with the rule catalogue (npm run docs:update)', () => {
    expect(readFileSync(path.join(repoRoot, 'schema/vpclint.schema.json'), 'utf8')).toBe(renderConfigSchema(rules));
  });

  it('is shipped in the package', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('schema');
  });

  it('compiles in strict mode', () => {
    const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
    expect(ajv.compile(configSchema(rules))).toBeTypeOf('function');
  });

  it('names every rule by ID and by name, each with its options schema', () => {
    const schema = configSchema(rules) as { properties: { rules: { properties: Record<string, { $ref: string }> } }; definitions: Record<string, { else: { properties: { options: unknown } } }> };
    const props = schema.properties.rules.properties;
    for (const rule of rules) {
      expect([props[rule.id]?.$ref, props[rule.name]?.$ref]).toEqual([`#/definitions/${rule.id}`, `#/definitions/${rule.id}`]);
      if (rule.options !== undefined) expect(schema.definitions[rule.id]?.else.properties.options).toBe(rule.options.schema);
    }
  });

  it.each(rules.filter((r) => r.options !== undefined).map((r) => [r.id, r] as const))('%s: the defaults are valid options and match the schema defaults', (_, rule) => {
    const ajv = new Ajv({ strict: true, strictTypes: false });
    expect(ajv.validate(rule.options!.schema, rule.options!.defaults)).toBe(true);
    const props = (rule.options!.schema as { properties: Record<string, { default: unknown }> }).properties;
    expect(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, v.default]))).toEqual(rule.options!.defaults);
  });
});
