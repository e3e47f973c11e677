/**
 * NET501 network-intent. The configuration file's `intents` say which flows must get through and
 * which must not ("the app subnet reaches the database on TCP 5432", "dev does not reach prod");
 * the run follows each with the path engine (src/engine/intents.ts, src/model/reach) before the
 * rules run, and hands the results to this rule as its options. A broken intent is a finding at
 * the hop that breaks it: for an intent that expects `allow`, the first hop that blocks (a missing
 * route back, a network ACL entry, a security group without a rule); for one that expects `deny`,
 * the last hop on the way there that admits the traffic (the security group rule, else the network
 * ACL entry or the route). The message holds the whole path; the other hops are related locations.
 * An intent the engine cannot decide (a value unknown until apply) is an unresolved check.
 *
 * The options are not written by users (the rule has no options in the configuration schema): the
 * run fills them from `intents`.
 */
import { defineRule, examples, type IntentCheck, prose } from '../src/engine/define-rule.js';
import type { Hop } from '../src/model/reach/flow.js';
import type { Subject } from '../src/model/types.js';

/** What the run hands the rule: every intent's result. */
export interface NetworkIntentOptions {
  readonly intents: readonly IntentCheck[];
}

function hopText(h: Hop): string {
  const mark = h.decision === 'pass' ? 'passes' : h.decision === 'block' ? 'blocks' : 'unknown';
  return `${h.hop} ${h.resource} (${mark})`;
}

export default defineRule<'brokenAllow' | 'brokenDeny', NetworkIntentOptions | undefined>({
  id: 'NET501', name: 'network-intent', defaultSeverity: 'error', summary: 'A network intent of the configuration file does not hold: a flow expected to be allowed is denied, or one expected to be denied is allowed.',
  rationale:
    'Every other rule finds one kind of mistake; an intent states what the network is for ("the app reaches the ' +
    'database on 5432", "dev never reaches prod"), and a change that breaks it is the one a reviewer most needs ' +
    'to see. vpclint follows the flow the way AWS handles a packet between two subnets: the source security ' +
    "group's egress, the source subnet's network ACL, the most specific route, the peering connection and " +
    "whether it is accepted, the destination subnet's network ACL and the destination security group, then the " +
    prose`replies to the ephemeral ports back through both network ACLs and over the same connection (security
    groups are stateful, network ACLs are not). A flow expected to be allowed that is denied is broken at the
    first hop that blocks it; a flow expected to be denied that is allowed is broken at the last hop that lets
    it in, usually a security group rule that admits the peer range.`,
  remediation:
    'For an intent that expects allow: apply the fix the finding names at the blocking hop (add the route back ' +
    'over the peering connection, an inbound or outbound network ACL entry for the ports, a security group ' +
    'rule). For one that expects deny: narrow or remove the rule that admits the traffic (the security group ' +
    "rule's CIDR block, the network ACL entry), or the route. If the intent itself is out of date, change it " +
    'in `.vpclint.yml`.',
  references: [
    { title: 'Work with VPC peering connections: update your route tables (Amazon VPC)', url: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html' },
    { title: 'Control subnet traffic with network access control lists (Amazon VPC)', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html' },
    { title: 'Control traffic to your AWS resources using security groups (Amazon VPC)', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html' },
    { title: 'Ephemeral ports (Amazon VPC)', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html' },
  ],
  docs: examples({ tf: { bad: { file: 'positive-hub-spoke.tf', lines: [104, 139] }, good: { file: 'negative-hub-spoke.tf', lines: [85, 134] }, note: 'The intents are in each fixture\'s configuration file (positive-hub-spoke.vpclint.yml: "app reaches spoke B db" on TCP 5432, allow; "ops cannot reach spoke A db" on TCP 5432, deny); the hub subnets app (10.0.1.0/24) and ops (10.0.2.0/24) route to both spokes.' }, cfn: [{ file: 'positive-hub-spoke.cfn.yaml', lines: [103, 135] }, { file: 'negative-hub-spoke.cfn.yaml', lines: [85, 132] }] }),
  messages: {
    brokenAllow:
      prose`Intent "{intent}" expects {flow} from {from} to {to} to be allowed, but it is denied at {hop} {resource}:
      {detail} {fix} Path: {path}.`,
    brokenDeny:
      prose`Intent "{intent}" expects {flow} from {from} to {to} to be denied, but it is allowed: {hop} {resource}
      lets it in ({detail}) Narrow or remove it, or block the flow at another hop. Path: {path}.`,
  },
  check(_model, context) {
    for (const check of context.options?.intents ?? []) {
      const { result, intent, subjects } = check;
      const flow = result.flow;
      if (result.status === 'unknown') {
        const unknownHop = result.path.find((h) => h.decision === 'unknown');
        const subject: Subject = (unknownHop !== undefined ? subjects.get(unknownHop) : undefined) ?? { resource: intent.subject };
        context.unresolved(subject, `intent "${result.name}" (${flow} from ${result.from} to ${result.to}, expected ${result.expect}) cannot be decided: ${result.reasons.map((r) => r.replace(/\.$/, '')).join('; ')}`);
        continue;
      }
      const at = result.brokenAt;
      if (result.status !== 'broken' || at === undefined) continue;
      const subject: Subject = subjects.get(at) ?? { resource: intent.subject };
      const related: (Subject | string)[] = [];
      const seen = new Set<string>([subject.resource.address]);
      for (const h of result.path) {
        if (h === at || seen.has(h.resource)) continue;
        seen.add(h.resource);
        related.push(subjects.get(h) ?? h.resource);
      }
      const data = {
        intent: result.name,
        flow,
        from: result.from,
        to: result.to,
        hop: at.hop,
        resource: at.resource,
        detail: at.detail,
        path: result.path.map(hopText).join(' → '),
      };
      if (intent.expect === 'allow') {
        context.report({ messageId: 'brokenAllow', subject, related, data: { ...data, fix: at.fix ?? 'Let the flow through at this hop.' } });
      } else {
        context.report({ messageId: 'brokenDeny', subject, related, data });
      }
    }
  },
});
