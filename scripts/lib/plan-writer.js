/**
 * Writes Terraform plan JSON as `terraform show -json` prints it (format 1.2, Terraform 1.9),
 * from a compact description: module configuration (resource blocks with their expressions,
 * module calls, outputs, variables) plus resource instances with their attribute values. The
 * examples and the benchmark both use it, so every plan vpclint is shown has Terraform's real
 * shape: unknown values omitted from `after` and marked in `after_unknown`, schema defaults and
 * nulls filled in from the AWS provider (v5) schema, `references` expanded the way Terraform does,
 * `prior_state` for existing resources, everything sorted as Terraform sorts it. Large plans are
 * streamed to disk, so a 100k-resource plan never exists as one string in memory.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

export const TERRAFORM_VERSION = '1.9.5';
export const AWS_PROVIDER = 'registry.terraform.io/hashicorp/aws';

// ---------------------------------------------------------------------------------------------
// Unknown values

/** A value that is unknown until apply. `kind` decides how Terraform shows it in `*_sensitive`. */
class Unknown {
  /** @param {'primitive' | 'list' | 'map'} kind */
  constructor(kind) {
    this.kind = kind;
    Object.freeze(this);
  }
}
/** An unknown string, number or bool. */
export const UNKNOWN = new Unknown('primitive');
/** An unknown list or set. */
export const UNKNOWN_LIST = new Unknown('list');
/** An unknown map or object. */
export const UNKNOWN_MAP = new Unknown('map');

/**
 * Is the value unknown until apply?
 * @param {unknown} v
 * @returns {v is Unknown}
 */
export function isUnknown(v) {
  return v instanceof Unknown;
}

/** @param {Record<string, unknown>} obj */
function sortedKeys(obj) {
  const keys = Object.keys(obj);
  for (let i = 1; i < keys.length; i++) {
    if (/** @type {string} */ (keys[i - 1]) > /** @type {string} */ (keys[i])) return keys.sort();
  }
  return keys;
}

/**
 * The value as `after` shows it: unknown attributes left out, unknown list elements as null,
 * object keys sorted (cty marshals objects and maps with sorted keys).
 * @param {unknown} v
 * @returns {unknown} undefined for an unknown value
 */
function omitUnknowns(v) {
  if (v === null || typeof v !== 'object') return v;
  if (v instanceof Unknown) return undefined;
  if (Array.isArray(v)) return v.map((e) => (e instanceof Unknown ? null : omitUnknowns(e)));
  /** @type {Record<string, unknown>} */
  const out = {};
  const o = /** @type {Record<string, unknown>} */ (v);
  for (const k of sortedKeys(o)) {
    const e = o[k];
    if (e instanceof Unknown) continue;
    out[k] = omitUnknowns(e);
  }
  return out;
}

/**
 * `after_unknown`: true for unknown leaves, known primitives and nulls left out, known
 * collections kept as (possibly empty) containers. Mirrors Terraform's jsonplan unknownAsBool.
 * @param {unknown} v
 * @returns {unknown} false for a known primitive or null
 */
function unknownAsBool(v) {
  if (v === null) return false;
  if (v instanceof Unknown) return true;
  if (typeof v !== 'object') return false;
  if (Array.isArray(v)) return v.map(unknownAsBool);
  /** @type {Record<string, unknown>} */
  const out = {};
  const o = /** @type {Record<string, unknown>} */ (v);
  for (const k of sortedKeys(o)) {
    const b = unknownAsBool(o[k]);
    if (b !== false) out[k] = b;
  }
  return out;
}

/**
 * `*_sensitive` (nothing here is sensitive): known collections as containers of `false`,
 * unknown collections as empty containers, primitives and nulls left out.
 * @param {unknown} v
 * @returns {unknown}
 */
function sensitiveAsBool(v) {
  if (v === null) return false;
  if (v instanceof Unknown) return v.kind === 'list' ? [] : v.kind === 'map' ? {} : false;
  if (typeof v !== 'object') return false;
  if (Array.isArray(v)) return v.map(sensitiveAsBool);
  /** @type {Record<string, unknown>} */
  const out = {};
  const o = /** @type {Record<string, unknown>} */ (v);
  for (const k of sortedKeys(o)) {
    const b = sensitiveAsBool(o[k]);
    if (b !== false) out[k] = b;
  }
  return out;
}

/** @param {unknown} v @returns {boolean} */
function isWhollyKnown(v) {
  if (v instanceof Unknown) return false;
  if (v === null || typeof v !== 'object') return true;
  if (Array.isArray(v)) return v.every(isWhollyKnown);
  return Object.values(v).every(isWhollyKnown);
}

// ---------------------------------------------------------------------------------------------
// AWS provider schemas (v5), reduced to what a plan shows: which attributes exist, whether the
// configuration must set them (R), may set them (O), may set them or the provider computes them
// (OC), only the provider sets them (C), or a default applies (D). Nested sets written as blocks
// (`route`, `ingress`) list their element fields with the value an unset field takes.

/**
 * @typedef {'R' | 'O' | 'OC' | 'C' | 'D'} AttrKind
 * @typedef {{ kind: AttrKind, type: 'primitive' | 'list' | 'map' | 'object', dflt?: unknown,
 *   nested?: { mode: 'attr' | 'block', elem: Record<string, { zero: unknown, required: boolean }> } }} AttrSchema
 * @typedef {{ version: number, arnKind?: string, attrs: Map<string, AttrSchema> }} TypeSchema
 */

const ROUTE_ELEM = fields(
  'carrier_gateway_id cidr_block core_network_arn destination_prefix_list_id egress_only_gateway_id gateway_id ' +
    'ipv6_cidr_block local_gateway_id nat_gateway_id network_interface_id transit_gateway_id vpc_endpoint_id ' +
    'vpc_peering_connection_id',
  '',
);
const SG_RULE_ELEM = {
  ...fields('cidr_blocks ipv6_cidr_blocks prefix_list_ids security_groups', []),
  ...fields('description', ''),
  ...fields('self', false),
  from_port: { zero: 0, required: true },
  protocol: { zero: '', required: true },
  to_port: { zero: 0, required: true },
};
const PEERING_OPTIONS_ELEM = fields('allow_remote_vpc_dns_resolution', false);

/** @param {string} names @param {unknown} zero */
function fields(names, zero) {
  /** @type {Record<string, { zero: unknown, required: boolean }>} */
  const out = {};
  for (const n of names.split(' ')) out[n] = { zero, required: false };
  return out;
}

/**
 * Parses `name KIND [list|map|object] [= json]` entries separated by `;`.
 * @param {number} version
 * @param {string} spec
 * @param {Record<string, AttrSchema['nested']>} [nested]
 * @param {string} [arnKind]
 * @returns {TypeSchema}
 */
function schema(version, spec, nested = {}, arnKind = undefined) {
  /** @type {Array<[string, AttrSchema]>} */
  const entries = [];
  for (const raw of spec.split(';')) {
    const text = raw.trim();
    if (text === '') continue;
    const [decl, dfltText] = text.split('=').map((s) => s.trim());
    const [name, kind, type = 'primitive'] = /** @type {string} */ (decl).split(/\s+/);
    /** @type {AttrSchema} */
    const attr = { kind: /** @type {AttrKind} */ (kind), type: /** @type {AttrSchema['type']} */ (type) };
    if (dfltText !== undefined) attr.dflt = JSON.parse(dfltText);
    if (Object.hasOwn(nested, /** @type {string} */ (name))) {
      attr.nested = nested[/** @type {string} */ (name)];
      attr.type = 'list';
    }
    entries.push([/** @type {string} */ (name), attr]);
  }
  entries.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { version, arnKind, attrs: new Map(entries) };
}

const TAGS = 'tags O map; tags_all C map';
const TIMEOUTS = 'timeouts O object';
const SG_RULE_RESOURCE =
  'arn C; cidr_ipv4 O; cidr_ipv6 O; description O; from_port O; id C; ip_protocol R; prefix_list_id O; ' +
  `referenced_security_group_id O; security_group_id R; security_group_rule_id C; to_port O; ${TAGS}`;

/** @type {Record<string, TypeSchema>} */
export const SCHEMAS = {
  aws_vpc: schema(
    1,
    'arn C; assign_generated_ipv6_cidr_block O; cidr_block OC; default_network_acl_id C; default_route_table_id C; ' +
      'default_security_group_id C; dhcp_options_id C; enable_dns_hostnames OC; enable_dns_support D = true; ' +
      'enable_network_address_usage_metrics OC; id C; instance_tenancy D = "default"; ipv4_ipam_pool_id O; ' +
      'ipv4_netmask_length O; ipv6_association_id C; ipv6_cidr_block OC; ipv6_cidr_block_network_border_group OC; ' +
      `ipv6_ipam_pool_id O; ipv6_netmask_length O; main_route_table_id C; owner_id C; ${TAGS}`,
    {},
    'vpc',
  ),
  aws_vpc_ipv4_cidr_block_association: schema(
    0,
    `cidr_block OC; id C; ipv4_ipam_pool_id O; ipv4_netmask_length O; ${TIMEOUTS}; vpc_id R`,
  ),
  aws_subnet: schema(
    1,
    'arn C; assign_ipv6_address_on_creation D = false; availability_zone OC; availability_zone_id OC; cidr_block O; ' +
      'customer_owned_ipv4_pool O; enable_dns64 D = false; enable_lni_at_device_index OC; ' +
      'enable_resource_name_dns_a_record_on_launch D = false; enable_resource_name_dns_aaaa_record_on_launch D = false; ' +
      'id C; ipv6_cidr_block O; ipv6_cidr_block_association_id C; ipv6_native D = false; ' +
      'map_customer_owned_ip_on_launch O; map_public_ip_on_launch D = false; outpost_arn O; owner_id C; ' +
      `private_dns_hostname_type_on_launch OC; ${TAGS}; ${TIMEOUTS}; vpc_id R`,
    {},
    'subnet',
  ),
  aws_route_table: schema(
    0,
    `arn C; id C; owner_id C; propagating_vgws OC list; route OC; ${TAGS}; ${TIMEOUTS}; vpc_id R`,
    { route: { mode: 'attr', elem: ROUTE_ELEM } },
    'route-table',
  ),
  aws_route: schema(
    0,
    'carrier_gateway_id O; core_network_arn O; destination_cidr_block O; destination_ipv6_cidr_block O; ' +
      'destination_prefix_list_id O; egress_only_gateway_id O; gateway_id O; id C; instance_id C; ' +
      'instance_owner_id C; local_gateway_id O; nat_gateway_id O; network_interface_id OC; origin C; ' +
      `route_table_id R; state C; ${TIMEOUTS}; transit_gateway_id O; vpc_endpoint_id O; vpc_peering_connection_id O`,
  ),
  aws_route_table_association: schema(0, `gateway_id O; id C; route_table_id R; subnet_id O; ${TIMEOUTS}`),
  aws_vpc_peering_connection: schema(
    0,
    'accept_status C; accepter OC; auto_accept O; id C; peer_owner_id OC; peer_region OC; peer_vpc_id R; ' +
      `requester OC; ${TAGS}; ${TIMEOUTS}; vpc_id R`,
    {
      accepter: { mode: 'block', elem: PEERING_OPTIONS_ELEM },
      requester: { mode: 'block', elem: PEERING_OPTIONS_ELEM },
    },
  ),
  aws_vpc_peering_connection_accepter: schema(
    0,
    'accept_status C; accepter OC; auto_accept O; id C; peer_owner_id C; peer_region C; peer_vpc_id C; ' +
      `requester OC; ${TAGS}; ${TIMEOUTS}; vpc_id C; vpc_peering_connection_id R`,
    {
      accepter: { mode: 'block', elem: PEERING_OPTIONS_ELEM },
      requester: { mode: 'block', elem: PEERING_OPTIONS_ELEM },
    },
  ),
  aws_security_group: schema(
    1,
    'arn C; description D = "Managed by Terraform"; egress OC; id C; ingress OC; name OC; name_prefix OC; ' +
      `owner_id C; revoke_rules_on_delete D = false; ${TAGS}; ${TIMEOUTS}; vpc_id OC`,
    { egress: { mode: 'attr', elem: SG_RULE_ELEM }, ingress: { mode: 'attr', elem: SG_RULE_ELEM } },
    'security-group',
  ),
  aws_security_group_rule: schema(
    2,
    'cidr_blocks O list; description O; from_port R; id C; ipv6_cidr_blocks O list; prefix_list_ids O list; ' +
      'protocol R; security_group_id R; security_group_rule_id C; self D = false; source_security_group_id OC; ' +
      `${TIMEOUTS}; to_port R; type R`,
  ),
  aws_vpc_security_group_ingress_rule: schema(0, SG_RULE_RESOURCE, {}, 'security-group-rule'),
  aws_vpc_security_group_egress_rule: schema(0, SG_RULE_RESOURCE, {}, 'security-group-rule'),
  aws_internet_gateway: schema(0, `arn C; id C; owner_id C; ${TAGS}; ${TIMEOUTS}; vpc_id O`, {}, 'internet-gateway'),
  aws_eip: schema(
    0,
    'address O; allocation_id C; arn C; associate_with_private_ip O; association_id C; carrier_ip C; ' +
      'customer_owned_ip C; customer_owned_ipv4_pool O; domain OC; id C; instance OC; ipam_pool_id O; ' +
      'network_border_group OC; network_interface OC; private_dns C; private_ip C; ptr_record C; public_dns C; ' +
      `public_ip C; public_ipv4_pool OC; ${TAGS}; ${TIMEOUTS}; vpc OC`,
    {},
    'elastic-ip',
  ),
  aws_nat_gateway: schema(
    0,
    'allocation_id O; association_id C; connectivity_type D = "public"; id C; network_interface_id C; ' +
      'private_ip OC; public_ip C; secondary_allocation_ids OC list; secondary_private_ip_address_count OC; ' +
      `secondary_private_ip_addresses OC list; subnet_id R; ${TAGS}; ${TIMEOUTS}`,
  ),
};

// ---------------------------------------------------------------------------------------------
// Deterministic fake identifiers for existing resources

/**
 * A stable AWS-looking ID: `prefix-0` + 16 hex digits derived from `seed`.
 * @param {string} prefix e.g. `vpc`, `rtb`, `pcx`
 * @param {string} seed
 */
export function fakeId(prefix, seed) {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const text = `${prefix}:${seed}`;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x45d9f3b);
  h2 = Math.imul(h2 ^ (h2 >>> 13), 0x45d9f3b);
  const hex = (/** @type {number} */ n) => (n >>> 0).toString(16).padStart(8, '0');
  return `${prefix}-0${hex(h1)}${hex(h2)}`;
}

// ---------------------------------------------------------------------------------------------
// Expressions and Terraform's `references` format

/**
 * @typedef {{ kind: 'expr', hcl: string, constant?: unknown, references?: string[] }} Expr
 * @typedef {{ kind: 'blocks', items: Array<Record<string, Expr>> }} Blocks
 */

/**
 * An expression with no references: Terraform shows its value as `constant_value`.
 * @param {unknown} value
 * @param {string} [hcl] source text, when it is not simply the literal
 * @returns {Expr}
 */
export function constant(value, hcl = hclLiteral(value)) {
  return { kind: 'expr', hcl, constant: value };
}

/**
 * An expression with references, given as HCL source text (`aws_vpc.hub.id`,
 * `"${var.name}-app"`, `module.spoke["app"].vpc_id`); its `references` are derived from the text.
 * @param {string} hcl
 * @returns {Expr}
 */
export function ref(hcl) {
  const references = referencesOf(hcl);
  if (references.length === 0) throw new Error(`expression has no references, use constant(): ${hcl}`);
  return { kind: 'expr', hcl, references };
}

/**
 * Nested blocks (`route { … }`, `ingress { … }`, `requester { … }`), each a map of expressions.
 * @param {Array<Record<string, Expr>>} items
 * @returns {Blocks}
 */
export function blocks(items) {
  return { kind: 'blocks', items };
}

const HCL_KEYWORDS = new Set(['true', 'false', 'null', 'for', 'in', 'if', 'else', 'endif', 'endfor']);

/**
 * The `references` Terraform lists for an HCL expression: each traversal, unwrapped step by step
 * down to the referenceable object, plus the resource without its key (`aws_vpc.this["a"]` also
 * lists `aws_vpc.this`) or the module call of an output (`module.net.vpc_id` also lists
 * `module.net`). A traversal stops at a non-literal index (`aws_vpc.this[count.index].id` lists
 * `aws_vpc.this` and `count.index`). Order is source order.
 * @param {string} text
 * @returns {string[]}
 */
export function referencesOf(text) {
  /** @type {string[]} */
  const out = [];
  new RefScanner(text, out).scan(0, text.length);
  return out;
}

/** @typedef {{ attr: string } | { key: string | number }} Step */

class RefScanner {
  /** @param {string} text @param {string[]} out */
  constructor(text, out) {
    this.text = text;
    this.out = out;
    /** Names bound by enclosing `for` expressions, with the bracket depth that binds them. */
    /** @type {Array<{ names: string[], depth: number }>} */
    this.scopes = [];
  }

  /** @param {string} name */
  isLocal(name) {
    return this.scopes.some((s) => s.names.includes(name));
  }

  /** Scans text[from, to) as an expression. @param {number} from @param {number} to */
  scan(from, to) {
    const t = this.text;
    /** @type {string[]} */
    const brackets = [];
    let prev = ''; // previous significant character
    let i = from;
    while (i < to) {
      const c = /** @type {string} */ (t[i]);
      if (/\s/.test(c)) {
        if (c === '\n') prev = prev === '{' || prev === ',' ? prev : '\n';
        i++;
        continue;
      }
      if (c === '"') {
        i = this.scanTemplate(i + 1, to);
        prev = '"';
        continue;
      }
      if (c === '#' || (c === '/' && t[i + 1] === '/')) {
        while (i < to && t[i] !== '\n') i++;
        continue;
      }
      if ('[({'.includes(c)) {
        brackets.push(c);
        i++;
        prev = c;
        // A `for` expression binds its key/value names until the bracket closes.
        const m = /^\s*for\s+([A-Za-z_][\w-]*)(?:\s*,\s*([A-Za-z_][\w-]*))?\s+in\s/.exec(t.slice(i, to));
        if (m && c !== '(') {
          this.scopes.push({ names: [m[1], m[2]].filter((n) => n !== undefined), depth: brackets.length });
          i += m[0].length;
          prev = ' ';
        }
        continue;
      }
      if ('])}'.includes(c)) {
        while (this.scopes.length > 0 && /** @type {{depth: number}} */ (this.scopes.at(-1)).depth === brackets.length) {
          this.scopes.pop();
        }
        brackets.pop();
        i++;
        prev = c;
        continue;
      }
      if (/[A-Za-z_]/.test(c)) {
        const start = i;
        while (i < to && /[\w-]/.test(/** @type {string} */ (t[i]))) i++;
        const name = t.slice(start, i);
        const after = t.slice(i, to).trimStart();
        const isKey =
          (after.startsWith('=') && !after.startsWith('==') && !after.startsWith('=>')) ||
          (after.startsWith(':') && brackets.at(-1) === '{' && (prev === '{' || prev === ',' || prev === '\n'));
        if (prev === '.' || HCL_KEYWORDS.has(name) || after.startsWith('(') || isKey) {
          prev = 'a';
          continue;
        }
        i = this.traversal(name, i, to);
        prev = 'a';
        continue;
      }
      prev = c;
      i++;
    }
  }

  /** Scans a quoted template from just after its opening quote; returns the index after it. */
  /** @param {number} i @param {number} to */
  scanTemplate(i, to) {
    const t = this.text;
    while (i < to && t[i] !== '"') {
      if (t[i] === '\\') {
        i += 2;
        continue;
      }
      if ((t[i] === '$' || t[i] === '%') && t[i + 1] === '{') {
        if (t[i - 1] === t[i]) {
          i += 2; // `$${` is a literal
          continue;
        }
        const end = this.matchBrace(i + 2, to);
        this.scan(i + 2, end);
        i = end + 1;
        continue;
      }
      i++;
    }
    return i + 1;
  }

  /** Index of the `}` closing a `${` whose body starts at i. @param {number} i @param {number} to */
  matchBrace(i, to) {
    const t = this.text;
    let depth = 0;
    while (i < to) {
      const c = t[i];
      if (c === '"') {
        i = this.skipString(i + 1, to);
        continue;
      }
      if (c === '{') depth++;
      if (c === '}') {
        if (depth === 0) return i;
        depth--;
      }
      i++;
    }
    throw new Error(`unclosed \${ in ${t}`);
  }

  /** @param {number} i @param {number} to */
  skipString(i, to) {
    const t = this.text;
    while (i < to && t[i] !== '"') i += t[i] === '\\' ? 2 : 1;
    return i + 1;
  }

  /**
   * Reads the traversal steps after a root name; emits its references; returns where it ends.
   * @param {string} root @param {number} i @param {number} to
   */
  traversal(root, i, to) {
    const t = this.text;
    /** @type {Step[]} */
    const steps = [];
    for (;;) {
      if (t[i] === '.') {
        const m = /^\.([A-Za-z_][\w-]*|\d+)/.exec(t.slice(i, to));
        if (!m) break; // `.*` splat
        const name = /** @type {string} */ (m[1]);
        steps.push(/^\d+$/.test(name) ? { key: Number(name) } : { attr: name });
        i += m[0].length;
        continue;
      }
      if (t[i] === '[') {
        const m = /^\[\s*("(?:[^"\\$%]|\\.)*"|\d+)\s*\]/.exec(t.slice(i, to));
        if (!m) break; // splat or non-literal index: the traversal ends here
        const lit = /** @type {string} */ (m[1]);
        steps.push({ key: lit.startsWith('"') ? JSON.parse(lit) : Number(lit) });
        i += m[0].length;
        continue;
      }
      break;
    }
    if (!this.isLocal(root)) this.out.push(...refStrings(root, steps));
    return i;
  }
}

/** @param {Step} s */
function stepText(s) {
  return 'attr' in s ? `.${s.attr}` : typeof s.key === 'number' ? `[${s.key}]` : `[${JSON.stringify(s.key)}]`;
}

/**
 * Terraform's reference strings for one traversal (addrs.ParseRef + jsonconfig.marshalExpression).
 * @param {string} root @param {Step[]} steps
 * @returns {string[]}
 */
function refStrings(root, steps) {
  /** @param {number} n */
  const attrAt = (n) => {
    const s = steps[n];
    return s !== undefined && 'attr' in s ? s.attr : undefined;
  };
  /** @param {number} n */
  const keyAt = (n) => {
    const s = steps[n];
    return s !== undefined && 'key' in s ? s : undefined;
  };
  /** @type {string} */
  let subject;
  /** @type {Step[]} */
  let rest;
  /** @type {string | undefined} */
  let extra;
  switch (root) {
    case 'var':
    case 'local':
    case 'each':
    case 'count':
    case 'path':
    case 'terraform': {
      const name = attrAt(0);
      if (name === undefined) return [];
      subject = `${root}.${name}`;
      rest = steps.slice(1);
      break;
    }
    case 'self':
      return [];
    case 'module': {
      const name = attrAt(0);
      if (name === undefined) return [];
      let call = `module.${name}`;
      let n = 1;
      const key = keyAt(1);
      if (key !== undefined) {
        call += stepText(key);
        n = 2;
      }
      const output = attrAt(n);
      if (output === undefined) {
        subject = call;
        rest = [];
        if (key !== undefined) extra = `module.${name}`;
      } else {
        subject = `${call}.${output}`;
        rest = steps.slice(n + 1);
        extra = call;
      }
      break;
    }
    default: {
      let prefix = '';
      let type = root;
      let n = 0;
      if (root === 'data') {
        const t = attrAt(0);
        if (t === undefined) return [];
        prefix = 'data.';
        type = t;
        n = 1;
      }
      const name = attrAt(n);
      if (name === undefined) return [];
      const resource = `${prefix}${type}.${name}`;
      const key = keyAt(n + 1);
      if (key !== undefined) {
        subject = resource + stepText(key);
        rest = steps.slice(n + 2);
        extra = resource;
      } else {
        subject = resource;
        rest = steps.slice(n + 1);
      }
    }
  }
  const out = [];
  for (let len = rest.length; len > 0; len--) out.push(subject + rest.slice(0, len).map(stepText).join(''));
  out.push(subject);
  if (extra !== undefined) out.push(extra);
  return out;
}

/**
 * An HCL literal for a JSON value, in `terraform fmt` layout.
 * @param {unknown} v
 * @param {string} [indent] indentation of the line the literal starts on
 * @returns {string}
 */
export function hclLiteral(v, indent = '') {
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v).replace(/\$\{/g, '$${');
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    const items = v.map((e) => hclLiteral(e, indent + '  '));
    const flat = `[${items.join(', ')}]`;
    if (!flat.includes('\n') && flat.length <= 80) return flat;
    return `[\n${items.map((s) => `${indent}  ${s},`).join('\n')}\n${indent}]`;
  }
  if (typeof v === 'object') {
    const o = /** @type {Record<string, unknown>} */ (v);
    const keys = Object.keys(o);
    if (keys.length === 0) return '{}';
    const names = keys.map((k) => (/^[A-Za-z_][\w]*$/.test(k) ? k : JSON.stringify(k)));
    const width = Math.max(...names.map((n) => n.length));
    const lines = keys.map((k, i) => {
      const value = hclLiteral(o[k], indent + '  ');
      const name = /** @type {string} */ (names[i]);
      return `${indent}  ${value.includes('\n') ? name : name.padEnd(width)} = ${value}`;
    });
    return `{\n${lines.join('\n')}\n${indent}}`;
  }
  throw new Error(`no HCL literal for ${String(v)}`);
}

// ---------------------------------------------------------------------------------------------
// Addresses

/**
 * @typedef {{ name: string, key?: string | number }} ModuleStep
 * @typedef {{ modules: ModuleStep[], moduleAddress: string, mode: 'managed' | 'data', type: string,
 *   name: string, index?: string | number, configAddress: string, configModule: string }} ParsedAddress
 */

/** @param {string | number | undefined} key */
function keySuffix(key) {
  return key === undefined ? '' : typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

/**
 * Splits an absolute resource instance address (`module.spoke["app"].aws_route.via_hub["0.0.0.0/0"]`).
 * @param {string} address
 * @returns {ParsedAddress}
 */
export function parseAddress(address) {
  let i = 0;
  /** @type {ModuleStep[]} */
  const modules = [];
  const ident = () => {
    const m = /^[A-Za-z_][\w-]*/.exec(address.slice(i));
    if (!m) throw new Error(`bad address ${address} at ${i}`);
    i += m[0].length;
    return m[0];
  };
  const key = () => {
    if (address[i] !== '[') return undefined;
    const m = /^\[(\d+|"(?:[^"\\]|\\.)*")\]/.exec(address.slice(i));
    if (!m) throw new Error(`bad key in ${address}`);
    i += m[0].length;
    const lit = /** @type {string} */ (m[1]);
    return lit.startsWith('"') ? /** @type {string} */ (JSON.parse(lit)) : Number(lit);
  };
  const dot = () => {
    if (address[i] !== '.') throw new Error(`bad address ${address}`);
    i++;
  };
  while (address.startsWith('module.', i)) {
    i += 7;
    const name = ident();
    const k = key();
    modules.push(k === undefined ? { name } : { name, key: k });
    dot();
  }
  /** @type {'managed' | 'data'} */
  let mode = 'managed';
  if (address.startsWith('data.', i)) {
    mode = 'data';
    i += 5;
  }
  const type = ident();
  dot();
  const name = ident();
  const index = key();
  if (i !== address.length) throw new Error(`bad address ${address}`);
  const moduleAddress = modules.map((m) => `module.${m.name}${keySuffix(m.key)}`).join('.');
  const configAddress = `${mode === 'data' ? 'data.' : ''}${type}.${name}`;
  const configModule = modules.map((m) => m.name).join('.');
  return { modules, moduleAddress, mode, type, name, index, configAddress, configModule };
}

// ---------------------------------------------------------------------------------------------
// Configuration

/**
 * @typedef {{ type: string, name: string, mode: 'managed' | 'data', expressions: Record<string, Expr | Blocks>,
 *   count?: Expr, forEach?: Expr }} ResourceConfig
 * @typedef {{ expression: Expr, description?: string, sensitive?: boolean }} OutputConfig
 * @typedef {{ default?: unknown, description?: string, sensitive?: boolean }} VariableConfig
 * @typedef {{ source: string, expressions: Record<string, Expr>, count?: Expr, forEach?: Expr,
 *   module: ModuleConfig, versionConstraint?: string }} ModuleCallConfig
 */

/** One module's configuration: resource blocks, module calls, outputs and variables. */
export class ModuleConfig {
  constructor() {
    /** @type {Map<string, ResourceConfig>} keyed by module-relative address */
    this.resources = new Map();
    /** @type {Map<string, ModuleCallConfig>} */
    this.calls = new Map();
    /** @type {Map<string, OutputConfig>} */
    this.outputs = new Map();
    /** @type {Map<string, VariableConfig>} */
    this.variables = new Map();
  }

  /**
   * Declares a `resource` (or `data`) block.
   * @param {string} type
   * @param {string} name
   * @param {{ expressions?: Record<string, Expr | Blocks>, count?: Expr, forEach?: Expr, mode?: 'managed' | 'data' }} [opts]
   * @returns {ResourceConfig}
   */
  resource(type, name, opts = {}) {
    const mode = opts.mode ?? 'managed';
    const address = `${mode === 'data' ? 'data.' : ''}${type}.${name}`;
    if (this.resources.has(address)) throw new Error(`duplicate resource block ${address}`);
    /** @type {ResourceConfig} */
    const cfg = { type, name, mode, expressions: opts.expressions ?? {} };
    if (opts.count) cfg.count = opts.count;
    if (opts.forEach) cfg.forEach = opts.forEach;
    this.resources.set(address, cfg);
    return cfg;
  }

  /**
   * Declares a `module` block.
   * @param {string} name
   * @param {ModuleCallConfig} call
   */
  moduleCall(name, call) {
    if (this.calls.has(name)) throw new Error(`duplicate module call ${name}`);
    this.calls.set(name, call);
  }

  /** @param {string} name @param {OutputConfig} output */
  output(name, output) {
    this.outputs.set(name, output);
  }

  /** @param {string} name @param {VariableConfig} [variable] */
  variable(name, variable = {}) {
    this.variables.set(name, variable);
  }
}

/** @param {Expr} e */
function exprJson(e) {
  return e.references !== undefined ? { references: e.references } : { constant_value: e.constant };
}

/**
 * The configuration representation of a nested-block attribute. Sets written as blocks in
 * attribute mode (`route`, `ingress`) become one expression over all blocks: a constant list of
 * full objects (unset fields null) when no block has references, else the union of references.
 * Real nested blocks (`requester`) become a list of block-expression maps.
 * @param {Blocks} b @param {AttrSchema | undefined} attr
 */
function blocksJson(b, attr) {
  if (attr?.nested?.mode === 'attr') {
    const elem = attr.nested.elem;
    const references = [];
    let constantOnly = true;
    for (const item of b.items) {
      for (const k of sortedKeys(item)) {
        const e = /** @type {Expr} */ (item[k]);
        if (e.references !== undefined) {
          constantOnly = false;
          references.push(...e.references);
        }
      }
    }
    if (!constantOnly) return { references };
    return {
      constant_value: b.items.map((item) => {
        /** @type {Record<string, unknown>} */
        const o = {};
        for (const k of sortedKeys({ ...elem, ...item })) o[k] = Object.hasOwn(item, k) ? /** @type {Expr} */ (item[k]).constant : null;
        return o;
      }),
    };
  }
  return b.items.map((item) => {
    /** @type {Record<string, unknown>} */
    const o = {};
    for (const k of sortedKeys(item)) o[k] = exprJson(/** @type {Expr} */ (item[k]));
    return o;
  });
}

/** @param {ModuleConfig} mod @param {string} providerKey @returns {Record<string, unknown>} */
function moduleConfigJson(mod, providerKey) {
  /** @type {Record<string, unknown>} */
  const out = {};
  if (mod.outputs.size > 0) {
    /** @type {Record<string, unknown>} */
    const outputs = {};
    for (const name of [...mod.outputs.keys()].sort()) {
      const o = /** @type {OutputConfig} */ (mod.outputs.get(name));
      /** @type {Record<string, unknown>} */
      const j = {};
      if (o.sensitive) j.sensitive = true;
      j.expression = exprJson(o.expression);
      if (o.description !== undefined) j.description = o.description;
      outputs[name] = j;
    }
    out.outputs = outputs;
  }
  if (mod.resources.size > 0) {
    out.resources = [...mod.resources.keys()].sort().map((address) => {
      const r = /** @type {ResourceConfig} */ (mod.resources.get(address));
      const sch = SCHEMAS[r.type];
      /** @type {Record<string, unknown>} */
      const expressions = {};
      for (const k of sortedKeys(r.expressions)) {
        const e = /** @type {Expr | Blocks} */ (r.expressions[k]);
        expressions[k] = e.kind === 'blocks' ? blocksJson(e, sch?.attrs.get(k)) : exprJson(e);
      }
      /** @type {Record<string, unknown>} */
      const j = { address, mode: r.mode, type: r.type, name: r.name, provider_config_key: providerKey };
      if (Object.keys(expressions).length > 0) j.expressions = expressions;
      j.schema_version = sch?.version ?? 0;
      if (r.count) j.count_expression = exprJson(r.count);
      if (r.forEach) j.for_each_expression = exprJson(r.forEach);
      return j;
    });
  }
  if (mod.calls.size > 0) {
    /** @type {Record<string, unknown>} */
    const calls = {};
    for (const name of [...mod.calls.keys()].sort()) {
      const c = /** @type {ModuleCallConfig} */ (mod.calls.get(name));
      /** @type {Record<string, unknown>} */
      const j = { source: c.source };
      if (Object.keys(c.expressions).length > 0) {
        /** @type {Record<string, unknown>} */
        const expressions = {};
        for (const k of sortedKeys(c.expressions)) expressions[k] = exprJson(/** @type {Expr} */ (c.expressions[k]));
        j.expressions = expressions;
      }
      if (c.count) j.count_expression = exprJson(c.count);
      if (c.forEach) j.for_each_expression = exprJson(c.forEach);
      j.module = moduleConfigJson(c.module, providerKey);
      if (c.versionConstraint !== undefined) j.version_constraint = c.versionConstraint;
      calls[name] = j;
    }
    out.module_calls = calls;
  }
  if (mod.variables.size > 0) {
    /** @type {Record<string, unknown>} */
    const variables = {};
    for (const name of [...mod.variables.keys()].sort()) {
      const v = /** @type {VariableConfig} */ (mod.variables.get(name));
      /** @type {Record<string, unknown>} */
      const j = {};
      if (v.default !== undefined) j.default = v.default;
      if (v.description !== undefined) j.description = v.description;
      if (v.sensitive) j.sensitive = true;
      variables[name] = j;
    }
    out.variables = variables;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Resource instances

/**
 * @typedef {'create' | 'no-op' | 'update'} Action
 * @typedef {{ address: string, parsed: ParsedAddress, action: Action,
 *   before: Record<string, unknown> | null, after: Record<string, unknown> }} Instance
 * @typedef {{ region: string, accountId: string }} Ctx
 */

/**
 * A known value for an attribute the provider computed for an existing resource.
 * @param {string} type @param {string} attr @param {AttrSchema} s @param {Record<string, unknown>} v @param {Ctx} ctx
 */
function computedExisting(type, attr, s, v, ctx) {
  const id = String(v.id);
  switch (attr) {
    case 'arn': {
      const kind = SCHEMAS[type]?.arnKind;
      if (kind !== undefined) return `arn:aws:ec2:${ctx.region}:${ctx.accountId}:${kind}/${id}`;
      break;
    }
    case 'owner_id':
    case 'peer_owner_id':
      return ctx.accountId;
    case 'peer_region':
      return ctx.region;
    case 'tags_all':
      return v.tags ?? {};
    case 'accept_status':
      return 'active';
    case 'requester':
    case 'accepter':
      return [{ allow_remote_vpc_dns_resolution: false }];
    case 'default_network_acl_id':
      return fakeId('acl', id);
    case 'default_route_table_id':
    case 'main_route_table_id':
      return fakeId('rtb', `${id}/main`);
    case 'default_security_group_id':
      return fakeId('sg', `${id}/default`);
    case 'dhcp_options_id':
      return fakeId('dopt', ctx.accountId + ctx.region);
    case 'availability_zone':
      return `${ctx.region}a`;
    case 'availability_zone_id': {
      const az = String(v.availability_zone ?? `${ctx.region}a`);
      const short = ctx.region.replace(/^(\w\w)-(\w)\w*-(\d+)$/, '$1$2$3');
      return `${short}-az${az.charCodeAt(az.length - 1) - 96}`;
    }
    case 'private_dns_hostname_type_on_launch':
      return 'ip-name';
    case 'origin':
      return 'CreateRoute';
    case 'state':
      return 'active';
    case 'security_group_rule_id':
      return type === 'aws_security_group_rule' ? fakeId('sgr', id) : id;
    case 'name_prefix':
      return '';
    case 'source_security_group_id':
      return '';
    default:
      break;
  }
  if (s.nested !== undefined || s.type === 'list') return [];
  if (s.type === 'map') return {};
  if (s.type === 'object') return null;
  if (attr === 'enable_lni_at_device_index') return 0;
  if (attr.startsWith('enable_')) return false;
  return '';
}

/**
 * Optional attributes that the provider's Read stores as a zero value rather than null, so an
 * existing object shows `""` (or `[]`, `false`) where a new one shows null.
 * @type {Record<string, Record<string, unknown>>}
 */
const READ_ZERO = {
  aws_vpc: { assign_generated_ipv6_cidr_block: false },
  aws_subnet: { customer_owned_ipv4_pool: '', ipv6_cidr_block: '', map_customer_owned_ip_on_launch: false, outpost_arn: '' },
  aws_route: {
    ...Object.fromEntries(
      ('carrier_gateway_id core_network_arn destination_cidr_block destination_ipv6_cidr_block destination_prefix_list_id ' +
        'egress_only_gateway_id gateway_id local_gateway_id nat_gateway_id transit_gateway_id vpc_endpoint_id ' +
        'vpc_peering_connection_id').split(' ').map((k) => [k, '']),
    ),
  },
  aws_route_table_association: { gateway_id: '', subnet_id: '' },
  aws_security_group_rule: { cidr_blocks: [], description: '', ipv6_cidr_blocks: [], prefix_list_ids: [] },
  aws_internet_gateway: { vpc_id: '' },
};

/**
 * Fills nested-block elements with the value an unset field takes.
 * @param {string} address @param {string} attr @param {AttrSchema} s @param {unknown} value
 */
function fillNested(address, attr, s, value) {
  if (!s.nested || !Array.isArray(value)) return value;
  const elem = s.nested.elem;
  return value.map((item) => {
    if (item === null || typeof item !== 'object' || item instanceof Unknown) return item;
    const it = /** @type {Record<string, unknown>} */ (item);
    /** @type {Record<string, unknown>} */
    const o = {};
    for (const k of Object.keys(it)) {
      if (!Object.hasOwn(elem, k)) throw new Error(`${address}: ${attr} has no field ${k}`);
    }
    for (const k of Object.keys(elem).sort()) {
      const f = /** @type {{ zero: unknown, required: boolean }} */ (elem[k]);
      if (Object.hasOwn(it, k)) o[k] = it[k];
      else if (f.required) throw new Error(`${address}: ${attr} needs ${k}`);
      else o[k] = Array.isArray(f.zero) ? [] : f.zero;
    }
    return o;
  });
}

/**
 * A full value for one instance: given attributes, defaults, nulls, and for the attributes the
 * provider computes either unknown (create) or a known value (existing).
 * @param {string} address @param {string} type @param {Record<string, unknown>} given
 * @param {boolean} existing @param {Ctx} ctx
 */
function fullValue(address, type, given, existing, ctx) {
  const sch = SCHEMAS[type];
  if (sch === undefined) {
    /** @type {Record<string, unknown>} */
    const out = { ...given };
    if (!existing && !Object.hasOwn(out, 'id')) out.id = UNKNOWN;
    return out;
  }
  for (const k of Object.keys(given)) {
    if (!sch.attrs.has(k)) throw new Error(`${address}: ${type} has no attribute ${k}`);
  }
  if (existing && (typeof given.id !== 'string' || given.id === '')) throw new Error(`${address}: an existing resource needs its id`);
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [attr, s] of sch.attrs) {
    if (Object.hasOwn(given, attr)) {
      out[attr] = fillNested(address, attr, s, given[attr]);
      continue;
    }
    switch (s.kind) {
      case 'R':
        throw new Error(`${address}: ${type}.${attr} is required`);
      case 'O': {
        const zero = existing ? READ_ZERO[type] : undefined;
        out[attr] = zero !== undefined && Object.hasOwn(zero, attr) ? zero[attr] : null;
        break;
      }
      case 'D':
        out[attr] = s.dflt;
        break;
      default:
        if (existing) {
          out[attr] = computedExisting(type, attr, s, { ...given, ...out }, ctx);
        } else if (attr === 'tags_all' && isWhollyKnown(given.tags) && given.tags !== null && given.tags !== undefined &&
          Object.keys(/** @type {object} */ (given.tags)).length > 0) {
          out[attr] = given.tags; // the provider merges known tags into tags_all at plan time
        } else {
          out[attr] = s.nested !== undefined || s.type === 'list' ? UNKNOWN_LIST : s.type === 'map' ? UNKNOWN_MAP : UNKNOWN;
        }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Streaming serialization

/** An array whose items are produced while writing. */
class LazyArray {
  /** @param {number} length @param {() => Iterable<unknown>} items */
  constructor(length, items) {
    this.length = length;
    this.items = items;
  }
}
/** An object with some lazily written members. */
class LazyObject {
  /** @param {Array<[string, unknown]>} entries */
  constructor(entries) {
    this.entries = entries;
  }
}

/** Buffers output and flushes it to a file descriptor (or keeps it, for strings). */
class Sink {
  /** @param {number | undefined} fd */
  constructor(fd) {
    this.fd = fd;
    /** @type {string[]} */
    this.parts = [];
    this.size = 0;
  }
  /** @param {string} s */
  push(s) {
    this.parts.push(s);
    this.size += s.length;
    if (this.fd !== undefined && this.size > 1 << 22) this.flush();
  }
  flush() {
    if (this.fd === undefined) return;
    writeSync(this.fd, this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

/** @param {unknown} node @param {Sink} out @param {number} indent @param {number} level */
function emit(node, out, indent, level) {
  const nl = indent > 0 ? '\n' : '';
  const pad = (/** @type {number} */ n) => ' '.repeat(indent * n);
  if (node instanceof LazyArray) {
    if (node.length === 0) {
      out.push('[]');
      return;
    }
    out.push('[');
    let first = true;
    for (const item of node.items()) {
      out.push(first ? nl + pad(level + 1) : `,${nl}${pad(level + 1)}`);
      first = false;
      emit(item, out, indent, level + 1);
    }
    out.push(nl + pad(level) + ']');
    return;
  }
  if (node instanceof LazyObject) {
    out.push('{');
    node.entries.forEach(([k, v], i) => {
      out.push(`${i === 0 ? '' : ','}${nl}${pad(level + 1)}${JSON.stringify(k)}:${indent > 0 ? ' ' : ''}`);
      emit(v, out, indent, level + 1);
    });
    out.push(nl + pad(level) + '}');
    return;
  }
  const s = JSON.stringify(node, null, indent > 0 ? indent : undefined);
  if (s === undefined) throw new Error('cannot serialize undefined');
  out.push(indent > 0 && level > 0 ? s.replace(/\n/g, `\n${pad(level)}`) : s);
}

// ---------------------------------------------------------------------------------------------
// The plan

/**
 * Builds one plan. Declare configuration on `root` (and the ModuleConfigs of module calls),
 * root variables and outputs with `variable`/`output`, and resource instances with `instance`;
 * then `toString()` or `writeFile()`.
 */
export class PlanWriter {
  /**
   * @param {{ terraformVersion?: string, region?: string, accountId?: string, timestamp?: string,
   *   providerVersionConstraint?: string, providerExpressions?: Record<string, Expr> }} [opts]
   */
  constructor(opts = {}) {
    this.terraformVersion = opts.terraformVersion ?? TERRAFORM_VERSION;
    /** @type {Ctx} */
    this.ctx = { region: opts.region ?? 'eu-west-1', accountId: opts.accountId ?? '111122223333' };
    this.timestamp = opts.timestamp ?? '2025-01-15T09:30:00Z';
    this.providerVersionConstraint = opts.providerVersionConstraint;
    this.providerExpressions = opts.providerExpressions;
    this.root = new ModuleConfig();
    /** @type {Map<string, unknown>} */
    this.variableValues = new Map();
    /** @type {Map<string, { before: unknown, after: unknown, sensitive: boolean }>} */
    this.outputValues = new Map();
    /** @type {Instance[]} */
    this.instances = [];
    /** @type {Set<string>} */
    this.addresses = new Set();
  }

  /**
   * A root module variable: its value for this plan, and its declaration.
   * @param {string} name
   * @param {{ value: unknown } & VariableConfig} v
   */
  variable(name, v) {
    const { value, ...decl } = v;
    this.variableValues.set(name, value);
    this.root.variable(name, decl);
  }

  /**
   * A root module output: its declaration and its planned value (may hold UNKNOWN markers).
   * @param {string} name
   * @param {OutputConfig & { value: unknown, before?: unknown }} o
   */
  output(name, o) {
    const { value, before, ...decl } = o;
    this.root.output(name, decl);
    this.outputValues.set(name, { before: before ?? null, after: value, sensitive: decl.sensitive === true });
  }

  /**
   * One resource instance. `values` are the attributes that differ from what the schema implies
   * (set in configuration, or known for an existing object); UNKNOWN marks a value known only after
   * apply. `create` fills the rest with defaults, nulls and unknowns. `no-op` describes an existing
   * object (its `id` is required) and fills computed attributes with known values. `update` takes
   * the existing object in `before` and the changed attributes in `values`.
   * @param {string} address absolute instance address
   * @param {{ action?: Action, values: Record<string, unknown>, before?: Record<string, unknown> }} spec
   */
  instance(address, spec) {
    if (this.addresses.has(address)) throw new Error(`duplicate instance ${address}`);
    this.addresses.add(address);
    const parsed = parseAddress(address);
    const action = spec.action ?? 'create';
    let before = null;
    let after;
    if (action === 'create') {
      after = fullValue(address, parsed.type, spec.values, false, this.ctx);
    } else if (action === 'no-op') {
      after = fullValue(address, parsed.type, spec.values, true, this.ctx);
      before = after;
    } else {
      if (spec.before === undefined) throw new Error(`${address}: an update needs before`);
      before = fullValue(address, parsed.type, spec.before, true, this.ctx);
      after = { ...before };
      const sch = SCHEMAS[parsed.type];
      for (const k of Object.keys(spec.values)) {
        const s = sch?.attrs.get(k);
        if (sch !== undefined && s === undefined) throw new Error(`${address}: ${parsed.type} has no attribute ${k}`);
        after[k] = s ? fillNested(address, k, s, spec.values[k]) : spec.values[k];
      }
      if (Object.hasOwn(spec.values, 'tags') && !Object.hasOwn(spec.values, 'tags_all') && sch?.attrs.has('tags_all')) {
        after.tags_all = spec.values.tags ?? UNKNOWN_MAP;
      }
    }
    this.instances.push({ address, parsed, action, before, after });
  }

  /** The configuration of the module at a config path (`spoke.inner`), or undefined. @param {string} path */
  moduleConfigAt(path) {
    let mod = this.root;
    if (path === '') return mod;
    for (const name of path.split('.')) {
      const call = mod.calls.get(name);
      if (call === undefined) return undefined;
      mod = call.module;
    }
    return mod;
  }

  /** Checks that every instance has a resource block. */
  validate() {
    for (const inst of this.instances) {
      const mod = this.moduleConfigAt(inst.parsed.configModule);
      if (mod === undefined || !mod.resources.has(inst.parsed.configAddress)) {
        throw new Error(`${inst.address}: no resource block ${inst.parsed.configAddress} in module '${inst.parsed.configModule}'`);
      }
    }
  }

  /** State-style depends_on for an existing instance: the resources its block refers to. @param {Instance} inst */
  dependsOn(inst) {
    const mod = this.moduleConfigAt(inst.parsed.configModule);
    const cfg = mod?.resources.get(inst.parsed.configAddress);
    if (!mod || !cfg) return [];
    const prefix = inst.parsed.configModule === '' ? '' : inst.parsed.configModule.split('.').map((m) => `module.${m}.`).join('');
    const deps = new Set();
    const visit = (/** @type {Expr} */ e) => {
      for (const r of e.references ?? []) if (mod.resources.has(r) && r !== inst.parsed.configAddress) deps.add(prefix + r);
    };
    for (const e of Object.values(cfg.expressions)) {
      if (e.kind === 'blocks') for (const item of e.items) Object.values(item).forEach(visit);
      else visit(e);
    }
    return [...deps].sort();
  }

  /** @param {Instance} inst @param {Record<string, unknown>} values */
  resourceValueJson(inst, values) {
    const p = inst.parsed;
    /** @type {Record<string, unknown>} */
    const j = { address: inst.address, mode: p.mode, type: p.type, name: p.name };
    if (p.index !== undefined) j.index = p.index;
    j.provider_name = AWS_PROVIDER;
    j.schema_version = SCHEMAS[p.type]?.version ?? 0;
    j.values = omitUnknowns(values);
    j.sensitive_values = sensitiveAsBool(values);
    return j;
  }

  /** @param {Instance} inst */
  changeJson(inst) {
    const p = inst.parsed;
    /** @type {Record<string, unknown>} */
    const j = { address: inst.address };
    if (p.moduleAddress !== '') j.module_address = p.moduleAddress;
    j.mode = p.mode;
    j.type = p.type;
    j.name = p.name;
    if (p.index !== undefined) j.index = p.index;
    j.provider_name = AWS_PROVIDER;
    const known = isWhollyKnown(inst.after);
    j.change = {
      actions: [inst.action],
      before: inst.before === null ? null : omitUnknowns(inst.before),
      after: omitUnknowns(inst.after),
      after_unknown: known ? {} : unknownAsBool(inst.after),
      before_sensitive: inst.before === null ? false : sensitiveAsBool(inst.before),
      after_sensitive: sensitiveAsBool(inst.after),
    };
    return j;
  }

  /**
   * The module tree of a values representation.
   * @param {Instance[]} instances sorted by address
   * @param {(inst: Instance) => unknown} resourceJson
   */
  moduleTree(instances, resourceJson) {
    /** @typedef {{ address: string, resources: Instance[], children: Map<string, Node> }} Node */
    /** @type {Node} */
    const root = { address: '', resources: [], children: new Map() };
    for (const inst of instances) {
      let node = root;
      let addr = '';
      for (const m of inst.parsed.modules) {
        addr += `${addr === '' ? '' : '.'}module.${m.name}${keySuffix(m.key)}`;
        let child = node.children.get(addr);
        if (child === undefined) {
          child = { address: addr, resources: [], children: new Map() };
          node.children.set(addr, child);
        }
        node = child;
      }
      node.resources.push(inst);
    }
    /** @param {Node} node @returns {LazyObject} */
    const toJson = (node) => {
      /** @type {Array<[string, unknown]>} */
      const entries = [];
      if (node.resources.length > 0) {
        const rs = node.resources;
        entries.push(['resources', new LazyArray(rs.length, function* () {
          for (const r of rs) yield resourceJson(r);
        })]);
      }
      if (node.address !== '') entries.push(['address', node.address]);
      if (node.children.size > 0) {
        const kids = [...node.children.values()].sort((a, b) => (a.address < b.address ? -1 : 1));
        entries.push(['child_modules', new LazyArray(kids.length, function* () {
          for (const k of kids) yield toJson(k);
        })]);
      }
      return new LazyObject(entries);
    };
    return toJson(root);
  }

  /** The whole plan as a lazily serialized tree. */
  document() {
    this.validate();
    const sorted = [...this.instances].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
    const existing = sorted.filter((i) => i.before !== null);
    /** @type {Array<[string, unknown]>} */
    const top = [
      ['format_version', '1.2'],
      ['terraform_version', this.terraformVersion],
    ];
    if (this.variableValues.size > 0) {
      /** @type {Record<string, unknown>} */
      const vars = {};
      for (const k of [...this.variableValues.keys()].sort()) vars[k] = { value: this.variableValues.get(k) };
      top.push(['variables', vars]);
    }
    /** @type {Array<[string, unknown]>} */
    const planned = [];
    if (this.outputValues.size > 0) {
      /** @type {Record<string, unknown>} */
      const outs = {};
      for (const k of [...this.outputValues.keys()].sort()) {
        const o = /** @type {{ after: unknown, sensitive: boolean }} */ (this.outputValues.get(k));
        outs[k] = isWhollyKnown(o.after)
          ? { sensitive: o.sensitive, value: o.after, type: ctyType(o.after) }
          : { sensitive: o.sensitive };
      }
      planned.push(['outputs', outs]);
    }
    planned.push(['root_module', this.moduleTree(sorted, (i) => this.resourceValueJson(i, i.after))]);
    top.push(['planned_values', new LazyObject(planned)]);
    const self = this;
    top.push(['resource_changes', new LazyArray(sorted.length, function* () {
      for (const i of sorted) yield self.changeJson(i);
    })]);
    if (this.outputValues.size > 0) {
      /** @type {Record<string, unknown>} */
      const changes = {};
      for (const k of [...this.outputValues.keys()].sort()) {
        const o = /** @type {{ before: unknown, after: unknown, sensitive: boolean }} */ (this.outputValues.get(k));
        const known = isWhollyKnown(o.after);
        /** @type {Record<string, unknown>} */
        const c = { actions: [o.before === null ? 'create' : 'no-op'], before: o.before };
        const after = omitUnknowns(o.after);
        if (after !== undefined) c.after = after;
        c.after_unknown = known ? false : unknownAsBool(o.after);
        c.before_sensitive = false;
        c.after_sensitive = false;
        changes[k] = c;
      }
      top.push(['output_changes', changes]);
    }
    if (existing.length > 0) {
      const values = new LazyObject([
        ['root_module', this.moduleTree(existing, (i) => {
          const j = this.resourceValueJson(i, /** @type {Record<string, unknown>} */ (i.before));
          const deps = this.dependsOn(i);
          if (deps.length > 0) j.depends_on = deps;
          return j;
        })],
      ]);
      top.push(['prior_state', new LazyObject([
        ['format_version', '1.0'],
        ['terraform_version', this.terraformVersion],
        ['values', values],
      ])]);
    }
    /** @type {Record<string, unknown>} */
    const provider = { name: 'aws', full_name: AWS_PROVIDER };
    if (this.providerVersionConstraint !== undefined) provider.version_constraint = this.providerVersionConstraint;
    if (this.providerExpressions !== undefined) {
      /** @type {Record<string, unknown>} */
      const exprs = {};
      for (const k of sortedKeys(this.providerExpressions)) exprs[k] = exprJson(/** @type {Expr} */ (this.providerExpressions[k]));
      provider.expressions = exprs;
    }
    top.push(['configuration', { provider_config: { aws: provider }, root_module: moduleConfigJson(this.root, 'aws') }]);
    top.push(['timestamp', this.timestamp]);
    top.push(['applyable', true]);
    top.push(['complete', true]);
    top.push(['errored', false]);
    return new LazyObject(top);
  }

  /**
   * The plan JSON as a string.
   * @param {{ indent?: number }} [opts] indent 0 (default) prints compact JSON, as Terraform does
   */
  toString(opts = {}) {
    const sink = new Sink(undefined);
    emit(this.document(), sink, opts.indent ?? 0, 0);
    return sink.parts.join('');
  }

  /**
   * Streams the plan JSON to a file.
   * @param {string} path
   * @param {{ indent?: number }} [opts]
   */
  writeFile(path, opts = {}) {
    const fd = openSync(path, 'w');
    try {
      const sink = new Sink(fd);
      emit(this.document(), sink, opts.indent ?? 0, 0);
      sink.push('\n');
      sink.flush();
    } finally {
      closeSync(fd);
    }
  }
}

/** cty's JSON type for a known output value. @param {unknown} v @returns {unknown} */
function ctyType(v) {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'bool';
  if (v === null) return 'dynamic';
  if (Array.isArray(v)) return ['tuple', v.map(ctyType)];
  /** @type {Record<string, unknown>} */
  const attrs = {};
  const o = /** @type {Record<string, unknown>} */ (v);
  for (const k of sortedKeys(o)) attrs[k] = ctyType(o[k]);
  return ['object', attrs];
}
