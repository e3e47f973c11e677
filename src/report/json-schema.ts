/**
 * The JSON Schema (draft-07) of the `--format json` document, version 1 (src/report/json.ts): what
 * scripts and other tools may rely on. It ships as schema/vpclint-output.schema.json, written by
 * `npm run docs:update` like the configuration file's schema; test/report/json-schema.test.ts
 * fails when the committed file differs, when an output of the fixtures or examples does not
 * validate, and when the reporter writes a field this schema does not describe. Every object is
 * closed (`additionalProperties: false`): a new field is added here first, which is backward
 * compatible for readers; removing or renaming one is a new `version`.
 */
import { repoFileUrl, type JsonSchema } from '../engine/define-rule.js';

export const OUTPUT_SCHEMA_ID = repoFileUrl('schema/vpclint-output.schema.json');

const text = (description: string): JsonSchema => ({ description, type: 'string' });

const location: JsonSchema = {
  description: 'Where in which file: the path relative to the working directory with / separators, the line, and the column when known.',
  type: 'object',
  additionalProperties: false,
  required: ['file', 'line'],
  properties: {
    file: text('Path relative to the working directory, / separators.'),
    line: { description: '1-based line.', type: 'integer', minimum: 1 },
    column: { description: '1-based column, when known.', type: 'integer', minimum: 1 },
  },
};

const ruleId: JsonSchema = { description: 'Rule ID: NET and three digits.', type: 'string', pattern: '^NET\\d{3}$' };
const ruleName: JsonSchema = { description: 'Rule name (kebab-case).', type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' };

const fixEdit: JsonSchema = {
  description: 'One change: text inserted before a line, or put in place of a range of lines (1-based, inclusive).',
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  // text and exactly one of insert, replace.
  minProperties: 2,
  maxProperties: 2,
  properties: {
    text: text('Whole lines, each ending in a newline; empty to delete the lines replaced.'),
    insert: {
      type: 'object',
      additionalProperties: false,
      required: ['line'],
      properties: { line: { description: 'The text goes before this line.', type: 'integer', minimum: 1 } },
    },
    replace: {
      type: 'object',
      additionalProperties: false,
      required: ['startLine', 'endLine'],
      properties: {
        startLine: { type: 'integer', minimum: 1 },
        endLine: { type: 'integer', minimum: 1 },
      },
    },
  },
};

const fix: JsonSchema = {
  description: "The change that resolves the finding, when it is mechanical, in the input's own language (Terraform for a plan).",
  type: 'object',
  additionalProperties: false,
  required: ['description', 'language', 'file', 'text', 'edits'],
  properties: {
    description: text('What the change does and why this one.'),
    language: { description: 'hcl (Terraform), yaml or json (CloudFormation).', enum: ['hcl', 'yaml', 'json'] },
    file: text("The file the change belongs to (for a plan, the plan, or the resource's .tf file when the plan's sources were found), relative to the working directory."),
    text: text('The text to paste; empty when the change only removes lines.'),
    edits: { description: 'Where the text goes in file; empty when the file has no lines to edit (a plan).', type: 'array', items: fixEdit },
  },
};

const findingProperties: Record<string, JsonSchema> = {
  id: ruleId,
  rule: ruleName,
  severity: { description: 'The resolved severity.', enum: ['error', 'warning', 'note'] },
  message: text('What is wrong and how to fix it, verbatim (may hold line breaks).'),
  resource: text('The subject: a Terraform address (with module path and index) or a CloudFormation logical ID, with an attribute path when the finding is about one.'),
  related: { description: 'The other resources the finding is about.', type: 'array', items: { type: 'string' } },
  location: { $ref: '#/definitions/location' },
  // For a plan finding whose .tf sources were found (location is then the .tf block or
  // attribute): where the plan lists the resource.
  planLocation: { $ref: '#/definitions/location' },
  moduleCalls: {
    description:
      'For a plan finding about a resource inside a module whose sources were found: the module calls that instantiate it, from the root down. ' +
      'The call of a module terraform init installed (registry, git…) has moduleSource, where the resource is written in its files under .terraform/; the finding\'s location is then that call\'s.',
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['module', 'location'],
      properties: {
        module: text('The module instance\'s address: module.spoke["a"].'),
        location: { $ref: '#/definitions/location' },
        // For the call of an installed (registry, git…) module: where the resource is written in
        // its files under .terraform/ (the finding's location is then this call's).
        moduleSource: { $ref: '#/definitions/location' },
      },
    },
  },
  fingerprint: text('Stable across line moves and rewording: a hash of the rule, the subject and the key facts.'),
  docsUrl: {
    description: "The rule's documentation: its section of docs/rules.md at this version's tag.",
    type: 'string',
    pattern: '^https://',
  },
  fix,
};
const findingRequired = ['id', 'rule', 'severity', 'message', 'resource', 'related', 'location', 'fingerprint', 'docsUrl'];

const suppression: JsonSchema = {
  description: 'What hides the finding.',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'via', 'reason'],
  properties: {
    kind: { description: 'inSource: a comment or Metadata in the linted file; external: the configuration or the baseline.', enum: ['inSource', 'external'] },
    via: { enum: ['comment', 'metadata', 'config', 'baseline'] },
    reason: text('The reason the suppression gives.'),
    expires: text('The expiry date (YYYY-MM-DD) when the suppression has one.'),
    location: { $ref: '#/definitions/location' },
  },
};

const unknownValue: JsonSchema = {
  description: 'The one unknown attribute value that blocks the check.',
  type: 'object',
  additionalProperties: false,
  required: ['resource', 'attribute', 'reason', 'location'],
  properties: {
    resource: text('The resource the value belongs to.'),
    attribute: text('The attribute path (destination_cidr_block, route[0].cidr_block).'),
    reason: text("Why the value itself is unknown (known after apply, variable peer_cidr has no value)."),
    location: { $ref: '#/definitions/location' },
  },
};

const baselineEntry: JsonSchema = {
  description: 'A baseline entry no longer found.',
  type: 'object',
  additionalProperties: false,
  required: ['fingerprint', 'id', 'rule', 'resource', 'message'],
  properties: {
    fingerprint: { type: 'string' },
    id: ruleId,
    rule: ruleName,
    resource: { type: 'string' },
    file: { type: 'string' },
    message: { type: 'string' },
  },
};

/** The schema as an object (what ajv compiles). */
export const jsonOutputSchema: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: OUTPUT_SCHEMA_ID,
  title: 'vpclint --format json output, version 1',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'tool', 'findings', 'unresolved', 'unknowns', 'errors'],
  properties: {
    version: { description: 'The version of this document format.', const: 1 },
    tool: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'version'],
      properties: { name: { const: 'vpclint' }, version: text('The vpclint version that wrote the document.') },
    },
    findings: {
      description: 'Findings, sorted by file, line, rule and resource.',
      type: 'array',
      items: { $ref: '#/definitions/finding' },
    },
    suppressed: {
      description: 'Findings a suppression or the baseline hides; present whenever suppressions were applied.',
      type: 'array',
      items: { $ref: '#/definitions/suppressedFinding' },
    },
    unresolved: {
      description: 'Checks that could not be decided because a value is unknown until apply, one entry per check.',
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'resource', 'reason', 'id', 'location'],
        properties: {
          rule: ruleName,
          resource: text('The subject of the check.'),
          reason: text('Why the check could not be decided.'),
          id: ruleId,
          location: { $ref: '#/definitions/location' },
          value: unknownValue,
        },
      },
    },
    unknowns: {
      description: 'The checks of unresolved grouped by the unknown value that blocks them; a check not blocked by one value is an entry of its own, without attribute.',
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['resource', 'reason', 'location', 'checks'],
        properties: {
          resource: { type: 'string' },
          attribute: text('The unknown attribute, when one value blocks the checks.'),
          reason: text("The value's own reason; for a check on its own, the check's reason."),
          location: { $ref: '#/definitions/location' },
          checks: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'rule', 'resource'],
              properties: { id: ruleId, rule: ruleName, resource: { type: 'string' } },
            },
          },
        },
      },
    },
    errors: {
      description: 'Problems with the input or the tool (never findings); file, line and column when known.',
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['message'],
        properties: {
          file: { type: 'string' },
          line: { type: 'integer', minimum: 0 },
          column: { type: 'integer', minimum: 0 },
          message: { type: 'string' },
        },
      },
    },
    baseline: {
      description: 'Present when the run was compared with a baseline (--baseline).',
      type: 'object',
      additionalProperties: false,
      required: ['file', 'fixed'],
      properties: {
        file: text('The baseline file.'),
        fixed: { type: 'array', items: baselineEntry },
      },
    },
  },
  definitions: {
    location,
    finding: {
      type: 'object',
      additionalProperties: false,
      required: findingRequired,
      properties: findingProperties,
    },
    suppressedFinding: {
      description: 'A finding as in findings, with what suppresses it.',
      type: 'object',
      additionalProperties: false,
      required: [...findingRequired, 'suppression'],
      properties: { ...findingProperties, suppression },
    },
  },
};

/** The shipped schema file's text (schema/vpclint-output.schema.json): two-space JSON with a final newline. */
export function renderJsonOutputSchema(): string {
  return `${JSON.stringify(jsonOutputSchema, null, 2)}\n`;
}
