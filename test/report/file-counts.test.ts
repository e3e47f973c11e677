import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/engine/finding.js';
import { fileCounts, filesPhrase } from '../../src/report/file-counts.js';
import { renderText } from '../../src/report/text.js';
import { fakeFinding } from './sample-result.js';

const at = (file: string, fingerprint: string) =>
  fakeFinding({ ruleId: 'NET101', ruleName: 'peering-cidr-overlap', severity: 'error', message: 'Overlap.', resource: 'aws_vpc.a', type: 'aws_vpc', location: { file, line: 3 }, fingerprint });
const result = (files: string[], findingFiles: string[]): LintResult => ({
  findings: findingFiles.map((f, i) => at(f, `fp${i}`)),
  unresolved: [],
  errors: [],
  files,
});

describe('fileCounts', () => {
  it('counts the inputs read and those with a finding (two findings in one file count once)', () => {
    expect(fileCounts(result(['a.json', 'b.tf', 'c.yaml', 'd.json', 'e.tf'], ['a.json', 'c.yaml', 'a.json']))).toEqual({ read: 5, withProblems: 2 });
  });

  it('does not count .tfvars files, which only give values', () => {
    expect(fileCounts(result(['main.tf', 'terraform.tfvars', 'prod.auto.tfvars.json', 'vars.tf'], []))).toEqual({ read: 2, withProblems: 0 });
  });

  it('counts a file a finding is in as read, though it is not an input (the configuration file)', () => {
    expect(fileCounts(result(['plan.json'], ['.vpclint.yml']))).toEqual({ read: 2, withProblems: 1 });
  });
});

describe('filesPhrase', () => {
  it.each([
    { read: 5, withProblems: 2, problems: true, expected: '2 of 5 files' },
    { read: 1, withProblems: 1, problems: true, expected: '1 file' },
    { read: 3, withProblems: 3, problems: true, expected: '3 of 3 files' },
    { read: 5, withProblems: 0, problems: false, expected: '5 files' },
    { read: 1, withProblems: 0, problems: false, expected: '1 file' },
  ])('$read read, $withProblems with problems: $expected', ({ read, withProblems, problems, expected }) => {
    expect(filesPhrase({ read, withProblems }, problems)).toBe(expected);
  });
});

describe('the text summary', () => {
  it('says how many of the files read have problems', () => {
    const text = renderText(result(['a.json', 'b.json', 'c.json', 'd.json', 'e.json'], ['a.json', 'b.json', 'b.json']), { toolVersion: '0.1.0', cwd: '/w', rules: [], color: false });
    expect(text.split('\n').slice(-2)).toEqual(['✖ 3 problems (3 errors) in 2 of 5 files', '']);
  });
});
