/**
 * The pull-request comment (also the Action's job summary): a hidden marker the Action finds the
 * comment by, a one-line verdict, counts by severity, a Mermaid diagram of the peering topology,
 * then the findings grouped by file with rule links and collapsible details.
 *
 * Everything that comes from the input (addresses, file names, tag values quoted in messages) is
 * escaped: in Markdown and HTML as character references, which neither Markdown nor HTML read as
 * markup, with a zero-width space after `@` and `#` so GitHub makes no mention or issue link; in
 * Mermaid labels as Mermaid's own `#code;` entities. GitHub refuses comments longer than 65,536
 * characters, so the findings stop early with an "and N more" line when they would not fit.
 */
import type { Rule } from '../engine/define-rule.js';
import { REPO_URL } from '../engine/define-rule.js';
import type { Finding, LintResult, Severity } from '../engine/finding.js';
import type { IntentResult } from '../engine/intents.js';
import { blockedRules, groupUnresolved } from './unresolved.js';
import type { Topology, TopologyPeering, TopologyVpc } from '../model/topology.js';
// The rule whose findings the diagram draws as a "no route back" arrow.
import { MISSING_RETURN_RULE } from './topology-marks.js';
import { isUnsafeChar, visibleEscape } from './escape.js';
import { fileCounts, filesPhrase } from './file-counts.js';
import { fenced, fixPlace } from './fix-text.js';
import type { ReportContext } from './types.js';

/** The hidden first line the Action finds its comment by. */
export const COMMENT_MARKER = '<!-- vpclint:pr-comment -->';

/** GitHub's limit for an issue or pull-request comment body. */
export const MAX_MARKDOWN_LENGTH = 65_536;

/**
 * Peering connections drawn at most. GitHub's Mermaid refuses diagrams over 500 edges or 50,000
 * characters, and a few dozen edges is already the most a reader can follow in a comment.
 */
export const MAX_DIAGRAM_PEERINGS = 50;
/** The diagram's share of the comment, in characters; fewer connections are drawn above it. */
const MAX_DIAGRAM_LENGTH = 20_000;
/** Longest label in the diagram, in characters, before escaping. */
const MAX_LABEL = 80;
/** Input errors and unresolved checks listed at most (JSON and SARIF list them all). */
export const MAX_LISTED = 20;
/** Longest message, reason or error text shown, in characters, before escaping. */
const MAX_TEXT = 1_000;

const ICON: Readonly<Record<Severity, string>> = { error: '🔴', warning: '🟠', note: '🔵' };
const VERDICT_ICON: Readonly<Record<Severity, string>> = { error: '❌', warning: '⚠️', note: 'ℹ️' };

/** Cuts text to `max` characters (not UTF-16 units), marking the cut with an ellipsis. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

const HTML_REFS: ReadonlyMap<string, string> = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  // Markdown punctuation that can start markup in the middle of a line: escapes, code, emphasis,
  // links, tables, strikethrough, math. (`_` is handled apart: inside a word it is plain text.)
  ['\\', '&#92;'],
  ['`', '&#96;'],
  ['*', '&#42;'],
  ['[', '&#91;'],
  [']', '&#93;'],
  ['|', '&#124;'],
  ['~', '&#126;'],
  ['$', '&#36;'],
]);

const ZWSP = '&#8203;';

const WORD = /[A-Za-z0-9]/;

/**
 * Input text as inert Markdown and HTML text, valid both in Markdown paragraphs and inside HTML
 * blocks (`<summary>`), not in attribute values. Newlines become `<br>`; other control characters,
 * line separators and bidi overrides are shown as visible escapes (`\t`, `\xNN`, `\u202e`, as in
 * escape.ts). Mentions (`@user`), issue references (`#1`) and bare URLs get a zero-width
 * space so GitHub links nothing. An `_` between letters or digits stays as it is: GitHub's
 * Markdown never reads it as emphasis there, and addresses are full of them.
 */
export function escapeMarkdown(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const ref = HTML_REFS.get(ch);
    if (ref !== undefined) {
      out += ref;
    } else if (ch === '_') {
      out += WORD.test(text.charAt(i - 1)) && WORD.test(text.charAt(i + 1)) ? '_' : '&#95;';
    } else if (ch === '\n') {
      out += '<br>';
    } else if (ch === '\r') {
      if (text.charAt(i + 1) !== '\n') out += '<br>';
    } else if (ch === '@' || ch === '#') {
      out += ch + ZWSP;
    } else if (ch === ':' && text.startsWith('//', i + 1)) {
      out += `:${ZWSP}`;
    } else if ((ch === 'w' || ch === 'W') && /^www\./i.test(text.slice(i, i + 4))) {
      out += ch + ZWSP;
    } else if (isUnsafeChar(ch)) {
      out += `&#92;${visibleEscape(ch).slice(1)}`;
    } else {
      out += ch;
    }
  }
  return out;
}

/** A URL of vpclint's own (a rule's docs) as an HTML attribute value. */
function escapeAttribute(url: string): string {
  return url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Input text as a Mermaid label (inside double quotes): anything but plain characters becomes `#code;`. */
export function escapeMermaid(text: string): string {
  let out = '';
  for (const ch of truncate(text.replace(/\s+/g, ' '), MAX_LABEL)) {
    out += /^[A-Za-z0-9 ./:,=+_-]$/.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  }
  return out;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a, b and c" */
function listing(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

function verdict(result: LintResult, counts: Record<Severity, number>): string {
  const read = fileCounts(result);
  const files = filesPhrase(read, result.findings.length > 0);
  const incomplete =
    result.errors.length > 0 ? `; the results are incomplete (${plural(result.errors.length, 'input or tool error')})` : '';
  const entries = groupUnresolved(result.unresolved).length;
  const blocked = entries === result.unresolved.length ? '' : ` (blocked by ${plural(entries, 'unknown')})`;
  const undecided = result.unresolved.length > 0 ? ` ${plural(result.unresolved.length, 'check')} could not be decided${blocked}.` : '';
  if (result.findings.length > 0) {
    const worst: Severity = counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'note';
    const parts: string[] = [];
    if (counts.error > 0) parts.push(plural(counts.error, 'error'));
    if (counts.warning > 0) parts.push(plural(counts.warning, 'warning'));
    if (counts.note > 0) parts.push(plural(counts.note, 'note'));
    return `**${VERDICT_ICON[worst]} vpclint found ${listing(parts)} in ${files}${incomplete}.**${undecided}`;
  }
  if (result.errors.length > 0) {
    return `**⚠️ No findings in what vpclint read, but the results are incomplete: ${plural(result.errors.length, 'input or tool error')}.**${undecided}`;
  }
  if (result.files.length === 0) return '**✅ No problems: vpclint found no input that it reads.**';
  return `**✅ No problems in ${files}.**${undecided}`;
}

function countsTable(result: LintResult, counts: Record<Severity, number>): string {
  const rows = [
    '| | Count |',
    '| :-- | --: |',
    `| ${ICON.error} Errors | ${counts.error} |`,
    `| ${ICON.warning} Warnings | ${counts.warning} |`,
    `| ${ICON.note} Notes | ${counts.note} |`,
    `| ⚪ Checks not decided | ${result.unresolved.length} |`,
  ];
  if (result.errors.length > 0) rows.push(`| ⚠️ Input or tool errors | ${result.errors.length} |`);
  // Suppressed findings are counted, not listed: they were accepted on purpose (JSON and SARIF list them).
  const suppressed = result.suppressed?.length ?? 0;
  if (suppressed > 0) rows.push(`| 🔕 Suppressed or accepted by the baseline (not listed) | ${suppressed} |`);
  if (result.baseline !== undefined) rows.push(`| ✅ Fixed since the baseline | ${result.baseline.fixed.length} |`);
  return rows.join('\n');
}

const RED = 'stroke:#cf222e,stroke-width:2px,color:#cf222e';
const AMBER = 'stroke:#bf8700,stroke-width:2px,color:#bf8700';
const MISSING = 'stroke:#cf222e,stroke-width:2px,stroke-dasharray:4 4,color:#cf222e';
const INTENT = 'stroke:#8250df,stroke-width:3px,color:#8250df';
/** Node classes: a VPC with overlapping blocks, and a VPC with a finding of its own, by severity. */
const CLASS_DEFS: Readonly<Record<string, string>> = {
  overlap: 'fill:#ffebe9,stroke:#cf222e,stroke-width:3px,stroke-dasharray:6 3',
  error: 'stroke:#cf222e,stroke-width:2px',
  warning: 'stroke:#bf8700,stroke-width:2px',
  note: 'stroke:#0969da,stroke-width:2px',
};

/**
 * Above this many VPCs in the topology only the neighbourhood of the problems is drawn: the VPCs
 * in findings and their direct peers. Ten boxes with their CIDRs are about what fits the width of
 * a pull-request comment and still reads at GitHub's scale.
 */
export const FULL_DIAGRAM_VPCS = 10;

/**
 * The parts of a Terraform address (`module.a["x"].module.b.aws_vpc.this[0]`): its module calls
 * and the resource itself (`data.` included); undefined for anything else (a CloudFormation
 * logical ID, a real VPC ID), whose label is then used whole.
 */
function addressParts(address: string): { modules: string[]; resource: string } | undefined {
  const tokens: string[] = [];
  let depth = 0;
  let quoted = false;
  let token = '';
  for (let i = 0; i < address.length; i++) {
    const ch = address.charAt(i);
    if (quoted) {
      if (ch === '\\') token += ch + address.charAt(++i);
      else token += ch;
      if (ch === '"') quoted = false;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === '[') depth += 1;
    else if (ch === ']') depth -= 1;
    if (ch === '.' && depth === 0) {
      tokens.push(token);
      token = '';
    } else {
      token += ch;
    }
  }
  tokens.push(token);
  const modules: string[] = [];
  let i = 0;
  while (tokens[i] === 'module' && i + 2 < tokens.length) {
    modules.push(`module.${tokens[i + 1]}`);
    i += 2;
  }
  const rest = tokens.slice(i);
  const resource = rest[0] === 'data' ? rest.length === 3 : rest.length === 2;
  if (!resource || rest.some((t) => t === '' || !/^[A-Za-z_]/.test(t))) return undefined;
  return { modules, resource: rest.join('.') };
}

/**
 * The ways a VPC can be named, shortest first: the suffixes of its address that end with its
 * module call (`module.spoke["a"]`, `module.net.module.spoke["a"]`) and those that end with the
 * resource (`module.spoke["a"].aws_vpc.this`, ...), the whole address last. A VPC in a module is
 * never named without its module call: a bare `aws_vpc.this` would read as the root module's.
 */
function labelForms(vpc: TopologyVpc): { name: string | undefined; forms: string[] } {
  const name = vpc.name === undefined || vpc.name.trim() === '' ? undefined : vpc.name;
  const parts = addressParts(vpc.label);
  if (parts === undefined) return { name, forms: [vpc.label] };
  const forms: string[] = [];
  const innermost = Math.max(parts.modules.length - 1, 0);
  for (let k = innermost; k >= 0; k--) forms.push([...parts.modules.slice(k), parts.resource].join('.'));
  for (let k = parts.modules.length - 1; k >= 0; k--) forms.push(parts.modules.slice(k).join('.'));
  const order = new Map(forms.map((f, i) => [f, i]));
  forms.sort((a, b) => a.length - b.length || (order.get(a) as number) - (order.get(b) as number));
  return { name, forms: forms.includes(vpc.label) ? forms : [...forms, vpc.label] };
}

/**
 * The label of each VPC drawn: its `Name` tag where it has one, else the shortest form of its
 * address (see labelForms) that is no form of any other VPC drawn: `aws_vpc.hub`;
 * `module.spoke["a"]` for the one VPC of that module instance, `module.spoke["a"].aws_vpc.this`
 * when it has two; the whole address when nothing shorter is unique. A `Name` that
 * another drawn VPC also has (or that is another's address form) gets that shortest address in
 * parentheses, so no two boxes read the same.
 */
export function diagramLabels(vpcs: readonly TopologyVpc[]): Map<string, string> {
  const all = vpcs.map((v) => ({ vpc: v, ...labelForms(v) }));
  const uses = new Map<string, number>();
  for (const { name, forms } of all) {
    for (const f of new Set(name === undefined ? forms : [name, ...forms])) uses.set(f, (uses.get(f) ?? 0) + 1);
  }
  const labels = new Map<string, string>();
  for (const { vpc, name, forms } of all) {
    const short = forms.find((f) => uses.get(f) === 1) ?? vpc.label;
    labels.set(vpc.key, name === undefined ? short : uses.get(name) === 1 ? name : `${name} (${short})`);
  }
  return labels;
}

/**
 * A box's text: the label, each CIDR block on a line of its own (Mermaid wraps long lines at
 * their spaces, in boxes narrower than two blocks side by side), then the markers.
 */
function vpcLabel(vpc: TopologyVpc, label: string): string {
  const cidrs = vpc.cidrs.length > 0 ? [...vpc.cidrs] : ['CIDR unknown'];
  if (vpc.cidrs.length > 0 && vpc.cidrsIncomplete) cidrs.push('more unknown');
  const lines = [escapeMermaid(label), ...cidrs.map(escapeMermaid)];
  if (vpc.external) lines.push('(outside the linted files)');
  // "⚠ overlapping CIDR" with no-break spaces, so it stays on one line however narrow the box.
  if (vpc.overlaps) lines.push('#9888;#160;overlapping#160;CIDR');
  if (vpc.ruleIds.length > 0) lines.push(escapeMermaid(vpc.ruleIds.join(', ')));
  return lines.join('<br/>');
}

/** A broken intent drawn in the diagram: a thick arrow from its source VPC to its destination VPC. */
interface IntentEdge {
  readonly from: string;
  readonly to: string;
  readonly label: string;
}

/** The broken intents whose two ends are each in one VPC of the topology, and in two different VPCs. */
function intentEdges(topology: Topology, intents: readonly IntentResult[] | undefined): IntentEdge[] {
  const keys = new Set(topology.vpcs.map((v) => v.key));
  const out: IntentEdge[] = [];
  for (const i of intents ?? []) {
    if (i.status !== 'broken' || i.fromVpc === undefined || i.toVpc === undefined || i.fromVpc === i.toVpc) continue;
    if (!keys.has(i.fromVpc) || !keys.has(i.toVpc)) continue;
    out.push({ from: i.fromVpc, to: i.toVpc, label: `intent ${i.name}: ${i.verdict}${i.brokenAt === undefined ? '' : ` at ${i.brokenAt.hop}`}` });
  }
  return out;
}

/** The Mermaid flowchart of `peerings` (already chosen and ordered), with the broken intents' arrows between VPCs drawn. */
function mermaid(vpcs: readonly TopologyVpc[], peerings: readonly TopologyPeering[], intents: readonly IntentEdge[] = []): string {
  const byKey = new Map(vpcs.map((v) => [v.key, v]));
  const drawn = new Set<string>();
  for (const p of peerings) for (const k of [p.requester, p.accepter]) if (k !== undefined) drawn.add(k);
  const labels = diagramLabels(vpcs.filter((v) => drawn.has(v.key)));
  const ids = new Map<string, string>();
  const nodes: string[] = [];
  const classes = new Map<string, string[]>();
  const node = (key: string | undefined): string => {
    if (key === undefined) {
      const id = `u${nodes.length}`;
      nodes.push(`  ${id}["? VPC unknown until apply"]`);
      return id;
    }
    let id = ids.get(key);
    if (id === undefined) {
      id = `v${ids.size}`;
      ids.set(key, id);
      const vpc = byKey.get(key);
      const label = vpc === undefined ? escapeMermaid(key) : vpcLabel(vpc, labels.get(key) ?? vpc.label);
      nodes.push(vpc?.external === true ? `  ${id}(["${label}"])` : `  ${id}["${label}"]`);
      const cls = vpc === undefined ? undefined : vpc.overlaps ? 'overlap' : vpc.worst;
      if (cls !== undefined) classes.set(cls, [...(classes.get(cls) ?? []), id]);
    }
    return id;
  };
  const edges: string[] = [];
  const styles: string[] = [];
  for (const p of peerings) {
    const a = node(p.requester);
    const b = node(p.accepter);
    const missing: { from: string; to: string }[] = [];
    for (const m of p.missingRoutes) {
      const from = m.from === p.requester ? a : m.from === p.accepter ? b : undefined;
      const to = m.to === p.requester ? a : m.to === p.accepter ? b : undefined;
      if (from !== undefined && to !== undefined) missing.push({ from, to });
    }
    // The "no route back" arrow says what NET201 found; the connection carries the other rules.
    const ruleIds = missing.length > 0 ? p.ruleIds.filter((id) => id !== MISSING_RETURN_RULE) : p.ruleIds;
    const marker = ruleIds.length > 0 ? `|"${escapeMermaid(ruleIds.join(', '))}"|` : '';
    if (marker !== '' && p.worst === 'error') styles.push(`  linkStyle ${edges.length} ${RED}`);
    else if (marker !== '' && p.worst === 'warning') styles.push(`  linkStyle ${edges.length} ${AMBER}`);
    // One direction without a route back: the connection is an arrow the way traffic does flow.
    const one = missing.length === 1 ? missing[0] : undefined;
    edges.push(one === undefined ? `  ${a} ---${marker} ${b}` : `  ${one.to} -->${marker} ${one.from}`);
    for (const m of missing) {
      styles.push(`  linkStyle ${edges.length} ${MISSING}`);
      edges.push(`  ${m.from} -.->|"no route back"| ${m.to}`);
    }
  }
  for (const i of intents) {
    if (!ids.has(i.from) || !ids.has(i.to)) continue;
    styles.push(`  linkStyle ${edges.length} ${INTENT}`);
    edges.push(`  ${ids.get(i.from)} ==>|"${escapeMermaid(i.label)}"| ${ids.get(i.to)}`);
  }
  const defs: string[] = [];
  for (const [cls, members] of classes) defs.push(`  classDef ${cls}Vpc ${CLASS_DEFS[cls]}`, `  class ${members.join(',')} ${cls}Vpc`);
  return ['```mermaid', 'flowchart LR', ...nodes, ...edges, ...styles, ...defs, '```'].join('\n');
}

function topologySection(topology: Topology | undefined, intents?: readonly IntentResult[]): string | undefined {
  if (topology === undefined || topology.peerings.length === 0) return undefined;
  const byKey = new Map(topology.vpcs.map((v) => [v.key, v]));
  const flagged = topology.peerings.filter((p) => p.worst !== undefined);
  const broken = intentEdges(topology, intents);
  // The VPCs in findings: those with a finding of their own, those marked overlapping, the ends
  // of every connection with a finding, and the ends of every broken intent.
  const problems = new Set(topology.vpcs.filter((v) => v.ruleIds.length > 0 || v.overlaps).map((v) => v.key));
  for (const p of flagged) for (const k of [p.requester, p.accepter]) if (k !== undefined) problems.add(k);
  for (const i of broken) problems.add(i.from).add(i.to);
  const focus = topology.vpcs.length > FULL_DIAGRAM_VPCS;
  // In a large estate, the connections of the VPCs in findings: they reach exactly their direct
  // peers. A connection between two of those peers is left out (in a mesh, those would be most).
  const touchesProblem = (p: TopologyPeering): boolean => [p.requester, p.accepter].some((k) => k !== undefined && problems.has(k));
  const candidates = focus ? topology.peerings.filter((p) => p.worst !== undefined || touchesProblem(p)) : topology.peerings;
  const lines = ['### Peering topology', ''];
  if (candidates.length > 0) {
    // Connections with findings first, then those of VPCs with findings, so the limit cuts healthy ones first.
    const ordered = [
      ...candidates.filter((p) => p.worst !== undefined),
      ...candidates.filter((p) => p.worst === undefined && touchesProblem(p)),
      ...candidates.filter((p) => p.worst === undefined && !touchesProblem(p)),
    ];
    let count = Math.min(ordered.length, MAX_DIAGRAM_PEERINGS);
    let diagram = mermaid(topology.vpcs, ordered.slice(0, count), broken);
    while (diagram.length > MAX_DIAGRAM_LENGTH && count > 1) {
      count = Math.max(1, Math.floor(count / 2));
      diagram = mermaid(topology.vpcs, ordered.slice(0, count), broken);
    }
    const legend =
      'Boxes are VPCs (their Name tag, else their shortest address) with their CIDR blocks and the rules that reported something in them; ' +
      'lines are peering connections with the rules that reported them: red for errors, amber for warnings. ' +
      'An arrow is a connection that carries traffic one way only: the dotted red arrow back has no route.' +
      (broken.length > 0 ? ' A thick purple arrow is a network intent that does not hold, from its source VPC to its destination.' : '');
    lines.push(diagram, '', `<sub>${legend}</sub>`);
    const left = ordered.length - count;
    if (left > 0) {
      const which = count >= flagged.length ? ' (none of them has a finding)' : '';
      lines.push('', `… and ${plural(left, 'more peering connection')} not drawn${which}.`);
    }
  }
  if (focus) {
    const neighbourhood = new Set<string>();
    for (const p of candidates) for (const k of [p.requester, p.accepter]) if (k !== undefined && byKey.has(k)) neighbourhood.add(k);
    const healthyVpcs = topology.vpcs.length - neighbourhood.size;
    const healthyPeerings = topology.peerings.length - candidates.length;
    const what =
      problems.size === 0
        ? `None of the ${topology.vpcs.length} peered VPCs has a finding, so none is drawn`
        : `${topology.vpcs.length} peered VPCs, more than ${FULL_DIAGRAM_VPCS}: only the VPCs with findings and their direct peers are drawn`;
    const left = healthyVpcs + healthyPeerings === 0 ? '' : ` Not drawn: ${plural(healthyVpcs, 'healthy VPC')} and ${plural(healthyPeerings, 'healthy peering connection')}.`;
    if (candidates.length > 0) lines.push('');
    lines.push(`${what}.${left}`);
  }
  return lines.join('\n');
}

const INTENT_ICON: Readonly<Record<IntentResult['status'], string>> = { holds: '✅', broken: '❌', unknown: '⚪' };

/** The table of the configuration's intents: what each expects and what the run found. */
function intentsSection(intents: readonly IntentResult[] | undefined): string | undefined {
  if (intents === undefined || intents.length === 0) return undefined;
  const lines = ['### Network intents', '', '| | Intent | Flow | Expected | Verdict |', '| --- | --- | --- | --- | --- |'];
  for (const i of intents.slice(0, MAX_LISTED)) {
    const flow = `${escapeMarkdown(i.flow)} from ${code(i.from)} to ${code(i.to)}`;
    const at = i.brokenAt === undefined ? '' : ` (${escapeMarkdown(i.brokenAt.hop)} ${code(i.brokenAt.resource)})`;
    const verdict = i.status === 'unknown' ? 'unknown (see the checks that could not be decided)' : `${i.verdict}${at}`;
    lines.push(`| ${INTENT_ICON[i.status]} | ${escapeMarkdown(truncate(i.name, MAX_LABEL))} | ${flow} | ${i.expect} | ${verdict} |`);
  }
  const more = intents.length - MAX_LISTED;
  if (more > 0) lines.push('', `… and ${plural(more, 'more intent')}; \`vpclint --format json\` lists their findings.`);
  return lines.join('\n');
}

function code(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}

function ruleLink(ruleId: string, rule: Rule | undefined): string {
  return rule === undefined ? `<b>${escapeMarkdown(ruleId)}</b>` : `<a href="${escapeAttribute(rule.docsUrl)}"><b>${escapeMarkdown(ruleId)}</b></a>`;
}

function findingBlock(f: Finding, rule: Rule | undefined): string {
  const where = f.location.column === undefined ? `line ${f.location.line}` : `line ${f.location.line}:${f.location.column}`;
  const summary = `${ICON[f.severity]} ${ruleLink(f.ruleId, rule)} ${where}: ${escapeMarkdown(truncate(f.message, MAX_TEXT))}`;
  const details: string[] = [];
  const name = `${escapeMarkdown(f.ruleId)} ${escapeMarkdown(f.ruleName)}`;
  details.push(rule === undefined ? `- **Rule:** ${name} (${f.severity})` : `- **Rule:** [${name}](${rule.docsUrl}) (${f.severity}): ${rule.summary}`);
  details.push(`- **Resource:** ${code(f.resource)}`);
  // A plan finding located in its `.tf` sources: which module instantiation, and where the plan has it.
  for (const m of f.moduleCalls ?? []) {
    details.push(`- **Module call:** ${code(m.address)} at ${code(m.location.file)} line ${m.location.line}`);
    if (m.installedSource !== undefined) details.push(`- **In module source:** ${code(m.installedSource.file)} line ${m.installedSource.line}`);
  }
  if (f.planLocation !== undefined) details.push(`- **Plan:** ${code(f.planLocation.file)} line ${f.planLocation.line}:${f.planLocation.column ?? 1}`);
  if (f.related.length > 0) details.push(`- **Related:** ${f.related.map(code).join(', ')}`);
  if (rule !== undefined) details.push(`- **How to fix:** ${rule.remediation}`);
  details.push(`- **Fingerprint:** <code>${escapeMarkdown(f.fingerprint)}</code>`);
  // The suggested fix, under the finding: what and where, then the lines to paste.
  const fix = f.fix === undefined ? [] : ['', `**Suggested fix** (${code(fixPlace(f.fix))}): ${escapeMarkdown(f.fix.description)}`];
  if (f.fix !== undefined && f.fix.text !== '') fix.push('', fenced(f.fix.text, f.fix.language));
  return [`<details><summary>${summary}</summary>`, '', ...details, ...fix, '', '</details>'].join('\n');
}

function errorsSection(result: LintResult): string | undefined {
  if (result.errors.length === 0) return undefined;
  const lines = ['### ⚠️ Input and tool errors', '', 'These files or checks were not fully linted; fix them and run again.', ''];
  for (const e of result.errors.slice(0, MAX_LISTED)) {
    const where = [e.file, e.line, e.line !== undefined ? e.column : undefined].filter((x) => x !== undefined).join(':');
    const hint = e.hint === undefined ? '' : ` (${escapeMarkdown(truncate(e.hint, MAX_TEXT))})`;
    lines.push(`- ${where === '' ? '' : `${code(where)}: `}${escapeMarkdown(truncate(e.message, MAX_TEXT))}${hint}`);
  }
  const more = result.errors.length - MAX_LISTED;
  if (more > 0) lines.push(`- … and ${more} more; the job log lists them all`);
  return lines.join('\n');
}

function unresolvedSection(result: LintResult): string | undefined {
  if (result.unresolved.length === 0) return undefined;
  const entries = groupUnresolved(result.unresolved);
  const blocked = entries.length === result.unresolved.length ? '' : `, blocked by ${plural(entries.length, 'unknown')}`;
  const title = `⚪ ${plural(result.unresolved.length, 'check')} could not be decided${blocked}: a value is unknown until apply or outside the linted files`;
  const lines = [`<details><summary>${title}</summary>`, ''];
  for (const e of entries.slice(0, MAX_LISTED)) {
    const where = `${code(e.location.file)} line ${e.location.line}`;
    if (e.value === undefined) {
      const u = e.checks[0]!;
      lines.push(`- ${where}, ${escapeMarkdown(u.ruleId)} ${escapeMarkdown(u.rule)}, ${code(u.resource)}: ${escapeMarkdown(truncate(u.reason, MAX_TEXT))}`);
    } else {
      lines.push(`- ${where}, ${code(e.resource)}: ${escapeMarkdown(truncate(e.text, MAX_TEXT))}; blocks ${escapeMarkdown(blockedRules(e))}`);
    }
  }
  const more = entries.length - MAX_LISTED;
  if (more > 0) lines.push(`- … and ${more} more; \`vpclint --format json\` lists them all`);
  lines.push('', '</details>');
  return lines.join('\n');
}

/** Renders the pull-request comment; never longer than `MAX_MARKDOWN_LENGTH` characters. */
export function renderMarkdown(result: LintResult, ctx: ReportContext): string {
  const counts = countBySeverity(result.findings);
  const rules = new Map(ctx.rules.map((r) => [r.id, r]));
  const head = [COMMENT_MARKER, '## vpclint', '', verdict(result, counts), '', countsTable(result, counts)];
  const intents = intentsSection(result.intents);
  if (intents !== undefined) head.push('', intents);
  const topology = topologySection(result.topology, result.intents);
  if (topology !== undefined) head.push('', topology);
  const errors = errorsSection(result);
  if (errors !== undefined) head.push('', errors);
  const headText = head.join('\n');

  const tail: string[] = [];
  const unresolved = unresolvedSection(result);
  if (unresolved !== undefined) tail.push(unresolved);
  tail.push(`<sub>[vpclint](${REPO_URL}) ${escapeMarkdown(ctx.toolVersion)}</sub>`);
  const tailText = tail.join('\n\n');

  // Room for the findings: the limit minus the fixed parts, the separators and the "and N more" line.
  const RESERVE = 400;
  let room = MAX_MARKDOWN_LENGTH - headText.length - tailText.length - RESERVE;
  const body: string[] = [];
  let shown = 0;
  if (result.findings.length > 0) {
    body.push('### Findings');
    room -= body[0]!.length + 2;
    let file: string | undefined;
    for (const f of result.findings) {
      const parts: string[] = [];
      if (f.location.file !== file) parts.push(`**${code(f.location.file)}**`);
      parts.push(findingBlock(f, rules.get(f.ruleId)));
      const text = parts.join('\n\n');
      if (text.length + 2 > room) break;
      room -= text.length + 2;
      body.push(text);
      file = f.location.file;
      shown += 1;
    }
    const more = result.findings.length - shown;
    if (more > 0) {
      body.push(
        `**… and ${more} more ${more === 1 ? 'finding' : 'findings'} not shown: a comment holds at most 65,536 characters.** ` +
          'The annotations, the SARIF results and `vpclint` run locally list them all.',
      );
    }
  }
  const out = [headText, ...body, tailText].join('\n\n') + '\n';
  if (out.length <= MAX_MARKDOWN_LENGTH) return out;
  // Only a pathological input (thousands of huge errors or labels) gets here: keep the verdict.
  return `${[COMMENT_MARKER, '## vpclint', '', verdict(result, counts), '', countsTable(result, counts), '', 'The details do not fit in a comment; see the job log.'].join('\n')}\n`;
}
