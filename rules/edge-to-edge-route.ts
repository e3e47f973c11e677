/**
 * NET203 edge-to-edge-route. A peering connection reaches the peer VPC's own addresses and nothing
 * behind them: not its internet gateway, NAT gateway, VPN, Direct Connect or gateway endpoints
 * ("edge-to-edge routing"). A default route (0.0.0.0/0, ::/0) over a peering, or a route to a
 * range outside the peer VPC (the internet, on-premises networks, or a range wider than the peer
 * such as 10.0.0.0/8 to a 10.2.0.0/16 peer), applies cleanly and then black-holes that traffic.
 * Ranges that belong to a third VPC in the model are NET202's (transitive peering); the two rules
 * share one classification (`classifyPeeringRoute`, made once per model: `peeringRouteClasses`),
 * so exactly one of them fires per route.
 *
 * On purpose this differs from KICS: its "VPC Peering Route Table with Unrestricted CIDR" query
 * accepts 10.0.0.0/8 over a peering (corpus `kics/terraform/vpc_peering_route_table_with_unrestricted_cidr/test/negative1.tf`)
 * and flags only 0.0.0.0/0. vpclint flags the /8 as well: the peer answers only for its own
 * block, so the route sends every other 10/8 destination (other VPCs, the on-premises network
 * behind a VPN) into the peering, where it is dropped.
 * AWS: "Unsupported VPC peering configurations" (edge-to-edge routing),
 * https://docs.aws.amazon.com/vpc/latest/peering/invalid-peering-configurations.html
 */
import { defineRule, examples, type FixPlan, prose } from '../src/engine/define-rule.js';
import {
  destinationSubject,
  labelled,
  narrowedDestinations,
  peeringRouteClasses,
  peeringRouteSides,
  peerRoutesBack,
  routeLabel,
} from '../src/model/peering-routes.js';
import type { Cidr, PeeringConnection, Route, Vpc } from '../src/model/types.js';

export default defineRule({
  id: 'NET203', name: 'edge-to-edge-route', defaultSeverity: 'error', summary: 'A route sends traffic over a peering connection to a default route or a range outside the peer VPC.',
  rationale:
    'A VPC peering connection only delivers packets addressed to the peer VPC itself. It does not extend the ' +
    "peer's internet gateway, NAT gateway, VPN connection, Direct Connect gateway or gateway endpoints to you " +
    prose`(AWS calls this edge-to-edge routing and does not support it). A route for 0.0.0.0/0 or ::/0 over a
    peering, or for a range wider than the peer VPC or outside it, is accepted at apply time, and the
    traffic it catches is dropped: instances lose internet or on-premises access, often only in the
    subnets that use this route table.`,
  remediation:
    "Route over the peering only the peer VPC's CIDR blocks (or parts of them). Send internet traffic to an " +
    prose`internet gateway or NAT gateway in the same VPC, and on-premises or other-VPC traffic to a VPN, Direct
    Connect or transit gateway attachment of the same VPC. To share one egress point between VPCs, use a
    transit gateway instead of peering.`,
  references: [
    { title: 'VPC peering limitations', url: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations' },
    { title: 'Update your route tables for a VPC peering connection', url: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html' },
  ],
  docs: examples({ tf: ['positive-default-route-inline.tf', 'negative-default-via-igw.tf'], cfn: ['positive-ipv6-default-route.cfn.yaml', 'negative-default-via-igw.cfn.yaml'] }),
  messages: {
    defaultRoute:
      'Route {route} sends all {family} traffic ({destination}) over peering {peering}; a peering cannot reach ' +
      "the other VPC's internet gateway, NAT gateway, VPN or Direct Connect, so this traffic is dropped. " +
      'Send {destination} to a gateway of this VPC and route only the peer VPC\'s CIDR over {peering}.',
    defaultRouteUnresolvedPeering:
      prose`Route {route} sends all {family} traffic ({destination}) over a peering connection vpclint cannot
      identify ({why}); whichever connection it is, a peering cannot reach the other VPC's internet gateway,
      NAT gateway, VPN or Direct Connect, so this traffic is dropped. Send {destination} to a gateway of this
      VPC and route only the peer VPC's CIDR over the peering.`,
    outsidePeer:
      prose`Route {route} sends {destination} over peering {peering}, but that range is not inside {peerVpc}
      ({peerCidrs}); a peering reaches only the peer VPC's own addresses, not its gateways, VPN or Direct
      Connect, so traffic for the rest of the range is dropped. Narrow the route to {peerVpc}'s CIDR and send
      other traffic through a gateway of this VPC.`,
  },
  check(model, context) {
    const classes = peeringRouteClasses(model);
    for (let i = 0; i < model.routes.length; i++) {
      const route = model.routes[i]!;
      const c = classes[i]!;
      switch (c.kind) {
        case 'unresolved':
          context.unresolved(destinationSubject(route), c.reason, c.cause);
          break;
        case 'default':
          context.report({
            messageId: 'defaultRoute',
            subject: destinationSubject(route),
            related: [{ resource: c.peering.resource }],
            data: {
              route: routeLabel(route),
              destination: c.destination.canonical,
              family: c.destination.family === 4 ? 'IPv4' : 'IPv6',
              peering: c.peering.label,
            },
            fix: defaultFix(route, c.destination, c.peering),
          });
          break;
        case 'defaultUnresolvedPeering':
          context.report({
            messageId: 'defaultRouteUnresolvedPeering',
            subject: destinationSubject(route),
            data: {
              route: routeLabel(route),
              destination: c.destination.canonical,
              family: c.destination.family === 4 ? 'IPv4' : 'IPv6',
              why: c.why,
            },
          });
          break;
        case 'outside': {
          const { facts } = c;
          const family = facts.destination.family;
          const blocks: string[] = [];
          let incomplete = facts.peer.blocksIncomplete !== undefined;
          for (const b of facts.peer.cidrBlocks) {
            if ((b.kind === 'ipv6' ? 6 : 4) !== family) continue;
            if (b.cidr.state === 'known') blocks.push(b.cidr.value.canonical);
            else if (b.cidr.state === 'unknown' && b.cidr.invalid !== true) incomplete = true;
          }
          // The peer's blocks may be unknown here: a destination wider than any VPC block is outside it anyway.
          let peerCidrs = blocks.length > 0 ? blocks.join(', ') : `no IPv${family} block`;
          if (incomplete) peerCidrs = blocks.length > 0 ? `${peerCidrs} and unknown blocks` : 'CIDR blocks unknown';
          context.report({
            messageId: 'outsidePeer',
            subject: destinationSubject(route),
            related: [{ resource: facts.peering.resource }, labelled(facts.peer)],
            data: {
              route: routeLabel(route),
              destination: facts.destination.canonical,
              peering: facts.peering.label,
              peerVpc: facts.peer.label,
              peerCidrs,
            },
            fix: narrowFix(route, facts.destination, facts.vpc, facts.peer, facts.peering),
          });
          break;
        }
        default:
          break;
      }
    }
  },
});

/** A default route over a connection: narrowed to the peer VPC's blocks (when the peer is known). */
function defaultFix(route: Route, destination: Cidr, peering: PeeringConnection): FixPlan | undefined {
  const sides = peeringRouteSides(route, peering);
  return sides.kind === 'ok' ? narrowFix(route, destination, sides.vpc, sides.peer, peering) : undefined;
}

/**
 * The route narrowed to the peer's own blocks inside its destination; removed when there are none
 * it does not already route, or when the peer sends nothing back over the connection (then not
 * even the peer's own range answers through this route, and a narrowed route would only move the
 * problem to NET201).
 */
function narrowFix(route: Route, destination: Cidr, vpc: Vpc, peer: Vpc, peering: PeeringConnection): FixPlan | undefined {
  const back = peerRoutesBack(peer, vpc, peering);
  const narrowed = back ? narrowedDestinations(route, destination, peer) : { inside: [], fresh: [] };
  if (narrowed === undefined) return undefined;
  const { inside, fresh } = narrowed;
  const list = (cidrs: readonly Cidr[]): string => cidrs.map((c) => c.canonical).join(', ');
  const why = !back
    ? `no route table of ${peer.label} sends anything back to ${vpc.label} over it, so nothing this route sends gets an answer`
    : inside.length === 0
      ? `no part of ${destination.canonical} is one of them`
      : `the table already routes ${list(inside)}, the part of ${destination.canonical} that is`;
  const description =
    fresh.length === 0
      ? `Remove ${routeLabel(route)}: ${peering.label} reaches only ${peer.label}'s own addresses, and ${why}; ` +
        `send ${destination.canonical} to a gateway of this VPC instead.`
      : `Narrow ${routeLabel(route)} to ${list(fresh)} (${peer.label}'s own ${fresh.length === 1 ? 'range' : 'ranges, a route each'}), the only part of ${destination.canonical} that ` +
        `${peering.label} can reach; send the rest to a gateway of this VPC.`;
  return { kind: 'narrowRoute', description, route, destinations: fresh };
}
