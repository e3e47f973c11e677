/**
 * Generates Terraform module directories for the benchmark: a hub VPC and N spokes, written the
 * way real network code is: the hub and the hub side of every peering as literal blocks across
 * several files (variables.tf, hub.tf, routes.tf, security.tf, spokes.tf), the spokes as one
 * local module (modules/spoke) called with for_each over a map variable, with cidrsubnet()
 * addressing, for_each over subnets, and references across the module boundary. The network is
 * correct apart from the planted findings: SSH open to the world on the hub bastion and, at 1k,
 * more peerings on the hub than the default quota of 50 (NET303).
 *
 * CLI: `node scripts/bench/gen-tf.js [100|1k ...]` writes bench/out/tf-<size>/.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..', '..');
export const OUT_DIR = join(REPO, 'bench', 'out');
/** Sizes by name: the number of spokes, each adding 16 resource instances (13 in the module, 3 at the root). */
export const TF_SIZES = /** @type {const} */ ({ 100: 5, '1k': 62, '10k': 625, '20k': 1250 });
const VERSION = 1;

/** The spoke module: VPC, 3 subnets, route table and associations, peering, route, SG and rules. */
function spokeModule() {
  return {
    'variables.tf': `variable "name" {
  type = string
}

variable "cidr_block" {
  type = string
}

variable "azs" {
  type    = list(string)
  default = ["a", "b", "c"]
}

variable "hub_vpc_id" {
  type = string
}

variable "hub_cidr_block" {
  type = string
}

variable "tags" {
  type    = map(string)
  default = {}
}
`,
    'main.tf': `locals {
  subnets = { for i, az in var.azs : az => cidrsubnet(var.cidr_block, 2, i) }
}

resource "aws_vpc" "this" {
  cidr_block           = var.cidr_block
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags                 = merge(var.tags, { Name = var.name })
}

resource "aws_subnet" "this" {
  for_each          = local.subnets
  vpc_id            = aws_vpc.this.id
  cidr_block        = each.value
  availability_zone = "eu-west-1\${each.key}"
  tags              = merge(var.tags, { Name = "\${var.name}-\${each.key}" })
}

resource "aws_route_table" "this" {
  vpc_id = aws_vpc.this.id
  tags   = merge(var.tags, { Name = var.name })
}

resource "aws_route_table_association" "this" {
  for_each       = aws_subnet.this
  subnet_id      = each.value.id
  route_table_id = aws_route_table.this.id
}

resource "aws_vpc_peering_connection" "to_hub" {
  vpc_id      = aws_vpc.this.id
  peer_vpc_id = var.hub_vpc_id
  auto_accept = true
  tags        = merge(var.tags, { Name = "\${var.name}-to-hub" })
}

resource "aws_route" "to_hub" {
  route_table_id            = aws_route_table.this.id
  destination_cidr_block    = var.hub_cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.to_hub.id
}

resource "aws_security_group" "workloads" {
  name   = "\${var.name}-workloads"
  vpc_id = aws_vpc.this.id
}

resource "aws_vpc_security_group_ingress_rule" "from_hub" {
  security_group_id = aws_security_group.workloads.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = var.hub_cidr_block
}

resource "aws_vpc_security_group_egress_rule" "to_hub" {
  security_group_id = aws_security_group.workloads.id
  ip_protocol       = "-1"
  cidr_ipv4         = var.hub_cidr_block
}
`,
    'outputs.tf': `output "vpc_id" {
  value = aws_vpc.this.id
}

output "cidr_block" {
  value = aws_vpc.this.cidr_block
}

output "peering_connection_id" {
  value = aws_vpc_peering_connection.to_hub.id
}
`,
  };
}

/** The root module for `spokes` spokes. */
function rootModule(spokes) {
  const names = Array.from({ length: spokes }, (_, i) => `spoke-${String(i + 1).padStart(3, '0')}`);
  const cidrOf = (i) => `10.${Math.floor((i + 1) / 64) + 1}.${((i + 1) % 64) * 4}.0/22`;
  const files = {};
  files['versions.tf'] = `terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
}
`;
  files['variables.tf'] = `variable "hub_cidr_block" {
  type    = string
  default = "10.0.0.0/16"
}

variable "admin_cidr" {
  type    = string
  default = "192.168.100.0/24"
}

variable "spokes" {
  type = map(object({
    cidr_block = string
    azs        = optional(list(string), ["a", "b", "c"])
  }))
  default = {
${names.map((n, i) => `    "${n}" = { cidr_block = "${cidrOf(i)}" }`).join('\n')}
  }
}
`;
  files['hub.tf'] = `locals {
  hub_private = cidrsubnet(var.hub_cidr_block, 4, 1)
  tags        = { Project = "bench", Owner = "network" }
}

resource "aws_vpc" "hub" {
  cidr_block           = var.hub_cidr_block
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags                 = merge(local.tags, { Name = "hub" })
}

resource "aws_subnet" "hub_public" {
  vpc_id     = aws_vpc.hub.id
  cidr_block = cidrsubnet(var.hub_cidr_block, 4, 0)
  tags       = merge(local.tags, { Name = "hub-public" })
}

resource "aws_subnet" "hub_private" {
  vpc_id     = aws_vpc.hub.id
  cidr_block = local.hub_private
  tags       = merge(local.tags, { Name = "hub-private" })
}

resource "aws_internet_gateway" "hub" {
  vpc_id = aws_vpc.hub.id
}

resource "aws_route_table" "hub_public" {
  vpc_id = aws_vpc.hub.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.hub.id
  }
}

resource "aws_route_table" "hub_private" {
  vpc_id = aws_vpc.hub.id
}

resource "aws_route_table_association" "hub_public" {
  subnet_id      = aws_subnet.hub_public.id
  route_table_id = aws_route_table.hub_public.id
}

resource "aws_route_table_association" "hub_private" {
  subnet_id      = aws_subnet.hub_private.id
  route_table_id = aws_route_table.hub_private.id
}
`;
  files['spokes.tf'] = `module "spoke" {
  source   = "./modules/spoke"
  for_each = var.spokes

  name           = each.key
  cidr_block     = each.value.cidr_block
  azs            = each.value.azs
  hub_vpc_id     = aws_vpc.hub.id
  hub_cidr_block = local.hub_private
  tags           = local.tags
}
`;
  files['routes.tf'] = names
    .map(
      (n, i) => `# Return route for ${n}.
resource "aws_route" "hub_to_${n.replace(/-/g, '_')}" {
  route_table_id            = aws_route_table.hub_private.id
  destination_cidr_block    = "${cidrOf(i)}"
  vpc_peering_connection_id = module.spoke["${n}"].peering_connection_id
}
`,
    )
    .join('\n');
  files['security.tf'] = `resource "aws_security_group" "bastion" {
  name   = "bastion"
  vpc_id = aws_vpc.hub.id
}

# The planted finding: SSH from anywhere.
resource "aws_vpc_security_group_ingress_rule" "bastion_ssh" {
  security_group_id = aws_security_group.bastion.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_security_group" "shared" {
  name   = "shared-services"
  vpc_id = aws_vpc.hub.id
}

${names
  .map(
    (n, i) => `resource "aws_vpc_security_group_ingress_rule" "shared_https_${n.replace(/-/g, '_')}" {
  security_group_id = aws_security_group.shared.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = module.spoke["${n}"].cidr_block
}

resource "aws_security_group_rule" "shared_dns_${n.replace(/-/g, '_')}" {
  type              = "ingress"
  security_group_id = aws_security_group.shared.id
  protocol          = "udp"
  from_port         = 53
  to_port           = 53
  cidr_blocks       = ["${cidrOf(i)}"]
}
`,
  )
  .join('\n')}`;
  return files;
}

/** Flat directories by name: the number of spokes, each adding 8 literal resource blocks to one file. */
export const TF_FLAT_SIZES = /** @type {const} */ ({ '1k': 125, '10k': 1250, '20k': 2500 });

/**
 * One file of literal blocks, the way generated or copy-pasted code is written (no module, no
 * for_each): a hub VPC and `spokes` spokes, each with its VPC, subnet, route table, association,
 * the peering, a route each way and a security group rule, and a variable and an output each.
 * Planted findings: SSH open to the world on the hub and more peerings on the hub than the quota.
 * @param {number} spokes
 */
function flatModule(spokes) {
  const cidrOf = (/** @type {number} */ i) => `10.${Math.floor((i + 1) / 64) + 1}.${((i + 1) % 64) * 4}.0/22`;
  const parts = [`provider "aws" {
  region = "eu-west-1"
}

resource "aws_vpc" "hub" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_route_table" "hub" {
  vpc_id = aws_vpc.hub.id
}

resource "aws_security_group" "hub" {
  name   = "hub"
  vpc_id = aws_vpc.hub.id
}

resource "aws_vpc_security_group_ingress_rule" "hub_ssh" {
  security_group_id = aws_security_group.hub.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "0.0.0.0/0"
}
`];
  for (let i = 0; i < spokes; i++) {
    const n = `s${String(i + 1).padStart(5, '0')}`;
    parts.push(`variable "${n}_cidr" {
  type    = string
  default = "${cidrOf(i)}"
}

resource "aws_vpc" "${n}" {
  cidr_block = var.${n}_cidr
  tags       = { Name = "${n}" }
}

resource "aws_subnet" "${n}" {
  vpc_id     = aws_vpc.${n}.id
  cidr_block = cidrsubnet(var.${n}_cidr, 2, 0)
}

resource "aws_route_table" "${n}" {
  vpc_id = aws_vpc.${n}.id
}

resource "aws_route_table_association" "${n}" {
  subnet_id      = aws_subnet.${n}.id
  route_table_id = aws_route_table.${n}.id
}

resource "aws_vpc_peering_connection" "${n}" {
  vpc_id      = aws_vpc.hub.id
  peer_vpc_id = aws_vpc.${n}.id
  auto_accept = true
}

resource "aws_route" "hub_to_${n}" {
  route_table_id            = aws_route_table.hub.id
  destination_cidr_block    = var.${n}_cidr
  vpc_peering_connection_id = aws_vpc_peering_connection.${n}.id
}

resource "aws_route" "${n}_to_hub" {
  route_table_id            = aws_route_table.${n}.id
  destination_cidr_block    = aws_vpc.hub.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.${n}.id
}

resource "aws_vpc_security_group_ingress_rule" "hub_from_${n}" {
  security_group_id = aws_security_group.hub.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = aws_vpc.${n}.cidr_block
}

output "${n}_vpc_id" {
  value = aws_vpc.${n}.id
}
`);
  }
  return { 'main.tf': parts.join('\n') };
}

/** Resource instances in a generated flat directory. @param {number} spokes */
export function flatResourceCount(spokes) {
  return 8 * spokes + 4;
}

/**
 * Writes bench/out/tf-flat-<size>/ unless it is already there for this generator version.
 * @param {keyof typeof TF_FLAT_SIZES} size
 * @param {{ log?: (msg: string) => void }} [opts]
 */
export function ensureFlatModule(size, opts = {}) {
  const spokes = TF_FLAT_SIZES[size];
  const dir = join(OUT_DIR, `tf-flat-${size}`);
  const stampPath = join(dir, '.stamp');
  const want = `v${VERSION} flat ${spokes}`;
  if (!(existsSync(stampPath) && readFileSync(stampPath, 'utf8').trim() === want)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(flatModule(spokes))) writeFileSync(join(dir, name), text);
    writeFileSync(stampPath, `${want}\n`);
    opts.log?.(`generated ${dir}: ${flatResourceCount(spokes)} resources`);
  }
  return { path: dir, resources: flatResourceCount(spokes), bytes: tfBytes(dir) };
}

/**
 * What the floor process runs: start the HCL parser (as vpclint starts it, with V8's baseline
 * WebAssembly compiler only) and parse every .tf file of the directory, print the seconds, and
 * exit then: the parser's Go runtime leaves timers that would keep the process alive for a
 * second or more after the work is done (vpclint holds them only while it parses).
 */
export const TF_FLOOR_SCRIPT = [
  "require('node:v8').setFlagsFromString('--liftoff-only');",
  "const fs=require('node:fs'),path=require('node:path');",
  'const t=process.hrtime.bigint();',
  "const h=require('@cdktf/hcl2json');",
  "const files=fs.readdirSync(process.argv[1],{recursive:true}).filter((f)=>f.endsWith('.tf'));",
  "(async()=>{for(const f of files)await h.parse(f,fs.readFileSync(path.join(process.argv[1],f),'utf8'));",
  'process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e9),()=>process.exit(0));})();',
].join('');

/** Total size of the .tf files under a directory. @param {string} dir */
function tfBytes(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.tf'))
    .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}

/** Resource instances in a generated directory. @param {number} spokes */
export function resourceCount(spokes) {
  return 13 * spokes + 3 * spokes + 12;
}

/** Writes bench/out/tf-<size>/ unless it is already there for this generator version. */
export function ensureModule(size, opts = {}) {
  const spokes = TF_SIZES[size];
  const dir = join(OUT_DIR, `tf-${size}`);
  const stampPath = join(dir, '.stamp');
  const want = `v${VERSION} ${spokes}`;
  if (existsSync(stampPath) && readFileSync(stampPath, 'utf8').trim() === want) {
    return { path: dir, resources: resourceCount(spokes), bytes: tfBytes(dir), generated: false };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'modules', 'spoke'), { recursive: true });
  for (const [name, text] of Object.entries(rootModule(spokes))) writeFileSync(join(dir, name), text);
  for (const [name, text] of Object.entries(spokeModule())) writeFileSync(join(dir, 'modules', 'spoke', name), text);
  writeFileSync(stampPath, `${want}\n`);
  opts.log?.(`generated ${dir}: ${resourceCount(spokes)} resources`);
  return { path: dir, resources: resourceCount(spokes), bytes: tfBytes(dir), generated: true };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const size of process.argv.length > 2 ? process.argv.slice(2) : Object.keys(TF_SIZES)) {
    if (!Object.hasOwn(TF_SIZES, size)) {
      process.stderr.write(`unknown size ${size}; expected one of ${Object.keys(TF_SIZES).join(', ')}\n`);
      process.exit(2);
    }
    const r = ensureModule(/** @type {keyof typeof TF_SIZES} */ (size), { log: (m) => process.stdout.write(`${m}\n`) });
    if (!r.generated) process.stdout.write(`${r.path} is up to date (${r.resources} resources)\n`);
  }
}
