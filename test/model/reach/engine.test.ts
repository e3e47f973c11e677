/**
 * Path engine branches on small hand-built models: routing within a VPC and within a subnet,
 * peering acceptance, non-transitive peering, a missing forward route, ICMP echo and all-traffic
 * flows, and endpoint resolution. AWS: https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html,
 * https://docs.aws.amazon.com/vpc/latest/peering/accept-vpc-peering-connection.html,
 * https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html (not transitive),
 * https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html (ICMP and all-traffic entries).
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/model/build.js';
import { resolveEndpoint } from '../../../src/model/reach/endpoints.js';
import type { EndpointSpec, FlowSpec } from '../../../src/model/reach/flow.js';
import { reach } from '../../../src/model/reach/path.js';
import type { SourceResource } from '../../../src/parse/source.js';
import type { NetworkModel } from '../../../src/model/types.js';
import { linkedTo, tf, tfSubnet, tfVpc } from '../../helpers/source.js';
import { readOne } from '../../parse/cloudformation-helpers.js';

function spec(m: NetworkModel, text: string): EndpointSpec {
  const r = resolveEndpoint(m, text);
  if (!r.ok) throw new Error(r.error);
  return r.spec;
}

function path(m: NetworkModel, from: string, to: string, flow: FlowSpec) {
  const r = reach(m, spec(m, from), spec(m, to), flow);
  return { verdict: r.verdict, hops: r.path.map((h) => [h.hop, h.resource, h.decision]), blockedBy: r.blockedBy === undefined ? undefined : [r.blockedBy.hop, r.blockedBy.detail, r.blockedBy.fix] };
}

function route(name: string, table: string, cidr: string, pcx: string): SourceResource {
  return tf('aws_route', name, { destination_cidr_block: cidr }, { unknown: { route_table_id: linkedTo(`aws_route_table.${table}`), vpc_peering_connection_id: linkedTo(`aws_vpc_peering_connection.${pcx}`) } });
}

function table(name: string, vpc: string, subnets: string[]): SourceResource[] {
  return [
    tf('aws_route_table', name, {}, { unknown: { vpc_id: linkedTo(`aws_vpc.${vpc}`) } }),
    ...subnets.map((s) => tf('aws_route_table_association', s, {}, { unknown: { subnet_id: linkedTo(`aws_subnet.${s}`), route_table_id: linkedTo(`aws_route_table.${name}`) } })),
  ];
}

function peering(name: string, a: string, b: string, values: Record<string, unknown> = { auto_accept: true }): SourceResource {
  return tf('aws_vpc_peering_connection', name, values, { unknown: { vpc_id: linkedTo(`aws_vpc.${a}`), peer_vpc_id: linkedTo(`aws_vpc.${b}`) } });
}

const PG: FlowSpec = { protocol: 'tcp', port: 5432 };

describe('within one VPC', () => {
  const m = buildModel([tfVpc('a', '10.0.0.0/16', { tags: { Name: 'app-vpc' } }), tfSubnet('one', 'a', '10.0.1.0/24', { tags: { Name: 'one' } }), tfSubnet('two', 'a', '10.0.2.0/24')]);

  it('uses the local route between two subnets, with both default network ACLs', () => {
    expect(path(m, 'one', 'aws_subnet.two', PG)).toEqual({
      verdict: 'allowed',
      hops: [
        ['nacl-out', 'aws_vpc.a', 'pass'],
        ['route', 'aws_vpc.a', 'pass'],
        ['nacl-in', 'aws_vpc.a', 'pass'],
        ['return-nacl-out', 'aws_vpc.a', 'pass'],
        ['return-route', 'aws_vpc.a', 'pass'],
        ['return-nacl-in', 'aws_vpc.a', 'pass'],
      ],
      blockedBy: undefined,
    });
  });

  it('meets no network ACL between two addresses of one subnet', () => {
    expect(path(m, '10.0.1.5', '10.0.1.6', { protocol: 'all' })).toEqual({
      verdict: 'allowed',
      hops: [
        ['route', 'aws_vpc.a', 'pass'],
        ['return-route', 'aws_vpc.a', 'pass'],
      ],
      blockedBy: undefined,
    });
  });

  it('needs a valid flow: a port for TCP and UDP, ports and ICMP types in range', () => {
    const problem = (flow: FlowSpec) => {
      const r = reach(m, spec(m, 'one'), spec(m, 'aws_subnet.two'), flow);
      return [r.verdict, ...r.reasons];
    };
    expect(problem({ protocol: 'tcp' })).toEqual(['unknown', 'a TCP flow needs a port']);
    expect(problem({ protocol: 'udp', port: 70000 })).toEqual(['unknown', 'port 70000 is not between 0 and 65535']);
    expect(problem({ protocol: 'icmp', port: 300 })).toEqual(['unknown', 'ICMP type 300 is not between 0 and 255']);
    expect(problem({ protocol: 'tcp', port: 22, ephemeral: { from: 60000, to: 1024 } })).toEqual(['unknown', 'the ephemeral port range 60000-1024 is not a range of ports']);
    expect(problem({ protocol: 'tcp', port: 22, ephemeral: { from: 32768, to: 60999 } })).toEqual(['allowed']);
  });
});

describe('across peering connections', () => {
  const base = [
    tfVpc('a', '10.0.0.0/16'),
    tfSubnet('a1', 'a', '10.0.1.0/24'),
    tfVpc('b', '10.1.0.0/16'),
    tfSubnet('b1', 'b', '10.1.1.0/24'),
    tfVpc('c', '10.2.0.0/16'),
    tfSubnet('c1', 'c', '10.2.1.0/24'),
    ...table('a', 'a', ['a1']),
    ...table('b', 'b', ['b1']),
    ...table('c', 'c', ['c1']),
  ];

  it('a connection nothing accepts stays pending: denied at the peering hop', () => {
    const m = buildModel([...base, peering('ab', 'a', 'b', {}), route('a_b', 'a', '10.1.0.0/16', 'ab'), route('b_a', 'b', '10.0.0.0/16', 'ab')]);
    expect(path(m, 'aws_subnet.a1', 'aws_subnet.b1', PG)).toEqual({
      verdict: 'denied',
      hops: [
        ['nacl-out', 'aws_vpc.a', 'pass'],
        ['route', 'aws_route.a_b', 'pass'],
        ['peering', 'aws_vpc_peering_connection.ab', 'block'],
        ['nacl-in', 'aws_vpc.b', 'pass'],
        ['return-nacl-out', 'aws_vpc.b', 'pass'],
        ['return-route', 'aws_route.b_a', 'pass'],
        ['return-nacl-in', 'aws_vpc.a', 'pass'],
      ],
      blockedBy: [
        'peering',
        'aws_vpc_peering_connection.ab joins aws_vpc.a and aws_vpc.b and is not accepted by anything in the linted code (no auto_accept, no accepter), so it stays pending-acceptance.',
        'Accept aws_vpc_peering_connection.ab: set auto_accept = true (same account and region) or add an accepter on the peer side.',
      ],
    });
  });

  it('peering is not transitive: A reaches C only over a connection of its own', () => {
    const m = buildModel([
      ...base,
      peering('ab', 'a', 'b'),
      peering('bc', 'b', 'c'),
      route('a_c', 'a', '10.2.0.0/16', 'ab'),
      route('c_a', 'c', '10.0.0.0/16', 'bc'),
    ]);
    expect(path(m, 'aws_subnet.a1', 'aws_subnet.c1', PG).blockedBy).toEqual([
      'route',
      'aws_route.a_c sends 10.2.0.0/16 over aws_vpc_peering_connection.ab to aws_vpc.b, not to aws_vpc.c (peering is not transitive).',
      'Peer aws_vpc.a with aws_vpc.c directly and route 10.2.1.0/24 over that connection.',
    ]);
  });

  it('a route whose IPv6 destination is unknown (an Amazon-provided block) does not make an IPv4 flow unknown', () => {
    const v6 = tf('aws_route', 'a_b6', {}, {
      unknown: {
        route_table_id: linkedTo('aws_route_table.a'),
        vpc_peering_connection_id: linkedTo('aws_vpc_peering_connection.ab'),
        destination_ipv6_cidr_block: linkedTo('aws_vpc.b', 'ipv6_cidr_block'),
      },
    });
    const m = buildModel([...base, peering('ab', 'a', 'b'), route('a_b', 'a', '10.1.0.0/16', 'ab'), route('b_a', 'b', '10.0.0.0/16', 'ab'), v6]);
    expect(m.routes.find((r) => r.key === 'aws_route.a_b6')?.destination.state).toBe('unknown');
    expect(path(m, 'aws_subnet.a1', 'aws_subnet.b1', PG).verdict).toBe('allowed');
  });

  it('no route for the destination: denied, and the fix names the connection between the VPCs', () => {
    const m = buildModel([...base, peering('ab', 'a', 'b'), route('b_a', 'b', '10.0.0.0/16', 'ab')]);
    const r = path(m, 'aws_subnet.a1', 'aws_subnet.b1', { protocol: 'icmp', port: 8 });
    expect(r.verdict).toBe('denied');
    expect(r.hops.map(([h, , d]) => [h, d])).toEqual([
      ['nacl-out', 'pass'],
      ['route', 'block'],
      ['nacl-in', 'pass'],
      ['return-nacl-out', 'pass'],
      ['return-route', 'pass'],
      ['return-nacl-in', 'pass'],
    ]);
    expect(r.blockedBy).toEqual([
      'route',
      'aws_route_table.a has no route for 10.1.1.0/24, so the traffic is dropped.',
      "Add a route for 10.1.1.0/24 (or aws_vpc.b's block) over aws_vpc_peering_connection.ab to aws_route_table.a.",
    ]);
  });

  it('ICMP echo: the request type goes out, the echo reply (type 0) comes back through the network ACLs', () => {
    const acl = (entries: Record<string, unknown>[]) =>
      tf('aws_network_acl', 'b1', { ingress: entries, egress: [{ rule_no: 100, action: 'allow', protocol: 'icmp', cidr_block: '10.0.0.0/16', ipv6_cidr_block: '', from_port: 0, to_port: 0, icmp_type: 0, icmp_code: -1 }], subnet_ids: [''] }, {
        unknown: { vpc_id: linkedTo('aws_vpc.b'), 'subnet_ids.0': linkedTo('aws_subnet.b1') },
      });
    const echo = { rule_no: 100, action: 'allow', protocol: 'icmp', cidr_block: '10.0.0.0/16', ipv6_cidr_block: '', from_port: 0, to_port: 0, icmp_type: 8, icmp_code: -1 };
    const m = buildModel([...base, peering('ab', 'a', 'b'), route('a_b', 'a', '10.1.0.0/16', 'ab'), route('b_a', 'b', '10.0.0.0/16', 'ab'), acl([echo])]);
    expect(path(m, 'aws_subnet.a1', 'aws_subnet.b1', { protocol: 'icmp', port: 8 }).verdict).toBe('allowed');
    // Every type (a flow of all ICMP) needs more than the echo request entry.
    expect(path(m, 'aws_subnet.a1', 'aws_subnet.b1', { protocol: 'icmp' }).blockedBy?.[1]).toBe(
      'No rule of aws_network_acl.b1 allows the rest of ICMP from 10.0.1.0/24 inbound, so the default rule (*) denies it.',
    );
    // All traffic: an ICMP-only entry decides nothing for it.
    expect(path(m, 'aws_subnet.a1', 'aws_subnet.b1', { protocol: 'all' }).blockedBy?.[1]).toBe(
      'No rule of aws_network_acl.b1 allows all traffic from 10.0.1.0/24 inbound, so the default rule (*) denies it.',
    );
  });
});

describe('resolveEndpoint', () => {
  const m = buildModel([
    tfVpc('a', '10.0.0.0/16', { tags: { Name: 'app' } }),
    tfSubnet('one', 'a', '10.0.1.0/24', { id: 'subnet-0one', tags: { Name: 'app' } }),
    tfSubnet('two', 'a', '10.0.2.0/24', { tags: { Name: 'db' } }),
    tf('aws_security_group', 'db', { name: 'db' }, { unknown: { vpc_id: linkedTo('aws_vpc.a') } }),
    tfVpc('b', '10.0.0.0/16'),
    tfSubnet('b1', 'b', '10.0.1.0/24'),
  ]);
  const kind = (text: string) => {
    const r = resolveEndpoint(m, text);
    if (!r.ok) return r.error;
    const s = r.spec;
    return s.kind === 'subnet' ? `subnet ${s.subnet.key}` : s.kind === 'vpc' ? `vpc ${s.vpc.key}` : s.kind === 'security-group' ? `group ${s.group.key}` : `address ${s.cidr.canonical} in ${s.subnet.key}`;
  };

  it('finds subnets, groups and VPCs by address, real ID and Name tag, and addresses inside one subnet', () => {
    expect(kind('aws_subnet.two')).toBe('subnet aws_subnet.two');
    expect(kind('subnet-0one')).toBe('subnet aws_subnet.one');
    expect(kind('db')).toBe('subnet aws_subnet.two');
    expect(kind('aws_security_group.db')).toBe('group aws_security_group.db');
    expect(kind('aws_vpc.b')).toBe('vpc aws_vpc.b');
    expect(kind('10.0.2.7')).toBe('address 10.0.2.7/32 in aws_subnet.two');
  });

  it('says why it cannot resolve an endpoint', () => {
    expect(kind('app')).toBe('app names several resources (aws_subnet.one, aws_vpc.a): use an address');
    expect(kind('10.0.1.7')).toBe('10.0.1.7 is inside several subnets (aws_subnet.one, aws_subnet.b1): name the subnet instead');
    expect(kind('192.168.0.1')).toBe('192.168.0.1 is not inside a subnet in the linted files');
    expect(kind('10.0.0.1/40')).toBe('10.0.0.1/40 is not a valid IP address or CIDR block: prefix length 40 is out of range for IPv4 (0-32)');
    expect(kind('aws_subnet.nope')).toBe('aws_subnet.nope names no subnet, security group or VPC in the linted files, and is not an IP address or CIDR block');
  });
});

describe('security group rules', () => {
  /** One VPC, subnets one and two; group `web` in two with `ingress`, group `app` in one with `egress`. */
  function groups(ingress: Record<string, unknown>[], egress: Record<string, unknown>[] = [{ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/0'] }]): NetworkModel {
    return buildModel([
      tfVpc('a', '10.0.0.0/16'),
      tfSubnet('one', 'a', '10.0.1.0/24'),
      tfSubnet('two', 'a', '10.0.2.0/24'),
      tf('aws_security_group', 'app', { egress }, { unknown: { vpc_id: linkedTo('aws_vpc.a') } }),
      tf('aws_security_group', 'web', { ingress }, { unknown: { vpc_id: linkedTo('aws_vpc.a'), 'ingress.0.security_groups.0': linkedTo('aws_security_group.app') } }),
    ]);
  }
  const ends = (m: NetworkModel) => {
    const sub = (k: string) => m.subnets.find((s) => s.key === k)!;
    const grp = (k: string) => m.securityGroups.find((g) => g.key === k)!;
    return reach(m, { kind: 'security-group', group: grp('aws_security_group.app'), subnet: sub('aws_subnet.one') }, { kind: 'security-group', group: grp('aws_security_group.web'), subnet: sub('aws_subnet.two') }, { protocol: 'tcp', port: 443 });
  };
  const ingressHop = (m: NetworkModel) => {
    const h = ends(m).path.find((x) => x.hop === 'sg-ingress')!;
    return [h.resource, h.decision, h.detail];
  };

  it('a reference to the source group admits it within one VPC', () => {
    const m = groups([{ protocol: 'tcp', from_port: 443, to_port: 443, security_groups: [''] }]);
    expect(ingressHop(m)).toEqual(['aws_security_group.web', 'pass', 'aws_security_group.web.ingress[0] allows TCP port 443 from members of aws_security_group.app.']);
    expect(ends(m).verdict).toBe('allowed');
  });

  it('a prefix list may hold the source: unknown, never a guess', () => {
    const m = groups([{ protocol: 'tcp', from_port: 443, to_port: 443, prefix_list_ids: ['pl-0123'] }]);
    expect(ingressHop(m)).toEqual([
      'aws_security_group.web',
      'unknown',
      'No rule of aws_security_group.web surely allows TCP port 443 from 10.0.1.0/24 (aws_security_group.app); aws_security_group.web.ingress[0] might, but it allows the managed prefix list pl-0123, whose entries vpclint cannot see.',
    ]);
    expect(ends(m).verdict).toBe('unknown');
  });

  it('a rule for part of the source subnet depends on the instance address: unknown', () => {
    const m = groups([{ protocol: 'tcp', from_port: 443, to_port: 443, cidr_blocks: ['10.0.1.0/28'] }]);
    expect(ingressHop(m)[1]).toBe('unknown');
    expect(ingressHop(m)[2]).toBe(
      'No rule of aws_security_group.web surely allows TCP port 443 from 10.0.1.0/24 (aws_security_group.app); aws_security_group.web.ingress[0] might, but it allows 10.0.1.0/28, only part of 10.0.1.0/24, and which address the instances have is not known.',
    );
  });

  it('a Terraform group without egress rules lets nothing out (the provider removes AWS\'s allow-all rule)', () => {
    const m = groups([{ protocol: 'tcp', from_port: 443, to_port: 443, cidr_blocks: ['10.0.0.0/16'] }], []);
    expect(ends(m).blockedBy).toMatchObject({
      hop: 'sg-egress',
      resource: 'aws_security_group.app',
      detail: 'No egress rule of aws_security_group.app allows TCP port 443 to 10.0.2.0/24 (aws_security_group.web).',
      fix: 'Add an egress rule to aws_security_group.app that allows TCP port 443 to 10.0.2.0/24 or aws_security_group.web.',
    });
  });
});

describe('CloudFormation security groups', () => {
  it('a group without SecurityGroupEgress keeps AWS\'s allow-all egress rule', () => {
    const m = buildModel(
      readOne(
        [
          'Resources:',
          '  A: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }',
          '  One: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref A, CidrBlock: 10.0.1.0/24 } }',
          '  Two: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref A, CidrBlock: 10.0.2.0/24 } }',
          '  App: { Type: AWS::EC2::SecurityGroup, Properties: { GroupDescription: app, VpcId: !Ref A } }',
        ].join('\n'),
      ),
    );
    const r = reach(m, { kind: 'security-group', group: m.securityGroups[0]!, subnet: m.subnets[0]! }, { kind: 'subnet', subnet: m.subnets[1]! }, { protocol: 'udp', port: 53 });
    expect(r.verdict).toBe('allowed');
    expect(r.path[0]).toMatchObject({ hop: 'sg-egress', resource: 'App', decision: 'pass', detail: "App writes no SecurityGroupEgress, so AWS's default rule allows all outbound traffic." });
  });
});
