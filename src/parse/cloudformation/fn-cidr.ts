/**
 * `Fn::Cidr` as CloudFormation computes it: the first `count` blocks of `cidrBits` host bits each
 * (a /24 for 8 IPv4 bits, a /64 for 64 IPv6 bits) carved in order from the start of `ipBlock`.
 * Subnets carved with `!Select [i, !Cidr [...]]` then have real ranges the rules can check.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-cidr.html
 */
import { formatCidr, parseCidr } from '../cidr-text.js';

/** The result: the blocks, or why CloudFormation would refuse the call. */
export type CidrFnResult = { readonly ok: true; readonly blocks: readonly string[] } | { readonly ok: false; readonly error: string };

/** CloudFormation's documented range for `count`. */
export const MAX_CIDR_COUNT = 256;

/** A whole number from a number or a numeric string (templates write both: `6` and `"6"`). */
export function wholeNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

/**
 * Computes `Fn::Cidr [ipBlock, count, cidrBits]`. An ipBlock with host bits set
 * (`10.0.0.1/16`), a count outside 1-256, cidrBits that do not fit inside the block, or more
 * blocks than the block holds are errors: CloudFormation fails the stack, so no value is made up.
 */
export function cidrFn(ipBlock: unknown, count: unknown, cidrBits: unknown): CidrFnResult {
  const parsed = parseCidr(ipBlock);
  if (!parsed.ok) return { ok: false, error: `ipBlock ${describe(ipBlock)} is not a CIDR block (${parsed.error})` };
  const block = parsed.cidr;
  if (block.hostBitsSet) return { ok: false, error: `ipBlock ${block.text} has host bits set (the network is ${block.canonical})` };
  const n = wholeNumber(count);
  if (n === undefined || n < 1 || n > MAX_CIDR_COUNT) {
    return { ok: false, error: `count ${describe(count)} is not a whole number from 1 to ${MAX_CIDR_COUNT}` };
  }
  const width = block.family === 4 ? 32 : 128;
  const bits = wholeNumber(cidrBits);
  if (bits === undefined || bits < 0 || bits > width - block.prefix) {
    return {
      ok: false,
      error: `cidrBits ${describe(cidrBits)} does not fit in ${block.text}: it must be a whole number from 0 to ${width - block.prefix}`,
    };
  }
  const prefix = width - bits;
  const available = 1n << BigInt(prefix - block.prefix);
  if (BigInt(n) > available) {
    return { ok: false, error: `${block.text} holds ${available} /${prefix} blocks, fewer than the ${n} asked for` };
  }
  const step = 1n << BigInt(bits);
  const blocks: string[] = [];
  for (let i = 0; i < n; i++) blocks.push(formatCidr(block.family, block.first + BigInt(i) * step, prefix));
  return { ok: true, blocks };
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : typeof value === 'number' ? String(value) : value === null ? 'null' : `a ${Array.isArray(value) ? 'list' : typeof value}`;
}
