/**
 * NET201 missing-reverse-route edge cases that need no fixture file: which senders and which peer
 * tables count, partial and longest-prefix coverage, IPv6, and every unknown that makes the check
 * unresolved instead of passing.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/missing-reverse-route.js';
import { lintRule } from '../helpers/lint-rule.js';
import type { SourceResource } from '../../src/parse/source.js';
import { linkedTo, tf, tfAssociation, tfData, tfSecondaryCidr, tfSubnet, tfVpc, type FakeUnknown } from '../helpers/source.js';

// One route can miss its way back in several tables: order those by table for the assertions.
const lint = (resources: readonly SourceResource[]) =>
  lintRule(rule, resources, {
    order: (a, b) => (a.resource === b.resource ? ((a.data.peerTable ?? '') < (b.data.peerTable ?? '') ? -1 : 1) : a.resource < b.resource ? -1 : 1),
  });

type Target = { pcx: string } | { gateway: string } | { nat: string } | { unknownTarget: true };

/** `aws_route.<name>` in `aws_route_table.<table>` (or a table given as unknown). */
function route(name: string, table: string | FakeUnknown, destination: string | FakeUnknown, target: Target): SourceResource {
  const values: Record<string, unknown> = {};
  const unknown: Record<string, FakeUnknown> = {};
  if (typeof table === 'string') unknown.route_table_id = linkedTo(`aws_route_table.${table}`);
  else unknown.route_table_id = table;
  const destAttr = typeof destination === 'string' && destination.includes(':') ? 'destination_ipv6_cidr_block' : 'destination_cidr_block';
  if (typeof destination === 'string') {
    if (destination.startsWith('pl-')) values.destination_prefix_list_id = destination;
    else values[destAttr] = destination;
  } else {
    unknown.destination_cidr_block = destination;
  }
  if ('pcx' in target) unknown.vpc_peering_connection_id = linkedTo(`aws_vpc_peering_connection.${target.pcx}`);
  else if ('gateway' in target) values.gateway_id = target.gateway;
  else if ('nat' in target) values.nat_gateway_id = target.nat;
  else {
    unknown.gateway_id = { reason: 'known after apply' };
    unknown.vpc_peering_connection_id = { reason: 'known after apply' };
  }
  return tf('aws_route', name, values, { unknown });
}

function table(name: string, vpc: string, extra: { unknown?: Record<string, FakeUnknown> } = {}): SourceResource {
  return tf('aws_route_table', name, {}, { unknown: { vpc_id: linkedTo(`aws_vpc.${vpc}`), ...extra.unknown } });
}

function pcx(name: string, requester: string, accepter: string): SourceResource {
  const side = (v: string): FakeUnknown => linkedTo(v.startsWith('vpc-') ? v : `aws_vpc.${v}`);
  return tf('aws_vpc_peering_connection', name, accepter.startsWith('vpc-') ? { peer_vpc_id: accepter } : {}, {
    unknown: { vpc_id: side(requester), ...(accepter.startsWith('vpc-') ? {} : { peer_vpc_id: side(accepter) }), id: {} },
  });
}

/** app (10.1/16, subnet app_a 10.1.1/24 on table app) peered with db (10.2/16, subnet db_a 10.2.1/24 on table db). */
function pair(): SourceResource[] {
  return [
    tfVpc('app', '10.1.0.0/16'),
    tfVpc('db', '10.2.0.0/16'),
    tfSubnet('app_a', 'app', '10.1.1.0/24'),
    tfSubnet('db_a', 'db', '10.2.1.0/24'),
    table('app', 'app'),
    table('db', 'db'),
    tfAssociation('app_a', 'app'),
    tfAssociation('db_a', 'db'),
    pcx('app_db', 'app', 'db'),
  ];
}

const P = 'aws_vpc_peering_connection.app_db';

function missing(routeName: string, destination: string, peerTable: string, gaps: string, peerVpc = 'aws_vpc.db') {
  return {
    resource: `aws_route.${routeName}`,
    messageId: 'missingReturnRoute',
    severity: 'error',
    data: { route: `aws_route.${routeName}`, destination, peering: P, peerVpc, peerTable, missing: gaps },
    related: [P, peerTable.endsWith(' main route table') ? peerTable.replace(' main route table', '') : peerTable, peerVpc],
  };
}

describe('missing-reverse-route: coverage', () => {
  it.each([
    { name: 'a return route to the whole sending VPC covers the subnet', back: ['10.1.0.0/16'], gaps: null },
    { name: 'a return route to exactly the sending subnet covers it', back: ['10.1.1.0/24'], gaps: null },
    { name: 'two halves of the subnet together cover it', back: ['10.1.1.0/25', '10.1.1.128/25'], gaps: null },
    { name: 'a default route over the same connection covers it (NET203 flags that route)', back: ['0.0.0.0/0'], gaps: null },
    { name: 'no return route at all', back: [], gaps: '10.1.1.0/24' },
    { name: 'a return route to half of the subnet leaves the other half', back: ['10.1.1.0/25'], gaps: '10.1.1.128/25' },
    { name: 'a return route to a single host (/32) leaves the rest, in the fewest blocks', back: ['10.1.1.0/32'], gaps: '10.1.1.1/32, 10.1.1.2/31, 10.1.1.4/30, 10.1.1.8/29, 10.1.1.16/28, 10.1.1.32/27, 10.1.1.64/26, 10.1.1.128/25' },
    { name: 'a return route to another range of the sending VPC does not count', back: ['10.1.2.0/24'], gaps: '10.1.1.0/24' },
  ])('$name', ({ back, gaps }) => {
    const routes = back.map((d, i) => route(`back${i}`, 'db', d, { pcx: 'app_db' }));
    const { findings, unresolved } = lint([...pair(), route('go', 'app', '10.2.0.0/16', { pcx: 'app_db' }), ...routes]);
    expect(findings).toEqual(gaps === null ? [] : [missing('go', '10.2.0.0/16', 'aws_route_table.db', gaps)]);
    expect(unresolved).toEqual([]);
  });

  it('names every uncovered sending subnet, merging adjacent ones', () => {
    const { findings } = lint([
      ...pair(),
      tfSubnet('app_b', 'app', '10.1.2.0/24'),
      tfSubnet('app_c', 'app', '10.1.3.0/24'),
      tfSubnet('app_d', 'app', '10.1.9.0/24'),
      tfAssociation('app_b', 'app'),
      tfAssociation('app_c', 'app'),
      tfAssociation('app_d', 'app'),
      route('go', 'app', '10.2.0.0/16', { pcx: 'app_db' }),
      route('back', 'db', '10.1.1.0/24', { pcx: 'app_db' }),
    ]);
    expect(findings).toEqual([missing('go', '10.2.0.0/16', 'aws_route_table.db', '10.1.2.0/23, 10.1.9.0/24')]);
  });

  it.each([
    {
      name: 'a more specific route to a NAT gateway takes part of the return range away',
      back: [['10.1.0.0/16', { pcx: 'app_db' }], ['10.1.1.128/25', { nat: 'nat-0123456789abcdef0' }]] as const,
      gaps: '10.1.1.128/25',
    },
    {
      name: 'a more specific route over the connection wins over a wider route elsewhere',
      back: [['10.1.0.0/16', { gateway: 'igw-0123456789abcdef0' }], ['10.1.1.0/24', { pcx: 'app_db' }]] as const,
      gaps: null,
    },
    {
      name: 'the longest route decides, three levels deep',
      back: [
        ['10.0.0.0/8', { pcx: 'app_db' }],
        ['10.1.0.0/16', { nat: 'nat-0123456789abcdef0' }],
        ['10.1.1.0/26', { pcx: 'app_db' }],
      ] as const,
      gaps: '10.1.1.64/26, 10.1.1.128/25',
    },
  ])('longest prefix: $name', ({ back, gaps }) => {
    const routes = back.map(([d, t], i) => route(`back${i}`, 'db', d, t));
    const { findings, unresolved } = lint([...pair(), route('go', 'app', '10.2.0.0/16', { pcx: 'app_db' }), ...routes]);
    expect(findings).toEqual(gaps === null ? [] : [missing('go', '10.2.0.0/16', 'aws_route_table.db', gaps)]);
    expect(unresolved).toEqual([]);
  });

  it('a return route over another peering connection does not count', () => {
    const { findings } = lint([
      ...pair(),
      tfVpc('other', '10.3.0.0/16'),
      pcx('db_other', 'db', 'other'),
      route('go', 'app', '10.2.0.0/16', { pcx: 'app_db' }),
      route('back', 'db', '10.1.0.0/16', { pcx: 'db_other' }),
    ]);
    expect(findings).toEqual([missing('go', '10.2.0.0/16', 'aws_route_table.db', '10.1.1.0/24')]);
  });

  it('IPv6: the senders are the IPv6 subnets, and an IPv4 return route does not help', () => {
    const { findings, unresolved } = lint([
      tfVpc('app', '10.1.0.0/16', { ipv6_cidr_block: '2001:db8:a::/56' }),
      tfVpc('db', '10.2.0.0/16', { ipv6_cidr_block: '2001:db8:d::/56' }),
      tfSubnet('app_a', 'app', '10.1.1.0/24', { ipv6_cidr_block: '2001:db8:a:1::/64' }),
      tfSubnet('db_a', 'db', '10.2.1.0/24', { ipv6_cidr_block: '2001:db8:d:1::/64' }),
      table('app', 'app'),
      table('db', 'db'),
      tfAssociation('app_a', 'app'),
      tfAssociation('db_a', 'db'),
      pcx('app_db', 'app', 'db'),
      route('go4', 'app', '10.2.0.0/16', { pcx: 'app_db' }),
      route('go6', 'app', '2001:db8:d::/56', { pcx: 'app_db' }),
      route('back4', 'db', '10.1.0.0/16', { pcx: 'app_db' }),
    ]);
    expect(findings).toEqual([missing('go6', '2001:db8:d::/56', 'aws_route_table.db', '2001:db8:a:1::/64')]);
    expect(unresolved).toEqual([]);
  });

  it('an IPv6 route back covers IPv6 senders only: IPv4 senders still need theirs', () => {
    const { findings } = lint([
      tfVpc('app', '10.1.0.0/16', { ipv6_cidr_block: '2001:db8:a::/56' }),
      tfVpc('db', '10.2.0.0/16', { ipv6_cidr_block: '2001:db8:d::/56' }),
      tfSubnet('app_a', 'app', '10.1.1.0/24', { ipv6_cidr_block: '2001:db8:a:1::/64' }),
      tfSubnet('db_a', 'db', '10.2.1.0/24', { ipv6_cidr_block: '2001:db8:d:1::/64' }),
      table('app', 'app'),
      table('db', 'db'),
      tfAssociation('app_a', 'app'),
      tfAssociation('db_a', 'db'),
      pcx('app_db', 'app', 'db'),
      route('go4', 'app', '10.2.0.0/16', { pcx: 'app_db' }),
      route('back6', 'db', '::/0', { pcx: 'app_db' }),
    ]);
    expect(findings).toEqual([missing('go4', '10.2.0.0/16', 'aws_route_table.db', '10.1.1.0/24')]);
  });
});

describe('missing-reverse-route: a peer table of one route', () => {
  // Such a table is answered without partitioning it (a hub's spokes); a second route that
  // concerns no sender makes the same table go through the partition, which must agree.
  const aside = route('aside', 'db', '192.168.0.0/16', { nat: 'nat-1' });
  const others = [tfVpc('other', '10.3.0.0/16'), pcx('db_other', 'db', 'other')];
  const all = '10.1.1.0/24';
  it.each([
    { name: 'over the connection, covering', back: route('back', 'db', '10.1.0.0/16', { pcx: 'app_db' }), gaps: null, unresolved: 0 },
    { name: 'over the connection, covering part', back: route('back', 'db', '10.1.1.0/25', { pcx: 'app_db' }), gaps: '10.1.1.128/25', unresolved: 0 },
    { name: 'over another connection', back: route('back', 'db', '10.1.0.0/16', { pcx: 'db_other' }), gaps: all, unresolved: 0 },
    { name: 'to a NAT gateway', back: route('back', 'db', '10.1.0.0/16', { nat: 'nat-2' }), gaps: all, unresolved: 0 },
    { name: 'of the other family', back: route('back', 'db', '::/0', { pcx: 'app_db' }), gaps: all, unresolved: 0 },
    { name: 'with an unknown target', back: route('back', 'db', '10.1.0.0/16', { unknownTarget: true }), gaps: null, unresolved: 1 },
  ])('$name: as a table of several routes', ({ back, gaps, unresolved }) => {
    const go = route('go', 'app', '10.2.0.0/16', { pcx: 'app_db' });
    const one = lint([...pair(), ...others, go, back]);
    const several = lint([...pair(), ...others, go, back, aside]);
    expect(one).toEqual(several);
    expect(one.findings).toEqual(gaps === null ? [] : [missing('go', '10.2.0.0/16', 'aws_route_table.db', gaps)]);
    // A route back whose target is unknown leaves the check open, never passed.
    expect(one.unresolved.map((u) => u.resource)).toEqual(unresolved === 0 ? [] : ['aws_route.go']);
  });

  it.each([
    { name: 'over the connection', target: { pcx: 'app_db' }, gaps: null },
    { name: 'elsewhere', target: { nat: 'nat-2' }, gaps: '10.1.0.0/16' },
  ] as const)('a peer without subnets in scope, its one table routing back $name: as a table of several routes', ({ target, gaps }) => {
    const resources = [
      tfVpc('app', '10.1.0.0/16'),
      tfVpc('db', '10.2.0.0/16'),
      table('app', 'app'),
      table('db', 'db'),
      pcx('app_db', 'app', 'db'),
      route('go', 'app', '10.2.0.0/16', { pcx: 'app_db' }),
      route('back', 'db', '10.1.0.0/16', target),
    ];
    const one = lint(resources);
    expect(one).toEqual(lint([...resources, aside]));
    // Without subnets in scope, the whole sending VPC must be routed back, and no table is named.
    const noRoute = {
      resource: 'aws_route.go',
      messageId: 'noReturnRoute',
      severity: 'error',
      data: { route: 'aws_route.go', destination: '10.2.0.0/16', peering: P, peerVpc: 'aws_vpc.db', missing: gaps },
      related: [P, 'aws_vpc.db'],
    };
    expect(one.findings).toEqual(gaps === null ? [] : [noRoute]);
  });
});

describe('missing-reverse-route: senders and repliers', () => {
  it('a sending table with no subnets in scope stands for its whole VPC, secondary blocks included', () => {
    const { findings } = lint([
      tfVpc('app', '10.1.0.0/16'),
      tfSecondaryCidr('app_extra', 'app', '100.64.0.0/16'),
      tfVpc('db', '10.2.0.0/16'),
      tfSubnet('db_a', 'db', '10.2.1.0/24'),
      table('app', 'app'),
      table('db', 'db'),
      tfAssociation('db_a', 'db'),
      pcx('app_db', 'app', 'db'),
      route('go', 'app', '10.2.0.0/16', { pcx: 'app_db' }),
      route('back', 'db', '10.1.0.0/16', { pcx: 'app_db' }),
    ]);
    // The other way, app has no subnet in scope: aws_route_table.app sends db_a's range back
    // over the connection, and one table of the peer with the way back is enough.
    expect(findings).toEqual([missing('go', '10.2.0.0/16', 'aws_route_table.db', '100.64.0.0/16')]);
  });

  it('a route over the connection whose table is unknown may be the way back: unresolved, not a finding', () => {
    // aws_route.back's table comes from a module output indexed by count.index, which a plan does
    // not resolve: it may well be db's table.
    const back = route('back', { reason: 'the reference does not say which instance' }, '10.1.0.0/16', { pcx: 'app_db' });
    const { findings, unresolved } = lint([...pair(), route('go', 'app', '10.2.0.0/16', { pcx: 'app_db' }), back]);
    expect(findings).toEqual([]);
    expect(unresolved.find((u) => u.resource === 'aws_route.go')).toEqual({
      resource: 'aws_route.go',
      reason:
        'cannot tell whether aws_route_table.db sends replies for 10.1.1.0/24 back over aws_vpc_peering_connection.app_db: ' +
        'aws_route.back goes over aws_vpc_peering_connection.app_db and may be the way back, but its route table is unknown ' +
        '(route_table_id of aws_route.back is unknown (the reference does not say which instance) and not linked to a resource in the plan)',
    });
  });

  it('a route whose table and connection are both unknown may be the way back too', () => {
    const back = route('back', { reason: 'variable return_table_id has no value' }, '10.1.0.0/16', { unknownTarget: true });
    const { findings, unresolved } = lint([...pair(), route('go', 'app', '10.2.0.0/16', { pcx: 'app_db' }), back]);
    expect(findings).toEqual([]);
    expect(unresolved.find((u) => u.resource === 'aws_route.go')?.reason).toMatch(
      /^cannot tell whether aws_route_table\.db sends replies for 10\.1\.1\.0\/24 back over aws_vpc_peering_connection\.app_db: aws_route\.back may go over aws_vpc_peering_connection\.app_db and may be the way back, but its route table is unknown \(/,
    );
  });

  it('a route over the connection whose table is unknown but whose destination misses the senders changes nothing', () => {
    const back = route('back', { reason: 'the reference does not say which instance' }, '10.1.200.0/24', { pcx: 'app_db' });
    const { findings } = lint([...pair(), route('go', 'app', '10.2.0.0/16', { pcx: 'app_db' }), back]);
    expect(findings).toEqual([missing('go', '10.2.0.0/16', 'aws_route_table.db', '10.1.1.0/24')]);
  });

  /** A peer (db) whose subnets are all out of scope, with two tables of its own. */
  const peerWithoutSubnets = (...routes: SourceResource[]) => [
    tfVpc('app', '10.1.0.0/16'),
    tfVpc('db', '10.2.0.0/16'),
    tfSubnet('app_a', 'app', '10.1.1.0/24'),
    tfSubnet('app_b', 'app', '10.1.2.0/24'),
    table('app', 'app'),
    table('db_one', 'db'),
    table('db_two', 'db'),
    tfAssociation('app_a', 'app'),
    tfAssociation('app_b', 'app'),
    pcx('app_db', 'app', 'db'),
    route('go', 'app', '10.2.0.0/16', { pcx: 'app_db' }),
    ...routes,
  ];

  it('a peer with no subnets in scope needs the way back in one of its tables, not in every one', () => {
    // Its subnets' associations live in another stack: db_one may be the table they use.
    expect(lint(peerWithoutSubnets(route('back', 'db_one', '10.1.0.0/16', { pcx: 'app_db' })))).toEqual({ findings: [], unresolved: [] });
  });

  it('a peer with no subnets in scope and no table with the way back is a finding that names the VPC', () => {
    const { findings, unresolved } = lint(peerWithoutSubnets(route('elsewhere', 'db_one', '10.1.0.0/16', { nat: 'nat-1' })));
    expect(unresolved).toEqual([]);
    expect(findings).toEqual([
      {
        resource: 'aws_route.go',
        messageId: 'noReturnRoute',
        severity: 'error',
        data: { route: 'aws_route.go', destination: '10.2.0.0/16', peering: P, peerVpc: 'aws_vpc.db', missing: '10.1.1.0/24, 10.1.2.0/24' },
        related: [P, 'aws_vpc.db'],
      },
    ]);
  });

  it('a peer with no subnets in scope: the parts that no table sends back are missing, whichever table sends the rest', () => {
    const { findings } = lint(
      peerWithoutSubnets(
        route('back_a', 'db_one', '10.1.1.0/24', { pcx: 'app_db' }),
        route('back_b', 'db_two', '10.1.2.0/25', { pcx: 'app_db' }),
      ),
    );
    expect(findings.map((f) => [f.messageId, f.data.missing])).toEqual([['noReturnRoute', '10.1.2.128/25']]);
  });

  it('a peer with no subnets in scope: a table whose routes are not all known makes the check unresolved', () => {
    const { findings, unresolved } = lint(peerWithoutSubnets(route('back', 'db_two', { reason: 'variable back has no value' }, { pcx: 'app_db' })));
    expect(findings).toEqual([]);
    expect(unresolved).toEqual([
      {
        resource: 'aws_route.back',
        reason: 'the destination of aws_route.back is unknown (destination_cidr_block of aws_route.back is unknown (variable back has no value))',
      },
      {
        resource: 'aws_route.go',
        reason:
          'cannot tell whether a route table of aws_vpc.db sends replies for 10.1.1.0/24, 10.1.2.0/24 back over aws_vpc_peering_connection.app_db: ' +
          'the destination of aws_route.back is unknown (destination_cidr_block of aws_route.back is unknown (variable back has no value))',
      },
    ]);
  });

  it('peer subnets outside the destination do not need a way back; those inside use the main table', () => {
    const { findings } = lint([
      ...pair(),
      tfSubnet('db_b', 'db', '10.2.200.0/24'),
      route('go', 'app', '10.2.200.0/24', { pcx: 'app_db' }),
    ]);
    expect(findings).toEqual([missing('go', '10.2.200.0/24', 'aws_vpc.db main route table', '10.1.1.0/24')]);
  });

  it.each([
    { name: 'a destination outside the peer VPC (NET203)', destination: '192.168.0.0/16' },
    { name: 'a default route (NET203)', destination: '0.0.0.0/0' },
    { name: 'a destination wider than the peer (NET203)', destination: '10.0.0.0/8' },
  ])('skips $name', ({ destination }) => {
    expect(lint([...pair(), route('go', 'app', destination, { pcx: 'app_db' })])).toEqual({ findings: [], unresolved: [] });
  });

  it('skips a route over a peering that does not involve its own VPC (NET204)', () => {
    const { findings, unresolved } = lint([
      ...pair(),
      tfVpc('x', '10.7.0.0/16'),
      table('x', 'x'),
      route('foreign', 'x', '10.2.0.0/16', { pcx: 'app_db' }),
    ]);
    expect({ findings, unresolved }).toEqual({ findings: [], unresolved: [] });
  });
});

describe('missing-reverse-route: unknown values', () => {
  const KNOWN_AFTER_APPLY: FakeUnknown = { reason: 'known after apply' };

  it.each([
    {
      name: 'the destination is unknown',
      extra: [route('go', 'app', KNOWN_AFTER_APPLY, { pcx: 'app_db' })],
      reason:
        'the destination of aws_route.go is unknown (destination_cidr_block of aws_route.go is known after apply)',
    },
    {
      name: 'the destination is a prefix list',
      extra: [route('go', 'app', 'pl-0123456789abcdef0', { pcx: 'app_db' })],
      reason: 'the destination of aws_route.go is a managed prefix list pl-0123456789abcdef0, whose entries vpclint cannot see',
    },
    {
      name: 'the route table is unknown',
      extra: [route('go', KNOWN_AFTER_APPLY, '10.2.0.0/16', { pcx: 'app_db' })],
      reason:
        'the route table of aws_route.go is unknown (route_table_id of aws_route.go is known after apply and not linked to a resource in the plan)',
    },
    {
      name: "the table's VPC is unknown",
      extra: [
        tf('aws_route_table', 'lost', {}, { unknown: { vpc_id: KNOWN_AFTER_APPLY } }),
        route('go', 'lost', '10.2.0.0/16', { pcx: 'app_db' }),
      ],
      reason:
        'the VPC of route table aws_route_table.lost is unknown (vpc_id of aws_route_table.lost is known after apply and not linked to a resource in the plan)',
    },
    {
      name: 'a route back over the connection has an unknown destination',
      extra: [
        route('go', 'app', '10.2.0.0/16', { pcx: 'app_db' }),
        route('back', 'db', KNOWN_AFTER_APPLY, { pcx: 'app_db' }),
      ],
      reason:
        'cannot tell whether aws_route_table.db sends replies for 10.1.1.0/24 back over aws_vpc_peering_connection.app_db: ' +
        'the destination of aws_route.back is unknown (destination_cidr_block of aws_route.back is known after apply)',
      // The route back is a peering route too, and its own check is unresolved.
      own: 'the destination of aws_route.back is unknown (destination_cidr_block of aws_route.back is known after apply)',
    },
    {
      name: 'a route back to a prefix list over the connection',
      extra: [
        route('go', 'app', '10.2.0.0/16', { pcx: 'app_db' }),
        route('back', 'db', 'pl-0123456789abcdef0', { pcx: 'app_db' }),
      ],
      reason:
        'cannot tell whether aws_route_table.db sends replies for 10.1.1.0/24 back over aws_vpc_peering_connection.app_db: ' +
        'aws_route.back goes to a managed prefix list, whose entries vpclint cannot see',
      own: 'the destination of aws_route.back is a managed prefix list pl-0123456789abcdef0, whose entries vpclint cannot see',
    },
    {
      name: 'the only route back has an unknown target',
      extra: [route('go', 'app', '10.2.0.0/16', { pcx: 'app_db' }), route('back', 'db', '10.1.0.0/16', { unknownTarget: true })],
      reason:
        'cannot tell whether aws_route_table.db sends replies for 10.1.1.0/24 back over aws_vpc_peering_connection.app_db: ' +
        'the target of aws_route.back is known after apply (vpc_peering_connection_id, gateway_id are unknown)',
    },
  ])('unresolved when $name', ({ extra, reason, own }: { extra: SourceResource[]; reason: string; own?: string }) => {
    const { findings, unresolved } = lint([...pair(), ...extra]);
    expect(findings).toEqual([]);
    expect(unresolved).toEqual([
      ...(own === undefined ? [] : [{ resource: 'aws_route.back', reason: own }]),
      { resource: 'aws_route.go', reason },
    ]);
  });

  it('once known routes prove the way back, another route with an unknown destination does not matter', () => {
    const { findings, unresolved } = lint([
      ...pair(),
      route('go', 'app', '10.2.0.0/16', { pcx: 'app_db' }),
      route('back', 'db', '10.1.0.0/16', { pcx: 'app_db' }),
      route('mystery', 'db', { reason: 'known after apply' }, { pcx: 'app_db' }),
    ]);
    expect({ findings, unresolved }).toEqual({
      findings: [],
      unresolved: [
        {
          resource: 'aws_route.mystery',
          reason: 'the destination of aws_route.mystery is unknown (destination_cidr_block of aws_route.mystery is known after apply)',
        },
      ],
    });
  });

  it('a peer table whose route list is unknown is unresolved unless known routes already cover', () => {
    const unknownRoutes = { unknown: { route: { reason: 'known after apply' } } };
    const base = [
      tfVpc('app', '10.1.0.0/16'),
      tfVpc('db', '10.2.0.0/16'),
      tfSubnet('app_a', 'app', '10.1.1.0/24'),
      tfSubnet('db_a', 'db', '10.2.1.0/24'),
      table('app', 'app'),
      table('db', 'db', unknownRoutes),
      tfAssociation('app_a', 'app'),
      tfAssociation('db_a', 'db'),
      pcx('app_db', 'app', 'db'),
      route('go', 'app', '10.2.0.0/16', { pcx: 'app_db' }),
    ];
    expect(lint(base)).toEqual({
      findings: [],
      unresolved: [
        {
          resource: 'aws_route.go',
          reason:
            'cannot tell whether aws_route_table.db sends replies for 10.1.1.0/24 back over aws_vpc_peering_connection.app_db: ' +
            'not every route of aws_route_table.db is known (route of aws_route_table.db is known after apply)',
        },
      ],
    });
    expect(lint([...base, route('back', 'db', '10.1.0.0/16', { pcx: 'app_db' })])).toEqual({ findings: [], unresolved: [] });
  });

  it('a sending subnet with an unknown range is proven when the whole VPC comes back, unresolved otherwise', () => {
    const mk = (back: string) => [
      tfVpc('app', '10.1.0.0/16'),
      tfVpc('db', '10.2.0.0/16'),
      tfSubnet('app_a', 'app', '10.1.1.0/24', {}, { unknown: { cidr_block: { reason: 'known after apply' } } }),
      tfSubnet('db_a', 'db', '10.2.1.0/24'),
      table('app', 'app'),
      table('db', 'db'),
      tfAssociation('app_a', 'app'),
      tfAssociation('db_a', 'db'),
      pcx('app_db', 'app', 'db'),
      route('go', 'app', '10.2.0.0/16', { pcx: 'app_db' }),
      route('back', 'db', back, { pcx: 'app_db' }),
    ];
    expect(lint(mk('10.1.0.0/16'))).toEqual({ findings: [], unresolved: [] });
    expect(lint(mk('10.1.1.0/24'))).toEqual({
      findings: [],
      unresolved: [
        {
          resource: 'aws_route.go',
          reason:
            'cannot tell whether aws_route_table.db sends replies back over aws_vpc_peering_connection.app_db: ' +
            'the IPv4 CIDR of subnet aws_subnet.app_a is unknown (cidr_block of aws_subnet.app_a is known after apply)',
        },
      ],
    });
  });

  it('a peer subnet with an unknown range makes its table uncertain: a missing way back there is unresolved', () => {
    const { findings, unresolved } = lint([
      ...pair(),
      tfSubnet('db_b', 'db', '10.2.2.0/24', {}, { unknown: { cidr_block: { reason: 'known after apply' } } }),
      table('db_b', 'db'),
      tfAssociation('db_b', 'db_b'),
      route('go', 'app', '10.2.0.0/16', { pcx: 'app_db' }),
      route('back', 'db', '10.1.0.0/16', { pcx: 'app_db' }),
    ]);
    expect(findings).toEqual([]);
    expect(unresolved).toEqual([
      {
        resource: 'aws_route.go',
        reason:
          'cannot tell whether aws_route_table.db_b sends replies for 10.1.1.0/24 back over aws_vpc_peering_connection.app_db: ' +
          'the IPv4 CIDR of subnet aws_subnet.db_b, which uses this table, is unknown (cidr_block of aws_subnet.db_b is known after apply)',
      },
    ]);
  });

  it('a peer VPC outside the linted files cannot be checked', () => {
    const { findings, unresolved } = lint([
      tfVpc('app', '10.1.0.0/16'),
      tfSubnet('app_a', 'app', '10.1.1.0/24'),
      table('app', 'app'),
      tfAssociation('app_a', 'app'),
      pcx('partner', 'app', 'vpc-0123456789abcdef0'),
      route('to_partner_small', 'app', '10.50.0.0/16', { pcx: 'partner' }),
    ]);
    expect(findings).toEqual([]);
    expect(unresolved).toEqual([
      {
        resource: 'aws_route.to_partner_small',
        reason:
          'not every CIDR block of vpc-0123456789abcdef0 is known (vpc-0123456789abcdef0 is not defined in the linted files), ' +
          'so it cannot be told whether 10.50.0.0/16 is inside it',
      },
    ]);
  });

  it('an external peer whose block is known still has route tables outside the linted files', () => {
    const { findings, unresolved } = lint([
      tfVpc('app', '10.1.0.0/16'),
      tfSubnet('app_a', 'app', '10.1.1.0/24'),
      table('app', 'app'),
      tfAssociation('app_a', 'app'),
      tfData('aws_vpc', 'partner', { id: 'vpc-0123456789abcdef0', cidr_block: '10.50.0.0/16' }),
      pcx('partner', 'app', 'vpc-0123456789abcdef0'),
      route('to_partner', 'app', '10.50.0.0/16', { pcx: 'partner' }),
    ]);
    expect(findings).toEqual([]);
    expect(unresolved).toEqual([
      {
        resource: 'aws_route.to_partner',
        reason:
          'data.aws_vpc.partner is not managed in the linted code, so its route tables cannot be checked for a route back over aws_vpc_peering_connection.partner',
      },
    ]);
  });
});
