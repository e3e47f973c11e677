// Adapters for the inventory of the configuration file: VPCs and route tables that live outside
// the linted files (another team's, another account's), described by the user with what the
// rules need: ID, name, CIDR blocks, region, account, route tables and their routes. They join
// the model like VPCs read from a state file: their values are known, their route tables are the
// complete list of what the inventory says (so a route back can be checked), and a peering or a
// route in the linted files that names their IDs links to them. A VPC the linted files also
// declare (same ID) is the linted one; the inventory entry then only stands for it.
//
// The source resources are made by src/parse/inventory/: format `config`, attributes as written
// in the inventory (`id`, `cidrs`, `region`, `account`, `routes[i].destination`, ...).
import { INVENTORY_ROUTE_TABLE, INVENTORY_VPC } from '../../parse/inventory/index.js';
import type { AttrPath, SourceResource } from '../../parse/source.js';
import { ABSENT, known, unknown } from '../tri.js';
import type { Known, Tri } from '../tri.js';
import type { CidrBlock, Route, RouteTarget } from '../types.js';
import type { Adapter } from './adapter.js';
import type { BuildContext, TableNode } from './context.js';
import { ROUTE_TARGET_PREFIXES } from './route-targets.js';

/**
 * Route targets by the prefix of the ID AWS gives them (the one table of route targets,
 * route-targets.ts). The configuration schema accepts exactly these (and `local`), so an entry
 * never has a target this table does not know.
 */
export const TARGET_PREFIXES = ROUTE_TARGET_PREFIXES;

function notGiven(r: SourceResource, what: string): Tri<never> {
  return unknown(`the ${what} of ${r.address} is not given in its inventory entry in ${r.file}`);
}

function given<T>(v: Tri<T>, r: SourceResource, what: string): Tri<T> {
  return v.state === 'absent' ? notGiven(r, what) : v;
}

function declareVpc(r: SourceResource, ctx: BuildContext): void {
  const id = ctx.str(r, ['id']);
  const existing = id.state === 'known' ? ctx.vpcById(id.value) : undefined;
  if (existing !== undefined) {
    ctx.aliasVpc(existing);
    return;
  }
  const blocks: CidrBlock[] = [];
  const list = ctx.list(r, ['cidrs']);
  let primary = true;
  for (let i = 0; list.state === 'known' && i < list.length; i++) {
    const path: AttrPath = ['cidrs', i];
    const v = r.get(path);
    const family = v.state === 'known' && typeof v.value === 'string' && v.value.includes(':') ? 6 : 4;
    const cidr = ctx.cidr(r, path, family, false);
    blocks.push({ kind: family === 6 ? 'ipv6' : primary ? 'ipv4-primary' : 'ipv4-secondary', cidr, subject: { resource: r, path } });
    if (family === 4) primary = false;
  }
  const key = ctx.key(r);
  const vpc = ctx.addVpc({
    key,
    label: key,
    resource: r,
    id,
    external: false,
    cidrBlocks: blocks,
    enableDnsSupport: given(ctx.bool(r, ['dnsSupport']), r, 'DNS support setting'),
    enableDnsHostnames: given(ctx.bool(r, ['dnsHostnames']), r, 'DNS hostnames setting'),
    region: given(ctx.str(r, ['region']), r, 'region'),
    accountId: given(ctx.str(r, ['account']), r, 'account'),
  });
  const name = ctx.str(r, ['name']);
  if (name.state === 'known') vpc.name = name.value;
  let hasMain = false;
  const tables = ctx.list(r, ['routeTables']);
  for (let i = 0; tables.state === 'known' && i < tables.length; i++) {
    const main = r.get(['routeTables', i, 'main']);
    if (main.state === 'known' && main.value === true) hasMain = true;
  }
  if (!hasMain) {
    ctx.setImplicitRoutesIncomplete(vpc, `the main route table of ${key} is not in its inventory entry in ${r.file} (mark it main: true)`);
  }
}

function declareTable(r: SourceResource, ctx: BuildContext): void {
  const key = ctx.key(r);
  const node: TableNode = { key, label: key, resource: r, id: ctx.str(r, ['id']), vpc: ABSENT, isMain: false, implicit: false, routes: [], subnets: [] };
  ctx.addTable(node);
}

function linkTable(r: SourceResource, ctx: BuildContext): void {
  const self = ctx.selfOf('table', r) as Known<TableNode>;
  const vpc = ctx.link('vpc', r, ['vpc']);
  ctx.attachTable(self.value, vpc);
  const main = r.get(['main']);
  if (vpc.state === 'known' && main.state === 'known' && main.value === true) ctx.setDefaultTable(vpc.value, self);
}

function target(r: SourceResource, ctx: BuildContext, path: AttrPath): RouteTarget {
  const id = ctx.str(r, path);
  if (id.state !== 'known') return { kind: 'unknown', reason: `${ctx.describe(r, path)} is not given` };
  if (id.value === 'local') return { kind: 'local', id };
  const kind = TARGET_PREFIXES.find(([prefix]) => id.value.startsWith(prefix))?.[1];
  if (kind === undefined) return { kind: 'unknown', reason: `${ctx.describe(r, path)} is ${id.value}, which is no route target vpclint knows` };
  if (kind === 'peering') return { kind, peering: ctx.link('peering', r, path) };
  return { kind, id };
}

function attachRoutes(r: SourceResource, ctx: BuildContext): void {
  const self = ctx.selfOf('table', r) as Known<TableNode>;
  const list = ctx.list(r, ['routes']);
  for (let i = 0; list.state === 'known' && i < list.length; i++) {
    const destinationPath: AttrPath = ['routes', i, 'destination'];
    const v = r.get(destinationPath);
    const text = v.state === 'known' && typeof v.value === 'string' ? v.value : '';
    const prefixList = text.startsWith('pl-');
    const route: Route = {
      key: `${ctx.key(r)}.routes[${i}]`,
      subject: { resource: r, path: ['routes', i] },
      routeTable: self,
      inline: false,
      destination: prefixList ? ABSENT : ctx.cidr(r, destinationPath, text.includes(':') ? 6 : 4, false),
      destinationPath,
      destinationPrefixListId: prefixList ? known(text) : ABSENT,
      target: target(r, ctx, ['routes', i, 'target']),
    };
    ctx.addRoute(route);
  }
}

/** Adapters by `adapterKey(mode, type)`. */
export const INVENTORY_ADAPTERS: ReadonlyMap<string, Adapter> = new Map<string, Adapter>([
  [INVENTORY_VPC, { vpc: declareVpc }],
  [INVENTORY_ROUTE_TABLE, { declare: declareTable, link: linkTable, attach: attachRoutes }],
]);
