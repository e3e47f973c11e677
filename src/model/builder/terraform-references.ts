// Terraform's part of reference resolution, out of the format-neutral context (issue 14): how an
// unlinked reference is worded for a plan, the attributes of an `aws_vpc` that name what AWS
// creates with the VPC (main_route_table_id, default_route_table_id, default_security_group_id),
// and the link of an `aws_default_route_table` to its VPC through `default_route_table_id`.
import type { AttrPath, SourceResource } from '../../parse/source.js';
import { ABSENT, unknown } from '../tri.js';
import type { Tri } from '../tri.js';
import type { BuildContext, VpcNode } from './context.js';
import type { FormatTraits } from './formats.js';
import { show } from './values.js';

/** The attributes of an `aws_vpc` that name its original main route table. */
const MAIN_TABLE_ATTRIBUTES = ['main_route_table_id', 'default_route_table_id'];

export const TERRAFORM_TRAITS: FormatTraits = {
  linkScope: { 'terraform-plan': 'the plan' },
  vpcMainTableAttributes: MAIN_TABLE_ATTRIBUTES,
  vpcDefaultSgAttributes: ['default_security_group_id'],
};

/**
 * The VPC whose original main table has this ID (an `aws_default_route_table`'s
 * `default_route_table_id`): by known ID, or by a reference to a VPC's
 * `default_route_table_id` / `main_route_table_id`.
 */
export function linkVpcByMainTableId(ctx: BuildContext, r: SourceResource, path: AttrPath): Tri<VpcNode> {
  const v = r.get(path);
  if (v.state === 'absent') return ABSENT;
  if (v.state === 'known') {
    if (typeof v.value !== 'string') return unknown(`${ctx.describe(r, path)} is not an ID: ${show(v.value)}`);
    if (v.value === '') return ABSENT;
    const vpc = ctx.vpcWithMainTableId(v.value);
    if (vpc !== undefined) return vpc;
    const table = ctx.tableById(v.value)?.value;
    if (table !== undefined && table.vpc.state === 'known') return table.vpc;
    return unknown(`${ctx.describe(r, path)} is ${v.value}, which is not the main route table of a VPC in the linted files`);
  }
  for (const ref of v.refs) {
    const vpc = ctx.vpcReferencedBy(r, ref);
    const only = ref.attribute.length === 1 ? ref.attribute[0] : undefined;
    if (vpc !== undefined && typeof only === 'string' && MAIN_TABLE_ATTRIBUTES.includes(only)) return vpc;
  }
  return ctx.unlinked(r, path, v.reason);
}
