/**
 * Module calls resolved as Terraform resolves them: local sources from disk relative to the
 * calling module (inside an installed module too), every other source (registry, git, GitHub,
 * HTTP, S3) only through `.terraform/modules/modules.json`, by module key (`vpc`, `vpc.subnets`),
 * with `Dir` relative to the root module. A module that is not installed is an input error at its
 * module block (the results are incomplete), and what depends on its outputs stays unresolved.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AttrValue, SourceResource } from '../../src/parse/source.js';
import { readTerraformSources, type TerraformReadResult } from '../../src/parse/terraform-hcl/index.js';
import { lintPaths } from '../../src/run.js';
import { corpusDir, needsShared } from '../helpers/repo.js';

async function read(files: Record<string, string>): Promise<TerraformReadResult> {
  return readTerraformSources(Object.entries(files).map(([file, text]) => ({ file, text })));
}

function resource(result: { resources: readonly SourceResource[] }, address: string): SourceResource {
  const r = result.resources.find((x) => x.address === address);
  if (r === undefined) throw new Error(`no ${address} in ${result.resources.map((x) => x.address).join(', ')}`);
  return r;
}

const known = (value: unknown): AttrValue => ({ state: 'known', value });
const errorLines = (result: TerraformReadResult): string[] =>
  result.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}${e.hint === undefined ? '' : ` | ${e.hint}`}`);

const manifest = (modules: { Key: string; Source: string; Dir: string }[]): string =>
  JSON.stringify({ Modules: [{ Key: '', Source: '', Dir: '.' }, ...modules] });

/** A root calling a registry module, which calls another registry module and a local one of its own. */
const nested = {
  'env/main.tf': [
    'module "vpc" {',
    '  source  = "terraform-aws-modules/vpc/aws"',
    '  version = "5.1.0"',
    '  cidr    = "10.0.0.0/16"',
    '}',
    'resource "aws_route" "r" {',
    '  route_table_id         = "rtb-1"',
    '  destination_cidr_block = module.vpc.subnet_cidr',
    '  gateway_id             = module.vpc.sg_id',
    '}',
    '',
  ].join('\n'),
  'env/.terraform/modules/modules.json': manifest([
    { Key: 'vpc', Source: 'registry.terraform.io/terraform-aws-modules/vpc/aws', Dir: '.terraform/modules/vpc' },
    { Key: 'vpc.subnets', Source: 'registry.terraform.io/acme/subnets/aws', Dir: '.terraform/modules/vpc.subnets' },
    { Key: 'vpc.sg', Source: './modules/sg', Dir: '.terraform/modules/vpc/modules/sg' },
  ]),
  'env/.terraform/modules/vpc/main.tf': [
    'variable "cidr" {}',
    'resource "aws_vpc" "this" {',
    '  cidr_block = var.cidr',
    '}',
    'module "subnets" {',
    '  source = "acme/subnets/aws"',
    '  vpc_cidr = aws_vpc.this.cidr_block',
    '}',
    'module "sg" {',
    '  source = "./modules/sg"',
    '  name   = "web"',
    '}',
    'output "subnet_cidr" {',
    '  value = module.subnets.cidr',
    '}',
    'output "sg_id" {',
    '  value = module.sg.name',
    '}',
    '',
  ].join('\n'),
  'env/.terraform/modules/vpc.subnets/main.tf': [
    'variable "vpc_cidr" {}',
    'resource "aws_subnet" "a" {',
    '  cidr_block = cidrsubnet(var.vpc_cidr, 8, 1)',
    '}',
    'output "cidr" {',
    '  value = aws_subnet.a.cidr_block',
    '}',
    '',
  ].join('\n'),
  'env/.terraform/modules/vpc/modules/sg/main.tf': [
    'variable "name" {}',
    'resource "aws_security_group" "this" {',
    '  name = var.name',
    '}',
    'output "name" {',
    '  value = "sg-${var.name}"',
    '}',
    '',
  ].join('\n'),
};

describe('modules terraform init installed', () => {
  it('read nested registry calls by their dotted module key, with Dir relative to the root module', async () => {
    const result = await read(nested);
    expect(result.errors).toEqual([]);
    expect(result.resources.map((r) => r.address)).toEqual([
      'aws_route.r',
      'module.vpc.aws_vpc.this',
      'module.vpc.module.sg.aws_security_group.this',
      'module.vpc.module.subnets.aws_subnet.a',
    ]);
    expect(resource(result, 'module.vpc.module.subnets.aws_subnet.a').get(['cidr_block'])).toEqual(known('10.0.1.0/24'));
    expect(resource(result, 'module.vpc.module.subnets.aws_subnet.a').location()).toEqual({
      file: 'env/.terraform/modules/vpc.subnets/main.tf',
      line: 2,
      column: 1,
    });
    // Outputs pass up through both levels.
    expect(resource(result, 'aws_route.r').get(['destination_cidr_block'])).toEqual(known('10.0.1.0/24'));
    expect(resource(result, 'aws_route.r').get(['gateway_id'])).toEqual(known('sg-web'));
  });

  it('read a local module inside an installed module from disk, relative to the installed module', async () => {
    // Terraform lists local calls in the manifest too; vpclint reads them from disk whether or not
    // it does, as `terraform plan` finds them.
    const files: Record<string, string> = { ...nested };
    files['env/.terraform/modules/modules.json'] = manifest([
      { Key: 'vpc', Source: 'registry.terraform.io/terraform-aws-modules/vpc/aws', Dir: '.terraform/modules/vpc' },
      { Key: 'vpc.subnets', Source: 'registry.terraform.io/acme/subnets/aws', Dir: '.terraform/modules/vpc.subnets' },
    ]);
    const result = await read(files);
    expect(result.errors).toEqual([]);
    const sg = resource(result, 'module.vpc.module.sg.aws_security_group.this');
    expect([sg.get(['name']), sg.location()]).toEqual([known('web'), { file: 'env/.terraform/modules/vpc/modules/sg/main.tf', line: 2, column: 1 }]);
  });

  it('resolve git, GitHub, HTTP and S3 sources through the manifest only; Windows separators in Dir are read', async () => {
    const sources = ['git::https://example.com/net.git//vpc?ref=v1', 'github.com/acme/net', 'https://example.com/net.zip', 's3::https://s3.amazonaws.com/b/net.zip'];
    const files: Record<string, string> = {
      'main.tf': sources.map((s, i) => `module "m${i}" {\n  source = "${s}"\n}\n`).join(''),
      '.terraform/modules/modules.json': manifest(sources.map((s, i) => ({ Key: `m${i}`, Source: s, Dir: `.terraform\\modules\\m${i}` }))),
    };
    for (let i = 0; i < sources.length; i += 1) files[`.terraform/modules/m${i}/main.tf`] = `resource "aws_vpc" "v" {\n  cidr_block = "10.${i}.0.0/16"\n}\n`;
    const result = await read(files);
    expect(result.errors).toEqual([]);
    expect(result.resources.map((r) => `${r.address} ${JSON.stringify(r.get(['cidr_block']))}`)).toEqual(
      sources.map((_, i) => `module.m${i}.aws_vpc.v {"state":"known","value":"10.${i}.0.0/16"}`),
    );
  });

  it('do not read a remote source from disk by its name: only the manifest says where it is', async () => {
    // A directory that happens to be named like the source is not the module.
    const result = await read({
      'main.tf': 'module "vpc" {\n  source = "acme/vpc/aws"\n}\n',
      'acme/vpc/aws/main.tf': 'resource "aws_vpc" "decoy" {}\n',
      '.terraform/modules/modules.json': manifest([]),
    });
    expect(result.resources.map((r) => r.address)).toEqual(['aws_vpc.decoy']);
    expect(errorLines(result)).toEqual([
      'main.tf:1:1: module.vpc: the module "acme/vpc/aws" is not installed (.terraform/modules/modules.json does not list it), so it is not linted and its outputs are unknown | run terraform init to install it: vpclint reads registry, git, HTTP and S3 modules from .terraform/modules and never downloads them',
    ]);
  });
});

describe('a module that is not installed', () => {
  it('is an error at its module block, naming the call, the source, why and the remedy; its dependents stay unresolved', async () => {
    const files: Record<string, string> = { ...nested };
    delete files['env/.terraform/modules/modules.json'];
    const result = await read(files);
    expect(errorLines(result)).toEqual([
      'env/main.tf:1:1: module.vpc: the module "terraform-aws-modules/vpc/aws" is not installed (env/.terraform/modules/modules.json does not exist), so it is not linted and its outputs are unknown | run terraform init in env to install it: vpclint reads registry, git, HTTP and S3 modules from .terraform/modules and never downloads them',
    ]);
    expect(result.resources.map((r) => r.address)).toEqual(['aws_route.r']);
    expect(resource(result, 'aws_route.r').get(['destination_cidr_block'])).toEqual({
      state: 'unknown',
      reason:
        'module.vpc comes from terraform-aws-modules/vpc/aws, which vpclint does not download; its outputs are unknown (run terraform init to have it read from .terraform/modules)',
      refs: [],
    });
  });

  it('is reported inside an installed module, with the nested address and the installed file', async () => {
    const files: Record<string, string> = { ...nested };
    files['env/.terraform/modules/modules.json'] = manifest([
      { Key: 'vpc', Source: 'registry.terraform.io/terraform-aws-modules/vpc/aws', Dir: '.terraform/modules/vpc' },
    ]);
    const result = await read(files);
    expect(errorLines(result)).toEqual([
      'env/.terraform/modules/vpc/main.tf:5:1: module.vpc.module.subnets: the module "acme/subnets/aws" is not installed (env/.terraform/modules/modules.json does not list it), so it is not linted and its outputs are unknown | run terraform init in env to install it: vpclint reads registry, git, HTTP and S3 modules from .terraform/modules and never downloads them',
    ]);
    expect(result.resources.map((r) => r.address)).toEqual(['aws_route.r', 'module.vpc.aws_vpc.this', 'module.vpc.module.sg.aws_security_group.this']);
  });

  it('is an error when the manifest lists a directory that is gone', async () => {
    const files: Record<string, string> = { ...nested };
    delete files['env/.terraform/modules/vpc.subnets/main.tf'];
    const result = await read(files);
    expect(result.errors.map((e) => e.message)).toEqual([
      'module.vpc.module.subnets: the module "acme/subnets/aws" is not installed (env/.terraform/modules/modules.json lists it in env/.terraform/modules/vpc.subnets, which has no Terraform files), so it is not linted and its outputs are unknown',
    ]);
    expect(resource(result, 'aws_route.r').get(['destination_cidr_block'])).toEqual({
      state: 'unknown',
      refs: [],
      reason:
        'module.vpc.module.subnets comes from acme/subnets/aws, installed in env/.terraform/modules/vpc.subnets, which has no Terraform files; its outputs are unknown (run terraform init to install it again)',
    });
  });

  it('is an error when the manifest is not valid JSON', async () => {
    const files: Record<string, string> = { ...nested, 'env/.terraform/modules/modules.json': '{"Modules": [' };
    const result = await read(files);
    expect(result.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^module\.vpc: the module "terraform-aws-modules\/vpc\/aws" is not installed \(env\/\.terraform\/modules\/modules\.json is not valid JSON \(.+\)\), so it is not linted/),
    ]);
  });

  it('is reported once per module block, even when the module holding it is called several times', async () => {
    const result = await read({
      'main.tf': 'module "a" {\n  source = "./shared"\n}\nmodule "b" {\n  source = "./shared"\n}\n',
      'shared/main.tf': 'resource "aws_vpc" "v" {}\n\nmodule "label" {\n  source = "cloudposse/label/null"\n}\n',
    });
    expect(result.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`)).toEqual([
      'shared/main.tf:3:1: module.a.module.label: the module "cloudposse/label/null" is not installed (.terraform/modules/modules.json does not exist), so it is not linted and its outputs are unknown',
    ]);
    expect(result.resources.map((r) => r.address)).toEqual(['module.a.aws_vpc.v', 'module.b.aws_vpc.v']);
  });
});

// Without ../shared these tests are skipped; the run's summary says why (test/helpers/repo.ts).
describe('the corpus estates with their real modules.json', needsShared(corpusDir), () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'vpclint-modules-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('ocs-peering-new-vpcs-tf: the two registry VPC modules and the peering module are read from .terraform/modules', async () => {
    const result = await lintPaths(['real/ocs-peering-new-vpcs-tf'], { cwd: corpusDir });
    expect(result.errors).toEqual([]);
    const installed = (dir: string) => result.files.filter((f) => f.startsWith(`real/ocs-peering-new-vpcs-tf/.terraform/modules/${dir}/`)).length;
    expect([installed('vpc_one'), installed('vpc_two'), installed('vpc-peering-multi-region')]).toEqual([5, 5, 4]);
  });

  it('tf-aws-sg-complete-tf/examples/complete: ../.. calls from disk and the registry vpc module from the manifest', async () => {
    const result = await lintPaths(['real/tf-aws-sg-complete-tf/examples/complete'], { cwd: corpusDir });
    expect(result.errors).toEqual([]);
    expect(result.files).toContain('real/tf-aws-sg-complete-tf/main.tf');
    expect(result.files).toContain('real/tf-aws-sg-complete-tf/examples/complete/.terraform/modules/vpc/main.tf');
    expect(result.findings.map((f) => `${f.ruleId} ${f.resource}`)).toEqual([
      'NET401 module.complete_sg.aws_security_group_rule.ingress_with_cidr_blocks[0]',
      'NET401 module.ipv4_ipv6_example.aws_security_group_rule.ingress_with_cidr_blocks[0]',
    ]);
  });

  it('ocs-peering-new-vpcs-tf without .terraform: each of its three registry modules is an error at its block', async () => {
    const dir = path.join(tmp, 'ocs');
    cpSync(path.join(corpusDir, 'real/ocs-peering-new-vpcs-tf'), dir, { recursive: true });
    rmSync(path.join(dir, '.terraform'), { recursive: true, force: true });
    const result = await lintPaths(['ocs'], { cwd: tmp });
    expect(result.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`)).toEqual(
      [
        [25, 'vpc_one', 'registry.terraform.io/terraform-aws-modules/vpc/aws'],
        [40, 'vpc_two', 'registry.terraform.io/terraform-aws-modules/vpc/aws'],
        [55, 'vpc-peering-multi-region', 'registry.terraform.io/opencloudsource/vpc-peering-multi-region/aws'],
      ].map(
        ([line, name, source]) =>
          `ocs/main.tf:${line}:1: module.${name}: the module "${source}" is not installed (ocs/.terraform/modules/modules.json does not exist), so it is not linted and its outputs are unknown`,
      ),
    );
    expect(result.errors.map((e) => e.hint)).toEqual(Array(3).fill('run terraform init in ocs to install it: vpclint reads registry, git, HTTP and S3 modules from .terraform/modules and never downloads them'));
    expect(result.files).toEqual(['ocs/main.tf', 'ocs/outputs.tf', 'ocs/variables.tf', 'ocs/versions.tf']);
  });
});
