/**
 * A YAML template is located with the line starts the `yaml` parser noted while it read the text
 * (its `LineCounter`), not with a second search of the text: the two must give every offset the
 * same line and column, whatever the line ends, scalars and collections of the text.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { parseTemplateText } from '../../src/parse/cloudformation/tree.js';
import { yamlLib } from '../../src/parse/yaml-lib.js';
import { expectLocatedAsFresh } from '../helpers/line-index.js';

// Plain JavaScript (scripts/ is not compiled), typed here by what the tests use.
const gen = (await import(new URL('../../scripts/bench/gen-cfn.js', import.meta.url).href)) as {
  buildTemplate(opts: { spokes: number }): { text: string };
};

/** Every offset (and a few outside the text) located as a fresh line index locates it. */
function sameAsFresh(text: string): void {
  expectLocatedAsFresh(parseTemplateText(text, 't.yaml').position, text);
}

describe('the line index the YAML parser finds', () => {
  it.each([
    ['CRLF line ends', 'Resources:\r\n  A:\r\n    Type: AWS::EC2::VPC\r\n    Properties: {CidrBlock: 10.0.0.0/16}\r\n'],
    ['a lone CR (not a line break)', 'a: "x\ry"\n# one\rtwo\nb: 1\n'],
    ['a byte order mark', '\uFEFFResources:\n  A: {Type: AWS::EC2::VPC}\n'],
    ['block scalars', 'a: |\n  one\n  two\n\nb: >-\n  three\n\n  four\n\n\nc: 1\n'],
    ['multi-line quoted and plain scalars', 'a: "one\n  two"\nb: \'three\n\n  four\'\nc: five\n  six\n  seven\n'],
    ['flow collections over several lines', 'a: [1,\n  2, {b: 3,\n  c: 4}]\nd: {e: !Ref X,\n  f: !GetAtt Y.Z}\n'],
    ['comments and blank lines', '# head\n\na: 1 # tail\n\n\n# end'],
    ['no line break at all', 'Resources: {A: {Type: AWS::EC2::VPC}}'],
    ['a document marker', '---\na: 1\n...\n'],
  ])('gives every offset the line and column of a fresh index, for %s', (_name, text) => {
    sameAsFresh(text);
  });

  it('gives every offset the line and column of a fresh index, for the YAML templates of the fixtures and the benchmark', () => {
    const files = fg.sync(['fixtures/**/*.cfn.yaml', 'examples/**/*.{yaml,yml,template}']);
    expect(files.length).toBeGreaterThan(0);
    for (const text of [...files.map((f) => readFileSync(f, 'utf8')), gen.buildTemplate({ spokes: 3 }).text]) sameAsFresh(text);
  });

  it('gives the same for YAML of any shape and line end', () => {
    const { stringify } = yamlLib();
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('\n', '\r\n'), fc.constantFrom('flow', 'block', 'any'), (value, eol, collectionStyle) => {
        const text = stringify({ AWSTemplateFormatVersion: '2010-09-09', value }, { collectionStyle: collectionStyle as 'flow' | 'block' | 'any' });
        sameAsFresh(text.split('\n').join(eol));
      }),
      { numRuns: 200 },
    );
  });
});
