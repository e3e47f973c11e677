import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { parseCidr } from '../../src/model/cidr.js';
import type { SourceResource } from '../../src/parse/source.js';
import type { Tri } from '../../src/model/tri.js';
import type { NetworkModel, RouteTarget, RulePeer, SecurityGroupRule } from '../../src/model/types.js';
import { COMPUTED, fakeResource, linkedTo, tf, tfData, tfSubnet, tfVpc } from '../helpers/source.js';

// ---- reading the model in tests

const keys = (xs: readonly { readonly key: string }[]): string[] => xs.map((x) => x.key);

function find<T extends { readonly key: string }>(xs: readonly T[], key: string): T {
  const hit = xs.find((x) => x.key === key);
  if (hit === undefined) throw new Error(`no ${key} among ${keys(xs).join(', ')}`);
  return hit;
}

/** A tri-state value as text: an entity's key, a CIDR's canonical form, a primitive, or the state. */
function text(t: Tri<unknown>): string {
  if (t.state === 'absent') return 'absent';
  if (t.state === 'unknown') return `${t.invalid === true ? 'invalid' : 'unknown'}: ${t.reason}`;
  const v = t.value;
  if (typeof v === 'object' && v !== null) {
    if ('key' in v) return String(v.key);
    if ('canonical' in v) return String(v.canonical);
  }
  return String(v);
}

function targetText(t: RouteTarget): string {
  if (t.kind === 'peering') return `peering ${text(t.peering)}`;
  if (t.kind === 'unknown') return `unknown: ${t.reason}`;
  return `${t.kind} ${text(t.id)}`;
}

function peerText(p: RulePeer): string {
  const at = p.path.join('.');
  if (p.kind === 'cidr') return `cidr ${text(p.cidr)} @${at}`;
  if (p.kind === 'prefix-list') return `prefix-list ${text(p.id)} @${at}`;
  if (p.kind === 'security-group') return `sg ${text(p.group)} (${text(p.id)}) @${at}`;
  return `self @${at}`;
}

function ruleText(r: SecurityGroupRule): unknown[] {
  return [r.key, text(r.group), r.direction, text(r.protocol), text(r.fromPort), text(r.toPort), r.peers.map(peerText)];
}

function routeTexts(model: NetworkModel): string[][] {
  return model.routes.map((r) => [r.key, text(r.routeTable), text(r.destination), r.destinationPath.join('.'), targetText(r.target)]);
}

// ---- small builders for this file

/** An aws_vpc_peering_connection from aws_vpc.<from> to aws_vpc.<to>, linked by reference. */
function peering(name: string, from: string, to: string, values: Record<string, unknown> = {}): SourceResource {
  return tf('aws_vpc_peering_connection', name, values, {
    unknown: { id: {}, vpc_id: linkedTo(`aws_vpc.${from}`), peer_vpc_id: linkedTo(`aws_vpc.${to}`) },
  });
}

/** An aws_route in the table named by `table` (an address, or `address attribute`) over peering `pcx`. */
function peeringRoute(name: string, table: string, destination: string, pcx: string): SourceResource {
  const [address, ...attribute] = table.split(' ');
  return tf('aws_route', name, { destination_cidr_block: destination }, {
    unknown: {
      route_table_id: linkedTo(address as string, ...attribute),
      vpc_peering_connection_id: linkedTo(`aws_vpc_peering_connection.${pcx}`),
    },
  });
}

/** A plan JSON inline route: every field present, empty unless given. */
function planRoute(fields: Record<string, unknown>): Record<string, unknown> {
  const empty = Object.fromEntries(
    [
      'cidr_block',
      'ipv6_cidr_block',
      'destination_prefix_list_id',
      'gateway_id',
      'nat_gateway_id',
      'transit_gateway_id',
      'vpc_peering_connection_id',
      'network_interface_id',
      'vpc_endpoint_id',
      'egress_only_gateway_id',
      'carrier_gateway_id',
      'local_gateway_id',
      'core_network_arn',
      'instance_id',
    ].map((f) => [f, '']),
  );
  return { ...empty, ...fields };
}

// ---- tests

describe('buildModel: peering topologies', () => {
  it('links a hub with two spokes: VPCs, peerings, routes both ways, subnets and tables', () => {
    const model = buildModel([
      tfVpc('hub', '10.0.0.0/16'),
      tfVpc('a', '10.1.0.0/16'),
      tfVpc('b', '10.2.0.0/16'),
      tf('aws_route_table', 'hub', {}, { unknown: { vpc_id: linkedTo('aws_vpc.hub') } }),
      peering('hub_a', 'hub', 'a'),
      peering('hub_b', 'hub', 'b'),
      peeringRoute('hub_to_a', 'aws_route_table.hub', '10.1.0.0/16', 'hub_a'),
      peeringRoute('hub_to_b', 'aws_route_table.hub', '10.2.0.0/16', 'hub_b'),
      peeringRoute('a_to_hub', 'aws_vpc.a main_route_table_id', '10.0.0.0/16', 'hub_a'),
      peeringRoute('b_to_hub', 'aws_vpc.b main_route_table_id', '10.0.0.0/16', 'hub_b'),
      tfSubnet('hub', 'hub', '10.0.1.0/24'),
      tf('aws_route_table_association', 'hub', {}, {
        unknown: { subnet_id: linkedTo('aws_subnet.hub'), route_table_id: linkedTo('aws_route_table.hub') },
      }),
    ]);
    expect(keys(model.vpcs)).toEqual(['aws_vpc.hub', 'aws_vpc.a', 'aws_vpc.b']);
    expect(model.peerings.map((p) => [p.key, text(p.requester), text(p.accepter)])).toEqual([
      ['aws_vpc_peering_connection.hub_a', 'aws_vpc.hub', 'aws_vpc.a'],
      ['aws_vpc_peering_connection.hub_b', 'aws_vpc.hub', 'aws_vpc.b'],
    ]);
    expect(model.vpcs.map((v) => [v.key, keys(v.peerings)])).toEqual([
      ['aws_vpc.hub', ['aws_vpc_peering_connection.hub_a', 'aws_vpc_peering_connection.hub_b']],
      ['aws_vpc.a', ['aws_vpc_peering_connection.hub_a']],
      ['aws_vpc.b', ['aws_vpc_peering_connection.hub_b']],
    ]);
    expect(routeTexts(model)).toEqual([
      ['aws_route.hub_to_a', 'aws_route_table.hub', '10.1.0.0/16', 'destination_cidr_block', 'peering aws_vpc_peering_connection.hub_a'],
      ['aws_route.hub_to_b', 'aws_route_table.hub', '10.2.0.0/16', 'destination_cidr_block', 'peering aws_vpc_peering_connection.hub_b'],
      ['aws_route.a_to_hub', 'aws_vpc.a main route table', '10.0.0.0/16', 'destination_cidr_block', 'peering aws_vpc_peering_connection.hub_a'],
      ['aws_route.b_to_hub', 'aws_vpc.b main route table', '10.0.0.0/16', 'destination_cidr_block', 'peering aws_vpc_peering_connection.hub_b'],
    ]);
    expect(model.routeTables.map((t) => [t.key, text(t.vpc), t.isMain, t.implicit, keys(t.routes), keys(t.subnets)])).toEqual([
      ['aws_vpc.hub main route table', 'aws_vpc.hub', true, true, [], []],
      ['aws_vpc.a main route table', 'aws_vpc.a', true, true, ['aws_route.a_to_hub'], []],
      ['aws_vpc.b main route table', 'aws_vpc.b', true, true, ['aws_route.b_to_hub'], []],
      ['aws_route_table.hub', 'aws_vpc.hub', false, false, ['aws_route.hub_to_a', 'aws_route.hub_to_b'], ['aws_subnet.hub']],
    ]);
    expect(model.subnets.map((s) => [s.key, text(s.vpc), text(s.routeTable), s.explicitAssociation])).toEqual([
      ['aws_subnet.hub', 'aws_vpc.hub', 'aws_route_table.hub', true],
    ]);
  });

  it('treats a requester and its accepter as ONE connection, whichever way routes name it', () => {
    const requester = tf(
      'aws_vpc_peering_connection',
      'ab',
      { peer_owner_id: '222222222222', requester: [{ allow_remote_vpc_dns_resolution: true }] },
      { unknown: { id: {}, vpc_id: linkedTo('aws_vpc.a'), peer_vpc_id: linkedTo('aws_vpc.b') } },
    );
    const accepter = tf(
      'aws_vpc_peering_connection_accepter',
      'ab',
      { auto_accept: true, accepter: [{ allow_remote_vpc_dns_resolution: true }] },
      { unknown: { vpc_peering_connection_id: linkedTo('aws_vpc_peering_connection.ab') } },
    );
    const model = buildModel([
      tfVpc('a', '10.0.0.0/16'),
      tfVpc('b', '10.1.0.0/16'),
      requester,
      accepter,
      tf('aws_route', 'b_to_a', { destination_cidr_block: '10.0.0.0/16' }, {
        unknown: {
          route_table_id: linkedTo('aws_vpc.b', 'default_route_table_id'),
          vpc_peering_connection_id: linkedTo('aws_vpc_peering_connection_accepter.ab'),
        },
      }),
      tf('aws_route', 'a_to_b', { destination_cidr_block: '10.1.0.0/16' }, {
        unknown: {
          route_table_id: linkedTo('aws_vpc.a', 'main_route_table_id'),
          vpc_peering_connection_id: linkedTo('aws_vpc_peering_connection_accepter.ab', 'vpc_peering_connection_id'),
        },
      }),
    ]);
    expect(keys(model.peerings)).toEqual(['aws_vpc_peering_connection.ab']);
    const p = find(model.peerings, 'aws_vpc_peering_connection.ab');
    expect(p.resource).toBe(requester);
    expect(p.accepterResource).toBe(accepter);
    expect([text(p.requester), text(p.accepter), text(p.peerOwnerId), text(p.autoAccept), text(p.peerRegion)]).toEqual([
      'aws_vpc.a',
      'aws_vpc.b',
      '222222222222',
      'false',
      'absent',
    ]);
    expect([text(p.requesterOptions.allowRemoteVpcDnsResolution), text(p.accepterOptions.allowRemoteVpcDnsResolution)]).toEqual([
      'true',
      'true',
    ]);
    expect(model.routes.map((r) => [r.key, targetText(r.target)])).toEqual([
      ['aws_route.b_to_a', 'peering aws_vpc_peering_connection.ab'],
      ['aws_route.a_to_b', 'peering aws_vpc_peering_connection.ab'],
    ]);
  });

  it('joins an accepter in one file to its requester in another by the pcx ID', () => {
    const requester = tf('aws_vpc_peering_connection', 'ab', { id: 'pcx-1', vpc_id: 'vpc-a', peer_vpc_id: 'vpc-b' }, { file: 'a.json' });
    const accepter = tf('aws_vpc_peering_connection_accepter', 'ab', { vpc_peering_connection_id: 'pcx-1' }, { file: 'b.json' });
    const model = buildModel([requester, accepter]);
    expect(model.peerings.map((p) => [p.key, text(p.id), text(p.requester), text(p.accepter)])).toEqual([
      ['aws_vpc_peering_connection.ab', 'pcx-1', 'vpc-a', 'vpc-b'],
    ]);
    expect(model.peerings[0]?.accepterResource).toBe(accepter);
  });

  it('forms the connection from an accepter when no requester is in scope', () => {
    const accepter = tf('aws_vpc_peering_connection_accepter', 'peer', {
      vpc_peering_connection_id: 'pcx-9',
      vpc_id: 'vpc-req',
      peer_vpc_id: 'vpc-acc',
      peer_region: 'eu-west-1',
      peer_owner_id: '111111111111',
      auto_accept: true,
      accepter: [{ allow_remote_vpc_dns_resolution: true }],
      requester: [],
    });
    const options = tf('aws_vpc_peering_connection_options', 'peer', {
      vpc_peering_connection_id: 'pcx-9',
      requester: [{ allow_remote_vpc_dns_resolution: false }],
    });
    const model = buildModel([
      accepter,
      tf('aws_route_table', 'acc', { id: 'rtb-1', vpc_id: 'vpc-acc' }),
      tf('aws_route', 'to_req', { route_table_id: 'rtb-1', destination_cidr_block: '10.9.0.0/16', vpc_peering_connection_id: 'pcx-9' }),
      options,
    ]);
    expect(keys(model.peerings)).toEqual(['aws_vpc_peering_connection_accepter.peer']);
    const p = model.peerings[0];
    expect(p?.resource).toBe(accepter);
    expect(p?.accepterResource).toBe(accepter);
    expect(p?.optionsResources).toEqual([options]);
    expect(p && [text(p.id), text(p.requester), text(p.accepter), text(p.peerRegion), text(p.peerOwnerId), text(p.autoAccept)]).toEqual([
      'pcx-9',
      'vpc-req',
      'vpc-acc',
      'eu-west-1',
      '111111111111',
      'absent',
    ]);
    expect(p && [text(p.requesterOptions.allowRemoteVpcDnsResolution), text(p.accepterOptions.allowRemoteVpcDnsResolution)]).toEqual([
      'false',
      'true',
    ]);
    expect(keys(model.vpcs)).toEqual(['vpc-req', 'vpc-acc']);
    expect(routeTexts(model)).toEqual([
      ['aws_route.to_req', 'aws_route_table.acc', '10.9.0.0/16', 'destination_cidr_block', 'peering aws_vpc_peering_connection_accepter.peer'],
    ]);
  });
});

describe('buildModel: route tables', () => {
  const vpcWithIds = tfVpc('old', '10.3.0.0/16', { id: 'vpc-old', main_route_table_id: 'rtb-main', default_route_table_id: 'rtb-main' });
  const model = buildModel([
    tfVpc('a', '10.0.0.0/16'),
    vpcWithIds,
    tf('aws_route_table', 'known', { id: 'rtb-1', vpc_id: 'vpc-old' }),
    tf('aws_route_table', 'new', {}, { unknown: { vpc_id: linkedTo('aws_vpc.a') } }),
    tf('aws_route', 'by_id', { route_table_id: 'rtb-1', destination_cidr_block: '10.8.0.0/16', gateway_id: 'igw-1' }),
    tf('aws_route', 'by_main_id', { route_table_id: 'rtb-main', destination_cidr_block: '10.8.0.0/16', gateway_id: 'igw-1' }),
    tf('aws_route', 'by_ref', { destination_cidr_block: '10.8.0.0/16', gateway_id: 'igw-1' }, {
      unknown: { route_table_id: linkedTo('aws_route_table.new') },
    }),
    tf('aws_route', 'by_main_ref', { destination_cidr_block: '10.8.0.0/16', gateway_id: 'igw-1' }, {
      unknown: { route_table_id: linkedTo('aws_vpc.a', 'main_route_table_id') },
    }),
    tf('aws_route', 'by_default_ref', { destination_cidr_block: '10.8.0.0/16', gateway_id: 'igw-1' }, {
      unknown: { route_table_id: linkedTo('aws_vpc.old', 'default_route_table_id') },
    }),
    tf('aws_route', 'unmatched', { route_table_id: 'rtb-404', destination_cidr_block: '10.8.0.0/16', gateway_id: 'igw-1' }),
  ]);

  it.each([
    ['a known table ID', 'aws_route.by_id', 'aws_route_table.known'],
    ["a VPC's known main_route_table_id", 'aws_route.by_main_id', 'aws_vpc.old main route table'],
    ['a reference to the table', 'aws_route.by_ref', 'aws_route_table.new'],
    ['a reference to aws_vpc.a.main_route_table_id', 'aws_route.by_main_ref', 'aws_vpc.a main route table'],
    ['a reference to aws_vpc.old.default_route_table_id', 'aws_route.by_default_ref', 'aws_vpc.old main route table'],
    [
      'an ID that matches nothing',
      'aws_route.unmatched',
      'unknown: route_table_id of aws_route.unmatched is rtb-404, which matches no route table in the linted files',
    ],
  ])('joins a route to its table by %s', (_, route, table) => {
    expect(text(find(model.routes, route).routeTable)).toBe(table);
  });

  it('gives the implicit main table the known main_route_table_id and the routes added to it', () => {
    const main = find(model.routeTables, 'aws_vpc.old main route table');
    expect(main).toMatchObject({ label: 'aws_vpc.old main route table', implicit: true, isMain: true });
    expect(main.resource).toBe(vpcWithIds);
    expect([text(main.id), text(main.vpc), keys(main.routes)]).toEqual([
      'rtb-main',
      'aws_vpc.old',
      ['aws_route.by_main_id', 'aws_route.by_default_ref'],
    ]);
    expect(main.routesIncomplete).toBeUndefined();
  });

  it('falls back to the main table for subnets without an explicit association', () => {
    const m = buildModel([
      tfVpc('a', '10.0.0.0/16'),
      tf('aws_route_table', 'private', {}, { unknown: { vpc_id: linkedTo('aws_vpc.a') } }),
      tfSubnet('public', 'a', '10.0.1.0/24'),
      tfSubnet('private', 'a', '10.0.2.0/24'),
      tf('aws_route_table_association', 'private', {}, {
        unknown: { subnet_id: linkedTo('aws_subnet.private'), route_table_id: linkedTo('aws_route_table.private') },
      }),
      tf('aws_subnet', 'lost', { cidr_block: '10.0.3.0/24' }, { unknown: { vpc_id: {} } }),
    ]);
    expect(m.subnets.map((s) => [s.key, text(s.routeTable), s.explicitAssociation])).toEqual([
      ['aws_subnet.public', 'aws_vpc.a main route table', false],
      ['aws_subnet.private', 'aws_route_table.private', true],
      [
        'aws_subnet.lost',
        "unknown: aws_subnet.lost uses its VPC's main route table, but its VPC is unknown: vpc_id of aws_subnet.lost is known after apply and not linked to a resource in the plan",
        false,
      ],
    ]);
    const vpc = find(m.vpcs, 'aws_vpc.a');
    expect(vpc.mainRouteTable.key).toBe('aws_vpc.a main route table');
    expect(text(vpc.mainRouteTable.id)).toBe(
      'unknown: the main route table of aws_vpc.a is created with the VPC; its ID is known after apply',
    );
    expect(vpc.routeTables.map((t) => [t.key, t.isMain, keys(t.subnets)])).toEqual([
      ['aws_vpc.a main route table', true, ['aws_subnet.public']],
      ['aws_route_table.private', false, ['aws_subnet.private']],
    ]);
  });

  it('keeps the first explicit association of a subnet', () => {
    const m = buildModel([
      tf('aws_route_table', 'one', { id: 'rtb-1' }),
      tf('aws_route_table', 'two', { id: 'rtb-2' }),
      tf('aws_subnet', 's', { id: 'subnet-1', cidr_block: '10.0.1.0/24' }),
      tf('aws_route_table_association', 'first', { subnet_id: 'subnet-1', route_table_id: 'rtb-1' }),
      tf('aws_route_table_association', 'second', { subnet_id: 'subnet-1', route_table_id: 'rtb-2' }),
      tf('aws_route_table_association', 'edge', { gateway_id: 'igw-1', route_table_id: 'rtb-2' }),
    ]);
    expect(m.subnets.map((s) => [s.key, text(s.routeTable), s.explicitAssociation])).toEqual([['aws_subnet.s', 'aws_route_table.one', true]]);
    expect(m.routeTables.map((t) => [t.key, keys(t.subnets)])).toEqual([
      ['aws_route_table.one', ['aws_subnet.s']],
      ['aws_route_table.two', []],
    ]);
  });

  it('makes the target of aws_main_route_table_association the main table', () => {
    const m = buildModel([
      tfVpc('a', '10.0.0.0/16'),
      tf('aws_route_table', 'custom', {}, { unknown: { vpc_id: linkedTo('aws_vpc.a') } }),
      tfSubnet('s', 'a', '10.0.1.0/24'),
      tf('aws_main_route_table_association', 'm', {}, {
        unknown: { vpc_id: linkedTo('aws_vpc.a'), route_table_id: linkedTo('aws_route_table.custom') },
      }),
    ]);
    const vpc = find(m.vpcs, 'aws_vpc.a');
    expect(vpc.mainRouteTable.key).toBe('aws_route_table.custom');
    expect(m.routeTables.map((t) => [t.key, t.isMain, t.implicit, keys(t.subnets)])).toEqual([
      ['aws_route_table.custom', true, false, ['aws_subnet.s']],
    ]);
    expect(keys(vpc.routeTables)).toEqual(['aws_route_table.custom']);
    expect(m.subnets.map((s) => [s.key, text(s.routeTable), s.explicitAssociation])).toEqual([['aws_subnet.s', 'aws_route_table.custom', false]]);
  });

  it('makes an aws_default_route_table linked by reference the main table, with its inline routes', () => {
    const m = buildModel([
      tfVpc('a', '10.0.0.0/16'),
      tf('aws_default_route_table', 'd', { route: [planRoute({ cidr_block: '0.0.0.0/0', gateway_id: 'igw-1' })] }, {
        unknown: { id: {}, vpc_id: {}, default_route_table_id: linkedTo('aws_vpc.a', 'default_route_table_id') },
      }),
      tf('aws_route', 'extra', { destination_cidr_block: '10.9.0.0/16', nat_gateway_id: 'nat-1' }, {
        unknown: { route_table_id: linkedTo('aws_vpc.a', 'main_route_table_id') },
      }),
      tfSubnet('s', 'a', '10.0.1.0/24'),
    ]);
    const vpc = find(m.vpcs, 'aws_vpc.a');
    expect(vpc.mainRouteTable.key).toBe('aws_default_route_table.d');
    expect(m.routeTables.map((t) => [t.key, text(t.vpc), t.isMain, t.implicit, keys(t.routes), keys(t.subnets)])).toEqual([
      ['aws_default_route_table.d', 'aws_vpc.a', true, false, ['aws_default_route_table.d.route[0]', 'aws_route.extra'], ['aws_subnet.s']],
    ]);
    expect(routeTexts(m)).toEqual([
      ['aws_default_route_table.d.route[0]', 'aws_default_route_table.d', '0.0.0.0/0', 'route.0.cidr_block', 'gateway igw-1'],
      ['aws_route.extra', 'aws_default_route_table.d', '10.9.0.0/16', 'destination_cidr_block', 'nat-gateway nat-1'],
    ]);
    expect(m.routes[0]?.subject.path).toEqual(['route', 0]);
    expect(m.routes[0]?.inline).toBe(true);
  });

  it('links an aws_default_route_table by the known ID of the VPC default table', () => {
    const m = buildModel([
      tfVpc('a', '10.0.0.0/16', { id: 'vpc-a', default_route_table_id: 'rtb-d', main_route_table_id: 'rtb-d' }),
      tf('aws_default_route_table', 'd', { default_route_table_id: 'rtb-d', route: [] }),
      tf('aws_route', 'r', { route_table_id: 'rtb-d', destination_cidr_block: '10.9.0.0/16', gateway_id: 'igw-1' }),
    ]);
    expect(m.routeTables.map((t) => [t.key, text(t.id), text(t.vpc), t.isMain, keys(t.routes)])).toEqual([
      ['aws_default_route_table.d', 'rtb-d', 'aws_vpc.a', true, ['aws_route.r']],
    ]);
  });

  it('lets a main route table association win over an aws_default_route_table', () => {
    const m = buildModel([
      tfVpc('a', '10.0.0.0/16', { id: 'vpc-a', default_route_table_id: 'rtb-d' }),
      tf('aws_default_route_table', 'd', { default_route_table_id: 'rtb-d' }),
      tf('aws_route_table', 'custom', { id: 'rtb-c', vpc_id: 'vpc-a' }),
      tf('aws_main_route_table_association', 'm', { vpc_id: 'vpc-a', route_table_id: 'rtb-c' }),
    ]);
    expect(m.routeTables.map((t) => [t.key, t.isMain])).toEqual([
      ['aws_default_route_table.d', false],
      ['aws_route_table.custom', true],
    ]);
    expect(find(m.vpcs, 'aws_vpc.a').mainRouteTable.key).toBe('aws_route_table.custom');
  });

  it('marks a table whose whole route list is unknown as incomplete', () => {
    const m = buildModel([tf('aws_route_table', 't', {}, { unknown: { route: {} } })]);
    expect(m.routeTables.map((t) => [t.key, t.routesIncomplete, keys(t.routes)])).toEqual([
      ['aws_route_table.t', 'route of aws_route_table.t is known after apply', []],
    ]);
  });
});

describe('buildModel: route destinations and targets', () => {
  it.each([
    ['gateway_id', { cidr_block: '0.0.0.0/0', gateway_id: 'igw-1' }, '0.0.0.0/0', 'route.0.cidr_block', 'gateway igw-1'],
    ['gateway_id "local"', { cidr_block: '10.0.0.0/16', gateway_id: 'local' }, '10.0.0.0/16', 'route.0.cidr_block', 'local local'],
    ['nat_gateway_id', { cidr_block: '0.0.0.0/0', nat_gateway_id: 'nat-1' }, '0.0.0.0/0', 'route.0.cidr_block', 'nat-gateway nat-1'],
    ['transit_gateway_id', { cidr_block: '10.0.0.0/8', transit_gateway_id: 'tgw-1' }, '10.0.0.0/8', 'route.0.cidr_block', 'transit-gateway tgw-1'],
    ['vpc_endpoint_id', { cidr_block: '10.0.0.0/8', vpc_endpoint_id: 'vpce-1' }, '10.0.0.0/8', 'route.0.cidr_block', 'vpc-endpoint vpce-1'],
    ['instance_id', { cidr_block: '10.0.0.0/8', instance_id: 'i-1' }, '10.0.0.0/8', 'route.0.cidr_block', 'network-interface i-1'],
    ['core_network_arn', { cidr_block: '10.0.0.0/8', core_network_arn: 'arn:cn' }, '10.0.0.0/8', 'route.0.cidr_block', 'core-network arn:cn'],
    [
      'egress_only_gateway_id with an IPv6 destination',
      { ipv6_cidr_block: '::/0', egress_only_gateway_id: 'eigw-1' },
      '::/0',
      'route.0.ipv6_cidr_block',
      'egress-only-gateway eigw-1',
    ],
    [
      'a prefix-list destination',
      { destination_prefix_list_id: 'pl-1', gateway_id: 'igw-1' },
      'absent',
      'route.0.destination_prefix_list_id',
      'gateway igw-1',
    ],
    [
      'an unmatched peering ID',
      { cidr_block: '10.5.0.0/16', vpc_peering_connection_id: 'pcx-404' },
      '10.5.0.0/16',
      'route.0.cidr_block',
      'peering unknown: route[0].vpc_peering_connection_id of aws_route_table.t is pcx-404, which matches no peering connection in the linted files',
    ],
    ['no target at all', { cidr_block: '10.5.0.0/16' }, '10.5.0.0/16', 'route.0.cidr_block', 'unknown: route[0] of aws_route_table.t has no target'],
  ])('reads an inline route with %s, ignoring the empty strings of plan JSON', (_, fields, destination, path, target) => {
    const m = buildModel([tf('aws_route_table', 't', { route: [planRoute(fields)] })]);
    expect(routeTexts(m)).toEqual([['aws_route_table.t.route[0]', 'aws_route_table.t', destination, path, target]]);
    expect(text(m.routes[0]?.destinationPrefixListId ?? { state: 'absent' })).toBe('destination_prefix_list_id' in fields ? 'pl-1' : 'absent');
  });

  it('reads a route to a peering whose ID is unknown as a peering target', () => {
    const m = buildModel([
      tf('aws_route_table', 't', { route: [planRoute({ cidr_block: '10.1.0.0/16' })] }, {
        unknown: { 'route.0.vpc_peering_connection_id': {} },
      }),
    ]);
    expect(m.routes.map((r) => targetText(r.target))).toEqual([
      'peering unknown: route[0].vpc_peering_connection_id of aws_route_table.t is known after apply and not linked to a resource in the plan',
    ]);
  });

  it('picks the configured target when the provider leaves the other target attributes unknown', () => {
    // An aws_route as older providers plan it: every optional-computed target is unknown.
    const computed = ['gateway_id', 'egress_only_gateway_id', 'instance_id', 'network_interface_id', 'destination_prefix_list_id'];
    const m = buildModel([
      tf('aws_nat_gateway', 'n', {}),
      tf('aws_route', 'private', { destination_cidr_block: '0.0.0.0/0', destination_ipv6_cidr_block: null, vpc_peering_connection_id: null }, {
        unknown: { ...Object.fromEntries(computed.map((f) => [f, {}])), nat_gateway_id: linkedTo('aws_nat_gateway.n'), route_table_id: {} },
      }),
      tf('aws_route', 'guess', { destination_cidr_block: '0.0.0.0/0' }, {
        unknown: { gateway_id: {}, nat_gateway_id: {}, route_table_id: {} },
      }),
    ]);
    expect(routeTexts(m)).toEqual([
      [
        'aws_route.private',
        'unknown: route_table_id of aws_route.private is known after apply and not linked to a resource in the plan',
        '0.0.0.0/0',
        'destination_cidr_block',
        'nat-gateway unknown: nat_gateway_id of aws_route.private is known after apply',
      ],
      [
        'aws_route.guess',
        'unknown: route_table_id of aws_route.guess is known after apply and not linked to a resource in the plan',
        '0.0.0.0/0',
        'destination_cidr_block',
        'unknown: the target of aws_route.guess is known after apply (gateway_id, nat_gateway_id are unknown)',
      ],
    ]);
  });
});

describe('buildModel: CIDR blocks', () => {
  it('records primary, secondary and IPv6 blocks on the VPC they belong to', () => {
    const m = buildModel([
      tfVpc('a', '10.0.0.0/16', { assign_generated_ipv6_cidr_block: true }, { unknown: { ipv6_cidr_block: {} } }),
      tf('aws_vpc_ipv4_cidr_block_association', 'extra', { cidr_block: '10.100.0.0/16' }, { unknown: { vpc_id: linkedTo('aws_vpc.a') } }),
      tf('aws_vpc_ipv4_cidr_block_association', 'pool', { ipv4_ipam_pool_id: 'ipam-pool-4' }, {
        unknown: { cidr_block: {}, vpc_id: linkedTo('aws_vpc.a') },
      }),
      tf('aws_vpc_ipv6_cidr_block_association', 'v6', { ipv6_cidr_block: '2600:1f18:0:100::/56', ipv6_ipam_pool_id: 'ipam-pool-6' }, {
        unknown: { vpc_id: linkedTo('aws_vpc.a') },
      }),
      tf('aws_vpc', 'ipam', { ipv4_ipam_pool_id: 'ipam-pool-4', assign_generated_ipv6_cidr_block: false }, {
        unknown: { cidr_block: {}, ipv6_cidr_block: {} },
      }),
      tf('aws_vpc_ipv4_cidr_block_association', 'lost', { cidr_block: '10.200.0.0/16' }, { unknown: { vpc_id: {} } }),
    ]);
    const blocks = (key: string) =>
      find(m.vpcs, key).cidrBlocks.map((b) => [b.kind, text(b.cidr), b.subject.resource.address, b.subject.path, b.amazonProvided ?? false]);
    expect(blocks('aws_vpc.a')).toEqual([
      ['ipv4-primary', '10.0.0.0/16', 'aws_vpc.a', ['cidr_block'], false],
      ['ipv6', 'unknown: the Amazon-provided IPv6 block of aws_vpc.a is allocated at apply time', 'aws_vpc.a', ['ipv6_cidr_block'], true],
      ['ipv4-secondary', '10.100.0.0/16', 'aws_vpc_ipv4_cidr_block_association.extra', ['cidr_block'], false],
      [
        'ipv4-secondary',
        'unknown: cidr_block of aws_vpc_ipv4_cidr_block_association.pool is allocated from IPAM pool ipam-pool-4 at apply time',
        'aws_vpc_ipv4_cidr_block_association.pool',
        ['cidr_block'],
        false,
      ],
      ['ipv6', '2600:1f18:0:100::/56', 'aws_vpc_ipv6_cidr_block_association.v6', ['ipv6_cidr_block'], false],
    ]);
    // ipv6_cidr_block is computed: unknown without a request for a block means no IPv6 block.
    expect(blocks('aws_vpc.ipam')).toEqual([
      ['ipv4-primary', 'unknown: cidr_block of aws_vpc.ipam is allocated from IPAM pool ipam-pool-4 at apply time', 'aws_vpc.ipam', ['cidr_block'], false],
    ]);
    expect(m.vpcs.map((v) => v.blocksIncomplete)).toEqual([undefined, undefined]);
    // The association that links to no VPC is on no VPC, but its literal is still recorded.
    expect(m.cidrLiterals.map((l) => [l.subject.resource.address, l.text])).toEqual([
      ['aws_vpc.a', '10.0.0.0/16'],
      ['aws_vpc_ipv4_cidr_block_association.extra', '10.100.0.0/16'],
      ['aws_vpc_ipv6_cidr_block_association.v6', '2600:1f18:0:100::/56'],
      ['aws_vpc_ipv4_cidr_block_association.lost', '10.200.0.0/16'],
    ]);
  });

  it('records every literal with its subject and parse result: valid, host bits, malformed, non-string, wrong family', () => {
    const m = buildModel([
      tfVpc('a', '10.0.0.1/16'),
      tfSubnet('s', 'a', '10.0.300.0/24'),
      tf('aws_security_group', 'g', { ingress: [{ cidr_blocks: ['0.0.0.0/0', 42], from_port: 22, to_port: 22, protocol: 'tcp' }] }),
      tf('aws_route', 'r', { destination_ipv6_cidr_block: '10.1.0.0/16', gateway_id: 'igw-1' }),
    ]);
    const bad = (t: string) => {
      const p = parseCidr(t);
      if (p.ok) throw new Error(`${t} parses`);
      return p.error;
    };
    expect(m.cidrLiterals.map((l) => [l.subject.resource.address, l.subject.path, l.text, l.result.ok ? l.result.cidr.canonical : l.result.error])).toEqual([
      ['aws_vpc.a', ['cidr_block'], '10.0.0.1/16', '10.0.0.0/16'],
      ['aws_subnet.s', ['cidr_block'], '10.0.300.0/24', bad('10.0.300.0/24')],
      ['aws_security_group.g', ['ingress', 0, 'cidr_blocks', 0], '0.0.0.0/0', '0.0.0.0/0'],
      ['aws_security_group.g', ['ingress', 0, 'cidr_blocks', 1], '42', bad(42 as unknown as string)],
      ['aws_route.r', ['destination_ipv6_cidr_block'], '10.1.0.0/16', 'an IPv4 block where an IPv6 block is expected'],
    ]);
    const primary = find(m.vpcs, 'aws_vpc.a').cidrBlocks[0]?.cidr;
    expect(primary?.state === 'known' && [primary.value.text, primary.value.canonical, primary.value.hostBitsSet]).toEqual([
      '10.0.0.1/16',
      '10.0.0.0/16',
      true,
    ]);
    expect(find(m.subnets, 'aws_subnet.s').cidr).toEqual({
      state: 'unknown',
      invalid: true,
      reason: `cidr_block of aws_subnet.s is not a valid CIDR block: "10.0.300.0/24" (${bad('10.0.300.0/24')})`,
    });
    expect(m.securityGroupRules[0]?.peers[1]).toEqual({
      kind: 'cidr',
      path: ['ingress', 0, 'cidr_blocks', 1],
      cidr: { state: 'unknown', invalid: true, reason: `ingress[0].cidr_blocks[1] of aws_security_group.g is not a valid CIDR block: 42 (${bad(42 as unknown as string)})` },
    });
    expect(m.routes[0]?.destination).toEqual({
      state: 'unknown',
      invalid: true,
      reason: 'destination_ipv6_cidr_block of aws_route.r is not a valid CIDR block: "10.1.0.0/16" (an IPv4 block where an IPv6 block is expected)',
    });
  });
});

describe('buildModel: VPCs outside the linted files', () => {
  it('creates ONE external stub per unmatched vpc- ID, shared by everything that names it', () => {
    const m = buildModel([
      tfVpc('a', '10.0.0.0/16'),
      tf('aws_subnet', 's', { vpc_id: 'vpc-0ext', cidr_block: '10.50.1.0/24' }),
      tf('aws_vpc_peering_connection', 'one', { peer_vpc_id: 'vpc-0ext' }, { unknown: { vpc_id: linkedTo('aws_vpc.a') } }),
      tf('aws_vpc_peering_connection', 'two', { peer_vpc_id: 'vpc-0ext' }, { unknown: { vpc_id: linkedTo('aws_vpc.a') } }),
      tf('aws_security_group', 'g', { vpc_id: 'vpc-0ext' }),
      tf('aws_subnet', 'named', { vpc_id: 'my-vpc' }),
    ]);
    expect(keys(m.vpcs)).toEqual(['aws_vpc.a', 'vpc-0ext']);
    const stub = find(m.vpcs, 'vpc-0ext');
    const why = 'vpc-0ext is not defined in the linted files';
    expect(stub).toMatchObject({ key: 'vpc-0ext', label: 'vpc-0ext', external: true, cidrBlocks: [], blocksIncomplete: why });
    expect(stub.resource).toBeUndefined();
    expect([text(stub.id), text(stub.region), text(stub.enableDnsSupport)]).toEqual(['vpc-0ext', `unknown: ${why}`, `unknown: ${why}`]);
    expect([keys(stub.subnets), keys(stub.peerings), keys(stub.securityGroups)]).toEqual([
      ['aws_subnet.s'],
      ['aws_vpc_peering_connection.one', 'aws_vpc_peering_connection.two'],
      ['aws_security_group.g'],
    ]);
    expect(m.peerings.map((p) => [p.key, text(p.requester), text(p.accepter)])).toEqual([
      ['aws_vpc_peering_connection.one', 'aws_vpc.a', 'vpc-0ext'],
      ['aws_vpc_peering_connection.two', 'aws_vpc.a', 'vpc-0ext'],
    ]);
    expect(stub.mainRouteTable).toMatchObject({
      key: 'vpc-0ext main route table',
      implicit: true,
      isMain: true,
      routesIncomplete: "the routes of vpc-0ext's main route table are not in the linted files",
    });
    expect(text(find(m.subnets, 'aws_subnet.s').routeTable)).toBe('vpc-0ext main route table');
    expect(text(find(m.subnets, 'aws_subnet.named').vpc)).toBe(
      'unknown: vpc_id of aws_subnet.named is my-vpc, which matches no VPC in the linted files',
    );
  });

  it('reads a data.aws_vpc as external, with secondary blocks from cidr_block_associations', () => {
    const m = buildModel([
      tfData('aws_vpc', 'shared', {
        id: 'vpc-d',
        cidr_block: '10.5.0.0/16',
        cidr_block_associations: [
          { association_id: 'x1', cidr_block: '10.5.0.0/16', state: 'associated' },
          { association_id: 'x2', cidr_block: '10.6.0.0/16', state: 'associated' },
          { association_id: 'x3', cidr_block: '10.7.0.0/16', state: 'disassociated' },
        ],
        ipv6_cidr_block: '',
        enable_dns_support: true,
        enable_dns_hostnames: false,
        main_route_table_id: 'rtb-d',
        owner_id: '111111111111',
        tags: { Name: 'shared' },
      }),
      tf('aws_route', 'r', { route_table_id: 'rtb-d', destination_cidr_block: '10.9.0.0/16', gateway_id: 'igw-1' }),
    ]);
    const vpc = find(m.vpcs, 'data.aws_vpc.shared');
    expect(vpc).toMatchObject({ external: true, name: 'shared' });
    expect(vpc.blocksIncomplete).toBeUndefined();
    expect(vpc.cidrBlocks.map((b) => [b.kind, text(b.cidr), b.subject.path])).toEqual([
      ['ipv4-primary', '10.5.0.0/16', ['cidr_block']],
      ['ipv4-secondary', '10.6.0.0/16', ['cidr_block_associations', 1, 'cidr_block']],
    ]);
    expect([text(vpc.id), text(vpc.accountId), text(vpc.enableDnsSupport), text(vpc.enableDnsHostnames)]).toEqual([
      'vpc-d',
      '111111111111',
      'true',
      'false',
    ]);
    expect(vpc.mainRouteTable).toMatchObject({
      key: 'data.aws_vpc.shared main route table',
      routesIncomplete: "the routes of data.aws_vpc.shared's main route table are not in the linted files",
    });
    expect([text(vpc.mainRouteTable.id), keys(vpc.mainRouteTable.routes)]).toEqual(['rtb-d', ['aws_route.r']]);
  });

  it('marks the blocks of a data.aws_vpc read at apply time as incomplete', () => {
    const m = buildModel([tfData('aws_vpc', 'later', {}, { unknown: { id: {}, cidr_block: {}, cidr_block_associations: {}, ipv6_cidr_block: {} } })]);
    const vpc = find(m.vpcs, 'data.aws_vpc.later');
    expect(vpc.blocksIncomplete).toBe('cidr_block_associations of data.aws_vpc.later is known after apply');
    expect(vpc.cidrBlocks.map((b) => [b.kind, text(b.cidr)])).toEqual([
      ['ipv4-primary', 'unknown: cidr_block of data.aws_vpc.later is known after apply'],
    ]);
    expect(text(vpc.enableDnsSupport)).toBe('unknown: enable_dns_support of data.aws_vpc.later is not in the plan');
  });

  it('lets a data.aws_vpc with the known ID of a managed VPC stand for that VPC', () => {
    const m = buildModel([
      tfVpc('a', '10.0.0.0/16', { id: 'vpc-a' }),
      tfData('aws_vpc', 'a', { id: 'vpc-a', cidr_block: '10.0.0.0/16' }),
      tf('aws_subnet', 's', { cidr_block: '10.0.1.0/24' }, { unknown: { vpc_id: linkedTo('data.aws_vpc.a') } }),
    ]);
    expect(keys(m.vpcs)).toEqual(['aws_vpc.a']);
    expect(text(find(m.subnets, 'aws_subnet.s').vpc)).toBe('aws_vpc.a');
  });
});

describe('buildModel: VPC attributes', () => {
  it('reads IDs, names, DNS defaults, region and account', () => {
    const m = buildModel([
      tfVpc('a', '10.0.0.0/16', { tags: { Name: 'app' } }),
      tfVpc('b', '10.1.0.0/16', { id: 'vpc-b', region: 'eu-west-1', owner_id: '123456789012', enable_dns_support: false, enable_dns_hostnames: true }),
      tf('aws_default_vpc', 'd', { cidr_block: '172.31.0.0/16' }),
    ]);
    expect(
      m.vpcs.map((v) => [v.key, v.name, v.external, text(v.id), text(v.enableDnsSupport), text(v.enableDnsHostnames), text(v.region), text(v.accountId)]),
    ).toEqual([
      [
        'aws_vpc.a',
        'app',
        false,
        'absent',
        'true',
        'false',
        'unknown: the region of aws_vpc.a comes from its provider configuration, and the plan does not say which one it is',
        'unknown: the account of aws_vpc.a comes from its provider configuration, and the plan does not say which one it is',
      ],
      ['aws_vpc.b', undefined, false, 'vpc-b', 'false', 'true', 'eu-west-1', '123456789012'],
      [
        'aws_default_vpc.d',
        undefined,
        false,
        'absent',
        'true',
        'false',
        'unknown: the region of aws_default_vpc.d comes from its provider configuration, and the plan does not say which one it is',
        'unknown: the account of aws_default_vpc.d comes from its provider configuration, and the plan does not say which one it is',
      ],
    ]);
  });
});

describe('buildModel: security groups', () => {
  it('normalizes every authoring style into rules with peers', () => {
    const m = buildModel([
      tfVpc('a', '10.0.0.0/16'),
      tf(
        'aws_security_group',
        'web',
        {
          name: 'web',
          ingress: [
            {
              cidr_blocks: ['0.0.0.0/0'],
              ipv6_cidr_blocks: ['::/0'],
              prefix_list_ids: ['pl-1'],
              security_groups: [],
              self: false,
              description: '',
              from_port: 22,
              to_port: 22,
              protocol: 'tcp',
            },
          ],
          egress: [{ cidr_blocks: ['0.0.0.0/0'], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false, from_port: 0, to_port: 0, protocol: '-1' }],
        },
        { unknown: { id: {}, vpc_id: linkedTo('aws_vpc.a'), 'ingress.0.security_groups': {} } },
      ),
      tf('aws_security_group', 'db', { name: 'db' }, { unknown: { id: {}, vpc_id: linkedTo('aws_vpc.a'), ingress: {}, egress: {} } }),
      tf('aws_security_group_rule', 'db_in', { type: 'ingress', from_port: '5432', to_port: '5432', protocol: '6', cidr_blocks: ['10.0.0.0/8'], self: true }, {
        unknown: { security_group_id: linkedTo('aws_security_group.db'), source_security_group_id: linkedTo('aws_security_group.web') },
      }),
      tf('aws_vpc_security_group_ingress_rule', 'https', { cidr_ipv6: '::/0', from_port: 443, to_port: 443, ip_protocol: 'tcp' }, {
        unknown: { security_group_id: linkedTo('aws_security_group.web') },
      }),
      tf('aws_vpc_security_group_egress_rule', 'all', { cidr_ipv4: '0.0.0.0/0', ip_protocol: '-1' }, {
        unknown: { security_group_id: linkedTo('aws_security_group.db') },
      }),
      tf('aws_vpc_security_group_ingress_rule', 'from_sg', { referenced_security_group_id: 'sg-404', prefix_list_id: 'pl-2', from_port: 1, to_port: 2, ip_protocol: 'udp' }, {
        unknown: { security_group_id: linkedTo('aws_security_group.db') },
      }),
      tf('aws_default_security_group', 'd', { ingress: [{ self: true, protocol: -1, from_port: 0, to_port: 0 }], egress: [] }, {
        unknown: { vpc_id: linkedTo('aws_vpc.a') },
      }),
    ]);
    expect(m.securityGroups.map((g) => [g.key, text(g.vpc), text(g.name), g.isDefault, keys(g.rules)])).toEqual([
      ['aws_security_group.web', 'aws_vpc.a', 'web', false, ['aws_security_group.web.ingress[0]', 'aws_security_group.web.egress[0]', 'aws_vpc_security_group_ingress_rule.https']],
      ['aws_security_group.db', 'aws_vpc.a', 'db', false, ['aws_security_group_rule.db_in', 'aws_vpc_security_group_egress_rule.all', 'aws_vpc_security_group_ingress_rule.from_sg']],
      ['aws_default_security_group.d', 'aws_vpc.a', 'absent', true, ['aws_default_security_group.d.ingress[0]']],
    ]);
    expect(m.securityGroupRules.map(ruleText)).toEqual([
      [
        'aws_security_group.web.ingress[0]',
        'aws_security_group.web',
        'ingress',
        'tcp',
        '22',
        '22',
        [
          'cidr 0.0.0.0/0 @ingress.0.cidr_blocks.0',
          'cidr ::/0 @ingress.0.ipv6_cidr_blocks.0',
          'prefix-list pl-1 @ingress.0.prefix_list_ids.0',
          'sg unknown: ingress[0].security_groups of aws_security_group.web is known after apply (unknown: ingress[0].security_groups of aws_security_group.web is known after apply) @ingress.0.security_groups',
        ],
      ],
      ['aws_security_group.web.egress[0]', 'aws_security_group.web', 'egress', 'all', '0', '65535', ['cidr 0.0.0.0/0 @egress.0.cidr_blocks.0']],
      [
        'aws_security_group_rule.db_in',
        'aws_security_group.db',
        'ingress',
        'tcp',
        '5432',
        '5432',
        [
          'cidr 10.0.0.0/8 @cidr_blocks.0',
          'sg aws_security_group.web (unknown: id of aws_security_group.web is known after apply) @source_security_group_id',
          'self @self',
        ],
      ],
      ['aws_vpc_security_group_ingress_rule.https', 'aws_security_group.web', 'ingress', 'tcp', '443', '443', ['cidr ::/0 @cidr_ipv6']],
      ['aws_vpc_security_group_egress_rule.all', 'aws_security_group.db', 'egress', 'all', '0', '65535', ['cidr 0.0.0.0/0 @cidr_ipv4']],
      [
        'aws_vpc_security_group_ingress_rule.from_sg',
        'aws_security_group.db',
        'ingress',
        'udp',
        '1',
        '2',
        [
          'prefix-list pl-2 @prefix_list_id',
          'sg unknown: referenced_security_group_id of aws_vpc_security_group_ingress_rule.from_sg is sg-404, which matches no security group in the linted files (sg-404) @referenced_security_group_id',
        ],
      ],
      ['aws_default_security_group.d.ingress[0]', 'aws_default_security_group.d', 'ingress', 'all', '0', '65535', ['self @ingress.0.self']],
    ]);
    expect(m.securityGroupRules[0]?.subject.path).toEqual(['ingress', 0]);
    expect(m.securityGroupRules[2]?.subject.path).toBeUndefined();
  });

  it('links a security group reference by known ID across files', () => {
    const m = buildModel([
      tf('aws_security_group', 'app', { id: 'sg-app' }, { file: 'app.json' }),
      tf('aws_security_group', 'db', { ingress: [{ security_groups: ['sg-app'], from_port: 5432, to_port: 5432, protocol: 'tcp' }] }, { file: 'db.json' }),
    ]);
    expect(m.securityGroupRules.map((r) => r.peers.map(peerText))).toEqual([['sg aws_security_group.app (sg-app) @ingress.0.security_groups.0']]);
  });

  it.each([
    ['"-1"', '-1', 22, 22, ['all', '0', '65535']],
    ['-1 as a number', -1, undefined, undefined, ['all', '0', '65535']],
    ['"all"', 'all', 80, 80, ['all', '0', '65535']],
    ['"ALL" in upper case', 'ALL', undefined, undefined, ['all', '0', '65535']],
    ['"6"', '6', 22, 22, ['tcp', '22', '22']],
    ['"TCP"', 'TCP', 22, 22, ['tcp', '22', '22']],
    ['"17"', '17', 53, 53, ['udp', '53', '53']],
    ['17 as a number', 17, 53, 53, ['udp', '53', '53']],
    ['"1" (ICMP type and code)', '1', 8, 0, ['icmp', '8', '0']],
    ['"58"', '58', -1, -1, ['icmpv6', '-1', '-1']],
    ['"icmpv6"', 'icmpv6', 128, 0, ['icmpv6', '128', '0']],
    ['another number', '50', undefined, undefined, ['50', 'absent', 'absent']],
    ['ports as numeric strings', 'tcp', '8000', '8080', ['tcp', '8000', '8080']],
    ['an inverted range, kept as written', 'tcp', 9000, 8000, ['tcp', '9000', '8000']],
    [
      'a port that is not a number',
      'tcp',
      'http',
      80,
      ['tcp', 'unknown: from_port of aws_vpc_security_group_ingress_rule.r is not a port number: "http"', '80'],
    ],
    [
      'a protocol of the wrong type',
      true,
      1,
      2,
      ['unknown: ip_protocol of aws_vpc_security_group_ingress_rule.r is not a protocol: true', '1', '2'],
    ],
  ])('normalizes protocol %s', (_, protocol, from, to, expected) => {
    const m = buildModel([
      tf('aws_vpc_security_group_ingress_rule', 'r', { cidr_ipv4: '10.0.0.0/8', ip_protocol: protocol, from_port: from, to_port: to }),
    ]);
    const rule = m.securityGroupRules[0];
    expect(rule && [text(rule.protocol), text(rule.fromPort), text(rule.toPort)]).toEqual(expected);
  });

  it('turns a wholly unknown CIDR list into one unknown peer at the list path', () => {
    const m = buildModel([
      tf('aws_security_group_rule', 'r', { type: 'egress', protocol: 'tcp', from_port: 443, to_port: 443 }, { unknown: { cidr_blocks: {} } }),
    ]);
    expect(m.securityGroupRules.map((r) => [r.key, text(r.group), r.peers.map(peerText)])).toEqual([
      ['aws_security_group_rule.r', 'absent', ['cidr unknown: cidr_blocks of aws_security_group_rule.r is known after apply @cidr_blocks']],
    ]);
  });
});

describe('buildModel: attributes the code leaves to the provider (computed)', () => {
  it('ignores computed route targets and destinations, and does not mark a computed route list incomplete', () => {
    const m = buildModel([
      tf('aws_route_table', 't', { id: 'rtb-t' }, { unknown: { route: COMPUTED } }),
      tf('aws_route', 'r', { route_table_id: 'rtb-t', destination_cidr_block: '0.0.0.0/0' }, {
        unknown: {
          destination_prefix_list_id: COMPUTED,
          gateway_id: COMPUTED,
          instance_id: COMPUTED,
          network_interface_id: COMPUTED,
          nat_gateway_id: { reason: 'known after apply' },
        },
      }),
    ]);
    expect(m.routeTables.map((t) => [t.key, t.routesIncomplete, keys(t.routes)])).toEqual([['aws_route_table.t', undefined, ['aws_route.r']]]);
    expect(routeTexts(m)).toEqual([
      ['aws_route.r', 'aws_route_table.t', '0.0.0.0/0', 'destination_cidr_block', 'nat-gateway unknown: nat_gateway_id of aws_route.r is known after apply'],
    ]);
  });

  it('still takes a lone computed target: readers cannot see route blocks of Terraform 0.12 configurations', () => {
    const m = buildModel([
      tf('aws_route_table', 't', { route: [planRoute({ cidr_block: '0.0.0.0/0', gateway_id: null })] }, {
        unknown: { 'route.0.gateway_id': COMPUTED },
      }),
    ]);
    expect(m.routes.map((r) => targetText(r.target))).toEqual(['gateway unknown: route[0].gateway_id of aws_route_table.t is known after apply']);
  });

  it('reads computed CIDRs, DNS flags, peering region, owner and options as not set', () => {
    const m = buildModel([
      tfVpc('a', '10.0.0.0/16', {}, { unknown: { ipv6_cidr_block: COMPUTED, enable_dns_hostnames: COMPUTED, enable_dns_support: COMPUTED } }),
      tfSubnet('s', 'a', '10.0.1.0/24', {}, { unknown: { ipv6_cidr_block: COMPUTED } }),
      tf('aws_vpc_peering_connection', 'p', { peer_vpc_id: 'vpc-x' }, {
        unknown: { vpc_id: linkedTo('aws_vpc.a'), peer_region: COMPUTED, peer_owner_id: COMPUTED, requester: COMPUTED, accepter: COMPUTED },
      }),
    ]);
    const vpc = find(m.vpcs, 'aws_vpc.a');
    expect([vpc.cidrBlocks.map((b) => text(b.cidr)), text(vpc.enableDnsSupport), text(vpc.enableDnsHostnames)]).toEqual([['10.0.0.0/16'], 'true', 'false']);
    expect(text(find(m.subnets, 'aws_subnet.s').ipv6Cidr)).toBe('absent');
    const p = find(m.peerings, 'aws_vpc_peering_connection.p');
    expect([text(p.peerRegion), text(p.peerOwnerId), text(p.requesterOptions.allowRemoteVpcDnsResolution), text(p.accepterOptions.allowRemoteVpcDnsResolution)]).toEqual([
      'absent',
      'absent',
      'absent',
      'absent',
    ]);
  });

  it('keeps computed values of data sources unknown: AWS, not the code, holds them', () => {
    const m = buildModel([
      tfData('aws_vpc', 'd', {}, { unknown: { cidr_block: COMPUTED, enable_dns_support: COMPUTED, cidr_block_associations: COMPUTED } }),
    ]);
    const vpc = find(m.vpcs, 'data.aws_vpc.d');
    expect([vpc.cidrBlocks.map((b) => text(b.cidr)), text(vpc.enableDnsSupport), vpc.blocksIncomplete]).toEqual([
      ['unknown: cidr_block of data.aws_vpc.d is known after apply'],
      'unknown: enable_dns_support of data.aws_vpc.d is known after apply',
      'cidr_block_associations of data.aws_vpc.d is known after apply',
    ]);
  });
});

describe('buildModel: keys, order and reasons', () => {
  it('gives the same address in two files distinct keys and links references within each file', () => {
    const m = buildModel([
      tfVpc('main', '10.0.0.0/16', {}, { file: 'a.json' }),
      tfSubnet('s', 'main', '10.0.1.0/24', {}, { file: 'a.json' }),
      tfVpc('main', '10.1.0.0/16', {}, { file: 'b.json' }),
      tfSubnet('s', 'main', '10.1.1.0/24', {}, { file: 'b.json' }),
      tfVpc('only', '10.2.0.0/16', {}, { file: 'b.json' }),
    ]);
    expect(m.vpcs.map((v) => [v.key, v.label])).toEqual([
      ['a.json:aws_vpc.main', 'a.json:aws_vpc.main'],
      ['b.json:aws_vpc.main', 'b.json:aws_vpc.main'],
      ['aws_vpc.only', 'aws_vpc.only'],
    ]);
    expect(m.subnets.map((s) => [s.key, text(s.vpc), text(s.cidr)])).toEqual([
      ['a.json:aws_subnet.s', 'a.json:aws_vpc.main', '10.0.1.0/24'],
      ['b.json:aws_subnet.s', 'b.json:aws_vpc.main', '10.1.1.0/24'],
    ]);
  });

  it('keeps keys unique when one file repeats an address', () => {
    const m = buildModel([tfVpc('a', '10.0.0.0/16'), tfVpc('a', '10.1.0.0/16')]);
    expect(m.vpcs.map((v) => [v.key, text(v.cidrBlocks[0]?.cidr ?? { state: 'absent' })])).toEqual([
      ['aws_vpc.a', '10.0.0.0/16'],
      ['aws_vpc.a#2', '10.1.0.0/16'],
    ]);
  });

  it('leaves the VPC without a known main table when its main association names an unknown table', () => {
    const m = buildModel([
      tfVpc('a', '10.0.0.0/16'),
      tf('aws_main_route_table_association', 'm', {}, { unknown: { vpc_id: linkedTo('aws_vpc.a'), route_table_id: {} } }),
    ]);
    // The implicit table stays the VPC's mainRouteTable (the field is required) but is not main.
    expect(m.routeTables.map((t) => [t.key, t.isMain])).toEqual([['aws_vpc.a main route table', false]]);
  });

  it('ignores a main route table association without a route table', () => {
    const m = buildModel([
      tfVpc('a', '10.0.0.0/16'),
      tfSubnet('s', 'a', '10.0.1.0/24'),
      tf('aws_main_route_table_association', 'm', {}, { unknown: { vpc_id: linkedTo('aws_vpc.a') } }),
    ]);
    expect(m.subnets.map((s) => [s.key, text(s.routeTable)])).toEqual([['aws_subnet.s', 'aws_vpc.a main route table']]);
    expect(m.routeTables.map((t) => [t.key, t.isMain])).toEqual([['aws_vpc.a main route table', true]]);
  });

  it('keeps every list in input order, whatever phase created the item', () => {
    const m = buildModel([
      tf('aws_route', 'first', { route_table_id: 'rtb-t', destination_cidr_block: '10.1.0.0/16', gateway_id: 'igw-1' }),
      tfData('aws_vpc', 'd', { id: 'vpc-d', cidr_block: '10.9.0.0/16' }),
      tf('aws_route_table', 't', { id: 'rtb-t', vpc_id: 'vpc-d', route: [planRoute({ cidr_block: '10.2.0.0/16', gateway_id: 'igw-1' })] }),
      tf('aws_route', 'last', { route_table_id: 'rtb-t', destination_cidr_block: '10.3.0.0/16', gateway_id: 'igw-1' }),
      tfVpc('a', '10.0.0.0/16'),
    ]);
    expect(keys(m.routes)).toEqual(['aws_route.first', 'aws_route_table.t.route[0]', 'aws_route.last']);
    expect(keys(find(m.routeTables, 'aws_route_table.t').routes)).toEqual(keys(m.routes));
    expect(keys(m.vpcs)).toEqual(['data.aws_vpc.d', 'aws_vpc.a']);
    expect(keys(m.routeTables)).toEqual(['data.aws_vpc.d main route table', 'aws_route_table.t', 'aws_vpc.a main route table']);
    expect(m.cidrLiterals.map((l) => l.text)).toEqual(['10.1.0.0/16', '10.9.0.0/16', '10.2.0.0/16', '10.3.0.0/16', '10.0.0.0/16']);
  });

  it.each([
    [
      'an unknown vpc_id without references',
      [tf('aws_subnet', 'a', {}, { unknown: { vpc_id: {} } })],
      (m: NetworkModel) => text(find(m.subnets, 'aws_subnet.a').vpc),
      'unknown: vpc_id of aws_subnet.a is known after apply and not linked to a resource in the plan',
    ],
    [
      'a reference to a resource that is not in the file',
      [tf('aws_subnet', 'a', {}, { unknown: { vpc_id: linkedTo('aws_vpc.elsewhere') } })],
      (m: NetworkModel) => text(find(m.subnets, 'aws_subnet.a').vpc),
      'unknown: vpc_id of aws_subnet.a is known after apply and not linked to a resource in the plan',
    ],
    [
      'a parser reason from another format',
      [tf('aws_subnet', 'a', {}, { format: 'terraform-hcl', unknown: { vpc_id: { reason: 'variable vpc_id has no value' } } })],
      (m: NetworkModel) => text(find(m.subnets, 'aws_subnet.a').vpc),
      'unknown: vpc_id of aws_subnet.a is unknown (variable vpc_id has no value) and not linked to a resource in the linted files',
    ],
    [
      'nothing for a reference with an empty attribute: it names the resource itself',
      [tfVpc('v', '10.0.0.0/16'), tf('aws_subnet', 'a', {}, { unknown: { vpc_id: { refs: [{ address: 'aws_vpc.v', attribute: [] }] } } })],
      (m: NetworkModel) => text(find(m.subnets, 'aws_subnet.a').vpc),
      'aws_vpc.v',
    ],
    [
      'a chain that ends in an unlinked value',
      [tf('aws_subnet', 'other', {}, { unknown: { vpc_id: {} } }), tf('aws_subnet', 'a', {}, { unknown: { vpc_id: linkedTo('aws_subnet.other', 'vpc_id') } })],
      (m: NetworkModel) => text(find(m.subnets, 'aws_subnet.a').vpc),
      'unknown: vpc_id of aws_subnet.other is known after apply and not linked to a resource in the plan',
    ],
    [
      'a chain through another attribute that reaches a VPC',
      [tfVpc('v', '10.0.0.0/16'), tfSubnet('other', 'v', '10.0.1.0/24'), tf('aws_subnet', 'a', {}, { unknown: { vpc_id: linkedTo('aws_subnet.other', 'vpc_id') } })],
      (m: NetworkModel) => text(find(m.subnets, 'aws_subnet.a').vpc),
      'aws_vpc.v',
    ],
    [
      'an unmatched security group ID',
      [tf('aws_security_group_rule', 'r', { type: 'ingress', security_group_id: 'sg-404' })],
      (m: NetworkModel) => text(find(m.securityGroupRules, 'aws_security_group_rule.r').group),
      'unknown: security_group_id of aws_security_group_rule.r is sg-404, which matches no security group in the linted files',
    ],
    [
      'an unmatched peering ID',
      [tf('aws_route', 'r', { vpc_peering_connection_id: 'pcx-404', destination_cidr_block: '10.0.0.0/8' })],
      (m: NetworkModel) => targetText(find(m.routes, 'aws_route.r').target),
      'peering unknown: vpc_peering_connection_id of aws_route.r is pcx-404, which matches no peering connection in the linted files',
    ],
    [
      'an unknown main route table association',
      [
        tfVpc('v', '10.0.0.0/16'),
        tfSubnet('s', 'v', '10.0.1.0/24'),
        tf('aws_main_route_table_association', 'm', {}, { unknown: { vpc_id: linkedTo('aws_vpc.v'), route_table_id: {} } }),
      ],
      (m: NetworkModel) => text(find(m.subnets, 'aws_subnet.s').routeTable),
      'unknown: aws_subnet.s uses the main route table of aws_vpc.v, which is unknown: route_table_id of aws_main_route_table_association.m is known after apply and not linked to a resource in the plan',
    ],
  ])('explains %s', (_, resources, read, expected) => {
    expect(read(buildModel(resources))).toBe(expected);
  });
});

describe('buildModel: malformed input', () => {
  const proto = JSON.parse('{"__proto__": {"polluted": true}, "cidr_block": "10.0.0.0/16"}') as Record<string, unknown>;
  it.each([
    [
      'a number for vpc_id',
      tf('aws_subnet', 'x', { vpc_id: 42 }),
      (m: NetworkModel) => text(find(m.subnets, 'aws_subnet.x').vpc),
      'unknown: vpc_id of aws_subnet.x is not an ID: 42',
    ],
    [
      'a string for route',
      tf('aws_route_table', 'x', { route: 'oops' }),
      (m: NetworkModel) => find(m.routeTables, 'aws_route_table.x').routesIncomplete,
      'route of aws_route_table.x is not a list: "oops"',
    ],
    [
      'non-objects in the route list',
      tf('aws_route_table', 'x', { route: [1, null, 'x', []] }),
      (m: NetworkModel) => keys(m.routes).join(','),
      '',
    ],
    [
      'an object for ingress',
      tf('aws_security_group', 'x', { ingress: { from_port: 22 } }),
      (m: NetworkModel) => keys(m.securityGroupRules).join(','),
      '',
    ],
    [
      'a string for cidr_blocks',
      tf('aws_security_group', 'x', { ingress: [{ cidr_blocks: '0.0.0.0/0', protocol: 'tcp' }] }),
      (m: NetworkModel) => m.securityGroupRules.flatMap((r) => r.peers.map(peerText)).join(','),
      'cidr unknown: ingress[0].cidr_blocks of aws_security_group.x is not a list: "0.0.0.0/0" @ingress.0.cidr_blocks',
    ],
    [
      'a list for cidr_block',
      tf('aws_vpc', 'x', { cidr_block: ['10.0.0.0/16'] }),
      (m: NetworkModel) => text(find(m.vpcs, 'aws_vpc.x').cidrBlocks[0]?.cidr ?? { state: 'absent' }),
      `invalid: cidr_block of aws_vpc.x is not a valid CIDR block: a list (${(parseCidr(['10.0.0.0/16']) as { error: string }).error})`,
    ],
    [
      'a string for enable_dns_support',
      tf('aws_vpc', 'x', { cidr_block: '10.0.0.0/16', enable_dns_support: 'yes' }),
      (m: NetworkModel) => text(find(m.vpcs, 'aws_vpc.x').enableDnsSupport),
      'unknown: enable_dns_support of aws_vpc.x is not a boolean: "yes"',
    ],
    [
      'a string for a peering options block',
      tf('aws_vpc_peering_connection', 'x', { requester: 'x' }),
      (m: NetworkModel) => text(find(m.peerings, 'aws_vpc_peering_connection.x').requesterOptions.allowRemoteVpcDnsResolution),
      'unknown: requester of aws_vpc_peering_connection.x is not a block: "x"',
    ],
    [
      'an object for route_table_id',
      tf('aws_route', 'x', { route_table_id: { id: 'rtb-1' }, destination_cidr_block: '10.0.0.0/8', gateway_id: 'igw-1' }),
      (m: NetworkModel) => text(find(m.routes, 'aws_route.x').routeTable),
      'unknown: route_table_id of aws_route.x is not an ID: an object',
    ],
    [
      'a number for the Name tag',
      tf('aws_vpc', 'x', { cidr_block: '10.0.0.0/16', tags: { Name: 5 } }),
      (m: NetworkModel) => String(find(m.vpcs, 'aws_vpc.x').name),
      'undefined',
    ],
    [
      'a rule resource of an unknown type',
      tf('aws_security_group_rule', 'x', { type: 7, cidr_blocks: ['0.0.0.0/0'] }),
      (m: NetworkModel) => keys(m.securityGroupRules).join(','),
      '',
    ],
    [
      'a __proto__ key in the values',
      fakeResource({ address: 'aws_vpc.x', type: 'aws_vpc', values: proto }),
      (m: NetworkModel) => `${text(find(m.vpcs, 'aws_vpc.x').cidrBlocks[0]?.cidr ?? { state: 'absent' })} ${String(({} as Record<string, unknown>).polluted)}`,
      '10.0.0.0/16 undefined',
    ],
    [
      'an unmodelled resource type',
      tf('aws_internet_gateway', 'x', { vpc_id: 42 }),
      (m: NetworkModel) => JSON.stringify([m.vpcs.length, m.routeTables.length, m.cidrLiterals.length]),
      '[0,0,0]',
    ],
  ])('does not throw on %s', (_, resource, read, expected) => {
    expect(read(buildModel([resource]))).toBe(expected);
  });

  it('does not throw when every modelled type gets wrong types everywhere', () => {
    const types = [
      'aws_vpc',
      'aws_default_vpc',
      'aws_vpc_ipv4_cidr_block_association',
      'aws_vpc_ipv6_cidr_block_association',
      'aws_subnet',
      'aws_route_table',
      'aws_default_route_table',
      'aws_route',
      'aws_route_table_association',
      'aws_main_route_table_association',
      'aws_vpc_peering_connection',
      'aws_vpc_peering_connection_accepter',
      'aws_vpc_peering_connection_options',
      'aws_security_group',
      'aws_default_security_group',
      'aws_security_group_rule',
      'aws_vpc_security_group_ingress_rule',
      'aws_vpc_security_group_egress_rule',
    ];
    const junk = [42, 'text', true, [1, 'a', null, {}], { a: 1 }, [[{ x: 1 }]]];
    const fields = [
      'id', 'vpc_id', 'peer_vpc_id', 'cidr_block', 'ipv6_cidr_block', 'route', 'route_table_id', 'subnet_id',
      'vpc_peering_connection_id', 'ingress', 'egress', 'security_group_id', 'cidr_blocks', 'ipv6_cidr_blocks',
      'from_port', 'to_port', 'protocol', 'ip_protocol', 'type', 'requester', 'accepter', 'default_route_table_id',
      'main_route_table_id', 'gateway_id', 'destination_cidr_block', 'cidr_ipv4', 'referenced_security_group_id',
      'assign_generated_ipv6_cidr_block', 'tags', 'cidr_block_associations', 'self', 'security_groups',
    ];
    const resources: SourceResource[] = [];
    for (const type of types) {
      junk.forEach((value, i) => {
        resources.push(tf(type, `j${i}`, Object.fromEntries(fields.map((f) => [f, value]))));
        resources.push(tfData('aws_vpc', `${type}_j${i}`, Object.fromEntries(fields.map((f) => [f, value]))));
      });
    }
    const m = buildModel(resources);
    // Each data source has the same (junk) known ID as a managed VPC, so it stands for that VPC.
    expect(keys(m.vpcs).slice(0, 3)).toEqual(['aws_vpc.j0', 'aws_vpc.j1', 'aws_vpc.j2']);
    expect(m.vpcs.every((v) => v.mainRouteTable.vpc.state === 'known')).toBe(true);
    expect(new Set([...m.vpcs, ...m.subnets, ...m.routeTables, ...m.routes, ...m.peerings, ...m.securityGroups, ...m.securityGroupRules].map((x) => x.key)).size).toBe(
      m.vpcs.length + m.subnets.length + m.routeTables.length + m.routes.length + m.peerings.length + m.securityGroups.length + m.securityGroupRules.length,
    );
  });
});
