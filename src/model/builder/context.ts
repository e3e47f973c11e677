// The builder's working state: mutable nodes that become the read-only NetworkModel, the indexes
// that join resources (by address within a file, by real ID across files), and the readers that
// turn attribute values into tri-state model values. Format adapters (Terraform now,
// CloudFormation later) only call into this; it knows AWS, not file formats.
import { parseCidr } from '../cidr.js';
import { pathText, unknownPhrase } from '../describe.js';
import { Claims } from './claims.js';
import { DataSources } from './data-sources.js';
import type { AttrPath, AttrRef, AttrValue, SourceResource } from '../../parse/source.js';
import { ABSENT, known, unknown, unknownAt } from '../tri.js';
import type { Known, Tri, Unknown } from '../tri.js';
import type {
  Cidr,
  CidrBlock,
  CidrLiteral,
  NetworkAcl,
  NetworkAclEntry,
  NetworkModel,
  PeeringConnection,
  PeeringOptions,
  Protocol,
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
  subnets: SubnetNode[];
  routeTables: TableNode[];
  mainRouteTable: TableNode;
  peerings: PeeringNode[];
  securityGroups: SgNode[];
}
export interface SubnetNode extends Mutable<Omit<Subnet, 'vpc' | 'routeTable'>> {
  vpc: Tri<VpcNode>;
  routeTable: Tri<TableNode>;
}
export interface TableNode extends Mutable<Omit<RouteTable, 'vpc' | 'routes' | 'subnets'>> {
  vpc: Tri<VpcNode>;
  routes: Route[];
  subnets: SubnetNode[];
}
export interface PeeringNode
  extends Mutable<
    Omit<PeeringConnection, 'optionsResources' | 'requester' | 'accepter' | 'requesterOptions' | 'accepterOptions'>
  > {
  optionsResources: SourceResource[];
  requester: Tri<VpcNode>;
  accepter: Tri<VpcNode>;
  requesterOptions: Mutable<PeeringOptions>;
  accepterOptions: Mutable<PeeringOptions>;
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
type NodeOf<K extends EntityKind> = {
  vpc: VpcNode;
  subnet: SubnetNode;
  table: TableNode;
  peering: PeeringNode;
  sg: SgNode;
  nacl: NaclNode;
}[K];

const NOUN: Record<EntityKind, string> = {
  vpc: 'VPC',
  subnet: 'subnet',
  table: 'route table',
  peering: 'peering connection',
  sg: 'security group',
  nacl: 'network ACL',
};

const ID_PATH: AttrPath = Object.freeze(['id']);

/** Reference chains longer than this (a.x -> b.y -> c.z -> ...) are not followed. */
const MAX_LINK_DEPTH = 4;

/** Builder bookkeeping for one VPC that does not belong in the model. */
interface VpcState {
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

/** Input-ordered collector: items pushed in any order, read back by resource index (stable). */
class Ordered<T> {
  private readonly items: T[] = [];
  private readonly orders: number[] = [];
  push(order: number, item: T): void {
    this.items.push(item);
    this.orders.push(order);
  }
  get size(): number {
    return this.items.length;
  }
  /** Counting sort by order, stable: linear in items plus `limit`. */
  sorted(limit: number): T[] {
    let inOrder = true;
    for (let i = 1; i < this.orders.length && inOrder; i++) inOrder = (this.orders[i - 1] as number) <= (this.orders[i] as number);
    if (inOrder) return this.items;
    const counts = new Array<number>(limit + 1).fill(0);
    for (const o of this.orders) counts[o + 1] = (counts[o + 1] ?? 0) + 1;
    for (let i = 1; i <= limit; i++) counts[i] = (counts[i] ?? 0) + (counts[i - 1] ?? 0);
    const out = new Array<T>(this.items.length);
    for (let i = 0; i < this.items.length; i++) {
      const o = this.orders[i] as number;
      out[counts[o] as number] = this.items[i] as T;
      counts[o] = (counts[o] as number) + 1;
    }
    return out;
  }
}

// Shared known values for the few that repeat everywhere (the model is read-only): fewer objects
// in a model of 100k resources.
const TRUE = Object.freeze(known(true));
const FALSE = Object.freeze(known(false));
const knownBool = (b: boolean): Tri<boolean> => (b ? TRUE : FALSE);
const smallInts = new Map<number, Tri<number>>();
const knownInt = (n: number): Tri<number> => {
  let t = smallInts.get(n);
  if (t === undefined) {
    t = Object.freeze(known(n));
    if (smallInts.size < 4096) smallInts.set(n, t);
  }
  return t;
};

/** A short, one-line rendering of an input value for a reason. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 48 ? `${value.slice(0, 48)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value;
}


/** Is a known attribute value set? Empty strings are not: plan JSON fills every field of a block. */
export function isSet(v: AttrValue): boolean {
  return v.state === 'unknown' || (v.state === 'known' && v.value !== '');
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class BuildContext {
  /** Input index of the resource being processed: where what it creates goes in the lists. */
  at = 0;
  /** Entries of refreshed route and rule lists that standalone resources manage. */
  readonly claims = new Claims();

  private readonly resources: readonly SourceResource[];
  /** Keys that are not the plain address (the address occurs in several files, or twice in one). */
  private readonly renamed = new Map<SourceResource, string>();
  /** Input indexes by file, then by address: references resolve within the referencing file. */
  private readonly files = new Map<string, Map<string, number>>();
  /**
   * What each input resource stands for, by input index: the kind of entity, and one shared
   * `known(node)` (links to a node are many; arrays, not maps, keep 100k-resource builds fast).
   */
  private readonly kindAt: (EntityKind | undefined)[];
  private readonly selfAt: (Known<object> | undefined)[];
  /** Entities by known real ID, first declared wins. */
  private readonly byId: { [K in EntityKind]: Map<string, Known<NodeOf<K>>> } = {
    vpc: new Map(),
    subnet: new Map(),
    table: new Map(),
    peering: new Map(),
    sg: new Map(),
    nacl: new Map(),
  };
  /** Parse results by literal text: plans repeat the same blocks many times. */
  private readonly parsedCidrs = new Map<string, { result: CidrLiteral['result']; tri: Tri<Cidr> | undefined }>();
  private readonly vpcStates = new Map<VpcNode, VpcState>();
  private readonly vpcStateList: VpcState[] = [];
  /** VPCs by the known ID of the main route table AWS created with them. */
  private readonly vpcByMainTableId = new Map<string, VpcState>();

  private readonly vpcs = new Ordered<VpcNode>();
  private readonly subnets = new Ordered<SubnetNode>();
  private readonly tables = new Ordered<TableNode>();
  private readonly routes = new Ordered<Route>();
  private readonly peerings = new Ordered<PeeringNode>();
  private readonly groups = new Ordered<SgNode>();
  private readonly rules = new Ordered<SecurityGroupRule>();
  private readonly literals = new Ordered<CidrLiteral>();
  private readonly acls = new Ordered<NaclNode>();
  private readonly aclEntries = new Ordered<NetworkAclEntry>();
  /** External stubs made by `externalVpc` / `externalTable`, by key. */
  private readonly externals = new Map<string, Known<VpcNode> | Known<TableNode>>();

  /** What data sources stand for: resources in scope, provider settings (data-sources.ts). */
  readonly dataSources: DataSources;

  constructor(resources: readonly SourceResource[]) {
    this.resources = resources;
    this.dataSources = new DataSources(resources, (file, address) => this.files.get(file)?.get(address));
    this.kindAt = new Array<EntityKind | undefined>(resources.length);
    this.selfAt = new Array<Known<object> | undefined>(resources.length);
    const repeated: SourceResource[] = [];
    let multiFile = false;
    for (let i = 0; i < resources.length; i++) {
      const r = resources[i] as SourceResource;
      let byAddress = this.files.get(r.file);
      if (byAddress === undefined) {
        multiFile = this.files.size > 0;
        this.files.set(r.file, (byAddress = new Map()));
      }
      if (byAddress.has(r.address)) repeated.push(r);
      else byAddress.set(r.address, i);
    }
    // Keys: the address, or `file:address` when the address occurs in more than one file.
    if (multiFile) {
      const fileOf = new Map<string, string>();
      const shared = new Set<string>();
      for (const r of resources) {
        const seen = fileOf.get(r.address);
        if (seen === undefined) fileOf.set(r.address, r.file);
        else if (seen !== r.file) shared.add(r.address);
      }
      if (shared.size > 0) for (const r of resources) if (shared.has(r.address)) this.renamed.set(r, `${r.file}:${r.address}`);
    }
    // The same address twice in one file (not valid input, but keys must stay unique).
    const seen = new Map<string, number>();
    for (const r of repeated) {
      const base = this.key(r);
      const n = (seen.get(base) ?? 1) + 1;
      seen.set(base, n);
      this.renamed.set(r, `${base}#${n}`);
    }
  }

  /** The resource's unique key in the model. */
  key(r: SourceResource): string {
    return this.renamed.size === 0 ? r.address : (this.renamed.get(r) ?? r.address);
  }

  /** "route[0].cidr_block of aws_route_table.a", or the key alone for an empty path. */
  describe(r: SourceResource, path: AttrPath): string {
    return path.length === 0 ? this.key(r) : `${pathText(path)} of ${this.key(r)}`;
  }

  /** A readable Unknown for an unknown attribute value. */
  unknownValue(r: SourceResource, path: AttrPath, reason: string): Unknown {
    return unknownAt(`${this.describe(r, path)} is ${unknownPhrase(reason)}`, { resource: r, path, reason });
  }

  // ---- readers

  /**
   * Is this an attribute the code leaves to the provider: unknown, and not set by the
   * configuration of a managed resource (a data source's attributes all come from AWS)?
   */
  isComputed(r: SourceResource, v: AttrValue): boolean {
    return v.state === 'unknown' && v.computed === true && r.mode === 'managed';
  }

  /**
   * An attribute's value, with what data sources decide filled in: a data source's own attribute,
   * or a plain reference to one (`data.aws_vpc.peer.cidr_block` of a data source that is
   * `aws_vpc.peer`). See data-sources.ts.
   */
  value(r: SourceResource, path: AttrPath): AttrValue {
    return this.resolved(r, path, r.get(path));
  }

  /** Like `value`, for a value already read. */
  resolved(r: SourceResource, path: AttrPath, v: AttrValue): AttrValue {
    return v.state === 'unknown' ? (this.dataSources.resolve(r, path, v) ?? v) : v;
  }

  /** The input resource at `index`. */
  resourceAt(index: number): SourceResource | undefined {
    return this.resources[index];
  }

  /** The value as the code sets it: a computed attribute reads as not set. */
  configured(r: SourceResource, v: AttrValue): AttrValue {
    return this.isComputed(r, v) ? ABSENT : v;
  }

  /** A string attribute (numbers are accepted as their text; empty strings are not set). */
  str(r: SourceResource, path: AttrPath): Tri<string> {
    return this.strFrom(r, path, r.get(path));
  }

  strFrom(r: SourceResource, path: AttrPath, raw: AttrValue): Tri<string> {
    const v = this.resolved(r, path, raw);
    if (v.state === 'absent') return ABSENT;
    if (v.state === 'unknown') return this.unknownValue(r, path, v.reason);
    if (typeof v.value === 'string') return v.value === '' ? ABSENT : known(v.value);
    if (typeof v.value === 'number' && Number.isFinite(v.value)) return known(String(v.value));
    return unknown(`${this.describe(r, path)} is not a string: ${show(v.value)}`);
  }

  /** A boolean attribute (`"true"`/`"false"` accepted); `fallback` (AWS's default) when the code does not set it. */
  bool(r: SourceResource, path: AttrPath, fallback?: boolean): Tri<boolean> {
    const v = this.resolved(r, path, fallback === undefined ? r.get(path) : this.configured(r, r.get(path)));
    if (v.state === 'absent') return fallback === undefined ? ABSENT : knownBool(fallback);
    if (v.state === 'unknown') return this.unknownValue(r, path, v.reason);
    if (typeof v.value === 'boolean') return knownBool(v.value);
    if (v.value === 'true' || v.value === 'false') return knownBool(v.value === 'true');
    return unknown(`${this.describe(r, path)} is not a boolean: ${show(v.value)}`);
  }

  /** A port number (numeric strings accepted). */
  port(r: SourceResource, path: AttrPath): Tri<number> {
    const v = this.value(r, path);
    if (v.state === 'absent') return ABSENT;
    if (v.state === 'unknown') return this.unknownValue(r, path, v.reason);
    const n = typeof v.value === 'string' && /^\s*-?\d+\s*$/.test(v.value) ? Number(v.value) : v.value;
    if (typeof n === 'number' && Number.isInteger(n)) return knownInt(n);
    return unknown(`${this.describe(r, path)} is not a port number: ${show(v.value)}`);
  }

  /** An IP protocol, normalized: `all` for -1/"all", names for 6/17/1/58, other numbers as text. */
  protocol(r: SourceResource, path: AttrPath): Tri<Protocol> {
    const v = this.value(r, path);
    if (v.state === 'absent') return ABSENT;
    if (v.state === 'unknown') return this.unknownValue(r, path, v.reason);
    if (typeof v.value !== 'string' && !(typeof v.value === 'number' && Number.isFinite(v.value))) {
      return unknown(`${this.describe(r, path)} is not a protocol: ${show(v.value)}`);
    }
    const text = String(v.value).trim().toLowerCase();
    if (text === '') return ABSENT;
    return PROTOCOLS.get(text) ?? known(/^\d+$/.test(text) ? String(Number(text)) : text);
  }

  /**
   * A list attribute's length, or why it cannot be read as a list. A computed list (inline
   * `route`, `ingress` the code does not write) is not set.
   */
  list(r: SourceResource, path: AttrPath): { state: 'known'; length: number } | Unknown | typeof ABSENT {
    const v = this.resolved(r, path, this.configured(r, r.get(path)));
    if (v.state === 'absent') return ABSENT;
    if (v.state === 'unknown') return this.unknownValue(r, path, v.reason);
    if (Array.isArray(v.value)) return { state: 'known', length: v.value.length };
    return unknown(`${this.describe(r, path)} is not a list: ${show(v.value)}`);
  }

  /**
   * A CIDR attribute of the expected family. Every literal read is recorded in `cidrLiterals`; a
   * malformed one (or a non-string, or the wrong family) becomes an invalid Unknown quoting it.
   * `emptyIsAbsent`: an empty string means "not set" (scalar fields), else it is malformed (list
   * elements). A computed top-level attribute is not set (AWS assigns no CIDR the code does not
   * ask for; the adapters handle IPAM and Amazon-provided blocks before reading the literal).
   * Nested attributes are not judged so: readers cannot always see nested configuration.
   */
  cidr(r: SourceResource, path: AttrPath, family: 4 | 6, emptyIsAbsent = true): Tri<Cidr> {
    return this.cidrFrom(r, path, r.get(path), family, emptyIsAbsent);
  }

  cidrFrom(r: SourceResource, path: AttrPath, raw: AttrValue, family: 4 | 6, emptyIsAbsent = true): Tri<Cidr> {
    if (raw.state === 'absent' || (path.length === 1 && this.isComputed(r, raw))) return ABSENT;
    const v = this.resolved(r, path, raw);
    // A literal read through a data source is recorded where it is written, not here.
    const literal = v === raw;
    if (v.state === 'absent') return ABSENT;
    if (v.state === 'unknown') return this.unknownValue(r, path, v.reason);
    if (v.value === '' && emptyIsAbsent) return ABSENT;
    const text = typeof v.value === 'string' ? v.value : show(v.value);
    let parsed = typeof v.value === 'string' ? this.parsedCidrs.get(v.value) : undefined;
    if (parsed === undefined) {
      const result = parseCidr(v.value);
      parsed = { result, tri: result.ok ? known(result.cidr) : undefined };
      if (typeof v.value === 'string') this.parsedCidrs.set(v.value, parsed);
    }
    let result = parsed.result;
    if (result.ok && result.cidr.family !== family) {
      result = { ok: false, error: `an IPv${result.cidr.family} block where an IPv${family} block is expected` };
    }
    if (literal) this.literals.push(this.at, { subject: { resource: r, path }, text, result });
    if (result.ok && parsed.tri !== undefined) return parsed.tri;
    const error = result.ok ? '' : result.error;
    return unknown(`${this.describe(r, path)} is not a valid CIDR block: ${show(v.value)} (${error})`, true);
  }

  // ---- entities

  /** Records that the resource being processed stands for `self`. */
  private register<K extends EntityKind>(kind: K, self: Known<NodeOf<K>>): void {
    this.kindAt[this.at] = kind;
    this.selfAt[this.at] = self;
  }

  /** Input index of a resource: the one being processed, as a rule. */
  private indexOf(r: SourceResource): number {
    if (this.resources[this.at] === r) return this.at;
    const index = this.files.get(r.file)?.get(r.address);
    return index !== undefined && this.resources[index] === r ? index : this.resources.indexOf(r);
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
      routes: [],
      subnets: [],
    };
    if (fields.resource !== undefined) implicit.resource = fields.resource;
    const node: VpcNode = {
      key: fields.key,
      label: fields.label,
      id: fields.id,
      external: fields.external,
      cidrBlocks: fields.cidrBlocks,
      enableDnsSupport: fields.enableDnsSupport,
      enableDnsHostnames: fields.enableDnsHostnames,
      region: fields.region,
      accountId: fields.accountId,
      subnets: [],
      routeTables: [],
      mainRouteTable: implicit,
      peerings: [],
      securityGroups: [],
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
    if (route.routeTable.state === 'known') (route.routeTable.value as TableNode).routes.push(route);
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

  private stateOf(vpc: VpcNode): VpcState {
    return this.vpcStates.get(vpc) as VpcState;
  }

  /** Links a table to its VPC (first link wins). */
  attachTable(table: TableNode, vpc: Tri<VpcNode>): void {
    table.vpc = vpc;
    if (vpc.state === 'known') vpc.value.routeTables.push(table);
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
  private originalMainTable(state: VpcState): Known<TableNode> {
    if (state.defaultTable !== undefined) return state.defaultTable;
    state.implicitUsed = true;
    return state.implicitSelf;
  }

  /** The VPC known only by this ID: one external stub per ID. */
  private stubVpc(id: string): Known<VpcNode> {
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

  // ---- links

  /**
   * Resolves an attribute that names another resource: a known ID is looked up among the known
   * IDs of every entity (an unmatched `vpc-…` becomes an external VPC stub); an unknown value
   * follows its references within the same file; absent stays absent.
   */
  link<K extends EntityKind>(kind: K, r: SourceResource, path: AttrPath): Tri<NodeOf<K>> {
    return this.linkValue(kind, r, path, r.get(path), 0);
  }

  /** Like `link`, for a value already read. */
  linkValue<K extends EntityKind>(kind: K, r: SourceResource, path: AttrPath, v: AttrValue, depth: number): Tri<NodeOf<K>> {
    if (v.state === 'absent') return ABSENT;
    if (v.state === 'known') return this.linkId(kind, r, path, v.value);
    // A data source may decide the ID (a known one); else its references are followed as they are.
    const decided = this.resolved(r, path, v);
    if (decided.state === 'known') return this.linkId(kind, r, path, decided.value);
    let failure: Unknown | undefined;
    for (const ref of v.refs) {
      const result = this.followRef(kind, r, ref, depth);
      if (result === undefined) continue;
      if (result.state === 'known') return result;
      if (result.state === 'unknown') failure ??= result;
    }
    return failure ?? this.unlinked(r, path, decided.state === 'unknown' ? decided.reason : v.reason);
  }

  /** "vpc_id of aws_subnet.a is known after apply and not linked to a resource in the plan". */
  unlinked(r: SourceResource, path: AttrPath, reason: string): Unknown {
    const scope = r.format === 'terraform-plan' ? 'the plan' : 'the linted files';
    return unknownAt(`${this.describe(r, path)} is ${unknownPhrase(reason)} and not linked to a resource in ${scope}`, {
      resource: r,
      path,
      reason,
    });
  }

  private linkId<K extends EntityKind>(kind: K, r: SourceResource, path: AttrPath, value: unknown): Tri<NodeOf<K>> {
    if (typeof value !== 'string') return unknown(`${this.describe(r, path)} is not an ID: ${show(value)}`);
    if (value === '') return ABSENT;
    const hit = this.byId[kind].get(value);
    if (hit !== undefined) return hit;
    if (kind === 'table') {
      const state = this.vpcByMainTableId.get(value);
      if (state !== undefined) return this.originalMainTable(state) as Known<NodeOf<K>>;
    }
    if (kind === 'vpc' && value.startsWith('vpc-')) return this.stubVpc(value) as Known<NodeOf<K>>;
    return unknownAt(`${this.describe(r, path)} is ${value}, which matches no ${NOUN[kind]} in the linted files`, {
      resource: r,
      path,
      reason: `${value}, which matches no ${NOUN[kind]} in the linted files`,
    });
  }

  private lastFile: string | undefined;
  private lastFileIndex: Map<string, number> | undefined;

  /** Input index of the resource at `address` in `file` (lookups nearly always stay in one file). */
  private indexIn(file: string, address: string): number | undefined {
    if (file !== this.lastFile) {
      this.lastFile = file;
      this.lastFileIndex = this.files.get(file);
    }
    return this.lastFileIndex?.get(address);
  }

  /** The VPC an input resource stands for, if any. */
  private vpcAt(index: number): VpcState | undefined {
    return this.kindAt[index] === 'vpc' ? this.stateOf((this.selfAt[index] as Known<VpcNode>).value) : undefined;
  }

  /** Follows one reference: undefined when its target is not in the same file. */
  private followRef<K extends EntityKind>(kind: K, from: SourceResource, ref: AttrRef, depth: number): Tri<NodeOf<K>> | undefined {
    const index = this.indexIn(ref.file ?? from.file, ref.address);
    if (index === undefined) return undefined;
    // An empty attribute names the resource itself (Terraform 0.12, or an index expression).
    const attr = ref.attribute.length === 0 ? ID_PATH : ref.attribute;
    const only = attr.length === 1 ? attr[0] : undefined;
    if (only === 'id' && this.kindAt[index] === kind) return this.selfAt[index] as Known<NodeOf<K>>;
    // Attributes of a VPC that name things AWS creates with it.
    if (kind === 'table' && (only === 'main_route_table_id' || only === 'default_route_table_id')) {
      const state = this.vpcAt(index);
      if (state !== undefined) return this.originalMainTable(state) as Known<NodeOf<K>>;
    }
    if (kind === 'sg' && only === 'default_security_group_id') {
      const sg = this.vpcAt(index)?.defaultSg;
      if (sg !== undefined) return sg as Known<NodeOf<K>>;
    }
    if (depth >= MAX_LINK_DEPTH) return undefined;
    const target = this.resources[index] as SourceResource;
    return this.linkValue(kind, target, attr, target.get(attr), depth + 1);
  }

  /**
   * The VPC whose original main table has this ID (an `aws_default_route_table`'s
   * `default_route_table_id`): by known ID, or by a reference to a VPC's
   * `default_route_table_id` / `main_route_table_id`.
   */
  linkVpcByMainTableId(r: SourceResource, path: AttrPath): Tri<VpcNode> {
    const v = r.get(path);
    if (v.state === 'absent') return ABSENT;
    if (v.state === 'known') {
      if (typeof v.value !== 'string') return unknown(`${this.describe(r, path)} is not an ID: ${show(v.value)}`);
      if (v.value === '') return ABSENT;
      const state = this.vpcByMainTableId.get(v.value);
      if (state !== undefined) return state.self;
      const table = this.byId.table.get(v.value)?.value;
      if (table !== undefined && table.vpc.state === 'known') return table.vpc;
      return unknown(`${this.describe(r, path)} is ${v.value}, which is not the main route table of a VPC in the linted files`);
    }
    for (const ref of v.refs) {
      const index = this.indexIn(ref.file ?? r.file, ref.address);
      const state = index === undefined ? undefined : this.vpcAt(index);
      const only = ref.attribute.length === 1 ? ref.attribute[0] : undefined;
      if (state !== undefined && (only === 'default_route_table_id' || only === 'main_route_table_id')) return state.self;
    }
    return this.unlinked(r, path, v.reason);
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
        vpc.routeTables.unshift(state.implicit);
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
      if (subnet.routeTable.state === 'known') subnet.routeTable.value.subnets.push(subnet);
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

const PROTOCOLS = new Map<string, Tri<Protocol>>(
  (
    [
      ['-1', 'all'],
      ['all', 'all'],
      ['6', 'tcp'],
      ['tcp', 'tcp'],
      ['17', 'udp'],
      ['udp', 'udp'],
      ['1', 'icmp'],
      ['icmp', 'icmp'],
      ['58', 'icmpv6'],
      ['icmpv6', 'icmpv6'],
    ] as const
  ).map(([text, name]) => [text, Object.freeze(known(name))]),
);
