/**
 * Security group evaluation: a group only allows (no deny rules, no order), so a flow passes when
 * one rule of the direction matches its protocol, port and peer. Groups are stateful: replies to
 * allowed traffic pass without a rule, so only the way out (source egress) and the way in
 * (destination ingress) are checked.
 * https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
 * A rule can reference a group in a peered VPC only within one region.
 * https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html
 */
import { contains, overlaps } from '../cidr.js';
import { unknownPhrase } from '../describe.js';
import { inSameRegion } from '../regions.js';
import type { Cidr, PeeringConnection, SecurityGroup, SecurityGroupRule } from '../types.js';
import type { FlowSpec, HopDecision } from './flow.js';

/** The other end as a group rule sees it: its range, and its group when the question names one. */
export interface GroupPeer {
  readonly range: Cidr;
  readonly group: SecurityGroup | undefined;
}

export interface GroupVerdict {
  readonly decision: HopDecision;
  readonly rule?: SecurityGroupRule;
  readonly detail: string;
  readonly fix?: string;
}

export function flowText(flow: FlowSpec): string {
  if (flow.protocol === 'all') return 'all traffic';
  if (flow.protocol === 'icmp') return flow.port === undefined ? 'ICMP' : `ICMP type ${flow.port}`;
  return `${flow.protocol.toUpperCase()} port ${flow.port ?? '?'}`;
}

/** Does the rule's protocol and port range take the flow: yes, no, or why it cannot be told. */
function portsMatch(rule: SecurityGroupRule, flow: FlowSpec): boolean | string {
  const p = rule.protocol;
  if (p.state === 'unknown') return p.reason;
  if (p.state !== 'known') return false;
  if (p.value === 'all') return true;
  if (flow.protocol === 'all' || p.value !== flow.protocol) return false;
  const from = rule.fromPort;
  const to = rule.toPort;
  if (from.state === 'unknown') return from.reason;
  if (to.state === 'unknown') return to.reason;
  if (flow.protocol === 'icmp') {
    const type = from.state === 'known' ? from.value : -1;
    return type === -1 || (flow.port !== undefined && type === flow.port);
  }
  if (flow.port === undefined) return false;
  const lo = from.state === 'known' ? from.value : 0;
  const hi = to.state === 'known' ? to.value : 65535;
  return lo <= flow.port && flow.port <= hi;
}

function sameGroup(a: SecurityGroup, b: SecurityGroup): boolean {
  return a === b || (a.id.state === 'known' && b.id.state === 'known' && a.id.value === b.id.value);
}

/**
 * Evaluates `group`'s rules of `direction` for the flow to or from `peer`. `peering` is the
 * connection the flow crosses (undefined within one VPC): group references across it work only
 * within one region.
 */
export function evaluateGroup(
  group: SecurityGroup,
  direction: 'ingress' | 'egress',
  flow: FlowSpec,
  peer: GroupPeer,
  peering: PeeringConnection | undefined,
): GroupVerdict {
  const toFrom = direction === 'ingress' ? 'from' : 'to';
  const what = `${flowText(flow)} ${toFrom} ${peer.range.canonical}${peer.group === undefined ? '' : ` (${peer.group.label})`}`;
  // AWS adds an allow-all egress rule to a group created without egress rules, and CloudFormation
  // keeps it unless the group has some (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-securitygroup.html);
  // standalone AWS::EC2::SecurityGroupEgress resources count as rules here. Terraform removes
  // it from every group it creates (aws_security_group documentation).
  if (
    direction === 'egress' &&
    group.resource.format === 'cloudformation' &&
    group.resource.get(['SecurityGroupEgress']).state === 'absent' &&
    !group.rules.some((r) => r.direction === 'egress')
  ) {
    return { decision: 'pass', detail: `${group.label} writes no SecurityGroupEgress, so AWS's default rule allows all outbound traffic.` };
  }
  const doubts: { rule: SecurityGroupRule; why: string }[] = [];
  const refused: string[] = [];
  for (const rule of group.rules) {
    if (rule.direction !== direction) continue;
    const ports = portsMatch(rule, flow);
    if (ports === false) continue;
    if (typeof ports === 'string') {
      doubts.push({ rule, why: `its protocol or ports are ${unknownPhrase(ports)}` });
      continue;
    }
    for (const p of rule.peers) {
      if (p.kind === 'cidr') {
        const c = p.cidr;
        if (c.state === 'known') {
          if (contains(c.value, peer.range)) {
            return { decision: 'pass', rule, detail: `${rule.key} allows ${flowText(flow)} ${toFrom} ${c.value.canonical}, which holds ${peer.range.canonical}.` };
          }
          if (overlaps(c.value, peer.range)) {
            doubts.push({ rule, why: `it allows ${c.value.canonical}, only part of ${peer.range.canonical}, and which address the instances have is not known` });
          }
        } else if (c.state === 'unknown' && c.invalid !== true && peerFamily(p.path) === peer.range.family) {
          doubts.push({ rule, why: `its CIDR block is ${unknownPhrase(c.reason)}` });
        }
      } else if (p.kind === 'prefix-list') {
        const id = p.id.state === 'known' ? ` ${p.id.value}` : '';
        doubts.push({ rule, why: `it allows the managed prefix list${id}, whose entries vpclint cannot see` });
      } else if (p.kind === 'self') {
        if (peer.group !== undefined && sameGroup(peer.group, group)) {
          return { decision: 'pass', rule, detail: `${rule.key} allows ${flowText(flow)} ${toFrom} members of the group itself.` };
        }
      } else if (peer.group !== undefined) {
        const g = p.group;
        if (g.state === 'unknown') {
          if (g.invalid !== true) doubts.push({ rule, why: `the group it references is ${unknownPhrase(g.reason)}` });
          continue;
        }
        if (g.state !== 'known' || !sameGroup(g.value, peer.group)) continue;
        if (peering !== undefined) {
          const same = inSameRegion(group, peer.group);
          if (same.state === 'unknown') {
            doubts.push({ rule, why: `it references ${peer.group.label} across ${peering.label}, which works only within one region, and whether both are in one region is unknown (${same.reason})` });
            continue;
          }
          if (same.state === 'known' && !same.value) {
            refused.push(`${rule.key} references ${peer.group.label} across the inter-region peering ${peering.label}, which AWS does not support`);
            continue;
          }
        }
        return { decision: 'pass', rule, detail: `${rule.key} allows ${flowText(flow)} ${toFrom} members of ${peer.group.label}.` };
      }
    }
  }
  if (doubts.length > 0) {
    const d = doubts[0] as { rule: SecurityGroupRule; why: string };
    return { decision: 'unknown', rule: d.rule, detail: `No rule of ${group.label} surely allows ${what}; ${d.rule.key} might, but ${d.why}.` };
  }
  const why = refused.length > 0 ? `: ${refused.join('; ')}` : '';
  const fix =
    refused.length > 0
      ? `Allow ${peer.range.canonical} (the peer's CIDR) instead of the group reference in ${group.label}: group references work only within one region.`
      : `Add an ${direction} rule to ${group.label} that allows ${flowText(flow)} ${toFrom} ${peer.range.canonical}${peer.group === undefined ? '' : ` or ${peer.group.label}`}.`;
  return { decision: 'block', detail: `No ${direction} rule of ${group.label} allows ${what}${why}.`, fix };
}

/** The family of a rule's CIDR attribute: `ipv6_cidr_blocks[0]`, `cidr_ipv6`, `CidrIpv6` hold IPv6. */
function peerFamily(path: readonly (string | number)[]): 4 | 6 {
  return path.some((seg) => typeof seg === 'string' && /ipv6/i.test(seg)) ? 6 : 4;
}
