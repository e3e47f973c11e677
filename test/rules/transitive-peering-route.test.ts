/**
 * NET202 transitive-peering-route edge cases that need no fixture file: which destinations belong
 * to a third VPC (IPv4 and IPv6, sub-ranges, ranges spanning several VPCs), which third VPC is
 * named, and the unknowns that make the check unresolved.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/transitive-peering-route.js';
import { lintRule } from '../helpers/lint-rule.js';
import type { SourceResource } from '../../src/parse/source.js';
import { pcx, route, table } from '../helpers/peering-routes.js';
import { tfData, tfSecondaryCidr, tfVpc, type FakeUnknown } from '../helpers/source.js';

const lint = (resources: SourceResource[]) => lintRule(rule, resources);

/**
 * app (10.1/16) peered with shared (10.2/16 + 10.20/16); c (10.3/16) peered with shared; d
 * (10.4/16) peered with nobody. All dual-stack.
 */
function world(): SourceResource[] {
  return [
    tfVpc('app', '10.1.0.0/16', { ipv6_cidr_block: '2001:db8:a::/56' }),
    tfVpc('shared', '10.2.0.0/16', { ipv6_cidr_block: '2001:db8:b::/56' }),
    tfSecondaryCidr('shared_more', 'shared', '10.20.0.0/16'),
    tfVpc('c', '10.3.0.0/16', { ipv6_cidr_block: '2001:db8:c::/56' }),
    tfVpc('d', '10.4.0.0/16', { ipv6_cidr_block: '2001:db8:d::/56' }),
    pcx('app_shared', 'app', 'shared'),
    pcx('shared_c', 'shared', 'c'),
    table('app', 'app'),
  ];
}

function hit(messageId: 'transitive' | 'thirdVpc', destination: string, thirdVpc: string, thirdCidr: string) {
  return {
    resource: 'aws_route.r',
    messageId,
    severity: 'error',
    data: {
      route: 'aws_route.r',
      destination,
      peering: 'aws_vpc_peering_connection.app_shared',
      peerVpc: 'aws_vpc.shared',
      thirdVpc,
      thirdCidr,
    },
    related: ['aws_vpc_peering_connection.app_shared', 'aws_vpc.shared', thirdVpc],
  };
}

describe('transitive-peering-route: destinations', () => {
  it.each([
    { destination: '10.3.0.0/16', want: hit('transitive', '10.3.0.0/16', 'aws_vpc.c', '10.3.0.0/16'), why: "exactly c's block; c is peered with the peer" },
    { destination: '10.3.7.0/24', want: hit('transitive', '10.3.7.0/24', 'aws_vpc.c', '10.3.0.0/16'), why: 'a part of c' },
    { destination: '10.3.7.9/32', want: hit('transitive', '10.3.7.9/32', 'aws_vpc.c', '10.3.0.0/16'), why: 'one host of c' },
    { destination: '10.4.0.0/16', want: hit('thirdVpc', '10.4.0.0/16', 'aws_vpc.d', '10.4.0.0/16'), why: 'd is peered with nobody' },
    {
      destination: '2001:db8:c:1::/64',
      want: hit('transitive', '2001:db8:c:1::/64', 'aws_vpc.c', '2001:db8:c::/56'),
      why: "IPv6, inside c's block",
    },
    {
      destination: '10.2.0.0/15',
      want: hit('transitive', '10.2.0.0/15', 'aws_vpc.c', '10.3.0.0/16'),
      why: "wider than the peer, it spans the peer's block and c's",
    },
    {
      destination: '10.0.0.0/8',
      want: hit('transitive', '10.0.0.0/8', 'aws_vpc.c', '10.3.0.0/16'),
      why: 'several third VPCs (c, d): the first by label is named',
    },
    { destination: '10.2.0.0/16', want: null, why: "the peer's primary block" },
    { destination: '10.20.64.0/18', want: null, why: "inside the peer's secondary block" },
    { destination: '2001:db8:b::/56', want: null, why: "the peer's IPv6 block" },
    { destination: '0.0.0.0/0', want: null, why: 'a default route (NET203), although it covers c and d' },
    { destination: '::/0', want: null, why: 'an IPv6 default route (NET203)' },
    { destination: '192.168.0.0/16', want: null, why: 'no VPC there (NET203)' },
    { destination: '10.1.8.0/24', want: null, why: 'the sending VPC itself is no third VPC (NET203)' },
  ])('$destination: $why', ({ destination, want }) => {
    const { findings, unresolved } = lint([...world(), route('r', 'app', destination)]);
    expect(findings).toEqual(want === null ? [] : [want]);
    expect(unresolved).toEqual([]);
  });

  it('names the first overlapping block of the third VPC', () => {
    const { findings } = lint([
      ...world(),
      tfSecondaryCidr('d_more', 'd', '10.5.0.0/16'),
      route('r', 'app', '10.4.0.0/15'),
    ]);
    expect(findings.map((f) => [f.data.thirdVpc, f.data.thirdCidr])).toEqual([['aws_vpc.d', '10.4.0.0/16']]);
  });

  it('a third VPC known only through a data source counts', () => {
    const { findings } = lint([
      ...world(),
      tfData('aws_vpc', 'logs', { id: 'vpc-0123456789abcdef0', cidr_block: '10.7.0.0/16' }),
      route('r', 'app', '10.7.0.0/16'),
    ]);
    expect(findings.map((f) => [f.messageId, f.data.thirdVpc])).toEqual([['thirdVpc', 'data.aws_vpc.logs']]);
  });

  it('a route over a peering that does not involve its own VPC is NET204\'s: skipped', () => {
    expect(lint([...world(), table('d', 'd'), route('r', 'd', '10.3.0.0/16')])).toEqual({ findings: [], unresolved: [] });
  });
});

describe('transitive-peering-route: unknown values', () => {
  const AFTER_APPLY: FakeUnknown = { reason: 'known after apply' };

  it.each([
    {
      name: 'the destination is unknown',
      extra: [route('r', 'app', AFTER_APPLY)],
      reason: 'the destination of aws_route.r is unknown (destination_cidr_block of aws_route.r is known after apply)',
    },
    {
      name: 'the peering connection is unknown',
      extra: [route('r', 'app', '10.3.0.0/16', AFTER_APPLY)],
      reason:
        'the peering connection of aws_route.r is unknown (vpc_peering_connection_id of aws_route.r is known after apply and not linked to a resource in the plan)',
    },
    {
      name: 'the destination is a prefix list',
      extra: [route('r', 'app', 'pl-0123456789abcdef0')],
      reason: 'the destination of aws_route.r is a managed prefix list pl-0123456789abcdef0, whose entries vpclint cannot see',
    },
    {
      name: "the table's VPC is unknown",
      extra: [table('lost', AFTER_APPLY), route('r', 'lost', '10.3.0.0/16')],
      reason:
        'the VPC of route table aws_route_table.lost is unknown (vpc_id of aws_route_table.lost is known after apply and not linked to a resource in the plan)',
    },
    {
      name: 'the other side of the peering is unknown',
      extra: [pcx('app_x', 'app', AFTER_APPLY), route('r', 'app', '10.3.0.0/16', 'app_x')],
      reason:
        'the accepter VPC of aws_vpc_peering_connection.app_x is unknown (peer_vpc_id of aws_vpc_peering_connection.app_x is known after apply and not linked to a resource in the plan)',
    },
    {
      name: 'the peer is known only by ID and the destination could be its own range',
      extra: [pcx('app_x', 'app', 'vpc-0123456789abcdef0'), route('r', 'app', '10.3.0.0/16', 'app_x')],
      reason:
        'not every CIDR block of vpc-0123456789abcdef0 is known (vpc-0123456789abcdef0 is not defined in the linted files), ' +
        'so it cannot be told whether 10.3.0.0/16 is inside it',
    },
  ])('unresolved when $name', ({ extra, reason }) => {
    expect(lint([...world(), ...extra])).toEqual({ findings: [], unresolved: [{ resource: 'aws_route.r', reason }] });
  });

  it('a destination wider than any VPC block is decided even when the peer is known only by ID', () => {
    const { findings, unresolved } = lint([...world(), pcx('app_x', 'app', 'vpc-0123456789abcdef0'), route('r', 'app', '10.2.0.0/15', 'app_x')]);
    expect(unresolved).toEqual([]);
    expect(findings.map((f) => [f.messageId, f.data.peerVpc, f.data.thirdVpc, f.data.thirdCidr])).toEqual([
      ['thirdVpc', 'vpc-0123456789abcdef0', 'aws_vpc.c', '10.3.0.0/16'],
    ]);
  });

  it('an unknown IPv6 block of the peer leaves IPv6 routes unresolved but not IPv4 ones', () => {
    const resources = [
      tfVpc('app', '10.1.0.0/16'),
      tfVpc('shared', '10.2.0.0/16', { assign_generated_ipv6_cidr_block: true }, { unknown: { ipv6_cidr_block: {} } }),
      tfVpc('c', '10.3.0.0/16', { ipv6_cidr_block: '2001:db8:c::/56' }),
      pcx('app_shared', 'app', 'shared'),
      table('app', 'app'),
    ];
    expect(lint([...resources, route('r', 'app', '2001:db8:c::/56')]).unresolved).toEqual([
      {
        resource: 'aws_route.r',
        reason:
          'the IPv6 CIDR block of aws_vpc.shared is unknown (the Amazon-provided IPv6 block of aws_vpc.shared is allocated at apply time), ' +
          'so it cannot be told whether 2001:db8:c::/56 is inside it',
      },
    ]);
    expect(lint([...resources, route('r', 'app', '10.3.0.0/16')]).findings.map((f) => f.messageId)).toEqual(['thirdVpc']);
  });
});
