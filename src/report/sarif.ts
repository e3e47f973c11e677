/**
 * SARIF 2.1.0, for GitHub code scanning (`github/codeql-action/upload-sarif`) and any other SARIF
 * viewer. One run: the rule catalogue as `tool.driver.rules`, one result per finding with its
 * location, the related resources as related locations, and the engine's fingerprint as a partial
 * fingerprint, so an alert keeps its identity when code moves. Checks that could not be decided
 * and input errors are tool execution notifications, not results: they are not problems in the
 * code. Suppressed findings (a vpclint:ignore, Metadata, the configuration's ignore list, the
 * baseline) are results too, with a `suppressions` entry saying why. Validated against the OASIS
 * schema by test/report/sarif.test.ts.
 *
 * The file stays within GitHub code scanning's upload limits (CODE_SCANNING_LIMITS), which reject
 * the whole file when one is exceeded: beyond them, results are left out, the lowest first (open
 * errors are kept first, then warnings, then notes, then suppressed findings), and a warning
 * notification and the run's `omittedResults` property say how many of which were left out.
 */
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Rule } from '../engine/define-rule.js';
import { REPO_URL } from '../engine/define-rule.js';
import type { Finding, Fix, LintResult, Severity, UnresolvedCheck } from '../engine/finding.js';
import type { ToolError } from '../errors.js';
import type { SourceLocation } from '../parse/source.js';
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
    case '5':
      return 'intents';
    default:
      return 'network';
  }
}

type Json = Record<string, unknown>;

/**
 * GitHub code scanning's limits on a SARIF upload ("SARIF support for code scanning", and
 * "SARIF results exceed one or more limits"): a file over any of them is rejected whole. Runs per
 * file (20), rules per run (25,000) and tags per rule (20) cannot be reached: vpclint writes one
 * run, its catalogue and three tags per rule. The upload is gzip-compressed; the size limit
 * applies to the compressed file.
 */
export const CODE_SCANNING_LIMITS = {
  resultsPerRun: 25_000,
  locationsPerResult: 1_000,
  /** Not a documented limit of its own; held to the locations' limit. */
  relatedLocationsPerResult: 1_000,
  gzipBytes: 10 * 1024 * 1024,
} as const;

/** What the SARIF file left out to stay within the limits (`run.properties.omittedResults`). */
export interface OmittedResults {
  /** Findings (suppressed ones included) in the lint result. */
  readonly total: number;
  /** Results in the file. */
  readonly kept: number;
  /** Left out, by kind: open findings by severity, and suppressed findings. */
  readonly error: number;
  readonly warning: number;
  readonly note: number;
  readonly suppressed: number;
  /** Results whose related locations were cut to the limit. */
  readonly relatedLocationsCut: number;
}

/** The notification descriptor of the note saying what the file left out. */
export const OMITTED_NOTIFICATION = 'vpclint/omitted-results';

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** One sentence saying what the SARIF file left out: the notification's text, and for stderr and the Action's warning. */
export function omissionMessage(o: OmittedResults): string {
  const parts: string[] = [];
  if (o.kept < o.total) {
    const left = [
      o.error > 0 ? count(o.error, 'error', 'errors') : '',
      o.warning > 0 ? count(o.warning, 'warning', 'warnings') : '',
      o.note > 0 ? count(o.note, 'note', 'notes') : '',
      o.suppressed > 0 ? count(o.suppressed, 'suppressed finding', 'suppressed findings') : '',
    ].filter((p) => p !== '');
    parts.push(
      `the SARIF file holds ${o.kept.toLocaleString('en-US')} of ${count(o.total, 'finding', 'findings')}, to stay within GitHub code scanning's limits ` +
        `(${CODE_SCANNING_LIMITS.resultsPerRun.toLocaleString('en-US')} results per run, ${CODE_SCANNING_LIMITS.gzipBytes / 1024 / 1024} MB compressed); ` +
        `left out: ${left.join(', ')} (errors are kept first, then warnings, notes and suppressed findings)`,
    );
  }
  if (o.relatedLocationsCut > 0) {
    parts.push(
      `${count(o.relatedLocationsCut, 'result keeps', 'results keep')} only the first ${CODE_SCANNING_LIMITS.relatedLocationsPerResult.toLocaleString('en-US')} related locations`,
    );
  }
  return `${parts.join('; ')}. Every finding is in the text and JSON outputs.`;
}

/** Lower is kept first: open errors, warnings, notes, then suppressed findings by severity. */
function keepRank(f: Finding): number {
  const severity = f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2;
  return f.suppression === undefined ? severity : 3 + severity;
}

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

function toResult(f: Finding, ruleIndex: number, onCut: () => void): Json {
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
  // A plan finding located in its `.tf` sources: the module calls that instantiate the resource,
  // and where the plan lists it, come first among the related locations.
  const origins = [
    ...(f.moduleCalls ?? []).flatMap((m) => [
      { physicalLocation: toPhysicalLocation(m.location), message: { text: `module call ${m.address}` } },
      // A resource of an installed module is located at this call; its lines in the module's files.
      ...(m.installedSource === undefined
        ? []
        : [{ physicalLocation: toPhysicalLocation(m.installedSource), message: { text: `in module source ${m.address}: ${f.resource}` } }]),
    ]),
    ...(f.planLocation === undefined ? [] : [{ physicalLocation: toPhysicalLocation(f.planLocation), message: { text: `plan: ${f.resource}` } }]),
  ];
  if (f.relatedLocations.length > 0 || origins.length > 0) {
    const limit = CODE_SCANNING_LIMITS.relatedLocationsPerResult - origins.length;
    if (f.relatedLocations.length > limit) onCut();
    const related = f.relatedLocations.slice(0, limit).map((r) => ({ physicalLocation: toPhysicalLocation(r.location), message: { text: r.message } }));
    result.relatedLocations = [...origins, ...related].map((r, i) => ({ id: i + 1, ...r }));
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
  if (f.fix !== undefined && f.fix.edits.length > 0) result.fixes = [toFix(f.fix)];
  result.partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint };
  const properties: Json = { resource: f.resource, related: [...f.related] };
  // Every fix's text is also a property: a plan's fix has no lines to edit, so no SARIF `fixes`.
  if (f.fix !== undefined) {
    properties.fix = { description: f.fix.description, language: f.fix.language, file: f.fix.file, text: f.fix.text };
  }
  result.properties = properties;
  return result;
}

/**
 * A fix as SARIF §3.55 writes it: one artifact change of the fix's file, one replacement per edit.
 * Edits work on whole lines, so each region runs from column 1 of its first line to column 1 of the
 * line after its last (the newline included); a pure insertion deletes nothing (§3.57.3: a region
 * with startColumn equal to endColumn is empty) and inserts before its line.
 */
function toFix(fix: Fix): Json {
  const replacements = fix.edits.map((e) => {
    const deletedRegion =
      e.replace !== undefined
        ? { startLine: e.replace.startLine, startColumn: 1, endLine: e.replace.endLine + 1, endColumn: 1 }
        : { startLine: e.insert?.line ?? 1, startColumn: 1, endColumn: 1 };
    return e.text === '' ? { deletedRegion } : { deletedRegion, insertedContent: { text: e.text } };
  });
  return {
    description: { text: fix.description },
    artifactChanges: [{ artifactLocation: toArtifactLocation(fix.file), replacements }],
  };
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

/** The findings the file holds: all of them, or the `max` to keep first, in their original order. */
function selectFindings(all: readonly Finding[], max: number): { kept: Finding[]; omitted: Omit<OmittedResults, 'relatedLocationsCut'> | undefined } {
  if (all.length <= max) return { kept: [...all], omitted: undefined };
  const order = all.map((f, i) => ({ f, i, rank: keepRank(f) }));
  order.sort((a, b) => a.rank - b.rank || a.i - b.i);
  const keptIndexes = new Set(order.slice(0, max).map((o) => o.i));
  const counts = { error: 0, warning: 0, note: 0, suppressed: 0 };
  for (const o of order.slice(max)) {
    if (o.f.suppression !== undefined) counts.suppressed += 1;
    else counts[o.f.severity] += 1;
  }
  return { kept: all.filter((_, i) => keptIndexes.has(i)), omitted: { total: all.length, kept: max, ...counts } };
}

/**
 * The SARIF log object for a result. `maxResults` (at most code scanning's results per run) is
 * how many results to keep; renderSarif lowers it when the file would exceed the size limit.
 */
export function toSarif(
  result: LintResult,
  ctx: Pick<ReportContext, 'toolVersion' | 'cwd' | 'rules'>,
  maxResults: number = CODE_SCANNING_LIMITS.resultsPerRun,
): Json {
  const descriptors: Json[] = ctx.rules.map(toRuleDescriptor);
  const index = new Map<string, number>();
  ctx.rules.forEach((r, i) => index.set(r.id, i));
  const all = [...result.findings, ...(result.suppressed ?? [])];
  const selected = selectFindings(all, Math.min(maxResults, CODE_SCANNING_LIMITS.resultsPerRun));
  let relatedLocationsCut = 0;
  const results = selected.kept.map((f) => {
    let i = index.get(f.ruleId);
    if (i === undefined) {
      i = descriptors.length;
      index.set(f.ruleId, i);
      descriptors.push(minimalDescriptor(f));
    }
    return toResult(f, i, () => (relatedLocationsCut += 1));
  });
  const omitted: OmittedResults | undefined =
    selected.omitted === undefined && relatedLocationsCut === 0
      ? undefined
      : { ...(selected.omitted ?? { total: all.length, kept: all.length, error: 0, warning: 0, note: 0, suppressed: 0 }), relatedLocationsCut };
  const notifications = [
    ...(omitted === undefined ? [] : [{ level: 'warning', message: { text: `vpclint: ${omissionMessage(omitted)}` }, descriptor: { id: OMITTED_NOTIFICATION } }]),
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
        ...(omitted === undefined ? {} : { properties: { omittedResults: omitted } }),
      },
    ],
  };
}

/** What a SARIF log written by renderSarif left out, or undefined when it holds every finding whole. */
export function omittedResults(log: unknown): OmittedResults | undefined {
  const run = (log as { runs?: { properties?: { omittedResults?: OmittedResults } }[] } | null)?.runs?.[0];
  return run?.properties?.omittedResults;
}

/**
 * The warning for a SARIF log's text as renderSarif wrote it (`vpclint: the SARIF file holds …`),
 * or undefined when it holds every finding whole (or is not JSON): what the CLI prints on stderr
 * and the Action in its log and summary.
 */
export function omissionWarning(text: string): string | undefined {
  let log: unknown;
  try {
    log = JSON.parse(text);
  } catch {
    return undefined;
  }
  const omitted = omittedResults(log);
  return omitted === undefined ? undefined : `vpclint: ${omissionMessage(omitted)}`;
}

/**
 * Renders a result as SARIF 2.1.0 JSON, indented by two spaces, ending in a newline. When the
 * compressed file would exceed code scanning's size limit, fewer results are kept (the lowest
 * first) until it fits. Only a file larger than the limit uncompressed is compressed to measure it.
 */
export function renderSarif(result: LintResult, ctx: ReportContext): string {
  const limit = CODE_SCANNING_LIMITS.gzipBytes;
  const total = result.findings.length + (result.suppressed?.length ?? 0);
  let max: number = CODE_SCANNING_LIMITS.resultsPerRun;
  for (;;) {
    // Same JSON value; only characters a terminal or a job log would act on are written as escapes.
    const text = `${escapeJsonOutput(JSON.stringify(toSarif(result, ctx, max), null, 2))}\n`;
    if (Buffer.byteLength(text) <= limit) return text;
    const size = gzipSync(text).length;
    const kept = Math.min(max, total);
    if (size <= limit || kept === 0) return text;
    max = Math.floor((kept * limit * 0.9) / size);
  }
}
