import { describe, expect, it } from 'vitest';
import { rules as allRules } from '../../rules/index.js';
import { omissionWarning, renderSarif } from '../../src/report/sarif.js';
import { fakeFinding } from './sample-result.js';

/** The SARIF text of `count` findings (the first a note, the others errors). */
function sarifOf(count: number): string {
  const findings = Array.from({ length: count }, (_, n) =>
    fakeFinding({
      ruleId: 'NET401',
      ruleName: 'open-ingress',
      severity: n === 0 ? 'note' : 'error',
      message: `m${n}`,
      resource: `aws_security_group_rule.r${n}`,
      type: 'aws_security_group_rule',
      location: { file: 'sg.plan.json', line: 1 },
      fingerprint: `fp${n}`,
    }),
  );
  return renderSarif({ findings, unresolved: [], errors: [], files: [] }, { toolVersion: '0.1.0', cwd: '/work', rules: allRules, color: false });
}

describe('omissionWarning', () => {
  it('says what a SARIF file over the results limit left out', () => {
    expect(omissionWarning(sarifOf(25_001))).toBe(
      "vpclint: the SARIF file holds 25,000 of 25,001 findings, to stay within GitHub code scanning's limits (25,000 results per run, 10 MB compressed); " +
        'left out: 1 note (errors are kept first, then warnings, notes and suppressed findings). Every finding is in the text and JSON outputs.',
    );
  });

  it('says nothing for a log that holds every finding, or text that is not JSON', () => {
    expect(omissionWarning(sarifOf(2))).toBeUndefined();
    expect(omissionWarning('{ not json')).toBeUndefined();
  });
});
