// Adapters for the data sources that stand for a resource in scope (data-sources.ts decides
// which): the data source becomes another name for that resource's model entity, so links and
// values through it reach the same VPC, subnet or route table. Other lookups keep their previous
// handling: a `data.aws_vpc` becomes an external VPC, and subnets and route tables stay unlinked.
import type { SourceResource } from '../../parse/source.js';
import type { Adapter } from './adapter.js';
import type { BuildContext, EntityKind } from './context.js';
import { declareVpc } from './terraform.js';

/** Makes `r` stand for the entity of `kind` that the resource it reads declares; false when it reads none. */
function aliasToResource(r: SourceResource, ctx: BuildContext, kind: EntityKind): boolean {
  const s = ctx.dataSources.standIn(ctx.at);
  if (s.kind !== 'resource') return false;
  const target = ctx.resourceAt(s.index);
  const self = target === undefined ? undefined : ctx.selfOf(kind, target);
  if (self === undefined) return false;
  ctx.alias(kind, self);
  return true;
}

/** A data source for a VPC in scope (by reference, or by the same known ID) stands for that VPC. */
function declareDataVpc(r: SourceResource, ctx: BuildContext): void {
  if (aliasToResource(r, ctx, 'vpc')) return;
  const id = ctx.str(r, ['id']);
  const existing = id.state === 'known' ? ctx.vpcById(id.value) : undefined;
  if (existing !== undefined) ctx.aliasVpc(existing);
  else declareVpc(r, ctx, true);
}

/** Subnets and route tables are all declared before the link phase, which runs this. */
export const DATA_SOURCE_ADAPTERS: ReadonlyMap<string, Adapter> = new Map<string, Adapter>([
  ['data.aws_vpc', { declare: declareDataVpc }],
  ['data.aws_subnet', { link: (r, ctx) => void aliasToResource(r, ctx, 'subnet') }],
  ['data.aws_route_table', { link: (r, ctx) => void aliasToResource(r, ctx, 'table') }],
]);
