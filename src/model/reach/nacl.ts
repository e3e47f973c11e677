/**
 * Network ACL evaluation as AWS documents it: entries are evaluated in ascending rule-number
 * order, the first entry that matches the traffic decides (allow or deny), and traffic no entry
 * matches is denied by the `*` entry. ACLs are stateless: replies are evaluated like any traffic.
 * https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html
 *
 * The flow is a box of addresses (the remote range) by ports (or ICMP types); an allow entry
 * takes its box out of what is still undecided, a deny entry that touches what is undecided
 * denies that part, so "allowed" means every address and port of the flow is let through.
 * For a flow of every protocol only entries for every protocol decide (allowing each of the
 * 256 protocols one by one is not modelled: such allows do not count).
 */
import { contains } from '../cidr.js';
import type { Cidr, NetworkAcl, NetworkAclEntry } from '../types.js';
import type { FlowProtocol, HopDecision } from './flow.js';

/** What one network ACL direction sees of a flow: the protocol, the port (or ICMP type) range and the remote range. */
export interface AclTraffic {
  readonly protocol: FlowProtocol;
  readonly lo: number;
  readonly hi: number;
  readonly remote: Cidr;
}

export interface AclVerdict {
  readonly decision: HopDecision;
  /** The deciding entry: the deny, or the allow that let the last part through. */
  readonly entry?: NetworkAclEntry;
  readonly detail: string;
  readonly fix?: string;
}

interface Piece {
  first: bigint;
  last: bigint;
  lo: number;
  hi: number;
}

/** Entries of one ACL by direction, sorted by rule number; entries with an unknown number or direction apart. */
export interface SortedEntries {
  readonly ingress: readonly NetworkAclEntry[];
  readonly egress: readonly NetworkAclEntry[];
  readonly floating: readonly NetworkAclEntry[];
}

export function sortEntries(acl: NetworkAcl): SortedEntries {
  const ingress: NetworkAclEntry[] = [];
  const egress: NetworkAclEntry[] = [];
  const floating: NetworkAclEntry[] = [];
  for (const e of acl.entries) {
    if (e.ruleNumber.state !== 'known' || e.egress.state !== 'known') floating.push(e);
    else (e.egress.value ? egress : ingress).push(e);
  }
  const byNumber = (a: NetworkAclEntry, b: NetworkAclEntry): number =>
    (a.ruleNumber.state === 'known' ? a.ruleNumber.value : 0) - (b.ruleNumber.state === 'known' ? b.ruleNumber.value : 0);
  ingress.sort(byNumber);
  egress.sort(byNumber);
  return { ingress, egress, floating };
}

function portsText(t: AclTraffic): string {
  if (t.protocol === 'all') return 'all traffic';
  if (t.protocol === 'icmp') return t.lo === 0 && t.hi === 255 ? 'ICMP' : `ICMP type ${t.lo}`;
  return t.lo === t.hi ? `${t.protocol.toUpperCase()} port ${t.lo}` : `${t.protocol.toUpperCase()} ports ${t.lo}-${t.hi}`;
}

/** "TCP port 5432 from 10.1.0.0/24" / "TCP ports 1024-65535 to 10.1.0.0/24". */
export function trafficText(t: AclTraffic, egress: boolean): string {
  return `${portsText(t)} ${egress ? 'to' : 'from'} ${t.remote.canonical}`;
}

/** "rule 100 (egress[0]) of aws_network_acl.a", "rule 100 (aws_network_acl_rule.out) of aws_network_acl.a". */
function entryName(e: NetworkAclEntry, acl: NetworkAcl): string {
  const own = e.key.startsWith(`${acl.key}.`) ? e.key.slice(acl.key.length + 1) : e.key;
  return e.ruleNumber.state === 'known' ? `rule ${e.ruleNumber.value} (${own}) of ${acl.label}` : `${e.key} of ${acl.label}`;
}

/** How far an entry's protocol covers the flow's: all of it, part of it (flow of every protocol), none, or unknown. */
function protocolMatch(e: NetworkAclEntry, flow: FlowProtocol): 'full' | 'part' | 'none' | { unknown: string } {
  const p = e.protocol;
  if (p.state !== 'known') return { unknown: p.state === 'unknown' ? p.reason : `the protocol of ${e.key} is not set` };
  if (p.value === 'all') return 'full';
  if (flow === 'all') return 'part';
  if (p.value === flow) return 'full';
  return 'none';
}

/** The entry's port (or ICMP type) range; -1 means every ICMP type. */
function entryPorts(e: NetworkAclEntry, protocol: string): { lo: number; hi: number } | { unknown: string } {
  if (protocol === 'all') return { lo: 0, hi: 65535 };
  const from = e.fromPort;
  const to = e.toPort;
  if (protocol === 'icmp' || protocol === 'icmpv6') {
    if (from.state === 'unknown') return { unknown: from.reason };
    // Type -1 (or none) is every type; the code is not compared (a flow names no code).
    if (from.state !== 'known' || from.value === -1) return { lo: 0, hi: 255 };
    return { lo: from.value, hi: from.value };
  }
  if (from.state === 'unknown') return { unknown: from.reason };
  if (to.state === 'unknown') return { unknown: to.reason };
  return { lo: from.state === 'known' ? from.value : 0, hi: to.state === 'known' ? to.value : 65535 };
}

function touches(pieces: readonly Piece[], c: Cidr, lo: number, hi: number): boolean {
  return pieces.some((p) => p.first <= c.last && c.first <= p.last && p.lo <= hi && lo <= p.hi);
}

/** `pieces` minus the box `c` x [lo, hi]: each touched piece splits into at most four. */
function subtract(pieces: readonly Piece[], c: Cidr, lo: number, hi: number): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    if (!(p.first <= c.last && c.first <= p.last && p.lo <= hi && lo <= p.hi)) {
      out.push(p);
      continue;
    }
    if (p.first < c.first) out.push({ ...p, last: c.first - 1n });
    if (p.last > c.last) out.push({ ...p, first: c.last + 1n });
    const first = p.first > c.first ? p.first : c.first;
    const last = p.last < c.last ? p.last : c.last;
    if (p.lo < lo) out.push({ first, last, lo: p.lo, hi: lo - 1 });
    if (p.hi > hi) out.push({ first, last, lo: hi + 1, hi: p.hi });
  }
  return out;
}

function unknownEntry(e: NetworkAclEntry, why: string, acl: NetworkAcl): AclVerdict {
  return {
    decision: 'unknown',
    entry: e,
    detail: `${acl.label} cannot be evaluated: ${e.key} may match first, but ${why}.`,
  };
}

/**
 * Evaluates one direction of an ACL for `traffic`. `direction` is how the hop names it
 * ("outbound", "inbound").
 */
export function evaluateAcl(acl: NetworkAcl, sorted: SortedEntries, egress: boolean, traffic: AclTraffic): AclVerdict {
  const what = trafficText(traffic, egress);
  const way = egress ? 'outbound' : 'inbound';
  if (acl.entriesIncomplete !== undefined) {
    return { decision: 'unknown', detail: `Not every entry of ${acl.label} is known (${acl.entriesIncomplete}), so whether it lets ${what} ${way} cannot be told.` };
  }
  for (const e of sorted.floating) {
    if (e.egress.state === 'known' && e.egress.value !== egress) continue;
    const n = e.ruleNumber;
    return unknownEntry(e, n.state === 'unknown' ? n.reason : e.egress.state === 'unknown' ? e.egress.reason : `${e.key} has no rule number`, acl);
  }
  let pieces: Piece[] = [{ first: traffic.remote.first, last: traffic.remote.last, lo: traffic.lo, hi: traffic.hi }];
  let lastAllow: NetworkAclEntry | undefined;
  for (const e of egress ? sorted.egress : sorted.ingress) {
    const proto = protocolMatch(e, traffic.protocol);
    if (proto === 'none') continue;
    if (typeof proto === 'object') return unknownEntry(e, proto.unknown, acl);
    const c = e.cidr;
    if (c.state === 'unknown' && !c.invalid && entryFamily(e) === traffic.remote.family) return unknownEntry(e, c.reason, acl);
    if (c.state !== 'known' || c.value.family !== traffic.remote.family) continue;
    const ports = entryPorts(e, e.protocol.state === 'known' ? e.protocol.value : 'all');
    if ('unknown' in ports) return unknownEntry(e, ports.unknown, acl);
    if (!touches(pieces, c.value, ports.lo, ports.hi)) continue;
    const action = e.action;
    if (action.state !== 'known') return unknownEntry(e, action.state === 'unknown' ? action.reason : `${e.key} has no action`, acl);
    if (action.value === 'deny') {
      const all = proto === 'full' && contains(c.value, traffic.remote) && ports.lo <= traffic.lo && traffic.hi <= ports.hi;
      return {
        decision: 'block',
        entry: e,
        detail: `${capitalize(entryName(e, acl))} denies ${all ? '' : 'part of '}${what} ${way}.`,
        fix: `Allow ${what} ${way} in ${acl.label} with a rule numbered below ${e.ruleNumber.state === 'known' ? e.ruleNumber.value : 'it'}, or narrow ${e.key}.`,
      };
    }
    if (proto === 'part') continue;
    pieces = subtract(pieces, c.value, ports.lo, ports.hi);
    lastAllow = e;
    if (pieces.length === 0) {
      return { decision: 'pass', entry: e, detail: `${capitalize(entryName(e, acl))} allows ${what} ${way}.` };
    }
  }
  const part = lastAllow === undefined ? '' : 'the rest of ';
  return {
    decision: 'block',
    detail: `No rule of ${acl.label} allows ${part}${what} ${way}, so the default rule (*) denies it.`,
    fix: `Add an ${way} rule to ${acl.label} that allows ${what}.`,
  };
}

function capitalize(s: string): string {
  return s.length === 0 ? s : `${s[0]!.toUpperCase()}${s.slice(1)}`;
}

/** The family of an entry's CIDR attribute (`Ipv6CidrBlock`, `ipv6_cidr_block`: 6). */
function entryFamily(e: NetworkAclEntry): 4 | 6 {
  const last = e.cidrPath.at(-1);
  return typeof last === 'string' && /ipv6/i.test(last) ? 6 : 4;
}
