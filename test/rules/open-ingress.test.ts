/**
 * NET401 open-ingress edge cases that need no fixture file: port classes at the edges of ranges,
 * protocols, /0 literals with host bits, IPv4 and IPv6 together, split ranges that cover the
 * internet (or do not), unknown and wrong-typed values.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/open-ingress.js';
import { RuleTester } from '../helpers/rule-tester.js';
import type { SourceResource } from '../../src/parse/source.js';
import { linkedTo, tf, tfVpc, type FakeUnknown } from '../helpers/source.js';

const tester = new RuleTester({ fields: ['resource', 'messageId', 'severity', 'data'] });
const lint = (resources: readonly SourceResource[]) => tester.lint(rule, resources);

const vpc = tfVpc('main', '10.0.0.0/16');

function group(name: string): SourceResource {
  return tf('aws_security_group', name, { name }, { unknown: { vpc_id: linkedTo('aws_vpc.main') } });
}

/** An aws_security_group_rule attached to aws_security_group.<sg> (default `web`). */
function sgRule(
  name: string,
  values: Record<string, unknown>,
  options: { sg?: string; unknown?: Record<string, FakeUnknown> } = {},
): SourceResource {
  return tf('aws_security_group_rule', name, { type: 'ingress', ...values }, {
    unknown: { security_group_id: linkedTo(`aws_security_group.${options.sg ?? 'web'}`), ...options.unknown },
  });
}

const WORLD4 = { cidr: '0.0.0.0/0', internet: 'IPv4 internet' };

/** The protocol as the model normalizes what the rows write. */
const NORMALIZED: Record<string, string> = { tcp: 'tcp', udp: 'udp', '17': 'udp', icmp: 'icmp', '58': 'icmpv6', '47': '47', '99': '99' };

describe('open-ingress: severity by what a world-open rule admits', () => {
  const rows: { name: string; protocol: string; from: number | string; to: number | string; messageId: string; ports: string; traffic: string; services?: string }[] = [
    { name: 'port 21 is not administrative: warning', protocol: 'tcp', from: 21, to: 21, messageId: 'openPort', ports: '21', traffic: 'tcp port 21' },
    { name: 'port 22 is SSH: error', protocol: 'tcp', from: 22, to: 22, messageId: 'sensitivePort', ports: '22', traffic: 'tcp port 22', services: 'SSH (22)' },
    { name: 'a range ending just below 22 is a warning', protocol: 'tcp', from: 1, to: 21, messageId: 'openPort', ports: '1-21', traffic: 'tcp ports 1-21' },
    { name: 'a range ending at 22 includes SSH', protocol: 'tcp', from: 1, to: 22, messageId: 'sensitivePort', ports: '1-22', traffic: 'tcp ports 1-22', services: 'SSH (22)' },
    { name: 'a range strictly between Telnet (23) and RPC (135) is a warning', protocol: 'tcp', from: 24, to: 134, messageId: 'openPort', ports: '24-134', traffic: 'tcp ports 24-134' },
    { name: 'a range starting at 5432 includes PostgreSQL', protocol: 'tcp', from: 5432, to: 5438, messageId: 'sensitivePort', ports: '5432-5438', traffic: 'tcp ports 5432-5438', services: 'PostgreSQL (5432)' },
    { name: '443 is a warning', protocol: 'tcp', from: 443, to: 443, messageId: 'openPort', ports: '443', traffic: 'tcp port 443' },
    { name: '0-65535 is all ports', protocol: 'tcp', from: 0, to: 65535, messageId: 'allPorts', ports: 'all ports', traffic: 'all tcp ports' },
    { name: '1-65535 is all ports too (port 0 is no service)', protocol: 'tcp', from: 1, to: 65535, messageId: 'allPorts', ports: 'all ports', traffic: 'all tcp ports' },
    {
      name: '2-65535 is not all ports but names the first services and counts the rest',
      protocol: 'tcp', from: 2, to: 65535, messageId: 'sensitivePort', ports: '2-65535', traffic: 'tcp ports 2-65535',
      services: 'SSH (22), Telnet (23), Microsoft RPC (135) and 25 more administrative or database ports',
    },
    { name: 'tcp 0-0 admits only port 0 in AWS, not all ports: warning', protocol: 'tcp', from: 0, to: 0, messageId: 'openPort', ports: '0', traffic: 'tcp port 0' },
    { name: 'tcp -1/-1 is read as all ports', protocol: 'tcp', from: -1, to: -1, messageId: 'allPorts', ports: 'all ports', traffic: 'all tcp ports (written as -1 to -1)' },
    { name: 'an inverted range is read as the range between its ends', protocol: 'tcp', from: 25, to: 20, messageId: 'sensitivePort', ports: '20-25', traffic: 'tcp ports 20-25 (written inverted as 25-20)', services: 'SSH (22) and Telnet (23)' },
    { name: 'a to_port past 65535 is cut at 65535', protocol: 'tcp', from: 9300, to: 70000, messageId: 'sensitivePort', ports: '9300-65535', traffic: 'tcp ports 9300-65535', services: 'Elasticsearch transport (9300), kubelet (10250), Memcached (11211) and 1 more administrative or database port' },
    { name: 'ports written as numeric strings are read as numbers', protocol: 'tcp', from: '3306', to: '3306', messageId: 'sensitivePort', ports: '3306', traffic: 'tcp port 3306', services: 'MySQL (3306)' },
    { name: 'UDP 22 is not SSH: warning', protocol: 'udp', from: 22, to: 22, messageId: 'openPort', ports: '22', traffic: 'udp port 22' },
    { name: 'UDP 3389 is RDP', protocol: 'udp', from: 3389, to: 3389, messageId: 'sensitivePort', ports: '3389', traffic: 'udp port 3389', services: 'RDP (3389)' },
    { name: 'UDP 11211 is Memcached', protocol: 'udp', from: 11211, to: 11211, messageId: 'sensitivePort', ports: '11211', traffic: 'udp port 11211', services: 'Memcached (11211)' },
    { name: 'TCP 137 is not NetBIOS name service (UDP only)', protocol: 'tcp', from: 137, to: 138, messageId: 'openPort', ports: '137-138', traffic: 'tcp ports 137-138' },
    { name: 'every UDP port is all ports', protocol: 'udp', from: 0, to: 65535, messageId: 'allPorts', ports: 'all ports', traffic: 'all udp ports' },
    { name: 'protocol 17 is UDP', protocol: '17', from: 53, to: 53, messageId: 'openPort', ports: '53', traffic: 'udp port 53' },
    { name: 'ICMP with type -1 admits all types', protocol: 'icmp', from: -1, to: -1, messageId: 'openPort', ports: 'all types', traffic: 'ICMP (all types)' },
    { name: 'ICMP type 3 with code -1 admits all codes of the type', protocol: 'icmp', from: 3, to: -1, messageId: 'openPort', ports: 'type 3', traffic: 'ICMP (type 3)' },
    { name: 'protocol 58 is ICMPv6', protocol: '58', from: 128, to: 0, messageId: 'openPort', ports: 'type 128 code 0', traffic: 'ICMPv6 (type 128 code 0)' },
    { name: 'GRE (47) has no ports: warning', protocol: '47', from: 0, to: 0, messageId: 'openPort', ports: 'n/a', traffic: 'IP protocol 47 (GRE)' },
    { name: 'an unnamed protocol number is still named by number', protocol: '99', from: 0, to: 0, messageId: 'openPort', ports: 'n/a', traffic: 'IP protocol 99' },
  ];
  tester.run(rule, {
    invalid: rows.map(({ name, protocol, from, to, messageId, ports, traffic, services }) => ({
      name,
      input: () => [vpc, group('web'), sgRule('r', { protocol, from_port: from, to_port: to, cidr_blocks: ['0.0.0.0/0'] })],
      findings: [
        {
          resource: 'aws_security_group_rule.r',
          messageId,
          severity: messageId === 'openPort' ? 'warning' : 'error',
          data: {
            rule: 'aws_security_group_rule.r',
            group: 'aws_security_group.web',
            ...WORLD4,
            protocol: NORMALIZED[protocol],
            ports,
            traffic,
            ...(services === undefined ? {} : { services }),
          },
        },
      ],
      unresolved: [],
    })),
  });

  it('an ICMP rule without type and code admits all types', () => {
    const r = tf('aws_vpc_security_group_ingress_rule', 'ping', { ip_protocol: 'icmp', cidr_ipv4: '0.0.0.0/0' }, {
      unknown: { security_group_id: linkedTo('aws_security_group.web') },
    });
    expect(lint([vpc, group('web'), r]).findings.map((f) => [f.messageId, f.severity, f.data.ports, f.data.traffic])).toEqual([
      ['openPort', 'warning', 'all types', 'ICMP (all types)'],
    ]);
  });

  it('protocol -1 admits all traffic whatever ports are written', () => {
    const { findings } = lint([vpc, group('web'), sgRule('r', { protocol: '-1', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] })]);
    expect(findings).toEqual([
      {
        resource: 'aws_security_group_rule.r',
        messageId: 'allTraffic',
        severity: 'error',
        data: { rule: 'aws_security_group_rule.r', group: 'aws_security_group.web', ...WORLD4, protocol: 'all', ports: 'all traffic' },
      },
    ]);
  });

  it('an aws_vpc_security_group_ingress_rule for TCP without ports admits all ports', () => {
    const r = tf('aws_vpc_security_group_ingress_rule', 'no_ports', { ip_protocol: 'tcp', cidr_ipv4: '0.0.0.0/0' }, {
      unknown: { security_group_id: linkedTo('aws_security_group.web') },
    });
    expect(lint([vpc, group('web'), r]).findings).toEqual([
      {
        resource: 'aws_vpc_security_group_ingress_rule.no_ports',
        messageId: 'allPorts',
        severity: 'error',
        data: {
          rule: 'aws_vpc_security_group_ingress_rule.no_ports',
          group: 'aws_security_group.web',
          ...WORLD4,
          protocol: 'tcp',
          ports: 'all ports',
          traffic: 'all tcp ports (no port range set)',
        },
      },
    ]);
  });
});

describe('open-ingress: which sources are the whole internet', () => {
  it.each([
    { name: 'an IPv4 /0 with host bits', cidrs: ['10.1.2.3/0'], ipv6: [], cidr: '10.1.2.3/0', internet: 'IPv4 internet' },
    { name: 'an IPv6 /0 with host bits', cidrs: [], ipv6: ['2001:db8::/0'], cidr: '2001:db8::/0', internet: 'IPv6 internet' },
    { name: '::/0 written long-hand', cidrs: [], ipv6: ['0000:0000:0000:0000:0000:0000:0000:0000/0'], cidr: '0000:0000:0000:0000:0000:0000:0000:0000/0', internet: 'IPv6 internet' },
  ])('$name is the world', ({ cidrs, ipv6, cidr, internet }) => {
    const { findings } = lint([
      vpc,
      group('web'),
      sgRule('r', { protocol: 'tcp', from_port: 443, to_port: 443, cidr_blocks: cidrs, ipv6_cidr_blocks: ipv6 }),
    ]);
    expect(findings.map((f) => [f.messageId, f.severity, f.data.cidr, f.data.internet])).toEqual([['openPort', 'warning', cidr, internet]]);
  });

  it.each([
    { name: 'a /1', cidrs: ['0.0.0.0/1'] },
    { name: 'a /32 host', cidrs: ['203.0.113.10/32'] },
    { name: 'an IPv6 /1', ipv6: ['8000::/1'] },
  ])('$name alone is not the world', ({ cidrs, ipv6 }) => {
    const { findings } = lint([
      vpc,
      group('web'),
      sgRule('r', { protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: cidrs ?? [], ipv6_cidr_blocks: ipv6 ?? [] }),
    ]);
    expect(findings).toEqual([]);
  });

  it('reports 0.0.0.0/0 and ::/0 of one rule once each', () => {
    const { findings } = lint([
      vpc,
      group('web'),
      sgRule('r', { protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['10.0.0.0/8', '0.0.0.0/0'], ipv6_cidr_blocks: ['::/0'] }),
    ]);
    // Both sit on one line of one resource; the engine's order between them is by fingerprint.
    expect(findings.map((f) => [f.resource, f.messageId, f.data.cidr, f.data.internet]).sort()).toEqual([
      ['aws_security_group_rule.r', 'sensitivePort', '0.0.0.0/0', 'IPv4 internet'],
      ['aws_security_group_rule.r', 'sensitivePort', '::/0', 'IPv6 internet'],
    ]);
  });

  it('ignores egress, security group, self and prefix-list sources', () => {
    const { findings, unresolved } = lint([
      vpc,
      group('web'),
      group('lb'),
      sgRule('out', { type: 'egress', protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/0'], ipv6_cidr_blocks: ['::/0'] }),
      sgRule('from_lb', { protocol: 'tcp', from_port: 22, to_port: 22 }, { unknown: { source_security_group_id: linkedTo('aws_security_group.lb') } }),
      sgRule('self', { protocol: '-1', from_port: 0, to_port: 0, self: true }),
      sgRule('pl', { protocol: 'tcp', from_port: 22, to_port: 22, prefix_list_ids: ['pl-12345678'] }),
    ]);
    expect(findings).toEqual([]);
    expect(unresolved).toEqual([]);
  });
});

describe('open-ingress: ranges that together cover the internet', () => {
  const lowHalf = sgRule('low', { protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/1'] });

  it('two IPv6 halves cover ::/0', () => {
    const { findings } = lint([
      vpc,
      group('web'),
      sgRule('low', { protocol: 'tcp', from_port: 443, to_port: 443, ipv6_cidr_blocks: ['::/1'] }),
      sgRule('high', { protocol: 'tcp', from_port: 443, to_port: 443, ipv6_cidr_blocks: ['8000::/1'] }),
    ]);
    const common = {
      group: 'aws_security_group.web',
      protocol: 'tcp',
      ports: '443',
      traffic: 'tcp port 443',
      rules: 'aws_security_group_rule.high and aws_security_group_rule.low',
      world: '::/0',
      internet: 'IPv6 internet',
      exposure: 'no administrative or database port among them',
    };
    expect(findings).toEqual([
      { resource: 'aws_security_group_rule.high', messageId: 'coversWorld', severity: 'warning', data: { rule: 'aws_security_group_rule.high', cidr: '8000::/1', ...common } },
      { resource: 'aws_security_group_rule.low', messageId: 'coversWorld', severity: 'warning', data: { rule: 'aws_security_group_rule.low', cidr: '::/1', ...common } },
    ]);
  });

  it('one finding per rule when halves cover IPv4 and IPv6 alike', () => {
    const { findings } = lint([
      vpc,
      group('web'),
      sgRule('a', { protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/1'], ipv6_cidr_blocks: ['::/1'] }),
      sgRule('b', { protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['128.0.0.0/1'], ipv6_cidr_blocks: ['8000::/1'] }),
    ]);
    expect(findings.map((f) => [f.resource, f.messageId, f.severity, f.data.cidr, f.data.world, f.data.internet, f.data.exposure])).toEqual([
      ['aws_security_group_rule.a', 'coversWorld', 'error', '0.0.0.0/1, ::/1', '0.0.0.0/0 and ::/0', 'IPv4 and IPv6 internet', 'every protocol and port'],
      ['aws_security_group_rule.b', 'coversWorld', 'error', '128.0.0.0/1, 8000::/1', '0.0.0.0/0 and ::/0', 'IPv4 and IPv6 internet', 'every protocol and port'],
    ]);
  });

  it('one rule whose own ranges cover the internet names only itself', () => {
    const { findings } = lint([
      vpc,
      group('web'),
      sgRule('quarters', { protocol: 'tcp', from_port: 0, to_port: 65535, cidr_blocks: ['0.0.0.0/2', '64.0.0.0/2', '128.0.0.0/2', '192.0.0.0/2'] }),
    ]);
    expect(findings.map((f) => [f.resource, f.messageId, f.data.cidr, f.data.rules, f.data.exposure])).toEqual([
      ['aws_security_group_rule.quarters', 'coversWorld', '0.0.0.0/2, 64.0.0.0/2, 128.0.0.0/2, 192.0.0.0/2', 'aws_security_group_rule.quarters', 'every port'],
    ]);
  });

  it('a wider rule helps cover a narrower one but is not reported for traffic it does not expose', () => {
    const { findings } = lint([
      vpc,
      group('web'),
      sgRule('ssh_low', { protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/1'] }),
      sgRule('all_high', { protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['128.0.0.0/1'] }),
    ]);
    expect(findings.map((f) => [f.resource, f.messageId, f.severity, f.data.rules, f.data.exposure])).toEqual([
      ['aws_security_group_rule.ssh_low', 'coversWorld', 'error', 'aws_security_group_rule.all_high and aws_security_group_rule.ssh_low', 'including SSH (22)'],
    ]);
  });

  it.each([
    {
      name: 'halves in two different groups',
      rules: [
        sgRule('low', { protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/1'] }, { sg: 'web' }),
        sgRule('high', { protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['128.0.0.0/1'] }, { sg: 'db' }),
      ],
    },
    {
      name: 'halves on different ports',
      rules: [
        sgRule('low', { protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/1'] }),
        sgRule('high', { protocol: 'tcp', from_port: 23, to_port: 23, cidr_blocks: ['128.0.0.0/1'] }),
      ],
    },
    {
      name: 'halves on different protocols',
      rules: [
        sgRule('low', { protocol: 'tcp', from_port: 53, to_port: 53, cidr_blocks: ['0.0.0.0/1'] }),
        sgRule('high', { protocol: 'udp', from_port: 53, to_port: 53, cidr_blocks: ['128.0.0.0/1'] }),
      ],
    },
    {
      name: 'an IPv4 half and an IPv6 half',
      rules: [
        sgRule('low', { protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/1'] }),
        sgRule('high', { protocol: 'tcp', from_port: 22, to_port: 22, ipv6_cidr_blocks: ['8000::/1'] }),
      ],
    },
    {
      name: 'egress halves',
      rules: [
        sgRule('low', { type: 'egress', protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/1'] }),
        sgRule('high', { type: 'egress', protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['128.0.0.0/1'] }),
      ],
    },
    {
      name: 'halves beside a 0.0.0.0/0 rule (which is reported itself, not as a cover)',
      rules: [
        sgRule('low', { protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/1'] }),
        sgRule('world', { protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] }),
      ],
    },
  ])('no cover: $name', ({ name, rules }) => {
    const { findings } = lint([vpc, group('web'), group('db'), ...rules]);
    expect(findings.filter((f) => f.messageId === 'coversWorld')).toEqual([]);
    // Only the last case has a world rule of its own.
    expect(findings.map((f) => f.resource)).toEqual(name.startsWith('halves beside') ? ['aws_security_group_rule.world'] : []);
  });

  it('a rule whose ports are unknown takes no part in a cover', () => {
    const unknownPorts = sgRule('high', { protocol: 'tcp', cidr_blocks: ['128.0.0.0/1'] }, {
      unknown: { from_port: { reason: 'known after apply' }, to_port: { reason: 'known after apply' } },
    });
    expect(lint([vpc, group('web'), lowHalf, unknownPorts]).findings).toEqual([]);
  });

  it('a rule of an unknown group takes no part in a cover', () => {
    const orphan = tf('aws_security_group_rule', 'high', { type: 'ingress', protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['128.0.0.0/1'] }, {
      unknown: { security_group_id: { reason: 'known after apply' } },
    });
    expect(lint([vpc, group('web'), lowHalf, orphan]).findings).toEqual([]);
  });
});

describe('open-ingress: values unknown until apply', () => {
  it('an unknown source CIDR is an unresolved check, not a pass', () => {
    const { findings, unresolved } = lint([
      vpc,
      group('web'),
      sgRule('r', { protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['10.0.0.0/8', null] }, {
        unknown: { 'cidr_blocks.1': { reason: 'known after apply' } },
      }),
    ]);
    expect(findings).toEqual([]);
    expect(unresolved).toEqual([
      {
        resource: 'aws_security_group_rule.r',
        reason: 'cidr_blocks[1] of aws_security_group_rule.r is known after apply, so whether aws_security_group_rule.r admits the whole internet cannot be decided',
      },
    ]);
  });

  it('a malformed source CIDR is left to NET001', () => {
    const { findings, unresolved } = lint([
      vpc,
      group('web'),
      sgRule('r', { protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/33'] }),
    ]);
    expect({ findings, unresolved }).toEqual({ findings: [], unresolved: [] });
  });

  interface UnknownCase {
    name: string;
    values: Record<string, unknown>;
    unknown: Record<string, FakeUnknown>;
    data: Record<string, string>;
  }
  it.each<UnknownCase>([
    {
      name: 'unknown ports with a world source: error, ports unknown',
      values: { protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] },
      unknown: { from_port: { reason: 'known after apply' }, to_port: { reason: 'known after apply' } },
      data: { unknown: 'port range', reason: 'from_port of aws_security_group_rule.r is known after apply' },
    },
    {
      name: 'an unknown protocol with a world source',
      values: { from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] },
      unknown: { protocol: { reason: 'known after apply' } },
      data: { unknown: 'protocol', reason: 'protocol of aws_security_group_rule.r is known after apply' },
    },
    {
      name: 'a wrong-typed port with a world source',
      values: { protocol: 'tcp', from_port: 'ssh', to_port: { port: 22 }, cidr_blocks: ['0.0.0.0/0'] },
      unknown: {},
      data: { unknown: 'port range', reason: 'from_port of aws_security_group_rule.r is not a port number: "ssh"' },
    },
    {
      name: 'a fractional port with a world source',
      values: { protocol: 'udp', from_port: 22.5, to_port: 23, cidr_blocks: ['0.0.0.0/0'] },
      unknown: {},
      data: { unknown: 'port range', reason: 'from_port of aws_security_group_rule.r is not a port number: 22.5' },
    },
  ])('$name', ({ values, unknown, data }) => {
    const { findings, unresolved } = lint([vpc, group('web'), sgRule('r', values, { unknown })]);
    expect(findings).toEqual([
      {
        resource: 'aws_security_group_rule.r',
        messageId: 'unknownPorts',
        severity: 'error',
        data: { rule: 'aws_security_group_rule.r', group: 'aws_security_group.web', ...WORLD4, ...data },
      },
    ]);
    expect(unresolved).toEqual([]);
  });

  it('an unknown ICMP type is still a warning: ICMP never exposes a port', () => {
    const { findings } = lint([
      vpc,
      group('web'),
      sgRule('r', { protocol: 'icmp', to_port: -1, cidr_blocks: ['0.0.0.0/0'] }, { unknown: { from_port: { reason: 'known after apply' } } }),
    ]);
    expect(findings.map((f) => [f.messageId, f.severity, f.data.ports, f.data.traffic])).toEqual([
      ['openPort', 'warning', 'unknown types', 'ICMP (unknown types)'],
    ]);
  });

  it.each<{ name: string; values: Record<string, unknown>; unknown: Record<string, FakeUnknown> }>([
    { name: 'unknown until apply', values: {}, unknown: { security_group_id: { reason: 'known after apply' } } },
    { name: 'an ID outside the linted files', values: { security_group_id: 'sg-123456' }, unknown: {} },
  ])('still reports a rule whose group is $name', ({ values, unknown }) => {
    const r = tf('aws_security_group_rule', 'r', { type: 'ingress', protocol: 'tcp', from_port: 443, to_port: 443, cidr_blocks: ['0.0.0.0/0'], ...values }, { unknown });
    expect(lint([vpc, r]).findings.map((f) => [f.resource, f.messageId, f.data.group])).toEqual([
      ['aws_security_group_rule.r', 'openPort', 'a security group outside the linted files'],
    ]);
  });
});
