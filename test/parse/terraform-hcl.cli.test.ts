/**
 * `.tf` input through the whole CLI: the HCL parser is loaded only when a run has `.tf` files
 * (its WebAssembly start costs about a quarter of a second); `--var` and `--var-file` reach the
 * root module in command-line order; a syntax error is printed as file:line:col with exit 2 while
 * the other files are still linted.
 */
import { describe, expect, it } from 'vitest';
import { tempProjects } from '../helpers/project.js';
import { isParserLoaded } from '../../src/parse/terraform-hcl/index.js';
import { lintPaths } from '../../src/run.js';
import { repoRoot } from '../helpers/repo.js';

const { project, run } = tempProjects('vpclint-hcl-cli-');


// Runs first in this file (vitest gives each test file its own modules), so nothing has loaded the parser yet.
describe('the HCL parser', () => {
  it('is not loaded by a run without .tf files, and is loaded by one with them', async () => {
    const plan = await lintPaths(['examples/clean-peering/plan.json'], { cwd: repoRoot });
    expect(plan.files).toEqual(['examples/clean-peering/plan.json']);
    expect(isParserLoaded()).toBe(false);
    expect((globalThis as { Go?: unknown }).Go).toBeUndefined();

    const tf = await lintPaths(['examples/clean-peering/main.tf'], { cwd: repoRoot });
    expect(tf.files).toEqual(['examples/clean-peering/main.tf']);
    expect(isParserLoaded()).toBe(true);
    expect(typeof (globalThis as { Go?: unknown }).Go).toBe('function');
  });
});

describe('vpclint on .tf files', () => {
  const module = {
    'variables.tf': 'variable "admin_cidr" {\n  type = string\n}\n\nvariable "ports" {\n  type    = list(number)\n  default = [443]\n}\n',
    'main.tf': [
      'resource "aws_security_group" "admin" {',
      '  name = "admin"',
      '}',
      '',
      'resource "aws_security_group_rule" "admin" {',
      '  for_each          = toset([for p in var.ports : tostring(p)])',
      '  type              = "ingress"',
      '  security_group_id = aws_security_group.admin.id',
      '  protocol          = "tcp"',
      '  from_port         = each.value',
      '  to_port           = each.value',
      '  cidr_blocks       = [var.admin_cidr]',
      '}',
      '',
    ].join('\n'),
    'office.tfvars': 'admin_cidr = "198.51.100.0/24"\n',
  };

  it('reports values it cannot know as unresolved, naming the variable', async () => {
    const cwd = project('unset', module);
    const { code, stdout, stderr } = await run(cwd, ['.']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(
      'main.tf:12  unresolved  aws_security_group_rule.admin["443"]: cidr_blocks[0] is unknown (variable admin_cidr has no value); blocks NET401 open-ingress\n\n✔ no problems in 2 files (1 unresolved check)\n',
    );
  });

  it('takes --var-file and --var in the order given: the last one wins', async () => {
    const cwd = project('vars', module);
    const open = await run(cwd, ['--var-file', 'office.tfvars', '--var', 'admin_cidr=0.0.0.0/0', '--var', 'ports=[22, 443]', '.']);
    expect({ code: open.code, stderr: open.stderr }).toEqual({ code: 1, stderr: '' });
    expect(open.stdout.split('\n').filter((l) => l.startsWith('main.tf')).map((l) => l.replace(/ {2,}/g, ' ').split(' ').slice(0, 3).join(' '))).toEqual([
      'main.tf:12 error NET401',
      'main.tf:12 warning NET401',
    ]);
    const office = await run(cwd, ['--var', 'admin_cidr=0.0.0.0/0', '--var-file', 'office.tfvars', '.']);
    // office.tfvars gives values; the files counted are the module's two .tf files.
    expect(office).toEqual({ code: 0, stdout: '✔ no problems in 2 files\n', stderr: '' });
  });

  it('rejects a --var without a name', async () => {
    const { code, stderr } = await run(project('no-var-name', {}), ['--var', '=1', '.']);
    expect({ code, stderr }).toEqual({ code: 2, stderr: 'vpclint: --var needs NAME=VALUE with a variable name, not "=1"\n  for example --var vpc_cidr=10.0.0.0/16\n' });
  });

  it('prints a syntax error as file:line:col, exits 2, and still lints the other files', async () => {
    const cwd = project('broken', {
      'net/broken.tf': 'resource "aws_vpc" "a" {\n  cidr_block = "10.0.0.0/16\n}\n',
      'app/main.tf': 'resource "aws_security_group" "web" {\n  ingress {\n    protocol    = "tcp"\n    from_port   = 22\n    to_port     = 22\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n',
    });
    const { code, stdout, stderr } = await run(cwd, ['.']);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(
      'net/broken.tf:2:28: Invalid multi-line string: Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.',
    );
    expect(stdout.split('\n')[0]).toMatch(/^app\/main\.tf:6 {2}error {2}NET401 {2}aws_security_group\.web\.ingress\[0\] admits tcp port 22 from 0\.0\.0\.0\/0/);
  });
});
