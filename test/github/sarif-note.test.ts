import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rules as allRules } from '../../rules/index.js';
import { sarifOmissionWarning } from '../../src/github/sarif-note.js';
import { renderSarif } from '../../src/report/sarif.js';
import { fakeFinding } from '../report/sample-result.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'vpclint-sarif-note-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, count: number): string {
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
  const file = path.join(dir, name);
  writeFileSync(file, renderSarif({ findings, unresolved: [], errors: [], files: [] }, { toolVersion: '0.1.0', cwd: dir, rules: allRules, color: false }));
  return file;
}

describe('sarifOmissionWarning', () => {
  it('says what a SARIF file over the results limit left out', () => {
    expect(sarifOmissionWarning(write('over.sarif', 25_001))).toBe(
      "vpclint: the SARIF file holds 25,000 of 25,001 findings, to stay within GitHub code scanning's limits (25,000 results per run, 10 MB compressed); " +
        'left out: 1 note (errors are kept first, then warnings, notes and suppressed findings). Every finding is in the text and JSON outputs.',
    );
  });

  it('says nothing for a file that holds every finding, or one that cannot be read', () => {
    expect(sarifOmissionWarning(write('small.sarif', 2))).toBeUndefined();
    expect(sarifOmissionWarning(path.join(dir, 'missing.sarif'))).toBeUndefined();
  });
});
