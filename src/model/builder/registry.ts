// The entity registry: the mutable nodes that become the read-only NetworkModel (VPCs, subnets,
// route tables, peerings, security groups, NACLs and what they contain), which input resource
// stands for which node, entities by known real ID, the bookkeeping of each VPC's main route table
// and default security group, and `finish`, which decides main tables and returns the model with
// every list in input order. Format-neutral (split from context.ts, issue 14).
import type { SourceResource } from '../../parse/source.js';
import { Ordered } from './ordered.js';
import { ValueReaders } from './values.js';
import { ABSENT, known, unknown } from '../tri.js';
import type { Known, Tri } from '../tri.js';
import type {
  CidrBlock,
  NetworkAcl,
  NetworkAclEntry,
  NetworkModel,
  PeeringConnection,
  PeeringOptions,
  Route,
  RouteTable,
  SecurityGroup,
  SecurityGroupRule,
  Subnet,
  Vpc,
} from '../types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface VpcNode
  extends Mutable<Omit<Vpc, 'cidrBlocks' | 'subnets' | 'routeTables' | 'mainRouteTable' | 'peerings' | 'securityGroups'>> {
  cidrBlocks: CidrBlock[];
  subnets: readonly SubnetNode[];
  routeTables: readonly TableNode[];
  mainRouteTable: TableNode;
  peerings: readonly PeeringNode[];
  securityGroups: readonly SgNode[];
}
export interface SubnetNode extends Mutable<Omit<Subnet, 'vpc' | 'routeTable'>> {
  vpc: Tri<VpcNode>;
  routeTable: Tri<TableNode>;
}
export interface TableNode extends Mutable<Omit<RouteTable, 'vpc' | 'routes' | 'subnets'>> {
  vpc: Tri<VpcNode>;
  routes: readonly Route[];
  subnets: readonly SubnetNode[];
}
export interface PeeringNode
  extends Mutable<
    Omit<PeeringConnection, 'optionsResources' | 'requester' | 'accepter' | 'requesterOptions' | 'accepterOptions'>
  > {
  /** Added to by `withItem` only (it may be the shared NO_ITEMS). */
  optionsResources: readonly SourceResource[];
  requester: Tri<VpcNode>;
  accepter: Tri<VpcNode>;
  /** Replaced, never changed in place (they may be the shared NO_OPTIONS). */
  requesterOptions: PeeringOptions;
  accepterOptions: PeeringOptions;
}
export interface SgNode extends Mutable<Omit<SecurityGroup, 'vpc' | 'rules'>> {
  vpc: Tri<VpcNode>;
  rules: SecurityGroupRule[];
}
export interface NaclNode extends Mutable<Omit<NetworkAcl, 'vpc' | 'entries' | 'subnets'>> {
  vpc: Tri<VpcNode>;
  entries: NetworkAclEntry[];
  subnets: SubnetNode[];
}

/** What a link attribute can point at. */
export type EntityKind = 'vpc' | 'subnet' | 'table' | 'peering' | 'sg' | 'nacl';
export type NodeOf<K extends EntityKind> = {
  vpc: VpcNode;
  subnet: SubnetNode;
  table: TableNode;
  peering: PeeringNode;
  sg: SgNode;
  nacl: NaclNode;
}[K];

export const NOUN: Record<EntityKind, string> = {
  vpc: 'VPC',
  subnet: 'subnet',
  table: 'route table',
  peering: 'peering connection',
  sg: 'security group',
  nacl: 'network ACL',
};

/** Builder bookkeeping for one VPC that does not belong in the model. */
export interface VpcState {
  readonly node: VpcNode;
  readonly self: Known<VpcNode>;
  /** Input index of the resource that declares (or first names) the VPC: its place in lists. */
  readonly order: number;
  /** The table AWS creates with the VPC, used when the code declares no main table. */
  readonly implicit: TableNode;
  readonly implicitSelf: Known<TableNode>;
  /** Something links to the implicit table (routes or associations by its ID). */
  implicitUsed: boolean;
  /** An `aws_default_route_table` (adopts the table AWS created). */
  defaultTable?: Known<TableNode>;
  /** The target of a main route table association (replaces the main table). */
  mainAssociation?: Tri<TableNode>;
  /** The main table subnets without an association use (set by `finish`). */
  mainSelf?: Tri<TableNode>;
  /** An `aws_default_security_group`. */
  defaultSg?: Known<SgNode>;
}

/**
 * `list` with `item` added, for the lists of model nodes (a table's routes, a VPC's tables and
 * peerings): the first item makes a new list of one instead of being pushed to the empty list,
 * which would take room for 16 (V8's first growth of an array, ~190 bytes instead of ~60). Most
 * nodes of a large model keep one entry in such a list for the whole run (a hub's 4,000 spokes:
 * one table, one route in it, one peering), and every byte kept is copied by the scavenges of the
 * run. Callers store the result: `table.routes = withItem(table.routes, route)`. The nodes' lists
 * are typed readonly so that nothing else adds to them: an empty one may be the shared, frozen
 * NO_ITEMS, which a push would throw on.
 */
export function withItem<T>(list: readonly T[], item: T): T[] {
  if (list.length === 0) return [item];
  // Not empty, so not NO_ITEMS: a list of this node's own.
  (list as T[]).push(item);
  return list as T[];
}

/**
 * The list a VPC's, a table's or a connection's node starts with (subnets, tables, peerings,
 * groups, routes, options resources): one shared empty list, frozen, replaced by `withItem` at the
 * first item, which is how these lists are added to. A hub's thousands of spokes each have a VPC
 * node and a table node with lists that stay empty (six per VPC with its implicit main table), and
 * most connections have no options resources, kept for the whole run.
 */
export const NO_ITEMS: readonly never[] = Object.freeze([]);

/**
 * The options of a connection's side that nothing sets: shared, as most connections set none.
 * A node's options are replaced, never changed in place.
 */
export const NO_OPTIONS: PeeringOptions = Object.freeze({ allowRemoteVpcDnsResolution: ABSENT });

export class EntityRegistry extends ValueReaders {
  /**
   * What each input resource stands for, by input index: the kind of entity, and one shared
   * `known(node)` (links to a node are many; arrays, not maps, keep 100k-resource builds fast).
   */
  protected readonly kindAt: (EntityKind | undefined)[];
  protected readonly selfAt: (Known<object> | undefined)[];
  /** Entities by known real ID, first declared wins. */
  protected readonly byId: { [K in EntityKind]: Map<string, Known<NodeOf<K>>> } = {
    vpc: new Map(),
    subnet: new Map(),
    table: new Map(),
    peering: new Map(),
    sg: new Map(),
    nacl: new Map(),
  };
  private readonly vpcStates = new Map<VpcNode, VpcState>();
  private readonly vpcStateList: VpcState[] = [];
  /** VPCs by the known ID of the main route table AWS created with them. */
  protected readonly vpcByMainTableId = new Map<string, VpcState>();

  private readonly vpcs = new Ordered<VpcNode>();
  private readonly subnets = new Ordered<SubnetNode>();
  private readonly tables = new Ordered<TableNode>();
  private readonly routes = new Ordered<Route>();
  private readonly peerings = new Ordered<PeeringNode>();
  private readonly groups = new Ordered<SgNode>();
  private readonly rules = new Ordered<SecurityGroupRule>();
  private readonly acls = new Ordered<NaclNode>();
  private readonly aclEntries = new Ordered<NetworkAclEntry>();
  /** External stubs made by `externalVpc` / `externalTable`, by key. */
  private readonly externals = new Map<string, Known<VpcNode> | Known<TableNode>>();

  constructor(resources: readonly SourceResource[]) {
    super(resources);
    this.kindAt = new Array<EntityKind | undefined>(resources.length);
    this.selfAt = new Array<Known<object> | undefined>(resources.length);
  }

  // ---- entities

  /** Records that the resource being processed stands for `self`. */
  private register<K extends EntityKind>(kind: K, self: Known<NodeOf<K>>): void {
    this.kindAt[this.at] = kind;
    this.selfAt[this.at] = self;
  }


  /** Declares a VPC for the resource being processed (or one known only by ID), with its implicit main table. */
  addVpc(fields: Omit<VpcNode, 'subnets' | 'routeTables' | 'mainRouteTable' | 'peerings' | 'securityGroups'>): VpcNode {
    const implicit: TableNode = {
      key: `${fields.key} main route table`,
      label: `${fields.label} main route table`,
      id: unknown(`the main route table of ${fields.label} is created with the VPC; its ID is known after apply`),
      vpc: ABSENT,
      isMain: true,
      implicit: true,
      routes: NO_ITEMS,
      subnets: NO_ITEMS,
    };
    if (fields.resource !== undefined) implicit.resource = fields.resource;
    const node: VpcNode = {
      key: fields.key,
      label: fields.label,
      id: fields.id,
      external: fields.external,
      // A copy of the exact size: the adapters collect the blocks in a list made empty and pushed
      // to, which has room for 16 (see withItem); most VPCs have one or two, kept for the run.
      cidrBlocks: fields.cidrBlocks.slice(),
      enableDnsSupport: fields.enableDnsSupport,
      enableDnsHostnames: fields.enableDnsHostnames,
      region: fields.region,
      accountId: fields.accountId,
      subnets: NO_ITEMS,
      routeTables: NO_ITEMS,
      mainRouteTable: implicit,
      peerings: NO_ITEMS,
      securityGroups: NO_ITEMS,
    };
    if (fields.resource !== undefined) node.resource = fields.resource;
    if (fields.name !== undefined) node.name = fields.name;
    if (fields.blocksIncomplete !== undefined) node.blocksIncomplete = fields.blocksIncomplete;
    const self = known(node);
    implicit.vpc = self;
    const state: VpcState = { node, self, order: this.at, implicit, implicitSelf: known(implicit), implicitUsed: false };
    this.vpcStates.set(node, state);
    this.vpcStateList.push(state);
    if (fields.resource !== undefined) this.register('vpc', self);
    this.indexId('vpc', node.id, self);
    this.vpcs.push(this.at, node);
    return node;
  }

  /** Makes the resource being processed (a data source) stand for an entity already in the model. */
  alias<K extends EntityKind>(kind: K, self: Known<NodeOf<K>>): void {
    this.register(kind, self);
  }

  /** Makes the resource being processed (a data source for a VPC already in the model) stand for that VPC. */
  aliasVpc(vpc: VpcNode): void {
    this.register('vpc', this.stateOf(vpc).self);
  }

  /** A VPC with this known ID, if one is declared. */
  vpcById(id: string): VpcNode | undefined {
    return this.byId.vpc.get(id)?.value;
  }

  /** Records the known ID of the main route table AWS creates with the VPC. */
  setImplicitMainTableId(vpc: VpcNode, id: string): void {
    const state = this.stateOf(vpc);
    if (state.implicit.id.state !== 'known') state.implicit.id = known(id);
    if (!this.vpcByMainTableId.has(id)) this.vpcByMainTableId.set(id, state);
  }

  /** Marks the implicit main table of a VPC whose routes are not all in the linted files. */
  setImplicitRoutesIncomplete(vpc: VpcNode, reason: string): void {
    const state = this.stateOf(vpc);
    state.implicit.routesIncomplete = reason;
    if (state.implicit.id.state === 'unknown') state.implicit.id = unknown(reason);
  }

  addSubnet(node: SubnetNode): Known<SubnetNode> {
    const self = known(node);
    this.register('subnet', self);
    this.indexId('subnet', node.id, self);
    this.subnets.push(this.at, node);
    return self;
  }

  addTable(node: TableNode, ...ids: Tri<string>[]): Known<TableNode> {
    const self = known(node);
    this.register('table', self);
    this.indexId('table', node.id, self);
    for (const id of ids) this.indexId('table', id, self);
    this.tables.push(this.at, node);
    return self;
  }

  addPeering(node: PeeringNode): Known<PeeringNode> {
    const self = known(node);
    this.register('peering', self);
    this.indexId('peering', node.id, self);
    this.peerings.push(this.at, node);
    return self;
  }

  /** Makes the resource being processed (an accepter) stand for `peering`, and indexes the IDs it knows. */
  aliasPeering(peering: Known<PeeringNode>, ...ids: Tri<string>[]): void {
    this.register('peering', peering);
    for (const id of ids) this.indexId('peering', id, peering);
  }

  addSecurityGroup(node: SgNode): Known<SgNode> {
    const self = known(node);
    this.register('sg', self);
    this.indexId('sg', node.id, self);
    this.groups.push(this.at, node);
    return self;
  }

  addRoute(route: Route): void {
    this.routes.push(this.at, route);
    if (route.routeTable.state === 'known') {
      const table = route.routeTable.value as TableNode;
      table.routes = withItem(table.routes, route);
    }
  }

  addRule(rule: SecurityGroupRule): void {
    this.rules.push(this.at, rule);
    if (rule.group.state === 'known') (rule.group.value as SgNode).rules.push(rule);
  }

  addNetworkAcl(node: NaclNode): Known<NaclNode> {
    const self = known(node);
    this.register('nacl', self);
    this.indexId('nacl', node.id, self);
    this.acls.push(this.at, node);
    return self;
  }

  addNetworkAclEntry(entry: NetworkAclEntry): void {
    this.aclEntries.push(this.at, entry);
    if (entry.acl.state === 'known') (entry.acl.value as NaclNode).entries.push(entry);
  }

  /** An explicit association of a subnet with a network ACL (first wins). */
  associateNetworkAcl(subnet: SubnetNode, acl: Tri<NaclNode>): void {
    if (subnet.networkAcl !== undefined) return;
    subnet.networkAcl = acl;
    if (acl.state === 'known') acl.value.subnets.push(subnet);
  }

  /**
   * A VPC outside the linted files that is known by something other than a real ID: a
   * CloudFormation parameter without a value (`PeerVpcId`). One stub per key, made on first use,
   * like the stubs for unmatched `vpc-…` IDs; `why` says what is unknown about it.
   */
  externalVpc(key: string, label: string, why: string): Known<VpcNode> {
    const seen = this.externals.get(`vpc ${key}`);
    if (seen !== undefined) return seen as Known<VpcNode>;
    const vpc = this.addVpc({
      key,
      label,
      id: unknown(why),
      external: true,
      cidrBlocks: [],
      blocksIncomplete: why,
      enableDnsSupport: unknown(why),
      enableDnsHostnames: unknown(why),
      region: unknown(why),
      accountId: unknown(why),
    });
    this.setImplicitRoutesIncomplete(vpc, `the routes of ${label}'s main route table are not in the linted files`);
    const self = this.stateOf(vpc).self;
    this.externals.set(`vpc ${key}`, self);
    return self;
  }

  /**
   * A route table outside the linted files, named by a real ID (`rtb-…`) or by a CloudFormation
   * parameter: routes a template adds to an existing (peer) table attach to it. One stub per key;
   * its VPC is unknown until an adapter links it (`attachTable`), and its other routes are not in
   * the linted files. Not added for Terraform, whose unmatched table IDs stay unknown.
   */
  externalTable(key: string, label: string, id: Tri<string>): Known<TableNode> {
    const seen = this.externals.get(`table ${key}`);
    if (seen !== undefined) return seen as Known<TableNode>;
    const why = `${label} is not defined in the linted files`;
    const node: TableNode = {
      key,
      label,
      id,
      vpc: unknown(why),
      isMain: false,
      implicit: false,
      routes: [],
      routesIncomplete: `the other routes of ${label} are not in the linted files`,
      subnets: [],
    };
    const self = known(node);
    this.indexId('table', id, self);
    this.tables.push(this.at, node);
    this.externals.set(`table ${key}`, self);
    return self;
  }

  /** `known(node)` for the node a resource declares (shared by every link to it), if any. */
  selfOf<K extends EntityKind>(kind: K, r: SourceResource): Known<NodeOf<K>> | undefined {
    const index = this.indexOf(r);
    return this.kindAt[index] === kind ? (this.selfAt[index] as Known<NodeOf<K>>) : undefined;
  }

  /** The node a resource declares, if any. */
  nodeOf<K extends EntityKind>(kind: K, r: SourceResource): NodeOf<K> | undefined {
    return this.selfOf(kind, r)?.value;
  }

  private indexId<K extends EntityKind>(kind: K, id: Tri<string>, self: Known<NodeOf<K>>): void {
    if (id.state === 'known' && !this.byId[kind].has(id.value)) this.byId[kind].set(id.value, self);
  }

  protected stateOf(vpc: VpcNode): VpcState {
    return this.vpcStates.get(vpc) as VpcState;
  }

  /** Links a peering connection to its two VPCs, listed once at each end (a VPC peered with itself, once). */
  attachPeering(peering: PeeringNode, requester: Tri<VpcNode>, accepter: Tri<VpcNode>): void {
    peering.requester = requester;
    peering.accepter = accepter;
    const a = requester.state === 'known' ? requester.value : undefined;
    const b = accepter.state === 'known' ? accepter.value : undefined;
    if (a !== undefined) a.peerings = withItem(a.peerings, peering);
    if (b !== undefined && b !== a) b.peerings = withItem(b.peerings, peering);
  }

  /** Links a table to its VPC (first link wins). */
  attachTable(table: TableNode, vpc: Tri<VpcNode>): void {
    table.vpc = vpc;
    if (vpc.state === 'known') vpc.value.routeTables = withItem(vpc.value.routeTables, table);
  }

  /** An `aws_default_route_table`: it is the table AWS created with the VPC. */
  setDefaultTable(vpc: VpcNode, table: Known<TableNode>): void {
    this.stateOf(vpc).defaultTable ??= table;
  }

  /** A main route table association: `table` replaces the VPC's main table (first wins). */
  setMainAssociation(vpc: VpcNode, table: Tri<TableNode>): void {
    if (table.state === 'absent') return;
    const state = this.stateOf(vpc);
    if (state.mainAssociation === undefined || (state.mainAssociation.state !== 'known' && table.state === 'known')) {
      state.mainAssociation = table;
    }
  }

  setDefaultSecurityGroup(vpc: VpcNode, sg: Known<SgNode>): void {
    this.stateOf(vpc).defaultSg ??= sg;
  }

  /** An explicit association of a subnet with a table (first wins). */
  associate(subnet: SubnetNode, table: Tri<TableNode>): void {
    if (subnet.explicitAssociation) return;
    subnet.explicitAssociation = true;
    subnet.routeTable = table;
  }

  /** The table AWS created with the VPC: its `aws_default_route_table`, or the implicit one. */
  protected originalMainTable(state: VpcState): Known<TableNode> {
    if (state.defaultTable !== undefined) return state.defaultTable;
    state.implicitUsed = true;
    return state.implicitSelf;
  }

  /** The VPC known only by this ID: one external stub per ID. */
  protected stubVpc(id: string): Known<VpcNode> {
    const why = `${id} is not defined in the linted files`;
    const vpc = this.addVpc({
      key: id,
      label: id,
      id: known(id),
      external: true,
      cidrBlocks: [],
      blocksIncomplete: why,
      enableDnsSupport: unknown(why),
      enableDnsHostnames: unknown(why),
      region: unknown(why),
      accountId: unknown(why),
    });
    this.setImplicitRoutesIncomplete(vpc, `the routes of ${id}'s main route table are not in the linted files`);
    return this.stateOf(vpc).self;
  }

  /** The VPC an input resource stands for, if any. */
  protected vpcAt(index: number): VpcState | undefined {
    return this.kindAt[index] === 'vpc' ? this.stateOf((this.selfAt[index] as Known<VpcNode>).value) : undefined;
  }

  // ---- result

  /** Decides main tables and subnet tables, and returns the model with every list in input order. */
  finish(): NetworkModel {
    for (const state of this.vpcStateList) {
      const vpc = state.node;
      const original = state.defaultTable ?? state.implicitSelf;
      const association = state.mainAssociation;
      if (association?.state === 'known') {
        original.value.isMain = false;
        association.value.isMain = true;
        vpc.mainRouteTable = association.value;
        state.mainSelf = association;
      } else {
        // An association whose table is unknown replaces the main table with one we cannot see.
        original.value.isMain = association === undefined;
        vpc.mainRouteTable = original.value;
        state.mainSelf = association ?? original;
      }
      if (state.implicit === vpc.mainRouteTable || state.implicitUsed) {
        // A new list of the exact size (unshift would make room for 16 more).
        vpc.routeTables = [state.implicit as TableNode].concat(vpc.routeTables);
        this.tables.push(state.order, state.implicit);
      }
    }
    const subnets = this.subnets.sorted(this.resources.length);
    for (const subnet of subnets) {
      if (!subnet.explicitAssociation) {
        if (subnet.vpc.state === 'known') {
          const main = this.stateOf(subnet.vpc.value).mainSelf as Tri<TableNode>;
          subnet.routeTable =
            main.state === 'unknown'
              ? unknown(`${subnet.key} uses the main route table of ${subnet.vpc.value.label}, which is unknown: ${main.reason}`)
              : main;
        } else if (subnet.vpc.state === 'unknown') {
          subnet.routeTable = unknown(`${subnet.key} uses its VPC's main route table, but its VPC is unknown: ${subnet.vpc.reason}`);
        }
      }
      if (subnet.routeTable.state === 'known') {
        const table = subnet.routeTable.value as TableNode;
        table.subnets = withItem(table.subnets, subnet);
      }
    }
    const n = this.resources.length;
    return {
      vpcs: this.vpcs.sorted(n),
      subnets,
      routeTables: this.tables.sorted(n),
      routes: this.routes.sorted(n),
      peerings: this.peerings.sorted(n),
      securityGroups: this.groups.sorted(n),
      securityGroupRules: this.rules.sorted(n),
      cidrLiterals: this.literals.sorted(n),
      // Only models with network ACLs (CloudFormation, Terraform) add the lists.
      ...(this.acls.size > 0 || this.aclEntries.size > 0
        ? { networkAcls: this.acls.sorted(n), networkAclEntries: this.aclEntries.sorted(n) }
        : {}),
    };
  }
}
