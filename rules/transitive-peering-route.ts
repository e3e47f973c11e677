/**
 * NET202 transitive-peering-route. A peering connection carries traffic only between its own two
 * VPCs: a route that sends a third VPC's range over peering A<->B expects B to forward it, and B
 * never does (peering is not transitive), so the traffic is dropped although every resource
 * applies cleanly. It is the classic hub-and-spoke mistake: spokes peered with a hub and routing
 * to each other through it. NET202 and NET203 classify every peering route with the same function
 * (src/model/peering-routes.ts), so exactly one of them fires for a route that leaves the peer VPC.
 * AWS: "Unsupported VPC peering configurations",
 * https://docs.aws.amazon.com/vpc/latest/peering/invalid-peering-configurations.html
 */
import { defineRule, examples, type FixPlan, prose } from '../src/engine/define-rule.js';
import { destinationSubject, labelled, narrowedDestinations, peerRoutesBack, peeringRouteClasses, routeLabel } from '../src/model/peering-routes.js';
import type { PeeringRouteFacts } from '../src/model/peering-routes.js';

export default defineRule({
  id: 'NET202', name: 'transitive-peering-route', defaultSeverity: 'error', summary: 'A route sends traffic for a third VPC over a peering connection, but peering is not transitive.',
  rationale:
    prose`A VPC peering connection only carries traffic whose source and destination are in its two VPCs. A route
    in VPC A that sends the range of a third VPC C over the peering with B relies on B to pass the packets on
    to C, which AWS never does, even when B is itself peered with C. Terraform and CloudFormation apply such
    a route without complaint and the traffic is silently dropped.`,
  remediation:
    prose`Connect A and C directly: create a peering connection between them and route C's range over it (in both
    directions), or attach all VPCs that must talk to each other to a transit gateway or Cloud WAN and route
    through it. Then remove the route to C's range from the peering with B.`,
  references: [
    { title: 'VPC peering limitations', url: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations' },
    { title: 'VPC peering configurations with routes to an entire VPC', url: 'https://docs.aws.amazon.com/vpc/latest/peering/peering-configurations-full-access.html' },
  ],
  docs: examples({ tf: ['positive-hub-spoke-created.tf', 'negative-peer-ranges.tf'], cfn: ['positive-hub-spoke-created.cfn.yaml', 'negative-peer-ranges.cfn.yaml'] }),
  messages: {
    transitive:
      prose`Route {route} sends {destination} over peering {peering} to {peerVpc}, but that range includes
      {thirdVpc} ({thirdCidr}), which is peered with {peerVpc}; peering is not transitive, so {peerVpc}
      will not forward the traffic. Peer with {thirdVpc} directly (or use a transit gateway) and route
      {thirdCidr} over that connection.`,
    thirdVpc:
      prose`Route {route} sends {destination} over peering {peering} to {peerVpc}, but that range includes
      {thirdVpc} ({thirdCidr}), which is not part of {peerVpc}; a peering only reaches the peer VPC itself,
      so the traffic is dropped. Peer with {thirdVpc} directly (or use a transit gateway) and route
      {thirdCidr} over that connection.`,
  },
  check(model, context) {
    const classes = peeringRouteClasses(model);
    for (let i = 0; i < model.routes.length; i++) {
      const route = model.routes[i]!;
      const c = classes[i]!;
      if (c.kind === 'unresolved') context.unresolved(destinationSubject(route), c.reason, c.cause);
      if (c.kind !== 'third') continue;
      const { facts, third, thirdCidr, peeredWithPeer } = c;
      context.report({
        messageId: peeredWithPeer ? 'transitive' : 'thirdVpc',
        subject: destinationSubject(route),
        related: [{ resource: facts.peering.resource }, labelled(facts.peer), labelled(third)],
        data: {
          route: routeLabel(route),
          destination: facts.destination.canonical,
          peering: facts.peering.label,
          peerVpc: facts.peer.label,
          thirdVpc: third.label,
          thirdCidr: thirdCidr.canonical,
        },
        fix: narrowFix(facts),
      });
    }
  },
});

/**
 * The route narrowed to what the peer VPC holds of its destination; removed when that is nothing
 * the table does not already route, or when the peer sends nothing back over the connection.
 */
function narrowFix(facts: PeeringRouteFacts): FixPlan | undefined {
  const { route, destination, vpc, peer, peering } = facts;
  const back = peerRoutesBack(peer, vpc, peering);
  const narrowed = back ? narrowedDestinations(route, destination, peer) : { inside: [], fresh: [] };
  if (narrowed === undefined) return undefined;
  const { inside, fresh } = narrowed;
  const list = (cidrs: readonly { canonical: string }[]): string => cidrs.map((c) => c.canonical).join(', ');
  const why = !back
    ? `no route table of ${peer.label} sends anything back to ${vpc.label} over it`
    : inside.length === 0
      ? `no part of ${destination.canonical} is one of them`
      : `its table already routes ${list(inside)}, the part of ${destination.canonical} that is`;
  const description =
    fresh.length === 0
      ? `Remove ${routeLabel(route)}: ${peering.label} reaches only ${peer.label}'s own addresses, and ${why}; ` +
        'reach the other VPC over a peering of its own (or a transit gateway).'
      : `Narrow ${routeLabel(route)} to ${list(fresh)}${fresh.length === 1 ? '' : ' (a route each)'}, the part of ${destination.canonical} that is ${peer.label}'s own; ` +
        'reach the other VPC over a peering of its own (or a transit gateway).';
  return { kind: 'narrowRoute', description, route, destinations: fresh };
}
