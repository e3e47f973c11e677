/**
 * NET205 mixed-inline-routes. The AWS provider offers two ways to write routes and security group
 * rules: inline lists on the table or group (`route`, `ingress`, `egress`) and standalone
 * resources (`aws_route`, `aws_security_group_rule`, `aws_vpc_security_group_ingress_rule`...).
 * When a table or group has both, the inline list claims to be the complete set: every plan
 * removes what the standalone resources added, and the next plan adds it back. Routes flap,
 * connections drop between two applies. An explicit empty list (`route = []`) counts: it
 * means "no routes but these". Only lists written in the code count; an existing table's recorded
 * routes (which include those of standalone routes) do not.
 * Terraform AWS provider: aws_route_table ("NOTE on Route Tables and Routes"),
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route_table, and
 * aws_security_group ("NOTE on Security Groups and Security Group Rules"),
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group
 */
import { defineRule, examples, prose } from '../src/engine/define-rule.js';
import type { Route, RouteTable, SecurityGroupRule, Tri } from '../src/model/types.js';

/** How many standalone resources a message names before "and N more". */
const NAMED = 3;

/**
 * The keys of the first few of `items`, and how many more there are (only those few keys are
 * read: a mesh's tables have hundreds of standalone routes each).
 */
function names(items: readonly { readonly key: string }[]): string {
  const named = items.slice(0, NAMED).map((x) => x.key).join(', ');
  return items.length <= NAMED ? named : `${named} and ${items.length - NAMED} more`;
}

function inlineText(count: number, noun: string, empty: string): string {
  if (count === 0) return empty;
  return count === 1 ? `1 inline ${noun}` : `${count} inline ${noun}s`;
}

export default defineRule({
  id: 'NET205', name: 'mixed-inline-routes', defaultSeverity: 'warning', summary: 'A route table (or security group) has inline routes (or rules) and also standalone route (or rule) resources.',
  rationale:
    prose`Terraform treats an inline \`route\` list on a route table, and an inline \`ingress\` or \`egress\` list on a
    security group, as the complete set: on every apply it removes routes or rules that are not in the list,
    including those that standalone \`aws_route\` or rule resources add, and the standalone resources add them
    back on the next apply. The network flaps between two states, and for a while after each apply the
    traffic those routes or rules carry is dropped. An explicit empty list (\`route = []\`, \`ingress = []\`)
    counts as an inline list.`,
  remediation:
    prose`Use one style per route table and per security group direction: move the inline routes into \`aws_route\`
    resources (or the rules into \`aws_vpc_security_group_ingress_rule\` / \`_egress_rule\` resources) and remove
    the inline list, or write every route or rule inline and delete the standalone resources.`,
  references: [
    { title: 'Terraform AWS provider: aws_route_table', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route_table' },
    { title: 'Terraform AWS provider: aws_security_group', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group' },
  ],
  docs: examples({ tf: ['positive-inline-and-route.tf', 'negative-existing-standalone.tf'], cfn: { good: 'negative-sg-inline-rules-and-rule-resource.cfn.yaml', note: 'CloudFormation has no inline routes, and a group with inline rules and rule resources is a problem of the Terraform provider only, so no template is flagged.' } }),
  messages: {
    mixedRoutes:
      prose`Route table {table} has {inline} and standalone route resources ({standalone}); Terraform removes the
      standalone routes on every apply and they come back on the next. Use only aws_route resources or only
      inline routes for this table.`,
    mixedRules:
      prose`Security group {group} has {inline} and {direction} rule resources ({standalone}); Terraform removes the
      rules of those resources on every apply and they come back on the next. Use only rule resources or only
      inline {direction} rules for this group.`,
  },
  check(model, context) {
    // Indexed (CONTRIBUTING.md, Performance).
    const tables = model.routeTables;
    for (let t = 0; t < tables.length; t++) {
      const table = tables[t] as RouteTable;
      if (table.resource === undefined || table.implicit) continue;
      const standalone: Route[] = [];
      let inline = 0;
      const routes = table.routes;
      for (let i = 0; i < routes.length; i++) {
        const route = routes[i] as Route;
        if (!route.inline) standalone.push(route);
        else if (route.subject.resource === table.resource) inline++;
      }
      if (standalone.length === 0) continue;
      const writes: Tri<boolean> | undefined = table.writesInlineRoutes;
      if (writes === undefined || writes.state === 'absent') continue;
      if (writes.state === 'unknown') {
        context.unresolved({ resource: table.resource }, `${writes.reason}; it also has standalone routes (${names(standalone)})`);
        continue;
      }
      if (!writes.value) continue;
      context.report({
        messageId: 'mixedRoutes',
        subject: { resource: table.resource },
        related: standalone.map((r) => r.subject),
        data: {
          table: table.label,
          inline: inlineText(inline, 'route', 'an empty inline route list'),
          standalone: names(standalone),
        },
      });
    }

    for (const group of model.securityGroups) {
      const writesBy = group.writesInlineRules;
      if (writesBy === undefined) continue;
      for (const direction of ['ingress', 'egress'] as const) {
        const standalone: SecurityGroupRule[] = [];
        let inline = 0;
        for (const rule of group.rules) {
          if (rule.direction !== direction || rule.inline === undefined) continue;
          if (rule.inline) inline++;
          else standalone.push(rule);
        }
        if (standalone.length === 0) continue;
        const writes = writesBy[direction];
        if (writes.state === 'absent') continue;
        if (writes.state === 'unknown') {
          context.unresolved({ resource: group.resource }, `${writes.reason}; it also has ${direction} rule resources (${names(standalone)})`);
          continue;
        }
        if (!writes.value) continue;
        context.report({
          messageId: 'mixedRules',
          subject: { resource: group.resource },
          related: standalone.map((r) => r.subject),
          data: {
            group: group.label,
            direction,
            inline: inlineText(inline, `${direction} rule`, `an empty inline ${direction} list`),
            standalone: names(standalone),
          },
        });
      }
    }
  },
});
