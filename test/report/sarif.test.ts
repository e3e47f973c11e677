import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules as allRules } from '../../rules/index.js';
import { defineRule, type Rule } from '../../src/engine/define-rule.js';
import type { LintResult } from '../../src/engine/finding.js';
import { CODE_SCANNING_LIMITS, renderSarif, SARIF_SCHEMA_URI, toArtifactLocation, toSarif } from '../../src/report/sarif.js';
import type { ReportContext } from '../../src/report/types.js';
import { lint, lintPaths } from '../../src/run.js';
import { needsShared, repoRoot, sharedDir } from '../helpers/repo.js';
import { fakeFinding, fakeResource, sampleResult, relatedTo } from './sample-result.js';
import { codeScanningProblems, GITHUB_LIMITS, githubProblems, isUri, isUriReference, loadSarifSchema, SARIF_SCHEMA_FILE, sarifValidator } from '../helpers/sarif.js';

type Json = Record<string, any>;

function testRule(id: string, name: string, defaultSeverity: Rule['defaultSeverity']): Rule {
  return defineRule({
    id,
    name,
    defaultSeverity,
    summary: `Summary of ${name}.`,
    rationale: `Why ${name} matters.`,
    remediation: `How to fix ${name}.`,
    messages: { sample: 'sample' },
    check() {},
  });
}

/** Three of the sample's four rules; NET304 is left out to show the fallback descriptor. */
const testRules: Rule[] = [
  testRule('NET101', 'peering-cidr-overlap', 'error'),
  testRule('NET203', 'edge-to-edge-route', 'error'),
  testRule('NET401', 'open-ingress', 'error'),
];

const ctx: ReportContext = { toolVersion: '0.1.0', cwd: '/work', rules: testRules, color: true };
const empty: LintResult = { findings: [], unresolved: [], errors: [], files: [] };

/** The SARIF file for a result, checked as code scanning would take it (test/helpers/sarif.ts). */
function render(result: LintResult, context: ReportContext = ctx): string {
  const text = renderSarif(result, context);
  expectValid(text);
  return text;
}

function run(result: LintResult, context: ReportContext = ctx): Json {
  return JSON.parse(render(result, context)).runs[0];
}

/** Valid against the OASIS schema, and nothing that GitHub code scanning would refuse. */
function expectValid(text: string): void {
  expect(codeScanningProblems(text)).toEqual([]);
}

describe('renderSarif', () => {
  it('renders the shared sample like the golden file', async () => {
    await expect(render(sampleResult, ctx)).toMatchFileSnapshot('./__golden__/report.sarif');
  });

  it.each([
    { name: 'the shared sample', result: sampleResult, context: ctx },
    { name: 'the shared sample without a rule catalogue', result: sampleResult, context: { ...ctx, rules: [] } },
    { name: 'an empty result', result: empty, context: { ...ctx, rules: allRules } },
  ])('validates against the SARIF 2.1.0 schema: $name', ({ result, context }) => {
    expectValid(renderSarif(result, context));
  });

  it('validates against the schema for a real lint of the examples, related locations included', async () => {
    const result = await lintPaths(['examples/hub-and-spokes/plan.json'], { cwd: repoRoot });
    const log = JSON.parse(render(result, { ...ctx, cwd: repoRoot, rules: allRules }));
    const net201 = log.runs[0].results.find((r: Json) => r.ruleId === 'NET201');
    // The plan sits beside the .tf files it was made from: every location is in them, and the
    // module call and the plan position come first among the related locations.
    expect(net201.relatedLocations.map((l: Json) => l.message.text)).toEqual([
      'module call module.spoke["data"]',
      'plan: module.spoke["data"].aws_route.to_hub',
      'module.spoke["data"].aws_vpc_peering_connection.to_hub',
      'aws_route_table.hub_private',
      'aws_vpc.hub',
    ]);
    expect(net201.relatedLocations.map((l: Json) => [l.physicalLocation.artifactLocation.uri, l.physicalLocation.region.startLine])).toEqual([
      ['examples/hub-and-spokes/main.tf', 126],
      ['examples/hub-and-spokes/plan.json', 2896],
      ['examples/hub-and-spokes/modules/spoke/main.tf', 55],
      ['examples/hub-and-spokes/main.tf', 101],
      ['examples/hub-and-spokes/main.tf', 24],
    ]);
  });

  it('describes every rule from its metadata, with a security-severity per default severity', () => {
    const driver = run(empty, { ...ctx, rules: allRules }).tool.driver;
    expect(driver.name).toBe('vpclint');
    expect(driver.version).toBe('0.1.0');
    const severity = { error: '8.0', warning: '5.0', note: '2.0' };
    expect(driver.rules).toEqual(
      allRules.map((r) => ({
        id: r.id,
        name: r.name,
        shortDescription: { text: r.summary },
        fullDescription: { text: r.rationale },
        help: {
          text: `${r.rationale}\n\nHow to fix: ${r.remediation}\n\nDocumentation: ${r.docsUrl}`,
          markdown: `${r.rationale}\n\n**How to fix:** ${r.remediation}\n\n[Documentation](${r.docsUrl})`,
        },
        helpUri: r.docsUrl,
        defaultConfiguration: { level: r.defaultSeverity },
        properties: { tags: expect.arrayContaining(['security', 'network']), 'security-severity': severity[r.defaultSeverity] },
      })),
    );
    // The third tag is what the rule's ID range is about (STYLE.md): NET0xx diagnostics, NET1xx addressing, ...
    const byRange: Record<string, string> = { '0': 'diagnostics', '1': 'addressing', '2': 'routing', '3': 'peering', '4': 'security-groups', '5': 'intents' };
    expect(driver.rules.map((d: Json) => [d.id, d.properties.tags])).toEqual(allRules.map((r) => [r.id, ['security', 'network', byRange[r.id[3]!]]]));
    expect(driver.rules.find((d: Json) => d.id === 'NET201').properties.tags).toEqual(['security', 'network', 'routing']);
  });

  it('maps each finding to its rule index, level, relative URI and region', () => {
    const r = run(sampleResult);
    const rules = r.tool.driver.rules.map((d: Json) => d.id);
    expect(rules).toEqual(['NET101', 'NET203', 'NET401', 'NET304']);
    expect(r.tool.driver.rules[3]).toEqual({
      id: 'NET304',
      name: 'peering-dns',
      defaultConfiguration: { level: 'note' },
      properties: { tags: ['security', 'network', 'peering'], 'security-severity': '2.0' },
    });
    expect(
      r.results.map((x: Json) => [x.ruleId, x.ruleIndex, x.level, x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region]),
    ).toEqual([
      ['NET101', 0, 'error', 'network%20plan/hub.plan.json', { startLine: 12, startColumn: 5 }],
      ['NET203', 1, 'error', 'network%20plan/hub.plan.json', { startLine: 40 }],
      // NET401's default is error; this hit was graded a warning, and the result says so.
      ['NET401', 2, 'warning', 'plan.json', { startLine: 7, startColumn: 3 }],
      ['NET304', 3, 'note', 'plan.json', { startLine: 30, startColumn: 3 }],
    ]);
    expect(r.results[1].message.text).toBe(sampleResult.findings[1]!.message);
    expect(r.results[0].locations[0].logicalLocations).toEqual([{ fullyQualifiedName: 'aws_vpc_peering_connection.hub_c', kind: 'resource' }]);
    expect(r.results[0].partialFingerprints).toEqual({ 'vpclintFingerprint/v1': '0f6c1d2e3a4b5c6d7e8f901a2b3c4d5e' });
    expect(r.results[0].properties).toEqual({ resource: 'aws_vpc_peering_connection.hub_c', related: ['aws_vpc.hub', 'aws_vpc.c'] });
    expect(r.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/' } });
  });

  it('clamps a line below 1 to 1, leaves out a column below 1, and keeps an end line', () => {
    const f = fakeFinding({
      ruleId: 'NET101',
      ruleName: 'peering-cidr-overlap',
      severity: 'error',
      message: 'm',
      resource: 'aws_vpc.a',
      type: 'aws_vpc',
      location: { file: 'a.json', line: 0, column: 0 },
      fingerprint: 'f',
    });
    const g = { ...f, location: { file: 'a.json', line: 3, column: 2, endLine: 9 } };
    const r = run({ ...empty, findings: [f, g] });
    expect(r.results.map((x: Json) => x.locations[0].physicalLocation.region)).toEqual([
      { startLine: 1 },
      { startLine: 3, startColumn: 2, endLine: 9 },
    ]);
  });

  it('gives the related resources as related locations, numbered from 1', () => {
    const peering = fakeResource('aws_vpc_peering_connection.p', 'aws_vpc_peering_connection', { file: 'net/peer.json', line: 21, column: 4 });
    const table = fakeResource('aws_route_table.b', 'aws_route_table', { file: 'net/b #1.json', line: 8 });
    const f = {
      ...fakeFinding({
        ruleId: 'NET101',
        ruleName: 'peering-cidr-overlap',
        severity: 'error',
        message: 'm',
        resource: 'aws_route.a',
        type: 'aws_route',
        related: ['aws_vpc_peering_connection.p', 'aws_route_table.b', 'vpc-0abc'],
        location: { file: 'net/a.json', line: 5 },
        fingerprint: 'f',
      }),
      ...relatedTo(peering, table),
    };
    const r = run({ ...empty, findings: [f] });
    expect(r.results[0].relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: 'net/peer.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 21, startColumn: 4 } },
        message: { text: 'aws_vpc_peering_connection.p' },
      },
      {
        id: 2,
        physicalLocation: { artifactLocation: { uri: 'net/b%20%231.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 8 } },
        message: { text: 'aws_route_table.b' },
      },
    ]);
    // A related thing known only by ID has no location; it stays in the property bag.
    expect(r.results[0].properties.related).toEqual(['aws_vpc_peering_connection.p', 'aws_route_table.b', 'vpc-0abc']);
  });

  it('keeps partial fingerprints when the finding moves to another line', async () => {
    const vpc = (name: string, cidr: string) => ({
      address: `aws_vpc.${name}`,
      mode: 'managed',
      type: 'aws_vpc',
      name,
      change: { actions: ['create'], before: null, after: { cidr_block: cidr }, after_unknown: { id: true } },
    });
    const before = JSON.stringify({ format_version: '1.2', resource_changes: [vpc('b', '10.1.0.1/16')] }, null, 2);
    // The same finding after another VPC was added above it.
    const after = JSON.stringify({ format_version: '1.2', resource_changes: [vpc('a', '10.0.0.0/16'), vpc('b', '10.1.0.1/16')] }, null, 2);
    const resultOf = async (text: string) => run(await lint([{ file: 'plan.json', text }]), { ...ctx, rules: allRules }).results;
    const [b] = await resultOf(before);
    const [a] = await resultOf(after);
    expect([b.ruleId, a.ruleId]).toEqual(['NET001', 'NET001']);
    expect(a.locations[0].physicalLocation.region.startLine).toBeGreaterThan(b.locations[0].physicalLocation.region.startLine);
    expect(a.partialFingerprints).toEqual(b.partialFingerprints);
    expect(a.partialFingerprints['vpclintFingerprint/v1']).toMatch(/^[0-9a-f]{32}$/);
  });

  it('reports input errors and undecided checks as tool notifications, not results', () => {
    const r = run(sampleResult);
    expect(r.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'unexpected end of JSON input (is the file complete?)' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'bad.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 7 } } }],
          },
          {
            level: 'error',
            message: { text: 'rule NET202 (transitive-peering-route) failed: boom; its findings are missing from this run (This is a bug in vpclint.)' },
          },
          // One notification per check (a notification names one rule); the unknown value that
          // blocks all three is in their properties.
          ...(
            [
              ['NET201', 'missing-reverse-route', {}],
              ['NET202', 'transitive-peering-route', {}],
              // NET203 has a descriptor: a finding of the sample added it.
              ['NET203', 'edge-to-edge-route', { index: 1 }],
            ] as const
          ).map(([id, name, index]) => ({
            level: 'note',
            message: {
              text: `Could not decide ${id} (${name}) for aws_route.to_hub: the destination of aws_route.to_hub is unknown (destination_cidr_block of aws_route.to_hub is known after apply)`,
            },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: 'network%20plan/hub.plan.json', uriBaseId: '%SRCROOT%' },
                  region: { startLine: 55, startColumn: 5 },
                },
              },
            ],
            associatedRule: { id, ...index },
            properties: { unknownValue: { resource: 'aws_route.to_hub', attribute: 'destination_cidr_block', reason: 'known after apply' } },
          })),
          {
            level: 'note',
            message: {
              text: 'Could not decide NET101 (peering-cidr-overlap) for aws_vpc_peering_connection.ext: the peer VPC vpc-0abc is outside the plan; its CIDR blocks are unknown',
            },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'plan.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 44 } } }],
            associatedRule: { id: 'NET101', index: 0 },
          },
        ],
      },
    ]);
    expect(run(empty).invocations).toEqual([{ executionSuccessful: true }]);
  });

  it.each([
    { file: 'plan.json', expected: { uri: 'plan.json', uriBaseId: '%SRCROOT%' } },
    { file: 'a dir/100%.json', expected: { uri: 'a%20dir/100%25.json', uriBaseId: '%SRCROOT%' } },
    { file: 'ünïcode/#x?.json', expected: { uri: '%C3%BCn%C3%AFcode/%23x%3F.json', uriBaseId: '%SRCROOT%' } },
    { file: '../peer/plan.json', expected: { uri: '../peer/plan.json', uriBaseId: '%SRCROOT%' } },
    { file: '/abs/a b.json', expected: { uri: 'file:///abs/a%20b.json' } },
  ])('writes the path $file as a valid URI reference', ({ file, expected }) => {
    const location = toArtifactLocation(file);
    expect(location).toEqual(expected);
    expect(isUriReference(location.uri as string)).toBe(true);
  });
});

describe('the SARIF schema check', () => {
  it('is the official OASIS SARIF 2.1.0 schema (errata01), the one the files name, vendored unchanged', () => {
    const schema = loadSarifSchema();
    expect(schema.title).toBe('Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema');
    expect(schema.id).toBe(SARIF_SCHEMA_URI);
    expect((schema.properties as Json).version).toEqual({ description: 'The SARIF format version of this log file.', enum: ['2.1.0'], type: 'string' });
    // The digest test/schemas/README.md gives.
    expect(createHash('sha256').update(readFileSync(SARIF_SCHEMA_FILE)).digest('hex')).toBe('c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e');
  });

  const sharedSchema = path.join(sharedDir, 'schemas/sarif-schema-2.1.0.json');
  it('is byte for byte the copy in ../shared/schemas', needsShared(sharedSchema), () => {
    expect(readFileSync(SARIF_SCHEMA_FILE).equals(readFileSync(sharedSchema))).toBe(true);
  });

  it('reads a draft-04 schema whose only draft-04 feature is the root id (so reading it as draft-07 is sound)', () => {
    const schema = loadSarifSchema();
    expect(schema.$schema).toBe('http://json-schema.org/draft-04/schema#');
    expect(schema.id).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
    expect(JSON.stringify(schema)).not.toMatch(/"exclusiveM(?:in|ax)imum"/);
  });

  it.each([
    { name: 'a wrong version', change: (log: Json) => (log.version = '2.0.0'), path: '/version' },
    { name: 'an unknown level', change: (log: Json) => (log.runs[0].results[0].level = 'fatal'), path: '/runs/0/results/0/level' },
    { name: 'a line below 1', change: (log: Json) => (log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0), path: '/runs/0/results/0/locations/0/physicalLocation/region/startLine' },
    { name: 'a space in a URI', change: (log: Json) => (log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'a b.json'), path: '/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri' },
    { name: 'a relative help URI', change: (log: Json) => (log.runs[0].tool.driver.rules[0].helpUri = 'docs/rules.md'), path: '/runs/0/tool/driver/rules/0/helpUri' },
    { name: 'an unknown property', change: (log: Json) => (log.runs[0].results[0].severity = 'high'), path: '/runs/0/results/0' },
  ])('rejects $name', ({ change, path }) => {
    const log = toSarif(sampleResult, ctx) as Json;
    change(log);
    const validate = sarifValidator();
    expect(validate(log)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain(path);
  });

  it.each([
    ['https://github.com/vpclint/vpclint', true],
    ['file:///work/', true],
    ['docs/rules.md', false],
    ['https://exa mple.com', false],
  ])('checks the uri format: %s is %s', (uri, ok) => {
    expect(isUri(uri)).toBe(ok);
  });
});

describe("GitHub code scanning's checks (test/helpers/sarif.ts)", () => {
  /** The sample's SARIF with one change, as text. */
  function changed(change: (log: Json) => void): string {
    const log = toSarif(sampleResult, ctx) as Json;
    change(log);
    return JSON.stringify(log);
  }
  const result0 = (log: Json): Json => log.runs[0].results[0];
  const location0 = (log: Json): Json => result0(log).locations[0].physicalLocation;

  it('finds nothing to refuse in the sample', () => {
    expect(codeScanningProblems(changed(() => {}))).toEqual([]);
  });

  it('uses the limits vpclint enforces as they are documented', () => {
    expect(GITHUB_LIMITS).toEqual({
      gzipBytes: 10 * 1024 * 1024,
      runsPerFile: 20,
      resultsPerRun: 25_000,
      rulesPerRun: 25_000,
      extensionsPerRun: 100,
      threadFlowLocationsPerResult: 10_000,
      locationsPerResult: 1_000,
      tagsPerRule: 20,
    });
    expect([GITHUB_LIMITS.gzipBytes, GITHUB_LIMITS.resultsPerRun, GITHUB_LIMITS.locationsPerResult]).toEqual([
      CODE_SCANNING_LIMITS.gzipBytes,
      CODE_SCANNING_LIMITS.resultsPerRun,
      CODE_SCANNING_LIMITS.locationsPerResult,
    ]);
  });

  it.each([
    { name: 'a schema error', change: (log: Json) => (log.version = '2.0.0'), problems: ['schema /version: must be equal to one of the allowed values'] },
    { name: 'a result without a rule ID', change: (log: Json) => delete result0(log).ruleId, problems: ['runs[0].results[0]: no ruleId'] },
    { name: 'a rule index naming another rule', change: (log: Json) => (result0(log).ruleIndex = 1), problems: ['runs[0].results[0]: ruleIndex 1 is not the rule NET101'] },
    { name: 'an empty message', change: (log: Json) => (result0(log).message.text = ''), problems: ['runs[0].results[0]: no message.text'] },
    { name: 'a result without a location', change: (log: Json) => delete result0(log).locations, problems: ['runs[0].results[0]: no location'] },
    {
      name: 'an absolute URI',
      change: (log: Json) => (location0(log).artifactLocation = { uri: 'file:///work/plan.json' }),
      problems: ['runs[0].results[0].locations[0]: artifactLocation.uri "file:///work/plan.json" is not a path inside the repository'],
    },
    {
      name: 'a URI outside the checkout',
      change: (log: Json) => (location0(log).artifactLocation.uri = '../peer/plan.json'),
      problems: ['runs[0].results[0].locations[0]: artifactLocation.uri "../peer/plan.json" is not a path inside the repository'],
    },
    { name: 'a location without a line', change: (log: Json) => delete location0(log).region, problems: ['runs[0].results[0].locations[0]: no region.startLine of 1 or more'] },
    { name: 'an end line before the start line', change: (log: Json) => (location0(log).region.endLine = 11), problems: ['runs[0].results[0].locations[0]: region.endLine is before region.startLine'] },
    {
      name: 'a related location without a physical location',
      change: (log: Json) => (result0(log).relatedLocations = [{ id: 1, message: { text: 'aws_vpc.hub' } }]),
      problems: ['runs[0].results[0].relatedLocations[0]: no physicalLocation'],
    },
    { name: 'no partial fingerprints', change: (log: Json) => delete result0(log).partialFingerprints, problems: ['runs[0].results[0]: no partialFingerprints'] },
    {
      name: 'a security severity over 10',
      change: (log: Json) => (log.runs[0].tool.driver.rules[0].properties['security-severity'] = '11.0'),
      problems: ['runs[0].tool.driver.rules[0]: security-severity "11.0" is not a number from 0.0 to 10.0 in a string'],
    },
    {
      name: '21 tags on a rule',
      change: (log: Json) => (log.runs[0].tool.driver.rules[0].properties.tags = Array.from({ length: 21 }, (_, i) => `t${i}`)),
      problems: ['runs[0].tool.driver.rules[0]: 21 tags, over 20'],
    },
    { name: '21 runs', change: (log: Json) => (log.runs = Array.from({ length: 21 }, () => log.runs[0])), problems: ['file: 21 runs, over 20'] },
    {
      name: '101 tool extensions',
      change: (log: Json) => (log.runs[0].tool.extensions = Array.from({ length: 101 }, (_, i) => ({ name: `x${i}` }))),
      problems: ['runs[0]: 101 tool extensions, over 100'],
    },
    {
      name: '1,001 locations on a result',
      change: (log: Json) => (result0(log).locations = Array.from({ length: 1_001 }, () => result0(log).locations[0])),
      problems: ['runs[0].results[0]: 1001 locations, over 1000'],
    },
    {
      name: '10,001 thread flow locations on a result',
      change: (log: Json) =>
        (result0(log).codeFlows = [{ threadFlows: [{ locations: Array.from({ length: 5_000 }, () => ({})) }, { locations: Array.from({ length: 5_001 }, () => ({})) }] }]),
      problems: ['runs[0].results[0]: 10001 thread flow locations, over 10000'],
    },
    {
      name: '25,001 results',
      change: (log: Json) => (log.runs[0].results = Array.from({ length: 25_001 }, () => result0(log))),
      problems: ['runs[0]: 25001 results, over 25000'],
    },
  ])('refuses $name', ({ change, problems }) => {
    expect(codeScanningProblems(changed(change))).toEqual(problems);
  });

  it('refuses 25,001 rules (without the schema, whose uniqueItems on rules is quadratic)', () => {
    const text = changed((log) => log.runs[0].tool.driver.rules.push(...Array.from({ length: 25_001 - 4 }, (_, i) => ({ id: `X${i}` }))));
    expect(githubProblems(text)).toEqual(['runs[0]: 25001 rules, over 25000']);
  });

  it('refuses a file over 10 MB compressed', () => {
    // 14 MB of printable text that hardly compresses (a fixed xorshift sequence, ~6.6 bits a
    // character) in the run's property bag: over 10 MB gzipped.
    let x = 7;
    const noise = Buffer.alloc(14 * 1024 * 1024);
    for (let i = 0; i < noise.length; i += 1) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      noise[i] = 0x21 + ((x >>> 0) % 94);
    }
    const problems = codeScanningProblems(changed((log) => (log.runs[0].properties = { noise: noise.toString('latin1').replaceAll('"', "'").replaceAll('\\', '/') })));
    expect(problems).toEqual([expect.stringMatching(/^file: \d+ bytes gzip-compressed, over 10485760$/)]);
  });
});
