/**
 * How each output carries a finding's fix (issue 12): JSON's `fix` field, SARIF's `fixes` (§3.55,
 * whose replacements give the same file as pasting the fix's edits) and the fix's text as a result
 * property, markdown's fenced block under the finding, and the text format's lines with
 * --fix-hints only. One `.tf` input (a fix with edits) and its plan twin (a fix without edits:
 * a plan has no lines to edit).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { TOOL_VERSION } from '../../src/engine/define-rule.js';
import type { LintResult } from '../../src/engine/finding.js';
import { applyFix } from '../../src/engine/fix.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import type { ReportContext } from '../../src/report/types.js';
import { lint } from '../../src/run.js';
import { codeScanningProblems } from '../helpers/sarif.js';
import { fixturesDir } from '../helpers/repo.js';

const dir = path.join(fixturesDir, 'missing-reverse-route');
const TF = 'positive-main-table-created.tf';
const PLAN = 'positive-main-table-created.plan.json';
const tfText = readFileSync(path.join(dir, TF), 'utf8');
const ctx: ReportContext = { toolVersion: TOOL_VERSION, cwd: dir, rules, color: false };

const ROUTE = [
  'resource "aws_route" "db_main_to_app_db" {',
  '  route_table_id            = aws_vpc.db.main_route_table_id',
  '  destination_cidr_block    = "10.1.1.0/24"',
  '  vpc_peering_connection_id = aws_vpc_peering_connection.app_db.id',
  '}',
  '',
].join('\n');
const DESCRIPTION =
  'Add a route for 10.1.1.0/24 over aws_vpc_peering_connection.app_db to aws_vpc.db main route table: the replies of ' +
  'aws_vpc.db to the sending subnets then go back over the connection they came in on.';

async function tfResult(): Promise<LintResult> {
  const r = await lint([{ file: TF, text: tfText }]);
  return { ...r, findings: r.findings.filter((f) => f.ruleId === 'NET201'), unresolved: [] };
}

async function planResult(): Promise<LintResult> {
  const r = await lint([{ file: PLAN, text: readFileSync(path.join(dir, PLAN), 'utf8') }]);
  return { ...r, findings: r.findings.filter((f) => f.ruleId === 'NET201'), unresolved: [] };
}

describe('a fix in each output', () => {
  it('JSON: the fix field, with the text, the file it belongs to and the edits', async () => {
    const json = JSON.parse(renderJson(await tfResult(), ctx)) as { findings: { fix?: unknown }[] };
    expect(json.findings.map((f) => f.fix)).toEqual([
      { description: DESCRIPTION, language: 'hcl', file: TF, text: ROUTE, edits: [{ text: `\n${ROUTE}`, insert: { line: 14 } }] },
    ]);
    const plan = JSON.parse(renderJson(await planResult(), ctx)) as { findings: { fix?: unknown }[] };
    expect(plan.findings.map((f) => f.fix)).toEqual([{ description: DESCRIPTION, language: 'hcl', file: PLAN, text: ROUTE, edits: [] }]);
  });

  it('SARIF: fixes with one artifact change whose replacement gives the same file as the edits; valid for code scanning', async () => {
    const text = renderSarif(await tfResult(), ctx);
    expect(codeScanningProblems(text)).toEqual([]);
    const result = (JSON.parse(text) as { runs: { results: Record<string, unknown>[] }[] }).runs[0]!.results[0]!;
    expect(result.fixes).toEqual([
      {
        description: { text: DESCRIPTION },
        artifactChanges: [
          {
            artifactLocation: { uri: TF, uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { startLine: 14, startColumn: 1, endColumn: 1 }, insertedContent: { text: `\n${ROUTE}` } }],
          },
        ],
      },
    ]);
    expect((result.properties as Record<string, unknown>).fix).toEqual({ description: DESCRIPTION, language: 'hcl', file: TF, text: ROUTE });
    const finding = (await tfResult()).findings[0]!;
    expect(applySarif(tfText, result.fixes as SarifFix[])).toBe(applyFix(tfText, finding.fix!.edits));
  });

  it('SARIF: a plan fix has no lines to edit, so no fixes; its text is a result property', async () => {
    const text = renderSarif(await planResult(), ctx);
    expect(codeScanningProblems(text)).toEqual([]);
    const result = (JSON.parse(text) as { runs: { results: Record<string, unknown>[] }[] }).runs[0]!.results[0]!;
    expect(result.fixes).toBeUndefined();
    expect((result.properties as Record<string, unknown>).fix).toEqual({ description: DESCRIPTION, language: 'hcl', file: PLAN, text: ROUTE });
  });

  it('SARIF: a removal deletes whole lines, the newline included', () => {
    const fix = { description: 'Remove it.', language: 'hcl' as const, file: 'a.tf', text: '', edits: [{ text: '', replace: { startLine: 2, endLine: 3 } }] };
    const text = 'one\ntwo\nthree\nfour\n';
    const finding = { ...baseFinding(), fix };
    const result = (JSON.parse(renderSarif({ ...emptyResult(), findings: [finding] }, ctx)) as { runs: { results: Record<string, unknown>[] }[] }).runs[0]!.results[0]!;
    expect(result.fixes).toEqual([
      {
        description: { text: 'Remove it.' },
        artifactChanges: [{ artifactLocation: { uri: 'a.tf', uriBaseId: '%SRCROOT%' }, replacements: [{ deletedRegion: { startLine: 2, startColumn: 1, endLine: 4, endColumn: 1 } }] }],
      },
    ]);
    expect(applySarif(text, result.fixes as SarifFix[])).toBe('one\nfour\n');
    expect(applyFix(text, fix.edits)).toBe('one\nfour\n');
  });

  it('markdown: a fenced block in the language of the fix under the finding, with where it goes', async () => {
    const md = renderMarkdown(await tfResult(), ctx);
    expect(md).toContain(
      [
        `**Suggested fix** (<code>${TF}: insert before line 14</code>): ${DESCRIPTION}`,
        '',
        '```hcl',
        ROUTE.trimEnd(),
        '```',
        '',
        '</details>',
      ].join('\n'),
    );
  });

  it('text: the fix under its finding with --fix-hints, nothing without', async () => {
    const result = await tfResult();
    const plain = renderText(result, ctx);
    expect(plain).not.toContain('fix (');
    const hints = renderText(result, { ...ctx, fixHints: true }).split('\n');
    const at = hints.findIndex((l) => l.startsWith(`${TF}:43`));
    expect(hints.slice(at + 1, at + 8)).toEqual([
      `    fix (${TF}: insert before line 14): ${DESCRIPTION}`,
      ...ROUTE.trimEnd()
        .split('\n')
        .map((l) => `      ${l}`),
      '',
    ]);
    const plan = renderText(await planResult(), { ...ctx, fixHints: true }).split('\n');
    expect(plan[1]).toBe(`    fix (${PLAN}): ${DESCRIPTION}`);
  });
});

interface SarifFix {
  readonly artifactChanges: readonly {
    readonly replacements: readonly {
      readonly deletedRegion: { startLine: number; startColumn: number; endLine?: number; endColumn: number };
      readonly insertedContent?: { text: string };
    }[];
  }[];
}

/** Applies SARIF replacements (line/column regions, §3.30) to a text, last first. */
function applySarif(text: string, fixes: readonly SarifFix[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (line: number, column: number): number => (starts[line - 1] ?? text.length) + column - 1;
  const replacements = fixes.flatMap((f) => f.artifactChanges.flatMap((c) => c.replacements));
  const spans = replacements
    .map((r) => ({
      from: offset(r.deletedRegion.startLine, r.deletedRegion.startColumn),
      to: offset(r.deletedRegion.endLine ?? r.deletedRegion.startLine, r.deletedRegion.endColumn),
      text: r.insertedContent?.text ?? '',
    }))
    .sort((a, b) => b.from - a.from);
  let out = text;
  for (const s of spans) out = out.slice(0, s.from) + s.text + out.slice(s.to);
  return out;
}

function emptyResult(): LintResult {
  return { findings: [], unresolved: [], errors: [], files: ['a.tf'] };
}

function baseFinding() {
  const resource = {
    format: 'terraform-hcl' as const,
    address: 'aws_route.r',
    type: 'aws_route',
    mode: 'managed' as const,
    file: 'a.tf',
    location: () => ({ file: 'a.tf', line: 2 }),
    attributeLocation: () => undefined,
    get: () => ({ state: 'absent' as const }),
  };
  return {
    ruleId: 'NET202',
    ruleName: 'transitive-peering-route',
    severity: 'error' as const,
    messageId: 'transitive',
    message: 'm',
    data: {},
    subject: { resource },
    resource: 'aws_route.r',
    related: [],
    relatedSubjects: [],
    relatedLocations: [],
    location: { file: 'a.tf', line: 2 },
    fingerprint: 'f',
  };
}
