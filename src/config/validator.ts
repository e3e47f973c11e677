/**
 * The validator of the configuration's JSON schema (config/schema.ts). ajv compiles a schema into
 * JavaScript, and for this schema (every rule's entry, the inventory, the intents) that took about
 * 85 ms of every run with a configuration file, more than the rest of a small run. So the build
 * compiles it once, with ajv's standalone code, into `dist/cli-config-validator.js`
 * (scripts/build-options.js), which the CLI loads instead (precompiled-validator.ts). ajv compiles
 * at run time only a schema the build did not see: in the sources (tests run them unbundled) and
 * for any other rule catalogue. Both are made with the same options, so they report the same
 * errors (test/config/precompiled-validator.test.ts).
 */
import type { ErrorObject } from 'ajv';
import { cjsExports } from '../cjs-exports.js';
import type { JsonSchema } from '../engine/define-rule.js';
import { precompiled } from './precompiled-validator.js';

/** ajv's options for the configuration schema, at run time and in the build. */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, strictTypes: false, logger: false } as const;

/** A compiled schema: true when the value is valid, else false with the errors. */
export interface SchemaValidator {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** A compiled validator and the schema it was compiled from (`JSON.stringify` of it). */
export interface PrecompiledValidator {
  readonly schemaText: string;
  readonly validate: SchemaValidator;
}

/** The validator of `schema`: the build's when it was compiled from this very schema, else ajv's. */
export async function schemaValidator(schema: JsonSchema): Promise<SchemaValidator> {
  const built = await precompiled();
  if (built !== undefined && built.schemaText === JSON.stringify(schema)) return built.validate;
  const { Ajv } = cjsExports(await import('ajv'), 'Ajv', 'the ajv package');
  return new Ajv(AJV_OPTIONS).compile(schema);
}
