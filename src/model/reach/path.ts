/**
 * The path engine: can traffic go from one endpoint to another, and back? It follows what AWS
 * does with a packet between two subnets, hop by hop, and answers `allowed`, `denied` or
 * `unknown` with every hop and the first one that blocks:
 *
 *  1. sg-egress: the source group lets the flow out (when the source names a group);
 *  2. nacl-out: the source subnet's network ACL outbound (not between addresses of one subnet);
 *  3. route: the most specific route for the destination in the source subnet's route table: the
 *     local route within one VPC, a peering connection to the destination VPC otherwise;
 *  4. peering: the connection joins the two VPCs and is (or will be) accepted;
 *  5. nacl-in: the destination subnet's network ACL inbound;
 *  6. sg-ingress: the destination group lets the flow in (CIDR rules, group references, across a
 *     peering only within one region; prefix lists are unknown);
 *  7. return-nacl-out, return-route, return-nacl-in: the reply, to the source's ephemeral ports:
 *     the destination subnet's ACL outbound, its route table back over the same connection, and
 *     the source subnet's ACL inbound. Security groups are stateful: replies need no rule.
 *
 * A hop whose deciding value is unknown until apply is `unknown` with that value's reason, and
 * the verdict is `unknown` unless another hop blocks for sure: never a guess.
 * AWS: https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html,
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html,
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html
 *
 * Cost: what depends only on the model (sorted ACL entries, default ACLs, peerings by VPC pair)
 * is indexed once per model; a flow then costs one pass over each route table and ACL on its way.
 */
import { contains } from '../cidr.js';
import type { SourceLocation } from '../../parse/source.js';
import type { Cidr, NetworkAcl, NetworkModel, PeeringConnection, Route, RouteTable, SecurityGroup, Subject, Subnet, Vpc } from '../types.js';
import type { EndpointSpec, FlowSpec, Hop, HopDecision, PathResult, ReachResult, Verdict } from './flow.js';
import { evaluateAcl, sortEntries, type AclTraffic, type SortedEntries } from './nacl.js';
import { evaluateGroup, flowText } from './sg.js';

const DEFAULT_EPHEMERAL = { from: 1024, to: 65535 } as const;

/** Statuses of a connection that carries traffic (or will, without anyone accepting it). */
const ACTIVE = new Set(['active', 'provisioning']);

// ---- the per-model index

class ReachIndex {
  private readonly sorted = new Map<NetworkAcl, SortedEntries>();
  /** Each VPC's `aws_default_network_acl`, when modelled. */
  readonly defaultAcl = new Map<Vpc, NetworkAcl>();
  /** ACLs whose subnet list is incomplete, by VPC: they may hold any subnet without an association. */
  readonly openAcls = new Map<Vpc, NetworkAcl[]>();
  private readonly byPair = new Map<string, PeeringConnection[]>();

  constructor(model: NetworkModel) {
    for (const acl of model.networkAcls ?? []) {
      if (acl.vpc.state !== 'known') continue;
      if (acl.isDefault === true && !this.defaultAcl.has(acl.vpc.value)) this.defaultAcl.set(acl.vpc.value, acl);
      if (acl.subnetsIncomplete !== undefined) {
        const list = this.openAcls.get(acl.vpc.value) ?? [];
        list.push(acl);
        this.openAcls.set(acl.vpc.value, list);
      }
    }
    for (const p of model.peerings) {
      if (p.requester.state !== 'known' || p.accepter.state !== 'known') continue;
      const key = pairKey(p.requester.value, p.accepter.value);
      const list = this.byPair.get(key) ?? [];
      list.push(p);
      this.byPair.set(key, list);
    }
  }

  entries(acl: NetworkAcl): SortedEntries {
    let s = this.sorted.get(acl);
    if (s === undefined) this.sorted.set(acl, (s = sortEntries(acl)));
    return s;
  }

  peeringsBetween(a: Vpc, b: Vpc): readonly PeeringConnection[] {
    return this.byPair.get(pairKey(a, b)) ?? [];
  }
}

function pairKey(a: Vpc, b: Vpc): string {
  return a.key < b.key ? `${a.key}\u0000${b.key}` : `${b.key}\u0000${a.key}`;
}

const indexes = new WeakMap<NetworkModel, ReachIndex>();

function indexOf(model: NetworkModel): ReachIndex {
  let index = indexes.get(model);
  if (index === undefined) indexes.set(model, (index = new ReachIndex(model)));
  return index;
}

// ---- locations

function locate(subject: Subject): SourceLocation | undefined {
  const r = subject.resource;
  return (subject.path !== undefined ? r.attributeLocation(subject.path) : undefined) ?? r.location();
}

/** Where a hop's resource is, and (when it has one) the subject a finding about the hop names. */
interface At {
  readonly resource: string;
  readonly location: SourceLocation | undefined;
  readonly subject?: Subject;
}

function thing(x: { readonly label: string; readonly resource?: Subject['resource'] }): At {
  return x.resource === undefined ? { resource: x.label, location: undefined } : { resource: x.resource.address, location: x.resource.location(), subject: { resource: x.resource } };
}

function at(subject: Subject): At {
  return { resource: subject.resource.address, location: locate(subject), subject };
}

/**
 * The subject of each hop the engine made (the resource, or the rule, entry or route within it),
 * kept beside the hop rather than in it so that a hop stays plain data (JSON output, tests).
 */
const hopSubjects = new WeakMap<Hop, Subject>();

/** The model subject a hop names (for a finding located at the hop), when it has one. */
export function hopSubject(h: Hop): Subject | undefined {
  return hopSubjects.get(h);
}

/** A route table's resource, or for the table AWS creates with a VPC, the VPC. */
function tableThing(table: RouteTable): At {
  if (table.resource !== undefined) return thing(table);
  const vpc = table.vpc.state === 'known' ? table.vpc.value : undefined;
  return vpc?.resource !== undefined ? thing(vpc) : { resource: table.label, location: undefined };
}

// ---- route lookup

type Lookup =
  | { readonly kind: 'route'; readonly route: Route }
  | { readonly kind: 'local'; readonly block: Cidr }
  | { readonly kind: 'none' }
  | { readonly kind: 'unknown'; readonly reason: string; readonly route?: Route };

/**
 * The route a table uses for every address of `range`: the most specific route that holds it
 * (the local route for the VPC's own blocks, which AWS adds to every table). Unknown when a route
 * whose destination is unknown (or a prefix list) might be more specific, when the table may
 * have routes vpclint cannot see, or when a more specific route takes part of the range.
 */
function lookup(table: RouteTable, range: Cidr): Lookup {
  if (table.routesIncomplete !== undefined) return { kind: 'unknown', reason: `not every route of ${table.label} is known (${table.routesIncomplete})` };
  let best: Route | undefined;
  let bestPrefix = -1;
  for (const route of table.routes) {
    const d = route.destination;
    if (d.state === 'known') {
      if (d.value.family !== range.family) continue;
      if (contains(d.value, range)) {
        if (d.value.prefix > bestPrefix) {
          best = route;
          bestPrefix = d.value.prefix;
        }
      } else if (contains(range, d.value)) {
        return { kind: 'unknown', route, reason: `${route.key} sends ${d.value.canonical}, a part of ${range.canonical}, its own way: name a narrower address` };
      }
    } else if (d.state === 'unknown' && d.invalid !== true) {
      // An unknown block of the other family (an Amazon-provided IPv6 block) cannot take the range.
      if (pathFamily(route.destinationPath) !== range.family) continue;
      return { kind: 'unknown', route, reason: `the destination of ${route.key} is unknown (${d.reason}), and it may be the most specific route` };
    } else if (d.state === 'absent' && route.destinationPrefixListId.state !== 'absent') {
      return { kind: 'unknown', route, reason: `${route.key} goes to a managed prefix list, whose entries vpclint cannot see, and it may be the most specific route` };
    }
  }
  const vpc = table.vpc.state === 'known' ? table.vpc.value : undefined;
  if (vpc !== undefined) {
    for (const block of vpc.cidrBlocks) {
      const c = block.cidr;
      // AWS lets a route be more specific than the local route (middlebox routing), not wider.
      if (c.state === 'known' && contains(c.value, range) && c.value.prefix >= bestPrefix) return { kind: 'local', block: c.value };
    }
  }
  if (best !== undefined) return { kind: 'route', route: best };
  if (vpc === undefined) {
    return { kind: 'unknown', reason: `the VPC of ${table.label} is unknown${table.vpc.state === 'unknown' ? ` (${table.vpc.reason})` : ''}, so its local route cannot be placed` };
  }
  const unknownBlock = vpc.cidrBlocks.find((b) => b.cidr.state === 'unknown' && b.cidr.invalid !== true);
  if (unknownBlock !== undefined && unknownBlock.cidr.state === 'unknown') {
    return { kind: 'unknown', reason: `a CIDR block of ${vpc.label} is unknown (${unknownBlock.cidr.reason}), so its local route may hold ${range.canonical}` };
  }
  return { kind: 'none' };
}

/** The address family an attribute path holds: IPv6 for `ipv6_cidr_block`, `DestinationIpv6CidrBlock`, ...; IPv4 otherwise. */
function pathFamily(path: readonly (string | number)[]): 4 | 6 {
  const last = path.at(-1);
  return typeof last === 'string' && /ipv6/i.test(last) ? 6 : 4;
}

// ---- one source subnet to one destination subnet

interface Placement {
  readonly subnet: Subnet;
  readonly range: Cidr;
  readonly group: SecurityGroup | undefined;
}

function hop(kind: Hop['hop'], where: At, decision: HopDecision, detail: string, fix?: string): Hop {
  const { resource, location } = where;
  const h: Hop = fix === undefined ? { hop: kind, resource, location, decision, detail } : { hop: kind, resource, location, decision, detail, fix };
  if (where.subject !== undefined) hopSubjects.set(h, where.subject);
  return h;
}

function routeHop(kind: 'route' | 'return-route', route: Route, decision: HopDecision, detail: string, fix?: string): Hop {
  return hop(kind, at({ resource: route.subject.resource, path: route.destinationPath }), decision, detail, fix);
}

/** The network ACL hop of one subnet in one direction. */
function aclHop(index: ReachIndex, kind: Hop['hop'], subnet: Subnet, egress: boolean, traffic: AclTraffic): Hop {
  const assoc = subnet.networkAcl;
  let acl: NetworkAcl | undefined;
  if (assoc !== undefined) {
    if (assoc.state === 'unknown') return hop(kind, thing(subnet), 'unknown', `The network ACL of ${subnet.label} is unknown (${assoc.reason}).`);
    if (assoc.state === 'known') acl = assoc.value;
  }
  const vpc = subnet.vpc.state === 'known' ? subnet.vpc.value : undefined;
  if (acl === undefined && vpc !== undefined) {
    const open = index.openAcls.get(vpc)?.find((a) => !a.isDefault);
    if (open !== undefined) {
      return hop(kind, thing(open), 'unknown', `${subnet.label} has no network ACL association, but ${open.label} may be associated with it: its subnets are unknown (${open.subnetsIncomplete}).`);
    }
    acl = index.defaultAcl.get(vpc);
    if (acl === undefined) {
      const way = egress ? 'outbound' : 'inbound';
      return hop(kind, thing(vpc), 'pass', `${subnet.label} uses the default network ACL of ${vpc.label}, which AWS creates allowing all ${way} traffic.`);
    }
  }
  if (acl === undefined) return hop(kind, thing(subnet), 'unknown', `The VPC of ${subnet.label} is unknown, so its default network ACL cannot be told.`);
  const v = evaluateAcl(acl, index.entries(acl), egress, traffic);
  return hop(kind, v.entry !== undefined ? at(v.entry.subject) : thing(acl), v.decision, v.detail, v.fix);
}

/** Is the peering connection (going to be) accepted? */
function acceptance(p: PeeringConnection): { decision: HopDecision; why: string } {
  const status = p.acceptStatus;
  if (status?.state === 'known' && ACTIVE.has(status.value)) return { decision: 'pass', why: `is ${status.value}` };
  if (p.accepterResource !== undefined) {
    const auto = p.accepterResource.get(['auto_accept']);
    if (auto.state === 'known' && auto.value === true) return { decision: 'pass', why: `is accepted by ${p.accepterResource.address}` };
    if (auto.state === 'unknown') return { decision: 'unknown', why: `is accepted by ${p.accepterResource.address} only if its auto_accept, which is ${auto.reason}, is true` };
    return { decision: 'block', why: `is not accepted: ${p.accepterResource.address} does not set auto_accept = true` };
  }
  const auto = p.autoAccept;
  if (auto.state === 'known' && auto.value) return { decision: 'pass', why: 'is auto-accepted' };
  if (auto.state === 'unknown') return { decision: 'unknown', why: `is accepted only if auto_accept, which is ${auto.reason}, is true` };
  if (status?.state === 'known') return { decision: 'block', why: `is ${status.value}` };
  if (p.peerOwnerId.state === 'absent' && p.peerRegion.state === 'absent') {
    return { decision: 'block', why: 'is not accepted by anything in the linted code (no auto_accept, no accepter), so it stays pending-acceptance' };
  }
  return { decision: 'unknown', why: 'goes to another account or region and is not accepted in the linted code; it carries traffic only once the other side accepts it' };
}

function otherSide(p: PeeringConnection, vpc: Vpc): Vpc | undefined {
  if (p.requester.state === 'known' && p.requester.value === vpc) return p.accepter.state === 'known' ? p.accepter.value : undefined;
  if (p.accepter.state === 'known' && p.accepter.value === vpc) return p.requester.state === 'known' ? p.requester.value : undefined;
  return undefined;
}

function pathBetween(index: ReachIndex, src: Placement, dst: Placement, flow: FlowSpec): PathResult {
  const hops: Hop[] = [];
  const reasons: string[] = [];
  const from = { subnet: src.subnet.label, range: src.range.canonical };
  const to = { subnet: dst.subnet.label, range: dst.range.canonical };
  const srcVpc = src.subnet.vpc.state === 'known' ? src.subnet.vpc.value : undefined;
  const dstVpc = dst.subnet.vpc.state === 'known' ? dst.subnet.vpc.value : undefined;
  if (srcVpc === undefined || dstVpc === undefined) {
    const s = srcVpc === undefined ? src.subnet : dst.subnet;
    const why = s.vpc.state === 'unknown' ? s.vpc.reason : 'it has none';
    return { verdict: 'unknown', from, to, path: [], blockedBy: undefined, reasons: [`the VPC of ${s.label} is unknown (${why})`] };
  }
  const sameVpc = srcVpc === dstVpc;
  const sameSubnet = src.subnet === dst.subnet;
  const ports = flowPorts(flow);
  const reply = replyPorts(flow);
  const forward = (remote: Cidr): AclTraffic => ({ protocol: flow.protocol, ...ports, remote });
  const back = (remote: Cidr): AclTraffic => ({ protocol: flow.protocol, ...reply, remote });

  // The connection the flow should cross: the forward route's, else the only one between the VPCs.
  const between = sameVpc ? [] : index.peeringsBetween(srcVpc, dstVpc);
  let connection: PeeringConnection | undefined = between.length === 1 ? between[0] : undefined;

  // 1. source group egress
  if (src.group !== undefined) {
    const v = evaluateGroup(src.group, 'egress', flow, { range: dst.range, group: dst.group }, sameVpc ? undefined : connection);
    hops.push(hop('sg-egress', v.rule !== undefined ? at(v.rule.subject) : thing(src.group), v.decision, v.detail, v.fix));
  }
  // 2. source ACL outbound
  if (!sameSubnet) hops.push(aclHop(index, 'nacl-out', src.subnet, true, forward(dst.range)));
  // 3. route, 4. peering
  const table = src.subnet.routeTable;
  if (table.state !== 'known') {
    const why = table.state === 'unknown' ? table.reason : `${src.subnet.label} has no route table`;
    hops.push(hop('route', thing(src.subnet), 'unknown', `The route table of ${src.subnet.label} is unknown (${why}).`));
  } else {
    const found = lookup(table.value, dst.range);
    const fixPeer = connection?.label;
    if (found.kind === 'local') {
      hops.push(
        sameVpc
          ? hop('route', tableThing(table.value), 'pass', `${table.value.label} sends ${dst.range.canonical} to the local route of ${srcVpc.label} (${found.block.canonical}).`)
          : hop('route', tableThing(table.value), 'block', `${table.value.label} keeps ${dst.range.canonical} inside ${srcVpc.label} (local route ${found.block.canonical}), so it never reaches ${dstVpc.label}.`, `Give ${dstVpc.label} a range that does not overlap ${srcVpc.label}.`),
      );
    } else if (found.kind === 'none') {
      const fix = sameVpc
        ? undefined
        : fixPeer !== undefined
          ? `Add a route for ${dst.range.canonical} (or ${dstVpc.label}'s block) over ${fixPeer} to ${table.value.label}.`
          : `Peer ${srcVpc.label} with ${dstVpc.label} and add a route for ${dst.range.canonical} over the connection to ${table.value.label}.`;
      hops.push(hop('route', tableThing(table.value), 'block', `${table.value.label} has no route for ${dst.range.canonical}, so the traffic is dropped.`, fix));
    } else if (found.kind === 'unknown') {
      hops.push(found.route !== undefined ? routeHop('route', found.route, 'unknown', `${capital(found.reason)}.`) : hop('route', tableThing(table.value), 'unknown', `${capital(found.reason)}.`));
    } else {
      const route = found.route;
      const t = route.target;
      const dest = route.destination.state === 'known' ? route.destination.value.canonical : '?';
      if (t.kind === 'peering') {
        if (t.peering.state === 'unknown') {
          hops.push(routeHop('route', route, 'unknown', `${route.key} sends ${dest} over a peering connection that is unknown (${t.peering.reason}).`));
        } else if (t.peering.state === 'known') {
          const p = t.peering.value;
          const peer = otherSide(p, srcVpc);
          if (sameVpc) {
            hops.push(routeHop('route', route, 'block', `${route.key} sends ${dest} out over ${p.label} instead of keeping it in ${srcVpc.label}.`, `Remove ${route.key}, or narrow it so it does not hold ${dst.range.canonical}.`));
          } else if (peer === undefined || peer !== dstVpc) {
            const where = peer === undefined ? `${p.label}, which does not join ${srcVpc.label} to a known VPC` : `${p.label} to ${peer.label}, not to ${dstVpc.label} (peering is not transitive)`;
            hops.push(routeHop('route', route, 'block', `${route.key} sends ${dest} over ${where}.`, fixPeer !== undefined ? `Send ${dst.range.canonical} over ${fixPeer} instead.` : `Peer ${srcVpc.label} with ${dstVpc.label} directly and route ${dst.range.canonical} over that connection.`));
          } else {
            connection = p;
            hops.push(routeHop('route', route, 'pass', `${route.key} sends ${dest} over ${p.label} to ${dstVpc.label}.`));
            const a = acceptance(p);
            const detail = `${p.label} joins ${srcVpc.label} and ${dstVpc.label} and ${a.why}.`;
            hops.push(hop('peering', thing(p), a.decision, detail, a.decision === 'block' ? `Accept ${p.label}: set auto_accept = true (same account and region) or add an accepter on the peer side.` : undefined));
          }
        }
      } else if (t.kind === 'local') {
        hops.push(sameVpc ? routeHop('route', route, 'pass', `${route.key} sends ${dest} to the local route.`) : routeHop('route', route, 'block', `${route.key} keeps ${dest} inside ${srcVpc.label}.`));
      } else if (t.kind === 'unknown') {
        hops.push(routeHop('route', route, 'unknown', `The target of ${route.key} is unknown (${t.reason}), so where it sends ${dest} cannot be told.`));
      } else {
        const id = t.id.state === 'known' ? ` ${t.id.value}` : '';
        const label = `${t.kind}${id}`;
        if (t.id.state === 'unknown' && t.kind === 'gateway') {
          hops.push(routeHop('route', route, 'unknown', `${route.key} sends ${dest} to a gateway that is ${t.id.reason}.`));
        } else if (t.kind === 'gateway' && !id.startsWith(' vgw-')) {
          hops.push(routeHop('route', route, 'block', `${route.key} sends ${dest} to internet gateway${id}, which drops traffic to private addresses.`, fixPeer !== undefined ? `Route ${dst.range.canonical} over ${fixPeer} instead.` : undefined));
        } else {
          hops.push(routeHop('route', route, 'unknown', `${route.key} sends ${dest} to ${label}, which vpclint does not follow.`));
        }
      }
    }
  }
  // 5. destination ACL inbound, 6. destination group ingress
  if (!sameSubnet) hops.push(aclHop(index, 'nacl-in', dst.subnet, false, forward(src.range)));
  if (dst.group !== undefined) {
    const v = evaluateGroup(dst.group, 'ingress', flow, { range: src.range, group: src.group }, sameVpc ? undefined : connection);
    hops.push(hop('sg-ingress', v.rule !== undefined ? at(v.rule.subject) : thing(dst.group), v.decision, v.detail, v.fix));
  }
  // 7. the reply
  if (!sameSubnet) hops.push(aclHop(index, 'return-nacl-out', dst.subnet, true, back(src.range)));
  hops.push(returnRoute(dst.subnet, src.range, sameVpc, connection, between, srcVpc));
  if (!sameSubnet) hops.push(aclHop(index, 'return-nacl-in', src.subnet, false, back(dst.range)));

  const blockedBy = hops.find((h) => h.decision === 'block');
  for (const h of hops) if (h.decision === 'unknown') reasons.push(h.detail);
  const verdict: Verdict = blockedBy !== undefined ? 'denied' : reasons.length > 0 ? 'unknown' : 'allowed';
  return { verdict, from, to, path: hops, blockedBy, reasons: blockedBy !== undefined ? [] : reasons };
}

function returnRoute(subnet: Subnet, range: Cidr, sameVpc: boolean, connection: PeeringConnection | undefined, between: readonly PeeringConnection[], srcVpc: Vpc): Hop {
  const table = subnet.routeTable;
  if (table.state !== 'known') {
    const why = table.state === 'unknown' ? table.reason : `${subnet.label} has no route table`;
    return hop('return-route', thing(subnet), 'unknown', `The route table of ${subnet.label} is unknown (${why}).`);
  }
  const t = table.value;
  const found = lookup(t, range);
  if (found.kind === 'unknown') {
    return found.route !== undefined ? routeHop('return-route', found.route, 'unknown', `${capital(found.reason)}.`) : hop('return-route', tableThing(t), 'unknown', `${capital(found.reason)}.`);
  }
  if (sameVpc) {
    if (found.kind === 'local') return hop('return-route', tableThing(t), 'pass', `${t.label} sends the replies to ${range.canonical} to the local route.`);
    if (found.kind === 'none') return hop('return-route', tableThing(t), 'block', `${t.label} has no route for ${range.canonical}.`);
    return routeHop('return-route', found.route, 'block', `${found.route.key} sends the replies to ${range.canonical} out of the VPC instead of to the local route.`, `Remove ${found.route.key}, or narrow it so it does not hold ${range.canonical}.`);
  }
  const want = connection ?? (between.length === 1 ? between[0] : undefined);
  const over = want !== undefined ? ` over ${want.label}` : '';
  if (found.kind === 'none' || found.kind === 'local') {
    return hop('return-route', tableThing(t), 'block', `${t.label} has no route back${over} for ${range.canonical}, so the replies are dropped.`, want !== undefined ? `Add a route for ${range.canonical} (or ${srcVpc.label}'s block) over ${want.label} to ${t.label}.` : undefined);
  }
  const route = found.route;
  const target = route.target;
  if (target.kind === 'unknown' || (target.kind === 'peering' && target.peering.state === 'unknown')) {
    const why = target.kind === 'unknown' ? target.reason : target.kind === 'peering' && target.peering.state === 'unknown' ? target.peering.reason : '';
    return routeHop('return-route', route, 'unknown', `The target of ${route.key} is unknown (${why}), so whether the replies go back${over} cannot be told.`);
  }
  if (target.kind === 'peering' && target.peering.state === 'known') {
    const p = target.peering.value;
    if (want === undefined) {
      if (otherSide(p, subnet.vpc.state === 'known' ? subnet.vpc.value : srcVpc) === srcVpc) {
        return routeHop('return-route', route, 'unknown', `${route.key} sends the replies over ${p.label}, but which connection the traffic came in on is unknown.`);
      }
    } else if (p === want) {
      return routeHop('return-route', route, 'pass', `${route.key} sends the replies to ${range.canonical} back over ${p.label}.`);
    }
    return routeHop('return-route', route, 'block', `${route.key} sends the replies to ${range.canonical} over ${p.label}, not back${over}, so they are dropped.`, want !== undefined ? `Send ${range.canonical} over ${want.label} in ${t.label}.` : undefined);
  }
  const id = 'id' in target && target.id.state === 'known' ? ` ${target.id.value}` : '';
  const what = id === '' ? `a ${target.kind.replace(/-/g, ' ')}` : `${target.kind.replace(/-/g, ' ')}${id}`;
  return routeHop('return-route', route, 'block', `${route.key} sends the replies to ${range.canonical} to ${what}, not back${over}, so they are dropped.`, want !== undefined ? `Add a route for ${range.canonical} over ${want.label} to ${t.label}.` : undefined);
}

function capital(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

/** The ports (or ICMP types) of the flow's requests. */
function flowPorts(flow: FlowSpec): { lo: number; hi: number } {
  if (flow.protocol === 'all') return { lo: 0, hi: 65535 };
  if (flow.protocol === 'icmp') return flow.port === undefined ? { lo: 0, hi: 255 } : { lo: flow.port, hi: flow.port };
  return { lo: flow.port ?? 0, hi: flow.port ?? 65535 };
}

/** The ports (or ICMP types) of the replies: the ephemeral range; an echo reply (type 0) for an echo request. */
function replyPorts(flow: FlowSpec): { lo: number; hi: number } {
  if (flow.protocol === 'all') return { lo: 0, hi: 65535 };
  if (flow.protocol === 'icmp') return flow.port === undefined || flow.port === 8 ? { lo: 0, hi: 0 } : { lo: 0, hi: 255 };
  const e = flow.ephemeral ?? DEFAULT_EPHEMERAL;
  return { lo: e.from, hi: e.to };
}

// ---- endpoints and the answer

function placements(end: EndpointSpec): { list: Placement[]; why?: string } {
  const v4 = (subnet: Subnet, group: SecurityGroup | undefined): Placement | string => {
    const c = subnet.cidr;
    if (c.state === 'known') return { subnet, range: c.value, group };
    return `the CIDR block of ${subnet.label} is ${c.state === 'unknown' ? c.reason : 'not set'}`;
  };
  const all = (subnets: readonly Subnet[], group: SecurityGroup | undefined): { list: Placement[]; why?: string } => {
    const list: Placement[] = [];
    for (const s of subnets) {
      const p = v4(s, group);
      if (typeof p === 'string') return { list: [], why: p };
      list.push(p);
    }
    return { list };
  };
  switch (end.kind) {
    case 'address':
      return { list: [{ subnet: end.subnet, range: end.cidr, group: undefined }] };
    case 'subnet':
      return all([end.subnet], undefined);
    case 'vpc':
      if (end.vpc.subnets.length === 0) return { list: [], why: `no subnet of ${end.vpc.label} is in the linted code` };
      return all(end.vpc.subnets, undefined);
    case 'security-group': {
      if (end.subnet !== undefined) return all([end.subnet], end.group);
      const vpc = end.group.vpc;
      if (vpc.state !== 'known') return { list: [], why: `the VPC of ${end.group.label} is ${vpc.state === 'unknown' ? vpc.reason : 'not set'}, so the subnets of its instances cannot be told` };
      if (vpc.value.subnets.length === 0) return { list: [], why: `no subnet of ${vpc.value.label}, the VPC of ${end.group.label}, is in the linted code` };
      return all(vpc.value.subnets, end.group);
    }
  }
}

/** What is wrong with a flow a caller built (a CLI validates its options first), if anything. */
export function flowProblem(flow: FlowSpec): string | undefined {
  const isPort = (n: number | undefined, max: number): boolean => n !== undefined && Number.isInteger(n) && n >= 0 && n <= max;
  if (flow.protocol === 'tcp' || flow.protocol === 'udp') {
    if (flow.port === undefined) return `a ${flow.protocol.toUpperCase()} flow needs a port`;
    if (!isPort(flow.port, 65535)) return `port ${flow.port} is not between 0 and 65535`;
  }
  if (flow.protocol === 'icmp' && flow.port !== undefined && !isPort(flow.port, 255)) return `ICMP type ${flow.port} is not between 0 and 255`;
  const e = flow.ephemeral;
  if (e !== undefined && !(isPort(e.from, 65535) && isPort(e.to, 65535) && e.from <= e.to)) return `the ephemeral port range ${e.from}-${e.to} is not a range of ports`;
  return undefined;
}

function endLabel(end: EndpointSpec): string {
  switch (end.kind) {
    case 'address':
      return end.cidr.canonical;
    case 'subnet':
      return end.subnet.label;
    case 'vpc':
      return end.vpc.label;
    case 'security-group':
      return end.subnet === undefined ? end.group.label : `${end.group.label} in ${end.subnet.label}`;
  }
}

/**
 * Can `flow` go from `from` to `to`, and its replies come back? `allowed` when every hop passes
 * for every source and destination subnet the endpoints stand for, `denied` when a hop blocks for
 * each of them, `unknown` otherwise (with the reasons).
 */
export function reach(model: NetworkModel, from: EndpointSpec, to: EndpointSpec, flow: FlowSpec): ReachResult {
  const index = indexOf(model);
  const notes: string[] = [];
  if (from.kind !== 'security-group') notes.push(`${endLabel(from)} names no security group, so no egress rule is checked.`);
  if (to.kind !== 'security-group') notes.push(`${endLabel(to)} names no security group, so no ingress rule is checked.`);
  for (const end of [from, to]) {
    if (end.kind === 'security-group' && end.subnet === undefined) {
      const vpc = end.group.vpc.state === 'known' ? end.group.vpc.value.label : 'its VPC';
      notes.push(`Which subnet the instances of ${end.group.label} are in is not in the code, so every subnet of ${vpc} is checked.`);
    }
  }
  const bad = flowProblem(flow);
  if (bad !== undefined) return { verdict: 'unknown', path: [], blockedBy: undefined, reasons: [bad], notes, pairs: [] };
  const a = placements(from);
  const b = placements(to);
  const why = a.why ?? b.why;
  if (why !== undefined) return { verdict: 'unknown', path: [], blockedBy: undefined, reasons: [why], notes, pairs: [] };
  const pairs: PathResult[] = [];
  for (const s of a.list) {
    for (const d of b.list) {
      if (s.range.family !== d.range.family) {
        pairs.push({ verdict: 'unknown', from: { subnet: s.subnet.label, range: s.range.canonical }, to: { subnet: d.subnet.label, range: d.range.canonical }, path: [], blockedBy: undefined, reasons: ['the two ends are in different address families'] });
        continue;
      }
      pairs.push(pathBetween(index, s, d, flow));
    }
  }
  const first = pairs[0] as PathResult;
  const verdicts = new Set(pairs.map((p) => p.verdict));
  if (verdicts.size === 1) {
    return { verdict: first.verdict, path: first.path, blockedBy: first.blockedBy, reasons: first.reasons, notes, pairs: pairs.length > 1 ? pairs : [] };
  }
  // Mixed: the answer depends on which subnet the traffic starts or ends in.
  const allowed = pairs.find((p) => p.verdict === 'allowed');
  const denied = pairs.find((p) => p.verdict === 'denied');
  const unknownPair = pairs.find((p) => p.verdict === 'unknown');
  const shown = denied ?? unknownPair ?? first;
  const reasons: string[] = [];
  if (allowed !== undefined && denied !== undefined) {
    reasons.push(
      `${flowText(flow)} is allowed from ${allowed.from.subnet} to ${allowed.to.subnet} but denied from ${denied.from.subnet} to ${denied.to.subnet}: name the subnets`,
    );
  }
  if (unknownPair !== undefined) for (const r of unknownPair.reasons) reasons.push(r);
  return { verdict: 'unknown', path: shown.path, blockedBy: undefined, reasons, notes, pairs };
}
