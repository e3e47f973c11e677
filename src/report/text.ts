/**
 * The default, human-readable output: one aligned line per finding, then the checks that could not
 * be decided, then the baseline's fixed findings (with --baseline), then a one-line summary and how
 * many suppressed findings are not shown. Colour is decided by the caller (TTY, NO_COLOR,
 * FORCE_COLOR) and passed in the context, so this stays a pure function.
 */
import type { Finding, Fix, LintResult, Severity } from '../engine/finding.js';
import { blockedRules, groupUnresolved, unresolvedCount, type UnresolvedEntry } from './unresolved.js';
import { escapeText, neutralizeCommands } from './escape.js';
import { fileCounts, filesPhrase } from './file-counts.js';
import { fixPlace } from './fix-text.js';
import type { ReportContext } from './types.js';

/** More unresolved entries than this are summarized as "… and N more" (JSON lists them all). */
export const MAX_UNRESOLVED_SHOWN = 20;

type Style = (s: string) => string;

interface Palette {
  readonly red: Style;
  readonly yellow: Style;
  readonly cyan: Style;
  readonly green: Style;
  readonly magenta: Style;
  readonly dim: Style;
  readonly bold: Style;
}

const plain: Style = (s) => s;
const sgr =
  (open: number, close: number): Style =>
  (s) =>
    `\u001b[${open}m${s}\u001b[${close}m`;

const NO_COLOURS: Palette = { red: plain, yellow: plain, cyan: plain, green: plain, magenta: plain, dim: plain, bold: plain };
const COLOURS: Palette = {
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  cyan: sgr(36, 39),
  green: sgr(32, 39),
  magenta: sgr(35, 39),
  dim: sgr(2, 22),
  bold: sgr(1, 22),
};

/**
 * Input text (addresses, tag values, file names) reaches the terminal through messages: shown with
 * control characters escaped and no workflow command (see escape.ts), so one row is one line.
 */
const visible = escapeText;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

interface Row {
  readonly where: string;
  readonly label: string;
  readonly paint: Style;
  readonly ruleId: string;
  readonly text: string;
  /** Lines printed under the row (a finding's fix, with --fix-hints). */
  readonly below?: readonly string[];
}

/** A fix under its finding: what and why, where, then the text to paste, indented. */
function fixLines(fix: Fix, dim: Style): string[] {
  const head = `    ${dim('fix')} (${visible(fixPlace(fix))}): ${visible(fix.description)}`;
  if (fix.text === '') return [head];
  return [head, ...fix.text.replace(/\n$/, '').split('\n').map((line) => `      ${visible(line)}`.trimEnd())];
}

/**
 * Lines under a finding: for a plan finding located in its `.tf` sources, the module calls that
 * instantiate it (after the call of an installed module, where the resource is written in that
 * module's files under .terraform/) and the plan position; then its fix, with --fix-hints.
 */
function belowFinding(f: Finding, fixHints: boolean, dim: Style): { below?: readonly string[] } {
  const below = [
    ...(f.moduleCalls ?? []).flatMap((m) => [
      `    ${dim('module call')} ${visible(m.address)} at ${visible(m.location.file)}:${m.location.line}`,
      ...(m.installedSource === undefined ? [] : [`    ${dim('in module source')} ${visible(m.installedSource.file)}:${m.installedSource.line}`]),
    ]),
    ...(f.planLocation === undefined ? [] : [`    ${dim('plan')} ${visible(f.planLocation.file)}:${f.planLocation.line}:${f.planLocation.column ?? 1}`]),
    ...(fixHints && f.fix !== undefined ? fixLines(f.fix, dim) : []),
  ];
  return below.length === 0 ? {} : { below };
}

/** Renders the default text output; ends with a newline. */
export function renderText(result: LintResult, ctx: ReportContext): string {
  const c = ctx.color ? COLOURS : NO_COLOURS;
  const severityPaint: Record<Severity, Style> = { error: c.red, warning: c.yellow, note: c.cyan };

  const findingRows: Row[] = result.findings.map((f) => ({
    where: `${visible(f.location.file)}:${f.location.line}`,
    label: f.severity,
    paint: severityPaint[f.severity],
    ruleId: f.ruleId,
    text: visible(f.message),
    ...belowFinding(f, ctx.fixHints === true, c.dim),
  }));
  // --quiet lists errors only; the summary still counts the checks that could not be decided.
  const entries = ctx.quiet === true ? [] : groupUnresolved(result.unresolved);
  const shown = entries.slice(0, MAX_UNRESOLVED_SHOWN);
  const unresolvedRows: Row[] = shown.map((e) => ({
    where: `${visible(e.location.file)}:${e.location.line}`,
    label: 'unresolved',
    paint: c.magenta,
    ...unresolvedText(e),
  }));

  const fixed = result.baseline?.fixed ?? [];
  const fixedShown = fixed.slice(0, MAX_UNRESOLVED_SHOWN);
  const fixedRows: Row[] = fixedShown.map((e) => ({
    where: e.file === undefined ? '' : visible(e.file),
    label: 'fixed',
    paint: c.green,
    ruleId: e.id,
    text: visible(`${e.resource}: ${e.message}`),
  }));

  // One alignment for every block, so their columns line up.
  const rows = [...findingRows, ...unresolvedRows, ...fixedRows];
  let whereWidth = 0;
  let labelWidth = 0;
  let idWidth = 0;
  for (const r of rows) {
    whereWidth = Math.max(whereWidth, r.where.length);
    labelWidth = Math.max(labelWidth, r.label.length);
    idWidth = Math.max(idWidth, r.ruleId.length);
  }
  // One row, one line: the text is escaped, so it holds no line break (not even a message's own).
  const line = (r: Row): string => {
    // Only unknown values (no rule column) on screen: no empty column either.
    const id = idWidth === 0 ? '' : `${c.dim(r.ruleId.padEnd(idWidth))}  `;
    const row = `${r.where.padEnd(whereWidth)}  ${r.paint(r.label.padEnd(labelWidth))}  ${id}${r.text}`.trimEnd();
    return r.below === undefined ? row : [row, ...r.below].join('\n');
  };

  const blocks: string[] = [];
  if (findingRows.length > 0) blocks.push(findingRows.map(line).join('\n'));
  if (unresolvedRows.length > 0) {
    const more = entries.length - shown.length;
    const tail = more > 0 ? `\n… and ${more} more; use --format json for all` : '';
    blocks.push(unresolvedRows.map(line).join('\n') + tail);
  }
  if (fixedRows.length > 0 && result.baseline !== undefined) {
    const more = fixed.length - fixedShown.length;
    const tail = more > 0 ? `\n… and ${more} more; use --format json for all` : '';
    const head = `${plural(fixed.length, 'finding')} of the baseline ${visible(result.baseline.file)} no longer found (fixed):`;
    blocks.push(`${c.green(head)}\n${fixedRows.map(line).join('\n')}${tail}`);
  }
  blocks.push(summary(result, c));
  // Every field is escaped already; this guards the lines as a whole (a `##[` across two fields).
  return neutralizeCommands(`${blocks.join('\n\n')}\n`);
}

/**
 * An unknown value names the checks it blocks at the end, and leaves the rule column empty; a
 * check that is not blocked by one value keeps its rule in the column and its own reason.
 */
function unresolvedText(e: UnresolvedEntry): { ruleId: string; text: string } {
  if (e.value === undefined) return { ruleId: e.checks[0]!.ruleId, text: visible(`${e.resource}: ${e.text}`) };
  return { ruleId: '', text: visible(`${e.resource}: ${e.text}; blocks ${blockedRules(e)}`) };
}

function summary(result: LintResult, c: Palette): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const f of result.findings) counts[f.severity] += 1;
  const read = fileCounts(result);
  const unresolved = result.unresolved.length;
  let line: string;
  if (result.findings.length > 0) {
    const parts: string[] = [];
    if (counts.error > 0) parts.push(plural(counts.error, 'error'));
    if (counts.warning > 0) parts.push(plural(counts.warning, 'warning'));
    if (counts.note > 0) parts.push(plural(counts.note, 'note'));
    const checks = unresolved > 0 ? `, ${unresolvedCount(result.unresolved)}` : '';
    const text = `✖ ${plural(result.findings.length, 'problem')} (${parts.join(', ')})${checks} in ${filesPhrase(read, true)}`;
    const paint = counts.error > 0 ? c.red : counts.warning > 0 ? c.yellow : c.cyan;
    line = c.bold(paint(text));
  } else if (result.files.length === 0) {
    const text = 'found no input that vpclint reads (Terraform plan JSON, .tf, CloudFormation)';
    // "No problems" would claim a clean result that the errors below contradict.
    line = result.errors.length > 0 ? `nothing linted: ${text}` : c.green(`✔ no problems: ${text}`);
  } else {
    const checks = unresolved > 0 ? ` (${unresolvedCount(result.unresolved)})` : '';
    const files = filesPhrase(read, false);
    line = result.errors.length > 0 ? `no findings in the ${files} read${checks}` : c.green(`✔ no problems in ${files}${checks}`);
  }
  const hidden = suppressedSummary(result);
  if (hidden !== undefined) line += `\n${c.dim(`${hidden} (--format json lists them)`)}`;
  if (result.errors.length > 0) {
    line += `\n${c.bold(c.red(`✖ results are incomplete: ${plural(result.errors.length, 'input or tool error')} (printed on stderr)`))}`;
  }
  return line;
}

/** How many suppressed findings are not shown, and by what; undefined when none are. */
export function suppressedSummary(result: LintResult): string | undefined {
  const suppressed = result.suppressed ?? [];
  if (suppressed.length === 0) return undefined;
  let source = 0;
  let config = 0;
  let baseline = 0;
  for (const f of suppressed) {
    if (f.suppression?.via === 'baseline') baseline += 1;
    else if (f.suppression?.via === 'config') config += 1;
    else source += 1;
  }
  const parts: string[] = [];
  if (source > 0) parts.push(`${source} suppressed in the source`);
  if (config > 0) parts.push(`${config} suppressed by the configuration`);
  if (baseline > 0) parts.push(`${baseline} accepted by the baseline`);
  return `${plural(suppressed.length, 'finding')} not shown: ${parts.join(', ')}`;
}
