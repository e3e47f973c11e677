/**
 * The rule catalogue on the terminal: `--list-rules` (a table, or JSON) and `--explain ID|name`
 * (one rule's documentation, the content of its docs/rules.md section rendered from the rule's
 * metadata, since the CLI ships as one bundled file without docs/), and the lookup of a rule by ID
 * or name that every rule-taking flag shares.
 */
import type { Rule } from '../engine/define-rule.js';
import { UsageError } from '../errors.js';
import { ruleDocsUrl } from '../report/rule-docs-url.js';
import { closest } from './suggest.js';

/** The rule a flag names, by ID (any case) or name; a UsageError with a suggestion otherwise. */
export function findRule(name: string, rules: readonly Rule[], flag: string): Rule {
  const wanted = name.trim();
  const rule = rules.find((r) => r.id === wanted.toUpperCase() || r.name === wanted.toLowerCase());
  if (rule !== undefined) return rule;
  const guess = closest(wanted, rules.flatMap((r) => [r.id, r.name]));
  const match = guess === undefined ? undefined : rules.find((r) => r.id === guess || r.name === guess);
  throw new UsageError(`${flag}: unknown rule "${wanted}"`, {
    hint: match === undefined ? 'vpclint --list-rules lists the rules' : `did you mean ${match.id} (${match.name})?`,
  });
}

/** `--list-rules`: an aligned table, one line per rule. */
export function listRulesText(rules: readonly Rule[]): string {
  const header = { id: 'ID', name: 'NAME', defaultSeverity: 'DEFAULT', summary: 'SUMMARY' };
  const rows = [header, ...rules];
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  const nameWidth = Math.max(...rows.map((r) => r.name.length));
  const severityWidth = Math.max(...rows.map((r) => r.defaultSeverity.length));
  const lines = rows.map((r) => `${r.id.padEnd(idWidth)}  ${r.name.padEnd(nameWidth)}  ${r.defaultSeverity.padEnd(severityWidth)}  ${r.summary}`);
  return `${lines.join('\n')}\n`;
}

/** `--list-rules --format json`: an array of { id, name, defaultSeverity, summary, docsUrl }. */
export function listRulesJson(rules: readonly Rule[]): string {
  const list = rules.map((r) => ({ id: r.id, name: r.name, defaultSeverity: r.defaultSeverity, summary: r.summary, docsUrl: ruleDocsUrl(r) }));
  return `${JSON.stringify(list, null, 2)}\n`;
}

const WIDTH = 100;

/** Wraps a paragraph at WIDTH columns: the first line starts with `indent`, the others with `hang`. */
function wrap(text: string, indent: string, hang = indent): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const prefix = lines.length === 0 ? indent : hang;
    if (line !== '' && prefix.length + line.length + 1 + word.length > WIDTH) {
      lines.push(prefix + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push((lines.length === 0 ? indent : hang) + line);
  return lines.join('\n');
}

/** An option's default as the configuration file would write it. */
function showDefault(value: unknown): string {
  return Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]` : JSON.stringify(value);
}

/** `--explain`: the rule's summary, why it matters, how to fix it, its messages and options. */
export function explainRule(rule: Rule): string {
  const out: string[] = [`${rule.id} ${rule.name} (default severity: ${rule.defaultSeverity})`, '', wrap(rule.summary, ''), ''];
  out.push('Why it matters', wrap(rule.rationale, '  '), '');
  out.push('How to fix', wrap(rule.remediation, '  '), '');
  out.push('Messages');
  for (const [id, template] of Object.entries(rule.messages) as [string, string][]) {
    out.push(wrap(`${id}: ${template}`, '  ', '    '));
  }
  const options = (rule.options?.schema as { properties?: Record<string, { description?: string; default?: unknown }> } | undefined)?.properties;
  if (options !== undefined && Object.keys(options).length > 0) {
    out.push('', `Options (in the configuration file: rules: { ${rule.name}: { options: { ... } } })`);
    for (const [name, spec] of Object.entries(options)) {
      out.push(wrap(`${name} (default ${showDefault(spec.default)}): ${spec.description ?? ''}`, '  ', '    '));
    }
  }
  // The pages the rule rests on, where the rule names them (docs/rules.md lists them too).
  const references = rule.references ?? [];
  if (references.length > 0) {
    out.push('', 'References');
    for (const ref of references) out.push(wrap(`${ref.title}: ${ref.url}`, '  ', '    '));
  }
  out.push('', `Documentation: ${ruleDocsUrl(rule)}`);
  return `${out.join('\n')}\n`;
}
