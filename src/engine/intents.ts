/**
 * Network intents: the configuration file's `intents` ("app reaches db on TCP 5432: allow",
 * "dev reaches prod: deny"), checked on every run with the path engine (model/reach). Each intent's
 * endpoints are resolved against the run's model (one that names nothing, or several things, is an
 * error in the configuration file, exit 2), its flow is followed both ways, and the verdict is
 * compared with what the intent expects. The results go two ways: to rule NET501 network-intent
 * (rules/network-intent.ts), which turns a broken intent into a finding and an undecided one into
 * an unresolved check, and as plain data to the reporters (`LintResult.intents`: the pull-request
 * comment's table and diagram). The engine runs once per intent.
 */
import type { SourceLocation } from '../parse/source.js';
import { resolveEndpoint } from '../model/reach/endpoints.js';
import type { EndpointSpec, FlowProtocol, Hop, Verdict } from '../model/reach/flow.js';
import { hopSubject, reach } from '../model/reach/path.js';
import type { NetworkModel, SourceResource, Subject, Vpc } from '../model/types.js';
import type { ToolError } from '../errors.js';

/** The rule that reports broken intents (rules/network-intent.ts); the run hands it the results as its options. */
export const NETWORK_INTENT = 'NET501';

export type IntentExpectation = 'allow' | 'deny';

/** One entry of the configuration file's `intents`, checked when it loads (config/load.ts). */
export interface Intent {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly protocol: FlowProtocol;
  /** TCP/UDP port or ICMP type; absent for `all` (and ICMP: every type). */
  readonly port?: number;
  readonly expect: IntentExpectation;
  /** Where the entry is written. */
  readonly location: SourceLocation;
  /** Where its `from` and `to` values are written (an endpoint that does not resolve is reported there). */
  readonly fromLocation: SourceLocation;
  readonly toLocation: SourceLocation;
  /** A stand-in resource located at the entry: the subject of a check about the intent itself. */
  readonly subject: SourceResource;
}

/**
 * `holds`: the verdict is what the intent expects; `broken`: it is the other one; `unknown`: the
 * engine could not decide (the reasons say why).
 */
export type IntentStatus = 'holds' | 'broken' | 'unknown';

/** An intent's result as plain data, for reporters. */
export interface IntentResult {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly protocol: FlowProtocol;
  readonly port?: number;
  /** The flow in words: `TCP 5432`, `ICMP type 8`, `all traffic`. */
  readonly flow: string;
  readonly expect: IntentExpectation;
  readonly verdict: Verdict;
  readonly status: IntentStatus;
  /** The hops both ways (for an endpoint of several subnets: the pair shown). */
  readonly path: readonly Hop[];
  /**
   * For a broken intent, the hop that breaks it: the first hop that blocks when `allow` was
   * expected, the last forward hop that admits when `deny` was.
   */
  readonly brokenAt?: Hop;
  /** Why the verdict is unknown. */
  readonly reasons: readonly string[];
  /** Keys of the VPCs of the two ends (see `TopologyVpc.key`), when each end is in one VPC. */
  readonly fromVpc?: string;
  readonly toVpc?: string;
  /** Where the intent is written in the configuration file. */
  readonly location: SourceLocation;
}

/** An intent's result with the model subjects rule NET501 reports on. */
export interface IntentCheck {
  readonly result: IntentResult;
  readonly intent: Intent;
  /** The subject of each hop of the path that has one. */
  readonly subjects: ReadonlyMap<Hop, Subject>;
}

/** The hops the traffic meets on its way to the destination (not the replies). */
const FORWARD: ReadonlySet<Hop['hop']> = new Set(['sg-egress', 'nacl-out', 'route', 'peering', 'nacl-in', 'sg-ingress']);

function vpcOf(end: EndpointSpec): Vpc | undefined {
  switch (end.kind) {
    case 'vpc':
      return end.vpc;
    case 'security-group':
      return end.group.vpc.state === 'known' ? end.group.vpc.value : undefined;
    default:
      return end.subnet.vpc.state === 'known' ? end.subnet.vpc.value : undefined;
  }
}

/** `TCP 5432`, `UDP 53`, `ICMP type 8`, `ICMP`, `all traffic`. */
export function intentFlowText(i: { readonly protocol: FlowProtocol; readonly port?: number }): string {
  if (i.protocol === 'all') return 'all traffic';
  if (i.protocol === 'icmp') return i.port === undefined ? 'ICMP' : `ICMP type ${i.port}`;
  return `${i.protocol.toUpperCase()} ${i.port ?? ''}`.trim();
}

/**
 * Checks every intent against the model. An endpoint that does not resolve is an error located at
 * the intent's `from` or `to` in the configuration file; that intent is not checked.
 */
export function checkIntents(model: NetworkModel, intents: readonly Intent[]): { checks: IntentCheck[]; errors: ToolError[] } {
  const checks: IntentCheck[] = [];
  const errors: ToolError[] = [];
  intents.forEach((intent, i) => {
    const ends: EndpointSpec[] = [];
    for (const side of ['from', 'to'] as const) {
      const resolved = resolveEndpoint(model, intent[side]);
      if (resolved.ok) {
        ends.push(resolved.spec);
        continue;
      }
      const loc = side === 'from' ? intent.fromLocation : intent.toLocation;
      errors.push({
        file: loc.file,
        line: loc.line,
        column: loc.column,
        message: `intents[${i}].${side}: ${resolved.error}`,
        hint: 'name a subnet, security group or VPC by address, logical ID, ID or Name tag, or an IP address or CIDR block inside one subnet',
      });
    }
    const [from, to] = ends;
    if (from === undefined || to === undefined) return;
    const r = reach(model, from, to, { protocol: intent.protocol, ...(intent.port === undefined ? {} : { port: intent.port }) });
    const expected: Verdict = intent.expect === 'allow' ? 'allowed' : 'denied';
    const status: IntentStatus = r.verdict === 'unknown' ? 'unknown' : r.verdict === expected ? 'holds' : 'broken';
    let brokenAt: Hop | undefined;
    if (status === 'broken') {
      brokenAt = intent.expect === 'allow' ? r.blockedBy : r.path.filter((h) => FORWARD.has(h.hop) && h.decision === 'pass').at(-1);
    }
    const subjects = new Map<Hop, Subject>();
    for (const h of r.path) {
      const s = hopSubject(h);
      if (s !== undefined) subjects.set(h, s);
    }
    const fromVpc = vpcOf(from);
    const toVpc = vpcOf(to);
    const result: IntentResult = {
      name: intent.name,
      from: intent.from,
      to: intent.to,
      protocol: intent.protocol,
      ...(intent.port === undefined ? {} : { port: intent.port }),
      flow: intentFlowText(intent),
      expect: intent.expect,
      verdict: r.verdict,
      status,
      path: r.path,
      ...(brokenAt === undefined ? {} : { brokenAt }),
      reasons: r.reasons,
      ...(fromVpc === undefined ? {} : { fromVpc: fromVpc.key }),
      ...(toVpc === undefined ? {} : { toVpc: toVpc.key }),
      location: intent.location,
    };
    checks.push({ result, intent, subjects });
  });
  return { checks, errors };
}
