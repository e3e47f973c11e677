import { describe, expect, it } from 'vitest';
import { capProblems } from '../../src/parse/problems.js';
import { parseSource } from '../helpers/parse-source.js';

describe('capProblems', () => {
  it('keeps the first problems of each file and counts the rest after them, located at the first left out', () => {
    const p = (file: string | undefined, line: number) => ({ ...(file === undefined ? {} : { file }), line, column: 1, message: `p${line}` });
    expect(capProblems([p('a', 1), p('b', 1), p('a', 2), p(undefined, 9), p('a', 3), p('b', 2), p('a', 4), p('c', 1)], 2)).toEqual([
      p('a', 1),
      p('b', 1),
      p('a', 2),
      { file: 'a', line: 3, column: 1, message: '… and 2 more problems in this file' },
      p(undefined, 9),
      p('b', 2),
      p('c', 1),
    ]);
  });

  it('adds a count a reader made into its own', () => {
    const more = { file: 'a', line: 7, column: 2, message: '… and 40 more problems in this file' };
    const p = (line: number) => ({ file: 'a', line, column: 1, message: `p${line}` });
    expect(capProblems([p(1), p(2), more], 2)).toEqual([p(1), p(2), more]);
    expect(capProblems([p(1), p(2), p(3), more], 2)).toEqual([p(1), p(2), { file: 'a', line: 3, column: 1, message: '… and 41 more problems in this file' }]);
    expect(capProblems([p(1), p(2), p(3)], 2)).toEqual([p(1), p(2), { file: 'a', line: 3, column: 1, message: '… and 1 more problem in this file' }]);
  });
});

describe('problems per file', () => {
  it('reports the first 50 problems of a plan and counts the rest', () => {
    const text = `{\n  "format_version": "1.2",\n  "resource_changes": [${Array(80).fill('1').join(', ')}]\n}`;
    const result = parseSource({ file: 'plan.json', text });
    expect(result.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`)).toEqual([
      ...Array.from({ length: 50 }, (_, i) => `plan.json:3:3: resource_changes[${i}] is not an object; it is ignored`),
      'plan.json:3:3: … and 30 more problems in this file',
    ]);
  });

  it('reports the first 50 problems of a template and counts the rest', () => {
    const resources = Array.from({ length: 60 }, (_, i) => `  R${i}: 1\n`).join('');
    const result = parseSource({ file: 't.yaml', text: `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${resources}` });
    expect(result.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`)).toEqual([
      ...Array.from({ length: 50 }, (_, i) => `t.yaml:${i + 3}:3: resource R${i} must be a mapping with a Type, not a number; it is ignored`),
      't.yaml:53:3: … and 10 more problems in this file',
    ]);
  });
});
