/**
 * Runs one rule over a model built from fake resources and returns what rule unit tests compare:
 * each finding's resource, messageId, severity, data and related, and each unresolved check.
 */
import { expect } from 'vitest';
import type { Rule } from '../../src/engine/define-rule.js';
import { runRules } from '../../src/engine/run-rules.js';
import { buildModel } from '../../src/model/build.js';
import type { SourceResource } from '../../src/parse/source.js';

export function lintRule(rule: Rule, resources: readonly SourceResource[]) {
  const result = runRules(buildModel(resources), [rule]);
  expect(result.errors).toEqual([]);
  return {
    findings: result.findings.map((f) => ({ resource: f.resource, messageId: f.messageId, severity: f.severity, data: f.data, related: f.related })),
    unresolved: result.unresolved.map((u) => ({ resource: u.resource, reason: u.reason })),
  };
}
