// NET003 expired-suppression: a suppression whose `expires` date has passed. Teams accept a
// finding for a while (a migration, a partner's deadline) and give the acceptance an end date;
// after it, the suppressed finding is reported again, and this note says why it came back. The
// engine (src/engine/suppress.ts) reports it after every other rule has run, judging the date in
// UTC, so `check` has nothing to do.
import { defineRule, examples, repoFileUrl, prose } from '../src/engine/define-rule.js';

export default defineRule({
  id: 'NET003', name: 'expired-suppression', defaultSeverity: 'note', summary: 'A suppression has expired, so the finding it suppressed is reported again.',
  rationale:
    prose`An expiry date turns "accepted for now" into a deadline. Past it (the date is the last day the suppression
    holds, in UTC), the suppression stops suppressing and the finding fails the run again as its own severity
    says; this note names the suppression so the finding does not look like a new problem.`,
  remediation:
    prose`Fix the finding and remove the suppression, or, if the exception is still accepted, give it a new expires
    date (and an up-to-date reason).`,
  references: [
    { title: 'vpclint README: Suppressions', url: repoFileUrl('README.md#suppressions') },
    { title: 'CloudFormation Metadata attribute', url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-metadata.html' },
  ],
  docs: examples({ tf: ['positive-expired.tf', 'negative-not-expired.tf'], cfn: ['positive-expired.cfn.yaml', 'negative-no-expiry.cfn.yaml'] }),
  messages: {
    expired:
      prose`The {via} for {rule} on {resource} expired on {expires} (reason: {reason}), so its finding is
      reported again. Fix the finding, or renew the suppression with a later expires date.`,
  },
  check() {
    // Reported by the engine after every rule has run (src/engine/suppress.ts).
  },
});
