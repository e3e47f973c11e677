// Adapters for CloudFormation resource types (AWS::EC2::…): the same entities as the Terraform
// adapters, read by CloudFormation property names. CloudFormation has no computed attributes in a
// template: everything in Properties is written by the author; IDs are only known after
// deployment, so links go through the references the parser attached (Ref, Fn::GetAtt). Existing
// VPCs and route tables named by a template parameter (a peer VPC's ID, a peer route table's ID)
// join the model as external entities, so the routes a template adds to a peer's table count as
// the peer's routes. Security groups get no `writesInlineRules`: NET205 is about the Terraform
// provider's inline rule lists, and CloudFormation documents no such behaviour.
import type { AttrPath, SourceResource } from '../../parse/source.js';
import { ABSENT, known, unknown } from '../tri.js';
import type { Known, Tri } from '../tri.js';
import type { Cidr, CidrBlock, NetworkAclEntry, PeeringConnection, Route, RouteTarget, RulePeer, SecurityGroupRule } from '../types.js';
import type { Adapter } from './adapter.js';
import { at, isObject, isSet, NO_ITEMS, NO_OPTIONS, withItem } from './context.js';
import type { BuildContext, NaclNode, PeeringNode, SgNode, SubnetNode, TableNode, VpcNode } from './context.js';
import { CLOUDFORMATION_ROUTE_TARGETS } from './route-targets.js';

/**
 * The synthetic type of template parameters (see src/parse/cloudformation/resource.ts; the model
 * does not import parsers, so the name is repeated here). A parameter's `id` is its value.
 */
const PARAMETER_TYPE = 'AWS::CloudFormation::Parameter';

/** How reasons say that only deployment decides a value; the builder keeps such reasons as written. */
const DEPLOY_TIME = 'not known before deployment';

/** Builder state of the CloudFormation adapters for one build. */
interface CfnState {
  /** Template parameters by file and name. */
  readonly parameters: Map<string, SourceResource>;
  /** Route tables made as external stubs here: their VPC may be inferred from how they are used. */
  readonly stubTables: WeakSet<TableNode>;
}

const states = new WeakMap<BuildContext, CfnState>();

function stateOf(ctx: BuildContext): CfnState {
  let s = states.get(ctx);
  if (s === undefined) states.set(ctx, (s = { parameters: new Map(), stubTables: new WeakSet() }));
  return s;
}

/** The unknown ID of a resource the stack creates. */
function deployedId(ctx: BuildContext, r: SourceResource): Tri<string> {
  return unknown(`the ID of ${ctx.key(r)} is ${DEPLOY_TIME}`);
}

/** The `Name` tag of a `Tags` list (`[{Key: Name, Value: …}]`). */
function nameTag(r: SourceResource): string | undefined {
  const tags = r.get(['Tags']);
  if (tags.state !== 'known' || !Array.isArray(tags.value)) return undefined;
  for (let i = 0; i < tags.value.length; i++) {
    const key = r.get(['Tags', i, 'Key']);
    if (key.state !== 'known' || key.value !== 'Name') continue;
    const value = r.get(['Tags', i, 'Value']);
    if (value.state === 'known' && typeof value.value === 'string' && value.value !== '') return value.value;
  }
  return undefined;
}

/** The stack's region or account: given as a pseudo parameter on the command line, else unknown. */
function stackSetting(ctx: BuildContext, r: SourceResource, which: 'region' | 'accountId'): Tri<string> {
  const settings = r.provider?.();
  const v = settings?.[which];
  if (v?.state === 'known' && typeof v.value === 'string' && v.value !== '') return known(v.value);
  const pseudo = which === 'region' ? 'AWS::Region' : 'AWS::AccountId';
  return unknown(`the ${which === 'region' ? 'region' : 'account'} of ${ctx.key(r)} is the stack's, ${DEPLOY_TIME} (give it with --parameter ${pseudo}=…)`);
}

// ---- parameters and external entities

function registerParameter(r: SourceResource, ctx: BuildContext): void {
  stateOf(ctx).parameters.set(`${r.file}\u0000${r.address}`, r);
}

/** The template parameter an unknown value comes from directly (`Ref: PeerVpcId`), if any. */
function parameterOf(ctx: BuildContext, r: SourceResource, path: AttrPath): SourceResource | undefined {
  const v = r.get(path);
  if (v.state !== 'unknown') return undefined;
  const params = stateOf(ctx).parameters;
  for (const ref of v.refs) {
    if (ref.attribute.length !== 0) continue;
    const p = params.get(`${ref.file ?? r.file}\u0000${ref.address}`);
    if (p !== undefined) return p;
  }
  return undefined;
}

/**
 * Links a VPC attribute; a VPC named by a template parameter without a value (an existing peer
 * VPC) becomes an external VPC of that parameter. (A known `vpc-…` value links by ID, or becomes
 * the builder's external stub for that ID.)
 */
function linkVpc(ctx: BuildContext, r: SourceResource, path: AttrPath): Tri<VpcNode> {
  const vpc = ctx.link('vpc', r, path);
  if (vpc.state !== 'unknown' || vpc.invalid === true) return vpc;
  const param = parameterOf(ctx, r, path);
  if (param === undefined) return vpc;
  const key = ctx.key(param);
  return ctx.externalVpc(key, key, `${key} is a template parameter without a value: the VPC is not defined in the linted files`);
}

/**
 * Links a route table attribute; a table named by a template parameter, or by a `rtb-…` ID that
 * matches no table, becomes an external route table (a peer's table the template adds routes to).
 */
function linkTable(ctx: BuildContext, r: SourceResource, path: AttrPath): Tri<TableNode> {
  const table = ctx.link('table', r, path);
  if (table.state !== 'unknown' || table.invalid === true) return table;
  let stub: Known<TableNode> | undefined;
  const raw = r.get(path);
  if (raw.state === 'known' && typeof raw.value === 'string' && raw.value.startsWith('rtb-')) {
    stub = ctx.externalTable(raw.value, raw.value, known(raw.value));
  } else {
    const param = parameterOf(ctx, r, path);
    if (param !== undefined) {
      const key = ctx.key(param);
      stub = ctx.externalTable(key, key, unknown(`${key} is a template parameter without a value`));
    }
  }
  if (stub === undefined) return table;
  stateOf(ctx).stubTables.add(stub.value);
  return stub;
}

/**
 * Places an external route table in a VPC when its use says which: AWS only associates a table
 * with subnets of its own VPC, and only routes a table to a peering connection of its own VPC.
 * For a route over a connection between a VPC of the linted files and an external one, the table
 * is the external side's: a template cannot name the tables of a VPC it creates other than by
 * `Ref` (it has no attribute for the main table), so a table it names by ID or parameter is the
 * peer's. The first use that decides wins.
 */
function placeStubTable(ctx: BuildContext, table: Tri<TableNode>, vpc: Tri<VpcNode> | undefined): void {
  if (table.state !== 'known' || vpc?.state !== 'known') return;
  const node = table.value;
  if (!stateOf(ctx).stubTables.has(node) || node.vpc.state === 'known') return;
  ctx.attachTable(node, vpc);
}

/** The external side of a peering whose other side is declared in the linted files. */
function externalSide(peering: Tri<PeeringConnection>): Tri<VpcNode> | undefined {
  if (peering.state !== 'known') return undefined;
  const { requester, accepter } = peering.value as PeeringNode;
  if (requester.state !== 'known' || accepter.state !== 'known') return undefined;
  if (requester.value.external === accepter.value.external) return undefined;
  return requester.value.external ? requester : accepter;
}

// ---- VPCs

function declareVpc(r: SourceResource, ctx: BuildContext): void {
  const key = ctx.key(r);
  const blocks: CidrBlock[] = [];
  let incomplete: string | undefined;
  const path = at([], 'CidrBlock');
  let primary = ctx.cidr(r, path, 4);
  if (primary.state === 'absent' && isSet(r.get(['Ipv4IpamPoolId']))) {
    primary = unknown(`CidrBlock of ${key} is allocated from an IPAM pool at deploy time`);
  }
  if (primary.state === 'absent') incomplete = `${key} has no CidrBlock`;
  else blocks.push({ kind: 'ipv4-primary', cidr: primary, subject: { resource: r, path } });
  const vpc = ctx.addVpc({
    key,
    label: key,
    resource: r,
    id: deployedId(ctx, r),
    external: false,
    cidrBlocks: blocks,
    enableDnsSupport: ctx.bool(r, ['EnableDnsSupport'], true),
    enableDnsHostnames: ctx.bool(r, ['EnableDnsHostnames'], false),
    region: stackSetting(ctx, r, 'region'),
    accountId: stackSetting(ctx, r, 'accountId'),
  });
  const name = nameTag(r);
  if (name !== undefined) vpc.name = name;
  if (incomplete !== undefined) vpc.blocksIncomplete = incomplete;
}

/** `AWS::EC2::VPCCidrBlock`: a secondary IPv4 block or an IPv6 block of a VPC. */
function linkCidrBlock(r: SourceResource, ctx: BuildContext): void {
  const vpc = linkVpc(ctx, r, ['VpcId']);
  const key = ctx.key(r);
  let block: CidrBlock;
  if (isSet(r.get(['CidrBlock'])) || isSet(r.get(['Ipv4IpamPoolId']))) {
    const path = at([], 'CidrBlock');
    let cidr = ctx.cidr(r, path, 4);
    if (cidr.state === 'absent') cidr = unknown(`CidrBlock of ${key} is allocated from an IPAM pool at deploy time`);
    block = { kind: 'ipv4-secondary', cidr, subject: { resource: r, path } };
  } else {
    const path = at([], 'Ipv6CidrBlock');
    let cidr = ctx.cidr(r, path, 6);
    const amazon = ctx.bool(r, ['AmazonProvidedIpv6CidrBlock']);
    const amazonProvided = cidr.state === 'absent' && amazon.state === 'known' && amazon.value;
    if (amazonProvided) cidr = unknown(`the Amazon-provided IPv6 block of ${key} is allocated at deploy time`);
    else if (cidr.state === 'absent' && (isSet(r.get(['Ipv6IpamPoolId'])) || isSet(r.get(['Ipv6Pool'])))) {
      cidr = unknown(`Ipv6CidrBlock of ${key} is allocated from a pool at deploy time`);
    } else if (cidr.state === 'absent') {
      cidr = unknown(`${key} has no CidrBlock and no Ipv6CidrBlock`);
    }
    block = amazonProvided ? { kind: 'ipv6', cidr, subject: { resource: r, path }, amazonProvided: true } : { kind: 'ipv6', cidr, subject: { resource: r, path } };
  }
  if (vpc.state === 'known') vpc.value.cidrBlocks.push(block);
}

// ---- subnets and route tables

function declareSubnet(r: SourceResource, ctx: BuildContext): void {
  const key = ctx.key(r);
  let cidr = ctx.cidr(r, ['CidrBlock'], 4);
  if (cidr.state === 'absent' && isSet(r.get(['Ipv4IpamPoolId']))) {
    cidr = unknown(`CidrBlock of ${key} is allocated from an IPAM pool at deploy time`);
  }
  ctx.addSubnet({
    key,
    label: key,
    resource: r,
    id: deployedId(ctx, r),
    vpc: ABSENT,
    cidr,
    ipv6Cidr: ctx.cidr(r, ['Ipv6CidrBlock'], 6),
    routeTable: ABSENT,
    explicitAssociation: false,
  });
}

function linkSubnet(r: SourceResource, ctx: BuildContext): void {
  const subnet = ctx.nodeOf('subnet', r) as SubnetNode;
  subnet.vpc = linkVpc(ctx, r, ['VpcId']);
  if (subnet.vpc.state === 'known') subnet.vpc.value.subnets = withItem(subnet.vpc.value.subnets, subnet);
}

function declareRouteTable(r: SourceResource, ctx: BuildContext): void {
  const key = ctx.key(r);
  ctx.addTable({ key, label: key, resource: r, id: deployedId(ctx, r), vpc: ABSENT, isMain: false, implicit: false, routes: [], subnets: [] });
}

function linkRouteTable(r: SourceResource, ctx: BuildContext): void {
  ctx.attachTable(ctx.nodeOf('table', r) as TableNode, linkVpc(ctx, r, ['VpcId']));
}

function attachAssociation(r: SourceResource, ctx: BuildContext): void {
  const subnet = ctx.link('subnet', r, ['SubnetId']);
  const table = linkTable(ctx, r, ['RouteTableId']);
  if (subnet.state !== 'known') return;
  placeStubTable(ctx, table, subnet.value.vpc);
  ctx.associate(subnet.value, table);
}

// ---- routes

/** Destination properties of `AWS::EC2::Route`: IPv4, IPv6, prefix list. */
const DESTINATIONS = ['DestinationCidrBlock', 'DestinationIpv6CidrBlock', 'DestinationPrefixListId'] as const;

/** Route target properties of `AWS::EC2::Route` and the kind each gives, in the order they are tried (route-targets.ts). */
const TARGETS = CLOUDFORMATION_ROUTE_TARGETS;
const TARGET_NAMES = TARGETS.map(([name]) => name);

/** The first of `names` that the template sets (known or unknown), or -1. */
function firstSet(r: SourceResource, names: readonly string[]): number {
  for (let i = 0; i < names.length; i++) if (isSet(r.get(at([], names[i] as string)))) return i;
  return -1;
}

function readTarget(ctx: BuildContext, r: SourceResource): RouteTarget {
  const i = firstSet(r, TARGET_NAMES);
  if (i === -1) return { kind: 'unknown', reason: `${ctx.key(r)} has no target` };
  const [name, kind] = TARGETS[i] as (typeof TARGETS)[number];
  const path = at([], name);
  if (kind === 'peering') return ctx.peeringTarget(ctx.link('peering', r, path));
  const id = ctx.str(r, path);
  if (kind === 'gateway' && id.state === 'known' && id.value === 'local') return { kind: 'local', id };
  return { kind, id };
}

function attachRoute(r: SourceResource, ctx: BuildContext): void {
  const table = linkTable(ctx, r, ['RouteTableId']);
  const which = Math.max(firstSet(r, DESTINATIONS), 0);
  const destinationPath = at([], DESTINATIONS[which] as string);
  let destination: Tri<Cidr> = ABSENT;
  let destinationPrefixListId: Tri<string> = ABSENT;
  if (which === 2) destinationPrefixListId = ctx.str(r, destinationPath);
  else destination = ctx.cidr(r, destinationPath, which === 0 ? 4 : 6);
  const target = readTarget(ctx, r);
  if (target.kind === 'peering') placeStubTable(ctx, table, externalSide(target.peering));
  const route: Route = {
    key: ctx.key(r),
    subject: { resource: r },
    routeTable: table,
    inline: false,
    destination,
    destinationPath,
    destinationPrefixListId,
    target,
  };
  ctx.addRoute(route);
}

// ---- peering

/**
 * CloudFormation accepts the connections it requests: within one account without a role, across
 * accounts with `PeerRoleArn` (a role in the accepter account). A request to another account
 * without a role is left pending.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-vpcpeeringconnection.html
 */
function accepted(ctx: BuildContext, r: SourceResource, owner: Tri<string>): Tri<boolean> {
  if (owner.state === 'absent' || isSet(r.get(['PeerRoleArn']))) return known(true);
  const account = stackSetting(ctx, r, 'accountId');
  if (owner.state === 'known' && account.state === 'known') return known(owner.value === account.value);
  return unknown(`whether ${ctx.key(r)} is accepted depends on whether PeerOwnerId is the stack's own account`);
}

function declarePeering(r: SourceResource, ctx: BuildContext): void {
  const key = ctx.key(r);
  const peerOwnerId = ctx.str(r, ['PeerOwnerId']);
  ctx.addPeering({
    key,
    label: key,
    resource: r,
    optionsResources: NO_ITEMS,
    id: deployedId(ctx, r),
    requester: ABSENT,
    accepter: ABSENT,
    peerOwnerId,
    peerRegion: ctx.str(r, ['PeerRegion']),
    autoAccept: accepted(ctx, r, peerOwnerId),
    // CloudFormation has no peering options resource: DNS resolution over the peering is not set.
    requesterOptions: NO_OPTIONS,
    accepterOptions: NO_OPTIONS,
  });
}

function linkPeering(r: SourceResource, ctx: BuildContext): void {
  const peering = ctx.nodeOf('peering', r) as PeeringNode;
  ctx.attachPeering(peering, linkVpc(ctx, r, ['VpcId']), linkVpc(ctx, r, ['PeerVpcId']));
}

// ---- security groups

function declareSecurityGroup(r: SourceResource, ctx: BuildContext): void {
  const key = ctx.key(r);
  const node: SgNode = {
    key,
    label: key,
    resource: r,
    id: deployedId(ctx, r),
    vpc: ABSENT,
    name: ctx.str(r, ['GroupName']),
    isDefault: false,
    rules: [],
  };
  ctx.addSecurityGroup(node);
}

function linkSecurityGroup(r: SourceResource, ctx: BuildContext): void {
  const sg = ctx.nodeOf('sg', r) as SgNode;
  sg.vpc = linkVpc(ctx, r, ['VpcId']);
  if (sg.vpc.state === 'known') sg.vpc.value.securityGroups = withItem(sg.vpc.value.securityGroups, sg);
}

/** Property names of one rule direction (inline rules and rule resources share them). */
interface RuleFields {
  readonly direction: 'ingress' | 'egress';
  readonly prefixList: string;
  /** The properties that name a peer group: by ID, and (default VPC, ingress only) by name. */
  readonly groups: readonly string[];
}
const INGRESS: RuleFields = { direction: 'ingress', prefixList: 'SourcePrefixListId', groups: ['SourceSecurityGroupId', 'SourceSecurityGroupName'] };
const EGRESS: RuleFields = { direction: 'egress', prefixList: 'DestinationPrefixListId', groups: ['DestinationSecurityGroupId'] };

/** The properties of a rule's peer range, by address family. */
const CIDR_PEERS = [
  ['CidrIp', 4],
  ['CidrIpv6', 6],
] as const;

function readPeers(ctx: BuildContext, r: SourceResource, base: AttrPath, f: RuleFields): RulePeer[] {
  const peers: RulePeer[] = [];
  for (const [name, family] of CIDR_PEERS) {
    const path = at(base, name);
    const cidr = ctx.cidr(r, path, family);
    if (cidr.state !== 'absent') peers.push({ kind: 'cidr', cidr, path });
  }
  const prefixPath = at(base, f.prefixList);
  const prefix = ctx.str(r, prefixPath);
  if (prefix.state !== 'absent') peers.push({ kind: 'prefix-list', id: prefix, path: prefixPath });
  for (const name of f.groups) {
    const path = at(base, name);
    const group = ctx.link('sg', r, path);
    if (group.state === 'absent') continue;
    const raw = ctx.str(r, path);
    const id = raw.state === 'known' ? raw : group.state === 'known' ? group.value.id : group;
    peers.push({ kind: 'security-group', group, id, path });
  }
  return peers;
}

function readRule(
  ctx: BuildContext,
  r: SourceResource,
  base: AttrPath,
  f: RuleFields,
  group: Tri<SgNode>,
  key: string,
  inline: boolean,
): SecurityGroupRule {
  const protocol = ctx.protocol(r, at(base, 'IpProtocol'));
  const { fromPort, toPort } = ctx.ports(r, protocol, at(base, 'FromPort'), at(base, 'ToPort'));
  return {
    key,
    inline,
    subject: base.length === 0 ? { resource: r } : { resource: r, path: base },
    group,
    direction: f.direction,
    protocol,
    fromPort,
    toPort,
    peers: readPeers(ctx, r, base, f),
  };
}

const INLINE_LISTS = [
  ['SecurityGroupIngress', INGRESS],
  ['SecurityGroupEgress', EGRESS],
] as const;

function attachInlineRules(r: SourceResource, ctx: BuildContext): void {
  const self = ctx.selfOf('sg', r) as Known<SgNode>;
  const group = self.value;
  for (const [name, fields] of INLINE_LISTS) {
    const list = ctx.list(r, [name]);
    if (list.state === 'absent') continue;
    if (list.state === 'unknown') {
      // Not a list, or an unknown one (`!If` on an undecided condition): the rules cannot be read,
      // so one rule stands for them with every value unknown, and the rules report it unresolved.
      ctx.addRule({
        key: `${group.key}.${name}`,
        inline: true,
        subject: { resource: r, path: [name] },
        group: self,
        direction: fields.direction,
        protocol: list,
        fromPort: list,
        toPort: list,
        peers: [{ kind: 'cidr', cidr: list, path: [name] }],
      });
      continue;
    }
    for (let i = 0; i < list.length; i++) {
      const element = r.get([name, i]);
      if (element.state === 'absent' || (element.state === 'known' && !isObject(element.value))) continue;
      ctx.addRule(readRule(ctx, r, [name, i], fields, self, `${group.key}.${name}[${i}]`, true));
    }
  }
}

/** `AWS::EC2::SecurityGroupIngress` / `Egress`: `GroupId`, or for ingress in a default VPC `GroupName`. */
function ruleResource(fields: RuleFields): Adapter {
  return {
    attach(r, ctx) {
      let group = ctx.link('sg', r, ['GroupId']);
      if (group.state === 'absent' && fields.direction === 'ingress') group = ctx.link('sg', r, ['GroupName']);
      ctx.addRule(readRule(ctx, r, [], fields, group, ctx.key(r), false));
    },
  };
}

// ---- network ACLs

function declareNetworkAcl(r: SourceResource, ctx: BuildContext): void {
  const key = ctx.key(r);
  const node: NaclNode = { key, label: key, resource: r, id: deployedId(ctx, r), vpc: ABSENT, entries: [], subnets: [] };
  ctx.addNetworkAcl(node);
}

function linkNetworkAcl(r: SourceResource, ctx: BuildContext): void {
  (ctx.nodeOf('nacl', r) as NaclNode).vpc = linkVpc(ctx, r, ['VpcId']);
}

function attachNetworkAclEntry(r: SourceResource, ctx: BuildContext): void {
  const protocol = ctx.protocol(r, ['Protocol']);
  const icmp = protocol.state === 'known' && (protocol.value === 'icmp' || protocol.value === 'icmpv6');
  const v6 = isSet(r.get(['Ipv6CidrBlock'])) && !isSet(r.get(['CidrBlock']));
  const cidrPath = at([], v6 ? 'Ipv6CidrBlock' : 'CidrBlock');
  const action = ctx.str(r, ['RuleAction']);
  const entry: NetworkAclEntry = {
    key: ctx.key(r),
    subject: { resource: r },
    acl: ctx.link('nacl', r, ['NetworkAclId']),
    egress: ctx.bool(r, ['Egress'], false),
    ruleNumber: ctx.port(r, ['RuleNumber']),
    action: action.state === 'known' ? known(action.value.toLowerCase()) : action,
    protocol,
    cidr: ctx.cidr(r, cidrPath, v6 ? 6 : 4),
    cidrPath,
    ...(icmp ? ctx.ports(r, protocol, ['Icmp', 'Type'], ['Icmp', 'Code']) : ctx.ports(r, protocol, ['PortRange', 'From'], ['PortRange', 'To'])),
  };
  ctx.addNetworkAclEntry(entry);
}

function attachNetworkAclAssociation(r: SourceResource, ctx: BuildContext): void {
  const subnet = ctx.link('subnet', r, ['SubnetId']);
  if (subnet.state === 'known') ctx.associateNetworkAcl(subnet.value, ctx.link('nacl', r, ['NetworkAclId']));
}

// ---- the table

/** Adapters by `adapterKey(mode, type)`. Types not listed are ignored. */
export const CLOUDFORMATION_ADAPTERS: ReadonlyMap<string, Adapter> = new Map<string, Adapter>([
  [`data.${PARAMETER_TYPE}`, { vpc: registerParameter }],
  ['AWS::EC2::VPC', { vpc: declareVpc }],
  ['AWS::EC2::VPCCidrBlock', { link: linkCidrBlock }],
  ['AWS::EC2::Subnet', { declare: declareSubnet, link: linkSubnet }],
  ['AWS::EC2::RouteTable', { declare: declareRouteTable, link: linkRouteTable }],
  ['AWS::EC2::Route', { attach: attachRoute }],
  ['AWS::EC2::SubnetRouteTableAssociation', { attach: attachAssociation }],
  ['AWS::EC2::VPCPeeringConnection', { declare: declarePeering, link: linkPeering }],
  ['AWS::EC2::SecurityGroup', { declare: declareSecurityGroup, link: linkSecurityGroup, attach: attachInlineRules }],
  ['AWS::EC2::SecurityGroupIngress', ruleResource(INGRESS)],
  ['AWS::EC2::SecurityGroupEgress', ruleResource(EGRESS)],
  ['AWS::EC2::NetworkAcl', { declare: declareNetworkAcl, link: linkNetworkAcl }],
  ['AWS::EC2::NetworkAclEntry', { attach: attachNetworkAclEntry }],
  ['AWS::EC2::SubnetNetworkAclAssociation', { attach: attachNetworkAclAssociation }],
]);
