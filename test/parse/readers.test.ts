// The registry of readers (src/parse/readers.ts): which reader takes which file, the names
// directories are searched for, the messages built from the readers' descriptions, and the order
// readInputs keeps (each input's own errors in input order, then each reader's).
import { describe, expect, it } from 'vitest';
import { INPUTS_READ, READERS, READS_HINT, isInputName, readInputs, readerOf } from '../../src/parse/readers.js';

const PLAN = JSON.stringify({
  format_version: '1.2',
  resource_changes: [{ address: 'aws_vpc.a', mode: 'managed', type: 'aws_vpc', name: 'a', change: { actions: ['create'], after: { cidr_block: '10.0.0.0/16' }, after_unknown: {} } }],
});
const TEMPLATE_JSON = JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: { Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.1.0.0/16' } } } });
const TEMPLATE_YAML = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.2.0.0/16\n';

describe('the registry', () => {
  it('lists one reader per format, the inventory last', () => {
    expect(READERS.map((r) => r.name)).toEqual(['terraform-plan', 'terraform-hcl', 'cloudformation', 'config']);
  });

  it('searches directories for the names discovery searched before the registry', () => {
    const before = /\.(?:json|tf|tofu|ya?ml|template)$/i;
    const names = ['plan.json', 'main.tf', 'main.tofu', 'cdk.tf.json', 'x.tofu.json', 'a.yaml', 'a.YML', 'a.template', 'a.txt', 'tf', 'Makefile', 'a.json.bak', 'terraform.tfvars', 'a.tfvars.json'];
    for (const name of names) expect(isInputName(name), name).toBe(before.test(name));
  });

  it('names what vpclint reads in messages as before', () => {
    expect(INPUTS_READ).toBe('Terraform plan JSON, .tf, and CloudFormation JSON/YAML');
    expect(READS_HINT).toBe(
      'vpclint reads Terraform plan JSON (terraform show -json plan.out > plan.json), Terraform sources (.tf, .tofu) and CloudFormation templates (JSON or YAML)',
    );
  });

  it('gives each file to the reader of its format', () => {
    const of = (file: string, text: string, byContent = false) => readerOf({ file, text, byContent })?.name;
    expect(of('plan.json', PLAN)).toBe('terraform-plan');
    expect(of('plan.json', '{"format_version": "1.2", "planned_values": ')).toBe('terraform-plan'); // truncated: its error is the plan reader's
    expect(of('t.json', TEMPLATE_JSON)).toBe('cloudformation');
    expect(of('t.yaml', TEMPLATE_YAML)).toBe('cloudformation');
    expect(of('main.tf', '')).toBe('terraform-hcl');
    expect(of('cdk.tf.json', PLAN)).toBe('terraform-hcl');
    expect(of('tsconfig.json', '{ "compilerOptions": {} }')).toBe(undefined);
    expect(of('plan.out.txt', PLAN, true)).toBe('terraform-plan');
    expect(of('network-stack', TEMPLATE_YAML, true)).toBe('cloudformation');
    expect(of('notes.txt', PLAN)).toBe(undefined);
  });
});

describe('readInputs', () => {
  it('lists inputs read one at a time in the order given, then the files read as modules', async () => {
    const read = await readInputs([
      { file: 'b/t.yaml', text: TEMPLATE_YAML },
      { file: 'a/main.tf', text: 'resource "aws_vpc" "x" {\n  cidr_block = "10.3.0.0/16"\n}\n' },
      { file: 'c/plan.json', text: PLAN },
      { file: 'tsconfig.json', text: '{}' },
    ]);
    expect(read.errors).toEqual([]);
    expect(read.files).toEqual(['b/t.yaml', 'c/plan.json', 'a/main.tf']);
    expect(read.resources.map((r) => `${r.format} ${r.address}`)).toEqual(['terraform-plan aws_vpc.a', 'terraform-hcl aws_vpc.x', 'cloudformation Vpc']);
  });

  it("lists each input's own errors in the order given, whatever its reader", async () => {
    const read = await readInputs([
      { file: 'bad.yaml', text: 'AWSTemplateFormatVersion: "2010-09-09"\nResources: [1\n' },
      { file: 'bad.json', text: '{"format_version": "1.2",' },
    ]);
    expect(read.errors.map((e) => e.file)).toEqual(['bad.yaml', 'bad.json']);
    expect(read.files).toEqual(['bad.yaml', 'bad.json']);
  });
});
