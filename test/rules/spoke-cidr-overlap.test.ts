/**
 * NET102 spoke-cidr-overlap edge cases that need no fixture file: which hub tables count (those
 * that route over a spoke's connection, or receive from the spoke), more-specific routes that
 * fix the overlap, spokes whose subnets are unknown, routes whose destination is unknown,
 * Amazon-provided IPv6, spokes peered with each other (NET101's), and a hub with many spokes.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/spoke-cidr-overlap.js';
import { lintRule } from '../helpers/lint-rule.js';
import type { SourceResource } from '../../src/parse/source.js';
import { linkedTo, tf, tfAssociation, tfSubnet, tfVpc, type FakeUnknown } from '../helpers/source.js';

const lint = (resources: readonly SourceResource[]) => lintRule(rule, resources, { fields: ['resource', 'messageId', 'data'] });

const pcx = (name: string, requester: string, accepter: string) =>
  tf('aws_vpc_peering_connection', name, { auto_accept: true }, { unknown: { id: {}, vpc_id: linkedTo(`aws_vpc.${requester}`), peer_vpc_id: linkedTo(`aws_vpc.${accepter}`) } });
const table = (name: string, vpc: string) => tf('aws_route_table', name, {}, { unknown: { id: {}, vpc_id: linkedTo(`aws_vpc.${vpc}`) } });
function route(name: string, tableName: string, destination: string | FakeUnknown, peering: string): SourceResource {
  const unknown: Record<string, FakeUnknown> = { route_table_id: linkedTo(`aws_route_table.${tableName}`), vpc_peering_connection_id: linkedTo(`aws_vpc_peering_connection.${peering}`) };
  if (typeof destination !== 'string') unknown.destination_cidr_block = destination;
  return tf('aws_route', name, typeof destination === 'string' ? { destination_cidr_block: destination } : {}, { unknown });
}

/** A hub with one subnet in table `hub`, and spokes a and b with one subnet each. */
function hubAndSpokes(a: string, aSubnet: string | undefined, b: string, bSubnet: string | undefined): SourceResource[] {
  const out = [tfVpc('hub', '10.0.0.0/16'), tfSubnet('hub_s', 'hub', '10.0.1.0/24'), table('hub', 'hub'), tfAssociation('hub_s', 'hub')];
  out.push(tfVpc('a', a), tfVpc('b', b), pcx('hub_a', 'hub', 'a'), pcx('hub_b', 'hub', 'b'));
  if (aSubnet !== undefined) out.push(tfSubnet('a_s', 'a', aSubnet));
  if (bSubnet !== undefined) out.push(tfSubnet('b_s', 'b', bSubnet));
  return out;
}

const misrouted = (routeName: string, spoke: string, other: string, destination: string, subnet: string, subnetCidr: string, overlap = '10.1.0.0/16') => ({
  resource: `aws_route.${routeName}`,
  messageId: 'misroutedSubnet',
  data: {
    hub: 'aws_vpc.hub',
    spoke: `aws_vpc.${spoke}`,
    otherSpoke: `aws_vpc.${other}`,
    overlap,
    route: `aws_route.${routeName}`,
    table: 'aws_route_table.hub',
    destination,
    peering: `aws_vpc_peering_connection.hub_${spoke}`,
    otherPeering: `aws_vpc_peering_connection.hub_${other}`,
    subnet: `aws_subnet.${subnet}`,
    subnetCidr,
  },
});

describe('spoke-cidr-overlap: one hub table, two identical spokes', () => {
  const base = hubAndSpokes('10.1.0.0/16', '10.1.1.0/24', '10.1.0.0/16', '10.1.2.0/24');

  it.each([
    {
      name: 'the table routes the whole range to a and b sends to the hub subnet',
      routes: [route('hub_to_a', 'hub', '10.1.0.0/16', 'hub_a'), route('b_to_hub', 'b', '10.0.1.0/24', 'hub_b')],
      extra: [table('b', 'b')],
      want: [misrouted('hub_to_a', 'a', 'b', '10.1.0.0/16', 'b_s', '10.1.2.0/24')],
    },
    {
      name: 'the table routes to both spokes, the more specific route to b takes a subnet of a',
      routes: [route('hub_to_a', 'hub', '10.1.1.0/24', 'hub_a'), route('hub_to_b', 'hub', '10.1.0.0/16', 'hub_b')],
      extra: [],
      want: [],
    },
    {
      name: 'the table routes each spoke subnet to its spoke',
      routes: [route('hub_to_a', 'hub', '10.1.1.0/24', 'hub_a'), route('hub_to_b', 'hub', '10.1.2.0/24', 'hub_b')],
      extra: [],
      want: [],
    },
    {
      name: 'the table routes the whole range to a and only a /25 of b, missing the rest of b_s',
      routes: [route('hub_to_a', 'hub', '10.1.0.0/16', 'hub_a'), route('hub_to_b', 'hub', '10.1.2.0/25', 'hub_b')],
      extra: [],
      want: [misrouted('hub_to_a', 'a', 'b', '10.1.0.0/16', 'b_s', '10.1.2.0/24')],
    },
    { name: 'the table routes only to a, and b never sends to it', routes: [route('hub_to_a', 'hub', '10.1.0.0/16', 'hub_a')], extra: [], want: [] },
    { name: 'no hub routes at all', routes: [], extra: [], want: [] },
  ])('$name', ({ routes, extra, want }) => {
    expect(lint([...base, ...extra, ...routes])).toEqual({ findings: want, unresolved: [] });
  });

  it('a route with an unknown destination in the table may be the fix: unresolved', () => {
    const routes = [
      route('hub_to_a', 'hub', '10.1.0.0/16', 'hub_a'),
      route('hub_to_b', 'hub', { reason: 'value comes from local.b_subnet; plan JSON does not record locals' }, 'hub_b'),
    ];
    expect(lint([...base, ...routes])).toEqual({
      findings: [],
      unresolved: [
        {
          resource: 'aws_route_table.hub',
          reason:
            'aws_vpc.a and aws_vpc.b are both peered with aws_vpc.hub and overlap in 10.1.0.0/16, and where aws_route_table.hub sends that range cannot be told: ' +
            'the destination of aws_route.hub_to_b is unknown (destination_cidr_block of aws_route.hub_to_b is unknown (value comes from local.b_subnet; plan JSON does not record locals))',
        },
      ],
    });
  });
});

describe('spoke-cidr-overlap: spokes whose subnets are not known', () => {
  it('the whole block of b goes to a: misroutedBlock', () => {
    const resources = [...hubAndSpokes('10.1.0.0/16', '10.1.1.0/24', '10.1.0.0/16', undefined), route('hub_to_a', 'hub', '10.1.0.0/16', 'hub_a'), route('hub_to_b', 'hub', '10.7.0.0/16', 'hub_b')];
    expect(lint(resources).findings).toEqual([
      {
        resource: 'aws_route.hub_to_a',
        messageId: 'misroutedBlock',
        data: {
          hub: 'aws_vpc.hub',
          spoke: 'aws_vpc.a',
          otherSpoke: 'aws_vpc.b',
          overlap: '10.1.0.0/16',
          route: 'aws_route.hub_to_a',
          table: 'aws_route_table.hub',
          destination: '10.1.0.0/16',
          peering: 'aws_vpc_peering_connection.hub_a',
          otherPeering: 'aws_vpc_peering_connection.hub_b',
          otherCidr: '10.1.0.0/16',
        },
      },
    ]);
  });

  it('part of a block of a goes to b: unresolved, a may have no hosts there', () => {
    const resources = [...hubAndSpokes('10.1.0.0/16', undefined, '10.1.128.0/17', '10.1.130.0/24'), route('hub_to_a', 'hub', '10.1.0.0/16', 'hub_a'), route('hub_to_b', 'hub', '10.1.128.0/17', 'hub_b')];
    expect(lint(resources)).toEqual({
      findings: [],
      unresolved: [
        {
          resource: 'aws_route.hub_to_b',
          reason:
            'aws_route.hub_to_b in aws_route_table.hub sends 10.1.128.0/17 over aws_vpc_peering_connection.hub_b to aws_vpc.b, and whether aws_vpc.a ' +
            '(peered with aws_vpc.hub too) has hosts there cannot be told: the subnets of aws_vpc.a are not in the linted files',
        },
      ],
    });
  });
});

describe('spoke-cidr-overlap: what is not this rule\'s', () => {
  it('spokes peered with each other overlap for NET101, not NET102', () => {
    const resources = [...hubAndSpokes('10.1.0.0/16', '10.1.1.0/24', '10.1.0.0/16', '10.1.2.0/24'), pcx('a_b', 'a', 'b'), route('hub_to_a', 'hub', '10.1.0.0/16', 'hub_a'), route('hub_to_b', 'hub', '10.3.0.0/16', 'hub_b')];
    expect(lint(resources)).toEqual({ findings: [], unresolved: [] });
  });

  it('Amazon-provided IPv6 blocks never overlap, even unknown', () => {
    const v6 = { assign_generated_ipv6_cidr_block: true };
    const resources = [
      tfVpc('hub', '10.0.0.0/16'),
      tf('aws_vpc', 'a', { cidr_block: '10.1.0.0/16', ...v6 }, { unknown: { ipv6_cidr_block: {} } }),
      tf('aws_vpc', 'b', { cidr_block: '10.2.0.0/16', ...v6 }, { unknown: { ipv6_cidr_block: {} } }),
      pcx('hub_a', 'hub', 'a'),
      pcx('hub_b', 'hub', 'b'),
    ];
    expect(lint(resources)).toEqual({ findings: [], unresolved: [] });
  });

  it('a spoke whose side of the connection is unknown is unresolved', () => {
    const unknownSide = tf('aws_vpc_peering_connection', 'hub_x', { auto_accept: true }, { unknown: { vpc_id: linkedTo('aws_vpc.hub'), peer_vpc_id: { reason: 'value comes from each.value; plan JSON does not record for_each values' } } });
    expect(lint([tfVpc('hub', '10.0.0.0/16'), tfVpc('a', '10.1.0.0/16'), pcx('hub_a', 'hub', 'a'), unknownSide]).unresolved).toEqual([
      {
        resource: 'aws_vpc_peering_connection.hub_x',
        reason:
          'the accepter VPC of aws_vpc_peering_connection.hub_x is unknown (peer_vpc_id of aws_vpc_peering_connection.hub_x is unknown (value comes from each.value; ' +
          'plan JSON does not record for_each values) and not linked to a resource in the plan), so whether it overlaps another VPC peered with aws_vpc.hub cannot be told',
      },
    ]);
  });

  it('a hub with 2,000 disjoint spokes and a route to each reports nothing', () => {
    const resources: SourceResource[] = [tfVpc('hub', '10.0.0.0/16'), tfSubnet('hub_s', 'hub', '10.0.1.0/24'), table('hub', 'hub'), tfAssociation('hub_s', 'hub')];
    for (let i = 0; i < 2000; i++) {
      const cidr = `10.${1 + Math.floor(i / 16)}.${(i % 16) * 16}.0/20`;
      resources.push(tfVpc(`s${i}`, cidr), pcx(`hub_s${i}`, 'hub', `s${i}`), route(`to_s${i}`, 'hub', cidr, `hub_s${i}`));
    }
    expect(lint(resources)).toEqual({ findings: [], unresolved: [] });
  });
});
