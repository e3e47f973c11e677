/**
 * NET306 self-peering. A peering connection whose requester and accepter are the same VPC: the
 * same resource on both sides (`vpc_id = aws_vpc.app.id`, `peer_vpc_id = aws_vpc.app.id`), or the
 * same `vpc-…` ID. AWS rejects such a request (CreateVpcPeeringConnection fails with
 * InvalidParameterValue), so the apply fails; it is almost always a copy-paste slip where the peer
 * side was meant to name another VPC. Connections with an unknown side are not reported as
 * unresolved here: nothing says an unknown VPC is this one, and the other peering rules already
 * report what they cannot decide about such a connection.
 *
 * A rule of its own, not a message of NET301 duplicate-peering (two connections for one pair of
 * VPCs) or NET101 (overlapping blocks of two VPCs): it is a different mistake with a different fix,
 * and turning one of those off or suppressing it must not silence this one.
 */
import { defineRule, examples, prose } from '../src/engine/define-rule.js';
import { labelled } from '../src/model/peering-routes.js';
import { sameVpc } from '../src/model/regions.js';
import type { AttrPath, PeeringConnection } from '../src/model/types.js';

export default defineRule({
  id: 'NET306', name: 'self-peering', defaultSeverity: 'error', summary: 'A peering connection joins a VPC with itself.',
  rationale:
    prose`A VPC peering connection joins two different VPCs. AWS rejects a request whose requester VPC and peer VPC
    are the same VPC, so the apply fails at that resource; the plan looks fine, because each ID on its own is
    valid. It is almost always a slip: the peer side was meant to name another VPC (a copied block whose
    \`peer_vpc_id\` still names the requester).`,
  remediation:
    prose`Point \`peer_vpc_id\` (CloudFormation \`PeerVpcId\`) at the VPC to be peered with, or remove the connection:
    traffic within one VPC needs no peering, the VPC's local route already carries it.`,
  references: [
    { title: 'CreateVpcPeeringConnection (Amazon EC2 API Reference)', url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpcPeeringConnection.html' },
  ],
  docs: examples({ tf: ['positive-self-reference.tf', 'negative-distinct-vpcs.tf'], cfn: ['positive-self-reference.cfn.yaml', 'negative-distinct-vpcs.cfn.yaml'] }),
  messages: {
    selfPeering:
      prose`Peering {peering} joins {vpc} with itself: {attribute} names the requester VPC again. AWS rejects a
      peering connection between a VPC and itself, so the apply fails. Point {attribute} at the VPC to peer with,
      or remove the connection.`,
  },
  check(model, context) {
    // Indexed (CONTRIBUTING.md, Performance).
    const peerings = model.peerings;
    for (let i = 0; i < peerings.length; i++) {
      const p = peerings[i] as PeeringConnection;
      const r = p.resource;
      // Only a requesting resource names both VPCs; an accepter-only connection is the other side's.
      if (p.accepterResource === r) continue;
      if (p.requester.state !== 'known' || p.accepter.state !== 'known') continue;
      const vpc = p.requester.value;
      if (!sameVpc(vpc, p.accepter.value)) continue;
      const attribute = r.format === 'cloudformation' ? 'PeerVpcId' : 'peer_vpc_id';
      const path: AttrPath = [attribute];
      context.report({
        messageId: 'selfPeering',
        subject: { resource: r, path },
        related: [labelled(vpc)],
        data: { peering: p.label, vpc: vpc.label, attribute },
      });
    }
  },
});
