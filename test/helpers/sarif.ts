/**
 * Checks of a SARIF file as GitHub code scanning will take it, for the tests of every SARIF that
 * vpclint writes:
 *
 * - sarifValidator(): the OASIS SARIF 2.1.0 JSON schema (errata01), from test/schemas/ (see the
 *   README there: no npm package ships the official schema without a 95 MB native binary). The
 *   schema is draft-04, which ajv 8 does not read; its only draft-04 feature is the root `id`,
 *   and it uses no boolean exclusiveMinimum/Maximum (the other difference that matters), so it is
 *   read as draft-07 with `id` renamed `$id`; sarif.test.ts checks both facts so this stays true.
 *   Formats are checked too: `uri`, `uri-reference` and `date-time` are defined here after
 *   RFC 3986 and RFC 3339 (ajv-formats is not a dependency).
 * - codeScanningProblems(): the schema, then what GitHub documents for an upload ("SARIF support
 *   for code scanning" and "SARIF results exceed limit"): the hard limits, over which the whole
 *   file is rejected, and the properties a result needs to become an alert (a rule ID, a message,
 *   a location in the repository with a line, partial fingerprints).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Ajv, type ValidateFunction } from 'ajv';
import { CODE_SCANNING_LIMITS } from '../../src/report/sarif.js';
import { repoRoot } from './repo.js';

export const SARIF_SCHEMA_FILE = path.join(repoRoot, 'test/schemas/sarif-schema-2.1.0.json');

/** The schema as published (draft-04). */
export function loadSarifSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(SARIF_SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
}

// RFC 3986: unreserved, sub-delims, ':' '@' '/' '?' and percent-encoded octets.
const URI_CHARS = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*";
const URI_REFERENCE = new RegExp(`^(?:[A-Za-z][A-Za-z0-9+.-]*:)?${URI_CHARS}(?:#${URI_CHARS})?$`);
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

export function isUriReference(s: string): boolean {
  return URI_REFERENCE.test(s);
}

export function isUri(s: string): boolean {
  return URI_REFERENCE.test(s) && SCHEME.test(s) && URL.canParse(s);
}

let validator: ValidateFunction | undefined;

/** Validates a SARIF log against the schema. */
export function sarifValidator(): ValidateFunction {
  if (validator !== undefined) return validator;
  const schema = loadSarifSchema();
  const { id, $schema: _draft04, ...rest } = schema;
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    // The schema lists required properties in anyOf branches that define them one level up.
    strictRequired: false,
    formats: {
      uri: isUri,
      'uri-reference': isUriReference,
      'date-time': (s: string) => DATE_TIME.test(s) && !Number.isNaN(Date.parse(s)),
    },
  });
  validator = ajv.compile({ $schema: 'http://json-schema.org/draft-07/schema#', $id: String(id), ...rest });
  return validator;
}

/**
 * GitHub code scanning's hard limits on one SARIF file; over any of them the upload is rejected
 * whole. Those vpclint enforces itself come from src/report/sarif.ts.
 */
export const GITHUB_LIMITS = {
  gzipBytes: CODE_SCANNING_LIMITS.gzipBytes,
  runsPerFile: 20,
  resultsPerRun: CODE_SCANNING_LIMITS.resultsPerRun,
  rulesPerRun: 25_000,
  extensionsPerRun: 100,
  threadFlowLocationsPerResult: 10_000,
  locationsPerResult: CODE_SCANNING_LIMITS.locationsPerResult,
  tagsPerRule: 20,
} as const;

type Json = Record<string, any>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A location GitHub can show: a relative URI in the repository and a line from 1. */
function locationProblems(at: string, location: unknown): string[] {
  const physical = isObject(location) ? location.physicalLocation : undefined;
  if (!isObject(physical)) return [`${at}: no physicalLocation`];
  const problems: string[] = [];
  const uri = physical.artifactLocation?.uri;
  if (typeof uri !== 'string' || uri === '') problems.push(`${at}: no artifactLocation.uri`);
  else if (SCHEME.test(uri) || uri.startsWith('/') || uri.split('/').includes('..')) {
    problems.push(`${at}: artifactLocation.uri ${JSON.stringify(uri)} is not a path inside the repository`);
  }
  const region = physical.region;
  if (!isObject(region) || !Number.isInteger(region.startLine) || region.startLine < 1) problems.push(`${at}: no region.startLine of 1 or more`);
  else if (region.endLine !== undefined && region.endLine < region.startLine) problems.push(`${at}: region.endLine is before region.startLine`);
  return problems;
}

/**
 * Everything that would keep GitHub code scanning from taking `text` (a SARIF file as written)
 * whole, each as `where: what`; empty when it would. `where` is a JSON path such as
 * `runs[0].results[3]`, or `schema /runs/0/...` for a schema error.
 */
export function codeScanningProblems(text: string): string[] {
  const log: unknown = JSON.parse(text);
  const problems: string[] = [];
  const validate = sarifValidator();
  if (!validate(log)) {
    for (const e of validate.errors ?? []) problems.push(`schema ${e.instancePath || '/'}: ${e.message ?? e.keyword}`);
  }
  return [...problems, ...githubProblems(text, log)];
}

/**
 * codeScanningProblems() without the schema: GitHub's limits and required properties only. (The
 * schema's `uniqueItems` on a run's rules makes validating 25,000 of them take minutes.)
 */
export function githubProblems(text: string, log: unknown = JSON.parse(text)): string[] {
  const problems: string[] = [];
  const gzipped = gzipSync(text).length;
  if (gzipped > GITHUB_LIMITS.gzipBytes) problems.push(`file: ${gzipped} bytes gzip-compressed, over ${GITHUB_LIMITS.gzipBytes}`);
  if (!isObject(log) || !Array.isArray(log.runs)) return [...problems, 'file: no runs'];
  if (log.runs.length > GITHUB_LIMITS.runsPerFile) problems.push(`file: ${log.runs.length} runs, over ${GITHUB_LIMITS.runsPerFile}`);
  log.runs.forEach((run: Json, r: number) => {
    const at = `runs[${r}]`;
    const driver = run?.tool?.driver;
    if (typeof driver?.name !== 'string' || driver.name === '') problems.push(`${at}: no tool.driver.name`);
    const rules: Json[] = Array.isArray(driver?.rules) ? driver.rules : [];
    if (rules.length > GITHUB_LIMITS.rulesPerRun) problems.push(`${at}: ${rules.length} rules, over ${GITHUB_LIMITS.rulesPerRun}`);
    const extensions = run?.tool?.extensions ?? [];
    if (extensions.length > GITHUB_LIMITS.extensionsPerRun) problems.push(`${at}: ${extensions.length} tool extensions, over ${GITHUB_LIMITS.extensionsPerRun}`);
    rules.forEach((rule, i) => {
      const tags = rule?.properties?.tags ?? [];
      if (tags.length > GITHUB_LIMITS.tagsPerRule) problems.push(`${at}.tool.driver.rules[${i}]: ${tags.length} tags, over ${GITHUB_LIMITS.tagsPerRule}`);
      const severity = rule?.properties?.['security-severity'];
      if (severity !== undefined && !(typeof severity === 'string' && /^\d+(\.\d+)?$/.test(severity) && Number(severity) <= 10)) {
        problems.push(`${at}.tool.driver.rules[${i}]: security-severity ${JSON.stringify(severity)} is not a number from 0.0 to 10.0 in a string`);
      }
    });
    const results: Json[] = Array.isArray(run?.results) ? run.results : [];
    if (results.length > GITHUB_LIMITS.resultsPerRun) problems.push(`${at}: ${results.length} results, over ${GITHUB_LIMITS.resultsPerRun}`);
    results.forEach((result, i) => {
      const where = `${at}.results[${i}]`;
      if (typeof result.ruleId !== 'string' || result.ruleId === '') problems.push(`${where}: no ruleId`);
      else if (result.ruleIndex !== undefined && rules[result.ruleIndex]?.id !== result.ruleId) {
        problems.push(`${where}: ruleIndex ${result.ruleIndex} is not the rule ${result.ruleId}`);
      }
      if (typeof result.message?.text !== 'string' || result.message.text === '') problems.push(`${where}: no message.text`);
      const locations: unknown[] = Array.isArray(result.locations) ? result.locations : [];
      if (locations.length === 0) problems.push(`${where}: no location`);
      if (locations.length > GITHUB_LIMITS.locationsPerResult) problems.push(`${where}: ${locations.length} locations, over ${GITHUB_LIMITS.locationsPerResult}`);
      locations.forEach((l, j) => problems.push(...locationProblems(`${where}.locations[${j}]`, l)));
      const related: unknown[] = result.relatedLocations ?? [];
      if (related.length > CODE_SCANNING_LIMITS.relatedLocationsPerResult) {
        problems.push(`${where}: ${related.length} related locations, over ${CODE_SCANNING_LIMITS.relatedLocationsPerResult}`);
      }
      related.forEach((l, j) => problems.push(...locationProblems(`${where}.relatedLocations[${j}]`, l)));
      const fingerprints = result.partialFingerprints;
      if (!isObject(fingerprints) || !Object.values(fingerprints).some((v) => typeof v === 'string' && v !== '')) problems.push(`${where}: no partialFingerprints`);
      let flowLocations = 0;
      for (const flow of result.codeFlows ?? []) for (const thread of flow.threadFlows ?? []) flowLocations += (thread.locations ?? []).length;
      if (flowLocations > GITHUB_LIMITS.threadFlowLocationsPerResult) {
        problems.push(`${where}: ${flowLocations} thread flow locations, over ${GITHUB_LIMITS.threadFlowLocationsPerResult}`);
      }
    });
  });
  return problems;
}
