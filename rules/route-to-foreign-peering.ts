/**
 * NET204 route-to-foreign-peering. A route can only send traffic over a peering connection that
 * its own VPC is part of; a route in a table of VPC C that targets the connection between A and B
 * is rejected by AWS at apply time. It happens when a module is copied for another VPC and keeps
 * the old connection ID, or a `for_each` key picks the wrong connection. Both ends of the
 * connection and the table's VPC are in the plan, so the mismatch shows before apply.
 * AWS: "Update your route tables for a VPC peering connection",
 * https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html
 */
import { defineRule, examples, prose } from '../src/engine/define-rule.js';
import { labelled, routeLabel } from '../src/model/peering-routes.js';
import { sameVpc } from '../src/model/regions.js';
import type { Route, Tri, Vpc } from '../src/model/types.js';

/** Why a side or the table's VPC is not known; undefined for invalid values (another rule's) or known ones. */
function unknownReason(v: Tri<Vpc>, what: string): string | undefined {
  if (v.state === 'absent') return `${what} is not set`;
  if (v.state === 'unknown') return v.invalid === true ? undefined : `${what} is unknown (${v.reason})`;
  return undefined;
}

export default defineRule({
  id: 'NET204', name: 'route-to-foreign-peering', defaultSeverity: 'error', summary: 'A route targets a peering connection that does not involve the VPC of its route table.',
  rationale:
    prose`A route table can send traffic only over a peering connection of its own VPC. AWS rejects a route whose
    target is a connection between two other VPCs, at apply time, after the rest of the change has been
    applied. It is almost always a copy-paste or lookup mistake: a module reused for another VPC that keeps
    the old connection, or a map lookup that returns the wrong connection.`,
  remediation:
    prose`Point the route at the peering connection between this route table's VPC and the VPC it should reach
    (create that connection if it does not exist), or move the route to a route table of one of the two VPCs
    the connection joins.`,
  references: [
    { title: 'Update your route tables for a VPC peering connection', url: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html' },
  ],
  docs: examples({ tf: ['positive-copied-route.tf', 'negative-both-sides.tf'], cfn: ['positive-copied-route.cfn.yaml', 'negative-both-sides.cfn.yaml'] }),
  messages: {
    foreignPeering:
      prose`Route {route} in {table} ({vpc}) targets peering {peering}, which joins {requester} and {accepter}, not
      {vpc}; AWS rejects the route. Target a peering connection of {vpc}, or move the route to a route table of
      {requester} or {accepter}.`,
  },
  check(model, context) {
    // Indexed (CONTRIBUTING.md, Performance).
    const routes = model.routes;
    for (let i = 0; i < routes.length; i++) {
      const route = routes[i] as Route;
      const target = route.target;
      if (target.kind !== 'peering') continue;
      const label = routeLabel(route);
      if (target.peering.state !== 'known') {
        if (target.peering.state === 'unknown' && target.peering.invalid !== true) {
          context.unresolved(
            route.subject,
            `the peering connection of ${label} is unknown (${target.peering.reason}), so whether it involves the route table's VPC cannot be told`,
            target.peering.origin,
          );
        }
        continue;
      }
      const peering = target.peering.value;
      const t = route.routeTable;
      if (t.state !== 'known') {
        if (t.state === 'unknown' && t.invalid !== true) {
          context.unresolved(route.subject, `the route table of ${label} is unknown (${t.reason}), so whether its VPC is part of ${peering.label} cannot be told`, t.origin);
        }
        continue;
      }
      const table = t.value;
      if (table.vpc.state !== 'known') {
        const tableVpc = unknownReason(table.vpc, `the VPC of route table ${table.label}`);
        if (tableVpc !== undefined) context.unresolved(route.subject, `${tableVpc}, so whether it is part of ${peering.label} cannot be told`);
        continue;
      }
      const vpc = table.vpc.value;
      const { requester, accepter } = peering;
      if ((requester.state === 'known' && sameVpc(requester.value, vpc)) || (accepter.state === 'known' && sameVpc(accepter.value, vpc))) continue;
      if (requester.state !== 'known' || accepter.state !== 'known') {
        const why = unknownReason(requester, `the requester VPC of ${peering.label}`) ?? unknownReason(accepter, `the accepter VPC of ${peering.label}`);
        if (why !== undefined) context.unresolved(route.subject, `${why}, so whether it is ${vpc.label} cannot be told`);
        continue;
      }
      context.report({
        messageId: 'foreignPeering',
        subject: route.subject,
        related: [{ resource: peering.resource }, labelled(table), labelled(requester.value), labelled(accepter.value)],
        data: {
          route: label,
          table: table.label,
          vpc: vpc.label,
          peering: peering.label,
          requester: requester.value.label,
          accepter: accepter.value.label,
        },
      });
    }
  },
});
