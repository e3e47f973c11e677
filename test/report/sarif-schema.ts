/**
 * The OASIS SARIF 2.1.0 schema (../shared/schemas/sarif-schema-2.1.0.json) as an ajv validator.
 * The schema is draft-04, which ajv 8 does not read (and ajv-draft-04 is not a dependency). Its only
 * draft-04 feature is the root `id`; it uses no boolean exclusiveMinimum/Maximum, the other
 * difference that matters. So it is read as draft-07 with `id` renamed `$id`; sarif.test.ts checks
 * both facts so this stays true. Formats are checked too: ajv-formats is not a dependency either,
 * so `uri`, `uri-reference` and `date-time` are defined here after RFC 3986 and RFC 3339.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { repoRoot } from '../helpers/repo.js';

export const SARIF_SCHEMA_FILE = path.resolve(repoRoot, '../shared/schemas/sarif-schema-2.1.0.json');

/** The schema as published (draft-04). */
export function loadSarifSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(SARIF_SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
}

// RFC 3986: unreserved, sub-delims, ':' '@' '/' '?' and percent-encoded octets.
const URI_CHARS = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*";
const URI_REFERENCE = new RegExp(`^(?:[A-Za-z][A-Za-z0-9+.-]*:)?${URI_CHARS}(?:#${URI_CHARS})?$`);
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

export function isUriReference(s: string): boolean {
  return URI_REFERENCE.test(s);
}

export function isUri(s: string): boolean {
  return URI_REFERENCE.test(s) && SCHEME.test(s) && URL.canParse(s);
}

let validator: ValidateFunction | undefined;

/** Validates a SARIF log against the schema. */
export function sarifValidator(): ValidateFunction {
  if (validator !== undefined) return validator;
  const schema = loadSarifSchema();
  const { id, $schema: _draft04, ...rest } = schema;
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    // The schema lists required properties in anyOf branches that define them one level up.
    strictRequired: false,
    formats: {
      uri: isUri,
      'uri-reference': isUriReference,
      'date-time': (s: string) => DATE_TIME.test(s) && !Number.isNaN(Date.parse(s)),
    },
  });
  validator = ajv.compile({ $schema: 'http://json-schema.org/draft-07/schema#', $id: String(id), ...rest });
  return validator;
}
