/**
 * Property tests for the CIDR math, for IPv4 and IPv6. Expected ranges are computed here from a
 * random address and prefix with plain bigint arithmetic, and literals are written here in many
 * text forms, so the code under test is never its own oracle; ip-num serves as a second parser.
 */
import fc from 'fast-check';
import { IPv4, IPv6, Validator } from 'ip-num';
import { describe, expect, it } from 'vitest';
import { CidrIndex, overlappingPairs } from '../../src/model/cidr-index.js';
import {
  compareCidr,
  contains,
  formatCidr,
  isWorld,
  overlaps,
  parseCidr,
  uncoveredParts,
  unionCovers,
} from '../../src/model/cidr.js';
import type { Cidr } from '../../src/model/types.js';

type Family = 4 | 6;
const BITS = { 4: 32, 6: 128 } as const;
const MAX = { 4: 2n ** 32n - 1n, 6: 2n ** 128n - 1n } as const;

/** A block as the test sees it: what was written, and its range computed here. */
interface Block {
  readonly family: Family;
  readonly address: bigint;
  readonly prefix: number;
  readonly text: string;
  readonly first: bigint;
  readonly last: bigint;
}

/** How an IPv6 address is written: case, zero padding, and which zero run (if any) becomes `::`. */
interface V6Style {
  readonly upper: boolean;
  readonly pad: boolean;
  /** Index (mod the number of zero runs) of the run to compress; -1 for none. */
  readonly compress: number;
  /** Compress only part of a run of two or more zero groups (still valid RFC 4291 text). */
  readonly partial: boolean;
}
const PLAIN: V6Style = { upper: false, pad: false, compress: -1, partial: false };

function ipv4Text(a: bigint): string {
  return [a / 16777216n, (a / 65536n) % 256n, (a / 256n) % 256n, a % 256n].join('.');
}

function ipv6Text(a: bigint, style: V6Style): string {
  const groups: number[] = [];
  for (let i = 7, rest = a; i >= 0; i--, rest /= 65536n) groups[i] = Number(rest % 65536n);
  const parts = groups.map((g) => {
    const s = style.pad ? g.toString(16).padStart(4, '0') : g.toString(16);
    return style.upper ? s.toUpperCase() : s;
  });
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    runs.push([i, j]);
    i = j;
  }
  const run = style.compress >= 0 ? runs[style.compress % Math.max(1, runs.length)] : undefined;
  if (run === undefined) return parts.join(':');
  const [s, e] = style.partial && run[1] - run[0] >= 2 ? [run[0] + 1, run[1]] : run;
  return `${parts.slice(0, s).join(':')}::${parts.slice(e).join(':')}`;
}

function textOf(family: Family, address: bigint, prefix: number, style: V6Style = PLAIN): string {
  return `${family === 4 ? ipv4Text(address) : ipv6Text(address, style)}/${prefix}`;
}

/** The block of `address/prefix`, its range computed with division rather than bit masks. */
function block(family: Family, address: bigint, prefix: number, style: V6Style = PLAIN): Block {
  const size = 2n ** BigInt(BITS[family] - prefix);
  const first = address - (address % size);
  return { family, address, prefix, text: textOf(family, address, prefix, style), first, last: first + size - 1n };
}

function parsed(b: Block): Cidr {
  const r = parseCidr(b.text);
  if (!r.ok) throw new Error(`${b.text} should parse: ${r.error}`);
  return r.cidr;
}

/** Few anchors with random low bits, so blocks often nest, repeat or touch. */
const ANCHORS = {
  4: [0n, 0x0a00_0000n, 0x0a00_0100n, 0xc0a8_0000n, MAX[4]],
  6: [0n, 0x2001_0db8n << 96n, 0x2600_1f18_abcd_1200n << 64n, 0xffff_0a00_0000n, MAX[6]],
} as const;

function addressArb(family: Family): fc.Arbitrary<bigint> {
  return fc.oneof(
    fc.bigInt(0n, MAX[family]),
    fc.tuple(fc.constantFrom(...ANCHORS[family]), fc.bigInt(0n, 0xffffn)).map(([a, low]) => a ^ low),
  );
}

function prefixArb(family: Family): fc.Arbitrary<number> {
  const bits = BITS[family];
  return fc.oneof(fc.integer({ min: 0, max: bits }), fc.integer({ min: bits - 16, max: bits }));
}

const styleArb: fc.Arbitrary<V6Style> = fc.record({
  upper: fc.boolean(),
  pad: fc.boolean(),
  compress: fc.integer({ min: -1, max: 7 }),
  partial: fc.boolean(),
});

function blockArb(family: Family): fc.Arbitrary<Block> {
  return fc
    .tuple(addressArb(family), prefixArb(family), styleArb)
    .map(([address, prefix, style]) => block(family, address, prefix, style));
}

/** Dense blocks: two anchors per family and long prefixes, so sets have many nested and equal blocks. */
function denseBlockArb(family: Family): fc.Arbitrary<Block> {
  const bits = BITS[family];
  return fc
    .tuple(
      fc.constantFrom(ANCHORS[family][1], ANCHORS[family][2]),
      fc.bigInt(0n, 0xfffn),
      fc.oneof(fc.integer({ min: bits - 14, max: bits }), fc.integer({ min: 0, max: bits })),
    )
    .map(([a, low, prefix]) => block(family, a ^ low, prefix));
}
const denseAnyArb = fc.oneof(denseBlockArb(4), denseBlockArb(6));

const pin4 = (address: bigint, prefix: number): Block => block(4, address, prefix);
const pin6 = (address: bigint, prefix: number, style: V6Style = PLAIN): Block => block(6, address, prefix, style);

/** Checks RFC 5952 text for `value`, independently of the formatter under test. */
function expectRfc5952(text: string, value: bigint): void {
  expect(text).toMatch(/^[0-9a-f:]+$/);
  const halves = text.split('::');
  expect(halves.length).toBeLessThanOrEqual(2);
  const side = (s: string | undefined): string[] => (s === undefined || s === '' ? [] : s.split(':'));
  const head = side(halves[0]);
  const tail = side(halves[1]);
  for (const g of [...head, ...tail]) expect(g).toMatch(/^(0|[1-9a-f][0-9a-f]{0,3})$/);
  const gap = halves.length === 2 ? 8 - head.length - tail.length : 0;
  const groups = [...head, ...Array<string>(gap).fill('0'), ...tail].map((g) => parseInt(g, 16));
  expect(groups).toHaveLength(8);
  expect(groups.reduce((acc, g) => acc * 65536n + BigInt(g), 0n)).toBe(value);
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) [bestStart, bestLen] = [i, j - i];
  }
  if (bestLen >= 2) {
    expect([halves.length, head.length, gap]).toEqual([2, bestStart, bestLen]);
  } else {
    expect(halves).toHaveLength(1);
  }
}

describe.each([4, 6] as const)('IPv%i', (family) => {
  const other: Family = family === 4 ? 6 : 4;

  it('parses to the range computed here; the canonical form round-trips', () => {
    fc.assert(
      fc.property(blockArb(family), (b) => {
        const c = parsed(b);
        expect(c).toEqual({
          text: b.text,
          canonical: c.canonical,
          family,
          prefix: b.prefix,
          first: b.first,
          last: b.last,
          hostBitsSet: b.address !== b.first,
        });
        expect(parseCidr(c.canonical)).toEqual({
          ok: true,
          cidr: { ...c, text: c.canonical, hostBitsSet: false },
        });
        expect(formatCidr(family, b.first, b.prefix)).toBe(c.canonical);
        const [address = '', prefix] = c.canonical.split('/');
        expect(prefix).toBe(String(b.prefix));
        if (family === 4) {
          expect(address).toBe(ipv4Text(b.first));
          expect(IPv4.fromString(address).value).toBe(b.first);
        } else {
          expectRfc5952(address, b.first);
          // ip-num reads both the written form and the canonical one as the same addresses.
          expect(IPv6.fromString(b.text.split('/')[0] ?? '').value).toBe(b.address);
          expect(IPv6.fromString(address).value).toBe(b.first);
        }
      }),
      {
        examples:
          family === 4
            ? [[pin4(0xc0a8_0100n, 0)], [pin4(0x0a00_0100n, 22)], [pin4(MAX[4], 32)], [pin4(0n, 0)]]
            : [
                [pin6(0x2001_0db8n << 96n, 32, { upper: true, pad: false, compress: 0, partial: true })],
                [pin6(0x2001_0db8_0000_0000_0001_0000_0000_0001n, 128, { ...PLAIN, compress: 1 })],
                [pin6(MAX[6], 0)],
                [pin6(1n, 127, { ...PLAIN, pad: true })],
              ],
      },
    );
  });

  it('accepts exactly the addresses ip-num accepts', () => {
    const v4Token = fc.constantFrom('0', '7', '10', '99', '255', '256', '010', '00', '', 'a', '1 ');
    const v6Token = fc.constantFrom('0', '1', 'ab', 'FFFF', '0db8', '12345', ':', ':', '::', '1.2.3.4', '01.2.3.4', 'g');
    const candidate =
      family === 4
        ? fc.array(v4Token, { minLength: 3, maxLength: 5 }).map((a) => a.join('.'))
        : fc.array(v6Token, { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(candidate, (address) => {
        const r = parseCidr(`${address}/${BITS[family]}`);
        const valid = family === 4 ? Validator.isValidIPv4String(address)[0] : Validator.isValidIPv6String(address)[0];
        expect(r.ok).toBe(valid);
        if (r.ok) {
          expect(r.cidr.first).toBe(family === 4 ? IPv4.fromString(address).value : IPv6.fromString(address).value);
        }
      }),
      {
        numRuns: 300,
        examples:
          family === 4
            ? [['10.0.0.1'], ['010.0.0.1'], ['1.2.3'], ['0.0.0.0']]
            : [['::ffff:1.2.3.4'], ['1::2::3'], ['FFFF::'], [':::'], ['0:0:0:0:0:0:0:0:0']],
      },
    );
  });

  it('overlaps and contains agree with interval comparison; CIDRs nest or are disjoint', () => {
    fc.assert(
      fc.property(blockArb(family), blockArb(family), (a, b) => {
        const [ca, cb] = [parsed(a), parsed(b)];
        const overlap = a.first <= b.last && b.first <= a.last;
        const aHoldsB = a.first <= b.first && b.last <= a.last;
        const bHoldsA = b.first <= a.first && a.last <= b.last;
        expect([overlaps(ca, cb), overlaps(cb, ca), contains(ca, cb), contains(cb, ca)]).toEqual([
          overlap,
          overlap,
          aHoldsB,
          bHoldsA,
        ]);
        if (contains(ca, cb)) expect(overlaps(ca, cb)).toBe(true);
        if (overlap) expect(aHoldsB || bHoldsA).toBe(true);
        const expectedOrder = a.first !== b.first ? (a.first < b.first ? -1 : 1) : Math.sign(a.prefix - b.prefix);
        expect([Math.sign(compareCidr(ca, cb)) || 0, Math.sign(compareCidr(cb, ca)) || 0]).toEqual([
          expectedOrder || 0,
          -expectedOrder || 0,
        ]);
      }),
      {
        examples:
          family === 4
            ? [
                [pin4(0x0a00_0000n, 24), pin4(0x0a00_0100n, 24)],
                [pin4(0n, 0), pin4(MAX[4], 32)],
                [pin4(0x0a00_0000n, 16), pin4(0x0a00_0100n, 22)],
              ]
            : [
                [pin6(0n, 1), pin6(1n << 127n, 1)],
                [pin6(0x2001_0db8n << 96n, 32), pin6(0x2001_0db8n << 96n, 32, { ...PLAIN, upper: true })],
                [pin6(0n, 0), pin6(MAX[6], 128)],
              ],
      },
    );
  });

  it('contains is transitive', () => {
    // A chain built here: three addresses sharing the network of `base` at each of three prefixes.
    const chain = fc
      .tuple(
        addressArb(family),
        fc.array(fc.integer({ min: 0, max: BITS[family] }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.bigInt(0n, MAX[family]), { minLength: 3, maxLength: 3 }),
        styleArb,
      )
      .map(([base, prefixes, noise, style]) => {
        const sorted = [...prefixes].sort((x, y) => x - y);
        return sorted.map((p, i) => {
          const hostSize = 2n ** BigInt(BITS[family] - p);
          return block(family, base - (base % hostSize) + ((noise[i] ?? 0n) % hostSize), p, style);
        });
      });
    fc.assert(
      fc.property(chain, ([a, b, c]) => {
        const [ca, cb, cc] = [a, b, c].map((x) => parsed(x as Block)) as [Cidr, Cidr, Cidr];
        expect([contains(ca, cb), contains(cb, cc), contains(ca, cc)]).toEqual([true, true, true]);
      }),
      {
        examples:
          family === 4
            ? [[[pin4(0n, 0), pin4(0x0a00_0000n, 8), pin4(0x0a00_0001n, 32)]]]
            : [[[pin6(0n, 0), pin6(0x2001_0db8n << 96n, 32), pin6(0x2001_0db8n << 96n, 32)]]],
      },
    );
    fc.assert(
      fc.property(blockArb(family), blockArb(family), blockArb(family), (a, b, c) => {
        const [ca, cb, cc] = [parsed(a), parsed(b), parsed(c)];
        if (contains(ca, cb) && contains(cb, cc)) expect(contains(ca, cc)).toBe(true);
      }),
    );
  });

  it('a /0 contains everything of its family and nothing of the other', () => {
    fc.assert(
      fc.property(blockArb(family), addressArb(family), blockArb(other), (x, worldAddress, y) => {
        const world = parsed(block(family, worldAddress, 0));
        expect([isWorld(world), contains(world, parsed(x)), overlaps(world, parsed(x))]).toEqual([true, true, true]);
        expect([overlaps(world, parsed(y)), contains(world, parsed(y))]).toEqual([false, false]);
        expect(isWorld(parsed(x))).toBe(x.prefix === 0);
      }),
      {
        examples:
          family === 4
            ? [[pin4(MAX[4], 32), 0xc0a8_0100n, pin6(0n, 128)]]
            : [[pin6(MAX[6], 128), 0x2001_0db8n << 96n, pin4(0n, 0)]],
      },
    );
  });

  it('no IPv4 block overlaps an IPv6 block, even at equal numbers', () => {
    fc.assert(
      fc.property(blockArb(family), fc.boolean(), blockArb(other), (x, sameNumbers, y) => {
        // With sameNumbers, the other-family block covers the same numeric range.
        const z = sameNumbers && x.prefix + BITS[other] - BITS[family] >= 0 && x.address <= MAX[other]
          ? block(other, x.address, x.prefix + BITS[other] - BITS[family])
          : y;
        const [cx, cz] = [parsed(x), parsed(z)];
        expect([overlaps(cx, cz), overlaps(cz, cx), contains(cx, cz), contains(cz, cx)]).toEqual([
          false,
          false,
          false,
          false,
        ]);
        expect(Math.sign(compareCidr(cx, cz))).toBe(family === 4 ? -1 : 1);
      }),
      { examples: [[block(family, 0n, 0), true, block(other, 0n, 0)]] },
    );
  });

  describe('unionCovers and uncoveredParts, by enumerating a 256-address window', () => {
    // The other family's window has the same numbers, so mixing families up would show.
    const base = 0x0a01_0200n;
    const local = (f: Family): fc.Arbitrary<Block> =>
      fc
        .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: BITS[f] - 8, max: BITS[f] }))
        .map(([offset, prefix]) => block(f, base + BigInt(offset), prefix));
    const rangesArb = fc.array(fc.oneof({ weight: 4, arbitrary: local(family) }, { weight: 1, arbitrary: local(other) }), {
      maxLength: 10,
    });

    function check(ranges: readonly Block[], target: Block): void {
      const uncovered = new Set<bigint>();
      for (let x = target.first; x <= target.last; x++) {
        if (!ranges.some((r) => r.family === target.family && r.first <= x && x <= r.last)) uncovered.add(x);
      }
      const rs = ranges.map(parsed);
      const t = parsed(target);
      expect(unionCovers(rs, t)).toBe(uncovered.size === 0);
      const parts = uncoveredParts(rs, t);
      const listed = new Set<bigint>();
      let previousLast = -1n;
      for (const p of parts) {
        expect([p.family, p.hostBitsSet, p.text]).toEqual([family, false, p.canonical]);
        expect(p.first).toBeGreaterThan(previousLast);
        previousLast = p.last;
        for (let x = p.first; x <= p.last; x++) listed.add(x);
        // Minimal: no part's parent block is wholly uncovered (else the parent should be listed).
        if (p.prefix > 0) {
          const size = 2n ** BigInt(BITS[family] - p.prefix + 1);
          const parentFirst = p.first - (p.first % size);
          let parentUncovered = true;
          for (let x = parentFirst; x < parentFirst + size && parentUncovered; x++) parentUncovered = uncovered.has(x);
          expect(parentUncovered).toBe(false);
        }
      }
      expect([...listed].sort()).toEqual([...uncovered].sort());
    }

    it('agree with the addresses no range covers', () => {
      fc.assert(
        fc.property(rangesArb, local(family), (ranges, target) => check(ranges, target)),
        {
          examples: [
            [[block(family, base, BITS[family] - 7), block(family, base + 128n, BITS[family] - 7)], block(family, base, BITS[family] - 8)],
            [[block(family, base + 255n, BITS[family])], block(family, base, BITS[family] - 8)],
            [[block(other, base, BITS[other] - 8)], block(family, base, BITS[family] - 8)],
            [[], block(family, base + 5n, BITS[family] - 2)],
          ],
        },
      );
    });

    it('report the whole space as covered by its two halves, and a /0 by a /0', () => {
      const halves = [block(family, 0n, 1), block(family, 1n << BigInt(BITS[family] - 1), 1)].map(parsed);
      const world = parsed(block(family, 0n, 0));
      expect([unionCovers(halves, world), uncoveredParts(halves, world)]).toEqual([true, []]);
      expect(uncoveredParts([halves[0] as Cidr], world).map((c) => c.canonical)).toEqual([halves[1]?.canonical]);
    });
  });

  it('CidrIndex and overlappingPairs agree with a brute force over all pairs', () => {
    const entries = fc
      .tuple(
        fc.array(denseAnyArb, { maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.array(fc.nat(6), { maxLength: 40 }),
      )
      .map(([blocks, dupPicks, itemPicks]) => {
        // Exact duplicates of some blocks, and items shared by several blocks.
        const all = [...blocks, ...(blocks.length > 0 ? dupPicks.map((k) => blocks[k % blocks.length] as Block) : [])];
        return all.map((b, i) => ({ block: b, item: `item${itemPicks[i] ?? i}` }));
      });
    const queries = fc.array(fc.oneof(denseBlockArb(family), denseAnyArb), { maxLength: 8 });
    fc.assert(
      fc.property(entries, queries, (list, extraQueries) => {
        const index = new CidrIndex(list.map((e) => ({ cidr: parsed(e.block), item: e.item })));
        const same = (a: Block, b: Block): boolean => a.family === b.family;
        const distinct = (xs: string[]): string[] => [...new Set(xs)];
        for (const q of [...extraQueries, ...list.map((e) => e.block)]) {
          const cq = parsed(q);
          const hits = list.filter((e) => same(e.block, q) && e.block.first <= q.last && q.first <= e.block.last);
          const holders = list.filter((e) => same(e.block, q) && e.block.first <= q.first && q.last <= e.block.last);
          expect(index.overlapping(cq)).toEqual(distinct(hits.map((e) => e.item)));
          expect(index.containing(cq)).toEqual(distinct(holders.map((e) => e.item)));
          expect(index.overlappingEntries(cq).map((e) => [e.item, e.cidr.text])).toEqual(
            hits.map((e) => [e.item, e.block.text]),
          );
        }
        const pairs: Array<[string, string]> = [];
        list.forEach((a, i) =>
          list.forEach((b, j) => {
            if (i < j && same(a.block, b.block) && a.block.first <= b.block.last && b.block.first <= a.block.last) {
              pairs.push([a.item, b.item]);
            }
          }),
        );
        expect(overlappingPairs(list.map((e) => ({ cidr: parsed(e.block), item: e.item })))).toEqual(pairs);
      }),
      {
        examples: [
          [
            [
              { block: block(family, 0n, 0), item: 'world' },
              { block: block(family, ANCHORS[family][1], BITS[family]), item: 'host' },
              { block: block(family, ANCHORS[family][1], BITS[family]), item: 'host' },
              { block: block(other, 0n, 0), item: 'other-world' },
            ],
            [block(family, ANCHORS[family][1], BITS[family] - 1)],
          ],
        ],
      },
    );
  });
});
