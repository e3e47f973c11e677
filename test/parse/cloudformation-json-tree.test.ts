/**
 * The two readers of JSON templates agree: the tree built from `JSON.parse`'s value and the
 * offsets of one pass over the text (`parsedJsonTree`, what runs) is the tree the JSON reader of
 * its own builds (`parseJsonTemplateText`, what reads the text the first cannot pair), node for
 * node, offset for offset; and `jsonTemplateTree` hands that text to the second.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { jsonTemplateTree, parsedJsonTree, parseJsonTemplateText, type TemplateNode } from '../../src/parse/cloudformation/tree.js';
import { expectLocatedAsFresh } from '../helpers/line-index.js';
import { plainTree as plain } from '../helpers/template-tree.js';


function outcome(read: () => TemplateNode): unknown {
  try {
    return plain(read());
  } catch (error) {
    const e = error as { message: string; line?: number; column?: number };
    return [e.message, e.line, e.column];
  }
}

// Plain JavaScript (scripts/ is not compiled), typed here by what the tests use.
const gen = (await import(new URL('../../scripts/bench/gen-cfn.js', import.meta.url).href)) as {
  buildJsonTemplate(opts: { spokes: number }): { text: string };
};

const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** The tree of the fast path, which must have read the text. */
function fast(text: string): unknown {
  const root = parsedJsonTree(JSON.parse(withoutBom(text)), text);
  expect(root).toBeDefined();
  return plain(root!);
}

const slow = (text: string): unknown => outcome(() => parseJsonTemplateText(text, 't.json').root);

/** Keys that keep their source order in a JS object: none starts with a digit. */
const key = fc.string().filter((k) => !/^[0-9]/.test(k));
const jsonOfPlainKeys = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean(), fc.constant(null)),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
    // Intrinsic functions, and mappings that only look like one.
    fc.record({ Ref: fc.string() }),
    fc.dictionary(fc.constantFrom('Fn::Sub', 'Fn::Join', 'Ref', 'Fn::'), tie('value'), { minKeys: 1, maxKeys: 2 }),
  ),
})).value;

describe('the tree built from JSON.parse', () => {
  it('is the JSON reader\'s tree, for JSON of any shape and indentation', () => {
    fc.assert(
      fc.property(jsonOfPlainKeys, fc.constantFrom(0, 1, 2, '\t', ' \r\n'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(fast(text)).toEqual(slow(text));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['intrinsic functions and escapes', '{"a": {"Ref": "X"}, "b": [1, {"Fn::Sub": "a\\"b\\\\"}], "\\u00e9": "\\ud83d\\ude00", "c\\\\": "\\\\"}'],
    ['numbers', '{"a": 1e400, "b": -0.5e-3, "c": 12345678901234567890, "d": -0, "e": -1e-400, "f": [1E+2,0.0]}'],
    ['empty collections', ' { "a" : { } , "b" : [ [ ] ] , "c" : "" , "" : {} } '],
    ['a byte order mark', '\uFEFF{"a": 1}'],
    ['a root that is not a mapping', '[{"Ref": "X"}, "AWS::EC2::VPC", true, null]'],
    ['a prototype key', '{"__proto__": {"a": 1}, "constructor": [1]}'],
    ['keys that start with an escape', '{"\\u0061": 1, "\\"q": 2, "\\\\": 3}'],
    ['nesting of 499 levels', `{"a": ${'{"b": '.repeat(498)}1${'}'.repeat(499)}`],
    // Many more keys and values than the first guess of how many the text has (one in 16 characters).
    ['compact JSON of many values', `{"a":[${Array.from({ length: 5000 }, (_, i) => i % 10).join(',')}],"b":{${Array.from({ length: 500 }, (_, i) => `"k${i}":[]`).join(',')}}}`],
  ])('is the JSON reader\'s tree for %s', (_name, text) => {
    expect(fast(text)).toEqual(slow(text));
  });

  it('is the JSON reader\'s tree for every JSON template of the fixtures and the benchmark', () => {
    const files = fg.sync('fixtures/**/*.cfn.json');
    expect(files.length).toBeGreaterThan(0);
    const texts = [...files.map((f) => readFileSync(f, 'utf8')), gen.buildJsonTemplate({ spokes: 3 }).text];
    for (const text of texts) expect(fast(text)).toEqual(slow(text));
  });

  it.each([
    ['a key that starts with a digit (listed out of source order)', '{"b": 1, "10": 2, "2": 3}'],
    ['a key that starts with an escape (here of a digit)', '{"b": 1, "\\u0031": 2}'],
    ['repeated keys', '{"a": "x", "b": "y", "a": {"q": 1},\n "b": 2}'],
    ['a repeated key deep inside', '{"a": [{"b": {"c": 1, "c": 2}}]}'],
    ['nesting of 501 levels', `{"a": ${'{"b": '.repeat(501)}1${'}'.repeat(502)}`],
  ])('is left to the JSON reader for %s, which says the same as it alone', (_name, text) => {
    expect(parsedJsonTree(JSON.parse(text), text)).toBeUndefined();
    expect(outcome(() => jsonTemplateTree(JSON.parse(text), text, 't.json').root)).toEqual(slow(text));
  });
});

describe('the line index the offset pass finds', () => {
  // `jsonTemplateTree` locates with the line starts its pass over the text found, not with a
  // fresh `lineIndex`: the two must give every offset the same line and column.
  const sameAsFresh = (text: string): void => {
    expectLocatedAsFresh(jsonTemplateTree(JSON.parse(withoutBom(text)), text, 't.json').position, text);
  };

  it.each([
    ['CRLF line ends', '{\r\n  "a": [\r\n    1,\r\n    "x"\r\n  ]\r\n}\r\n'],
    ['a lone CR (white space in JSON, not a line break)', '{"a":\r1,\r\n"b":\r\r[\n2]}'],
    ['a byte order mark', '\uFEFF{\n "a": 1\n}'],
    ['escaped line breaks in strings', '{\n "a": "one\\ntwo\\r\\nthree",\n "b\\n": ["\\n"]\n}'],
    ['no line break at all', '{"a":{"Ref":"X"},"b":[1,2]}'],
    ['line breaks only around numbers and literals', '[\n1\n,\ntrue\n,\nnull\n,-2e3\n]\n\n'],
  ])('gives every offset the line and column of a fresh index, for %s', (_name, text) => {
    sameAsFresh(text);
  });

  it('gives every offset the line and column of a fresh index, for the JSON templates of the fixtures and the benchmark', () => {
    const files = fg.sync('fixtures/**/*.cfn.json');
    expect(files.length).toBeGreaterThan(0);
    for (const text of [...files.map((f) => readFileSync(f, 'utf8')), gen.buildJsonTemplate({ spokes: 3 }).text]) sameAsFresh(text);
  });

  it('gives the same for JSON of any shape and indentation', () => {
    fc.assert(
      fc.property(jsonOfPlainKeys, fc.constantFrom(0, 1, '\t', ' \r\n', '\r'), (value, indent) => {
        sameAsFresh(JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', value }, null, indent));
      }),
      { numRuns: 200 },
    );
  });
});
