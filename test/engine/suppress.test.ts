/**
 * Suppressions: how comments are read, where they count, what they suppress, and what the tool
 * says about suppressions that are unused, expired or invalid. Every expiry is judged against a
 * fixed "today" passed in, never the clock.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { parseConfig } from '../../src/config/load.js';
import { defineRule } from '../../src/engine/define-rule.js';
import type { Finding, LintResult } from '../../src/engine/finding.js';
import { isDate, isExpired } from '../../src/engine/suppress.js';
import { parseDirective, suppressionComments } from '../../src/parse/suppression-comments.js';
import { lint, type LintOptions } from '../../src/run.js';

describe('parseDirective', () => {
  it.each([
    { name: 'not a suppression', text: ' TODO: tighten this', want: undefined },
    { name: 'the marker must come first', text: ' see vpclint:ignore NET401', want: undefined },
    { name: 'a longer word is not the marker', text: ' vpclint:ignored NET401', want: undefined },
    { name: 'one rule and a quoted reason', text: ' vpclint:ignore NET401 reason="public ALB"', want: { rules: ['NET401'], reason: 'public ALB' } },
    {
      name: 'rules by ID and name, reason and expiry',
      text: 'vpclint:ignore NET401,broad-peer-ingress reason="public ALB" expires=2027-03-31',
      want: { rules: ['NET401', 'broad-peer-ingress'], reason: 'public ALB', expires: '2027-03-31' },
    },
    { name: 'rules separated by ", "', text: ' vpclint:ignore NET401, NET403 reason=x', want: { rules: ['NET401', 'NET403'], reason: 'x' } },
    { name: 'a single-quoted reason', text: " vpclint:ignore NET401 reason='it''s'", want: { rules: ['NET401'], problem: 'unexpected "\'s\'" after the key=value pairs' } },
    { name: 'an escaped double quote', text: ' vpclint:ignore NET401 reason="the \\"edge\\" ALB"', want: { rules: ['NET401'], reason: 'the "edge" ALB' } },
    { name: 'an unquoted reason is one word', text: ' vpclint:ignore NET401 reason=public', want: { rules: ['NET401'], reason: 'public' } },
    { name: 'no reason', text: ' vpclint:ignore NET401', want: { rules: ['NET401'] } },
    { name: 'no rule', text: ' vpclint:ignore reason="x"', want: { rules: [], problem: 'it names no rule' } },
    { name: 'nothing after the marker', text: ' vpclint:ignore', want: { rules: [], problem: 'it names no rule' } },
    { name: 'an unknown key', text: ' vpclint:ignore NET401 until=2027-01-01', want: { rules: ['NET401'], problem: 'unknown key until= (only reason= and expires=)' } },
    { name: 'a key given twice', text: ' vpclint:ignore NET401 reason=a reason=b', want: { rules: ['NET401'], problem: 'reason= is given twice' } },
    { name: 'an unterminated quote', text: ' vpclint:ignore NET401 reason="public', want: { rules: ['NET401'], problem: 'the reason= value has no closing "' } },
    { name: 'text after the pairs', text: ' vpclint:ignore NET401 reason=x NET403', want: { rules: ['NET401'], problem: 'unexpected "NET403" after the key=value pairs' } },
  ])('$name', ({ text, want }) => {
    expect(parseDirective(text)).toEqual(want);
  });
});

describe('suppressionComments, each directive parsed', () => {
  const lines = (text: string) => text.split('\n');
  const found = (text: string, line: number, syntax: 'hcl' | 'yaml') =>
    suppressionComments(lines(text), line, 'f', syntax).map((c) => {
      const d = parseDirective(c.text);
      if (d === undefined) throw new Error(`not a directive: ${c.text}`);
      return [c.location.line, c.location.column, d.rules.join(','), d.reason ?? ''];
    });

  it.each([
    { name: 'HCL: # directly above', text: '# vpclint:ignore NET401 reason=a\nresource "x" "y" {', line: 2, syntax: 'hcl', want: [[1, 1, 'NET401', 'a']] },
    { name: 'HCL: // on the block line', text: 'resource "x" "y" { // vpclint:ignore NET401 reason=a', line: 1, syntax: 'hcl', want: [[1, 20, 'NET401', 'a']] },
    { name: 'HCL: # on the block line', text: 'resource "x" "y" { # vpclint:ignore NET401 reason=a', line: 1, syntax: 'hcl', want: [[1, 20, 'NET401', 'a']] },
    { name: 'HCL: a # inside a label is not a comment', text: 'resource "x" "y#vpclint:ignore NET401 reason=a" {', line: 1, syntax: 'hcl', want: [] },
    {
      name: 'HCL: every directive in the comment run above, in order',
      text: '# Why: the ALB is public.\n# vpclint:ignore NET401 reason=a\n// vpclint:ignore NET403 reason=b\nresource "x" "y" {',
      line: 4,
      syntax: 'hcl',
      want: [
        [2, 1, 'NET401', 'a'],
        [3, 1, 'NET403', 'b'],
      ],
    },
    { name: 'HCL: a blank line ends "directly above"', text: '# vpclint:ignore NET401 reason=a\n\nresource "x" "y" {', line: 3, syntax: 'hcl', want: [] },
    { name: 'HCL: code ends "directly above"', text: '# vpclint:ignore NET401 reason=a\n}\nresource "x" "y" {', line: 3, syntax: 'hcl', want: [] },
    { name: 'YAML: # above the logical ID', text: 'Resources:\n  # vpclint:ignore NET401 reason=a\n  Sg:', line: 3, syntax: 'yaml', want: [[2, 3, 'NET401', 'a']] },
    { name: 'YAML: # after the logical ID', text: 'Resources:\n  Sg: # vpclint:ignore NET401 reason=a', line: 2, syntax: 'yaml', want: [[2, 7, 'NET401', 'a']] },
    { name: 'YAML: // is no comment', text: 'Resources:\n  // vpclint:ignore NET401 reason=a\n  Sg:', line: 3, syntax: 'yaml', want: [] },
    { name: 'YAML: # inside a quoted key is no comment', text: 'Resources:\n  "Sg #vpclint:ignore NET401 reason=a":', line: 2, syntax: 'yaml', want: [] },
    {
      name: 'YAML: a comment indented deeper belongs to the resource before',
      text: 'Resources:\n  A:\n    Type: X\n    # vpclint:ignore NET401 reason=a\n  Sg:',
      line: 5,
      syntax: 'yaml',
      want: [],
    },
  ] as const)('$name', ({ text, line, syntax, want }) => {
    expect(found(text, line, syntax)).toEqual(want);
  });
});

describe('dates', () => {
  it.each([
    ['2027-03-31', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2027-13-01', false],
    ['2027-3-31', false],
    ['31.03.2027', false],
  ])('isDate(%s) is %s', (text, want) => {
    expect(isDate(text)).toBe(want);
  });

  it.each([
    { expires: '2027-03-31', today: '2027-03-30', expired: false },
    { expires: '2027-03-31', today: '2027-03-31', expired: false },
    { expires: '2027-03-31', today: '2027-04-01', expired: true },
    { expires: undefined, today: '2999-01-01', expired: false },
  ])('a suppression until $expires has expired on $today: $expired', ({ expires, today, expired }) => {
    expect(isExpired(expires, today)).toBe(expired);
  });
});

/** A world-open SSH group, with `comment` above its block. */
function bastion(comment: string, extra = ''): string {
  return `${comment}
resource "aws_security_group" "bastion" {${extra}
  name = "bastion"

  ingress {
    cidr_blocks = ["0.0.0.0/0"]
    from_port   = 22
    protocol    = "tcp"
    to_port     = 22
  }
}
`;
}

interface Summary {
  findings: string[];
  suppressed: string[];
}

function summarize(result: LintResult): Summary {
  expect(result.errors).toEqual([]);
  const show = (f: Finding) => `${f.location.file}:${f.location.line} ${f.ruleId} ${f.resource}`;
  return {
    findings: result.findings.map(show),
    suppressed: (result.suppressed ?? []).map((f) => `${show(f)} by ${f.suppression?.via}:${f.suppression?.location?.line ?? ''}`),
  };
}

async function tf(text: string, options: LintOptions = {}): Promise<Summary> {
  return summarize(await lint([{ file: 'main.tf', text }], { today: '2027-01-01', ...options }));
}

describe('suppressing findings of .tf resources', () => {
  it('moves the finding to suppressed, with the kind, the reason, the expiry and where the comment is', async () => {
    const result = await lint([{ file: 'main.tf', text: bastion('# vpclint:ignore NET401 reason="on-call bastion" expires=2027-03-31') }], {
      today: '2027-01-01',
    });
    expect(result.findings).toEqual([]);
    expect(result.suppressed?.map((f) => ({ ruleId: f.ruleId, resource: f.resource, line: f.location.line, suppression: f.suppression }))).toEqual([
      {
        ruleId: 'NET401',
        resource: 'aws_security_group.bastion',
        line: 6,
        suppression: {
          kind: 'inSource',
          via: 'comment',
          reason: 'on-call bastion',
          expires: '2027-03-31',
          location: { file: 'main.tf', line: 1, column: 1 },
        },
      },
    ]);
  });

  it('takes the rule by name, and // on the block line', async () => {
    expect(await tf(bastion('', ' // vpclint:ignore open-ingress reason="on-call bastion"'))).toEqual({
      findings: [],
      suppressed: ['main.tf:6 NET401 aws_security_group.bastion by comment:2'],
    });
  });

  it('holds through its last day and stops the day after, saying so (NET003)', async () => {
    const text = bastion('# vpclint:ignore NET401 reason="on-call bastion" expires=2027-03-31');
    expect(await tf(text, { today: '2027-03-31' })).toEqual({ findings: [], suppressed: ['main.tf:6 NET401 aws_security_group.bastion by comment:1'] });
    const after = await lint([{ file: 'main.tf', text }], { today: '2027-04-01' });
    expect(after.suppressed).toEqual([]);
    expect(after.findings.map((f) => [f.location.line, f.ruleId, f.severity, f.message])).toEqual([
      [
        1,
        'NET003',
        'note',
        'The vpclint:ignore comment for NET401 on aws_security_group.bastion expired on 2027-03-31 (reason: on-call bastion), so its finding is reported again. Fix the finding, or renew the suppression with a later expires date.',
      ],
      [6, 'NET401', 'error', expect.stringMatching(/^aws_security_group\.bastion\.ingress\[0\] admits tcp port 22 from 0\.0\.0\.0\/0/) as unknown as string],
    ]);
  });

  it.each([
    { name: 'without a reason', comment: '# vpclint:ignore NET401', diagnostic: 'NET004 missingReason' },
    { name: 'with an empty reason', comment: '# vpclint:ignore NET401 reason=""', diagnostic: 'NET004 missingReason' },
    { name: 'naming an unknown rule', comment: '# vpclint:ignore NET401,NET998 reason=x', diagnostic: 'NET004 unknownRule' },
    { name: 'with an expiry that is no date', comment: '# vpclint:ignore NET401 reason=x expires=tomorrow', diagnostic: 'NET004 badExpiry' },
    { name: 'that cannot be read', comment: '# vpclint:ignore NET401 because=x', diagnostic: 'NET004 malformed' },
    { name: 'for another rule', comment: '# vpclint:ignore NET403 reason=x', diagnostic: 'NET002 unused' },
  ])('a suppression $name suppresses nothing and is reported', async ({ comment, diagnostic }) => {
    const result = await lint([{ file: 'main.tf', text: bastion(comment) }], { today: '2027-01-01' });
    expect(result.suppressed).toEqual([]);
    expect(result.findings.map((f) => `${f.location.line} ${f.ruleId} ${f.messageId}`)).toEqual([`1 ${diagnostic}`, '6 NET401 sensitivePort']);
  });

  it('applies to every instance of a block with count, and is checked once', async () => {
    const text = bastion('# vpclint:ignore NET401 reason="on-call bastions"', '\n  count = 2');
    expect(await tf(text)).toEqual({
      findings: [],
      suppressed: ['main.tf:7 NET401 aws_security_group.bastion[0] by comment:1', 'main.tf:7 NET401 aws_security_group.bastion[1] by comment:1'],
    });
    expect(await tf(text.replace('NET401', 'NET401,NET403'))).toEqual({
      findings: ['main.tf:1 NET002 aws_security_group.bastion[0]'],
      suppressed: ['main.tf:7 NET401 aws_security_group.bastion[0] by comment:1', 'main.tf:7 NET401 aws_security_group.bastion[1] by comment:1'],
    });
  });

  it('says nothing about suppressions of a rule that is off, or that crashed', async () => {
    const text = bastion('# vpclint:ignore NET401,NET403 reason=x');
    expect(await tf(text, { severityOverrides: new Map([['NET403', 'off']]) })).toEqual({
      findings: [],
      suppressed: ['main.tf:6 NET401 aws_security_group.bastion by comment:1'],
    });
    const crashing = defineRule({
      id: 'NET403',
      name: 'broad-peer-ingress',
      defaultSeverity: 'note',
      summary: 'Test only.',
      rationale: 'Test only.',
      remediation: 'Test only.',
      messages: { never: 'never' },
      check() {
        throw new Error('boom');
      },
    });
    const result = await lint([{ file: 'main.tf', text }], { today: '2027-01-01', rules: [...rules.filter((r) => r.id !== 'NET403'), crashing] });
    expect(result.errors.map((e) => e.message)).toEqual(['rule NET403 (broad-peer-ingress) failed: boom; its findings are missing from this run']);
    expect(result.findings.map((f) => f.ruleId)).toEqual([]);
  });

  it('reports suppression diagnostics at the severity the configuration gives, or not at all when off', async () => {
    const text = bastion('# vpclint:ignore NET403 reason=x');
    const warn = await lint([{ file: 'main.tf', text }], { today: '2027-01-01', severityOverrides: new Map([['unused-suppression', 'warning']]) });
    expect(warn.findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['NET002 warning', 'NET401 error']);
    expect(await tf(text, { severityOverrides: new Map([['NET002', 'off']]) })).toEqual({ findings: ['main.tf:6 NET401 aws_security_group.bastion'], suppressed: [] });
  });

  it('reads the comments of a local module that is read from disk', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vpclint-suppress-module-'));
    try {
      mkdirSync(path.join(dir, 'modules/edge'), { recursive: true });
      writeFileSync(path.join(dir, 'modules/edge/main.tf'), bastion('# vpclint:ignore NET401 reason="module bastion"'));
      const root = 'module "edge" {\n  source = "./modules/edge"\n}\n';
      // Only the root module is handed over; the module's file is read from disk through cwd.
      const result = await lint([{ file: 'main.tf', text: root }], { today: '2027-01-01', cwd: dir });
      expect(summarize(result)).toEqual({
        findings: [],
        suppressed: ['modules/edge/main.tf:6 NET401 module.edge.aws_security_group.bastion by comment:1'],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('suppressing findings of CloudFormation resources', () => {
  const template = (sg: string) => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
${sg}
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: bastion
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0
`;
  const cfn = async (text: string, file = 'stack.yaml') => summarize(await lint([{ file, text }], { today: '2027-01-01' }));

  it('by a comment above the logical ID', async () => {
    expect(await cfn(template('  # vpclint:ignore NET401 reason="bastion"\n  Bastion:'))).toEqual({
      findings: [],
      suppressed: ['stack.yaml:12 NET401 Bastion by comment:3'],
    });
  });

  it('by a comment on the logical ID line', async () => {
    expect(await cfn(template('  Bastion: # vpclint:ignore NET401 reason="bastion"'))).toEqual({ findings: [], suppressed: ['stack.yaml:11 NET401 Bastion by comment:3'] });
  });

  it('by Metadata, in YAML and in JSON', async () => {
    const metadata = "  Bastion:\n    Metadata:\n      vpclint:\n        ignore: [{ id: NET401, reason: 'bastion', expires: '2027-03-31' }]";
    expect(await cfn(template(metadata))).toEqual({ findings: [], suppressed: ['stack.yaml:14 NET401 Bastion by metadata:6'] });
    const json = JSON.stringify(
      {
        Resources: {
          Bastion: {
            Type: 'AWS::EC2::SecurityGroup',
            Metadata: { vpclint: { ignore: [{ id: 'open-ingress', reason: 'bastion' }] } },
            Properties: { GroupDescription: 'b', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }] },
          },
        },
      },
      null,
      2,
    );
    expect(await cfn(json, 'stack.json')).toEqual({ findings: [], suppressed: ['stack.json:22 NET401 Bastion by metadata:8'] });
  });

  it('reports Metadata of the wrong shape instead of ignoring it', async () => {
    const result = await lint([{ file: 'stack.yaml', text: template('  Bastion:\n    Metadata:\n      vpclint:\n        ignore: NET401') }], { today: '2027-01-01' });
    expect(result.findings.map((f) => `${f.location.line} ${f.ruleId} ${f.messageId} ${f.data.problem ?? ''}`)).toEqual([
      '6 NET004 malformed Metadata vpclint ignore must be a list, not a string',
      '14 NET401 sensitivePort ',
    ]);
  });
});

describe('ignore entries of the configuration file (for plan JSON, which has no comments)', () => {
  const plan = JSON.stringify(
    {
      format_version: '1.2',
      resource_changes: [
        {
          address: 'module.edge.aws_security_group_rule.ssh',
          mode: 'managed',
          type: 'aws_security_group_rule',
          name: 'ssh',
          change: {
            actions: ['create'],
            after: { type: 'ingress', cidr_blocks: ['0.0.0.0/0'], from_port: 22, to_port: 22, protocol: 'tcp', security_group_id: 'sg-0abc' },
            after_unknown: { id: true },
          },
        },
      ],
    },
    null,
    2,
  );

  async function withConfig(ignore: string, today = '2027-01-01'): Promise<LintResult> {
    const config = await parseConfig(`ignore:\n${ignore}`, '.vpclint.yml', '/repo', rules);
    return lint([{ file: 'plan.json', text: plan }], { config, today });
  }

  it('suppresses by rule and address pattern, as an external suppression located at the entry', async () => {
    const result = await withConfig('  - rule: NET401\n    resource: module.edge.*\n    reason: bastion for the on-call team\n');
    expect(result.findings).toEqual([]);
    expect(result.suppressed?.map((f) => [f.ruleId, f.resource, f.suppression])).toEqual([
      ['NET401', 'module.edge.aws_security_group_rule.ssh', { kind: 'external', via: 'config', reason: 'bastion for the on-call team', location: { file: '.vpclint.yml', line: 2, column: 5 } }],
    ]);
  });

  it('an entry that matches nothing is reported at its line (NET002)', async () => {
    const result = await withConfig('  - rule: NET401\n    resource: module.core.*\n    reason: x\n');
    expect(result.findings.map((f) => [f.location.file, f.location.line, f.ruleId, f.message])).toEqual([
      [
        '.vpclint.yml',
        2,
        'NET002',
        'The ignore entry for NET401 on module.core.* matches no NET401 finding on it, so it suppresses nothing. Remove it, or check the rule and the resource it is written for.',
      ],
      ['plan.json', 5, 'NET401', expect.stringMatching(/^module\.edge\.aws_security_group_rule\.ssh admits tcp port 22/) as unknown as string],
    ]);
  });

  it('an expired entry stops suppressing and says so (NET003)', async () => {
    const result = await withConfig('  - rule: NET401\n    resource: module.edge.aws_security_group_rule.ssh\n    reason: x\n    expires: 2026-12-31\n');
    expect(result.findings.map((f) => `${f.location.file}:${f.location.line} ${f.ruleId}`)).toEqual(['.vpclint.yml:2 NET003', 'plan.json:5 NET401']);
  });
});
