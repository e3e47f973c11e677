import { describe, expect, it } from 'vitest';
import type { LintResult, UnresolvedCheck } from '../../src/engine/finding.js';
import { renderText } from '../../src/report/text.js';
import type { ReportContext } from '../../src/report/types.js';
import { fakeFinding, fakeUnresolved, sampleResult } from './sample-result.js';

const ctx: ReportContext = { toolVersion: '0.1.0', cwd: '/work', rules: [], color: false };
const colour: ReportContext = { ...ctx, color: true };

const empty: LintResult = { findings: [], unresolved: [], errors: [], files: [] };

const note = fakeFinding({
  ruleId: 'NET304',
  ruleName: 'peering-dns',
  severity: 'note',
  message: 'A note.',
  resource: 'aws_vpc.a',
  type: 'aws_vpc',
  location: { file: 'a.json', line: 2 },
  fingerprint: 'f1',
});
const warning = fakeFinding({
  ruleId: 'NET102',
  ruleName: 'spoke-cidr-overlap',
  severity: 'warning',
  message: 'A warning.',
  resource: 'aws_vpc.b',
  type: 'aws_vpc',
  location: { file: 'a.json', line: 9, column: 1 },
  fingerprint: 'f2',
});
const check = (n: number): UnresolvedCheck =>
  fakeUnresolved('NET201', 'missing-reverse-route', `aws_route.r${n}`, 'known after apply', { file: 'a.json', line: 100 + n });

describe('renderText', () => {
  it('renders the shared sample like the golden file', async () => {
    await expect(renderText(sampleResult, ctx)).toMatchFileSnapshot('./__golden__/text.txt');
  });

  it.each([
    { name: 'nothing was found to lint', result: empty, expected: '✔ no problems: found no input that vpclint reads (Terraform plan JSON, .tf, CloudFormation)\n' },
    {
      name: 'one clean file',
      result: { ...empty, files: ['a.json'] },
      expected: '✔ no problems in 1 file\n',
    },
    {
      name: 'a clean run with one unresolved check',
      result: { ...empty, files: ['a.json', 'b.json'], unresolved: [check(1)] },
      expected: 'a.json:101  unresolved  NET201  aws_route.r1: known after apply\n\n✔ no problems in 2 files (1 unresolved check)\n',
    },
    {
      name: 'one warning and one note, no unresolved checks',
      result: { ...empty, files: ['a.json'], findings: [note, warning] },
      expected: 'a.json:2  note     NET304  A note.\na.json:9  warning  NET102  A warning.\n\n✖ 2 problems (1 warning, 1 note) in 1 file\n',
    },
    {
      name: 'a tool error with no findings',
      result: { ...empty, files: ['a.json'], errors: [{ file: 'a.json', line: 1, column: 1, message: 'bad' }] },
      // Neither a tick nor "no problems": the result is not known to be clean.
      expected: 'no findings in the 1 file read\n✖ results are incomplete: 1 input or tool error (printed on stderr)\n',
    },
  ])('summarizes when $name', ({ result, expected }) => {
    expect(renderText(result, ctx)).toBe(expected);
  });

  it('shows the first 20 unresolved checks and counts the rest', () => {
    const unresolved = Array.from({ length: 23 }, (_, i) => check(i));
    const lines = renderText({ ...empty, files: ['a.json'], unresolved }, ctx).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'a.json:100  unresolved  NET201  aws_route.r0: known after apply',
      'a.json:101  unresolved  NET201  aws_route.r1: known after apply',
      'a.json:102  unresolved  NET201  aws_route.r2: known after apply',
    ]);
    expect(lines.slice(19)).toEqual([
      'a.json:119  unresolved  NET201  aws_route.r19: known after apply',
      '… and 3 more; use --format json for all',
      '',
      '✔ no problems in 1 file (23 unresolved checks)',
      '',
    ]);
  });

  it('colours severities, rule ids and the summary only when asked to', () => {
    const result: LintResult = { ...empty, files: ['a.json'], findings: [warning] };
    expect(renderText(result, colour)).toBe(
      'a.json:9  \u001b[33mwarning\u001b[39m  \u001b[2mNET102\u001b[22m  A warning.\n\n' +
        '\u001b[1m\u001b[33m✖ 1 problem (1 warning) in 1 file\u001b[39m\u001b[22m\n',
    );
    expect(renderText({ ...empty, files: ['a.json'] }, colour)).toBe('\u001b[32m✔ no problems in 1 file\u001b[39m\n');
    expect(renderText(sampleResult, ctx)).not.toContain('\u001b');
  });

  it('shows control characters from the input escaped, so a plan cannot drive the terminal', () => {
    const evil = fakeFinding({
      ruleId: 'NET401',
      ruleName: 'open-ingress',
      severity: 'error',
      message: 'Group aws_security_group.x\u001b[2J named "\u0007bell" is open.',
      resource: 'aws_security_group.x',
      type: 'aws_security_group',
      location: { file: 'a\u001b.json', line: 1 },
      fingerprint: 'f3',
    });
    expect(renderText({ ...empty, files: ['a.json'], findings: [evil] }, ctx).split('\n')[0]).toBe(
      'a\\x1b.json:1  error  NET401  Group aws_security_group.x\\x1b[2J named "\\x07bell" is open.',
    );
  });
});
