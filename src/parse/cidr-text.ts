/**
 * CIDR literals as text and numbers: `parseCidr` reads a literal into a canonical block, and
 * `formatCidr` / `formatAddress` / `toCidr` write one back. Pure text work that the readers need
 * (CloudFormation's Fn::Cidr) as well as the model, so it lives in parse/, which may not import the
 * model; model/cidr.ts re-exports it beside the range math, and model/types.ts re-exports `Cidr`.
 * `parseCidr` runs for every CIDR literal of a plan (hundreds of thousands in big plans), so it is a
 * hand-written single pass over char codes: ip-num's validators and range classes cost 2.5 µs
 * (IPv6 validation) to 30 µs (IPv6CidrRange) per literal, an order of magnitude more than this
 * parser; its parsers serve as an independent oracle in the tests.
 */
import { formatIPv6Groups } from './ipv6-text.js';

/** A parsed, canonical CIDR block. Addresses are bigints so IPv4 and IPv6 share one code path. */
export interface Cidr {
  /** The literal as written, e.g. `10.0.1.0/22`. */
  readonly text: string;
  /** The network AWS would use, e.g. `10.0.0.0/22`. */
  readonly canonical: string;
  readonly family: 4 | 6;
  readonly prefix: number;
  /** First address of the network. */
  readonly first: bigint;
  /** Last address of the network. */
  readonly last: bigint;
  /** True when the literal has bits set past the prefix (`10.0.0.1/16`); NET001 reports it. */
  readonly hostBitsSet: boolean;
}

export type CidrParse = { ok: true; cidr: Cidr } | { ok: false; error: string };

/** Host-part masks by prefix length: `HOST_MASK4[p]` = 2^(32-p) - 1, likewise for IPv6. */
const HOST_MASK4: readonly bigint[] = Array.from({ length: 33 }, (_, p) => (1n << BigInt(32 - p)) - 1n);
const HOST_MASK6: readonly bigint[] = Array.from({ length: 129 }, (_, p) => (1n << BigInt(128 - p)) - 1n);
const ALL4 = (1n << 32n) - 1n;
const ALL6 = (1n << 128n) - 1n;

/** Scratch space for the eight 16-bit groups of an IPv6 address (parsing is synchronous). */
const groups: number[] = [0, 0, 0, 0, 0, 0, 0, 0];

const C_0 = 48;
const C_9 = 57;
const C_DOT = 46;
const C_COLON = 58;
const C_SLASH = 47;
const C_PERCENT = 37;

function fail(error: string): CidrParse {
  return { ok: false, error };
}

/** Quotes a piece of input for an error message, shortened so messages stay one line. */
function quote(s: string): string {
  return JSON.stringify(s.length > 24 ? `${s.slice(0, 24)}…` : s);
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}

/** The reason for an unexpected character at `i`. */
function badChar(text: string, i: number, where: string): string {
  const c = text.charCodeAt(i);
  if (isSpace(c)) {
    return i === 0 || i === text.length - 1 ? 'has leading or trailing whitespace' : 'contains whitespace';
  }
  if (c === C_SLASH) return "has more than one '/'";
  const cp = text.codePointAt(i) ?? c;
  return `invalid character ${JSON.stringify(String.fromCodePoint(cp))} in ${where}`;
}

function hexValue(c: number): number {
  if (c >= C_0 && c <= C_9) return c - C_0;
  const lower = c | 0x20;
  if (lower >= 97 && lower <= 102) return lower - 87;
  return -1;
}

/**
 * Parses a dotted-quad IPv4 address in `text[start, end)`: the address as a number, or the
 * reason it is malformed. Octets are 0-255 in decimal without leading zeros (`010` is octal to
 * some parsers, so it is ambiguous).
 */
function parseIPv4(text: string, start: number, end: number): number | string {
  let value = 0;
  let octets = 0;
  let i = start;
  for (;;) {
    let octet = 0;
    const from = i;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c < C_0 || c > C_9) break;
      octet = octet * 10 + (c - C_0);
      i++;
    }
    const digits = i - from;
    if (digits === 0) {
      if (i < end && text.charCodeAt(i) !== C_DOT) return badChar(text, i, 'IPv4 address');
      return `empty octet in IPv4 address ${quote(text.slice(start, end))}`;
    }
    if (digits > 1 && text.charCodeAt(from) === C_0) {
      return `octet ${quote(text.slice(from, i))} has a leading zero`;
    }
    if (digits > 3 || octet > 255) return `octet ${quote(text.slice(from, i))} is out of range (0-255)`;
    value = value * 256 + octet;
    octets++;
    if (i === end) break;
    if (text.charCodeAt(i) !== C_DOT) return badChar(text, i, 'IPv4 address');
    i++;
    if (octets === 4) {
      const what = i === end ? "ends with '.'" : 'has more than 4 octets';
      return `IPv4 address ${quote(text.slice(start, end))} ${what}`;
    }
  }
  if (octets !== 4) return `IPv4 address ${quote(text.slice(start, end))} has ${octets} octets, expected 4`;
  return value;
}

/**
 * Parses an IPv6 address in `text[start, end)` into `groups`; undefined on success, else the
 * reason. Accepts `::` compression, upper case and leading zeros (RFC 4291 text forms), and a
 * dotted IPv4 tail (`::ffff:10.0.0.1`); rejects zone indexes (`%eth0`).
 */
function parseIPv6(text: string, start: number, end: number): string | undefined {
  let n = 0;
  let ellipsis = -1;
  let i = start;
  if (end - start >= 2 && text.charCodeAt(i) === C_COLON && text.charCodeAt(i + 1) === C_COLON) {
    ellipsis = 0;
    i += 2;
  } else if (text.charCodeAt(i) === C_COLON) {
    return "IPv6 address starts with a single ':'";
  }
  while (i < end) {
    let value = 0;
    const from = i;
    while (i < end) {
      const h = hexValue(text.charCodeAt(i));
      if (h < 0) break;
      value = value * 16 + h;
      i++;
    }
    if (i < end && text.charCodeAt(i) === C_DOT) {
      // A dotted IPv4 tail stands for the last two groups.
      if (n > 6) return `IPv6 address ${quote(text.slice(start, end))} has too many groups`;
      const v4 = parseIPv4(text, from, end);
      if (typeof v4 === 'string') return `${v4} (in IPv6 address)`;
      groups[n++] = Math.floor(v4 / 65536);
      groups[n++] = v4 % 65536;
      i = end;
      break;
    }
    const digits = i - from;
    if (digits === 0) {
      const c = text.charCodeAt(i);
      if (c === C_COLON) return `IPv6 address ${quote(text.slice(start, end))} has ':::'`;
      if (c === C_PERCENT) return 'zone index (%…) is not allowed in a CIDR block';
      return badChar(text, i, 'IPv6 address');
    }
    if (digits > 4) return `IPv6 group ${quote(text.slice(from, i))} has more than 4 hex digits`;
    if (n === 8) return `IPv6 address ${quote(text.slice(start, end))} has more than 8 groups`;
    groups[n++] = value;
    if (i === end) break;
    const c = text.charCodeAt(i);
    if (c !== C_COLON) {
      if (c === C_PERCENT) return 'zone index (%…) is not allowed in a CIDR block';
      return badChar(text, i, 'IPv6 address');
    }
    i++;
    if (i === end) return "IPv6 address ends with a single ':'";
    if (text.charCodeAt(i) === C_COLON) {
      if (ellipsis >= 0) return `IPv6 address ${quote(text.slice(start, end))} has more than one '::'`;
      ellipsis = n;
      i++;
    }
  }
  if (ellipsis < 0) {
    if (n !== 8) return `IPv6 address ${quote(text.slice(start, end))} has ${n} groups, expected 8 (or '::')`;
    return undefined;
  }
  if (n > 7) return `IPv6 address ${quote(text.slice(start, end))} has '::' and 8 groups`;
  // Move the groups after '::' to the end and zero the gap.
  const tail = n - ellipsis;
  for (let k = 0; k < tail; k++) groups[7 - k] = groups[n - 1 - k] ?? 0;
  for (let k = ellipsis; k < 8 - tail; k++) groups[k] = 0;
  return undefined;
}

/**
 * Parses the prefix length in `text[start, end)`: the number, or the reason it is malformed.
 * Leading zeros are rejected, as the AWS provider does (it compares with Go's canonical form).
 */
function parsePrefix(text: string, start: number, end: number, family: 4 | 6): number | string {
  if (start === end) return "missing prefix length after '/'";
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < C_0 || c > C_9) {
      if (isSpace(c) || c === C_SLASH) return badChar(text, i, 'prefix length');
      return `prefix length ${quote(text.slice(start, end))} is not a number`;
    }
    value = value * 10 + (c - C_0);
  }
  const digits = text.slice(start, end);
  if (end - start > 1 && text.charCodeAt(start) === C_0) return `prefix length ${quote(digits)} has a leading zero`;
  const max = family === 4 ? 32 : 128;
  if (end - start > 3 || value > max) {
    return `prefix length ${digits} is out of range for IPv${family} (0-${max})`;
  }
  return value;
}

function describeType(v: unknown): string {
  if (v === null || v === undefined) return String(v);
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/**
 * Parses an IPv4 or IPv6 CIDR literal. Non-canonical literals (host bits set, e.g. `10.0.1.0/22`,
 * `192.168.1.0/0`) parse OK with `hostBitsSet: true` and first/last/canonical of the network AWS
 * would use (the host bits masked). Malformed literals (no prefix, prefix out of range or with a
 * leading zero, bad octets, leading zeros like `010.0.0.0/8`, whitespace, zone indexes, empty
 * string, non-strings) give `ok: false` with a short reason, e.g. "prefix length 33 is out of
 * range for IPv4 (0-32)". IPv6 is canonicalized per RFC 5952 (lower case, longest run of two or
 * more zero groups compressed to `::`); a dotted IPv4 tail (`::ffff:10.0.0.0/104`) is accepted
 * and written in hex.
 */
export function parseCidr(text: unknown): CidrParse {
  if (typeof text !== 'string') return fail(`expected a CIDR string, got ${describeType(text)}`);
  const len = text.length;
  if (len === 0) return fail('empty string is not a CIDR block');
  const slash = text.indexOf('/');
  if (slash < 0) {
    for (let i = 0; i < len; i++) if (isSpace(text.charCodeAt(i))) return fail(badChar(text, i, ''));
    return fail(`missing prefix length (expected address/prefix, e.g. 10.0.0.0/16) in ${quote(text)}`);
  }
  if (slash === 0) return fail("missing address before '/'");
  const colon = text.indexOf(':');
  if (colon < 0 || colon > slash) {
    const v4 = parseIPv4(text, 0, slash);
    if (typeof v4 === 'string') return fail(v4);
    const prefix = parsePrefix(text, slash + 1, len, 4);
    if (typeof prefix === 'string') return fail(prefix);
    const size = 2 ** (32 - prefix);
    const net = v4 - (v4 % size);
    const first = BigInt(net);
    const hostBitsSet = net !== v4;
    return {
      ok: true,
      cidr: {
        text,
        // A well-formed IPv4 literal without host bits is already canonical.
        canonical: hostBitsSet ? `${formatIPv4(net)}/${prefix}` : text,
        family: 4,
        prefix,
        first,
        last: first + (HOST_MASK4[prefix] as bigint),
        hostBitsSet,
      },
    };
  }
  const bad = parseIPv6(text, 0, slash);
  if (bad !== undefined) return fail(bad);
  const prefix = parsePrefix(text, slash + 1, len, 6);
  if (typeof prefix === 'string') return fail(prefix);
  let hostBitsSet = false;
  for (let k = 0; k < 8; k++) {
    const bits = prefix - 16 * k;
    if (bits >= 16) continue;
    const g = groups[k] as number;
    const net = bits <= 0 ? 0 : g & (0xffff << (16 - bits)) & 0xffff;
    if (net !== g) {
      hostBitsSet = true;
      groups[k] = net;
    }
  }
  const first = groupsToBigInt();
  return {
    ok: true,
    cidr: {
      text,
      canonical: `${formatIPv6Groups(groups)}/${prefix}`,
      family: 6,
      prefix,
      first,
      last: first + (HOST_MASK6[prefix] as bigint),
      hostBitsSet,
    },
  };
}

function groupsToBigInt(): bigint {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
  // Three 48-bit chunks stay exact as numbers; three conversions instead of eight.
  return (
    (BigInt(g0 * 4294967296 + g1 * 65536 + g2) << 80n) |
    (BigInt(g3 * 4294967296 + g4 * 65536 + g5) << 32n) |
    BigInt(g6 * 65536 + g7)
  );
}

function formatIPv4(n: number): string {
  return `${Math.floor(n / 16777216)}.${Math.floor(n / 65536) % 256}.${Math.floor(n / 256) % 256}.${n % 256}`;
}

/** Formats an address as canonical text: dotted quad, or RFC 5952 IPv6. Throws a RangeError outside the family's range. */
export function formatAddress(family: 4 | 6, address: bigint): string {
  if (address < 0n || address > (family === 4 ? ALL4 : ALL6)) {
    throw new RangeError(`address ${address} is out of range for IPv${family}`);
  }
  if (family === 4) return formatIPv4(Number(address));
  for (let k = 0; k < 8; k++) groups[k] = Number((address >> BigInt(112 - 16 * k)) & 0xffffn);
  return formatIPv6Groups(groups);
}

/**
 * Formats a family/first/prefix as canonical text (`10.0.0.0/16`, `2001:db8::/32`). Host bits in
 * `first` are masked. Throws a RangeError for a prefix or address outside the family's range.
 */
export function formatCidr(family: 4 | 6, first: bigint, prefix: number): string {
  const host = hostMask(family, prefix);
  return `${formatAddress(family, first & ~host)}/${prefix}`;
}

function hostMask(family: 4 | 6, prefix: number): bigint {
  const mask = family === 4 ? HOST_MASK4[prefix] : family === 6 ? HOST_MASK6[prefix] : undefined;
  if (mask === undefined || !Number.isInteger(prefix)) {
    throw new RangeError(`prefix length ${prefix} is out of range for IPv${family}`);
  }
  return mask;
}

/**
 * Builds the canonical Cidr for a network (`text` is the canonical text, `hostBitsSet` false).
 * Host bits in `first` are masked. Throws a RangeError for a prefix or address outside the family.
 */
export function toCidr(family: 4 | 6, first: bigint, prefix: number): Cidr {
  const host = hostMask(family, prefix);
  const net = first & ~host;
  const canonical = `${formatAddress(family, net)}/${prefix}`;
  return { text: canonical, canonical, family, prefix, first: net, last: net | host, hostBitsSet: false };
}
