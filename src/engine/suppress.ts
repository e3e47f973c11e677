/**
 * Suppressions: findings a team has decided to live with, written next to the code
 * (`# vpclint:ignore NET401 reason="public ALB" expires=2027-03-31` on or directly above a
 * Terraform block or a CloudFormation logical ID, or CloudFormation `Metadata: { vpclint: {
 * ignore: [...] } }`) or in the configuration file's `ignore` list. A suppressed finding moves
 * from the findings to `suppressed` (JSON and SARIF still list it); the suppression itself is
 * checked, and what is wrong with it becomes a finding of the tool's own rules: NET002 (it
 * matches nothing), NET003 (it has expired, so its finding is back) and NET004 (no reason, an
 * unknown rule, a bad date or bad syntax: it suppresses nothing).
 *
 * Comments are found by the readers of the formats that have them (`.tf`, CloudFormation YAML),
 * which hand them over with each resource (`suppressionComments()`, parse/suppression-comments.ts);
 * this reads and checks their directives, and reads no file. Plan JSON has no comments, so plan
 * findings are suppressed through the configuration file or the baseline.
 */
import type { SourceLocation, SourceResource, SuppressionDirective } from '../parse/source.js';
import { parseDirective, type ParsedDirective } from '../parse/suppression-comments.js';
import type { Rule } from './define-rule.js';
import type { Finding, FindingSuppression, Severity, UnresolvedCheck } from './finding.js';
import { compareFindings, severityOverride, toFinding } from './run-rules.js';

/** The tool's own rule IDs for problems with suppressions (rules/*-suppression.ts). */
export const UNUSED_SUPPRESSION = 'NET002';
export const EXPIRED_SUPPRESSION = 'NET003';
export const INVALID_SUPPRESSION = 'NET004';
const DIAGNOSTIC_RULES: ReadonlySet<string> = new Set([UNUSED_SUPPRESSION, EXPIRED_SUPPRESSION, INVALID_SUPPRESSION]);

/** An `ignore` entry of the configuration file (checked when it loads: known rules, a reason, a date). */
export interface ExternalSuppression {
  /** Rule IDs (`NET401`). */
  readonly rules: readonly string[];
  /** The resource address the entry is for; `*` matches any characters. */
  readonly resource: string;
  readonly reason: string;
  /** The last day it holds (YYYY-MM-DD, UTC). */
  readonly expires?: string;
  /** Where the entry is written. */
  readonly location: SourceLocation;
  /** A stand-in resource located at the entry: the subject of NET002/NET003 findings about it. */
  readonly subject: SourceResource;
}

export interface SuppressOptions {
  /** Every source resource of the run, with the suppressions its reader found. */
  readonly resources: readonly SourceResource[];
  /** The rules of this run (diagnostics are reported only when their rule is among them). */
  readonly rules: readonly Rule[];
  /** Every rule vpclint has (a directive naming another rule is invalid). */
  readonly catalogue: readonly Rule[];
  readonly severityOverrides?: ReadonlyMap<string, Severity | 'off'>;
  /** IDs of rules that crashed in this run: their suppressions are not judged unused. */
  readonly failedRules?: ReadonlySet<string>;
  /** The configuration file's `ignore` entries. */
  readonly external?: readonly ExternalSuppression[];
  /** The day expiry dates are judged against, YYYY-MM-DD (UTC). */
  readonly today: string;
}

export interface SuppressResult {
  /** Findings still reported, with the suppression diagnostics, sorted. */
  readonly findings: Finding[];
  /** Findings a suppression hides, each with its `suppression`, sorted. */
  readonly suppressed: Finding[];
}

// ---- checking and applying

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Is `text` a real calendar date written YYYY-MM-DD? */
export function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The expiry is the last day a suppression holds: it has expired once today is later. */
export function isExpired(expires: string | undefined, today: string): boolean {
  return expires !== undefined && today > expires;
}

/** Today as YYYY-MM-DD in UTC. */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** One directive found on a resource, checked. */
interface Checked {
  /** Where it is written: the identity shared by every instance of one block. */
  readonly key: string;
  readonly via: 'comment' | 'metadata' | 'config';
  /** The first resource it was found on (instances of a block share it). */
  readonly resource: SourceResource;
  readonly location: SourceLocation;
  /** Rule IDs it suppresses; empty when it is invalid. */
  readonly ruleIds: readonly string[];
  readonly reason: string;
  readonly expires?: string;
  /** For config entries: the address pattern; undefined for directives on a resource. */
  readonly pattern?: RegExp;
  readonly label: string;
}

const VIA_TEXT: Readonly<Record<Checked['via'], string>> = {
  comment: 'vpclint:ignore comment',
  metadata: 'Metadata ignore entry',
  config: 'ignore entry',
};

/** `aws_security_group_rule.*` as an anchored expression: `*` matches anything, the rest is literal. */
export function addressPattern(glob: string): RegExp {
  return new RegExp(`^${glob.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

/**
 * Applies the suppressions of a run to its findings: moves suppressed findings to `suppressed`,
 * and adds NET002/NET003/NET004 findings about the suppressions themselves (only for those of
 * the three rules that are in the run and not turned off). Unresolved checks are never hidden, but
 * a suppression whose rule left an unresolved check on its resource is not reported as unused:
 * the finding may well appear once the value is known.
 */
export function applySuppressions(
  findings: readonly Finding[],
  unresolved: readonly UnresolvedCheck[],
  options: SuppressOptions,
): SuppressResult {
  const byIdOrName = new Map<string, Rule>();
  for (const r of options.catalogue) {
    byIdOrName.set(r.id.toUpperCase(), r);
    byIdOrName.set(r.name, r);
  }
  const resolve = (name: string): Rule | undefined => byIdOrName.get(name) ?? byIdOrName.get(name.toUpperCase());
  const runRule = new Map<string, { rule: Rule; override: Severity | undefined }>();
  for (const rule of options.rules) {
    const override = severityOverride(rule, options.severityOverrides);
    if (override !== 'off') runRule.set(rule.id, { rule, override });
  }
  const diagnostics: Finding[] = [];
  const diagnose = (ruleId: string, messageId: string, subject: SourceResource, location: SourceLocation, data: Record<string, string>): void => {
    const run = runRule.get(ruleId);
    if (run === undefined) return;
    diagnostics.push(toFinding(run.rule, { messageId, subject: { resource: subject }, data }, run.override, location));
  };

  // Directives by resource; each one checked once, however many instances share it.
  const checked = new Map<string, Checked>();
  const onResource = new Map<SourceResource, Checked[]>();
  const check = (r: SourceResource, d: SuppressionDirective | (ParsedDirective & { location: SourceLocation }), via: 'comment' | 'metadata'): Checked => {
    const key = `${d.location.file}:${d.location.line}:${d.location.column ?? 0}:${via}`;
    const seen = checked.get(key);
    if (seen !== undefined) return seen;
    const base = { key, via, resource: r, location: d.location, reason: d.reason?.trim() ?? '', label: r.address };
    const data = { via: VIA_TEXT[via], resource: r.address };
    const invalid = (messageId: string, extra: Record<string, string>): void =>
      diagnose(INVALID_SUPPRESSION, messageId, r, d.location, { ...data, ...extra });
    let ruleIds: string[] = [];
    if (d.problem !== undefined) {
      invalid('malformed', { problem: d.problem });
    } else {
      const known: string[] = [];
      let unknownRules = 0;
      for (const name of d.rules) {
        const rule = resolve(name);
        if (rule === undefined) {
          unknownRules += 1;
          invalid('unknownRule', { rule: name });
        } else if (!known.includes(rule.id)) {
          known.push(rule.id);
        }
      }
      const rules = known.length > 0 ? known.join(', ') : d.rules.join(', ');
      const goodDate = d.expires === undefined || isDate(d.expires);
      if (base.reason === '') invalid('missingReason', { rule: rules });
      if (!goodDate) invalid('badExpiry', { rule: rules, expires: d.expires ?? '' });
      if (unknownRules === 0 && base.reason !== '' && goodDate) ruleIds = known;
    }
    const result: Checked = { ...base, ruleIds, ...(d.expires === undefined ? {} : { expires: d.expires }) };
    checked.set(key, result);
    return result;
  };

  // Indexed (CONTRIBUTING.md, Performance).
  const resources = options.resources;
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i] as SourceResource;
    // A resource with neither (a plan's) has no directives: no list is made for the tens of thousands of a big plan.
    if (r.suppressions === undefined && r.suppressionComments === undefined) continue;
    const list: Checked[] = [];
    for (const d of r.suppressions?.() ?? []) list.push(check(r, d, 'metadata'));
    for (const c of r.suppressionComments?.() ?? []) {
      const d = parseDirective(c.text);
      if (d !== undefined) list.push(check(r, { ...d, location: c.location }, 'comment'));
    }
    if (list.length > 0) onResource.set(r, list);
  }
  const external: Checked[] = (options.external ?? []).map((e, i) => ({
    key: `config:${i}`,
    via: 'config',
    resource: e.subject,
    location: e.location,
    ruleIds: e.rules,
    reason: e.reason,
    ...(e.expires === undefined ? {} : { expires: e.expires }),
    pattern: addressPattern(e.resource),
    label: e.resource,
  }));

  const used = new Set<string>();
  const expiredUse = new Set<string>();
  const active: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of findings) {
    const candidates = [...(onResource.get(f.subject.resource) ?? []), ...external.filter((e) => e.pattern?.test(f.resource) === true)];
    let by: Checked | undefined;
    for (const c of candidates) {
      if (!c.ruleIds.includes(f.ruleId)) continue;
      if (isExpired(c.expires, options.today)) {
        expiredUse.add(`${c.key}\u0000${f.ruleId}`);
        continue;
      }
      used.add(`${c.key}\u0000${f.ruleId}`);
      by ??= c;
    }
    if (by === undefined) {
      active.push(f);
      continue;
    }
    const suppression: FindingSuppression = {
      kind: by.via === 'config' ? 'external' : 'inSource',
      via: by.via,
      reason: by.reason,
      ...(by.expires === undefined ? {} : { expires: by.expires }),
      location: by.location,
    };
    suppressed.push({ ...f, suppression });
  }

  // Unused and expired suppressions.
  // Made only when there is a suppression to judge: a run without any has thousands of unresolved checks.
  let undecided: Set<string> | undefined;
  const seen = new Set<string>();
  for (const c of [...checked.values(), ...external]) {
    if (seen.has(c.key)) continue;
    seen.add(c.key);
    for (const ruleId of c.ruleIds) {
      const key = `${c.key}\u0000${ruleId}`;
      if (used.has(key)) continue;
      const data = { via: VIA_TEXT[c.via], rule: ruleId, resource: c.label };
      if (expiredUse.has(key)) {
        diagnose(EXPIRED_SUPPRESSION, 'expired', c.resource, c.location, { ...data, expires: c.expires ?? '', reason: c.reason });
        continue;
      }
      // A rule that did not run (off, not selected, crashed) says nothing about its suppressions.
      if (!runRule.has(ruleId) || options.failedRules?.has(ruleId) === true || DIAGNOSTIC_RULES.has(ruleId)) continue;
      const undecidedHere =
        c.pattern === undefined
          ? (undecided ??= new Set(unresolved.map((u) => `${u.ruleId}\u0000${u.resource}`))).has(`${ruleId}\u0000${c.resource.address}`)
          : unresolved.some((u) => u.ruleId === ruleId && c.pattern?.test(u.resource) === true);
      if (undecidedHere) continue;
      diagnose(UNUSED_SUPPRESSION, 'unused', c.resource, c.location, data);
    }
  }

  const all = [...active, ...dedupe(diagnostics)];
  all.sort(compareFindings);
  suppressed.sort(compareFindings);
  return { findings: all, suppressed };
}

/** One diagnostic per fingerprint (two instances of one block give the same one). */
function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => !seen.has(f.fingerprint) && (seen.add(f.fingerprint), true));
}
