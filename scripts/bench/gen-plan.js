/**
 * Generates synthetic but valid Terraform plans for the benchmark: VPCs built by two modules
 * (`module.vpc["vpc-0042"]`, standalone routes and rule resources; `module.vpc_legacy[…]`, inline
 * routes and rules), grouped into hub-and-spoke and partial-mesh topologies, peered by root-level
 * blocks that reference the module instances by literal key, with routes in both directions, so
 * the plan is clean apart from a few planted findings. Some groups already exist (no-op, known IDs,
 * prior state), some are being added (create, unknown IDs reachable only through references),
 * some are half and half. Seeded and deterministic; roughly 1 s per 10k resources.
 *
 * CLI: `node scripts/bench/gen-plan.js [1k|10k|100k ...]` writes bench/out/plan-<size>.json.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ModuleConfig, PlanWriter, UNKNOWN, blocks, constant, fakeId, ref } from '../lib/plan-writer.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..', '..');
export const OUT_DIR = join(REPO, 'bench', 'out');
/** Sizes by name: the target number of resource instances. */
export const SIZES = /** @type {const} */ ({ '1k': 1_000, '10k': 10_000, '100k': 100_000 });
export const DEFAULT_SEED = 20250115;

const REGION = 'eu-west-1';
const ACCOUNT = '444455556666';
const AZS = ['a', 'b', 'c'];
const ADMIN_CIDR = '192.168.100.0/24';
const HUB_SPOKES = 9;
const MESH_SIZE = 8;
/** Ring offsets a mesh member peers with: i±1 and i±3 (degree 4, no two neighbours share a third). */
const MESH_OFFSETS = [1, 3];

/** A small seeded PRNG (mulberry32). @param {number} seed */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The n-th /22 of 10.0.0.0/8. @param {number} n */
function slotCidr(n) {
  if (n >= 16384) throw new Error('out of /22 blocks in 10.0.0.0/8');
  return `10.${n >> 6}.${(n & 63) << 2}.0/22`;
}

/**
 * Subnet `i` of a VPC: the public one (a) is the first /24, the private ones (b, c) fill the upper
 * /23 of the VPC's first /22, which is the range peers route to.
 * @param {string} cidr @param {number} i
 */
function subnetOf(cidr, i) {
  const [a, b, c] = /** @type {string} */ (cidr.split('/')[0]).split('.').map(Number);
  return `${a}.${b}.${/** @type {number} */ (c) + /** @type {number} */ ([0, 2, 3][i])}.0/24`;
}

/** The private range of a VPC (its subnets b and c): what its peers route to. @param {string} cidr */
function privateRange(cidr) {
  const [a, b, c] = /** @type {string} */ (cidr.split('/')[0]).split('.').map(Number);
  return `${a}.${b}.${/** @type {number} */ (c) + 2}.0/23`;
}

/** A decimal string hash, as the AWS provider uses in some IDs. @param {string} text */
function numHash(text) {
  let h = 0;
  for (const ch of text) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return String(h % 2147483647);
}

/** A route ID as the AWS provider builds it: `r-` + table ID + a hash of the destination. */
function routeId(/** @type {string} */ rtb, /** @type {string} */ dest) {
  return `r-${rtb}${numHash(dest)}`;
}

/**
 * @typedef {{ key: string, index: number, cidr: string, existing: boolean, legacy: boolean,
 *   adminCidr: string, tags: Record<string, string>, updateTags: boolean,
 *   inlinePeerRoutes: Array<{ cidr_block: string, vpc_peering_connection_id: string }>,
 *   privateRoutes: Array<Record<string, unknown>> }} Unit
 * @typedef {{ name: string, a: Unit, b: Unit, existing: boolean, accepter: boolean, id: string,
 *   skipReverse?: boolean }} Peering
 */

/** The VPC module (standalone routes and rule resources). @returns {ModuleConfig} */
function vpcModule() {
  const m = new ModuleConfig();
  for (const v of ['name', 'cidr_block', 'private_cidr_block', 'azs', 'admin_cidr', 'tags']) m.variable(v, { description: `VPC ${v}.` });
  const tags = (/** @type {string} */ suffix) => ref(`merge(var.tags, { Name = "\${var.name}${suffix}" })`);
  m.resource('aws_vpc', 'this', {
    expressions: {
      cidr_block: ref('var.cidr_block'),
      enable_dns_support: constant(true),
      enable_dns_hostnames: constant(true),
      tags: tags(''),
    },
  });
  m.resource('aws_subnet', 'this', {
    forEach: ref('local.subnets'),
    expressions: {
      vpc_id: ref('aws_vpc.this.id'),
      cidr_block: ref('each.value.cidr_block'),
      availability_zone: ref('each.value.availability_zone'),
      tags: tags('-${each.key}'),
    },
  });
  m.resource('aws_internet_gateway', 'this', { expressions: { vpc_id: ref('aws_vpc.this.id'), tags: tags('') } });
  for (const t of ['public', 'private']) {
    m.resource('aws_route_table', t, { expressions: { vpc_id: ref('aws_vpc.this.id'), tags: tags(`-${t}`) } });
  }
  m.resource('aws_route', 'internet', {
    expressions: {
      route_table_id: ref('aws_route_table.public.id'),
      destination_cidr_block: constant('0.0.0.0/0'),
      gateway_id: ref('aws_internet_gateway.this.id'),
    },
  });
  for (const az of AZS) {
    m.resource('aws_route_table_association', az, {
      expressions: {
        subnet_id: ref(`aws_subnet.this["${az}"].id`),
        route_table_id: ref(`aws_route_table.${az === 'a' ? 'public' : 'private'}.id`),
      },
    });
  }
  m.resource('aws_security_group', 'this', {
    expressions: {
      name: ref('"${var.name}-workloads"'),
      description: constant('Workloads'),
      vpc_id: ref('aws_vpc.this.id'),
      tags: tags('-workloads'),
    },
  });
  m.resource('aws_vpc_security_group_ingress_rule', 'https', {
    expressions: {
      security_group_id: ref('aws_security_group.this.id'),
      description: constant('HTTPS from the private network'),
      ip_protocol: constant('tcp'),
      from_port: constant(443),
      to_port: constant(443),
      cidr_ipv4: constant('10.0.0.0/8'),
    },
  });
  m.resource('aws_security_group_rule', 'ssh', {
    expressions: {
      type: constant('ingress'),
      security_group_id: ref('aws_security_group.this.id'),
      description: constant('SSH from the admin network'),
      protocol: constant('tcp'),
      from_port: constant(22),
      to_port: constant(22),
      cidr_blocks: ref('[var.admin_cidr]'),
    },
  });
  m.resource('aws_vpc_security_group_egress_rule', 'all', {
    expressions: {
      security_group_id: ref('aws_security_group.this.id'),
      ip_protocol: constant('-1'),
      cidr_ipv4: constant('0.0.0.0/0'),
    },
  });
  for (const [name, value] of [
    ['vpc_id', 'aws_vpc.this.id'],
    ['cidr_block', 'aws_vpc.this.cidr_block'],
    ['private_cidr_block', 'var.private_cidr_block'],
    ['public_route_table_id', 'aws_route_table.public.id'],
    ['private_route_table_id', 'aws_route_table.private.id'],
    ['security_group_id', 'aws_security_group.this.id'],
  ]) {
    m.output(/** @type {string} */ (name), { expression: ref(/** @type {string} */ (value)) });
  }
  return m;
}

/** The legacy VPC module: inline routes (peer routes passed in by ID) and inline rules. */
function legacyModule() {
  const m = new ModuleConfig();
  for (const v of ['name', 'cidr_block', 'azs', 'admin_cidr', 'peer_routes', 'tags']) m.variable(v, { description: `VPC ${v}.` });
  const tags = ref('merge(var.tags, { Name = var.name })');
  m.resource('aws_vpc', 'this', {
    expressions: {
      cidr_block: ref('var.cidr_block'),
      enable_dns_support: constant(true),
      enable_dns_hostnames: constant(true),
      tags,
    },
  });
  m.resource('aws_subnet', 'this', {
    count: ref('length(var.azs)'),
    expressions: {
      vpc_id: ref('aws_vpc.this.id'),
      cidr_block: ref('cidrsubnet(var.cidr_block, 2, count.index == 0 ? 0 : count.index + 1)'),
      availability_zone: ref('var.azs[count.index]'),
      tags,
    },
  });
  m.resource('aws_internet_gateway', 'this', { expressions: { vpc_id: ref('aws_vpc.this.id'), tags } });
  m.resource('aws_route_table', 'public', {
    expressions: {
      vpc_id: ref('aws_vpc.this.id'),
      route: blocks([{ cidr_block: constant('0.0.0.0/0'), gateway_id: ref('aws_internet_gateway.this.id') }]),
      tags,
    },
  });
  m.resource('aws_route_table', 'private', {
    expressions: { vpc_id: ref('aws_vpc.this.id'), route: ref('var.peer_routes'), tags },
  });
  m.resource('aws_route_table_association', 'this', {
    count: ref('length(var.azs)'),
    expressions: {
      subnet_id: ref('aws_subnet.this[count.index].id'),
      route_table_id: ref('count.index == 0 ? aws_route_table.public.id : aws_route_table.private.id'),
    },
  });
  m.resource('aws_security_group', 'this', {
    expressions: {
      name: ref('"${var.name}-legacy"'),
      vpc_id: ref('aws_vpc.this.id'),
      ingress: blocks([
        {
          description: constant('HTTPS from the private network'),
          from_port: constant(443),
          to_port: constant(443),
          protocol: constant('tcp'),
          cidr_blocks: constant(['10.0.0.0/8']),
        },
        {
          description: constant('SSH from the admin network'),
          from_port: constant(22),
          to_port: constant(22),
          protocol: constant('tcp'),
          cidr_blocks: ref('[var.admin_cidr]'),
        },
      ]),
      egress: blocks([
        { from_port: constant(0), to_port: constant(0), protocol: constant('-1'), cidr_blocks: constant(['0.0.0.0/0']) },
      ]),
      tags,
    },
  });
  m.output('vpc_id', { expression: ref('aws_vpc.this.id') });
  m.output('cidr_block', { expression: ref('aws_vpc.this.cidr_block') });
  m.output('private_cidr_block', { expression: ref('cidrsubnet(var.cidr_block, 1, 1)') });
  return m;
}

/** Builds the plan for a target size. */
class Generator {
  /** @param {number} target @param {number} seed */
  constructor(target, seed) {
    this.target = target;
    this.random = rng(seed);
    this.w = new PlanWriter({ region: REGION, accountId: ACCOUNT, providerExpressions: { region: constant(REGION) } });
    this.w.root.moduleCall('vpc', {
      source: './modules/vpc',
      forEach: ref('var.vpcs'),
      expressions: {
        name: ref('each.key'),
        cidr_block: ref('each.value.cidr_block'),
        private_cidr_block: ref('each.value.private_cidr_block'),
        admin_cidr: ref('each.value.admin_cidr'),
        tags: ref('each.value.tags'),
        azs: ref('var.azs'),
      },
      module: vpcModule(),
    });
    this.w.root.moduleCall('vpc_legacy', {
      source: './modules/vpc-legacy',
      forEach: ref('var.legacy_vpcs'),
      expressions: {
        name: ref('each.key'),
        cidr_block: ref('each.value.cidr_block'),
        admin_cidr: ref('each.value.admin_cidr'),
        peer_routes: ref('each.value.peer_routes'),
        tags: ref('each.value.tags'),
        azs: ref('var.azs'),
      },
      module: legacyModule(),
    });
    /** @type {Unit[]} */
    this.units = [];
    /** @type {Peering[]} */
    this.peerings = [];
    /** @type {Array<{ name: string, from: Unit, dest: string, via: Peering }>} planted routes */
    this.extraRoutes = [];
    /** @type {Array<{ name: string, a: Unit, b: Unit }>} planted duplicate peerings */
    this.duplicates = [];
    this.count = 0;
    this.slot = 0;
  }

  /** @param {boolean} existing @param {boolean} legacy @returns {Unit} */
  unit(existing, legacy) {
    const index = this.units.length;
    const key = `vpc-${String(index).padStart(4, '0')}`;
    /** @type {Unit} */
    const u = {
      key,
      index,
      cidr: slotCidr(this.slot++),
      existing,
      legacy,
      adminCidr: ADMIN_CIDR,
      tags: { Environment: index % 3 === 0 ? 'prod' : 'staging', Team: `team-${index % 7}` },
      updateTags: existing && !legacy && this.random() < 0.05,
      inlinePeerRoutes: [],
      privateRoutes: [],
    };
    this.units.push(u);
    this.count += legacy ? 11 : 15;
    return u;
  }

  /** @param {Unit} a @param {Unit} b @param {boolean} existing */
  peer(a, b, existing) {
    const name = `pcx_${a.key.slice(4)}_${b.key.slice(4)}`;
    /** @type {Peering} */
    const p = { name, a, b, existing, accepter: this.random() < 0.25, id: fakeId('pcx', name) };
    this.peerings.push(p);
    this.count += 1 + (p.accepter ? 1 : 0) + (a.legacy ? 0 : 1) + (b.legacy ? 0 : 1);
    return p;
  }

  /** One group of VPCs; `plant` adds the planted findings of that group. */
  group(/** @type {number} */ g) {
    const mesh = g % 3 === 2;
    const r = this.random();
    const life = g === 0 ? 'existing' : g === 1 ? 'new' : g === 2 ? 'expanding' : r < 0.5 ? 'existing' : r < 0.75 ? 'expanding' : 'new';
    const n = mesh ? MESH_SIZE : HUB_SPOKES + 1;
    /** @type {Unit[]} */
    const units = [];
    for (let i = 0; i < n; i++) {
      const existing = life === 'existing' || (life === 'expanding' && i < n / 2);
      units.push(this.unit(existing, life === 'existing' && this.random() < 0.4));
    }
    /** @type {Array<[number, number]>} */
    const pairs = [];
    if (mesh) {
      for (let i = 0; i < n; i++) for (const off of MESH_OFFSETS) pairs.push([i, (i + off) % n]);
    } else {
      for (let i = 1; i < n; i++) pairs.push([i, 0]); // spokes request, the hub accepts
    }
    const seen = new Set();
    for (const [i, j] of pairs) {
      const k = i < j ? `${i}/${j}` : `${j}/${i}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const a = /** @type {Unit} */ (units[i]);
      const b = /** @type {Unit} */ (units[j]);
      this.peer(a, b, a.existing && b.existing);
    }
    if (g === 1) this.plantHubSpoke(units);
    if (g === 2) this.plantOverlap(units);
  }

  /** NET201, NET202, NET203, NET301, NET401, NET001 in a new hub-and-spoke group. @param {Unit[]} units */
  plantHubSpoke(units) {
    const [hub, s1, s2, s3, s4, s5] = /** @type {[Unit, Unit, Unit, Unit, Unit, Unit]} */ (units);
    const find = (/** @type {Unit} */ a) => /** @type {Peering} */ (this.peerings.find((p) => p.a === a && p.b === hub));
    find(s1).skipReverse = true; // NET201: the hub never routes back to s1
    this.count -= 1;
    this.extraRoutes.push({ name: `transit_${s2.key.slice(4)}_${s3.key.slice(4)}`, from: s2, dest: privateRange(s3.cidr), via: find(s2) }); // NET202
    this.extraRoutes.push({ name: `egress_${s4.key.slice(4)}`, from: s4, dest: '0.0.0.0/0', via: find(s4) }); // NET203
    this.duplicates.push({ name: `dup_${hub.key.slice(4)}_${s5.key.slice(4)}`, a: hub, b: s5 }); // NET301
    this.count += 3;
    s1.adminCidr = '0.0.0.0/0'; // NET401
    s2.adminCidr = '192.168.100.1/24'; // NET001
  }

  /** NET101: a new mesh member whose /21 covers its ring neighbour's /22. @param {Unit[]} units */
  plantOverlap(units) {
    for (let i = MESH_SIZE / 2; i < MESH_SIZE - 1; i++) {
      const x = /** @type {Unit} */ (units[i]);
      const y = /** @type {Unit} */ (units[i + 1]);
      if (x.existing || y.existing || (x.index & 1) !== 0) continue;
      const [ip] = x.cidr.split('/');
      const [a, b, c] = /** @type {string} */ (ip).split('.').map(Number);
      x.cidr = `${a}.${b}.${/** @type {number} */ (c) & ~7}.0/21`;
      return;
    }
  }

  build() {
    for (let g = 0; this.count < this.target; g++) this.group(g);
    this.inlineRoutes();
    this.emitUnits();
    this.emitPeerings();
    return this.w;
  }

  /** Peer routes that existing units carry: inline (legacy) or in their table's computed `route`. */
  inlineRoutes() {
    for (const p of this.peerings) {
      if (!p.existing) continue;
      for (const [from, to, reverse] of [
        [p.a, p.b, false],
        [p.b, p.a, true],
      ]) {
        const u = /** @type {Unit} */ (from);
        if (reverse && p.skipReverse) continue;
        const route = { cidr_block: privateRange(/** @type {Unit} */ (to).cidr), vpc_peering_connection_id: p.id };
        if (u.legacy) u.inlinePeerRoutes.push(route);
        else u.privateRoutes.push(route);
      }
    }
  }

  /** @param {Unit} u @param {string} what */
  id(u, what) {
    const prefix = what.split(':')[0];
    return fakeId(/** @type {string} */ (prefix), `${u.key}/${what}`);
  }

  emitUnits() {
    const w = this.w;
    /** @type {Record<string, unknown>} */
    const vpcs = {};
    /** @type {Record<string, unknown>} */
    const legacy = {};
    for (const u of this.units) {
      if (u.legacy) {
        legacy[u.key] = { cidr_block: u.cidr, admin_cidr: u.adminCidr, peer_routes: u.inlinePeerRoutes, tags: u.tags };
        this.emitLegacy(u);
      } else {
        vpcs[u.key] = {
          cidr_block: u.cidr,
          private_cidr_block: privateRange(u.cidr),
          admin_cidr: u.adminCidr,
          tags: u.updateTags ? { ...u.tags, CostCenter: 'cc-1234' } : u.tags,
        };
        this.emitStandard(u);
      }
    }
    w.variable('vpcs', { value: vpcs, description: 'VPCs built by modules/vpc, by key.' });
    w.variable('legacy_vpcs', { value: legacy, description: 'VPCs built by modules/vpc-legacy, by key.' });
    w.variable('azs', { value: AZS.map((z) => REGION + z), description: 'Availability zones.' });
  }

  /**
   * Adds one instance: created (unknown where `unknown` says) or existing (no-op, or an update).
   * @param {Unit} u @param {string} address @param {Record<string, unknown>} values
   * @param {Record<string, unknown>} known values an existing object has, beyond `values`
   * @param {Record<string, unknown>} [update] changed values, for an update
   */
  add(u, address, values, known, update) {
    if (!u.existing) {
      this.w.instance(address, { values });
    } else if (update) {
      this.w.instance(address, { action: 'update', before: { ...values, ...known }, values: update });
    } else {
      this.w.instance(address, { action: 'no-op', values: { ...values, ...known } });
    }
  }

  /** @param {Unit} u */
  emitStandard(u) {
    const mod = `module.vpc[${JSON.stringify(u.key)}]`;
    const x = (/** @type {string} */ what) => (u.existing ? this.id(u, what) : UNKNOWN);
    const tagged = (/** @type {string} */ suffix) => ({ ...u.tags, Name: `${u.key}${suffix}` });
    const vpcId = x('vpc');
    const vpcTags = tagged('');
    this.add(
      u,
      `${mod}.aws_vpc.this`,
      { cidr_block: u.cidr, enable_dns_support: true, enable_dns_hostnames: true, tags: vpcTags },
      { id: vpcId },
      u.updateTags ? { tags: { ...vpcTags, CostCenter: 'cc-1234' } } : undefined,
    );
    AZS.forEach((az, i) => {
      this.add(u, `${mod}.aws_subnet.this["${az}"]`, {
        vpc_id: vpcId,
        cidr_block: subnetOf(u.cidr, i),
        availability_zone: REGION + az,
        tags: tagged(`-${az}`),
      }, { id: x(`subnet:${az}`) });
    });
    const igw = x('igw');
    this.add(u, `${mod}.aws_internet_gateway.this`, { vpc_id: vpcId, tags: tagged('') }, { id: igw });
    const publicRtb = x('rtb:public');
    const privateRtb = x('rtb:private');
    this.add(u, `${mod}.aws_route_table.public`, { vpc_id: vpcId, tags: tagged('-public') }, {
      id: publicRtb,
      route: [{ cidr_block: '0.0.0.0/0', gateway_id: igw }],
    });
    this.add(u, `${mod}.aws_route_table.private`, { vpc_id: vpcId, tags: tagged('-private') }, {
      id: privateRtb,
      route: u.privateRoutes,
    });
    this.add(u, `${mod}.aws_route.internet`, { route_table_id: publicRtb, destination_cidr_block: '0.0.0.0/0', gateway_id: igw }, {
      id: u.existing ? routeId(String(publicRtb), '0.0.0.0/0') : undefined,
    });
    for (const az of AZS) {
      this.add(u, `${mod}.aws_route_table_association.${az}`, {
        subnet_id: x(`subnet:${az}`),
        route_table_id: az === 'a' ? publicRtb : privateRtb,
      }, { id: x(`rtbassoc:${az}`) });
    }
    const sg = x('sg');
    const rule = (/** @type {string} */ desc, /** @type {number} */ port, /** @type {string} */ cidr) => ({
      cidr_blocks: [cidr],
      description: desc,
      from_port: port,
      protocol: port === 0 ? '-1' : 'tcp',
      to_port: port,
    });
    this.add(u, `${mod}.aws_security_group.this`, {
      name: `${u.key}-workloads`,
      description: 'Workloads',
      vpc_id: vpcId,
      tags: tagged('-workloads'),
    }, {
      id: sg,
      ingress: [rule('HTTPS from the private network', 443, '10.0.0.0/8'), rule('SSH from the admin network', 22, u.adminCidr)],
      egress: [{ ...rule('', 0, '0.0.0.0/0') }],
    });
    this.add(u, `${mod}.aws_vpc_security_group_ingress_rule.https`, {
      security_group_id: sg,
      description: 'HTTPS from the private network',
      ip_protocol: 'tcp',
      from_port: 443,
      to_port: 443,
      cidr_ipv4: '10.0.0.0/8',
    }, { id: x('sgr:https') });
    this.add(u, `${mod}.aws_security_group_rule.ssh`, {
      type: 'ingress',
      security_group_id: sg,
      description: 'SSH from the admin network',
      protocol: 'tcp',
      from_port: 22,
      to_port: 22,
      cidr_blocks: [u.adminCidr],
    }, { id: `sgrule-${numHash(`${u.key}/ssh`)}` });
    this.add(u, `${mod}.aws_vpc_security_group_egress_rule.all`, {
      security_group_id: sg,
      ip_protocol: '-1',
      cidr_ipv4: '0.0.0.0/0',
    }, { id: x('sgr:all') });
  }

  /** @param {Unit} u */
  emitLegacy(u) {
    const mod = `module.vpc_legacy[${JSON.stringify(u.key)}]`;
    const id = (/** @type {string} */ what) => this.id(u, what);
    const tags = { ...u.tags, Name: u.key };
    const vpcId = id('vpc');
    this.add(u, `${mod}.aws_vpc.this`, { cidr_block: u.cidr, enable_dns_support: true, enable_dns_hostnames: true, tags }, { id: vpcId });
    AZS.forEach((az, i) => {
      this.add(u, `${mod}.aws_subnet.this[${i}]`, {
        vpc_id: vpcId,
        cidr_block: subnetOf(u.cidr, i),
        availability_zone: REGION + az,
        tags,
      }, { id: id(`subnet:${az}`) });
    });
    const igw = id('igw');
    this.add(u, `${mod}.aws_internet_gateway.this`, { vpc_id: vpcId, tags }, { id: igw });
    this.add(u, `${mod}.aws_route_table.public`, { vpc_id: vpcId, route: [{ cidr_block: '0.0.0.0/0', gateway_id: igw }], tags }, { id: id('rtb:public') });
    this.add(u, `${mod}.aws_route_table.private`, { vpc_id: vpcId, route: u.inlinePeerRoutes, tags }, { id: id('rtb:private') });
    AZS.forEach((az, i) => {
      this.add(u, `${mod}.aws_route_table_association.this[${i}]`, {
        subnet_id: id(`subnet:${az}`),
        route_table_id: id(i === 0 ? 'rtb:public' : 'rtb:private'),
      }, { id: id(`rtbassoc:${az}`) });
    });
    this.add(u, `${mod}.aws_security_group.this`, {
      name: `${u.key}-legacy`,
      vpc_id: vpcId,
      ingress: [
        { description: 'HTTPS from the private network', from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: ['10.0.0.0/8'] },
        { description: 'SSH from the admin network', from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: [u.adminCidr] },
      ],
      egress: [{ from_port: 0, to_port: 0, protocol: '-1', cidr_blocks: ['0.0.0.0/0'] }],
      tags,
    }, { id: id('sg') });
  }

  /** The module output a root block reads, and its value. @param {Unit} u @param {string} output */
  out(u, output) {
    const mod = `module.${u.legacy ? 'vpc_legacy' : 'vpc'}[${JSON.stringify(u.key)}]`;
    const value =
      output === 'private_cidr_block'
        ? privateRange(u.cidr)
        : !u.existing
          ? UNKNOWN
          : this.id(u, output === 'vpc_id' ? 'vpc' : 'rtb:private');
    return { expr: `${mod}.${output}`, value };
  }

  emitPeerings() {
    const w = this.w;
    const root = w.root;
    for (const p of this.peerings) {
      const va = this.out(p.a, 'vpc_id');
      const vb = this.out(p.b, 'vpc_id');
      const tags = { Name: `${p.a.key}-to-${p.b.key}` };
      /** @type {Record<string, import('../lib/plan-writer.js').Expr>} */
      const exprs = { vpc_id: ref(va.expr), peer_vpc_id: ref(vb.expr), tags: constant(tags) };
      if (!p.accepter) exprs.auto_accept = constant(true);
      root.resource('aws_vpc_peering_connection', p.name, { expressions: exprs });
      const values = { vpc_id: va.value, peer_vpc_id: vb.value, tags, ...(p.accepter ? {} : { auto_accept: true }) };
      w.instance(`aws_vpc_peering_connection.${p.name}`, p.existing ? { action: 'no-op', values: { ...values, id: p.id } } : { values });
      let pcxRef = `aws_vpc_peering_connection.${p.name}.id`;
      if (p.accepter) {
        root.resource('aws_vpc_peering_connection_accepter', p.name, {
          expressions: { vpc_peering_connection_id: ref(pcxRef), auto_accept: constant(true), tags: constant(tags) },
        });
        const accValues = { vpc_peering_connection_id: p.existing ? p.id : UNKNOWN, auto_accept: true, tags };
        w.instance(
          `aws_vpc_peering_connection_accepter.${p.name}`,
          p.existing
            ? { action: 'no-op', values: { ...accValues, id: p.id, vpc_id: va.value, peer_vpc_id: vb.value } }
            : { values: accValues },
        );
        pcxRef = `aws_vpc_peering_connection_accepter.${p.name}.id`;
      }
      const [ra, rb] = [this.out(p.a, 'private_cidr_block'), this.out(p.b, 'private_cidr_block')];
      this.route(`${p.name}_req`, p.a, String(rb.value), p, `aws_vpc_peering_connection.${p.name}.id`, rb.expr);
      if (!p.skipReverse) this.route(`${p.name}_acc`, p.b, String(ra.value), p, pcxRef, ra.expr);
    }
    for (const r of this.extraRoutes) this.route(r.name, r.from, r.dest, r.via, `aws_vpc_peering_connection.${r.via.name}.id`);
    for (const d of this.duplicates) {
      const va = this.out(d.a, 'vpc_id');
      const vb = this.out(d.b, 'vpc_id');
      const tags = { Name: `${d.a.key}-to-${d.b.key} (old)` };
      root.resource('aws_vpc_peering_connection', d.name, {
        expressions: { vpc_id: ref(va.expr), peer_vpc_id: ref(vb.expr), auto_accept: constant(true), tags: constant(tags) },
      });
      w.instance(`aws_vpc_peering_connection.${d.name}`, { values: { vpc_id: va.value, peer_vpc_id: vb.value, auto_accept: true, tags } });
    }
  }

  /**
   * A standalone route in a unit's private table over a peering (legacy units carry theirs inline).
   * @param {string} name @param {Unit} from @param {string} dest @param {Peering} p @param {string} pcxRef
   * @param {string} [destExpr] the module output the destination is read from; a literal otherwise
   */
  route(name, from, dest, p, pcxRef, destExpr) {
    if (from.legacy) return;
    const table = this.out(from, 'private_route_table_id');
    this.w.root.resource('aws_route', name, {
      expressions: {
        route_table_id: ref(table.expr),
        destination_cidr_block: destExpr ? ref(destExpr) : constant(dest),
        vpc_peering_connection_id: ref(pcxRef),
      },
    });
    const values = { route_table_id: table.value, destination_cidr_block: dest, vpc_peering_connection_id: p.existing ? p.id : UNKNOWN };
    this.w.instance(
      `aws_route.${name}`,
      p.existing ? { action: 'no-op', values: { ...values, id: routeId(String(table.value), dest) } } : { values },
    );
  }
}

/**
 * Builds a plan of about `resources` resource instances.
 * @param {{ resources: number, seed?: number }} opts
 * @returns {PlanWriter}
 */
export function buildPlan(opts) {
  return new Generator(opts.resources, opts.seed ?? DEFAULT_SEED).build();
}

/** @param {string} size */
export function planPath(size) {
  return join(OUT_DIR, `plan-${size}.json`);
}

/** A fingerprint of everything that shapes the output, to know when a plan file is stale. */
function stamp(/** @type {string} */ size, /** @type {number} */ seed) {
  const h = createHash('sha256');
  h.update(readFileSync(fileURLToPath(import.meta.url)));
  h.update(readFileSync(join(REPO, 'scripts', 'lib', 'plan-writer.js')));
  h.update(`${size}/${seed}`);
  return h.digest('hex');
}

/**
 * Writes bench/out/plan-<size>.json unless it exists and the generator has not changed since.
 * @param {keyof typeof SIZES} size
 * @param {{ seed?: number, log?: (msg: string) => void }} [opts]
 * @returns {{ path: string, resources: number, generated: boolean }}
 */
export function ensurePlan(size, opts = {}) {
  const seed = opts.seed ?? DEFAULT_SEED;
  const path = planPath(size);
  const stampPath = `${path}.stamp`;
  const want = stamp(size, seed);
  if (existsSync(path) && existsSync(stampPath)) {
    const [have, count] = readFileSync(stampPath, 'utf8').trim().split(' ');
    if (have === want) return { path, resources: Number(count), generated: false };
  }
  mkdirSync(OUT_DIR, { recursive: true });
  const t0 = performance.now();
  const plan = buildPlan({ resources: SIZES[size], seed });
  plan.writeFile(path);
  writeFileSync(stampPath, `${want} ${plan.instances.length}\n`);
  opts.log?.(`generated ${path}: ${plan.instances.length} resources in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { path, resources: plan.instances.length, generated: true };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(SIZES);
  for (const size of sizes) {
    if (!Object.hasOwn(SIZES, size)) {
      process.stderr.write(`unknown size ${size}; expected one of ${Object.keys(SIZES).join(', ')}\n`);
      process.exit(2);
    }
    const r = ensurePlan(/** @type {keyof typeof SIZES} */ (size), { log: (m) => process.stdout.write(`${m}\n`) });
    if (!r.generated) process.stdout.write(`${r.path} is up to date (${r.resources} resources)\n`);
  }
}
