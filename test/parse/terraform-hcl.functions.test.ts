/**
 * The Terraform functions vpclint evaluates. The CIDR cases are Terraform's own
 * (hashicorp/terraform internal/lang/funcs/cidr_test.go) plus the examples of its documentation
 * pages for cidrsubnet, cidrsubnets, cidrhost and cidrnetmask; the other functions follow their
 * documentation pages' examples.
 */
import { describe, expect, it } from 'vitest';
import { cidrhost, cidrnetmask, cidrsubnet, cidrsubnets } from '../../src/parse/terraform-hcl/cidr-functions.js';
import { Scope, evaluate } from '../../src/parse/terraform-hcl/evaluate.js';
import { parseExpression } from '../../src/parse/terraform-hcl/syntax.js';
import { EvalError, Unknown, toPlain, type Value } from '../../src/parse/terraform-hcl/values.js';

const scope = new Scope((name) => {
  if (name === 'unknown') return new Unknown('variable x has no value');
  throw new EvalError(`unknown name ${name}`);
});

function ev(text: string): unknown {
  const v: Value = evaluate(parseExpression(text), scope);
  return v instanceof Unknown ? { unknown: v.reason } : toPlain(v);
}

describe('cidrsubnet', () => {
  it.each([
    ['192.168.2.0/20', 4, 6, '192.168.6.0/24'],
    ['fe80::/48', 16, 6, 'fe80:0:0:6::/64'],
    ['::ffff:192.168.0.0/112', 8, 6, '192.168.6.0/24'],
    ['fe80::/48', 33, 6, 'fe80::3:0:0:0/81'],
    ['010.001.0.0/24', 4, 1, '10.1.0.16/28'],
    // Documentation examples.
    ['172.16.0.0/12', 4, 2, '172.18.0.0/16'],
    ['10.1.2.0/24', 4, 15, '10.1.2.240/28'],
    ['fd00:fd12:3456:7890::/56', 16, 162, 'fd00:fd12:3456:7800:a200::/72'],
    // A prefix with host bits set is masked first.
    ['10.1.2.3/16', 8, 1, '10.1.1.0/24'],
  ])('cidrsubnet(%s, %d, %d) = %s', (prefix, newbits, netnum, expected) => {
    expect(cidrsubnet(prefix, newbits, netnum)).toBe(expected);
  });

  it.each([
    ['192.168.0.0/30', 4, 6, 'insufficient address space to extend prefix of 30 by 4'],
    ['192.168.0.0/168', 2, 16, 'invalid CIDR expression: invalid CIDR address: 192.168.0.0/168'],
    ['192.168.0.0/24', 2, 16, 'prefix extension of 2 does not accommodate a subnet numbered 16'],
    ['not-a-cidr', 4, 6, 'invalid CIDR expression: invalid CIDR address: not-a-cidr'],
    ['10.256.0.0/8', 4, 6, 'invalid CIDR expression: invalid CIDR address: 10.256.0.0/8'],
    ['10.0.0.0/8', 2 / 3, 0.75, 'newbits must be a whole number, not 0.6666666666666666'],
    ['10.0.0.0/8', 4, -1, 'vpclint does not evaluate cidrsubnet with a negative netnum (-1)'],
  ])('cidrsubnet(%s, %d, %d) fails: %s', (prefix, newbits, netnum, message) => {
    expect(() => cidrsubnet(prefix, newbits, netnum)).toThrow(new EvalError(message));
  });
});

describe('cidrsubnets', () => {
  it.each([
    [
      '10.0.0.0/21',
      [3, 3, 3, 4, 4, 4, 7, 7, 7],
      ['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/24', '10.0.3.0/25', '10.0.3.128/25', '10.0.4.0/25', '10.0.4.128/28', '10.0.4.144/28', '10.0.4.160/28'],
    ],
    ['010.0.0.0/21', [3], ['10.0.0.0/24']],
    // Documentation examples.
    ['10.1.0.0/16', [4, 4, 8, 4], ['10.1.0.0/20', '10.1.16.0/20', '10.1.32.0/24', '10.1.48.0/20']],
    ['fd00:fd12:3456:7890::/56', [16, 16, 16, 32], ['fd00:fd12:3456:7800::/72', 'fd00:fd12:3456:7800:100::/72', 'fd00:fd12:3456:7800:200::/72', 'fd00:fd12:3456:7800:300::/88']],
    ['10.0.0.0/8', [], []],
  ])('cidrsubnets(%s, %j)', (prefix, newbits, expected) => {
    expect(cidrsubnets(prefix, newbits)).toEqual(expected);
  });

  it.each([
    ['10.0.0.0/30', [1, 3], /would extend prefix to 33 bits, which is too long for an IPv4 address/],
    ['10.0.0.0/8', [1, 1, 1], /not enough remaining address space for a subnet with a prefix of 9 bits after 10\.128\.0\.0\/9/],
    ['10.0.0.0/8', [1, 0], /must extend prefix by at least one bit/],
    ['10.0.0.0/8', [1, -1], /must extend prefix by at least one bit/],
    ['fe80::/48', [1, 33], /may not extend prefix by more than 32 bits/],
  ])('cidrsubnets(%s, %j) fails', (prefix, newbits, message) => {
    expect(() => cidrsubnets(prefix, newbits)).toThrow(message);
  });
});

describe('cidrhost and cidrnetmask', () => {
  it.each([
    ['192.168.1.0/24', 5, '192.168.1.5'],
    ['192.168.1.0/24', -5, '192.168.1.251'],
    ['192.168.1.0/24', -256, '192.168.1.0'],
    ['010.001.0.0/24', 6, '10.1.0.6'],
    ['10.12.112.0/20', 16, '10.12.112.16'],
    ['10.12.112.0/20', 268, '10.12.113.12'],
    ['fd00:fd12:3456:7890:00a2::/72', 34, 'fd00:fd12:3456:7890::22'],
    ['10.0.0.0/8', 2, '10.0.0.2'],
    ['10.0.0.0/8', -2, '10.255.255.254'],
  ])('cidrhost(%s, %d) = %s', (prefix, hostnum, expected) => {
    expect(cidrhost(prefix, hostnum)).toBe(expected);
  });

  it.each([
    ['192.168.1.0/30', 255, 'prefix of 30 does not accommodate a host numbered 255'],
    ['192.168.1.0/30', -255, 'prefix of 30 does not accommodate a host numbered -251'],
    ['not-a-cidr', 6, 'invalid CIDR expression: invalid CIDR address: not-a-cidr'],
    ['10.256.0.0/8', 0.75, 'hostnum must be a whole number, not 0.75'],
  ])('cidrhost(%s, %d) fails: %s', (prefix, hostnum, message) => {
    expect(() => cidrhost(prefix, hostnum)).toThrow(new EvalError(message));
  });

  it.each([
    ['192.168.1.0/24', '255.255.255.0'],
    ['192.168.1.0/32', '255.255.255.255'],
    ['0.0.0.0/0', '0.0.0.0'],
    ['010.001.0.0/24', '255.255.255.0'],
    ['172.16.0.0/12', '255.240.0.0'],
  ])('cidrnetmask(%s) = %s', (prefix, expected) => {
    expect(cidrnetmask(prefix)).toBe(expected);
  });

  it.each([
    ['not-a-cidr', 'invalid CIDR expression: invalid CIDR address: not-a-cidr'],
    ['110.256.0.0/8', 'invalid CIDR expression: invalid CIDR address: 110.256.0.0/8'],
    ['1::/64', 'IPv6 addresses cannot have a netmask: 1::/64'],
  ])('cidrnetmask(%s) fails: %s', (prefix, message) => {
    expect(() => cidrnetmask(prefix)).toThrow(new EvalError(message));
  });
});

describe('collection and string functions', () => {
  it.each([
    ['concat', 'concat(["a"], [], ["b", "c"])', ['a', 'b', 'c']],
    ['flatten', 'flatten([["a", "b"], [], ["c", ["d"]]])', ['a', 'b', 'c', 'd']],
    ['merge: later arguments win', 'merge({a = 1, b = 2}, null, {b = 3})', { a: 1, b: 3 }],
    ['lookup with a default', 'lookup({a = 1}, "b", 0)', 0],
    ['lookup of a present key', 'lookup({a = 1}, "a")', 1],
    ['element wraps around', 'element(["a", "b", "c"], 4)', 'b'],
    ['length of a list, map and string', '[length([1, 2]), length({a = 1}), length("héllo")]', [2, 1, 5]],
    ['keys in lexical order', 'keys({b = 1, a = 2, "10" = 3, "9" = 4})', ['10', '9', 'a', 'b']],
    ['values in key order', 'values({b = 1, a = 2})', [2, 1]],
    ['tolist', 'tolist(["a"])', ['a']],
    ['toset sorts and removes duplicates', 'toset(["c", "a", "c", "b"])', ['a', 'b', 'c']],
    ['toset of mixed numbers and strings makes strings', 'toset([10, "9"])', ['10', '9']],
    ['tomap', 'tomap({a = "1"})', { a: '1' }],
    ['format with padding and quoting', 'format("%s-%03d %q %5s|%-3s|", "a", 7, "x", "r", "l")', 'a-007 "x"     r|l  |'],
    ['format %v and %%', 'format("%v%% of %d", 50, 10)', '50% of 10'],
    ['join', 'join(", ", ["a", "b"], ["c"])', 'a, b, c'],
    ['split', 'split(",", "a,b,,c")', ['a', 'b', '', 'c']],
    ['replace of a substring', 'replace("1.2.3", ".", "-")', '1-2-3'],
    ['replace with a regular expression', 'replace("10.0.1.0/24", "/\\\\.(\\\\d+)\\\\/.*/", ".$1")', '10.0.1.0'],
    ['lower and upper', '[lower("AbC"), upper("AbC")]', ['abc', 'ABC']],
    ['coalesce skips null and empty strings', 'coalesce(null, "", "b", "c")', 'b'],
    ['distinct keeps the first of each', 'distinct(["a", "b", "a", "c", "b"])', ['a', 'b', 'c']],
    ['zipmap', 'zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
    ['setproduct', 'setproduct(["a", "b"], [1, 2])', [['a', 1], ['a', 2], ['b', 1], ['b', 2]]],
    ['range with one argument', 'range(3)', [0, 1, 2]],
    ['range with a step', 'range(1, 8, 3)', [1, 4, 7]],
    ['range down', 'range(3, 0)', [3, 2, 1]],
    ['tostring and tonumber', '[tostring(5), tonumber("5")]', ['5', 5]],
    ['contains and compact', '[contains(["a"], "a"), compact(["a", "", null])]', [true, ['a']]],
  ])('%s: %s', (_name, text, expected) => {
    expect(ev(text)).toEqual(expected);
  });

  it.each([
    ['element of an empty list', 'element([], 0)', /empty list/],
    ['lookup of a missing key without a default', 'lookup({}, "a")', /no key "a"/],
    ['zipmap of unequal lengths', 'zipmap(["a"], [])', /1 keys but 0 values/],
    ['range of more than 1024 values', 'range(2000)', /more than 1024/],
    ['coalesce with nothing usable', 'coalesce(null, "")', /no non-null/],
    ['a wrong argument count', 'cidrsubnet("10.0.0.0/8", 8)', /takes 3 arguments, not 2/],
  ])('%s is an error', (_name, text, message) => {
    expect(() => ev(text)).toThrow(message);
  });

  it.each([
    ['cidrsubnet', 'cidrsubnet(unknown, 8, 1)'],
    ['format', 'format("%s", unknown)'],
    ['toset with an unknown element', 'toset(["a", unknown])'],
    ['distinct with an unknown element', 'distinct(["a", unknown])'],
    ['concat with an unknown list', 'concat(["a"], unknown)'],
  ])('%s of an unknown argument is unknown with its reason', (_name, text) => {
    expect(ev(text)).toEqual({ unknown: 'variable x has no value' });
  });

  it('length of a list with unknown elements is known', () => {
    expect(ev('length(["a", unknown])')).toBe(2);
  });
});
