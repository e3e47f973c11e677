import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anyOverlap, CidrIndex, overlappingIndexPairs, overlappingPairs } from '../../src/model/cidr-index.js';
import { parseCidr } from '../../src/model/cidr.js';
import type { Cidr } from '../../src/model/types.js';

function cidr(text: string): Cidr {
  const r = parseCidr(text);
  if (!r.ok) throw new Error(`test literal ${text} does not parse: ${r.error}`);
  return r.cidr;
}

/** Items named after what they are, keyed by their CIDR. */
const BLOCKS: ReadonlyArray<readonly [string, string]> = [
  ['vpc-a', '10.0.0.0/16'],
  ['subnet-a1', '10.0.1.0/24'],
  ['subnet-a2', '10.0.2.0/24'],
  ['vpc-b', '10.1.0.0/16'],
  ['vpc-a-dup', '10.0.0.0/16'],
  ['world', '0.0.0.0/0'],
  ['host', '10.0.1.7/32'],
  ['vpc-c', '192.168.0.0/16'],
  ['v6-vpc', '2600:1f18:abcd:1200::/56'],
  ['v6-subnet', '2600:1f18:abcd:1201::/64'],
  ['v6-world', '::/0'],
  ['wide-host-bits', '10.5.0.0/12'],
];

const index = new CidrIndex(BLOCKS.map(([item, text]) => ({ cidr: cidr(text), item })));

describe('CidrIndex', () => {
  it.each([
    ['a VPC block finds its subnets, duplicate, host and supernets', '10.0.0.0/16', ['vpc-a', 'subnet-a1', 'subnet-a2', 'vpc-a-dup', 'world', 'host', 'wide-host-bits']],
    ['a subnet finds its VPCs and the host inside it', '10.0.1.0/24', ['vpc-a', 'subnet-a1', 'vpc-a-dup', 'world', 'host', 'wide-host-bits']],
    ['a sibling subnet does not see subnet-a1', '10.0.2.0/24', ['vpc-a', 'subnet-a2', 'vpc-a-dup', 'world', 'wide-host-bits']],
    ['an unused range finds only the world', '172.16.0.0/12', ['world']],
    ['the IPv4 world finds every IPv4 item', '0.0.0.0/0', ['vpc-a', 'subnet-a1', 'subnet-a2', 'vpc-b', 'vpc-a-dup', 'world', 'host', 'vpc-c', 'wide-host-bits']],
    ['a /8 finds everything in 10/8 and the world', '10.0.0.0/8', ['vpc-a', 'subnet-a1', 'subnet-a2', 'vpc-b', 'vpc-a-dup', 'world', 'host', 'wide-host-bits']],
    ['a single address', '10.0.1.7/32', ['vpc-a', 'subnet-a1', 'vpc-a-dup', 'world', 'host', 'wide-host-bits']],
    ['a query with host bits uses its network', '10.1.2.3/16', ['vpc-b', 'world', 'wide-host-bits']],
    ['IPv6 never matches IPv4 items', '2600:1f18:abcd:1200::/60', ['v6-vpc', 'v6-subnet', 'v6-world']],
    ['the IPv6 world finds every IPv6 item', '::/0', ['v6-vpc', 'v6-subnet', 'v6-world']],
    ['an IPv6 /128 outside the VPC', '2001:db8::1/128', ['v6-world']],
  ])('overlapping: %s', (_name, query, expected) => {
    expect(index.overlapping(cidr(query))).toEqual(expected);
  });

  it.each([
    ['a subnet is contained by its VPCs, itself and the world', '10.0.1.0/24', ['vpc-a', 'subnet-a1', 'vpc-a-dup', 'world', 'wide-host-bits']],
    ['a VPC block is contained by itself, its duplicate and supernets', '10.0.0.0/16', ['vpc-a', 'vpc-a-dup', 'world', 'wide-host-bits']],
    ['a /8 is contained only by the world', '10.0.0.0/8', ['world']],
    ['the world is contained by the world', '0.0.0.0/0', ['world']],
    ['an IPv6 address inside the subnet', '2600:1f18:abcd:1201::5/128', ['v6-vpc', 'v6-subnet', 'v6-world']],
  ])('containing: %s', (_name, query, expected) => {
    expect(index.containing(cidr(query))).toEqual(expected);
  });

  it('reports an item added under several CIDRs once, at its first position', () => {
    const vpc = { name: 'vpc' };
    const other = { name: 'other' };
    const idx = new CidrIndex([
      { cidr: cidr('10.0.0.0/16'), item: other },
      { cidr: cidr('10.1.0.0/16'), item: vpc },
      { cidr: cidr('10.0.0.0/16'), item: vpc },
    ]);
    expect(idx.overlapping(cidr('10.0.0.0/8'))).toEqual([other, vpc]);
    expect(idx.containing(cidr('10.0.5.0/24'))).toEqual([other, vpc]);
    expect(idx.overlappingEntries(cidr('10.0.0.0/8')).map((e) => [e.item.name, e.cidr.canonical])).toEqual([
      ['other', '10.0.0.0/16'],
      ['vpc', '10.1.0.0/16'],
      ['vpc', '10.0.0.0/16'],
    ]);
    expect(idx.containingEntries(cidr('10.1.0.0/24')).map((e) => [e.item.name, e.cidr.canonical])).toEqual([
      ['vpc', '10.1.0.0/16'],
    ]);
  });

  it('is empty for an empty index', () => {
    const idx = new CidrIndex<string>([]);
    expect([idx.size, idx.overlapping(cidr('0.0.0.0/0')), idx.containing(cidr('::/0'))]).toEqual([0, [], []]);
  });

  it('accepts any iterable, read once', () => {
    function* gen() {
      yield { cidr: cidr('10.0.0.0/16'), item: 'a' };
      yield { cidr: cidr('10.0.0.0/24'), item: 'b' };
    }
    const idx = new CidrIndex(gen());
    expect([idx.size, idx.overlapping(cidr('10.0.0.128/25'))]).toEqual([2, ['a', 'b']]);
  });
});

describe('overlappingPairs', () => {
  it('lists every overlapping pair in input order, across nesting and duplicates', () => {
    const items = BLOCKS.map(([item, text]) => ({ cidr: cidr(text), item }));
    expect(overlappingPairs(items)).toEqual([
      ['vpc-a', 'subnet-a1'],
      ['vpc-a', 'subnet-a2'],
      ['vpc-a', 'vpc-a-dup'],
      ['vpc-a', 'world'],
      ['vpc-a', 'host'],
      ['vpc-a', 'wide-host-bits'],
      ['subnet-a1', 'vpc-a-dup'],
      ['subnet-a1', 'world'],
      ['subnet-a1', 'host'],
      ['subnet-a1', 'wide-host-bits'],
      ['subnet-a2', 'vpc-a-dup'],
      ['subnet-a2', 'world'],
      ['subnet-a2', 'wide-host-bits'],
      ['vpc-b', 'world'],
      ['vpc-b', 'wide-host-bits'],
      ['vpc-a-dup', 'world'],
      ['vpc-a-dup', 'host'],
      ['vpc-a-dup', 'wide-host-bits'],
      ['world', 'host'],
      ['world', 'vpc-c'],
      ['world', 'wide-host-bits'],
      ['host', 'wide-host-bits'],
      ['v6-vpc', 'v6-subnet'],
      ['v6-vpc', 'v6-world'],
      ['v6-subnet', 'v6-world'],
    ]);
  });

  it.each([
    ['no items', [], []],
    ['one item', ['10.0.0.0/8'], []],
    ['disjoint blocks', ['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/23'], []],
    ['three copies of one block', ['10.0.0.0/24', '10.0.0.0/24', '10.0.0.0/24'], [[0, 1], [0, 2], [1, 2]]],
    ['a later supernet comes first in the pair by input order', ['10.0.5.0/24', '10.0.0.0/16'], [[0, 1]]],
    ['IPv4 and IPv6 worlds do not overlap', ['0.0.0.0/0', '::/0'], []],
    ['a chain of nested blocks', ['10.0.0.0/32', '10.0.0.0/8', '10.0.0.0/24', '10.0.0.0/16'], [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]],
    ['a closed block does not leak into the next one', ['10.0.0.0/24', '10.0.0.0/25', '10.0.1.0/25'], [[0, 1]]],
  ])('overlappingIndexPairs: %s', (_name, texts, expected) => {
    expect(overlappingIndexPairs(texts.map(cidr))).toEqual(expected);
    expect(anyOverlap(texts.map(cidr))).toBe(expected.length > 0);
  });

  it('anyOverlap says whether overlappingIndexPairs finds a pair', () => {
    expect(anyOverlap(BLOCKS.map(([, text]) => cidr(text)))).toBe(true);
    // Blocks of a few nearby networks at every prefix length, both families: nested, equal and disjoint ones.
    const block = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 8, max: 32 })).map(([a, b, p]) => `10.${a}.${b}.0/${p}`),
      fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 40, max: 128 })).map(([a, p]) => `2600:${a}::/${p}`),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), (texts) => {
        const cidrs = texts.map(cidr);
        expect(anyOverlap(cidrs)).toBe(overlappingIndexPairs(cidrs).length > 0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('CidrIndex scale', () => {
  it('keeps 50k IPv6 networks that differ only in high bits apart', () => {
    // V8 hashes bigints by their low 64 bits, so bigint map keys would make this quadratic (~10 s);
    // speed is measured by `npm run bench`, never by timed tests: this checks the results at scale.
    const items = Array.from({ length: 50_000 }, (_, i) => ({ cidr: cidr(`2600:${i.toString(16)}::/56`), item: i }));
    const idx = new CidrIndex(items);
    const found = items.slice(0, 1000).map((x) => idx.containing(x.cidr));
    expect(found.slice(0, 3)).toEqual([[0], [1], [2]]);
    expect(found.every((f, i) => f.length === 1 && f[0] === i)).toBe(true);
  });
});
