// NET401 open-ingress: a security group rule that admits traffic from the whole internet
// (0.0.0.0/0, ::/0, any /0 literal, or several ranges that together cover one of them). Anything
// reachable from the internet is scanned within minutes; an exposed SSH, RDP or database port is
// the most common way into an AWS account's network. Public web endpoints are legitimately open,
// so the severity follows what is exposed: all traffic, all ports and administrative or database
// ports are errors, other ports (443, 80, ICMP) warnings to confirm. Only ingress is judged:
// egress to the internet is the normal default of every security group.
// See https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html and
// https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html (EC2.13, EC2.14, EC2.18, EC2.19)
import { defineRule, examples, type FixPlan, type RuleHit, prose } from '../src/engine/define-rule.js';
import { isWorld, unionCovers, WORLD_IPV4, WORLD_IPV6 } from '../src/model/cidr.js';
import type { AttrPath, Cidr, SecurityGroupRule, Subject, Tri } from '../src/model/types.js';

/**
 * Administrative and database ports that must never face the internet: remote shells and
 * desktops, container and cluster control planes, and data stores that ship without
 * authentication or are brute-forced constantly. A rule whose range includes one of them is an
 * error. The protocol matters: UDP 22 is not SSH, but RDP, NFS, Memcached (a DDoS amplifier) and
 * the Windows RPC/NetBIOS family also listen on UDP. Beside the usual high-risk lists (Security
 * Hub EC2.19, KICS) it names etcd and the kubelet, which hand over a Kubernetes cluster as surely
 * as its API server does, and the NetBIOS name and datagram ports (137/138, the UDP half of 139).
 * Tested in test/rules/open-ingress.test.ts at the edges of ranges. It is the default of the
 * `administrativePorts` option, which a configuration file may replace.
 */
const SENSITIVE_PORTS: readonly SensitivePort[] = [
  { port: 22, name: 'SSH', tcp: true, udp: false },
  { port: 23, name: 'Telnet', tcp: true, udp: false },
  { port: 135, name: 'Microsoft RPC', tcp: true, udp: true },
  { port: 137, name: 'NetBIOS name service', tcp: false, udp: true },
  { port: 138, name: 'NetBIOS datagram', tcp: false, udp: true },
  { port: 139, name: 'NetBIOS session', tcp: true, udp: false },
  { port: 445, name: 'SMB', tcp: true, udp: false },
  { port: 1433, name: 'SQL Server', tcp: true, udp: false },
  { port: 1434, name: 'SQL Server browser/admin', tcp: true, udp: true },
  { port: 1521, name: 'Oracle', tcp: true, udp: false },
  { port: 2049, name: 'NFS', tcp: true, udp: true },
  { port: 2375, name: 'Docker API', tcp: true, udp: false },
  { port: 2376, name: 'Docker API (TLS)', tcp: true, udp: false },
  { port: 2379, name: 'etcd', tcp: true, udp: false },
  { port: 2380, name: 'etcd peer', tcp: true, udp: false },
  { port: 3306, name: 'MySQL', tcp: true, udp: false },
  { port: 3389, name: 'RDP', tcp: true, udp: true },
  { port: 5432, name: 'PostgreSQL', tcp: true, udp: false },
  { port: 5439, name: 'Redshift', tcp: true, udp: false },
  { port: 5900, name: 'VNC', tcp: true, udp: false },
  { port: 5985, name: 'WinRM', tcp: true, udp: false },
  { port: 5986, name: 'WinRM (HTTPS)', tcp: true, udp: false },
  { port: 6379, name: 'Redis', tcp: true, udp: false },
  { port: 6443, name: 'Kubernetes API', tcp: true, udp: false },
  { port: 9042, name: 'Cassandra', tcp: true, udp: false },
  { port: 9200, name: 'Elasticsearch', tcp: true, udp: false },
  { port: 9300, name: 'Elasticsearch transport', tcp: true, udp: false },
  { port: 10250, name: 'kubelet', tcp: true, udp: false },
  { port: 11211, name: 'Memcached', tcp: true, udp: true },
  { port: 27017, name: 'MongoDB', tcp: true, udp: false },
];

interface SensitivePort {
  readonly port: number;
  readonly name: string;
  readonly tcp: boolean;
  readonly udp: boolean;
}

/** The options (`rules: { open-ingress: { options: … } }` in the configuration file). */
export interface OpenIngressOptions {
  /** TCP and UDP ports, or `lo-hi` ranges, that may face the whole internet (public web endpoints). */
  readonly allowedPorts: readonly (number | string)[];
  /** The ports that count as administrative or database ports; replaces the built-in list. */
  readonly administrativePorts: readonly number[];
}

/** A port number 0-65535 as a regular expression (the schema checks `lo-hi` ranges with it). */
const PORT = '(?:6553[0-5]|655[0-2]\\d|65[0-4]\\d{2}|6[0-4]\\d{3}|[1-5]\\d{4}|\\d{1,4})';

/** What the options mean for one run: the administrative ports, and the allowed ranges merged. */
interface Policy {
  readonly sensitive: readonly SensitivePort[];
  /** Sorted, merged [lo, hi] ranges. */
  readonly allowed: readonly (readonly [number, number])[];
}

function toPolicy(options: OpenIngressOptions): Policy {
  const builtIn = new Map(SENSITIVE_PORTS.map((p) => [p.port, p]));
  // A port the built-in list does not know is called an administrative port, for TCP and UDP.
  const sensitive = [...new Set(options.administrativePorts)]
    .sort((a, b) => a - b)
    .map((port) => builtIn.get(port) ?? { port, name: 'administrative port', tcp: true, udp: true });
  const ranges = options.allowedPorts.map((p): [number, number] => {
    const [a, b] = typeof p === 'number' ? [p, p] : p.split('-').map(Number);
    return [Math.min(a ?? 0, b ?? 0), Math.max(a ?? 0, b ?? 0)];
  });
  ranges.sort((x, y) => x[0] - y[0]);
  const allowed: [number, number][] = [];
  for (const r of ranges) {
    const last = allowed[allowed.length - 1];
    if (last !== undefined && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else allowed.push([r[0], r[1]]);
  }
  return { sensitive, allowed };
}

/** Are all the TCP/UDP ports the traffic admits among the allowed ones? Other protocols never are. */
function isAllowed(t: Traffic, policy: Policy): boolean {
  const space = t.space;
  if (space?.kind !== 'ports') return false;
  return policy.allowed.some(([lo, hi]) => lo <= space.lo && space.hi <= hi);
}

/** How many services a message names before it says "and N more". */
const MAX_SERVICES = 3;
/** How many rules a coversWorld message names before it says "and N more". */
const MAX_RULES = 5;

/** Well-known IP protocol numbers other than TCP/UDP/ICMP, for readable messages. */
const PROTOCOL_NAMES: ReadonlyMap<string, string> = new Map([
  ['2', 'IGMP'],
  ['4', 'IP-in-IP'],
  ['41', 'IPv6-in-IPv4'],
  ['47', 'GRE'],
  ['50', 'ESP'],
  ['51', 'AH'],
  ['132', 'SCTP'],
]);

type Severity = NonNullable<RuleHit<string>['severity']>;

type Level = 'allTraffic' | 'allPorts' | 'sensitivePort' | 'openPort';

/** What a rule admits, in the terms needed to compare two rules of one group. */
type Space =
  | { readonly kind: 'all' }
  | { readonly kind: 'ports'; readonly protocol: 'tcp' | 'udp'; readonly lo: number; readonly hi: number }
  /** ICMP type and code; -1 stands for all. */
  | { readonly kind: 'icmp'; readonly protocol: string; readonly type: number; readonly code: number }
  | { readonly kind: 'protocol'; readonly protocol: string };

interface Traffic {
  readonly level: Level;
  /** Normalized protocol, for data. */
  readonly protocol: string;
  /** Port range text for data: `22`, `20-25`, `all ports`, `all traffic`, `type 8 code 0`, `n/a`. */
  readonly ports: string;
  /** The traffic as the message says it: `tcp port 22`, `all udp ports`, `ICMP type 8 code 0`. */
  readonly text: string;
  /** For `sensitivePort`: `SSH (22), Telnet (23)`. */
  readonly services: string;
  /** What the rule admits, for comparing rules; undefined when not comparable (ICMP type unknown). */
  readonly space: Space | undefined;
}

type Classified = { readonly ok: true; readonly traffic: Traffic } | { readonly ok: false; readonly unknown: string; readonly reason: string };

const SEVERITY: Readonly<Record<Level, Severity>> = {
  allTraffic: 'error',
  allPorts: 'error',
  sensitivePort: 'error',
  openPort: 'warning',
};

/** Why a coversWorld hit has its severity, in the message. */
function exposure(t: Traffic): string {
  switch (t.level) {
    case 'allTraffic':
      return 'every protocol and port';
    case 'allPorts':
      return 'every port';
    case 'sensitivePort':
      return `including ${t.services}`;
    case 'openPort':
      return 'no administrative or database port among them';
  }
}

function unknownReason(v: Tri<unknown>): string {
  return v.state === 'unknown' ? v.reason : 'it is not set';
}

/** Names the sensitive services inside [lo, hi] for the protocol; empty when none. */
function servicesIn(protocol: 'tcp' | 'udp', lo: number, hi: number, sensitive: readonly SensitivePort[]): string {
  const names: string[] = [];
  for (const s of sensitive) {
    if (s.port >= lo && s.port <= hi && s[protocol]) names.push(`${s.name} (${s.port})`);
  }
  if (names.length <= MAX_SERVICES) return joinList(names);
  const shown = names.slice(0, MAX_SERVICES).join(', ');
  const more = names.length - MAX_SERVICES;
  return `${shown} and ${more} more administrative or database ${more === 1 ? 'port' : 'ports'}`;
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`;
}

/** A port attribute of a TCP/UDP rule: a number, `missing` (absent), or why it cannot be read. */
function readPort(v: Tri<number>, attribute: string): number | 'missing' | { reason: string } {
  if (v.state === 'absent') return 'missing';
  if (v.state === 'unknown') return { reason: v.reason };
  if (typeof v.value !== 'number' || !Number.isInteger(v.value)) {
    return { reason: `${attribute} is ${JSON.stringify(v.value) ?? String(v.value)}, not a whole number` };
  }
  return v.value;
}

function classifyPorts(protocol: 'tcp' | 'udp', rule: SecurityGroupRule, sensitive: readonly SensitivePort[]): Classified {
  const from = readPort(rule.fromPort, 'from_port');
  const to = readPort(rule.toPort, 'to_port');
  if (typeof from === 'object') return { ok: false, unknown: 'port range', reason: from.reason };
  if (typeof to === 'object') return { ok: false, unknown: 'port range', reason: to.reason };
  let note = '';
  let lo: number;
  let hi: number;
  if (from === 'missing' && to === 'missing') {
    // The EC2 API reads a TCP/UDP permission without ports as all ports.
    lo = 0;
    hi = 65535;
    note = ' (no port range set)';
  } else if ((typeof from === 'number' && from < 0) || (typeof to === 'number' && to < 0)) {
    // -1 is "all" for ICMP and for protocol -1; written for TCP/UDP it is read the same way, the
    // conservative reading (checkov's CKV_AWS_277 does the same).
    lo = 0;
    hi = 65535;
    note = ` (written as ${from === 'missing' ? 'no from_port' : from} to ${to === 'missing' ? 'no to_port' : to})`;
  } else {
    // A missing end is unbounded; ports past 65535 do not exist.
    const f = from === 'missing' ? 0 : Math.min(from, 65535);
    const t = to === 'missing' ? 65535 : Math.min(to, 65535);
    lo = Math.min(f, t);
    hi = Math.max(f, t);
    if (f > t) {
      // from > to is no valid TCP/UDP range; the range between the ends is what the author most
      // likely meant, and the wider reading is the safe one (checkov reads it as matching nothing).
      note = ` (written inverted as ${from}-${to})`;
    }
  }
  const space: Space = { kind: 'ports', protocol, lo, hi };
  // Port 0 is not a real service port, so 0-65535 and 1-65535 are both "every port". Note that a
  // TCP rule written 0-0 admits only port 0 (hashicorp/terraform-provider-aws#27525), not all ports.
  if (lo <= 1 && hi === 65535) {
    return { ok: true, traffic: { level: 'allPorts', protocol, ports: 'all ports', text: `all ${protocol} ports${note}`, services: '', space } };
  }
  const ports = lo === hi ? String(lo) : `${lo}-${hi}`;
  const text = `${protocol} ${lo === hi ? 'port' : 'ports'} ${ports}${note}`;
  const services = servicesIn(protocol, lo, hi, sensitive);
  return { ok: true, traffic: { level: services ? 'sensitivePort' : 'openPort', protocol, ports, text, services, space } };
}

function classifyIcmp(protocol: string, rule: SecurityGroupRule): Classified {
  const name = protocol === 'icmp' ? 'ICMP' : 'ICMPv6';
  // Type and code: -1 (or left out, as aws_vpc_security_group_ingress_rule allows) means all.
  const read = (v: Tri<number>): number | undefined =>
    v.state === 'absent' ? -1 : v.state === 'known' && Number.isInteger(v.value) ? v.value : undefined;
  const type = read(rule.fromPort);
  const code = read(rule.toPort);
  let ports: string;
  let space: Space | undefined;
  if (type === undefined) {
    // ICMP is a warning whatever the type, so an unknown type does not make the finding unknown.
    ports = 'unknown types';
  } else if (type < 0) {
    ports = 'all types';
    space = { kind: 'icmp', protocol, type: -1, code: -1 };
  } else if (code === undefined) {
    ports = `type ${type}, unknown code`;
  } else if (code < 0) {
    ports = `type ${type}`;
    space = { kind: 'icmp', protocol, type, code: -1 };
  } else {
    ports = `type ${type} code ${code}`;
    space = { kind: 'icmp', protocol, type, code };
  }
  return { ok: true, traffic: { level: 'openPort', protocol, ports, text: `${name} (${ports})`, services: '', space } };
}

/** What the rule admits and how severe exposing it is, or which value is unknown. */
function classify(rule: SecurityGroupRule, sensitive: readonly SensitivePort[]): Classified {
  if (rule.protocol.state !== 'known') return { ok: false, unknown: 'protocol', reason: unknownReason(rule.protocol) };
  const protocol = String(rule.protocol.value).toLowerCase();
  if (protocol === 'all') {
    return { ok: true, traffic: { level: 'allTraffic', protocol, ports: 'all traffic', text: 'all traffic', services: '', space: { kind: 'all' } } };
  }
  if (protocol === 'tcp' || protocol === 'udp') return classifyPorts(protocol, rule, sensitive);
  if (protocol === 'icmp' || protocol === 'icmpv6') return classifyIcmp(protocol, rule);
  // Any other protocol (ESP, GRE, ...) has no ports: the whole protocol is admitted. Exposing it
  // is rarely intended but is not a remote shell or a database, hence a warning.
  const label = PROTOCOL_NAMES.get(protocol);
  const text = `IP protocol ${protocol}${label ? ` (${label})` : ''}`;
  return { ok: true, traffic: { level: 'openPort', protocol, ports: 'n/a', text, services: '', space: { kind: 'protocol', protocol } } };
}

/** Does a rule admitting `outer` admit everything a rule admitting `inner` does? */
function admits(outer: Space, inner: Space): boolean {
  if (outer.kind === 'all') return true;
  switch (inner.kind) {
    case 'all':
      return false;
    case 'ports':
      return outer.kind === 'ports' && outer.protocol === inner.protocol && outer.lo <= inner.lo && inner.hi <= outer.hi;
    case 'icmp':
      return (
        outer.kind === 'icmp' &&
        outer.protocol === inner.protocol &&
        (outer.type === -1 || outer.type === inner.type) &&
        (outer.code === -1 || outer.code === inner.code)
      );
    case 'protocol':
      return outer.kind === 'protocol' && outer.protocol === inner.protocol;
  }
}

function spaceKey(s: Space): string {
  switch (s.kind) {
    case 'all':
      return 'all';
    case 'ports':
      return `${s.protocol}:${s.lo}-${s.hi}`;
    case 'icmp':
      return `${s.protocol}:${s.type}/${s.code}`;
    case 'protocol':
      return `p:${s.protocol}`;
  }
}

function internetOf(c: Cidr): string {
  return c.family === 4 ? 'IPv4 internet' : 'IPv6 internet';
}

function pathText(path: AttrPath): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

/**
 * The group's label; a group the model could not resolve (an ID of a group outside the linted
 * files, or a reference it cannot follow) gets a fixed phrase, not the model's reason, so the
 * fingerprint does not change with the reason's wording.
 */
function groupLabel(rule: SecurityGroupRule): string {
  return rule.group.state === 'known' ? rule.group.value.label : 'a security group outside the linted files';
}

/** An ingress rule of a known group with known narrow CIDRs: it may take part in a split-range cover. */
interface Candidate {
  readonly rule: SecurityGroupRule;
  /** Known, non-/0 CIDR peers (a /0 is reported on its own). */
  readonly cidrs: readonly { readonly cidr: Cidr; readonly path: AttrPath }[];
}

/** A candidate whose traffic is known and comparable. */
interface Comparable extends Candidate {
  readonly traffic: Traffic;
  readonly space: Space;
}

const WORLDS: readonly Cidr[] = [WORLD_IPV4, WORLD_IPV6];

export default defineRule({
  id: 'NET401', name: 'open-ingress', defaultSeverity: 'error', summary: 'A security group rule admits traffic from the whole internet.',
  rationale:
    prose`Addresses reachable from the internet are scanned continuously. An ingress rule from 0.0.0.0/0 or ::/0 exposes
    every instance, load balancer or database in the group to anyone; on SSH, RDP, database or cluster-control
    ports, or on all ports, that is a direct path to a breach, and AWS Security Hub (EC2.13, EC2.14, EC2.18, EC2.19)
    flags it too. Ranges that only together cover the internet (0.0.0.0/1 and 128.0.0.0/1) are just as open.
    Public services such as HTTPS are legitimately open, so other ports are warnings to confirm.`,
  remediation:
    prose`Allow only the addresses that need access: office or VPN ranges, a partner's /32, or a security group
    reference for traffic from inside AWS. Reach instances through SSM Session Manager or a bastion instead of
    opening SSH or RDP, keep databases in private subnets, and put public services behind a load balancer that
    alone is open on 443. Suppress the finding for endpoints that are meant to be public.`,
  references: [
    { title: 'Security group rules', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html' },
  ],
  docs: examples({ tf: ['positive-inline-ssh.tf', 'negative-office-cidr.tf'], cfn: ['positive-rule-resource-rdp.cfn.yaml', 'negative-office-cidr.cfn.yaml'] }),
  messages: {
    allTraffic:
      prose`{rule} admits all traffic (every protocol and port) from {cidr}, the whole {internet}, into {group}.
      Allow only the protocols and ports the workload needs, from the addresses that need them.`,
    allPorts:
      prose`{rule} admits {traffic} from {cidr}, the whole {internet}, into {group}, so every service listening there is
      reachable from anywhere. Open only the ports the workload serves, to the addresses that need them.`,
    sensitivePort:
      prose`{rule} admits {traffic} from {cidr}, the whole {internet}, into {group}, exposing {services}. Allow
      administrative and database ports only from known addresses (office or VPN ranges, a bastion's security
      group), or use SSM Session Manager.`,
    openPort:
      prose`{rule} admits {traffic} from {cidr}, the whole {internet}, into {group}. If this is a public endpoint,
      suppress this finding; otherwise allow only the addresses that need it.`,
    unknownPorts:
      prose`{rule} admits traffic from {cidr}, the whole {internet}, into {group}, but its {unknown} cannot be
      determined before apply ({reason}), so it may admit administrative ports or all traffic. Write the protocol
      and ports as literals, or allow only the addresses that need access.`,
    coversWorld:
      prose`{rule} admits {traffic} from {cidr}; the sources admitted for this traffic by {rules} together cover {world},
      the whole {internet}, so {group} is open to everyone for it ({exposure}). Splitting a range does not narrow
      it: allow only the addresses that need access.`,
  },
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowedPorts: {
          description:
            prose`TCP and UDP ports that may be open to the whole internet, such as 80 and 443 on a public load balancer:
            numbers or "lo-hi" ranges. A rule whose ports all lie among them is not reported; all traffic and
            other protocols still are.`,
          type: 'array',
          items: {
            description: 'A port (443) or a range of ports (8000-8080).',
            type: ['integer', 'string'],
            minimum: 0,
            maximum: 65535,
            pattern: `^${PORT}-${PORT}$`,
          },
          default: [],
        },
        administrativePorts: {
          description:
            prose`The ports that count as administrative or database ports (an error when open to the world; other
            ports are a warning). Replaces the built-in list, which is the default.`,
          type: 'array',
          items: { type: 'integer', minimum: 0, maximum: 65535 },
          uniqueItems: true,
          default: SENSITIVE_PORTS.map((p) => p.port),
        },
      },
    },
    defaults: { allowedPorts: [], administrativePorts: SENSITIVE_PORTS.map((p) => p.port) } as OpenIngressOptions,
  },
  check(model, context) {
    const policy = toPolicy(context.options);
    const candidatesByGroup = new Map<string, Candidate[]>();

    for (const rule of model.securityGroupRules) {
      if (rule.direction !== 'ingress') continue;
      let classified: Classified | undefined;
      const narrow: { cidr: Cidr; path: AttrPath }[] = [];
      for (const peer of rule.peers) {
        if (peer.kind !== 'cidr') continue;
        const { cidr } = peer;
        if (cidr.state === 'absent') continue;
        if (cidr.state === 'unknown') {
          // A malformed literal is NET001's; anything else could be 0.0.0.0/0 for all we know.
          if (!cidr.invalid) {
            // Builder reasons name the attribute ("cidr_blocks[0] of … is known after apply"); a
            // bare reason gets the attribute added so the user knows which source is meant.
            const where = pathText(peer.path);
            const why = where !== '' && cidr.reason.includes(where) ? cidr.reason : `source ${where} is unknown (${cidr.reason})`;
            context.unresolved(
              { resource: rule.subject.resource, path: peer.path },
              `${why}, so whether ${rule.key} admits the whole internet cannot be decided`,
            );
          }
          continue;
        }
        if (!isWorld(cidr.value)) {
          narrow.push({ cidr: cidr.value, path: peer.path });
          continue;
        }
        classified ??= classify(rule, policy.sensitive);
        const subject = { resource: rule.subject.resource, path: peer.path };
        const base = { rule: rule.key, group: groupLabel(rule), cidr: cidr.value.text, internet: internetOf(cidr.value) };
        if (!classified.ok) {
          context.report({
            messageId: 'unknownPorts',
            subject,
            severity: 'error',
            data: { ...base, unknown: classified.unknown, reason: classified.reason },
            fix: placeholderFix(subject, cidr.value, rule.key),
          });
          continue;
        }
        const t = classified.traffic;
        if (isAllowed(t, policy)) continue;
        const data: Record<string, string> = { ...base, protocol: t.protocol, ports: t.ports };
        if (t.level !== 'allTraffic') data.traffic = t.text;
        if (t.level === 'sensitivePort') data.services = t.services;
        context.report({ messageId: t.level, subject, severity: SEVERITY[t.level], data, fix: placeholderFix(subject, cidr.value, rule.key) });
      }

      if (narrow.length === 0 || rule.group.state !== 'known') continue;
      const candidate: Candidate = { rule, cidrs: narrow };
      const key = rule.group.value.key;
      const list = candidatesByGroup.get(key);
      if (list) list.push(candidate);
      else candidatesByGroup.set(key, [candidate]);
    }

    for (const candidates of candidatesByGroup.values()) {
      for (const hit of coverHits(candidates, policy)) context.report(hit);
    }
  },
});

/** The worlds (0.0.0.0/0, ::/0) that the union of the candidates' ranges covers. */
function coveredWorlds(candidates: readonly Candidate[]): Cidr[] {
  return WORLDS.filter((world) => {
    const ranges: Cidr[] = [];
    for (const c of candidates) for (const { cidr } of c.cidrs) if (cidr.family === world.family) ranges.push(cidr);
    return ranges.length > 0 && unionCovers(ranges, world);
  });
}

/**
 * Hits, once per rule, for the rules of one group whose traffic is admitted from the whole IPv4 or
 * IPv6 space by the union of narrower ranges: for rule R, the ranges of every rule in the group
 * that admits at least R's protocol and ports (R included). A wider rule that helps cover R's
 * traffic is named in the message but reported only if its own traffic is covered too: the
 * exposure is R's ports, not the wider rule's. Rules are bucketed by what they admit, so a group
 * costs (distinct port ranges)^2 comparisons, not rules^2; a group whose ranges together do not
 * cover either family (the usual case) costs one sort.
 */
function coverHits(all: readonly Candidate[], policy: Policy): RuleHit<'coversWorld'>[] {
  const hits: RuleHit<'coversWorld'>[] = [];
  if (coveredWorlds(all).length === 0) return hits;

  // Only now is each rule's traffic worth classifying. Rules whose ports are unknown cannot be
  // compared and take no part.
  const candidates: Comparable[] = [];
  for (const c of all) {
    const classified = classify(c.rule, policy.sensitive);
    if (classified.ok && classified.traffic.space) candidates.push({ ...c, traffic: classified.traffic, space: classified.traffic.space });
  }
  const families = coveredWorlds(candidates);
  if (families.length === 0) return hits;

  const buckets = new Map<string, { space: Space; members: Comparable[] }>();
  for (const c of candidates) {
    const key = spaceKey(c.space);
    const bucket = buckets.get(key);
    if (bucket) bucket.members.push(c);
    else buckets.set(key, { space: c.space, members: [c] });
  }

  for (const bucket of buckets.values()) {
    const admitting = [...buckets.values()].filter((b) => admits(b.space, bucket.space)).flatMap((b) => b.members);
    const covered = families.filter((world) => {
      const ranges: Cidr[] = [];
      for (const c of admitting) for (const { cidr } of c.cidrs) if (cidr.family === world.family) ranges.push(cidr);
      return unionCovers(ranges, world);
    });
    if (covered.length === 0) continue;
    const coveredFamilies = new Set(covered.map((w) => w.family));
    const participants = admitting.filter((c) => c.cidrs.some(({ cidr }) => coveredFamilies.has(cidr.family)));
    const keys = [...new Set(participants.map((c) => c.rule.key))].sort();
    const rules = keys.length > MAX_RULES ? `${keys.slice(0, MAX_RULES).join(', ')} and ${keys.length - MAX_RULES} more` : joinList(keys);
    const world = covered.map((w) => w.text).join(' and ');
    const internet = covered.length === 2 ? 'IPv4 and IPv6 internet' : internetOf(covered[0] as Cidr);
    for (const c of bucket.members) {
      const own = c.cidrs.filter(({ cidr }) => coveredFamilies.has(cidr.family));
      const first = own[0];
      if (!first) continue;
      const t = c.traffic;
      if (isAllowed(t, policy)) continue;
      const fix = splitFix(c, participants, covered);
      hits.push({
        ...(fix === undefined ? {} : { fix }),
        messageId: 'coversWorld',
        subject: { resource: c.rule.subject.resource, path: first.path },
        related: participants.filter((p) => p !== c).map((p) => p.rule.subject),
        severity: SEVERITY[t.level],
        data: {
          rule: c.rule.key,
          group: groupLabel(c.rule),
          protocol: t.protocol,
          ports: t.ports,
          traffic: t.text,
          cidr: own.map(({ cidr }) => cidr.text).join(', '),
          rules,
          world,
          internet,
          exposure: exposure(t),
        },
      });
    }
  }
  return hits;
}

/**
 * Two rule resources that together cover one world (0.0.0.0/1 and 128.0.0.0/1) and admit the same
 * traffic, each from that one range only: the fix replaces this rule's range with a placeholder and
 * deletes the other rule, so one rule admits the traffic from the range that needs it. Anything
 * else (inline rules, a rule with other sources or wider traffic, three or more rules) is a
 * decision, not a rewrite: no fix.
 */
function splitFix(c: Comparable, participants: readonly Comparable[], covered: readonly Cidr[]): FixPlan | undefined {
  if (participants.length !== 2 || covered.length !== 1 || !participants.includes(c)) return undefined;
  const world = covered[0] as Cidr;
  if (participants.some((p) => p.rule.inline !== false || p.rule.peers.length !== 1 || p.cidrs.length !== 1 || spaceKey(p.space) !== spaceKey(c.space))) {
    return undefined;
  }
  const other = participants.find((p) => p !== c) as Comparable;
  if (other.rule.subject.resource === c.rule.subject.resource) return undefined;
  const own = c.cidrs[0] as { readonly cidr: Cidr; readonly path: AttrPath };
  return {
    kind: 'placeholderCidr',
    description:
      `Replace ${own.cidr.text} in ${c.rule.key} with the range that needs to get in (an office, a VPN, a load balancer's subnets) ` +
      `and delete ${other.rule.key}, which admits the same traffic from ${other.cidrs[0]!.cidr.text}: together they cover ${world.text}, ` +
      'so one rule from the placeholder, which you set, replaces both.',
    subject: { resource: c.rule.subject.resource, path: own.path },
    literal: own.cidr.text,
    family: world.family,
    remove: [other.rule.subject.resource],
  };
}

/**
 * The rule with the world replaced by a placeholder the user sets to the range that should get in
 * (named after the rule: `var.ssh_allowed_cidr`, a Parameter `SshAllowedCidr`; engine/fix.ts writes
 * and declares it). Rules that cover the world only together (`coversWorld`) get `splitFix`'s.
 */
function placeholderFix(subject: Subject, world: Cidr, ruleKey: string): FixPlan {
  return {
    kind: 'placeholderCidr',
    description:
      `Replace ${world.text} in ${ruleKey} with the range that needs to get in (an office, a VPN, a load balancer's subnets): ` +
      'the fix puts a placeholder there for you to set; or reference a security group instead.',
    subject,
    literal: world.text,
    family: world.family,
  };
}
