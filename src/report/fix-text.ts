/**
 * How the human formats (text with --fix-hints, markdown) show a finding's suggested fix: where it
 * goes, in words, and the text to paste as a fenced block.
 */
import type { Fix } from '../engine/finding.js';
import { escapeControl } from './escape.js';

/** Where a fix's edits go, for people: `main.tf: insert before line 14`, `main.tf: delete lines 41-47`; a plan: its file. */
export function fixPlace(fix: Fix): string {
  if (fix.edits.length === 0) return fix.file;
  const where = fix.edits.map((e) => {
    if (e.insert !== undefined) return `insert before line ${e.insert.line}`;
    const r = e.replace!;
    const lines = r.startLine === r.endLine ? `line ${r.startLine}` : `lines ${r.startLine}-${r.endLine}`;
    return e.text === '' ? `delete ${lines}` : `replace ${lines}`;
  });
  return `${fix.file}: ${where.join('; ')}`;
}

/**
 * A fenced code block of `text` in `language`, its fence longer than any run of backticks inside
 * and control characters (bidi overrides among them) shown as escapes, line by line.
 */
export function fenced(text: string, language: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const body = text.replace(/\n$/, '').split('\n').map(escapeControl).join('\n');
  return `${fence}${language}\n${body}\n${fence}`;
}
