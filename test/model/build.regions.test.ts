/**
 * What the builder adds for the peering and security group rules of issue 6: the region and
 * account of VPCs, groups and connections (resource argument, ARN, provider configuration, in
 * that order; never guessed), a connection's recorded status and the DNS options written on its
 * requesting resource, and whether inline route and rule lists are written in the code.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import type { AttrValue, SourceResource } from '../../src/parse/source.js';
import type { Tri } from '../../src/model/tri.js';
import { linkedTo, tf, tfData, tfVpc } from '../helpers/source.js';

const known = (value: string): AttrValue => ({ state: 'known', value });
const ABSENT: AttrValue = { state: 'absent' };
const fromVar: AttrValue = { state: 'unknown', reason: 'the region of provider configuration aws.x comes from var.r, which vpclint does not evaluate', refs: [] };

function inProvider(r: SourceResource, region: AttrValue, account: AttrValue = ABSENT, name = 'aws'): SourceResource {
  return { ...r, provider: () => ({ name, region, accountId: account }) };
}

function text(t: Tri<unknown> | undefined): string {
  if (t === undefined) return 'undefined';
  return t.state === 'known' ? `known: ${String(t.value)}` : t.state === 'unknown' ? `unknown: ${t.reason}` : 'absent';
}

describe('buildModel: region and account of a VPC', () => {
  it.each([
    { name: 'the provider configuration', r: inProvider(tfVpc('v', '10.0.0.0/16'), known('eu-west-1'), known('111111111111')), region: 'known: eu-west-1', account: 'known: 111111111111' },
    {
      name: "AWS provider 6's region argument wins over the provider's",
      r: inProvider(tfVpc('v', '10.0.0.0/16', { region: 'us-west-2' }), known('eu-west-1')),
      region: 'known: us-west-2',
      account: 'unknown: the account of aws_vpc.v comes from provider configuration aws, which does not set it (it comes from its credentials)',
    },
    {
      name: 'a known ARN and owner_id (an existing VPC) win over the provider',
      r: inProvider(tfVpc('v', '10.0.0.0/16', { arn: 'arn:aws:ec2:ap-south-1:222222222222:vpc/vpc-1', owner_id: '333333333333' }), known('eu-west-1'), known('111111111111')),
      region: 'known: ap-south-1',
      account: 'known: 333333333333',
    },
    {
      name: 'the account from the ARN when owner_id is unknown',
      r: tf('aws_vpc', 'v', { cidr_block: '10.0.0.0/16', arn: 'arn:aws-us-gov:ec2:us-gov-west-1:444444444444:vpc/vpc-1' }, { unknown: { owner_id: {} } }),
      region: 'known: us-gov-west-1',
      account: 'known: 444444444444',
    },
    {
      name: 'a provider without a region',
      r: inProvider(tfVpc('v', '10.0.0.0/16'), ABSENT),
      region: 'unknown: the region of aws_vpc.v comes from provider configuration aws, which does not set it (it comes from the environment (AWS_REGION or the profile))',
      account: 'unknown: the account of aws_vpc.v comes from provider configuration aws, which does not set it (it comes from its credentials)',
    },
    {
      name: 'a provider whose region is a variable',
      r: inProvider(tfVpc('v', '10.0.0.0/16'), fromVar),
      region: 'unknown: the region of aws_vpc.v is unknown: the region of provider configuration aws.x comes from var.r, which vpclint does not evaluate',
      account: 'unknown: the account of aws_vpc.v comes from provider configuration aws, which does not set it (it comes from its credentials)',
    },
    {
      name: 'a source without provider settings (CloudFormation, .tf)',
      r: { ...tfVpc('v', '10.0.0.0/16'), format: 'terraform-hcl' as const },
      region: 'unknown: the region of aws_vpc.v comes from its provider configuration, and vpclint cannot see it',
      account: 'unknown: the account of aws_vpc.v comes from its provider configuration, and vpclint cannot see it',
    },
    {
      name: 'a data source with its own region and owner',
      r: tfData('aws_vpc', 'v', { id: 'vpc-9', cidr_block: '10.9.0.0/16', region: 'eu-central-1', owner_id: '555555555555' }),
      region: 'known: eu-central-1',
      account: 'known: 555555555555',
    },
  ])('$name', ({ r, region, account }) => {
    const [vpc] = buildModel([r]).vpcs;
    expect([text(vpc?.region), text(vpc?.accountId)]).toEqual([region, account]);
  });

  it('gives a region and account no provider configuration says as Unknowns whose reason is written when read, the same text on every read', () => {
    const [vpc] = buildModel([tfVpc('v', '10.0.0.0/16')]).vpcs;
    for (const [t, what] of [
      [vpc!.region, 'region'],
      [vpc!.accountId, 'account'],
    ] as const) {
      const reason = `the ${what} of aws_vpc.v comes from its provider configuration, and the plan does not say which one it is`;
      expect(t.state).toBe('unknown');
      expect('reason' in t && t.reason).toBe(reason);
      expect('reason' in t && t.reason).toBe(reason);
      expect('invalid' in t && t.invalid).toBe(false);
    }
  });
});

describe('buildModel: security groups and connections', () => {
  it('a group has its own region and, when it comes from a provider configuration, its source', () => {
    const g = (name: string, values: Record<string, unknown>) => inProvider(tf('aws_security_group', name, values, { unknown: { vpc_id: linkedTo('aws_vpc.v') } }), fromVar, ABSENT, 'aws.x');
    const m = buildModel([tfVpc('v', '10.0.0.0/16'), g('a', {}), g('b', { region: 'us-east-1' })]);
    expect(m.securityGroups.map((s) => [s.label, text(s.region), s.regionSource])).toEqual([
      ['aws_security_group.a', 'unknown: the region of aws_security_group.a is unknown: the region of provider configuration aws.x comes from var.r, which vpclint does not evaluate', 'main.tf.json\u0000aws.x'],
      ['aws_security_group.b', 'known: us-east-1', undefined],
    ]);
  });

  it('a requesting connection has the region and account of its provider, its status, and the options written on it', () => {
    const p = inProvider(
      tf('aws_vpc_peering_connection', 'p', { accept_status: 'pending-acceptance', requester: [{ allow_remote_vpc_dns_resolution: true }], accepter: 'yes' }, {
        unknown: { vpc_id: linkedTo('aws_vpc.a'), peer_vpc_id: linkedTo('aws_vpc.b') },
      }),
      known('eu-west-1'),
      known('111111111111'),
    );
    const [pcx] = buildModel([tfVpc('a', '10.1.0.0/16'), tfVpc('b', '10.2.0.0/16'), p]).peerings;
    expect([text(pcx?.region), text(pcx?.accountId), text(pcx?.acceptStatus)]).toEqual(['known: eu-west-1', 'known: 111111111111', 'known: pending-acceptance']);
    expect(pcx?.requestedOptions?.paths).toEqual([['requester']]);
    expect(text(pcx?.requestedOptions?.requester.allowRemoteVpcDnsResolution)).toBe('known: true');
    expect(text(pcx?.requestedOptions?.accepter.allowRemoteVpcDnsResolution)).toBe('absent');
  });

  it('option blocks only read back from state are not written options', () => {
    const r = tf('aws_vpc_peering_connection', 'p', { requester: [{ allow_remote_vpc_dns_resolution: false }] }, { unknown: { vpc_id: linkedTo('aws_vpc.a') } });
    const p: SourceResource = { ...r, configures: () => false };
    const [pcx] = buildModel([tfVpc('a', '10.1.0.0/16'), p]).peerings;
    expect(pcx?.requestedOptions?.paths).toEqual([]);
    expect(text(pcx?.requesterOptions.allowRemoteVpcDnsResolution)).toBe('known: false');
  });
});

describe('buildModel: inline lists written in the code', () => {
  it('marks inline rules and rule resources, and what each group and table writes', () => {
    const sg: SourceResource = {
      ...tf('aws_security_group', 'g', { ingress: [{ protocol: 'tcp', from_port: 1, to_port: 2, cidr_blocks: ['10.0.0.0/8'] }], egress: [] }, { unknown: { vpc_id: linkedTo('aws_vpc.v') } }),
      configures: (attr: string) => attr === 'ingress',
    };
    const rule = tf('aws_security_group_rule', 'r', { type: 'ingress', protocol: 'tcp', from_port: 3, to_port: 3, cidr_blocks: ['10.0.0.0/8'] }, { unknown: { security_group_id: linkedTo('aws_security_group.g') } });
    const rt = tf('aws_route_table', 't', { route: [] }, { unknown: { vpc_id: linkedTo('aws_vpc.v') } });
    const m = buildModel([tfVpc('v', '10.0.0.0/16'), sg, rule, { ...rt, action: 'no-op' }]);
    expect(m.securityGroupRules.map((r) => [r.key, r.inline])).toEqual([
      ['aws_security_group.g.ingress[0]', true],
      ['aws_security_group_rule.r', false],
    ]);
    const g = m.securityGroups[0];
    expect([text(g?.writesInlineRules?.ingress), text(g?.writesInlineRules?.egress)]).toEqual(['known: true', 'known: false']);
    expect(text(m.routeTables.find((t) => t.key === 'aws_route_table.t')?.writesInlineRoutes)).toBe(
      'unknown: the plan has no configuration for aws_route_table.t, so whether its route list is written in the code or only read back from state cannot be told',
    );
  });
});
