/**
 * CIDR range math for IPv4 and IPv6 (overlap, containment, coverage, free blocks). Addresses are
 * bigints so both families share one code path. Parsing and formatting literals live in
 * parse/cidr-text.ts (the readers need them too) and are re-exported here.
 */
import { toCidr } from '../parse/cidr-text.js';
import type { Cidr } from './types.js';

export { formatAddress, formatCidr, parseCidr, toCidr, type CidrParse } from '../parse/cidr-text.js';

/** `0.0.0.0/0`. */
export const WORLD_IPV4: Cidr = Object.freeze(toCidr(4, 0n, 0));
/** `::/0`. */
export const WORLD_IPV6: Cidr = Object.freeze(toCidr(6, 0n, 0));

/** Do the two blocks share an address? Always false across families. */
export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.family === b.family && a.first <= b.last && b.first <= a.last;
}

/** Is every address of `inner` in `outer` (equal blocks included)? Always false across families. */
export function contains(outer: Cidr, inner: Cidr): boolean {
  return outer.family === inner.family && outer.first <= inner.first && inner.last <= outer.last;
}

/** Is this a /0, the whole address space of its family (`0.0.0.0/0`, `::/0`, or any `x/0` literal)? */
export function isWorld(c: Cidr): boolean {
  return c.prefix === 0;
}

/** Family, then first address, then prefix length: a total order on networks. */
export function compareCidr(a: Cidr, b: Cidr): number {
  if (a.family !== b.family) return a.family - b.family;
  if (a.first !== b.first) return a.first < b.first ? -1 : 1;
  return a.prefix - b.prefix;
}

/**
 * Calls `gap(lo, hi)` for each maximal run of addresses of `target` that no same-family range
 * covers, in address order; stops early when `gap` returns false.
 */
function forEachGap(ranges: readonly Cidr[], target: Cidr, gap: (lo: bigint, hi: bigint) => boolean): void {
  const relevant: Cidr[] = [];
  for (const r of ranges) if (overlaps(r, target)) relevant.push(r);
  relevant.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  let cursor = target.first; // first address not yet known to be covered
  for (const r of relevant) {
    if (r.first > cursor) {
      if (!gap(cursor, r.first - 1n)) return;
    }
    if (r.last >= cursor) {
      if (r.last >= target.last) return;
      cursor = r.last + 1n;
    }
  }
  gap(cursor, target.last);
}

/** Does the union of `ranges` (any family mix; only `target`'s family counts) cover every address of `target`? */
export function unionCovers(ranges: readonly Cidr[], target: Cidr): boolean {
  let covered = true;
  forEachGap(ranges, target, () => (covered = false));
  return covered;
}

/**
 * The parts of `target` not covered by `ranges` (only `target`'s family counts), as the minimal
 * list of canonical CIDRs, sorted by address. Empty when `unionCovers(ranges, target)`.
 */
export function uncoveredParts(ranges: readonly Cidr[], target: Cidr): Cidr[] {
  const out: Cidr[] = [];
  const bits = target.family === 4 ? 32 : 128;
  forEachGap(ranges, target, (lo, hi) => {
    // Greedy: the largest aligned block starting at lo that fits, repeatedly.
    while (lo <= hi) {
      let size = 1n;
      let hostBits = 0;
      while (hostBits < bits && (lo & size) === 0n && lo + size * 2n - 1n <= hi) {
        size *= 2n;
        hostBits++;
      }
      out.push(toCidr(target.family, lo, bits - hostBits));
      lo += size;
    }
    return true;
  });
  return out;
}

/**
 * Up to `max` blocks of prefix length `prefix` inside `within` that overlap none of `taken`, lowest
 * address first: where a VPC of that size could move without touching any range in use (NET101 and
 * NET102 suggest them). Empty when `prefix` is wider than `within` or nothing is free.
 */
export function freeBlocks(within: Cidr, prefix: number, taken: readonly Cidr[], max: number): Cidr[] {
  const out: Cidr[] = [];
  const bits = within.family === 4 ? 32 : 128;
  if (prefix < within.prefix || prefix > bits || max <= 0) return out;
  const size = 1n << BigInt(bits - prefix);
  forEachGap(taken, within, (lo, hi) => {
    // The first aligned block at or after lo, then each one that still ends inside the gap.
    for (let at = ((lo + size - 1n) / size) * size; at + size - 1n <= hi && out.length < max; at += size) {
      out.push(toCidr(within.family, at, prefix));
    }
    return out.length < max;
  });
  return out;
}
