/**
 * The pre-commit hook with the real client: Debian's `pre-commit` package (installed with apt-get
 * when missing, as .ci/run does), in a temporary git repository whose .pre-commit-config.yaml uses
 * this checkout as the hook repository.
 *
 * pre-commit clones the hook repository at a commit. So that the test exercises the working tree
 * (not whatever the lead committed last), it commits a snapshot of the working tree (tracked and
 * untracked files, minus .gitignore'd ones) into a temporary repository and uses that commit; the
 * checkout's own .git is never touched.
 *
 * The hook lints the network as the commit will have it (git's index), on every commit: a commit
 * that only deletes a file is checked, and files git ignores or does not track are not read, nor
 * anything under a .terraform/ directory; OpenTofu's .tofu files and .tfvars(.json) files are.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_LINE, sgPlan } from '../github/sg-plan.js';
import { repoRoot } from '../helpers/repo.js';

let root: string;
let project: string;
let env: NodeJS.ProcessEnv;
/** Why the client cannot run here; set only when pre-commit is missing and apt-get cannot install it. */
let unavailable: string | undefined;

function sh(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8' });
}

function ok(cmd: string, args: string[], cwd: string): string {
  const r = sh(cmd, args, cwd);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stdout}${r.stderr}`);
  return r.stdout;
}

function hasPreCommit(): boolean {
  return spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** Installs Debian's pre-commit when it is missing; returns why it cannot, if it cannot. */
function ensurePreCommit(): string | undefined {
  if (hasPreCommit()) return undefined;
  if (!existsSync('/usr/bin/apt-get')) return 'pre-commit is not installed and this system has no apt-get to install it';
  if (process.getuid?.() !== 0) return 'pre-commit is not installed and apt-get needs root to install it (run .ci/run as root, or apt-get install pre-commit)';
  const apt = { encoding: 'utf8' as const, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  const update = spawnSync('apt-get', ['update'], apt);
  const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'pre-commit'], apt);
  if (hasPreCommit()) return undefined;
  return `apt-get could not install pre-commit: ${update.stderr}${install.stderr}`;
}

/** Plans of two VPCs in two files, joined by real IDs: they overlap only when linted together. */
function vpcPlan(name: string, id: string, cidr: string, peerWith?: string): string {
  const existing = (address: string, type: string, values: Record<string, unknown>) => ({
    address,
    mode: 'managed',
    type,
    name: address.split('.')[1],
    change: { actions: ['no-op'], before: values, after: values, after_unknown: {} },
  });
  const changes: unknown[] = [existing(`aws_vpc.${name}`, 'aws_vpc', { id, cidr_block: cidr })];
  if (peerWith !== undefined) {
    changes.push({
      address: `aws_vpc_peering_connection.${name}_peer`,
      mode: 'managed',
      type: 'aws_vpc_peering_connection',
      name: `${name}_peer`,
      change: { actions: ['create'], before: null, after: { vpc_id: id, peer_vpc_id: peerWith, auto_accept: true }, after_unknown: { id: true } },
    });
  }
  return `${JSON.stringify({ format_version: '1.2', resource_changes: changes }, null, 2)}\n`;
}

/** Existing VPCs a and b, an active peering between them, and a route from a to b. */
function peeringPlan(): string {
  const existing = (address: string, type: string, values: Record<string, unknown>) => ({
    address,
    mode: 'managed',
    type,
    name: address.split('.')[1],
    change: { actions: ['no-op'], before: values, after: values, after_unknown: {} },
  });
  const changes = [
    existing('aws_vpc.a', 'aws_vpc', { id: 'vpc-0aaa', cidr_block: '10.0.0.0/16' }),
    existing('aws_vpc.b', 'aws_vpc', { id: 'vpc-0bbb', cidr_block: '10.1.0.0/16' }),
    existing('aws_vpc_peering_connection.a_b', 'aws_vpc_peering_connection', { id: 'pcx-0ab', vpc_id: 'vpc-0aaa', peer_vpc_id: 'vpc-0bbb', auto_accept: true, accept_status: 'active' }),
    existing('aws_route_table.a', 'aws_route_table', { id: 'rtb-0a', vpc_id: 'vpc-0aaa' }),
    existing('aws_route_table.b', 'aws_route_table', { id: 'rtb-0b', vpc_id: 'vpc-0bbb' }),
    existing('aws_route.a_to_b', 'aws_route', { id: 'r-a', route_table_id: 'rtb-0a', destination_cidr_block: '10.1.0.0/16', vpc_peering_connection_id: 'pcx-0ab' }),
  ];
  return `${JSON.stringify({ format_version: '1.2', resource_changes: changes }, null, 2)}\n`;
}

/** The route back from b to a over the same peering, in a file of its own. */
function returnRoutePlan(): string {
  const values = { id: 'r-b', route_table_id: 'rtb-0b', destination_cidr_block: '10.0.0.0/16', vpc_peering_connection_id: 'pcx-0ab' };
  const change = { address: 'aws_route.b_to_a', mode: 'managed', type: 'aws_route', name: 'b_to_a', change: { actions: ['no-op'], before: values, after: values, after_unknown: {} } };
  return `${JSON.stringify({ format_version: '1.2', resource_changes: [change] }, null, 2)}\n`;
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
  writeFileSync(path.join(project, file), text);
}

/** Stages everything and commits through the installed hook. */
function commit(message: string): { status: number | null; output: string } {
  ok('git', ['add', '-A'], project);
  const r = sh('git', ['commit', '-m', message], project);
  return { status: r.status, output: r.stdout + r.stderr };
}

function commitCount(): number {
  return Number(ok('git', ['rev-list', '--count', 'HEAD'], project).trim());
}

beforeAll(() => {
  unavailable = ensurePreCommit();
  root = mkdtempSync(path.join(os.tmpdir(), 'vpclint-precommit-'));
  mkdirSync(path.join(root, 'home'));
  env = {
    PATH: process.env.PATH,
    HOME: path.join(root, 'home'),
    PRE_COMMIT_HOME: path.join(root, 'cache'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    NO_COLOR: '1',
  };
  if (unavailable !== undefined) return;

  // The hook repository: a commit of this working tree.
  const hookRepo = path.join(root, 'hook-repo');
  ok('git', ['init', '-q', hookRepo], root);
  ok('git', [`--git-dir=${hookRepo}/.git`, `--work-tree=${repoRoot}`, 'add', '-A'], repoRoot);
  ok('git', [`--git-dir=${hookRepo}/.git`, 'commit', '-q', '-m', 'snapshot of the vpclint working tree'], repoRoot);
  const rev = ok('git', [`--git-dir=${hookRepo}/.git`, 'rev-parse', 'HEAD'], repoRoot).trim();

  project = path.join(root, 'project');
  ok('git', ['init', '-q', project], root);
  write('.pre-commit-config.yaml', `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: vpclint\n`);
  write('README.md', '# network\n');
  ok('git', ['add', '-A'], project);
  ok('git', ['commit', '-q', '-m', 'initial'], project);
  ok('pre-commit', ['install'], project);
}, 600_000);

afterAll(() => {
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
});

describe('the vpclint pre-commit hook', () => {
  // The steps build on each other: one repository, one commit after another.
  it('rejects a commit that adds a security group open to the world, and prints the finding', (ctx) => {
    if (unavailable !== undefined) ctx.skip(unavailable);
    write('network/sg.plan.json', sgPlan('0.0.0.0/0', 22));
    const r = commit('open ssh');
    expect(r.status).toBe(1);
    const lines = r.output.split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^vpclint\.+Failed$/));
    expect(lines).toContain('- hook id: vpclint');
    expect(lines).toContain('- exit code: 1');
    expect(lines).toContain(
      `network/sg.plan.json:${RULE_LINE}  error  NET401  aws_security_group_rule.ingress admits tcp port 22 from 0.0.0.0/0, ` +
        "the whole IPv4 internet, into aws_security_group.web, exposing SSH (22). Allow administrative and database ports only " +
        "from known addresses (office or VPN ranges, a bastion's security group), or use SSM Session Manager.",
    );
    expect(lines).toContain('✖ 1 problem (1 error) in 1 file');
    expect(commitCount()).toBe(1);
  });

  it('lets the commit through once the rule is narrowed', (ctx) => {
    if (unavailable !== undefined) ctx.skip(unavailable);
    write('network/sg.plan.json', sgPlan('10.0.0.0/8', 22));
    const r = commit('ssh from the VPN only');
    expect(r.output.split('\n')).toContainEqual(expect.stringMatching(/^vpclint\.+Passed$/));
    expect(r.status).toBe(0);
    expect(commitCount()).toBe(2);
  });

  it('runs on every commit (a deletion gives pre-commit no file names), and passes one that changes no file it reads', (ctx) => {
    if (unavailable !== undefined) ctx.skip(unavailable);
    write('README.md', '# network\n\nNotes.\n');
    const r = commit('docs');
    expect(r.output.split('\n')).toContainEqual(expect.stringMatching(/^vpclint\.+Passed$/));
    expect(r.status).toBe(0);
    expect(commitCount()).toBe(3);
  });

  it('rejects an open security group written in Terraform sources too, and passes once it is fixed', (ctx) => {
    if (unavailable !== undefined) ctx.skip(unavailable);
    const tf = (cidr: string) =>
      [
        'resource "aws_security_group" "admin" {',
        '  name   = "admin"',
        '  vpc_id = "vpc-0123"',
        '}',
        'resource "aws_security_group_rule" "ssh" {',
        '  type              = "ingress"',
        '  security_group_id = aws_security_group.admin.id',
        '  protocol          = "tcp"',
        '  from_port         = 22',
        '  to_port           = 22',
        `  cidr_blocks       = ["${cidr}"]`,
        '}',
        '',
      ].join('\n');
    write('terraform/sg.tf', tf('0.0.0.0/0'));
    const rejected = commit('admin ssh');
    expect(rejected.status).toBe(1);
    expect(rejected.output).toMatch(/^terraform\/sg\.tf:\d+ {2}error {2}NET401 {2}aws_security_group_rule\.ssh admits tcp port 22 from 0\.0\.0\.0\/0/m);
    expect(commitCount()).toBe(3);
    write('terraform/sg.tf', tf('10.20.0.0/16'));
    const accepted = commit('admin ssh from the VPN');
    expect(accepted.status).toBe(0);
    expect(commitCount()).toBe(4);
  });

  it('lints the whole repository, so an overlap with a VPC in an unchanged file is found', (ctx) => {
    if (unavailable !== undefined) ctx.skip(unavailable);
    write('network/a.plan.json', vpcPlan('a', 'vpc-0aaa', '10.0.0.0/16'));
    expect(commit('vpc a').status).toBe(0);
    expect(commitCount()).toBe(5);
    // Alone, b.plan.json is clean (vpc-0aaa's blocks are unknown there); with a.plan.json it overlaps.
    write('network/b.plan.json', vpcPlan('b', 'vpc-0bbb', '10.0.128.0/20', 'vpc-0aaa'));
    const r = commit('vpc b peered with a');
    expect(r.status).toBe(1);
    expect(r.output).toMatch(
      /^network\/b\.plan\.json:\d+ {2}error +NET101 {2}Peering aws_vpc_peering_connection\.b_peer joins aws_vpc\.b \(10\.0\.128\.0\/20\) and aws_vpc\.a \(10\.0\.0\.0\/16\), whose IPv4 ranges overlap/m,
    );
    expect(commitCount()).toBe(5);
  });

  it('lints only what git tracks or stages: a broken plan.json that git ignores blocks nothing', (ctx) => {
    if (unavailable !== undefined) ctx.skip(unavailable);
    rmSync(path.join(project, 'network/b.plan.json'));
    write('.gitignore', 'plan.json\n');
    // Malformed plan JSON: linted, it would be an input error (exit 2) on every commit.
    write('plan.json', '{\n  "format_version": "1.2",\n  "resource_changes": [\n');
    write('README.md', '# network\n\nA local plan.json is ignored.\n');
    const r = commit('ignore local plans');
    expect(r.output).not.toMatch(/plan\.json:\d+:\d+/);
    expect(r.output.split('\n')).toContainEqual(expect.stringMatching(/^vpclint\.+Passed$/));
    expect(r.status).toBe(0);
    expect(commitCount()).toBe(6);
    expect(ok('git', ['ls-files', 'plan.json'], project)).toBe('');
  });

  it('runs on a commit that only deletes a file, and finds the routes back gone', (ctx) => {
    if (unavailable !== undefined) ctx.skip(unavailable);
    write('peering/network.plan.json', peeringPlan());
    write('peering/return.plan.json', returnRoutePlan());
    expect(commit('peering a-b with routes both ways').status).toBe(0);
    expect(commitCount()).toBe(7);
    rmSync(path.join(project, 'peering/return.plan.json'));
    const r = commit('drop the return route');
    expect(r.output.split('\n')).toContainEqual(expect.stringMatching(/^vpclint\.+Failed$/));
    expect(r.output).toMatch(
      /^peering\/network\.plan\.json:\d+ {2}error {2}NET201 {2}Route aws_route\.a_to_b sends 10\.1\.0\.0\/16 over peering aws_vpc_peering_connection\.a_b to aws_vpc\.b, but no route table of aws_vpc\.b has a route back/m,
    );
    expect(r.status).toBe(1);
    expect(commitCount()).toBe(7);
    expect(ok('git', ['diff', '--cached', '--name-status'], project)).toBe('D\tpeering/return.plan.json\n');
  });

  it('lints OpenTofu sources with their .tfvars and .tfvars.json, and never a file under .terraform/', (ctx) => {
    if (unavailable !== undefined) ctx.skip(unavailable);
    write('peering/return.plan.json', returnRoutePlan()); // the route back, deleted in the step before, is restored
    write(
      'tofu/main.tofu',
      [
        'variable "admin_cidr" {',
        '  type = string',
        '}',
        'resource "aws_security_group" "admin" {',
        '  name   = "admin"',
        '  vpc_id = "vpc-0123"',
        '}',
        'resource "aws_security_group_rule" "ssh" {',
        '  type              = "ingress"',
        '  security_group_id = aws_security_group.admin.id',
        '  protocol          = "tcp"',
        '  from_port         = 22',
        '  to_port           = 22',
        '  cidr_blocks       = [var.admin_cidr]',
        '}',
        '',
      ].join('\n'),
    );
    write('tofu/terraform.tfvars', 'admin_cidr = "0.0.0.0/0"\n');
    // Tracked by mistake (no .gitignore for it): what `tofu init` left; broken, it would fail the run if it were read.
    write('tofu/.terraform/broken.tofu', 'resource "aws_vpc" "x" {\n');
    write('tofu/.terraform/broken.tfvars', 'admin_cidr = \n');
    const rejected = commit('admin ssh, OpenTofu');
    expect(rejected.status).toBe(1);
    expect(rejected.output.split('\n')).toContain(
      // Addressed with its root module's directory: terraform/ is a root module of the repository too.
      'tofu/main.tofu:14  error  NET401  tofu:aws_security_group_rule.ssh admits tcp port 22 from 0.0.0.0/0, the whole IPv4 internet, ' +
        "into tofu:aws_security_group.admin, exposing SSH (22). Allow administrative and database ports only from known addresses " +
        "(office or VPN ranges, a bastion's security group), or use SSM Session Manager.",
    );
    expect(rejected.output).not.toMatch(/\.terraform/);
    expect(commitCount()).toBe(7);
    // A .tfvars.json that Terraform and OpenTofu load after terraform.tfvars narrows the rule.
    write('tofu/vpn.auto.tfvars.json', '{ "admin_cidr": "10.20.0.0/16" }\n');
    const accepted = commit('admin ssh from the VPN, OpenTofu');
    expect(accepted.output.split('\n')).toContainEqual(expect.stringMatching(/^vpclint\.+Passed$/));
    expect(accepted.status).toBe(0);
    expect(commitCount()).toBe(8);
    expect(ok('git', ['ls-files', 'tofu'], project)).toBe(
      ['tofu/.terraform/broken.tfvars', 'tofu/.terraform/broken.tofu', 'tofu/main.tofu', 'tofu/terraform.tfvars', 'tofu/vpn.auto.tfvars.json', ''].join('\n'),
    );
  });
});
