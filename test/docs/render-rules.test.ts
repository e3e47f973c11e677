/**
 * docs/rules.md's examples and references (scripts/docs/render-rules.ts): each rule shows the
 * fixture text its `docs.examples` names, per input format, with the findings vpclint reports for
 * the flagged one, and the generator refuses a rule whose examples or references are missing or
 * wrong. The real catalogue is checked by test/catalogue.test.ts (docs/rules.md is up to date);
 * these cases use a made-up rule and fixtures folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineRule, type RuleDefinition } from '../../src/engine/define-rule.js';
import { renderRulesDoc } from '../../scripts/docs/render-rules.js';

let fixtures: string;

const TF_BAD = '# Two peered VPCs with one range.\nresource "aws_vpc" "a" {\n  cidr_block = "10.0.0.0/16"\n}\n';
const TF_GOOD = '# Distinct ranges.\nresource "aws_vpc" "a" {\n  cidr_block = "10.1.0.0/16"\n}\n';
const CFN_GOOD = '# Distinct ranges.\nResources:\n  A:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.1.0.0/16\n';

function write(files: Record<string, string>): void {
  const dir = path.join(fixtures, 'sample-rule');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
}

const expected = JSON.stringify([
  { file: 'positive-same.tf', line: 2, resource: 'aws_vpc.a', severity: 'error', messageId: 'overlap', data: { vpc: 'aws_vpc.a' } },
  { file: 'positive-unknown.tf', line: 2, resource: 'aws_vpc.a', unresolved: 'unknown' },
]);

function rule(overrides: Partial<RuleDefinition<'overlap', undefined>> = {}) {
  return defineRule<'overlap'>({
    id: 'NET199',
    name: 'sample-rule',
    defaultSeverity: 'error',
    summary: 'A sample.',
    rationale: 'Only for this test.',
    remediation: 'None.',
    messages: { overlap: '{vpc} overlaps.' },
    references: [{ title: 'VPC CIDR blocks', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html' }],
    docs: { examples: { tf: { bad: 'positive-same.tf', good: 'negative-distinct.tf' } } },
    check() {},
    ...overrides,
  });
}

beforeEach(() => {
  fixtures = mkdtempSync(path.join(os.tmpdir(), 'vpclint-docs-'));
  write({ 'expected.json': expected, 'positive-same.tf': TF_BAD, 'negative-distinct.tf': TF_GOOD, 'positive-unknown.tf': TF_BAD });
});
afterEach(() => rmSync(fixtures, { recursive: true, force: true }));

const section = (doc: string): string => doc.slice(doc.indexOf('**Examples**'), doc.indexOf('**Fixtures:**'));

describe('the examples and references of docs/rules.md', () => {
  it('shows the bad fixture with its findings, the good one, and the references', () => {
    expect(section(renderRulesDoc([rule()], fixtures))).toBe(
      [
        '**Examples** (from the fixtures; each flagged one with what vpclint reports)',
        '',
        '*Terraform*',
        '',
        'Flagged: [`positive-same.tf`](https://github.com/vpclint/vpclint/blob/v0.1.0/fixtures/sample-rule/positive-same.tf)',
        '',
        '```hcl',
        TF_BAD.trimEnd(),
        '```',
        '',
        '```text',
        'fixtures/sample-rule/positive-same.tf:2  error  NET199  aws_vpc.a overlaps.',
        '```',
        '',
        'Passes: [`negative-distinct.tf`](https://github.com/vpclint/vpclint/blob/v0.1.0/fixtures/sample-rule/negative-distinct.tf)',
        '',
        '```hcl',
        TF_GOOD.trimEnd(),
        '```',
        '',
        '**References**',
        '',
        '- [VPC CIDR blocks](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html)',
        '',
        '',
      ].join('\n'),
    );
  });

  it('names the plan twin of a Terraform example, shows only the lines asked for, and lengthens a fence the fixture would end', () => {
    write({ 'positive-same.plan.json': '{}', 'negative-distinct.tf': '# ```\n# a\n# b\n# c\n' });
    const doc = renderRulesDoc([rule({ docs: { examples: { tf: { bad: 'positive-same.tf', good: { file: 'negative-distinct.tf', lines: [1, 2] } } } } })], fixtures);
    expect(doc).toContain(
      'Flagged: [`positive-same.tf`](https://github.com/vpclint/vpclint/blob/v0.1.0/fixtures/sample-rule/positive-same.tf) ' +
        '(its plan JSON, `positive-same.plan.json`, holds the same resources and gives the same result)',
    );
    expect(doc).toContain(
      'Passes: [`negative-distinct.tf`](https://github.com/vpclint/vpclint/blob/v0.1.0/fixtures/sample-rule/negative-distinct.tf), lines 1-2 of 4\n\n````hcl\n# ```\n# a\n````\n',
    );
  });

  it('follows an edited fixture: the docs show the new text (so the drift test asks for npm run docs:update)', () => {
    const before = renderRulesDoc([rule()], fixtures);
    write({ 'negative-distinct.tf': TF_GOOD.replace('10.1.0.0/16', '10.2.0.0/16') });
    const after = renderRulesDoc([rule()], fixtures);
    expect(before).toContain('cidr_block = "10.1.0.0/16"');
    expect(after).not.toContain('cidr_block = "10.1.0.0/16"');
    expect(after).toContain('cidr_block = "10.2.0.0/16"');
  });

  it('shows a format without a flagged fixture with its good example and the reason', () => {
    write({ 'negative-distinct.cfn.yaml': CFN_GOOD });
    const doc = renderRulesDoc(
      [rule({ docs: { examples: { tf: { bad: 'positive-same.tf', good: 'negative-distinct.tf' }, cfn: { good: 'negative-distinct.cfn.yaml', note: 'CloudFormation cannot say this.' } } } })],
      fixtures,
    );
    expect(doc).toContain('*CloudFormation*: CloudFormation cannot say this.\n\nPasses: [`negative-distinct.cfn.yaml`]');
    expect(doc).toContain(`\`\`\`yaml\n${CFN_GOOD.trimEnd()}\n\`\`\``);
  });

  it.each<[string, Record<string, string>, Partial<RuleDefinition<'overlap', undefined>>, string]>([
    [
      'a format its fixtures cover without a bad example',
      {},
      { docs: { examples: { tf: { good: 'negative-distinct.tf' } } } },
      'sample-rule: its fixtures have Terraform positives but docs.examples.tf.bad is not set',
    ],
    ['no examples at all', {}, { docs: undefined }, 'sample-rule: its fixtures have Terraform positives but docs.examples.tf.bad is not set'],
    [
      'CloudFormation fixtures without a CloudFormation example',
      { 'negative-distinct.cfn.yaml': CFN_GOOD },
      {},
      'sample-rule: its fixtures have CloudFormation negatives but docs.examples.cfn.good is not set',
    ],
    [
      'a format without a flagged fixture and no note saying why',
      { 'negative-distinct.cfn.yaml': CFN_GOOD },
      { docs: { examples: { tf: { bad: 'positive-same.tf', good: 'negative-distinct.tf' }, cfn: { good: 'negative-distinct.cfn.yaml' } } } },
      'sample-rule: no CloudFormation fixture is flagged; docs.examples.cfn.note must say why',
    ],
    [
      'a bad example that is a negative fixture',
      {},
      { docs: { examples: { tf: { bad: 'negative-distinct.tf', good: 'negative-distinct.tf' } } } },
      'sample-rule: docs.examples.tf.bad (negative-distinct.tf): a bad example must be a positive-* fixture',
    ],
    [
      'a bad example with only an unresolved check',
      {},
      { docs: { examples: { tf: { bad: 'positive-unknown.tf', good: 'negative-distinct.tf' } } } },
      'sample-rule: docs.examples.tf.bad (positive-unknown.tf): a bad example must be a fixture with a finding in expected.json',
    ],
    [
      'an example that is not in the folder',
      {},
      { docs: { examples: { tf: { bad: 'positive-same.tf', good: 'negative-gone.tf' } } } },
      'sample-rule: docs.examples.tf.good (negative-gone.tf): no such file in fixtures/sample-rule/',
    ],
    [
      'an example of another format',
      { 'negative-distinct.cfn.yaml': CFN_GOOD },
      { docs: { examples: { tf: { bad: 'positive-same.tf', good: 'negative-distinct.cfn.yaml' } } } },
      'sample-rule: docs.examples.tf.good (negative-distinct.cfn.yaml): not a Terraform fixture',
    ],
    [
      'lines outside the file',
      {},
      { docs: { examples: { tf: { bad: 'positive-same.tf', good: { file: 'negative-distinct.tf', lines: [2, 9] } } } } },
      'sample-rule: docs.examples.tf.good (negative-distinct.tf): lines 2-9 are not within its 4 lines',
    ],
    [
      'a Terraform example without a plan twin when the rule has plan fixtures',
      { 'positive-other.plan.json': '{}' },
      {},
      'sample-rule: docs.examples.tf.bad has no .plan.json twin; choose one that has, so the plan format is shown too',
    ],
    ['no references', {}, { references: [] }, 'sample-rule: no references; name the documentation the rule rests on'],
    [
      'a reference without an https URL',
      {},
      { references: [{ title: 'Somewhere', url: 'docs.aws.amazon.com/vpc' }] },
      'sample-rule: reference {"title":"Somewhere","url":"docs.aws.amazon.com/vpc"} needs a title and an https URL',
    ],
  ])('refuses %s', (_, files, overrides, message) => {
    write(files);
    expect(() => renderRulesDoc([rule(overrides)], fixtures)).toThrow(message);
  });
});
