/**
 * The whole pipeline on every Terraform plan JSON of the shared corpus (../shared/corpus): each
 * plan is linted without errors, and where a source (a peer tool's test, an EXPECTED.md, the
 * corpus README, or what is plainly written in the plan) states what is wrong, vpclint's findings
 * for the file are exactly those. The expectations below were worked out by reading the plans,
 * not copied from vpclint's output; where vpclint deliberately differs from a peer tool, the row
 * says so. Each plan is a separate deployment, so each is linted on its own; one more test lints
 * them all in one run and checks that plans of different deployments do not interact.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import type { Finding, LintResult, Severity } from '../../src/engine/finding.js';
import { formatPath } from '../../src/engine/run-rules.js';
import { parseJson } from '../../src/parse/json.js';
import { isTerraformPlan } from '../../src/parse/terraform-plan/index.js';
import { lint, type SourceFile } from '../../src/run.js';
import { parseSource } from '../helpers/parse-source.js';
import { corpusDir, needsShared } from '../helpers/repo.js';

/** Without ../shared these tests are skipped; the run's summary says why (test/helpers/repo.ts). */
const shared = needsShared(corpusDir);

/** Where a finding is expected: a line of a pretty-printed plan, or `minified` (one-line plan). */
type At = number | 'minified';

interface Expected {
  readonly rule: string;
  readonly resource: string;
  /** The attribute the finding points at (the world-open CIDR), as `ingress[0].cidr_blocks[0]`. */
  readonly path: string;
  readonly severity: Severity;
  readonly messageId: string;
  /** The port range as vpclint normalizes it: `22`, `20-25`, `all ports`, `all traffic`. */
  readonly ports: string;
  /** The group the rule belongs to, as the message names it. */
  readonly group: string;
  /**
   * vpclint locates plan findings at the `"address"` key of the resource's `resource_changes`
   * entry (pretty-printed plans: indented 6, so column 7).
   */
  readonly at: At;
}

interface PlanCase {
  readonly file: string;
  /** Every finding of every rule in the file: anything else is a failure. */
  readonly findings: readonly Expected[];
  /**
   * Resources the plan must contain for the absence of a finding to mean something (a clean
   * verdict on a resource the reader dropped would pass for the wrong reason).
   */
  readonly present?: readonly string[];
}

/** A security group outside the linted files (an ID such as `sg-123456` that no plan resource has). */
const OUTSIDE = 'a security group outside the linted files';

/** A NET401 finding on inline ingress rule `index` of a security group. */
function inline(group: string, index: number, severity: Severity, messageId: string, ports: string, at: At): Expected {
  return { rule: 'NET401', resource: group, path: `ingress[${index}].cidr_blocks[0]`, severity, messageId, ports, group, at };
}

/** A NET401 finding on an `aws_security_group_rule` resource. */
function ruleResource(resource: string, group: string, severity: Severity, messageId: string, ports: string, at: At): Expected {
  return { rule: 'NET401', resource, path: 'cidr_blocks[0]', severity, messageId, ports, group, at };
}

const CASES: readonly PlanCase[] = [
  {
    // EXPECTED.md: regula denies the three groups not limited to exactly 80 or 443, and passes
    // valid_exact_80 / valid_exact_443. All five admit tcp from 0.0.0.0/0, so NET401 flags all
    // five. Severity by port class: 0-65535 is every port (error); 79-81 and 442-444 hold no
    // administrative or database port (445 SMB is just outside 442-444), so warnings. Regula
    // passes exact 80 and 443; vpclint reports them as warnings on purpose (DESIGN: "warning
    // otherwise", a public endpoint to confirm or suppress).
    file: 'tfplan/fugue__regula/ingress_anywhere_infra.json',
    findings: [
      inline('aws_security_group.invalid_allow_all', 0, 'error', 'allPorts', 'all ports', 162),
      inline('aws_security_group.invalid_include_443', 0, 'warning', 'openPort', '442-444', 216),
      inline('aws_security_group.invalid_include_80', 0, 'warning', 'openPort', '79-81', 270),
      inline('aws_security_group.valid_exact_443', 0, 'warning', 'openPort', '443', 324), // regula: pass
      inline('aws_security_group.valid_exact_80', 0, 'warning', 'openPort', '80', 378), // regula: pass
    ],
  },
  {
    // EXPECTED.md: invalid_sg_1 (22) and invalid_sg_2 (20-25) are the intended failures: SSH,
    // errors (20-25 also holds Telnet 23). valid_sg_1 is named valid for an SSH-only rule but is
    // world-open on 443, so NET401 reports it as a warning. valid_sg_2 (22 from 10.10.0.0/16) is
    // clean.
    file: 'tfplan/fugue__regula/ingress_anywhere_ssh_infra.json',
    findings: [
      inline('aws_security_group.invalid_sg_1', 0, 'error', 'sensitivePort', '22', 132),
      inline('aws_security_group.invalid_sg_2', 0, 'error', 'sensitivePort', '20-25', 186),
      inline('aws_security_group.valid_sg_1', 0, 'warning', 'openPort', '443', 240), // named valid: world-open on 443
    ],
    present: ['aws_security_group.valid_sg_2'],
  },
  {
    // EXPECTED.md: invalid_sg_1 (3389) and invalid_sg_2 (3380-3390) are the intended failures:
    // RDP, errors. valid_sg_1 is named valid for an RDP-only rule but admits SSH (22) from the
    // world, which vpclint's port classes make an error. valid_sg_2 (3389 from 10.10.0.0/16) is
    // clean.
    file: 'tfplan/fugue__regula/ingress_anywhere_rdp_infra.json',
    findings: [
      inline('aws_security_group.invalid_sg_1', 0, 'error', 'sensitivePort', '3389', 132),
      inline('aws_security_group.invalid_sg_2', 0, 'error', 'sensitivePort', '3380-3390', 186),
      inline('aws_security_group.valid_sg_1', 0, 'error', 'sensitivePort', '22', 240), // named valid: world-open SSH
    ],
    present: ['aws_security_group.valid_sg_2'],
  },
  {
    // checkov/tfplan/EXPECTED.md, plainly visible: web-node admits 22 (SSH: error) and 80
    // (warning) from 0.0.0.0/0. aws_security_group_rule.ingress admits 3306 from 172.16.0.0/16
    // only, and aws_security_group_rule.egress and web-node's egress are egress: not flagged. The
    // two VPCs (172.16.0.0/16, 10.10.0.0/16) are not peered: no NET101, and no peering rule at
    // all. aws_route.public_internet_gateway (0.0.0.0/0) targets the internet gateway, not a
    // peering.
    file: 'checkov/tfplan/runner_resources_plan/tfplan.json',
    findings: [
      inline('aws_security_group.web-node', 0, 'error', 'sensitivePort', '22', 3050),
      inline('aws_security_group.web-node', 1, 'warning', 'openPort', '80', 3050),
    ],
    present: [
      'aws_security_group_rule.ingress',
      'aws_security_group_rule.egress',
      'aws_vpc.web_vpc',
      'aws_vpc.eks_vpc',
      'aws_route.public_internet_gateway',
    ],
  },
  {
    // EXPECTED.md: two rules from a security group source (cidr_blocks empty), nothing world-open.
    file: 'checkov/tfplan/plan_change_keys/tfplan.json',
    findings: [],
    present: ['aws_security_group_rule.foo', 'aws_security_group_rule.bar'],
  },
  {
    // EXPECTED.md: three module instances admit protocol -1 from 0.0.0.0/0: all traffic, error
    // each. Checkov skips them only because main.tf carries `# checkov:skip=CKV_AWS_277` on the
    // module block; vpclint's inline suppressions come in a later task (and a plan carries no
    // comments), so all three are reported here.
    file: 'checkov/tfplan/plan_with_for_each_for_enrichment/tf_plan.json',
    findings: [
      inline('module.sg["awful_example"].aws_security_group.bad', 0, 'error', 'allTraffic', 'all traffic', 282),
      inline('module.sg["bad_example"].aws_security_group.bad', 0, 'error', 'allTraffic', 'all traffic', 352),
      inline('module.sg["terrible_example"].aws_security_group.bad', 0, 'error', 'allTraffic', 'all traffic', 422),
    ],
  },
  {
    // KICS positive_expected_result.json: one finding in positive.json, line 33. Line 33 is the
    // `"ingress"` key of aws_security_group.invalid in planned_values (KICS reads the plan's
    // planned_values and points at the ingress block); its only ingress rule is tcp 443 from
    // 0.0.0.0/0. vpclint points at the resource's resource_changes entry, line 90, because that is
    // where the change it judges is written. KICS's query (metadata.json: "a sensitive port, such
    // as port 23 or port 110, is open for the whole network", HIGH) flags a TCP/UDP ingress from a
    // CIDR ending in "/0" whose range holds a port of KICS's list, which includes 443 (HTTPS) and
    // 80 (HTTP). "Entire network" means a /0: its own tests flag "0.0.0.0/0" and a bare "/0"
    // (positive.tf) and pass "0.0.0.0/12" and "1.2.3.4/5" (negative.tf); private /8 ranges are not
    // meant. vpclint reads the whole internet the same way here. It differs on purpose in
    // severity: 443 is no administrative or database port, so a warning, not an error.
    file: 'kics/terraform/sensitive_port_is_exposed_to_entire_network/test/positive.json',
    findings: [inline('aws_security_group.invalid', 0, 'warning', 'openPort', '443', 90)],
  },
  {
    // KICS: negative files produce nothing. The group admits 443 from 192.168.0.0/24 only; its
    // egress to 0.0.0.0/0 and ::/0 is egress. vpclint agrees.
    file: 'kics/terraform/sensitive_port_is_exposed_to_entire_network/test/negative.json',
    findings: [],
    present: ['aws_security_group.invalid'],
  },
  {
    // Corpus README: aws_security_group.sg admits 80 from 0.0.0.0/0: a warning. The plan is
    // minified (one line).
    file: 'tfplan/aquasecurity__trivy/plan.json',
    findings: [inline('aws_security_group.sg', 0, 'warning', 'openPort', '80', 'minified')],
  },
  {
    // Corpus README: four VPCs, all 10.0.0.0/16, across nested modules, and no peering
    // connection: overlapping CIDRs matter only between peered VPCs, so no NET101 and no NET301.
    // The three groups have no rules.
    file: 'tfplan/snyk__policy-engine/example-06-tf-v1.0/plan.json',
    findings: [],
    present: [
      'aws_vpc.parent',
      'module.child1.aws_vpc.child',
      'module.child1.module.grandchild1.aws_vpc.grandchild',
      'module.child2.aws_vpc.child',
    ],
  },
  {
    // Corpus README: terraform-aws-modules/vpc, one VPC, default routes to NAT and IGW
    // (vpc_peering_connection_id null), no security groups: nothing.
    file: 'tfplan/terraform-compliance__cli/test_issue-158/plan.out.json',
    findings: [],
    present: ['module.vpc.aws_vpc.this[0]', 'module.vpc.aws_route.public_internet_gateway[0]', 'module.vpc.aws_route.private_nat_gateway[0]'],
  },
  {
    // Corpus README: sg-loadBalancer-noncompliant admits 443 and 80 from 0.0.0.0/0: two warnings
    // (the plan lists 443 first). The 0.0.0.0/0 route goes to the internet gateway, not a peering.
    file: 'tfplan/terraform-compliance__cli/test_issue-171/plan.out.json',
    findings: [
      inline('aws_security_group.sg-loadBalancer-noncompliant', 0, 'warning', 'openPort', '443', 'minified'),
      inline('aws_security_group.sg-loadBalancer-noncompliant', 1, 'warning', 'openPort', '80', 'minified'),
    ],
    present: ['aws_route_table.test-pub-rtb'],
  },
  {
    // Corpus README: inline and rule-based ingress on 53 and 80 from 0.0.0.0/0. 53 (DNS) is no
    // administrative or database port: four warnings. The plan orders the inline rules 53, 80
    // (main.tf writes 80 first). port_53 and port_80 attach to aws_security_group.something_else
    // (security_group_id = aws_security_group.something_else.id), linked through the bare
    // reference a 0.12 plan records (see the test below).
    file: 'tfplan/terraform-compliance__cli/test_issue-181_sg_with_comma_separated/plan.out.json',
    findings: [
      inline('aws_security_group.allow_tls_ingress_inline', 0, 'warning', 'openPort', '53', 'minified'),
      inline('aws_security_group.allow_tls_ingress_inline', 1, 'warning', 'openPort', '80', 'minified'),
      ruleResource('aws_security_group_rule.port_53', 'aws_security_group.something_else', 'warning', 'openPort', '53', 'minified'),
      ruleResource('aws_security_group_rule.port_80', 'aws_security_group.something_else', 'warning', 'openPort', '80', 'minified'),
    ],
  },
  {
    // Corpus README: rules with self or security group sources only. Nothing world-open.
    file: 'tfplan/terraform-compliance__cli/test_issue-234-ingress/plan.out.json',
    findings: [],
    present: ['aws_security_group_rule.alb_ingress_self', 'aws_security_group_rule.alb_egress_self', 'aws_security_group_rule.alb_ecs_ingress'],
  },
  {
    // Corpus README: all ingress from 10.0.0.0/8 or security group sources; 0.0.0.0/0 only in
    // egress (outbound_internet_access). Nothing world-open.
    file: 'tfplan/terraform-compliance__cli/test_issue-249/plan.out.json',
    findings: [],
    present: [
      'aws_security_group.lambda_sg',
      'aws_security_group_rule.asg-ingress-ssh',
      'aws_security_group_rule.outbound_internet_access',
      'module.myapp-asg.aws_security_group.sg_asg',
    ],
  },
  {
    // Plainly visible in the plan (its main.tf is an older, different version): allow_tls admits
    // tcp 1-3000 from 0.0.0.0/0, which holds SSH, Telnet and more: error. allow_all admits tcp
    // 0-65535 into sg-123456 (in no linted file): every port, error.
    file: 'tfplan/terraform-compliance__cli/test_issue-sgr/plan.out.json',
    findings: [
      inline('aws_security_group.allow_tls', 0, 'error', 'sensitivePort', '1-3000', 'minified'),
      ruleResource('aws_security_group_rule.allow_all', OUTSIDE, 'error', 'allPorts', 'all ports', 'minified'),
    ],
  },
  {
    // Plainly visible: every rule admits tcp from 0.0.0.0/0.
    // - example_group 443: warning.
    // - example_group_22 is written from 443 to 22 (inverted). vpclint reads the range between
    //   the ends, 22-443, which holds SSH: error (checkov reads an inverted range as matching
    //   nothing; the open-ingress header explains the wider reading).
    // - example_group_3389 443-3389 holds SMB (445) ... RDP (3389): error.
    // - example_rule 0-65535: every port, error. example_rule_22 0-22 (SSH) and example_rule_3389
    //   0-3389: errors. The three rules attach to sg-123456, which no linted file declares.
    // aws_db_security_group and aws_redshift_security_group (ingress cidr 0.0.0.0/0) are
    // EC2-Classic DB security groups, not VPC security groups; NET401 does not cover them.
    file: 'tfplan/terraform-compliance__cli/test_issue_400/plan.out.json',
    findings: [
      inline('aws_security_group.example_group', 0, 'warning', 'openPort', '443', 'minified'),
      inline('aws_security_group.example_group_22', 0, 'error', 'sensitivePort', '22-443', 'minified'),
      inline('aws_security_group.example_group_3389', 0, 'error', 'sensitivePort', '443-3389', 'minified'),
      ruleResource('aws_security_group_rule.example_rule', OUTSIDE, 'error', 'allPorts', 'all ports', 'minified'),
      ruleResource('aws_security_group_rule.example_rule_22', OUTSIDE, 'error', 'sensitivePort', '0-22', 'minified'),
      ruleResource('aws_security_group_rule.example_rule_3389', OUTSIDE, 'error', 'sensitivePort', '0-3389', 'minified'),
    ],
    present: ['aws_db_security_group.example_db', 'aws_redshift_security_group.example_redshift'],
  },
];

/**
 * The .json files of the corpus that are Terraform plans. Kept by hand so that a plan the
 * detector stops recognizing fails the test instead of silently dropping out; the other .json
 * files are CloudFormation templates and peer tools' metadata or expected results.
 */
const PLANS: readonly string[] = [
  'checkov/tfplan/plan_change_keys/tfplan.json',
  'checkov/tfplan/plan_with_for_each_for_enrichment/tf_plan.json',
  'checkov/tfplan/runner_resources_plan/tfplan.json',
  'kics/terraform/sensitive_port_is_exposed_to_entire_network/test/negative.json',
  'kics/terraform/sensitive_port_is_exposed_to_entire_network/test/positive.json',
  'tfplan/aquasecurity__trivy/plan.json',
  'tfplan/fugue__regula/ingress_anywhere_infra.json',
  'tfplan/fugue__regula/ingress_anywhere_rdp_infra.json',
  'tfplan/fugue__regula/ingress_anywhere_ssh_infra.json',
  'tfplan/snyk__policy-engine/example-06-tf-v1.0/plan.json',
  'tfplan/terraform-compliance__cli/test_issue-158/plan.out.json',
  'tfplan/terraform-compliance__cli/test_issue-171/plan.out.json',
  'tfplan/terraform-compliance__cli/test_issue-181_sg_with_comma_separated/plan.out.json',
  'tfplan/terraform-compliance__cli/test_issue-234-ingress/plan.out.json',
  'tfplan/terraform-compliance__cli/test_issue-249/plan.out.json',
  'tfplan/terraform-compliance__cli/test_issue-sgr/plan.out.json',
  'tfplan/terraform-compliance__cli/test_issue_400/plan.out.json',
];

interface Linted {
  readonly source: SourceFile;
  readonly plan: boolean;
  /** The file linted on its own, or what it threw. */
  readonly result: LintResult | { readonly threw: unknown };
}

// Every .json file is read once, here; the tests below share the results.
const linted = new Map<string, Linted>();
// real/ holds whole estates with their own expectations (test/corpus/real.test.ts).
for (const file of fg.sync('**/*.json', { cwd: corpusDir, ignore: ['real/**'] }).sort()) {
  const source: SourceFile = { file, text: readFileSync(path.join(corpusDir, file), 'utf8') };
  let plan = false;
  try {
    plan = isTerraformPlan(parseJson(source.text, file));
  } catch {
    // Malformed JSON is not a plan; linting it below must then report an error, which fails.
  }
  let result: Linted['result'];
  try {
    result = await lint([source]);
  } catch (threw) {
    result = { threw };
  }
  linted.set(file, { source, plan, result });
}

function resultOf(file: string): LintResult {
  const entry = linted.get(file);
  if (entry === undefined) throw new Error(`${file} is not in the corpus`);
  if ('threw' in entry.result) throw new Error(`linting ${file} threw: ${String(entry.result.threw)}`);
  return entry.result;
}

/** The column of a resource's `resource_changes` entry in a one-line plan, found by text search. */
function minifiedColumn(text: string, address: string): number {
  const section = text.indexOf('"resource_changes"');
  const at = text.indexOf(`"address":${JSON.stringify(address)}`, section);
  if (section < 0 || at < 0 || text.lastIndexOf('\n', at) >= 0) {
    throw new Error(`${address} has no resource_changes entry on line 1`);
  }
  return at + 1;
}

interface Comparable {
  readonly rule: string;
  readonly resource: string;
  readonly path: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly ports: string | undefined;
  readonly group: string | undefined;
  readonly line: number;
  readonly column: number | undefined;
}

function actual(f: Finding): Comparable {
  return {
    rule: f.ruleId,
    resource: f.resource,
    path: formatPath(f.subject.path),
    severity: f.severity,
    messageId: f.messageId,
    ports: f.data.ports,
    group: f.data.group,
    line: f.location.line,
    column: f.location.column,
  };
}

function expected(e: Expected, text: string): Comparable {
  const { at, ...rest } = e;
  return at === 'minified'
    ? { ...rest, line: 1, column: minifiedColumn(text, e.resource) }
    : { ...rest, line: at, column: 7 };
}

function byPlace(a: Comparable, b: Comparable): number {
  const ka = `${String(a.line).padStart(8, '0')}:${String(a.column ?? 0).padStart(8, '0')} ${a.rule} ${a.resource} ${a.path}`;
  const kb = `${String(b.line).padStart(8, '0')}:${String(b.column ?? 0).padStart(8, '0')} ${b.rule} ${b.resource} ${b.path}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * The exceptions to "nothing left unresolved". test_issue-158 is terraform-aws-modules/vpc on a
 * first apply: every subnet's `vpc_id` is `local.vpc_id`, which plan JSON does not record, so
 * NET103 cannot tell whether each subnet lies inside its VPC (they are all created, so no ID links
 * them either).
 */
const UNRESOLVED: Readonly<Record<string, readonly string[]>> = {
  'tfplan/terraform-compliance__cli/test_issue-158/plan.out.json': ['private[0]', 'private[1]', 'private[2]', 'public[0]', 'public[1]', 'public[2]'].map(
    (s) => `NET103 module.vpc.aws_subnet.${s}`,
  ),
};

describe('corpus: every Terraform plan', shared, () => {
  it('recognizes exactly the plans of the corpus', () => {
    expect([...linted.values()].filter((l) => l.plan).map((l) => l.source.file)).toEqual(PLANS);
    for (const file of PLANS) {
      expect(resultOf(file).files, file).toEqual([file]);
    }
  });

  it.each(PLANS)('%s is linted without errors, and nothing in it is left unresolved', (file) => {
    const result = resultOf(file);
    expect(result.errors).toEqual([]);
    // No plan here has an unknown CIDR in a security group rule, and none has a peering
    // connection, so no check depends on a value known only after apply. Groups whose `ingress`
    // is unknown only because the configuration sets none (Terraform computes it from the rule
    // resources, which are checked on their own) are not unknowns worth a note.
    expect(result.unresolved.map((u) => `${u.ruleId} ${u.resource}`)).toEqual(UNRESOLVED[file] ?? []);
    expect(parseSource(linted.get(file)!.source).resources.length).toBeGreaterThan(0);
  });

  it('reads no other .json file as a plan, and fails on none', () => {
    const others = [...linted.values()].filter((l) => !l.plan);
    expect(others.length).toBeGreaterThan(0);
    for (const { source } of others) {
      const result = resultOf(source.file);
      // A later format (CloudFormation JSON) may recognize a template; what it finds there is
      // for that format's corpus tests. A non-plan must at least not fail or be read as a plan.
      expect(result.errors, source.file).toEqual([]);
      expect(parseSource(source).resources.every((r) => r.format !== 'terraform-plan'), source.file).toBe(true);
    }
  });

  it('has a row of expected findings for every plan', () => {
    expect(CASES.map((c) => c.file).sort()).toEqual([...PLANS]);
  });
});

describe('corpus: findings where a source states the expected result', shared, () => {
  it.each(CASES.map((c) => [c.file, c] as const))('%s', (file, c) => {
    const { text } = linted.get(file)!.source;
    const result = resultOf(file);
    expect(result.findings.map(actual).sort(byPlace)).toEqual(c.findings.map((e) => expected(e, text)).sort(byPlace));
    for (const f of result.findings) expect(f.location.file).toBe(file);
    if (c.present) {
      const addresses = new Set(parseSource(linted.get(file)!.source).resources.map((r) => r.address));
      for (const address of c.present) expect(addresses.has(address), `${address} in ${file}`).toBe(true);
    }
  });

  it('snyk: the four unpeered VPCs really share 10.0.0.0/16 (so no NET101 is a verdict, not a gap)', () => {
    const { source } = linted.get('tfplan/snyk__policy-engine/example-06-tf-v1.0/plan.json')!;
    const vpcs = parseSource(source).resources.filter((r) => r.type === 'aws_vpc');
    expect(vpcs.map((r) => [r.address, r.get(['cidr_block'])])).toEqual([
      ['aws_vpc.parent', { state: 'known', value: '10.0.0.0/16' }],
      ['module.child1.aws_vpc.child', { state: 'known', value: '10.0.0.0/16' }],
      ['module.child1.module.grandchild1.aws_vpc.grandchild', { state: 'known', value: '10.0.0.0/16' }],
      ['module.child2.aws_vpc.child', { state: 'known', value: '10.0.0.0/16' }],
    ]);
    expect(parseSource(source).resources.some((r) => r.type.startsWith('aws_vpc_peering_connection'))).toBe(false);
  });

  // Terraform 0.12 plans (format 0.1) list a reference as the bare resource address
  // (`"references": ["aws_security_group.something_else"]`, no `.id`); the builder reads a bare
  // reference as the resource itself, so these rules keep their group.
  it('terraform 0.12 plan: a rule attached by a bare resource reference names its group', () => {
    const result = resultOf('tfplan/terraform-compliance__cli/test_issue-181_sg_with_comma_separated/plan.out.json');
    const groups = result.findings
      .filter((f) => f.resource.startsWith('aws_security_group_rule.'))
      .map((f) => [f.resource, f.data.group]);
    expect(groups).toEqual([
      ['aws_security_group_rule.port_53', 'aws_security_group.something_else'],
      ['aws_security_group_rule.port_80', 'aws_security_group.something_else'],
    ]);
  });
});

describe('corpus: all plans in one run', shared, () => {
  it('gives each file exactly the findings it has when linted alone', async () => {
    const sources = PLANS.map((file) => linted.get(file)!.source);
    const together = await lint(sources);
    expect(together.errors).toEqual([]);
    expect(together.files).toEqual(PLANS);
    const key = (f: Finding) => [f.location.file, f.location.line, f.location.column, f.ruleId, f.resource, formatPath(f.subject.path), f.severity, f.data.ports].join(' ');
    const alone = PLANS.flatMap((file) => resultOf(file).findings.map(key)).sort();
    expect(together.findings.map(key).sort()).toEqual(alone);
    expect(alone.length).toBe(CASES.reduce((n, c) => n + c.findings.length, 0));
  });
});
