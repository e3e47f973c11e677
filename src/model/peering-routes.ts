/**
 * Facts about routes over peering connections that several rules share (NET201, NET202, NET203):
 * which connection a route uses, which end is the peer, whether a destination lies inside the
 * peer VPC, and the one classification that makes exactly one of NET202/NET203 fire for a route
 * that leaves the peer VPC. Pure functions over the model; rules import them from here.
 */
import { compareCidr, contains, isWorld, overlaps } from './cidr.js';
import { CidrIndex } from './cidr-index.js';
import type {
  Cidr,
  CidrBlock,
  NetworkModel,
  PeeringConnection,
  Route,
  RouteTable,
  SourceResource,
  Subject,
  Tri,
  Vpc,
} from './types.js';
import type { Unknown, UnknownOrigin } from './tri.js';

/** A route over a peering connection, with both ends of the connection resolved. */
export interface PeeringRouteFacts {
  readonly route: Route;
  readonly destination: Cidr;
  readonly peering: PeeringConnection;
  /** The table holding the route. */
  readonly table: RouteTable;
  /** The table's VPC: the side the route sends traffic from. */
  readonly vpc: Vpc;
  /** The other side of the peering. */
  readonly peer: Vpc;
}

/** Why a route cannot be placed; `cause` is the one unknown attribute behind it, when the model knows it. */
export interface Unresolved {
  readonly kind: 'unresolved';
  readonly reason: string;
  readonly cause?: UnknownOrigin;
}

export type Resolution<T> = { readonly kind: 'skip' } | Unresolved | ({ readonly kind: 'ok' } & T);

const SKIP = { kind: 'skip' } as const;

function unresolved(reason: string, from?: Unknown): Unresolved {
  return from?.origin === undefined ? { kind: 'unresolved', reason } : { kind: 'unresolved', reason, cause: from.origin };
}

/**
 * How messages name a route: the model's key, i.e. the route resource's address, or the table's
 * plus `.route[i]` for an inline route (with the file when two files share an address).
 */
export function routeLabel(route: Route): string {
  return route.key;
}

/**
 * The route's destination attribute as a subject, so a finding about where a route sends
 * traffic points at the destination line (`destination_cidr_block`, `DestinationCidrBlock`, an
 * inline route's `cidr_block`) where the format keeps attribute positions.
 */
export function destinationSubject(route: Route): Subject {
  return { resource: route.subject.resource, path: route.destinationPath };
}

/** A subject for a located thing, its label otherwise (a VPC known only by ID). */
export function labelled(x: { readonly label: string; readonly resource?: SourceResource }): Subject | string {
  return x.resource !== undefined ? { resource: x.resource } : x.label;
}

/**
 * The destination and the peering connection of a route whose target is a peering. Skips routes
 * with other targets, and values that are invalid literals (NET001 reports those); a prefix-list
 * destination or an unknown value is unresolved.
 */
export function peeringRouteTarget(route: Route): Resolution<{ destination: Cidr; peering: PeeringConnection }> {
  const target = route.target;
  if (target.kind !== 'peering') return SKIP;
  const label = routeLabel(route);
  const d = route.destination;
  if (d.state === 'absent') {
    const pl = route.destinationPrefixListId;
    if (pl.state === 'absent') return SKIP;
    const id = pl.state === 'known' ? ` ${pl.value}` : '';
    // A prefix list's entries are managed outside the linted files: the route cannot be placed.
    return unresolved(`the destination of ${label} is a managed prefix list${id}, whose entries vpclint cannot see`);
  }
  if (d.state === 'unknown') return d.invalid === true ? SKIP : unresolved(`the destination of ${label} is unknown (${d.reason})`, d);
  const p = target.peering;
  if (p.state === 'absent') return SKIP;
  if (p.state === 'unknown') {
    return p.invalid === true ? SKIP : unresolved(`the peering connection of ${label} is unknown (${p.reason})`, p);
  }
  return { kind: 'ok', destination: d.value, peering: p.value };
}

/**
 * Both ends of a peering route: its table's VPC and the other side of the connection. Skips a
 * route whose connection does not involve its table's VPC (NET204 reports that).
 */
export function peeringRouteSides(
  route: Route,
  peering: PeeringConnection,
): Resolution<{ table: RouteTable; vpc: Vpc; peer: Vpc }> {
  const label = routeLabel(route);
  const t = route.routeTable;
  if (t.state === 'absent') return unresolved(`the route table of ${label} is not set`);
  if (t.state === 'unknown') {
    return t.invalid === true ? SKIP : unresolved(`the route table of ${label} is unknown (${t.reason})`, t);
  }
  const table = t.value;
  const v = table.vpc;
  if (v.state === 'absent') return unresolved(`the VPC of route table ${table.label} is not set`);
  if (v.state === 'unknown') {
    return v.invalid === true ? SKIP : unresolved(`the VPC of route table ${table.label} is unknown (${v.reason})`, v);
  }
  const vpc = v.value;
  const { requester, accepter } = peering;
  const requesterIsVpc = requester.state === 'known' && requester.value.key === vpc.key;
  const accepterIsVpc = accepter.state === 'known' && accepter.value.key === vpc.key;
  if (requesterIsVpc && accepterIsVpc) return SKIP;
  if (requesterIsVpc || accepterIsVpc) {
    const other = requesterIsVpc ? accepter : requester;
    const side = requesterIsVpc ? 'accepter' : 'requester';
    if (other.state === 'known') return { kind: 'ok', table, vpc, peer: other.value };
    return sideUnresolved(peering, side, other);
  }
  if (requester.state === 'known' && accepter.state === 'known') return SKIP;
  // One side is not known: it may or may not be this VPC.
  return requester.state !== 'known'
    ? sideUnresolved(peering, 'requester', requester)
    : sideUnresolved(peering, 'accepter', accepter);
}

function sideUnresolved(peering: PeeringConnection, side: string, vpc: Tri<Vpc>): Resolution<never> {
  if (vpc.state === 'unknown') {
    return vpc.invalid === true ? SKIP : unresolved(`the ${side} VPC of ${peering.label} is unknown (${vpc.reason})`, vpc);
  }
  return unresolved(`the ${side} VPC of ${peering.label} is not set`);
}

/** Destination, connection, table and both VPCs of a peering route, or why they are not known. */
export function resolvePeeringRoute(route: Route): Resolution<PeeringRouteFacts> {
  const t = peeringRouteTarget(route);
  if (t.kind !== 'ok') return t;
  const s = peeringRouteSides(route, t.peering);
  if (s.kind !== 'ok') return s;
  return { kind: 'ok', route, destination: t.destination, peering: t.peering, table: s.table, vpc: s.vpc, peer: s.peer };
}

/**
 * The smallest prefix length a VPC block can have: AWS gives VPCs IPv4 blocks of /16 to /28 and
 * IPv6 blocks of /44 to /60, so a wider destination is never inside a VPC, whatever its blocks.
 */
const WIDEST_VPC_PREFIX: Readonly<Record<4 | 6, number>> = { 4: 16, 6: 44 };

export type PeerContainment =
  | { readonly kind: 'inside' }
  | { readonly kind: 'outside' }
  | { readonly kind: 'unknown'; readonly reason: string };

/** The answer of every destination inside its peer VPC (most of them), made once. */
const INSIDE = { kind: 'inside' } as const;

/** Is `destination` inside one block of `peer`? Unknown when a block that could hold it is unknown. */
export function insidePeer(peer: Vpc, destination: Cidr): PeerContainment {
  let unknownReason: string | undefined;
  // Indexed (CONTRIBUTING.md, Performance).
  const blocks = peer.cidrBlocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as CidrBlock;
    if ((block.kind === 'ipv6' ? 6 : 4) !== destination.family) continue;
    const c = block.cidr;
    if (c.state === 'known') {
      if (contains(c.value, destination)) return INSIDE;
    } else if (c.state === 'unknown' && c.invalid !== true && unknownReason === undefined) {
      unknownReason = `the ${block.kind === 'ipv6' ? 'IPv6' : 'IPv4'} CIDR block of ${peer.label} is unknown (${c.reason})`;
    }
  }
  if (destination.prefix < WIDEST_VPC_PREFIX[destination.family]) return { kind: 'outside' };
  if (unknownReason === undefined && peer.blocksIncomplete !== undefined) {
    unknownReason = `not every CIDR block of ${peer.label} is known (${peer.blocksIncomplete})`;
  }
  if (unknownReason !== undefined) {
    return { kind: 'unknown', reason: `${unknownReason}, so it cannot be told whether ${destination.canonical} is inside it` };
  }
  return { kind: 'outside' };
}

/** A VPC that a destination overlaps, with its first overlapping block. */
interface Overlapped {
  readonly vpc: Vpc;
  readonly cidr: Cidr;
}

/**
 * The known IPv4 and IPv6 blocks of every VPC, for "which VPC does this destination reach"
 * (build once per check). Many routes share a destination (every spoke routes the hub's range),
 * so answers are kept per destination, and only the first three VPCs by label: a route excludes
 * two VPCs (its own and its peer), so the first of the rest is among them.
 */
export class VpcBlockIndex {
  private readonly model: NetworkModel;
  /** Made at the first question: only a route that leaves its peer VPC asks one, and most do not. */
  private index: CidrIndex<Vpc> | undefined;
  private readonly answers = new Map<string, readonly Overlapped[]>();

  constructor(model: NetworkModel) {
    this.model = model;
  }

  private vpcBlocks(): CidrIndex<Vpc> {
    if (this.index === undefined) {
      const items: { cidr: Cidr; item: Vpc }[] = [];
      for (const vpc of this.model.vpcs) {
        for (const block of vpc.cidrBlocks) if (block.cidr.state === 'known') items.push({ cidr: block.cidr.value, item: vpc });
      }
      this.index = new CidrIndex(items);
    }
    return this.index;
  }

  /** The first three VPCs by label whose blocks overlap `destination`, each with its first overlapping block. */
  firstOverlapping(destination: Cidr): readonly Overlapped[] {
    const key = `${destination.family}/${destination.canonical}`;
    let found = this.answers.get(key);
    if (found === undefined) {
      const best: Overlapped[] = [];
      for (const { cidr, item } of this.vpcBlocks().overlappingEntries(destination)) {
        const same = best.findIndex((o) => o.vpc === item);
        if (same >= 0) {
          if (compareCidr(cidr, (best[same] as Overlapped).cidr) < 0) best[same] = { vpc: item, cidr };
          continue;
        }
        if (best.length === 3 && !(item.label < (best[2] as Overlapped).vpc.label)) continue;
        best.push({ vpc: item, cidr });
        best.sort((a, b) => (a.vpc.label < b.vpc.label ? -1 : a.vpc.label > b.vpc.label ? 1 : 0));
        if (best.length > 3) best.pop();
      }
      found = best;
      this.answers.set(key, found);
    }
    return found;
  }
}

export type PeeringRouteClass =
  | { readonly kind: 'skip' }
  | Unresolved
  /** 0.0.0.0/0 or ::/0 over a peering: edge-to-edge, whichever side the route is on. */
  | { readonly kind: 'default'; readonly destination: Cidr; readonly peering: PeeringConnection }
  /**
   * 0.0.0.0/0 or ::/0 over a peering connection that cannot be identified (given by an ID or a
   * value not in the linted files): still edge-to-edge, since no peering reaches a peer's gateways.
   */
  | { readonly kind: 'defaultUnresolvedPeering'; readonly destination: Cidr; readonly why: string }
  /**
   * Inside the peer VPC: what a peering route should be (NET201 checks the way back). Nearly every
   * route is this, and the rules that classify routes do nothing with it: its facts are not made.
   */
  | { readonly kind: 'inside' }
  /** Outside the peer VPC and overlapping a third VPC (NET202). */
  | {
      readonly kind: 'third';
      readonly facts: PeeringRouteFacts;
      readonly third: Vpc;
      readonly thirdCidr: Cidr;
      readonly peeredWithPeer: boolean;
    }
  /** Outside the peer VPC and every other VPC: internet, on-premises, a too-wide range (NET203). */
  | { readonly kind: 'outside'; readonly facts: PeeringRouteFacts };

/**
 * Where a peering route leads. The classes are exclusive, so NET202 and NET203 never both fire for
 * one route. `index` is the model's {@link VpcBlockIndex}.
 */
export function classifyPeeringRoute(route: Route, index: VpcBlockIndex): PeeringRouteClass {
  const target = route.target;
  if (target.kind === 'peering' && route.destination.state === 'known' && isWorld(route.destination.value)) {
    // Which connection does not matter for a default route: none can reach a peer's gateways.
    const p = target.peering;
    if (p.state === 'unknown' && p.invalid !== true) {
      return { kind: 'defaultUnresolvedPeering', destination: route.destination.value, why: p.reason };
    }
  }
  const t = peeringRouteTarget(route);
  if (t.kind !== 'ok') return t;
  if (isWorld(t.destination)) return { kind: 'default', destination: t.destination, peering: t.peering };
  const s = peeringRouteSides(route, t.peering);
  if (s.kind !== 'ok') return s;
  const inside = insidePeer(s.peer, t.destination);
  if (inside.kind === 'inside') return INSIDE;
  if (inside.kind === 'unknown') return unresolved(inside.reason);
  const facts: PeeringRouteFacts = { route, destination: t.destination, peering: t.peering, ...s };

  // The first third VPC by label, and its first overlapping block, so the finding is stable.
  const third = index.firstOverlapping(t.destination).find((o) => o.vpc.key !== s.vpc.key && o.vpc.key !== s.peer.key);
  if (third === undefined) return { kind: 'outside', facts };
  return { kind: 'third', facts, third: third.vpc, thirdCidr: third.cidr, peeredWithPeer: arePeered(s.peer, third.vpc) };
}

/**
 * Every route of `model` classified (classifyPeeringRoute), in the order of `model.routes`. NET202
 * and NET203 both walk every route of the model with this classification, so it is made once per
 * model, by the first of them to ask, and kept with the model (a model is not changed once built).
 */
export function peeringRouteClasses(model: NetworkModel): readonly PeeringRouteClass[] {
  let classes = CLASSES.get(model);
  if (classes === undefined) {
    const index = new VpcBlockIndex(model);
    classes = model.routes.map((route) => classifyPeeringRoute(route, index));
    CLASSES.set(model, classes);
  }
  return classes;
}

const CLASSES = new WeakMap<NetworkModel, readonly PeeringRouteClass[]>();

/** Is there a peering connection between the two VPCs (either direction)? */
function arePeered(a: Vpc, b: Vpc): boolean {
  return a.peerings.some((p) => {
    const r = p.requester.state === 'known' ? p.requester.value.key : undefined;
    const c = p.accepter.state === 'known' ? p.accepter.value.key : undefined;
    return (r === a.key && c === b.key) || (r === b.key && c === a.key);
  });
}

/**
 * What a route that leaves its peer VPC (NET202, NET203) should send over the connection instead.
 * `inside`: the peer's blocks of the destination's family that lie inside the destination;
 * `fresh`: those of them the route's table has no other route for (AWS allows one route per
 * destination in a table), which the narrowed route sends; empty: the route goes. Undefined when
 * the peer's blocks are not all known (the narrowed route cannot be told).
 */
export function narrowedDestinations(route: Route, destination: Cidr, peer: Vpc): { inside: Cidr[]; fresh: Cidr[] } | undefined {
  if (peer.blocksIncomplete !== undefined) return undefined;
  const inside: Cidr[] = [];
  for (const block of peer.cidrBlocks) {
    if ((block.kind === 'ipv6' ? 6 : 4) !== destination.family) continue;
    const c = block.cidr;
    if (c.state !== 'known') {
      if (c.state === 'unknown') return undefined;
      continue;
    }
    if (contains(destination, c.value) && !inside.some((o) => o.canonical === c.value.canonical)) inside.push(c.value);
  }
  const table = route.routeTable.state === 'known' ? route.routeTable.value : undefined;
  const routed = new Set<string>();
  for (const r of table?.routes ?? []) if (r !== route && r.destination.state === 'known') routed.add(r.destination.value.canonical);
  return { inside, fresh: inside.filter((c) => !routed.has(c.canonical)) };
}

/**
 * Does some route table of `peer` send part of `vpc`'s known blocks back over `peering` (or may it:
 * a peer outside the linted code, a table whose routes are not all known, a route whose target or
 * destination is unknown)? When none does, nothing `vpc` sends over the connection gets an answer, so a route there is dead weight
 * whatever its destination (NET202/NET203 then suggest removing it rather than narrowing it).
 */
export function peerRoutesBack(peer: Vpc, vpc: Vpc, peering: PeeringConnection): boolean {
  // A peer outside the linted code may route back in tables vpclint cannot see.
  if (peer.external) return true;
  const blocks: Cidr[] = [];
  for (const b of vpc.cidrBlocks) if (b.cidr.state === 'known') blocks.push(b.cidr.value);
  const tables = peer.routeTables.includes(peer.mainRouteTable) ? peer.routeTables : [...peer.routeTables, peer.mainRouteTable];
  for (const table of tables) {
    if (table.routesIncomplete !== undefined) return true;
    for (const r of table.routes) {
      if (r.target.kind === 'unknown' || (r.target.kind === 'peering' && r.target.peering.state === 'unknown')) return true;
      if (r.target.kind !== 'peering' || r.target.peering.state !== 'known' || r.target.peering.value !== peering) continue;
      const d = r.destination;
      if (d.state !== 'known' || blocks.some((b) => overlaps(b, d.value))) return true;
    }
  }
  return false;
}
