/**
 * The JSON output, version 1: a stable contract for scripts and other tools. Keys are written in
 * a fixed order and location parts that are not known are left out rather than printed as null.
 * schema/vpclint-output.schema.json (src/report/json-schema.ts) describes every field.
 */
import type { BaselineEntry, Finding, FindingSuppression, Fix, LintResult, UnknownValue, UnresolvedCheck } from '../engine/finding.js';
import type { ToolError } from '../errors.js';
import { groupUnresolved, type UnresolvedEntry } from './unresolved.js';
import type { SourceLocation } from '../parse/source.js';
import { escapeJsonOutput } from './escape.js';
import { ruleDocsUrl } from './rule-docs-url.js';
import type { ReportContext } from './types.js';

export interface JsonLocation {
  readonly file: string;
  readonly line: number;
  readonly column?: number;
}

export interface JsonFinding {
  readonly id: string;
  readonly rule: string;
  readonly severity: string;
  readonly message: string;
  readonly resource: string;
  readonly related: readonly string[];
  readonly location: JsonLocation;
  /** For a plan finding located in its `.tf` sources (then `location`): where the plan lists the resource. */
  readonly planLocation?: JsonLocation;
  /** The module calls (root first) instantiating the resource, for a plan finding located in its module's sources. */
  readonly moduleCalls?: readonly JsonModuleCall[];
  readonly fingerprint: string;
  /**
   * The rule's documentation (`ruleDocsUrl`). Always there in vpclint's output; left out only
   * when the report context's catalogue lacks the rule (a context made up in a test).
   */
  readonly docsUrl?: string;
  /** The suggested change, when it is mechanical: its text and the file it belongs to. */
  readonly fix?: JsonFix;
  /** Only on `suppressed` entries: what suppresses the finding. */
  readonly suppression?: JsonSuppression;
}

export interface JsonModuleCall {
  /** The module instance's address: `module.spoke["a"]`. */
  readonly module: string;
  /** Its `module` block in the calling module. */
  readonly location: JsonLocation;
  /**
   * For the call of a module `terraform init` installed (registry, git…), whose files are under
   * `.terraform/`: where the resource is written in them (the finding's `location` is then this call's).
   */
  readonly moduleSource?: JsonLocation;
}

export interface JsonFix {
  readonly description: string;
  /** `hcl` (Terraform, also for plans), `yaml` or `json` (CloudFormation). */
  readonly language: string;
  readonly file: string;
  /** The text to paste; empty when the fix only removes lines. */
  readonly text: string;
  /** Where the text goes in `file` (empty for a plan, which has no lines to edit). */
  readonly edits: readonly JsonFixEdit[];
}

export interface JsonFixEdit {
  readonly text: string;
  readonly insert?: { readonly line: number };
  readonly replace?: { readonly startLine: number; readonly endLine: number };
}

export interface JsonSuppression {
  /** `inSource` (a comment or Metadata in the linted file) or `external` (configuration, baseline). */
  readonly kind: 'inSource' | 'external';
  readonly via: 'comment' | 'metadata' | 'config' | 'baseline';
  readonly reason: string;
  readonly expires?: string;
  readonly location?: JsonLocation;
}

export interface JsonBaseline {
  readonly file: string;
  /** Baseline entries no longer found. */
  readonly fixed: readonly BaselineEntry[];
}

export interface JsonUnresolved {
  readonly rule: string;
  readonly resource: string;
  readonly reason: string;
  readonly id: string;
  readonly location: JsonLocation;
  /** The one unknown value that blocks the check, when there is one. */
  readonly value?: JsonUnknownValue;
}

export interface JsonUnknownValue {
  readonly resource: string;
  readonly attribute: string;
  /** Why the value itself is unknown (the innermost reason). */
  readonly reason: string;
  readonly location: JsonLocation;
}

/**
 * One entry per unknown value, with the checks it blocks (the same checks as in `unresolved`,
 * grouped); a check that is not blocked by one value is an entry of its own, without `attribute`.
 */
export interface JsonUnknown {
  readonly resource: string;
  readonly attribute?: string;
  /** The value's own reason; for a check on its own, the check's reason. */
  readonly reason: string;
  readonly location: JsonLocation;
  readonly checks: readonly { readonly id: string; readonly rule: string; readonly resource: string }[];
}

export interface JsonError {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

export interface JsonReport {
  readonly version: 1;
  readonly tool: { readonly name: 'vpclint'; readonly version: string };
  readonly findings: readonly JsonFinding[];
  /** Findings a suppression or the baseline hides (present whenever suppressions were applied). */
  readonly suppressed?: readonly JsonFinding[];
  readonly unresolved: readonly JsonUnresolved[];
  /** `unresolved` grouped by the unknown value that blocks the checks. */
  readonly unknowns: readonly JsonUnknown[];
  readonly errors: readonly JsonError[];
  /** Present when the run was compared with a baseline. */
  readonly baseline?: JsonBaseline;
}

function toJsonLocation(location: SourceLocation): JsonLocation {
  return location.column === undefined
    ? { file: location.file, line: location.line }
    : { file: location.file, line: location.line, column: location.column };
}

function toJsonSuppression(s: FindingSuppression): JsonSuppression {
  return {
    kind: s.kind,
    via: s.via,
    reason: s.reason,
    ...(s.expires === undefined ? {} : { expires: s.expires }),
    ...(s.location === undefined ? {} : { location: toJsonLocation(s.location) }),
  };
}

function toJsonFix(fix: Fix): JsonFix {
  return {
    description: fix.description,
    language: fix.language,
    file: fix.file,
    text: fix.text,
    edits: fix.edits.map((e) => ({
      text: e.text,
      ...(e.insert === undefined ? {} : { insert: { line: e.insert.line } }),
      ...(e.replace === undefined ? {} : { replace: { startLine: e.replace.startLine, endLine: e.replace.endLine } }),
    })),
  };
}

function toJsonFinding(f: Finding, docsUrls: ReadonlyMap<string, string>): JsonFinding {
  const docsUrl = docsUrls.get(f.ruleId);
  const finding: JsonFinding = {
    id: f.ruleId,
    rule: f.ruleName,
    severity: f.severity,
    message: f.message,
    resource: f.resource,
    related: [...f.related],
    location: toJsonLocation(f.location),
    ...(f.planLocation === undefined ? {} : { planLocation: toJsonLocation(f.planLocation) }),
    ...(f.moduleCalls === undefined ? {} : { moduleCalls: f.moduleCalls.map((m) => ({
            module: m.address,
            location: toJsonLocation(m.location),
            ...(m.installedSource === undefined ? {} : { moduleSource: toJsonLocation(m.installedSource) }),
          })) }),
    fingerprint: f.fingerprint,
    ...(docsUrl === undefined ? {} : { docsUrl }),
    ...(f.fix === undefined ? {} : { fix: toJsonFix(f.fix) }),
  };
  return f.suppression === undefined ? finding : { ...finding, suppression: toJsonSuppression(f.suppression) };
}

function toJsonBaselineEntry(e: BaselineEntry): BaselineEntry {
  return {
    fingerprint: e.fingerprint,
    id: e.id,
    rule: e.rule,
    resource: e.resource,
    ...(e.file === undefined ? {} : { file: e.file }),
    message: e.message,
  };
}

function toJsonValue(v: UnknownValue): JsonUnknownValue {
  return { resource: v.resource, attribute: v.attribute, reason: v.reason, location: toJsonLocation(v.location) };
}

function toJsonUnresolved(u: UnresolvedCheck): JsonUnresolved {
  const check = { rule: u.rule, resource: u.resource, reason: u.reason, id: u.ruleId, location: toJsonLocation(u.location) };
  return u.value === undefined ? check : { ...check, value: toJsonValue(u.value) };
}

function toJsonUnknown(e: UnresolvedEntry): JsonUnknown {
  return {
    resource: e.resource,
    ...(e.value === undefined ? {} : { attribute: e.value.attribute }),
    reason: e.value === undefined ? e.text : e.value.reason,
    location: toJsonLocation(e.location),
    checks: e.checks.map((c) => ({ id: c.ruleId, rule: c.rule, resource: c.resource })),
  };
}

function toJsonError(e: ToolError): JsonError {
  // Built key by key so the order stays file, line, column, message whatever is known.
  const out = {} as { file?: string; line?: number; column?: number; message: string };
  if (e.file !== undefined) out.file = e.file;
  if (e.line !== undefined) out.line = e.line;
  if (e.line !== undefined && e.column !== undefined) out.column = e.column;
  out.message = e.message;
  return out;
}

/** The version 1 JSON object for a result (what `renderJson` prints). */
export function toJsonReport(result: LintResult, ctx: Pick<ReportContext, 'toolVersion' | 'rules'>): JsonReport {
  const docsUrls = new Map(ctx.rules.map((r) => [r.id, ruleDocsUrl(r)]));
  return {
    version: 1,
    tool: { name: 'vpclint', version: ctx.toolVersion },
    findings: result.findings.map((f) => toJsonFinding(f, docsUrls)),
    ...(result.suppressed === undefined ? {} : { suppressed: result.suppressed.map((f) => toJsonFinding(f, docsUrls)) }),
    unresolved: result.unresolved.map(toJsonUnresolved),
    unknowns: groupUnresolved(result.unresolved).map(toJsonUnknown),
    errors: result.errors.map(toJsonError),
    ...(result.baseline === undefined
      ? {}
      : { baseline: { file: result.baseline.file, fixed: result.baseline.fixed.map(toJsonBaselineEntry) } }),
  };
}

/** Renders a result as version 1 JSON, indented by two spaces, ending in a newline. */
export function renderJson(result: LintResult, ctx: ReportContext): string {
  // Same JSON value; only characters a terminal or a job log would act on are written as escapes.
  return `${escapeJsonOutput(JSON.stringify(toJsonReport(result, ctx), null, 2))}\n`;
}
