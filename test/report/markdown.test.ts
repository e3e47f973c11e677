import { describe, expect, it } from 'vitest';
import { defineRule, type Rule } from '../../src/engine/define-rule.js';
import type { Finding, LintResult } from '../../src/engine/finding.js';
import type { Topology, TopologyPeering } from '../../src/model/topology.js';
import {
  COMMENT_MARKER,
  MAX_DIAGRAM_PEERINGS,
  MAX_MARKDOWN_LENGTH,
  escapeMarkdown,
  escapeMermaid,
  renderMarkdown,
} from '../../src/report/markdown.js';
import type { ReportContext } from '../../src/report/types.js';
import { fakeFinding, fakeUnresolved, sampleResult } from './sample-result.js';

const openIngress: Rule = defineRule({
  id: 'NET401',
  name: 'open-ingress',
  defaultSeverity: 'error',
  summary: 'A security group rule admits traffic from the whole internet.',
  rationale: 'Open ports get scanned within minutes.',
  remediation: 'Allow only known ranges; use `aws_vpc_security_group_ingress_rule` with a narrow `cidr_ipv4`.',
  messages: { sample: 'sample' },
  check() {},
});

const ctx: ReportContext = { toolVersion: '0.1.0', cwd: '/work', rules: [openIngress], color: true };
const empty: LintResult = { findings: [], unresolved: [], errors: [], files: [] };

const HUB = 'aws_vpc.hub';
const SPOKE = 'module.spoke["a"].aws_vpc.this';

const topology: Topology = {
  vpcs: [
    { key: HUB, label: HUB, cidrs: ['10.0.0.0/16'], cidrsIncomplete: false, external: false },
    { key: 'aws_vpc.c', label: 'aws_vpc.c', cidrs: ['10.0.128.0/20'], cidrsIncomplete: false, external: false },
    { key: SPOKE, label: SPOKE, cidrs: ['10.1.0.0/16'], cidrsIncomplete: true, external: false },
    { key: 'vpc-0abc', label: 'vpc-0abc', cidrs: [], cidrsIncomplete: true, external: true },
  ],
  peerings: [
    { key: 'p.hub_c', label: 'aws_vpc_peering_connection.hub_c', requester: HUB, accepter: 'aws_vpc.c', ruleIds: ['NET101'], worst: 'error', missingRoutes: [] },
    { key: 'p.ext', label: 'aws_vpc_peering_connection.ext', requester: HUB, accepter: 'vpc-0abc', ruleIds: [], worst: undefined, missingRoutes: [] },
    {
      key: 'p.hub_a',
      label: 'aws_vpc_peering_connection.hub_a',
      requester: HUB,
      accepter: SPOKE,
      ruleIds: ['NET201', 'NET203'],
      worst: 'error',
      missingRoutes: [{ from: SPOKE, to: HUB }],
    },
    { key: 'p.dns', label: 'aws_vpc_peering_connection.dns', requester: SPOKE, accepter: undefined, ruleIds: ['NET304'], worst: 'warning', missingRoutes: [] },
  ],
};

function finding(i: number, message = `Finding number ${i}.`): Finding {
  return fakeFinding({
    ruleId: 'NET401',
    ruleName: 'open-ingress',
    severity: 'error',
    message,
    resource: `aws_security_group_rule.r${i}`,
    type: 'aws_security_group_rule',
    location: { file: `f${Math.floor(i / 100)}.json`, line: i + 1 },
    fingerprint: `fp${i}`,
  });
}

/** The line after the marker, title and blank line. */
function verdictOf(result: LintResult): string {
  return renderMarkdown(result, ctx).split('\n')[3]!;
}

describe('renderMarkdown', () => {
  it('renders the shared sample with a topology like the golden file', async () => {
    await expect(renderMarkdown({ ...sampleResult, topology }, ctx)).toMatchFileSnapshot('./__golden__/comment.md');
  });

  it('starts with the hidden marker, a title, the verdict and the counts by severity', () => {
    const lines = renderMarkdown(sampleResult, ctx).split('\n');
    expect(lines.slice(0, 13)).toEqual([
      COMMENT_MARKER,
      '## vpclint',
      '',
      '**❌ vpclint found 2 errors, 1 warning and 1 note in 2 of 3 files; the results are incomplete (2 input or tool errors).** 4 checks could not be decided (blocked by 2 unknowns).',
      '',
      '| | Count |',
      '| :-- | --: |',
      '| 🔴 Errors | 2 |',
      '| 🟠 Warnings | 1 |',
      '| 🔵 Notes | 1 |',
      '| ⚪ Checks not decided | 4 |',
      '| ⚠️ Input or tool errors | 2 |',
      '',
    ]);
  });

  it.each([
    { name: 'nothing was found to lint', result: empty, expected: '**✅ No problems: vpclint found no input that it reads.**' },
    { name: 'a clean pull request', result: { ...empty, files: ['a.json', 'b.json'] }, expected: '**✅ No problems in 2 files.**' },
    {
      name: 'a clean run with undecided checks',
      result: { ...empty, files: ['a.json'], unresolved: [fakeUnresolved('NET201', 'missing-reverse-route', 'aws_route.r', 'known after apply', { file: 'a.json', line: 3 })] },
      expected: '**✅ No problems in 1 file.** 1 check could not be decided.',
    },
    {
      name: 'only warnings',
      result: { ...empty, files: ['f0.json'], findings: [{ ...finding(1), severity: 'warning' as const }] },
      expected: '**⚠️ vpclint found 1 warning in 1 file.**',
    },
    {
      name: 'only an input error',
      result: { ...empty, files: ['a.json'], errors: [{ file: 'a.json', line: 1, column: 1, message: 'bad' }] },
      expected: '**⚠️ No findings in what vpclint read, but the results are incomplete: 1 input or tool error.**',
    },
  ])('gives a one-line verdict when $name', ({ result, expected }) => {
    expect(verdictOf(result)).toBe(expected);
  });

  it('groups findings by file, links the rule, and hides the details in a collapsible block', () => {
    const a = finding(1, 'First.');
    const b = { ...finding(2, 'Second.'), related: ['aws_security_group.web'], location: { file: 'f0.json', line: 9, column: 3 } };
    const c = { ...finding(3, 'Third.'), location: { file: 'other dir/g.json', line: 4 } };
    const text = renderMarkdown({ ...empty, files: ['f0.json', 'other dir/g.json'], findings: [a, b, c] }, ctx);
    const body = text.slice(text.indexOf('### Findings'), text.indexOf('<sub>[vpclint]'));
    const docs = 'https://github.com/vpclint/vpclint/blob/v0.1.0/docs/rules.md#open-ingress';
    const details = (resource: string, fp: string, related?: string) =>
      [
        `- **Rule:** [NET401 open-ingress](${docs}) (error): A security group rule admits traffic from the whole internet.`,
        `- **Resource:** <code>${resource}</code>`,
        ...(related === undefined ? [] : [`- **Related:** <code>${related}</code>`]),
        '- **How to fix:** Allow only known ranges; use `aws_vpc_security_group_ingress_rule` with a narrow `cidr_ipv4`.',
        `- **Fingerprint:** <code>${fp}</code>`,
      ].join('\n');
    expect(body).toBe(
      [
        '### Findings',
        '**<code>f0.json</code>**',
        `<details><summary>🔴 <a href="${docs}"><b>NET401</b></a> line 2: First.</summary>\n\n${details('aws_security_group_rule.r1', 'fp1')}\n\n</details>`,
        `<details><summary>🔴 <a href="${docs}"><b>NET401</b></a> line 9:3: Second.</summary>\n\n${details('aws_security_group_rule.r2', 'fp2', 'aws_security_group.web')}\n\n</details>`,
        '**<code>other dir/g.json</code>**',
        `<details><summary>🔴 <a href="${docs}"><b>NET401</b></a> line 4: Third.</summary>\n\n${details('aws_security_group_rule.r3', 'fp3')}\n\n</details>`,
        '',
      ].join('\n\n'),
    );
  });

  it('names a rule without a link when the catalogue does not have it', () => {
    const text = renderMarkdown(sampleResult, ctx);
    expect(text).toContain(
      '<details><summary>🔵 <b>NET304</b> line 30:3: Peering aws_vpc_peering_connection.dns requests DNS resolution but aws_vpc.b has DNS hostnames off.</summary>\n\n- **Rule:** NET304 peering-dns (note)\n',
    );
  });

  it('escapes every piece of input text, so a plan cannot inject markup, mentions or links', () => {
    const evil = {
      ...finding(1, 'Tag <img src=x onerror=alert(1)> **bold** _it_ [x](https://evil.example) `code` $x$ ~s~ | @octocat #12 www.evil.example\nline\u001b2'),
      resource: 'aws_security_group_rule.x["</code><script>"]',
      location: { file: '<b>evil</b>.json', line: 1 },
    };
    const text = renderMarkdown({ ...empty, files: ['x.json'], findings: [evil] }, ctx);
    expect(text).not.toMatch(/<img|<script|<\/?b>evil|\*\*bold|\[x\]\(/);
    expect(text).toContain(
      '<summary>🔴 <a href="https://github.com/vpclint/vpclint/blob/v0.1.0/docs/rules.md#open-ingress"><b>NET401</b></a> line 1: ' +
        'Tag &lt;img src=x onerror=alert(1)&gt; &#42;&#42;bold&#42;&#42; &#95;it&#95; &#91;x&#93;(https:&#8203;//evil.example) ' +
        '&#96;code&#96; &#36;x&#36; &#126;s&#126; &#124; @&#8203;octocat #&#8203;12 w&#8203;ww.evil.example<br>line&#92;x1b2</summary>',
    );
    expect(text).toContain('- **Resource:** <code>aws_security_group_rule.x&#91;"&lt;/code&gt;&lt;script&gt;"&#93;</code>');
    expect(text).toContain('**<code>&lt;b&gt;evil&lt;/b&gt;.json</code>**');
  });

  it.each([
    ['aws_vpc.a_b', 'aws_vpc.a_b'],
    ['_lead and trail_', '&#95;lead and trail&#95;'],
    ['a & b', 'a &amp; b'],
    ['\\*', '&#92;&#42;'],
    ['a\r\nb\rc', 'a<br>b<br>c'],
    ['tab\there', 'tab&#92;there'],
    // No raw control character, line separator or bidi override reaches the comment.
    ['a\u202eb\u2066c\u2028d\u2029e\u0085f\u009bg\u007fh', 'a&#92;u202eb&#92;u2066c&#92;u2028d&#92;u2029e&#92;x85f&#92;x9bg&#92;x7fh'],
    ['http://x and HTTPS://y', 'http:&#8203;//x and HTTPS:&#8203;//y'],
    ['IPv6 ::/0', 'IPv6 ::/0'],
  ])('escapes %j for Markdown as %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each([
    ['aws_vpc.hub', 'aws_vpc.hub'],
    ['module.x["a"]', 'module.x#91;#34;a#34;#93;'],
    ['a;b#c', 'a#59;b#35;c'],
    ['```\nflowchart', '#96;#96;#96; flowchart'],
    ['<br/>é', '#60;br/#62;#233;'],
    ['x'.repeat(100), `${'x'.repeat(79)}#8230;`],
  ])('escapes %j for a Mermaid label as %j', (input, expected) => {
    expect(escapeMermaid(input)).toBe(expected);
  });

  it('draws the peering topology: VPC nodes with CIDRs, coloured edges, the missing route direction', () => {
    const text = renderMarkdown({ ...empty, files: ['a.json'], topology }, ctx);
    const start = text.indexOf('```mermaid\n');
    const diagram = text.slice(start, text.indexOf('```\n', start + 3) + 3);
    expect(diagram.split('\n')).toEqual([
      '```mermaid',
      'flowchart LR',
      // Connections with findings first: hub_c, hub_a, dns; then ext.
      '  v0["aws_vpc.hub<br/>10.0.0.0/16"]',
      '  v1["aws_vpc.c<br/>10.0.128.0/20"]',
      '  v2["module.spoke#91;#34;a#34;#93;.aws_vpc.this<br/>10.1.0.0/16, more unknown"]',
      '  u3["? VPC unknown until apply"]',
      '  v3(["vpc-0abc<br/>CIDR unknown<br/>(outside the linted files)"])',
      '  v0 ---|"aws_vpc_peering_connection.hub_c<br/>NET101"| v1',
      '  v0 ---|"aws_vpc_peering_connection.hub_a<br/>NET201, NET203"| v2',
      '  v2 -.->|"no route back"| v0',
      '  v2 ---|"aws_vpc_peering_connection.dns<br/>NET304"| u3',
      '  v0 ---|"aws_vpc_peering_connection.ext"| v3',
      '  linkStyle 0 stroke:#cf222e,stroke-width:2px,color:#cf222e',
      '  linkStyle 1 stroke:#cf222e,stroke-width:2px,color:#cf222e',
      '  linkStyle 2 stroke:#cf222e,stroke-width:2px,stroke-dasharray:4 4,color:#cf222e',
      '  linkStyle 3 stroke:#bf8700,stroke-width:2px,color:#bf8700',
      '```',
    ]);
  });

  it(`draws at most ${MAX_DIAGRAM_PEERINGS} connections, those with findings first, and counts the rest`, () => {
    const vpcs = Array.from({ length: 61 }, (_, i) => ({ key: `v${i}`, label: `aws_vpc.v${i}`, cidrs: [`10.${i}.0.0/16`], cidrsIncomplete: false, external: false }));
    const peerings: TopologyPeering[] = Array.from({ length: 60 }, (_, i) => ({
      key: `p${i}`,
      label: `aws_vpc_peering_connection.p${i}`,
      requester: 'v0',
      accepter: `v${i + 1}`,
      // The last connection is the only one with a finding.
      ruleIds: i === 59 ? ['NET101'] : [],
      worst: i === 59 ? ('error' as const) : undefined,
      missingRoutes: [],
    }));
    const text = renderMarkdown({ ...empty, files: ['a.json'], topology: { vpcs, peerings } }, ctx);
    const edges = text.split('\n').filter((l) => l.includes(' ---|'));
    expect(edges.length).toBe(MAX_DIAGRAM_PEERINGS);
    expect(edges[0]).toBe('  v0 ---|"aws_vpc_peering_connection.p59<br/>NET101"| v1');
    expect(edges.at(-1)).toBe('  v0 ---|"aws_vpc_peering_connection.p48"| v50');
    expect(text).toContain('\n… and 10 more peering connections not drawn (none of them has a finding).\n');
  });

  it('leaves the diagram out when there is no peering', () => {
    expect(renderMarkdown({ ...empty, files: ['a.json'], topology: { vpcs: [], peerings: [] } }, ctx)).not.toContain('Peering topology');
    expect(renderMarkdown({ ...empty, files: ['a.json'] }, ctx)).not.toContain('mermaid');
  });

  it(`stays within ${MAX_MARKDOWN_LENGTH} characters and says how many findings it left out`, () => {
    const long = 'A finding with a long message about aws_security_group_rule.r that goes on. '.repeat(10);
    const findings = Array.from({ length: 3000 }, (_, i) => finding(i, long));
    const text = renderMarkdown({ ...empty, files: ['f.json'], findings }, ctx);
    expect(text.length).toBeLessThanOrEqual(MAX_MARKDOWN_LENGTH);
    const shown = text.split('<details><summary>').length - 1;
    expect(shown).toBeGreaterThan(30);
    expect(shown).toBeLessThan(3000);
    // The last finding shown is the one before the first left out, in order.
    expect(text).toContain(`<code>aws_security_group_rule.r${shown - 1}</code>`);
    expect(text).not.toContain(`<code>aws_security_group_rule.r${shown}</code>`);
    expect(text).toContain(
      `**… and ${3000 - shown} more findings not shown: a comment holds at most 65,536 characters.** The annotations, the SARIF results and \`vpclint\` run locally list them all.`,
    );
    expect(text.endsWith('<sub>[vpclint](https://github.com/vpclint/vpclint) 0.1.0</sub>\n')).toBe(true);
  });

  it('lists at most 20 undecided checks and input errors, and counts the rest', () => {
    const unresolved = Array.from({ length: 23 }, (_, i) => fakeUnresolved('NET201', 'missing-reverse-route', `aws_route.r${i}`, 'known after apply', { file: 'a.json', line: i + 1 }));
    const errors = Array.from({ length: 21 }, (_, i) => ({ file: 'bad.json', line: i + 1, column: 2, message: `broken ${i}` }));
    const text = renderMarkdown({ ...empty, files: ['a.json'], unresolved, errors }, ctx);
    expect(text).toContain('<details><summary>⚪ 23 checks could not be decided: a value is unknown until apply or outside the linted files</summary>');
    expect(text).toContain('- <code>a.json</code> line 20, NET201 missing-reverse-route, <code>aws_route.r19</code>: known after apply\n- … and 3 more; `vpclint --format json` lists them all');
    expect(text).not.toContain('aws_route.r20');
    expect(text).toContain('- <code>bad.json:20:2</code>: broken 19\n- … and 1 more; the job log lists them all');
  });
});
