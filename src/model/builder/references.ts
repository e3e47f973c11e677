// Reference resolution: an attribute that names another resource becomes a link to its node, by
// known real ID across files (an unmatched `vpc-…` becomes an external VPC stub), or by following
// the references of an unknown value within the file. Format-neutral: what belongs to one format
// (wording, attributes of a VPC that name what AWS creates with it) comes from formats.ts
// (split from context.ts, issue 14).
import { unknownPhrase } from '../describe.js';
import type { AttrPath, AttrRef, AttrValue, SourceResource } from '../../parse/source.js';
import { ABSENT, unknown, unknownAt } from '../tri.js';
import type { Known, Tri, Unknown } from '../tri.js';
import { FORMAT_TRAITS } from './formats.js';
import { EntityRegistry, NOUN } from './registry.js';
import type { EntityKind, NodeOf, TableNode, VpcNode } from './registry.js';
import { show } from './values.js';

const ID_PATH: AttrPath = Object.freeze(['id']);

/** Reference chains longer than this (a.x -> b.y -> c.z -> ...) are not followed. */
const MAX_LINK_DEPTH = 4;

export class References extends EntityRegistry {
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
    const scope = FORMAT_TRAITS.linkScope[r.format] ?? 'the linted files';
    return unknownAt(`${this.describe(r, path)} is ${unknownPhrase(reason)} and not linked to a resource in ${scope}`, {
      resource: r,
      path,
      reason,
    });
  }

  protected linkId<K extends EntityKind>(kind: K, r: SourceResource, path: AttrPath, value: unknown): Tri<NodeOf<K>> {
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

  /** Follows one reference: undefined when its target is not in the same file. */
  protected followRef<K extends EntityKind>(kind: K, from: SourceResource, ref: AttrRef, depth: number): Tri<NodeOf<K>> | undefined {
    const index = this.indexIn(ref.file ?? from.file, ref.address);
    if (index === undefined) return undefined;
    // An empty attribute names the resource itself (Terraform 0.12, or an index expression).
    const attr = ref.attribute.length === 0 ? ID_PATH : ref.attribute;
    const only = attr.length === 1 ? attr[0] : undefined;
    if (only === 'id' && this.kindAt[index] === kind) return this.selfAt[index] as Known<NodeOf<K>>;
    // Attributes of a VPC that name things AWS creates with it.
    if (kind === 'table' && typeof only === 'string' && FORMAT_TRAITS.vpcMainTableAttributes.has(only)) {
      const state = this.vpcAt(index);
      if (state !== undefined) return this.originalMainTable(state) as Known<NodeOf<K>>;
    }
    if (kind === 'sg' && typeof only === 'string' && FORMAT_TRAITS.vpcDefaultSgAttributes.has(only)) {
      const sg = this.vpcAt(index)?.defaultSg;
      if (sg !== undefined) return sg as Known<NodeOf<K>>;
    }
    if (depth >= MAX_LINK_DEPTH) return undefined;
    const target = this.resources[index] as SourceResource;
    return this.linkValue(kind, target, attr, target.get(attr), depth + 1);
  }

  // ---- for adapters that resolve links of their own format (terraform-references.ts)

  /** The VPC whose original main route table has this known ID, if one is declared. */
  vpcWithMainTableId(id: string): Known<VpcNode> | undefined {
    return this.vpcByMainTableId.get(id)?.self;
  }

  /** The route table with this known ID, if one is declared. */
  tableById(id: string): Known<TableNode> | undefined {
    return this.byId.table.get(id);
  }

  /** The VPC that the resource `ref` of `from` names stands for (a VPC, or a data source for one), if any. */
  vpcReferencedBy(from: SourceResource, ref: AttrRef): Known<VpcNode> | undefined {
    const index = this.indexIn(ref.file ?? from.file, ref.address);
    return index === undefined ? undefined : this.vpcAt(index)?.self;
  }
}
