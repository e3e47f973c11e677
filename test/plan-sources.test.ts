/**
 * Plan findings at the source (issue 12): a real one-line plan linted with the `.tf` files it was
 * made from points at their lines in every output, keeps the plan position as a related location,
 * and names the module call of a resource inside a module. fixtures/_plan-sources/estate is a real
 * root module and its plan (README there); the rule fixtures' plans are linted with their `.tf`
 * twins put alone in a directory (a rule's fixtures folder mixes many roots, which is never taken
 * for one), and must be located exactly where the `.tf` lint locates the same findings.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { TOOL_VERSION } from '../src/engine/define-rule.js';
import { baselineFromJson, renderBaseline } from '../src/engine/baseline.js';
import type { LintResult } from '../src/engine/finding.js';
import { renderGithub } from '../src/report/github.js';
import { renderJson } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderSarif } from '../src/report/sarif.js';
import { renderText } from '../src/report/text.js';
import type { ReportContext } from '../src/report/types.js';
import { lintPaths } from '../src/run.js';
import { fixturesDir } from './helpers/repo.js';

type Json = Record<string, any>;

const estate = path.join(fixturesDir, '_plan-sources', 'estate');
const ctx = (cwd: string): ReportContext => ({ toolVersion: TOOL_VERSION, cwd, rules, color: false });
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vpclint-plan-sources-'));
  temps.push(dir);
  return dir;
}

/** Where each finding is, in one line: rule, resource, location, plan location, module calls. */
function places(result: LintResult): string[] {
  return result.findings.map((f) => {
    const at = (l: { file: string; line: number; column?: number } | undefined) => (l === undefined ? '-' : `${l.file}:${l.line}:${l.column ?? 0}`);
    const calls = (f.moduleCalls ?? []).map((m) => ` via ${m.address}@${at(m.location)}${m.installedSource === undefined ? '' : ` source=${at(m.installedSource)}`}`).join('');
    return `${f.ruleId} ${f.resource} ${at(f.location)} plan=${at(f.planLocation)}${calls}`;
  });
}

describe('a real plan beside its sources (fixtures/_plan-sources/estate)', async () => {
  const result = await lintPaths(['plan.json'], { cwd: estate });

  it('locates every finding at its .tf block or attribute: root, local module with for_each, registry module', () => {
    expect(result.errors).toEqual([]);
    expect(result.files).toEqual(['plan.json']);
    expect(places(result)).toEqual([
      'NET401 aws_security_group_rule.ssh main.tf:35:3 plan=plan.json:1:8424',
      // The plan lists the inline routes in another order than the source: matched by value.
      'NET201 aws_route_table.hub main.tf:50:5 plan=plan.json:1:6802',
      'NET203 aws_route_table.hub main.tf:55:5 plan=plan.json:1:6802',
      // A registry module's files are under .terraform/ (not in the pull request): the finding is
      // at the root's call of the module, and the module's lines stay on that call.
      'NET103 module.vpc_db.aws_subnet.private[0] main.tf:73:1 plan=plan.json:1:15198 via module.vpc_db@main.tf:73:1 source=.terraform/modules/vpc_db/main.tf:79:1',
      'NET103 module.spoke["b"].aws_subnet.this modules/spoke/main.tf:13:1 plan=plan.json:1:12290 via module.spoke["b"]@main.tf:61:1',
    ]);
    expect(result.findings.map((f) => [f.ruleId, f.subject.path ?? null])).toEqual([
      ['NET401', ['cidr_blocks', 0]],
      ['NET201', ['route', 1, 'cidr_block']],
      ['NET203', ['route', 0, 'cidr_block']],
      ['NET103', null],
      ['NET103', null],
    ]);
  });

  it('text: the .tf line first, then the module call (and a registry module\'s own lines) and the plan position', () => {
    expect(renderText(result, ctx(estate))).toBe(
      [
        "main.tf:35                error  NET401  aws_security_group_rule.ssh admits tcp port 22 from 0.0.0.0/0, the whole IPv4 internet, into aws_security_group.hub, exposing SSH (22). Allow administrative and database ports only from known addresses (office or VPN ranges, a bastion's security group), or use SSM Session Manager.",
        '    plan plan.json:1:8424',
        'main.tf:50                error  NET201  Route aws_route_table.hub.route[1] sends 10.1.0.0/16 over peering aws_vpc_peering_connection.hub_a to module.spoke["a"].aws_vpc.this, but module.spoke["a"].aws_vpc.this main route table has no route back over aws_vpc_peering_connection.hub_a for 10.0.0.0/16, so the replies are dropped. Add a route for 10.0.0.0/16 with target aws_vpc_peering_connection.hub_a to module.spoke["a"].aws_vpc.this main route table.',
        '    plan plan.json:1:6802',
        "main.tf:55                error  NET203  Route aws_route_table.hub.route[0] sends all IPv4 traffic (0.0.0.0/0) over peering aws_vpc_peering_connection.hub_a; a peering cannot reach the other VPC's internet gateway, NAT gateway, VPN or Direct Connect, so this traffic is dropped. Send 0.0.0.0/0 to a gateway of this VPC and route only the peer VPC's CIDR over aws_vpc_peering_connection.hub_a.",
        '    plan plan.json:1:6802',
        'main.tf:73                error  NET103  Subnet module.vpc_db.aws_subnet.private[0] (10.30.1.0/24) is outside every IPv4 CIDR block of module.vpc_db.aws_vpc.this[0] (10.20.0.0/16); AWS rejects the subnet. Choose a range inside one of those blocks, or add a secondary block that contains it.',
        '    module call module.vpc_db at main.tf:73',
        '    in module source .terraform/modules/vpc_db/main.tf:79',
        '    plan plan.json:1:15198',
        'modules/spoke/main.tf:13  error  NET103  Subnet module.spoke["b"].aws_subnet.this (10.9.1.0/24) is outside every IPv4 CIDR block of module.spoke["b"].aws_vpc.this (10.2.0.0/16); AWS rejects the subnet. Choose a range inside one of those blocks, or add a secondary block that contains it.',
        '    module call module.spoke["b"] at main.tf:61',
        '    plan plan.json:1:12290',
        '',
        '✖ 5 problems (5 errors) in 2 of 3 files',
        '',
      ].join('\n'),
    );
  });

  it('JSON: location is the .tf, planLocation the plan, moduleCalls the module blocks', () => {
    const findings = (JSON.parse(renderJson(result, ctx(estate))) as Json).findings as Json[];
    expect(findings.map((f) => ({ id: f.id, resource: f.resource, location: f.location, planLocation: f.planLocation, moduleCalls: f.moduleCalls }))).toEqual([
      { id: 'NET401', resource: 'aws_security_group_rule.ssh', location: { file: 'main.tf', line: 35, column: 3 }, planLocation: { file: 'plan.json', line: 1, column: 8424 }, moduleCalls: undefined },
      { id: 'NET201', resource: 'aws_route_table.hub', location: { file: 'main.tf', line: 50, column: 5 }, planLocation: { file: 'plan.json', line: 1, column: 6802 }, moduleCalls: undefined },
      { id: 'NET203', resource: 'aws_route_table.hub', location: { file: 'main.tf', line: 55, column: 5 }, planLocation: { file: 'plan.json', line: 1, column: 6802 }, moduleCalls: undefined },
      {
        id: 'NET103',
        resource: 'module.vpc_db.aws_subnet.private[0]',
        location: { file: 'main.tf', line: 73, column: 1 },
        planLocation: { file: 'plan.json', line: 1, column: 15198 },
        moduleCalls: [
          {
            module: 'module.vpc_db',
            location: { file: 'main.tf', line: 73, column: 1 },
            moduleSource: { file: '.terraform/modules/vpc_db/main.tf', line: 79, column: 1 },
          },
        ],
      },
      {
        id: 'NET103',
        resource: 'module.spoke["b"].aws_subnet.this',
        location: { file: 'modules/spoke/main.tf', line: 13, column: 1 },
        planLocation: { file: 'plan.json', line: 1, column: 12290 },
        moduleCalls: [{ module: 'module.spoke["b"]', location: { file: 'main.tf', line: 61, column: 1 } }],
      },
    ]);
    expect(findings.filter((f) => !('moduleCalls' in f)).map((f) => f.id)).toEqual(['NET401', 'NET201', 'NET203']);
  });

  it('SARIF: the .tf region is the location; the module call and the plan are related locations', () => {
    const results = (JSON.parse(renderSarif(result, ctx(estate))) as Json).runs[0].results as Json[];
    expect(
      results.map((r) => [
        r.ruleId,
        r.locations[0].physicalLocation,
        (r.relatedLocations as Json[]).map((l) => [l.id, l.message.text, l.physicalLocation.artifactLocation.uri, l.physicalLocation.region]),
      ]),
    ).toEqual([
      [
        'NET401',
        { artifactLocation: { uri: 'main.tf', uriBaseId: '%SRCROOT%' }, region: { startLine: 35, startColumn: 3, endLine: 35 } },
        [[1, 'plan: aws_security_group_rule.ssh', 'plan.json', { startLine: 1, startColumn: 8424 }]],
      ],
      [
        'NET201',
        { artifactLocation: { uri: 'main.tf', uriBaseId: '%SRCROOT%' }, region: { startLine: 50, startColumn: 5, endLine: 50 } },
        [
          [1, 'plan: aws_route_table.hub', 'plan.json', { startLine: 1, startColumn: 6802 }],
          [2, 'aws_vpc_peering_connection.hub_a', 'main.tf', { startLine: 38, startColumn: 1, endLine: 42 }],
          [3, 'module.spoke["a"].aws_vpc.this', 'modules/spoke/main.tf', { startLine: 9, startColumn: 1, endLine: 11 }],
          [4, 'module.spoke["a"].aws_vpc.this', 'modules/spoke/main.tf', { startLine: 9, startColumn: 1, endLine: 11 }],
        ],
      ],
      [
        'NET203',
        { artifactLocation: { uri: 'main.tf', uriBaseId: '%SRCROOT%' }, region: { startLine: 55, startColumn: 5, endLine: 55 } },
        [
          [1, 'plan: aws_route_table.hub', 'plan.json', { startLine: 1, startColumn: 6802 }],
          [2, 'aws_vpc_peering_connection.hub_a', 'main.tf', { startLine: 38, startColumn: 1, endLine: 42 }],
        ],
      ],
      [
        'NET103',
        // At the root's call of the registry module; its own lines are a related location. The
        // other resource of the module is placed at the call too.
        { artifactLocation: { uri: 'main.tf', uriBaseId: '%SRCROOT%' }, region: { startLine: 73, startColumn: 1, endLine: 81 } },
        [
          [1, 'module call module.vpc_db', 'main.tf', { startLine: 73, startColumn: 1, endLine: 81 }],
          [2, 'in module source module.vpc_db: module.vpc_db.aws_subnet.private[0]', '.terraform/modules/vpc_db/main.tf', { startLine: 79, startColumn: 1, endLine: 90 }],
          [3, 'plan: module.vpc_db.aws_subnet.private[0]', 'plan.json', { startLine: 1, startColumn: 15198 }],
          [4, 'module.vpc_db.aws_vpc.this[0]', 'main.tf', { startLine: 73, startColumn: 1, endLine: 81 }],
        ],
      ],
      [
        'NET103',
        { artifactLocation: { uri: 'modules/spoke/main.tf', uriBaseId: '%SRCROOT%' }, region: { startLine: 13, startColumn: 1, endLine: 16 } },
        [
          [1, 'module call module.spoke["b"]', 'main.tf', { startLine: 61, startColumn: 1, endLine: 70 }],
          [2, 'plan: module.spoke["b"].aws_subnet.this', 'plan.json', { startLine: 1, startColumn: 12290 }],
          [3, 'module.spoke["b"].aws_vpc.this', 'modules/spoke/main.tf', { startLine: 9, startColumn: 1, endLine: 11 }],
        ],
      ],
    ]);
  });

  it('GitHub annotations land on the .tf lines; a module finding names its module call', () => {
    const lines = renderGithub(result, ctx(estate)).split('\n');
    const heads = lines.filter((l) => l !== '').map((l) => l.slice(0, l.indexOf('::', 2) + 2));
    expect(heads).toEqual([
      '::error file=main.tf,line=35,col=3,title=NET401 open-ingress::',
      '::error file=main.tf,line=50,col=5,title=NET201 missing-reverse-route::',
      '::error file=main.tf,line=55,col=5,title=NET203 edge-to-edge-route::',
      '::error file=main.tf,line=73,endLine=81,col=1,title=NET103 subnet-cidr::',
      '::error file=modules/spoke/main.tf,line=13,endLine=16,col=1,title=NET103 subnet-cidr::',
    ]);
    expect(lines[3]).toBe(
      '::error file=main.tf,line=73,endLine=81,col=1,title=NET103 subnet-cidr::Subnet module.vpc_db.aws_subnet.private[0] (10.30.1.0/24) is outside every IPv4 CIDR block of module.vpc_db.aws_vpc.this[0] (10.20.0.0/16); AWS rejects the subnet. Choose a range inside one of those blocks, or add a secondary block that contains it.%0Amodule call module.vpc_db at main.tf:73%0Ain module source .terraform/modules/vpc_db/main.tf:79%0Ahttps://github.com/vpclint/vpclint/blob/v0.1.0/docs/rules.md#subnet-cidr',
    );
    expect(lines[4]).toBe(
      '::error file=modules/spoke/main.tf,line=13,endLine=16,col=1,title=NET103 subnet-cidr::Subnet module.spoke["b"].aws_subnet.this (10.9.1.0/24) is outside every IPv4 CIDR block of module.spoke["b"].aws_vpc.this (10.2.0.0/16); AWS rejects the subnet. Choose a range inside one of those blocks, or add a secondary block that contains it.%0Amodule call module.spoke["b"] at main.tf:61%0Ahttps://github.com/vpclint/vpclint/blob/v0.1.0/docs/rules.md#subnet-cidr',
    );
    expect(lines[0]).not.toContain('module call');
  });

  it('a fix belongs to the .tf file, with edits where they go', () => {
    expect(result.findings.map((f) => [f.ruleId, f.fix?.file ?? null, f.fix?.edits ?? null])).toEqual([
      [
        'NET401',
        'main.tf',
        [
          { text: 'variable "ssh_allowed_cidr" {\n  description = "The IPv4 range allowed to reach aws_security_group_rule.ssh (instead of the whole internet)"\n  type        = string\n}\n\n', insert: { line: 28 } },
          { text: '  cidr_blocks       = [var.ssh_allowed_cidr]\n', replace: { startLine: 35, endLine: 35 } },
        ],
      ],
      // No fix: a route back would go into the local module, which every instance shares.
      ['NET201', null, null],
      // The second inline route block (lines 54-57, with the blank line above it) is the plan's route[0].
      ['NET203', 'main.tf', [{ text: '', replace: { startLine: 53, endLine: 57 } }]],
      ['NET103', null, null],
      ['NET103', null, null],
    ]);
  });

  it('markdown: the findings are grouped by their .tf file, with a module call line (and, for an installed module, where in its source), and a plan line', () => {
    const md = renderMarkdown(result, ctx(estate));
    expect(md.split('\n').filter((l) => /^\*\*<code>/.test(l))).toEqual([
      '**<code>main.tf</code>**',
      '**<code>modules/spoke/main.tf</code>**',
    ]);
    expect(md.split('\n').filter((l) => l.startsWith('- **Module call:**') || l.startsWith('- **In module source:**') || l.startsWith('- **Plan:**'))).toEqual([
      '- **Plan:** <code>plan.json</code> line 1:8424',
      '- **Plan:** <code>plan.json</code> line 1:6802',
      '- **Plan:** <code>plan.json</code> line 1:6802',
      '- **Module call:** <code>module.vpc_db</code> at <code>main.tf</code> line 73',
      '- **In module source:** <code>.terraform/modules/vpc_db/main.tf</code> line 79',
      '- **Plan:** <code>plan.json</code> line 1:15198',
      '- **Module call:** <code>module.spoke&#91;"b"&#93;</code> at <code>main.tf</code> line 61',
      '- **Plan:** <code>plan.json</code> line 1:12290',
    ]);
  });
});

describe('a baseline of a plan linted with its sources', () => {
  it('records the plan as the file of each entry, so an entry no longer found there is listed as fixed', async () => {
    const first = await lintPaths(['plan.json'], { cwd: estate });
    const written = JSON.parse(renderBaseline(first.findings)) as { findings: Json[] };
    expect(written.findings.map((e) => [e.id, e.resource, e.file])).toEqual([
      ['NET103', 'module.spoke["b"].aws_subnet.this', 'plan.json'],
      ['NET103', 'module.vpc_db.aws_subnet.private[0]', 'plan.json'],
      ['NET201', 'aws_route_table.hub', 'plan.json'],
      ['NET203', 'aws_route_table.hub', 'plan.json'],
      ['NET401', 'aws_security_group_rule.ssh', 'plan.json'],
    ]);
    // An entry as this run writes it, for a finding the next run no longer has.
    const gone = { ...written.findings[4]!, fingerprint: 'f0', resource: 'aws_security_group_rule.gone' };
    const baseline = baselineFromJson({ ...written, findings: [...written.findings, gone] }, 'baseline.json');
    const again = await lintPaths(['plan.json'], { cwd: estate, baseline });
    expect([again.findings.length, again.suppressed?.length, again.baseline?.fixed]).toEqual([0, 5, [gone]]);
  });
});

describe('where the sources are looked for', () => {
  it('--source-dir names them when the plan is elsewhere; without it the plan keeps its own positions', async () => {
    const dir = tempDir();
    copyFileSync(path.join(estate, 'plan.json'), path.join(dir, 'plan.json'));
    const alone = await lintPaths(['plan.json'], { cwd: dir });
    expect(places(alone)).toEqual([
      'NET201 aws_route_table.hub plan.json:1:6802 plan=-',
      'NET203 aws_route_table.hub plan.json:1:6802 plan=-',
      'NET401 aws_security_group_rule.ssh plan.json:1:8424 plan=-',
      'NET103 module.spoke["b"].aws_subnet.this plan.json:1:12290 plan=-',
      'NET103 module.vpc_db.aws_subnet.private[0] plan.json:1:15198 plan=-',
    ]);
    const named = await lintPaths(['plan.json'], { cwd: estate, sourceDir: '.' });
    const elsewhere = await lintPaths([path.join(dir, 'plan.json')], { cwd: estate, sourceDir: '.' });
    const plan = path.relative(estate, path.join(dir, 'plan.json')).split(path.sep).join('/');
    expect(places(elsewhere)).toEqual(places(named).map((p) => p.replace('plan=plan.json', `plan=${plan}`)));
  });

  // A rule's fixtures folder holds many roots, which redeclare each other's resources: it is not
  // one module, even for a plan whose own resources are declared there once (its twin's names
  // are unique in the folder).
  it.each([
    { plan: 'open-ingress/positive-inline-ssh', at: ['NET401 aws_security_group.bastion fixtures/open-ingress/positive-inline-ssh.plan.json:166:7 plan=-'] },
    { plan: 'subnet-cidr/positive-outside-secondary', at: ['NET103 aws_subnet.pods_b fixtures/subnet-cidr/positive-outside-secondary.plan.json:170:7 plan=-'] },
  ])('a folder of many roots is not taken for the root module of fixtures/$plan', async ({ plan, at }) => {
    const result = await lintPaths([`fixtures/${plan}.plan.json`], { cwd: path.dirname(fixturesDir) });
    expect(places(result)).toEqual(at);
  });

  it.each([
    { name: 'holds no .tf files', files: {}, why: 'there are no .tf files in src' },
    {
      name: 'declares a resource twice',
      files: { 'a.tf': 'resource "aws_vpc" "hub" {}\n', 'b.tf': '\nresource "aws_vpc" "hub" {}\n' },
      why: 'its .tf files are not one module: resource "aws_vpc" "hub" is declared twice (src/a.tf:1 and src/b.tf:2)',
    },
    {
      name: 'lacks a module call of the plan',
      // The root as it was, with the registry module's call renamed since the plan was made.
      files: { 'main.tf': readFileSync(path.join(estate, 'main.tf'), 'utf8').replace('module "vpc_db"', 'module "vpc_database"') },
      why: 'no .tf file in src declares module "vpc_db", which the plan\'s configuration has',
    },
  ])('a --source-dir that $name is reported, and the findings stay at the plan', async ({ files, why }) => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'src'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'src', name), text);
    copyFileSync(path.join(estate, 'plan.json'), path.join(dir, 'plan.json'));
    const result = await lintPaths(['plan.json'], { cwd: dir, sourceDir: 'src' });
    expect(result.errors).toEqual([
      { message: `--source-dir src: no linted plan was made from this directory: ${why}`, hint: 'name the directory of the Terraform root module the plan was made from' },
    ]);
    expect(result.findings.map((f) => [f.location.file, f.planLocation])).toEqual(Array.from({ length: 5 }, () => ['plan.json', undefined]));
  });

  it('a plan read from standard input looks in the current directory', async () => {
    const plan = readFileSync(path.join(estate, 'plan.json'));
    const fromStdin = await lintPaths(['-'], { cwd: estate, readStdin: async () => plan });
    const fromFile = await lintPaths(['plan.json'], { cwd: estate });
    expect(places(fromStdin)).toEqual(places(fromFile).map((p) => p.replace('plan=plan.json:', 'plan=<stdin>:')));
    expect(places(fromStdin)[0]).toBe('NET401 aws_security_group_rule.ssh main.tf:35:3 plan=<stdin>:1:8424');
  });

  it('sources that no longer declare what the plan does are not used', async () => {
    const dir = tempDir();
    copyFileSync(path.join(estate, 'plan.json'), path.join(dir, 'plan.json'));
    // The module spoke/ alone, as if the root had been rewritten since the plan was made.
    copyFileSync(path.join(estate, 'modules', 'spoke', 'main.tf'), path.join(dir, 'main.tf'));
    const result = await lintPaths(['plan.json'], { cwd: dir });
    expect(result.findings.map((f) => [f.location.file, f.planLocation])).toEqual(Array.from({ length: 5 }, () => ['plan.json', undefined]));
  });
});

/**
 * Rule fixtures' plans with their `.tf` twin alone in a directory, named with --source-dir: each
 * finding is where the `.tf` lint puts it (file, line, column), and keeps its plan position.
 */
describe.each([
  { fixture: 'peering-cidr-overlap/positive-ipv4-primary', at: ['NET101 aws_vpc_peering_connection.a_c src/main.tf:14:1'] },
  { fixture: 'open-ingress/positive-inline-ssh', at: ['NET401 aws_security_group.bastion src/main.tf:25:5'] },
  { fixture: 'open-ingress/positive-rule-resource-rdp', at: ['NET401 aws_security_group_rule.rdp src/main.tf:18:3'] },
  // Two inline routes written with expressions: the one the plan's IPv6 element matches is the one
  // that writes ipv6_cidr_block (the other writes cidr_block, empty in that element).
  { fixture: 'missing-reverse-route/positive-ipv6-inline', at: ['NET201 aws_route_table.app src/main.tf:48:5'] },
  // Two inline routes that both write references: told apart by the values the plan knows for
  // them (aws_vpc.hub.ipv6_cidr_block, aws_vpc.spoke_b.ipv6_cidr_block).
  {
    fixture: 'transitive-peering-route/positive-ipv6-inline',
    at: ['NET201 aws_route_table.spoke_a src/main.tf:45:5', 'NET202 aws_route_table.spoke_a src/main.tf:50:5'],
  },
  { fixture: 'edge-to-edge-route/positive-default-route-inline', at: ['NET203 aws_route_table.app src/main.tf:27:5'] },
  { fixture: 'transitive-peering-route/positive-hub-spoke-created', at: ['NET201 aws_route.spoke_a_to_hub src/main.tf:38:3', 'NET202 aws_route.spoke_a_to_spoke_b src/main.tf:45:3'] },
])('the plan of fixtures/$fixture with its .tf twin', async ({ fixture, at }) => {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'src'));
  copyFileSync(path.join(fixturesDir, `${fixture}.plan.json`), path.join(dir, 'plan.json'));
  copyFileSync(path.join(fixturesDir, `${fixture}.tf`), path.join(dir, 'src', 'main.tf'));
  const plan = await lintPaths(['plan.json'], { cwd: dir, sourceDir: 'src' });
  const tf = await lintPaths(['src/main.tf'], { cwd: dir });
  const where = (r: LintResult) => r.findings.map((f) => `${f.ruleId} ${f.resource} ${f.location.file}:${f.location.line}:${f.location.column ?? 0}`);

  it('is located where the .tf lint locates it, with its plan position kept', () => {
    expect(where(plan)).toEqual(at);
    expect(where(plan)).toEqual(where(tf));
    expect(plan.findings.map((f) => f.planLocation?.file)).toEqual(plan.findings.map(() => 'plan.json'));
  });

  it('carries the fix the .tf lint gives, written for the .tf file with its edits', () => {
    const fixes = (r: LintResult) => r.findings.map((f) => f.fix ?? null);
    expect(fixes(plan)).toEqual(fixes(tf));
    expect(plan.findings.filter((f) => f.fix !== undefined).map((f) => [f.fix?.file, f.fix?.edits.length !== 0])).toEqual(
      plan.findings.filter((f) => f.fix !== undefined).map(() => ['src/main.tf', true]),
    );
  });
});
