/**
 * Unresolved checks grouped by the unknown value that blocks them. One unknown attribute (a route
 * destination that comes from a variable without a value) usually blocks several checks (NET201,
 * NET202 and NET203 all need the destination); reports show it once, with the checks it blocks,
 * instead of one near-identical line per check.
 *
 * Grouping is structural: checks share an entry when the engine recorded the same unknown value
 * for them (file, resource, attribute path and the value's own reason; see `unknownValueOf` in
 * engine/run-rules.ts),
 * never because their texts look alike. A check without such a value (its reason is about several
 * values, or about something that is not one attribute) is an entry of its own. Presentation over
 * the result's plain data, shared by the reporters (it was engine/unresolved.ts).
 */
import { unknownPhrase } from '../model/describe.js';
import type { SourceLocation } from '../parse/source.js';
import type { UnknownValue, UnresolvedCheck } from '../engine/finding.js';

/** One entry of the unresolved list: an unknown value with the checks it blocks, or one check. */
export interface UnresolvedEntry {
  /** The resource the unknown value belongs to (the check's resource for a check on its own). */
  readonly resource: string;
  /** Where the value (or the check's subject) is written. */
  readonly location: SourceLocation;
  /** The unknown value; absent for a check whose reason is not about one value. */
  readonly value?: UnknownValue;
  /** What is unknown, for a person: `destination_cidr_block is unknown (variable x has no value)`. */
  readonly text: string;
  /** The checks it blocks, by rule ID then resource; one for a check on its own. */
  readonly checks: readonly UnresolvedCheck[];
}

/** `destination_cidr_block is unknown (variable x has no value)` */
export function describeUnknownValue(value: UnknownValue): string {
  return `${value.attribute} is ${unknownPhrase(value.reason)}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareLocation(a: SourceLocation, b: SourceLocation): number {
  return cmp(a.file, b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}

/**
 * The unresolved checks as entries: one per unknown value (with every check it blocks), and one
 * per check that has no single unknown value. Sorted by file, line, resource and first rule ID;
 * entries that tie keep the order of their first check.
 */
export function groupUnresolved(checks: readonly UnresolvedCheck[]): UnresolvedEntry[] {
  // Entries in the order of their first check (the engine's order), so that the stable sort
  // below keeps it for entries at one place.
  const groups: UnresolvedCheck[][] = [];
  const byValue = new Map<string, UnresolvedCheck[]>();
  for (const check of checks) {
    const v = check.value;
    if (v === undefined) {
      groups.push([check]);
      continue;
    }
    const l = v.location;
    const key = JSON.stringify([v.file, v.resource, v.attribute, v.reason, l.file, l.line, l.column ?? 0]);
    const list = byValue.get(key);
    if (list !== undefined) list.push(check);
    else {
      const created = [check];
      byValue.set(key, created);
      groups.push(created);
    }
  }
  const entries = groups.map((list): UnresolvedEntry => {
    const value = list[0]!.value;
    if (value === undefined) return { resource: list[0]!.resource, location: list[0]!.location, text: list[0]!.reason, checks: list };
    const sorted = [...list].sort((a, b) => cmp(a.ruleId, b.ruleId) || cmp(a.resource, b.resource));
    return { resource: value.resource, location: value.location, value, text: describeUnknownValue(value), checks: sorted };
  });
  return entries.sort(
    (a, b) => compareLocation(a.location, b.location) || cmp(a.resource, b.resource) || cmp(a.checks[0]!.ruleId, b.checks[0]!.ruleId),
  );
}

/** `NET201 missing-reverse-route, NET202 transitive-peering-route`: each rule once. */
export function blockedRules(entry: UnresolvedEntry): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const c of entry.checks) {
    if (seen.has(c.ruleId)) continue;
    seen.add(c.ruleId);
    parts.push(`${c.ruleId} ${c.rule}`);
  }
  return parts.join(', ');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The count for summaries: `3 unresolved checks`, or when values block several checks each,
 * `44 unresolved checks blocked by 24 unknowns` (an unknown is one value, or the reason of a check
 * that is not about one value).
 */
export function unresolvedCount(checks: readonly UnresolvedCheck[], entries: readonly UnresolvedEntry[] = groupUnresolved(checks)): string {
  const base = plural(checks.length, 'unresolved check');
  return entries.length === checks.length ? base : `${base} blocked by ${plural(entries.length, 'unknown')}`;
}
