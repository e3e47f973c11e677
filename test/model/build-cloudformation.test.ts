// The CloudFormation adapters: templates (read by the real parser) into the NetworkModel. Links
// by Ref / Fn::GetAtt, across templates by Fn::ImportValue, external VPCs and route tables given
// as parameters, security group rules, routes, peering acceptance and network ACLs.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import type { NetworkModel, RouteTable, Vpc } from '../../src/model/types.js';
import { readOne, readRun } from '../parse/cloudformation-helpers.js';

function model(text: string, parameters: Record<string, string> = {}): NetworkModel {
  return buildModel(readOne(text, parameters));
}

function vpc(m: NetworkModel, key: string): Vpc {
  const v = m.vpcs.find((x) => x.key === key);
  if (v === undefined) throw new Error(`no VPC ${key}: ${m.vpcs.map((x) => x.key).join(', ')}`);
  return v;
}

function table(m: NetworkModel, key: string): RouteTable {
  const t = m.routeTables.find((x) => x.key === key);
  if (t === undefined) throw new Error(`no table ${key}: ${m.routeTables.map((x) => x.key).join(', ')}`);
  return t;
}

const known = <T>(value: T) => ({ state: 'known', value });

describe('VPCs and their blocks', () => {
  const m = model(
    [
      'Resources:',
      '  App:',
      '    Type: AWS::EC2::VPC',
      '    Properties:',
      '      CidrBlock: 10.0.0.0/16',
      '      EnableDnsHostnames: true',
      '      Tags: [{Key: Name, Value: app-vpc}]',
      '  Secondary:',
      '    Type: AWS::EC2::VPCCidrBlock',
      '    Properties:',
      '      VpcId: !Ref App',
      '      CidrBlock: 100.64.0.0/16',
      '  V6:',
      '    Type: AWS::EC2::VPCCidrBlock',
      '    Properties:',
      '      VpcId: !GetAtt App.VpcId',
      '      AmazonProvidedIpv6CidrBlock: true',
      '  Pooled:',
      '    Type: AWS::EC2::VPC',
      '    Properties:',
      '      Ipv4IpamPoolId: ipam-pool-0123',
      '      Ipv4NetmaskLength: 20',
    ].join('\n'),
    { 'AWS::Region': 'eu-west-1' },
  );

  it('reads the primary, secondary and IPv6 blocks, each with its subject', () => {
    const app = vpc(m, 'App');
    expect(app.cidrBlocks.map((b) => [b.kind, b.cidr.state === 'known' ? b.cidr.value.canonical : b.cidr, b.subject.resource.address, b.subject.path, b.amazonProvided ?? false])).toEqual([
      ['ipv4-primary', '10.0.0.0/16', 'App', ['CidrBlock'], false],
      ['ipv4-secondary', '100.64.0.0/16', 'Secondary', ['CidrBlock'], false],
      ['ipv6', { state: 'unknown', reason: 'the Amazon-provided IPv6 block of V6 is allocated at deploy time' }, 'V6', ['Ipv6CidrBlock'], true],
    ]);
    expect(app.blocksIncomplete).toBeUndefined();
  });

  it('reads DNS settings with their defaults, the Name tag, and the stack region given as a pseudo parameter', () => {
    const app = vpc(m, 'App');
    expect([app.enableDnsSupport, app.enableDnsHostnames, app.name, app.external, app.region]).toEqual([known(true), known(true), 'app-vpc', false, known('eu-west-1')]);
    expect(app.accountId).toEqual({
      state: 'unknown',
      reason: "the account of App is the stack's, not known before deployment (give it with --parameter AWS::AccountId=…)",
    });
    expect(app.id).toEqual({ state: 'unknown', reason: 'the ID of App is not known before deployment' });
  });

  it('keeps a block from an IPAM pool unknown', () => {
    expect(vpc(m, 'Pooled').cidrBlocks).toEqual([
      { kind: 'ipv4-primary', cidr: { state: 'unknown', reason: 'CidrBlock of Pooled is allocated from an IPAM pool at deploy time' }, subject: expect.objectContaining({ path: ['CidrBlock'] }) },
    ]);
  });
});

describe('subnets, route tables and routes', () => {
  const m = model(
    [
      'Resources:',
      '  Vpc:',
      '    Type: AWS::EC2::VPC',
      '    Properties:',
      '      CidrBlock: 10.0.0.0/16',
      '  Public:',
      '    Type: AWS::EC2::Subnet',
      '    Properties:',
      '      VpcId: !Ref Vpc',
      '      CidrBlock: !Select [0, !Cidr [!GetAtt Vpc.CidrBlock, 2, 8]]',
      '  Private:',
      '    Type: AWS::EC2::Subnet',
      '    Properties:',
      '      VpcId: !Ref Vpc',
      '      CidrBlock: !Select [1, !Cidr [!GetAtt Vpc.CidrBlock, 2, 8]]',
      '  PublicTable:',
      '    Type: AWS::EC2::RouteTable',
      '    Properties:',
      '      VpcId: !Ref Vpc',
      '  PublicAssoc:',
      '    Type: AWS::EC2::SubnetRouteTableAssociation',
      '    Properties:',
      '      SubnetId: !Ref Public',
      '      RouteTableId: !Ref PublicTable',
      '  Igw:',
      '    Type: AWS::EC2::InternetGateway',
      '  Default:',
      '    Type: AWS::EC2::Route',
      '    Properties:',
      '      RouteTableId: !Ref PublicTable',
      '      DestinationCidrBlock: 0.0.0.0/0',
      '      GatewayId: !Ref Igw',
      '  ToS3:',
      '    Type: AWS::EC2::Route',
      '    Properties:',
      '      RouteTableId: !Ref PublicTable',
      '      DestinationPrefixListId: pl-63a5400a',
      '      VpcEndpointId: vpce-0123',
      '  V6Out:',
      '    Type: AWS::EC2::Route',
      '    Properties:',
      '      RouteTableId: !Ref PublicTable',
      '      DestinationIpv6CidrBlock: ::/0',
      '      EgressOnlyInternetGatewayId: eigw-0123',
      '  NoTarget:',
      '    Type: AWS::EC2::Route',
      '    Properties:',
      '      RouteTableId: !Ref PublicTable',
      '      DestinationCidrBlock: 10.9.0.0/16',
    ].join('\n'),
  );

  it('links subnets to their VPC, with ranges carved by Fn::Cidr', () => {
    expect(m.subnets.map((s) => [s.key, s.cidr.state === 'known' ? s.cidr.value.canonical : s.cidr, s.vpc.state === 'known' ? s.vpc.value.key : s.vpc])).toEqual([
      ['Public', '10.0.0.0/24', 'Vpc'],
      ['Private', '10.0.1.0/24', 'Vpc'],
    ]);
  });

  it('gives a subnet without association the main table CloudFormation cannot add routes to', () => {
    const [pub, priv] = m.subnets;
    expect([pub?.explicitAssociation, pub?.routeTable.state === 'known' && pub.routeTable.value.key]).toEqual([true, 'PublicTable']);
    expect([priv?.explicitAssociation, priv?.routeTable.state === 'known' && priv.routeTable.value.key]).toEqual([false, 'Vpc main route table']);
    const main = vpc(m, 'Vpc').mainRouteTable;
    expect([main.implicit, main.routes.length, main.routesIncomplete]).toEqual([true, 0, undefined]);
  });

  it('reads destinations and target kinds', () => {
    expect(
      table(m, 'PublicTable').routes.map((r) => [
        r.key,
        r.destination.state === 'known' ? r.destination.value.canonical : r.destination.state,
        r.destinationPath,
        r.destinationPrefixListId.state === 'known' ? r.destinationPrefixListId.value : r.destinationPrefixListId.state,
        r.target.kind,
        r.inline,
      ]),
    ).toEqual([
      ['Default', '0.0.0.0/0', ['DestinationCidrBlock'], 'absent', 'gateway', false],
      ['ToS3', 'absent', ['DestinationPrefixListId'], 'pl-63a5400a', 'vpc-endpoint', false],
      ['V6Out', '::/0', ['DestinationIpv6CidrBlock'], 'absent', 'egress-only-gateway', false],
      ['NoTarget', '10.9.0.0/16', ['DestinationCidrBlock'], 'absent', 'unknown', false],
    ]);
    expect(table(m, 'PublicTable').routes[3]?.target).toEqual({ kind: 'unknown', reason: 'NoTarget has no target' });
  });
});

describe('peering with VPCs and route tables given as parameters', () => {
  const text = [
    'Parameters:',
    '  PeerVpcId:',
    '    Type: AWS::EC2::VPC::Id',
    '  PeerRouteTableId:',
    '    Type: String',
    '  PeerCidr:',
    '    Type: String',
    '    Default: 10.1.0.0/16',
    'Resources:',
    '  Vpc:',
    '    Type: AWS::EC2::VPC',
    '    Properties:',
    '      CidrBlock: 10.0.0.0/16',
    '  Table:',
    '    Type: AWS::EC2::RouteTable',
    '    Properties:',
    '      VpcId: !Ref Vpc',
    '  Peering:',
    '    Type: AWS::EC2::VPCPeeringConnection',
    '    Properties:',
    '      VpcId: !Ref Vpc',
    '      PeerVpcId: !Ref PeerVpcId',
    '  ToPeer:',
    '    Type: AWS::EC2::Route',
    '    Properties:',
    '      RouteTableId: !Ref Table',
    '      DestinationCidrBlock: !Ref PeerCidr',
    '      VpcPeeringConnectionId: !Ref Peering',
    '  FromPeer:',
    '    Type: AWS::EC2::Route',
    '    Properties:',
    '      RouteTableId: !Ref PeerRouteTableId',
    '      DestinationCidrBlock: !GetAtt Vpc.CidrBlock',
    '      VpcPeeringConnectionId: !Ref Peering',
  ].join('\n');

  it('makes a VPC parameter without a value an external VPC of that parameter', () => {
    const m = model(text);
    const peer = vpc(m, 'PeerVpcId');
    const why = 'PeerVpcId is a template parameter without a value: the VPC is not defined in the linted files';
    expect([peer.external, peer.label, peer.blocksIncomplete, peer.cidrBlocks, peer.id]).toEqual([true, 'PeerVpcId', why, [], { state: 'unknown', reason: why }]);
    const [peering] = m.peerings;
    expect([peering?.requester.state === 'known' && peering.requester.value.key, peering?.accepter.state === 'known' && peering.accepter.value.key]).toEqual(['Vpc', 'PeerVpcId']);
    expect(peer.peerings).toEqual([peering]);
    expect(vpc(m, 'Vpc').peerings).toEqual([peering]);
  });

  it("puts the routes a template adds to a peer's route table into that peer's table", () => {
    const m = model(text);
    const peerTable = table(m, 'PeerRouteTableId');
    expect([peerTable.vpc.state === 'known' && peerTable.vpc.value.key, peerTable.routes.map((r) => r.key), peerTable.routesIncomplete]).toEqual([
      'PeerVpcId',
      ['FromPeer'],
      'the other routes of PeerRouteTableId are not in the linted files',
    ]);
    expect(vpc(m, 'PeerVpcId').routeTables.map((t) => t.key)).toEqual(['PeerVpcId main route table', 'PeerRouteTableId']);
  });

  it('joins a VPC parameter with a value by its ID, and makes a known rtb- ID an external table', () => {
    const m = model(text, { PeerVpcId: 'vpc-0peer', PeerRouteTableId: 'rtb-0peer' });
    const peer = vpc(m, 'vpc-0peer');
    expect([peer.external, peer.id]).toEqual([true, known('vpc-0peer')]);
    const peerTable = table(m, 'rtb-0peer');
    expect([peerTable.id, peerTable.vpc.state === 'known' && peerTable.vpc.value.key, peerTable.routes.map((r) => r.key)]).toEqual([
      known('rtb-0peer'),
      'vpc-0peer',
      ['FromPeer'],
    ]);
  });

  it('places an external table by the subnet it is associated with', () => {
    const m = model(
      'Parameters:\n  Rtb:\n    Type: String\nResources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n  S:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref Vpc\n      CidrBlock: 10.0.1.0/24\n  A:\n    Type: AWS::EC2::SubnetRouteTableAssociation\n    Properties:\n      SubnetId: !Ref S\n      RouteTableId: !Ref Rtb\n',
    );
    const t = table(m, 'Rtb');
    expect([t.vpc.state === 'known' && t.vpc.value.key, t.subnets.map((s) => s.key)]).toEqual(['Vpc', ['S']]);
  });

  it('leaves an external table unplaced when its use does not say which VPC it is in', () => {
    const m = model('Parameters:\n  Rtb:\n    Type: String\nResources:\n  R:\n    Type: AWS::EC2::Route\n    Properties:\n      RouteTableId: !Ref Rtb\n      DestinationCidrBlock: 0.0.0.0/0\n      GatewayId: igw-1\n');
    expect(table(m, 'Rtb').vpc).toEqual({ state: 'unknown', reason: 'Rtb is not defined in the linted files' });
  });
});

describe('peering acceptance', () => {
  it.each([
    ['in one account', '', {}, known(true)],
    ['to another account with a peer role', 'PeerOwnerId: "111122223333"\n      PeerRoleArn: arn:aws:iam::111122223333:role/peer', {}, known(true)],
    ['to another account without a role', 'PeerOwnerId: "111122223333"', { 'AWS::AccountId': '444455556666' }, known(false)],
    ['to its own account, without a role', 'PeerOwnerId: "111122223333"', { 'AWS::AccountId': '111122223333' }, known(true)],
    [
      'to an account that may be its own',
      'PeerOwnerId: "111122223333"',
      {},
      { state: 'unknown', reason: "whether P is accepted depends on whether PeerOwnerId is the stack's own account" },
    ],
  ])('a connection %s', (_name, props, params, accepted) => {
    const m = model(`Resources:\n  P:\n    Type: AWS::EC2::VPCPeeringConnection\n    Properties:\n      VpcId: vpc-1\n      PeerVpcId: vpc-2\n      ${props}\n`, params);
    expect(m.peerings[0]?.autoAccept).toEqual(accepted);
  });

  it('reads PeerOwnerId and PeerRegion, and has no DNS options', () => {
    const m = model('Resources:\n  P:\n    Type: AWS::EC2::VPCPeeringConnection\n    Properties:\n      VpcId: vpc-1\n      PeerVpcId: vpc-2\n      PeerOwnerId: "111122223333"\n      PeerRegion: us-east-1\n');
    const p = m.peerings[0];
    expect([p?.peerOwnerId, p?.peerRegion, p?.requesterOptions, p?.accepterOptions]).toEqual([
      known('111122223333'),
      known('us-east-1'),
      { allowRemoteVpcDnsResolution: { state: 'absent' } },
      { allowRemoteVpcDnsResolution: { state: 'absent' } },
    ]);
  });
});

describe('security groups', () => {
  const m = model(
    [
      'Resources:',
      '  Vpc:',
      '    Type: AWS::EC2::VPC',
      '    Properties:',
      '      CidrBlock: 10.0.0.0/16',
      '  Web:',
      '    Type: AWS::EC2::SecurityGroup',
      '    Properties:',
      '      GroupName: web',
      '      GroupDescription: web',
      '      VpcId: !Ref Vpc',
      '      SecurityGroupIngress:',
      '        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}',
      '        - {IpProtocol: "-1", SourceSecurityGroupId: !Ref Lb}',
      '      SecurityGroupEgress:',
      '        - {IpProtocol: "6", FromPort: 5432, ToPort: 5432, DestinationPrefixListId: pl-1}',
      '  Lb:',
      '    Type: AWS::EC2::SecurityGroup',
      '    Properties:',
      '      GroupDescription: lb',
      '      VpcId: !Ref Vpc',
      '  Ssh:',
      '    Type: AWS::EC2::SecurityGroupIngress',
      '    Properties:',
      '      GroupId: !GetAtt Web.GroupId',
      '      IpProtocol: tcp',
      '      FromPort: 22',
      '      ToPort: 22',
      '      CidrIpv6: ::/0',
      '  Out:',
      '    Type: AWS::EC2::SecurityGroupEgress',
      '    Properties:',
      '      GroupId: !Ref Web',
      '      IpProtocol: icmp',
      '      FromPort: 8',
      '      ToPort: -1',
      '      DestinationSecurityGroupId: !Ref Lb',
      '  Broken:',
      '    Type: AWS::EC2::SecurityGroup',
      '    Properties:',
      '      GroupDescription: broken',
      '      SecurityGroupIngress: hello22',
    ].join('\n'),
  );

  it('links groups to their VPC, and reads the name', () => {
    expect(m.securityGroups.map((g) => [g.key, g.vpc.state === 'known' && g.vpc.value.key, g.name])).toEqual([
      ['Web', 'Vpc', known('web')],
      ['Lb', 'Vpc', { state: 'absent' }],
      ['Broken', false, { state: 'absent' }],
    ]);
  });

  it('reads inline rules and rule resources with their protocol, ports and peers, in input order', () => {
    const summary = m.securityGroupRules.map((r) => ({
      key: r.key,
      inline: r.inline,
      direction: r.direction,
      subject: [r.subject.resource.address, r.subject.path],
      group: r.group.state === 'known' ? r.group.value.key : r.group.state,
      protocol: r.protocol.state === 'known' ? r.protocol.value : r.protocol.state,
      ports: [r.fromPort.state === 'known' ? r.fromPort.value : r.fromPort.state, r.toPort.state === 'known' ? r.toPort.value : r.toPort.state],
      peers: r.peers.map((p) => [
        p.kind,
        p.path,
        p.kind === 'cidr' ? (p.cidr.state === 'known' ? p.cidr.value.canonical : p.cidr.state) : p.kind === 'security-group' ? (p.group.state === 'known' ? p.group.value.key : p.group.state) : p.kind === 'prefix-list' ? (p.id.state === 'known' ? p.id.value : p.id.state) : '',
      ]),
    }));
    expect(summary).toEqual([
      {
        key: 'Web.SecurityGroupIngress[0]',
        inline: true,
        direction: 'ingress',
        subject: ['Web', ['SecurityGroupIngress', 0]],
        group: 'Web',
        protocol: 'tcp',
        ports: [443, 443],
        peers: [['cidr', ['SecurityGroupIngress', 0, 'CidrIp'], '0.0.0.0/0']],
      },
      {
        key: 'Web.SecurityGroupIngress[1]',
        inline: true,
        direction: 'ingress',
        subject: ['Web', ['SecurityGroupIngress', 1]],
        group: 'Web',
        protocol: 'all',
        ports: [0, 65535],
        peers: [['security-group', ['SecurityGroupIngress', 1, 'SourceSecurityGroupId'], 'Lb']],
      },
      {
        key: 'Web.SecurityGroupEgress[0]',
        inline: true,
        direction: 'egress',
        subject: ['Web', ['SecurityGroupEgress', 0]],
        group: 'Web',
        protocol: 'tcp',
        ports: [5432, 5432],
        peers: [['prefix-list', ['SecurityGroupEgress', 0, 'DestinationPrefixListId'], 'pl-1']],
      },
      {
        key: 'Ssh',
        inline: false,
        direction: 'ingress',
        subject: ['Ssh', undefined],
        group: 'Web',
        protocol: 'tcp',
        ports: [22, 22],
        peers: [['cidr', ['CidrIpv6'], '::/0']],
      },
      {
        key: 'Out',
        inline: false,
        direction: 'egress',
        subject: ['Out', undefined],
        group: 'Web',
        protocol: 'icmp',
        ports: [8, -1],
        peers: [['security-group', ['DestinationSecurityGroupId'], 'Lb']],
      },
      // A rule list that is not a list: one rule stands for it, every value unknown.
      {
        key: 'Broken.SecurityGroupIngress',
        inline: true,
        direction: 'ingress',
        subject: ['Broken', ['SecurityGroupIngress']],
        group: 'Broken',
        protocol: 'unknown',
        ports: ['unknown', 'unknown'],
        peers: [['cidr', ['SecurityGroupIngress'], 'unknown']],
      },
    ]);
    expect(m.securityGroupRules[5]?.protocol).toEqual({ state: 'unknown', reason: 'SecurityGroupIngress of Broken is not a list: "hello22"' });
  });
});

describe('network ACLs', () => {
  const m = model(
    [
      'Resources:',
      '  Vpc:',
      '    Type: AWS::EC2::VPC',
      '    Properties:',
      '      CidrBlock: 10.0.0.0/16',
      '  S:',
      '    Type: AWS::EC2::Subnet',
      '    Properties:',
      '      VpcId: !Ref Vpc',
      '      CidrBlock: 10.0.1.0/24',
      '  Other:',
      '    Type: AWS::EC2::Subnet',
      '    Properties:',
      '      VpcId: !Ref Vpc',
      '      CidrBlock: 10.0.2.0/24',
      '  Acl:',
      '    Type: AWS::EC2::NetworkAcl',
      '    Properties:',
      '      VpcId: !Ref Vpc',
      '  InSsh:',
      '    Type: AWS::EC2::NetworkAclEntry',
      '    Properties:',
      '      NetworkAclId: !Ref Acl',
      '      RuleNumber: 100',
      '      Protocol: 6',
      '      RuleAction: ALLOW',
      '      CidrBlock: 0.0.0.0/0',
      '      PortRange: {From: 22, To: 22}',
      '  OutAll:',
      '    Type: AWS::EC2::NetworkAclEntry',
      '    Properties:',
      '      NetworkAclId: !Ref Acl',
      '      RuleNumber: 100',
      '      Protocol: -1',
      '      Egress: true',
      '      RuleAction: deny',
      '      Ipv6CidrBlock: ::/0',
      '  Ping:',
      '    Type: AWS::EC2::NetworkAclEntry',
      '    Properties:',
      '      NetworkAclId: !Ref Acl',
      '      RuleNumber: 110',
      '      Protocol: 1',
      '      RuleAction: allow',
      '      CidrBlock: 10.0.0.0/8',
      '      Icmp: {Type: 8, Code: -1}',
      '  Assoc:',
      '    Type: AWS::EC2::SubnetNetworkAclAssociation',
      '    Properties:',
      '      SubnetId: !Ref S',
      '      NetworkAclId: !Ref Acl',
    ].join('\n'),
  );

  it('builds the ACL, its entries and its subnets', () => {
    const acl = m.networkAcls?.[0];
    expect([m.networkAcls?.length, acl?.key, acl?.vpc.state === 'known' && acl.vpc.value.key, acl?.subnets.map((s) => s.key)]).toEqual([1, 'Acl', 'Vpc', ['S']]);
    expect(
      acl?.entries.map((e) => [
        e.key,
        e.egress.state === 'known' && e.egress.value,
        e.ruleNumber.state === 'known' && e.ruleNumber.value,
        e.action.state === 'known' && e.action.value,
        e.protocol.state === 'known' && e.protocol.value,
        e.cidr.state === 'known' && e.cidr.value.canonical,
        e.cidrPath,
        e.fromPort.state === 'known' && e.fromPort.value,
        e.toPort.state === 'known' && e.toPort.value,
      ]),
    ).toEqual([
      ['InSsh', false, 100, 'allow', 'tcp', '0.0.0.0/0', ['CidrBlock'], 22, 22],
      ['OutAll', true, 100, 'deny', 'all', '::/0', ['Ipv6CidrBlock'], 0, 65535],
      ['Ping', false, 110, 'allow', 'icmp', '10.0.0.0/8', ['CidrBlock'], 8, -1],
    ]);
    expect(m.networkAclEntries).toEqual(acl?.entries);
  });

  it('gives an associated subnet its ACL, and leaves the others on the default ACL (undefined)', () => {
    const [s, other] = m.subnets;
    expect([s?.networkAcl?.state === 'known' && s.networkAcl.value.key, other?.networkAcl]).toEqual(['Acl', undefined]);
  });

  it('leaves the lists out for models without ACLs', () => {
    const plain = model('Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n');
    expect([plain.networkAcls, plain.networkAclEntries]).toEqual([undefined, undefined]);
  });
});

describe('two templates in one run', () => {
  const network = [
    'Resources:',
    '  Vpc:',
    '    Type: AWS::EC2::VPC',
    '    Properties:',
    '      CidrBlock: 10.0.0.0/16',
    'Outputs:',
    '  VpcId:',
    '    Value: !Ref Vpc',
    '    Export: {Name: network-VpcId}',
  ].join('\n');
  const app = [
    'Resources:',
    '  Vpc:',
    '    Type: AWS::EC2::VPC',
    '    Properties:',
    '      CidrBlock: 10.1.0.0/16',
    '  ToNetwork:',
    '    Type: AWS::EC2::VPCPeeringConnection',
    '    Properties:',
    '      VpcId: !Ref Vpc',
    '      PeerVpcId: !ImportValue network-VpcId',
  ].join('\n');

  it('links an imported VPC to the exporting template, and keeps equal logical IDs apart', () => {
    const m = buildModel(readRun({ 'network.yaml': network, 'app.yaml': app }));
    expect(m.vpcs.map((v) => v.key)).toEqual(['network.yaml:Vpc', 'app.yaml:Vpc']);
    const p = m.peerings[0];
    expect([p?.requester.state === 'known' && p.requester.value.key, p?.accepter.state === 'known' && p.accepter.value.key]).toEqual(['app.yaml:Vpc', 'network.yaml:Vpc']);
  });
});

describe('a template with a Terraform plan in one run', () => {
  it('joins the VPC a parameter names to the VPC the plan declares with that ID', async () => {
    const { fakeResource } = await import('../helpers/source.js');
    const planVpc = fakeResource({ address: 'aws_vpc.peer', type: 'aws_vpc', values: { id: 'vpc-0peer', cidr_block: '10.1.0.0/16' }, file: 'peer/plan.json' });
    const template = 'Parameters:\n  PeerVpcId:\n    Type: AWS::EC2::VPC::Id\nResources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.1.128.0/20\n  Peering:\n    Type: AWS::EC2::VPCPeeringConnection\n    Properties:\n      VpcId: !Ref Vpc\n      PeerVpcId: !Ref PeerVpcId\n';
    const m = buildModel([planVpc, ...readRun({ 'app.yaml': template }, { PeerVpcId: 'vpc-0peer' })]);
    const p = m.peerings[0];
    expect([p?.requester.state === 'known' && p.requester.value.key, p?.accepter.state === 'known' && p.accepter.value.key]).toEqual(['Vpc', 'aws_vpc.peer']);
    expect(m.vpcs.map((v) => v.key)).toEqual(['aws_vpc.peer', 'Vpc']);
  });
});
