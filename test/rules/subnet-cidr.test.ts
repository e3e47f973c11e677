/**
 * NET103 subnet-cidr edge cases that need no fixture file: containment at the edges of blocks,
 * secondary and IPv6 blocks, which pairs of subnets overlap, and the unknowns that leave a subnet
 * unchecked (an unknown VPC, subnet range or VPC block) without guessing.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/subnet-cidr.js';
import { lintRule } from '../helpers/lint-rule.js';
import type { SourceResource } from '../../src/parse/source.js';
import { linkedTo, tf, tfSecondaryCidr, tfSubnet, tfVpc } from '../helpers/source.js';

const lint = (resources: readonly SourceResource[]) => lintRule(rule, resources, { fields: ['resource', 'messageId', 'data', 'related'] });

function outside(subnet: string, cidr: string, vpcCidrs: string, family = 'IPv4') {
  return {
    resource: `aws_subnet.${subnet}`,
    messageId: 'outsideVpc',
    data: { subnet: `aws_subnet.${subnet}`, cidr, family, vpc: 'aws_vpc.app', vpcCidrs },
    related: ['aws_vpc.app'],
  };
}

describe('subnet-cidr: a subnet inside its VPC', () => {
  it.each([
    { name: 'a subnet equal to the VPC block is inside', vpc: '10.0.0.0/16', extra: [], subnet: '10.0.0.0/16', want: [] },
    { name: 'the last /28 of the block is inside', vpc: '10.0.0.0/16', extra: [], subnet: '10.0.255.240/28', want: [] },
    { name: 'the /28 just past the block is outside', vpc: '10.0.0.0/16', extra: [], subnet: '10.1.0.0/28', want: [outside('s', '10.1.0.0/28', '10.0.0.0/16')] },
    { name: 'a subnet wider than the VPC is outside', vpc: '10.0.0.0/16', extra: [], subnet: '10.0.0.0/15', want: [outside('s', '10.0.0.0/15', '10.0.0.0/16')] },
    { name: 'a subnet in a secondary block is inside', vpc: '10.0.0.0/16', extra: ['100.64.0.0/16'], subnet: '100.64.32.0/19', want: [] },
    {
      name: 'a subnet spanning the primary and an adjacent secondary block is outside both',
      vpc: '10.0.0.0/16',
      extra: ['10.1.0.0/16'],
      subnet: '10.0.0.0/15',
      want: [outside('s', '10.0.0.0/15', '10.0.0.0/16, 10.1.0.0/16')],
    },
    {
      name: 'a host-bits literal is checked as the network AWS uses',
      vpc: '10.0.0.0/16',
      extra: [],
      subnet: '10.1.0.5/24',
      want: [outside('s', '10.1.0.0/24', '10.0.0.0/16')],
    },
  ])('$name', ({ vpc, extra, subnet, want }) => {
    const { findings, unresolved } = lint([tfVpc('app', vpc), ...extra.map((c, i) => tfSecondaryCidr(`x${i}`, 'app', c)), tfSubnet('s', 'app', subnet)]);
    expect(findings).toEqual(want);
    expect(unresolved).toEqual([]);
  });

  it('checks IPv6 subnets against the IPv6 block, and says when the VPC has none', () => {
    const vpc = tfVpc('app', '10.0.0.0/16', { ipv6_cidr_block: '2001:db8:1200::/56' });
    const vpcV4 = tfVpc('app', '10.0.0.0/16');
    expect(lint([vpc, tfSubnet('s', 'app', '10.0.1.0/24', { ipv6_cidr_block: '2001:db8:1200:1::/64' })]).findings).toEqual([]);
    expect(lint([vpc, tfSubnet('s', 'app', '10.0.1.0/24', { ipv6_cidr_block: '2001:db8:1300::/64' })]).findings).toEqual([
      outside('s', '2001:db8:1300::/64', '2001:db8:1200::/56', 'IPv6'),
    ]);
    expect(lint([vpcV4, tfSubnet('s', 'app', '10.0.1.0/24', { ipv6_cidr_block: '2001:db8:1300::/64' })]).findings).toEqual([
      outside('s', '2001:db8:1300::/64', 'none', 'IPv6'),
    ]);
  });
});

describe('subnet-cidr: overlapping subnets of one VPC', () => {
  const overlap = (subnet: string, cidr: string, other: string, otherCidr: string) => ({
    resource: `aws_subnet.${subnet}`,
    messageId: 'overlap',
    data: { subnet: `aws_subnet.${subnet}`, cidr, other: `aws_subnet.${other}`, otherCidr, vpc: 'aws_vpc.app' },
    related: [`aws_subnet.${other}`],
  });

  it.each([
    { name: 'adjacent subnets do not overlap', subnets: ['10.0.0.0/24', '10.0.1.0/24'], want: [] },
    { name: 'identical subnets overlap', subnets: ['10.0.1.0/24', '10.0.1.0/24'], want: [overlap('s1', '10.0.1.0/24', 's0', '10.0.1.0/24')] },
    {
      name: 'a /25 inside a /24 overlaps it, and the later subnet is the subject',
      subnets: ['10.0.1.128/25', '10.0.2.0/24', '10.0.1.0/24'],
      want: [overlap('s2', '10.0.1.0/24', 's0', '10.0.1.128/25')],
    },
    {
      name: 'a wide subnet overlapping two others is reported once per pair',
      subnets: ['10.0.0.0/20', '10.0.1.0/24', '10.0.2.0/24'],
      want: [overlap('s1', '10.0.1.0/24', 's0', '10.0.0.0/20'), overlap('s2', '10.0.2.0/24', 's0', '10.0.0.0/20')],
    },
  ])('$name', ({ subnets, want }) => {
    const { findings } = lint([tfVpc('app', '10.0.0.0/16'), ...subnets.map((c, i) => tfSubnet(`s${i}`, 'app', c))]);
    expect(findings).toEqual(want);
  });

  it('overlapping subnets of different VPCs are not reported', () => {
    const { findings } = lint([tfVpc('app', '10.0.0.0/16'), tfVpc('db', '10.0.0.0/16'), tfSubnet('a', 'app', '10.0.1.0/24'), tfSubnet('b', 'db', '10.0.1.0/24')]);
    expect(findings).toEqual([]);
  });

  it('IPv6 subnets that overlap are reported', () => {
    const vpc = tfVpc('app', '10.0.0.0/16', { ipv6_cidr_block: '2001:db8:1200::/56' });
    const { findings } = lint([
      vpc,
      tfSubnet('a', 'app', '10.0.1.0/24', { ipv6_cidr_block: '2001:db8:1200:1::/64' }),
      tfSubnet('b', 'app', '10.0.2.0/24', { ipv6_cidr_block: '2001:db8:1200:1::/64' }),
    ]);
    expect(findings).toEqual([overlap('b', '2001:db8:1200:1::/64', 'a', '2001:db8:1200:1::/64')]);
  });
});

describe('subnet-cidr: unknowns are unresolved, invalid literals are NET001s', () => {
  it('a subnet whose VPC cannot be linked', () => {
    const s = tf('aws_subnet', 's', { cidr_block: '10.0.1.0/24' }, { unknown: { vpc_id: { reason: 'value comes from local.vpc_id; plan JSON does not record locals' } } });
    expect(lint([tfVpc('app', '10.0.0.0/16'), s]).unresolved).toEqual([
      {
        resource: 'aws_subnet.s',
        reason:
          'the VPC of aws_subnet.s is unknown (vpc_id of aws_subnet.s is unknown (value comes from local.vpc_id; plan JSON does not record locals) ' +
          "and not linked to a resource in the plan), so its range cannot be checked against the VPC's blocks",
      },
    ]);
  });

  it('a subnet whose range is known after apply', () => {
    const s = tf('aws_subnet', 's', {}, { unknown: { vpc_id: linkedTo('aws_vpc.app'), cidr_block: {} } });
    expect(lint([tfVpc('app', '10.0.0.0/16'), s])).toEqual({
      findings: [],
      unresolved: [
        {
          resource: 'aws_subnet.s',
          reason: 'the IPv4 CIDR of aws_subnet.s is unknown (cidr_block of aws_subnet.s is known after apply), so it cannot be checked against the blocks of aws_vpc.app and its other subnets',
        },
      ],
    });
  });

  it('a VPC block from IPAM leaves containment unresolved, but a subnet inside a known block passes', () => {
    const vpc = tfVpc('app', '10.0.0.0/16');
    const ipam = tfSecondaryCidr('pool', 'app', { pool: 'ipam-pool-1' });
    expect(lint([vpc, ipam, tfSubnet('in', 'app', '10.0.1.0/24'), tfSubnet('out', 'app', '10.9.1.0/24')])).toEqual({
      findings: [],
      unresolved: [
        {
          resource: 'aws_subnet.out',
          reason:
            'the IPv4 CIDR block of aws_vpc.app is unknown (cidr_block of aws_vpc_ipv4_cidr_block_association.pool is allocated from IPAM pool ipam-pool-1 at apply time), ' +
            'so whether it contains aws_subnet.out (10.9.1.0/24) cannot be told',
        },
      ],
    });
  });

  it('a malformed subnet range is neither a finding nor unresolved here', () => {
    expect(lint([tfVpc('app', '10.0.0.0/16'), tfSubnet('s', 'app', '10.0.1.0/33'), tfSubnet('t', 'app', 42 as unknown as string)])).toEqual({
      findings: [],
      unresolved: [],
    });
  });
});
