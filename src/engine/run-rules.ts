/**
 * Runs every rule in isolation over one model and turns their hits into located, fingerprinted
 * findings. A rule that throws is contained: it becomes a tool error naming the rule (the run's
 * results are then incomplete, exit 2) and the other rules still run.
 */
import { createHash } from 'node:crypto';
import { pathText } from '../model/describe.js';
import type { SourceLocation, SourceResource } from '../parse/source.js';
import type { NetworkModel, Subject } from '../model/types.js';
import { formatMessage, type Rule, type RuleHit, type UnknownCause } from './define-rule.js';
import type { Finding, RelatedLocation, Severity, UnknownValue, UnresolvedCheck } from './finding.js';
import type { ToolError } from '../errors.js';
import { fixContext, renderFix, type FixContext } from './fix.js';

export interface RuleRunResult {
  readonly findings: Finding[];
  readonly unresolved: UnresolvedCheck[];
  readonly errors: ToolError[];
  /** IDs of the rules that threw (their findings are missing). */
  readonly failed: string[];
}

export interface RunRulesOptions {
  /** Per-rule severity from config (by id or name); `off` skips the rule. */
  readonly severityOverrides?: ReadonlyMap<string, Severity | 'off'>;
  /** Per-rule options by rule id, defaults already merged (config/load.ts); absent: the defaults. */
  readonly ruleOptions?: ReadonlyMap<string, unknown>;
  /**
   * The text of a file the readers read (an input, a local module, a plan's `.tf` source; by
   * display path), for writing fixes where they go; without it fixes have no edits for files. A
   * lookup in what was read: the engine reads no file.
   */
  readonly textOf?: (file: string) => string | undefined;
}

/** The severity the configuration gives a rule (by id, else by name), or undefined. */
export function severityOverride(rule: Rule, overrides: ReadonlyMap<string, Severity | 'off'> | undefined): Severity | 'off' | undefined {
  return overrides?.get(rule.id) ?? overrides?.get(rule.name);
}

/**
 * A rule's hit as a located, fingerprinted finding. `override` is the configured severity (it
 * wins over the hit's own); `location` replaces the subject's (a diagnostic about a comment).
 */
export function toFinding(
  rule: Rule,
  hit: RuleHit<string>,
  override?: Severity,
  location?: SourceLocation,
  fixes: FixContext = NO_FILES,
): Finding {
  const template = rule.messages[hit.messageId];
  if (template === undefined) throw new Error(`unknown messageId "${hit.messageId}"`);
  const data: Record<string, string> = {};
  for (const [k, v] of Object.entries(hit.data)) data[k] = String(v);
  const related = hit.related ?? [];
  const relatedSubjects = related.filter(isSubject);
  const fix = hit.fix === undefined ? undefined : renderFix(hit.fix, fixes);
  // A plan resource located in its `.tf` sources keeps its plan position (and module calls) too.
  const origin = location === undefined ? hit.subject.resource.origin?.() : undefined;
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    severity: override ?? hit.severity ?? rule.defaultSeverity,
    messageId: hit.messageId,
    message: formatMessage(template, data),
    data,
    subject: hit.subject,
    resource: hit.subject.resource.address,
    related: related.map((r) => (isSubject(r) ? r.resource.address : r)),
    relatedSubjects,
    relatedLocations: relatedSubjects.map(relatedLocationOf),
    location: location ?? locate(hit.subject),
    ...(origin === undefined ? {} : { planLocation: origin.plan }),
    ...(origin === undefined || origin.moduleCalls.length === 0 ? {} : { moduleCalls: origin.moduleCalls }),
    fingerprint: fingerprint(rule.id, hit.subject, data),
    ...(fix === undefined ? {} : { fix }),
  };
}

const NO_FILES: FixContext = { lines: () => undefined };

/** The resources the model is made of, for fixes that need to know how often a module's block is instantiated. */
function* modelResources(model: NetworkModel): Iterable<SourceResource> {
  for (const v of model.vpcs) if (v.resource !== undefined) yield v.resource;
  for (const s of model.subnets) yield s.resource;
  for (const t of model.routeTables) if (t.resource !== undefined) yield t.resource;
  for (const r of model.routes) yield r.subject.resource;
  for (const p of model.peerings) yield p.resource;
  for (const g of model.securityGroups) yield g.resource;
  for (const r of model.securityGroupRules) yield r.subject.resource;
  for (const a of model.networkAcls ?? []) yield a.resource;
}

/** Where a subject is written: the attribute when the format keeps its position, else the resource. */
export function locate(subject: Subject): SourceLocation {
  const { resource, path } = subject;
  return (path && path.length > 0 ? resource.attributeLocation(path) : undefined) ?? resource.location();
}

/** A related resource's place for reporters: where it is written (see `locate`), named by its address. */
export function relatedLocationOf(subject: Subject): RelatedLocation {
  return { location: locate(subject), message: subject.resource.address };
}

/** `route[0].cidr_block` */
export function formatPath(path: readonly (string | number)[] | undefined): string {
  return path ? pathText(path) : '';
}

/**
 * A stable identity for a finding: the rule, the subject's address and attribute path, and the
 * key facts (the message data, sorted). Never the line, the message text or the file order, so it
 * survives edits that move code around and rewording of messages.
 */
export function fingerprint(ruleId: string, subject: Subject, data: Readonly<Record<string, string>>): string {
  const facts = Object.keys(data)
    .sort()
    .map((k) => [k, data[k]]);
  const input = JSON.stringify([ruleId, subject.resource.address, formatPath(subject.path), facts]);
  return createHash('sha256').update(input).digest('hex').slice(0, 32);
}

/**
 * The unknown value behind an unresolved check. An explicit `cause` from the rule wins (its
 * reason defaults to the attribute's own). Otherwise the subject's attribute is taken when its
 * value is unknown and the check's reason carries the value's reason (the rule explains the check
 * by that value); anything else has no single value, and the check stays an entry of its own.
 */
export function unknownValueOf(subject: Subject, reason: string, cause?: UnknownCause): UnknownValue | undefined {
  if (cause !== undefined) {
    const v = cause.path.length > 0 ? cause.resource.get(cause.path) : undefined;
    const why = cause.reason ?? (v?.state === 'unknown' ? v.reason : undefined);
    if (why === undefined || cause.path.length === 0) return undefined;
    return valueAt({ resource: cause.resource, path: cause.path }, why);
  }
  const path = subject.path;
  if (path === undefined || path.length === 0) return undefined;
  const v = subject.resource.get(path);
  if (v.state !== 'unknown' || v.reason.trim() === '' || !reason.includes(v.reason)) return undefined;
  return valueAt(subject, v.reason);
}

function valueAt(subject: Subject, reason: string): UnknownValue {
  return {
    resource: subject.resource.address,
    file: subject.resource.file,
    attribute: formatPath(subject.path),
    reason,
    location: locate(subject),
  };
}

function isSubject(x: Subject | string): x is Subject {
  return typeof x !== 'string';
}

/** Runs `rules` over `model`. Findings come back sorted by file, line, rule and resource. */
export function runRules(model: NetworkModel, rules: readonly Rule[], options: RunRulesOptions = {}): RuleRunResult {
  const findings: Finding[] = [];
  const unresolved: UnresolvedCheck[] = [];
  const errors: ToolError[] = [];
  const failed: string[] = [];
  const seenFindings = new Set<string>();
  const seenUnresolved = new Set<string>();
  const fixes = options.textOf === undefined ? NO_FILES : fixContext(options.textOf, () => modelResources(model));

  for (const rule of rules) {
    const override = severityOverride(rule, options.severityOverrides);
    if (override === 'off') continue;
    const report = (hit: RuleHit<string>): void => {
      const finding = toFinding(rule, hit, override, undefined, fixes);
      if (seenFindings.has(finding.fingerprint)) return;
      seenFindings.add(finding.fingerprint);
      findings.push(finding);
    };
    const markUnresolved = (subject: Subject, reason: string, cause?: UnknownCause): void => {
      const key = `${rule.id}\u0000${subject.resource.file}\u0000${subject.resource.address}\u0000${reason}`;
      if (seenUnresolved.has(key)) return;
      seenUnresolved.add(key);
      const value = unknownValueOf(subject, reason, cause);
      unresolved.push({
        ruleId: rule.id,
        rule: rule.name,
        resource: subject.resource.address,
        reason,
        location: locate(subject),
        ...(value === undefined ? {} : { value }),
      });
    };
    try {
      const ruleOptions = options.ruleOptions?.get(rule.id) ?? rule.options?.defaults;
      rule.check(model, { report, unresolved: markUnresolved, options: ruleOptions });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      failed.push(rule.id);
      errors.push({
        message: `rule ${rule.id} (${rule.name}) failed: ${why}; its findings are missing from this run`,
        hint: 'This is a bug in vpclint; please report it with the input that triggers it (rerun with --debug for the stack).',
        cause: error,
      });
    }
  }

  findings.sort(compareFindings);
  unresolved.sort((a, b) => compareLocation(a.location, b.location) || cmp(a.ruleId, b.ruleId) || cmp(a.resource, b.resource));
  return { findings, unresolved, errors, failed };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareLocation(a: SourceLocation, b: SourceLocation): number {
  return cmp(a.file, b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}

/** File, line, rule id, resource, then fingerprint: a total order, so output is deterministic. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareLocation(a.location, b.location) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.resource, b.resource) ||
    cmp(a.fingerprint, b.fingerprint)
  );
}
