// NET004 invalid-suppression: a `vpclint:ignore` comment or a CloudFormation Metadata ignore entry
// that cannot be honoured: it gives no reason, names no rule or a rule vpclint does not have, has
// an expiry that is not a date, or cannot be read. Such a suppression suppresses nothing (the
// finding it was meant for is reported), and this finding says what to correct. A reason is
// required so that every accepted risk says why it is accepted. The configuration file's `ignore`
// entries are checked when it loads instead (a configuration error). The engine
// (src/engine/suppress.ts) reports it, so `check` has nothing to do.
import { defineRule, examples, repoFileUrl, prose } from '../src/engine/define-rule.js';

export default defineRule({
  id: 'NET004', name: 'invalid-suppression', defaultSeverity: 'warning', summary: 'A suppression in the source cannot be honoured: no reason, an unknown rule, a bad date, or bad syntax.',
  rationale:
    prose`A suppression hides a finding, so it must say which rule it is for and why the finding is acceptable. One
    without a reason, naming a rule that does not exist, or with an expiry that is not a date suppresses
    nothing: the finding it was meant for is still reported, and this warning explains why.`,
  remediation:
    prose`Write the suppression as \`# vpclint:ignore NET401 reason="public load balancer" expires=2027-03-31\` (also
    with \`//\` in Terraform): one or more rule IDs or names separated by commas, a non-empty reason, and
    optionally the last day it holds as YYYY-MM-DD. In CloudFormation Metadata: \`vpclint: { ignore: [ { id:
    NET401, reason: ..., expires: ... } ] }\`.`,
  references: [
    { title: 'vpclint README: Suppressions', url: repoFileUrl('README.md#suppressions') },
    { title: 'CloudFormation Metadata attribute', url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-metadata.html' },
  ],
  docs: examples({ tf: ['positive-bad-expiry.tf', 'negative-valid.tf'], cfn: ['positive-metadata-no-reason.cfn.yaml', 'negative-valid-metadata.cfn.yaml'] }),
  messages: {
    missingReason:
      prose`The {via} for {rule} on {resource} gives no reason, so it suppresses nothing. Say why the
      finding is acceptable: reason="...".`,
    unknownRule:
      prose`The {via} on {resource} names {rule}, which is not a vpclint rule, so it suppresses nothing.
      Use a rule ID (NET401) or name (open-ingress).`,
    badExpiry:
      prose`The {via} for {rule} on {resource} has expires={expires}, which is not a date (YYYY-MM-DD), so
      it suppresses nothing. Write the last day the suppression holds, such as 2027-03-31.`,
    malformed:
      prose`The {via} on {resource} cannot be read ({problem}), so it suppresses nothing. Write it as
      vpclint:ignore NET401 reason="..." expires=YYYY-MM-DD.`,
  },
  check() {
    // Reported by the engine after every rule has run (src/engine/suppress.ts).
  },
});
