/**
 * NET101 peering-cidr-overlap edge cases that need no fixture file: every block pair (primary,
 * secondary, IPv6), families that never meet, Amazon-provided IPv6 blocks, and the unknowns that
 * make the check unresolved unless an overlap is already proven.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/peering-cidr-overlap.js';
import { lintRule } from '../helpers/lint-rule.js';
import type { SourceResource } from '../../src/parse/source.js';
import { tfData, tfPeering, tfSecondaryCidr, tfVpc, type FakeUnknown } from '../helpers/source.js';

// Several block pairs of one peering share a location: order them by the blocks they name.
const lint = (resources: readonly SourceResource[]) =>
  lintRule(rule, resources, {
    order: (a, b) => (`${a.resource} ${a.data.vpcCidr} ${a.data.peerCidr}` < `${b.resource} ${b.data.vpcCidr} ${b.data.peerCidr}` ? -1 : 1),
  });

/** `aws_vpc_peering_connection.<name>` between two `aws_vpc`s (or a literal `vpc-…` ID, or an unknown). */
/** A secondary IPv4 block of `aws_vpc.<vpc>`: a literal, or an IPAM allocation (unknown). */
function overlap(vpcCidr: string, peerCidr: string, family: 'IPv4' | 'IPv6', related: string[] = ['aws_vpc.a', 'aws_vpc.b']) {
  return {
    resource: 'aws_vpc_peering_connection.a_b',
    messageId: 'overlap',
    severity: 'error',
    data: { peering: 'aws_vpc_peering_connection.a_b', vpc: 'aws_vpc.a', vpcCidr, peerVpc: 'aws_vpc.b', peerCidr, family },
    related,
  };
}

describe('peering-cidr-overlap: which block pairs overlap', () => {
  it.each([
    { name: 'identical IPv4 blocks', a: ['10.0.0.0/16'], b: ['10.0.0.0/16'], want: [['10.0.0.0/16', '10.0.0.0/16']] },
    { name: 'a block inside the other', a: ['10.0.0.0/16'], b: ['10.0.128.0/20'], want: [['10.0.0.0/16', '10.0.128.0/20']] },
    { name: 'adjacent blocks do not overlap', a: ['10.0.0.0/16'], b: ['10.1.0.0/16'], want: [] },
    { name: 'the smallest blocks, /28 inside /28 neighbours', a: ['10.0.0.0/28'], b: ['10.0.0.16/28'], want: [] },
    { name: 'a /28 and a /16 around it', a: ['10.0.5.16/28'], b: ['10.0.0.0/16'], want: [['10.0.5.16/28', '10.0.0.0/16']] },
    {
      name: 'a host-bits literal is compared as the network AWS uses (10.0.1.0/16 is 10.0.0.0/16)',
      a: ['10.0.1.0/16'],
      b: ['10.0.200.0/24'],
      want: [['10.0.0.0/16', '10.0.200.0/24']],
    },
  ])('$name', ({ a, b, want }) => {
    const [pa = '', ...sa] = a;
    const [pb = '', ...sb] = b;
    const { findings, unresolved } = lint([
      tfVpc('a', pa),
      ...sa.map((c, i) => tfSecondaryCidr(`a${i}`, 'a', c)),
      tfVpc('b', pb),
      ...sb.map((c, i) => tfSecondaryCidr(`b${i}`, 'b', c)),
      tfPeering('a_b', 'aws_vpc.a', 'aws_vpc.b'),
    ]);
    expect(findings).toEqual(want.map(([x = '', y = '']) => overlap(x, y, 'IPv4')));
    expect(unresolved).toEqual([]);
  });

  it('one finding per overlapping block pair, secondary blocks included; related names the association', () => {
    const { findings } = lint([
      tfVpc('a', '10.0.0.0/16'),
      tfSecondaryCidr('a_pods', 'a', '100.64.0.0/16'),
      tfVpc('b', '10.0.128.0/17'),
      tfSecondaryCidr('b_pods', 'b', '100.64.32.0/19'),
      tfPeering('a_b', 'aws_vpc.a', 'aws_vpc.b'),
    ]);
    expect(findings).toEqual([
      overlap('10.0.0.0/16', '10.0.128.0/17', 'IPv4'),
      overlap('100.64.0.0/16', '100.64.32.0/19', 'IPv4', [
        'aws_vpc.a',
        'aws_vpc_ipv4_cidr_block_association.a_pods',
        'aws_vpc.b',
        'aws_vpc_ipv4_cidr_block_association.b_pods',
      ]),
    ]);
  });

  it('IPv4 blocks never meet IPv6 blocks; overlapping IPv6 blocks are found', () => {
    const { findings } = lint([
      tfVpc('a', '10.0.0.0/16', { ipv6_cidr_block: '2001:db8:1200::/56' }),
      tfVpc('b', '10.1.0.0/16', { ipv6_cidr_block: '2001:db8:1200::/56' }),
      tfPeering('a_b', 'aws_vpc.a', 'aws_vpc.b'),
    ]);
    expect(findings).toEqual([overlap('2001:db8:1200::/56', '2001:db8:1200::/56', 'IPv6')]);
  });

  it('overlapping VPCs that are not peered are fine', () => {
    expect(lint([tfVpc('a', '10.0.0.0/16'), tfVpc('b', '10.0.0.0/16'), tfVpc('c', '10.9.0.0/16'), tfPeering('a_c', 'aws_vpc.a', 'aws_vpc.c')])).toEqual({
      findings: [],
      unresolved: [],
    });
  });

  it('an invalid CIDR literal is left to NET001, silently', () => {
    expect(lint([tfVpc('a', '10.0.0.0/33'), tfVpc('b', '10.0.0.0/16'), tfPeering('a_b', 'aws_vpc.a', 'aws_vpc.b')])).toEqual({
      findings: [],
      unresolved: [],
    });
  });

  it('two VPCs joined by ID across a data source are compared by their known blocks', () => {
    const { findings } = lint([
      tfVpc('a', '10.0.0.0/16'),
      tfData('aws_vpc', 'b', { id: 'vpc-0123456789abcdef0', cidr_block: '10.0.0.0/24' }),
      tfPeering('a_b', 'aws_vpc.a', 'vpc-0123456789abcdef0'),
    ]);
    expect(findings.map((f) => [f.data.peerVpc, f.data.peerCidr])).toEqual([['data.aws_vpc.b', '10.0.0.0/24']]);
  });
});

describe('peering-cidr-overlap: unknown values', () => {
  const AMAZON_V6 = { assign_generated_ipv6_cidr_block: true };
  const v6Unknown = { unknown: { ipv6_cidr_block: {} } };

  it('two Amazon-provided IPv6 blocks (unknown until apply) never overlap: nothing to report', () => {
    expect(
      lint([
        tfVpc('a', '10.0.0.0/16', AMAZON_V6, v6Unknown),
        tfVpc('b', '10.1.0.0/16', AMAZON_V6, v6Unknown),
        tfPeering('a_b', 'aws_vpc.a', 'aws_vpc.b'),
      ]),
    ).toEqual({ findings: [], unresolved: [] });
  });

  it('an Amazon-provided IPv6 block against a BYOIP block is unresolved', () => {
    expect(
      lint([
        tfVpc('a', '10.0.0.0/16', AMAZON_V6, v6Unknown),
        tfVpc('b', '10.1.0.0/16', { ipv6_cidr_block: '2001:db8:1200::/56' }),
        tfPeering('a_b', 'aws_vpc.a', 'aws_vpc.b'),
      ]),
    ).toEqual({
      findings: [],
      unresolved: [
        {
          resource: 'aws_vpc_peering_connection.a_b',
          reason: 'the IPv6 CIDR block of aws_vpc.a is unknown (the Amazon-provided IPv6 block of aws_vpc.a is allocated at apply time)',
        },
      ],
    });
  });

  it('an unknown IPv6 block does not matter when the other VPC has no IPv6 block', () => {
    expect(
      lint([tfVpc('a', '10.0.0.0/16', AMAZON_V6, v6Unknown), tfVpc('b', '10.1.0.0/16'), tfPeering('a_b', 'aws_vpc.a', 'aws_vpc.b')]),
    ).toEqual({ findings: [], unresolved: [] });
  });

  it('an IPAM-allocated secondary block is unresolved, naming the association', () => {
    expect(
      lint([
        tfVpc('a', '10.0.0.0/16'),
        tfSecondaryCidr('a_more', 'a', { pool: 'ipam-pool-0123456789abcdef0' }),
        tfVpc('b', '10.1.0.0/16'),
        tfPeering('a_b', 'aws_vpc.a', 'aws_vpc.b'),
      ]).unresolved,
    ).toEqual([
      {
        resource: 'aws_vpc_peering_connection.a_b',
        reason:
          'the secondary IPv4 CIDR block of aws_vpc.a (aws_vpc_ipv4_cidr_block_association.a_more) is unknown ' +
          '(cidr_block of aws_vpc_ipv4_cidr_block_association.a_more is allocated from IPAM pool ipam-pool-0123456789abcdef0 at apply time)',
      },
    ]);
  });

  it('an overlap already found is reported alone, without the unresolved block pairs', () => {
    expect(
      lint([
        tfVpc('a', '10.0.0.0/16'),
        tfSecondaryCidr('a_more', 'a', { pool: 'ipam-pool-0123456789abcdef0' }),
        tfVpc('b', '10.0.0.0/20'),
        tfPeering('a_b', 'aws_vpc.a', 'aws_vpc.b'),
      ]),
    ).toEqual({ findings: [overlap('10.0.0.0/16', '10.0.0.0/20', 'IPv4')], unresolved: [] });
  });

  it.each([
    {
      name: 'the requester VPC is unknown',
      requester: { reason: 'known after apply' } as FakeUnknown,
      accepter: 'aws_vpc.b',
      reason:
        'the requester VPC of aws_vpc_peering_connection.a_b is unknown ' +
        '(vpc_id of aws_vpc_peering_connection.a_b is known after apply and not linked to a resource in the plan)',
    },
    {
      name: 'the accepter is a VPC known only by ID',
      requester: 'aws_vpc.a',
      accepter: 'vpc-0123456789abcdef0',
      reason:
        'not every CIDR block of vpc-0123456789abcdef0 is known (vpc-0123456789abcdef0 is not defined in the linted files), ' +
        'so an overlap cannot be ruled out',
    },
  ])('unresolved when $name', ({ requester, accepter, reason }) => {
    expect(lint([tfVpc('a', '10.0.0.0/16'), tfVpc('b', '10.1.0.0/16'), tfPeering('a_b', requester, accepter)])).toEqual({
      findings: [],
      unresolved: [{ resource: 'aws_vpc_peering_connection.a_b', reason }],
    });
  });
});
