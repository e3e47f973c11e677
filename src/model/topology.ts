/**
 * A format-neutral summary of the peering topology, for reporters that draw it (the diagram in the
 * markdown pull-request comment). Reporters get the lint result, not the model, so run.ts builds
 * this once from the model and the findings: the VPCs that take part in peering with their CIDR
 * blocks and `Name` tag, the rules that reported something inside each VPC, which VPCs overlap
 * another, and each peering connection with its two ends, the rules that reported something about
 * it, and which direction has no route back.
 *
 * The model knows no rule: it reads findings through the structural `TopologyHit` type (so that
 * model/ does not import the engine), and which findings say that VPCs overlap or that a direction
 * has no route back is the caller's `TopologyMarks` (report/topology-marks.ts reads them from the
 * findings' data).
 */
import type { NetworkModel, PeeringConnection, RouteTable, SourceResource, Subject, Tri, Vpc } from './types.js';

export type TopologySeverity = 'error' | 'warning' | 'note';

export interface TopologyVpc {
  /** Unique in the model (see `Labelled.key`). */
  readonly key: string;
  /** The resource address, or the real ID for a VPC known only by ID. */
  readonly label: string;
  /** The `Name` tag, when it is known and not empty. */
  readonly name?: string;
  /** Known CIDR blocks, canonical, in declaration order (primary IPv4 first). */
  readonly cidrs: readonly string[];
  /** True when some block is unknown until apply or the list of blocks may be incomplete. */
  readonly cidrsIncomplete: boolean;
  /** Not managed in the linted files (a data source, or a VPC known only by ID). */
  readonly external: boolean;
  /**
   * Rules with a finding about a resource of this VPC (the VPC, its CIDR blocks, subnets, route
   * tables, routes, security groups and their rules, network ACLs) that names no peering
   * connection, sorted. Findings that name a connection are the connection's (`TopologyPeering`).
   */
  readonly ruleIds: readonly string[];
  /** The most severe of those findings. */
  readonly worst: TopologySeverity | undefined;
  /** A finding says a CIDR block of this VPC overlaps another VPC's (NET101 between peers, NET102 between spokes of one hub). */
  readonly overlaps: boolean;
}

/** A direction with no route back: replies from `from` to `to` are dropped. */
export interface MissingRoute {
  /** Key of the VPC whose route tables lack the route. */
  readonly from: string;
  /** Key of the VPC the replies should reach. */
  readonly to: string;
}

export interface TopologyPeering {
  readonly key: string;
  readonly label: string;
  /** Key of the requester VPC; undefined when it is unknown until apply or unresolvable. */
  readonly requester: string | undefined;
  /** Key of the accepter VPC; undefined when it is unknown. */
  readonly accepter: string | undefined;
  /** Rules with a finding about this connection (as subject or related resource), sorted. */
  readonly ruleIds: readonly string[];
  /** The most severe of those findings. */
  readonly worst: TopologySeverity | undefined;
  readonly missingRoutes: readonly MissingRoute[];
}

export interface Topology {
  /** The VPCs at either end of a peering connection, in model order. */
  readonly vpcs: readonly TopologyVpc[];
  readonly peerings: readonly TopologyPeering[];
}

/** What the summary needs from a finding (the engine's `Finding` has these fields). */
export interface TopologyHit {
  readonly ruleId: string;
  readonly severity: TopologySeverity;
  readonly subject: Subject;
  readonly relatedSubjects: readonly Subject[];
}

/**
 * What a finding says about the drawing beyond the resources it names, as the caller reads it from
 * the finding (report/topology-marks.ts): the model knows no rule and no finding's data.
 */
export interface TopologyMarks<H extends TopologyHit = TopologyHit> {
  /** Labels of the VPCs whose CIDR blocks the finding says overlap another VPC's; empty for most findings. */
  overlapping(hit: H): readonly string[];
  /**
   * The label of the VPC the finding says has no route back over the connection it is about (the
   * replies from that end are dropped), or undefined when it says nothing of the kind.
   */
  missingReturnFrom(hit: H): string | undefined;
}

const RANK: Readonly<Record<TopologySeverity, number>> = { error: 3, warning: 2, note: 1 };

function knownVpc(v: Tri<Vpc>): Vpc | undefined {
  return v.state === 'known' ? v.value : undefined;
}

interface Facts {
  readonly ruleIds: Set<string>;
  worst: TopologySeverity | undefined;
}

interface PeeringFacts extends Facts {
  readonly missing: Map<string, MissingRoute>;
}

interface VpcFacts extends Facts {
  overlaps: boolean;
}

function note(f: Facts, hit: TopologyHit): void {
  f.ruleIds.add(hit.ruleId);
  if (f.worst === undefined || RANK[hit.severity] > RANK[f.worst]) f.worst = hit.severity;
}

function toTopologyVpc(vpc: Vpc, f: VpcFacts | undefined): TopologyVpc {
  const cidrs: string[] = [];
  let incomplete = vpc.blocksIncomplete !== undefined;
  for (const block of vpc.cidrBlocks) {
    const c = block.cidr;
    if (c.state === 'known') cidrs.push(c.value.canonical);
    else if (c.state === 'unknown') incomplete = true;
  }
  const out = { key: vpc.key, label: vpc.label, cidrs, cidrsIncomplete: incomplete, external: vpc.external };
  const facts = { ruleIds: [...(f?.ruleIds ?? [])].sort(), worst: f?.worst, overlaps: f?.overlaps ?? false };
  return vpc.name === undefined || vpc.name === '' ? { ...out, ...facts } : { ...out, name: vpc.name, ...facts };
}

/**
 * Each resource of `named` that belongs to one VPC (the VPC itself, its blocks, subnets, tables,
 * routes, groups, rules, ACLs).
 */
function resourceOwners(model: NetworkModel, named: ReadonlySet<SourceResource>): Map<SourceResource, Vpc> {
  const owner = new Map<SourceResource, Vpc>();
  if (named.size === 0) return owner;
  const own = (r: SourceResource | undefined, vpc: Vpc | undefined): void => {
    if (r !== undefined && vpc !== undefined && named.has(r) && !owner.has(r)) owner.set(r, vpc);
  };
  for (const vpc of model.vpcs) {
    own(vpc.resource, vpc);
    for (const b of vpc.cidrBlocks) own(b.subject.resource, vpc);
    for (const s of vpc.subnets) own(s.resource, vpc);
    for (const t of vpc.routeTables) own(t.resource, vpc);
    own(vpc.mainRouteTable.resource, vpc);
    for (const g of vpc.securityGroups) own(g.resource, vpc);
  }
  const tableVpc = (t: Tri<RouteTable>): Vpc | undefined => (t.state === 'known' ? knownVpc(t.value.vpc) : undefined);
  for (const r of model.routes) own(r.subject.resource, tableVpc(r.routeTable));
  for (const r of model.securityGroupRules) own(r.subject.resource, r.group.state === 'known' ? knownVpc(r.group.value.vpc) : undefined);
  for (const a of model.networkAcls ?? []) own(a.resource, knownVpc(a.vpc));
  for (const e of model.networkAclEntries ?? []) own(e.subject.resource, e.acl.state === 'known' ? knownVpc(e.acl.value.vpc) : undefined);
  return owner;
}

/**
 * Summarizes the peering topology of `model`, marking each connection with the findings in `hits`
 * that are about it, and the overlaps and missing routes back that `marks` reads from them (none
 * without it). Linear in the size of the model plus the findings.
 */
export function summarizeTopology<H extends TopologyHit>(model: NetworkModel, hits: readonly H[], marks?: TopologyMarks<H>): Topology {
  // Only the resources the findings name are looked up: the maps below hold just those (a large
  // model has tens of thousands of routes and connections, and few findings).
  const named = new Set<SourceResource>();
  for (const hit of hits) {
    named.add(hit.subject.resource);
    for (const s of hit.relatedSubjects) named.add(s.resource);
  }
  // Every resource that stands for a connection: requester, accepter and options resources.
  const byResource = new Map<SourceResource, PeeringConnection>();
  const facts = new Map<PeeringConnection, PeeringFacts>();
  const mark = (r: SourceResource, p: PeeringConnection): void => {
    if (named.has(r)) byResource.set(r, p);
  };
  if (named.size > 0) {
    for (const p of model.peerings) {
      mark(p.resource, p);
      if (p.accepterResource !== undefined) mark(p.accepterResource, p);
      for (const r of p.optionsResources) mark(r, p);
    }
  }
  const owners = resourceOwners(model, named);
  const vpcFacts = new Map<Vpc, VpcFacts>();
  const factsOf = (vpc: Vpc): VpcFacts => {
    let f = vpcFacts.get(vpc);
    if (f === undefined) vpcFacts.set(vpc, (f = { ruleIds: new Set(), worst: undefined, overlaps: false }));
    return f;
  };
  const byLabel = new Map<string, Vpc[]>();
  for (const vpc of model.vpcs) byLabel.set(vpc.label, [...(byLabel.get(vpc.label) ?? []), vpc]);

  for (const hit of hits) {
    const touched = new Set<PeeringConnection>();
    const inside = new Set<Vpc>();
    for (const s of [hit.subject, ...hit.relatedSubjects]) {
      const p = byResource.get(s.resource);
      if (p !== undefined) touched.add(p);
      const vpc = owners.get(s.resource);
      if (vpc !== undefined) inside.add(vpc);
    }
    // A finding about a connection is drawn on the connection; any other, on the VPCs it is in.
    if (touched.size === 0) for (const vpc of inside) note(factsOf(vpc), hit);
    for (const label of marks?.overlapping(hit) ?? []) {
      for (const vpc of byLabel.get(label) ?? []) factsOf(vpc).overlaps = true;
    }
    for (const p of touched) {
      let f = facts.get(p);
      if (f === undefined) facts.set(p, (f = { ruleIds: new Set(), worst: undefined, missing: new Map() }));
      note(f, hit);
      const peerLabel = marks?.missingReturnFrom(hit);
      if (peerLabel === undefined) continue;
      const requester = knownVpc(p.requester);
      const accepter = knownVpc(p.accepter);
      if (requester === undefined || accepter === undefined) continue;
      const [from, to] = peerLabel === accepter.label ? [accepter, requester] : peerLabel === requester.label ? [requester, accepter] : [];
      if (from === undefined || to === undefined) continue;
      f.missing.set(`${from.key}\u0000${to.key}`, { from: from.key, to: to.key });
    }
  }

  const ends = new Set<Vpc>();
  const peerings: TopologyPeering[] = [];
  for (const p of model.peerings) {
    const requester = knownVpc(p.requester);
    const accepter = knownVpc(p.accepter);
    if (requester !== undefined) ends.add(requester);
    if (accepter !== undefined) ends.add(accepter);
    const f = facts.get(p);
    peerings.push({
      key: p.key,
      label: p.label,
      requester: requester?.key,
      accepter: accepter?.key,
      ruleIds: f === undefined ? [] : [...f.ruleIds].sort(),
      worst: f?.worst,
      missingRoutes: f === undefined ? [] : [...f.missing.values()],
    });
  }
  // Model order for VPCs the model lists; VPCs known only through a connection come after.
  const vpcs: TopologyVpc[] = [];
  for (const vpc of model.vpcs) {
    if (ends.delete(vpc)) vpcs.push(toTopologyVpc(vpc, vpcFacts.get(vpc)));
  }
  for (const vpc of ends) vpcs.push(toTopologyVpc(vpc, vpcFacts.get(vpc)));
  return { vpcs, peerings };
}
