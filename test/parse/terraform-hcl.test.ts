/**
 * The `.tf` reader: module directories into source resources. Each case is a small module written
 * here, read as Terraform would read it; the expected addresses, values, unknown reasons and
 * references are what Terraform's own plan would show for the same configuration.
 */
import { describe, expect, it } from 'vitest';
import type { AttrValue, SourceResource } from '../../src/parse/source.js';
import { toParseErrors } from '../../src/parse/terraform-hcl/hcl2json.js';
import { readTerraformSources, type TerraformReadOptions, type TerraformReadResult } from '../../src/parse/terraform-hcl/index.js';
import { lint } from '../../src/run.js';

async function read(files: Record<string, string>, options?: TerraformReadOptions): Promise<TerraformReadResult> {
  return readTerraformSources(
    Object.entries(files).map(([file, text]) => ({ file, text })),
    options,
  );
}

function resource(result: TerraformReadResult, address: string): SourceResource {
  const r = result.resources.find((x) => x.address === address);
  if (r === undefined) throw new Error(`no ${address} in ${result.resources.map((x) => x.address).join(', ')}`);
  return r;
}

const known = (value: unknown): AttrValue => ({ state: 'known', value });
const unknown = (reason: string, refs: { address: string; attribute: (string | number)[] }[] = []): AttrValue => ({ state: 'unknown', reason, refs });
const absent: AttrValue = { state: 'absent' };

describe('a module directory', () => {
  const files = {
    'net/variables.tf': 'variable "cidr" {\n  default = "10.0.0.0/16"\n}\n',
    'net/vpc.tf': 'resource "aws_vpc" "main" {\n  cidr_block = var.cidr\n  tags       = { Name = "main" }\n}\n',
    'net/subnets.tf': [
      'locals {',
      '  azs = ["a", "b"]',
      '}',
      '',
      'resource "aws_subnet" "private" {',
      '  count      = length(local.azs)',
      '  vpc_id     = aws_vpc.main.id',
      '  cidr_block = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index + 10)',
      '  tags       = { Name = "private-${local.azs[count.index]}" }',
      '}',
      '',
      'resource "aws_route_table_association" "private" {',
      '  for_each  = { for i, s in aws_subnet.private : local.azs[i] => s }',
      '  subnet_id = each.value.id',
      '}',
      '',
    ].join('\n'),
  };

  it('is one module: references work across its files, every resource is read once', async () => {
    const result = await read(files);
    expect(result.errors).toEqual([]);
    // Files in name order, blocks in source order, instances in key order.
    expect(result.resources.map((r) => r.address)).toEqual([
      'aws_subnet.private[0]',
      'aws_subnet.private[1]',
      'aws_route_table_association.private["a"]',
      'aws_route_table_association.private["b"]',
      'aws_vpc.main',
    ]);
    expect(result.files).toEqual(['net/subnets.tf', 'net/variables.tf', 'net/vpc.tf']);
  });

  it('names the module directory as every resource file, and locates blocks in their own file', async () => {
    const result = await read(files);
    const subnet = resource(result, 'aws_subnet.private[1]');
    expect([subnet.file, subnet.format, subnet.type, subnet.mode]).toEqual(['net', 'terraform-hcl', 'aws_subnet', 'managed']);
    expect(subnet.location()).toEqual({ file: 'net/subnets.tf', line: 5, column: 1 });
    expect(subnet.attributeLocation(['cidr_block'])).toEqual({ file: 'net/subnets.tf', line: 8, column: 3 });
    expect(resource(result, 'aws_vpc.main').location()).toEqual({ file: 'net/vpc.tf', line: 1, column: 1 });
  });

  it('evaluates count.index, functions, templates and references to configured attributes', async () => {
    const result = await read(files);
    const subnet = resource(result, 'aws_subnet.private[1]');
    expect(subnet.get(['cidr_block'])).toEqual(known('10.0.11.0/24'));
    expect(subnet.get(['tags'])).toEqual(known({ Name: 'private-b' }));
    expect(subnet.get(['tags', 'Name'])).toEqual(known('private-b'));
    expect(subnet.get(['vpc_id'])).toEqual(unknown('known after apply', [{ address: 'aws_vpc.main', attribute: ['id'] }]));
  });

  it('links each.value of a for_each over resources to the instance with the same key', async () => {
    const result = await read(files);
    expect(resource(result, 'aws_route_table_association.private["b"]').get(['subnet_id'])).toEqual(
      unknown('known after apply', [{ address: 'aws_subnet.private[1]', attribute: ['id'] }]),
    );
  });

  it('marks attributes the provider computes as computed, and others the code leaves out as absent', async () => {
    const result = await read({
      'main.tf': [
        'resource "aws_route_table" "t" {',
        '  vpc_id = "vpc-1"',
        '}',
        'resource "aws_vpc_security_group_ingress_rule" "r" {',
        '  ip_protocol = "-1"',
        '}',
      ].join('\n'),
    });
    const table = resource(result, 'aws_route_table.t');
    const computed = { state: 'unknown', reason: 'known after apply', refs: [], computed: true };
    expect(table.get(['route'])).toEqual(computed);
    expect(table.get(['id'])).toEqual(computed);
    expect(table.get(['vpc_id'])).toEqual(known('vpc-1'));
    expect(table.get(['propagating_vgws', 0])).toEqual(computed);
    expect(resource(result, 'aws_vpc_security_group_ingress_rule.r').get(['from_port'])).toEqual(absent);
    expect(table.configures?.('route')).toBe(false);
    expect(table.configures?.('vpc_id')).toBe(true);
  });
});

describe('variables', () => {
  const module = {
    'variables.tf': [
      'variable "office_cidr" {}',
      'variable "vpc_cidr" {',
      '  type    = string',
      '  default = "10.0.0.0/16"',
      '}',
      'variable "ports" {',
      '  type    = list(number)',
      '  default = [22]',
      '}',
      'variable "env" {',
      '  default = "dev"',
      '}',
    ].join('\n'),
    'main.tf': [
      'resource "aws_vpc" "a" {',
      '  cidr_block = var.vpc_cidr',
      '  tags       = { Env = var.env, Ports = join(",", var.ports) }',
      '}',
      'resource "aws_security_group_rule" "office" {',
      '  type        = "ingress"',
      '  cidr_blocks = [var.office_cidr, "192.0.2.0/24"]',
      '}',
    ].join('\n'),
  };

  it('without a value are unknown, with the variable name as the reason', async () => {
    const rule = resource(await read(module), 'aws_security_group_rule.office');
    expect(rule.get(['cidr_blocks'])).toEqual(known([null, '192.0.2.0/24']));
    expect(rule.get(['cidr_blocks', 0])).toEqual(unknown('variable office_cidr has no value'));
    expect(rule.get(['cidr_blocks', 1])).toEqual(known('192.0.2.0/24'));
  });

  it('take values in Terraform order: tfvars files, then --var-file and --var as given', async () => {
    const result = await read(
      {
        ...module,
        'terraform.tfvars': 'env = "tfvars"\nvpc_cidr = "10.1.0.0/16"\noffice_cidr = "198.51.100.0/24"\nundeclared = 1\n',
        'terraform.tfvars.json': '{ "env": "tfvars.json" }',
        'b.auto.tfvars': 'env = "b.auto"\n',
        'a.auto.tfvars.json': '{ "env": "a.auto", "ports": [443, "8443"] }',
        'prod.tfvars': 'vpc_cidr = "10.9.0.0/16"\n',
      },
      {
        variables: [
          { kind: 'var', name: 'env', value: 'flag' },
          { kind: 'file', file: 'prod.tfvars' },
          { kind: 'var', name: 'ports', value: '[80, 443]' },
        ],
      },
    );
    expect(result.errors).toEqual([]);
    const vpc = resource(result, 'aws_vpc.a');
    expect(vpc.get(['cidr_block'])).toEqual(known('10.9.0.0/16'));
    expect(vpc.get(['tags'])).toEqual(known({ Env: 'flag', Ports: '80,443' }));
    expect(resource(result, 'aws_security_group_rule.office').get(['cidr_blocks', 0])).toEqual(known('198.51.100.0/24'));
    expect(result.files).toEqual(['a.auto.tfvars.json', 'b.auto.tfvars', 'main.tf', 'prod.tfvars', 'terraform.tfvars', 'terraform.tfvars.json', 'variables.tf']);
  });

  it('read --var as text for primitive types, and as an expression for complex ones', async () => {
    const result = await read(module, {
      variables: [
        { kind: 'var', name: 'env', value: '[not a list]' },
        { kind: 'var', name: 'ports', value: '["22", 3389]' },
      ],
    });
    expect(resource(result, 'aws_vpc.a').get(['tags'])).toEqual(known({ Env: '[not a list]', Ports: '22,3389' }));
  });

  it('report a --var no root module declares, and a --var-file that cannot be read', async () => {
    const result = await read(module, {
      variables: [
        { kind: 'var', name: 'nope', value: '1' },
        { kind: 'file', file: 'missing.tfvars' },
        { kind: 'var', name: 'ports', value: '[1,' },
      ],
    });
    expect(result.errors.map((e) => [e.file, e.message])).toEqual([
      ['missing.tfvars', 'cannot read this --var-file: no such file or directory'],
      [undefined, '--var ports: the value is not a valid expression (expected an expression but the text ended)'],
      [undefined, '--var nope: no linted root module declares a variable "nope"'],
    ]);
  });
});

describe('count, for_each and dynamic blocks', () => {
  it('expand with Terraform addresses, each.key and each.value', async () => {
    const result = await read({
      'main.tf': [
        'variable "routes" {',
        '  default = { "10.1.0.0/16" = "pcx-1", "10.2.0.0/16" = "pcx-2" }',
        '}',
        'resource "aws_route" "r" {',
        '  for_each                  = var.routes',
        '  route_table_id            = "rtb-1"',
        '  destination_cidr_block    = each.key',
        '  vpc_peering_connection_id = each.value',
        '}',
        'resource "aws_subnet" "s" {',
        '  for_each   = toset(["b", "a"])',
        '  cidr_block = "10.0.${each.key == "a" ? 1 : 2}.0/24"',
        '}',
        'resource "aws_vpc" "none" {',
        '  count = 0',
        '}',
      ].join('\n'),
    });
    expect(result.resources.map((r) => r.address)).toEqual(['aws_route.r["10.1.0.0/16"]', 'aws_route.r["10.2.0.0/16"]', 'aws_subnet.s["a"]', 'aws_subnet.s["b"]']);
    expect(resource(result, 'aws_route.r["10.2.0.0/16"]').get(['vpc_peering_connection_id'])).toEqual(known('pcx-2'));
    expect(resource(result, 'aws_subnet.s["b"]').get(['cidr_block'])).toEqual(known('10.0.2.0/24'));
  });

  it('stand for all instances with one placeholder when the expansion is unknown', async () => {
    const result = await read({
      'main.tf': 'variable "routes" {}\nresource "aws_route" "r" {\n  for_each               = var.routes\n  destination_cidr_block = each.key\n}\n',
    });
    const placeholder = resource(result, 'aws_route.r[*]');
    expect(placeholder.get(['destination_cidr_block'])).toEqual(
      unknown('the for_each of aws_route.r is unknown (variable routes has no value)'),
    );
  });

  it('expand dynamic blocks among literal ones in source order, with their own iterator name', async () => {
    const text = [
      'variable "rules" {',
      '  default = [{ port = 443, cidr = "10.0.0.0/8" }, { port = 22, cidr = "0.0.0.0/0" }]',
      '}',
      'resource "aws_security_group" "web" {',
      '  ingress {',
      '    from_port   = 80',
      '    cidr_blocks = ["0.0.0.0/0"]',
      '  }',
      '  dynamic "ingress" {',
      '    for_each = var.rules',
      '    iterator = rule',
      '    content {',
      '      from_port   = rule.value.port',
      '      cidr_blocks = [rule.value.cidr]',
      '      description = "rule ${rule.key}"',
      '    }',
      '  }',
      '}',
    ].join('\n');
    const sg = resource(await read({ 'main.tf': text }), 'aws_security_group.web');
    expect(sg.get(['ingress'])).toEqual(
      known([
        { from_port: 80, cidr_blocks: ['0.0.0.0/0'] },
        { from_port: 443, cidr_blocks: ['10.0.0.0/8'], description: 'rule 0' },
        { from_port: 22, cidr_blocks: ['0.0.0.0/0'], description: 'rule 1' },
      ]),
    );
    expect(sg.attributeLocation(['ingress', 0, 'cidr_blocks', 0])).toEqual({ file: 'main.tf', line: 7, column: 5 });
    expect(sg.attributeLocation(['ingress', 2, 'cidr_blocks', 0])).toEqual({ file: 'main.tf', line: 14, column: 7 });
    expect(sg.attributeLocation(['ingress', 2])).toEqual({ file: 'main.tf', line: 12, column: 5 });
    expect(sg.configures?.('ingress')).toBe(true);
  });

  it('make the whole block list unknown when a dynamic for_each is unknown', async () => {
    const text = 'variable "rules" {}\nresource "aws_security_group" "web" {\n  dynamic "ingress" {\n    for_each = var.rules\n    content {\n      from_port = ingress.value\n    }\n  }\n}\n';
    expect(resource(await read({ 'main.tf': text }), 'aws_security_group.web').get(['ingress', 0, 'from_port'])).toEqual(
      unknown('the dynamic "ingress" blocks depend on a for_each that is unknown: variable rules has no value'),
    );
  });
});

describe('modules', () => {
  const tree = {
    'root/main.tf': [
      'module "spoke" {',
      '  source   = "./modules/spoke"',
      '  for_each = { app = "10.1.0.0/16", data = "10.2.0.0/16" }',
      '  name     = each.key',
      '  cidr     = each.value',
      '  hub_id   = aws_vpc.hub.id',
      '}',
      'resource "aws_vpc" "hub" {',
      '  cidr_block = "10.0.0.0/16"',
      '}',
      'resource "aws_route" "to_app" {',
      '  destination_cidr_block    = module.spoke["app"].cidr',
      '  vpc_peering_connection_id = module.spoke["app"].peering_id',
      '}',
      'module "sg" {',
      '  source  = "terraform-aws-modules/security-group/aws"',
      '  version = "5.1.0"',
      '  ingress_cidr_blocks = ["0.0.0.0/0"]',
      '}',
      'resource "aws_security_group_rule" "from_module" {',
      '  security_group_id = module.sg.security_group_id',
      '}',
    ].join('\n'),
    'root/modules/spoke/main.tf': [
      'variable "name" {}',
      'variable "cidr" {}',
      'variable "hub_id" {}',
      'resource "aws_vpc" "this" {',
      '  cidr_block = var.cidr',
      '  tags       = { Name = var.name }',
      '}',
      'resource "aws_vpc_peering_connection" "to_hub" {',
      '  vpc_id      = aws_vpc.this.id',
      '  peer_vpc_id = var.hub_id',
      '}',
      'output "cidr" {',
      '  value = aws_vpc.this.cidr_block',
      '}',
      'output "peering_id" {',
      '  value = aws_vpc_peering_connection.to_hub.id',
      '}',
    ].join('\n'),
  };

  it('load local modules with their inputs, and name their resources module.<call>[key]', async () => {
    const result = await read(tree);
    // The registry module is not installed (no .terraform/modules): an input error, see terraform-hcl.modules.test.ts.
    expect(result.errors.map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual([
      'root/main.tf:15: module.sg: the module "terraform-aws-modules/security-group/aws" is not installed (root/.terraform/modules/modules.json does not exist), so it is not linted and its outputs are unknown',
    ]);
    expect(result.resources.map((r) => r.address)).toEqual([
      'aws_vpc.hub',
      'aws_route.to_app',
      'aws_security_group_rule.from_module',
      'module.spoke["app"].aws_vpc.this',
      'module.spoke["app"].aws_vpc_peering_connection.to_hub',
      'module.spoke["data"].aws_vpc.this',
      'module.spoke["data"].aws_vpc_peering_connection.to_hub',
    ]);
    expect(resource(result, 'module.spoke["data"].aws_vpc.this').get(['tags', 'Name'])).toEqual(known('data'));
    expect(resource(result, 'module.spoke["data"].aws_vpc.this').location()).toEqual({ file: 'root/modules/spoke/main.tf', line: 4, column: 1 });
    expect(resource(result, 'module.spoke["app"].aws_vpc_peering_connection.to_hub').get(['peer_vpc_id'])).toEqual(
      unknown('known after apply', [{ address: 'aws_vpc.hub', attribute: ['id'] }]),
    );
  });

  it('read outputs, known or linked to the resource they come from', async () => {
    const route = resource(await read(tree), 'aws_route.to_app');
    expect(route.get(['destination_cidr_block'])).toEqual(known('10.1.0.0/16'));
    expect(route.get(['vpc_peering_connection_id'])).toEqual(
      unknown('known after apply', [{ address: 'module.spoke["app"].aws_vpc_peering_connection.to_hub', attribute: ['id'] }]),
    );
  });

  it('leave registry modules unread: their outputs are unknown with the reason', async () => {
    const rule = resource(await read(tree), 'aws_security_group_rule.from_module');
    expect(rule.get(['security_group_id'])).toEqual(
      unknown(
        'module.sg comes from terraform-aws-modules/security-group/aws, which vpclint does not download; its outputs are unknown (run terraform init to have it read from .terraform/modules)',
      ),
    );
  });

  it('lint a directory reached as another linted directory local module only through it', async () => {
    const result = await read(tree);
    expect(result.resources.filter((r) => r.address === 'aws_vpc.this')).toEqual([]);
    expect(new Set(result.resources.map((r) => r.file))).toEqual(new Set(['root']));
  });

  it('read registry modules that terraform init installed, from .terraform/modules', async () => {
    const result = await read({
      'main.tf': 'module "net" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "5.1.0"\n  cidr    = "10.0.0.0/16"\n}\n',
      '.terraform/modules/modules.json': JSON.stringify({
        Modules: [
          { Key: '', Source: '', Dir: '.' },
          { Key: 'net', Source: 'registry.terraform.io/terraform-aws-modules/vpc/aws', Version: '5.1.0', Dir: '.terraform/modules/net' },
        ],
      }),
      '.terraform/modules/net/main.tf': 'variable "cidr" {}\nresource "aws_vpc" "this" {\n  cidr_block = var.cidr\n}\n',
    });
    expect(result.errors).toEqual([]);
    const vpc = resource(result, 'module.net.aws_vpc.this');
    expect([vpc.get(['cidr_block']), vpc.location()]).toEqual([known('10.0.0.0/16'), { file: '.terraform/modules/net/main.tf', line: 2, column: 1 }]);
    expect(result.files).toEqual(['.terraform/modules/net/main.tf', 'main.tf']);
    expect(result.resources.map((r) => r.address)).toEqual(['module.net.aws_vpc.this']);
  });

  it('report a local module directory without Terraform files at the module block', async () => {
    const result = await read({ 'main.tf': 'resource "aws_vpc" "a" {}\n\nmodule "gone" {\n  source = "./nowhere"\n}\n' });
    expect(result.errors.map((e) => [e.file, e.line, e.column, e.message])).toEqual([['main.tf', 3, 1, 'module "gone": there are no Terraform files in nowhere']]);
    expect(result.resources.map((r) => r.address)).toEqual(['aws_vpc.a']);
  });

  it('pass provider configurations: the resource region comes from the provider block it uses', async () => {
    const result = await read({
      'main.tf': [
        'provider "aws" {',
        '  region = "eu-west-1"',
        '}',
        'provider "aws" {',
        '  alias  = "us"',
        '  region = "us-east-1"',
        '  assume_role {',
        '    role_arn = "arn:aws:iam::111122223333:role/peering"',
        '  }',
        '}',
        'resource "aws_vpc" "eu" {}',
        'resource "aws_vpc" "us" {',
        '  provider = aws.us',
        '}',
        'module "child" {',
        '  source    = "./child"',
        '  providers = { aws = aws.us }',
        '}',
      ].join('\n'),
      'child/main.tf': 'resource "aws_vpc" "c" {}\n',
    });
    expect(resource(result, 'aws_vpc.eu').provider?.()).toEqual({ name: 'aws', region: known('eu-west-1'), accountId: absent });
    expect(resource(result, 'aws_vpc.us').provider?.()).toEqual({ name: 'aws.us', alias: 'us', region: known('us-east-1'), accountId: known('111122223333') });
    expect(resource(result, 'module.child.aws_vpc.c').provider?.()).toEqual({ name: 'aws.us', alias: 'us', region: known('us-east-1'), accountId: known('111122223333') });
  });
});

describe('data sources', () => {
  it('are read as data resources: arguments known, everything else read from AWS', async () => {
    const result = await read({
      'main.tf': 'data "aws_vpc" "peer" {\n  id = "vpc-0abc"\n}\nresource "aws_route" "r" {\n  destination_cidr_block = data.aws_vpc.peer.cidr_block\n}\n',
    });
    const vpc = resource(result, 'data.aws_vpc.peer');
    expect([vpc.mode, vpc.get(['id'])]).toEqual(['data', known('vpc-0abc')]);
    const reason = 'data.aws_vpc.peer is read from AWS when Terraform plans; vpclint does not read AWS';
    expect(vpc.get(['cidr_block'])).toEqual(unknown(reason));
    expect(resource(result, 'aws_route.r').get(['destination_cidr_block'])).toEqual(
      unknown(reason, [{ address: 'data.aws_vpc.peer', attribute: ['cidr_block'] }]),
    );
  });
});

describe('errors', () => {
  it('turn HCL syntax errors into file:line:col messages and still read the other files', async () => {
    const result = await read({
      'net/bad.tf': 'resource "aws_vpc" "a" {\n  cidr_block = \n}\n',
      'net/good.tf': 'resource "aws_vpc" "b" {\n  cidr_block = "10.0.0.0/16"\n}\n',
      'other/main.tf': 'resource "aws_vpc" "c" {}\n',
    });
    expect(result.errors.map((e) => [e.file, e.line, e.column, e.message])).toEqual([
      ['net/bad.tf', 2, 16, 'Invalid expression: Expected the start of an expression, but found an invalid expression token.'],
    ]);
    expect(result.resources.map((r) => r.address)).toEqual(['aws_vpc.b', 'aws_vpc.c']);
  });

  it('split the parser text into one located error per diagnostic, naming the real file', () => {
    const text =
      'parse config: [vpclint-input.tf:3,3-4: Attribute redefined; The argument "x" was already set at vpclint-input.tf:2,3-4. Each argument may be set only once. ' +
      'vpclint-input.tf:5,5-6: Unclosed configuration block; There is no closing brace for this block before the end of the file.]';
    expect(toParseErrors(text, 'net/a b.tf').map((e) => [e.file, e.line, e.column, e.message])).toEqual([
      ['net/a b.tf', 3, 3, 'Attribute redefined: The argument "x" was already set at net/a b.tf:2,3-4. Each argument may be set only once.'],
      ['net/a b.tf', 5, 5, 'Unclosed configuration block: There is no closing brace for this block before the end of the file.'],
    ]);
    expect(toParseErrors('wasm: out of memory', 'a.tf').map((e) => [e.file, e.line, e.column, e.message])).toEqual([
      ['a.tf', 1, 1, 'the HCL parser failed: wasm: out of memory'],
    ]);
  });

  it('report names declared twice at the second declaration', async () => {
    const result = await read({
      'a.tf': 'resource "aws_vpc" "x" {\n  cidr_block = "10.0.0.0/16"\n}\n',
      'b.tf': '\nresource "aws_vpc" "x" {\n  cidr_block = "10.1.0.0/16"\n}\n',
    });
    expect(result.errors.map((e) => [e.file, e.line, e.message])).toEqual([['b.tf', 2, 'duplicate resource "aws_vpc" "x"; the first is at a.tf:1, and only it is linted']]);
    expect(resource(result, 'aws_vpc.x').get(['cidr_block'])).toEqual(known('10.0.0.0/16'));
  });

  it('evaluation errors and cycles become unknown values, never crashes', async () => {
    const result = await read({
      'main.tf': [
        'locals {',
        '  a = local.b',
        '  b = local.a',
        '}',
        'resource "aws_vpc" "v" {',
        '  cidr_block = local.a',
        '  tags       = { Name = var.nope }',
        '  count      = "many"',
        '}',
      ].join('\n'),
    });
    const v = resource(result, 'aws_vpc.v[*]');
    expect(v.get(['cidr_block'])).toEqual(unknown('local.b of the root module: local.a refers to itself'));
    expect(v.get(['tags', 'Name'])).toEqual(unknown('the root module declares no variable "nope"'));
  });

  it('an argument set to null is not set, and a count too large is not expanded', async () => {
    const result = await read({
      'main.tf': 'resource "aws_route_table" "t" {\n  route = null\n}\nresource "aws_vpc" "many" {\n  count = 1000000\n}\n',
    });
    const table = resource(result, 'aws_route_table.t');
    expect([table.get(['route']), table.configures?.('route')]).toEqual([{ state: 'unknown', reason: 'known after apply', refs: [], computed: true }, false]);
    expect(resource(result, 'aws_vpc.many[*]').get(['cidr_block'])).toEqual({ state: 'unknown', reason: 'known after apply', refs: [], computed: true });
    expect(result.resources.map((r) => r.address)).toEqual(['aws_route_table.t', 'aws_vpc.many[*]']);
  });

  it('keep keys such as __proto__ as data, without touching prototypes', async () => {
    const result = await read({ 'main.tf': 'resource "aws_vpc" "v" {\n  tags = { "__proto__" = "x", constructor = "y" }\n}\n' });
    const tags = resource(result, 'aws_vpc.v').get(['tags']);
    expect(tags.state).toBe('known');
    expect(Object.getOwnPropertyNames((tags as { value: object }).value).sort()).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('through the model and the rules', () => {
  it('reports an open ingress rule of a dynamic block at its cidr_blocks line', async () => {
    const text = [
      'resource "aws_security_group" "web" {',
      '  dynamic "ingress" {',
      '    for_each = [22]',
      '    content {',
      '      protocol    = "tcp"',
      '      from_port   = ingress.value',
      '      to_port     = ingress.value',
      '      cidr_blocks = ["0.0.0.0/0"]',
      '    }',
      '  }',
      '}',
    ].join('\n');
    const result = await lint([{ file: 'sg.tf', text }]);
    expect(result.findings.map((f) => [f.ruleId, f.resource, f.severity, f.messageId, f.location])).toEqual([
      ['NET401', 'aws_security_group.web', 'error', 'sensitivePort', { file: 'sg.tf', line: 8, column: 7 }],
    ]);
  });

  it('links peerings across module boundaries to find an overlap', async () => {
    const result = await lint([
      { file: 'main.tf', text: 'resource "aws_vpc" "hub" {\n  cidr_block = "10.0.0.0/16"\n}\nmodule "spoke" {\n  source = "./spoke"\n  hub_id = aws_vpc.hub.id\n}\n' },
      {
        file: 'spoke/main.tf',
        text: 'variable "hub_id" {}\nresource "aws_vpc" "this" {\n  cidr_block = "10.0.128.0/20"\n}\nresource "aws_vpc_peering_connection" "p" {\n  vpc_id      = aws_vpc.this.id\n  peer_vpc_id = var.hub_id\n}\n',
      },
    ]);
    expect(result.findings.filter((f) => f.ruleId === 'NET101').map((f) => [f.resource, f.location.file, f.location.line, f.data.vpcCidr, f.data.peerCidr])).toEqual([
      ['module.spoke.aws_vpc_peering_connection.p', 'spoke/main.tf', 5, '10.0.128.0/20', '10.0.0.0/16'],
    ]);
  });
});
