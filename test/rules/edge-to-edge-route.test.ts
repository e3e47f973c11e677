/**
 * NET203 edge-to-edge-route edge cases that need no fixture file: /0 against /32, IPv4 against
 * IPv6, peers with unknown blocks, and the split with NET202: for every route that leaves the
 * peer VPC exactly one of the two rules fires, and neither for a route inside the peer.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/edge-to-edge-route.js';
import transitive from '../../rules/transitive-peering-route.js';
import { runRules } from '../../src/engine/run-rules.js';
import { lintRule } from '../helpers/lint-rule.js';
import { buildModel } from '../../src/model/build.js';
import type { SourceResource } from '../../src/parse/source.js';
import { pcx, route, table } from '../helpers/peering-routes.js';
import { tfSecondaryCidr, tfVpc, type FakeUnknown } from '../helpers/source.js';

const lint = (resources: SourceResource[]) => lintRule(rule, resources);

/** app peered with shared (10.2/16 + 10.20/16, IPv6 2001:db8:b::/56); c peered with shared; d alone. */
function world(): SourceResource[] {
  return [
    tfVpc('app', '10.1.0.0/16', { ipv6_cidr_block: '2001:db8:a::/56' }),
    tfVpc('shared', '10.2.0.0/16', { ipv6_cidr_block: '2001:db8:b::/56' }),
    tfSecondaryCidr('shared_more', 'shared', '10.20.0.0/16'),
    tfVpc('c', '10.3.0.0/16', { ipv6_cidr_block: '2001:db8:c::/56' }),
    tfVpc('d', '10.4.0.0/16'),
    pcx('app_shared', 'app', 'shared'),
    pcx('shared_c', 'shared', 'c'),
    table('app', 'app'),
  ];
}

const PEERING = 'aws_vpc_peering_connection.app_shared';

function defaultRoute(destination: string, family: 'IPv4' | 'IPv6') {
  return {
    resource: 'aws_route.r',
    messageId: 'defaultRoute',
    severity: 'error',
    data: { route: 'aws_route.r', destination, family, peering: PEERING },
    related: [PEERING],
  };
}

function outside(destination: string, peerCidrs: string, peerVpc = 'aws_vpc.shared', peering = PEERING) {
  return {
    resource: 'aws_route.r',
    messageId: 'outsidePeer',
    severity: 'error',
    data: { route: 'aws_route.r', destination, peering, peerVpc, peerCidrs },
    related: [peering, peerVpc],
  };
}

describe('edge-to-edge-route: destinations', () => {
  it.each([
    { destination: '0.0.0.0/0', want: defaultRoute('0.0.0.0/0', 'IPv4'), why: 'the IPv4 default route' },
    { destination: '::/0', want: defaultRoute('::/0', 'IPv6'), why: 'the IPv6 default route' },
    { destination: '192.168.0.0/16', want: outside('192.168.0.0/16', '10.2.0.0/16, 10.20.0.0/16'), why: 'on-premises' },
    { destination: '192.168.1.10/32', want: outside('192.168.1.10/32', '10.2.0.0/16, 10.20.0.0/16'), why: 'one host outside every VPC' },
    { destination: '8.8.8.8/32', want: outside('8.8.8.8/32', '10.2.0.0/16, 10.20.0.0/16'), why: 'an internet host' },
    { destination: '10.2.0.0/15', want: null, why: 'wider than the peer but it also covers c (NET202)' },
    { destination: '10.2.0.0/16', want: null, why: "the peer's block" },
    { destination: '10.2.3.4/32', want: null, why: 'one host of the peer' },
    { destination: '10.20.0.0/24', want: null, why: "inside the peer's secondary block" },
    { destination: '2001:db8:b:1::/64', want: null, why: "inside the peer's IPv6 block" },
    { destination: '2001:db8:f::/48', want: outside('2001:db8:f::/48', '2001:db8:b::/56'), why: 'IPv6 outside every VPC; only IPv6 blocks are named' },
    { destination: '10.1.4.0/24', want: outside('10.1.4.0/24', '10.2.0.0/16, 10.20.0.0/16'), why: 'the sending VPC itself is not a third VPC' },
  ])('$destination: $why', ({ destination, want }) => {
    const { findings, unresolved } = lint([...world(), route('r', 'app', destination)]);
    expect(findings).toEqual(want === null ? [] : [want]);
    expect(unresolved).toEqual([]);
  });

  it('a range wider than the peer and overlapping no third VPC is outside the peer', () => {
    const resources = [
      tfVpc('vpc1', '10.1.0.0/16'),
      tfVpc('vpc2', '10.2.0.0/16'),
      pcx('my_peering', 'vpc1', 'vpc2'),
      table('vpc1', 'vpc1'),
      route('r', 'vpc1', '10.0.0.0/8', 'my_peering'),
    ];
    expect(lint(resources).findings).toEqual([
      outside('10.0.0.0/8', '10.2.0.0/16', 'aws_vpc.vpc2', 'aws_vpc_peering_connection.my_peering'),
    ]);
  });

  it('an IPv6 route to a peer without IPv6 says so', () => {
    const resources = [
      tfVpc('app', '10.1.0.0/16', { ipv6_cidr_block: '2001:db8:a::/56' }),
      tfVpc('shared', '10.2.0.0/16'),
      pcx('app_shared', 'app', 'shared'),
      table('app', 'app'),
      route('r', 'app', '2001:db8:b::/56'),
    ];
    expect(lint(resources).findings).toEqual([outside('2001:db8:b::/56', 'no IPv6 block')]);
  });

  it("a default route is edge-to-edge even when the table's VPC is unknown", () => {
    const { findings, unresolved } = lint([...world(), table('lost', { reason: 'known after apply' }), route('r', 'lost', '0.0.0.0/0')]);
    expect(findings).toEqual([defaultRoute('0.0.0.0/0', 'IPv4')]);
    expect(unresolved).toEqual([]);
  });
});

describe('edge-to-edge-route: unknown values', () => {
  const AFTER_APPLY: FakeUnknown = { reason: 'known after apply' };

  it.each([
    {
      name: 'the destination is unknown',
      extra: [route('r', 'app', AFTER_APPLY)],
      reason: 'the destination of aws_route.r is unknown (destination_cidr_block of aws_route.r is known after apply)',
    },
    {
      name: 'the destination is a prefix list',
      extra: [route('r', 'app', 'pl-0123456789abcdef0')],
      reason: 'the destination of aws_route.r is a managed prefix list pl-0123456789abcdef0, whose entries vpclint cannot see',
    },
    {
      name: "the table's VPC is unknown and the destination is not a default route",
      extra: [table('lost', AFTER_APPLY), route('r', 'lost', '192.168.0.0/16')],
      reason:
        'the VPC of route table aws_route_table.lost is unknown (vpc_id of aws_route_table.lost is known after apply and not linked to a resource in the plan)',
    },
    {
      name: 'the peer is known only by ID and a /16 could be its own range',
      extra: [pcx('app_x', 'app', 'vpc-0123456789abcdef0'), route('r', 'app', '10.50.0.0/16', 'app_x')],
      reason:
        'not every CIDR block of vpc-0123456789abcdef0 is known (vpc-0123456789abcdef0 is not defined in the linted files), ' +
        'so it cannot be told whether 10.50.0.0/16 is inside it',
    },
  ])('unresolved when $name', ({ extra, reason }) => {
    expect(lint([...world(), ...extra])).toEqual({ findings: [], unresolved: [{ resource: 'aws_route.r', reason }] });
  });

  it.each([
    { destination: '0.0.0.0/0', family: 'IPv4' },
    { destination: '::/0', family: 'IPv6' },
  ])('a default route $destination over a peering that cannot be identified is still edge-to-edge', ({ destination, family }) => {
    const { findings, unresolved } = lint([...world(), route('r', 'app', destination, AFTER_APPLY)]);
    expect(findings).toEqual([
      {
        resource: 'aws_route.r',
        messageId: 'defaultRouteUnresolvedPeering',
        severity: 'error',
        data: {
          route: 'aws_route.r',
          destination,
          family,
          why: 'vpc_peering_connection_id of aws_route.r is known after apply and not linked to a resource in the plan',
        },
        related: [],
      },
    ]);
    expect(unresolved).toEqual([]);
  });

  it.each([
    { destination: '172.16.0.0/12', why: 'IPv4 wider than /16' },
    { destination: '2001:db8:8000::/33', why: 'IPv6 wider than /44' },
  ])('$destination to a peer known only by ID is outside it ($why)', ({ destination }) => {
    const { findings, unresolved } = lint([...world(), pcx('app_x', 'app', 'vpc-0123456789abcdef0'), route('r', 'app', destination, 'app_x')]);
    expect(findings).toEqual([
      outside(destination, 'CIDR blocks unknown', 'vpc-0123456789abcdef0', 'aws_vpc_peering_connection.app_x'),
    ]);
    expect(unresolved).toEqual([]);
  });
});

describe('edge-to-edge-route and transitive-peering-route split the routes that leave the peer', () => {
  function fired(destination: string): string[] {
    const result = runRules(buildModel([...world(), route('r', 'app', destination)]), [rule, transitive]);
    expect(result.unresolved).toEqual([]);
    return result.findings.map((f) => `${f.ruleId}:${f.messageId}`);
  }

  it.each([
    ['0.0.0.0/0', ['NET203:defaultRoute']],
    ['::/0', ['NET203:defaultRoute']],
    ['0.0.0.0/1', ['NET202:transitive']],
    ['10.0.0.0/8', ['NET202:transitive']],
    ['10.4.0.0/24', ['NET202:thirdVpc']],
    ['10.3.0.0/16', ['NET202:transitive']],
    ['2001:db8:c::/64', ['NET202:transitive']],
    ['11.0.0.0/8', ['NET203:outsidePeer']],
    ['10.1.0.0/16', ['NET203:outsidePeer']],
    ['2001:db8:ffff::/48', ['NET203:outsidePeer']],
    ['10.2.0.0/16', []],
    ['10.20.128.0/17', []],
    ['2001:db8:b::/56', []],
  ])('%s -> %j', (destination, want) => {
    expect(fired(destination)).toEqual(want);
  });
});
