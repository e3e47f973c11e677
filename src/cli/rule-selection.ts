/**
 * Rules chosen on the command line: `--rule ID=SEVERITY` (repeatable), `--only ID[,ID…]` and
 * `--skip ID[,ID…]`, rules named by ID or name. They apply over the configuration file's `rules:`
 * severities, in this order: the file, then `--only` (every rule not listed is off, except the
 * suppression checks NET002–NET004, which only speak about suppressions of rules that run), then
 * `--skip` (off), then `--rule` (the last one given for a rule wins).
 */
import type { Rule } from '../engine/define-rule.js';
import { SEVERITIES, type Severity } from '../engine/finding.js';
import { EXPIRED_SUPPRESSION, INVALID_SUPPRESSION, UNUSED_SUPPRESSION } from '../engine/suppress.js';
import { UsageError } from '../errors.js';
import { findRule } from './rule-docs.js';

/** The rules `--only` leaves on: they report on the suppressions of the rules that run. */
export const SUPPRESSION_RULES: readonly string[] = [UNUSED_SUPPRESSION, EXPIRED_SUPPRESSION, INVALID_SUPPRESSION];

export interface RuleFlags {
  /** `--rule` values, in order. */
  readonly rule: readonly string[];
  /** `--only` values (each a comma-separated list). */
  readonly only: readonly string[];
  /** `--skip` values (each a comma-separated list). */
  readonly skip: readonly string[];
}

export type SeverityChoice = Severity | 'off';

export interface RuleSelection {
  /** Severities by rule ID: the configuration's, with the command line's over them. */
  readonly severities: ReadonlyMap<string, SeverityChoice>;
  /** The flag that set each rule's severity, for the rules the command line set. */
  readonly setBy: ReadonlyMap<string, string>;
}

export function hasRuleFlags(flags: RuleFlags): boolean {
  return flags.rule.length > 0 || flags.only.length > 0 || flags.skip.length > 0;
}

function ruleList(values: readonly string[], rules: readonly Rule[], flag: string): Rule[] {
  const out: Rule[] = [];
  for (const value of values) {
    const names = value.split(',').map((n) => n.trim());
    if (names.some((n) => n === '')) throw new UsageError(`${flag} needs rule IDs or names separated by commas, not "${value}"`, { hint: `for example ${flag} NET101,open-ingress` });
    for (const name of names) {
      const rule = findRule(name, rules, flag);
      if (!out.includes(rule)) out.push(rule);
    }
  }
  return out;
}

/** Applies the rule flags over the configuration's severities (by rule ID). Throws UsageError. */
export function selectRules(flags: RuleFlags, rules: readonly Rule[], configured: ReadonlyMap<string, SeverityChoice> | undefined): RuleSelection {
  const severities = new Map<string, SeverityChoice>(configured ?? []);
  const setBy = new Map<string, string>();
  const only = ruleList(flags.only, rules, '--only');
  const skip = ruleList(flags.skip, rules, '--skip');
  const both = only.find((r) => skip.includes(r));
  if (both !== undefined) throw new UsageError(`${both.id} ${both.name} is in both --only and --skip`);
  if (only.length > 0) {
    for (const rule of rules) {
      if (only.includes(rule)) {
        // Named in --only: it runs, at the configured severity unless the file turned it off.
        if (severities.get(rule.id) === 'off') severities.delete(rule.id);
        setBy.set(rule.id, '--only');
      } else if (!SUPPRESSION_RULES.includes(rule.id)) {
        severities.set(rule.id, 'off');
        setBy.set(rule.id, '--only');
      }
    }
  }
  for (const rule of skip) {
    severities.set(rule.id, 'off');
    setBy.set(rule.id, '--skip');
  }
  for (const value of flags.rule) {
    const eq = value.lastIndexOf('=');
    const level = eq === -1 ? '' : value.slice(eq + 1).trim().toLowerCase();
    if (eq === -1 || !([...SEVERITIES, 'off'] as string[]).includes(level)) {
      throw new UsageError(`--rule needs ID=SEVERITY with a severity of error, warning, note or off, not "${value}"`, { hint: 'for example --rule NET401=off or --rule open-ingress=warning' });
    }
    const rule = findRule(value.slice(0, eq), rules, '--rule');
    if (skip.includes(rule) && level !== 'off') throw new UsageError(`--rule ${value}: ${rule.id} ${rule.name} is also in --skip`);
    severities.set(rule.id, level as SeverityChoice);
    setBy.set(rule.id, '--rule');
  }
  return { severities, setBy };
}
