/**
 * NET402 cross-region-sg-reference. A security group rule may name a group of a peered VPC as its
 * source or destination, but only when the peer is in the same region: security group IDs are
 * regional, and AWS rejects a rule that references a group in another region (inter-region
 * peering does not carry group references). The fix is the peer VPC's CIDR (or a prefix list).
 * Regions come from each group's resource or provider configuration; a rule whose two groups
 * use one provider configuration is in one region even when that region is unknown.
 * AWS: "Update your security groups to reference peer security groups",
 * https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html
 */
import { defineRule, examples, prose } from '../src/engine/define-rule.js';
import { groupRegion, inSameRegion, isCrossRegion, sameVpc } from '../src/model/regions.js';
import type { SecurityGroup, Vpc } from '../src/model/types.js';

function vpcOf(g: SecurityGroup): Vpc | undefined {
  return g.vpc.state === 'known' ? g.vpc.value : undefined;
}

/** The known CIDR blocks of a VPC, for the message; `its CIDR blocks` when none is known. */
function cidrText(vpc: Vpc | undefined): string {
  const known = vpc?.cidrBlocks.flatMap((b) => (b.cidr.state === 'known' ? [b.cidr.value.canonical] : [])) ?? [];
  return known.length > 0 ? known.join(', ') : 'its CIDR blocks';
}

/** A connection of `vpc` that crosses regions or may (its label), or undefined when none does. */
function crossRegionPeering(vpc: Vpc): string | undefined {
  for (const p of vpc.peerings) {
    const cross = isCrossRegion(p);
    if (cross.state !== 'known' || cross.value) return p.label;
  }
  return undefined;
}

export default defineRule({
  id: 'NET402', name: 'cross-region-sg-reference', defaultSeverity: 'error', summary: 'A security group rule references a security group of a VPC in another region.',
  rationale:
    prose`Security groups can reference groups of a peered VPC only when both VPCs are in the same region. Security
    group IDs are regional, and an inter-region peering connection does not carry group references, so AWS
    rejects the rule at apply time (the referenced group is not found). The rest of the change may already be
    applied by then, with the peering in place but no rule admitting its traffic.`,
  remediation:
    prose`Reference the peer VPC's CIDR block (or the CIDRs of the peer subnets that need access, or a managed prefix
    list of them) instead of its security group. Group references work across a peering only when both VPCs are
    in the same region.`,
  references: [
    { title: 'Update your security groups to reference peer security groups', url: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html' },
  ],
  docs: examples({ tf: ['positive-rule-resource.tf', 'negative-same-region.tf'], cfn: { good: 'negative-same-region.cfn.yaml', note: 'a template is one stack in one region, and a group of a peer in another region can only be named by ID or parameter, whose region is not known, so no template is flagged (it is an unresolved check).' } }),
  messages: {
    crossRegion:
      prose`Rule {rule} of {group} ({region}) references security group {peerGroup} of {peerVpc} in {peerRegion}; AWS
      rejects references to security groups in another region. Use the CIDR of {peerVpc} ({peerCidrs}) instead.`,
  },
  check(model, context) {
    const acrossRegions = new Map<Vpc, string | undefined>();
    for (const rule of model.securityGroupRules) {
      if (rule.group.state !== 'known') continue;
      const group = rule.group.value;
      for (const peer of rule.peers) {
        if (peer.kind !== 'security-group') continue;
        if (peer.group.state !== 'known') {
          // A group vpclint cannot link matters only where the rule's VPC peers across regions.
          const vpc = vpcOf(group);
          if (peer.group.state !== 'unknown' || peer.group.invalid === true || vpc === undefined) continue;
          let peering = acrossRegions.get(vpc);
          if (!acrossRegions.has(vpc)) acrossRegions.set(vpc, (peering = crossRegionPeering(vpc)));
          if (peering === undefined) continue;
          const subject = peer.path.length > 0 ? { resource: rule.subject.resource, path: peer.path } : rule.subject;
          context.unresolved(subject, `the security group ${rule.key} references is unknown (${peer.group.reason}), and ${vpc.label} is peered with another region (${peering}), so whether the reference crosses regions cannot be told`);
          continue;
        }
        const other = peer.group.value;
        if (other === group) continue;
        const same = inSameRegion(group, other);
        if (same.state === 'known' && same.value) continue;
        const subject = peer.path.length > 0 ? { resource: rule.subject.resource, path: peer.path } : rule.subject;
        if (same.state !== 'known') {
          const a = vpcOf(group);
          const b = vpcOf(other);
          if (a !== undefined && b !== undefined && sameVpc(a, b)) continue;
          if (same.state === 'unknown' && same.invalid !== true) {
            context.unresolved(subject, `whether ${rule.key} and the group it references, ${other.label}, are in one region cannot be told: ${same.reason}`);
          }
          continue;
        }
        const region = groupRegion(group);
        const peerRegion = groupRegion(other);
        const peerVpc = vpcOf(other);
        context.report({
          messageId: 'crossRegion',
          subject,
          related: [{ resource: other.resource }, ...(peerVpc?.resource !== undefined ? [{ resource: peerVpc.resource }] : [])],
          data: {
            rule: rule.key,
            group: group.label,
            region: region.state === 'known' ? region.value : 'unknown region',
            peerGroup: other.label,
            peerVpc: peerVpc?.label ?? 'an unknown VPC',
            peerRegion: peerRegion.state === 'known' ? peerRegion.value : 'unknown region',
            peerCidrs: cidrText(peerVpc),
          },
        });
      }
    }
  },
});
