/**
 * NET201 missing-reverse-route. Routing over a peering connection is one-way per route table: VPC A
 * sending to VPC B needs a route in A's table, and B's replies need a route back in the tables of
 * B's subnets that answer. Forget the second half and connections time out (TCP handshakes never
 * complete) although both route resources and the peering apply cleanly. The check follows AWS's
 * model: the senders are the subnets that use the route's table (or all of A when none is in
 * scope); the repliers are B's subnets inside the destination, each through its own table
 * (explicit association or the main table); each of those tables needs routes over the same
 * connection that, by longest-prefix match, cover every sender.
 *
 * Cost: plans with a hub and thousands of spokes are the norm, so everything per table, per VPC
 * and per destination is computed once per check (longest-prefix partitions, subnet indexes,
 * merged senders); a route then costs a few lookups plus the size of its answer.
 * AWS: "Update your route tables for a VPC peering connection",
 * https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html
 */
import { defineRule, examples, type FixPlan, prose } from '../src/engine/define-rule.js';
import { compareCidr, contains, overlaps, toCidr, unionCovers, uncoveredParts } from '../src/model/cidr.js';
import { CidrIndex } from '../src/model/cidr-index.js';
import type { Cidr, CidrBlock, PeeringConnection, Route, RouteTable, Subnet, Tri, Vpc } from '../src/model/types.js';
import { destinationSubject, insidePeer, labelled, resolvePeeringRoute, routeLabel } from '../src/model/peering-routes.js';
import { nestedRoutes } from '../src/model/route-partition.js';

export default defineRule({
  id: 'NET201', name: 'missing-reverse-route', defaultSeverity: 'error', summary: 'A route sends traffic over a peering connection, but the peer side has no route back over it.',
  rationale:
    prose`VPC peering needs routes on both sides: the route table of the sending subnets must send the peer's
    range over the peering connection, and the route table of every peer subnet that answers must send the
    sender's range back over the same connection. Without the return route, replies follow the peer's
    other routes (or none) and are dropped, so connections hang even though the peering is active and every
    resource applied. A return route may cover the whole sending VPC or only the sending subnets, but it
    must be the most specific route for them in the peer table.`,
  remediation:
    prose`In each route table named in the finding (the tables of the peer subnets that reply), add a route whose
    destination covers the sending subnets (or the whole sending VPC) with the same peering connection as
    target. In Terraform that is an \`aws_route\` with \`vpc_peering_connection_id\`, in CloudFormation an
    \`AWS::EC2::Route\` with \`VpcPeeringConnectionId\`. Remove more specific routes that send part of that
    range elsewhere.`,
  references: [
    { title: 'Update your route tables for a VPC peering connection', url: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html' },
    { title: 'VPC peering configurations with routes to an entire VPC', url: 'https://docs.aws.amazon.com/vpc/latest/peering/peering-configurations-full-access.html' },
  ],
  docs: examples({ tf: ['positive-main-table-created.tf', 'negative-both-directions-created.tf'], cfn: ['positive-main-table-created.cfn.yaml', 'negative-both-directions.cfn.json'] }),
  messages: {
    missingReturnRoute:
      prose`Route {route} sends {destination} over peering {peering} to {peerVpc}, but {peerTable} has no route
      back over {peering} for {missing}, so the replies are dropped. Add a route for {missing} with target
      {peering} to {peerTable}.`,
    missingReturnRoutes:
      prose`Route {route} sends {destination} over peering {peering} to {peerVpc}, but route tables {peerTables}
      have no route back over {peering} for {missing}, so the replies are dropped. Add a route for {missing}
      with target {peering} to each of them.`,
    noReturnRoute:
      prose`Route {route} sends {destination} over peering {peering} to {peerVpc}, but no route table of {peerVpc}
      has a route back over {peering} for {missing}, so the replies are dropped. Add a route for {missing}
      with target {peering} to the route tables of the {peerVpc} subnets that reply.`,
  },
  check(model, context) {
    const memo = new Memo(model.routes);

    // Indexed loops here and below (CONTRIBUTING.md, Performance).
    const routes = model.routes;
    for (let i = 0; i < routes.length; i++) {
      const route = routes[i] as Route;
      const r = resolvePeeringRoute(route);
      if (r.kind === 'skip') continue;
      if (r.kind === 'unresolved') {
        context.unresolved(destinationSubject(route), r.reason, r.cause);
        continue;
      }
      const { destination, peering, table, vpc, peer } = r;
      const family = destination.family;
      const inside = insidePeer(peer, destination);
      // A destination outside the peer VPC is NET202's or NET203's case.
      if (inside.kind === 'outside') continue;
      if (inside.kind === 'unknown') {
        context.unresolved(destinationSubject(route), inside.reason);
        continue;
      }
      if (peer.external) {
        context.unresolved(
          destinationSubject(route),
          `${peer.label} is not managed in the linted code, so its route tables cannot be checked for a route back over ${peering.label}`,
        );
        continue;
      }

      const sources = memo.sources(table, vpc, family);
      if (peer.subnets.length === 0) {
        checkAnyTable(route, destination, peering, peer, sources, memo, context);
        continue;
      }
      const replies = memo.replyTables(peer, destination);
      for (const why of replies.unresolved) context.unresolved(destinationSubject(route), why);

      // Tables that miss the same ranges are one finding: the route lost its way back there.
      const lacking = new Map<string, { cidrs: readonly Cidr[]; tables: RouteTable[] }>();
      for (const { table: peerTable, uncertain } of replies.tables) {
        const cov = memo.coverage(peerTable, family, peering);
        const verdict = judge(sources, cov, uncertain, memo, peering, () => `cannot tell whether ${peerTable.label} sends replies`);
        if (verdict.kind === 'covered') continue;
        if (verdict.kind === 'unresolved') {
          for (const why of verdict.reasons) context.unresolved(destinationSubject(route), why);
          continue;
        }
        const text = verdict.missing.map((c) => c.canonical).join(', ');
        const entry = lacking.get(text);
        if (entry === undefined) lacking.set(text, { cidrs: verdict.missing, tables: [peerTable] });
        else entry.tables.push(peerTable);
      }
      for (const [missing, { cidrs, tables }] of lacking) {
        const base = { route: routeLabel(route), destination: destination.canonical, peering: peering.label, peerVpc: peer.label, missing };
        const related = [{ resource: peering.resource }, ...tables.map(labelled), labelled(peer)];
        const fix = returnRoutes(tables, cidrs, peering, peer, missing);
        if (tables.length === 1) {
          context.report({ messageId: 'missingReturnRoute', subject: destinationSubject(route), related, data: { ...base, peerTable: tables[0]!.label }, fix });
        } else {
          const peerTables = tables.map((t) => t.label).join(', ');
          context.report({ messageId: 'missingReturnRoutes', subject: destinationSubject(route), related, data: { ...base, peerTables }, fix });
        }
      }
    }
  },
});

type Context = Parameters<Parameters<typeof defineRule>[0]['check']>[1];

const COVERED = { kind: 'covered' } as const;

type Verdict =
  | { readonly kind: 'covered' }
  | { readonly kind: 'unresolved'; readonly reasons: readonly string[] }
  /** The parts of the senders that stay uncovered even if every route with an unknown target went over the connection. */
  | { readonly kind: 'missing'; readonly missing: readonly Cidr[] };

/**
 * Whether what a table (or the peer's tables together) sends back over `peering` covers the
 * senders: covered, a finding with the missing ranges, or unresolved with the reasons (`prefix`
 * starts them: "cannot tell whether X sends replies"; made only when needed, as most checks are covered).
 */
function judge(sources: Sources, cov: Coverage, uncertain: string | undefined, memo: Memo, peering: PeeringConnection, prefixOf: () => string): Verdict {
  // The usual answer, without computing gaps: each sender lies inside one range sent back.
  if (sources.unknown.length === 0 && eachInsideOne(sources.known, cov.sure)) return COVERED;
  const gaps = merge(sources.known.flatMap((s) => uncoveredParts(cov.sure, s)));
  const open = sources.unknown.filter((u) => u.superset === undefined || !u.superset.every((c) => unionCovers(cov.sure, c)));
  if (gaps.length === 0 && open.length === 0) return COVERED;
  if (gaps.length === 0) {
    const prefix = prefixOf();
    return { kind: 'unresolved', reasons: open.map((u) => `${prefix} back over ${peering.label}: ${u.reason}`) };
  }
  const missing = merge(sources.known.flatMap((s) => uncoveredParts(cov.possible, s)));
  const doubt = uncertain ?? cov.doubts[0] ?? (missing.length === 0 ? cov.maybe[0] : undefined) ?? memo.floating(peering, gaps);
  if (doubt === undefined) return { kind: 'missing', missing };
  const gapText = gaps.map((c) => c.canonical).join(', ');
  return { kind: 'unresolved', reasons: [`${prefixOf()} for ${gapText} back over ${peering.label}: ${doubt}`] };
}

/**
 * Does every range of `inner` lie inside one range of `outer`? (`every`/`some` with indexed loops:
 * asked once per route, tens of thousands of times, mostly before the code is optimised.)
 */
function eachInsideOne(inner: readonly Cidr[], outer: readonly Cidr[]): boolean {
  for (let i = 0; i < inner.length; i++) {
    const s = inner[i] as Cidr;
    let inside = false;
    for (let j = 0; j < outer.length; j++) {
      if (contains(outer[j] as Cidr, s)) {
        inside = true;
        break;
      }
    }
    if (!inside) return false;
  }
  return true;
}

/**
 * The peer's subnets are not in scope (their associations live in another stack), so which of
 * its tables carry the replies cannot be told: a route back in any of the peer's tables will do.
 * Each part of the senders must be sent back over the connection by some table; a part that no
 * table sends back, even counting routes with unknown targets, is a finding; doubts (routes with
 * unknown destinations, incomplete tables) make the check unresolved.
 */
function checkAnyTable(
  route: Route,
  destination: Cidr,
  peering: PeeringConnection,
  peer: Vpc,
  sources: Sources,
  memo: Memo,
  context: Context,
): void {
  const family = destination.family;
  const coverage = memo.anyTableCoverage(peer, family, peering);
  const verdict = judge(sources, coverage, undefined, memo, peering, () => `cannot tell whether a route table of ${peer.label} sends replies`);
  if (verdict.kind === 'covered') return;
  if (verdict.kind === 'unresolved') {
    for (const why of verdict.reasons) context.unresolved(destinationSubject(route), why);
    return;
  }
  const data = {
    route: routeLabel(route),
    destination: destination.canonical,
    peering: peering.label,
    peerVpc: peer.label,
    missing: verdict.missing.map((c) => c.canonical).join(', '),
  };
  const only = onlyTable(peer);
  if (only !== undefined) {
    // The VPC's one table (its main table) is the one every subnet uses.
    context.report({
      messageId: 'missingReturnRoute',
      subject: destinationSubject(route),
      related: [{ resource: peering.resource }, labelled(only), labelled(peer)],
      data: { ...data, peerTable: only.label },
      fix: returnRoutes([only], verdict.missing, peering, peer, data.missing),
    });
    return;
  }
  // Which tables the peer's replying subnets use is not in the linted code; the main table serves
  // every subnet without an association of its own, and any table sending the range back passes.
  const main = peer.mainRouteTable;
  const fix = returnRoutes([main], verdict.missing, peering, peer, data.missing);
  context.report({
    messageId: 'noReturnRoute',
    subject: destinationSubject(route),
    related: [{ resource: peering.resource }, labelled(peer)],
    data,
    ...(fix === undefined
      ? {}
      : {
          fix: {
            ...fix,
            description:
              `${fix.description} The subnets of ${peer.label} are not in the linted code, so the main route table is ` +
              'chosen: it serves every subnet without a table of its own; add the route to the table of any subnet that has one.',
          },
        }),
  });
}

/** The peer's one table when it has no other than its main table (checkAnyTable's tables are then that one). */
function onlyTable(peer: Vpc): RouteTable | undefined {
  const main = peer.mainRouteTable;
  for (const t of peer.routeTables) if (t !== main) return undefined;
  return main;
}

/** The fix: a route back for each missing range in each table, over the same connection (one resource per table and range). */
function returnRoutes(tables: readonly RouteTable[], missing: readonly Cidr[], peering: PeeringConnection, peer: Vpc, missingText: string): FixPlan | undefined {
  if (missing.length === 0) return undefined;
  const names = tables.map((t) => t.label).join(', ');
  return {
    kind: 'addRoutes',
    description:
      `Add a route for ${missingText} over ${peering.label} to ${names}: the replies of ${peer.label} to the sending subnets ` +
      'then go back over the connection they came in on.',
    routes: tables.map((table) => ({ table, destinations: missing, peering })),
  };
}

function familyCidr(subnet: Subnet, family: 4 | 6): Tri<Cidr> {
  return family === 4 ? subnet.cidr : subnet.ipv6Cidr;
}

function familyName(family: 4 | 6): string {
  return family === 4 ? 'IPv4' : 'IPv6';
}

/** A VPC's blocks of one family, and why others of that family may exist unseen. */
function vpcBlocks(vpc: Vpc, family: 4 | 6): { known: Cidr[]; unknown: readonly string[] } {
  const known: Cidr[] = [];
  // Made at the first entry: most VPCs have none.
  let unknown: string[] | undefined;
  const blocks = vpc.cidrBlocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as CidrBlock;
    if ((block.kind === 'ipv6' ? 6 : 4) !== family) continue;
    const c = block.cidr;
    if (c.state === 'known') known.push(c.value);
    else if (c.state === 'unknown' && c.invalid !== true) {
      (unknown ??= []).push(`the ${familyName(family)} CIDR block of ${vpc.label} is unknown (${c.reason})`);
    }
  }
  if (vpc.blocksIncomplete !== undefined) (unknown ??= []).push(`not every CIDR block of ${vpc.label} is known (${vpc.blocksIncomplete})`);
  return { known, unknown: unknown ?? NONE };
}

interface Sources {
  /** Ranges whose replies must come back, merged. */
  readonly known: readonly Cidr[];
  /** Senders whose range is unknown; `superset` bounds it when known (the VPC's blocks). */
  readonly unknown: readonly { readonly reason: string; readonly superset: readonly Cidr[] | undefined }[];
}

/** The senders: the subnets that use the route's table, or its whole VPC when none is in scope. */
function replySources(table: RouteTable, vpc: Vpc, family: 4 | 6): Sources {
  const known: Cidr[] = [];
  const unknownSubnets: string[] = [];
  for (const subnet of table.subnets) {
    const c = familyCidr(subnet, family);
    if (c.state === 'known') known.push(c.value);
    else if (c.state === 'unknown' && c.invalid !== true) {
      unknownSubnets.push(`the ${familyName(family)} CIDR of subnet ${subnet.label} is unknown (${c.reason})`);
    }
  }
  const blocks = vpcBlocks(vpc, family);
  if (known.length === 0 && unknownSubnets.length === 0) {
    const unknown = blocks.unknown.length === 0 ? NONE : blocks.unknown.map((reason) => ({ reason, superset: undefined }));
    return { known: merge(blocks.known), unknown };
  }
  // A subnet lies inside its VPC's blocks: if they all come back, so does the subnet.
  const superset = blocks.unknown.length === 0 ? blocks.known : undefined;
  return { known: merge(known), unknown: unknownSubnets.map((reason) => ({ reason, superset })) };
}

interface SubnetLookup {
  readonly index: CidrIndex<Subnet>;
  readonly unknown: readonly { readonly subnet: Subnet; readonly reason: string }[];
}

interface ReplyTable {
  readonly table: RouteTable;
  /** Set when the table is used only by subnets that may not be inside the destination: why. */
  readonly uncertain: string | undefined;
}

interface ReplyTables {
  readonly tables: readonly ReplyTable[];
  readonly unresolved: readonly string[];
}

/** What a table does with one connection's traffic in one family. */
interface Coverage {
  /** Ranges whose most specific route in the table goes over the connection. */
  readonly sure: readonly Cidr[];
  /** The same, counting routes with an unknown target as going over it. */
  readonly possible: readonly Cidr[];
  /** Why a route back may exist unseen: routes with unknown or prefix-list destinations, an incomplete table. */
  readonly doubts: readonly string[];
  /** Routes whose target may or may not be the connection. */
  readonly maybe: readonly string[];
}

/** A shared empty list, for coverages that have nothing of a kind (never written to). */
const NONE: readonly never[] = Object.freeze([]);

/** The coverage of no route at all. */
const NOTHING: Coverage = { sure: NONE, possible: NONE, doubts: NONE, maybe: NONE };

/** Stands for the connection of routes whose target is unknown: they may go over any connection. */
const MAYBE: unique symbol = Symbol('maybe');

/**
 * What routes are grouped by: the connection they go over, or MAYBE. Maps are keyed by the
 * connection itself rather than by its key (the model has one object per key): a mesh asks tens
 * of thousands of times, and an object's identity is a cheaper map key than a string.
 */
type Over = PeeringConnection | typeof MAYBE;

/**
 * A table's routes of one family, split by longest-prefix match (nestedRoutes, the model's one
 * implementation): every address belongs to the most specific route that contains it, so each
 * route owns its range minus the routes nested in it. Grouped by target connection, counting
 * routes with an unknown target under MAYBE, this answers "which ranges go over connection P" for
 * every P at once.
 */
class Partition {
  private readonly owned = new Map<Over, Cidr[]>();
  // The lists below are made at their first entry: most tables have none, and a hub's thousands
  // of spokes each have a table (and a partition, kept for the whole check).
  /** Routes without a known destination, by target key: they may cover anything. */
  private unplaced: { readonly key: Over; readonly reason: string }[] | undefined;
  /** The keys of `unplaced`. */
  private unplacedKeys: Set<Over> | undefined;
  private maybeReasons: string[] | undefined;
  private readonly incomplete: string | undefined;
  /** Coverages kept for tables with doubts (made at the first: most tables are asked without). */
  private cache: Map<PeeringConnection, Coverage> | undefined;
  /**
   * The coverage of every connection the table has no route over, known or not (it depends only on
   * the table): shared, so that a table asked about each of thousands of connections, as a
   * VPC's main table without routes is in a mesh, makes one.
   */
  private other: Coverage | undefined;

  constructor(table: RouteTable, family: 4 | 6) {
    if (table.routesIncomplete !== undefined) {
      this.incomplete = `not every route of ${table.label} is known (${table.routesIncomplete})`;
    }
    const placed: { cidr: Cidr; key: Over | undefined }[] = [];
    const routes = table.routes;
    for (let i = 0; i < routes.length; i++) {
      const route = routes[i] as Route;
      const key = targetKey(route);
      const d = route.destination;
      if (d.state === 'known') {
        if (d.value.family !== family) continue;
        placed.push({ cidr: d.value, key });
        if (key === MAYBE) (this.maybeReasons ??= []).push(maybeReason(route));
        continue;
      }
      if (key === undefined) continue;
      if (d.state === 'unknown' && d.invalid !== true) {
        (this.unplaced ??= []).push({ key, reason: `the destination of ${routeLabel(route)} is unknown (${d.reason})` });
        (this.unplacedKeys ??= new Set()).add(key);
      } else if (d.state === 'absent' && route.destinationPrefixListId.state !== 'absent') {
        (this.unplaced ??= []).push({ key, reason: `${routeLabel(route)} goes to a managed prefix list, whose entries vpclint cannot see` });
        (this.unplacedKeys ??= new Set()).add(key);
      }
    }
    // Blocks nest or are disjoint: each route's own part is its range minus the routes nested in it.
    nestedRoutes(placed, (p, nested) => this.close(p, nested));
  }

  /** Gives a route the part of its range that no more specific route takes. */
  private close(node: { readonly cidr: Cidr; readonly key: Over | undefined }, nested: readonly Cidr[]): void {
    if (node.key === undefined) return;
    // A route with none nested in it owns its whole range (only first/last of these are read).
    const parts = nested.length === 0 ? [node.cidr] : uncoveredParts(nested, node.cidr);
    // The first route over a connection gives its list as it is: a list made empty and pushed to
    // takes room for 16 entries (V8's first growth), and a table keeps one list per connection for
    // the whole check (a mesh's tables: 200 x 199 lists of one range).
    const list = this.owned.get(node.key);
    if (list === undefined) this.owned.set(node.key, parts);
    else for (const part of parts) list.push(part);
  }

  /** What the table sends over `peering`. */
  over(peering: PeeringConnection): Coverage {
    const sure = this.owned.get(peering);
    if (sure === undefined && this.unplacedKeys?.has(peering) !== true) return (this.other ??= this.coverage(peering));
    // Every route of the table is known: the coverage is the connection's parts alone, cheaper to
    // make than to keep (most tables are asked once about each connection).
    if (this.incomplete === undefined && this.unplaced === undefined && this.maybeReasons === undefined && sure !== undefined) {
      return { sure, possible: sure, doubts: NONE, maybe: NONE };
    }
    this.cache ??= new Map();
    let c = this.cache.get(peering);
    if (c === undefined) {
      c = this.coverage(peering);
      this.cache.set(peering, c);
    }
    return c;
  }

  /** What the table sends over connection `key`. */
  private coverage(key: PeeringConnection): Coverage {
    const sure = this.owned.get(key) ?? NONE;
    const maybe = this.owned.get(MAYBE) ?? NONE;
    let doubts: readonly string[] = NONE;
    if (this.incomplete !== undefined || this.unplaced !== undefined) {
      const found: string[] = [];
      if (this.incomplete !== undefined) found.push(this.incomplete);
      for (const u of this.unplaced ?? NONE) if (u.key === key || u.key === MAYBE) found.push(u.reason);
      doubts = found;
    }
    return { sure, possible: maybe.length === 0 ? sure : [...sure, ...maybe], doubts, maybe: this.maybeReasons ?? NONE };
  }
}

/**
 * What a table of one route sends over `peering`, as its Partition would say, when the route has a
 * known destination of the family and a known target: its whole range when it goes over
 * `peering`, else nothing. Undefined for any other table (a Partition answers). A hub's thousands
 * of spokes each have a table with one route back, asked about once: a Partition kept for each
 * (a map, lists, a memo entry) cost more than the answer.
 */
function oneRouteCoverage(table: RouteTable, family: 4 | 6, peering: PeeringConnection): Coverage | undefined {
  if (table.routes.length !== 1 || table.routesIncomplete !== undefined) return undefined;
  const route = table.routes[0] as Route;
  const d = route.destination;
  if (d.state !== 'known' || d.value.family !== family) return undefined;
  const key = targetKey(route);
  if (key === MAYBE) return undefined;
  if (key !== peering) return NOTHING;
  const sure = [d.value];
  return { sure, possible: sure, doubts: NONE, maybe: NONE };
}

/** The connection a route goes over, MAYBE when its target is unknown, undefined for other targets. */
function targetKey(route: Route): Over | undefined {
  const t = route.target;
  if (t.kind === 'unknown') return MAYBE;
  if (t.kind !== 'peering') return undefined;
  if (t.peering.state === 'known') return t.peering.value;
  return t.peering.state === 'unknown' && t.peering.invalid !== true ? MAYBE : undefined;
}

function maybeReason(route: Route): string {
  const t = route.target;
  if (t.kind === 'peering' && t.peering.state === 'unknown') {
    return `the peering connection of ${routeLabel(route)} is unknown (${t.peering.reason})`;
  }
  return t.kind === 'unknown' ? t.reason : `the target of ${routeLabel(route)} is unknown`;
}

/** Everything NET201 computes per table, VPC or destination, once per check. */
class Memo {
  /** Routes over a connection whose route table is unknown: they may be the way back in any table. */
  private readonly unplaced = new Map<Over, Route[]>();

  constructor(routes: readonly Route[]) {
    for (let i = 0; i < routes.length; i++) {
      const route = routes[i] as Route;
      if (route.routeTable.state !== 'unknown' || route.routeTable.invalid === true) continue;
      // A route whose connection is unknown too may go over any connection.
      const key = targetKey(route);
      if (key === undefined) continue;
      let list = this.unplaced.get(key);
      if (list === undefined) this.unplaced.set(key, (list = []));
      list.push(route);
    }
  }

  /**
   * Why a route back over `peering` for `gaps` may exist unseen: a route over the connection whose
   * table is unknown and whose destination is unknown or overlaps a gap.
   */
  floating(peering: PeeringConnection, gaps: readonly Cidr[]): string | undefined {
    for (const route of [...(this.unplaced.get(peering) ?? []), ...(this.unplaced.get(MAYBE) ?? [])]) {
      const d = route.destination;
      if (d.state === 'known' && !gaps.some((g) => overlaps(g, d.value))) continue;
      if (d.state === 'absent' && route.destinationPrefixListId.state === 'absent') continue;
      const table = route.routeTable.state === 'unknown' ? route.routeTable.reason : 'its route table is unknown';
      const over = route.target.kind === 'peering' && route.target.peering.state === 'known' ? 'goes' : 'may go';
      return `${routeLabel(route)} ${over} over ${peering.label} and may be the way back, but its route table is unknown (${table})`;
    }
    return undefined;
  }

  /** Partitions by table, one map per family (IPv4, IPv6). */
  private readonly partitions = [new Map<RouteTable, Partition>(), new Map<RouteTable, Partition>()] as const;
  /** Senders by table, one map per family (IPv4, IPv6). */
  private readonly sourceSets = [new Map<RouteTable, Sources>(), new Map<RouteTable, Sources>()] as const;
  private readonly subnets = new Map<Vpc, [SubnetLookup | undefined, SubnetLookup | undefined]>();
  private readonly replies = new Map<Vpc, Map<string, ReplyTables>>();

  /**
   * What the tables any of which may carry `peer`'s replies (checkAnyTable: its main table first,
   * then the others, each once) send over `peering` together: their coverages joined in order
   * (walked in place, not listed: a hub's thousands of spokes are each asked once). A table with
   * nothing of the connection adds nothing, so when one table alone has something (a VPC's
   * implicit main table has no routes when they are all in another table) its coverage is the
   * answer as it is, without copying: a mesh of VPCs asks this once per route.
   */
  anyTableCoverage(peer: Vpc, family: 4 | 6, peering: PeeringConnection): Coverage {
    let first: Coverage | undefined;
    let several: Coverage[] | undefined;
    const main = peer.mainRouteTable;
    for (let i = -1; i < peer.routeTables.length; i++) {
      const t = i < 0 ? main : (peer.routeTables[i] as RouteTable);
      if (i >= 0 && t === main) continue;
      // A table without routes, all of them known (a VPC's implicit main table, when the VPC's
      // routes are in a table of their own), has nothing for any connection.
      if (t.routes.length === 0 && t.routesIncomplete === undefined) continue;
      const cov = this.coverage(t, family, peering);
      if (cov.sure.length === 0 && cov.possible.length === 0 && cov.doubts.length === 0 && cov.maybe.length === 0) continue;
      if (first === undefined) first = cov;
      else (several ??= [first]).push(cov);
    }
    if (several === undefined) return first ?? NOTHING;
    return {
      sure: several.flatMap((c) => c.sure),
      possible: several.flatMap((c) => c.possible),
      doubts: several.flatMap((c) => c.doubts),
      maybe: several.flatMap((c) => c.maybe),
    };
  }

  /** What `table` sends over `peering` in one family. */
  coverage(table: RouteTable, family: 4 | 6, peering: PeeringConnection): Coverage {
    return oneRouteCoverage(table, family, peering) ?? this.partition(table, family).over(peering);
  }

  private partition(table: RouteTable, family: 4 | 6): Partition {
    const byTable = this.partitions[family === 4 ? 0 : 1];
    let p = byTable.get(table);
    if (p === undefined) byTable.set(table, (p = new Partition(table, family)));
    return p;
  }

  sources(table: RouteTable, vpc: Vpc, family: 4 | 6): Sources {
    const byTable = this.sourceSets[family === 4 ? 0 : 1];
    let s = byTable.get(table);
    if (s === undefined) byTable.set(table, (s = replySources(table, vpc, family)));
    return s;
  }

  /** The subnets of a VPC by range in one family. */
  private subnetLookup(vpc: Vpc, family: 4 | 6): SubnetLookup {
    let pair = this.subnets.get(vpc);
    if (pair === undefined) this.subnets.set(vpc, (pair = [undefined, undefined]));
    const i = family === 4 ? 0 : 1;
    let found = pair[i];
    if (found === undefined) {
      const items: { cidr: Cidr; item: Subnet }[] = [];
      const unknown: { subnet: Subnet; reason: string }[] = [];
      for (const subnet of vpc.subnets) {
        const c = familyCidr(subnet, family);
        if (c.state === 'known') items.push({ cidr: c.value, item: subnet });
        else if (c.state === 'unknown' && c.invalid !== true) unknown.push({ subnet, reason: c.reason });
      }
      pair[i] = found = { index: new CidrIndex(items), unknown };
    }
    return found;
  }

  /** The peer tables that carry replies: those of the peer's subnets inside the destination. */
  replyTables(peer: Vpc, destination: Cidr): ReplyTables {
    let byDestination = this.replies.get(peer);
    if (byDestination === undefined) this.replies.set(peer, (byDestination = new Map()));
    const cached = byDestination.get(destination.canonical);
    if (cached !== undefined) return cached;

    const tables = new Map<RouteTable, string | undefined>();
    const unresolved: string[] = [];
    const lookup = this.subnetLookup(peer, destination.family);
    const add = (subnet: Subnet, uncertain: string | undefined): void => {
      const t = subnet.routeTable;
      if (t.state === 'known') {
        // A table that some subnet inside the destination uses is certain, whatever else uses it.
        if (uncertain === undefined || !tables.has(t.value)) tables.set(t.value, uncertain);
      } else if (t.state === 'unknown' && t.invalid !== true) {
        unresolved.push(`the route table of subnet ${subnet.label} is unknown (${t.reason}), so its route back cannot be checked`);
      }
    };
    for (const subnet of lookup.index.overlapping(destination)) add(subnet, undefined);
    for (const { subnet, reason } of lookup.unknown) {
      add(subnet, `the ${familyName(destination.family)} CIDR of subnet ${subnet.label}, which uses this table, is unknown (${reason})`);
    }
    const list = [...tables].map(([table, uncertain]) => ({ table, uncertain }));
    list.sort((a, b) => (a.table.label < b.table.label ? -1 : a.table.label > b.table.label ? 1 : 0));
    const result = { tables: list, unresolved };
    byDestination.set(destination.canonical, result);
    return result;
  }
}

/** Sorts ranges and merges overlapping or adjacent ones into the fewest aligned CIDRs. */
function merge(cidrs: readonly Cidr[]): readonly Cidr[] {
  if (cidrs.length === 0) return NONE;
  // One block written canonically is its own merge (a VPC's one block, asked per table of a hub's
  // spokes): the list itself (lists are never written to once made).
  if (cidrs.length === 1 && (cidrs[0] as Cidr).text === (cidrs[0] as Cidr).canonical) return cidrs;
  const sorted = [...cidrs].sort(compareCidr);
  const out: Cidr[] = [];
  const first = sorted[0] as Cidr;
  let family = first.family;
  let lo = first.first;
  let hi = first.last;
  const flush = (): void => {
    const bits = family === 4 ? 32 : 128;
    let at = lo;
    while (at <= hi) {
      let size = 1n;
      let hostBits = 0;
      while (hostBits < bits && (at & size) === 0n && at + size * 2n - 1n <= hi) {
        size *= 2n;
        hostBits++;
      }
      out.push(toCidr(family, at, bits - hostBits));
      at += size;
    }
  };
  for (let i = 1; i < sorted.length; i++) {
    const c = sorted[i] as Cidr;
    if (c.family === family && c.first <= hi + 1n) {
      if (c.last > hi) hi = c.last;
      continue;
    }
    flush();
    family = c.family;
    lo = c.first;
    hi = c.last;
  }
  flush();
  return out;
}
