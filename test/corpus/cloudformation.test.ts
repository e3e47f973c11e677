// The shared corpus of CloudFormation templates: real templates and the KICS and checkov test
// templates. Every template runs without an error; the KICS world-open ingress queries and the
// checkov port checks are compared with NET401 finding by finding. Where vpclint differs from the
// peer tool on purpose, the case says which documented difference it is (see
// docs/cloudformation.md, "Differences from KICS and checkov").
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/engine/finding.js';
import { buildModel } from '../../src/model/build.js';
import { loadTemplate, readTemplates } from '../../src/parse/cloudformation/index.js';
import { lintPaths } from '../../src/run.js';
import { corpusDir, needsShared } from '../helpers/repo.js';

/** Without ../shared these tests are skipped; the run's summary says why (test/helpers/repo.ts). */
const shared = needsShared(corpusDir);

/** Every file under a directory, relative to the corpus, sorted (none when the corpus is absent). */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  if (shared.skip) return out;
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(path.relative(corpusDir, p).split(path.sep).join('/'));
    }
  };
  walk(path.join(corpusDir, dir));
  return out.sort();
}

async function lint(file: string, parameters?: ReadonlyMap<string, string>): Promise<LintResult> {
  return lintPaths([file], { cwd: corpusDir, parameters });
}

/** NET401 findings as `line severity messageId resource`. */
function ingress(result: LintResult): string[] {
  return result.findings.filter((f) => f.ruleId === 'NET401').map((f) => `${f.location.line} ${f.severity} ${f.messageId} ${f.resource}`);
}

const TEMPLATE_DIRS = ['cloudformation', 'kics/cloudformation', 'checkov/cloudformation'];

describe('every CloudFormation template of the corpus', shared, () => {
  // KICS and checkov keep expected results and metadata as JSON beside the templates.
  const NOT_TEMPLATES = /(expected_result|metadata)\.json$/;
  const all = TEMPLATE_DIRS.flatMap(filesUnder).filter((f) => /\.(json|ya?ml|template)$/.test(f));
  const files = all.filter((f) => !NOT_TEMPLATES.test(f));

  it.each(files)('%s is read without an error', async (file) => {
    const result = await lint(file);
    expect(result.errors.map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual([]);
  });

  it('a KICS metadata or expected-result JSON named alone is an error: it is not a template', async () => {
    const others = all.filter((f) => NOT_TEMPLATES.test(f));
    expect(others.length).toBeGreaterThan(10);
    for (const file of others) {
      const result = await lint(file);
      expect(result.errors.map((e) => `${e.file}: ${e.message}`)).toEqual([`${file}: this JSON is neither a Terraform plan nor a CloudFormation template`]);
    }
  });

  it('reads every template of a directory together, each recognized once', async () => {
    for (const dir of TEMPLATE_DIRS) {
      const result = await lintPaths([dir], { cwd: corpusDir });
      expect(result.errors).toEqual([]);
      // KICS and checkov keep expected results and metadata as JSON beside the templates: skipped.
      expect(result.files.filter((f) => /(expected_result|metadata)\.json$/.test(f))).toEqual([]);
    }
    const kics = await lintPaths(['kics/cloudformation'], { cwd: corpusDir });
    expect(kics.files.length).toBe(filesUnder('kics/cloudformation').filter((f) => /(positive|negative)\d*\.(json|yaml)$/.test(f)).length);
  });
});

describe('real templates (corpus README, "cloudformation/")', shared, () => {
  const dir = 'cloudformation/aws-cloudformation__aws-cloudformation-templates';
  const lint1 = (name: string) => lint(`${name.startsWith('cloudformation/') ? '' : `${dir}/`}${name}`);

  it.each([
    // SSH from the SSHLocation parameter, whose Default 192.168.1.0/0 is a /0: the whole internet.
    ['EC2__EC2InstanceWithSecurityGroupSample.yaml', ['103 error sensitivePort InstanceSecurityGroup']],
    ['EC2__EC2InstanceWithSecurityGroupSample.json', ['126 error sensitivePort InstanceSecurityGroup']],
    ['cloudformation/acantril__learn-cantrill-io-labs/aws-hybrid-activedirectory__01_LABSETUP__v3static__05_HYBRIDDIR-NESTED-AWS-VPC.yaml', ['216 error sensitivePort InstanceSG', '221 error sensitivePort InstanceSG']],
    ['cloudformation/aws-cloudformation__cfn-lint/test__fixtures__templates__quickstart__nist_application.yaml', ['1142 warning openPort rSecurityGroupWeb']],
    ['cloudformation/aws-cloudformation__cfn-lint/test__fixtures__templates__quickstart__nist_vpc_management.yaml', ['690 error sensitivePort rSecurityGroupBastion', '705 error sensitivePort rSecurityGroupPeered']],
    ['cloudformation/aws-cloudformation__cfn-lint/test__fixtures__templates__quickstart__vpc-management.json', ['429 error sensitivePort rSecurityGroupPeered', '812 error sensitivePort rSecurityGroupBastion']],
    ['cloudformation/aws-cloudformation__cfn-lint/test__fixtures__templates__quickstart__nist_vpc_production.yaml', ['621 error sensitivePort rSecurityGroupMgmtBastion']],
    ['VPC__VPC_With_Managed_NAT_And_Private_Subnet.yaml', []],
    ['Solutions__VPCPeering__templates__VPCPeering-Updates.cfn.yaml', []],
    ['Solutions__VPCPeering__templates__VPCPeering-Requester-Setup.cfn.json', []],
  ])('%s: the world-open ingress the README lists', async (file, expected) => {
    expect(ingress(await lint1(file))).toEqual(expected);
  });

  it('reports the /0 with host bits of EC2InstanceWithSecurityGroupSample as NET001 too', async () => {
    const result = await lint1('EC2__EC2InstanceWithSecurityGroupSample.yaml');
    expect(result.findings.filter((f) => f.ruleId === 'NET001').map((f) => [f.location.line, f.messageId, f.data.cidr])).toEqual([[103, 'hostBitsWorld', '192.168.1.0/0']]);
  });

  it('leaves the production peering of nist_vpc_management out with the defaults (its condition is false)', async () => {
    const file = 'cloudformation/aws-cloudformation__cfn-lint/test__fixtures__templates__quickstart__nist_vpc_management.yaml';
    const template = loadTemplate(readFileSync(path.join(corpusDir, file), 'utf8'), file);
    const model = buildModel(readTemplates(template ? [template] : []).resources);
    expect(model.peerings).toEqual([]);
  });

  it("puts the routes nist_vpc_management adds to the production tables into the production VPC's tables", async () => {
    const file = 'cloudformation/aws-cloudformation__cfn-lint/test__fixtures__templates__quickstart__nist_vpc_management.yaml';
    const template = loadTemplate(readFileSync(path.join(corpusDir, file), 'utf8'), file);
    const parameters = new Map([
      ['pProductionVPC', 'vpc-0prod'],
      ['pProductionCIDR', '10.100.0.0/16'],
      ['pRouteTableProdPrivate', 'rtb-0prodprivate'],
      ['pRouteTableProdPublic', 'rtb-0prodpublic'],
    ]);
    const model = buildModel(readTemplates(template ? [template] : [], { parameters }).resources);
    expect(model.peerings.map((p) => [p.key, p.accepter.state === 'known' && p.accepter.value.key])).toEqual([['rPeeringConnectionProduction', 'vpc-0prod']]);
    const prod = model.vpcs.find((v) => v.key === 'vpc-0prod');
    expect(prod?.routeTables.map((t) => [t.key, t.routes.map((r) => `${r.key} ${r.destination.state === 'known' ? r.destination.value.canonical : '?'}`)])).toEqual([
      ['vpc-0prod main route table', []],
      ['rtb-0prodprivate', ['rRouteProdMgmt 10.10.0.0/16']],
      ['rtb-0prodpublic', ['rRouteProdMgmtPublic 10.10.0.0/16']],
    ]);
  });

  it('builds the network ACL entries of VPC_With_Managed_NAT_And_Private_Subnet (no rule reads them yet)', async () => {
    const file = `${dir}/VPC__VPC_With_Managed_NAT_And_Private_Subnet.yaml`;
    const template = loadTemplate(readFileSync(path.join(corpusDir, file), 'utf8'), file);
    const model = buildModel(readTemplates(template ? [template] : []).resources);
    expect(model.networkAcls?.map((a) => [a.key, a.subnets.map((s) => s.key)])).toEqual([['PublicNetworkAcl', ['PublicSubnet0', 'PublicSubnet1']]]);
    expect(
      model.networkAclEntries?.map((e) => [
        e.key,
        e.egress.state === 'known' && e.egress.value,
        e.action.state === 'known' && e.action.value,
        e.protocol.state === 'known' && e.protocol.value,
        e.cidr.state === 'known' && e.cidr.value.canonical,
      ]),
    ).toEqual([
      ['InboundHTTPPublicNetworkAclEntry', false, 'allow', 'all', '0.0.0.0/0'],
      ['OutboundPublicNetworkAclEntry', true, 'allow', 'all', '0.0.0.0/0'],
    ]);
  });
});

/**
 * Documented differences from KICS (docs/cloudformation.md):
 * - `line`: KICS reports the SSH and RDP queries at the `SecurityGroupIngress` key and
 *   http_port_open at `FromPort` and `ToPort` (two results for one rule); vpclint reports each
 *   world-open rule once, at the source (`CidrIp`, `CidrIpv6`) that opens it.
 * - `scope`: each KICS query covers some ports; NET401 reports every world-open ingress rule,
 *   graded by what it exposes, so rules that another KICS query (or none) covers are reported too.
 */
type Difference = 'line' | 'scope';

interface KicsResult {
  readonly file: string;
  /** The line KICS expects, or undefined for a vpclint finding KICS does not expect. */
  readonly kics?: number | readonly number[];
  /** vpclint's finding: `line severity messageId resource`. */
  readonly vpclint: string;
  readonly difference?: Difference;
}

const KICS: Readonly<Record<string, readonly KicsResult[]>> = {
  fully_open_ingress: [
    // FromPort 80, ToPort 0: KICS calls it fully open; vpclint reads the inverted range as 0-80 (SSH, Telnet, …).
    { file: 'positive1.yaml', kics: 24, vpclint: '24 error sensitivePort EcsSecurityGroupHTTPinbound02' },
    { file: 'positive1.yaml', kics: 32, vpclint: '32 error sensitivePort EcsSecurityGroupSSHinbound' },
    { file: 'positive2.yaml', kics: 24, vpclint: '24 error sensitivePort EcsSecurityGroupHTTPinbound' },
    { file: 'positive2.yaml', vpclint: '32 error sensitivePort EcsSecurityGroupSSHinbound', difference: 'scope' },
    { file: 'positive3.json', kics: 115, vpclint: '115 error sensitivePort EcsSecurityGroupSSHinbound' },
    { file: 'positive3.json', kics: 326, vpclint: '326 error sensitivePort EcsSecurityGroupHTTPinbound02' },
    { file: 'positive4.json', vpclint: '180 error sensitivePort EcsSecurityGroupSSHinbound', difference: 'scope' },
    { file: 'positive4.json', kics: 268, vpclint: '268 error sensitivePort EcsSecurityGroupHTTPinbound' },
    { file: 'negative1.yaml', vpclint: '24 warning openPort EcsSecurityGroupHTTPinbound', difference: 'scope' },
    { file: 'negative1.yaml', vpclint: '32 error sensitivePort EcsSecurityGroupSSHinbound', difference: 'scope' },
    { file: 'negative2.json', vpclint: '17 warning openPort EcsSecurityGroupHTTPinbound', difference: 'scope' },
    { file: 'negative2.json', vpclint: '395 error sensitivePort EcsSecurityGroupSSHinbound', difference: 'scope' },
  ],
  unrestricted_security_group_ingress: [
    { file: 'positive1.yaml', kics: 13, vpclint: '13 warning openPort InstanceSecurityGroup' },
    { file: 'positive1.yaml', kics: 43, vpclint: '43 error allPorts InboundRule' },
    { file: 'positive2.json', kics: 30, vpclint: '30 error allPorts InboundRule' },
    { file: 'positive2.json', kics: 56, vpclint: '56 warning openPort InstanceSecurityGroup' },
  ],
  security_groups_with_unrestricted_access_to_ssh: [
    { file: 'positive1.yaml', kics: 15, vpclint: '19 error sensitivePort InstanceSecurityGroup', difference: 'line' },
    { file: 'positive2.json', kics: 27, vpclint: '30 error sensitivePort InstanceSecurityGroup', difference: 'line' },
  ],
  security_groups_unrestricted_access_to_rdp: [
    { file: 'positive1.yaml', kics: 15, vpclint: '19 error sensitivePort InstanceSecurityGroup', difference: 'line' },
    { file: 'positive2.json', kics: 10, vpclint: '15 error sensitivePort InstanceSecurityGroup', difference: 'line' },
  ],
  remote_desktop_port_open_to_internet: [
    { file: 'positive1.yaml', kics: 8, vpclint: '12 error sensitivePort InstanceSecurityGroup', difference: 'line' },
    { file: 'positive2.json', kics: 10, vpclint: '15 error sensitivePort InstanceSecurityGroup', difference: 'line' },
  ],
  http_port_open: [
    { file: 'positive1.yaml', kics: [10, 11], vpclint: '12 warning openPort InstanceSecurityGroup', difference: 'line' },
    { file: 'positive2.json', kics: [13, 14], vpclint: '15 warning openPort InstanceSecurityGroup', difference: 'line' },
  ],
};

describe.each(Object.keys(KICS))('KICS %s', shared, (query) => {
  const dir = `kics/cloudformation/${query}/test`;
  const cases = KICS[query] as readonly KicsResult[];
  const files = (shared.skip ? [] : readdirSync(path.join(corpusDir, dir))).filter((f) => /^(positive|negative)\d*\.(json|yaml)$/.test(f)).sort();

  it('accounts for every result KICS expects', () => {
    const raw = JSON.parse(readFileSync(path.join(corpusDir, dir, 'positive_expected_result.json'), 'utf8')) as { fileName?: string; filename?: string; line: number }[];
    const expected = raw.map((e) => `${e.fileName ?? e.filename}:${e.line}`).sort();
    const listed = cases.flatMap((c) => (c.kics === undefined ? [] : (typeof c.kics === 'number' ? [c.kics] : c.kics).map((l) => `${c.file}:${l}`))).sort();
    expect(listed).toEqual(expected);
  });

  it('lists a documented difference wherever vpclint is not at the KICS line or KICS expects nothing', () => {
    for (const c of cases) {
      const line = Number(c.vpclint.split(' ')[0]);
      const same = c.kics === line;
      expect(c.difference === undefined, `${c.file} ${c.vpclint}`).toBe(same);
    }
  });

  it.each(files)('%s: NET401 findings are exactly the listed ones', async (file) => {
    const result = await lint(`${dir}/${file}`);
    expect(result.errors).toEqual([]);
    expect(ingress(result)).toEqual(cases.filter((c) => c.file === file).map((c) => c.vpclint).sort((a, b) => Number(a.split(' ')[0]) - Number(b.split(' ')[0])));
  });
});

describe('checkov CKV_AWS_24 / 25 / 260 (corpus checkov/cloudformation/EXPECTED.md)', shared, () => {
  const base = 'checkov/cloudformation';
  it.each([
    ['example_SecurityGroupUnrestrictedIngress22/SecurityGroupQuotes-FAILED.yaml', ['12 error sensitivePort DemoSecurityGroup']],
    ['example_SecurityGroupUnrestrictedIngress22/SecurityGroupRange-FAILED.yaml', ['12 error sensitivePort DemoSecurityGroup']],
    ['example_SecurityGroupUnrestrictedIngress22/SecurityGroupUnrestrictedIngress22-FAILED.yaml', ['21 error sensitivePort InstanceSecurityGroup']],
    ['example_SecurityGroupUnrestrictedIngress22/SecurityGroupUnrestrictedIngress22-FAILED-2.yaml', ['17 error sensitivePort InstanceSecurityGroup']],
    ['example_SecurityGroupUnrestrictedIngress22/SecurityGroupUnrestrictedIngress22-FAILED-3.yaml', ['17 error sensitivePort InstanceSecurityGroup']],
    ['example_SecurityGroupUnrestrictedIngress22/SecurityGroupUnrestrictedIngress22-PASSED.yaml', []],
    // Difference (docs/cloudformation.md): FromPort 23, ToPort 21 is read as 21-23, not as matching nothing.
    ['example_SecurityGroupUnrestrictedIngress22/SecurityGroupRangeInvalid-PASSED.yaml', ['12 error sensitivePort DemoSecurityGroup']],
    ['example_SecurityGroupUnrestrictedIngress3389/SecurityGroupUnrestrictedIngress3389-FAILED.yaml', ['21 error sensitivePort InstanceSecurityGroup']],
    ['example_SecurityGroupUnrestrictedIngress3389/SecurityGroupUnrestrictedIngress3389-FAILED-2.yaml', ['17 error sensitivePort InstanceSecurityGroup']],
    ['example_SecurityGroupUnrestrictedIngress3389/SecurityGroupUnrestrictedIngress3389-PASSED.yaml', []],
    ['example_SecurityGroupUnrestrictedIngress80/SecurityGroupUnrestrictedIngress80-FAILED.yaml', ['21 warning openPort InstanceSecurityGroup']],
    ['example_SecurityGroupUnrestrictedIngress80/SecurityGroupUnrestrictedIngress80-FAILED-2.yaml', ['17 warning openPort InstanceSecurityGroup']],
    ['example_SecurityGroupUnrestrictedIngress80/SecurityGroupUnrestrictedIngress80-FAILED-3.yaml', ['17 warning openPort InstanceSecurityGroup']],
    ['example_SecurityGroupUnrestrictedIngress80/SecurityGroupUnrestrictedIngress80-PASSED.yaml', []],
  ])('%s', async (file, expected) => {
    const result = await lint(`${base}/${file}`);
    expect(result.errors).toEqual([]);
    expect(ingress(result)).toEqual(expected);
  });

  it.each(['22', '80'])('reads the malformed SecurityGroupIngress of the %s UNKNOWN template as unresolved, not as a pass', async (port) => {
    const result = await lint(`${base}/example_SecurityGroupUnrestrictedIngress${port}/SecurityGroupUnrestrictedIngress${port}-UNKNOWN.yaml`);
    expect(ingress(result)).toEqual([]);
    expect(result.unresolved.map((u) => [u.ruleId, u.location.line, u.reason])).toEqual([
      [
        'NET401',
        12,
        `SecurityGroupIngress of InstanceSecurityGroup is not a list: "hello${port}", so whether InstanceSecurityGroup.SecurityGroupIngress admits the whole internet cannot be decided`,
      ],
    ]);
  });
});
