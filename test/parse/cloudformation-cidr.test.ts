// Fn::Cidr, checked against the examples of the AWS documentation
// (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-cidr.html)
// and against properties every result must have.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contains, parseCidr } from '../../src/model/cidr.js';
import { cidrFn } from '../../src/parse/cloudformation/fn-cidr.js';
import { byId, readOne, valueOf } from './cloudformation-helpers.js';

describe('Fn::Cidr', () => {
  it('carves 6 /27 blocks out of 192.168.0.0/24 (the documentation example, cidrBits 5)', () => {
    expect(cidrFn('192.168.0.0/24', '6', '5')).toEqual({
      ok: true,
      blocks: ['192.168.0.0/27', '192.168.0.32/27', '192.168.0.64/27', '192.168.0.96/27', '192.168.0.128/27', '192.168.0.160/27'],
    });
  });

  it('gives the documentation template its subnet ranges (IPv4 /24 with 8 bits, IPv6 /64 with 64 bits)', () => {
    // The "Creating an IPv6 enabled VPC" example, with a literal IPv6 block instead of an Amazon-provided one.
    const resources = readOne(
      [
        'Resources:',
        '  ExampleVpc:',
        '    Type: AWS::EC2::VPC',
        '    Properties:',
        '      CidrBlock: 10.0.0.0/16',
        '  IPv6CidrBlock:',
        '    Type: AWS::EC2::VPCCidrBlock',
        '    Properties:',
        '      Ipv6CidrBlock: 2001:db8:1234:1a00::/56',
        '      VpcId: !Ref ExampleVpc',
        '  ExampleSubnet:',
        '    Type: AWS::EC2::Subnet',
        '    DependsOn: IPv6CidrBlock',
        '    Properties:',
        '      AssignIpv6AddressOnCreation: true',
        '      CidrBlock: !Select [0, !Cidr [!GetAtt ExampleVpc.CidrBlock, 1, 8]]',
        '      Ipv6CidrBlock: !Select [0, !Cidr [!Select [0, !GetAtt ExampleVpc.Ipv6CidrBlocks], 1, 64]]',
        '      VpcId: !Ref ExampleVpc',
      ].join('\n'),
    );
    const subnet = byId(resources, 'ExampleSubnet');
    expect(subnet.get(['CidrBlock'])).toEqual({ state: 'known', value: '10.0.0.0/24' });
    expect(subnet.get(['Ipv6CidrBlock'])).toEqual({ state: 'known', value: '2001:db8:1234:1a00::/64' });
  });

  it.each([
    ['the 5th /20 of a /16', ['10.1.0.0/16', 5, 12], ['10.1.0.0/20', '10.1.16.0/20', '10.1.32.0/20', '10.1.48.0/20', '10.1.64.0/20']],
    ['the whole block when cidrBits are its host bits', ['10.0.0.0/24', 1, 8], ['10.0.0.0/24']],
    ['host routes with cidrBits 0', ['10.0.0.0/30', 4, 0], ['10.0.0.0/32', '10.0.0.1/32', '10.0.0.2/32', '10.0.0.3/32']],
    ['IPv6 /64s, compressed', ['2600:1f16:abc::/56', 3, 64], ['2600:1f16:abc::/64', '2600:1f16:abc:1::/64', '2600:1f16:abc:2::/64']],
    ['256 blocks, the most allowed', ['10.0.0.0/16', 256, 8], undefined],
  ])('carves %s', (_name, [block, count, bits], expected) => {
    const r = cidrFn(block, count, bits);
    if (expected !== undefined) expect(r).toEqual({ ok: true, blocks: expected });
    else expect(r.ok && r.blocks.length === 256 && r.blocks[255]).toBe('10.0.255.0/24');
  });

  it.each([
    ['a malformed block', ['10.0.0/16', 1, 8], 'ipBlock "10.0.0/16" is not a CIDR block (IPv4 address "10.0.0" has 3 octets, expected 4)'],
    ['a block with host bits', ['10.0.0.1/16', 1, 8], 'ipBlock 10.0.0.1/16 has host bits set (the network is 10.0.0.0/16)'],
    ['count 0', ['10.0.0.0/16', 0, 8], 'count 0 is not a whole number from 1 to 256'],
    ['count 257', ['10.0.0.0/8', 257, 8], 'count 257 is not a whole number from 1 to 256'],
    ['a fractional count', ['10.0.0.0/16', 1.5, 8], 'count 1.5 is not a whole number from 1 to 256'],
    ['cidrBits wider than the block', ['10.0.0.0/24', 1, 9], 'cidrBits 9 does not fit in 10.0.0.0/24: it must be a whole number from 0 to 8'],
    ['negative cidrBits', ['10.0.0.0/24', 1, -1], 'cidrBits -1 does not fit in 10.0.0.0/24: it must be a whole number from 0 to 8'],
    ['more blocks than fit', ['10.0.0.0/24', 5, 6], '10.0.0.0/24 holds 4 /26 blocks, fewer than the 5 asked for'],
    ['a list as ipBlock', [['10.0.0.0/16'], 1, 8], 'ipBlock a list is not a CIDR block (expected a CIDR string, got an array)'],
  ])('refuses %s', (_name, [block, count, bits], error) => {
    expect(cidrFn(block, count, bits)).toEqual({ ok: false, error });
  });

  it('gives count consecutive blocks of the asked size, from the start of the block, inside it', () => {
    const family = fc.constantFrom(4 as const, 6 as const);
    const arb = family.chain((f) => {
      const width = f === 4 ? 32 : 128;
      return fc.record({
        family: fc.constant(f),
        prefix: fc.integer({ min: 0, max: width }),
        first: f === 4 ? fc.bigInt({ min: 0n, max: (1n << 32n) - 1n }) : fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }),
        bits: fc.integer({ min: 0, max: width }),
        count: fc.integer({ min: 1, max: 256 }),
      });
    });
    fc.assert(
      fc.property(arb, ({ family, prefix, first, bits, count }) => {
        const width = family === 4 ? 32 : 128;
        const host = (1n << BigInt(width - prefix)) - 1n;
        const net = first & ~host;
        const text = family === 4 ? ipv4(net, prefix) : ipv6(net, prefix);
        const r = cidrFn(text, count, bits);
        const fits = bits <= width - prefix && BigInt(count) <= 1n << BigInt(width - prefix - bits);
        expect(r.ok).toBe(fits);
        if (!r.ok) return;
        const block = (parseCidr(text) as { ok: true; cidr: Parameters<typeof contains>[0] }).cidr;
        expect(r.blocks.length).toBe(count);
        r.blocks.forEach((b, i) => {
          const c = parseCidr(b);
          if (!c.ok) throw new Error(c.error);
          expect(c.cidr.hostBitsSet).toBe(false);
          expect(c.cidr.prefix).toBe(width - bits);
          expect(c.cidr.first).toBe(block.first + BigInt(i) * (1n << BigInt(bits)));
          expect(contains(block, c.cidr)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});

function ipv4(n: bigint, prefix: number): string {
  return `${[24n, 16n, 8n, 0n].map((s) => String((n >> s) & 255n)).join('.')}/${prefix}`;
}

function ipv6(n: bigint, prefix: number): string {
  const groups: string[] = [];
  for (let k = 7; k >= 0; k--) groups.push(((n >> BigInt(16 * k)) & 0xffffn).toString(16));
  return `${groups.join(':')}/${prefix}`;
}

describe('Fn::Select over Fn::Cidr', () => {
  // `!Select [i, !Cidr [...]]` takes the one block without building the list (a fast path); the
  // same call behind an `Fn::If` whose condition is true goes through the general evaluation.
  const before = 'Parameters:\n  Block:\n    Type: String\n    Default: 10.0.0.0/16\n  NoValue:\n    Type: String\nConditions:\n  Always: !Equals [a, a]\n';
  it.each([
    ['a block in range', '0', '[!Ref Block, 4, 8]'],
    ['the last block', '3', '[!Ref Block, 4, 8]'],
    ['an index out of range', '4', '[!Ref Block, 4, 8]'],
    ['a numeric-string index', '"2"', '[!Ref Block, "4", "8"]'],
    ['a negative index', '-1', '[!Ref Block, 4, 8]'],
    ['an unknown block', '0', '[!Ref NoValue, 4, 8]'],
    ['a count Fn::Cidr refuses', '0', '[!Ref Block, 0, 8]'],
    ['a block with host bits', '0', '[10.0.0.1/16, 2, 8]'],
    ['too few arguments', '0', '[!Ref Block, 4]'],
    ['an argument that is a list', '0', '[[10.0.0.0/16], 4, 8]'],
    ['a resource attribute', '1', '[!GetAtt Other.CidrBlock, 4, 8]'],
  ])('gives %s as the general evaluation does', (_name, index, args) => {
    const other = 'Resources:\n  Other:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.9.0.0/16\n';
    const read = (expression: string) => {
      const text = `AWSTemplateFormatVersion: '2010-09-09'\n${before}${other}  R:\n    Type: AWS::Test::Thing\n    Properties:\n      V: ${expression}\n`;
      return byId(readOne(text), 'R').get(['V']);
    };
    const fast = read(`!Select [${index}, !Cidr ${args}]`);
    const general = read(`!Select [${index}, !If [Always, !Cidr ${args}, []]]`);
    expect(fast).toEqual(general);
  });

  it('gives the block itself', () => {
    expect(valueOf('!Select [2, !Cidr [10.0.0.0/16, 4, 8]]')).toEqual({ state: 'known', value: '10.0.2.0/24' });
    expect(valueOf('!Select [4, !Cidr [10.0.0.0/16, 4, 8]]')).toMatchObject({ state: 'unknown', reason: 'Fn::Select index 4 is out of range for a list of 4' });
  });
});
