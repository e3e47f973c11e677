/**
 * Renders docs/rules.md from the rule metadata and each rule's fixtures, so the docs cannot drift
 * from the code: test/catalogue.test.ts fails when the committed file differs from this output
 * (`npm run docs:update` rewrites it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatMessage, REPO_URL, TOOL_VERSION, type ExampleFormat, type Rule, type RuleExample } from '../../src/engine/define-rule.js';

// docs/rules.md is read on GitHub and inside the npm package, which holds neither rules/ nor
// fixtures/: links to them are absolute, at this version's tag (as the rules' docsUrl is).
const SOURCE_URL = `${REPO_URL}/blob/v${TOOL_VERSION}`;
const TREE_URL = `${REPO_URL}/tree/v${TOOL_VERSION}`;

interface ExpectedEntry {
  file: string;
  line?: number;
  resource: string;
  severity?: string;
  messageId?: string;
  data?: Record<string, string>;
  unresolved?: string;
}

function readExpected(fixturesDir: string, rule: Rule): ExpectedEntry[] {
  const file = path.join(fixturesDir, rule.name, 'expected.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ExpectedEntry[]) : [];
}

function fixtureFiles(fixturesDir: string, rule: Rule): string[] {
  const dir = path.join(fixturesDir, rule.name);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^(positive|negative)-/.test(f))
    .sort();
}

/** Fixture suffixes by format, longest first; `.tf.d/` folders are modules and are not shown. */
const SUFFIXES: readonly (readonly [string, ExampleFormat | 'plan' | 'module'])[] = [
  ['.plan.json', 'plan'],
  ['.cfn.yaml', 'cfn'],
  ['.cfn.json', 'cfn'],
  ['.tf.d', 'module'],
  ['.tf', 'tf'],
];

const FORMAT_NAMES: Readonly<Record<ExampleFormat, string>> = { tf: 'Terraform', cfn: 'CloudFormation' };

function splitName(file: string): { base: string; format: ExampleFormat | 'plan' | 'module' } | undefined {
  for (const [suffix, format] of SUFFIXES) {
    if (file.endsWith(suffix)) return { base: file.slice(0, -suffix.length), format };
  }
  return undefined;
}

function fenceLanguage(file: string): string {
  if (file.endsWith('.tf')) return 'hcl';
  if (file.endsWith('.json')) return 'json';
  return 'yaml';
}

/** A code fence longer than any run of backticks in the text, so a fixture cannot end it. */
function fenced(language: string, text: string): string[] {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${language}`, text, fence];
}

/** A rule whose docs cannot be rendered (a missing example or reference): the message says which and why. */
export class DocsError extends Error {}

/**
 * One example's lines of docs/rules.md: its name, linked to the fixture, then its text (or the
 * lines the rule names). Fails when the file is not in the rule's folder, is not a `positive-`
 * (`bad`) or `negative-` (`good`) fixture of this format, or the line range is outside it.
 */
function renderExample(
  rule: Rule,
  fixturesDir: string,
  format: ExampleFormat,
  kind: 'bad' | 'good',
  example: RuleExample,
  expected: readonly ExpectedEntry[],
): string[] {
  const file = typeof example === 'string' ? example : example.file;
  const where = `${rule.name}: docs.examples.${format}.${kind} (${file})`;
  const prefix = kind === 'bad' ? 'positive-' : 'negative-';
  if (!file.startsWith(prefix)) throw new DocsError(`${where}: a ${kind} example must be a ${prefix}* fixture`);
  if (splitName(file)?.format !== format) throw new DocsError(`${where}: not a ${FORMAT_NAMES[format]} fixture`);
  const full = path.join(fixturesDir, rule.name, file);
  if (!existsSync(full)) throw new DocsError(`${where}: no such file in fixtures/${rule.name}/`);
  const text = readFileSync(full, 'utf8').replace(/\n$/, '');
  const all = text.split('\n');
  let shown = text;
  let range = '';
  if (typeof example !== 'string') {
    const [from, to] = example.lines;
    if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 1 && from <= to && to <= all.length)) {
      throw new DocsError(`${where}: lines ${from}-${to} are not within its ${all.length} lines`);
    }
    shown = all.slice(from - 1, to).join('\n');
    range = `, lines ${from}-${to} of ${all.length}`;
  }
  const findings = expected.filter((e) => e.file === file && e.unresolved === undefined && e.messageId !== undefined);
  if (kind === 'bad' && findings.length === 0) {
    throw new DocsError(`${where}: a bad example must be a fixture with a finding in expected.json`);
  }
  const link = `[\`${file}\`](${SOURCE_URL}/fixtures/${rule.name}/${file})`;
  const out: string[] = [];
  const base = splitName(file)!.base;
  const twin = format === 'tf' && existsSync(path.join(fixturesDir, rule.name, `${base}.plan.json`)) ? `${base}.plan.json` : undefined;
  const twinNote = twin === undefined ? '' : ` (its plan JSON, \`${twin}\`, holds the same resources and gives the same result)`;
  out.push(`${kind === 'bad' ? 'Flagged' : 'Passes'}: ${link}${range}${twinNote}`);
  out.push('');
  out.push(...fenced(fenceLanguage(file), shown));
  if (kind === 'bad') {
    out.push('');
    out.push(...fenced('text', findings.map((e) => findingLine(rule, e)).join('\n')));
  }
  return out;
}

function findingLine(rule: Rule, e: ExpectedEntry): string {
  const template = (rule.messages as Record<string, string>)[e.messageId!] ?? '';
  return `fixtures/${rule.name}/${e.file}:${e.line}  ${e.severity}  ${rule.id}  ${formatMessage(template, e.data ?? {})}`;
}

/**
 * The Examples section: for each format the rule's fixtures are written in, a flagged and a
 * passing fixture, as the rule's `docs.examples` names them. Plan JSON is shown through its `.tf`
 * twin. Fails when a format with positive (negative) fixtures has no bad (good) example, when a
 * format without positive fixtures does not say why (`note`), or when a Terraform example has no
 * plan twin although the rule has plan fixtures of that kind.
 */
function renderExamples(rule: Rule, fixturesDir: string, expected: readonly ExpectedEntry[]): string[] {
  const files = fixtureFiles(fixturesDir, rule);
  const has = (format: string, prefix: string): boolean =>
    files.some((f) => f.startsWith(prefix) && splitName(f)?.format === format);
  const out: string[] = [];
  const examples = rule.docs?.examples ?? {};
  for (const format of Object.keys(examples) as ExampleFormat[]) {
    if (!has(format, 'positive-') && !has(format, 'negative-')) {
      throw new DocsError(`${rule.name}: docs.examples.${format} is set but the rule has no ${FORMAT_NAMES[format]} fixtures`);
    }
  }
  for (const format of ['tf', 'cfn'] as const) {
    const positives = has(format, 'positive-');
    const negatives = has(format, 'negative-');
    if (!positives && !negatives) continue;
    const spec = examples[format];
    if (positives && spec?.bad === undefined) {
      throw new DocsError(`${rule.name}: its fixtures have ${FORMAT_NAMES[format]} positives but docs.examples.${format}.bad is not set`);
    }
    if (negatives && spec?.good === undefined) {
      throw new DocsError(`${rule.name}: its fixtures have ${FORMAT_NAMES[format]} negatives but docs.examples.${format}.good is not set`);
    }
    if (!positives && spec?.note === undefined) {
      throw new DocsError(`${rule.name}: no ${FORMAT_NAMES[format]} fixture is flagged; docs.examples.${format}.note must say why`);
    }
    if (format === 'tf') {
      for (const [kind, prefix] of [['bad', 'positive-'], ['good', 'negative-']] as const) {
        const chosen = spec?.[kind];
        if (chosen === undefined || !has('plan', prefix)) continue;
        const base = splitName(typeof chosen === 'string' ? chosen : chosen.file)?.base;
        if (!existsSync(path.join(fixturesDir, rule.name, `${base}.plan.json`))) {
          throw new DocsError(`${rule.name}: docs.examples.tf.${kind} has no .plan.json twin; choose one that has, so the plan format is shown too`);
        }
      }
    }
    out.push('');
    out.push(`*${FORMAT_NAMES[format]}*${spec?.note === undefined ? '' : `: ${spec.note}`}`);
    for (const kind of ['bad', 'good'] as const) {
      const chosen = spec?.[kind];
      if (chosen === undefined) continue;
      out.push('');
      out.push(...renderExample(rule, fixturesDir, format, kind, chosen, expected));
    }
  }
  if (out.length > 0) out.unshift('', '**Examples** (from the fixtures; each flagged one with what vpclint reports)');
  return out;
}

/** The whole of docs/rules.md; throws when a rule's examples or references are incomplete. */
export function renderRulesDoc(rules: readonly Rule[], fixturesDir: string): string {
  const out: string[] = [];
  out.push('# vpclint rules');
  out.push('');
  out.push('<!-- Generated by `npm run docs:update` from rules/*.ts and fixtures/*/expected.json. Do not edit. -->');
  out.push('');
  out.push('| ID | Name | Default | What it flags |');
  out.push('| --- | --- | --- | --- |');
  for (const rule of rules) {
    out.push(`| ${rule.id} | [${rule.name}](#${rule.name}) | ${rule.defaultSeverity} | ${rule.summary} |`);
  }
  for (const rule of rules) {
    out.push('');
    out.push(`## ${rule.name}`);
    out.push('');
    out.push(
      `\`${rule.id}\` · default severity **${rule.defaultSeverity}** · ` +
        `[source](${SOURCE_URL}/rules/${rule.name}.ts) · [fixtures](${TREE_URL}/fixtures/${rule.name}/)`,
    );
    out.push('');
    out.push(rule.summary);
    out.push('');
    out.push(`**Why it matters.** ${rule.rationale}`);
    out.push('');
    out.push(`**How to fix.** ${rule.remediation}`);
    out.push('');
    out.push('**Messages**');
    out.push('');
    for (const [id, template] of Object.entries(rule.messages) as [string, string][]) {
      out.push(`- \`${id}\`: ${template}`);
    }
    const options = (rule.options?.schema as { properties?: Record<string, { description?: string; default?: unknown }> } | undefined)?.properties;
    if (options !== undefined && Object.keys(options).length > 0) {
      out.push('');
      out.push(`**Options** (in the configuration file: \`rules: { ${rule.name}: { options: { ... } } }\`)`);
      out.push('');
      for (const [name, spec] of Object.entries(options)) {
        out.push(`- \`${name}\` (default \`${JSON.stringify(spec.default)}\`): ${spec.description ?? ''}`);
      }
    }
    const allExpected = readExpected(fixturesDir, rule);
    const expected = allExpected.filter((e) => e.unresolved === undefined && e.messageId);
    if (expected.length > 0) {
      out.push('');
      out.push('**Every message** (one finding of each, from the fixtures, as vpclint prints it)');
      out.push('');
      out.push('```text');
      const shown = new Set<string>();
      for (const e of expected) {
        if (shown.has(e.messageId!)) continue;
        shown.add(e.messageId!);
        out.push(findingLine(rule, e));
      }
      out.push('```');
    }
    out.push(...renderExamples(rule, fixturesDir, allExpected));
    const references = rule.references ?? [];
    if (references.length === 0) throw new DocsError(`${rule.name}: no references; name the documentation the rule rests on`);
    out.push('');
    out.push('**References**');
    out.push('');
    for (const ref of references) {
      if (!/^https:\/\/\S+$/.test(ref.url) || ref.title.trim() === '') throw new DocsError(`${rule.name}: reference ${JSON.stringify(ref)} needs a title and an https URL`);
      out.push(`- [${ref.title}](${ref.url})`);
    }
    const files = fixtureFiles(fixturesDir, rule);
    if (files.length > 0) {
      out.push('');
      out.push(`**Fixtures:** ${files.map((f) => `\`${f}\``).join(', ')}`);
    }
  }
  out.push('');
  return out.join('\n');
}
