// The builder makes the lists of model nodes (a table's routes, a VPC's tables, peerings and CIDR
// blocks) at their exact size rather than pushing to empty lists (see `withItem` in
// src/model/builder/registry.ts). These tests pin that the lists still hold every entry in input
// order, whether a node has one entry or several.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { withItem } from '../../src/model/builder/registry.js';
import { linkedTo, tf, tfVpc } from '../helpers/source.js';

describe('withItem', () => {
  it('makes a new list of one for the first item, and adds to the same list after', () => {
    const empty: string[] = [];
    const one = withItem(empty, 'a');
    expect(one).toEqual(['a']);
    expect(empty).toEqual([]);
    const two = withItem(one, 'b');
    expect(two).toBe(one);
    expect(two).toEqual(['a', 'b']);
  });
});

describe('lists of model nodes', () => {
  const vpcLink = (name: string) => ({ unknown: { vpc_id: linkedTo(`aws_vpc.${name}`) } });
  const route = (name: string, table: string, cidr: string, pcx: string) =>
    tf('aws_route', name, { destination_cidr_block: cidr }, {
      unknown: { route_table_id: linkedTo(`aws_route_table.${table}`), vpc_peering_connection_id: linkedTo(`aws_vpc_peering_connection.${pcx}`) },
    });
  const peering = (name: string, a: string, b: string) =>
    tf('aws_vpc_peering_connection', name, { accept_status: 'active' }, {
      unknown: { vpc_id: linkedTo(`aws_vpc.${a}`), peer_vpc_id: linkedTo(`aws_vpc.${b}`) },
    });
  const model = buildModel([
    tfVpc('hub', '10.0.0.0/16'),
    tfVpc('a', '10.1.0.0/16', { ipv6_cidr_block: '2600:1f18::/56' }),
    tfVpc('b', '10.2.0.0/16'),
    tf('aws_route_table', 'hub1', {}, vpcLink('hub')),
    tf('aws_route_table', 'hub2', {}, vpcLink('hub')),
    tf('aws_route_table', 'a', {}, vpcLink('a')),
    peering('ha', 'hub', 'a'),
    peering('hb', 'hub', 'b'),
    route('h1a', 'hub1', '10.1.0.0/16', 'ha'),
    route('h1b', 'hub1', '10.2.0.0/16', 'hb'),
    route('h2a', 'hub2', '10.1.0.0/24', 'ha'),
    route('ah', 'a', '10.0.0.0/16', 'ha'),
  ]);
  const vpc = (key: string) => model.vpcs.find((v) => v.key === key)!;
  const table = (key: string) => model.routeTables.find((t) => t.key === key)!;

  it('keeps every route of a table, in input order', () => {
    expect(table('aws_route_table.hub1').routes.map((r) => r.key)).toEqual(['aws_route.h1a', 'aws_route.h1b']);
    expect(table('aws_route_table.hub2').routes.map((r) => r.key)).toEqual(['aws_route.h2a']);
    expect(table('aws_route_table.a').routes.map((r) => r.key)).toEqual(['aws_route.ah']);
  });

  it("keeps a VPC's tables (its main table first), peerings and blocks", () => {
    expect(vpc('aws_vpc.hub').routeTables.map((t) => t.key)).toEqual(['aws_vpc.hub main route table', 'aws_route_table.hub1', 'aws_route_table.hub2']);
    expect(vpc('aws_vpc.a').routeTables.map((t) => t.key)).toEqual(['aws_vpc.a main route table', 'aws_route_table.a']);
    expect(vpc('aws_vpc.b').routeTables.map((t) => t.key)).toEqual(['aws_vpc.b main route table']);
    expect(vpc('aws_vpc.hub').peerings.map((p) => p.key)).toEqual(['aws_vpc_peering_connection.ha', 'aws_vpc_peering_connection.hb']);
    expect(vpc('aws_vpc.a').peerings.map((p) => p.key)).toEqual(['aws_vpc_peering_connection.ha']);
    expect(vpc('aws_vpc.a').cidrBlocks.map((b) => b.kind)).toEqual(['ipv4-primary', 'ipv6']);
    expect(vpc('aws_vpc.b').cidrBlocks.map((b) => b.kind)).toEqual(['ipv4-primary']);
  });
});
