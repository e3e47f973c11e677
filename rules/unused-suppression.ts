// NET002 unused-suppression: a `vpclint:ignore` (or a CloudFormation Metadata ignore entry, or an
// `ignore` entry of the configuration file) that suppresses nothing in this run. A suppression
// outlives the problem it was written for; left in place, it would silently hide the next,
// unrelated finding of the same rule on that resource. The engine (src/engine/suppress.ts)
// reports it after every other rule has run, so `check` has nothing to do: the rule is declared
// here so that it has an ID, a severity the configuration can change, docs and fixtures.
import { defineRule, examples, repoFileUrl, prose } from '../src/engine/define-rule.js';

export default defineRule({
  id: 'NET002', name: 'unused-suppression', defaultSeverity: 'note', summary: 'A suppression matches no finding.',
  rationale:
    prose`A suppression is written for one finding. When the finding is gone (the code was fixed, the resource
    renamed, the rule ID mistyped), the suppression stays behind and would hide the next, unrelated finding of
    that rule on the resource without anyone deciding so. Suppressions for rules that did not run (turned off
    in the configuration, or crashed) are not reported.`,
  remediation:
    prose`Remove the suppression, or correct the rule ID or name in it. A suppression applies to the resource whose
    block it is written on or directly above, and to findings whose \`resource\` is that resource.`,
  references: [
    { title: 'vpclint README: Suppressions', url: repoFileUrl('README.md#suppressions') },
    { title: 'CloudFormation Metadata attribute', url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-metadata.html' },
  ],
  docs: examples({ tf: ['positive-fixed-finding.tf', 'negative-used.tf'], cfn: ['positive-wrong-rule.cfn.yaml', 'negative-used-metadata.cfn.yaml'] }),
  messages: {
    unused:
      prose`The {via} for {rule} on {resource} matches no {rule} finding on it, so it suppresses nothing.
      Remove it, or check the rule and the resource it is written for.`,
  },
  check() {
    // Reported by the engine after every rule has run (src/engine/suppress.ts).
  },
});
