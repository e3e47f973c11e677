/**
 * A quick look at how deeply a `.tf` file nests before the HCL parser gets it. The parser
 * (`@cdktf/hcl2json`, Go's HCL in WebAssembly) recurses once or more per level, and runs out of
 * stack at some 840 nested blocks, 1,200 to 1,900 nested brackets, parentheses, calls, `for`
 * expressions or interpolations, 2,100 nested template directives and 11,000 unary operators in a
 * row. Worse, a parser that ran out of stack is left broken: the next file it is given can abort
 * the whole process ("fatal error: malloc deadlock"). So such a file must never reach it: it is
 * recognized here and reported once, at the bracket where it went too deep.
 */

/**
 * More levels than this of brackets, braces, parentheses, interpolations and template directives
 * (counted together), or unary operators in a row: not read. Far beyond any real configuration
 * (they nest a few dozen levels at most), and well under the parser's smallest limit (nested
 * blocks, about 840) so the parser has stack to spare wherever it is called from.
 */
export const MAX_NESTING_DEPTH = 500;

export interface TooDeep {
  /** Offset of the bracket (or the first of the operators) that went past the limit. */
  offset: number;
  /** What stands there, for the message. */
  what: 'bracket' | 'operator';
}

type Frame = { kind: 'bracket' } | { kind: 'string' } | { kind: 'heredoc'; marker: string };

const DIRECTIVE = /^%\{~?\s*(if|for|endif|endfor)\b/;

/**
 * Where the text nests more than `limit` levels deep, outside comments and the literal text of
 * strings and heredocs (their interpolations count); undefined if it does not.
 */
export function firstTooDeep(text: string, limit: number = MAX_NESTING_DEPTH): TooDeep | undefined {
  const n = text.length;
  const stack: Frame[] = [];
  let brackets = 0; // open brackets, braces, parentheses and interpolations
  let directives = 0; // open `%{ if }` / `%{ for }` template directives
  let run = 0; // unary operators (`-`, `!`) in a row, whitespace between them
  let runStart = 0;
  let i = 0;
  const open = (at: number): TooDeep | undefined => {
    stack.push({ kind: 'bracket' });
    brackets++;
    return brackets + directives > limit ? { offset: at, what: 'bracket' } : undefined;
  };
  // `${` or `%{` in a string or heredoc at i: opens an interpolation or directive.
  const template = (c: number): TooDeep | undefined => {
    if (text.charCodeAt(i + 1) !== 0x7b) return undefined;
    if (text.charCodeAt(i - 1) === c) return undefined; // `$${` / `%%{`: a literal
    if (c === 0x25) {
      const m = DIRECTIVE.exec(text.slice(i, i + 16));
      if (m !== null) {
        if (m[1] === 'if' || m[1] === 'for') directives++;
        else if (directives > 0) directives--;
      }
    }
    return open(i + 1);
  };
  while (i < n) {
    const top = stack.length === 0 ? undefined : stack[stack.length - 1]!;
    const c = text.charCodeAt(i);
    if (top?.kind === 'string') {
      if (c === 0x5c) {
        i += 2;
        continue;
      }
      if (c === 0x22 || c === 0x0a) {
        stack.pop(); // a quoted string ends at its quote, or (unterminated) at the line end
        i++;
        continue;
      }
      if (c === 0x24 || c === 0x25) {
        const found = template(c);
        if (found !== undefined) return found;
        if (stack[stack.length - 1] !== top) {
          i += 2;
          continue;
        }
      }
      i++;
      continue;
    }
    if (top?.kind === 'heredoc') {
      if (i === 0 || text.charCodeAt(i - 1) === 0x0a) {
        const nl = text.indexOf('\n', i);
        if (text.slice(i, nl < 0 ? n : nl).trim() === top.marker) {
          stack.pop();
          i = nl < 0 ? n : nl; // the newline ends the attribute, as in code
          continue;
        }
      }
      if (c === 0x24 || c === 0x25) {
        const found = template(c);
        if (found !== undefined) return found;
        if (stack[stack.length - 1] !== top) {
          i += 2;
          continue;
        }
      }
      i++;
      continue;
    }
    // Code: at the top level or inside a bracket.
    if (c === 0x2d || (c === 0x21 && text.charCodeAt(i + 1) !== 0x3d)) {
      if (run === 0) runStart = i;
      if (++run > limit) return { offset: runStart, what: 'operator' };
      i++;
      continue;
    }
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) run = 0;
    if (c === 0x23 || (c === 0x2f && text.charCodeAt(i + 1) === 0x2f)) {
      const nl = text.indexOf('\n', i); // # and // comments
      i = nl < 0 ? n : nl;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === 0x22) {
      stack.push({ kind: 'string' });
      i++;
    } else if (c === 0x28 || c === 0x5b || c === 0x7b) {
      const found = open(i);
      if (found !== undefined) return found;
      i++;
    } else if (c === 0x29 || c === 0x5d || c === 0x7d) {
      if (top?.kind === 'bracket') {
        stack.pop();
        brackets--;
      }
      i++;
    } else if (c === 0x3c && text.charCodeAt(i + 1) === 0x3c) {
      // A heredoc (<<EOT or <<-EOT): its text starts on the next line.
      const m = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 200));
      if (m === null) {
        i += 2;
        continue;
      }
      stack.push({ kind: 'heredoc', marker: m[1]! });
      i += m[0].length;
    } else {
      i++;
    }
  }
  return undefined;
}
