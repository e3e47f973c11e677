// The builder's working state, as one object the format adapters call into: it knows AWS, not file
// formats. Split by concern (issue 14), each layer extending the one before it:
// - resources.ts: the input resources, their keys in the model, descriptions for reasons;
// - values.ts: value readers, attribute values to tri-state model values (and CIDR literals);
// - registry.ts: the entities (mutable nodes that become the read-only NetworkModel), their
//   indexes by resource and real ID, main tables, and `finish`;
// - references.ts: links from an attribute to the entity it names.
// What belongs to one format (Terraform's attribute names and wording) lives beside its adapter
// (terraform-references.ts) and reaches the neutral layers through formats.ts.
import type { RouteTarget } from '../types.js';
import type { Tri } from '../tri.js';
import { Claims } from './claims.js';
import type { PeeringNode } from './registry.js';
import { References } from './references.js';

export type { EntityKind, NaclNode, PeeringNode, SgNode, SubnetNode, TableNode, VpcNode } from './registry.js';
export { at, isObject, isSet, show } from './values.js';
export { NO_ITEMS, NO_OPTIONS, withItem } from './registry.js';

export class BuildContext extends References {
  /** Entries of refreshed route and rule lists that standalone resources manage. */
  readonly claims = new Claims();

  /**
   * The target of routes over a known connection, one object per connection (targets are never
   * written to): a mesh has tens of thousands of routes over its connections, and the model keeps
   * every route (mesh-200: 39,800 routes, 1.6 MB of targets).
   */
  private readonly peeringTargets = new Map<PeeringNode, RouteTarget>();

  /** `{ kind: 'peering', peering }`, shared by the routes over the same known connection. */
  peeringTarget(peering: Tri<PeeringNode>): RouteTarget {
    if (peering.state !== 'known') return { kind: 'peering', peering };
    let target = this.peeringTargets.get(peering.value);
    if (target === undefined) this.peeringTargets.set(peering.value, (target = { kind: 'peering', peering }));
    return target;
  }
}
