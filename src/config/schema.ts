/**
 * The JSON schema of the configuration file, built from the rule catalogue (each rule's options
 * schema is part of it). The same object validates a configuration when it loads (config/load.ts)
 * and is shipped as schema/vpclint.schema.json for editors (`npm run docs:update` writes it;
 * test/config/schema.test.ts checks the committed file is current).
 *
 * It uses no `anyOf`/`oneOf`, so a mistake gives one precise error, not one per alternative.
 */
import type { JsonSchema, Rule } from '../engine/define-rule.js';
import { REPO_URL, TOOL_VERSION } from '../engine/define-rule.js';
import { TARGET_PREFIXES } from '../model/builder/inventory.js';

export const SEVERITY_VALUES = ['error', 'warning', 'note', 'off'] as const;

/** The ID of the shipped schema (where it is published). */
export const SCHEMA_ID = `${REPO_URL}/blob/v${TOOL_VERSION}/schema/vpclint.schema.json`;

const severity = {
  description: 'error, warning or note: the severity of every finding of the rule; off: do not run it.',
  enum: [...SEVERITY_VALUES],
};

function ruleEntry(rule: Rule): JsonSchema {
  const options: JsonSchema = rule.options?.schema ?? {
    description: 'This rule has no options.',
    type: 'object',
    additionalProperties: false,
    properties: {},
  };
  return {
    description: `${rule.id} ${rule.name}: ${rule.summary} A severity, off, or { severity, options }.`,
    if: { type: 'string' },
    then: severity,
    else: {
      type: 'object',
      additionalProperties: false,
      properties: { severity, options },
    },
  };
}

const date = {
  description: 'The last day the suppression holds, YYYY-MM-DD (UTC); after it, the finding is reported again.',
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
};

const targetPattern = `^(local|(${TARGET_PREFIXES.map(([p]) => p.replace(/-$/, '')).filter((p) => p !== 'arn:').join('|')})-[0-9A-Za-z]+|arn:\\S+)$`;

const inventory = {
  description: 'VPCs and route tables that live outside the linted files (another team or account), so a peering with them can be checked.',
  type: 'object',
  additionalProperties: false,
  properties: {
    vpcs: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'cidrs'],
        properties: {
          id: { description: 'The VPC ID, vpc-...', type: 'string', pattern: '^vpc-[0-9A-Za-z]+$' },
          name: { description: 'A name for people (its Name tag).', type: 'string' },
          cidrs: {
            description: 'Every CIDR block of the VPC: the primary IPv4 block first, then secondary IPv4 and IPv6 blocks.',
            type: 'array',
            minItems: 1,
            items: { type: 'string' },
          },
          region: { description: 'The region, such as eu-west-1.', type: 'string', pattern: '^[a-z]{2}(-[a-z]+)+-\\d+$' },
          account: { description: 'The 12-digit account ID, quoted.', type: 'string', pattern: '^\\d{12}$' },
          dnsSupport: { description: 'Whether DNS resolution is on in the VPC.', type: 'boolean' },
          dnsHostnames: { description: 'Whether DNS hostnames are on in the VPC.', type: 'boolean' },
          routeTables: {
            description: 'Route tables of the VPC with their routes: the main one (main: true) and those of the subnets that use a peering.',
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id'],
              properties: {
                id: { description: 'The route table ID, rtb-...', type: 'string', pattern: '^rtb-[0-9A-Za-z]+$' },
                main: { description: 'This is the VPC\'s main route table.', type: 'boolean' },
                routes: {
                  type: 'array',
                  items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['destination', 'target'],
                    properties: {
                      destination: { description: 'A CIDR block, or a prefix list ID (pl-...).', type: 'string', minLength: 1 },
                      target: {
                        description: 'An ID: pcx- (peering), igw-, vgw-, nat-, tgw-, eni-, i-, vpce-, eigw-, cagw-, lgw-, a core network ARN, or local.',
                        type: 'string',
                        pattern: targetPattern,
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

const intents = {
  description: 'Flows the network must allow or deny, checked on every run (rule NET501 network-intent): a broken one is a finding at the hop that breaks it.',
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'from', 'to', 'expect'],
    properties: {
      name: { description: 'A name for the intent, unique in this file.', type: 'string', pattern: '\\S' },
      from: {
        description: 'Where the traffic starts: a subnet, security group or VPC (by address, logical ID, ID or Name tag), or an IP address or CIDR block inside one subnet.',
        type: 'string',
        pattern: '\\S',
      },
      to: { description: 'Where the traffic goes, named like from.', type: 'string', pattern: '\\S' },
      protocol: { description: 'tcp (the default), udp, icmp or all.', enum: ['tcp', 'udp', 'icmp', 'all'] },
      port: { description: 'The destination port (tcp, udp: required) or the ICMP type (icmp: optional).', type: 'integer', minimum: 0, maximum: 65535 },
      expect: { description: 'allow: the flow and its replies must get through; deny: they must not.', enum: ['allow', 'deny'] },
    },
  },
};

/** The configuration file's schema for a rule catalogue. */
export function configSchema(rules: readonly Rule[]): JsonSchema {
  // Each rule is defined once and named twice (by ID and by name).
  const definitions: Record<string, JsonSchema> = {};
  const ruleProperties: Record<string, JsonSchema> = {};
  for (const rule of rules) {
    definitions[rule.id] = ruleEntry(rule);
    ruleProperties[rule.id] = { $ref: `#/definitions/${rule.id}` };
    ruleProperties[rule.name] = { $ref: `#/definitions/${rule.id}` };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'vpclint configuration (.vpclint.yml, .vpclint.yaml or .vpclint.json)',
    definitions,
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { description: 'The schema of this file, for editors.', type: 'string' },
      rules: {
        description: 'Per rule, by ID (NET401) or name (open-ingress): a severity, off, or { severity, options }.',
        type: 'object',
        additionalProperties: false,
        properties: ruleProperties,
      },
      include: {
        description: 'Globs, relative to this file: only files found in directories that match one are linted. Files named on the command line are always linted.',
        type: 'array',
        items: { type: 'string', minLength: 1 },
      },
      exclude: {
        description: 'Globs, relative to this file: files found in directories that match one are not linted (a pattern without / matches at any depth).',
        type: 'array',
        items: { type: 'string', minLength: 1 },
      },
      ignore: {
        description: 'Findings accepted without a comment in the source (plan JSON has none): by rule and resource address.',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['rule', 'resource', 'reason'],
          properties: {
            rule: {
              description: 'A rule ID or name, or a list of them.',
              type: ['string', 'array'],
              minItems: 1,
              items: { type: 'string', minLength: 1 },
            },
            resource: { description: 'The resource address as findings name it; * matches any characters.', type: 'string', minLength: 1 },
            reason: { description: 'Why the finding is acceptable (required).', type: 'string', pattern: '\\S' },
            expires: date,
          },
        },
      },
      inventory,
      intents,
    },
  };
}

/** The shipped schema file's text (schema/vpclint.schema.json): two-space JSON with a final newline. */
export function renderConfigSchema(rules: readonly Rule[]): string {
  return `${JSON.stringify(configSchema(rules), null, 2)}\n`;
}
