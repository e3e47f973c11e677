/**
 * A quick look at a `.tf` file before the HCL parser gets it. The parser reports every character
 * it does not use as its own diagnostic, and spends about 20 s and more than 1 GB per megabyte of
 * them before the first can be shown: a binary file, or any large file that is not HCL, named
 * `.tf` in a pull request would stall or crash the run. Such a file is recognized here and
 * reported once instead.
 */

/** More characters than this that HCL never uses, outside strings, comments and heredocs: not HCL. */
export const MAX_INVALID_CHARACTERS = 1000;

/** Characters HCL rejects wherever they stand outside strings and comments. */
function invalidAscii(c: number): boolean {
  return (
    (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) ||
    c === 0x7f ||
    c === 0x3b || // ;
    c === 0x60 || // `
    c === 0x27 || // '
    c === 0x40 || // @
    c === 0x5c || // \
    c === 0x24 // $
  );
}

const LETTER = /[\p{L}\p{M}\p{Nd}]/u;

/**
 * The characters the loop below does something with, outside strings and inside them (any other
 * is passed over): it jumps from one to the next with these rather than look at every character.
 * Outside strings: comments, quotes, braces, `<<`, and what `invalidAscii` rejects or is not
 * ASCII (which may be a letter, looked at there).
 */
const CODE_STOP = /[#/"{}<\x00-\x08\x0b\x0c\x0e-\x1f\x7f;`'@\\$\u0080-\uffff]/g;
const STRING_STOP = /[\\"\n$%]/g;

/**
 * The offset of the first character HCL does not use, when the text has more than `limit` of them
 * outside quoted strings, comments and heredocs; undefined otherwise. Counts only characters HCL
 * rejects everywhere outside those (control characters, `;`, `` ` ``, `'`, `@`, `\`, `$`, and
 * symbols beyond ASCII), so a file it flags has at least that many syntax errors.
 */
export function firstOfManyInvalid(text: string, limit: number = MAX_INVALID_CHARACTERS): number | undefined {
  const n = text.length;
  let count = 0;
  let first = -1;
  let i = 0;
  // Open `${ … }` / `%{ … }` of quoted strings, innermost last: the depth of braces in each.
  const open: number[] = [];
  let inString = false;
  while (i < n) {
    const stop = inString ? STRING_STOP : CODE_STOP;
    stop.lastIndex = i;
    if (!stop.test(text)) break;
    i = stop.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) {
        i += 2;
      } else if (c === 0x22 || c === 0x0a) {
        inString = false; // a quoted string ends at its quote, or (unterminated) at the line end
        i++;
      } else if ((c === 0x24 || c === 0x25) && text.charCodeAt(i + 1) === 0x7b) {
        // `$${` and `%%{` are a literal `${` and `%{`.
        if (text.charCodeAt(i - 1) !== c) {
          open.push(1);
          inString = false;
        }
        i += 2;
      } else {
        i++;
      }
      continue;
    }
    if (c === 0x23 || (c === 0x2f && text.charCodeAt(i + 1) === 0x2f)) {
      const nl = text.indexOf('\n', i); // # and // comments
      i = nl < 0 ? n : nl;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === 0x22) {
      inString = true;
      i++;
    } else if (c === 0x7b || c === 0x7d) {
      if (open.length > 0) {
        open[open.length - 1]! += c === 0x7b ? 1 : -1;
        if (open[open.length - 1] === 0) {
          open.pop();
          inString = true; // back in the string the interpolation is in
        }
      }
      i++;
    } else if (c === 0x3c && text.charCodeAt(i + 1) === 0x3c) {
      // A heredoc (<<EOT or <<-EOT): skip to the line that is its marker alone.
      const m = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 200));
      if (m === null) {
        i += 2;
        continue;
      }
      const marker = m[1]!;
      i += m[0].length;
      while (i < n) {
        const nl = text.indexOf('\n', i);
        const line = text.slice(i, nl < 0 ? n : nl);
        i = nl < 0 ? n : nl + 1;
        if (line.trim() === marker) break;
      }
    } else {
      const bad = c < 0x80 ? invalidAscii(c) : !LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
      if (bad) {
        if (first < 0) first = i;
        if (++count > limit) return first;
      }
      i += c >= 0xd800 && c < 0xdc00 ? 2 : 1;
    }
  }
  return undefined;
}
