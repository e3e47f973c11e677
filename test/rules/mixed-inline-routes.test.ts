/**
 * NET205 mixed-inline-routes edge cases that need no fixture file: what counts as an inline list
 * written in the code (the reader says so; else source code and planned creates do, a plan's
 * recorded state does not, and an unknown is unresolved), empty lists, each security group
 * direction on its own, and long lists of standalone resources.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/mixed-inline-routes.js';
import { lintRule } from '../helpers/lint-rule.js';
import type { SourceFormat, SourceResource } from '../../src/parse/source.js';
import { linkedTo, tf, tfVpc } from '../helpers/source.js';

const lint = (resources: SourceResource[]) => lintRule(rule, resources);

/** What a reader says about a resource beyond its values. */
interface Reader {
  readonly writes?: readonly string[] | 'unknown';
  readonly action?: string;
  readonly format?: SourceFormat;
}

/** A resource as a reader with `configures` (and an action) would hand it over. */
function read(r: SourceResource, reader: Reader): SourceResource {
  const out: SourceResource = { ...r, ...(reader.format !== undefined ? { format: reader.format } : {}), ...(reader.action !== undefined ? { action: reader.action } : {}) };
  const writes = reader.writes;
  if (writes === undefined) return out;
  return { ...out, configures: (attr: string) => (writes === 'unknown' ? undefined : writes.includes(attr)) };
}

const vpc = tfVpc('app', '10.1.0.0/16');
const INLINE = [{ cidr_block: '0.0.0.0/0', gateway_id: 'igw-1' }];

function rtb(routes: unknown[] | undefined, reader: Reader): SourceResource {
  return read(tf('aws_route_table', 'rt', routes === undefined ? {} : { route: routes }, { unknown: { vpc_id: linkedTo('aws_vpc.app'), id: {} } }), reader);
}

function awsRoute(name: string): SourceResource {
  return tf('aws_route', name, { destination_cidr_block: '10.9.0.0/16', gateway_id: 'igw-1' }, { unknown: { route_table_id: linkedTo('aws_route_table.rt') } });
}

function mixedRoutes(inline: string, standalone: string, related: string[]) {
  return {
    resource: 'aws_route_table.rt',
    messageId: 'mixedRoutes',
    severity: 'warning',
    data: { table: 'aws_route_table.rt', inline, standalone },
    related,
  };
}

describe('mixed-inline-routes: route tables', () => {
  it.each([
    { name: 'inline routes the reader says are written, and an aws_route', routes: INLINE, reader: { writes: ['route'] }, want: [mixedRoutes('1 inline route', 'aws_route.extra', ['aws_route.extra'])] },
    {
      name: 'an explicit empty list (route = []) and an aws_route',
      routes: [],
      reader: { writes: ['route'] },
      want: [mixedRoutes('an empty inline route list', 'aws_route.extra', ['aws_route.extra'])],
    },
    { name: 'recorded routes of an existing table whose code writes none', routes: INLINE, reader: { writes: [], action: 'no-op' }, want: [] },
    { name: 'a planned create without a reader that says: the list is written', routes: INLINE, reader: { action: 'create' }, want: [mixedRoutes('1 inline route', 'aws_route.extra', ['aws_route.extra'])] },
    { name: 'source code (.tf): the list is written', routes: INLINE, reader: { format: 'terraform-hcl' as SourceFormat }, want: [mixedRoutes('1 inline route', 'aws_route.extra', ['aws_route.extra'])] },
    { name: 'no route list at all', routes: undefined, reader: { writes: [] }, want: [] },
  ])('$name', ({ routes, reader, want }) => {
    expect(lint([vpc, rtb(routes, reader), awsRoute('extra')])).toEqual({ findings: want, unresolved: [] });
  });

  it('inline routes alone, or standalone routes alone, are fine', () => {
    expect(lint([vpc, rtb(INLINE, { writes: ['route'] })])).toEqual({ findings: [], unresolved: [] });
    expect(lint([vpc, rtb(undefined, { writes: [] }), awsRoute('a'), awsRoute('b')])).toEqual({ findings: [], unresolved: [] });
  });

  it('an existing table in a plan without its configuration: unresolved', () => {
    expect(lint([vpc, rtb(INLINE, { action: 'no-op' }), awsRoute('extra')])).toEqual({
      findings: [],
      unresolved: [
        {
          resource: 'aws_route_table.rt',
          reason:
            'the plan has no configuration for aws_route_table.rt, so whether its route list is written in the code or only read back from state cannot be told; ' +
            'it also has standalone routes (aws_route.extra)',
        },
      ],
    });
  });

  it('names three standalone routes and counts the rest', () => {
    const routes = ['a', 'b', 'c', 'd', 'e'].map(awsRoute);
    const { findings } = lint([vpc, rtb([...INLINE, ...INLINE], { writes: ['route'] }), ...routes]);
    expect(findings.map((f) => [f.data.inline, f.data.standalone, f.related.length])).toEqual([
      ['2 inline routes', 'aws_route.a, aws_route.b, aws_route.c and 2 more', 5],
    ]);
  });
});

describe('mixed-inline-routes: security groups', () => {
  const RULE = { from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: ['10.0.0.0/8'] };

  function sg(values: Record<string, unknown>, reader: Reader): SourceResource {
    return read(tf('aws_security_group', 'web', values, { unknown: { vpc_id: linkedTo('aws_vpc.app'), id: {} } }), reader);
  }
  const ingressRule = (name: string) =>
    tf('aws_vpc_security_group_ingress_rule', name, { ip_protocol: 'tcp', from_port: 80, to_port: 80, cidr_ipv4: '10.0.0.0/8' }, {
      unknown: { security_group_id: linkedTo('aws_security_group.web') },
    });
  const egressRule = tf('aws_security_group_rule', 'out', { type: 'egress', protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/0'] }, {
    unknown: { security_group_id: linkedTo('aws_security_group.web') },
  });
  const mixed = (direction: string, inline: string, standalone: string) => ({
    resource: 'aws_security_group.web',
    messageId: 'mixedRules',
    severity: 'warning',
    data: { group: 'aws_security_group.web', direction, inline, standalone },
    related: standalone.split(', '),
  });

  it.each([
    { name: 'inline ingress and an ingress rule resource', values: { ingress: [RULE] }, writes: ['ingress'], rules: [ingressRule('http')], want: [mixed('ingress', '1 inline ingress rule', 'aws_vpc_security_group_ingress_rule.http')] },
    { name: 'ingress = [] and an ingress rule resource', values: { ingress: [] }, writes: ['ingress'], rules: [ingressRule('http')], want: [mixed('ingress', 'an empty inline ingress list', 'aws_vpc_security_group_ingress_rule.http')] },
    { name: 'inline ingress and an egress rule resource: different directions', values: { ingress: [RULE] }, writes: ['ingress'], rules: [egressRule], want: [] },
    { name: 'inline egress and an egress aws_security_group_rule', values: { egress: [RULE, RULE] }, writes: ['egress'], rules: [egressRule], want: [mixed('egress', '2 inline egress rules', 'aws_security_group_rule.out')] },
    { name: 'recorded rules of an existing group whose code writes none', values: { ingress: [RULE] }, writes: [], rules: [ingressRule('http')], want: [] },
  ])('$name', ({ values, writes, rules, want }) => {
    expect(lint([vpc, sg(values, { writes }), ...rules])).toEqual({ findings: want, unresolved: [] });
  });
});
