/**
 * NET204 route-to-foreign-peering edge cases that need no fixture file: which side of the
 * connection the table's VPC is, VPC identity by real ID, other targets, and the unknowns that
 * leave a route unresolved.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/route-to-foreign-peering.js';
import { lintRule } from '../helpers/lint-rule.js';
import type { SourceResource } from '../../src/parse/source.js';
import { linkedTo, tf, tfData, tfPeering, tfVpc, type FakeUnknown } from '../helpers/source.js';

const lint = (resources: SourceResource[]) => lintRule(rule, resources);

/** A connection whose sides are `aws_vpc.<x>` references, literal IDs, or unknown values. */
function table(name: string, vpc: string | FakeUnknown): SourceResource {
  return typeof vpc === 'string'
    ? tf('aws_route_table', name, {}, { unknown: { vpc_id: linkedTo(vpc), id: {} } })
    : tf('aws_route_table', name, {}, { unknown: { vpc_id: vpc, id: {} } });
}

function route(name: string, tableName: string, peering: string | FakeUnknown): SourceResource {
  const unknown: Record<string, FakeUnknown> = { route_table_id: linkedTo(`aws_route_table.${tableName}`) };
  unknown.vpc_peering_connection_id = typeof peering === 'string' ? linkedTo(peering) : peering;
  return tf('aws_route', name, { destination_cidr_block: '10.2.0.0/16' }, { unknown });
}

const a = tfVpc('a', '10.1.0.0/16');
const b = tfVpc('b', '10.2.0.0/16');
const c = tfVpc('c', '10.3.0.0/16');

describe('route-to-foreign-peering', () => {
  it.each([
    { name: 'a route in the requester VPC', tableVpc: 'aws_vpc.a', want: [] },
    { name: 'a route in the accepter VPC', tableVpc: 'aws_vpc.b', want: [] },
    {
      name: 'a route in a third VPC',
      tableVpc: 'aws_vpc.c',
      want: [
        {
          resource: 'aws_route.r',
          messageId: 'foreignPeering',
          severity: 'error',
          data: {
            route: 'aws_route.r',
            table: 'aws_route_table.t',
            vpc: 'aws_vpc.c',
            peering: 'aws_vpc_peering_connection.a_b',
            requester: 'aws_vpc.a',
            accepter: 'aws_vpc.b',
          },
          related: ['aws_vpc_peering_connection.a_b', 'aws_route_table.t', 'aws_vpc.a', 'aws_vpc.b'],
        },
      ],
    },
  ])('$name', ({ tableVpc, want }) => {
    expect(lint([a, b, c, tfPeering('a_b', 'aws_vpc.a', 'aws_vpc.b'), table('t', tableVpc), route('r', 't', 'aws_vpc_peering_connection.a_b')])).toEqual({
      findings: want,
      unresolved: [],
    });
  });

  it('an inline route names the table and its index', () => {
    const t = tf('aws_route_table', 't', { route: [{ cidr_block: '10.2.0.0/16', vpc_peering_connection_id: 'pcx-0ab' }] }, { unknown: { vpc_id: linkedTo('aws_vpc.c') } });
    const p = tf('aws_vpc_peering_connection', 'a_b', { id: 'pcx-0ab' }, { unknown: { vpc_id: linkedTo('aws_vpc.a'), peer_vpc_id: linkedTo('aws_vpc.b') } });
    const { findings } = lint([a, b, c, p, t]);
    expect(findings.map((f) => [f.resource, f.data.route, f.data.vpc])).toEqual([['aws_route_table.t', 'aws_route_table.t.route[0]', 'aws_vpc.c']]);
  });

  it('a side known by the same real ID as the table VPC (a data source) is the same VPC', () => {
    const app = tfVpc('app', '10.1.0.0/16', { id: 'vpc-0aaa' });
    const view = tfData('aws_vpc', 'app_view', { id: 'vpc-0aaa', cidr_block: '10.1.0.0/16' });
    const p = tfPeering('app_b', 'vpc-0aaa', 'aws_vpc.b');
    const t = table('t', 'data.aws_vpc.app_view');
    expect(lint([app, view, b, p, t, route('r', 't', 'aws_vpc_peering_connection.app_b')])).toEqual({ findings: [], unresolved: [] });
  });

  it('routes to other targets are not this rule\'s', () => {
    const r = tf('aws_route', 'r', { destination_cidr_block: '0.0.0.0/0', gateway_id: 'igw-1' }, { unknown: { route_table_id: linkedTo('aws_route_table.t') } });
    expect(lint([c, table('t', 'aws_vpc.c'), r])).toEqual({ findings: [], unresolved: [] });
  });

  it.each([
    {
      name: 'the connection is unknown',
      resources: () => [c, table('t', 'aws_vpc.c'), route('r', 't', { reason: 'value comes from local.pcx; plan JSON does not record locals' })],
      reason:
        'the peering connection of aws_route.r is unknown (vpc_peering_connection_id of aws_route.r is unknown (value comes from local.pcx; plan JSON does not record locals) ' +
        "and not linked to a resource in the plan), so whether it involves the route table's VPC cannot be told",
    },
    {
      name: "the table's VPC is unknown",
      resources: () => [a, b, tfPeering('a_b', 'aws_vpc.a', 'aws_vpc.b'), table('t', { reason: 'value comes from var.vpc_id, which has no value in the plan' }), route('r', 't', 'aws_vpc_peering_connection.a_b')],
      reason:
        'the VPC of route table aws_route_table.t is unknown (vpc_id of aws_route_table.t is unknown (value comes from var.vpc_id, which has no value in the plan) ' +
        'and not linked to a resource in the plan), so whether it is part of aws_vpc_peering_connection.a_b cannot be told',
    },
    {
      name: 'one side of the connection is unknown and the other is not the table VPC',
      resources: () => [a, c, tfPeering('a_x', 'aws_vpc.a', { reason: 'value comes from each.value; plan JSON does not record for_each values' }), table('t', 'aws_vpc.c'), route('r', 't', 'aws_vpc_peering_connection.a_x')],
      reason:
        'the accepter VPC of aws_vpc_peering_connection.a_x is unknown (peer_vpc_id of aws_vpc_peering_connection.a_x is unknown (value comes from each.value; ' +
        'plan JSON does not record for_each values) and not linked to a resource in the plan), so whether it is aws_vpc.c cannot be told',
    },
  ])('unresolved when $name', ({ resources, reason }) => {
    expect(lint(resources())).toEqual({ findings: [], unresolved: [{ resource: 'aws_route.r', reason }] });
  });

  it('one side unknown but the other is the table VPC: nothing to decide', () => {
    const p = tfPeering('a_x', 'aws_vpc.a', { reason: 'value comes from each.value' });
    expect(lint([a, p, table('t', 'aws_vpc.a'), route('r', 't', 'aws_vpc_peering_connection.a_x')])).toEqual({ findings: [], unresolved: [] });
  });
});
