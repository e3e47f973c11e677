/**
 * Generates the topology plans of the benchmark, to keep rules and model sub-quadratic in the
 * number of peerings and spokes: `mesh-200`, a full mesh of 200 VPCs (19,900 peerings, a route
 * table per VPC with a route to every peer), and `hub-4000`, a hub VPC with 4,000 spokes (a route
 * each way per spoke). Every resource exists already (known IDs, planned_values only), so the
 * model joins them by ID. Planted: the mesh VPCs exceed the peering quota (NET303), and one spoke
 * lacks its route back (NET201). Deterministic.
 *
 * CLI: `node scripts/bench/gen-topology.js [mesh-200|hub-4000 ...]` writes bench/out/<name>.json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT_DIR = join(resolve(HERE, '..', '..'), 'bench', 'out');
const VERSION = 1;
const PROVIDER = 'registry.terraform.io/hashicorp/aws';

/** The topologies by name. */
export const TOPOLOGIES = /** @type {const} */ ({ 'mesh-200': { kind: 'mesh', vpcs: 200 }, 'hub-4000': { kind: 'hub', vpcs: 4001 } });

/** @param {string} type @param {string} name @param {Record<string, unknown>} values */
function resource(type, name, values) {
  return { address: `${type}.${name}`, mode: 'managed', type, name, provider_name: PROVIDER, schema_version: 0, values };
}

const hex = (/** @type {number} */ n, /** @type {number} */ w = 8) => n.toString(16).padStart(w, '0');

/** @param {keyof typeof TOPOLOGIES} name */
function build(name) {
  const { kind, vpcs } = TOPOLOGIES[name];
  /** @type {ReturnType<typeof resource>[]} */
  const out = [];
  // VPC i: 10.0.0.0/16 for the hub (or mesh VPC 0), then /24s of 10.1.0.0 and up for hub spokes
  // and /16s for mesh members.
  const cidrOf = (/** @type {number} */ i) => (kind === 'mesh' ? `10.${i}.0.0/16` : i === 0 ? '10.0.0.0/16' : `10.${1 + (i >> 8)}.${i & 255}.0/24`);
  for (let i = 0; i < vpcs; i++) {
    out.push(resource('aws_vpc', `v${i}`, { id: `vpc-${hex(i, 17)}`, cidr_block: cidrOf(i), enable_dns_support: true, enable_dns_hostnames: true, tags: { Name: `v${i}` } }));
    out.push(resource('aws_route_table', `v${i}`, { id: `rtb-${hex(i, 17)}`, vpc_id: `vpc-${hex(i, 17)}`, route: [] }));
  }
  let p = 0;
  /** @param {number} a @param {number} b @param {boolean} back */
  const peer = (a, b, back) => {
    const id = `pcx-${hex(p++, 17)}`;
    out.push(resource('aws_vpc_peering_connection', `p${a}_${b}`, { id, vpc_id: `vpc-${hex(a, 17)}`, peer_vpc_id: `vpc-${hex(b, 17)}`, auto_accept: true, accept_status: 'active' }));
    out.push(resource('aws_route', `r${a}_${b}`, { id: `r-rtb-${hex(a, 17)}-${b}`, route_table_id: `rtb-${hex(a, 17)}`, destination_cidr_block: cidrOf(b), vpc_peering_connection_id: id }));
    if (back) out.push(resource('aws_route', `r${b}_${a}`, { id: `r-rtb-${hex(b, 17)}-${a}`, route_table_id: `rtb-${hex(b, 17)}`, destination_cidr_block: cidrOf(a), vpc_peering_connection_id: id }));
  };
  if (kind === 'mesh') {
    for (let a = 0; a < vpcs; a++) for (let b = a + 1; b < vpcs; b++) peer(a, b, true);
  } else {
    for (let s = 1; s < vpcs; s++) peer(0, s, s !== 7);
  }
  const plan = {
    format_version: '1.2',
    terraform_version: '1.9.0',
    planned_values: { root_module: { resources: out } },
  };
  return { text: `${JSON.stringify(plan, null, 2)}\n`, resources: out.length };
}

/**
 * Writes bench/out/<name>.json unless it is there for this generator version.
 * @param {keyof typeof TOPOLOGIES} name
 * @param {{ log?: (msg: string) => void }} [opts]
 */
export function ensureTopology(name, opts = {}) {
  const path = join(OUT_DIR, `${name}.json`);
  const stampPath = `${path}.stamp`;
  const want = `v${VERSION} ${name}`;
  if (existsSync(path) && existsSync(stampPath)) {
    const [v, n, count] = readFileSync(stampPath, 'utf8').trim().split(' ');
    if (`${v} ${n}` === want) return { path, resources: Number(count) };
  }
  const { text, resources } = build(name);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(path, text);
  writeFileSync(stampPath, `${want} ${resources}\n`);
  opts.log?.(`generated ${path}: ${resources} resources`);
  return { path, resources };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const name of process.argv.length > 2 ? process.argv.slice(2) : Object.keys(TOPOLOGIES)) {
    if (!Object.hasOwn(TOPOLOGIES, name)) {
      process.stderr.write(`unknown topology ${name}; expected one of ${Object.keys(TOPOLOGIES).join(', ')}\n`);
      process.exit(2);
    }
    const r = ensureTopology(/** @type {keyof typeof TOPOLOGIES} */ (name), { log: (m) => process.stdout.write(`${m}\n`) });
    process.stdout.write(`${r.path}: ${r.resources} resources\n`);
  }
}
