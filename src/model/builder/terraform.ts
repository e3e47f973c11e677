// Adapters for the AWS provider's Terraform resource types (plan JSON and .tf share types and
// attribute names). Each maps one resource type onto model entities through the BuildContext;
// attribute semantics (defaults, computed values, empty strings) follow the provider.
import type { AttrPath, AttrValue, ProviderSettings, SourceResource } from '../../parse/source.js';
import { ABSENT, known, unknown } from '../tri.js';
import type { Known, Tri, Unknown } from '../tri.js';
import type {
  Cidr,
  CidrBlock,
  NetworkAclEntry,
  PeeringOptions,
  RequestedPeeringOptions,
  Route,
  RouteTarget,
  RulePeer,
  SecurityGroupRule,
} from '../types.js';
import type { Adapter } from './adapter.js';
import { routeKey, rulePorts, sourceKey, type RuleSource } from './claims.js';
import { at, isObject, isSet, NO_ITEMS, NO_OPTIONS, show, withItem } from './context.js';
import type { BuildContext, NaclNode, PeeringNode, SgNode, SubnetNode, TableNode, VpcNode } from './context.js';
import { TERRAFORM_ROUTE_TARGETS } from './route-targets.js';
import { linkVpcByMainTableId } from './terraform-references.js';

/**
 * Top-level attribute paths, each made once (`PATH.vpc_id` is `['vpc_id']`, shared with `at`):
 * the adapters read them for every resource, and a path literal makes a new array at each read
 * (mesh-200: about half a million), which the scavenges of a large run then have to get through.
 */
const PATH = topPaths([
  'accept_status',
  'accepter',
  'arn',
  'assign_generated_ipv6_cidr_block',
  'auto_accept',
  'cidr_block',
  'cidr_block_associations',
  'default_network_acl_id',
  'default_route_table_id',
  'egress',
  'enable_dns_hostnames',
  'enable_dns_support',
  'from_port',
  'id',
  'ipv4_ipam_pool_id',
  'ipv6_cidr_block',
  'ipv6_ipam_pool_id',
  'ipv6_pool',
  'main_route_table_id',
  'name',
  'network_acl_id',
  'peer_owner_id',
  'peer_region',
  'peer_vpc_id',
  'region',
  'requester',
  'route',
  'route_table_id',
  'rule_number',
  'security_group_id',
  'subnet_id',
  'subnet_ids',
  'to_port',
  'type',
  'vpc_id',
  'vpc_peering_connection_id',
] as const);

function topPaths<N extends string>(names: readonly N[]): Readonly<Record<N, AttrPath>> {
  return Object.fromEntries(names.map((name) => [name, at([], name)])) as Record<N, AttrPath>;
}

// ---- VPCs

/** The text of an ID attribute for a reason: the ID, or "an IPAM pool" when not known. */
function idText(ctx: BuildContext, r: SourceResource, path: AttrPath, what: string): string {
  const id = ctx.str(r, path);
  return id.state === 'known' ? `${what} ${id.value}` : `an ${what}`;
}

/**
 * The primary IPv4 block: the literal, or unknown when IPAM allocates it. A data source has no
 * IPAM pool: what it reads is unknown for the reason data-sources.ts gives.
 */
function primaryBlock(ctx: BuildContext, r: SourceResource): Tri<Cidr> | undefined {
  const path = PATH.cidr_block;
  const v = ctx.value(r, path);
  if (v.state === 'known' && v.value !== '') return ctx.cidrFrom(r, path, v, 4);
  if (r.mode === 'managed' && isSet(ctx.configured(r, r.get(PATH.ipv4_ipam_pool_id)))) {
    return unknown(`cidr_block of ${ctx.key(r)} is allocated from ${idText(ctx, r, PATH.ipv4_ipam_pool_id, 'IPAM pool')} at apply time`);
  }
  if (v.state === 'unknown') return ctx.unknownValue(r, path, v.reason);
  return undefined;
}

/**
 * The IPv6 block of a VPC or an IPv6 association. `ipv6_cidr_block` is computed by the provider,
 * so an unknown value only means a block when something requests one (Amazon-provided, IPAM, a
 * BYOIP pool) or the value comes from the configuration (not computed, and has references when
 * the reader cannot tell).
 */
function ipv6Block(ctx: BuildContext, r: SourceResource): { cidr: Tri<Cidr>; amazonProvided: boolean } | undefined {
  const path = PATH.ipv6_cidr_block;
  const v = ctx.value(r, path);
  const assign = ctx.bool(r, PATH.assign_generated_ipv6_cidr_block);
  const amazonProvided = assign.state === 'known' && assign.value;
  if (v.state === 'known' && v.value !== '') return { cidr: ctx.cidrFrom(r, path, v, 6), amazonProvided };
  if (amazonProvided) {
    return { cidr: unknown(`the Amazon-provided IPv6 block of ${ctx.key(r)} is allocated at apply time`), amazonProvided };
  }
  // A data source has no pools: what it reads is unknown for the reason data-sources.ts gives.
  if (r.mode === 'managed' && isSet(ctx.configured(r, r.get(PATH.ipv6_ipam_pool_id)))) {
    const pool = idText(ctx, r, PATH.ipv6_ipam_pool_id, 'IPAM pool');
    return { cidr: unknown(`ipv6_cidr_block of ${ctx.key(r)} is allocated from ${pool} at apply time`), amazonProvided };
  }
  if (r.mode === 'managed' && isSet(ctx.configured(r, r.get(PATH.ipv6_pool)))) {
    const pool = idText(ctx, r, PATH.ipv6_pool, 'IPv6 address pool');
    return { cidr: unknown(`ipv6_cidr_block of ${ctx.key(r)} is allocated from ${pool} at apply time`), amazonProvided };
  }
  if (v.state === 'unknown' && !ctx.isComputed(r, v) && (assign.state === 'unknown' || v.refs.length > 0)) {
    return { cidr: ctx.unknownValue(r, path, v.reason), amazonProvided };
  }
  return undefined;
}

/** Where the `Name` tag is read, in order (made once, as `PATH`). */
const NAME_TAG_PATHS: readonly AttrPath[] = Object.freeze([Object.freeze(['tags', 'Name']), Object.freeze(['tags_all', 'Name'])]);

/** The `Name` tag. */
function nameTag(r: SourceResource): string | undefined {
  for (let i = 0; i < NAME_TAG_PATHS.length; i++) {
    const v = r.get(NAME_TAG_PATHS[i] as AttrPath);
    if (v.state === 'known' && typeof v.value === 'string' && v.value !== '') return v.value;
  }
  return undefined;
}

/** A value that is absent is unknown for a data source: nothing says what AWS holds. */
function orUnknown<T>(ctx: BuildContext, r: SourceResource, path: AttrPath, v: Tri<T>): Tri<T> {
  return v.state === 'absent' ? unknown(`${ctx.describe(r, path)} is not in the plan`) : v;
}

// ---- region and account

/** The fields of the resource's known `arn` (`arn:partition:service:region:account:...`), or undefined. */
function arnOf(r: SourceResource): readonly string[] | undefined {
  const v = r.get(PATH.arn);
  if (v.state !== 'known' || typeof v.value !== 'string') return undefined;
  const parts = v.value.split(':');
  return parts.length >= 6 && parts[0] === 'arn' ? parts : undefined;
}

/** A field of an ARN's fields (`arnOf`): 3 region, 4 account; undefined when empty. */
function arnField(arn: readonly string[] | undefined, index: 3 | 4): string | undefined {
  const field = arn?.[index];
  return field !== undefined && field !== '' ? field : undefined;
}

/**
 * A resource's provider configuration. Asked for without a memo of its own: the readers keep what
 * it takes to answer (the plan reader a resource's placement and the settings by configuration
 * key, the .tf reader the settings by key), and a WeakMap entry per resource cost more than the
 * lookup it saved (mesh-200: 40k resources).
 */
function providerOf(r: SourceResource): ProviderSettings | undefined {
  return r.provider?.();
}

/**
 * The region or account of a resource whose provider configuration cannot be seen: an Unknown
 * whose reason is written when it is read. A plan without configuration gives every resource two
 * (mesh-200: 40k), and only an unresolved check reads one; the parts are kept instead of the
 * text, so the model holds no string made per resource for them. `reason` reads as the text an
 * Unknown made by `unknown()` would hold.
 */
class ProviderNotSeen implements Unknown {
  readonly state = 'unknown';
  readonly #what: 'region' | 'account';
  readonly #key: string;
  readonly #format: SourceResource['format'];

  constructor(what: 'region' | 'account', key: string, format: SourceResource['format']) {
    this.#what = what;
    this.#key = key;
    this.#format = format;
  }

  get reason(): string {
    const scope = this.#format === 'terraform-plan' ? 'the plan does not say which one it is' : 'vpclint cannot see it';
    return `the ${this.#what} of ${this.#key} comes from its provider configuration, and ${scope}`;
  }
}

/** What the provider configuration says about a resource's region or account. */
function fromProvider(ctx: BuildContext, r: SourceResource, what: 'region' | 'account'): Tri<string> {
  const key = ctx.key(r);
  const p = providerOf(r);
  if (p === undefined) return new ProviderNotSeen(what, key, r.format);
  const v = what === 'region' ? p.region : p.accountId;
  if (v.state === 'known' && typeof v.value === 'string' && v.value !== '') return known(v.value);
  if (v.state === 'unknown') return unknown(`the ${what} of ${key} is unknown: ${v.reason}`);
  const source = what === 'region' ? 'the environment (AWS_REGION or the profile)' : 'its credentials';
  return unknown(`the ${what} of ${key} comes from provider configuration ${p.name}, which does not set it (it comes from ${source})`);
}

/**
 * The region a resource is in: its own `region` (AWS provider 6, and data sources), the region
 * in its known ARN, else its provider configuration's literal region. Never guessed.
 */
function regionOf(ctx: BuildContext, r: SourceResource, arn = arnOf(r)): Tri<string> {
  let raw = ctx.configured(r, r.get(PATH.region));
  // A data source reads in its provider's region unless its configuration sets one (provider 6);
  // the .tf reader cannot know its other attributes, but this one is not read from AWS.
  if (raw.state === 'unknown' && r.mode === 'data' && r.configures?.('region') === false) raw = ABSENT;
  const own = ctx.strFrom(r, PATH.region, raw);
  if (own.state !== 'absent') return own;
  const region = arnField(arn, 3);
  return region !== undefined ? known(region) : fromProvider(ctx, r, 'region');
}

/** `region`, and `regionSource` when the region is the provider configuration's (known or not). */
function regionFields(ctx: BuildContext, r: SourceResource): { region: Tri<string>; regionSource?: string } {
  const arn = arnOf(r);
  const region = regionOf(ctx, r, arn);
  const own = r.get(PATH.region);
  const fromProvider = (own.state === 'absent' || ctx.isComputed(r, own)) && arnField(arn, 3) === undefined;
  const p = fromProvider ? providerOf(r) : undefined;
  return p === undefined ? { region } : { region, regionSource: `${r.file}\u0000${p.name}` };
}

/**
 * The account a resource is in: `owner` (e.g. `owner_id`) when known, its ARN's, else its provider
 * configuration's. `arn` is the resource's `arnOf`, read once for its region and account.
 */
function accountOf(ctx: BuildContext, r: SourceResource, owner: string | undefined, arn: readonly string[] | undefined): Tri<string> {
  if (owner !== undefined) {
    const own = ctx.str(r, [owner]);
    if (own.state === 'known') return own;
  }
  const account = arnField(arn, 4);
  return account !== undefined ? known(account) : fromProvider(ctx, r, 'account');
}

/** Declares a VPC: a managed one, or (`external`) a data source's VPC that is not in scope. */
export function declareVpc(r: SourceResource, ctx: BuildContext, external: boolean): VpcNode {
  const key = ctx.key(r);
  const blocks: CidrBlock[] = [];
  let incomplete: string | undefined;
  const primary = primaryBlock(ctx, r);
  if (primary !== undefined) {
    blocks.push({ kind: 'ipv4-primary', cidr: primary, subject: { resource: r, path: PATH.cidr_block } });
    if (external && primary.state === 'unknown') incomplete = primary.reason;
  } else {
    incomplete = `${key} has no cidr_block`;
  }
  const v6 = ipv6Block(ctx, r);
  if (v6 !== undefined) {
    const block: CidrBlock = { kind: 'ipv6', cidr: v6.cidr, subject: { resource: r, path: PATH.ipv6_cidr_block } };
    blocks.push(v6.amazonProvided ? { ...block, amazonProvided: true } : block);
  } else if (external) {
    const raw = ctx.value(r, PATH.ipv6_cidr_block);
    if (raw.state === 'unknown') incomplete ??= ctx.unknownValue(r, PATH.ipv6_cidr_block, raw.reason).reason;
  }
  if (external) incomplete = secondaryBlocksOfDataSource(ctx, r, blocks) ?? incomplete;

  const dnsSupport = ctx.bool(r, PATH.enable_dns_support, external ? undefined : true);
  const dnsHostnames = ctx.bool(r, PATH.enable_dns_hostnames, external ? undefined : false);
  const arn = arnOf(r);
  const vpc = ctx.addVpc({
    key,
    label: key,
    resource: r,
    id: ctx.str(r, PATH.id),
    external,
    cidrBlocks: blocks,
    enableDnsSupport: orUnknown(ctx, r, PATH.enable_dns_support, dnsSupport),
    enableDnsHostnames: orUnknown(ctx, r, PATH.enable_dns_hostnames, dnsHostnames),
    region: regionOf(ctx, r, arn),
    accountId: accountOf(ctx, r, 'owner_id', arn),
  });
  const name = nameTag(r);
  if (name !== undefined) vpc.name = name;
  if (incomplete !== undefined) vpc.blocksIncomplete = incomplete;
  // Two reads written out rather than a loop over a list of the two paths, which made the list,
  // an iterator and its results per VPC (thousands in a hub).
  const mainId = ctx.str(r, PATH.main_route_table_id);
  if (mainId.state === 'known') ctx.setImplicitMainTableId(vpc, mainId.value);
  const defaultId = ctx.str(r, PATH.default_route_table_id);
  if (defaultId.state === 'known') ctx.setImplicitMainTableId(vpc, defaultId.value);
  if (external) ctx.setImplicitRoutesIncomplete(vpc, `the routes of ${key}'s main route table are not in the linted files`);
  return vpc;
}

/**
 * `cidr_block_associations` of a `data.aws_vpc`: secondary blocks (the primary is listed there
 * too and is skipped). Returns why the list is incomplete, if it is.
 */
function secondaryBlocksOfDataSource(ctx: BuildContext, r: SourceResource, blocks: CidrBlock[]): string | undefined {
  const list = ctx.list(r, PATH.cidr_block_associations);
  if (list.state === 'unknown') return list.reason;
  if (list.state !== 'known') return undefined;
  const primary = r.get(PATH.cidr_block);
  const primaryText = primary.state === 'known' ? primary.value : undefined;
  let incomplete: string | undefined;
  for (let i = 0; i < list.length; i++) {
    const state = r.get(['cidr_block_associations', i, 'state']);
    if (state.state === 'known' && typeof state.value === 'string' && !/^associat(ed|ing)$/.test(state.value)) continue;
    const path = ['cidr_block_associations', i, 'cidr_block'];
    const v = r.get(path);
    if (v.state === 'unknown') {
      incomplete ??= ctx.unknownValue(r, path, v.reason).reason;
      continue;
    }
    if (v.state === 'absent' || v.value === '' || v.value === primaryText) continue;
    blocks.push({ kind: 'ipv4-secondary', cidr: ctx.cidrFrom(r, path, v, 4), subject: { resource: r, path } });
  }
  return incomplete;
}

function ipv4Association(r: SourceResource, ctx: BuildContext): void {
  const vpc = ctx.link('vpc', r, PATH.vpc_id);
  const cidr = primaryBlock(ctx, r) ?? unknown(`${ctx.key(r)} has no cidr_block`);
  if (vpc.state === 'known') {
    vpc.value.cidrBlocks.push({ kind: 'ipv4-secondary', cidr, subject: { resource: r, path: PATH.cidr_block } });
  }
}

function ipv6Association(r: SourceResource, ctx: BuildContext): void {
  const vpc = ctx.link('vpc', r, PATH.vpc_id);
  const raw = r.get(PATH.ipv6_cidr_block);
  const v6 =
    ipv6Block(ctx, r) ??
    (raw.state === 'unknown'
      ? { cidr: ctx.unknownValue(r, PATH.ipv6_cidr_block, raw.reason), amazonProvided: false }
      : { cidr: unknown(`${ctx.key(r)} has no ipv6_cidr_block`), amazonProvided: false });
  if (vpc.state === 'known') {
    const block: CidrBlock = { kind: 'ipv6', cidr: v6.cidr, subject: { resource: r, path: PATH.ipv6_cidr_block } };
    vpc.value.cidrBlocks.push(v6.amazonProvided ? { ...block, amazonProvided: true } : block);
  }
}

// ---- subnets and route tables

function declareSubnet(r: SourceResource, ctx: BuildContext): void {
  const key = ctx.key(r);
  ctx.addSubnet({
    key,
    label: key,
    resource: r,
    id: ctx.str(r, PATH.id),
    vpc: ABSENT,
    cidr: ctx.cidr(r, PATH.cidr_block, 4),
    ipv6Cidr: ctx.cidr(r, PATH.ipv6_cidr_block, 6),
    routeTable: ABSENT,
    explicitAssociation: false,
  });
}

function linkSubnet(r: SourceResource, ctx: BuildContext): void {
  const subnet = ctx.nodeOf('subnet', r) as SubnetNode;
  subnet.vpc = ctx.link('vpc', r, PATH.vpc_id);
  if (subnet.vpc.state === 'known') subnet.vpc.value.subnets = withItem(subnet.vpc.value.subnets, subnet);
}

/**
 * Does the code write the inline list `attr` (`route`, `ingress`, `egress`)? The reader says so
 * when it sees the configuration. Else a value written in source code, or planned for a new
 * resource, is written; a plan's recorded value of an existing resource may only be read back
 * from state, so that stays unknown.
 */
function writesList(ctx: BuildContext, r: SourceResource, attr: string): Tri<boolean> {
  const configured = r.configures?.(attr);
  if (configured !== undefined) return known(configured);
  const v = ctx.configured(r, r.get([attr]));
  if (v.state === 'absent') return known(false);
  if (r.format !== 'terraform-plan' || r.action === 'create' || r.action === 'replace') return known(true);
  return unknown(
    `the plan has no configuration for ${ctx.key(r)}, so whether its ${attr} list is written in the code or only read back from state cannot be told`,
  );
}

function newTable(r: SourceResource, ctx: BuildContext, id: Tri<string>, isMain: boolean): TableNode {
  const key = ctx.key(r);
  return {
    key,
    label: key,
    resource: r,
    id,
    vpc: ABSENT,
    isMain,
    implicit: false,
    routes: NO_ITEMS,
    subnets: NO_ITEMS,
    writesInlineRoutes: writesList(ctx, r, 'route'),
  };
}

function declareRouteTable(r: SourceResource, ctx: BuildContext): void {
  const table = newTable(r, ctx, ctx.str(r, PATH.id), false);
  ctx.addTable(table);
  takeRouteClaims(r, ctx, table);
}

function linkRouteTable(r: SourceResource, ctx: BuildContext): void {
  ctx.attachTable(ctx.nodeOf('table', r) as TableNode, ctx.link('vpc', r, PATH.vpc_id));
}

function declareDefaultRouteTable(r: SourceResource, ctx: BuildContext): void {
  const id = ctx.str(r, PATH.id);
  const original = ctx.str(r, PATH.default_route_table_id);
  const table = newTable(r, ctx, id.state === 'known' || original.state !== 'known' ? id : original, true);
  ctx.addTable(table, original);
  takeRouteClaims(r, ctx, table);
}

/**
 * Lets the table take the claims of standalone routes (claims.ts) when its inline `route` list may
 * be read back from state with entries in it: only then does attachInlineRoutes ask whether an
 * entry is claimed. Other tables take none (a hub's thousands of spoke tables, each with a route
 * of its own, would otherwise keep a list of claims each for the whole build).
 */
function takeRouteClaims(r: SourceResource, ctx: BuildContext, table: TableNode): void {
  if (!readFromState(r, 'route')) return;
  const v = r.get(PATH.route);
  if (v.state === 'absent' || (v.state === 'known' && Array.isArray(v.value) && v.value.length === 0)) return;
  ctx.claims.takeRouteClaims(table);
}

/** An `aws_default_route_table` adopts the main table AWS created with its VPC. */
function linkDefaultRouteTable(r: SourceResource, ctx: BuildContext): void {
  const self = ctx.selfOf('table', r) as Known<TableNode>;
  const table = self.value;
  let vpc = linkVpcByMainTableId(ctx, r, PATH.default_route_table_id);
  if (vpc.state !== 'known') {
    const own = ctx.link('vpc', r, PATH.vpc_id);
    if (own.state === 'known' || vpc.state === 'absent') vpc = own;
  }
  ctx.attachTable(table, vpc);
  if (vpc.state === 'known') ctx.setDefaultTable(vpc.value, self);
}

/**
 * Is the list `attr` of this table or group what exists in AWS now, read back from refreshed
 * state, rather than what the code writes? So for an existing resource (a plan's no-op or update,
 * or a state file) whose configuration does not write the list (or whose configuration the plan
 * does not have): then it also holds the routes or rules of standalone resources.
 */
function readFromState(r: SourceResource, attr: string): boolean {
  if (r.format !== 'terraform-plan' || r.action === 'create' || r.action === 'replace') return false;
  return r.configures?.(attr) !== true;
}

/** The destination key of a route written at `base` with `names` (IPv4, IPv6, prefix list), when known. */
function knownRouteKey(r: SourceResource, base: AttrPath, names: Names): string | undefined {
  for (let i = 0; i < 3; i++) {
    const v = r.get(names.path(base, i));
    if (v.state === 'known' && typeof v.value === 'string' && v.value !== '') return routeKey(i === 2 ? 'pl' : 'cidr', v.value);
  }
  return undefined;
}

function attachInlineRoutes(r: SourceResource, ctx: BuildContext): void {
  const self = ctx.selfOf('table', r) as Known<TableNode>;
  const table = self.value;
  const list = ctx.list(r, PATH.route);
  if (list.state === 'unknown') {
    table.routesIncomplete = list.reason;
    return;
  }
  if (list.state !== 'known') return;
  const fromState = readFromState(r, 'route');
  for (let i = 0; i < list.length; i++) {
    const base = ['route', i];
    const element = r.get(base);
    if (element.state === 'absent' || (element.state === 'known' && !isObject(element.value))) continue;
    if (fromState) {
      // A route of a standalone aws_route (in scope, or deleted by the plan) is that resource.
      const key = knownRouteKey(r, base, INLINE_DESTINATIONS);
      if (key !== undefined && ctx.claims.routeClaimed(table, key)) continue;
    }
    ctx.addRoute(readRoute(ctx, r, base, INLINE_DESTINATIONS, self, `${table.key}.route[${i}]`, true));
  }
}

function attachRoute(r: SourceResource, ctx: BuildContext): void {
  const table = ctx.link('table', r, PATH.route_table_id);
  ctx.addRoute(readRoute(ctx, r, [], ROUTE_DESTINATIONS, table, ctx.key(r), false));
}

/** A standalone route claims its destination in its table's refreshed list. */
function claimRoute(r: SourceResource, ctx: BuildContext): void {
  // No table takes claims, so there is nothing to claim in, and a route of the model is linked to
  // its table when it is attached (a mesh's tens of thousands of routes were linked twice). A route
  // the plan deletes (not the resource being processed) is never attached: it is still linked
  // here, as the link may mark its VPC's original main table as used.
  if (!ctx.claims.anyRouteTaker && ctx.resourceAt(ctx.at) === r) return;
  const table = ctx.link('table', r, PATH.route_table_id);
  if (table.state !== 'known') return;
  ctx.claims.claimRouteLater(table.value, r, standaloneRouteKey);
}

/** The destination key of an `aws_route`, when known. */
function standaloneRouteKey(r: SourceResource): string | undefined {
  return knownRouteKey(r, [], ROUTE_DESTINATIONS);
}

function attachAssociation(r: SourceResource, ctx: BuildContext): void {
  // Gateway (edge) associations have no subnet_id; they do not route subnets.
  const subnet = ctx.link('subnet', r, PATH.subnet_id);
  if (subnet.state === 'known') ctx.associate(subnet.value, ctx.link('table', r, PATH.route_table_id));
}

function attachMainAssociation(r: SourceResource, ctx: BuildContext): void {
  const table = ctx.link('table', r, PATH.route_table_id);
  let vpc = ctx.link('vpc', r, PATH.vpc_id);
  if (vpc.state !== 'known' && table.state === 'known' && table.value.vpc.state === 'known') vpc = table.value.vpc;
  if (table.state === 'known') table.value.isMain = true;
  if (vpc.state === 'known') ctx.setMainAssociation(vpc.value, table);
}

// ---- routes

/**
 * Attribute names tried in order, with their top-level paths made once: an `aws_route` reads them
 * at the top of the resource, tens of thousands of times in a large plan (a `route` block reads
 * them under `route[i]`).
 */
class Names {
  readonly #top: readonly AttrPath[];

  constructor(readonly names: readonly string[]) {
    this.#top = names.map((name) => at([], name));
  }

  /** `at(base, names[i])`, without looking a top-level path up. */
  path(base: AttrPath, i: number): AttrPath {
    return base.length === 0 ? (this.#top[i] as AttrPath) : at(base, this.names[i] as string);
  }
}

/** Destination attributes, most usual first: IPv4 CIDR, IPv6 CIDR, prefix list. */
const INLINE_DESTINATIONS = new Names(['cidr_block', 'ipv6_cidr_block', 'destination_prefix_list_id']);
const ROUTE_DESTINATIONS = new Names(['destination_cidr_block', 'destination_ipv6_cidr_block', 'destination_prefix_list_id']);

/** Route target attributes and the kind each gives, in the order they are tried (route-targets.ts). */
const TARGETS = TERRAFORM_ROUTE_TARGETS;

const TARGET_NAMES = new Names(TARGETS.map(([name]) => name));

/**
 * Picks the attribute that is set among `names`: the first with a known value; else the one
 * unknown value that comes from the configuration (has references), since the provider leaves
 * many of these attributes unknown when they are not configured; else the only unknown one that
 * the configuration sets; else the only computed one (readers cannot always see nested
 * configuration: Terraform 0.12 plans leave `route` blocks out of it).
 * Returns the index, -1 when none is set, or the list of ambiguous unknown names.
 */
function pickSet(ctx: BuildContext, r: SourceResource, base: AttrPath, attributes: Names): number | string[] {
  const names = attributes.names;
  // Made at their first entry: most routes name a known destination and target, read first.
  let unknowns: number[] | undefined;
  let referenced: number[] | undefined;
  let computed: number[] | undefined;
  for (let i = 0; i < names.length; i++) {
    const v = r.get(attributes.path(base, i));
    if (v.state === 'known' && v.value !== '') return i;
    if (v.state !== 'unknown') continue;
    if (ctx.isComputed(r, v)) (computed ??= []).push(i);
    else {
      (unknowns ??= []).push(i);
      if (v.refs.length > 0) (referenced ??= []).push(i);
    }
  }
  const candidates = referenced ?? unknowns ?? computed;
  if (candidates === undefined) return -1;
  if (candidates.length === 1) return candidates[0] as number;
  return candidates.map((i) => names[i] as string);
}

/**
 * The value of the first of `attributes` at `base` when it is set (known, not empty): then it is
 * what pickSet picks. Routes name the first ones tried (an IPv4 destination, a peering connection)
 * far more often than any other, and each was read twice, to pick it and for its value; a caller
 * with this value picks without pickSet and goes on with the value.
 */
function firstSet(r: SourceResource, base: AttrPath, attributes: Names): AttrValue | undefined {
  const v = r.get(attributes.path(base, 0));
  return v.state === 'known' && v.value !== '' ? v : undefined;
}

function readRoute(
  ctx: BuildContext,
  r: SourceResource,
  base: AttrPath,
  fields: Names,
  routeTable: Tri<TableNode>,
  key: string,
  inline: boolean,
): Route {
  const first = firstSet(r, base, fields);
  const picked = first !== undefined ? 0 : pickSet(ctx, r, base, fields);
  // When the destination is ambiguous (several unknown), the first unknown CIDR attribute stands for it.
  const which = typeof picked === 'number' ? Math.max(picked, 0) : fields.names.indexOf(picked[0] as string);
  const destinationPath = fields.path(base, which);
  let destination: Tri<Cidr> = ABSENT;
  let destinationPrefixListId: Tri<string> = ABSENT;
  if (which === 2) destinationPrefixListId = ctx.str(r, destinationPath);
  else if (picked !== -1) destination = ctx.cidrFrom(r, destinationPath, first ?? r.get(destinationPath), which === 0 ? 4 : 6);
  return {
    key,
    subject: base.length === 0 ? { resource: r } : { resource: r, path: base },
    routeTable,
    inline,
    destination,
    destinationPath,
    destinationPrefixListId,
    target: readTarget(ctx, r, base),
  };
}

function readTarget(ctx: BuildContext, r: SourceResource, base: AttrPath): RouteTarget {
  const first = firstSet(r, base, TARGET_NAMES);
  const picked = first !== undefined ? 0 : pickSet(ctx, r, base, TARGET_NAMES);
  if (picked === -1) return { kind: 'unknown', reason: `${ctx.describe(r, base)} has no target` };
  if (typeof picked !== 'number') {
    return {
      kind: 'unknown',
      reason: `the target of ${ctx.describe(r, base)} is known after apply (${picked.join(', ')} are unknown)`,
    };
  }
  const kind = (TARGETS[picked] as (typeof TARGETS)[number])[1];
  const path = TARGET_NAMES.path(base, picked);
  const value = first ?? r.get(path);
  if (kind === 'peering') return ctx.peeringTarget(ctx.linkValue('peering', r, path, value, 0));
  const id = ctx.strFrom(r, path, value);
  if (kind === 'gateway' && id.state === 'known' && id.value === 'local') return { kind: 'local', id };
  return { kind, id };
}

// ---- peering

/** `allow_remote_vpc_dns_resolution` of a `requester` / `accepter` block (a list of one object). */
function peeringOptions(ctx: BuildContext, r: SourceResource, block: string): PeeringOptions {
  return optionsOf(ctx, r, block, ctx.configured(r, r.get([block])));
}

/** `peeringOptions` of the block's value as the code sets it (`ctx.configured`), already read. */
function optionsOf(ctx: BuildContext, r: SourceResource, block: string, v: AttrValue): PeeringOptions {
  const field = 'allow_remote_vpc_dns_resolution';
  let value: Tri<boolean>;
  if (v.state === 'absent') value = ABSENT;
  else if (v.state === 'unknown') value = ctx.unknownValue(r, [block], v.reason);
  else if (Array.isArray(v.value)) value = v.value.length === 0 ? ABSENT : ctx.bool(r, [block, 0, field]);
  else if (isObject(v.value)) value = ctx.bool(r, [block, field]);
  else value = unknown(`${ctx.describe(r, [block])} is not a block: ${show(v.value)}`);
  return value === ABSENT ? NO_OPTIONS : { allowRemoteVpcDnsResolution: value };
}

/** Later sources (accepter, options resources) override a value, except with a less-known one. */
function override<T>(current: Tri<T>, next: Tri<T>): Tri<T> {
  if (next.state === 'known') return next;
  return next.state === 'unknown' && current.state === 'absent' ? next : current;
}

function applyOptions(ctx: BuildContext, r: SourceResource, peering: PeeringNode): void {
  const requester = peeringOptions(ctx, r, 'requester');
  const accepter = peeringOptions(ctx, r, 'accepter');
  // New objects, not changed ones: a connection's options may be the shared NO_OPTIONS.
  peering.requesterOptions = {
    allowRemoteVpcDnsResolution: override(peering.requesterOptions.allowRemoteVpcDnsResolution, requester.allowRemoteVpcDnsResolution),
  };
  peering.accepterOptions = {
    allowRemoteVpcDnsResolution: override(peering.accepterOptions.allowRemoteVpcDnsResolution, accepter.allowRemoteVpcDnsResolution),
  };
}

/** What a connection that writes neither option block requests: shared, as most connections write none (read only). */
const NOTHING_REQUESTED: RequestedPeeringOptions = Object.freeze({
  requester: NO_OPTIONS,
  accepter: NO_OPTIONS,
  paths: Object.freeze([]),
});

/**
 * Does the resource itself write the option block `block`, whose value as the code sets it
 * (`ctx.configured`) is `raw`? A block counts when it is written: a non-empty list or an object,
 * or unknown from the configuration. A malformed value ("yes") is not an option block.
 */
function writesBlock(r: SourceResource, block: 'requester' | 'accepter', raw: AttrValue): boolean {
  if (r.configures?.(block) === false) return false;
  return raw.state === 'unknown' || (raw.state === 'known' && ((Array.isArray(raw.value) && raw.value.length > 0) || isObject(raw.value)));
}

/**
 * The `requester` / `accepter` option blocks the requesting resource itself writes, given the
 * options of each block it writes (undefined for a block it does not write, see `writesBlock`).
 */
function requestedOptions(requester: PeeringOptions | undefined, accepter: PeeringOptions | undefined): RequestedPeeringOptions {
  if (requester === undefined && accepter === undefined) return NOTHING_REQUESTED;
  const paths: AttrPath[] = [];
  if (requester !== undefined) paths.push(['requester']);
  if (accepter !== undefined) paths.push(['accepter']);
  return {
    requester: requester ?? NO_OPTIONS,
    accepter: accepter ?? NO_OPTIONS,
    paths,
  };
}

/**
 * The statuses AWS reports for a peering connection, each one shared known value: every
 * connection of a plan has one, almost always `active` (mesh-200: 19,900 connections).
 */
const ACCEPT_STATUSES: ReadonlyMap<string, Known<string>> = new Map(
  ['active', 'pending-acceptance', 'provisioning', 'initiating-request', 'deleted', 'deleting', 'expired', 'failed', 'rejected'].map(
    (status) => [status, Object.freeze(known(status))],
  ),
);

/** `accept_status`, as `ctx.str` reads it, with the usual statuses shared. */
function acceptStatus(ctx: BuildContext, r: SourceResource): Tri<string> {
  const status = ctx.str(r, PATH.accept_status);
  return status.state === 'known' ? (ACCEPT_STATUSES.get(status.value) ?? status) : status;
}

function declarePeering(r: SourceResource, ctx: BuildContext): void {
  const key = ctx.key(r);
  // Each option block is read once, for the connection's options and for what the resource requests.
  const requesterRaw = ctx.configured(r, r.get(PATH.requester));
  const accepterRaw = ctx.configured(r, r.get(PATH.accepter));
  const requesterOptions = optionsOf(ctx, r, 'requester', requesterRaw);
  const accepterOptions = optionsOf(ctx, r, 'accepter', accepterRaw);
  const arn = arnOf(r);
  ctx.addPeering({
    key,
    label: key,
    resource: r,
    optionsResources: NO_ITEMS,
    id: ctx.str(r, PATH.id),
    requester: ABSENT,
    accepter: ABSENT,
    // Not set by the code: the requester's own account and region.
    peerOwnerId: ctx.strFrom(r, PATH.peer_owner_id, ctx.configured(r, r.get(PATH.peer_owner_id))),
    peerRegion: ctx.strFrom(r, PATH.peer_region, ctx.configured(r, r.get(PATH.peer_region))),
    autoAccept: ctx.bool(r, PATH.auto_accept, false),
    requesterOptions,
    accepterOptions,
    region: regionOf(ctx, r, arn),
    accountId: accountOf(ctx, r, undefined, arn),
    acceptStatus: acceptStatus(ctx, r),
    requestedOptions: requestedOptions(
      writesBlock(r, 'requester', requesterRaw) ? requesterOptions : undefined,
      writesBlock(r, 'accepter', accepterRaw) ? accepterOptions : undefined,
    ),
  });
}

function linkPeeringSides(r: SourceResource, ctx: BuildContext, peering: PeeringNode): void {
  ctx.attachPeering(peering, ctx.link('vpc', r, PATH.vpc_id), ctx.link('vpc', r, PATH.peer_vpc_id));
}

function linkPeering(r: SourceResource, ctx: BuildContext): void {
  linkPeeringSides(r, ctx, ctx.nodeOf('peering', r) as PeeringNode);
}

/**
 * The accepter side of a connection: the same connection as its requester-side resource when
 * that is in scope, else the connection itself (its `vpc_id` is the requester, `peer_vpc_id` the
 * accepter, as the provider reports them for same-account connections).
 */
function linkAccepter(r: SourceResource, ctx: BuildContext): void {
  const pcxPath = PATH.vpc_peering_connection_id;
  const pcxId = ctx.str(r, pcxPath);
  const ownId = ctx.str(r, PATH.id);
  const linked = ctx.link('peering', r, pcxPath);
  if (linked.state === 'known') {
    const peering = linked.value;
    peering.accepterResource ??= r;
    ctx.aliasPeering(linked, pcxId, ownId);
    applyOptions(ctx, r, peering);
    return;
  }
  const key = ctx.key(r);
  const peering: PeeringNode = {
    key,
    label: key,
    resource: r,
    accepterResource: r,
    optionsResources: NO_ITEMS,
    id: pcxId.state === 'known' || ownId.state !== 'known' ? pcxId : ownId,
    requester: ABSENT,
    accepter: ABSENT,
    peerOwnerId: ctx.str(r, PATH.peer_owner_id),
    peerRegion: ctx.str(r, PATH.peer_region),
    // The requester's auto_accept is not in scope; the accepter's own flag means something else.
    autoAccept: ABSENT,
    requesterOptions: peeringOptions(ctx, r, 'requester'),
    accepterOptions: peeringOptions(ctx, r, 'accepter'),
    acceptStatus: acceptStatus(ctx, r),
  };
  ctx.aliasPeering(ctx.addPeering(peering), pcxId, ownId);
  linkPeeringSides(r, ctx, peering);
}

function attachPeeringOptions(r: SourceResource, ctx: BuildContext): void {
  const peering = ctx.link('peering', r, PATH.vpc_peering_connection_id);
  if (peering.state !== 'known') return;
  peering.value.optionsResources = withItem(peering.value.optionsResources, r);
  applyOptions(ctx, r, peering.value);
}

// ---- security groups

function declareSecurityGroup(r: SourceResource, ctx: BuildContext, isDefault: boolean): void {
  const key = ctx.key(r);
  ctx.addSecurityGroup({
    key,
    label: key,
    resource: r,
    id: ctx.str(r, PATH.id),
    vpc: ABSENT,
    name: ctx.str(r, PATH.name),
    isDefault,
    rules: [],
    writesInlineRules: { ingress: writesList(ctx, r, 'ingress'), egress: writesList(ctx, r, 'egress') },
    ...regionFields(ctx, r),
  });
}

function linkSecurityGroup(r: SourceResource, ctx: BuildContext): void {
  const self = ctx.selfOf('sg', r) as Known<SgNode>;
  const sg = self.value;
  sg.vpc = ctx.link('vpc', r, PATH.vpc_id);
  if (sg.vpc.state === 'known') {
    sg.vpc.value.securityGroups = withItem(sg.vpc.value.securityGroups, sg);
    if (sg.isDefault) ctx.setDefaultSecurityGroup(sg.vpc.value, self);
  }
}

/** Attribute names of one rule authoring style. */
interface RuleFields {
  readonly protocol: string;
  /** IPv4 / IPv6 CIDRs and prefix lists: list attributes, or single values. */
  readonly ipv4: string;
  readonly ipv6: string;
  readonly prefixLists: string;
  readonly lists: boolean;
  /** Referenced groups: a list (inline `security_groups`) or one ID. */
  readonly groups: string;
  readonly groupsList: boolean;
  readonly self?: string;
}
const INLINE_RULE: RuleFields = {
  protocol: 'protocol',
  ipv4: 'cidr_blocks',
  ipv6: 'ipv6_cidr_blocks',
  prefixLists: 'prefix_list_ids',
  lists: true,
  groups: 'security_groups',
  groupsList: true,
  self: 'self',
};
const RULE_RESOURCE: RuleFields = { ...INLINE_RULE, groups: 'source_security_group_id', groupsList: false };
const VPC_RULE_RESOURCE: RuleFields = {
  protocol: 'ip_protocol',
  ipv4: 'cidr_ipv4',
  ipv6: 'cidr_ipv6',
  prefixLists: 'prefix_list_id',
  lists: false,
  groups: 'referenced_security_group_id',
  groupsList: false,
};

/**
 * Calls `each` for every element path of a list attribute (or for the attribute itself when it
 * is a single value); a list that cannot be read yields `whole` with its reason.
 */
function forEachValue(
  ctx: BuildContext,
  r: SourceResource,
  path: AttrPath,
  isList: boolean,
  each: (path: AttrPath) => void,
  whole: (reason: string) => void,
): void {
  if (!isList) {
    if (isSet(ctx.configured(r, r.get(path)))) each(path);
    return;
  }
  const list = ctx.list(r, path);
  if (list.state === 'unknown') whole(list.reason);
  else if (list.state === 'known') for (let j = 0; j < list.length; j++) each(path.concat(j)); // exact size, as in `at`
}

function readPeers(ctx: BuildContext, r: SourceResource, base: AttrPath, f: RuleFields): RulePeer[] {
  const peers: RulePeer[] = [];
  for (const [attr, family] of [
    [f.ipv4, 4],
    [f.ipv6, 6],
  ] as const) {
    const path = at(base, attr);
    forEachValue(
      ctx,
      r,
      path,
      f.lists,
      (p) => {
        const cidr = ctx.cidr(r, p, family, !f.lists);
        if (cidr.state !== 'absent') peers.push({ kind: 'cidr', cidr, path: p });
      },
      (reason) => peers.push({ kind: 'cidr', cidr: unknown(reason), path }),
    );
  }
  const prefixPath = at(base, f.prefixLists);
  forEachValue(
    ctx,
    r,
    prefixPath,
    f.lists,
    (p) => {
      const id = ctx.str(r, p);
      if (id.state !== 'absent') peers.push({ kind: 'prefix-list', id, path: p });
    },
    (reason) => peers.push({ kind: 'prefix-list', id: unknown(reason), path: prefixPath }),
  );
  const groupPath = at(base, f.groups);
  forEachValue(
    ctx,
    r,
    groupPath,
    f.groupsList,
    (p) => {
      const group = ctx.link('sg', r, p);
      if (group.state === 'absent') return;
      const raw = ctx.str(r, p);
      const id = raw.state === 'known' ? raw : group.state === 'known' ? group.value.id : group;
      peers.push({ kind: 'security-group', group, id, path: p });
    },
    (reason) => {
      // A plan lists a set with an unknown element (`[aws_security_group.app.id]` of a new group)
      // as wholly unknown; its references still name the groups. Only when every reference is a
      // group is the list known.
      const v = r.get(groupPath);
      const linked = v.state === 'unknown' ? v.refs.map((ref) => ctx.linkValue('sg', r, groupPath, { ...v, refs: [ref] }, 0)) : [];
      const groups = new Map<SgNode, Known<SgNode>>();
      for (const l of linked) if (l.state === 'known') groups.set(l.value, l);
      if (linked.length > 0 && groups.size > 0 && linked.every((l) => l.state === 'known')) {
        for (const [g, self] of groups) peers.push({ kind: 'security-group', group: self, id: g.id, path: groupPath });
      } else peers.push({ kind: 'security-group', group: unknown(reason), id: unknown(reason), path: groupPath });
    },
  );
  if (f.self !== undefined) {
    const selfPath = at(base, f.self);
    const self = ctx.bool(r, selfPath);
    if (self.state === 'known' && self.value) peers.push({ kind: 'self', path: selfPath });
  }
  return peers;
}

function readRule(
  ctx: BuildContext,
  r: SourceResource,
  base: AttrPath,
  f: RuleFields,
  direction: 'ingress' | 'egress',
  group: Tri<SgNode>,
  key: string,
  inline: boolean,
): SecurityGroupRule {
  const protocol = ctx.protocol(r, at(base, f.protocol));
  return {
    key,
    inline,
    subject: base.length === 0 ? { resource: r } : { resource: r, path: base },
    group,
    direction,
    protocol,
    ...ctx.ports(r, protocol, at(base, 'from_port'), at(base, 'to_port')),
    peers: readPeers(ctx, r, base, f),
  };
}

function attachInlineRules(r: SourceResource, ctx: BuildContext): void {
  const self = ctx.selfOf('sg', r) as Known<SgNode>;
  const group = self.value;
  for (const direction of ['ingress', 'egress'] as const) {
    // A wholly unknown list is what the provider plans when no inline rules are written.
    const list = ctx.list(r, [direction]);
    if (list.state !== 'known') continue;
    const fromState = readFromState(r, direction);
    for (let i = 0; i < list.length; i++) {
      const element = r.get([direction, i]);
      if (element.state === 'absent' || (element.state === 'known' && !isObject(element.value))) continue;
      const key = `${group.key}.${direction}[${i}]`;
      const rule = readRule(ctx, r, [direction, i], INLINE_RULE, direction, self, key, true);
      const kept = fromState ? unclaimed(ctx, group, rule) : rule;
      if (kept !== undefined) ctx.addRule(kept);
    }
  }
}

/**
 * A refreshed rule entry without the sources that standalone rule resources manage (AWS merges
 * rules with the same protocol and ports into one entry); undefined when nothing is left.
 */
function unclaimed(ctx: BuildContext, group: SgNode, rule: SecurityGroupRule): SecurityGroupRule | undefined {
  const p = rule.protocol;
  if (p.state !== 'known') return rule;
  const from = rule.fromPort.state === 'known' ? rule.fromPort.value : undefined;
  const to = rule.toPort.state === 'known' ? rule.toPort.value : undefined;
  const ports = rulePorts(p.value, from, to);
  const peers = rule.peers.filter((peer) => {
    const source = peerSource(peer);
    return source === undefined || !ctx.claims.ruleClaimed(group, rule.direction, ports, sourceKey(source));
  });
  if (peers.length === rule.peers.length) return rule;
  return peers.length === 0 ? undefined : { ...rule, peers };
}

function peerSource(peer: RulePeer): RuleSource | undefined {
  switch (peer.kind) {
    case 'cidr':
      return peer.cidr.state === 'known' ? { kind: 'cidr', text: peer.cidr.value.canonical } : undefined;
    case 'prefix-list':
      return peer.id.state === 'known' ? { kind: 'prefix-list', id: peer.id.value } : undefined;
    case 'security-group':
      return peer.id.state === 'known' ? { kind: 'security-group', id: peer.id.value } : undefined;
    case 'self':
      return { kind: 'self' };
  }
}

/** Known string values of a list attribute, or of a single-valued one. */
function knownStrings(r: SourceResource, path: AttrPath, isList: boolean): string[] {
  const v = r.get(path);
  if (v.state !== 'known') return [];
  const values = isList ? (Array.isArray(v.value) ? v.value : []) : [v.value];
  return values.filter((x): x is string => typeof x === 'string' && x !== '');
}

/** A standalone rule claims its (direction, protocol, ports, source) entries in its group's refreshed lists. */
function claimRule(r: SourceResource, ctx: BuildContext, f: RuleFields, direction: 'ingress' | 'egress'): void {
  const group = ctx.link('sg', r, PATH.security_group_id);
  if (group.state !== 'known') return;
  const protocol = ctx.protocol(r, [f.protocol]);
  if (protocol.state !== 'known') return;
  const from = ctx.port(r, PATH.from_port);
  const to = ctx.port(r, PATH.to_port);
  const ports = rulePorts(protocol.value, from.state === 'known' ? from.value : undefined, to.state === 'known' ? to.value : undefined);
  const sources: RuleSource[] = [];
  for (const text of knownStrings(r, [f.ipv4], f.lists)) sources.push({ kind: 'cidr', text });
  for (const text of knownStrings(r, [f.ipv6], f.lists)) sources.push({ kind: 'cidr', text });
  for (const id of knownStrings(r, [f.prefixLists], f.lists)) sources.push({ kind: 'prefix-list', id });
  const own = group.value.id;
  for (const id of knownStrings(r, [f.groups], f.groupsList)) {
    sources.push({ kind: 'security-group', id });
    // AWS lists a rule that references its own group as `self`.
    if (own.state === 'known' && own.value === id) sources.push({ kind: 'self' });
  }
  if (f.self !== undefined) {
    const self = ctx.bool(r, [f.self]);
    if (self.state === 'known' && self.value) sources.push({ kind: 'self' });
  }
  for (const s of sources) ctx.claims.claimRule(group.value, direction, ports, sourceKey(s));
}

function ruleResourceType(r: SourceResource): 'ingress' | 'egress' | undefined {
  const type = r.get(PATH.type);
  return type.state === 'known' && (type.value === 'ingress' || type.value === 'egress') ? type.value : undefined;
}

function attachRuleResource(r: SourceResource, ctx: BuildContext): void {
  const type = ruleResourceType(r);
  if (type === undefined) return;
  const group = ctx.link('sg', r, PATH.security_group_id);
  ctx.addRule(readRule(ctx, r, [], RULE_RESOURCE, type, group, ctx.key(r), false));
}

function claimRuleResource(r: SourceResource, ctx: BuildContext): void {
  const type = ruleResourceType(r);
  if (type !== undefined) claimRule(r, ctx, RULE_RESOURCE, type);
}

function vpcRuleResource(direction: 'ingress' | 'egress'): Adapter {
  return {
    claim: (r, ctx) => claimRule(r, ctx, VPC_RULE_RESOURCE, direction),
    attach(r, ctx) {
      const group = ctx.link('sg', r, PATH.security_group_id);
      ctx.addRule(readRule(ctx, r, [], VPC_RULE_RESOURCE, direction, group, ctx.key(r), false));
    },
  };
}

// ---- network ACLs

function declareNetworkAcl(r: SourceResource, ctx: BuildContext, isDefault: boolean): void {
  const key = ctx.key(r);
  const node: NaclNode = { key, label: key, resource: r, id: ctx.str(r, PATH.id), vpc: ABSENT, entries: [], subnets: [] };
  if (isDefault) node.isDefault = true;
  ctx.addNetworkAcl(node);
}

function linkNetworkAcl(r: SourceResource, ctx: BuildContext): void {
  (ctx.nodeOf('nacl', r) as NaclNode).vpc = ctx.link('vpc', r, PATH.vpc_id);
}

/**
 * An `aws_default_network_acl` adopts the ACL AWS created with its VPC: its `vpc_id` is computed
 * (known for an existing one), else `default_network_acl_id` names it through a reference to the
 * VPC's `default_network_acl_id`.
 */
function linkDefaultNetworkAcl(r: SourceResource, ctx: BuildContext): void {
  const node = ctx.nodeOf('nacl', r) as NaclNode;
  let vpc = ctx.link('vpc', r, PATH.vpc_id);
  if (vpc.state !== 'known') {
    const v = r.get(PATH.default_network_acl_id);
    if (v.state === 'unknown') {
      const refs = v.refs.filter((ref) => ref.attribute.length === 1 && ref.attribute[0] === 'default_network_acl_id');
      if (refs.length > 0) {
        const viaVpc = ctx.linkValue('vpc', r, ['default_network_acl_id'], { ...v, refs: refs.map((ref) => ({ ...ref, attribute: ['id'] })) }, 0);
        if (viaVpc.state === 'known' || vpc.state === 'absent') vpc = viaVpc;
      }
    }
  }
  node.vpc = vpc;
}

/** Fields of one entry style: inline blocks (`rule_no`, `action`) or `aws_network_acl_rule`. */
interface AclEntryFields {
  readonly ruleNumber: string;
  readonly action: string;
}
const INLINE_ENTRY: AclEntryFields = { ruleNumber: 'rule_no', action: 'action' };
const ENTRY_RESOURCE: AclEntryFields = { ruleNumber: 'rule_number', action: 'rule_action' };

function readAclEntry(
  ctx: BuildContext,
  r: SourceResource,
  base: AttrPath,
  f: AclEntryFields,
  acl: Tri<NaclNode>,
  egress: Tri<boolean>,
  key: string,
): NetworkAclEntry {
  const protocol = ctx.protocol(r, at(base, 'protocol'));
  const icmp = protocol.state === 'known' && (protocol.value === 'icmp' || protocol.value === 'icmpv6');
  const v6 = isSet(r.get(at(base, 'ipv6_cidr_block'))) && !isSet(r.get(at(base, 'cidr_block')));
  const cidrPath = at(base, v6 ? 'ipv6_cidr_block' : 'cidr_block');
  const action = ctx.str(r, at(base, f.action));
  return {
    key,
    subject: base.length === 0 ? { resource: r } : { resource: r, path: base },
    acl,
    egress,
    ruleNumber: ctx.port(r, at(base, f.ruleNumber)),
    action: action.state === 'known' ? known(action.value.toLowerCase()) : action,
    protocol,
    cidr: ctx.cidr(r, cidrPath, v6 ? 6 : 4),
    cidrPath,
    // AWS ignores ports for "all"; for ICMP the type and code (-1: any) are what match.
    ...(icmp ? ctx.ports(r, protocol, at(base, 'icmp_type'), at(base, 'icmp_code')) : ctx.ports(r, protocol, at(base, 'from_port'), at(base, 'to_port'))),
  };
}

const ACL_EGRESS = Object.freeze(known(true));
const ACL_INGRESS = Object.freeze(known(false));

/**
 * Inline `ingress` / `egress` entries and `subnet_ids` of an `aws_network_acl` or
 * `aws_default_network_acl`. A refreshed list of an existing ACL (configuration not writing it)
 * also holds the entries of standalone `aws_network_acl_rule` resources, which claim their
 * (direction, rule number) first and are skipped here, as for routes and security group rules.
 */
function attachNetworkAcl(r: SourceResource, ctx: BuildContext): void {
  const self = ctx.selfOf('nacl', r) as Known<NaclNode>;
  const acl = self.value;
  for (const direction of ['ingress', 'egress'] as const) {
    const list = ctx.list(r, [direction]);
    if (list.state === 'unknown') {
      acl.entriesIncomplete ??= list.reason;
      continue;
    }
    if (list.state !== 'known') continue;
    const egress = direction === 'egress';
    const fromState = readFromState(r, direction);
    for (let i = 0; i < list.length; i++) {
      const element = r.get([direction, i]);
      if (element.state === 'absent' || (element.state === 'known' && !isObject(element.value))) continue;
      const entry = readAclEntry(ctx, r, [direction, i], INLINE_ENTRY, self, egress ? ACL_EGRESS : ACL_INGRESS, `${acl.key}.${direction}[${i}]`);
      if (fromState && entry.ruleNumber.state === 'known' && ctx.claims.aclEntryClaimed(acl, egress, entry.ruleNumber.value)) continue;
      ctx.addNetworkAclEntry(entry);
    }
  }
  const subnets = ctx.list(r, PATH.subnet_ids);
  if (subnets.state === 'unknown') {
    // A plan lists a set with an unknown element as wholly unknown; its references still name
    // the subnets (`[aws_subnet.a.id]`). Only when every reference is a subnet is the list known.
    const v = r.get(PATH.subnet_ids);
    const linked = v.state === 'unknown' ? v.refs.map((ref) => ctx.linkValue('subnet', r, PATH.subnet_ids, { ...v, refs: [ref] }, 0)) : [];
    if (linked.length > 0 && linked.every((l) => l.state === 'known')) {
      for (const l of linked) if (l.state === 'known') ctx.associateNetworkAcl(l.value, self);
    } else acl.subnetsIncomplete = subnets.reason;
  } else if (subnets.state === 'known') {
    for (let i = 0; i < subnets.length; i++) {
      const subnet = ctx.link('subnet', r, ['subnet_ids', i]);
      if (subnet.state === 'known') ctx.associateNetworkAcl(subnet.value, self);
      else if (subnet.state === 'unknown') acl.subnetsIncomplete ??= subnet.reason;
    }
  }
}

function aclEntryDirection(ctx: BuildContext, r: SourceResource): Tri<boolean> {
  return ctx.bool(r, PATH.egress, false);
}

function claimAclEntry(r: SourceResource, ctx: BuildContext): void {
  const acl = ctx.link('nacl', r, PATH.network_acl_id);
  const egress = aclEntryDirection(ctx, r);
  const number = ctx.port(r, PATH.rule_number);
  if (acl.state === 'known' && egress.state === 'known' && number.state === 'known') ctx.claims.claimAclEntry(acl.value, egress.value, number.value);
}

function attachAclEntry(r: SourceResource, ctx: BuildContext): void {
  const acl = ctx.link('nacl', r, PATH.network_acl_id);
  ctx.addNetworkAclEntry(readAclEntry(ctx, r, [], ENTRY_RESOURCE, acl, aclEntryDirection(ctx, r), ctx.key(r)));
}

function attachAclAssociation(r: SourceResource, ctx: BuildContext): void {
  const subnet = ctx.link('subnet', r, PATH.subnet_id);
  if (subnet.state === 'known') ctx.associateNetworkAcl(subnet.value, ctx.link('nacl', r, PATH.network_acl_id));
}

// ---- the table

const managedVpc: Adapter = { vpc: (r, ctx) => void declareVpc(r, ctx, false) };
const routeTable: Adapter = { declare: declareRouteTable, link: linkRouteTable, attach: attachInlineRoutes };
const securityGroup = (isDefault: boolean): Adapter => ({
  declare: (r, ctx) => declareSecurityGroup(r, ctx, isDefault),
  link: linkSecurityGroup,
  attach: attachInlineRules,
});

/** Adapters by `adapterKey(mode, type)`. Types not listed are ignored. */
export const TERRAFORM_ADAPTERS: ReadonlyMap<string, Adapter> = new Map<string, Adapter>([
  ['aws_vpc', managedVpc],
  ['aws_default_vpc', managedVpc],
  ['aws_vpc_ipv4_cidr_block_association', { link: ipv4Association }],
  ['aws_vpc_ipv6_cidr_block_association', { link: ipv6Association }],
  ['aws_subnet', { declare: declareSubnet, link: linkSubnet }],
  ['aws_route_table', routeTable],
  ['aws_default_route_table', { declare: declareDefaultRouteTable, link: linkDefaultRouteTable, attach: attachInlineRoutes }],
  ['aws_route', { claim: claimRoute, attach: attachRoute }],
  ['aws_route_table_association', { attach: attachAssociation }],
  ['aws_main_route_table_association', { attach: attachMainAssociation }],
  ['aws_vpc_peering_connection', { declare: declarePeering, link: linkPeering }],
  ['aws_vpc_peering_connection_accepter', { link: linkAccepter }],
  ['aws_vpc_peering_connection_options', { attach: attachPeeringOptions }],
  ['aws_security_group', securityGroup(false)],
  ['aws_default_security_group', securityGroup(true)],
  ['aws_security_group_rule', { claim: claimRuleResource, attach: attachRuleResource }],
  ['aws_vpc_security_group_ingress_rule', vpcRuleResource('ingress')],
  ['aws_vpc_security_group_egress_rule', vpcRuleResource('egress')],
  ['aws_network_acl', { declare: (r, ctx) => declareNetworkAcl(r, ctx, false), link: linkNetworkAcl, attach: attachNetworkAcl }],
  ['aws_default_network_acl', { declare: (r, ctx) => declareNetworkAcl(r, ctx, true), link: linkDefaultNetworkAcl, attach: attachNetworkAcl }],
  ['aws_network_acl_rule', { claim: claimAclEntry, attach: attachAclEntry }],
  ['aws_network_acl_association', { attach: attachAclAssociation }],
]);
