/**
 * NET403 broad-peer-ingress. Peering makes two VPCs reachable to each other; a security group
 * rule that then admits the whole peer VPC on every port and protocol turns that reachability
 * into full trust: anything compromised in the peer can reach every service of the group. The
 * rule fires for ingress rules over all traffic (or all TCP or UDP ports) whose CIDR covers a
 * whole CIDR block of a VPC peered with the group's VPC; the world (/0) is NET401's. It is a
 * note: sometimes the trust is intended, but usually a port list and the peer subnets (or a
 * security group reference, within a region) would do. Peer blocks are looked up per VPC in a
 * CIDR index, so a hub with many spokes stays linear.
 * AWS: "Update your security groups to reference peer security groups",
 * https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html, and
 * "Security group rules", https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
 */
import { defineRule, examples, prose } from '../src/engine/define-rule.js';
import { contains, isWorld } from '../src/model/cidr.js';
import { CidrIndex } from '../src/model/cidr-index.js';
import { sameVpc } from '../src/model/regions.js';
import type { Cidr, PeeringConnection, SecurityGroupRule, Tri, Vpc } from '../src/model/types.js';

interface PeerBlock {
  readonly vpc: Vpc;
  readonly peering: PeeringConnection;
}

interface PeerIndex {
  readonly index: CidrIndex<PeerBlock>;
  /** Why some peer's blocks are not all known, per peer. */
  readonly unknown: readonly string[];
  readonly peers: number;
}

/** The peers of `vpc` (the other end of each of its connections) and their known blocks. */
function buildPeerIndex(vpc: Vpc): PeerIndex {
  const items: { cidr: Cidr; item: PeerBlock }[] = [];
  const unknown: string[] = [];
  let peers = 0;
  for (const peering of vpc.peerings) {
    for (const side of [peering.requester, peering.accepter]) {
      if (side.state !== 'known' || sameVpc(side.value, vpc)) continue;
      const peer = side.value;
      peers++;
      for (const block of peer.cidrBlocks) {
        if (block.cidr.state === 'known') items.push({ cidr: block.cidr.value, item: { vpc: peer, peering } });
        else if (block.cidr.state === 'unknown' && block.cidr.invalid !== true) unknown.push(`a CIDR block of ${peer.label} is unknown (${block.cidr.reason})`);
      }
      if (peer.blocksIncomplete !== undefined) unknown.push(`not every CIDR block of ${peer.label} is known (${peer.blocksIncomplete})`);
    }
  }
  return { index: new CidrIndex(items), unknown, peers };
}

/** What the rule admits, when it is everything of a protocol: `all traffic`, `all TCP ports`; false otherwise. */
function everything(rule: SecurityGroupRule): Tri<string | false> {
  const p = rule.protocol;
  if (p.state !== 'known') return p.state === 'unknown' ? p : { state: 'known', value: false };
  if (p.value === 'all') return { state: 'known', value: 'all traffic' };
  if (p.value !== 'tcp' && p.value !== 'udp') return { state: 'known', value: false };
  const from = rule.fromPort;
  const to = rule.toPort;
  if (from.state === 'unknown') return from;
  if (to.state === 'unknown') return to;
  const all = from.state === 'known' && to.state === 'known' && from.value <= 0 && to.value >= 65535;
  return { state: 'known', value: all ? `all ${p.value.toUpperCase()} ports` : false };
}

export default defineRule({
  id: 'NET403', name: 'broad-peer-ingress', defaultSeverity: 'note', summary: 'A security group rule admits a peer VPC\'s whole CIDR block on all ports.',
  rationale:
    prose`A peering connection makes the two VPCs reachable to each other. An ingress rule that admits the peer VPC's
    whole range on every port and protocol turns that into full trust: any workload in the peer, including one
    that is compromised or misconfigured, can reach every service behind the group, and the rule will keep
    admitting whatever is added to the peer later. Usually only a few ports, from a few subnets or one
    security group of the peer, are needed.`,
  remediation:
    prose`Admit only the ports the peer needs, from the CIDRs of the peer subnets that use them, or (for a peer in the
    same region) from the peer's security group. If the whole peer really is trusted on every port, keep the
    rule and suppress the finding with a reason.`,
  references: [
    { title: 'Update your security groups to reference peer security groups', url: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html' },
    { title: 'Security group rules', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html' },
  ],
  docs: examples({ tf: ['positive-all-traffic-peer-cidr.tf', 'negative-peer-subnet.tf'], cfn: ['positive-all-traffic-peer-cidr.cfn.yaml', 'negative-peer-subnet.cfn.yaml'] }),
  messages: {
    wholePeer:
      prose`Rule {rule} admits {what} from {cidr} into {group}, which covers all of {peerVpc} ({peerCidr}), peered over
      {peering}. Admit only the ports the peer needs, from its subnets' ranges or its security group.`,
  },
  check(model, context) {
    const indexes = new Map<Vpc, PeerIndex>();
    for (const rule of model.securityGroupRules) {
      if (rule.direction !== 'ingress' || rule.group.state !== 'known') continue;
      const group = rule.group.value;
      if (group.vpc.state !== 'known' || group.vpc.value.peerings.length === 0) continue;
      const vpc = group.vpc.value;
      let peers = indexes.get(vpc);
      if (peers === undefined) indexes.set(vpc, (peers = buildPeerIndex(vpc)));
      if (peers.peers === 0) continue;
      const what = everything(rule);
      if (what.state === 'known' && what.value === false) continue;
      for (const peer of rule.peers) {
        if (peer.kind !== 'cidr') continue;
        const subject = { resource: rule.subject.resource, path: peer.path };
        const c = peer.cidr;
        if (c.state !== 'known') {
          if (c.state === 'unknown' && c.invalid !== true && what.state === 'known') {
            context.unresolved(subject, `${rule.key} admits ${what.value} from a CIDR that is unknown (${c.reason}), so whether it covers a whole peer VPC of ${vpc.label} cannot be told`);
          }
          continue;
        }
        if (isWorld(c.value)) continue;
        const hit = peers.index.overlappingEntries(c.value).find((e) => contains(c.value, e.cidr));
        if (hit === undefined) {
          if (what.state === 'known' && peers.unknown.length > 0) {
            context.unresolved(subject, `${peers.unknown[0]}, so whether ${rule.key} (${what.value} from ${c.value.canonical}) covers it cannot be told`);
          }
          continue;
        }
        if (what.state !== 'known') {
          if (what.state === 'unknown' && what.invalid !== true) {
            context.unresolved(subject, `${rule.key} admits ${c.value.canonical}, all of ${hit.item.vpc.label}, but whether on all ports is unknown (${what.reason})`);
          }
          continue;
        }
        context.report({
          messageId: 'wholePeer',
          subject,
          related: [{ resource: group.resource }, ...(hit.item.vpc.resource !== undefined ? [{ resource: hit.item.vpc.resource }] : [hit.item.vpc.label])],
          data: {
            rule: rule.key,
            what: what.value as string,
            cidr: c.value.canonical,
            group: group.label,
            peerVpc: hit.item.vpc.label,
            peerCidr: hit.cidr.canonical,
            peering: hit.item.peering.label,
          },
        });
      }
    }
  },
});
