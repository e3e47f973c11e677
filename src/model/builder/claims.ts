/**
 * What the refreshed lists of an existing route table or security group hold that belongs to
 * standalone resources. After `terraform plan` refreshes state, the provider lists every route of
 * an `aws_route_table` in its `route` attribute and every rule of an `aws_security_group` in
 * `ingress` / `egress`, including those of standalone `aws_route`, `aws_security_group_rule` and
 * `aws_vpc_security_group_*_rule` resources. When the configuration does not write those lists
 * (no inline blocks), the list is what exists now, and after apply there will be: what exists,
 * minus what the plan destroys, plus what it creates. A route or rule that a standalone resource
 * manages is that resource (modelled under its own address, or gone when the plan deletes it),
 * never a second copy inside the table or group.
 *
 * Standalone resources in scope, and those the plan deletes, claim (table, destination) and
 * (group, direction, protocol, ports, source) here before inline lists are attached; the list
 * readers then skip what is claimed. Keys use canonical CIDRs, so `10.0.0.0/16` written and read
 * back the same way always match.
 */
import { parseCidr } from '../cidr.js';
import type { SourceResource } from '../../parse/source.js';
import type { Protocol } from '../types.js';

/** A (table or group) owner: claims are kept per model node. */
type Owner = object;

/** The canonical text of a CIDR literal, or the literal itself when it does not parse. */
export function cidrKey(text: string): string {
  let key = cidrKeys.get(text);
  if (key === undefined) {
    const parsed = parseCidr(text);
    key = parsed.ok ? parsed.cidr.canonical : text;
    // Large plans repeat a few destinations many times; the cache is bounded for long-lived processes.
    if (cidrKeys.size >= CIDR_KEYS_MAX) cidrKeys.clear();
    cidrKeys.set(text, key);
  }
  return key;
}

/** cidrKey's answers by literal: a pure function of the text. */
const cidrKeys = new Map<string, string>();
const CIDR_KEYS_MAX = 100_000;

/** A route destination: `cidr:10.0.0.0/16`, `cidr:2001:db8::/56`, `pl:pl-0123`. */
export function routeKey(kind: 'cidr' | 'pl', value: string): string {
  return kind === 'pl' ? `pl:${value}` : `cidr:${cidrKey(value)}`;
}

/** One source of one rule: a CIDR, a prefix list, a group ID, or the group itself. */
export type RuleSource =
  | { readonly kind: 'cidr'; readonly text: string }
  | { readonly kind: 'prefix-list'; readonly id: string }
  | { readonly kind: 'security-group'; readonly id: string }
  | { readonly kind: 'self' };

/**
 * The protocol/port part of a rule key. Ports mean something only for TCP and UDP (port ranges)
 * and ICMP (type and code, where AWS lists an unset one as -1); for "all" and other protocols AWS
 * ignores them.
 */
export function rulePorts(protocol: Protocol, fromPort: number | undefined, toPort: number | undefined): string {
  if (protocol === 'tcp' || protocol === 'udp') return `${protocol}:${fromPort ?? ''}-${toPort ?? ''}`;
  if (protocol === 'icmp' || protocol === 'icmpv6') return `${protocol}:${fromPort ?? -1}/${toPort ?? -1}`;
  return protocol;
}

/** A security group ID as AWS lists it for other accounts' groups (`123456789012/sg-…`) loses the account. */
function groupId(id: string): string {
  const slash = id.lastIndexOf('/');
  return slash >= 0 ? id.slice(slash + 1) : id;
}

export function sourceKey(source: RuleSource): string {
  switch (source.kind) {
    case 'cidr':
      return `cidr:${cidrKey(source.text)}`;
    case 'prefix-list':
      return `pl:${source.id}`;
    case 'security-group':
      return `sg:${groupId(source.id)}`;
    case 'self':
      return 'self';
  }
}

export class Claims {
  private readonly routes = new WeakMap<Owner, Set<string>>();
  /**
   * Claims whose destination is worked out only when the table's claims are first asked for: the
   * resource and the function that reads its destination, side by side (no closure per claim).
   */
  private readonly pendingRoutes = new WeakMap<Owner, { readonly reads: ((r: SourceResource) => string | undefined)[]; readonly sources: SourceResource[] }>();
  /**
   * Tables that take route claims (`takeRouteClaims`): those whose refreshed `route` list may be
   * read, the only ones asked `routeClaimed`. A claim on any other table is dropped.
   */
  private readonly routeTakers = new Set<Owner>();
  private readonly rules = new WeakMap<Owner, Set<string>>();

  claimRoute(table: Owner, destination: string): void {
    let set = this.routes.get(table);
    if (set === undefined) this.routes.set(table, (set = new Set()));
    set.add(destination);
  }

  /**
   * `claimRoute` with the destination `read(source)` read only if the table's claims are ever
   * asked for: most tables' lists are never read back from state, and a large plan has tens of
   * thousands of routes.
   */
  claimRouteLater(table: Owner, source: SourceResource, read: (r: SourceResource) => string | undefined): void {
    if (!this.routeTakers.has(table)) return;
    let pending = this.pendingRoutes.get(table);
    if (pending === undefined) this.pendingRoutes.set(table, (pending = { reads: [], sources: [] }));
    pending.reads.push(read);
    pending.sources.push(source);
  }

  /** Keeps the route claims made on `table` from now on (declared before the claims are made). */
  takeRouteClaims(table: Owner): void {
    this.routeTakers.add(table);
  }

  /** Whether any table takes route claims (all tables are declared before routes claim). */
  get anyRouteTaker(): boolean {
    return this.routeTakers.size > 0;
  }

  /** Whether a standalone route claims `destination` in `table`, which must take route claims. */
  routeClaimed(table: Owner, destination: string): boolean {
    const pending = this.pendingRoutes.get(table);
    if (pending !== undefined) {
      this.pendingRoutes.delete(table);
      for (let i = 0; i < pending.sources.length; i++) {
        const key = pending.reads[i]!(pending.sources[i]!);
        if (key !== undefined) this.claimRoute(table, key);
      }
    }
    return this.routes.get(table)?.has(destination) ?? false;
  }

  claimRule(group: Owner, direction: 'ingress' | 'egress', ports: string, source: string): void {
    let set = this.rules.get(group);
    if (set === undefined) this.rules.set(group, (set = new Set()));
    set.add(`${direction}|${ports}|${source}`);
  }

  ruleClaimed(group: Owner, direction: 'ingress' | 'egress', ports: string, source: string): boolean {
    return this.rules.get(group)?.has(`${direction}|${ports}|${source}`) ?? false;
  }

  private readonly aclEntries = new WeakMap<Owner, Set<string>>();

  /**
   * A standalone `aws_network_acl_rule` claims its (direction, rule number) in its ACL's refreshed
   * `ingress` / `egress` list: AWS allows one entry per number and direction.
   */
  claimAclEntry(acl: Owner, egress: boolean, ruleNumber: number): void {
    let set = this.aclEntries.get(acl);
    if (set === undefined) this.aclEntries.set(acl, (set = new Set()));
    set.add(`${egress ? 'egress' : 'ingress'}|${ruleNumber}`);
  }

  aclEntryClaimed(acl: Owner, egress: boolean, ruleNumber: number): boolean {
    return this.aclEntries.get(acl)?.has(`${egress ? 'egress' : 'ingress'}|${ruleNumber}`) ?? false;
  }
}
