import { describe, expect, it } from 'vitest';
import { formatSections, matchesExpected, parseSections, splitArgs } from './scenario-format.js';

describe('scenario files', () => {
  it('splits sections, keeping each body exactly, and writes them back unchanged', () => {
    const text = '====test====\nA title\n====args====\n\n====stdout====\nline 1\nline 2\n====exit====\n1\n';
    const sections = parseSections(text);
    expect(sections).toEqual([
      { name: 'test', body: 'A title\n' },
      { name: 'args', body: '\n' },
      { name: 'stdout', body: 'line 1\nline 2\n' },
      { name: 'exit', body: '1\n' },
    ]);
    expect(formatSections(sections)).toBe(text);
  });

  it.each([
    { line: 'plan.json --format json', args: ['plan.json', '--format', 'json'] },
    { line: '  "dir with spaces/plan.json"  x ', args: ['dir with spaces/plan.json', 'x'] },
    { line: "--format 'json=out file.json'", args: ['--format', 'json=out file.json'] },
    { line: '--format=json="a b.json"', args: ['--format=json=a b.json'] },
    { line: '', args: [] },
  ])('splits the argument line $line', ({ line, args }) => {
    expect(splitArgs(line)).toEqual(args);
  });

  it.each([
    { actual: 'a\nb\n', expected: 'a\nb\n', matches: true },
    { actual: 'a\nb\n', expected: 'a\n', matches: false },
    { actual: 'x\n    at f (file.ts:1:2)\n    at g\ny\n', expected: 'x\n{{any}}y\n', matches: true },
    { actual: 'x.y\n', expected: 'x{{any}}z\n', matches: false },
    { actual: 'a(b)*\n', expected: 'a(b)*\n', matches: true },
    { actual: 'a(b)*c\n', expected: 'a(b){{any}}c\n', matches: true },
  ])('matches $actual against $expected: $matches', ({ actual, expected, matches }) => {
    expect(matchesExpected(actual, expected)).toBe(matches);
  });
});
