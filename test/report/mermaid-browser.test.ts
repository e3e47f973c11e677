/**
 * The PR comment's Mermaid diagram at any size, proved in a real browser: the comment of each
 * example and of a generated 30-VPC estate (test/report/estate.ts) is rendered by mermaid's own
 * browser bundle in headless Chromium (test/helpers/chromium.ts). Any parse or render error fails
 * the test; the boxes Chromium drew are exactly the VPCs expected (for the estate, the
 * neighbourhood of its three problems), and the screenshots are kept in .tmp/artifacts/mermaid/.
 *
 * Without Chromium the browser half is skipped with the reason in the closing summary, unless
 * VPCLINT_REQUIRE_SHARED=1 (.ci/run, which installs Chromium): then it fails. What the markdown
 * says (the diagram's text and the "not drawn" line) is checked either way.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import type { LintResult } from '../../src/engine/finding.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { lintPaths } from '../../src/run.js';
import { artifactsDir, needsChromium, renderMermaid } from '../helpers/chromium.js';
import { repoRoot } from '../helpers/repo.js';
import { writeEstate } from './estate.js';

const estateDir = mkdtempSync(path.join(os.tmpdir(), 'vpclint-estate-'));
afterAll(() => rmSync(estateDir, { recursive: true, force: true }));
writeEstate(estateDir);

async function lint(paths: string[], cwd: string): Promise<{ result: LintResult; markdown: string }> {
  const result = await lintPaths(paths, { cwd });
  return { result, markdown: renderMarkdown(result, { toolVersion: '0.1.0', cwd, rules, color: false }) };
}

/** The Mermaid source of each diagram in a comment. */
function diagramsOf(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/** Mermaid's `#code;` entities as the characters they stand for. */
function unescapeMermaid(text: string): string {
  return text.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

/** Box text as read: no-break spaces (which keep a marker on one line) as plain ones. */
function plain(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

/** The text of each box the diagram's source declares, its lines joined with `\n`. */
function sourceBoxes(diagram: string): string[] {
  return [...diagram.matchAll(/^ {2}[uv]\d+\(?\[?\["?([^"]*)"?\]?\]?\)?$/gm)].map((m) => plain(unescapeMermaid(m[1]!)).split('<br/>').join('\n'));
}

/** The first line (the label) of each box, sorted. */
function labels(boxes: readonly string[]): string[] {
  return boxes.map((b) => b.split('\n')[0]!).sort();
}

const hub = await lint(['examples/hub-and-spokes/plan.json'], repoRoot);
const clean = await lint(['examples/clean-peering/plan.json'], repoRoot);
const estate = await lint([estateDir], estateDir);
const golden = readFileSync(path.join(repoRoot, 'test/report/__golden__/comment.md'), 'utf8');

const HUB_BOXES = [
  'hub\n10.0.0.0/16\n100.64.0.0/16\n⚠ overlapping CIDR\nNET001, NET401',
  'app\n10.1.0.0/16',
  'data\n10.2.0.0/16',
  'shared-services\n10.3.0.0/16\n100.64.0.0/16\n⚠ overlapping CIDR',
];
const CLEAN_BOXES = ['shop\n10.10.0.0/16', 'payments\n10.20.0.0/16'];
/** The neighbourhood of the estate's problems: the five spokes in findings and their three hubs. */
const ESTATE_BOXES = [
  'module.spoke["a2"]\n10.2.0.0/16\n⚠ overlapping CIDR',
  'module.spoke["b5"]\n10.2.0.0/16\n⚠ overlapping CIDR',
  'module.spoke["c4"]\n10.22.0.0/16',
  'module.spoke["c5"]\n10.23.0.0/16',
  'hub-a\n10.100.0.0/16',
  'hub-b\n10.101.0.0/16',
  'hub-c\n10.102.0.0/16',
  'module.spoke["c8"]\n10.26.0.0/16\nNET401',
];
const NOT_DRAWN = '30 peered VPCs, more than 10: only the VPCs with findings and their direct peers are drawn. Not drawn: 22 healthy VPCs and 25 healthy peering connections.';

describe('the PR comment diagram, as markdown', () => {
  it('hub-and-spokes: every VPC by its Name tag, overlaps marked, the missing route back as a dotted arrow against the working one', () => {
    const [diagram, ...more] = diagramsOf(hub.markdown);
    expect(more).toEqual([]);
    expect(sourceBoxes(diagram!)).toEqual(HUB_BOXES);
    // app → hub twice (NET301), the data spoke's route works towards the hub only.
    expect(diagram!.split('\n').filter((l) => /^ {2}v\d+ [-.]/.test(l))).toEqual([
      '  v0 ---|"NET301"| v1',
      '  v1 ---|"NET203, NET301"| v0',
      '  v2 --> v0',
      '  v0 -.->|"no route back"| v2',
      '  v3 ---|"NET101, NET202"| v0',
    ]);
    expect(hub.markdown).not.toContain('not drawn');
  });

  it('clean-peering: two VPCs and their connection, without a label', () => {
    expect(diagramsOf(clean.markdown)).toEqual(['flowchart LR\n  v0["shop<br/>10.10.0.0/16"]\n  v1["payments<br/>10.20.0.0/16"]\n  v0 --- v1\n']);
  });

  it('the 30-VPC estate: exactly the VPCs in findings and their direct peers, and a line saying what is left out', () => {
    expect(estate.result.findings.map((f) => `${f.ruleId} ${f.resource}`)).toEqual([
      'NET101 aws_vpc_peering_connection.a2_b5',
      'NET201 aws_route.c4_to_c5',
      'NET401 aws_security_group.c8_admin',
    ]);
    expect(estate.result.topology?.vpcs.length).toBe(30);
    expect(estate.result.topology?.peerings.length).toBe(32);
    const [diagram, ...more] = diagramsOf(estate.markdown);
    expect(more).toEqual([]);
    expect(diagram!.split('\n')).toEqual([
      'flowchart LR',
      '  v0["module.spoke#91;#34;a2#34;#93;<br/>10.2.0.0/16<br/>#9888;#160;overlapping#160;CIDR"]',
      '  v1["module.spoke#91;#34;b5#34;#93;<br/>10.2.0.0/16<br/>#9888;#160;overlapping#160;CIDR"]',
      '  v2["module.spoke#91;#34;c4#34;#93;<br/>10.22.0.0/16"]',
      '  v3["module.spoke#91;#34;c5#34;#93;<br/>10.23.0.0/16"]',
      '  v4["hub-a<br/>10.100.0.0/16"]',
      '  v5["hub-b<br/>10.101.0.0/16"]',
      '  v6["hub-c<br/>10.102.0.0/16"]',
      '  v7["module.spoke#91;#34;c8#34;#93;<br/>10.26.0.0/16<br/>NET401"]',
      '  v0 ---|"NET101"| v1',
      // c4 routes to c5; c5 has no route back.
      '  v2 --> v3',
      '  v3 -.->|"no route back"| v2',
      '  v4 --- v0',
      '  v5 --- v1',
      '  v6 --- v2',
      '  v6 --- v3',
      '  v6 --- v7',
      '  linkStyle 0 stroke:#cf222e,stroke-width:2px,color:#cf222e',
      '  linkStyle 2 stroke:#cf222e,stroke-width:2px,stroke-dasharray:4 4,color:#cf222e',
      '  classDef overlapVpc fill:#ffebe9,stroke:#cf222e,stroke-width:3px,stroke-dasharray:6 3',
      '  class v0,v1 overlapVpc',
      '  classDef errorVpc stroke:#cf222e,stroke-width:2px',
      '  class v7 errorVpc',
      '',
    ]);
    expect(sourceBoxes(diagram!)).toEqual(ESTATE_BOXES);
    expect(estate.markdown).toContain(`\n\n${NOT_DRAWN}\n\n`);
    // No Terraform address of a connection anywhere in the diagram.
    expect(diagram).not.toContain('aws_vpc_peering_connection');
  });
});

describe('the PR comment diagram, rendered by mermaid in headless Chromium', needsChromium(), () => {
  const shots: string[] = [];
  afterAll(() => {
    if (shots.length > 0) console.log(`Mermaid screenshots (${shots.length}) in ${path.relative(repoRoot, artifactsDir)}/:\n${shots.map((s) => `  ${s}`).join('\n')}`);
  });

  it.each([
    { name: 'hub-and-spokes', markdown: hub.markdown, boxes: HUB_BOXES, edges: 5 },
    { name: 'clean-peering', markdown: clean.markdown, boxes: CLEAN_BOXES, edges: 1 },
    { name: 'estate-30-vpcs', markdown: estate.markdown, boxes: ESTATE_BOXES, edges: 8 },
    // The reporters' sample: an unknown end, a VPC outside the linted files, escaped addresses.
    {
      name: 'golden-comment',
      markdown: golden,
      boxes: [
        'aws_vpc.hub\n10.0.0.0/16\n⚠ overlapping CIDR',
        'aws_vpc.c\n10.0.128.0/20\n⚠ overlapping CIDR',
        'module.spoke["a"]\n10.1.0.0/16\nmore unknown\nNET401',
        '? VPC unknown until apply',
        'vpc-0abc\nCIDR unknown\n(outside the linted files)',
      ],
      edges: 5,
    },
  ])('$name renders without error and draws exactly the boxes and connections of its markdown', ({ name, markdown, boxes, edges }) => {
    const [diagram] = diagramsOf(markdown);
    expect(sourceBoxes(diagram!)).toEqual(boxes);
    const rendered = renderMermaid(name, diagram!);
    expect(rendered.error).toBeUndefined();
    expect(rendered.nodes.length).toBe(boxes.length);
    const drawn = rendered.nodes.map(plain);
    expect([...drawn].sort()).toEqual([...boxes].sort());
    expect(labels(drawn)).toEqual(labels(boxes));
    expect(rendered.edges).toBe(edges);
    expect(rendered.width).toBeGreaterThan(100);
    shots.push(path.relative(repoRoot, rendered.screenshot!));
  });

  it('fails on a Mermaid syntax error (the check can fail)', () => {
    const rendered = renderMermaid('syntax-error', 'flowchart LR\n  v0["a"] --- \n  v1[[[');
    expect(rendered.error).toMatch(/Parse error/);
  });
});
