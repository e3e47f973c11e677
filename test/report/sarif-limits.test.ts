/**
 * SARIF within GitHub code scanning's upload limits ("SARIF support for code scanning"): at most
 * 25,000 results per run, 1,000 locations per result, 20 runs per file, 25,000 rules per run, 20
 * tags per rule, 10 MB gzip-compressed. A file over any of them is rejected whole, so vpclint leaves
 * results out, the lowest first, and says which. The findings are generated here, in memory.
 */
import { describe, expect, it } from 'vitest';
import { rules as allRules } from '../../rules/index.js';
import type { Finding, LintResult, Severity } from '../../src/engine/finding.js';
import { OMITTED_NOTIFICATION, omittedResults, renderSarif } from '../../src/report/sarif.js';
import type { ReportContext } from '../../src/report/types.js';
import { fakeFinding, fakeResource, relatedTo } from './sample-result.js';
import { codeScanningProblems } from '../helpers/sarif.js';

type Json = Record<string, any>;

const ctx: ReportContext = { toolVersion: '0.1.0', cwd: '/work', rules: allRules, color: false };

function finding(n: number, severity: Severity, message = `finding ${n}`): Finding {
  return fakeFinding({
    ruleId: 'NET401',
    ruleName: 'open-ingress',
    severity,
    message,
    resource: `aws_security_group_rule.r${n}`,
    type: 'aws_security_group_rule',
    location: { file: `sg/${n % 50}.plan.json`, line: 1 + (n % 900), column: 3 },
    fingerprint: `fp${n}`,
  });
}

/** Valid, and within code scanning's limits (test/helpers/sarif.ts). */
function expectWithinLimits(text: string): void {
  expect(codeScanningProblems(text)).toEqual([]);
}

describe('SARIF over code scanning limits', () => {
  it('50,000 findings: keeps 25,000 (errors first, then warnings, then notes, suppressed last) and says what it left out', () => {
    // In the order the engine might emit them: notes and warnings before some errors.
    const findings: Finding[] = [];
    for (let n = 0; n < 45_000; n += 1) findings.push(finding(n, n % 45 < 12 ? 'error' : n % 45 < 20 ? 'warning' : 'note'));
    const suppressed = Array.from({ length: 5_000 }, (_, i) => ({
      ...finding(45_000 + i, 'error'),
      suppression: { kind: 'external' as const, via: 'baseline' as const, reason: 'vpclint-baseline.json' },
    }));
    // One finding about more resources than a result may hold related locations.
    const many = Array.from({ length: 1_500 }, (_, i) => ({ resource: fakeResource(`aws_vpc.v${i}`, 'aws_vpc', { file: 'vpcs.plan.json', line: i + 1 }) }));
    findings[0] = { ...findings[0]!, ...relatedTo(...many.map((s) => s.resource)) };
    const result: LintResult = { findings, suppressed, unresolved: [], errors: [], files: [] };
    expect(findings.filter((f) => f.severity === 'error')).toHaveLength(12_000);
    expect(findings.filter((f) => f.severity === 'warning')).toHaveLength(8_000);

    const text = renderSarif(result, ctx);
    const log = JSON.parse(text);
    expectWithinLimits(text);
    const run = log.runs[0];
    const levels = (level: string) => run.results.filter((r: Json) => r.level === level && r.suppressions === undefined).length;
    expect([levels('error'), levels('warning'), levels('note')]).toEqual([12_000, 8_000, 5_000]);
    expect(run.results.filter((r: Json) => r.suppressions !== undefined)).toEqual([]);
    // The results kept stay in the engine's order: the first 5,000 notes, not any 5,000.
    const kept = run.results.map((r: Json) => Number(r.partialFingerprints['vpclintFingerprint/v1'].slice(2)));
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
    const notes = run.results.filter((r: Json) => r.level === 'note').map((r: Json) => r.message.text);
    expect(notes.at(-1)).toBe(findings.filter((f) => f.severity === 'note')[4_999]!.message);
    expect(run.results[0].relatedLocations).toHaveLength(1_000);
    expect(run.results[0].relatedLocations.at(-1).message.text).toBe('aws_vpc.v999');

    const omitted = { total: 50_000, kept: 25_000, error: 0, warning: 0, note: 20_000, suppressed: 5_000, relatedLocationsCut: 1 };
    expect(run.properties).toEqual({ omittedResults: omitted });
    expect(omittedResults(log)).toEqual(omitted);
    expect(run.invocations[0].toolExecutionNotifications).toEqual([
      {
        level: 'warning',
        message: {
          text:
            "vpclint: the SARIF file holds 25,000 of 50,000 findings, to stay within GitHub code scanning's limits (25,000 results per run, 10 MB compressed); " +
            'left out: 20,000 notes, 5,000 suppressed findings (errors are kept first, then warnings, notes and suppressed findings); ' +
            '1 result keeps only the first 1,000 related locations. Every finding is in the text and JSON outputs.',
        },
        descriptor: { id: OMITTED_NOTIFICATION },
      },
    ]);
  });

  it('more than 25,000 errors: the errors past the limit are left out, and counted', () => {
    const findings = Array.from({ length: 25_003 }, (_, n) => finding(n, n < 3 ? 'warning' : 'error'));
    const text = renderSarif({ findings, unresolved: [], errors: [], files: [] }, ctx);
    expectWithinLimits(text);
    const log = JSON.parse(text);
    expect(log.runs[0].results).toHaveLength(25_000);
    expect(log.runs[0].results.every((r: Json) => r.level === 'error')).toBe(true);
    expect(log.runs[0].properties.omittedResults).toEqual({ total: 25_003, kept: 25_000, error: 0, warning: 3, note: 0, suppressed: 0, relatedLocationsCut: 0 });
  });

  it('a file over 10 MB compressed: fewer results, the lowest left out, until it fits', () => {
    // Messages that do not compress: 3,000 results of 8 KB of pseudo-random text are ~12 MB gzipped.
    let seed = 1;
    const noise = (length: number) => {
      let s = '';
      while (s.length < length) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        s += seed.toString(36);
      }
      return s.slice(0, length);
    };
    const findings = Array.from({ length: 3_000 }, (_, n) => finding(n, n % 2 === 0 ? 'note' : 'error', noise(8_192)));
    const text = renderSarif({ findings, unresolved: [], errors: [], files: [] }, ctx);
    const log = JSON.parse(text);
    expectWithinLimits(text);
    const o = omittedResults(log)!;
    expect(o.kept).toBe(log.runs[0].results.length);
    expect(o.kept).toBeLessThan(3_000);
    // All 1,500 errors fit: only notes were left out.
    expect(o).toEqual({ total: 3_000, kept: o.kept, error: 0, warning: 0, note: 3_000 - o.kept, suppressed: 0, relatedLocationsCut: 0 });
    expect(log.runs[0].results.filter((r: Json) => r.level === 'error')).toHaveLength(1_500);
  });

  it('within the limits, the file has no omission note or property', () => {
    const text = renderSarif({ findings: [finding(1, 'error')], unresolved: [], errors: [], files: [] }, ctx);
    expectWithinLimits(text);
    const log = JSON.parse(text);
    expect(log.runs[0].properties).toBeUndefined();
    expect(log.runs[0].invocations[0].toolExecutionNotifications).toBeUndefined();
  });
});
