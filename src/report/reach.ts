/**
 * The answer of `vpclint reach FROM TO` as text (the verdict, then the hops in the order a packet
 * meets them, each with its decision, resource, file:line and detail; the first blocking hop with
 * its fix) and as JSON. Pure functions like the other reporters: the CLI prints what they return.
 * Everything here that comes from the input (addresses, tag values, file names, the endpoints as
 * typed) is escaped (escape.ts), so a line of output stays one line and starts no workflow command.
 */
import type { SourceLocation } from '../parse/source.js';
import type { FlowSpec, Hop, HopDecision, PathResult, ReachResult, Verdict } from '../model/reach/flow.js';
import { flowText } from '../model/reach/sg.js';
import { escapeJsonOutput, escapeText, neutralizeCommands } from './escape.js';

/** One end of the question: what was typed, and what it resolved to. */
export interface ReachEnd {
  readonly text: string;
  /** `subnet`, `security-group`, `vpc` or `address`. */
  readonly kind: string;
  /** The resource's label (address or logical ID), or the CIDR block of an address. */
  readonly label: string;
  /** For an address: the subnet it is in. */
  readonly subnet?: string;
}

export interface ReachReport {
  readonly from: ReachEnd;
  readonly to: ReachEnd;
  readonly flow: FlowSpec;
  readonly result: ReachResult;
}

type Style = (s: string) => string;
const plain: Style = (s) => s;
const sgr =
  (open: number, close: number): Style =>
  (s) =>
    `\u001b[${open}m${s}\u001b[${close}m`;

const VERDICT_STYLE: Readonly<Record<Verdict, readonly [number, number]>> = { allowed: [32, 39], denied: [31, 39], unknown: [33, 39] };
const DECISION_STYLE: Readonly<Record<HopDecision, Verdict>> = { pass: 'allowed', block: 'denied', unknown: 'unknown' };
const MARK: Readonly<Record<HopDecision, string>> = { pass: '✓', block: '✗', unknown: '?' };
/** The longest hop name (`return-nacl-out`), so resources line up. */
const HOP_WIDTH = 15;

function where(location: SourceLocation | undefined): string {
  return location === undefined ? '' : `${location.file}:${location.line}`;
}

function endText(end: ReachEnd): string {
  const label = end.subnet === undefined ? end.label : `${end.label} in ${end.subnet}`;
  return end.text === end.label ? escapeText(label) : `${escapeText(end.text)} (${escapeText(label)})`;
}

/** The pair of subnets the hops are shown for, when the endpoints stand for several. */
function shownPair(result: ReachResult): PathResult | undefined {
  return result.pairs.find((p) => p.path === result.path);
}

/** The text answer; `color` adds ANSI colours to the verdict and the decision marks. */
export function renderReachText(report: ReachReport, color: boolean): string {
  const { result } = report;
  const paint = (verdict: Verdict): Style => (color ? sgr(...VERDICT_STYLE[verdict]) : plain);
  const bold: Style = color ? sgr(1, 22) : plain;
  const out: string[] = [`${bold(paint(result.verdict)(result.verdict))}: ${flowText(report.flow)} from ${endText(report.from)} to ${endText(report.to)}`];
  if (result.path.length > 0) out.push('');
  for (const hop of result.path) {
    const mark = paint(DECISION_STYLE[hop.decision])(MARK[hop.decision]);
    const at = where(hop.location);
    out.push(`  ${mark} ${hop.hop.padEnd(HOP_WIDTH)}  ${escapeText(hop.resource)}${at === '' ? '' : `  ${escapeText(at)}`}`);
    out.push(`      ${escapeText(hop.detail)}`);
    if (hop === result.blockedBy && hop.fix !== undefined) out.push(`      ${bold('fix:')} ${escapeText(hop.fix)}`);
  }
  const tail: string[] = [];
  const blocked = result.blockedBy;
  if (blocked !== undefined) {
    const at = where(blocked.location);
    tail.push(`Blocked at ${blocked.hop} by ${escapeText(blocked.resource)}${at === '' ? '' : ` (${escapeText(at)})`}.`);
  }
  if (result.verdict === 'unknown') {
    // The hops marked ? say why already; other reasons (the subnet pairs disagree, an end has no
    // subnet) are listed.
    const undecided = result.path.filter((h) => h.decision === 'unknown');
    if (undecided.length > 0) tail.push(`Undecided at ${undecided.map((h) => h.hop).join(', ')}: the hops marked ? cannot be decided from the code.`);
    const details = new Set(undecided.map((h) => h.detail));
    const other = result.reasons.filter((r) => !details.has(r));
    if (other.length > 0) tail.push('Unknown because:', ...other.map((r) => `  - ${escapeText(r)}`));
  }
  const pair = shownPair(result);
  if (result.pairs.length > 1) {
    const same = result.pairs.every((p) => p.verdict === result.verdict);
    if (pair !== undefined) {
      tail.push(
        `The hops are from ${escapeText(pair.from.subnet)} (${escapeText(pair.from.range)}) to ${escapeText(pair.to.subnet)} (${escapeText(pair.to.range)}), one of ${result.pairs.length} subnet pairs${same ? `, all ${result.verdict}.` : `, which disagree:`}`,
      );
    }
    if (!same) for (const p of result.pairs) tail.push(`  ${paint(p.verdict)(p.verdict.padEnd(7))}  ${escapeText(p.from.subnet)} -> ${escapeText(p.to.subnet)}`);
  }
  for (const note of result.notes) tail.push(`Note: ${escapeText(note)}`);
  if (tail.length > 0) out.push('', ...tail);
  return neutralizeCommands(`${out.join('\n')}\n`);
}

interface JsonHop {
  readonly hop: Hop['hop'];
  readonly resource: string;
  readonly location: { readonly file: string; readonly line: number; readonly column?: number } | null;
  readonly decision: HopDecision;
  readonly detail: string;
  readonly fix?: string;
}

function toJsonHop(hop: Hop): JsonHop {
  const l = hop.location;
  const location = l === undefined ? null : l.column === undefined ? { file: l.file, line: l.line } : { file: l.file, line: l.line, column: l.column };
  return { hop: hop.hop, resource: hop.resource, location, decision: hop.decision, detail: hop.detail, ...(hop.fix === undefined ? {} : { fix: hop.fix }) };
}

/**
 * `--format json`: `{ verdict, from, to, flow, path, blockedBy, reasons, notes, pairs }`. `path`
 * holds the hops of the shown subnet pair; `blockedBy` is the first blocking hop (with its fix) or
 * null; `pairs` lists every source/destination subnet pair when an end stands for several.
 */
export function renderReachJson(report: ReachReport): string {
  const { result } = report;
  const end = (e: ReachEnd): Record<string, string> => ({ text: e.text, kind: e.kind, resource: e.label, ...(e.subnet === undefined ? {} : { subnet: e.subnet }) });
  const flow = report.flow.protocol === 'all' || report.flow.port === undefined ? { protocol: report.flow.protocol } : { protocol: report.flow.protocol, port: report.flow.port };
  const json = {
    verdict: result.verdict,
    from: end(report.from),
    to: end(report.to),
    flow,
    path: result.path.map(toJsonHop),
    blockedBy: result.blockedBy === undefined ? null : toJsonHop(result.blockedBy),
    reasons: result.reasons,
    notes: result.notes,
    pairs: result.pairs.map((p) => ({ from: p.from, to: p.to, verdict: p.verdict })),
  };
  return `${escapeJsonOutput(JSON.stringify(json, null, 2))}\n`;
}
