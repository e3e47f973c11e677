// The builder shares some objects the model keeps many of (it is read-only): route targets over
// the same known connection, the usual accept statuses, the options resources of connections
// without any, and CIDR literals make their subject when asked. These tests pin that the shared
// values read as the ones made per resource would.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { linkedTo, tf, tfVpc } from '../helpers/source.js';
import { readOne } from '../parse/cloudformation-helpers.js';

function mesh() {
  return buildModel([
    tfVpc('a', '10.0.0.0/16'),
    tfVpc('b', '10.1.0.0/16'),
    tfVpc('c', '10.2.0.0/16'),
    tf('aws_route_table', 'a', {}, { unknown: { vpc_id: linkedTo('aws_vpc.a') } }),
    tf('aws_vpc_peering_connection', 'ab', { accept_status: 'active' }, { unknown: { vpc_id: linkedTo('aws_vpc.a'), peer_vpc_id: linkedTo('aws_vpc.b') } }),
    tf('aws_vpc_peering_connection', 'ac', { accept_status: 'active' }, { unknown: { vpc_id: linkedTo('aws_vpc.a'), peer_vpc_id: linkedTo('aws_vpc.c') } }),
    tf('aws_vpc_peering_connection', 'odd', { accept_status: 'some-new-status' }, { unknown: { vpc_id: linkedTo('aws_vpc.b'), peer_vpc_id: linkedTo('aws_vpc.c') } }),
    tf('aws_vpc_peering_connection_options', 'ac', {}, { unknown: { vpc_peering_connection_id: linkedTo('aws_vpc_peering_connection.ac') } }),
    ...[
      ['ab1', '10.1.0.0/24', 'ab'],
      ['ab2', '10.1.1.0/24', 'ab'],
      ['ac1', '10.2.0.0/24', 'ac'],
      ['x', '10.9.0.0/16', undefined],
    ].map(([name, cidr, pcx]) =>
      tf('aws_route', name!, { destination_cidr_block: cidr, ...(pcx === undefined ? { gateway_id: 'igw-1' } : {}) }, {
        unknown: {
          route_table_id: linkedTo('aws_route_table.a'),
          ...(pcx === undefined ? {} : { vpc_peering_connection_id: linkedTo(`aws_vpc_peering_connection.${pcx}`) }),
        },
      }),
    ),
  ]);
}

describe('shared model values', () => {
  it('routes over the same known connection share one target naming that connection', () => {
    const m = mesh();
    const target = (key: string) => m.routes.find((r) => r.key === key)!.target;
    const [ab1, ab2, ac1] = [target('aws_route.ab1'), target('aws_route.ab2'), target('aws_route.ac1')];
    expect(ab1).toBe(ab2);
    expect(ac1).not.toBe(ab1);
    for (const [t, pcx] of [[ab1, 'aws_vpc_peering_connection.ab'], [ac1, 'aws_vpc_peering_connection.ac']] as const) {
      expect(t.kind).toBe('peering');
      if (t.kind === 'peering') expect(t.peering.state === 'known' ? t.peering.value.key : t.peering.state).toBe(pcx);
    }
    expect(target('aws_route.x')).toMatchObject({ kind: 'gateway', id: { state: 'known', value: 'igw-1' } });
  });

  it('in a CloudFormation template too, routes over the same connection share one target', () => {
    const route = (name: string, cidr: string, pcx: string) =>
      [`  ${name}:`, '    Type: AWS::EC2::Route', '    Properties:', '      RouteTableId: !Ref Table', `      DestinationCidrBlock: ${cidr}`, `      VpcPeeringConnectionId: !Ref ${pcx}`];
    const m = buildModel(
      readOne(
        [
          'Resources:',
          ...['A', 'B', 'C'].flatMap((v, i) => [`  ${v}:`, '    Type: AWS::EC2::VPC', '    Properties:', `      CidrBlock: 10.${i}.0.0/16`]),
          '  Table:',
          '    Type: AWS::EC2::RouteTable',
          '    Properties:',
          '      VpcId: !Ref A',
          ...['B', 'C'].flatMap((v) => [`  A${v}:`, '    Type: AWS::EC2::VPCPeeringConnection', '    Properties:', '      VpcId: !Ref A', `      PeerVpcId: !Ref ${v}`]),
          ...route('AB1', '10.1.0.0/24', 'AB'),
          ...route('AB2', '10.1.1.0/24', 'AB'),
          ...route('AC1', '10.2.0.0/24', 'AC'),
        ].join('\n'),
      ),
    );
    const target = (key: string) => m.routes.find((r) => r.key === key)!.target;
    expect(target('AB1')).toBe(target('AB2'));
    expect(target('AC1')).not.toBe(target('AB1'));
    for (const [t, pcx] of [[target('AB1'), 'AB'], [target('AC1'), 'AC']] as const) {
      expect(t.kind).toBe('peering');
      if (t.kind === 'peering') expect(t.peering.state === 'known' ? t.peering.value.key : t.peering.state).toBe(pcx);
    }
  });

  it('accept statuses read as known values, the usual ones shared and others as written', () => {
    const m = mesh();
    const status = (key: string) => m.peerings.find((p) => p.key === key)!.acceptStatus;
    expect(status('aws_vpc_peering_connection.ab')).toEqual({ state: 'known', value: 'active' });
    expect(status('aws_vpc_peering_connection.ab')).toBe(status('aws_vpc_peering_connection.ac'));
    expect(status('aws_vpc_peering_connection.odd')).toEqual({ state: 'known', value: 'some-new-status' });
  });

  it('a connection without options resources has none; one with them lists them, without changing the others', () => {
    const m = mesh();
    const options = (key: string) => m.peerings.find((p) => p.key === key)!.optionsResources.map((r) => r.address);
    expect(options('aws_vpc_peering_connection.ab')).toEqual([]);
    expect(options('aws_vpc_peering_connection.odd')).toEqual([]);
    expect(options('aws_vpc_peering_connection.ac')).toEqual(['aws_vpc_peering_connection_options.ac']);
  });

  it('a CIDR literal gives the same subject on every read: the resource and the attribute path', () => {
    const m = mesh();
    const literal = m.cidrLiterals.find((l) => l.text === '10.1.1.0/24')!;
    expect(literal.subject).toEqual({ resource: m.routes.find((r) => r.key === 'aws_route.ab2')!.subject.resource, path: ['destination_cidr_block'] });
    expect(literal.subject).toEqual(literal.subject);
    expect(m.cidrLiterals.map((l) => [l.subject.resource.address, (l.subject.path ?? []).join('.'), l.text])).toContainEqual(['aws_vpc.a', 'cidr_block', '10.0.0.0/16']);
  });
});
