/**
 * Runs one rule over a model built from fake resources and returns what rule unit tests compare:
 * each finding's resource, messageId, severity, data and related, and each unresolved check
 * (resource and reason). A test that compares fewer of a finding's fields names them in
 * `fields`; one whose rule reports several findings at one place orders them with `order`.
 *
 * new RuleTester().run(rule, { valid, invalid }) (test/helpers/rule-tester.ts) writes one test per case
 * on top of it.
 */
import { expect } from 'vitest';
import type { Rule } from '../../src/engine/define-rule.js';
import type { Finding } from '../../src/engine/finding.js';
import { runRules } from '../../src/engine/run-rules.js';
import { buildModel } from '../../src/model/build.js';
import type { SourceResource } from '../../src/parse/source.js';

/** The fields of a finding a rule test can compare. */
export type FindingField = 'resource' | 'messageId' | 'severity' | 'data' | 'related';

export const ALL_FINDING_FIELDS: readonly FindingField[] = ['resource', 'messageId', 'severity', 'data', 'related'];

export interface LintRuleOptions<K extends FindingField = FindingField> {
  /** The fields of each finding to return; all five by default. */
  readonly fields?: readonly K[];
  /** Orders the findings before they are returned (the engine's order by default). */
  readonly order?: (a: Finding, b: Finding) => number;
}

/** A finding as a rule test compares it: the chosen fields only. */
export type LintedFinding<K extends FindingField = FindingField> = Pick<Finding, K>;

export interface LintedRule<K extends FindingField = FindingField> {
  readonly findings: LintedFinding<K>[];
  readonly unresolved: { resource: string; reason: string }[];
}

/** Runs `rule` alone over `resources`; fails the test if the rule throws. */
export function lintRule<K extends FindingField = FindingField>(
  rule: Rule,
  resources: readonly SourceResource[],
  options: LintRuleOptions<K> = {},
): LintedRule<K> {
  const result = runRules(buildModel(resources), [rule]);
  expect(result.errors).toEqual([]);
  const fields: readonly FindingField[] = options.fields ?? ALL_FINDING_FIELDS;
  const findings = options.order === undefined ? result.findings : [...result.findings].sort(options.order);
  return {
    findings: findings.map((f) => Object.fromEntries(fields.map((field) => [field, f[field]])) as LintedFinding<K>),
    unresolved: result.unresolved.map((u) => ({ resource: u.resource, reason: u.reason })),
  };
}
