/**
 * JSON reading with positions. `JSON.parse` is the fastest way to read a 100 MB plan, but its
 * errors carry at best a character offset (and in Node 20 sometimes only a snippet), so a failed
 * parse is turned into a ParseError with a 1-based line and column a person can jump to.
 */
import { ParseError } from '../errors.js';
import { LineStarts } from './lines.js';

const BOM = '\uFEFF';

/**
 * `JSON.parse` that turns a syntax error into a `ParseError(file, line, column, message)`.
 * Strips a UTF-8 BOM. The position comes from V8's message ("at position N", "(line L column C)",
 * "Unexpected end of JSON input" is the end of the text); when the message has none, a small
 * validator finds the first offending character. The original error is kept as `cause`.
 */
export function parseJson(text: string, file: string): unknown {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  try {
    return JSON.parse(body) as unknown;
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    const { line, column } = errorPosition(body, raw);
    throw new ParseError(`invalid JSON: ${describe(raw)}`, { file, line, column, cause: err });
  }
}

/** Where V8's message says the error is, or where the validator finds it. */
function errorPosition(text: string, message: string): { line: number; column: number } {
  const lc = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /at position (\d+)/.exec(message);
  if (pos) return lineColumn(text, Number(pos[1]));
  if (/Unexpected end of JSON input/.test(message)) return lineColumn(text, text.length);
  const found = firstErrorOffset(text);
  return lineColumn(text, found < 0 ? 0 : found);
}

/** V8's message without its position and without the echoed source snippet. */
function describe(message: string): string {
  const snippet = /^(Unexpected token .*?), ".*" is not valid JSON$/s.exec(message);
  const text = snippet ? snippet[1]! : message;
  return text
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)/, '')
    .trim();
}

/** Maps character offsets of one text to 1-based line/column (binary search over line starts). */
export type LineColumnOf = (offset: number) => { line: number; column: number };

/**
 * Builds the line index of `text` once and returns the offset -> line/column mapping. Keep it
 * when converting many offsets of one text. Offsets outside the text are clamped. Lines are
 * indexed as far as the furthest offset asked so far: a large file whose findings are all near
 * its top is not indexed to its end. `starts` may be an index of the text found already.
 */
export function lineIndex(text: string, starts = new LineStarts(text)): LineColumnOf {
  return (offset) => {
    const at = Math.max(0, Math.min(Number.isFinite(offset) ? Math.floor(offset) : 0, text.length));
    const line = starts.lineOf(at);
    return { line: line + 1, column: at - starts.start(line)! + 1 };
  };
}

// One slot: callers usually convert several offsets of the same text in a row.
let last: { readonly text: string; readonly of: LineColumnOf } | undefined;

/**
 * 1-based line and column of a character offset in `text`. The line index is built once per
 * text (the last text is cached) and searched by bisection. Offsets outside the text are clamped.
 * Code that alternates between texts should keep its own `lineIndex(text)`.
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  if (last === undefined || last.text !== text) last = { text, of: lineIndex(text) };
  return last.of(offset);
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

/**
 * Offset of the first character that makes `text` invalid JSON, the text length when it ends
 * too early, or -1 when it is valid. Iterative, so deep nesting cannot overflow the stack. Only
 * used on the error path.
 */
export function firstErrorOffset(text: string): number {
  const n = text.length;
  let i = 0;
  const stack: boolean[] = []; // true: object, false: array
  let state: 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'after' = 'value';

  const skipWs = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  // At an opening quote; leaves i after the closing quote, or returns false with i at the error.
  const scanString = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === undefined) {
          i = n;
          return false;
        }
        if ('"\\/bfnrt'.includes(e)) {
          i += 2;
          continue;
        }
        if (e === 'u' && HEX4.test(text.slice(i + 2, i + 6))) {
          i += 6;
          continue;
        }
        i++;
        return false;
      }
      if (c < 0x20) return false;
      i++;
    }
    return false;
  };

  for (;;) {
    skipWs();
    switch (state) {
      case 'valueOrEnd':
        if (text[i] === ']') {
          stack.pop();
          i++;
          state = 'after';
          continue;
        }
        state = 'value';
        continue;
      case 'keyOrEnd':
        if (text[i] === '}') {
          stack.pop();
          i++;
          state = 'after';
          continue;
        }
        state = 'key';
        continue;
      case 'key':
        if (i >= n) return n;
        if (text[i] !== '"' || !scanString()) return i;
        skipWs();
        if (i >= n) return n;
        if (text[i] !== ':') return i;
        i++;
        state = 'value';
        continue;
      case 'value': {
        if (i >= n) return n;
        const c = text[i]!;
        if (c === '{') {
          stack.push(true);
          i++;
          state = 'keyOrEnd';
        } else if (c === '[') {
          stack.push(false);
          i++;
          state = 'valueOrEnd';
        } else if (c === '"') {
          if (!scanString()) return i;
          state = 'after';
        } else if (c === '-' || (c >= '0' && c <= '9')) {
          NUMBER.lastIndex = i;
          const m = NUMBER.exec(text);
          if (m === null) return i + 1 >= n ? n : i + 1;
          i += m[0].length;
          state = 'after';
        } else {
          const word = c === 't' ? 'true' : c === 'f' ? 'false' : c === 'n' ? 'null' : '';
          if (word === '') return i;
          for (let k = 0; k < word.length; k++) {
            if (i + k >= n) return n;
            if (text[i + k] !== word[k]) return i + k;
          }
          i += word.length;
          state = 'after';
        }
        continue;
      }
      case 'after': {
        if (stack.length === 0) return i < n ? i : -1;
        if (i >= n) return n;
        const c = text[i];
        const inObject = stack[stack.length - 1]!;
        if (c === ',') {
          i++;
          state = inObject ? 'key' : 'value';
        } else if (c === (inObject ? '}' : ']')) {
          stack.pop();
          i++;
        } else {
          return i;
        }
        continue;
      }
    }
  }
}
