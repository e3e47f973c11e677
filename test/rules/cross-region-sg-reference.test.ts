/**
 * NET402 cross-region-sg-reference edge cases that need no fixture file: regions from provider
 * configurations, ARNs and AWS provider 6's `region` argument; groups that share a provider
 * configuration (one region even when it is unknown) or a VPC; unknown regions; and references
 * to groups vpclint cannot link, which matter only in a VPC peered across regions.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/cross-region-sg-reference.js';
import { lintRule } from '../helpers/lint-rule.js';
import type { AttrValue, ProviderSettings, SourceResource } from '../../src/parse/source.js';
import { known, linkedTo, tf, tfVpc } from '../helpers/source.js';

const lint = (resources: SourceResource[]) => lintRule(rule, resources);

const fromVar: AttrValue = { state: 'unknown', reason: 'the region of provider configuration NAME comes from var.region, which vpclint does not evaluate', refs: [] };

/** Provider configurations, one object each (a reader hands out one per configuration). */
function provider(name: string, region: AttrValue): ProviderSettings {
  const r = region.state === 'unknown' ? { ...region, reason: region.reason.replace('NAME', name) } : region;
  return { name, region: r, accountId: { state: 'absent' } };
}
const EU = provider('aws', known('eu-west-1'));
const US = provider('aws.us', known('us-east-1'));

function inProvider(r: SourceResource, p: ProviderSettings): SourceResource {
  return { ...r, provider: () => p };
}

function sg(name: string, vpc: string, p: ProviderSettings, values: Record<string, unknown> = {}): SourceResource {
  return inProvider(tf('aws_security_group', name, values, { unknown: { id: {}, vpc_id: linkedTo(`aws_vpc.${vpc}`) } }), p);
}

/** An ingress rule of `group` that references `other`. */
function ref(group: string, other: string): SourceResource {
  return tf('aws_vpc_security_group_ingress_rule', 'r', { ip_protocol: 'tcp', from_port: 443, to_port: 443 }, {
    unknown: { security_group_id: linkedTo(`aws_security_group.${group}`), referenced_security_group_id: linkedTo(`aws_security_group.${other}`) },
  });
}

const app = inProvider(tfVpc('app', '10.1.0.0/16'), EU);
const shared = inProvider(tfVpc('shared', '10.50.0.0/16'), US);

describe('cross-region-sg-reference', () => {
  it('a reference from a group in us-east-1 to a group in eu-west-1', () => {
    expect(lint([app, shared, sg('app', 'app', EU), sg('api', 'shared', US), ref('api', 'app')])).toEqual({
      findings: [
        {
          resource: 'aws_vpc_security_group_ingress_rule.r',
          messageId: 'crossRegion',
          severity: 'error',
          data: {
            rule: 'aws_vpc_security_group_ingress_rule.r',
            group: 'aws_security_group.api',
            region: 'us-east-1',
            peerGroup: 'aws_security_group.app',
            peerVpc: 'aws_vpc.app',
            peerRegion: 'eu-west-1',
            peerCidrs: '10.1.0.0/16',
          },
          related: ['aws_security_group.app', 'aws_vpc.app'],
        },
      ],
      unresolved: [],
    });
  });

  it.each([
    { name: 'one provider configuration with a literal region', pa: EU, pb: EU, want: [] },
    { name: 'two configurations with the same literal region', pa: EU, pb: provider('aws.other', known('eu-west-1')), want: [] },
    { name: 'two configurations with different literal regions', pa: EU, pb: US, want: [['aws_vpc_security_group_ingress_rule.r', 'us-east-1', 'eu-west-1']] },
  ])('$name', ({ pa, pb, want }) => {
    const vpcs = [inProvider(tfVpc('app', '10.1.0.0/16'), pa), inProvider(tfVpc('shared', '10.50.0.0/16'), pb)];
    const { findings, unresolved } = lint([...vpcs, sg('app', 'app', pa), sg('api', 'shared', pb), ref('api', 'app')]);
    expect(findings.map((f) => [f.resource, f.data.region, f.data.peerRegion])).toEqual(want);
    expect(unresolved).toEqual([]);
  });

  it('one configuration whose region is a variable: one region, nothing to report', () => {
    const net = provider('aws.net', fromVar);
    const vpcs = [inProvider(tfVpc('app', '10.1.0.0/16'), net), inProvider(tfVpc('shared', '10.50.0.0/16'), net)];
    expect(lint([...vpcs, sg('app', 'app', net), sg('api', 'shared', net), ref('api', 'app')])).toEqual({ findings: [], unresolved: [] });
  });

  it('two groups of one CloudFormation template are in one region (one stack), even with its region unknown', () => {
    const stack = (r: SourceResource): SourceResource => ({ ...r, format: 'cloudformation', file: 'stack.yaml', provider: undefined });
    const inFile = { file: 'stack.yaml' };
    const resources = [
      tfVpc('app', '10.1.0.0/16', {}, inFile),
      tfVpc('shared', '10.50.0.0/16', {}, inFile),
      tf('aws_security_group', 'app', { id: 'sg-0app' }, { unknown: { vpc_id: linkedTo('aws_vpc.app') }, ...inFile }),
      tf('aws_security_group', 'api', {}, { unknown: { id: {}, vpc_id: linkedTo('aws_vpc.shared') }, ...inFile }),
      tf('aws_vpc_security_group_ingress_rule', 'r', { ip_protocol: 'tcp', from_port: 443, to_port: 443, referenced_security_group_id: 'sg-0app' }, {
        unknown: { security_group_id: linkedTo('aws_security_group.api') },
        ...inFile,
      }),
    ].map(stack);
    expect(lint(resources)).toEqual({ findings: [], unresolved: [] });
  });

  it('two configurations, one with a variable region: unresolved', () => {
    const peer = provider('aws.peer', fromVar);
    const vpcs = [app, inProvider(tfVpc('shared', '10.50.0.0/16'), peer)];
    expect(lint([...vpcs, sg('app', 'app', EU), sg('api', 'shared', peer), ref('api', 'app')])).toEqual({
      findings: [],
      unresolved: [
        {
          resource: 'aws_vpc_security_group_ingress_rule.r',
          reason:
            'whether aws_vpc_security_group_ingress_rule.r and the group it references, aws_security_group.app, are in one region cannot be told: ' +
            'the region of aws_security_group.api is unknown: the region of provider configuration aws.peer comes from var.region, which vpclint does not evaluate',
        },
      ],
    });
  });

  it("AWS provider 6's region argument and a known ARN override the provider configuration", () => {
    const inUs = sg('api', 'app', EU, { region: 'us-east-1' });
    expect(lint([app, sg('app', 'app', EU), inUs, ref('api', 'app')]).findings).toEqual([]); // one VPC: one region
    const vpcInUs = inProvider(tfVpc('shared', '10.50.0.0/16', { arn: 'arn:aws:ec2:us-east-1:111111111111:vpc/vpc-0s' }), EU);
    const apiByArn = sg('api', 'shared', EU, { arn: 'arn:aws:ec2:us-east-1:111111111111:security-group/sg-0a' });
    expect(lint([app, vpcInUs, sg('app', 'app', EU), apiByArn, ref('api', 'app')]).findings.map((f) => [f.data.region, f.data.peerRegion])).toEqual([
      ['us-east-1', 'eu-west-1'],
    ]);
    const apiByArg = sg('api', 'shared', EU, { region: 'ap-south-1' });
    expect(lint([app, vpcInUs, sg('app', 'app', EU), apiByArg, ref('api', 'app')]).findings.map((f) => [f.data.region, f.data.peerRegion])).toEqual([
      ['ap-south-1', 'eu-west-1'],
    ]);
  });

  it('a self reference and a reference within one VPC are fine even with unknown regions', () => {
    const unknownRegion = provider('aws.x', fromVar);
    const vpc = inProvider(tfVpc('app', '10.1.0.0/16'), unknownRegion);
    const groups = [sg('a', 'app', unknownRegion), { ...sg('b', 'app', unknownRegion), provider: () => provider('aws.y', fromVar) }];
    expect(lint([vpc, ...groups, ref('a', 'b'), tf('aws_security_group_rule', 's', { type: 'ingress', self: true, protocol: 'tcp', from_port: 1, to_port: 2 }, { unknown: { security_group_id: linkedTo('aws_security_group.a') } })])).toEqual({
      findings: [],
      unresolved: [],
    });
  });

  describe('a group vpclint cannot link', () => {
    const unlinked = tf('aws_vpc_security_group_ingress_rule', 'r', { ip_protocol: 'tcp', from_port: 443, to_port: 443, referenced_security_group_id: 'sg-0elsewhere' }, {
      unknown: { security_group_id: linkedTo('aws_security_group.app') },
    });
    const pcx = (values: Record<string, unknown>) =>
      inProvider(tf('aws_vpc_peering_connection', 'p', values, { unknown: { vpc_id: linkedTo('aws_vpc.app'), peer_vpc_id: linkedTo('aws_vpc.shared') } }), EU);

    it('in a VPC peered across regions: unresolved', () => {
      expect(lint([app, shared, sg('app', 'app', EU), pcx({ peer_region: 'us-east-1' }), unlinked]).unresolved).toEqual([
        {
          resource: 'aws_vpc_security_group_ingress_rule.r',
          reason:
            'the security group aws_vpc_security_group_ingress_rule.r references is unknown (referenced_security_group_id of aws_vpc_security_group_ingress_rule.r is ' +
            'sg-0elsewhere, which matches no security group in the linted files), and aws_vpc.app is peered with another region (aws_vpc_peering_connection.p), ' +
            'so whether the reference crosses regions cannot be told',
        },
      ]);
    });

    it('in a VPC peered within its region only: nothing to decide', () => {
      expect(lint([app, shared, sg('app', 'app', EU), pcx({ auto_accept: true }), unlinked])).toEqual({ findings: [], unresolved: [] });
    });
  });
});
