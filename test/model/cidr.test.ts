import { describe, expect, it } from 'vitest';
import {
  WORLD_IPV4,
  WORLD_IPV6,
  compareCidr,
  contains,
  formatAddress,
  formatCidr,
  isWorld,
  overlaps,
  parseCidr,
  toCidr,
  uncoveredParts,
  unionCovers,
} from '../../src/model/cidr.js';
import type { Cidr } from '../../src/model/types.js';

/** Parses a literal the test knows is valid. */
function cidr(text: string): Cidr {
  const r = parseCidr(text);
  if (!r.ok) throw new Error(`test literal ${text} does not parse: ${r.error}`);
  return r.cidr;
}

const ALL6 = 0xffff_ffff_ffff_ffff_ffff_ffff_ffff_ffffn;

describe('parseCidr: valid literals', () => {
  it.each([
    // name, text, canonical, family, prefix, first, last, hostBitsSet
    ['an IPv4 /16', '10.0.0.0/16', '10.0.0.0/16', 4, 16, 0x0a00_0000n, 0x0a00_ffffn, false],
    ['host bits are masked like AWS does', '10.0.1.0/22', '10.0.0.0/22', 4, 22, 0x0a00_0000n, 0x0a00_03ffn, true],
    ['a /0 with host bits is the whole IPv4 space', '192.168.1.0/0', '0.0.0.0/0', 4, 0, 0n, 0xffff_ffffn, true],
    ['0.0.0.0/0', '0.0.0.0/0', '0.0.0.0/0', 4, 0, 0n, 0xffff_ffffn, false],
    ['the last /32', '255.255.255.255/32', '255.255.255.255/32', 4, 32, 0xffff_ffffn, 0xffff_ffffn, false],
    ['a host /32', '10.0.0.1/32', '10.0.0.1/32', 4, 32, 0x0a00_0001n, 0x0a00_0001n, false],
    ['a host address with a /16', '10.0.0.1/16', '10.0.0.0/16', 4, 16, 0x0a00_0000n, 0x0a00_ffffn, true],
    ['an RFC 1918 /12 with host bits', '172.16.5.4/12', '172.16.0.0/12', 4, 12, 0xac10_0000n, 0xac1f_ffffn, true],
    ['the CGNAT /10', '100.64.0.0/10', '100.64.0.0/10', 4, 10, 0x6440_0000n, 0x647f_ffffn, false],
    ['a /31', '10.0.0.2/31', '10.0.0.2/31', 4, 31, 0x0a00_0002n, 0x0a00_0003n, false],
    [
      'upper case and a redundant zero group compress to RFC 5952',
      '2001:DB8:0:0::/32',
      '2001:db8::/32',
      6,
      32,
      0x2001_0db8_0000_0000_0000_0000_0000_0000n,
      0x2001_0db8_ffff_ffff_ffff_ffff_ffff_ffffn,
      false,
    ],
    [
      'leading zeros in groups are dropped',
      '2001:0db8:0000:0000:0000:0000:0000:0001/128',
      '2001:db8::1/128',
      6,
      128,
      0x2001_0db8_0000_0000_0000_0000_0000_0001n,
      0x2001_0db8_0000_0000_0000_0000_0000_0001n,
      false,
    ],
    ['::/0', '::/0', '::/0', 6, 0, 0n, ALL6, false],
    ['an IPv6 /0 with host bits', '2001:db8::/0', '::/0', 6, 0, 0n, ALL6, true],
    [
      'IPv6 host bits are masked',
      '2001:db8::1/32',
      '2001:db8::/32',
      6,
      32,
      0x2001_0db8_0000_0000_0000_0000_0000_0000n,
      0x2001_0db8_ffff_ffff_ffff_ffff_ffff_ffffn,
      true,
    ],
    [
      'link-local /10',
      'fe80::/10',
      'fe80::/10',
      6,
      10,
      0xfe80_0000_0000_0000_0000_0000_0000_0000n,
      0xfebf_ffff_ffff_ffff_ffff_ffff_ffff_ffffn,
      false,
    ],
    [
      'the longest zero run is compressed',
      '2001:db8:0:1:0:0:0:1/128',
      '2001:db8:0:1::1/128',
      6,
      128,
      0x2001_0db8_0000_0001_0000_0000_0000_0001n,
      0x2001_0db8_0000_0001_0000_0000_0000_0001n,
      false,
    ],
    [
      'the first of two equal zero runs is compressed',
      '2001:db8:0:0:1:0:0:1/128',
      '2001:db8::1:0:0:1/128',
      6,
      128,
      0x2001_0db8_0000_0000_0001_0000_0000_0001n,
      0x2001_0db8_0000_0000_0001_0000_0000_0001n,
      false,
    ],
    [
      'a single zero group is not compressed',
      '2001:db8:0:1:1:1:1:1/128',
      '2001:db8:0:1:1:1:1:1/128',
      6,
      128,
      0x2001_0db8_0000_0001_0001_0001_0001_0001n,
      0x2001_0db8_0000_0001_0001_0001_0001_0001n,
      false,
    ],
    ['loopback', '::1/128', '::1/128', 6, 128, 1n, 1n, false],
    [
      'a trailing ::',
      '1::/16',
      '1::/16',
      6,
      16,
      0x0001_0000_0000_0000_0000_0000_0000_0000n,
      0x0001_ffff_ffff_ffff_ffff_ffff_ffff_ffffn,
      false,
    ],
    [
      'an AWS-style /56',
      '2600:1F18:ABCD:1200::/56',
      '2600:1f18:abcd:1200::/56',
      6,
      56,
      0x2600_1f18_abcd_1200_0000_0000_0000_0000n,
      0x2600_1f18_abcd_12ff_ffff_ffff_ffff_ffffn,
      false,
    ],
    [
      'an AWS-style /56 with host bits',
      '2600:1f18:abcd:12ff::/56',
      '2600:1f18:abcd:1200::/56',
      6,
      56,
      0x2600_1f18_abcd_1200_0000_0000_0000_0000n,
      0x2600_1f18_abcd_12ff_ffff_ffff_ffff_ffffn,
      true,
    ],
    [
      'a dotted IPv4 tail is written in hex',
      '::ffff:10.0.0.0/104',
      '::ffff:a00:0/104',
      6,
      104,
      0xffff_0a00_0000n,
      0xffff_0aff_ffffn,
      false,
    ],
  ] as const)('%s: %s', (_name, text, canonical, family, prefix, first, last, hostBitsSet) => {
    expect(parseCidr(text)).toEqual({
      ok: true,
      cidr: { text, canonical, family, prefix, first, last, hostBitsSet },
    });
  });
});

describe('parseCidr: malformed literals', () => {
  it.each([
    ['a number', 42, 'expected a CIDR string, got a number'],
    ['null', null, 'expected a CIDR string, got null'],
    ['undefined', undefined, 'expected a CIDR string, got undefined'],
    ['an array', ['10.0.0.0/8'], 'expected a CIDR string, got an array'],
    ['an object', { cidr: '10.0.0.0/8' }, 'expected a CIDR string, got an object'],
    ['the empty string', '', 'empty string is not a CIDR block'],
    ['no prefix', '10.0.0.0', 'missing prefix length (expected address/prefix, e.g. 10.0.0.0/16) in "10.0.0.0"'],
    ['an empty prefix', '10.0.0.0/', "missing prefix length after '/'"],
    ['no address', '/16', "missing address before '/'"],
    ['IPv4 prefix 33', '10.0.0.0/33', 'prefix length 33 is out of range for IPv4 (0-32)'],
    ['IPv6 prefix 129', '::/129', 'prefix length 129 is out of range for IPv6 (0-128)'],
    ['a huge prefix', '10.0.0.0/4294967328', 'prefix length 4294967328 is out of range for IPv4 (0-32)'],
    ['a negative prefix', '10.0.0.0/-1', 'prefix length "-1" is not a number'],
    ['a prefix with a leading zero', '10.0.0.0/08', 'prefix length "08" has a leading zero'],
    ['two slashes', '10.0.0.0//8', "has more than one '/'"],
    ['an octet with a leading zero', '010.0.0.0/8', 'octet "010" has a leading zero'],
    ['an octet above 255', '256.0.0.0/8', 'octet "256" is out of range (0-255)'],
    ['a four-digit octet', '10.1000.0.0/16', 'octet "1000" is out of range (0-255)'],
    ['three octets', '10.0.0/24', 'IPv4 address "10.0.0" has 3 octets, expected 4'],
    ['five octets', '10.0.0.0.0/24', 'IPv4 address "10.0.0.0.0" has more than 4 octets'],
    ['a trailing dot', '10.0.0.0./24', 'IPv4 address "10.0.0.0." ends with \'.\''],
    ['an empty octet', '10..0.0/24', 'empty octet in IPv4 address "10..0.0"'],
    ['leading whitespace', ' 10.0.0.0/8', 'has leading or trailing whitespace'],
    ['trailing whitespace', '10.0.0.0/8\n', 'has leading or trailing whitespace'],
    ['inner whitespace', '10.0.0.0 /8', 'contains whitespace'],
    ['whitespace without a prefix', '10.0.0.0 ', 'has leading or trailing whitespace'],
    ['a letter', 'ten.0.0.0/8', 'invalid character "t" in IPv4 address'],
    ['a full-width digit', '１0.0.0.0/8', 'invalid character "１" in IPv4 address'],
    ['an unresolved interpolation', '${var.cidr}/16', 'invalid character "$" in IPv4 address'],
    ['two ::', '1::2::3/64', 'IPv6 address "1::2::3" has more than one \'::\''],
    ['nine groups', '1:2:3:4:5:6:7:8:9/128', 'IPv6 address "1:2:3:4:5:6:7:8:9" has more than 8 groups'],
    ['seven groups without ::', '1:2:3:4:5:6:7/112', 'IPv6 address "1:2:3:4:5:6:7" has 7 groups, expected 8 (or \'::\')'],
    ['eight groups and ::', '1::2:3:4:5:6:7:8/128', 'IPv6 address "1::2:3:4:5:6:7:8" has \'::\' and 8 groups'],
    ['a five-digit group', '12345::/16', 'IPv6 group "12345" has more than 4 hex digits'],
    ['a single leading colon', ':1::/16', "IPv6 address starts with a single ':'"],
    ['a single trailing colon', '1::1:/16', "IPv6 address ends with a single ':'"],
    ['three colons', '1:::1/16', 'IPv6 address "1:::1" has \':::\''],
    ['a zone index', 'fe80::1%eth0/64', 'zone index (%…) is not allowed in a CIDR block'],
    ['a non-hex letter', '2001:db8::g/64', 'invalid character "g" in IPv6 address'],
    ['a bad dotted tail', '::ffff:10.0.0.256/104', 'octet "256" is out of range (0-255) (in IPv6 address)'],
    ['a dotted tail after 7 groups', '1:2:3:4:5:6:7:1.2.3.4/128', 'IPv6 address "1:2:3:4:5:6:7:1.2.3.4" has too many groups'],
    [
      'a long literal is quoted shortened',
      '10.0.0.0.0.0.0.0.0.0.0.0.0.0/8',
      'IPv4 address "10.0.0.0.0.0.0.0.0.0.0.0…" has more than 4 octets',
    ],
  ] as const)('%s gives ok:false', (_name, input, error) => {
    expect(parseCidr(input)).toEqual({ ok: false, error });
  });
});

describe('overlaps and contains', () => {
  it.each([
    // name, a, b, overlaps, a contains b, b contains a
    ['/0 against a /32', '0.0.0.0/0', '10.0.0.1/32', true, true, false],
    ['sibling /16s', '10.0.0.0/16', '10.1.0.0/16', false, false, false],
    ['equal blocks', '10.0.0.0/16', '10.0.0.0/16', true, true, true],
    ['a /8 and its last address', '10.0.0.0/8', '10.255.255.255/32', true, true, false],
    ['adjacent /24s', '10.0.0.0/24', '10.0.1.0/24', false, false, false],
    ['a block and a host-bits literal inside it', '10.0.0.0/16', '10.0.1.0/22', true, true, false],
    ['IPv4 /0 against IPv6 /0', '0.0.0.0/0', '::/0', false, false, false],
    ['IPv4 against the IPv4-mapped IPv6 range', '10.0.0.0/8', '::ffff:10.0.0.0/104', false, false, false],
    ['::/0 against a /32', '::/0', '2001:db8::/32', true, true, false],
    ['disjoint IPv6 /56s', '2600:1f18:abcd:1200::/56', '2600:1f18:abcd:1300::/56', false, false, false],
    ['an IPv6 /128 inside a /64', '2001:db8::/64', '2001:db8::ffff/128', true, true, false],
  ])('%s', (_name, a, b, overlap, aContainsB, bContainsA) => {
    const ca = cidr(a);
    const cb = cidr(b);
    expect([overlaps(ca, cb), overlaps(cb, ca), contains(ca, cb), contains(cb, ca)]).toEqual([
      overlap,
      overlap,
      aContainsB,
      bContainsA,
    ]);
  });
});

describe('isWorld', () => {
  it.each([
    ['0.0.0.0/0', true],
    ['::/0', true],
    ['192.168.1.0/0', true],
    ['0.0.0.0/1', false],
    ['10.0.0.0/8', false],
    ['2000::/3', false],
    ['::/1', false],
  ])('%s -> %s', (text, expected) => {
    expect(isWorld(cidr(text))).toBe(expected);
  });
});

describe('unionCovers and uncoveredParts', () => {
  it.each([
    ['two /1s cover 0.0.0.0/0', ['0.0.0.0/1', '128.0.0.0/1'], '0.0.0.0/0', []],
    ['two /25s cover their /24', ['10.0.0.0/25', '10.0.0.128/25'], '10.0.0.0/24', []],
    ['two IPv6 /1s cover ::/0', ['::/1', '8000::/1'], '::/0', []],
    ['a supernet covers', ['0.0.0.0/0'], '10.0.0.0/8', []],
    ['a host-bits literal covers its network', ['10.0.0.7/24'], '10.0.0.0/24', []],
    ['one /25 leaves the other half', ['10.0.0.0/25'], '10.0.0.0/24', ['10.0.0.128/25']],
    ['nothing leaves the whole target', [], '10.0.0.0/24', ['10.0.0.0/24']],
    ['IPv4 ranges never cover IPv6', ['0.0.0.0/0'], '::/0', ['::/0']],
    ['only the same family counts', ['0.0.0.0/0', '::/1'], '::/0', ['8000::/1']],
    ['a gap in the middle', ['10.0.0.0/26', '10.0.0.192/26'], '10.0.0.0/24', ['10.0.0.64/26', '10.0.0.128/26']],
    ['a one-address hole', ['10.0.0.0/32', '10.0.0.2/31'], '10.0.0.0/30', ['10.0.0.1/32']],
    ['duplicate and nested ranges', ['10.0.0.0/24', '10.0.0.0/25', '10.0.0.0/24'], '10.0.0.0/23', ['10.0.1.0/24']],
    ['ranges outside the target', ['10.1.0.0/16', '9.0.0.0/8'], '10.0.0.0/16', ['10.0.0.0/16']],
    ['a target with host bits', [], '10.0.0.5/30', ['10.0.0.4/30']],
    [
      'a gap up to the last address is split into aligned blocks',
      ['10.0.0.255/32'],
      '10.0.0.0/24',
      [
        '10.0.0.0/25',
        '10.0.0.128/26',
        '10.0.0.192/27',
        '10.0.0.224/28',
        '10.0.0.240/29',
        '10.0.0.248/30',
        '10.0.0.252/31',
        '10.0.0.254/32',
      ],
    ],
    [
      'the world minus the RFC 1918 /8 and /12',
      ['10.0.0.0/8', '172.16.0.0/12'],
      '0.0.0.0/0',
      [
        '0.0.0.0/5',
        '8.0.0.0/7',
        '11.0.0.0/8',
        '12.0.0.0/6',
        '16.0.0.0/4',
        '32.0.0.0/3',
        '64.0.0.0/2',
        '128.0.0.0/3',
        '160.0.0.0/5',
        '168.0.0.0/6',
        '172.0.0.0/12',
        '172.32.0.0/11',
        '172.64.0.0/10',
        '172.128.0.0/9',
        '173.0.0.0/8',
        '174.0.0.0/7',
        '176.0.0.0/4',
        '192.0.0.0/2',
      ],
    ],
    ['an IPv6 hole', ['2001:db8::/33'], '2001:db8::/32', ['2001:db8:8000::/33']],
  ])('%s', (_name, ranges, target, gaps) => {
    const rs = ranges.map(cidr);
    const t = cidr(target);
    expect(unionCovers(rs, t)).toBe(gaps.length === 0);
    expect(uncoveredParts(rs, t).map((c) => c.canonical)).toEqual(gaps);
  });

  it('returns canonical Cidr objects', () => {
    expect(uncoveredParts([cidr('10.0.0.0/25')], cidr('10.0.0.0/24'))).toEqual([
      {
        text: '10.0.0.128/25',
        canonical: '10.0.0.128/25',
        family: 4,
        prefix: 25,
        first: 0x0a00_0080n,
        last: 0x0a00_00ffn,
        hostBitsSet: false,
      },
    ]);
  });
});

describe('formatting', () => {
  it.each([
    ['an IPv4 network', 4, 0x0a00_0000n, 8, '10.0.0.0/8'],
    ['host bits are masked', 4, 0x0a00_0001n, 8, '10.0.0.0/8'],
    ['the IPv4 world', 4, 0n, 0, '0.0.0.0/0'],
    ['the IPv6 world', 6, 0n, 0, '::/0'],
    ['an IPv6 /32', 6, 0x2001_0db8_0000_0000_0000_0000_0000_0000n, 32, '2001:db8::/32'],
    ['loopback', 6, 1n, 128, '::1/128'],
    ['all ones', 6, ALL6, 128, 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128'],
  ] as const)('formatCidr: %s', (_name, family, first, prefix, text) => {
    expect(formatCidr(family, first, prefix)).toBe(text);
  });

  it.each([
    ['an IPv4 prefix of 33', 4, 0n, 33, 'prefix length 33 is out of range for IPv4'],
    ['a negative prefix', 6, 0n, -1, 'prefix length -1 is out of range for IPv6'],
    ['a fractional prefix', 4, 0n, 1.5, 'prefix length 1.5 is out of range for IPv4'],
    ['an address past IPv4', 4, 0x1_0000_0000n, 32, 'address 4294967296 is out of range for IPv4'],
    ['a negative address', 6, -1n, 128, 'address -1 is out of range for IPv6'],
  ] as const)('formatCidr throws a RangeError for %s', (_name, family, first, prefix, message) => {
    expect(() => formatCidr(family, first, prefix)).toThrow(new RangeError(message));
  });

  it.each([
    [4, 0xc0a8_0101n, '192.168.1.1'],
    [6, 0xfe80_0000_0000_0000_0000_0000_0000_0001n, 'fe80::1'],
    [6, 0x0000_0000_0000_0000_0000_ffff_0a00_0001n, '::ffff:a00:1'],
  ] as const)('formatAddress(%i, %s) = %s', (family, address, text) => {
    expect(formatAddress(family, address)).toBe(text);
  });

  it('toCidr builds a canonical block, masking host bits', () => {
    expect(toCidr(6, 0x2001_0db8_0000_0000_0000_0000_0000_0001n, 64)).toEqual({
      text: '2001:db8::/64',
      canonical: '2001:db8::/64',
      family: 6,
      prefix: 64,
      first: 0x2001_0db8_0000_0000_0000_0000_0000_0000n,
      last: 0x2001_0db8_0000_0000_ffff_ffff_ffff_ffffn,
      hostBitsSet: false,
    });
  });

  it('WORLD_IPV4 and WORLD_IPV6 are the two /0s', () => {
    expect([WORLD_IPV4.canonical, WORLD_IPV4.last, WORLD_IPV6.canonical, WORLD_IPV6.last]).toEqual([
      '0.0.0.0/0',
      0xffff_ffffn,
      '::/0',
      ALL6,
    ]);
  });
});

describe('compareCidr', () => {
  it('orders by family, then first address, then prefix', () => {
    const texts = ['::/0', '10.0.0.0/16', '10.0.0.0/8', '9.0.0.0/8', '2001:db8::/32', '0.0.0.0/0', '10.0.0.1/32'];
    expect(texts.map(cidr).sort(compareCidr).map((c) => c.canonical)).toEqual([
      '0.0.0.0/0',
      '9.0.0.0/8',
      '10.0.0.0/8',
      '10.0.0.0/16',
      '10.0.0.1/32',
      '::/0',
      '2001:db8::/32',
    ]);
  });

  it('treats literals of the same network as equal', () => {
    expect(compareCidr(cidr('10.0.1.0/22'), cidr('10.0.0.0/22'))).toBe(0);
  });
});
