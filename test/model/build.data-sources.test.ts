/**
 * Data sources that the configuration decides (data-sources.ts): `aws_vpc`, `aws_subnet` and
 * `aws_route_table` looked up by a resource in scope are that resource's model entity, with its
 * values; `aws_caller_identity` and `aws_region` report their provider configuration's account
 * and region. Read through the real `.tf` and plan readers, since both feed the same builder.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import type { Tri } from '../../src/model/tri.js';
import type { NetworkModel } from '../../src/model/types.js';
import { readTerraformSources } from '../../src/parse/terraform-hcl/index.js';
import { lint } from '../../src/run.js';
import { change, configResource, constant, readPlan, refs, type Json } from '../parse/plan-helpers.js';

async function tfModel(files: Record<string, string>): Promise<NetworkModel> {
  const result = await readTerraformSources(Object.entries(files).map(([file, text]) => ({ file, text })));
  expect(result.errors).toEqual([]);
  return buildModel(result.resources);
}

function text(t: Tri<unknown>): string {
  if (t.state === 'absent') return 'absent';
  if (t.state === 'unknown') return `unknown: ${t.reason}`;
  const v = t.value;
  if (typeof v === 'object' && v !== null) {
    if ('key' in v) return String(v.key);
    if ('canonical' in v) return String(v.canonical);
  }
  return String(v);
}

function find<T extends { readonly key: string }>(xs: readonly T[], key: string): T {
  const hit = xs.find((x) => x.key === key);
  if (hit === undefined) throw new Error(`no ${key} among ${xs.map((x) => x.key).join(', ')}`);
  return hit;
}

const VPCS = [
  'resource "aws_vpc" "app" {',
  '  cidr_block = "10.0.0.0/16"',
  '  tags       = { Name = "app" }',
  '}',
  'resource "aws_vpc" "peer" {',
  '  cidr_block = "10.1.0.0/16"',
  '  tags       = { Name = "peer" }',
  '}',
  'resource "aws_vpc_peering_connection" "p" {',
  '  vpc_id      = aws_vpc.app.id',
  '  peer_vpc_id = aws_vpc.peer.id',
  '}',
  'resource "aws_route_table" "app" {',
  '  vpc_id = aws_vpc.app.id',
  '}',
  '',
].join('\n');

describe('.tf: data "aws_vpc" looked up by a VPC in scope', () => {
  it('is that VPC: a route to its cidr_block gets the CIDR, links through it reach the VPC', async () => {
    const m = await tfModel({
      'main.tf': [
        VPCS,
        'data "aws_vpc" "peer" {',
        '  id = aws_vpc.peer.id',
        '}',
        'resource "aws_route" "to_peer" {',
        '  route_table_id            = aws_route_table.app.id',
        '  destination_cidr_block    = data.aws_vpc.peer.cidr_block',
        '  vpc_peering_connection_id = aws_vpc_peering_connection.p.id',
        '}',
        'resource "aws_subnet" "s" {',
        '  vpc_id     = data.aws_vpc.peer.id',
        '  cidr_block = "10.1.1.0/24"',
        '}',
      ].join('\n'),
    });
    // No separate VPC for the data source.
    expect(m.vpcs.map((v) => v.key)).toEqual(['aws_vpc.app', 'aws_vpc.peer']);
    const route = find(m.routes, 'aws_route.to_peer');
    expect([text(route.destination), text(route.routeTable)]).toEqual(['10.1.0.0/16', 'aws_route_table.app']);
    expect(text(find(m.subnets, 'aws_subnet.s').vpc)).toBe('aws_vpc.peer');
    // The literal is recorded where it is written, once.
    expect(m.cidrLiterals.map((l) => [l.subject.resource.address, l.text])).toEqual([
      ['aws_vpc.app', '10.0.0.0/16'],
      ['aws_vpc.peer', '10.1.0.0/16'],
      ['aws_subnet.s', '10.1.1.0/24'],
    ]);
  });

  it('follows the ID through module inputs and outputs', async () => {
    const m = await tfModel({
      'main.tf': [
        'module "net" {',
        '  source = "./net"',
        '}',
        'module "peering" {',
        '  source      = "./peering"',
        '  peer_vpc_id = module.net.vpc_id',
        '}',
      ].join('\n'),
      'net/main.tf': 'resource "aws_vpc" "this" {\n  cidr_block = "10.7.0.0/16"\n}\noutput "vpc_id" {\n  value = aws_vpc.this.id\n}\n',
      'peering/main.tf': [
        'variable "peer_vpc_id" {}',
        'data "aws_vpc" "peer" {',
        '  id = var.peer_vpc_id',
        '}',
        'resource "aws_security_group" "sg" {',
        '  ingress {',
        '    from_port   = 443',
        '    to_port     = 443',
        '    protocol    = "tcp"',
        '    cidr_blocks = [data.aws_vpc.peer.cidr_block]',
        '  }',
        '}',
      ].join('\n'),
    });
    expect(m.vpcs.map((v) => v.key)).toEqual(['module.net.aws_vpc.this']);
    const rule = find(m.securityGroupRules, 'module.peering.aws_security_group.sg.ingress[0]');
    expect(rule.peers.map((p) => (p.kind === 'cidr' ? text(p.cidr) : p.kind))).toEqual(['10.7.0.0/16']);
  });

  it('by tags that match exactly one VPC in scope is that VPC', async () => {
    const m = await tfModel({
      'main.tf': [VPCS, 'data "aws_vpc" "peer" {', '  tags = { Name = "peer" }', '}', 'output "peer_cidr" {', '  value = data.aws_vpc.peer.cidr_block', '}'].join('\n'),
    });
    expect(m.vpcs.map((v) => v.key)).toEqual(['aws_vpc.app', 'aws_vpc.peer']);
  });

  it('by a tag filter that matches exactly one VPC in scope is that VPC', async () => {
    const m = await tfModel({
      'main.tf': [
        VPCS,
        'data "aws_vpc" "peer" {',
        '  filter {',
        '    name   = "tag:Name"',
        '    values = ["pe*"]',
        '  }',
        '}',
        'resource "aws_route" "to_peer" {',
        '  route_table_id            = aws_route_table.app.id',
        '  destination_cidr_block    = data.aws_vpc.peer.cidr_block',
        '  vpc_peering_connection_id = aws_vpc_peering_connection.p.id',
        '}',
      ].join('\n'),
    });
    expect(text(find(m.routes, 'aws_route.to_peer').destination)).toBe('10.1.0.0/16');
  });

  it('stays unknown with a reason naming the data source when nothing in scope matches', async () => {
    const m = await tfModel({
      'main.tf': [
        VPCS,
        'data "aws_vpc" "shared" {',
        '  tags = { Name = "shared" }',
        '}',
        'resource "aws_route" "to_shared" {',
        '  route_table_id            = aws_route_table.app.id',
        '  destination_cidr_block    = data.aws_vpc.shared.cidr_block',
        '  vpc_peering_connection_id = aws_vpc_peering_connection.p.id',
        '}',
      ].join('\n'),
    });
    const why = 'data.aws_vpc.shared is looked up by tags (Name = shared), and no VPC in the linted files matches';
    expect(text(find(m.routes, 'aws_route.to_shared').destination)).toBe(`unknown: destination_cidr_block of aws_route.to_shared is unknown (${why})`);
    // Not "allocated from an IPAM pool": a data source has none.
    const vpc = find(m.vpcs, 'data.aws_vpc.shared');
    expect(vpc.cidrBlocks.map((b) => [b.kind, text(b.cidr)])).toEqual([
      ['ipv4-primary', `unknown: cidr_block of data.aws_vpc.shared is unknown (${why})`],
      ['ipv6', `unknown: ipv6_cidr_block of data.aws_vpc.shared is unknown (${why})`],
    ]);
    expect(text(vpc.enableDnsSupport)).toBe(`unknown: enable_dns_support of data.aws_vpc.shared is unknown (${why})`);
  });

  it('stays unknown when several VPCs in scope match, or the ID is not known', async () => {
    const m = await tfModel({
      'main.tf': [
        VPCS,
        'variable "vpc_id" {}',
        'data "aws_vpc" "any" {',
        '  filter {',
        '    name   = "tag:Name"',
        '    values = ["*"]',
        '  }',
        '}',
        'data "aws_vpc" "given" {',
        '  id = var.vpc_id',
        '}',
        'resource "aws_subnet" "a" {',
        '  vpc_id     = aws_vpc.app.id',
        '  cidr_block = data.aws_vpc.any.cidr_block',
        '}',
        'resource "aws_subnet" "b" {',
        '  vpc_id     = aws_vpc.app.id',
        '  cidr_block = data.aws_vpc.given.cidr_block',
        '}',
      ].join('\n'),
    });
    expect(text(find(m.subnets, 'aws_subnet.a').cidr)).toBe(
      'unknown: cidr_block of aws_subnet.a is unknown (data.aws_vpc.any is looked up by filter tag:Name = *, and several VPCs in the linted files match (aws_vpc.app, aws_vpc.peer); AWS fails a lookup with more than one result)',
    );
    expect(text(find(m.subnets, 'aws_subnet.b').cidr)).toBe(
      'unknown: cidr_block of aws_subnet.b is unknown (data.aws_vpc.given is looked up by id, which is unknown (variable vpc_id has no value))',
    );
  });
});

describe('.tf: data "aws_subnet" and data "aws_route_table" looked up in scope', () => {
  const base = [
    VPCS,
    'resource "aws_subnet" "peer_a" {',
    '  vpc_id     = aws_vpc.peer.id',
    '  cidr_block = "10.1.1.0/24"',
    '  tags       = { Tier = "app" }',
    '}',
    'resource "aws_subnet" "peer_b" {',
    '  vpc_id     = aws_vpc.peer.id',
    '  cidr_block = "10.1.2.0/24"',
    '  tags       = { Tier = "db" }',
    '}',
    'resource "aws_route_table" "peer" {',
    '  vpc_id = aws_vpc.peer.id',
    '}',
    'resource "aws_route_table_association" "peer_a" {',
    '  subnet_id      = aws_subnet.peer_a.id',
    '  route_table_id = aws_route_table.peer.id',
    '}',
    '',
  ].join('\n');

  it('a subnet by id, and by vpc_id plus tags, is that subnet', async () => {
    const m = await tfModel({
      'main.tf': [
        base,
        'data "aws_subnet" "by_id" {',
        '  id = aws_subnet.peer_a.id',
        '}',
        'data "aws_subnet" "by_tags" {',
        '  vpc_id = aws_vpc.peer.id',
        '  tags   = { Tier = "db" }',
        '}',
        'resource "aws_route" "to_a" {',
        '  route_table_id            = aws_route_table.app.id',
        '  destination_cidr_block    = data.aws_subnet.by_id.cidr_block',
        '  vpc_peering_connection_id = aws_vpc_peering_connection.p.id',
        '}',
        'resource "aws_route" "to_b" {',
        '  route_table_id            = aws_route_table.app.id',
        '  destination_cidr_block    = data.aws_subnet.by_tags.cidr_block',
        '  vpc_peering_connection_id = aws_vpc_peering_connection.p.id',
        '}',
        'resource "aws_route_table_association" "by_data" {',
        '  subnet_id      = data.aws_subnet.by_tags.id',
        '  route_table_id = aws_route_table.peer.id',
        '}',
      ].join('\n'),
    });
    expect(text(find(m.routes, 'aws_route.to_a').destination)).toBe('10.1.1.0/24');
    expect(text(find(m.routes, 'aws_route.to_b').destination)).toBe('10.1.2.0/24');
    expect(text(find(m.subnets, 'aws_subnet.peer_b').routeTable)).toBe('aws_route_table.peer');
    expect(m.subnets.map((s) => s.key)).toEqual(['aws_subnet.peer_a', 'aws_subnet.peer_b']);
  });

  it('a route table by route_table_id, and by subnet_id, is that table', async () => {
    const m = await tfModel({
      'main.tf': [
        base,
        'data "aws_route_table" "by_id" {',
        '  route_table_id = aws_route_table.peer.id',
        '}',
        'data "aws_route_table" "by_subnet" {',
        '  subnet_id = aws_subnet.peer_a.id',
        '}',
        'resource "aws_route" "back" {',
        '  route_table_id            = data.aws_route_table.by_id.id',
        '  destination_cidr_block    = aws_vpc.app.cidr_block',
        '  vpc_peering_connection_id = aws_vpc_peering_connection.p.id',
        '}',
        'resource "aws_route" "back_too" {',
        '  route_table_id            = data.aws_route_table.by_subnet.id',
        '  destination_cidr_block    = "10.0.1.0/24"',
        '  vpc_peering_connection_id = aws_vpc_peering_connection.p.id',
        '}',
      ].join('\n'),
    });
    expect(m.routes.map((r) => [r.key, text(r.routeTable), text(r.destination)])).toEqual([
      ['aws_route.back', 'aws_route_table.peer', '10.0.0.0/16'],
      ['aws_route.back_too', 'aws_route_table.peer', '10.0.1.0/24'],
    ]);
    expect(find(m.routeTables, 'aws_route_table.peer').routes.map((r) => r.key)).toEqual(['aws_route.back', 'aws_route.back_too']);
  });

  it('a route table by a subnet without an association stays unknown, with the reason', async () => {
    const m = await tfModel({
      'main.tf': [
        base,
        'data "aws_route_table" "b" {',
        '  subnet_id = aws_subnet.peer_b.id',
        '}',
        'resource "aws_route" "back" {',
        '  route_table_id            = data.aws_route_table.b.id',
        '  destination_cidr_block    = "10.0.0.0/16"',
        '  vpc_peering_connection_id = aws_vpc_peering_connection.p.id',
        '}',
      ].join('\n'),
    });
    expect(text(find(m.routes, 'aws_route.back').routeTable)).toBe(
      'unknown: id of data.aws_route_table.b is unknown (data.aws_route_table.b is looked up by subnet_id aws_subnet.peer_b, which no route table association in the linted files names) and not linked to a resource in the linted files',
    );
  });
});

describe('.tf: data "aws_caller_identity" and data "aws_region" report their provider configuration', () => {
  const providers = [
    'provider "aws" {',
    '  region = "eu-west-1"',
    '}',
    'provider "aws" {',
    '  alias  = "peer"',
    '  region = "us-east-2"',
    '  assume_role {',
    '    role_arn = "arn:aws:iam::222233334444:role/network"',
    '  }',
    '}',
    'provider "aws" {',
    '  alias = "bare"',
    '}',
    '',
  ].join('\n');

  it('gives account_id and the region name to a peering', async () => {
    const m = await tfModel({
      'main.tf': [
        providers,
        VPCS.replace('resource "aws_vpc_peering_connection" "p" {', 'resource "aws_vpc_peering_connection" "unused" {'),
        'data "aws_caller_identity" "peer" {',
        '  provider = aws.peer',
        '}',
        'data "aws_region" "peer" {',
        '  provider = aws.peer',
        '}',
        'resource "aws_vpc_peering_connection" "x" {',
        '  vpc_id        = aws_vpc.app.id',
        '  peer_vpc_id   = "vpc-0123456789abcdef0"',
        '  peer_owner_id = data.aws_caller_identity.peer.account_id',
        '  peer_region   = data.aws_region.peer.name',
        '}',
      ].join('\n'),
    });
    const p = find(m.peerings, 'aws_vpc_peering_connection.x');
    expect([text(p.peerOwnerId), text(p.peerRegion)]).toEqual(['222233334444', 'us-east-2']);
  });

  it('says why when the provider configuration does not set them', async () => {
    const m = await tfModel({
      'main.tf': [
        providers,
        VPCS,
        'data "aws_caller_identity" "bare" {',
        '  provider = aws.bare',
        '}',
        'data "aws_region" "bare" {',
        '  provider = aws.bare',
        '}',
        'resource "aws_vpc_peering_connection" "x" {',
        '  vpc_id        = aws_vpc.app.id',
        '  peer_vpc_id   = "vpc-0123456789abcdef0"',
        '  peer_owner_id = data.aws_caller_identity.bare.account_id',
        '  peer_region   = data.aws_region.bare.id',
        '}',
      ].join('\n'),
    });
    const p = find(m.peerings, 'aws_vpc_peering_connection.x');
    expect([text(p.peerOwnerId), text(p.peerRegion)]).toEqual([
      'unknown: peer_owner_id of aws_vpc_peering_connection.x is unknown (data.aws_caller_identity.bare reports the account of provider configuration aws.bare, which does not set it (it comes from the credentials))',
      'unknown: peer_region of aws_vpc_peering_connection.x is unknown (data.aws_region.bare reports the region of provider configuration aws.bare, which does not set it (it comes from the environment (AWS_REGION or the profile)))',
    ]);
  });

  it('keeps a region the data source selects itself', async () => {
    const m = await tfModel({
      'main.tf': [
        providers,
        VPCS,
        'data "aws_region" "other" {',
        '  name = "ap-south-1"',
        '}',
        'resource "aws_vpc_peering_connection" "x" {',
        '  vpc_id      = aws_vpc.app.id',
        '  peer_vpc_id = "vpc-0123456789abcdef0"',
        '  peer_region = data.aws_region.other.name',
        '}',
      ].join('\n'),
    });
    expect(text(find(m.peerings, 'aws_vpc_peering_connection.x').peerRegion)).toBe('ap-south-1');
  });
});

describe('.tf: rules decide what data sources in scope used to leave unresolved', () => {
  it('NET101 sees the overlap of VPCs peered through data sources', async () => {
    const result = await lint([
      {
        file: 'main.tf',
        text: [
          'resource "aws_vpc" "a" {',
          '  cidr_block = "10.0.0.0/16"',
          '}',
          'resource "aws_vpc" "c" {',
          '  cidr_block = "10.0.128.0/20"',
          '}',
          'data "aws_vpc" "a" {',
          '  id = aws_vpc.a.id',
          '}',
          'data "aws_vpc" "c" {',
          '  id = aws_vpc.c.id',
          '}',
          'resource "aws_vpc_peering_connection" "a_c" {',
          '  vpc_id      = data.aws_vpc.a.id',
          '  peer_vpc_id = data.aws_vpc.c.id',
          '  auto_accept = true',
          '}',
        ].join('\n'),
      },
    ]);
    expect(result.findings.filter((f) => f.ruleId === 'NET101').map((f) => f.message)).toEqual([
      'Peering aws_vpc_peering_connection.a_c joins aws_vpc.a (10.0.0.0/16) and aws_vpc.c (10.0.128.0/20), whose IPv4 ranges overlap; AWS will fail the peering. Re-address one VPC or drop the peering.',
    ]);
    expect(result.unresolved.filter((u) => u.ruleId === 'NET101')).toEqual([]);
  });
});

// ---- plan JSON: a data source deferred to apply (it depends on a resource not yet created)

describe('plan JSON: a deferred data "aws_vpc" that reads a VPC the plan creates', () => {
  const plan: Json = {
    format_version: '1.2',
    resource_changes: [
      change('aws_vpc.app', ['create'], { cidr_block: '10.0.0.0/16' }, { id: true }),
      change('aws_vpc.peer', ['create'], { cidr_block: '10.1.0.0/16' }, { id: true }),
      change('aws_route_table.app', ['create'], {}, { id: true, vpc_id: true, route: true }),
      change('aws_vpc_peering_connection.p', ['create'], {}, { id: true, vpc_id: true, peer_vpc_id: true, peer_region: true }),
      change('data.aws_vpc.peer', ['read'], {}, { id: true, cidr_block: true, cidr_block_associations: true, enable_dns_support: true }),
      change('data.aws_region.peer', ['read'], {}, { name: true, id: true }),
      change(
        'aws_route.to_peer',
        ['create'],
        {},
        { id: true, route_table_id: true, destination_cidr_block: true, vpc_peering_connection_id: true },
      ),
    ],
    configuration: {
      provider_config: {
        aws: { name: 'aws', expressions: { region: constant('eu-west-1') } },
        'aws.peer': { name: 'aws', alias: 'peer', expressions: { region: constant('eu-central-1') } },
      },
      root_module: {
        resources: [
          configResource('aws_vpc.app', { cidr_block: constant('10.0.0.0/16') }, { provider_config_key: 'aws' }),
          configResource('aws_vpc.peer', { cidr_block: constant('10.1.0.0/16') }, { provider_config_key: 'aws' }),
          configResource('aws_route_table.app', { vpc_id: refs('aws_vpc.app.id', 'aws_vpc.app') }, { provider_config_key: 'aws' }),
          configResource(
            'aws_vpc_peering_connection.p',
            {
              vpc_id: refs('aws_vpc.app.id', 'aws_vpc.app'),
              peer_vpc_id: refs('data.aws_vpc.peer.id', 'data.aws_vpc.peer'),
              peer_region: refs('data.aws_region.peer.name', 'data.aws_region.peer'),
            },
            { provider_config_key: 'aws' },
          ),
          configResource('data.aws_vpc.peer', { id: refs('aws_vpc.peer.id', 'aws_vpc.peer') }, { provider_config_key: 'aws' }),
          configResource('data.aws_region.peer', {}, { provider_config_key: 'aws.peer' }),
          configResource(
            'aws_route.to_peer',
            {
              route_table_id: refs('aws_route_table.app.id', 'aws_route_table.app'),
              destination_cidr_block: refs('data.aws_vpc.peer.cidr_block', 'data.aws_vpc.peer'),
              vpc_peering_connection_id: refs('aws_vpc_peering_connection.p.id', 'aws_vpc_peering_connection.p'),
            },
            { provider_config_key: 'aws' },
          ),
        ],
      },
    },
  };

  it('is that VPC: the route gets its CIDR, the peering its accepter, the region its provider', () => {
    const result = readPlan(plan);
    expect(result.problems).toEqual([]);
    const m = buildModel(result.resources);
    expect(m.vpcs.map((v) => v.key)).toEqual(['aws_vpc.app', 'aws_vpc.peer']);
    expect(text(find(m.routes, 'aws_route.to_peer').destination)).toBe('10.1.0.0/16');
    const p = find(m.peerings, 'aws_vpc_peering_connection.p');
    expect([text(p.accepter), text(p.peerRegion)]).toEqual(['aws_vpc.peer', 'eu-central-1']);
  });
});
