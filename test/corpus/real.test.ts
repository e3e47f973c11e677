/**
 * The real-world estates of ../shared/corpus/real (peering modules, terraform-aws-modules
 * examples, CloudFormation samples), with real `terraform show -json` plans of new estates,
 * existing estates refreshed from an AWS API, and pull-request changes. The corpus gives no
 * expected results: those below were worked out from AWS's documented behaviour and the code of
 * each estate (test/corpus/real-expected.md beside this file has the reasoning per folder), then
 * compared with vpclint. Every finding, every unresolved check and every error is asserted.
 *
 * Without ../shared the suite is skipped, and the run's summary says why; with
 * VPCLINT_REQUIRE_SHARED=1 (.ci/run) its absence fails (test/helpers/repo.ts).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { loadConfig } from '../../src/config/load.js';
import type { Severity } from '../../src/engine/finding.js';
import { groupUnresolved } from '../../src/report/unresolved.js';
import { lintPaths, type LintPathsOptions } from '../../src/run.js';
import { corpusDir, needsShared } from '../helpers/repo.js';

const base = path.join(corpusDir, 'real');

type Finding = readonly [rule: string, resource: string, severity: Severity, messageId: string, at: string];

interface Case {
  readonly findings: readonly Finding[];
  /** `RULE resource` per unresolved check, in any order. */
  readonly unresolved?: readonly string[];
  readonly options?: () => Promise<Partial<LintPathsOptions>>;
}

const each = (rules: readonly string[], resources: readonly string[]): string[] =>
  resources.flatMap((r) => rules.map((rule) => `${rule} ${r}`));
const indexed = (address: string, keys: readonly (string | number)[]): string[] => keys.map((k) => `${address}[${k}]`);

const OCS = 'module.vpc-peering-multi-region';
const OCS_TABLES = 'module.vpc_two.aws_route_table.private[0], module.vpc_two.aws_route_table.private[1], module.vpc_two.aws_route_table.private[2]';
/**
 * The same state in both: the accepter routes are only in vpc_two's public table, so the
 * replies of vpc_two's private subnets have no way back. The requester routes (in vpc_one's
 * three private tables and its public table) lost their way back: one finding per route. The
 * refreshed vpc_one tables also list those aws_route resources: no second copy under
 * module.vpc_one.aws_route_table.*.route[N].
 */
const OCS_LOST_WAY_BACK = (file: string): Finding[] =>
  [0, 1, 2, 3].map((i) => ['NET201', `${OCS}.aws_route.requester[${i}]`, 'error', 'missingReturnRoutes', `${file}:1`] as const);

const CASES: Readonly<Record<string, Case>> = {
  // ALB security group open to the internet on every protocol (IpProtocol -1 from 0.0.0.0/0).
  'awscfn-ecs-fargate-private-vpc': {
    findings: [['NET401', 'PublicLoadBalancerSG', 'error', 'allTraffic', 'awscfn-ecs-fargate-private-vpc/private-vpc.yaml:293']],
  },
  // A module alone: VPC IDs, route tables and CIDRs are variables without values.
  'dcos-peering-legacy-syntax-tf': {
    findings: [],
    unresolved: [
      ...each(['NET201', 'NET202', 'NET203', 'NET204'], ['aws_route.local_rt', 'aws_route.remote_rt']),
      'NET101 aws_vpc_peering_connection.peering',
      'NET101 aws_vpc_peering_connection.peering',
      'NET305 aws_vpc_peering_connection.peering',
    ],
  },
  // A module alone: route tables come from data sources filtered by tags, VPCs from variables.
  'dnxlabs-peering-nacls-tf': {
    findings: [],
    unresolved: [
      ...each(
        ['NET201', 'NET202', 'NET203', 'NET204'],
        ['aws_route.accepter_public[*]', 'aws_route.accepter_private[*]', 'aws_route.accepter_secure[*]', 'aws_route.requester[*]'],
      ),
      'NET101 aws_vpc_peering_connection.requester',
      'NET101 aws_vpc_peering_connection.requester',
      'NET305 aws_vpc_peering_connection.requester',
    ],
  },
  // A three-region mesh whose VPCs and main route tables are described in an inventory
  // (vpclint.yml, named on the command line): routes both ways, no overlap.
  'fuxingloh-region-mesh-inventory-tf': {
    findings: [],
    options: async () => ({ config: await loadConfig({ cwd: base, file: 'fuxingloh-region-mesh-inventory-tf/vpclint.yml', rules }) }),
  },
  // Requester in eu-west-2, peer VPC in eu-west-1, no peer_region: AWS looks for the peer in
  // eu-west-2 and the request fails. The state file of the pre-existing VPCs has no
  // configuration, so whether its tables' route lists are written inline cannot be told.
  'jw-peering-cross-region-plan': {
    findings: [['NET305', 'module.peer.aws_vpc_peering_connection.peer', 'error', 'missingPeerRegion', 'jw-peering-cross-region-plan/plan.json:1']],
    unresolved: ['NET205 aws_route_table.accepter_public', 'NET205 aws_route_table.requester_public'],
  },
  // The same module as .tf: VPCs looked up by tags that nothing in scope has, route tables from
  // plural data sources.
  'jw-peering-cross-region-tf': {
    findings: [
      ['NET305', 'module.peer.aws_vpc_peering_connection.peer', 'error', 'missingPeerRegion', 'jw-peering-cross-region-tf/aws_vpc_peering_connection.peer.tf:1'],
    ],
    unresolved: [
      ...each(['NET201', 'NET202', 'NET203', 'NET204'], ['module.peer.aws_route.accepter[*]', 'module.peer.aws_route.requester[*]']),
      ...Array<string>(6).fill('NET101 module.peer.aws_vpc_peering_connection.peer'),
      ...Array<string>(4).fill('NET304 module.peer.aws_vpc_peering_connection.peer'),
    ],
  },
  // Registry modules from .terraform/modules; data.aws_vpc by the ID of a VPC in scope and
  // data.aws_region on a known provider decide the routes and peer_region: clean.
  'ocs-peering-new-vpcs-tf': { findings: [] },
  // No-op plan of the applied estate, refreshed: every route has its way back.
  'ocs-peering-plan-existing': { findings: [] },
  'ocs-peering-plan-existing-partial-return': { findings: OCS_LOST_WAY_BACK('ocs-peering-plan-existing-partial-return/plan.json') },
  // First apply: route tables come from module locals and destinations are known after apply;
  // subnets' vpc_id is local.vpc_id, which plan JSON does not record.
  'ocs-peering-plan-new': {
    findings: [],
    unresolved: [
      ...each(['NET201', 'NET202', 'NET203', 'NET204'], [...indexed(`${OCS}.aws_route.accepter`, [0, 1, 2, 3]), ...indexed(`${OCS}.aws_route.requester`, [0, 1, 2, 3])]),
      ...each(['NET103'], ['vpc_one', 'vpc_two'].flatMap((m) => indexed(`module.${m}.aws_subnet.private`, [0, 1, 2]).concat(indexed(`module.${m}.aws_subnet.public`, [0, 1, 2])))),
    ],
  },
  // The PR moves the accepter routes to vpc_two's public table: the plan destroys three of them
  // (the refreshed private tables still list them) and the requester routes lose their way back.
  'ocs-peering-plan-remove-return-routes': { findings: OCS_LOST_WAY_BACK('ocs-peering-plan-remove-return-routes/plan.json') },
  // PostgreSQL (5432) from 0.0.0.0/0 is an error; 8080-8090 from 0.0.0.0/0 a warning.
  'tf-aws-sg-complete-plan': {
    findings: [
      ['NET401', 'module.complete_sg.aws_security_group_rule.ingress_with_cidr_blocks[0]', 'error', 'sensitivePort', 'tf-aws-sg-complete-plan/plan.json:1'],
      ['NET401', 'module.ipv4_ipv6_example.aws_security_group_rule.ingress_with_cidr_blocks[0]', 'warning', 'openPort', 'tf-aws-sg-complete-plan/plan.json:1'],
    ],
  },
  'tf-aws-sg-complete-tf': {
    findings: [
      ['NET401', 'module.complete_sg.aws_security_group_rule.ingress_with_cidr_blocks[0]', 'error', 'sensitivePort', 'tf-aws-sg-complete-tf/main.tf:197'],
      ['NET401', 'module.ipv4_ipv6_example.aws_security_group_rule.ingress_with_cidr_blocks[0]', 'warning', 'openPort', 'tf-aws-sg-complete-tf/main.tf:197'],
    ],
  },
  // First apply of terraform-aws-vpc: subnets' vpc_id is local.vpc_id.
  'tf-aws-vpc-complete-plan-new': {
    findings: [],
    unresolved: each(['NET103'], ['database', 'elasticache', 'intra', 'private', 'public', 'redshift'].flatMap((s) => indexed(`module.vpc.aws_subnet.${s}`, [0, 1, 2]))),
  },
  'tf-aws-vpc-ipv6-dualstack-plan-new': {
    findings: [],
    unresolved: each(['NET103'], ['database', 'private', 'public'].flatMap((s) => indexed(`module.vpc.aws_subnet.${s}`, [0, 1, 2]))),
  },
  'tf-aws-vpc-secondary-cidrs-plan-existing': { findings: [] },
  // Subnet CIDRs depend on data.aws_availability_zones, read from AWS.
  'tf-aws-vpc-secondary-cidrs-tf': {
    findings: [],
    unresolved: ['NET103 module.vpc.aws_subnet.public[*]', 'NET103 module.vpc.aws_subnet.private[*]'],
  },
  // SSH from 0.0.0.0/0 on the bastion and (ParentSSHBastionStack empty by default) on the NAT;
  // the NAT's other rules import the VPC range from a stack named by a parameter; subnets' IPv6
  // blocks are assigned at deploy.
  'widdix-vpc-bastion-nat-cfn': {
    findings: [
      ['NET401', 'NATSecurityGroupInSSHWorld', 'error', 'sensitivePort', 'widdix-vpc-bastion-nat-cfn/vpc-nat-instance.yaml:238'],
      ['NET401', 'SecurityGroup', 'error', 'sensitivePort', 'widdix-vpc-bastion-nat-cfn/vpc-ssh-bastion.yaml:189'],
    ],
    unresolved: [
      ...each(['NET103'], ['SubnetAPublic', 'SubnetAPrivate', 'SubnetBPublic', 'SubnetBPrivate', 'SubnetCPublic', 'SubnetCPrivate']),
      ...Array<string>(3).fill('NET401 NATSecurityGroup'),
    ],
  },
  // The same stacks deployed together: the VPC stack is `vpc`, the NAT's SSH comes from the bastion.
  'widdix-vpc-bastion-nat-cfn-params': {
    findings: [['NET401', 'SecurityGroup', 'error', 'sensitivePort', 'widdix-vpc-bastion-nat-cfn-params/vpc-ssh-bastion.yaml:189']],
    unresolved: each(['NET103'], ['SubnetAPublic', 'SubnetAPrivate', 'SubnetBPublic', 'SubnetBPrivate', 'SubnetCPublic', 'SubnetCPrivate']),
    options: async () => ({
      parameters: new Map([
        ['ParentVPCStack', 'vpc'],
        ['AWS::StackName', 'vpc'],
        ['ParentSSHBastionStack', 'bastion'],
      ]),
    }),
  },
};

describe('corpus/real: real-world estates', needsShared(corpusDir), () => {
  it('covers every estate of the corpus', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(base).filter((d) => !d.includes('.')).sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.keys(CASES))('%s', async (folder) => {
    const c = CASES[folder]!;
    const result = await lintPaths([folder], { cwd: base, ...(await c.options?.()) });
    expect(result.errors.map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual([]);
    const findings = result.findings.map((f) => [f.ruleId, f.resource, f.severity, f.messageId, `${f.location.file}:${f.location.line}`]);
    expect(findings).toEqual(c.findings);
    expect(result.unresolved.map((u) => `${u.ruleId} ${u.resource}`).sort()).toEqual([...(c.unresolved ?? [])].sort());
    // Every finding is about an address that exists in the input (no copies under tables or groups).
    for (const f of result.findings) expect(f.resource).not.toMatch(/\.(route|ingress|egress)\[\d+\]$/);
  });

  it('reports one entry per unknown value, listing the checks it blocks', async () => {
    const entries = async (folder: string) =>
      groupUnresolved((await lintPaths([folder], { cwd: base })).unresolved).map((e) =>
        [e.resource, e.value?.attribute ?? '-', e.checks.map((c) => c.ruleId).join(' ')].join(' | '),
      );
    // Variables without values: each blocks the checks that need it, once.
    expect(await entries('dcos-peering-legacy-syntax-tf')).toEqual([
      'aws_route.local_rt | route_table_id | NET204',
      'aws_route.local_rt | destination_cidr_block | NET201 NET202 NET203',
      'aws_route.remote_rt | route_table_id | NET204',
      'aws_route.remote_rt | destination_cidr_block | NET201 NET202 NET203',
      'aws_vpc_peering_connection.peering | vpc_id | NET101',
      'aws_vpc_peering_connection.peering | peer_vpc_id | NET101 NET305',
    ]);
    // A route table from a module local (plan JSON does not record locals) blocks all four route checks.
    const routes = [...indexed(`${OCS}.aws_route.accepter`, [0, 1, 2, 3]), ...indexed(`${OCS}.aws_route.requester`, [0, 1, 2, 3])];
    expect((await entries('ocs-peering-plan-new')).filter((e) => e.startsWith(OCS))).toEqual(
      routes.map((r) => `${r} | route_table_id | NET201 NET202 NET203 NET204`),
    );
  });

  it('the PR that destroys return routes names, for each route that lost its way back, the tables that lost them', async () => {
    const result = await lintPaths(['ocs-peering-plan-remove-return-routes'], { cwd: base });
    expect(result.findings.map((f) => [f.resource, f.data.peerTables, f.data.missing])).toEqual([
      [`${OCS}.aws_route.requester[0]`, OCS_TABLES, '10.0.1.0/24'],
      [`${OCS}.aws_route.requester[1]`, OCS_TABLES, '10.0.2.0/24'],
      [`${OCS}.aws_route.requester[2]`, OCS_TABLES, '10.0.3.0/24'],
      [`${OCS}.aws_route.requester[3]`, OCS_TABLES, '10.0.101.0/24, 10.0.102.0/23'],
    ]);
  });
});
