/**
 * A table of cases for one rule, in the manner of ESLint's RuleTester: each case becomes one `it`,
 * which lints the case's fake resources with the rule alone (lintRule) and compares the result.
 *
 *     new RuleTester({ fields: ['resource', 'messageId', 'data'] }).run(rule, {
 *       valid: [{ name: 'peers in RFC 1918', input: () => [tfVpc('a', '10.1.0.0/16'), ...] }],
 *       invalid: [{ name: 'an accepter at 100.64.0.0/16', input: () => [...], findings: [outside('aws_vpc.b', ...)] }],
 *     });
 *
 * A valid case expects no finding, an invalid case exactly `findings` (in order, each with the
 * fields the tester compares); either compares the unresolved checks only when it lists them.
 * `input` may be a function, so that each case builds its resources inside its own test.
 */
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/engine/define-rule.js';
import type { SourceResource } from '../../src/parse/source.js';
import { lintRule, type FindingField, type LintedRule, type LintRuleOptions } from './lint-rule.js';

type Input = readonly SourceResource[] | (() => readonly SourceResource[]);

export interface ValidCase {
  /** The test's name. */
  readonly name: string;
  readonly input: Input;
  /** The unresolved checks expected; not compared when absent. */
  readonly unresolved?: LintedRule['unresolved'];
}

export interface InvalidCase<K extends FindingField = FindingField> extends ValidCase {
  /** The findings expected, in the order the rule reports them (or the tester's `order`), each with the fields compared. */
  readonly findings: readonly Readonly<Record<K, unknown>>[];
}

export interface RuleTests<K extends FindingField = FindingField> {
  readonly valid?: readonly ValidCase[];
  readonly invalid?: readonly InvalidCase<K>[];
}

/** Runs tables of cases; its options (the fields compared, the order of findings) hold for every table. */
export class RuleTester<K extends FindingField = FindingField> {
  constructor(private readonly options: LintRuleOptions<K> = {}) {}

  /** Lints one case's input with `rule` as the cases are linted (for checks a table cannot express). */
  lint(rule: Rule, input: Input): LintedRule<K> {
    return lintRule(rule, typeof input === 'function' ? input() : input, this.options);
  }

  /** One `it` per case: the valid cases in one `describe`, the invalid ones in another. */
  run(rule: Rule, tests: RuleTests<K>): void {
    const check = (c: ValidCase, findings: readonly Readonly<Record<K, unknown>>[]) => {
      const result = this.lint(rule, c.input);
      expect(result.findings).toEqual(findings);
      if (c.unresolved !== undefined) expect(result.unresolved).toEqual(c.unresolved);
    };
    const valid = tests.valid ?? [];
    const invalid = tests.invalid ?? [];
    if (valid.length > 0) {
      describe(`${rule.name}: valid`, () => {
        it.each(valid.map((c) => [c.name, c] as const))('%s', (_, c) => check(c, []));
      });
    }
    if (invalid.length > 0) {
      describe(`${rule.name}: invalid`, () => {
        it.each(invalid.map((c) => [c.name, c] as const))('%s', (_, c) => check(c, c.findings));
      });
    }
  }
}
