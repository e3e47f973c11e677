/**
 * Generates the bundled examples: `examples/hub-and-spokes/` and `examples/clean-peering/`, each
 * as Terraform sources (.tf) and as the `terraform show -json` plan of those sources. Both come
 * from one description below, so names, values and references agree by construction: every
 * attribute in a .tf file is an expression of the plan's `configuration`, constants are copied into
 * every instance's values, and an instance may not carry a configured attribute the .tf lacks.
 * Run `node scripts/gen-example.js` after changing it (test/examples checks the files are current);
 * the planted mistakes are listed in examples/README.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ModuleConfig,
  PlanWriter,
  UNKNOWN,
  constant,
  fakeId,
  hclLiteral,
  ref,
} from './lib/plan-writer.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const REGION = 'eu-west-1';
const ACCOUNT = '111122223333';
const GENERATED = '# Generated with plan.json by scripts/gen-example.js: edit the script, not this file.\n\n';

/**
 * @typedef {import('./lib/plan-writer.js').Expr} Expr
 * @typedef {{ t: 'attr', name: string, expr: Expr, comment?: string }
 *   | { t: 'block', name: string, fields: Array<[string, Expr]>, comment?: string }} Entry
 */

/** An attribute line. @param {string} name @param {Expr} expr @param {string} [comment] @returns {Entry} */
const a = (name, expr, comment) => ({ t: 'attr', name, expr, comment });
/** A nested block. @param {string} name @param {Array<[string, Expr]>} fields @param {string} [comment] @returns {Entry} */
const b = (name, fields, comment) => ({ t: 'block', name, fields, comment });
const c = constant;

/** @param {string} text @param {string} indent */
function comment(text, indent) {
  return text
    .split('\n')
    .map((l) => `${indent}# ${l}`.trimEnd())
    .join('\n');
}

/** The HCL text of an expression at an indentation. @param {Expr} e @param {string} indent */
function exprText(e, indent) {
  if (e.references === undefined && e.hcl === hclLiteral(e.constant)) return hclLiteral(e.constant, indent);
  return e.hcl.replace(/\n/g, `\n${indent}`);
}

/**
 * Lines of attributes and blocks in `terraform fmt` layout: `=` aligned across consecutive
 * one-line attributes; multi-line values and blocks set apart by blank lines.
 * @param {Entry[]} entries @param {string} indent
 */
function renderBody(entries, indent) {
  /** @type {string[]} */
  const out = [];
  /** @type {Array<[string, string]>} */
  let run = [];
  const flush = () => {
    const width = Math.max(...run.map(([n]) => n.length));
    for (const [n, v] of run) out.push(n.startsWith('#') ? v : `${indent}${n.padEnd(width)} = ${v}`);
    run = [];
  };
  for (const e of entries) {
    if (e.t === 'attr') {
      const value = exprText(e.expr, indent);
      if (value.includes('\n')) {
        if (run.length > 0) flush();
        if (out.length > 0 && out.at(-1) !== '') out.push('');
        if (e.comment) out.push(comment(e.comment, indent));
        out.push(`${indent}${e.name} = ${value}`);
        out.push('');
        continue;
      }
      if (e.comment) {
        if (run.length > 0) flush();
        out.push(comment(e.comment, indent));
      }
      run.push([e.name, value]);
      continue;
    }
    if (run.length > 0) flush();
    if (out.length > 0 && out.at(-1) !== '') out.push('');
    if (e.comment) out.push(comment(e.comment, indent));
    out.push(`${indent}${e.name} {`);
    out.push(...renderBody(e.fields.map(([n, x]) => a(n, x)), indent + '  '));
    out.push(`${indent}}`);
    out.push('');
  }
  if (run.length > 0) flush();
  while (out.at(-1) === '') out.pop();
  return out;
}

/** The value every instance takes from the constant parts of a body. @param {Entry[]} body */
function constantValues(body) {
  /** @type {Record<string, unknown>} */
  const values = {};
  /** @type {Map<string, Array<Record<string, unknown>> | null>} */
  const nested = new Map();
  for (const e of body) {
    if (e.t === 'attr') {
      if (e.expr.references === undefined) values[e.name] = e.expr.constant;
      continue;
    }
    const list = nested.has(e.name) ? nested.get(e.name) : [];
    if (list === null || list === undefined || e.fields.some(([, x]) => x.references !== undefined)) {
      nested.set(e.name, null);
      continue;
    }
    list.push(Object.fromEntries(e.fields.map(([n, x]) => [n, x.constant])));
    nested.set(e.name, list);
  }
  for (const [name, list] of nested) if (list !== null && list !== undefined) values[name] = list;
  return values;
}

/** One resource block: its configuration and how its instances are addressed and valued. */
class Res {
  /**
   * @param {Source} src @param {string} type @param {string} name @param {Entry[]} body
   */
  constructor(src, type, name, body) {
    this.src = src;
    this.type = type;
    this.name = name;
    this.body = body;
    this.constants = constantValues(body);
    this.configured = new Set(body.map((e) => e.name));
  }

  /**
   * Adds an instance to the plan.
   * @param {string} moduleAddress `''` or `module.spoke["app"]`
   * @param {string | number | undefined} key
   * @param {Record<string, unknown>} values the non-constant configured values (UNKNOWN where unknown)
   * @param {{ action?: 'create' | 'no-op' | 'update', known?: Record<string, unknown>, before?: Record<string, unknown> }} [opts]
   *   `known`: attributes of an existing object the configuration does not set (its id, computed values)
   */
  inst(moduleAddress, key, values, opts = {}) {
    for (const k of Object.keys(values)) {
      if (!this.configured.has(k)) throw new Error(`${this.type}.${this.name}: ${k} is not in the .tf`);
      if (Object.hasOwn(this.constants, k)) throw new Error(`${this.type}.${this.name}: ${k} is a constant`);
    }
    const all = { ...this.constants, ...values };
    for (const k of this.configured) {
      if (!Object.hasOwn(all, k)) throw new Error(`${this.type}.${this.name}: no value for ${k}`);
    }
    const keyText = key === undefined ? '' : typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
    const address = `${moduleAddress === '' ? '' : `${moduleAddress}.`}${this.type}.${this.name}${keyText}`;
    const action = opts.action ?? 'create';
    if (action === 'update') {
      this.src.writer.instance(address, { action, before: { ...opts.before, ...opts.known }, values: all });
    } else {
      this.src.writer.instance(address, { action, values: { ...all, ...opts.known } });
    }
    return address;
  }
}

/** One Terraform module directory: its .tf files and its configuration in the plan. */
class Source {
  /** @param {PlanWriter} writer @param {ModuleConfig} cfg */
  constructor(writer, cfg) {
    this.writer = writer;
    this.cfg = cfg;
    /** @type {Map<string, string[]>} */
    this.files = new Map();
    /** @type {Map<string, Res>} resource blocks by module-relative address */
    this.declared = new Map();
  }

  /** @param {string} file @param {string} text */
  add(file, text) {
    const parts = this.files.get(file) ?? [];
    parts.push(text);
    this.files.set(file, parts);
  }

  /**
   * @param {string} file @param {string} type @param {string} name
   * @param {{ comment?: string, forEach?: Expr, count?: Expr, body: Entry[] }} spec
   */
  resource(file, type, name, spec) {
    /** @type {Record<string, import('./lib/plan-writer.js').Expr | import('./lib/plan-writer.js').Blocks>} */
    const expressions = {};
    for (const e of spec.body) {
      if (e.t === 'attr') expressions[e.name] = e.expr;
      else {
        const prev = expressions[e.name];
        const item = Object.fromEntries(e.fields);
        if (prev !== undefined && prev.kind === 'blocks') prev.items.push(item);
        else expressions[e.name] = { kind: 'blocks', items: [item] };
      }
    }
    /** @type {{ expressions: typeof expressions, forEach?: Expr, count?: Expr }} */
    const opts = { expressions };
    if (spec.forEach) opts.forEach = spec.forEach;
    if (spec.count) opts.count = spec.count;
    this.cfg.resource(type, name, opts);
    const meta = [];
    if (spec.forEach) meta.push(a('for_each', spec.forEach));
    if (spec.count) meta.push(a('count', spec.count));
    const lines = [];
    if (spec.comment) lines.push(comment(spec.comment, ''));
    lines.push(`resource "${type}" "${name}" {`);
    if (meta.length > 0) lines.push(...renderBody(meta, '  '), '');
    lines.push(...renderBody(spec.body, '  '), '}');
    this.add(file, lines.join('\n'));
    const res = new Res(this, type, name, spec.body);
    this.declared.set(`${type}.${name}`, res);
    return res;
  }

  /**
   * @param {string} file @param {string} name
   * @param {{ comment?: string, source: string, forEach?: Expr, inputs: Entry[], module: Source }} spec
   */
  module(file, name, spec) {
    /** @type {Record<string, Expr>} */
    const expressions = {};
    for (const e of spec.inputs) if (e.t === 'attr') expressions[e.name] = e.expr;
    /** @type {import('./lib/plan-writer.js').ModuleCallConfig} */
    const call = { source: spec.source, expressions, module: spec.module.cfg };
    if (spec.forEach) call.forEach = spec.forEach;
    this.cfg.moduleCall(name, call);
    const lines = [];
    if (spec.comment) lines.push(comment(spec.comment, ''));
    lines.push(`module "${name}" {`);
    const meta = [a('source', c(spec.source))];
    if (spec.forEach) meta.push(a('for_each', spec.forEach));
    lines.push(...renderBody(meta, '  '), '', ...renderBody(spec.inputs, '  '), '}');
    this.add(file, lines.join('\n'));
  }

  /**
   * A variable; `defaultHcl` replaces the rendered default (to keep comments in it).
   * @param {string} file @param {string} name
   * @param {{ description: string, type: string, default?: unknown, defaultHcl?: string }} spec
   */
  variable(file, name, spec) {
    /** @type {import('./lib/plan-writer.js').VariableConfig} */
    const decl = { description: spec.description };
    if (spec.default !== undefined) decl.default = spec.default;
    this.cfg.variable(name, decl);
    /** @type {Array<[string, string]>} */
    const attrs = [
      ['description', hclLiteral(spec.description)],
      ['type', spec.type],
    ];
    if (spec.default !== undefined) attrs.push(['default', spec.defaultHcl ?? hclLiteral(spec.default, '  ')]);
    const lines = [`variable "${name}" {`];
    // `terraform fmt` aligns the `=` of consecutive one-line attributes only.
    const width = Math.max(...attrs.filter(([, v]) => !v.includes('\n')).map(([n]) => n.length));
    let aligned = true;
    for (const [n, v] of attrs) {
      if (v.includes('\n')) aligned = false;
      lines.push(`  ${aligned ? n.padEnd(width) : n} = ${v}`);
    }
    lines.push('}');
    this.add(file, lines.join('\n'));
  }

  /**
   * An output; root outputs also get their planned value.
   * @param {string} file @param {string} name @param {{ description: string, value: Expr, planned?: unknown }} spec
   */
  output(file, name, spec) {
    if (spec.planned !== undefined) {
      this.writer.output(name, { expression: spec.value, description: spec.description, value: spec.planned });
    } else {
      this.cfg.output(name, { expression: spec.value, description: spec.description });
    }
    const lines = [`output "${name}" {`, ...renderBody([a('description', c(spec.description)), a('value', spec.value)], '  '), '}'];
    this.add(file, lines.join('\n'));
  }

  /**
   * The .tf files of this module, by path under `dir`.
   * @param {string} dir
   * @returns {Array<[string, string]>}
   */
  render(dir) {
    return [...this.files].map(([file, parts]) => [join(dir, file), GENERATED + parts.join('\n\n') + '\n']);
  }
}

const TERRAFORM_BLOCK = `terraform {
  required_version = ">= 1.5"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = var.region
}`;

// ---------------------------------------------------------------------------------------------
// hub-and-spokes: a hub VPC in the root module, three spokes built by modules/spoke with for_each.
// First apply: everything is created, so IDs are unknown and links go through references.

/** cidrsubnet(prefix, newbits, netnum) for IPv4. @param {string} cidr @param {number} newbits @param {number} netnum */
function cidrsubnet(cidr, newbits, netnum) {
  const [ip, len] = cidr.split('/');
  const base = /** @type {string} */ (ip).split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
  const prefix = Number(len) + newbits;
  const n = base + netnum * 2 ** (32 - prefix);
  return `${[24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.')}/${prefix}`;
}

const AZS = /** @type {const} */ (['eu-west-1a', 'eu-west-1b', 'eu-west-1c']);
const HUB_CIDR = '10.0.0.0/16';
/** The hub's private subnet: the shared services the spokes reach, and the range they route. */
const HUB_PRIVATE = '10.0.16.0/20';

/** @type {Record<string, { cidr_block: string, secondary_cidr_blocks: string[], routes_via_hub: string[] }>} */
const SPOKES = {
  app: { cidr_block: '10.1.0.0/16', secondary_cidr_blocks: [], routes_via_hub: ['0.0.0.0/0'] },
  data: { cidr_block: '10.2.0.0/16', secondary_cidr_blocks: [], routes_via_hub: [] },
  'shared-services': {
    cidr_block: '10.3.0.0/16',
    secondary_cidr_blocks: ['100.64.0.0/16'],
    routes_via_hub: ['10.2.0.0/16'],
  },
};

/** Comments placed in the `spokes` default next to the planted mistakes. */
const SPOKE_COMMENTS = {
  'app.routes_via_hub':
    'MISTAKE (NET203 edge-to-edge-route): the app spoke has no NAT gateway of its own, so someone\n' +
    'sent its default route through the hub peering to use the hub\'s NAT. AWS does not forward\n' +
    'peering traffic to a peer\'s NAT or internet gateway: this traffic is dropped.',
  'data.cidr_block':
    'MISTAKE (NET201 missing-reverse-route): "data" was added here later, but nobody added the\n' +
    'hub\'s return route (see aws_route.hub_to_* in main.tf): replies from the hub never come back.',
  'shared-services.secondary_cidr_blocks':
    'MISTAKE (NET101 peering-cidr-overlap): reserved for EKS pods, but the hub already uses\n' +
    '100.64.0.0/16 for its pods (aws_vpc_ipv4_cidr_block_association.hub_pods). Any overlap of any\n' +
    'block makes AWS fail the peering, even for a block no route uses.',
  'shared-services.routes_via_hub':
    'MISTAKE (NET202 transitive-peering-route): CI runners here need the data spoke\'s databases,\n' +
    'so the data CIDR was routed through the hub peering. Peering is not transitive: the hub will\n' +
    'not forward it to the data spoke.',
};

/** The `spokes` default as HCL, with the comments above. */
function spokesDefaultHcl() {
  const lines = ['{'];
  for (const [name, s] of Object.entries(SPOKES)) {
    lines.push(`    ${/^[A-Za-z_]\w*$/.test(name) ? name : JSON.stringify(name)} = {`);
    const fieldsOf = /** @type {Array<[string, unknown]>} */ (Object.entries(s));
    const width = Math.max(...fieldsOf.map(([k]) => k.length));
    for (const [k, v] of fieldsOf) {
      const note = /** @type {Record<string, string>} */ (SPOKE_COMMENTS)[`${name}.${k}`];
      if (note) lines.push(comment(note, '      '));
      lines.push(`      ${k.padEnd(width)} = ${hclLiteral(v, '      ')}`);
    }
    lines.push('    }');
  }
  lines.push('  }');
  return lines.join('\n');
}

/** @returns {{ writer: PlanWriter, root: Source, spoke: Source }} */
function hubAndSpokes() {
  const writer = new PlanWriter({
    region: REGION,
    accountId: ACCOUNT,
    providerVersionConstraint: '~> 5.0',
    providerExpressions: { region: ref('var.region') },
    timestamp: '2025-01-15T09:30:00Z',
  });
  const root = new Source(writer, writer.root);
  const spoke = new Source(writer, new ModuleConfig());

  // ---- root variables (their values are the defaults: no tfvars) ----
  const variables = {
    region: { description: 'AWS region for every VPC.', type: 'string', default: REGION },
    hub_cidr_block: { description: 'IPv4 block of the hub VPC.', type: 'string', default: HUB_CIDR },
    availability_zones: {
      description: 'Availability zones the spokes spread their subnets over.',
      type: 'list(string)',
      default: AZS,
    },
    spokes: {
      description: 'Spoke VPCs peered with the hub, by name.',
      type: `map(object({
    cidr_block            = string
    secondary_cidr_blocks = optional(list(string), [])
    routes_via_hub        = optional(list(string), [])
  }))`,
      default: SPOKES,
      defaultHcl: spokesDefaultHcl(),
    },
  };
  for (const [name, v] of Object.entries(variables)) {
    root.variable('variables.tf', name, v);
    writer.variableValues.set(name, v.default);
  }

  root.add(
    'main.tf',
    `${TERRAFORM_BLOCK}

# A hub VPC with internet access (internet gateway, NAT gateway, a bastion) and shared services in
# its private subnet, peered with three spoke VPCs built by modules/spoke. Each spoke routes the
# hub's private range over its peering; the hub's private route table routes each spoke back.
# Seven mistakes are planted, each marked MISTAKE below, in variables.tf or in modules/spoke;
# examples/README.md lists what vpclint reports for them.`,
  );

  // ---- hub VPC ----
  const hubVpc = root.resource('main.tf', 'aws_vpc', 'hub', {
    body: [
      a('cidr_block', ref('var.hub_cidr_block')),
      a('enable_dns_support', c(true)),
      a('enable_dns_hostnames', c(true)),
      a('tags', c({ Name: 'hub' })),
    ],
  });
  hubVpc.inst('', undefined, { cidr_block: HUB_CIDR });

  const hubPods = root.resource('main.tf', 'aws_vpc_ipv4_cidr_block_association', 'hub_pods', {
    comment: 'Secondary block reserved for EKS pod networking (carrier-grade NAT space, used only inside the hub).',
    body: [a('vpc_id', ref('aws_vpc.hub.id')), a('cidr_block', c('100.64.0.0/16'))],
  });
  hubPods.inst('', undefined, { vpc_id: UNKNOWN });

  /** @type {Array<[string, string, string, string, boolean]>} name, cidr, az expr, az, public */
  const hubSubnets = [
    ['hub_public', '10.0.0.0/24', 'var.availability_zones[0]', AZS[0], true],
    ['hub_private', HUB_PRIVATE, 'var.availability_zones[0]', AZS[0], false],
  ];
  for (const [name, cidr, azExpr, az, isPublic] of hubSubnets) {
    const body = [
      a('vpc_id', ref('aws_vpc.hub.id')),
      a('cidr_block', c(cidr)),
      a('availability_zone', ref(azExpr)),
    ];
    if (isPublic) body.push(a('map_public_ip_on_launch', c(true)));
    body.push(a('tags', c({ Name: name.replace('_', '-') })));
    root.resource('main.tf', 'aws_subnet', name, { body }).inst('', undefined, { vpc_id: UNKNOWN, availability_zone: az });
  }
  root
    .resource('main.tf', 'aws_internet_gateway', 'hub', {
      body: [a('vpc_id', ref('aws_vpc.hub.id')), a('tags', c({ Name: 'hub' }))],
    })
    .inst('', undefined, { vpc_id: UNKNOWN });
  root
    .resource('main.tf', 'aws_eip', 'nat', { body: [a('domain', c('vpc')), a('tags', c({ Name: 'hub-nat' }))] })
    .inst('', undefined, {});
  root
    .resource('main.tf', 'aws_nat_gateway', 'hub', {
      body: [
        a('allocation_id', ref('aws_eip.nat.id')),
        a('subnet_id', ref('aws_subnet.hub_public.id')),
        a('tags', c({ Name: 'hub' })),
      ],
    })
    .inst('', undefined, { allocation_id: UNKNOWN, subnet_id: UNKNOWN });

  // ---- hub routing ----
  root
    .resource('main.tf', 'aws_route_table', 'hub_public', {
      comment: 'Public subnets: internet through the internet gateway (an inline route; no aws_route targets this table).',
      body: [
        a('vpc_id', ref('aws_vpc.hub.id')),
        b('route', [
          ['cidr_block', c('0.0.0.0/0')],
          ['gateway_id', ref('aws_internet_gateway.hub.id')],
        ]),
        a('tags', c({ Name: 'hub-public' })),
      ],
    })
    .inst('', undefined, { vpc_id: UNKNOWN, route: [{ cidr_block: '0.0.0.0/0', gateway_id: UNKNOWN }] });
  root
    .resource('main.tf', 'aws_route_table', 'hub_private', {
      comment: 'Private subnet (shared services): internet through the NAT gateway, and the return routes to the spokes.',
      body: [a('vpc_id', ref('aws_vpc.hub.id')), a('tags', c({ Name: 'hub-private' }))],
    })
    .inst('', undefined, { vpc_id: UNKNOWN });
  root
    .resource('main.tf', 'aws_route', 'hub_private_default', {
      body: [
        a('route_table_id', ref('aws_route_table.hub_private.id')),
        a('destination_cidr_block', c('0.0.0.0/0')),
        a('nat_gateway_id', ref('aws_nat_gateway.hub.id')),
      ],
    })
    .inst('', undefined, { route_table_id: UNKNOWN, nat_gateway_id: UNKNOWN });
  for (const name of ['hub_public', 'hub_private']) {
    root
      .resource('main.tf', 'aws_route_table_association', name, {
        body: [a('subnet_id', ref(`aws_subnet.${name}.id`)), a('route_table_id', ref(`aws_route_table.${name}.id`))],
      })
      .inst('', undefined, { subnet_id: UNKNOWN, route_table_id: UNKNOWN });
  }

  // ---- the spokes ----
  buildSpokeModule(spoke);
  root.module('main.tf', 'spoke', {
    comment: 'One spoke VPC per entry of var.spokes, each peered with the hub.',
    source: './modules/spoke',
    forEach: ref('var.spokes'),
    inputs: [
      a('name', ref('each.key')),
      a('cidr_block', ref('each.value.cidr_block')),
      a('secondary_cidr_blocks', ref('each.value.secondary_cidr_blocks')),
      a('routes_via_hub', ref('each.value.routes_via_hub')),
      a('availability_zones', ref('var.availability_zones')),
      a('hub_vpc_id', ref('aws_vpc.hub.id')),
      a('hub_private_cidr_block', ref('aws_subnet.hub_private.cidr_block')),
    ],
    module: spoke,
  });
  for (const [name, s] of Object.entries(SPOKES)) spokeInstances(spoke, name, s);

  // ---- return routes: one per spoke, in the table of the hub's private subnets ----
  const returnRoute = (/** @type {string} */ spokeName, /** @type {string} */ resName) =>
    root
      .resource('main.tf', 'aws_route', resName, {
        body: [
          a('route_table_id', ref('aws_route_table.hub_private.id')),
          a('destination_cidr_block', ref(`var.spokes[${JSON.stringify(spokeName)}].cidr_block`)),
          a('vpc_peering_connection_id', ref(`module.spoke[${JSON.stringify(spokeName)}].peering_connection_id`)),
        ],
      })
      .inst('', undefined, {
        route_table_id: UNKNOWN,
        destination_cidr_block: /** @type {{ cidr_block: string }} */ (SPOKES[spokeName]).cidr_block,
        vpc_peering_connection_id: UNKNOWN,
      });
  returnRoute('app', 'hub_to_app');
  returnRoute('shared-services', 'hub_to_shared_services');
  root.add(
    'main.tf',
    '# MISTAKE (NET201 missing-reverse-route): there is no aws_route "hub_to_data". The data spoke\n' +
      '# routes the hub\'s private range over its peering (module.spoke["data"].aws_route.to_hub), but\n' +
      '# no hub route table sends the replies back to 10.2.0.0/16 over that peering.',
  );

  root
    .resource('main.tf', 'aws_vpc_peering_connection', 'legacy_hub_to_app', {
      comment:
        'MISTAKE (NET301 duplicate-peering): left over from the first prototype, before the spokes\n' +
        'moved into modules/spoke, which peers app with the hub itself. This one joins the same two VPCs\n' +
        'in the other direction; AWS allows one peering per pair (Terraform quietly reuses the first).',
      body: [
        a('vpc_id', ref('aws_vpc.hub.id')),
        a('peer_vpc_id', ref('module.spoke["app"].vpc_id')),
        a('auto_accept', c(true)),
        a('tags', c({ Name: 'hub-to-app (legacy)' })),
      ],
    })
    .inst('', undefined, { vpc_id: UNKNOWN, peer_vpc_id: UNKNOWN });

  // ---- security groups ----
  root
    .resource('main.tf', 'aws_security_group', 'bastion', {
      body: [
        a('name', c('hub-bastion')),
        a('description', c('SSH bastion in the hub public subnet')),
        a('vpc_id', ref('aws_vpc.hub.id')),
      ],
    })
    .inst('', undefined, { vpc_id: UNKNOWN });
  root
    .resource('main.tf', 'aws_vpc_security_group_ingress_rule', 'bastion_ssh', {
      comment:
        'MISTAKE (NET401 open-ingress): SSH open to the whole internet. Meant: the corporate VPN range,\n' +
        'or no SSH at all (SSM Session Manager).',
      body: [
        a('security_group_id', ref('aws_security_group.bastion.id')),
        a('description', c('SSH')),
        a('ip_protocol', c('tcp')),
        a('from_port', c(22)),
        a('to_port', c(22)),
        a('cidr_ipv4', c('0.0.0.0/0')),
      ],
    })
    .inst('', undefined, { security_group_id: UNKNOWN });
  root
    .resource('main.tf', 'aws_vpc_security_group_egress_rule', 'bastion_all', {
      body: [
        a('security_group_id', ref('aws_security_group.bastion.id')),
        a('description', c('All outbound')),
        a('ip_protocol', c('-1')),
        a('cidr_ipv4', c('0.0.0.0/0')),
      ],
    })
    .inst('', undefined, { security_group_id: UNKNOWN });
  root
    .resource('main.tf', 'aws_security_group', 'monitoring', {
      body: [
        a('name', c('hub-monitoring')),
        a('description', c('Node exporters scraped by the on-premises Prometheus')),
        a('vpc_id', ref('aws_vpc.hub.id')),
      ],
    })
    .inst('', undefined, { vpc_id: UNKNOWN });
  root
    .resource('main.tf', 'aws_vpc_security_group_ingress_rule', 'monitoring_node_exporter', {
      comment:
        'MISTAKE (NET001 invalid-cidr): meant the Prometheus host 10.20.0.1/32, but the prefix was copied\n' +
        'from the on-premises network. 10.20.0.1/16 has host bits set: it means 10.20.0.0/16, all of it.\n' +
        '(Current AWS providers reject it at plan time; vpclint flags it in the .tf and in the plan.)',
      body: [
        a('security_group_id', ref('aws_security_group.monitoring.id')),
        a('description', c('node_exporter from on-premises Prometheus')),
        a('ip_protocol', c('tcp')),
        a('from_port', c(9100)),
        a('to_port', c(9100)),
        a('cidr_ipv4', c('10.20.0.1/16')),
      ],
    })
    .inst('', undefined, { security_group_id: UNKNOWN });

  // ---- outputs ----
  root.output('outputs.tf', 'hub_vpc_id', {
    description: 'ID of the hub VPC.',
    value: ref('aws_vpc.hub.id'),
    planned: UNKNOWN,
  });
  const unknownBySpoke = Object.fromEntries(Object.keys(SPOKES).map((k) => [k, UNKNOWN]));
  root.output('outputs.tf', 'spoke_vpc_ids', {
    description: 'ID of each spoke VPC, by spoke name.',
    value: ref('{ for name, spoke in module.spoke : name => spoke.vpc_id }'),
    planned: unknownBySpoke,
  });
  root.output('outputs.tf', 'peering_connection_ids', {
    description: 'ID of each spoke\'s peering connection to the hub, by spoke name.',
    value: ref('{ for name, spoke in module.spoke : name => spoke.peering_connection_id }'),
    planned: unknownBySpoke,
  });
  return { writer, root, spoke };
}

/** modules/spoke: the configuration (instances come from spokeInstances). @param {Source} m */
function buildSpokeModule(m) {
  const vars = [
    ['name', 'Spoke name, used in Name tags.', 'string', undefined],
    ['cidr_block', 'Primary IPv4 block of the spoke VPC.', 'string', undefined],
    ['secondary_cidr_blocks', 'Additional IPv4 blocks of the spoke VPC.', 'list(string)', []],
    ['availability_zones', 'One private subnet is created per zone.', 'list(string)', undefined],
    ['hub_vpc_id', 'ID of the hub VPC to peer with.', 'string', undefined],
    ['hub_private_cidr_block', 'The hub\'s private range (shared services), routed over the peering.', 'string', undefined],
    ['routes_via_hub', 'Other destinations to send over the hub peering.', 'list(string)', []],
  ];
  for (const [name, description, type, dflt] of vars) {
    /** @type {{ description: string, type: string, default?: unknown }} */
    const spec = { description: /** @type {string} */ (description), type: /** @type {string} */ (type) };
    if (dflt !== undefined) spec.default = dflt;
    m.variable('variables.tf', /** @type {string} */ (name), spec);
  }
  m.add(
    'main.tf',
    `# A spoke VPC: private subnets, one route table, the peering to the hub and the routes over it.

locals {
  # One private subnet per availability zone: the first /20 blocks of the VPC range.
  subnets = { for i, az in var.availability_zones : az => cidrsubnet(var.cidr_block, 4, i) }
}`,
  );
  m.resource('main.tf', 'aws_vpc', 'this', {
    body: [
      a('cidr_block', ref('var.cidr_block')),
      a('enable_dns_support', c(true)),
      a('enable_dns_hostnames', c(true)),
      a('tags', ref('{\n  Name = var.name\n}')),
    ],
  });
  m.resource('main.tf', 'aws_vpc_ipv4_cidr_block_association', 'secondary', {
    forEach: ref('toset(var.secondary_cidr_blocks)'),
    body: [a('vpc_id', ref('aws_vpc.this.id')), a('cidr_block', ref('each.value'))],
  });
  m.resource('main.tf', 'aws_subnet', 'private', {
    forEach: ref('local.subnets'),
    body: [
      a('vpc_id', ref('aws_vpc.this.id')),
      a('cidr_block', ref('each.value')),
      a('availability_zone', ref('each.key')),
      a('tags', ref('{\n  Name = "${var.name}-private-${each.key}"\n}')),
    ],
  });
  m.resource('main.tf', 'aws_route_table', 'private', {
    body: [a('vpc_id', ref('aws_vpc.this.id')), a('tags', ref('{\n  Name = "${var.name}-private"\n}'))],
  });
  m.resource('main.tf', 'aws_route_table_association', 'private', {
    forEach: ref('aws_subnet.private'),
    body: [a('subnet_id', ref('each.value.id')), a('route_table_id', ref('aws_route_table.private.id'))],
  });
  m.resource('main.tf', 'aws_vpc_peering_connection', 'to_hub', {
    comment: 'Requested by the spoke, accepted in the same apply (same account and region).',
    body: [
      a('vpc_id', ref('aws_vpc.this.id')),
      a('peer_vpc_id', ref('var.hub_vpc_id')),
      a('auto_accept', c(true)),
      a('tags', ref('{\n  Name = "${var.name}-to-hub"\n}')),
    ],
  });
  m.resource('main.tf', 'aws_route', 'to_hub', {
    body: [
      a('route_table_id', ref('aws_route_table.private.id')),
      a('destination_cidr_block', ref('var.hub_private_cidr_block')),
      a('vpc_peering_connection_id', ref('aws_vpc_peering_connection.to_hub.id')),
    ],
  });
  m.resource('main.tf', 'aws_route', 'via_hub', {
    comment: 'Extra destinations sent over the hub peering (var.routes_via_hub; see the root variables.tf).',
    forEach: ref('toset(var.routes_via_hub)'),
    body: [
      a('route_table_id', ref('aws_route_table.private.id')),
      a('destination_cidr_block', ref('each.value')),
      a('vpc_peering_connection_id', ref('aws_vpc_peering_connection.to_hub.id')),
    ],
  });
  m.resource('main.tf', 'aws_security_group', 'workloads', {
    body: [
      a('name', ref('"${var.name}-workloads"')),
      a('description', ref('"Workloads in the ${var.name} spoke"')),
      a('vpc_id', ref('aws_vpc.this.id')),
      b('ingress', [
        ['description', c('HTTPS from the hub shared services')],
        ['from_port', c(443)],
        ['to_port', c(443)],
        ['protocol', c('tcp')],
        ['cidr_blocks', ref('[var.hub_private_cidr_block]')],
      ]),
      b('egress', [
        ['description', c('All outbound')],
        ['from_port', c(0)],
        ['to_port', c(0)],
        ['protocol', c('-1')],
        ['cidr_blocks', c(['0.0.0.0/0'])],
      ]),
    ],
  });
  const outputs = [
    ['vpc_id', 'ID of the spoke VPC.', 'aws_vpc.this.id'],
    ['cidr_block', 'Primary IPv4 block of the spoke VPC.', 'aws_vpc.this.cidr_block'],
    ['route_table_id', 'ID of the route table of the private subnets.', 'aws_route_table.private.id'],
    ['peering_connection_id', 'ID of the peering connection to the hub.', 'aws_vpc_peering_connection.to_hub.id'],
  ];
  for (const [name, description, value] of outputs) {
    m.output('outputs.tf', /** @type {string} */ (name), { description: /** @type {string} */ (description), value: ref(/** @type {string} */ (value)) });
  }
}

/**
 * The instances of one spoke (module.spoke["name"]).
 * @param {Source} m @param {string} name @param {{ cidr_block: string, secondary_cidr_blocks: string[], routes_via_hub: string[] }} s
 */
function spokeInstances(m, name, s) {
  const mod = `module.spoke[${JSON.stringify(name)}]`;
  const res = (/** @type {string} */ type, /** @type {string} */ resName) => {
    const r = m.declared.get(`${type}.${resName}`);
    if (!r) throw new Error(`modules/spoke declares no ${type}.${resName}`);
    return r;
  };
  res('aws_vpc', 'this').inst(mod, undefined, { cidr_block: s.cidr_block, tags: { Name: name } });
  for (const block of s.secondary_cidr_blocks) {
    res('aws_vpc_ipv4_cidr_block_association', 'secondary').inst(mod, block, { vpc_id: UNKNOWN, cidr_block: block });
  }
  AZS.forEach((az, i) => {
    res('aws_subnet', 'private').inst(mod, az, {
      vpc_id: UNKNOWN,
      cidr_block: cidrsubnet(s.cidr_block, 4, i),
      availability_zone: az,
      tags: { Name: `${name}-private-${az}` },
    });
    res('aws_route_table_association', 'private').inst(mod, az, { subnet_id: UNKNOWN, route_table_id: UNKNOWN });
  });
  res('aws_route_table', 'private').inst(mod, undefined, { vpc_id: UNKNOWN, tags: { Name: `${name}-private` } });
  res('aws_vpc_peering_connection', 'to_hub').inst(mod, undefined, {
    vpc_id: UNKNOWN,
    peer_vpc_id: UNKNOWN,
    tags: { Name: `${name}-to-hub` },
  });
  res('aws_route', 'to_hub').inst(mod, undefined, {
    route_table_id: UNKNOWN,
    destination_cidr_block: HUB_PRIVATE,
    vpc_peering_connection_id: UNKNOWN,
  });
  for (const dest of s.routes_via_hub) {
    res('aws_route', 'via_hub').inst(mod, dest, {
      route_table_id: UNKNOWN,
      destination_cidr_block: dest,
      vpc_peering_connection_id: UNKNOWN,
    });
  }
  res('aws_security_group', 'workloads').inst(mod, undefined, {
    name: `${name}-workloads`,
    description: `Workloads in the ${name} spoke`,
    vpc_id: UNKNOWN,
    ingress: [{ description: 'HTTPS from the hub shared services', from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: [HUB_PRIVATE] }],
  });
}

// ---------------------------------------------------------------------------------------------
// clean-peering: two existing VPCs (shop, payments) get peered in this change, with a route each
// way and one tight security group rule. A second apply: existing objects are no-op (one update)
// with known IDs and prior state; the new ones reference them.

function cleanPeering() {
  const writer = new PlanWriter({
    region: REGION,
    accountId: ACCOUNT,
    providerVersionConstraint: '~> 5.0',
    providerExpressions: { region: constant(REGION) },
    timestamp: '2025-02-03T14:05:00Z',
  });
  const root = new Source(writer, writer.root);
  root.add(
    'main.tf',
    `${TERRAFORM_BLOCK.replace('region = var.region', `region = "${REGION}"`)}

# Two VPCs that already exist (shop and payments) are peered in this change: the shop application
# subnet reaches the payments database subnet over PostgreSQL, with a route in each direction and
# one tight security group rule. vpclint reports nothing here.`,
  );
  const id = (/** @type {string} */ prefix, /** @type {string} */ seed) => fakeId(prefix, `clean-peering/${seed}`);
  const VPCS = { shop: '10.10.0.0/16', payments: '10.20.0.0/16' };
  const SUBNETS = { shop_app: ['shop', '10.10.1.0/24'], payments_db: ['payments', '10.20.1.0/24'] };

  for (const [name, cidr] of Object.entries(VPCS)) {
    const r = root.resource('main.tf', 'aws_vpc', name, {
      comment:
        name === 'payments'
          ? 'enable_dns_hostnames was false: this change turns it on, for DNS resolution over the peering.'
          : undefined,
      body: [
        a('cidr_block', c(cidr)),
        a('enable_dns_support', c(true)),
        a('enable_dns_hostnames', c(true)),
        a('tags', c({ Name: name })),
      ],
    });
    const known = { id: id('vpc', name) };
    if (name === 'payments') {
      r.inst('', undefined, {}, {
        action: 'update',
        before: { ...r.constants, enable_dns_hostnames: false },
        known,
      });
    } else {
      r.inst('', undefined, {}, { action: 'no-op', known });
    }
  }
  for (const [name, [vpc, cidr]] of Object.entries(SUBNETS)) {
    root
      .resource('main.tf', 'aws_subnet', name, {
        body: [
          a('vpc_id', ref(`aws_vpc.${vpc}.id`)),
          a('cidr_block', c(cidr)),
          a('availability_zone', c(`${REGION}a`)),
          a('tags', c({ Name: name.replace('_', '-') })),
        ],
      })
      .inst('', undefined, { vpc_id: id('vpc', /** @type {string} */ (vpc)) }, { action: 'no-op', known: { id: id('subnet', name) } });
    root
      .resource('main.tf', 'aws_route_table', name, {
        body: [a('vpc_id', ref(`aws_vpc.${vpc}.id`)), a('tags', c({ Name: name.replace('_', '-') }))],
      })
      .inst('', undefined, { vpc_id: id('vpc', /** @type {string} */ (vpc)) }, { action: 'no-op', known: { id: id('rtb', name), route: [] } });
    root
      .resource('main.tf', 'aws_route_table_association', name, {
        body: [a('subnet_id', ref(`aws_subnet.${name}.id`)), a('route_table_id', ref(`aws_route_table.${name}.id`))],
      })
      .inst(
        '',
        undefined,
        { subnet_id: id('subnet', name), route_table_id: id('rtb', name) },
        { action: 'no-op', known: { id: id('rtbassoc', name) } },
      );
  }
  root
    .resource('main.tf', 'aws_security_group', 'payments_db', {
      body: [
        a('name', c('payments-db')),
        a('description', c('PostgreSQL for the payments service')),
        a('vpc_id', ref('aws_vpc.payments.id')),
      ],
    })
    .inst('', undefined, { vpc_id: id('vpc', 'payments') }, { action: 'no-op', known: { id: id('sg', 'payments_db'), ingress: [], egress: [] } });

  root.add('main.tf', '# ---- New in this change ----');
  root
    .resource('main.tf', 'aws_vpc_peering_connection', 'shop_payments', {
      comment: 'Same account and region: auto_accept accepts it in the same apply.',
      body: [
        a('vpc_id', ref('aws_vpc.shop.id')),
        a('peer_vpc_id', ref('aws_vpc.payments.id')),
        a('auto_accept', c(true)),
        b('requester', [['allow_remote_vpc_dns_resolution', c(true)]]),
        b('accepter', [['allow_remote_vpc_dns_resolution', c(true)]]),
        a('tags', c({ Name: 'shop-to-payments' })),
      ],
    })
    .inst('', undefined, { vpc_id: id('vpc', 'shop'), peer_vpc_id: id('vpc', 'payments') });
  for (const [name, table, dest, cidr] of [
    ['shop_to_payments', 'shop_app', 'aws_vpc.payments.cidr_block', VPCS.payments],
    ['payments_to_shop', 'payments_db', 'aws_vpc.shop.cidr_block', VPCS.shop],
  ]) {
    root
      .resource('main.tf', 'aws_route', /** @type {string} */ (name), {
        body: [
          a('route_table_id', ref(`aws_route_table.${table}.id`)),
          a('destination_cidr_block', ref(/** @type {string} */ (dest))),
          a('vpc_peering_connection_id', ref('aws_vpc_peering_connection.shop_payments.id')),
        ],
      })
      .inst('', undefined, {
        route_table_id: id('rtb', /** @type {string} */ (table)),
        destination_cidr_block: cidr,
        vpc_peering_connection_id: UNKNOWN,
      });
  }
  root
    .resource('main.tf', 'aws_vpc_security_group_ingress_rule', 'payments_db_from_shop', {
      comment: 'Only PostgreSQL, only from the shop application subnet.',
      body: [
        a('security_group_id', ref('aws_security_group.payments_db.id')),
        a('description', c('PostgreSQL from the shop application subnet')),
        a('ip_protocol', c('tcp')),
        a('from_port', c(5432)),
        a('to_port', c(5432)),
        a('cidr_ipv4', ref('aws_subnet.shop_app.cidr_block')),
      ],
    })
    .inst('', undefined, { security_group_id: id('sg', 'payments_db'), cidr_ipv4: SUBNETS.shop_app[1] });
  root.output('main.tf', 'peering_connection_id', {
    description: 'ID of the shop-payments peering connection.',
    value: ref('aws_vpc_peering_connection.shop_payments.id'),
    planned: UNKNOWN,
  });
  return { writer, root };
}

// ---------------------------------------------------------------------------------------------

/**
 * Every file of both examples, by path relative to the repository root.
 * @returns {Map<string, string>}
 */
export function generateExamples() {
  const hub = hubAndSpokes();
  const clean = cleanPeering();
  return new Map([
    ...hub.root.render('examples/hub-and-spokes'),
    ...hub.spoke.render('examples/hub-and-spokes/modules/spoke'),
    ['examples/hub-and-spokes/plan.json', `${hub.writer.toString({ indent: 2 })}\n`],
    ...clean.root.render('examples/clean-peering'),
    ['examples/clean-peering/plan.json', `${clean.writer.toString({ indent: 2 })}\n`],
  ]);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [path, text] of generateExamples()) {
    const full = join(REPO, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    process.stdout.write(`wrote ${path}\n`);
  }
}
