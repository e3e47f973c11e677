/**
 * Suppressed findings and the baseline in every output: JSON and SARIF list suppressed findings
 * as suppressed (SARIF `suppressions`, valid against the OASIS schema), text, markdown and the
 * GitHub annotations only count them; text and JSON list the baseline's fixed findings.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import type { Finding, LintResult } from '../../src/engine/finding.js';
import { renderGithub } from '../../src/report/github.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import type { ReportContext } from '../../src/report/types.js';
import { fakeFinding } from './sample-result.js';
import { codeScanningProblems } from '../helpers/sarif.js';

const ctx: ReportContext = { toolVersion: '0.1.0', cwd: '/work', rules, color: false };

const active = fakeFinding({
  ruleId: 'NET101',
  ruleName: 'peering-cidr-overlap',
  severity: 'error',
  message: 'Peering aws_vpc_peering_connection.a_b joins aws_vpc.a (10.0.0.0/16) and aws_vpc.b (10.0.128.0/20), whose IPv4 ranges overlap; AWS will fail the peering.',
  resource: 'aws_vpc_peering_connection.a_b',
  type: 'aws_vpc_peering_connection',
  location: { file: 'main.tf', line: 9, column: 1 },
  fingerprint: '0f6c1d2e3a4b5c6d7e8f901a2b3c4d5e',
});

const inline: Finding = {
  ...fakeFinding({
    ruleId: 'NET401',
    ruleName: 'open-ingress',
    severity: 'warning',
    message: 'aws_security_group.alb.ingress[0] admits tcp port 443 from 0.0.0.0/0, the whole IPv4 internet, into aws_security_group.alb.',
    resource: 'aws_security_group.alb',
    type: 'aws_security_group',
    location: { file: 'main.tf', line: 20, column: 5 },
    fingerprint: '1a2b3c4d5e6f708192a3b4c5d6e7f801',
  }),
  suppression: { kind: 'inSource', via: 'comment', reason: 'public ALB', expires: '2027-03-31', location: { file: 'main.tf', line: 15, column: 1 } },
};

const accepted: Finding = {
  ...fakeFinding({
    ruleId: 'NET401',
    ruleName: 'open-ingress',
    severity: 'error',
    message: 'aws_security_group.bastion.ingress[0] admits tcp port 22 from 0.0.0.0/0, the whole IPv4 internet, into aws_security_group.bastion, exposing SSH (22).',
    resource: 'aws_security_group.bastion',
    type: 'aws_security_group',
    location: { file: 'main.tf', line: 30, column: 5 },
    fingerprint: '2b3c4d5e6f708192a3b4c5d6e7f80912',
  }),
  suppression: { kind: 'external', via: 'baseline', reason: 'accepted in the baseline vpclint-baseline.json' },
};

const result: LintResult = {
  findings: [active],
  suppressed: [inline, accepted],
  unresolved: [],
  errors: [],
  files: ['main.tf'],
  baseline: {
    file: 'vpclint-baseline.json',
    fixed: [
      {
        fingerprint: '3c4d5e6f708192a3b4c5d6e7f8091a2b',
        id: 'NET203',
        rule: 'edge-to-edge-route',
        resource: 'aws_route.default',
        file: 'main.tf',
        message: 'Route aws_route.default sends 0.0.0.0/0 over peering aws_vpc_peering_connection.a_b.',
      },
    ],
  },
};

describe('JSON', () => {
  it('lists suppressed findings with their suppression, and the fixed ones of the baseline', () => {
    const json = JSON.parse(renderJson(result, ctx));
    expect(Object.keys(json)).toEqual(['version', 'tool', 'findings', 'suppressed', 'unresolved', 'unknowns', 'errors', 'baseline']);
    expect(json.findings.map((f: { id: string; resource: string }) => [f.id, f.resource])).toEqual([['NET101', 'aws_vpc_peering_connection.a_b']]);
    expect(json.suppressed).toEqual([
      {
        id: 'NET401',
        rule: 'open-ingress',
        severity: 'warning',
        message: inline.message,
        resource: 'aws_security_group.alb',
        related: [],
        location: { file: 'main.tf', line: 20, column: 5 },
        fingerprint: '1a2b3c4d5e6f708192a3b4c5d6e7f801',
        docsUrl: 'https://github.com/vpclint/vpclint/blob/v0.1.0/docs/rules.md#open-ingress',
        suppression: { kind: 'inSource', via: 'comment', reason: 'public ALB', expires: '2027-03-31', location: { file: 'main.tf', line: 15, column: 1 } },
      },
      {
        id: 'NET401',
        rule: 'open-ingress',
        severity: 'error',
        message: accepted.message,
        resource: 'aws_security_group.bastion',
        related: [],
        location: { file: 'main.tf', line: 30, column: 5 },
        fingerprint: '2b3c4d5e6f708192a3b4c5d6e7f80912',
        docsUrl: 'https://github.com/vpclint/vpclint/blob/v0.1.0/docs/rules.md#open-ingress',
        suppression: { kind: 'external', via: 'baseline', reason: 'accepted in the baseline vpclint-baseline.json' },
      },
    ]);
    expect(json.baseline).toEqual({ file: 'vpclint-baseline.json', fixed: result.baseline?.fixed });
  });
});

describe('SARIF', () => {
  it('keeps suppressed findings as results with a suppression, and stays valid', () => {
    const text = renderSarif(result, ctx);
    expect(codeScanningProblems(text)).toEqual([]);
    const sarif = JSON.parse(text);
    const results = sarif.runs[0].results as { ruleId: string; properties: { resource: string }; suppressions?: unknown }[];
    expect(results.map((r) => [r.ruleId, r.properties.resource, r.suppressions])).toEqual([
      ['NET101', 'aws_vpc_peering_connection.a_b', undefined],
      [
        'NET401',
        'aws_security_group.alb',
        [
          {
            kind: 'inSource',
            status: 'accepted',
            justification: 'public ALB',
            location: { physicalLocation: { artifactLocation: { uri: 'main.tf', uriBaseId: '%SRCROOT%' }, region: { startLine: 15, startColumn: 1 } } },
            properties: { via: 'comment', expires: '2027-03-31' },
          },
        ],
      ],
      ['NET401', 'aws_security_group.bastion', [{ kind: 'external', status: 'accepted', justification: 'accepted in the baseline vpclint-baseline.json', properties: { via: 'baseline' } }]],
    ]);
  });
});

describe('text', () => {
  it('counts the suppressed findings and lists the fixed ones', () => {
    expect(renderText(result, ctx)).toBe(
      [
        'main.tf:9  error  NET101  Peering aws_vpc_peering_connection.a_b joins aws_vpc.a (10.0.0.0/16) and aws_vpc.b (10.0.128.0/20), whose IPv4 ranges overlap; AWS will fail the peering.',
        '',
        '1 finding of the baseline vpclint-baseline.json no longer found (fixed):',
        'main.tf    fixed  NET203  aws_route.default: Route aws_route.default sends 0.0.0.0/0 over peering aws_vpc_peering_connection.a_b.',
        '',
        '✖ 1 problem (1 error) in 1 file',
        '2 findings not shown: 1 suppressed in the source, 1 accepted by the baseline (--format json lists them)',
        '',
      ].join('\n'),
    );
  });

  it('says nothing of suppressions when there are none', () => {
    expect(renderText({ ...result, suppressed: [], baseline: undefined }, ctx)).toBe(
      `main.tf:9  error  NET101  ${active.message}\n\n✖ 1 problem (1 error) in 1 file\n`,
    );
  });
});

describe('markdown', () => {
  it('counts the suppressed and the fixed findings without listing them', () => {
    const md = renderMarkdown(result, ctx);
    expect(md).toContain('| 🔕 Suppressed or accepted by the baseline (not listed) | 2 |\n| ✅ Fixed since the baseline | 1 |');
    expect(md).not.toContain('aws_security_group.alb');
    expect(md).not.toContain('aws_security_group.bastion');
  });
});

describe('GitHub annotations', () => {
  it('annotate only the active findings, with one notice counting the rest', () => {
    expect(renderGithub(result, ctx).split('\n')).toEqual([
      `::error file=main.tf,line=9,col=1,title=NET101 peering-cidr-overlap::${active.message}%0Ahttps://github.com/vpclint/vpclint/blob/v0.1.0/docs/rules.md#peering-cidr-overlap`,
      '::notice title=vpclint%3A suppressed findings::2 findings not shown: 1 suppressed in the source, 1 accepted by the baseline',
      '::notice title=vpclint%3A baseline::1 finding of the baseline vpclint-baseline.json no longer found (fixed)',
      '',
    ]);
  });
});
