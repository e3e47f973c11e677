/**
 * NET304 peering-dns edge cases that need no fixture file: DNS settings off, unknown or on, the
 * option requested on either side, the edges of the RFC 1918 ranges, and which side's option
 * counts for a VPC outside them.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/peering-dns.js';
import { RuleTester } from '../helpers/rule-tester.js';
import type { SourceResource } from '../../src/parse/source.js';
import { linkedTo, tf, tfSecondaryCidr, tfVpc, type FakeUnknown } from '../helpers/source.js';

const tester = new RuleTester({ fields: ['resource', 'messageId', 'severity', 'data'] });
const lint = (resources: readonly SourceResource[]) => tester.lint(rule, resources);

const DNS = [{ allow_remote_vpc_dns_resolution: true }];
const NO_DNS = [{ allow_remote_vpc_dns_resolution: false }];

function pcx(values: Record<string, unknown> = {}, unknown: Record<string, FakeUnknown> = {}): SourceResource {
  return tf('aws_vpc_peering_connection', 'p', { auto_accept: true, ...values }, {
    unknown: { vpc_id: linkedTo('aws_vpc.a'), peer_vpc_id: linkedTo('aws_vpc.b'), ...unknown },
  });
}

const ON = { enable_dns_support: true, enable_dns_hostnames: true };
const settingOff = (vpc: string, setting: string) => ({
  resource: 'aws_vpc_peering_connection.p',
  messageId: 'dnsSettingOff',
  severity: 'note',
  data: { peering: 'aws_vpc_peering_connection.p', vpc, setting },
});

describe('peering-dns: DNS settings of the VPCs', () => {
  const peered = (a: Record<string, unknown>, b: Record<string, unknown>, options: Record<string, unknown>) => () => [
    tfVpc('a', '10.1.0.0/16', a),
    tfVpc('b', '10.2.0.0/16', b),
    pcx(options),
  ];
  tester.run(rule, {
    valid: [
      { name: 'both VPCs have support and hostnames on', input: peered(ON, ON, { requester: DNS }), unresolved: [] },
      { name: 'nothing requested: settings do not matter', input: peered({}, {}, {}), unresolved: [] },
      { name: 'requested false: settings do not matter', input: peered({}, {}, { requester: NO_DNS, accepter: NO_DNS }), unresolved: [] },
    ],
    invalid: [
      { name: 'hostnames default to off', input: peered({ enable_dns_support: true }, ON, { requester: DNS }), findings: [settingOff('aws_vpc.a', 'DNS hostnames')], unresolved: [] },
      {
        name: 'support and hostnames off in the accepter, requested on the accepter side only',
        input: peered(ON, { enable_dns_support: false, enable_dns_hostnames: false }, { accepter: DNS }),
        findings: [settingOff('aws_vpc.b', 'DNS hostnames'), settingOff('aws_vpc.b', 'DNS support')],
        unresolved: [],
      },
    ],
  });

  it('an options resource requests it too', () => {
    const o = tf('aws_vpc_peering_connection_options', 'o', { requester: DNS }, { unknown: { vpc_peering_connection_id: linkedTo('aws_vpc_peering_connection.p') } });
    expect(lint([tfVpc('a', '10.1.0.0/16'), tfVpc('b', '10.2.0.0/16', ON), pcx(), o]).findings).toEqual([settingOff('aws_vpc.a', 'DNS hostnames')]);
  });

  it('a peer known only by ID: its settings are unknown, so unresolved', () => {
    const p = tf('aws_vpc_peering_connection', 'p', { auto_accept: true, peer_vpc_id: 'vpc-0peer', requester: DNS }, { unknown: { vpc_id: linkedTo('aws_vpc.a') } });
    expect(lint([tfVpc('a', '10.1.0.0/16', ON), p])).toEqual({
      findings: [],
      unresolved: ['DNS support', 'DNS hostnames'].map((setting) => ({
        resource: 'aws_vpc_peering_connection.p',
        reason: `aws_vpc_peering_connection.p requests DNS resolution, but whether vpc-0peer has ${setting} on is unknown (vpc-0peer is not defined in the linted files)`,
      })),
    });
  });
});

describe('peering-dns: VPCs outside RFC 1918', () => {
  const outside = (vpc: string, cidr: string, side: string) => ({
    resource: 'aws_vpc_peering_connection.p',
    messageId: 'outsideRfc1918',
    severity: 'note',
    data: { vpc, cidr, peering: 'aws_vpc_peering_connection.p', side },
  });

  const accepterAt = (cidr: string) => ({ name: `the accepter at ${cidr}`, input: () => [tfVpc('a', '10.1.0.0/16', ON), tfVpc('b', cidr, ON), pcx()] });
  tester.run(rule, {
    valid: ['10.255.0.0/16', '172.16.0.0/16', '172.31.240.0/20', '192.168.255.0/24'].map(accepterAt),
    invalid: ['172.32.0.0/16', '172.15.0.0/16', '192.169.0.0/16', '100.64.0.0/16'].map((cidr) => ({ ...accepterAt(cidr), findings: [outside('aws_vpc.b', cidr, 'accepter')] })),
  });

  it("counts only the option on the outside VPC's own side", () => {
    const a = tfVpc('a', '100.70.0.0/16', ON);
    const b = tfVpc('b', '10.2.0.0/16', ON);
    expect(lint([a, b, pcx({ accepter: DNS })]).findings).toEqual([outside('aws_vpc.a', '100.70.0.0/16', 'requester')]);
    expect(lint([a, b, pcx({ requester: DNS })]).findings).toEqual([]);
  });

  it('an unknown option on that side is unresolved', () => {
    const result = lint([tfVpc('a', '100.70.0.0/16', ON), tfVpc('b', '10.2.0.0/16', ON), pcx({}, { requester: { reason: 'value comes from var.dns, which has no value in the plan' } })]);
    expect(result).toEqual({
      findings: [],
      unresolved: [
        {
          resource: 'aws_vpc_peering_connection.p',
          reason:
            'aws_vpc.a (100.70.0.0/16) is outside RFC 1918, and whether the requester side of aws_vpc_peering_connection.p enables DNS resolution is unknown ' +
            '(requester of aws_vpc_peering_connection.p is unknown (value comes from var.dns, which has no value in the plan))',
        },
      ],
    });
  });

  it('a secondary block outside RFC 1918, or a primary block from IPAM, is not checked', () => {
    const secondary = tfSecondaryCidr('pods', 'b', '100.64.0.0/16');
    expect(lint([tfVpc('a', '10.1.0.0/16', ON), tfVpc('b', '10.2.0.0/16', ON), secondary, pcx()])).toEqual({ findings: [], unresolved: [] });
    const ipam = tf('aws_vpc', 'b', { ipv4_ipam_pool_id: 'ipam-pool-1', ...ON }, { unknown: { cidr_block: {} } });
    expect(lint([tfVpc('a', '10.1.0.0/16', ON), ipam, pcx()])).toEqual({ findings: [], unresolved: [] });
  });
});
