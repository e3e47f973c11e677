import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstErrorOffset, lineColumn, lineIndex, parseJson } from '../../src/parse/json.js';
import { ParseError } from '../../src/errors.js';

function parseError(text: string): ParseError {
  try {
    parseJson(text, 'dir/plan.json');
  } catch (err) {
    if (err instanceof ParseError) return err;
    throw new Error(`expected a ParseError, got ${String(err)}`);
  }
  throw new Error('expected a ParseError, got a value');
}

describe('parseJson', () => {
  it('parses valid JSON and strips a byte-order mark', () => {
    expect(parseJson('{"a":[1,"x",null]}', 'f.json')).toEqual({ a: [1, 'x', null] });
    expect(parseJson('\uFEFF{"format_version":"1.2"}', 'f.json')).toEqual({ format_version: '1.2' });
  });

  it.each([
    // A truncated file: the error is at the end of the text.
    ['truncated', '{\n  "a": [1, 2', 2, 13],
    ['truncated after a newline', '{\n  "a": {\n', 3, 1],
    ['empty', '', 1, 1],
    // A stray comma before a closing brace (V8 gives a position).
    ['stray comma in an object', '{\n  "a": 1,\n}', 3, 1],
    // A stray comma before a closing bracket (Node 20 gives only a snippet).
    ['stray comma in a list', '[\n  1,\n  2,\n]', 4, 1],
    ['bad literal', '{"a": tru}', 1, 10],
    ['unterminated string', '{\n "a": "abc', 2, 11],
    ['text after the value', '{"a": 1}\n\nx', 3, 1],
    ['missing colon', '{\n  "a" 1\n}', 2, 7],
    ['a byte-order mark does not count as a column', '\uFEFF{"a":1,}', 1, 8],
  ])('locates a syntax error: %s', (_name, text, line, column) => {
    const err = parseError(text);
    expect(err.file).toBe('dir/plan.json');
    expect([err.line, err.column]).toEqual([line, column]);
    expect(err.code).toBe('parse');
    expect(err.cause).toBeInstanceOf(SyntaxError);
  });

  it('words the message without the echoed source or the position', () => {
    expect(parseError('{\n  "a": 1,\n}').message).toBe('invalid JSON: Expected double-quoted property name');
    expect(parseError('[1,\n]').message).toBe("invalid JSON: Unexpected token ']'");
    expect(parseError('{"a": [1,').message).toBe('invalid JSON: Unexpected end of JSON input');
    expect(parseError('{"a": [1').message).toBe("invalid JSON: Expected ',' or ']' after array element");
  });
});

describe('lineColumn', () => {
  const text = 'ab\ncde\n\nf';
  it.each([
    [0, 1, 1],
    [1, 1, 2],
    [2, 1, 3],
    [3, 2, 1],
    [5, 2, 3],
    [7, 3, 1],
    [8, 4, 1],
    [9, 4, 2],
    [99, 4, 2],
    [-5, 1, 1],
  ])('offset %i is line %i column %i', (offset, line, column) => {
    expect(lineColumn(text, offset)).toEqual({ line, column });
  });

  it('gives line 1 and a column in minified text', () => {
    const minified = `{"a":1,"b":"${'x'.repeat(5000)}","c":2}`;
    expect(lineColumn(minified, minified.indexOf('"c"'))).toEqual({ line: 1, column: 5015 });
  });

  it('does not mix up the line index of two texts', () => {
    expect(lineColumn('a\nb', 2)).toEqual({ line: 2, column: 1 });
    expect(lineColumn('ab', 2)).toEqual({ line: 1, column: 3 });
    expect(lineColumn('a\nb', 2)).toEqual({ line: 2, column: 1 });
  });
});

describe('lineIndex', () => {
  // The index grows as far as the offsets asked: any order of offsets gives what counting does.
  const counted = (text: string, offset: number): { line: number; column: number } => {
    const at = Math.max(0, Math.min(Math.floor(offset), text.length));
    const before = text.slice(0, at);
    return { line: before.split('\n').length, column: at - (before.lastIndexOf('\n') + 1) + 1 };
  };
  it('gives the line and column of offsets asked in any order', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r'), maxLength: 60 }), fc.array(fc.integer({ min: -3, max: 65 }), { maxLength: 12 }), (text, offsets) => {
        const of = lineIndex(text);
        for (const offset of offsets) expect(of(offset)).toEqual(counted(text, offset));
      }),
    );
  });

  it('indexes a text of many lines (more than its index first holds), in any order of offsets', () => {
    const text = Array.from({ length: 5000 }, (_, i) => 'x'.repeat(i % 5)).join('\n');
    const of = lineIndex(text);
    for (const offset of [10, text.length - 3, 7, 4000, text.length + 5, 0, 12_345]) expect(of(offset)).toEqual(counted(text, offset));
  });
});

describe('firstErrorOffset', () => {
  it('accepts exactly what JSON.parse accepts', () => {
    const valid = fc.json().map((s) => s);
    fc.assert(fc.property(valid, (s) => firstErrorOffset(s) === -1));
    // Mutations of valid JSON: the validator and JSON.parse must agree on validity.
    const mutated = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', ']', '}', '"', ':', '1', 'x', '\\', ' ', '\n'), fc.nat(3));
    fc.assert(
      fc.property(mutated, ([s, at, insert, drop]) => {
        const i = s.length === 0 ? 0 : at % (s.length + 1);
        const text = s.slice(0, i) + insert + s.slice(i + drop);
        let ok = true;
        try {
          JSON.parse(text);
        } catch {
          ok = false;
        }
        return (firstErrorOffset(text) === -1) === ok;
      }),
      { numRuns: 2000 },
    );
  });
});
