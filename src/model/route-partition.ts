/**
 * Longest-prefix match over a whole route table at once: every address belongs to the most
 * specific route that contains it, so each route owns its range minus the routes nested in it.
 * Grouped by the peering connection a route goes over, this answers "which parts of range X does
 * this table send over connection P, and by which route" for every P with one sort of the table.
 * CIDR blocks nest or are disjoint, so a stack of open routes over the sorted list finds each
 * route's nested routes in O(n log n). `nestedRoutes` is that walk, the one longest-prefix split of
 * the code base: TablePartition (NET102 spoke-cidr-overlap) and NET201 (missing-reverse-route,
 * which also counts routes with unknown targets) both group its result by connection.
 */
import { compareCidr, contains, overlaps, uncoveredParts } from './cidr.js';
import type { Cidr, Route, RouteTable } from './types.js';

/** A part of the table's address space, the route that owns it, and that route's connection. */
export interface OwnedPart {
  readonly cidr: Cidr;
  readonly route: Route;
}

/** What an entry with no entries nested in it is given (never written to). */
const NONE_NESTED: readonly Cidr[] = Object.freeze([]);

/**
 * Longest-prefix match over ranges that nest or are disjoint (the known destinations of one
 * family of a route table): calls `own(entry, nested)` once for each entry, with the ranges of the
 * entries directly nested in it, so that the entry owns `uncoveredParts(nested, entry.cidr)` (its
 * whole range when `nested` is empty). Sorts `placed` in place (by address, wider first); entries
 * are closed innermost first.
 */
export function nestedRoutes<T extends { readonly cidr: Cidr }>(placed: T[], own: (entry: T, nested: readonly Cidr[]) => void): void {
  // One route nests nothing: the walk below would give it its whole range too (a hub's thousands
  // of spokes each have a table with one route back).
  if (placed.length === 1) {
    own(placed[0] as T, NONE_NESTED);
    return;
  }
  placed.sort((a, b) => compareCidr(a.cidr, b.cidr));
  // The stack of open entries (each open until a range outside it comes) and, beside it, the
  // ranges directly nested in each: a list made at the first one, as most routes have none.
  const open: T[] = [];
  const nested: (Cidr[] | undefined)[] = [];
  // Indexed (CONTRIBUTING.md, Performance).
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i] as T;
    while (open.length > 0 && !contains((open[open.length - 1] as T).cidr, p.cidr)) own(open.pop() as T, nested.pop() ?? NONE_NESTED);
    if (open.length > 0) (nested[nested.length - 1] ??= []).push(p.cidr);
    open.push(p);
    nested.push(undefined);
  }
  while (open.length > 0) own(open.pop() as T, nested.pop() ?? NONE_NESTED);
}

/** The intersection of two CIDR blocks (they nest or are disjoint): the smaller one, or none. */
export function intersect(a: Cidr, b: Cidr): Cidr | undefined {
  if (contains(a, b)) return b;
  if (contains(b, a)) return a;
  return undefined;
}

export class TablePartition {
  /** Owned parts of routes over a known peering connection, by the connection's key. */
  private readonly byPeering = new Map<string, OwnedPart[]>();
  /** Peering connections the table has any route over (known destination or not), by key. */
  readonly peeringKeys: ReadonlySet<string>;
  /**
   * Why the partition may be wrong: the table's routes are incomplete, or a route's destination
   * or target is unknown (it might take any range). Empty when every route is known.
   */
  readonly doubts: readonly string[];

  /** Partitions `table`'s routes of one address family. */
  constructor(table: RouteTable, family: 4 | 6) {
    const doubts: string[] = [];
    const keys = new Set<string>();
    if (table.routesIncomplete !== undefined) doubts.push(`not every route of ${table.label} is known (${table.routesIncomplete})`);
    const placed: { cidr: Cidr; route: Route }[] = [];
    for (const route of table.routes) {
      const t = route.target;
      if (t.kind === 'peering' && t.peering.state === 'known') keys.add(t.peering.value.key);
      const d = route.destination;
      if (d.state === 'known') {
        if (d.value.family !== family) continue;
        placed.push({ cidr: d.value, route });
        if (t.kind === 'unknown' || (t.kind === 'peering' && t.peering.state === 'unknown' && t.peering.invalid !== true)) {
          doubts.push(`the target of ${route.key} is unknown`);
        }
      } else if (d.state === 'unknown' && d.invalid !== true) {
        doubts.push(`the destination of ${route.key} is unknown (${d.reason})`);
      } else if (d.state === 'absent' && route.destinationPrefixListId.state !== 'absent') {
        doubts.push(`${route.key} goes to a managed prefix list, whose entries vpclint cannot see`);
      }
    }
    this.peeringKeys = keys;
    this.doubts = doubts;
    nestedRoutes(placed, (p, nested) => this.close(p, nested));
  }

  private close(node: { cidr: Cidr; route: Route }, nested: readonly Cidr[]): void {
    const t = node.route.target;
    if (t.kind !== 'peering' || t.peering.state !== 'known') return;
    const key = t.peering.value.key;
    let list = this.byPeering.get(key);
    if (list === undefined) this.byPeering.set(key, (list = []));
    for (const part of uncoveredParts(nested, node.cidr)) list.push({ cidr: part, route: node.route });
  }

  /** The parts of `range` whose most specific route in the table goes over the connection with key `peeringKey`. */
  partsWithin(peeringKey: string, range: Cidr): OwnedPart[] {
    const out: OwnedPart[] = [];
    for (const part of this.byPeering.get(peeringKey) ?? []) {
      if (!overlaps(part.cidr, range)) continue;
      const cidr = intersect(part.cidr, range);
      if (cidr !== undefined) out.push({ cidr, route: part.route });
    }
    return out;
  }
}
