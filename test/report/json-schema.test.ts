/**
 * schema/vpclint-output.schema.json, the published schema of the `--format json` document: the
 * committed file is what src/report/json-schema.ts renders, the JSON output of every fixture folder,
 * of the examples, of a run with input errors, suppressions and a baseline, and of the reporters'
 * shared sample validates against it, the reporter writes no field the schema does not describe,
 * and the schema describes no field the reporter never writes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { TOOL_VERSION } from '../../src/engine/define-rule.js';
import { baselineFromJson, renderBaseline } from '../../src/engine/baseline.js';
import type { LintResult } from '../../src/engine/finding.js';
import { jsonOutputSchema, OUTPUT_SCHEMA_ID, renderJsonOutputSchema } from '../../src/report/json-schema.js';
import { renderJson } from '../../src/report/json.js';
import type { ReportContext } from '../../src/report/types.js';
import { lintPaths } from '../../src/run.js';
import { fixturesDir, repoRoot } from '../helpers/repo.js';
import { sampleResult } from './sample-result.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ctx: ReportContext = { toolVersion: TOOL_VERSION, cwd: repoRoot, rules, color: false };
const validate = new Ajv({ allErrors: true, strict: true, strictTypes: false }).compile(jsonOutputSchema);

function problems(document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

async function jsonOf(paths: readonly string[], cwd = repoRoot, extra: Partial<Parameters<typeof lintPaths>[1]> = {}): Promise<Json> {
  const result = await lintPaths(paths, { cwd, rules, today: '2026-01-01', ...extra });
  return JSON.parse(renderJson(result, { ...ctx, cwd })) as Json;
}

const dirs = (root: string): string[] =>
  readdirSync(root)
    .filter((name) => statSync(path.join(root, name)).isDirectory())
    .sort();

/** Every key path of a document: `findings[].location.column`. */
function keyPaths(value: Json, prefix = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) keyPaths(item, `${prefix}[]`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const at = prefix === '' ? key : `${prefix}.${key}`;
      out.add(at);
      keyPaths(item, at, out);
    }
  }
  return out;
}

/** Every property path the schema describes, through `$ref`s into its definitions. */
function schemaPaths(schema: Record<string, unknown>, prefix = '', out = new Set<string>()): Set<string> {
  const ref = schema.$ref as string | undefined;
  if (ref !== undefined) {
    const name = ref.replace('#/definitions/', '');
    return schemaPaths((jsonOutputSchema.definitions as Record<string, Record<string, unknown>>)[name]!, prefix, out);
  }
  if (schema.items !== undefined) schemaPaths(schema.items as Record<string, unknown>, `${prefix}[]`, out);
  for (const [key, sub] of Object.entries((schema.properties ?? {}) as Record<string, Record<string, unknown>>)) {
    const at = prefix === '' ? key : `${prefix}.${key}`;
    out.add(at);
    schemaPaths(sub, at, out);
  }
  return out;
}

const documents = new Map<string, Json>();
const scratch = mkdtempSync(path.join(os.tmpdir(), 'vpclint-json-schema-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('schema/vpclint-output.schema.json', () => {
  it('is what src/report/json-schema.ts renders (npm run docs:update), with its $id at the version tag', () => {
    expect(readFileSync(path.join(repoRoot, 'schema/vpclint-output.schema.json'), 'utf8')).toBe(renderJsonOutputSchema());
    expect(OUTPUT_SCHEMA_ID).toBe(`https://github.com/vpclint/vpclint/blob/v${TOOL_VERSION}/schema/vpclint-output.schema.json`);
  });

  it.each(dirs(fixturesDir))('the JSON output of fixtures/%s validates', async (dir) => {
    const document = await jsonOf([path.join('fixtures', dir)]);
    documents.set(`fixtures/${dir}`, document);
    expect(problems(document)).toEqual([]);
  });

  it.each(dirs(path.join(repoRoot, 'examples')))('the JSON output of examples/%s validates', async (dir) => {
    const document = await jsonOf([path.join('examples', dir)]);
    documents.set(`examples/${dir}`, document);
    expect(problems(document)).toEqual([]);
  });

  it('the JSON output of a run with input errors, suppressed findings and a baseline validates', async () => {
    writeFileSync(path.join(scratch, 'bad.json'), '{"resource_changes": [');
    writeFileSync(path.join(scratch, 'stray.tf'), 'resource "aws_vpc" "a" {\n');
    const plan = 'fixtures/open-ingress/positive-inline-ssh.plan.json';
    const inputs = [path.join(scratch, 'bad.json'), path.join(scratch, 'stray.tf'), plan, 'fixtures/unused-suppression/negative-used.tf'];
    // The baseline accepts the first finding of the same run, and holds one it no longer finds.
    const first = await lintPaths(inputs, { cwd: repoRoot, rules, today: '2026-01-01' });
    const entries = JSON.parse(renderBaseline(first.findings.slice(0, 1))) as { findings: Json[] };
    const gone = { fingerprint: 'f0', id: 'NET401', rule: 'open-ingress', resource: 'aws_security_group_rule.gone', file: plan, message: 'gone' };
    entries.findings.push(gone);
    const baseline = baselineFromJson(entries, 'baseline.json');
    const document = await jsonOf(inputs, repoRoot, { baseline });
    documents.set('errors and baseline', document);
    const d = document as { errors: unknown[]; suppressed: { suppression: { via: string } }[]; baseline: { fixed: unknown[] } };
    expect(d.errors.length).toBeGreaterThan(1);
    expect(d.suppressed.map((s) => s.suppression.via)).toContain('baseline');
    expect(d.suppressed.map((s) => s.suppression.via)).toContain('comment');
    expect(d.baseline.fixed).toEqual([gone]);
    expect(problems(document)).toEqual([]);
  });

  it('a plan linted with its .tf sources validates, with suppressed findings in a local and a registry module', async () => {
    const inputs = ['fixtures/_plan-sources/estate/plan.json'];
    const first = await lintPaths(inputs, { cwd: repoRoot, rules });
    const inModule = first.findings.filter((f) => f.resource === 'module.spoke["b"].aws_subnet.this' || f.resource === 'module.vpc_db.aws_subnet.private[0]');
    const baseline = baselineFromJson(JSON.parse(renderBaseline(inModule)) as Json, 'baseline.json');
    const document = await jsonOf(inputs, repoRoot, { baseline });
    documents.set('plan with sources', document);
    const d = document as { suppressed: { resource: string; moduleCalls: unknown; planLocation: unknown }[] };
    expect(d.suppressed.map((f) => [f.resource, f.moduleCalls, f.planLocation])).toEqual([
      [
        'module.vpc_db.aws_subnet.private[0]',
        [
          {
            module: 'module.vpc_db',
            location: { file: 'fixtures/_plan-sources/estate/main.tf', line: 73, column: 1 },
            moduleSource: { file: 'fixtures/_plan-sources/estate/.terraform/modules/vpc_db/main.tf', line: 79, column: 1 },
          },
        ],
        { file: 'fixtures/_plan-sources/estate/plan.json', line: 1, column: 15198 },
      ],
      [
        'module.spoke["b"].aws_subnet.this',
        [{ module: 'module.spoke["b"]', location: { file: 'fixtures/_plan-sources/estate/main.tf', line: 61, column: 1 } }],
        { file: 'fixtures/_plan-sources/estate/plan.json', line: 1, column: 12290 },
      ],
    ]);
    expect(problems(document)).toEqual([]);
  });

  it("the reporters' shared sample (every kind of unresolved check and error) validates", () => {
    const document = JSON.parse(renderJson(sampleResult, ctx)) as Json;
    documents.set('sample', document);
    expect(problems(document)).toEqual([]);
  });

  it("the README's JSON example validates", () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('\n### JSON output\n'));
    const example = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    expect(problems(JSON.parse(example ?? 'null'))).toEqual([]);
  });

  it('every finding carries the docs URL of its rule', () => {
    for (const document of documents.values()) {
      for (const f of (document as { findings: { rule: string; docsUrl: string }[] }).findings) {
        expect(f.docsUrl).toBe(`https://github.com/vpclint/vpclint/blob/v${TOOL_VERSION}/docs/rules.md#${f.rule}`);
      }
    }
  });

  it('the outputs above use exactly the fields the schema describes: none it does not, and all it does', () => {
    expect(documents.size).toBeGreaterThan(20);
    const written = new Set<string>();
    for (const document of documents.values()) keyPaths(document, '', written);
    const described = schemaPaths(jsonOutputSchema as Record<string, unknown>);
    expect([...written].filter((p) => !described.has(p)).sort()).toEqual([]);
    expect([...described].filter((p) => !written.has(p)).sort()).toEqual([]);
  });

  it.each([
    ['an unknown field on a finding', (d: any) => (d.findings[0].extra = 1), '/findings/0 must NOT have additional properties {"additionalProperty":"extra"}'],
    ['a finding without docsUrl', (d: any) => delete d.findings[0].docsUrl, "/findings/0 must have required property 'docsUrl' {\"missingProperty\":\"docsUrl\"}"],
    ['a severity that is not one of the three', (d: any) => (d.findings[0].severity = 'info'), '/findings/0/severity must be equal to one of the allowed values {"allowedValues":["error","warning","note"]}'],
    ['an unknown top-level field', (d: any) => (d.stats = {}), '/ must NOT have additional properties {"additionalProperty":"stats"}'],
    ['version 2', (d: any) => (d.version = 2), '/version must be equal to constant {"allowedValue":1}'],
  ])('rejects %s', (_, change, message) => {
    const document = JSON.parse(renderJson(sampleResult, ctx));
    change(document);
    expect(problems(document)).toEqual([message]);
  });
});

// A result with nothing in it still validates (every list empty, no optional key).
describe('an empty result', () => {
  it('validates', () => {
    const empty: LintResult = { findings: [], unresolved: [], errors: [], files: [] };
    expect(problems(JSON.parse(renderJson(empty, ctx)))).toEqual([]);
  });
});
