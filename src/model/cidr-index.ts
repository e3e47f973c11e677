/**
 * Overlap queries over many CIDR blocks without scanning them all. Rules ask "which VPCs, routes
 * or subnets overlap this range" once per resource of plans with 100k resources, so a linear scan
 * per query would be quadratic. CIDR blocks nest or are disjoint (never partial overlap), which
 * makes two cheap lookups enough: blocks inside the query are a contiguous run of a list sorted by
 * first address, and blocks around it are among its at most 33 (IPv4) or 129 (IPv6) supernets.
 */
import { compareCidr, overlaps } from './cidr.js';
import type { Cidr } from './types.js';

interface Entry<T> {
  readonly cidr: Cidr;
  readonly item: T;
  /** Input position: results come back in input order. */
  readonly seq: number;
}

const HOST_MASK4: readonly bigint[] = Array.from({ length: 33 }, (_, p) => (1n << BigInt(32 - p)) - 1n);
const HOST_MASK6: readonly bigint[] = Array.from({ length: 129 }, (_, p) => (1n << BigInt(128 - p)) - 1n);

/** Family, then first address, then prefix (wider blocks first), then input order. */
function compareEntries<T>(a: Entry<T>, b: Entry<T>): number {
  if (a.cidr.family !== b.cidr.family) return a.cidr.family - b.cidr.family;
  if (a.cidr.first !== b.cidr.first) return a.cidr.first < b.cidr.first ? -1 : 1;
  if (a.cidr.prefix !== b.cidr.prefix) return a.cidr.prefix - b.cidr.prefix;
  return a.seq - b.seq;
}

function bySeq<T>(a: Entry<T>, b: Entry<T>): number {
  return a.seq - b.seq;
}

/** Per family: the prefix lengths present (ascending) and, per prefix, network key -> entries. */
interface FamilyTable<T> {
  readonly prefixes: number[];
  readonly byPrefix: Map<number, Map<number | string, Entry<T>[]>>;
}

/**
 * The hash key of a network address. Not the bigint itself: V8 hashes a bigint by its lowest 64
 * bits only, so IPv6 networks (whose low bits are mostly zero) would all collide and make the
 * index quadratic. IPv4 addresses are exact as numbers; IPv6 ones become hex strings.
 */
function networkKey(family: 4 | 6, network: bigint): number | string {
  return family === 4 ? Number(network) : network.toString(16);
}

/**
 * An index over many CIDR-keyed items answering "which items overlap this range" in
 * O(log n + k + prefix length), never by scanning all items. Items contained in the query are a
 * contiguous run of a list sorted by first address (binary search); items containing the query
 * are among its supernets, found by hash lookup of (family, prefix, network). Several items may
 * share one CIDR, and one item may be added under several CIDRs (a VPC with secondary blocks).
 */
export class CidrIndex<T> {
  private readonly sorted: Entry<T>[] = [];
  private readonly v4: FamilyTable<T> = { prefixes: [], byPrefix: new Map() };
  private readonly v6: FamilyTable<T> = { prefixes: [], byPrefix: new Map() };

  constructor(items: Iterable<{ cidr: Cidr; item: T }>) {
    let seq = 0;
    for (const { cidr, item } of items) {
      const entry: Entry<T> = { cidr, item, seq: seq++ };
      this.sorted.push(entry);
      const table = cidr.family === 4 ? this.v4 : this.v6;
      let networks = table.byPrefix.get(cidr.prefix);
      if (networks === undefined) {
        networks = new Map();
        table.byPrefix.set(cidr.prefix, networks);
        table.prefixes.push(cidr.prefix);
      }
      const key = networkKey(cidr.family, cidr.first);
      const same = networks.get(key);
      if (same === undefined) networks.set(key, [entry]);
      else same.push(entry);
    }
    this.sorted.sort(compareEntries);
    this.v4.prefixes.sort((a, b) => a - b);
    this.v6.prefixes.sort((a, b) => a - b);
  }

  /** Number of entries (item/CIDR pairs) in the index. */
  get size(): number {
    return this.sorted.length;
  }

  /**
   * Entries whose CIDR overlaps `query`, in input order; an item added under several
   * overlapping CIDRs appears once per CIDR. Use it when the message needs the matching block.
   */
  overlappingEntries(query: Cidr): Array<{ cidr: Cidr; item: T }> {
    const found: Entry<T>[] = [];
    this.collectSupernets(query, query.prefix - 1, found);
    this.collectSubnets(query, found);
    return found.sort(bySeq).map(toPair);
  }

  /** Entries whose CIDR contains `query` (equal included), in input order. */
  containingEntries(query: Cidr): Array<{ cidr: Cidr; item: T }> {
    const found: Entry<T>[] = [];
    this.collectSupernets(query, query.prefix, found);
    return found.sort(bySeq).map(toPair);
  }

  /** Items whose CIDR overlaps `query`, each once (by identity), in the order they were first added. */
  overlapping(query: Cidr): T[] {
    return distinctItems(this.overlappingEntries(query));
  }

  /** Items whose CIDR contains `query` (equal included), each once, in the order they were first added. */
  containing(query: Cidr): T[] {
    return distinctItems(this.containingEntries(query));
  }

  /** Entries of query's family whose CIDR is a supernet of it with prefix <= maxPrefix. */
  private collectSupernets(query: Cidr, maxPrefix: number, out: Entry<T>[]): void {
    const table = query.family === 4 ? this.v4 : this.v6;
    const masks = query.family === 4 ? HOST_MASK4 : HOST_MASK6;
    for (const p of table.prefixes) {
      if (p > maxPrefix) break;
      const entries = table.byPrefix.get(p)?.get(networkKey(query.family, query.first & ~(masks[p] as bigint)));
      if (entries !== undefined) for (const e of entries) out.push(e);
    }
  }

  /** Entries of query's family inside it (prefix >= the query's): first address in [first, last]. */
  private collectSubnets(query: Cidr, out: Entry<T>[]): void {
    const list = this.sorted;
    // Lower bound of (family, first, prefix) = (query.family, query.first, query.prefix): this
    // skips supernets that share the query's first address, which collectSupernets finds.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = (list[mid] as Entry<T>).cidr;
      const before =
        c.family !== query.family
          ? c.family < query.family
          : c.first !== query.first
            ? c.first < query.first
            : c.prefix < query.prefix;
      if (before) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < list.length; i++) {
      const e = list[i] as Entry<T>;
      if (e.cidr.family !== query.family || e.cidr.first > query.last) break;
      out.push(e);
    }
  }
}

function toPair<T>(e: Entry<T>): { cidr: Cidr; item: T } {
  return { cidr: e.cidr, item: e.item };
}

function distinctItems<T>(entries: readonly { item: T }[]): T[] {
  if (entries.length < 2) return entries.map((e) => e.item);
  const seen = new Set<T>();
  const out: T[] = [];
  for (const { item } of entries) {
    if (!seen.has(item)) {
      seen.add(item);
      out.push(item);
    }
  }
  return out;
}

/**
 * All pairs `[i, j]` (i < j, input positions) of CIDRs that overlap, sorted by i then j, by
 * sort-and-sweep: O(n log n + pairs). Because blocks nest or are disjoint, the blocks still open
 * at any point of the sweep form a chain of supernets, each of which overlaps the next block.
 */
export function overlappingIndexPairs(cidrs: readonly Cidr[]): Array<[number, number]> {
  const order = cidrs.map((cidr, seq) => ({ cidr, item: seq, seq }));
  order.sort(compareEntries);
  const open: Entry<number>[] = [];
  const pairs: Array<[number, number]> = [];
  for (const e of order) {
    while (open.length > 0) {
      const top = (open[open.length - 1] as Entry<number>).cidr;
      if (top.family === e.cidr.family && top.last >= e.cidr.first) break;
      open.pop();
    }
    for (const o of open) pairs.push(o.seq < e.seq ? [o.seq, e.seq] : [e.seq, o.seq]);
    open.push(e);
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/**
 * Does any CIDR of the list overlap another one (a duplicate included)? `overlappingIndexPairs`
 * is not empty, told by one sort without listing pairs: because blocks nest or are disjoint, a
 * block that overlaps a later one in (family, first address, prefix) order contains it, and then
 * contains the block right after it too, so comparing neighbours is enough.
 */
export function anyOverlap(cidrs: readonly Cidr[]): boolean {
  const sorted = [...cidrs].sort(compareCidr);
  for (let i = 1; i < sorted.length; i++) if (overlaps(sorted[i - 1] as Cidr, sorted[i] as Cidr)) return true;
  return false;
}

/** All pairs (i < j by input order) of items whose CIDRs overlap, by sort-and-sweep: O(n log n + pairs). */
export function overlappingPairs<T>(items: readonly { cidr: Cidr; item: T }[]): Array<[T, T]> {
  return overlappingIndexPairs(items.map((x) => x.cidr)).map(
    ([i, j]) => [(items[i] as { item: T }).item, (items[j] as { item: T }).item] as [T, T],
  );
}
