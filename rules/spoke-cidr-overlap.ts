/**
 * NET102 spoke-cidr-overlap. AWS allows a hub VPC to peer with two spokes whose ranges overlap
 * (the spokes are not peered with each other), but one route table of the hub sends each address
 * to one place: the overlapping range goes to one spoke, by longest-prefix match, and the other
 * spoke's hosts in that range get their traffic, replies included, delivered to the wrong VPC.
 * It works only when the hub's tables that talk to both spokes have more-specific routes sending
 * each spoke's subnets in the overlap over that spoke's connection (AWS documents this as
 * "peering to two VPCs with overlapping CIDRs, specific routes"), or when each hub table talks to
 * one spoke only. The rule checks exactly that, per hub table that serves both spokes (it routes
 * over a spoke's connection, or the spoke routes to the table's subnets): a subnet of one spoke
 * inside a range the table sends to the other is reported; when a spoke's subnets are not known,
 * only a whole block of it sent to the other spoke is reported, anything less is unresolved.
 * Overlapping spokes are found by sort-and-sweep over every spoke block of a hub
 * (`overlappingPairs`); longest-prefix match is computed once per table (`TablePartition`).
 * AWS: "VPC peering configurations with specific routes",
 * https://docs.aws.amazon.com/vpc/latest/peering/peering-configurations-partial-access.html
 */
import { defineRule, examples, type FixPlan, type RuleContext, prose } from '../src/engine/define-rule.js';
import { contains, overlaps } from '../src/model/cidr.js';
import { anyOverlap, overlappingPairs } from '../src/model/cidr-index.js';
import { estateBlocks, freeRangesLike, readdressable, readdressText } from '../src/model/free-ranges.js';
import { labelled } from '../src/model/peering-routes.js';
import { sameVpc } from '../src/model/regions.js';
import { TablePartition } from '../src/model/route-partition.js';
import type { Cidr, CidrBlock, NetworkModel, PeeringConnection, RouteTable, Subject, Subnet, Tri, Vpc } from '../src/model/types.js';

type MessageId = 'misroutedSubnet' | 'misroutedBlock';

/** A VPC peered with the hub, and the connection. */
interface Spoke {
  readonly vpc: Vpc;
  readonly peering: PeeringConnection;
}

const FAMILY_TEXT = { 4: 'IPv4', 6: 'IPv6' } as const;

function subnetCidr(subnet: Subnet, family: 4 | 6): Tri<Cidr> {
  return family === 4 ? subnet.cidr : subnet.ipv6Cidr;
}

/** Is there a connection between the two VPCs themselves? Then an overlap is NET101's. */
function arePeered(a: Vpc, b: Vpc): boolean {
  return a.peerings.some((p) => {
    const r = p.requester.state === 'known' ? p.requester.value : undefined;
    const c = p.accepter.state === 'known' ? p.accepter.value : undefined;
    return r !== undefined && c !== undefined && ((sameVpc(r, a) && sameVpc(c, b)) || (sameVpc(r, b) && sameVpc(c, a)));
  });
}

/** Everything the rule computes once per check: who routes what over which connection, partitions. */
class Facts {
  /**
   * Destinations each VPC routes over each connection: connection key -> VPC -> destinations.
   * Made on first use (`sent`): only hubs with overlapping spokes ask, and a mesh has a connection
   * per pair of VPCs.
   */
  private sends: Map<string, Map<Vpc, Cidr[]>> | undefined;
  private readonly partitions = new Map<RouteTable, [TablePartition | undefined, TablePartition | undefined]>();
  private taken: Cidr[] | undefined;
  private readonly model: NetworkModel;

  /**
   * The fix of a misrouted spoke: its block in `overlap` moved to a range free in the estate (the
   * other way out, more specific routes in the hub, depends on which subnets talk: not mechanical).
   */
  readdress(vpc: Vpc, overlap: Cidr): FixPlan | undefined {
    if (vpc.external) return undefined;
    const block = vpc.cidrBlocks.find((b) => b.cidr.state === 'known' && overlaps(b.cidr.value, overlap));
    if (block === undefined || block.cidr.state !== 'known' || !readdressable(block)) return undefined;
    this.taken ??= estateBlocks(this.model);
    const free = freeRangesLike(block.cidr.value, this.taken, 3);
    if (free.length === 0) return undefined;
    return {
      kind: 'replaceCidr',
      description: readdressText(vpc.label, block, free),
      subject: block.subject,
      old: block.cidr.value,
      cidr: free[0]!,
    };
  }

  constructor(model: NetworkModel) {
    this.model = model;
  }

  private sent(key: string, vpc: Vpc): Cidr[] | undefined {
    if (this.sends === undefined) this.sends = sendsOf(this.model);
    return this.sends.get(key)?.get(vpc);
  }

  partition(table: RouteTable, family: 4 | 6): TablePartition {
    let pair = this.partitions.get(table);
    if (pair === undefined) this.partitions.set(table, (pair = [undefined, undefined]));
    const i = family === 4 ? 0 : 1;
    return (pair[i] ??= new TablePartition(table, family));
  }

  /**
   * Does hub table `table` carry traffic of `spoke`: it routes over the spoke's connection, or
   * the spoke routes over it to a subnet that uses the table?
   */
  serves(table: RouteTable, partition: TablePartition, spoke: Spoke, family: 4 | 6): boolean {
    if (partition.peeringKeys.has(spoke.peering.key)) return true;
    const destinations = this.sent(spoke.peering.key, spoke.vpc);
    if (destinations === undefined) return false;
    for (const subnet of table.subnets) {
      const c = subnetCidr(subnet, family);
      if (c.state === 'known' && destinations.some((d) => overlaps(d, c.value))) return true;
    }
    return false;
  }
}

/** What `Facts.sent` answers: connection key -> VPC -> the destinations it routes over the connection. */
function sendsOf(model: NetworkModel): Map<string, Map<Vpc, Cidr[]>> {
  const sends = new Map<string, Map<Vpc, Cidr[]>>();
  for (const route of model.routes) {
    const t = route.target;
    const d = route.destination;
    const table = route.routeTable;
    if (t.kind !== 'peering' || t.peering.state !== 'known' || d.state !== 'known' || table.state !== 'known') continue;
    if (table.value.vpc.state !== 'known') continue;
    const key = t.peering.value.key;
    let byVpc = sends.get(key);
    if (byVpc === undefined) sends.set(key, (byVpc = new Map()));
    const vpc = table.value.vpc.value;
    const list = byVpc.get(vpc);
    if (list === undefined) byVpc.set(vpc, [d.value]);
    else list.push(d.value);
  }
  return sends;
}

export default defineRule({
  id: 'NET102', name: 'spoke-cidr-overlap', defaultSeverity: 'warning', summary: 'Two VPCs peered with the same hub overlap, and a hub route table sends one spoke\'s addresses to the other.',
  rationale:
    prose`AWS lets a hub VPC peer with two spokes whose CIDR blocks overlap, because the spokes are not peered with
    each other. But a route table sends each address to one target: in a hub table that talks to both spokes,
    the overlapping range goes to one of them, so the other spoke's hosts in that range never get their
    traffic, replies included. This works only with more-specific routes in the hub that send each spoke's
    subnets in the overlap over that spoke's connection, or with separate hub route tables per spoke.`,
  remediation:
    prose`Re-address one spoke so the spokes do not overlap (an IPAM pool prevents it). If that is not possible, add
    routes to the hub route table for each spoke subnet inside the overlap, over that spoke's peering
    connection, or give the hub subnets that talk to each spoke their own route table.`,
  references: [
    { title: 'Update your route tables for a VPC peering connection', url: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html' },
    { title: 'VPC peering configurations with routes to an entire VPC', url: 'https://docs.aws.amazon.com/vpc/latest/peering/peering-configurations-full-access.html' },
  ],
  docs: examples({ tf: ['positive-identical-spokes.tf', 'negative-disjoint-spokes.tf'], cfn: ['positive-identical-spokes.cfn.yaml', 'negative-disjoint-spokes.cfn.yaml'] }),
  messages: {
    misroutedSubnet:
      prose`{otherSpoke} and {spoke} are both peered with {hub} and overlap in {overlap}. Route {route} in {table} sends
      {destination} over {peering} to {spoke}, so traffic for subnet {subnet} ({subnetCidr}) of {otherSpoke} goes
      to the wrong spoke. Add a route for {subnetCidr} over {otherPeering} to {table}, or re-address one spoke.`,
    misroutedBlock:
      prose`{otherSpoke} and {spoke} are both peered with {hub} and overlap in {overlap}. Route {route} in {table} sends
      {destination} over {peering} to {spoke}, which includes all of {otherCidr}, a CIDR block of {otherSpoke},
      so its traffic goes to the wrong spoke. Add routes for the subnets of {otherSpoke} over {otherPeering} to
      {table}, or re-address one spoke.`,
  },
  check(model, context) {
    const facts = new Facts(model);
    // Indexed (CONTRIBUTING.md, Performance).
    const vpcs = model.vpcs;
    for (let i = 0; i < vpcs.length; i++) {
      const hub = vpcs[i] as Vpc;
      if (hub.peerings.length < 2) continue;
      const spokes = spokesOf(hub, context);
      if (spokes.length < 2) continue;
      // The known blocks of the spokes, in order: most hubs have no two that overlap (in a mesh
      // every VPC is the hub of all the others), which one sort of these tells before any pairing.
      const known: Cidr[] = [];
      // Amazon allocates its IPv6 blocks from its own pool, never twice: an unknown one can only
      // overlap an IPv6 block of another origin (IPAM, BYOIP).
      const otherIpv6 = spokes.some((s) => s.vpc.cidrBlocks.some((b) => b.kind === 'ipv6' && b.amazonProvided !== true));
      // Indexed (CONTRIBUTING.md, Performance): in a mesh every VPC is a hub of all the others.
      for (let s = 0; s < spokes.length; s++) {
        const spoke = spokes[s] as Spoke;
        let incomplete: string | undefined;
        const blocks = spoke.vpc.cidrBlocks;
        for (let b = 0; b < blocks.length; b++) {
          const block = blocks[b] as CidrBlock;
          if (block.cidr.state === 'known') known.push(block.cidr.value);
          else if (block.cidr.state === 'unknown' && block.cidr.invalid !== true && (block.amazonProvided !== true || otherIpv6)) {
            incomplete ??= `a CIDR block of ${spoke.vpc.label} is unknown (${block.cidr.reason})`;
          }
        }
        if (spoke.vpc.blocksIncomplete !== undefined) incomplete ??= `not every CIDR block of ${spoke.vpc.label} is known (${spoke.vpc.blocksIncomplete})`;
        if (incomplete !== undefined) {
          context.unresolved({ resource: spoke.peering.resource }, `${incomplete}, so whether it overlaps another VPC peered with ${hub.label} cannot be told`);
        }
      }
      if (!anyOverlap(known)) continue;
      const items: { cidr: Cidr; item: { spoke: Spoke; block: CidrBlock } }[] = [];
      for (const spoke of spokes) {
        for (const block of spoke.vpc.cidrBlocks) if (block.cidr.state === 'known') items.push({ cidr: block.cidr.value, item: { spoke, block } });
      }
      const seen = new Set<string>();
      for (const [a, b] of overlappingSpokePairs(items)) {
        if (sameVpc(a.spoke.vpc, b.spoke.vpc) || sameVpc(a.spoke.vpc, hub) || sameVpc(b.spoke.vpc, hub)) continue;
        // AWS allocates Amazon-provided IPv6 blocks from its own pool, never twice.
        if (a.block.amazonProvided === true && b.block.amazonProvided === true) continue;
        if (arePeered(a.spoke.vpc, b.spoke.vpc)) continue;
        const ca = (a.block.cidr as { value: Cidr }).value;
        const cb = (b.block.cidr as { value: Cidr }).value;
        const overlap = contains(ca, cb) ? cb : ca;
        checkPair(facts, hub, a.spoke, b.spoke, overlap, seen, context);
      }
    }
  },
});

/**
 * `overlappingPairs(items)` without the pairs of one block with itself, which a spoke joined to the
 * hub by several connections repeats once per connection (and which are never a finding: same
 * VPC): the pairs are found once per distinct block, then given to every connection of each side,
 * in the same order (by input position). 4,000 connections between the same two VPCs made 8
 * million pairs of one block with itself.
 */
function overlappingSpokePairs<T extends { readonly spoke: Spoke; readonly block: CidrBlock }>(items: readonly { cidr: Cidr; item: T }[]): Array<[T, T]> {
  const groups = new Map<Vpc, Map<CidrBlock, number[]>>();
  const distinct: { cidr: Cidr; item: number[] }[] = [];
  items.forEach(({ cidr, item }, i) => {
    let byBlock = groups.get(item.spoke.vpc);
    if (byBlock === undefined) groups.set(item.spoke.vpc, (byBlock = new Map()));
    const group = byBlock.get(item.block);
    if (group !== undefined) group.push(i);
    else {
      const fresh = [i];
      byBlock.set(item.block, fresh);
      distinct.push({ cidr, item: fresh });
    }
  });
  const pairs: Array<[number, number]> = [];
  for (const [x, y] of overlappingPairs(distinct)) {
    for (const i of x) for (const j of y) pairs.push(i < j ? [i, j] : [j, i]);
  }
  pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  return pairs.map(([i, j]) => [(items[i] as { item: T }).item, (items[j] as { item: T }).item]);
}

/** The other ends of the hub's connections; unknown ends are unresolved. */
function spokesOf(hub: Vpc, context: RuleContext<MessageId>): Spoke[] {
  const spokes: Spoke[] = [];
  const peerings = hub.peerings;
  for (let i = 0; i < peerings.length; i++) {
    const peering = peerings[i] as PeeringConnection;
    const { requester, accepter } = peering;
    const hubIsRequester = requester.state === 'known' && sameVpc(requester.value, hub);
    const other = hubIsRequester ? accepter : requester;
    const side = hubIsRequester ? 'accepter' : 'requester';
    if (other.state === 'known') {
      if (!sameVpc(other.value, hub)) spokes.push({ vpc: other.value, peering });
    } else if (other.state === 'unknown' && other.invalid !== true) {
      context.unresolved(
        { resource: peering.resource },
        `the ${side} VPC of ${peering.label} is unknown (${other.reason}), so whether it overlaps another VPC peered with ${hub.label} cannot be told`,
      );
    }
  }
  return spokes;
}

/** The hub's tables: the main table first, then the others, each once. */
function hubTables(hub: Vpc): RouteTable[] {
  const tables = [hub.mainRouteTable];
  for (const t of hub.routeTables) if (t !== hub.mainRouteTable) tables.push(t);
  return tables;
}

function checkPair(
  facts: Facts,
  hub: Vpc,
  a: Spoke,
  b: Spoke,
  overlap: Cidr,
  seen: Set<string>,
  context: RuleContext<MessageId>,
): void {
  const family = overlap.family;
  for (const table of hubTables(hub)) {
    const partition = facts.partition(table, family);
    if (!facts.serves(table, partition, a, family) || !facts.serves(table, partition, b, family)) continue;
    const hits: (() => void)[] = [];
    const open: { subject: Subject; why: string }[] = [];
    for (const [k, l] of [
      [a, b],
      [b, a],
    ] as const) {
      for (const part of partition.partsWithin(k.peering.key, overlap)) {
        const route = part.route;
        const data = {
          hub: hub.label,
          spoke: k.vpc.label,
          otherSpoke: l.vpc.label,
          overlap: overlap.canonical,
          route: route.key,
          table: table.label,
          destination: route.destination.state === 'known' ? route.destination.value.canonical : part.cidr.canonical,
          peering: k.peering.label,
          otherPeering: l.peering.label,
        };
        const related = [{ resource: l.peering.resource }, labelled(l.vpc)];
        let found = false;
        let unknownSubnet: string | undefined;
        for (const subnet of l.vpc.subnets) {
          const c = subnetCidr(subnet, family);
          if (c.state === 'unknown' && c.invalid !== true) unknownSubnet ??= `the ${FAMILY_TEXT[family]} CIDR of ${subnet.label} is unknown (${c.reason})`;
          if (c.state !== 'known' || !overlaps(c.value, part.cidr)) continue;
          found = true;
          const key = `${route.key}\u0000${subnet.key}`;
          if (seen.has(key)) continue;
          seen.add(key);
          hits.push(() =>
            context.report({
              messageId: 'misroutedSubnet',
              subject: route.subject,
              related: [...related, { resource: subnet.resource }],
              data: { ...data, subnet: subnet.label, subnetCidr: c.value.canonical },
              fix: facts.readdress(l.vpc, overlap),
            }),
          );
        }
        if (found) continue;
        if (l.vpc.subnets.length > 0 && unknownSubnet === undefined) continue;
        // The other spoke's subnets are not known: only a whole block of it is surely misrouted.
        const whole = l.vpc.cidrBlocks.find((blk) => blk.cidr.state === 'known' && contains(part.cidr, blk.cidr.value));
        if (whole !== undefined) {
          const otherCidr = (whole.cidr as { value: Cidr }).value.canonical;
          const key = `${route.key}\u0000${l.vpc.key}\u0000${otherCidr}`;
          if (seen.has(key)) continue;
          seen.add(key);
          hits.push(() =>
            context.report({ messageId: 'misroutedBlock', subject: route.subject, related, data: { ...data, otherCidr }, fix: facts.readdress(l.vpc, overlap) }),
          );
        } else {
          const why = unknownSubnet ?? `the subnets of ${l.vpc.label} are not in the linted files`;
          open.push({
            subject: route.subject,
            why: `${route.key} in ${table.label} sends ${part.cidr.canonical} over ${k.peering.label} to ${k.vpc.label}, and whether ${l.vpc.label} (peered with ${hub.label} too) has hosts there cannot be told: ${why}`,
          });
        }
      }
    }
    // A route with an unknown destination or target might be the more specific route that fixes it.
    if (partition.doubts.length > 0 && (hits.length > 0 || open.length > 0)) {
      const subject = { resource: table.resource ?? a.peering.resource };
      context.unresolved(subject, `${a.vpc.label} and ${b.vpc.label} are both peered with ${hub.label} and overlap in ${overlap.canonical}, and where ${table.label} sends that range cannot be told: ${partition.doubts[0]}`);
      continue;
    }
    for (const hit of hits) hit();
    for (const { subject, why } of open) context.unresolved(subject, why);
  }
}
