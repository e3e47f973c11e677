// What the format-neutral builder (references.ts) needs to know of the input formats, declared by
// each format's adapter module and only looked up here, so the neutral layer tests no format
// itself (issue 14). Terraform is the only format with such traits today (terraform-references.ts);
// another format adds its own beside it.
import type { SourceFormat } from '../../parse/source.js';
import { TERRAFORM_TRAITS } from './terraform-references.js';

export interface FormatTraits {
  /** Where a reference that links to no resource was looked for, by format ("the plan"); else "the linted files". */
  readonly linkScope: Partial<Readonly<Record<SourceFormat, string>>>;
  /** Attributes of a VPC that name the route table AWS creates with it: a link through one is the VPC's original main table. */
  readonly vpcMainTableAttributes: readonly string[];
  /** Attributes of a VPC that name the security group AWS creates with it. */
  readonly vpcDefaultSgAttributes: readonly string[];
}

/** The traits of every format, merged. */
export const FORMAT_TRAITS = merge([TERRAFORM_TRAITS]);

function merge(all: readonly FormatTraits[]): {
  readonly linkScope: FormatTraits['linkScope'];
  readonly vpcMainTableAttributes: ReadonlySet<string>;
  readonly vpcDefaultSgAttributes: ReadonlySet<string>;
} {
  return {
    linkScope: Object.assign({}, ...all.map((t) => t.linkScope)) as FormatTraits['linkScope'],
    vpcMainTableAttributes: new Set(all.flatMap((t) => t.vpcMainTableAttributes)),
    vpcDefaultSgAttributes: new Set(all.flatMap((t) => t.vpcDefaultSgAttributes)),
  };
}
