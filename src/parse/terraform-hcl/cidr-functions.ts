/**
 * Terraform's `cidrsubnet`, `cidrsubnets`, `cidrhost` and `cidrnetmask`, reproduced exactly:
 * Terraform parses prefixes with its `ipaddr` package (Go's pre-1.17 parser: leading zeros are
 * decimal, host bits are masked off) and computes with go-cidr v1.1.0 (`SubnetBig`, `HostBig`,
 * `PreviousSubnet`, `NextSubnet`), and prints results with Go's `net.IP` / `net.IPNet` String.
 * Results are compared with Terraform's own test cases in test/parse/terraform-hcl.functions.test.ts.
 * Go's quirks with IPv4-mapped IPv6 addresses (`::ffff:192.168.0.0/112` prints as
 * `192.168.0.0/16`) are reproduced; inputs where Go's arithmetic wraps or panics (negative bit
 * counts or subnet numbers, numbers past 64 bits, `cidrsubnets` of a mapped prefix) are refused
 * with an error instead of being imitated.
 */
import { formatIPv6Groups } from '../ipv6-text.js';
import { EvalError } from './values.js';

interface Network {
  /** 4 or 16 bytes, as Go keeps them. */
  readonly bits: 32 | 128;
  /** The network address (host bits cleared). */
  readonly ip: bigint;
  readonly prefix: number;
}

/** Is a 128-bit address IPv4-mapped (`::ffff:a.b.c.d`)? Go prints those as IPv4. */
function isMapped(ip: bigint): boolean {
  return ip >> 32n === 0xffffn;
}

/** Go's `dtoi`: decimal digits, value below 0xFFFFFF; returns [value, length] or undefined. */
function dtoi(s: string, at: number): [number, number] | undefined {
  let n = 0;
  let i = at;
  for (; i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57; i++) {
    n = n * 10 + (s.charCodeAt(i) - 48);
    if (n >= 0xffffff) return undefined;
  }
  return i === at ? undefined : [n, i - at];
}

/** Go's `xtoi`: hexadecimal digits, value below 0xFFFFFF. */
function xtoi(s: string, at: number): [number, number] | undefined {
  let n = 0;
  let i = at;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 102) d = c - 87;
    else if (c >= 65 && c <= 70) d = c - 55;
    else break;
    n = n * 16 + d;
    if (n >= 0xffffff) return undefined;
  }
  return i === at ? undefined : [n, i - at];
}

function parseIPv4(s: string): bigint | undefined {
  let value = 0n;
  let i = 0;
  for (let part = 0; part < 4; part++) {
    if (i >= s.length) return undefined;
    if (part > 0) {
      if (s[i] !== '.') return undefined;
      i++;
    }
    const d = dtoi(s, i);
    if (d === undefined || d[0] > 0xff) return undefined;
    value = (value << 8n) | BigInt(d[0]);
    i += d[1];
  }
  return i === s.length ? value : undefined;
}

function parseIPv6(s: string): bigint | undefined {
  const groups: number[] = [];
  let ellipsis = -1;
  let i = 0;
  if (s.startsWith('::')) {
    ellipsis = 0;
    i = 2;
    if (i === s.length) return 0n;
  }
  while (groups.length < 8) {
    const x = xtoi(s, i);
    if (x === undefined || x[0] > 0xffff) return undefined;
    const after = i + x[1];
    if (s[after] === '.') {
      // An embedded IPv4 address ends the text and fills two groups.
      if (ellipsis < 0 && groups.length !== 6) return undefined;
      if (groups.length + 2 > 8) return undefined;
      const v4 = parseIPv4(s.slice(i));
      if (v4 === undefined) return undefined;
      groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      i = s.length;
      break;
    }
    groups.push(x[0]);
    i = after;
    if (i === s.length) break;
    if (s[i] !== ':' || i + 1 === s.length) return undefined;
    i++;
    if (s[i] === ':') {
      if (ellipsis >= 0) return undefined;
      ellipsis = groups.length;
      i++;
      if (i === s.length) break;
    }
  }
  if (i !== s.length) return undefined;
  if (ellipsis >= 0) {
    if (groups.length >= 8) return undefined;
    groups.splice(ellipsis, 0, ...new Array<number>(8 - groups.length).fill(0));
  } else if (groups.length !== 8) {
    return undefined;
  }
  let value = 0n;
  for (const g of groups) value = (value << 16n) | BigInt(g);
  return value;
}

function mask(bits: number, prefix: number): bigint {
  const all = (1n << BigInt(bits)) - 1n;
  return prefix <= 0 ? 0n : all ^ ((1n << BigInt(bits - prefix)) - 1n);
}

function hostMask(bits: number, prefix: number): bigint {
  return (1n << BigInt(bits - prefix)) - 1n;
}

/** Terraform's `ipaddr.ParseCIDR`, or an error with Terraform's wording. */
function parseCidr(text: string): Network {
  const slash = text.indexOf('/');
  const bad = (): never => {
    throw new EvalError(`invalid CIDR expression: invalid CIDR address: ${text}`);
  };
  if (slash === -1) bad();
  const addr = text.slice(0, slash);
  const len = text.slice(slash + 1);
  let bits: 32 | 128 = 32;
  let ip = parseIPv4(addr);
  if (ip === undefined) {
    bits = 128;
    ip = parseIPv6(addr);
  }
  const d = dtoi(len, 0);
  if (ip === undefined || d === undefined || d[1] !== len.length || d[0] > bits) bad();
  const prefix = (d as [number, number])[0];
  return { bits, ip: (ip as bigint) & mask(bits, prefix), prefix };
}

/** Go's `net.IP.String()`. */
function formatIp(bits: 32 | 128, ip: bigint): string {
  if (bits === 32 || isMapped(ip)) {
    return [24n, 16n, 8n, 0n].map((s) => String((ip >> s) & 0xffn)).join('.');
  }
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((ip >> BigInt(i * 16)) & 0xffffn));
  return formatIPv6Groups(groups);
}

/** Go's `net.IPNet.String()`: an IPv4-mapped network keeps only the last 32 bits of its mask. */
function formatNetwork(n: Network): string {
  const prefix = n.bits === 128 && isMapped(n.ip) ? Math.max(0, n.prefix - 96) : n.prefix;
  return `${formatIp(n.bits, n.ip)}/${prefix}`;
}

function wholeNumber(v: number, what: string): bigint {
  if (!Number.isFinite(v) || !Number.isInteger(v)) throw new EvalError(`${what} must be a whole number, not ${v}`);
  return BigInt(v);
}

/** `cidrsubnet(prefix, newbits, netnum)`. */
export function cidrsubnet(prefix: string, newbits: number, netnum: number): string {
  const nb = Number(wholeNumber(newbits, 'newbits'));
  const num = wholeNumber(netnum, 'netnum');
  const net = parseCidr(prefix);
  if (nb < 0) throw new EvalError(`vpclint does not evaluate cidrsubnet with a negative newbits (${nb})`);
  if (num < 0n) throw new EvalError(`vpclint does not evaluate cidrsubnet with a negative netnum (${num})`);
  const newPrefix = net.prefix + nb;
  if (newPrefix > net.bits) throw new EvalError(`insufficient address space to extend prefix of ${net.prefix} by ${nb}`);
  if (num > (1n << BigInt(nb)) - 1n) throw new EvalError(`prefix extension of ${nb} does not accommodate a subnet numbered ${num}`);
  return formatNetwork({ bits: net.bits, ip: net.ip | (num << BigInt(net.bits - newPrefix)), prefix: newPrefix });
}

/** `cidrhost(prefix, hostnum)`: a negative hostnum counts back from the end of the range. */
export function cidrhost(prefix: string, hostnum: number): string {
  let num = wholeNumber(hostnum, 'hostnum');
  const net = parseCidr(prefix);
  const max = hostMask(net.bits, net.prefix);
  let magnitude = num;
  if (num < 0n) {
    magnitude = -num - 1n;
    num = max - magnitude;
  } else if (num >= 1n << 64n) {
    throw new EvalError(`vpclint does not evaluate cidrhost with a host number of 2^64 or more (${num})`);
  }
  if (magnitude > max) throw new EvalError(`prefix of ${net.prefix} does not accommodate a host numbered ${num}`);
  // go-cidr HostBig inserts the number at the 32-bit position of a mapped address's 128 bits.
  const shift = net.bits === 128 && isMapped(net.ip) ? 96n : 0n;
  return formatIp(net.bits, (net.ip | (num << shift)) & ((1n << 128n) - 1n));
}

/** `cidrnetmask(prefix)`: the IPv4 subnet mask in dotted form. */
export function cidrnetmask(prefix: string): string {
  const net = parseCidr(prefix);
  if (net.bits === 32) return formatIp(32, mask(32, net.prefix));
  // Terraform accepts a mapped prefix and prints its 128-bit mask.
  if (isMapped(net.ip)) return formatIp(128, mask(128, net.prefix));
  throw new EvalError(`IPv6 addresses cannot have a netmask: ${prefix}`);
}

/** `cidrsubnets(prefix, newbits...)`: consecutive subnets, each aligned after the previous one. */
export function cidrsubnets(prefix: string, newbits: readonly number[]): string[] {
  const net = parseCidr(prefix);
  if (newbits.length === 0) return [];
  if (net.bits === 128 && isMapped(net.ip)) throw new EvalError(`vpclint does not evaluate cidrsubnets on an IPv4-mapped IPv6 prefix (${prefix})`);
  const all = (1n << BigInt(net.bits)) - 1n;
  const first = Number(wholeNumber(newbits[0] as number, 'newbits')) + net.prefix;
  // go-cidr PreviousSubnet: the block of the first size just below the base (wrapping at zero).
  let current: Network = {
    bits: net.bits,
    ip: first >= 0 && first <= net.bits ? ((net.ip - 1n) & all) & mask(net.bits, first) : 0n,
    prefix: first,
  };
  const out: string[] = [];
  newbits.forEach((raw, i) => {
    const arg = `argument ${i + 2}`;
    const n = Number(wholeNumber(raw, `newbits (${arg})`));
    if (n < 1) throw new EvalError(`invalid value for newbits (${arg}): must extend prefix by at least one bit`);
    if (n > 32) throw new EvalError(`invalid value for newbits (${arg}): may not extend prefix by more than 32 bits`);
    const length = n + net.prefix;
    if (length > net.bits) {
      throw new EvalError(`invalid value for newbits (${arg}): would extend prefix to ${length} bits, which is too long for an IPv${net.bits === 32 ? 4 : 6} address`);
    }
    // go-cidr NextSubnet: the block of the new size after the last address of the current one.
    const currentLast = current.ip | hostMask(net.bits, current.prefix);
    const last = (currentLast & mask(net.bits, length)) | hostMask(net.bits, length);
    const following = (last + 1n) & all;
    const next: Network = { bits: net.bits, ip: following & mask(net.bits, length), prefix: length };
    if (following === 0n || (next.ip & mask(net.bits, net.prefix)) !== net.ip) {
      throw new EvalError(
        `invalid value for newbits (${arg}): not enough remaining address space for a subnet with a prefix of ${length} bits after ${formatNetwork(current)}`,
      );
    }
    current = next;
    out.push(formatNetwork(current));
  });
  return out;
}
