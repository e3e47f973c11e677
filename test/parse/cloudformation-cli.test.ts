// Parameter values from the command line: the three file forms, `--parameter Key=Value`, their
// order, their errors, and the whole CLI run with them (in-process).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli.js';
import { InputError, ParseError, UsageError } from '../../src/errors.js';
import { loadParameters, readParameterFlag, readParametersFile } from '../../src/parse/cloudformation/index.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'vpclint-cfn-params-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function fromFile(text: string): Record<string, string> {
  const values = new Map<string, string>();
  readParametersFile(text, 'params.json', values);
  return Object.fromEntries(values);
}

describe('parameters files', () => {
  it.each([
    [
      'the AWS CLI form',
      '[{"ParameterKey": "PeerVpcId", "ParameterValue": "vpc-0abc"}, {"ParameterKey": "Ports", "ParameterValue": "22,443"}]',
      { PeerVpcId: 'vpc-0abc', Ports: '22,443' },
    ],
    ['the AWS CLI form with UsePreviousValue (no value: left out)', '[{"ParameterKey": "A", "UsePreviousValue": true}]', {}],
    ['a plain map, numbers and lists turned into text', '{"Cidr": "10.0.0.0/16", "Port": 22, "Azs": ["a", "b"], "On": true}', { Cidr: '10.0.0.0/16', Port: '22', Azs: 'a,b', On: 'true' }],
    ['a CodePipeline template configuration', '{"Parameters": {"Env": "prod"}}', { Env: 'prod' }],
    ['pseudo parameters', '{"AWS::Region": "eu-west-1"}', { 'AWS::Region': 'eu-west-1' }],
    ['a __proto__ key, as an ordinary name', '{"__proto__": "x"}', { ['__proto__']: 'x' }],
  ])('reads %s', (_name, text, expected) => {
    expect(fromFile(text)).toEqual(expected);
  });

  it.each([
    ['invalid JSON', '{"a": }', 'invalid JSON: Unexpected token \'}\'', 1, 7],
    ['a string', '"x"', 'a parameters file must be a list of {"ParameterKey", "ParameterValue"} objects or an object of values', 1, 1],
    ['an entry without ParameterKey', '[{"ParameterValue": "x"}]', 'parameters[0] has no ParameterKey', 1, 1],
    ['an entry that is not an object', '[1]', 'parameters[0] is not an object with ParameterKey and ParameterValue', 1, 1],
    ['an object value', '{"A": {"b": 1}}', 'the value of parameter A is not a string', 1, 1],
  ])('refuses %s with the file and position', (_name, text, message, line, column) => {
    let error: unknown;
    try {
      fromFile(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ParseError);
    expect([(error as ParseError).file, (error as ParseError).line, (error as ParseError).column, (error as ParseError).message]).toEqual([
      'params.json',
      line,
      column,
      message,
    ]);
  });
});

describe('--parameter', () => {
  it('takes everything after the first = as the value', () => {
    const values = new Map<string, string>();
    readParameterFlag('Filter=a=b', values);
    readParameterFlag('Empty=', values);
    expect(Object.fromEntries(values)).toEqual({ Filter: 'a=b', Empty: '' });
  });

  it.each(['NoEquals', '=value'])('refuses %j', (flag) => {
    expect(() => readParameterFlag(flag, new Map())).toThrow(UsageError);
  });

  it('applies files in order, then flags, later values winning', () => {
    const dir = mkdtempSync(path.join(root, 'order-'));
    writeFileSync(path.join(dir, 'a.json'), '{"A": "1", "B": "1"}');
    writeFileSync(path.join(dir, 'b.json'), '[{"ParameterKey": "B", "ParameterValue": "2"}, {"ParameterKey": "C", "ParameterValue": "2"}]');
    const values = loadParameters(['a.json', 'b.json'], ['C=3'], dir);
    expect(Object.fromEntries(values)).toEqual({ A: '1', B: '2', C: '3' });
  });

  it('reports a file that cannot be read as an input error naming it', () => {
    let error: unknown;
    try {
      loadParameters(['missing.json'], [], root);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect([(error as InputError).file, (error as InputError).message]).toEqual(['missing.json', 'cannot read the --parameters file: no such file or directory']);
  });
});

const TEMPLATE = [
  "AWSTemplateFormatVersion: '2010-09-09'",
  'Parameters:',
  '  AdminCidr:',
  '    Type: String',
  'Resources:',
  '  Admin:',
  '    Type: AWS::EC2::SecurityGroupIngress',
  '    Properties:',
  '      GroupId: sg-0123456789abcdef0',
  '      IpProtocol: tcp',
  '      FromPort: 22',
  '      ToPort: 22',
  '      CidrIp: !Ref AdminCidr',
  '',
].join('\n');

function capture(cwd: string) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), cwd, env: {}, isTTY: false };
  return { io, out };
}

describe('the CLI with parameters', () => {
  const dir = mkdtempSync(path.join(root, 'cli-'));
  writeFileSync(path.join(dir, 'sg.yaml'), TEMPLATE);
  writeFileSync(path.join(dir, 'open.json'), '[{"ParameterKey": "AdminCidr", "ParameterValue": "0.0.0.0/0"}]');
  writeFileSync(path.join(dir, 'broken.json'), '{"AdminCidr": ');

  it('leaves a parameter without value unresolved', async () => {
    const { io, out } = capture(dir);
    expect(await main(['--format', 'json', 'sg.yaml'], io)).toBe(0);
    const json = JSON.parse(out.stdout) as { findings: unknown[]; unresolved: { resource: string; reason: string }[] };
    expect(json.findings).toEqual([]);
    expect(json.unresolved).toEqual([
      expect.objectContaining({
        resource: 'Admin',
        reason:
          'CidrIp of Admin is unknown (parameter AdminCidr has no Default and is not given with --parameter), so whether Admin admits the whole internet cannot be decided',
      }),
    ]);
  });

  it.each([
    ['--parameters', ['--parameters', 'open.json']],
    ['--parameter', ['--parameter', 'AdminCidr=0.0.0.0/0']],
    ['--parameter over --parameters', ['--parameters', 'open.json', '--parameter', 'AdminCidr=0.0.0.0/0']],
  ])('finds the open rule with the value given by %s', async (_name, flags) => {
    const { io, out } = capture(dir);
    expect(await main([...flags, 'sg.yaml'], io)).toBe(1);
    expect(out.stdout.split('\n')[0]).toBe(
      'sg.yaml:13  error  NET401  Admin admits tcp port 22 from 0.0.0.0/0, the whole IPv4 internet, into a security group outside the linted files, exposing SSH (22). ' +
        "Allow administrative and database ports only from known addresses (office or VPN ranges, a bastion's security group), or use SSM Session Manager.",
    );
  });

  it('passes with a narrow value given on the command line', async () => {
    const { io, out } = capture(dir);
    expect(await main(['--parameter', 'AdminCidr=10.0.0.0/8', 'sg.yaml'], io)).toBe(0);
    expect(out.stdout).toBe('✔ no problems in 1 file\n');
  });

  it.each([
    ['a broken parameters file', ['--parameters', 'broken.json'], 'broken.json:1:15: invalid JSON: Unexpected end of JSON input\n'],
    ['a missing parameters file', ['--parameters', 'nope.json'], 'nope.json: cannot read the --parameters file: no such file or directory\n'],
    ['a flag without =', ['--parameter', 'AdminCidr'], 'vpclint: --parameter needs Key=Value, not "AdminCidr"\n  for example --parameter PeerVpcId=vpc-0abc1234\n'],
  ])('stops with exit 2 for %s', async (_name, flags, stderr) => {
    const { io, out } = capture(dir);
    expect(await main([...flags, 'sg.yaml'], io)).toBe(2);
    expect(out.stderr).toBe(stderr);
    expect(out.stdout).toBe('');
  });
});

describe('the CLI with bad templates', () => {
  const dir = mkdtempSync(path.join(root, 'bad-'));
  writeFileSync(path.join(dir, 'a-broken.yaml'), "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Sg:\n    Type: [AWS::EC2::SecurityGroup\n");
  writeFileSync(path.join(dir, 'b-duplicate.json'), '{"AWSTemplateFormatVersion": "2010-09-09",\n "Resources": {"A": {"Type": "AWS::EC2::VPC"},\n  "A": {"Type": "AWS::EC2::VPC"}}}');
  writeFileSync(path.join(dir, 'c-good.yaml'), TEMPLATE.replace('    Type: String\n', '    Type: String\n    Default: 0.0.0.0/0\n'));
  writeFileSync(path.join(dir, 'd-workflow.yml'), 'on: [push]\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps: [{run: "aws cloudformation deploy"}]\n');

  it('reports each bad file as file:line:col, exit 2, and still lints the others', async () => {
    const { io, out } = capture(dir);
    expect(await main(['.'], io)).toBe(2);
    expect(out.stderr).toBe(
      'a-broken.yaml:5:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]\n' +
        'b-duplicate.json:3:3: duplicate key "A" (line 3): keys of a mapping must be unique\n' +
        '  CloudFormation rejects a template with a repeated key, or uses one of the values unpredictably.\n',
    );
    expect(out.stdout.split('\n')[0]).toMatch(/^c-good\.yaml:14 {2}error {2}NET401 {2}Admin admits tcp port 22 from 0\.0\.0\.0\/0/);
    expect(out.stdout).toContain('✖ 1 problem (1 error) in 1 of 3 files\n');
  });
});

describe('the CLI finds templates by content under every template extension', () => {
  const dir = mkdtempSync(path.join(root, 'ext-'));
  const open = TEMPLATE.replace('    Type: String\n', '    Type: String\n    Default: 0.0.0.0/0\n');
  writeFileSync(path.join(dir, 'a.template'), open);
  writeFileSync(path.join(dir, 'b.yml'), open);
  writeFileSync(path.join(dir, 'c.json'), JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: { Admin: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: 'sg-1', IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' } } } }, null, 1));
  writeFileSync(path.join(dir, 'd.txt'), open);

  it('lints .template, .yml and .json templates, and nothing else', async () => {
    const { io, out } = capture(dir);
    expect(await main(['--format', 'json', '.'], io)).toBe(1);
    const json = JSON.parse(out.stdout) as { findings: { resource: string; location: { file: string; line: number } }[] };
    expect(json.findings.map((f) => `${f.location.file}:${f.location.line} ${f.resource}`)).toEqual(['a.template:14 Admin', 'b.yml:14 Admin', 'c.json:11 Admin']);
  });
});
