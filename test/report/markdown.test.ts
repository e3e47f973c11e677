import { describe, expect, it } from 'vitest';
import { defineRule, type Rule } from '../../src/engine/define-rule.js';
import type { Finding, LintResult } from '../../src/engine/finding.js';
import type { Topology, TopologyPeering, TopologyVpc } from '../../src/model/topology.js';
import {
  COMMENT_MARKER,
  FULL_DIAGRAM_VPCS,
  MAX_DIAGRAM_PEERINGS,
  MAX_MARKDOWN_LENGTH,
  escapeMarkdown,
  diagramLabels,
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

/** Healthy unless said otherwise. */
function vpc(key: string, cidrs: string[], more: Partial<TopologyVpc> = {}): TopologyVpc {
  return { key, label: key, cidrs, cidrsIncomplete: false, external: false, ruleIds: [], worst: undefined, overlaps: false, ...more };
}

function peering(key: string, requester: string | undefined, accepter: string | undefined, more: Partial<TopologyPeering> = {}): TopologyPeering {
  return { key, label: `aws_vpc_peering_connection.${key}`, requester, accepter, ruleIds: [], worst: undefined, missingRoutes: [], ...more };
}

const topology: Topology = {
  vpcs: [
    vpc(HUB, ['10.0.0.0/16'], { overlaps: true }),
    vpc('aws_vpc.c', ['10.0.128.0/20'], { overlaps: true }),
    vpc(SPOKE, ['10.1.0.0/16'], { cidrsIncomplete: true, ruleIds: ['NET401'], worst: 'warning' }),
    vpc('vpc-0abc', [], { cidrsIncomplete: true, external: true }),
  ],
  peerings: [
    peering('hub_c', HUB, 'aws_vpc.c', { ruleIds: ['NET101'], worst: 'error' }),
    peering('ext', HUB, 'vpc-0abc'),
    peering('hub_a', HUB, SPOKE, { ruleIds: ['NET201', 'NET203'], worst: 'error', missingRoutes: [{ from: SPOKE, to: HUB }] }),
    peering('dns', SPOKE, undefined, { ruleIds: ['NET304'], worst: 'warning' }),
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

  it('draws the peering topology: VPC boxes with CIDRs and markers, short edge markers, the working direction and the missing route back', () => {
    const text = renderMarkdown({ ...empty, files: ['a.json'], topology }, ctx);
    const start = text.indexOf('```mermaid\n');
    const diagram = text.slice(start, text.indexOf('```\n', start + 3) + 3);
    expect(diagram.split('\n')).toEqual([
      '```mermaid',
      'flowchart LR',
      // Connections with findings first: hub_c, hub_a, dns; then ext.
      '  v0["aws_vpc.hub<br/>10.0.0.0/16<br/>#9888;#160;overlapping#160;CIDR"]',
      '  v1["aws_vpc.c<br/>10.0.128.0/20<br/>#9888;#160;overlapping#160;CIDR"]',
      // The one VPC of module.spoke["a"]: named by its module call.
      '  v2["module.spoke#91;#34;a#34;#93;<br/>10.1.0.0/16<br/>more unknown<br/>NET401"]',
      '  u3["? VPC unknown until apply"]',
      '  v3(["vpc-0abc<br/>CIDR unknown<br/>(outside the linted files)"])',
      '  v0 ---|"NET101"| v1',
      // The hub routes to the spoke, the spoke has no route back: an arrow the way that works,
      // a dotted one back; NET201 is the dotted arrow, the connection keeps NET203.
      '  v0 -->|"NET203"| v2',
      '  v2 -.->|"no route back"| v0',
      '  v2 ---|"NET304"| u3',
      // A healthy connection carries no label.
      '  v0 --- v3',
      '  linkStyle 0 stroke:#cf222e,stroke-width:2px,color:#cf222e',
      '  linkStyle 1 stroke:#cf222e,stroke-width:2px,color:#cf222e',
      '  linkStyle 2 stroke:#cf222e,stroke-width:2px,stroke-dasharray:4 4,color:#cf222e',
      '  linkStyle 3 stroke:#bf8700,stroke-width:2px,color:#bf8700',
      '  classDef overlapVpc fill:#ffebe9,stroke:#cf222e,stroke-width:3px,stroke-dasharray:6 3',
      '  class v0,v1 overlapVpc',
      '  classDef warningVpc stroke:#bf8700,stroke-width:2px',
      '  class v2 warningVpc',
      '```',
    ]);
    expect(diagram).not.toContain('aws_vpc_peering_connection');
  });

  it('draws an undirected connection and two dotted arrows when neither side routes back', () => {
    const both: Topology = {
      vpcs: [vpc('aws_vpc.a', ['10.0.0.0/16']), vpc('aws_vpc.b', ['10.1.0.0/16'])],
      peerings: [
        peering('a_b', 'aws_vpc.a', 'aws_vpc.b', {
          ruleIds: ['NET201'],
          worst: 'error',
          missingRoutes: [
            { from: 'aws_vpc.a', to: 'aws_vpc.b' },
            { from: 'aws_vpc.b', to: 'aws_vpc.a' },
          ],
        }),
      ],
    };
    const lines = renderMarkdown({ ...empty, files: ['a.json'], topology: both }, ctx).split('\n');
    expect(lines.filter((l) => /^ {2}v\d+ [-.]/.test(l))).toEqual(['  v0 --- v1', '  v0 -.->|"no route back"| v1', '  v1 -.->|"no route back"| v0']);
  });

  describe('labels', () => {
    const labelsOf = (vpcs: TopologyVpc[]) => [...diagramLabels(vpcs).values()];

    it('uses the Name tag, else the shortest address form no other VPC drawn has', () => {
      expect(
        labelsOf([
          vpc('aws_vpc.hub', [], { name: 'hub' }),
          vpc('aws_vpc.edge', []),
          // One VPC per instance of module.spoke: the module call names it.
          vpc('module.spoke["a"].aws_vpc.this', []),
          vpc('module.spoke["b"].aws_vpc.this', []),
          // Two VPCs in one instance: the module call and the resource.
          vpc('module.pair["x"].aws_vpc.left', []),
          vpc('module.pair["x"].aws_vpc.right', []),
          // Nested: the innermost call is enough when it is unique ...
          vpc('module.net.module.core.aws_vpc.main', []),
          // ... and the outer calls come in when it is not.
          vpc('module.east.module.region.aws_vpc.main', []),
          vpc('module.west.module.region.aws_vpc.main', []),
          // Keys with dots, data sources, CloudFormation logical IDs and real IDs.
          vpc('module.by_cidr["10.0.0.0/16"].data.aws_vpc.found', []),
          vpc('SharedVpc', []),
          vpc('vpc-0abc', [], { external: true }),
        ]),
      ).toEqual([
        'hub',
        'aws_vpc.edge',
        'module.spoke["a"]',
        'module.spoke["b"]',
        'module.pair["x"].aws_vpc.left',
        'module.pair["x"].aws_vpc.right',
        'module.core',
        'module.east.module.region',
        'module.west.module.region',
        'module.by_cidr["10.0.0.0/16"]',
        'SharedVpc',
        'vpc-0abc',
      ]);
    });

    it('never names a VPC of a module by its resource alone, which would read as the root module', () => {
      expect(labelsOf([vpc('aws_vpc.this', []), vpc('module.spoke["a"].aws_vpc.this', [])])).toEqual(['aws_vpc.this', 'module.spoke["a"]']);
    });

    it('adds the shortest address to a Name tag that another VPC drawn also has, or that is another address', () => {
      expect(
        labelsOf([
          vpc('module.eu.aws_vpc.this', [], { name: 'prod' }),
          vpc('module.us.aws_vpc.this', [], { name: 'prod' }),
          vpc('aws_vpc.a', [], { name: 'aws_vpc.b' }),
          vpc('aws_vpc.b', []),
          vpc('aws_vpc.c', [], { name: ' ' }),
        ]),
      ).toEqual(['prod (module.eu)', 'prod (module.us)', 'aws_vpc.b (aws_vpc.a)', 'aws_vpc.b', 'aws_vpc.c']);
    });
  });

  describe(`above ${FULL_DIAGRAM_VPCS} VPCs`, () => {
    // A hub with 12 spokes, and 2 spokes peered with each other.
    const spokes = Array.from({ length: 12 }, (_, i) => vpc(`aws_vpc.s${i + 1}`, [`10.${i + 1}.0.0/16`]));
    const hubAnd = (more: Partial<Record<string, Partial<TopologyVpc>>>, extra: TopologyPeering[] = []): Topology => ({
      vpcs: [vpc('aws_vpc.hub', ['10.0.0.0/16'], more['aws_vpc.hub']), ...spokes.map((s) => ({ ...s, ...more[s.key] }))],
      peerings: [...spokes.map((s) => peering(`hub_${s.key.slice(8)}`, 'aws_vpc.hub', s.key)), peering('s3_s4', 'aws_vpc.s3', 'aws_vpc.s4'), ...extra],
    });
    const boxes = (text: string) => [...text.matchAll(/^ {2}[uv]\d+\(?\["([^<"]*)/gm)].map((m) => m[1]);
    const edges = (text: string) => text.split('\n').filter((l) => /^ {2}[uv]\d+ [-.]/.test(l));

    it('draws only the VPCs in findings and their direct peers, and says how many healthy ones it left out', () => {
      // s3 has a finding of its own; s7 and s8 overlap (NET102, a hub route): each spoke's peer is the hub.
      const text = renderMarkdown(
        { ...empty, files: ['a.json'], topology: hubAnd({ 'aws_vpc.s3': { ruleIds: ['NET401'], worst: 'error' }, 'aws_vpc.s7': { overlaps: true }, 'aws_vpc.s8': { overlaps: true } }) },
        ctx,
      );
      expect(boxes(text)).toEqual(['aws_vpc.hub', 'aws_vpc.s3', 'aws_vpc.s7', 'aws_vpc.s8', 'aws_vpc.s4']);
      expect(edges(text)).toEqual(['  v0 --- v1', '  v0 --- v2', '  v0 --- v3', '  v1 --- v4']);
      expect(text).toContain(
        '\n\n13 peered VPCs, more than 10: only the VPCs with findings and their direct peers are drawn. Not drawn: 8 healthy VPCs and 9 healthy peering connections.\n',
      );
    });

    it('draws every connection of a hub with a finding: the hub is in a finding, the spokes are its peers', () => {
      const text = renderMarkdown({ ...empty, files: ['a.json'], topology: hubAnd({ 'aws_vpc.hub': { ruleIds: ['NET205'], worst: 'warning' } }) }, ctx);
      expect(boxes(text)).toEqual(['aws_vpc.hub', ...spokes.map((s) => s.key)]);
      expect(edges(text).length).toBe(12);
      expect(text).toContain('\n\n13 peered VPCs, more than 10: only the VPCs with findings and their direct peers are drawn. Not drawn: 0 healthy VPCs and 1 healthy peering connection.\n');
    });

    it('draws a connection with a finding and its ends, even with an end unknown', () => {
      const dns = peering('dns', 'aws_vpc.s12', undefined, { ruleIds: ['NET304'], worst: 'note' });
      const text = renderMarkdown({ ...empty, files: ['a.json'], topology: hubAnd({}, [dns]) }, ctx);
      expect(boxes(text)).toEqual(['aws_vpc.s12', '? VPC unknown until apply', 'aws_vpc.hub']);
      expect(edges(text)).toEqual(['  v0 ---|"NET304"| u1', '  v1 --- v0']);
      expect(text).toContain('Not drawn: 11 healthy VPCs and 12 healthy peering connections.\n');
    });

    it('draws nothing when no VPC has a finding, and says so', () => {
      const text = renderMarkdown({ ...empty, files: ['a.json'], topology: hubAnd({}) }, ctx);
      expect(text).not.toContain('```mermaid');
      expect(text).toContain(
        '### Peering topology\n\nNone of the 13 peered VPCs has a finding, so none is drawn. Not drawn: 13 healthy VPCs and 13 healthy peering connections.\n',
      );
    });

    it(`draws them all up to ${FULL_DIAGRAM_VPCS} VPCs`, () => {
      const small: Topology = { vpcs: spokes.slice(0, FULL_DIAGRAM_VPCS), peerings: spokes.slice(1, FULL_DIAGRAM_VPCS).map((s) => peering(s.key, 'aws_vpc.s1', s.key)) };
      const text = renderMarkdown({ ...empty, files: ['a.json'], topology: small }, ctx);
      expect(boxes(text).length).toBe(FULL_DIAGRAM_VPCS);
      expect(text).not.toContain('Not drawn');
    });
  });

  it(`draws at most ${MAX_DIAGRAM_PEERINGS} connections, those with findings first, and counts the rest`, () => {
    const vpcs = Array.from({ length: 61 }, (_, i) => vpc(`v${i}`, [`10.${i}.0.0/16`]));
    const peerings: TopologyPeering[] = Array.from({ length: 60 }, (_, i) =>
      // The last connection is the only one with a finding.
      peering(`p${i}`, 'v0', `v${i + 1}`, i === 59 ? { ruleIds: ['NET101'], worst: 'error' } : {}),
    );
    const text = renderMarkdown({ ...empty, files: ['a.json'], topology: { vpcs, peerings } }, ctx);
    const edges = text.split('\n').filter((l) => / ---/.test(l));
    expect(edges.length).toBe(MAX_DIAGRAM_PEERINGS);
    expect(edges[0]).toBe('  v0 ---|"NET101"| v1');
    expect(edges.at(-1)).toBe('  v0 --- v50');
    expect(text).toContain('\n… and 10 more peering connections not drawn (none of them has a finding).\n');
    // The hub is in a finding, so its connections are all the neighbourhood: nothing else is left out.
    expect(text).toContain('\n\n61 peered VPCs, more than 10: only the VPCs with findings and their direct peers are drawn.\n');
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
