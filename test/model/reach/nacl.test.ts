/**
 * Network ACLs in the model (the Terraform adapters) and in the path engine. AWS: entries are
 * evaluated in ascending rule-number order and the first match decides; traffic no entry matches
 * is denied; a subnet without an association uses the VPC's default ACL.
 * https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html
 * Terraform: aws_default_network_acl removes the entries AWS creates and keeps only those written;
 * a refreshed aws_network_acl lists the entries of aws_network_acl_rule resources too.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/model/build.js';
import { reach } from '../../../src/model/reach/path.js';
import type { SourceResource } from '../../../src/parse/source.js';
import type { NetworkModel, Subnet } from '../../../src/model/types.js';
import { linkedTo, tf, tfSubnet, tfVpc } from '../../helpers/source.js';
import { loadModel } from './load.js';

const ENTRY = { cidr_block: '', ipv6_cidr_block: '', icmp_code: 0, icmp_type: 0 };

function entry(rule_no: number, action: string, cidr: string, protocol: string, from = 0, to = 0): Record<string, unknown> {
  return { ...ENTRY, rule_no, action, cidr_block: cidr, protocol, from_port: from, to_port: to };
}

/** A VPC with subnets one (10.0.1.0/24) and two (10.0.2.0/24); two has `acl` with these entries. */
function twoSubnets(ingress: Record<string, unknown>[], egress: Record<string, unknown>[], extra: SourceResource[] = []): NetworkModel {
  return buildModel([
    tfVpc('a', '10.0.0.0/16'),
    tfSubnet('one', 'a', '10.0.1.0/24'),
    tfSubnet('two', 'a', '10.0.2.0/24'),
    tf('aws_network_acl', 'two', { ingress, egress, subnet_ids: [''] }, { unknown: { vpc_id: linkedTo('aws_vpc.a'), 'subnet_ids.0': linkedTo('aws_subnet.two') }, configures: ['vpc_id', 'subnet_ids', 'ingress', 'egress'] }),
    ...extra,
  ]);
}

function subnet(m: NetworkModel, key: string): Subnet {
  const s = m.subnets.find((x) => x.key === key);
  if (s === undefined) throw new Error(`no subnet ${key}`);
  return s;
}

function https(m: NetworkModel) {
  const r = reach(m, { kind: 'subnet', subnet: subnet(m, 'aws_subnet.one') }, { kind: 'subnet', subnet: subnet(m, 'aws_subnet.two') }, { protocol: 'tcp', port: 443 });
  return { verdict: r.verdict, hops: r.path.map((h) => [h.hop, h.resource, h.decision, h.detail]) };
}

const ALL_OUT = [entry(100, 'allow', '0.0.0.0/0', '-1')];

describe('network ACL evaluation', () => {
  it('takes entries in rule-number order, not input order: the deny numbered 90 wins over the allow numbered 100', () => {
    const m = twoSubnets([entry(100, 'allow', '10.0.0.0/16', 'tcp', 443, 443), entry(90, 'deny', '10.0.1.0/24', '-1')], ALL_OUT);
    expect(https(m).verdict).toBe('denied');
    expect(https(m).hops[2]).toEqual(['nacl-in', 'aws_network_acl.two', 'block', 'Rule 90 (ingress[1]) of aws_network_acl.two denies TCP port 443 from 10.0.1.0/24 inbound.']);
  });

  it('lets the first matching allow decide, whatever denies follow', () => {
    const m = twoSubnets([entry(100, 'allow', '10.0.0.0/16', 'tcp', 443, 443), entry(200, 'deny', '0.0.0.0/0', '-1')], ALL_OUT);
    expect(https(m)).toEqual({
      verdict: 'allowed',
      hops: [
        ['nacl-out', 'aws_vpc.a', 'pass', 'aws_subnet.one uses the default network ACL of aws_vpc.a, which AWS creates allowing all outbound traffic.'],
        ['route', 'aws_vpc.a', 'pass', 'aws_vpc.a main route table sends 10.0.2.0/24 to the local route of aws_vpc.a (10.0.0.0/16).'],
        ['nacl-in', 'aws_network_acl.two', 'pass', 'Rule 100 (ingress[0]) of aws_network_acl.two allows TCP port 443 from 10.0.1.0/24 inbound.'],
        ['return-nacl-out', 'aws_network_acl.two', 'pass', 'Rule 100 (egress[0]) of aws_network_acl.two allows TCP ports 1024-65535 to 10.0.1.0/24 outbound.'],
        ['return-route', 'aws_vpc.a', 'pass', 'aws_vpc.a main route table sends the replies to 10.0.1.0/24 to the local route.'],
        ['return-nacl-in', 'aws_vpc.a', 'pass', 'aws_subnet.one uses the default network ACL of aws_vpc.a, which AWS creates allowing all inbound traffic.'],
      ],
    });
  });

  it('needs every address of the flow allowed: two halves allowed by two entries pass, a deny touching the rest blocks', () => {
    const halves = [entry(100, 'allow', '10.0.1.0/25', 'tcp', 443, 443), entry(110, 'allow', '10.0.1.128/25', 'tcp', 0, 65535)];
    expect(https(twoSubnets(halves, ALL_OUT)).hops[2]).toEqual([
      'nacl-in',
      'aws_network_acl.two',
      'pass',
      'Rule 110 (ingress[1]) of aws_network_acl.two allows TCP port 443 from 10.0.1.0/24 inbound.',
    ]);
    const denied = [entry(100, 'allow', '10.0.1.0/25', 'tcp', 443, 443), entry(105, 'deny', '10.0.1.192/26', 'tcp', 443, 443), entry(110, 'allow', '10.0.0.0/16', '-1')];
    expect(https(twoSubnets(denied, ALL_OUT)).hops[2]).toEqual([
      'nacl-in',
      'aws_network_acl.two',
      'block',
      'Rule 105 (ingress[1]) of aws_network_acl.two denies part of TCP port 443 from 10.0.1.0/24 inbound.',
    ]);
  });

  it('denies what no entry matches (the * entry), and says what to add', () => {
    const m = twoSubnets([entry(100, 'allow', '10.0.0.0/16', 'udp', 53, 53)], ALL_OUT);
    const r = reach(m, { kind: 'subnet', subnet: subnet(m, 'aws_subnet.one') }, { kind: 'subnet', subnet: subnet(m, 'aws_subnet.two') }, { protocol: 'tcp', port: 443 });
    expect(r.verdict).toBe('denied');
    expect(r.blockedBy).toEqual({
      hop: 'nacl-in',
      resource: 'aws_network_acl.two',
      location: { file: 'main.tf.json', line: 1 },
      decision: 'block',
      detail: 'No rule of aws_network_acl.two allows TCP port 443 from 10.0.1.0/24 inbound, so the default rule (*) denies it.',
      fix: 'Add an inbound rule to aws_network_acl.two that allows TCP port 443 from 10.0.1.0/24.',
    });
  });

  it('is unknown when an entry that may match first has an unknown value', () => {
    const m = buildModel([
      tfVpc('a', '10.0.0.0/16'),
      tfSubnet('one', 'a', '10.0.1.0/24'),
      tfSubnet('two', 'a', '10.0.2.0/24'),
      tf('aws_network_acl', 'two', { ingress: [entry(50, 'deny', '', '-1'), entry(100, 'allow', '0.0.0.0/0', '-1')], egress: ALL_OUT, subnet_ids: [''] }, {
        unknown: { vpc_id: linkedTo('aws_vpc.a'), 'subnet_ids.0': linkedTo('aws_subnet.two'), 'ingress.0.cidr_block': { reason: 'known after apply', refs: [] } },
        configures: ['vpc_id', 'subnet_ids', 'ingress', 'egress'],
      }),
    ]);
    const r = https(m);
    expect(r.verdict).toBe('unknown');
    expect(r.hops[2]).toEqual([
      'nacl-in',
      'aws_network_acl.two',
      'unknown',
      'aws_network_acl.two cannot be evaluated: aws_network_acl.two.ingress[0] may match first, but ingress[0].cidr_block of aws_network_acl.two is known after apply.',
    ]);
  });
});

describe('Terraform network ACLs in the model', () => {
  it('aws_default_network_acl is the VPC default ACL and holds only the entries written: none means every subnet without an ACL is cut off', () => {
    const m = buildModel([
      tfVpc('a', '10.0.0.0/16'),
      tfSubnet('one', 'a', '10.0.1.0/24'),
      tfSubnet('two', 'a', '10.0.2.0/24'),
      tf('aws_default_network_acl', 'a', { ingress: [], egress: [] }, { unknown: { default_network_acl_id: linkedTo('aws_vpc.a', 'default_network_acl_id'), vpc_id: { computed: true } } }),
    ]);
    const acl = m.networkAcls?.[0];
    expect([acl?.key, acl?.isDefault, acl?.vpc.state === 'known' ? acl.vpc.value.key : undefined, acl?.entries]).toEqual(['aws_default_network_acl.a', true, 'aws_vpc.a', []]);
    const r = reach(m, { kind: 'subnet', subnet: subnet(m, 'aws_subnet.one') }, { kind: 'subnet', subnet: subnet(m, 'aws_subnet.two') }, { protocol: 'tcp', port: 443 });
    expect(r.verdict).toBe('denied');
    expect(r.blockedBy).toMatchObject({ hop: 'nacl-out', resource: 'aws_default_network_acl.a', detail: 'No rule of aws_default_network_acl.a allows TCP port 443 to 10.0.2.0/24 outbound, so the default rule (*) denies it.' });
  });

  it('reads inline entries (all protocols as ports 0-65535, ICMP type and code), rule resources and associations', () => {
    const m = buildModel([
      tfVpc('a', '10.0.0.0/16'),
      tfSubnet('one', 'a', '10.0.1.0/24'),
      tf('aws_network_acl', 'x', { ingress: [{ ...entry(100, 'allow', '10.0.0.0/8', 'icmp'), icmp_type: 8, icmp_code: -1 }], egress: [entry(100, 'allow', '0.0.0.0/0', '-1', 0, 0)] }, {
        unknown: { vpc_id: linkedTo('aws_vpc.a') },
      }),
      tf('aws_network_acl_rule', 'deny_db', { rule_number: 90, egress: false, protocol: 'tcp', rule_action: 'deny', cidr_block: '0.0.0.0/0', from_port: 5432, to_port: 5432 }, {
        unknown: { network_acl_id: linkedTo('aws_network_acl.x') },
      }),
      tf('aws_network_acl_association', 'one', {}, { unknown: { network_acl_id: linkedTo('aws_network_acl.x'), subnet_id: linkedTo('aws_subnet.one') } }),
    ]);
    const entries = (m.networkAclEntries ?? []).map((e) => ({
      key: e.key,
      egress: e.egress.state === 'known' ? e.egress.value : '?',
      rule: e.ruleNumber.state === 'known' ? e.ruleNumber.value : '?',
      action: e.action.state === 'known' ? e.action.value : '?',
      protocol: e.protocol.state === 'known' ? e.protocol.value : '?',
      cidr: e.cidr.state === 'known' ? e.cidr.value.canonical : '?',
      ports: [e.fromPort.state === 'known' ? e.fromPort.value : '?', e.toPort.state === 'known' ? e.toPort.value : '?'],
    }));
    expect(entries).toEqual([
      { key: 'aws_network_acl.x.ingress[0]', egress: false, rule: 100, action: 'allow', protocol: 'icmp', cidr: '10.0.0.0/8', ports: [8, -1] },
      { key: 'aws_network_acl.x.egress[0]', egress: true, rule: 100, action: 'allow', protocol: 'all', cidr: '0.0.0.0/0', ports: [0, 65535] },
      { key: 'aws_network_acl_rule.deny_db', egress: false, rule: 90, action: 'deny', protocol: 'tcp', cidr: '0.0.0.0/0', ports: [5432, 5432] },
    ]);
    const one = subnet(m, 'aws_subnet.one');
    expect(one.networkAcl?.state === 'known' ? one.networkAcl.value.key : undefined).toBe('aws_network_acl.x');
    expect(m.networkAcls?.[0]?.subnets.map((s) => s.key)).toEqual(['aws_subnet.one']);
  });

  it('a refreshed ACL list skips the entries standalone aws_network_acl_rule resources manage (they are those resources)', () => {
    const m = buildModel([
      tfVpc('a', '10.0.0.0/16', { id: 'vpc-a' }, { action: 'no-op' }),
      tf('aws_network_acl', 'x', { id: 'acl-x', vpc_id: 'vpc-a', ingress: [entry(100, 'allow', '10.0.0.0/8', 'tcp', 443, 443), entry(200, 'allow', '10.1.0.0/16', 'tcp', 22, 22)], egress: [] }, { action: 'no-op', configures: ['vpc_id'] }),
      tf('aws_network_acl_rule', 'ssh', { network_acl_id: 'acl-x', rule_number: 200, egress: false, protocol: 'tcp', rule_action: 'allow', cidr_block: '10.1.0.0/16', from_port: 22, to_port: 22 }, { action: 'no-op' }),
    ]);
    expect((m.networkAclEntries ?? []).map((e) => e.key)).toEqual(['aws_network_acl.x.ingress[0]', 'aws_network_acl_rule.ssh']);
  });

  it('an ACL whose subnet list is unknown makes the subnets of its VPC without an association unknown', () => {
    const m = buildModel([
      tfVpc('a', '10.0.0.0/16'),
      tfSubnet('one', 'a', '10.0.1.0/24'),
      tfSubnet('two', 'a', '10.0.2.0/24'),
      tf('aws_network_acl', 'x', { ingress: [], egress: [] }, { unknown: { vpc_id: linkedTo('aws_vpc.a'), subnet_ids: { reason: 'known after apply', refs: [] } } }),
    ]);
    expect(m.networkAcls?.[0]?.subnetsIncomplete).toBe('subnet_ids of aws_network_acl.x is known after apply');
    const r = https(m);
    expect(r.verdict).toBe('unknown');
    expect(r.hops[0]).toEqual([
      'nacl-out',
      'aws_network_acl.x',
      'unknown',
      'aws_subnet.one has no network ACL association, but aws_network_acl.x may be associated with it: its subnets are unknown (subnet_ids of aws_network_acl.x is known after apply).',
    ]);
  });
});

describe('a refreshed plan of an existing ACL whose entries are rule resources (fixtures/reach/existing-acl.plan.json, a real plan)', () => {
  // Terraform lists the set sorted by its own hash: rule 90 is the second element.
  it('keeps the entry added outside Terraform and each rule resource once, and rule 90 denies the flow', async () => {
    const m = await loadModel('fixtures/reach/existing-acl.plan.json');
    expect((m.networkAclEntries ?? []).map((e) => e.key)).toEqual(['aws_network_acl.two.ingress[1]', 'aws_network_acl_rule.https_in', 'aws_network_acl_rule.replies_out']);
    const r = reach(m, { kind: 'subnet', subnet: subnet(m, 'aws_subnet.one') }, { kind: 'subnet', subnet: subnet(m, 'aws_subnet.two') }, { protocol: 'tcp', port: 443 });
    expect(r.verdict).toBe('denied');
    expect(r.path.map((h) => [h.hop, h.resource, h.decision])).toEqual([
      ['nacl-out', 'aws_vpc.a', 'pass'],
      ['route', 'aws_vpc.a', 'pass'],
      ['nacl-in', 'aws_network_acl.two', 'block'],
      ['return-nacl-out', 'aws_network_acl_rule.replies_out', 'pass'],
      ['return-route', 'aws_vpc.a', 'pass'],
      ['return-nacl-in', 'aws_vpc.a', 'pass'],
    ]);
    expect(r.blockedBy?.detail).toBe('Rule 90 (ingress[1]) of aws_network_acl.two denies TCP port 443 from 10.0.1.0/24 inbound.');
  });
});
