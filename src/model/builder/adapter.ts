// A per-resource-type adapter turns one source resource into model entities in fixed phases, so
// that links never depend on input order: every VPC exists before anything is declared, every
// entity exists before anything links to it, and every link is made before routes and rules
// attach. New formats (CloudFormation) add adapters to the table without touching others.
import type { SourceResource } from '../../parse/source.js';
import type { BuildContext } from './context.js';

export type Step = (r: SourceResource, ctx: BuildContext) => void;

/** The phases, in the order they run over all resources (each phase in input order). */
export const PHASES = ['vpc', 'declare', 'link', 'claim', 'attach'] as const;
export type Phase = (typeof PHASES)[number];

/**
 * - `vpc`: declare managed VPCs (so data sources can join them by ID);
 * - `declare`: declare every other entity and index its known ID;
 * - `link`: resolve the links between entities (VPC of a subnet, peering sides, accepters);
 * - `claim`: standalone routes and rules claim their entries in the refreshed lists of existing
 *   tables and groups (see claims.ts); resources a plan deletes run this phase only;
 * - `attach`: routes, associations, security group rules, peering options.
 */
export type Adapter = { readonly [P in Phase]?: Step };

/** The adapter table key: `aws_vpc`, `data.aws_vpc`, `AWS::EC2::VPC`. */
export function adapterKey(mode: string, type: string): string {
  return mode === 'data' ? `data.${type}` : type;
}
