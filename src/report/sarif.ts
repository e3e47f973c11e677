/**
 * SARIF 2.1.0, for GitHub code scanning (`github/codeql-action/upload-sarif`) and any other SARIF
 * viewer. One run: the rule catalogue as `tool.driver.rules`, one result per finding with its
 * location, the related resources as related locations, and the engine's fingerprint as a partial
 * fingerprint, so an alert keeps its identity when code moves. Checks that could not be decided
 * and input errors are tool execution notifications, not results: they are not problems in the
 * code. Suppressed findings (a vpclint:ignore, Metadata, the configuration's ignore list, the
 * baseline) are results too, with a `suppressions` entry saying why. Validated against the OASIS
 * schema by test/report/sarif.test.ts.
 */
import { pathToFileURL } from 'node:url';
import type { Rule } from '../engine/define-rule.js';
import { REPO_URL } from '../engine/define-rule.js';
import type { Finding, LintResult, Severity, ToolError, UnresolvedCheck } from '../engine/finding.js';
import { locate } from '../engine/run-rules.js';
import type { SourceLocation } from '../model/source.js';
import { escapeJsonOutput } from './escape.js';
import type { ReportContext } from './types.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** The base that relative artifact URIs are resolved against: the directory vpclint ran in. */
export const SRCROOT = '%SRCROOT%';

/** The partial fingerprint's key; the version changes if the fingerprint's recipe ever does. */
export const FINGERPRINT_KEY = 'vpclintFingerprint/v1';

/**
 * GitHub code scanning ranks alerts by `security-severity`: 9.0 and above critical, 7.0-8.9
 * high, 4.0-6.9 medium, 0.1-3.9 low. vpclint's errors are outages AWS rejects or silently
 * black-holes at apply time, or hosts open to the internet: high. None is exploitable by itself
 * the way a remote code execution is, so none is critical. Warnings degrade or risk the network
 * (medium); notes are hygiene (low).
 */
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { error: '8.0', warning: '5.0', note: '2.0' };

/** What each ID range is about (STYLE.md's ranges), as a code scanning tag. */
function categoryTag(ruleId: string): string {
  const range = /^NET(\d)\d\d$/.exec(ruleId)?.[1];
  switch (range) {
    case '0':
      return 'diagnostics';
    case '1':
      return 'addressing';
    case '2':
      return 'routing';
    case '3':
      return 'peering';
    case '4':
      return 'security-groups';
    default:
      return 'network';
  }
}

type Json = Record<string, unknown>;

/**
 * A relative path as a URI reference: each segment percent-encoded, so spaces, `#`, `%` and
 * non-ASCII names stay valid. Absolute paths (a file outside the working directory) become
 * `file:` URIs with no base.
 */
export function toArtifactLocation(file: string): Json {
  if (file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function toRegion(location: SourceLocation): Json {
  const startLine = Math.max(1, Math.trunc(location.line) || 1);
  const region: Json = { startLine };
  if (location.column !== undefined && location.column >= 1) region.startColumn = Math.trunc(location.column);
  if (location.endLine !== undefined && location.endLine >= startLine) region.endLine = Math.trunc(location.endLine);
  return region;
}

function toPhysicalLocation(location: SourceLocation): Json {
  return { artifactLocation: toArtifactLocation(location.file), region: toRegion(location) };
}

function toRuleDescriptor(rule: Rule): Json {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.rationale },
    help: {
      text: `${rule.rationale}\n\nHow to fix: ${rule.remediation}\n\nDocumentation: ${rule.docsUrl}`,
      markdown: `${rule.rationale}\n\n**How to fix:** ${rule.remediation}\n\n[Documentation](${rule.docsUrl})`,
    },
    helpUri: rule.docsUrl,
    defaultConfiguration: { level: rule.defaultSeverity },
    properties: {
      tags: ['security', 'network', categoryTag(rule.id)],
      'security-severity': SECURITY_SEVERITY[rule.defaultSeverity],
    },
  };
}

/** A descriptor for a finding whose rule is not in the catalogue given (only in tests). */
function minimalDescriptor(f: Finding): Json {
  return {
    id: f.ruleId,
    name: f.ruleName,
    defaultConfiguration: { level: f.severity },
    properties: { tags: ['security', 'network', categoryTag(f.ruleId)], 'security-severity': SECURITY_SEVERITY[f.severity] },
  };
}

function toResult(f: Finding, ruleIndex: number): Json {
  const location: Json = {
    physicalLocation: toPhysicalLocation(f.location),
    logicalLocations: [{ fullyQualifiedName: f.resource, kind: 'resource' }],
  };
  const result: Json = {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.severity,
    message: { text: f.message },
    locations: [location],
  };
  if (f.relatedSubjects.length > 0) {
    result.relatedLocations = f.relatedSubjects.map((s, i) => ({
      id: i + 1,
      physicalLocation: toPhysicalLocation(locate(s)),
      message: { text: s.resource.address },
    }));
  }
  if (f.suppression !== undefined) {
    // A suppressed finding stays a result, marked as accepted (SARIF §3.35), so viewers and code
    // scanning know it is there and why it is not an open problem.
    const s = f.suppression;
    const suppression: Json = { kind: s.kind, status: 'accepted', justification: s.reason };
    if (s.location !== undefined) suppression.location = { physicalLocation: toPhysicalLocation(s.location) };
    suppression.properties = s.expires === undefined ? { via: s.via } : { via: s.via, expires: s.expires };
    result.suppressions = [suppression];
  }
  result.partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint };
  result.properties = { resource: f.resource, related: [...f.related] };
  return result;
}

function unresolvedNotification(u: UnresolvedCheck, index: ReadonlyMap<string, number>): Json {
  const n: Json = {
    level: 'note',
    message: { text: `Could not decide ${u.ruleId} (${u.rule}) for ${u.resource}: ${u.reason}` },
    locations: [{ physicalLocation: toPhysicalLocation(u.location) }],
  };
  const i = index.get(u.ruleId);
  n.associatedRule = i === undefined ? { id: u.ruleId } : { id: u.ruleId, index: i };
  // A notification names one rule, so each check stays a notification of its own; the value that
  // blocks it lets a consumer group them as the other outputs do.
  if (u.value !== undefined) {
    n.properties = { unknownValue: { resource: u.value.resource, attribute: u.value.attribute, reason: u.value.reason } };
  }
  return n;
}

function errorNotification(e: ToolError): Json {
  const text = e.hint === undefined ? e.message : `${e.message} (${e.hint})`;
  const n: Json = { level: 'error', message: { text } };
  if (e.file !== undefined) {
    const physicalLocation: Json = { artifactLocation: toArtifactLocation(e.file) };
    if (e.line !== undefined) physicalLocation.region = toRegion({ file: e.file, line: e.line, column: e.column });
    n.locations = [{ physicalLocation }];
  }
  return n;
}

/** The SARIF log object for a result. */
export function toSarif(result: LintResult, ctx: Pick<ReportContext, 'toolVersion' | 'cwd' | 'rules'>): Json {
  const descriptors: Json[] = ctx.rules.map(toRuleDescriptor);
  const index = new Map<string, number>();
  ctx.rules.forEach((r, i) => index.set(r.id, i));
  const results = [...result.findings, ...(result.suppressed ?? [])].map((f) => {
    let i = index.get(f.ruleId);
    if (i === undefined) {
      i = descriptors.length;
      index.set(f.ruleId, i);
      descriptors.push(minimalDescriptor(f));
    }
    return toResult(f, i);
  });
  const notifications = [
    ...result.errors.map(errorNotification),
    ...result.unresolved.map((u) => unresolvedNotification(u, index)),
  ];
  const invocation: Json = { executionSuccessful: result.errors.length === 0 };
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;
  const cwd = ctx.cwd.endsWith('/') ? ctx.cwd : `${ctx.cwd}/`;
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'vpclint',
            version: ctx.toolVersion,
            semanticVersion: ctx.toolVersion,
            informationUri: REPO_URL,
            rules: descriptors,
          },
        },
        invocations: [invocation],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** Renders a result as SARIF 2.1.0 JSON, indented by two spaces, ending in a newline. */
export function renderSarif(result: LintResult, ctx: ReportContext): string {
  // Same JSON value; only characters a terminal or a job log would act on are written as escapes.
  return `${escapeJsonOutput(JSON.stringify(toSarif(result, ctx), null, 2))}\n`;
}
