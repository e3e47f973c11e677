/**
 * GitHub Actions workflow commands: printed to stdout inside a workflow, each line becomes an
 * annotation on the pull request's diff (`::error file=…,line=…,title=…::message`). Findings map
 * to `error`, `warning` and `notice` by severity; input errors are errors; checks that could not be
 * decided are notices, one per unknown value. Escaping follows the runner's parser (what `@actions/core` does): `%`, CR
 * and LF in the message, and also `:` and `,` in property values, which would otherwise end them.
 * Input text in the title and the message is first shown as text (`escapeText`: control characters
 * as visible escapes, no `##[`), so an annotation is one line of the log and shows what the input
 * holds; the `file=` property keeps the exact path, so the annotation lands on the file.
 * A finding's message ends with its rule's docs URL on a line of its own: workflow commands have
 * no link field, and GitHub shows an annotation's message as plain text (Markdown is not rendered),
 * so a bare URL is what can be followed or copied there, and the job log makes it a link.
 */
import type { LintResult, Severity } from '../engine/finding.js';
import { blockedRules, groupUnresolved } from './unresolved.js';
import { escapeCommandData, escapeCommandProperty, escapeText } from './escape.js';
import { ruleDocsUrl } from './rule-docs-url.js';
import { suppressedSummary } from './text.js';
import type { ReportContext } from './types.js';

type Command = 'error' | 'warning' | 'notice';

const COMMAND: Readonly<Record<Severity, Command>> = { error: 'error', warning: 'warning', note: 'notice' };

/** A message (the part after `::`). */
export const escapeData = escapeCommandData;

/** A property value (`file=`, `title=`). */
export const escapeProperty = escapeCommandProperty;

interface Where {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
}

/** `message` is already escaped for display: vpclint's own line breaks are kept (as `%0A`). */
function command(name: Command, where: Where, title: string, message: string): string {
  const props: string[] = [];
  if (where.file !== undefined) {
    props.push(`file=${escapeProperty(where.file)}`);
    if (where.line !== undefined) {
      const line = Math.max(1, where.line);
      props.push(`line=${line}`);
      if (where.endLine !== undefined && where.endLine > line) props.push(`endLine=${where.endLine}`);
      if (where.column !== undefined && where.column >= 1) props.push(`col=${where.column}`);
    }
  }
  props.push(`title=${escapeProperty(escapeText(title))}`);
  return `::${name} ${props.join(',')}::${escapeData(message)}`;
}

/** Renders one workflow command per finding, input error and undecided check; ends with a newline. */
export function renderGithub(result: LintResult, ctx: ReportContext): string {
  const lines: string[] = [];
  const docsUrls = new Map(ctx.rules.map((r) => [r.id, ruleDocsUrl(r)]));
  for (const f of result.findings) {
    const docsUrl = docsUrls.get(f.ruleId);
    // A plan finding inside a module, located in the module's source: which instantiation it is.
    const calls = (f.moduleCalls ?? [])
      .map((m) => {
        const call = `\n${escapeText(`module call ${m.address} at ${m.location.file}:${m.location.line}`)}`;
        const source = m.installedSource === undefined ? '' : `\n${escapeText(`in module source ${m.installedSource.file}:${m.installedSource.line}`)}`;
        return call + source;
      })
      .join('');
    const message = docsUrl === undefined ? `${escapeText(f.message)}${calls}` : `${escapeText(f.message)}${calls}\n${escapeText(docsUrl)}`;
    lines.push(command(COMMAND[f.severity], f.location, `${f.ruleId} ${f.ruleName}`, message));
  }
  for (const e of result.errors) {
    const message = e.hint === undefined ? escapeText(e.message) : `${escapeText(e.message)}\n${escapeText(e.hint)}`;
    lines.push(command('error', e, 'vpclint: input or tool error', message));
  }
  // One notice per unknown value, naming the checks it blocks; a check not blocked by one value
  // is a notice of its own.
  for (const e of groupUnresolved(result.unresolved)) {
    if (e.value === undefined) {
      const u = e.checks[0]!;
      lines.push(command('notice', e.location, `${u.ruleId} ${u.rule}: could not decide`, escapeText(`${u.resource}: ${u.reason}`)));
    } else {
      const ids = [...new Set(e.checks.map((c) => c.ruleId))].join(' ');
      lines.push(command('notice', e.location, `unknown value blocks ${ids}`, escapeText(`${e.resource}: ${e.text}; blocks ${blockedRules(e)}`)));
    }
  }
  // Suppressed findings get one notice with their count, not an annotation each.
  const hidden = suppressedSummary(result);
  if (hidden !== undefined) lines.push(command('notice', {}, 'vpclint: suppressed findings', escapeText(hidden)));
  const fixed = result.baseline?.fixed.length ?? 0;
  if (fixed > 0) lines.push(command('notice', {}, 'vpclint: baseline', escapeText(`${fixed} ${fixed === 1 ? 'finding' : 'findings'} of the baseline ${result.baseline?.file ?? ''} no longer found (fixed)`)));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
