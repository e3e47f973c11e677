/**
 * The `.tf` reader on the shared corpus (../shared/corpus). Every `.tf` file is linted alone and
 * every directory as a module, without a crash. The peer tools' Terraform tests are held to what
 * they expect: KICS's world-open ingress queries and its "VPC Peering Route Table with
 * Unrestricted CIDR" query (each expected positive flagged at its line, nothing in the negatives),
 * and checkov's CKV2_AWS_44 graph tests. A KICS line is matched by a vpclint finding on that line,
 * or inside the block or resource that starts there (KICS points at the resource or the `ingress`
 * block, vpclint at the attribute that is the problem). Every difference is listed below with its
 * reason, and the test fails if a listed difference stops being one. The real peering modules
 * (hcl/) produce no finding except the two that are really there, and report what their data
 * sources and variables hide as unresolved. Expectations were worked out by reading the files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import type { Finding, LintResult } from '../../src/engine/finding.js';
import { lint, lintPaths } from '../../src/run.js';
import { corpusDir, needsShared } from '../helpers/repo.js';

/** Without ../shared these tests are skipped; the run's summary says why (test/helpers/repo.ts). */
const shared = needsShared(corpusDir);

const tfFiles = fg.sync('**/*.tf', { cwd: corpusDir }).sort();
const tfDirs = [...new Set(tfFiles.map((f) => path.posix.dirname(f)))].sort();

async function lintFile(file: string): Promise<LintResult> {
  return lint([{ file: path.posix.basename(file), text: readFileSync(path.join(corpusDir, file), 'utf8') }]);
}

/** A registry module the corpus did not install (no .terraform/modules): an input error, exit 2. */
const NOT_INSTALLED = /^module\.[^ ]+: the module "[^"]+" is not installed \([^)]*modules\.json does not exist\)/;
const installedErrorsOnly = (result: LintResult) => result.errors.filter((e) => !NOT_INSTALLED.test(e.message));

function internal(result: LintResult): string[] {
  return result.errors.filter((e) => e.file === undefined || /internal error/.test(e.message)).map((e) => e.message);
}

describe('every .tf file of the corpus', shared, () => {
  it('has files to read', () => {
    expect(tfFiles.length).toBeGreaterThan(150);
  });

  it.each(tfFiles)('%s is read alone without a crash', async (file) => {
    const result = await lintFile(file);
    expect(internal(result)).toEqual([]);
    expect(result.files).toEqual([path.posix.basename(file)]);
  });

  // Test corpora keep independent configurations side by side; as one module they declare the
  // same names twice, which Terraform refuses too (reported, exit 2). One example calls a module
  // the corpus did not copy.
  // Modules that call registry modules without `terraform init` having installed them (the
  // corpus keeps no .terraform): each call is reported as not installed (exit 2).
  const DIRECTORY_ERRORS: Record<string, RegExp> = {
    ...Object.fromEntries(
      [
        'hcl/UKHomeOffice__dq-tf-peering',
        'hcl/aws-samples__aws-vpc-peering-terraform-inspec/main/terraform',
        'hcl/cloudposse__terraform-aws-vpc-peering',
        'hcl/cloudposse__terraform-aws-vpc-peering-multi-account',
        'hcl/cloudposse__terraform-aws-vpc-peering-multi-account/examples/complete',
        'hcl/cloudposse__terraform-aws-vpc-peering-multi-account/examples/vpc-only',
        'hcl/cloudposse__terraform-aws-vpc-peering/examples/complete',
        'hcl/grem11n__terraform-aws-vpc-peering',
        'hcl/grem11n__terraform-aws-vpc-peering/test/fixtures/associated-cidr',
      ].map((d) => [d, NOT_INSTALLED]),
    ),
    'checkov/tfplan/plan_with_for_each_for_enrichment/original': /^module "sg": there are no Terraform files in /,
    'kics/terraform/security_group_with_unrestricted_access_to_ssh/test': new RegExp(`^duplicate module "vote_service_sg"|${NOT_INSTALLED.source}`),
    'kics/terraform/unrestricted_security_group_ingress/test': new RegExp(`^duplicate module "web_server_sg"|${NOT_INSTALLED.source}`),
    'kics/terraform/vpc_peering_route_table_with_unrestricted_cidr/test': /^duplicate (variable|resource|data) /,
    'tfplan/fugue__regula': /^duplicate resource "aws_security_group"/,
  };

  it.each(tfDirs)('%s is read as one module without a crash', async (dir) => {
    const result = await lintPaths([dir], { cwd: corpusDir });
    expect(internal(result)).toEqual([]);
    const expected = DIRECTORY_ERRORS[dir];
    const messages = result.errors.map((e) => e.message);
    if (expected === undefined) expect(messages).toEqual([]);
    else expect(messages.filter((m) => !expected.test(m))).toEqual([]);
    expect(messages.length > 0).toBe(expected !== undefined);
  });
});

type Got = readonly [line: number, rule: 'NET401' | 'NET203', severity: string, messageId: string];

interface PeerCase {
  /** Path under the query's test/ folder. */
  readonly file: string;
  /** Every NET401 / NET203 finding vpclint reports in the file, exactly. */
  readonly findings: readonly Got[];
  /** Lines the peer expects that vpclint does not flag, with the reason. */
  readonly missed?: Readonly<Record<number, string>>;
  /** vpclint findings on lines the peer does not expect, with the reason. */
  readonly extra?: Readonly<Record<number, string>>;
  /** NET401 / NET203 checks vpclint reports as unresolved, as `line: reason` (start of it). */
  readonly unresolved?: readonly string[];
}

// Reasons shared by several cases.
const HOST_BITS_WORLD =
  'a /0 with host bits set (0.0.2.0/0, 1.0.0.0/0) is still the whole IPv4 internet: AWS reads it as 0.0.0.0/0; NET001 reports the literal as well';
const ALL_PORTS_GRADED = 'NET401 reports every world-open ingress rule, graded by port (a warning for a port that is not administrative or a database); the query looks at some ports only';
const REGISTRY_MODULE =
  'the rule is an input of the registry module terraform-aws-modules/security-group, which vpclint does not download; what the module does with it is not known';
const EGRESS = 'egress rules are never judged: NET401 is about what the internet can reach';
const INVALID_CIDR = '"/0" is not a CIDR block (AWS rejects it): NET001 reports it as malformed instead';
const WIDER_THAN_PEER =
  'on purpose (rules/edge-to-edge-route.ts): 10.0.0.0/8 over a peering to a 10.2.0.0/16 peer sends every other 10/8 destination into the peering, where it is dropped';

const KICS: Readonly<Record<string, readonly PeerCase[]>> = {
  default_security_groups_with_unrestricted_traffic: [
    { file: 'negative.tf', findings: [] },
    {
      file: 'positive.tf',
      findings: [
        [9, 'NET401', 'error', 'allTraffic'],
        [32, 'NET401', 'error', 'allTraffic'],
      ],
      missed: { 13: EGRESS },
    },
  ],
  http_port_open: [
    { file: 'negative.tf', findings: [[21, 'NET401', 'warning', 'openPort']], extra: { 21: `0.1.0.0/0: ${HOST_BITS_WORLD}` } },
    {
      file: 'positive.tf',
      findings: [
        [10, 'NET401', 'warning', 'openPort'],
        [23, 'NET401', 'warning', 'openPort'],
        [31, 'NET401', 'warning', 'openPort'],
      ],
    },
  ],
  remote_desktop_port_open_to_internet: [
    { file: 'negative.tf', findings: [[24, 'NET401', 'error', 'sensitivePort']], extra: { 24: HOST_BITS_WORLD } },
    {
      file: 'positive.tf',
      findings: [
        [10, 'NET401', 'error', 'sensitivePort'],
        [23, 'NET401', 'error', 'sensitivePort'],
        [31, 'NET401', 'error', 'sensitivePort'],
      ],
    },
  ],
  security_group_with_unrestricted_access_to_ssh: [
    { file: 'negative1.tf', findings: [] },
    { file: 'negative2.tf', findings: [] },
    { file: 'positive1.tf', findings: [[11, 'NET401', 'error', 'sensitivePort']] },
    { file: 'positive2.tf', findings: [[11, 'NET401', 'error', 'sensitivePort']] },
    { file: 'positive3.tf', findings: [], missed: { 13: REGISTRY_MODULE } },
    { file: 'positive4.tf', findings: [], missed: { 13: REGISTRY_MODULE } },
  ],
  sensitive_port_is_exposed_to_entire_network: [
    {
      file: 'negative.tf',
      findings: [],
      unresolved: ['11: ingress[0].cidr_blocks of aws_security_group.negative1 is unknown (the root module declares no resource aws_vpc.main)'],
    },
    {
      file: 'positive.tf',
      findings: [
        [11, 'NET401', 'error', 'allTraffic'],
        [41, 'NET401', 'error', 'allTraffic'],
        [71, 'NET401', 'warning', 'openPort'],
        [86, 'NET401', 'error', 'sensitivePort'],
      ],
      missed: { 21: INVALID_CIDR, 51: INVALID_CIDR, 96: INVALID_CIDR, 111: INVALID_CIDR },
    },
  ],
  unknown_port_exposed_to_internet: [
    { file: 'negative.tf', findings: [] },
    {
      file: 'positive.tf',
      findings: [
        [11, 'NET401', 'error', 'sensitivePort'],
        [36, 'NET401', 'error', 'sensitivePort'],
        [43, 'NET401', 'warning', 'openPort'],
      ],
      extra: { 43: `tcp 80 from 0.0.0.0/0, a port the query knows: ${ALL_PORTS_GRADED}` },
    },
  ],
  unrestricted_security_group_ingress: [
    { file: 'negative1.tf', findings: [[6, 'NET401', 'error', 'sensitivePort']], extra: { 6: `0.0.2.0/0: ${HOST_BITS_WORLD}` } },
    { file: 'negative2.tf', findings: [[6, 'NET401', 'error', 'sensitivePort']], extra: { 6: `0.0.2.0/0: ${HOST_BITS_WORLD}` } },
    {
      file: 'negative3.tf',
      findings: [
        [6, 'NET401', 'error', 'sensitivePort'],
        [13, 'NET401', 'error', 'sensitivePort'],
      ],
      extra: { 6: `1.0.0.0/0: ${HOST_BITS_WORLD}`, 13: `0.0.2.0/0: ${HOST_BITS_WORLD}` },
    },
    { file: 'negative4.tf', findings: [] },
    { file: 'negative5.tf', findings: [] },
    { file: 'negative6.tf', findings: [] },
    { file: 'negative7.tf', findings: [] },
    { file: 'negative8.tf', findings: [] },
    { file: 'positive1.tf', findings: [[6, 'NET401', 'error', 'sensitivePort']] },
    { file: 'positive2.tf', findings: [[6, 'NET401', 'error', 'sensitivePort']] },
    {
      file: 'positive3.tf',
      findings: [
        [6, 'NET401', 'error', 'sensitivePort'],
        [13, 'NET401', 'error', 'sensitivePort'],
      ],
      extra: { 6: `1.0.0.0/0: ${HOST_BITS_WORLD}` },
    },
    { file: 'positive4.tf', findings: [], missed: { 9: REGISTRY_MODULE } },
    { file: 'positive5.tf', findings: [], missed: { 9: REGISTRY_MODULE } },
    { file: 'positive6.tf', findings: [[6, 'NET401', 'error', 'sensitivePort']] },
    { file: 'positive7.tf', findings: [[6, 'NET401', 'error', 'sensitivePort']] },
    { file: 'positive8.tf', findings: [[13, 'NET401', 'error', 'sensitivePort']] },
    { file: 'positive9.tf', findings: [], missed: { 9: REGISTRY_MODULE } },
    { file: 'positive10.tf', findings: [], missed: { 9: REGISTRY_MODULE } },
  ],
  vpc_default_security_group_accepts_all_traffic: [
    { file: 'negative.tf', findings: [] },
    {
      file: 'positive1.tf',
      findings: [],
      missed: {
        8: 'the only source of this ingress rule is self (the group itself), not an address range: nothing outside the VPC is admitted',
        17: EGRESS,
      },
    },
    { file: 'positive2.tf', findings: [[8, 'NET401', 'error', 'allTraffic']], missed: { 14: EGRESS, 18: EGRESS, 23: EGRESS } },
  ],
  vpc_peering_route_table_with_unrestricted_cidr: [
    // vpclint locates a route finding at its destination (`cidr_block`), KICS at the route block
    // one line above; linesOf() counts the block line too.
    { file: 'negative1.tf', findings: [[119, 'NET203', 'error', 'outsidePeer']], extra: { 119: WIDER_THAN_PEER } },
    { file: 'negative2.tf', findings: [[134, 'NET203', 'error', 'outsidePeer']], extra: { 134: WIDER_THAN_PEER } },
    { file: 'negative3.tf', findings: [[118, 'NET203', 'error', 'outsidePeer']], extra: { 118: WIDER_THAN_PEER } },
    {
      // 10.0.0.0/24 over a connection this file does not declare: whether that is inside the peer
      // cannot be known, so it is unresolved.
      file: 'negative4.tf',
      findings: [],
      unresolved: ['11: the peering connection of aws_route_table.art_nat_gw_out.route[1] is unknown'],
    },
    { file: 'positive1.tf', findings: [[119, 'NET203', 'error', 'defaultRoute']] },
    { file: 'positive2.tf', findings: [[134, 'NET203', 'error', 'defaultRoute']] },
    { file: 'positive3.tf', findings: [[118, 'NET203', 'error', 'defaultRoute']] },
    // 0.0.0.0/0 over a connection this file does not declare: edge-to-edge whichever it is.
    { file: 'positive4.tf', findings: [[11, 'NET203', 'error', 'defaultRouteUnresolvedPeering']] },
  ],
};

/** Lines a finding stands for: its own, its nested block's (`ingress[0]`) and its resource block's. */
function linesOf(f: Finding): number[] {
  const lines = [f.location.line, f.subject.resource.location().line];
  const path = f.subject.path;
  if (path !== undefined && path.length >= 2) {
    const block = f.subject.resource.attributeLocation(path.slice(0, 2));
    if (block !== undefined) lines.push(block.line);
  }
  return lines;
}

const kicsCases = Object.entries(KICS).flatMap(([query, cases]) => cases.map((c) => [`${query}/${c.file}`, query, c] as const));

describe('KICS Terraform queries', shared, () => {
  it('covers every test file of the queries', () => {
    for (const query of Object.keys(KICS)) {
      const files = readdirSync(path.join(corpusDir, 'kics', 'terraform', query, 'test')).filter((f) => f.endsWith('.tf'));
      expect(KICS[query]?.map((c) => c.file).sort(), query).toEqual(files.sort());
    }
  });

  it.each(kicsCases)('%s', async (_name, query, c) => {
    const dir = path.join(corpusDir, 'kics', 'terraform', query, 'test');
    const result = await lint([{ file: c.file, text: readFileSync(path.join(dir, c.file), 'utf8') }]);
    expect(installedErrorsOnly(result)).toEqual([]);
    const findings = result.findings.filter((f) => f.ruleId === 'NET401' || f.ruleId === 'NET203');
    expect(findings.map((f) => [f.location.line, f.ruleId, f.severity, f.messageId])).toEqual(c.findings);

    const expectedLines = (JSON.parse(readFileSync(path.join(dir, 'positive_expected_result.json'), 'utf8')) as { line: number; fileName?: string; filename?: string }[])
      .filter((e) => (e.fileName ?? e.filename ?? 'positive.tf') === c.file)
      .map((e) => e.line);
    const covered = (line: number) => findings.some((f) => linesOf(f).includes(line));
    const missed = [...new Set(expectedLines.filter((l) => !covered(l)))].sort((a, b) => a - b);
    expect(missed).toEqual(Object.keys(c.missed ?? {}).map(Number));
    const extra = findings.filter((f) => !expectedLines.some((l) => linesOf(f).includes(l))).map((f) => f.location.line);
    expect(extra).toEqual(Object.keys(c.extra ?? {}).map(Number));

    const unresolved = result.unresolved.filter((u) => u.ruleId === 'NET401' || u.ruleId === 'NET203');
    expect(unresolved.map((u) => `${u.location.line}: ${u.reason}`).map((u, i) => u.startsWith(c.unresolved?.[i] ?? '\u0000'))).toEqual(
      (c.unresolved ?? []).map(() => true),
    );
  });
});

describe("checkov's CKV2_AWS_44 graph tests (peering routes to 0.0.0.0/0 or ::/0)", shared, () => {
  // CKV2_AWS_44 fails routes that send 0.0.0.0/0 or ::/0 to a vpc_peering_connection_id. These
  // files name the connection only by an ID or a variable (no aws_vpc_peering_connection in
  // scope); NET203 flags a default route over a peering whichever connection it is, since no
  // peering reaches a peer's gateways. Findings point at the destination line.
  it('VPCPeeringRouteTableOverlyPermissive: the four failing routes are flagged, the passing ones are not', async () => {
    const result = await lintFile('checkov/terraform_graph/VPCPeeringRouteTableOverlyPermissive/main.tf');
    const expected = readFileSync(path.join(corpusDir, 'checkov/terraform_graph/VPCPeeringRouteTableOverlyPermissive/expected.yaml'), 'utf8');
    const fail = [...expected.matchAll(/^ {2}- "([^"]+)"$/gm)].map((m) => m[1] as string).filter((a) => /_fail_/.test(a));
    expect(fail).toEqual(['aws_route.aws_route_fail_1', 'aws_route.aws_route_fail_2', 'aws_route_table.aws_route_table_fail_1', 'aws_route_table.aws_route_table_fail_2']);
    expect(
      result.findings.filter((f) => f.ruleId === 'NET203').map((f) => [f.resource, f.location.line, f.severity, f.messageId, f.data.destination]),
    ).toEqual([
      ['aws_route.aws_route_fail_1', 21, 'error', 'defaultRouteUnresolvedPeering', '0.0.0.0/0'],
      ['aws_route.aws_route_fail_2', 27, 'error', 'defaultRouteUnresolvedPeering', '::/0'],
      ['aws_route_table.aws_route_table_fail_1', 63, 'error', 'defaultRouteUnresolvedPeering', '0.0.0.0/0'],
      ['aws_route_table.aws_route_table_fail_2', 72, 'error', 'defaultRouteUnresolvedPeering', '::/0'],
    ]);
    // The resources checkov passes: nothing but NET001 for the host bits of 10.0.1.0/22 and 2002::…:101/64.
    expect(result.findings.filter((f) => f.ruleId !== 'NET203').map((f) => [f.ruleId, f.resource])).toEqual([
      ['NET001', 'aws_route.aws_route_pass_1'],
      ['NET001', 'aws_route.aws_route_pass_2'],
      ['NET001', 'aws_route.aws_route_pass_3'],
      ['NET001', 'aws_route_table.aws_route_table_pass_2'],
      ['NET001', 'aws_route_table.aws_route_table_pass_3'],
    ]);
  });

  it('list_of_routes: the 0.0.0.0/0 route to var.vpc_peering_connection_id2 is flagged, the /32 route is unresolved', async () => {
    // The file uses variables it does not declare (checkov's test keeps only the route table).
    const result = await lintFile('checkov/terraform_graph/list_of_routes/list_of_routes.tf');
    expect(result.findings.map((f) => [f.ruleId, f.resource, f.location.line, f.severity, f.messageId])).toEqual([
      ['NET203', 'aws_route_table.private_route_table', 10, 'error', 'defaultRouteUnresolvedPeering'],
    ]);
    expect(result.unresolved.filter((u) => u.ruleId === 'NET203').map((u) => [u.location.line, u.reason])).toEqual([
      [5, 'the peering connection of aws_route_table.private_route_table.route[0] is unknown (route[0].vpc_peering_connection_id of aws_route_table.private_route_table is unknown (the root module declares no variable \"vpc_peering_connection_id1\") and not linked to a resource in the linted files)'],
    ]);
  });
});

describe('the real peering modules (hcl/)', shared, () => {
  const roots = tfDirs.filter((d) => d.startsWith('hcl/'));

  // The two findings that are really there; everything else these modules leave to data sources
  // and variables is reported as unresolved, never as a finding.
  const FINDINGS: Readonly<Record<string, readonly string[]>> = {
    'hcl/Cigna__confectionery/test-files/terraform/aws/security-group': [
      // Annotated VALID (80 and 443 only): world-open web ports are warnings, a public endpoint to confirm.
      'NET401 warning aws_security_group.valid_exact_80 security_group_ingress_anywhere.tf:18',
      'NET401 warning aws_security_group.valid_exact_443 security_group_ingress_anywhere.tf:29',
      'NET401 warning aws_security_group.invalid_include_80 security_group_ingress_anywhere.tf:41',
      'NET401 warning aws_security_group.invalid_include_443 security_group_ingress_anywhere.tf:52',
      'NET401 error aws_security_group.invalid_allow_all security_group_ingress_anywhere.tf:63',
    ],
    // corpus README: aws_security_group_rule.rdp admits 3389 from 0.0.0.0/0.
    'hcl/epomatti__aws-vpc-peering': ['NET401 error module.windows_bastion.aws_security_group_rule.rdp modules/bastion/main.tf:101'],
    'hcl/epomatti__aws-vpc-peering/modules/bastion': ['NET401 error aws_security_group_rule.rdp main.tf:101'],
  };

  it.each(roots)('%s: no false positives; unknowns are unresolved, with their reason', async (dir) => {
    const result = await lintPaths([dir], { cwd: corpusDir });
    expect(installedErrorsOnly(result)).toEqual([]);
    expect(result.findings.map((f) => `${f.ruleId} ${f.severity} ${f.resource} ${path.posix.relative(dir, f.location.file)}:${f.location.line}`)).toEqual(FINDINGS[dir] ?? []);
    for (const u of result.unresolved) expect(u.reason, `${u.rule} ${u.resource}`).not.toBe('');
  });

  it('reports what the cloudposse module hides behind its registry label module as unresolved, naming it', async () => {
    // Every resource of the module has `count = module.this.enabled ? 1 : 0`, and module.this is
    // cloudposse/label/null from the registry: one placeholder instance ([*]) stands for each.
    const result = await lintPaths(['hcl/cloudposse__terraform-aws-vpc-peering/examples/complete'], { cwd: corpusDir });
    expect(result.unresolved.filter((u) => u.ruleId === 'NET101').map((u) => u.resource)).toEqual([
      'module.vpc_peering.aws_vpc_peering_connection.default[*]',
      'module.vpc_peering.aws_vpc_peering_connection.default[*]',
    ]);
    for (const u of result.unresolved) expect(u.reason, `${u.rule} ${u.resource}`).toMatch(/module\.vpc_peering\.module\.this comes from cloudposse\/label\/null, which vpclint does not download/);
  });

  it('reports a peering whose VPC IDs are variables without values as unresolved, naming the variables', async () => {
    const result = await lintPaths(['hcl/grem11n__terraform-aws-vpc-peering/examples/single-account-single-region'], { cwd: corpusDir });
    const reasons = result.unresolved.filter((u) => u.ruleId === 'NET101').map((u) => u.reason);
    expect(reasons.some((r) => /variable (this_vpc_id|peer_vpc_id) has no value/.test(r))).toBe(true);
  });
});
