/**
 * The path engine's vocabulary: what a question "can A reach B" names (endpoints and a flow), and
 * what the answer holds (a verdict and the hops both ways). A CLI (`vpclint reach`) or a config
 * intent resolves its FROM / TO text with `resolveEndpoint` (endpoints.ts) and calls `reach`
 * (path.ts); neither needs anything else from the model.
 */
import type { SourceLocation } from '../../parse/source.js';
import type { Cidr, SecurityGroup, Subnet, Vpc } from '../types.js';

export type FlowProtocol = 'tcp' | 'udp' | 'icmp' | 'all';

export interface FlowSpec {
  readonly protocol: FlowProtocol;
  /**
   * TCP/UDP: the destination port (required). ICMP: the type (undefined: every type; 8 is echo
   * request, whose reply is type 0). Ignored for `all`, which asks for every protocol and port.
   */
  readonly port?: number;
  /**
   * The ports replies go back to, which stateless network ACLs must let through both ways. The
   * client's operating system picks them; AWS recommends allowing 1024-65535 (the default here)
   * to cover every client, NAT gateways included.
   * https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html
   */
  readonly ephemeral?: { readonly from: number; readonly to: number };
}

/**
 * One end of a flow, resolved to model objects.
 * - `subnet`: any address of the subnet (its IPv4 block); no security group is named, so none is
 *   checked (the result's `notes` say so).
 * - `security-group`: instances in the group. Which subnet they are in is not in the model: with
 *   `subnet` given, that one; otherwise every subnet of the group's VPC, and the verdict is decided
 *   only when it is the same from each of them (else `unknown`, naming one of each). An instance's
 *   address within its subnet is not known either, so a CIDR rule must cover the whole subnet.
 * - `vpc`: every subnet of the VPC; decided like a group without a subnet.
 * - `address`: an IP or CIDR inside one modelled subnet (`subnet`, found by `resolveEndpoint`).
 */
export type EndpointSpec =
  | { readonly kind: 'subnet'; readonly subnet: Subnet }
  | { readonly kind: 'security-group'; readonly group: SecurityGroup; readonly subnet?: Subnet }
  | { readonly kind: 'vpc'; readonly vpc: Vpc }
  | { readonly kind: 'address'; readonly cidr: Cidr; readonly subnet: Subnet };

/**
 * The hops, in the order a packet meets them: the source group's egress, the source subnet's
 * network ACL outbound, its route table, the peering connection, the destination subnet's network
 * ACL inbound, the destination group's ingress; then the reply: the destination subnet's network
 * ACL outbound, its route table back, the source subnet's network ACL inbound. Security groups are
 * stateful (replies pass); network ACLs are not.
 */
export type HopKind =
  | 'sg-egress'
  | 'nacl-out'
  | 'route'
  | 'peering'
  | 'nacl-in'
  | 'sg-ingress'
  | 'return-nacl-out'
  | 'return-route'
  | 'return-nacl-in';

export type HopDecision = 'pass' | 'block' | 'unknown';

export interface Hop {
  readonly hop: HopKind;
  /** The resource that decides: its address or logical ID (a VPC's label for what AWS creates with it). */
  readonly resource: string;
  /** Where that resource (or the deciding attribute) is written, when the model has it. */
  readonly location: SourceLocation | undefined;
  readonly decision: HopDecision;
  /** One sentence: what the hop does with the flow, and why. */
  readonly detail: string;
  /** For a blocking hop: what would let the flow through. */
  readonly fix?: string;
}

export type Verdict = 'allowed' | 'denied' | 'unknown';

/** The answer for one source subnet and one destination subnet. */
export interface PathResult {
  readonly verdict: Verdict;
  /** The source and destination subnets (labels) and ranges. */
  readonly from: { readonly subnet: string; readonly range: string };
  readonly to: { readonly subnet: string; readonly range: string };
  readonly path: readonly Hop[];
  /** The first blocking hop (with its fix), when the verdict is `denied`. */
  readonly blockedBy: Hop | undefined;
  /** Why the verdict is `unknown`: the details of the unknown hops, or what else was not decidable. */
  readonly reasons: readonly string[];
}

export interface ReachResult extends Omit<PathResult, 'from' | 'to'> {
  /** What the question leaves unchecked (no security group named at an end), for the reader. */
  readonly notes: readonly string[];
  /**
   * Every source/destination subnet pair when an endpoint stands for several subnets (a VPC, a
   * group without a subnet); the top-level path is the first pair with the overall verdict.
   */
  readonly pairs: readonly PathResult[];
}
