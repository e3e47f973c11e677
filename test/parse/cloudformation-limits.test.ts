/**
 * Hostile and pathological CloudFormation-looking input: JSON that mentions `Resources` and
 * `AWS::` without being a template, templates too large to read, nesting deeper than the readers
 * go. Big inputs are generated here, never committed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { lintPaths } from '../../src/run.js';
import { parseSource } from '../helpers/parse-source.js';
import { parseJsonTemplateText, parseTemplateText, SHORT_FORMS, type TemplateNode } from '../../src/parse/cloudformation/tree.js';
import { plainTree as plain } from '../helpers/template-tree.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'vpclint-cfn-limits-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PLAN = JSON.stringify({
  format_version: '1.2',
  resource_changes: [
    { address: 'aws_vpc.a', mode: 'managed', type: 'aws_vpc', name: 'a', change: { actions: ['create'], after: { cidr_block: '10.0.0.0/16' }, after_unknown: {} } },
  ],
});

/** What parseSource says about one file: recognized or not, and its errors as file:line:col: message. */
function parsed(file: string, text: string): { recognized: boolean; errors: string[] } {
  const result = parseSource({ file, text });
  return { recognized: result.recognized, errors: result.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`) };
}

describe('JSON that is not a template', () => {
  // `aws cloudformation describe-stack-resources` and friends: `StackResources`, `AWS::` types.
  const dump = (extra: string): string =>
    `{"StackResources": [{"LogicalResourceId": "Vpc", "ResourceType": "AWS::EC2::VPC", "ResourceStatus": "CREATE_COMPLETE"}]${extra}}`;

  it('is skipped quietly by its shape when found in a directory, even where the YAML reader failed on it', async () => {
    const cwd = mkdtempSync(path.join(root, 'dump-'));
    writeFileSync(path.join(cwd, 'plan.json'), PLAN);
    // Nested 1,000 deep: the YAML reader overflowed its stack and called it invalid JSON.
    writeFileSync(path.join(cwd, 'deep.json'), dump(`, "Tags": ${'['.repeat(1000)}${']'.repeat(1000)}`));
    // A repeated key: the YAML reader reported it before looking whether the file is a template.
    writeFileSync(path.join(cwd, 'repeated.json'), dump(', "NextToken": "a", "NextToken": "b"'));
    const result = await lintPaths(['.'], { cwd });
    expect(result.errors).toEqual([]);
    expect(result.files).toEqual(['plan.json']);
  });

  it('is still an error when named on the command line', async () => {
    const cwd = mkdtempSync(path.join(root, 'named-dump-'));
    writeFileSync(path.join(cwd, 'dump.json'), dump(''));
    const result = await lintPaths(['dump.json'], { cwd });
    expect(result.errors.map((e) => `${e.file}: ${e.message}`)).toEqual(['dump.json: this JSON is neither a Terraform plan nor a CloudFormation template']);
  });

  it('is skipped without reading it as a template however large it is', () => {
    // 6 MB, over the size of templates vpclint reads: not a template, so not an error either.
    const items = Array.from({ length: 45_000 }, (_, i) => `{"LogicalResourceId": "Vpc${i}", "ResourceType": "AWS::EC2::VPC", "PhysicalResourceId": "vpc-0123456789abcdef0"}`);
    const text = `{"StackResources": [${items.join(',\n')}]}`;
    expect(text.length).toBeGreaterThan(5_000_000);
    expect(parsed('dump.json', text)).toEqual({ recognized: false, errors: [] });
  });
});

describe('templates too large to read', () => {
  const resources = (count: number, yaml: boolean): string[] =>
    Array.from({ length: count }, (_, i) =>
      yaml ? `  Vpc${i}:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n` : `"Vpc${i}": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}}`,
    );
  const message = (text: string): string =>
    `this file has ${text.length.toLocaleString('en-US')} characters, more than the 5,000,000 vpclint reads as a CloudFormation template (CloudFormation accepts templates of up to 1 MB)`;

  it('reports a JSON template over 5 MB at the top of the file', () => {
    const text = `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {${resources(61_000, false).join(',\n')}}}`;
    expect(text.length).toBeGreaterThan(5_000_000);
    expect(parsed('big.json', text)).toEqual({ recognized: true, errors: [`big.json:1:1: ${message(text)}`] });
  });

  it('reports a YAML template over 5 MB at the top of the file', () => {
    const text = `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${resources(62_000, true).join('')}`;
    expect(text.length).toBeGreaterThan(5_000_000);
    expect(parsed('big.yaml', text)).toEqual({ recognized: true, errors: [`big.yaml:1:1: ${message(text)}`] });
  });

  it('skips YAML over 5 MB whose top level has no template section', () => {
    const text = `items:\n${Array.from({ length: 200_000 }, (_, i) => `  - name: Resources${i}\n    type: AWS::EC2::VPC\n`).join('')}`;
    expect(text.length).toBeGreaterThan(5_000_000);
    expect(parsed('big.yaml', text)).toEqual({ recognized: false, errors: [] });
  });
});

describe('nesting deeper than 500 levels', () => {
  const head = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  V:\n    Type: AWS::EC2::VPC\n    Properties:\n';
  // Deeper than the `yaml` package goes before it overflows its stack (some 800 to 900 levels).
  const deep = `${'['.repeat(2000)}${']'.repeat(2000)}`;

  it.each([
    ['JSON', 't.json', `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"V": {"Type": "AWS::EC2::VPC", "Properties": {"Tags": ${deep}}}}}`, '1:609'],
    ['JSON nested 100,000 deep', 't.json', `{"AWSTemplateFormatVersion": "2010-09-09", "Metadata": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`, '1:556'],
    ['YAML in flow style', 't.yaml', `${head}      Tags: ${deep}\n`, '6:510'],
    ['YAML nested 100,000 deep', 't.yaml', `${head}      Tags: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, '6:510'],
    ['YAML of nested mappings', 't.yaml', `${head}      Tags:\n${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(8 + i)}a:\n`).join('')}${' '.repeat(2008)}b: 1\n`, '504:506'],
    ['YAML of nested lists on one line', 't.yaml', `${head}      Tags:\n        ${'- '.repeat(2000)}x\n`, '7:1003'],
  ])('reports %s as nested too deeply, where it goes deeper', (_name, file, text, at) => {
    expect(parsed(file, text)).toEqual({ recognized: true, errors: [`${file}:${at}: the document is nested more than 500 levels deep`] });
  });
});


function outcome(read: () => { root: TemplateNode }): unknown {
  try {
    return plain(read().root);
  } catch (error) {
    const e = error as { message: string; line?: number; column?: number };
    return [e.message, e.line, e.column];
  }
}

describe('the JSON reader', () => {
  it('builds the tree the YAML reader builds, with the same offsets and errors', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.integer({ min: 0, max: 2 }), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(outcome(() => parseJsonTemplateText(text, 't.json'))).toEqual(outcome(() => parseTemplateText(text, 't.json')));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['intrinsic functions and escapes', '{"a": {"Ref": "X"}, "b": [1, {"Fn::Sub": "a\\"b\\\\"}], "\\u00e9": "\\ud83d\\ude00"}'],
    ['numbers', '{"a": 1e400, "b": -0.5e-3, "c": 12345678901234567890, "d": -0}'],
    ['repeated keys', '{"a": "x", "b": "y", "a": {"q": 1},\n "b": 2}'],
    ['empty collections', ' { "a" : { } , "b" : [ [ ] ] } '],
    ['a byte order mark', '\uFEFF{"a": 1}'],
    ['nesting of 501 levels', `{"a": ${'{"b": '.repeat(501)}1${'}'.repeat(502)}`],
  ])('agrees with the YAML reader on %s', (_name, text) => {
    expect(outcome(() => parseJsonTemplateText(text, 't.json'))).toEqual(outcome(() => parseTemplateText(text, 't.json')));
  });
});

describe('short-form tags', () => {
  // The YAML reader registers only the tags of the short forms a text writes out: every way of
  // writing a tag that resolves to a short form still gives its function.
  const fnName = (text: string): unknown => {
    const root = parseTemplateText(text, 't.yaml').root;
    const v = root.kind === 'map' ? root.entries.get('V')?.value : undefined;
    return v?.kind === 'fn' ? [v.name, v.arg.kind] : v?.kind;
  };
  it.each([
    ['!Ref X', ['Ref', 'scalar']],
    ['!GetAtt [A, B]', ['Fn::GetAtt', 'seq']],
    ['!Sub {a: b}', ['Fn::Sub', 'map']],
    ['!<!Ref> X', ['Ref', 'scalar']],
  ])('reads %s as a function', (value, expected) => {
    expect(fnName(`V: ${value}\n`)).toEqual(expected);
  });

  it('reads a tag made by a %TAG handle, whose short form is not written out', () => {
    expect(fnName(`%TAG !e! !Get\n---\nV: !e!Att [A, B]\n`)).toEqual(['Fn::GetAtt', 'seq']);
  });

  it('finds every short form written, in one pass (no name is a prefix of another)', () => {
    for (const a of SHORT_FORMS) for (const b of SHORT_FORMS) if (a !== b) expect(b.startsWith(a), `${a} ${b}`).toBe(false);
    const text = SHORT_FORMS.map((n) => `${n}: !${n} x\n`).join('');
    const root = parseTemplateText(text, 't.yaml').root;
    const names = root.kind === 'map' ? [...root.entries.values()].map(({ value }) => (value.kind === 'fn' ? value.name : value.kind)) : [];
    expect(names).toEqual(SHORT_FORMS.map((n) => (n === 'Ref' || n === 'Condition' ? n : `Fn::${n}`)));
  });

  it('leaves the other tags unknown, with or without short forms in the text', () => {
    expect(fnName('V: !Foo X\n')).toBe('scalar');
    expect(fnName('W: !Ref Y\nV: !Foo X\n')).toBe('scalar');
  });
});
