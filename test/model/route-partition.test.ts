/**
 * TablePartition: longest-prefix match over a whole route table, grouped by peering connection.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { compareCidr, contains, parseCidr } from '../../src/model/cidr.js';
import { intersect, nestedRoutes, TablePartition } from '../../src/model/route-partition.js';
import type { Cidr, RouteTable } from '../../src/model/types.js';
import { linkedTo, tf, tfVpc, type FakeUnknown } from '../helpers/source.js';

function cidr(text: string): Cidr {
  const p = parseCidr(text);
  if (!p.ok) throw new Error(text);
  return p.cidr;
}

/** A table of aws_vpc.v with routes `[destination, target]`: a peering name (`pcx_a`) or `igw`. */
function table(routes: [string, string][]): RouteTable {
  const resources = [
    tfVpc('v', '10.0.0.0/16'),
    tfVpc('a', '10.1.0.0/16'),
    tfVpc('b', '10.2.0.0/16'),
    tf('aws_vpc_peering_connection', 'pcx_a', {}, { unknown: { id: {}, vpc_id: linkedTo('aws_vpc.v'), peer_vpc_id: linkedTo('aws_vpc.a') } }),
    tf('aws_vpc_peering_connection', 'pcx_b', {}, { unknown: { id: {}, vpc_id: linkedTo('aws_vpc.v'), peer_vpc_id: linkedTo('aws_vpc.b') } }),
    tf('aws_route_table', 't', {}, { unknown: { id: {}, vpc_id: linkedTo('aws_vpc.v') } }),
    ...routes.map(([destination, target], i) => {
      const dest = destination.includes(':') ? { destination_ipv6_cidr_block: destination } : destination === '?' ? {} : { destination_cidr_block: destination };
      const unknown: Record<string, FakeUnknown> = destination === '?' ? { destination_cidr_block: {} } : {};
      return target === 'igw'
        ? tf('aws_route', `r${i}`, { ...dest, gateway_id: 'igw-1' }, { unknown: { route_table_id: linkedTo('aws_route_table.t'), ...unknown } })
        : tf('aws_route', `r${i}`, dest, {
            unknown: { route_table_id: linkedTo('aws_route_table.t'), vpc_peering_connection_id: linkedTo(`aws_vpc_peering_connection.${target}`), ...unknown },
          });
    }),
  ];
  return buildModel(resources).routeTables.find((t) => t.key === 'aws_route_table.t')!;
}

const parts = (p: TablePartition, peering: string, range: string) =>
  p.partsWithin(`aws_vpc_peering_connection.${peering}`, cidr(range)).map((x) => [x.cidr.canonical, x.route.key]);

describe('TablePartition', () => {
  it('a more specific route takes its range from a wider one, whatever its target', () => {
    const p = new TablePartition(table([['10.1.0.0/16', 'pcx_a'], ['10.1.128.0/17', 'pcx_b'], ['10.1.64.0/18', 'igw']]), 4);
    expect(parts(p, 'pcx_a', '10.1.0.0/16')).toEqual([['10.1.0.0/18', 'aws_route.r0']]);
    expect(parts(p, 'pcx_b', '10.1.0.0/16')).toEqual([['10.1.128.0/17', 'aws_route.r1']]);
    expect(parts(p, 'pcx_b', '10.1.200.0/24')).toEqual([['10.1.200.0/24', 'aws_route.r1']]);
    expect(parts(p, 'pcx_a', '10.2.0.0/16')).toEqual([]);
    expect(p.peeringKeys).toEqual(new Set(['aws_vpc_peering_connection.pcx_a', 'aws_vpc_peering_connection.pcx_b']));
    expect(p.doubts).toEqual([]);
  });

  it('of two routes with one destination, the later one owns it', () => {
    const p = new TablePartition(table([['10.1.0.0/16', 'pcx_a'], ['10.1.0.0/16', 'pcx_b']]), 4);
    expect([parts(p, 'pcx_a', '10.1.0.0/16'), parts(p, 'pcx_b', '10.1.0.0/16')]).toEqual([[], [['10.1.0.0/16', 'aws_route.r1']]]);
  });

  it('keeps one family', () => {
    const t = table([['10.1.0.0/16', 'pcx_a'], ['2001:db8::/56', 'pcx_b']]);
    expect(parts(new TablePartition(t, 6), 'pcx_b', '2001:db8::/48')).toEqual([['2001:db8::/56', 'aws_route.r1']]);
    expect(parts(new TablePartition(t, 6), 'pcx_a', '10.0.0.0/8')).toEqual([]);
  });

  it('says why it may be wrong: a route whose destination is unknown', () => {
    const p = new TablePartition(table([['10.1.0.0/16', 'pcx_a'], ['?', 'pcx_b']]), 4);
    expect(p.doubts).toEqual(['the destination of aws_route.r1 is unknown (destination_cidr_block of aws_route.r1 is known after apply)']);
    expect(p.peeringKeys).toEqual(new Set(['aws_vpc_peering_connection.pcx_a', 'aws_vpc_peering_connection.pcx_b']));
  });

  it.each([
    ['10.0.0.0/8', '10.1.0.0/16', '10.1.0.0/16'],
    ['10.1.0.0/16', '10.0.0.0/8', '10.1.0.0/16'],
    ['10.1.0.0/16', '10.2.0.0/16', undefined],
    ['10.0.0.0/8', '2001:db8::/32', undefined],
  ])('intersect(%s, %s) = %s', (a, b, want) => {
    expect(intersect(cidr(a), cidr(b))?.canonical).toBe(want);
  });
});

describe('nestedRoutes', () => {
  /** By definition: in sorted order, an entry's parent is the last entry before it that contains it. */
  function naive(entries: readonly { cidr: Cidr; n: number }[]): Map<number, string[]> {
    const sorted = [...entries].sort((a, b) => compareCidr(a.cidr, b.cidr));
    const out = new Map<number, string[]>(sorted.map((e) => [e.n, []]));
    sorted.forEach((e, i) => {
      for (let j = i - 1; j >= 0; j--) {
        const parent = sorted[j]!;
        if (!contains(parent.cidr, e.cidr)) continue;
        out.get(parent.n)!.push(e.cidr.canonical);
        break;
      }
    });
    return out;
  }

  it('gives each entry, once, the ranges directly nested in it, innermost entries first', () => {
    const block = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 8, max: 32 })).map(([a, b, p]) => `10.${a}.${b}.0/${p}`),
      fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 40, max: 128 })).map(([a, p]) => `2600:${a}::/${p}`),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 16 }), (texts) => {
        const entries = texts.map((t, n) => ({ cidr: cidr(t), n }));
        const got = new Map<number, string[]>();
        const closed: Cidr[] = [];
        nestedRoutes([...entries], (e, nested) => {
          expect(got.has(e.n)).toBe(false);
          // Innermost first: nothing closed before an entry contains it, unless it is the same range.
          for (const c of closed) expect(contains(c, e.cidr) && !contains(e.cidr, c)).toBe(false);
          closed.push(e.cidr);
          got.set(e.n, nested.map((c) => c.canonical));
        });
        expect(got).toEqual(naive(entries));
      }),
      { numRuns: 500 },
    );
  });

  it('gives a single entry (a table with one route, taken without sorting) nothing nested', () => {
    const seen: [number, readonly Cidr[]][] = [];
    nestedRoutes([{ cidr: cidr('10.0.0.0/16'), n: 7 }], (e, nested) => seen.push([e.n, nested]));
    expect(seen).toEqual([[7, []]]);
  });
});
