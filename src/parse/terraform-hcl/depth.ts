/**
 * A quick look at how deeply a `.tf` file nests before the HCL parser gets it. The parser
 * (`@cdktf/hcl2json`, Go's HCL in WebAssembly) recurses once or more per level, and runs out of
 * stack at some 840 nested blocks, 1,200 to 1,900 nested brackets, parentheses, calls, `for`
 * expressions or interpolations, 2,100 nested template directives, 11,000 unary operators in a row
 * and 18,000 chained conditionals (`a ? b : c ? …`). Worse, a parser that ran out of stack is left
 * broken: the next file it is given can abort the whole process ("fatal error: malloc deadlock").
 * So such a file must never reach it: it is recognized here and reported once, at the bracket (or
 * operator) where it went too deep.
 */

/**
 * More levels than this of brackets, braces, parentheses, interpolations, template directives,
 * unary operators and conditionals (counted together): not read. Far beyond any real configuration
 * (the repository's and the shared corpus's 689 files nest 11 levels at most), well under the
 * parser's smallest limit (nested blocks, about 840), and under vpclint's own expression parser's
 * 200 levels (syntax.ts), past which an expression would be left unevaluated without a word.
 */
export const MAX_NESTING_DEPTH = 100;

export interface TooDeep {
  /** Offset of the bracket (or unary operator, or `?`) that went past the limit. */
  offset: number;
  /** What stands there, for the message. */
  what: 'bracket' | 'operator';
}

type Frame =
  // A bracket, brace, parenthesis or interpolation (`${`, `%{`: `interpolation`), with the unary
  // operators and conditionals (`?`) open in it since its last `,` (or line, in a brace): each is
  // one more level of the parser's recursion, until the element ends.
  | { kind: 'bracket'; brace: boolean; interpolation: boolean; chain: number }
  | { kind: 'string' }
  | { kind: 'heredoc'; marker: string };

const DIRECTIVE = /^%\{~?\s*(if|for|endif|endfor)\b/;
/** What ends or escapes a quoted string, or may open an interpolation or directive in it. */
const STRING_STOP = /[\\"\n$%]/g;

/**
 * Whether an ASCII character ends an operand (`[\p{L}\p{N}_.]`, which in ASCII is letters,
 * digits, `_` and `.`): compared by code, as this runs for most characters of a file.
 */
function isOperandAscii(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2e;
}

/**
 * Where the text nests more than `limit` levels deep, outside comments and the literal text of
 * strings and heredocs (their interpolations count); undefined if it does not. A level is an open
 * bracket, brace, parenthesis, interpolation or template directive (`%{ if }`, `%{ for }`), a
 * unary operator (`-`, `!`) or a conditional (`?`) whose operand is still open.
 */
export function firstTooDeep(text: string, limit: number = MAX_NESTING_DEPTH): TooDeep | undefined {
  const n = text.length;
  const base: Frame = { kind: 'bracket', brace: true, interpolation: false, chain: 0 };
  const stack: Frame[] = [base];
  let depth = 0; // open brackets, directives and chains, all frames
  let directives = 0; // open `%{ if }` / `%{ for }`
  let operand = false; // whether the last token in code ends an operand (a `-` after it is binary)
  let i = 0;
  const open = (at: number, brace: boolean, interpolation: boolean): TooDeep | undefined => {
    stack.push({ kind: 'bracket', brace, interpolation, chain: 0 });
    operand = false;
    return ++depth > limit ? { offset: at, what: 'bracket' } : undefined;
  };
  const endChain = (frame: { chain: number }): void => {
    depth -= frame.chain;
    frame.chain = 0;
  };
  // `${` or `%{` in a string or heredoc at i: opens an interpolation or directive.
  const template = (c: number): TooDeep | undefined => {
    if (text.charCodeAt(i + 1) !== 0x7b) return undefined;
    if (text.charCodeAt(i - 1) === c) return undefined; // `$${` / `%%{`: a literal
    if (c === 0x25) {
      const m = DIRECTIVE.exec(text.slice(i, i + 16));
      if (m !== null) {
        if (m[1] === 'if' || m[1] === 'for') {
          directives++;
          depth++;
        } else if (directives > 0) {
          directives--;
          depth--;
        }
      }
    }
    return open(i + 1, true, true);
  };
  while (i < n) {
    const top = stack[stack.length - 1]!;
    if (top.kind === 'string') {
      // Inside a quoted string only these characters matter: jump to the next one.
      STRING_STOP.lastIndex = i;
      if (!STRING_STOP.test(text)) break;
      i = STRING_STOP.lastIndex - 1;
    }
    const c = text.charCodeAt(i);
    if (top.kind === 'string') {
      if (c === 0x5c) {
        i += 2;
        continue;
      }
      if (c === 0x22 || c === 0x0a) {
        stack.pop(); // a quoted string ends at its quote, or (unterminated) at the line end
        operand = true;
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
    if (top.kind === 'heredoc') {
      if (i === 0 || text.charCodeAt(i - 1) === 0x0a) {
        const nl = text.indexOf('\n', i);
        if (text.slice(i, nl < 0 ? n : nl).trim() === top.marker) {
          stack.pop();
          operand = true;
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
    if (c === 0x20 || c === 0x09 || c === 0x0d) {
      i++;
    } else if (c === 0x0a) {
      if (top.brace && !top.interpolation) endChain(top); // a line ends an attribute
      i++;
    } else if (c === 0x23 || (c === 0x2f && text.charCodeAt(i + 1) === 0x2f)) {
      const nl = text.indexOf('\n', i); // # and // comments
      i = nl < 0 ? n : nl;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === 0x22) {
      stack.push({ kind: 'string' });
      i++;
    } else if (c === 0x28 || c === 0x5b || c === 0x7b) {
      const found = open(i, c === 0x7b, false);
      if (found !== undefined) return found;
      i++;
    } else if (c === 0x29 || c === 0x5d || c === 0x7d) {
      if (top !== base) {
        endChain(top);
        stack.pop();
        depth--;
      }
      operand = true;
      i++;
    } else if (c === 0x2c) {
      endChain(top);
      operand = false;
      i++;
    } else if (c === 0x3f || ((c === 0x2d || c === 0x21) && !operand && text.charCodeAt(i + 1) !== 0x3d)) {
      // A conditional, or a unary operator: its operand is one level deeper.
      top.chain++;
      if (++depth > limit) return { offset: i, what: 'operator' };
      operand = false;
      i++;
    } else if (c === 0x3c && text.charCodeAt(i + 1) === 0x3c && /^<<-?[A-Za-z_][\w-]*[ \t]*\r?\n/.test(text.slice(i, i + 200))) {
      // A heredoc (<<EOT or <<-EOT): its text starts on the next line.
      const m = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 200))!;
      stack.push({ kind: 'heredoc', marker: m[1]! });
      i += m[0].length;
    } else {
      operand = c < 0x80 ? isOperandAscii(c) : true;
      i += c >= 0xd800 && c < 0xdc00 ? 2 : 1;
    }
  }
  return undefined;
}
