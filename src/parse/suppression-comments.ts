/**
 * Suppression comments as the readers find them: `# vpclint:ignore NET401 reason="public ALB"
 * expires=2027-03-31` on the line a Terraform block or a CloudFormation logical ID starts, or in
 * the run of comment lines directly above it. The readers of formats with comments (`.tf`,
 * CloudFormation YAML) hand them over with each resource (`SourceResource.suppressionComments`);
 * the engine parses and checks them (engine/suppress.ts). Plan JSON and CloudFormation JSON have
 * no comments.
 *
 * Pure text → data, shared by the readers (which need the directive's marker) and the engine
 * (which reads the directive): it lives in parse/, which the engine may import.
 */
import type { SourceLocation, SuppressionComment } from './source.js';

/** What marks a suppression comment. */
export const DIRECTIVE = 'vpclint:ignore';

/** A directive parsed from a comment: the same shape readers hand over for Metadata. */
export interface ParsedDirective {
  readonly rules: readonly string[];
  readonly reason?: string;
  readonly expires?: string;
  readonly problem?: string;
}

const HEAD = /^\s*vpclint:ignore(?=\s|$)/;
const KEY_VALUE = /^([A-Za-z][\w-]*)=/;

/** Is the text of a comment (without its `#` or `//`) a suppression: does it start with `vpclint:ignore`? */
export function isDirective(comment: string): boolean {
  return HEAD.test(comment);
}

/**
 * Parses the text of one comment (without its `#` or `//`). Undefined when it is not a
 * suppression (does not start with `vpclint:ignore`); otherwise the rules, reason and expiry as
 * written, or the problem that makes it unreadable.
 */
export function parseDirective(comment: string): ParsedDirective | undefined {
  const head = HEAD.exec(comment);
  if (head === null) return undefined;
  const text = comment.slice(head[0].length);
  const rules: string[] = [];
  const values = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text.charAt(i))) {
      i += 1;
      continue;
    }
    const kv = KEY_VALUE.exec(text.slice(i));
    if (kv === null) {
      if (values.size > 0) return { rules, problem: `unexpected "${word(text, i)}" after the key=value pairs` };
      const token = word(text, i);
      for (const part of token.split(',')) if (part !== '') rules.push(part);
      i += token.length;
      continue;
    }
    const key = kv[1] as string;
    i += kv[0].length;
    let value: string;
    const quote = text.charAt(i);
    if (quote === '"' || quote === "'") {
      let out = '';
      let j = i + 1;
      for (; j < text.length && text.charAt(j) !== quote; j++) {
        if (text.charAt(j) === '\\' && quote === '"' && j + 1 < text.length) j += 1;
        out += text.charAt(j);
      }
      if (j >= text.length) return { rules, problem: `the ${key}= value has no closing ${quote}` };
      value = out;
      i = j + 1;
    } else {
      value = word(text, i);
      i += value.length;
    }
    if (key !== 'reason' && key !== 'expires') return { rules, problem: `unknown key ${key}= (only reason= and expires=)` };
    if (values.has(key)) return { rules, problem: `${key}= is given twice` };
    values.set(key, value);
  }
  if (rules.length === 0) return { rules, problem: 'it names no rule' };
  const reason = values.get('reason');
  const expires = values.get('expires');
  return { rules, ...(reason === undefined ? {} : { reason }), ...(expires === undefined ? {} : { expires }) };
}

/** The run of non-space characters at `i`. */
function word(text: string, i: number): string {
  const m = /^\S+/.exec(text.slice(i));
  return m === null ? '' : m[0];
}

/** How a file writes comments: HCL (`#`, `//`) or YAML (`#` after white space). */
export type CommentSyntax = 'hcl' | 'yaml';

/**
 * Where a comment starts on a line (the index of `#` or `//`), outside quoted strings; -1 when the
 * line has none. YAML comments need whitespace (or the line start) before `#`.
 */
function commentStart(line: string, syntax: CommentSyntax): number {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (quote !== '') {
      if (c === '\\' && quote === '"') i += 1;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || (c === "'" && syntax === 'yaml')) quote = c;
    else if (c === '#' && (syntax === 'hcl' || i === 0 || /\s/.test(line.charAt(i - 1)))) return i;
    else if (c === '/' && syntax === 'hcl' && line.charAt(i + 1) === '/') return i;
  }
  return -1;
}

function markerLength(line: string, at: number): number {
  return line.charAt(at) === '/' ? 2 : 1;
}

/**
 * The suppression comments of a block that starts at `line` (1-based): in the run of comment lines
 * directly above it (no blank line between), then on the line itself. In YAML a comment above must
 * not be indented deeper than the logical ID (deeper, it belongs to the resource before). Each
 * comes as its text after the `#` or `//`, located at the marker.
 */
export function suppressionComments(lines: readonly string[], line: number, file: string, syntax: CommentSyntax): SuppressionComment[] {
  const out: SuppressionComment[] = [];
  const at = (n: number, col: number): SourceLocation => ({ file, line: n, column: col + 1 });
  const own = lines[line - 1];
  if (own === undefined) return out;
  const indent = own.length - own.trimStart().length;
  const above: SuppressionComment[] = [];
  for (let n = line - 1; n >= 1; n--) {
    const text = lines[n - 1] as string;
    const trimmed = text.trimStart();
    const start = text.length - trimmed.length;
    const isComment = trimmed.startsWith('#') || (syntax === 'hcl' && trimmed.startsWith('//'));
    if (!isComment || (syntax === 'yaml' && start > indent)) break;
    const comment = trimmed.slice(markerLength(trimmed, 0));
    if (isDirective(comment)) above.push({ text: comment, location: at(n, start) });
  }
  out.push(...above.reverse());
  const start = commentStart(own, syntax);
  if (start >= 0) {
    const comment = own.slice(start + markerLength(own, start));
    if (isDirective(comment)) out.push({ text: comment, location: at(line, start) });
  }
  return out;
}

const NONE: readonly SuppressionComment[] = Object.freeze([]);

/**
 * The suppression comments of one file's blocks, for a reader to hand over with its resources.
 * The text is kept, and split into lines on first use, only when it holds a directive at all (the
 * usual file has none).
 */
export class FileComments {
  readonly #file: string;
  readonly #syntax: CommentSyntax;
  #text: string | undefined;
  #lines: readonly string[] | undefined;

  constructor(file: string, text: string, syntax: CommentSyntax) {
    this.#file = file;
    this.#syntax = syntax;
    this.#text = text.includes(DIRECTIVE) ? text : undefined;
  }

  /** Does the file hold a directive at all? When not, `at` gives none for every line. */
  get any(): boolean {
    return this.#text !== undefined || this.#lines !== undefined;
  }

  /** The suppression comments of the block that starts at `line` (see `suppressionComments`). */
  at(line: number): readonly SuppressionComment[] {
    if (this.#text === undefined && this.#lines === undefined) return NONE;
    if (this.#lines === undefined) {
      this.#lines = (this.#text as string).split(/\r?\n/);
      this.#text = undefined;
    }
    return suppressionComments(this.#lines, line, this.#file, this.#syntax);
  }
}
