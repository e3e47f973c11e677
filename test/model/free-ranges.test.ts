/**
 * Free ranges for NET101/NET102's re-addressing suggestions: freeBlocks (cidr.ts) finds aligned
 * blocks of a size that overlap nothing taken, lowest first; freeRangesLike looks in the private
 * range (or IPv6 /48) of the block being moved.
 */
import { describe, expect, it } from 'vitest';
import { freeBlocks, parseCidr } from '../../src/model/cidr.js';
import { freeRangesLike } from '../../src/model/free-ranges.js';
import type { Cidr } from '../../src/model/types.js';

function cidr(text: string): Cidr {
  const p = parseCidr(text);
  if (!p.ok) throw new Error(p.error);
  return p.cidr;
}

describe('freeBlocks', () => {
  it.each([
    { name: 'skips the taken blocks, lowest first', within: '10.0.0.0/8', prefix: 16, taken: ['10.0.0.0/16', '10.1.0.0/16'], max: 2, want: ['10.2.0.0/16', '10.3.0.0/16'] },
    { name: 'starts at the next aligned block after a smaller taken one', within: '10.0.0.0/8', prefix: 16, taken: ['10.0.0.0/17'], max: 1, want: ['10.1.0.0/16'] },
    { name: 'uses a gap between taken blocks', within: '192.168.0.0/16', prefix: 24, taken: ['192.168.0.0/24', '192.168.2.0/23'], max: 2, want: ['192.168.1.0/24', '192.168.4.0/24'] },
    { name: 'ignores taken blocks of the other family', within: '172.16.0.0/12', prefix: 16, taken: ['2001:db8::/32'], max: 1, want: ['172.16.0.0/16'] },
    { name: 'finds nothing when all is taken', within: '192.168.0.0/16', prefix: 24, taken: ['192.168.0.0/16'], max: 3, want: [] },
    { name: 'finds nothing for a block wider than the range', within: '192.168.0.0/16', prefix: 12, taken: [], max: 3, want: [] },
    { name: 'works in IPv6', within: '2001:db8:1234::/48', prefix: 56, taken: ['2001:db8:1234::/56'], max: 2, want: ['2001:db8:1234:100::/56', '2001:db8:1234:200::/56'] },
  ])('$name', ({ within, prefix, taken, max, want }) => {
    expect(freeBlocks(cidr(within), prefix, taken.map(cidr), max).map((c) => c.canonical)).toEqual(want);
  });
});

describe('freeRangesLike', () => {
  it.each([
    { name: 'a 10/8 block moves within 10/8', block: '10.0.128.0/20', taken: ['10.0.0.0/16', '10.0.128.0/20'], want: ['10.1.0.0/20', '10.1.16.0/20'] },
    { name: 'a CGNAT block moves within 100.64/10', block: '100.64.0.0/18', taken: ['100.64.0.0/16'], want: ['100.65.0.0/18', '100.65.64.0/18'] },
    { name: 'an IPv6 block moves within its /48', block: '2001:db8:1234:5600::/56', taken: ['2001:db8:1234:5600::/56'], want: ['2001:db8:1234::/56', '2001:db8:1234:100::/56'] },
    { name: 'a public IPv4 block gets no suggestion', block: '52.0.0.0/16', taken: [], want: [] },
  ])('$name', ({ block, taken, want }) => {
    expect(freeRangesLike(cidr(block), taken.map(cidr), 2).map((c) => c.canonical)).toEqual(want);
  });
});
