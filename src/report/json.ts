/**
 * The JSON output, version 1: a stable contract for scripts and other tools. Keys are written in
 * a fixed order and location parts that are not known are left out rather than printed as null.
 */
import type { Finding, LintResult, ToolError, UnresolvedCheck } from '../engine/finding.js';
import type { SourceLocation } from '../model/source.js';
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
  readonly fingerprint: string;
}

export interface JsonUnresolved {
  readonly rule: string;
  readonly resource: string;
  readonly reason: string;
  readonly id: string;
  readonly location: JsonLocation;
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
  readonly unresolved: readonly JsonUnresolved[];
  readonly errors: readonly JsonError[];
}

function toJsonLocation(location: SourceLocation): JsonLocation {
  return location.column === undefined
    ? { file: location.file, line: location.line }
    : { file: location.file, line: location.line, column: location.column };
}

function toJsonFinding(f: Finding): JsonFinding {
  return {
    id: f.ruleId,
    rule: f.ruleName,
    severity: f.severity,
    message: f.message,
    resource: f.resource,
    related: [...f.related],
    location: toJsonLocation(f.location),
    fingerprint: f.fingerprint,
  };
}

function toJsonUnresolved(u: UnresolvedCheck): JsonUnresolved {
  return { rule: u.rule, resource: u.resource, reason: u.reason, id: u.ruleId, location: toJsonLocation(u.location) };
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
export function toJsonReport(result: LintResult, ctx: Pick<ReportContext, 'toolVersion'>): JsonReport {
  return {
    version: 1,
    tool: { name: 'vpclint', version: ctx.toolVersion },
    findings: result.findings.map(toJsonFinding),
    unresolved: result.unresolved.map(toJsonUnresolved),
    errors: result.errors.map(toJsonError),
  };
}

/** Renders a result as version 1 JSON, indented by two spaces, ending in a newline. */
export function renderJson(result: LintResult, ctx: ReportContext): string {
  return `${JSON.stringify(toJsonReport(result, ctx), null, 2)}\n`;
}
