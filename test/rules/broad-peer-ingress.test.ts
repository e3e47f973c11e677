/**
 * NET403 broad-peer-ingress edge cases that need no fixture file: which protocols and port
 * ranges count as "all", CIDRs that cover a peer block exactly, more widely or only in part, the
 * world (NET401's), egress, peers on either side of the connection, and unknowns.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/broad-peer-ingress.js';
import { lintRule } from '../helpers/lint-rule.js';
import type { SourceResource } from '../../src/parse/source.js';
import { linkedTo, tf, tfVpc, type FakeUnknown } from '../helpers/source.js';

const lint = (resources: readonly SourceResource[]) => lintRule(rule, resources, { fields: ['resource', 'messageId', 'severity', 'data'] });

const app = tfVpc('app', '10.1.0.0/16');
const ops = tfVpc('ops', '10.9.0.0/16', { ipv6_cidr_block: '2001:db8:900::/56' });
const group = tf('aws_security_group', 'app', {}, { unknown: { id: {}, vpc_id: linkedTo('aws_vpc.app') } });
/** app requests the connection, or ops does (the peer is the other side either way). */
const pcx = (requester: string, accepter: string) =>
  tf('aws_vpc_peering_connection', 'p', { auto_accept: true }, { unknown: { vpc_id: linkedTo(`aws_vpc.${requester}`), peer_vpc_id: linkedTo(`aws_vpc.${accepter}`) } });

function rule_(values: Record<string, unknown>, unknown: Record<string, FakeUnknown> = {}): SourceResource {
  return tf('aws_vpc_security_group_ingress_rule', 'r', values, { unknown: { security_group_id: linkedTo('aws_security_group.app'), ...unknown } });
}

function whole(what: string, cidr: string, peerCidr = '10.9.0.0/16') {
  return {
    resource: 'aws_vpc_security_group_ingress_rule.r',
    messageId: 'wholePeer',
    severity: 'note',
    data: { rule: 'aws_vpc_security_group_ingress_rule.r', what, cidr, group: 'aws_security_group.app', peerVpc: 'aws_vpc.ops', peerCidr, peering: 'aws_vpc_peering_connection.p' },
  };
}

describe('broad-peer-ingress', () => {
  it.each([
    { name: 'all traffic from the peer block', values: { ip_protocol: '-1', cidr_ipv4: '10.9.0.0/16' }, want: [whole('all traffic', '10.9.0.0/16')] },
    { name: 'all traffic from a range around the peer block', values: { ip_protocol: '-1', cidr_ipv4: '10.8.0.0/15' }, want: [whole('all traffic', '10.8.0.0/15')] },
    { name: 'all TCP ports', values: { ip_protocol: 'tcp', from_port: 0, to_port: 65535, cidr_ipv4: '10.9.0.0/16' }, want: [whole('all TCP ports', '10.9.0.0/16')] },
    { name: 'all UDP ports (protocol number 17)', values: { ip_protocol: '17', from_port: 0, to_port: 65535, cidr_ipv4: '10.9.0.0/16' }, want: [whole('all UDP ports', '10.9.0.0/16')] },
    { name: 'TCP 1-65535 is not every port', values: { ip_protocol: 'tcp', from_port: 1, to_port: 65535, cidr_ipv4: '10.9.0.0/16' }, want: [] },
    { name: 'ICMP is not "all"', values: { ip_protocol: 'icmp', from_port: -1, to_port: -1, cidr_ipv4: '10.9.0.0/16' }, want: [] },
    { name: 'half of the peer block', values: { ip_protocol: '-1', cidr_ipv4: '10.9.0.0/17' }, want: [] },
    { name: 'the world is NET401\'s', values: { ip_protocol: '-1', cidr_ipv4: '0.0.0.0/0' }, want: [] },
    { name: "the peer's IPv6 block", values: { ip_protocol: '-1', cidr_ipv6: '2001:db8:900::/56' }, want: [whole('all traffic', '2001:db8:900::/56', '2001:db8:900::/56')] },
    { name: 'the own VPC block', values: { ip_protocol: '-1', cidr_ipv4: '10.1.0.0/16' }, want: [] },
  ])('$name', ({ values, want }) => {
    expect(lint([app, ops, pcx('app', 'ops'), group, rule_(values)])).toEqual({ findings: want, unresolved: [] });
  });

  it('the peer may be the requester side', () => {
    expect(lint([app, ops, pcx('ops', 'app'), group, rule_({ ip_protocol: '-1', cidr_ipv4: '10.9.0.0/16' })]).findings).toEqual([whole('all traffic', '10.9.0.0/16')]);
  });

  it('egress rules and unpeered VPCs are not this rule\'s', () => {
    const egress = tf('aws_vpc_security_group_egress_rule', 'e', { ip_protocol: '-1', cidr_ipv4: '10.9.0.0/16' }, { unknown: { security_group_id: linkedTo('aws_security_group.app') } });
    expect(lint([app, ops, pcx('app', 'ops'), group, egress])).toEqual({ findings: [], unresolved: [] });
    expect(lint([app, ops, group, rule_({ ip_protocol: '-1', cidr_ipv4: '10.9.0.0/16' })])).toEqual({ findings: [], unresolved: [] });
  });

  it.each<{ name: string; values: Record<string, unknown>; unknown: Record<string, FakeUnknown>; reason: string }>([
    {
      name: 'the CIDR is unknown',
      values: { ip_protocol: '-1' },
      unknown: { cidr_ipv4: { reason: 'value comes from var.peer_cidr, which has no value in the plan' } },
      reason:
        'aws_vpc_security_group_ingress_rule.r admits all traffic from a CIDR that is unknown (cidr_ipv4 of aws_vpc_security_group_ingress_rule.r is unknown ' +
        '(value comes from var.peer_cidr, which has no value in the plan)), so whether it covers a whole peer VPC of aws_vpc.app cannot be told',
    },
    {
      name: 'the ports are unknown',
      values: { ip_protocol: 'tcp', from_port: 0, cidr_ipv4: '10.9.0.0/16' },
      unknown: { to_port: { reason: 'value comes from var.port, which has no value in the plan' } },
      reason:
        'aws_vpc_security_group_ingress_rule.r admits 10.9.0.0/16, all of aws_vpc.ops, but whether on all ports is unknown ' +
        '(to_port of aws_vpc_security_group_ingress_rule.r is unknown (value comes from var.port, which has no value in the plan))',
    },
  ])('unresolved when $name', ({ values, unknown, reason }) => {
    expect(lint([app, ops, pcx('app', 'ops'), group, rule_(values, unknown)])).toEqual({ findings: [], unresolved: [{ resource: 'aws_vpc_security_group_ingress_rule.r', reason }] });
  });
});
