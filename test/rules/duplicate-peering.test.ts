/**
 * NET301 duplicate-peering edge cases that need no fixture file: VPC identity by real ID, several
 * files, one connection seen twice, and peerings whose VPCs are unknown until apply.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/duplicate-peering.js';
import { lintRule } from '../helpers/lint-rule.js';
import type { SourceResource } from '../../src/parse/source.js';
import { linkedTo, tf, tfData, tfVpc, type FakeUnknown } from '../helpers/source.js';

const lint = (resources: SourceResource[]) => lintRule(rule, resources);

type Side = string | FakeUnknown | null;

/**
 * `aws_vpc_peering_connection.<name>`: each side an `aws_vpc.<x>` reference (`'aws_vpc.x'`), a
 * literal VPC ID (`'vpc-…'`), an unknown value, or null (not set).
 */
function pcx(name: string, requester: Side, accepter: Side, options: { file?: string; id?: string } = {}): SourceResource {
  const values: Record<string, unknown> = {};
  const unknown: Record<string, FakeUnknown> = {};
  for (const [attr, side] of [
    ['vpc_id', requester],
    ['peer_vpc_id', accepter],
  ] as const) {
    if (side === null) continue;
    if (typeof side === 'object') unknown[attr] = side;
    else if (side.startsWith('vpc-')) values[attr] = side;
    else unknown[attr] = linkedTo(side);
  }
  if (options.id !== undefined) values.id = options.id;
  else unknown.id = {};
  return tf('aws_vpc_peering_connection', name, values, { unknown, ...(options.file ? { file: options.file } : {}) });
}

const a = tfVpc('a', '10.1.0.0/16');
const b = tfVpc('b', '10.2.0.0/16');
const c = tfVpc('c', '10.3.0.0/16');
const FROM_STACK: FakeUnknown = { reason: 'known after apply' };
/** How the model words a VPC reference it cannot link (the rule quotes it). */
const UNLINKED = 'known after apply and not linked to a resource in the plan';

describe('duplicate-peering: duplicates', () => {
  it('A to B and B to A are one pair; the later address is the duplicate', () => {
    expect(lint([a, b, pcx('b_to_a', 'aws_vpc.b', 'aws_vpc.a'), pcx('a_to_b', 'aws_vpc.a', 'aws_vpc.b')]).findings).toEqual([
      {
        resource: 'aws_vpc_peering_connection.b_to_a',
        messageId: 'duplicate',
        severity: 'error',
        data: { peering: 'aws_vpc_peering_connection.b_to_a', first: 'aws_vpc_peering_connection.a_to_b', requester: 'aws_vpc.b', accepter: 'aws_vpc.a' },
        related: ['aws_vpc_peering_connection.a_to_b', 'aws_vpc.b', 'aws_vpc.a'],
      },
    ]);
  });

  it('three connections between one pair give two findings, each against the first', () => {
    const { findings } = lint([a, b, pcx('x3', 'aws_vpc.a', 'aws_vpc.b'), pcx('x1', 'aws_vpc.a', 'aws_vpc.b'), pcx('x2', 'aws_vpc.b', 'aws_vpc.a')]);
    expect(findings.map((f) => [f.resource, f.data.first])).toEqual([
      ['aws_vpc_peering_connection.x2', 'aws_vpc_peering_connection.x1'],
      ['aws_vpc_peering_connection.x3', 'aws_vpc_peering_connection.x1'],
    ]);
  });

  it('a VPC known only by ID and a data source with that ID are one VPC', () => {
    const shared = tfData('aws_vpc', 'shared', { id: 'vpc-0123456789abcdef0', cidr_block: '10.9.0.0/16' });
    const { findings } = lint([
      a,
      shared,
      pcx('by_data', 'aws_vpc.a', 'data.aws_vpc.shared'),
      pcx('by_id', 'aws_vpc.a', 'vpc-0123456789abcdef0'),
    ]);
    expect(findings.map((f) => [f.resource, f.data.first, f.data.accepter])).toEqual([
      ['aws_vpc_peering_connection.by_id', 'aws_vpc_peering_connection.by_data', 'data.aws_vpc.shared'],
    ]);
  });

  it('two external VPCs known only by ID: the label is the ID, and related names it', () => {
    const { findings } = lint([
      pcx('one', 'vpc-0aaaaaaaaaaaaaaa1', 'vpc-0bbbbbbbbbbbbbbb2'),
      pcx('two', 'vpc-0bbbbbbbbbbbbbbb2', 'vpc-0aaaaaaaaaaaaaaa1'),
    ]);
    expect(findings.map((f) => [f.resource, f.data.requester, f.data.accepter, f.related])).toEqual([
      [
        'aws_vpc_peering_connection.two',
        'vpc-0bbbbbbbbbbbbbbb2',
        'vpc-0aaaaaaaaaaaaaaa1',
        ['aws_vpc_peering_connection.one', 'vpc-0bbbbbbbbbbbbbbb2', 'vpc-0aaaaaaaaaaaaaaa1'],
      ],
    ]);
  });

  it('two resources of one plan that share a pcx ID are the state a duplicate leaves after apply', () => {
    const { findings } = lint([
      pcx('original', 'vpc-0aaaaaaaaaaaaaaa1', 'vpc-0bbbbbbbbbbbbbbb2', { id: 'pcx-0123456789abcdef0' }),
      pcx('copy', 'vpc-0aaaaaaaaaaaaaaa1', 'vpc-0bbbbbbbbbbbbbbb2', { id: 'pcx-0123456789abcdef0' }),
    ]);
    expect(findings.map((f) => [f.resource, f.data.first])).toEqual([['aws_vpc_peering_connection.original', 'aws_vpc_peering_connection.copy']]);
  });

  it('names the files when two plans use the same address for two connections', () => {
    const { findings } = lint([
      pcx('this', 'vpc-0aaaaaaaaaaaaaaa1', 'vpc-0bbbbbbbbbbbbbbb2', { file: 'prod.plan.json' }),
      pcx('this', 'vpc-0aaaaaaaaaaaaaaa1', 'vpc-0bbbbbbbbbbbbbbb2', { file: 'staging.plan.json' }),
    ]);
    expect(findings.map((f) => f.data)).toEqual([
      {
        peering: 'aws_vpc_peering_connection.this (in staging.plan.json)',
        first: 'aws_vpc_peering_connection.this (in prod.plan.json)',
        requester: 'vpc-0aaaaaaaaaaaaaaa1',
        accepter: 'vpc-0bbbbbbbbbbbbbbb2',
      },
    ]);
  });
});

describe('duplicate-peering: not duplicates', () => {
  it.each([
    { name: 'three different pairs', resources: [a, b, c, pcx('ab', 'aws_vpc.a', 'aws_vpc.b'), pcx('bc', 'aws_vpc.b', 'aws_vpc.c'), pcx('ca', 'aws_vpc.c', 'aws_vpc.a')] },
    {
      name: 'one existing connection read from two plans (same pcx ID)',
      resources: [
        pcx('this', 'vpc-0aaaaaaaaaaaaaaa1', 'vpc-0bbbbbbbbbbbbbbb2', { file: 'one.plan.json', id: 'pcx-0123456789abcdef0' }),
        pcx('this', 'vpc-0aaaaaaaaaaaaaaa1', 'vpc-0bbbbbbbbbbbbbbb2', { file: 'two.plan.json', id: 'pcx-0123456789abcdef0' }),
      ],
    },
    {
      name: 'a requester and its accepter resource',
      resources: [
        a,
        b,
        pcx('ab', 'aws_vpc.a', 'aws_vpc.b'),
        tf('aws_vpc_peering_connection_accepter', 'ab', { auto_accept: true }, { unknown: { vpc_peering_connection_id: linkedTo('aws_vpc_peering_connection.ab') } }),
      ],
    },
  ])('$name', ({ resources }) => {
    expect(lint(resources)).toEqual({ findings: [], unresolved: [] });
  });
});

describe('duplicate-peering: VPCs unknown until apply', () => {
  it('an unknown accepter that could duplicate a connection of its known requester is unresolved', () => {
    expect(lint([a, b, pcx('ab', 'aws_vpc.a', 'aws_vpc.b'), pcx('a_x', 'aws_vpc.a', FROM_STACK)])).toEqual({
      findings: [],
      unresolved: [
        {
          resource: 'aws_vpc_peering_connection.a_x',
          reason:
            `the accepter VPC is unknown (peer_vpc_id of aws_vpc_peering_connection.a_x is ${UNLINKED}), so whether it ` +
            'duplicates aws_vpc_peering_connection.ab, which also joins aws_vpc.a, cannot be decided',
        },
      ],
    });
  });

  it('an unknown requester is checked against connections of the known accepter', () => {
    expect(lint([a, b, pcx('ab', 'aws_vpc.a', 'aws_vpc.b'), pcx('x_b', FROM_STACK, 'aws_vpc.b')]).unresolved).toEqual([
      {
        resource: 'aws_vpc_peering_connection.x_b',
        reason:
          `the requester VPC is unknown (vpc_id of aws_vpc_peering_connection.x_b is ${UNLINKED}), so whether it ` +
          'duplicates aws_vpc_peering_connection.ab, which also joins aws_vpc.b, cannot be decided',
      },
    ]);
  });

  it('a peering with a peer VPC that is not set at all says so', () => {
    expect(lint([a, b, pcx('ab', 'aws_vpc.a', 'aws_vpc.b'), pcx('a_none', 'aws_vpc.a', null)]).unresolved).toEqual([
      {
        resource: 'aws_vpc_peering_connection.a_none',
        reason:
          'the accepter VPC is not set, so whether it duplicates aws_vpc_peering_connection.ab, which also joins aws_vpc.a, ' +
          'cannot be decided',
      },
    ]);
  });

  it('with both VPCs unknown, any other connection is a candidate', () => {
    expect(lint([a, b, pcx('zz', FROM_STACK, FROM_STACK), pcx('ab', 'aws_vpc.a', 'aws_vpc.b')]).unresolved).toEqual([
      {
        resource: 'aws_vpc_peering_connection.zz',
        reason:
          `the requester VPC is unknown (vpc_id of aws_vpc_peering_connection.zz is ${UNLINKED}) and the accepter VPC ` +
          `is unknown (peer_vpc_id of aws_vpc_peering_connection.zz is ${UNLINKED}), so whether it duplicates ` +
          'aws_vpc_peering_connection.ab or another peering connection cannot be decided',
      },
    ]);
  });

  it('a VPC peered with itself is listed once as a candidate, never the undecided connection itself', () => {
    const { unresolved } = lint([a, pcx('self', 'aws_vpc.a', 'aws_vpc.a'), pcx('a_x', 'aws_vpc.a', FROM_STACK)]);
    expect(unresolved.map((u) => u.reason.replace(/.*duplicates /, ''))).toEqual([
      'aws_vpc_peering_connection.self, which also joins aws_vpc.a, cannot be decided',
    ]);
  });

  it.each([
    { name: 'the known VPC has no other connection', resources: [a, b, c, pcx('bc', 'aws_vpc.b', 'aws_vpc.c'), pcx('a_x', 'aws_vpc.a', FROM_STACK)] },
    { name: 'both VPCs unknown and no other connection', resources: [pcx('zz', FROM_STACK, FROM_STACK)] },
    { name: 'two connections whose known VPCs differ', resources: [a, b, pcx('a_x', 'aws_vpc.a', FROM_STACK), pcx('b_x', 'aws_vpc.b', FROM_STACK)] },
  ])('nothing to duplicate, no unresolved check: $name', ({ resources }) => {
    expect(lint(resources)).toEqual({ findings: [], unresolved: [] });
  });
});
