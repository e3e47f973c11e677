/**
 * NET001 invalid-cidr edge cases that need no fixture file: host bits at every prefix edge, /0
 * literals with host bits, IPv6, wrong families, wrong types, unknown values.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/invalid-cidr.js';
import { RuleTester } from '../helpers/rule-tester.js';
import type { SourceResource } from '../../src/parse/source.js';
import { linkedTo, tf, tfVpc } from '../helpers/source.js';

const tester = new RuleTester({ fields: ['resource', 'messageId', 'severity', 'data'] });
const lint = (resources: readonly SourceResource[]) => tester.lint(rule, resources);

/** A VPC whose primary block is `cidr` (any JSON value). */
function vpcWith(cidr: unknown): SourceResource[] {
  return [tfVpc('v', cidr as string)];
}

/** An ingress rule whose IPv6 source is `cidr`. */
function ipv6Rule(cidr: unknown): SourceResource[] {
  return [
    tfVpc('main', '10.0.0.0/16'),
    tf('aws_security_group', 'g', { name: 'g' }, { unknown: { vpc_id: linkedTo('aws_vpc.main') } }),
    tf('aws_vpc_security_group_ingress_rule', 'r', { ip_protocol: 'tcp', from_port: 443, to_port: 443, cidr_ipv6: cidr }, {
      unknown: { security_group_id: linkedTo('aws_security_group.g') },
    }),
  ];
}

describe('invalid-cidr: literals that are fine', () => {
  tester.run(rule, {
    valid: [
      { name: 'a network address', input: vpcWith('10.0.0.0/16'), unresolved: [] },
      { name: 'the IPv4 world', input: vpcWith('0.0.0.0/0'), unresolved: [] },
      { name: 'a /32 host (no host bits by definition)', input: vpcWith('10.0.0.1/32'), unresolved: [] },
      { name: 'an IPv6 /128 host', input: ipv6Rule('2001:db8::1/128'), unresolved: [] },
      { name: 'IPv6 in capitals (AWS accepts any case)', input: ipv6Rule('2001:DB8::/32'), unresolved: [] },
      { name: 'the IPv6 world', input: ipv6Rule('::/0'), unresolved: [] },
    ],
  });

  it('says nothing about a CIDR that is unknown until apply', () => {
    const vpc = tf('aws_vpc', 'ipam', {}, { unknown: { cidr_block: { reason: 'known after apply' } } });
    expect(lint([vpc])).toEqual({ findings: [], unresolved: [] });
  });
});

describe('invalid-cidr: host bits', () => {
  tester.run(rule, {
    invalid: [
      { name: 'one host bit at /16', cidr: '10.0.0.1/16', canonical: '10.0.0.0/16' },
      { name: 'the last host bit of a /31', cidr: '10.0.0.1/31', canonical: '10.0.0.0/31' },
      { name: 'a /22 that starts inside the block', cidr: '10.0.1.0/22', canonical: '10.0.0.0/22' },
      { name: 'a /1 with the top octet below 128', cidr: '127.0.0.0/1', canonical: '0.0.0.0/1' },
    ].map(({ name, cidr, canonical }) => ({
      name: `IPv4: ${name}`,
      input: vpcWith(cidr),
      findings: [{ resource: 'aws_vpc.v', messageId: 'hostBits', severity: 'error', data: { resource: 'aws_vpc.v', attribute: 'cidr_block', cidr, canonical } }],
    })),
  });

  it('IPv6 host bits give the network as RFC 5952 text', () => {
    expect(lint(ipv6Rule('2001:DB8:0:0:1::/48')).findings).toEqual([
      {
        resource: 'aws_vpc_security_group_ingress_rule.r',
        messageId: 'hostBits',
        severity: 'error',
        data: { resource: 'aws_vpc_security_group_ingress_rule.r', attribute: 'cidr_ipv6', cidr: '2001:DB8:0:0:1::/48', canonical: '2001:db8::/48' },
      },
    ]);
  });

  it.each([
    { name: 'IPv4', resources: vpcWith('192.168.1.0/0'), resource: 'aws_vpc.v', attribute: 'cidr_block', cidr: '192.168.1.0/0', canonical: '0.0.0.0/0', internet: 'IPv4 internet' },
    {
      name: 'IPv6',
      resources: ipv6Rule('fd00::/0'),
      resource: 'aws_vpc_security_group_ingress_rule.r',
      attribute: 'cidr_ipv6',
      cidr: 'fd00::/0',
      canonical: '::/0',
      internet: 'IPv6 internet',
    },
  ])('a /0 with host bits is the whole internet ($name)', ({ resources, resource, attribute, cidr, canonical, internet }) => {
    expect(lint(resources).findings).toEqual([
      { resource, messageId: 'hostBitsWorld', severity: 'error', data: { resource, attribute, cidr, canonical, internet } },
    ]);
  });
});

describe('invalid-cidr: malformed literals', () => {
  it.each([
    { name: 'no prefix length', value: '10.0.0.0', cidr: '10.0.0.0', reason: 'missing prefix length (expected address/prefix, e.g. 10.0.0.0/16) in "10.0.0.0"' },
    { name: 'leading whitespace', value: ' 10.0.0.0/16', cidr: ' 10.0.0.0/16', reason: 'has leading or trailing whitespace' },
    { name: 'an octet with a leading zero', value: '010.0.0.0/8', cidr: '010.0.0.0/8', reason: 'octet "010" has a leading zero' },
    { name: 'an octet past 255', value: '10.0.256.0/24', cidr: '10.0.256.0/24', reason: 'octet "256" is out of range (0-255)' },
    { name: 'a number instead of a string', value: 10, cidr: '10', reason: 'expected a CIDR string, got a number' },
    { name: 'a very long string, cut in the message', value: `10.0.0.0/16${' '.repeat(100)}x`, cidr: `10.0.0.0/16${' '.repeat(53)}…`, reason: 'contains whitespace' },
    { name: 'a list instead of a string', value: ['10.0.0.0/16'], cidr: 'a list', reason: 'expected a CIDR string, got an array' },
  ])('$name', ({ value, cidr, reason }) => {
    expect(lint(vpcWith(value)).findings).toEqual([
      { resource: 'aws_vpc.v', messageId: 'malformed', severity: 'error', data: { resource: 'aws_vpc.v', attribute: 'cidr_block', cidr, reason } },
    ]);
  });

  it.each([
    { name: 'an IPv6 block in an IPv4 attribute', resources: vpcWith('2001:db8::/56'), resource: 'aws_vpc.v', attribute: 'cidr_block', cidr: '2001:db8::/56', family: 'IPv6', expected: 'IPv4' },
    { name: 'an IPv4 block in an IPv6 attribute', resources: ipv6Rule('10.0.0.0/8'), resource: 'aws_vpc_security_group_ingress_rule.r', attribute: 'cidr_ipv6', cidr: '10.0.0.0/8', family: 'IPv4', expected: 'IPv6' },
  ])('$name is reported as the wrong family, not as malformed', ({ resources, resource, attribute, cidr, family, expected }) => {
    expect(lint(resources).findings).toEqual([
      { resource, messageId: 'wrongFamily', severity: 'error', data: { resource, attribute, cidr, family, expected } },
    ]);
  });

  it('reports each bad literal of one resource separately, by attribute', () => {
    const resources = [
      tfVpc('main', '10.0.0.0/16'),
      tf('aws_security_group', 'g', { name: 'g' }, { unknown: { vpc_id: linkedTo('aws_vpc.main') } }),
      tf('aws_security_group_rule', 'r', { type: 'ingress', protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['10.0.0.1/8', '10.0.0.0/8', '10.0.0/8'] }, {
        unknown: { security_group_id: linkedTo('aws_security_group.g') },
      }),
    ];
    expect(lint(resources).findings.map((f) => [f.messageId, f.data.attribute, f.data.cidr]).sort()).toEqual([
      ['hostBits', 'cidr_blocks[0]', '10.0.0.1/8'],
      ['malformed', 'cidr_blocks[2]', '10.0.0/8'],
    ]);
  });
});
