/**
 * NET303 peering-quota at its boundaries: 50 and 51 connections, 125 and 126, five and six IPv4
 * blocks, IPv6 blocks (which do not count), and a hub known only by ID (the finding goes to the
 * connection past the limit).
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/peering-quota.js';
import { lintRule } from '../helpers/lint-rule.js';
import type { SourceResource } from '../../src/parse/source.js';
import { linkedTo, tf, tfSecondaryCidr, tfVpc } from '../helpers/source.js';

function lint(resources: readonly SourceResource[]) {
  const result = lintRule(rule, resources);
  expect(result.unresolved).toEqual([]);
  return result.findings;
}

/** `n` connections from the hub (an aws_vpc.hub reference or a literal ID) to spokes known by ID. */
function spokes(n: number, hub: string): SourceResource[] {
  return Array.from({ length: n }, (_, i) => {
    const peer = `vpc-${String(i + 1).padStart(17, '0')}`;
    return hub.startsWith('vpc-')
      ? tf('aws_vpc_peering_connection', `p${i}`, { vpc_id: peer, peer_vpc_id: hub })
      : tf('aws_vpc_peering_connection', `p${i}`, { peer_vpc_id: peer }, { unknown: { vpc_id: linkedTo(hub) } });
  });
}

const hub = tfVpc('hub', '10.0.0.0/16');

describe('peering-quota: connections per VPC', () => {
  it.each([
    { n: 50, want: [] },
    {
      n: 51,
      want: [{ resource: 'aws_vpc.hub', messageId: 'overDefaultQuota', severity: 'warning', data: { vpc: 'aws_vpc.hub', count: '51', quota: '50', max: '125' }, related: [] }],
    },
    {
      n: 125,
      want: [{ resource: 'aws_vpc.hub', messageId: 'overDefaultQuota', severity: 'warning', data: { vpc: 'aws_vpc.hub', count: '125', quota: '50', max: '125' }, related: [] }],
    },
    {
      n: 126,
      want: [{ resource: 'aws_vpc.hub', messageId: 'overMaximum', severity: 'error', data: { vpc: 'aws_vpc.hub', count: '126', quota: '50', max: '125' }, related: [] }],
    },
  ])('$n connections', ({ n, want }) => {
    expect(lint([hub, ...spokes(n, 'aws_vpc.hub')])).toEqual(want);
  });

  it('a hub known only by ID: the finding is on the connection past the quota', () => {
    expect(lint(spokes(51, 'vpc-0b0b'))).toEqual([
      {
        resource: 'aws_vpc_peering_connection.p50',
        messageId: 'overDefaultQuota',
        severity: 'warning',
        data: { vpc: 'vpc-0b0b', count: '51', quota: '50', max: '125' },
        related: ['vpc-0b0b'],
      },
    ]);
  });

  it('each connection counts once per VPC: the spokes, with one each, are fine', () => {
    expect(lint([hub, ...spokes(51, 'aws_vpc.hub')]).map((f) => f.resource)).toEqual(['aws_vpc.hub']);
  });
});

describe('peering-quota: IPv4 blocks per VPC', () => {
  const blocks = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      tfSecondaryCidr(`x${i}`, 'data', `10.${i + 1}.0.0/16`),
    );

  it.each([
    { name: 'the primary and four secondaries', secondaries: 4, want: [] },
    {
      name: 'the primary and five secondaries',
      secondaries: 5,
      want: [
        {
          resource: 'aws_vpc.data',
          messageId: 'tooManyIpv4Blocks',
          severity: 'warning',
          data: { vpc: 'aws_vpc.data', count: '6', quota: '5' },
          related: ['aws_vpc_ipv4_cidr_block_association.x0', 'aws_vpc_ipv4_cidr_block_association.x1', 'aws_vpc_ipv4_cidr_block_association.x2', 'aws_vpc_ipv4_cidr_block_association.x3', 'aws_vpc_ipv4_cidr_block_association.x4'],
        },
      ],
    },
  ])('$name', ({ secondaries, want }) => {
    expect(lint([tfVpc('data', '10.0.0.0/16'), ...blocks(secondaries)])).toEqual(want);
  });

  it('IPv6 blocks do not count toward the IPv4 quota', () => {
    const ipv6 = Array.from({ length: 2 }, (_, i) =>
      tf('aws_vpc_ipv6_cidr_block_association', `v6${i}`, { ipv6_cidr_block: `2001:db8:${i}00::/56` }, { unknown: { vpc_id: linkedTo('aws_vpc.data') } }),
    );
    expect(lint([tfVpc('data', '10.0.0.0/16', { ipv6_cidr_block: '2001:db8:f00::/56' }), ...blocks(4), ...ipv6])).toEqual([]);
  });

  it('blocks whose range is unknown until apply still count', () => {
    const ipam = Array.from({ length: 5 }, (_, i) =>
      tfSecondaryCidr(`pool${i}`, 'data', { pool: 'ipam-pool-1' }),
    );
    expect(lint([tfVpc('data', '10.0.0.0/16'), ...ipam]).map((f) => [f.messageId, f.data.count])).toEqual([['tooManyIpv4Blocks', '6']]);
  });
});
