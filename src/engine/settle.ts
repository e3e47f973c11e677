/**
 * The last engine step of a run, after the rules: suppressions (engine/suppress.ts), then the
 * baseline (engine/baseline.ts). What is left are the findings that are reported and decide the
 * exit code; what was taken away is kept, with why, for JSON and SARIF.
 */
import type { SourceResource } from '../parse/source.js';
import type { Baseline } from './baseline.js';
import { applyBaseline } from './baseline.js';
import type { Rule } from './define-rule.js';
import type { BaselineComparison, Finding, Severity } from './finding.js';
import type { RuleRunResult } from './run-rules.js';
import { compareFindings, severityOverride } from './run-rules.js';
import { applySuppressions, utcToday, type ExternalSuppression } from './suppress.js';

export interface SettleOptions {
  readonly resources: readonly SourceResource[];
  /** The rules of this run. */
  readonly rules: readonly Rule[];
  /** Every rule vpclint has. */
  readonly catalogue: readonly Rule[];
  readonly severityOverrides?: ReadonlyMap<string, Severity | 'off'>;
  readonly external?: readonly ExternalSuppression[];
  readonly baseline?: Baseline;
  /** YYYY-MM-DD (UTC); default today. */
  readonly today?: string;
  /** Files linted in this run. */
  readonly files: readonly string[];
}

export interface Settled {
  readonly findings: Finding[];
  readonly suppressed: Finding[];
  readonly baseline?: BaselineComparison;
}

/** Applies the suppressions, then the baseline, to the result of the rules. */
export function settle(run: RuleRunResult, options: SettleOptions): Settled {
  const suppressedRun = applySuppressions(run.findings, run.unresolved, {
    resources: options.resources,
    rules: options.rules,
    catalogue: options.catalogue,
    severityOverrides: options.severityOverrides,
    failedRules: new Set(run.failed),
    external: options.external,
    today: options.today ?? utcToday(),
  });
  if (options.baseline === undefined) return suppressedRun;
  const failed = new Set(run.failed);
  const ranRules = new Set(
    options.rules.filter((r) => severityOverride(r, options.severityOverrides) !== 'off' && !failed.has(r.id)).map((r) => r.id),
  );
  const based = applyBaseline(suppressedRun.findings, options.baseline, { ranRules, files: new Set(options.files) });
  const suppressed = [...suppressedRun.suppressed, ...based.suppressed].sort(compareFindings);
  return { findings: based.findings, suppressed, baseline: based.comparison };
}
