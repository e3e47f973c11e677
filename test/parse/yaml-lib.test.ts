/**
 * The `yaml` package is loaded only by runs that read YAML (src/parse/yaml-lib.ts). The setup
 * file (test/helpers/load-yaml.ts) loads it for every test file, so these tests take fresh copies
 * of the modules (vi.resetModules) to see what loads it and what does not.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type YamlLib = typeof import('../../src/parse/yaml-lib.js');
type Run = typeof import('../../src/run.js');

const NOT_LOADED = 'internal error: the yaml package is used before loadYaml() loaded it';

const PLAN = JSON.stringify({
  format_version: '1.2',
  terraform_version: '1.9.0',
  planned_values: { root_module: { resources: [{ address: 'aws_vpc.a', mode: 'managed', type: 'aws_vpc', name: 'a', values: { cidr_block: '10.0.0.0/16' } }] } },
  resource_changes: [{ address: 'aws_vpc.a', mode: 'managed', type: 'aws_vpc', name: 'a', change: { actions: ['create'], after: { cidr_block: '10.0.0.0/16' } } }],
});
const TEMPLATE_YAML = [
  "AWSTemplateFormatVersion: '2010-09-09'",
  'Resources:',
  '  Vpc:',
  '    Type: AWS::EC2::VPC',
  '    Properties:',
  '      CidrBlock: 10.0.0.0/16',
  '  Ssh:',
  '    Type: AWS::EC2::SecurityGroup',
  '    Properties:',
  '      GroupDescription: ssh',
  '      VpcId: !Ref Vpc',
  '      SecurityGroupIngress:',
  '        - IpProtocol: tcp',
  '          FromPort: 22',
  '          ToPort: 22',
  '          CidrIp: 0.0.0.0/0',
  '',
].join('\n');
const sshOpen = (file: string): unknown => [['NET401', 'Ssh', { file, line: 16, column: 11 }]];
const TEMPLATE_JSON = '{ "AWSTemplateFormatVersion": "2010-09-09", "Resources": { "Vpc": { "Type": "AWS::EC2::VPC", "Properties": { "CidrBlock": "10.0.0.0/16" } } } }';

async function fresh(): Promise<{ lib: YamlLib; run: Run }> {
  vi.resetModules();
  const lib = await import('../../src/parse/yaml-lib.js');
  const run = await import('../../src/run.js');
  return { lib, run };
}

function loaded(lib: YamlLib): boolean {
  try {
    lib.yamlLib();
    return true;
  } catch (error) {
    expect((error as Error).message).toBe(NOT_LOADED);
    return false;
  }
}

describe('the yaml package, loaded on demand', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('is not there before loadYaml(), and is the package itself after it (loaded once)', async () => {
    const lib = await import('../../src/parse/yaml-lib.js');
    expect(() => lib.yamlLib()).toThrow(NOT_LOADED);
    const first = await lib.loadYaml();
    const yaml = await import('yaml');
    expect(first.parseDocument).toBe(yaml.parseDocument);
    expect(await lib.loadYaml()).toBe(first);
    expect(lib.yamlLib()).toBe(first);
  });

  it('is not loaded by a plan or a JSON template, and is by a YAML template', async () => {
    const { lib, run } = await fresh();
    const plan = await run.lint([{ file: 'plan.json', text: PLAN }]);
    expect(plan.errors).toEqual([]);
    expect(plan.files).toEqual(['plan.json']);
    const json = await run.lint([{ file: 'vpc.json', text: TEMPLATE_JSON }]);
    expect(json.errors).toEqual([]);
    expect(json.files).toEqual(['vpc.json']);
    expect(loaded(lib)).toBe(false);

    const yaml = await run.lint([{ file: 'vpc.yaml', text: TEMPLATE_YAML }]);
    expect(yaml.errors).toEqual([]);
    expect(yaml.files).toEqual(['vpc.yaml']);
    expect(yaml.findings.map((f) => [f.ruleId, f.resource, f.location])).toEqual(sshOpen('vpc.yaml'));
    expect(loaded(lib)).toBe(true);
  });

  it('is loaded for a file named on the command line that may be a template (read by content)', async () => {
    const { lib, run } = await fresh();
    const result = await run.lint([{ file: 'network-stack', text: TEMPLATE_YAML, byContent: true }]);
    expect(result.errors).toEqual([]);
    expect(result.findings.map((f) => [f.ruleId, f.resource, f.location])).toEqual(sshOpen('network-stack'));
    expect(result.files).toEqual(['network-stack']);
    expect(loaded(lib)).toBe(true);
  });
});
