/**
 * The baseline: the findings a team has accepted when adopting vpclint on an existing estate, so
 * that a run fails only on new problems. `--write-baseline FILE` records the current findings by
 * fingerprint; `--baseline FILE` moves the findings it lists to `suppressed` (SARIF: an external
 * suppression) and lists as fixed the entries that are no longer found. A fingerprint is the rule,
 * the subject's address and attribute path and the finding's key facts (engine/run-rules.ts), so
 * it survives moved lines, reformatting and reworded messages, and changes when a fact changes
 * (another CIDR, another resource): such a finding is new, and its old entry fixed.
 *
 * The file is versioned JSON, sorted, one entry per finding with its rule, resource, file and the
 * first sentence of its message, so that a person reviewing a baseline change can read it.
 */
import { InputError } from '../errors.js';
import type { BaselineComparison, BaselineEntry, Finding } from './finding.js';

export const BASELINE_VERSION = 1;

/** What to tell a user whose baseline file cannot be read. */
export const BASELINE_HINT = 'write it with vpclint --write-baseline FILE';

/** A baseline read from a file. */
export interface Baseline {
  /** The file as given on the command line. */
  readonly file: string;
  /** Entries by fingerprint, in file order. */
  readonly entries: ReadonlyMap<string, BaselineEntry>;
}

/** Longest message kept in an entry (the first sentence, cut here if longer). */
const MAX_MESSAGE = 200;

/** The first sentence of a message, for people reading the baseline. */
export function shortMessage(message: string): string {
  const oneLine = message.replace(/\s+/g, ' ').trim();
  const end = oneLine.search(/\.\s/);
  const sentence = end === -1 ? oneLine : oneLine.slice(0, end + 1);
  return sentence.length <= MAX_MESSAGE ? sentence : `${sentence.slice(0, MAX_MESSAGE - 1)}…`;
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return cmp(a.id, b.id) || cmp(a.resource, b.resource) || cmp(a.fingerprint, b.fingerprint);
}

/** The baseline entries for findings: one per fingerprint, sorted by rule ID, resource, fingerprint. */
export function toBaselineEntries(findings: readonly Finding[]): BaselineEntry[] {
  const byFingerprint = new Map<string, BaselineEntry>();
  for (const f of findings) {
    if (byFingerprint.has(f.fingerprint)) continue;
    byFingerprint.set(f.fingerprint, {
      fingerprint: f.fingerprint,
      id: f.ruleId,
      rule: f.ruleName,
      resource: f.resource,
      // The input linted: a plan finding located in its `.tf` sources keeps the plan, the file a
      // later run lints, by which it tells the entries it no longer finds (fixed).
      file: f.planLocation?.file ?? f.location.file,
      message: shortMessage(f.message),
    });
  }
  return [...byFingerprint.values()].sort(compareEntries);
}

/** The text of a baseline file recording `findings`, ending in a newline. */
export function renderBaseline(findings: readonly Finding[]): string {
  const entries = toBaselineEntries(findings).map((e) => ({
    fingerprint: e.fingerprint,
    id: e.id,
    rule: e.rule,
    resource: e.resource,
    ...(e.file === undefined ? {} : { file: e.file }),
    message: e.message,
  }));
  return `${JSON.stringify({ version: BASELINE_VERSION, findings: entries }, null, 2)}\n`;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Reads a baseline from its parsed JSON (src/config/baseline-file.ts reads the text). Throws an
 * InputError naming the file when it is not a baseline this version of vpclint reads.
 */
export function baselineFromJson(json: unknown, file: string): Baseline {
  const hint = BASELINE_HINT;
  const fail = (why: string): never => {
    throw new InputError(`this is not a vpclint baseline: ${why}`, { file, hint });
  };
  if (!isRecord(json)) return fail('it is not a JSON object');
  if (!Object.hasOwn(json, 'version')) return fail('it has no "version"');
  if (json.version !== BASELINE_VERSION) {
    return fail(`its version is ${JSON.stringify(json.version)}; this vpclint reads version ${BASELINE_VERSION}`);
  }
  const list = json.findings;
  if (!Array.isArray(list)) return fail('"findings" is not a list');
  const entries = new Map<string, BaselineEntry>();
  list.forEach((item: unknown, i) => {
    if (!isRecord(item)) return fail(`findings[${i}] is not an object`);
    const str = (key: string, required: boolean): string | undefined => {
      const v = Object.hasOwn(item, key) ? item[key] : undefined;
      if (v === undefined && !required) return undefined;
      if (typeof v !== 'string' || v === '') return fail(`findings[${i}].${key} is not a non-empty string`);
      return v;
    };
    const fingerprint = str('fingerprint', true) as string;
    const file = str('file', false);
    const entry: BaselineEntry = {
      fingerprint,
      id: str('id', true) as string,
      rule: str('rule', false) ?? '',
      resource: str('resource', false) ?? '',
      ...(file === undefined ? {} : { file }),
      message: typeof item.message === 'string' ? item.message : '',
    };
    if (!entries.has(fingerprint)) entries.set(fingerprint, entry);
  });
  return { file, entries };
}

export interface BaselineOptions {
  /** IDs of the rules that ran to the end in this run (not off, not crashed). */
  readonly ranRules: ReadonlySet<string>;
  /** Files linted in this run (display paths). */
  readonly files: ReadonlySet<string>;
}

export interface BaselineResult {
  /** Findings not in the baseline: new. */
  readonly findings: Finding[];
  /** Findings the baseline accepts, each with an external suppression. */
  readonly suppressed: Finding[];
  readonly comparison: BaselineComparison;
}

/**
 * Compares findings with a baseline. An entry is fixed when its rule ran and its file (if the
 * entry names one) was linted in this run, yet no finding has its fingerprint; entries of rules
 * that did not run or of files not linted this time are not judged.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline, options: BaselineOptions): BaselineResult {
  const active: Finding[] = [];
  const suppressed: Finding[] = [];
  const matched = new Set<string>();
  for (const f of findings) {
    if (!baseline.entries.has(f.fingerprint)) {
      active.push(f);
      continue;
    }
    matched.add(f.fingerprint);
    suppressed.push({ ...f, suppression: { kind: 'external', via: 'baseline', reason: `accepted in the baseline ${baseline.file}` } });
  }
  const fixed = [...baseline.entries.values()]
    .filter((e) => !matched.has(e.fingerprint) && options.ranRules.has(e.id) && (e.file === undefined || options.files.has(e.file)))
    .sort(compareEntries);
  return { findings: active, suppressed, comparison: { file: baseline.file, fixed } };
}
