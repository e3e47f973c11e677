// Reading CloudFormation templates: recognition by content, short-form tags, positions, locations
// of resources and properties, and bad input (syntax errors, duplicate keys, alias bombs, wrong
// shapes) as located errors.
import { describe, expect, it } from 'vitest';
import { loadTemplate, readTemplates } from '../../src/parse/cloudformation/index.js';
import { parseTemplateText, SHORT_FORMS } from '../../src/parse/cloudformation/tree.js';
import type { TemplateNode } from '../../src/parse/cloudformation/tree.js';
import { byId, loadError, readOne, readRun } from './cloudformation-helpers.js';

/** A node as plain data, functions as `{ fn: name, arg }`, for comparing trees. */
function plain(node: TemplateNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(plain);
    case 'map':
      return Object.fromEntries([...node.entries].map(([k, e]) => [k, plain(e.value)]));
    case 'fn':
      return { fn: node.name, arg: plain(node.arg) };
  }
}

function tree(text: string): unknown {
  return plain(parseTemplateText(text, 't.yaml').root);
}

describe('short-form tags', () => {
  it.each([
    ['!Ref Vpc', { fn: 'Ref', arg: 'Vpc' }],
    ['!Condition IsProd', { fn: 'Condition', arg: 'IsProd' }],
    ['!GetAtt Vpc.CidrBlock', { fn: 'Fn::GetAtt', arg: 'Vpc.CidrBlock' }],
    ['!GetAtt [Vpc, CidrBlock]', { fn: 'Fn::GetAtt', arg: ['Vpc', 'CidrBlock'] }],
    ["!Sub '${AWS::StackName}-vpc'", { fn: 'Fn::Sub', arg: '${AWS::StackName}-vpc' }],
    ['!Join [",", [a, b]]', { fn: 'Fn::Join', arg: [',', ['a', 'b']] }],
    ['!Select [0, [a, b]]', { fn: 'Fn::Select', arg: [0, ['a', 'b']] }],
    ['!Split [",", "a,b"]', { fn: 'Fn::Split', arg: [',', 'a,b'] }],
    ['!If [C, a, b]', { fn: 'Fn::If', arg: ['C', 'a', 'b'] }],
    ['!Equals [a, b]', { fn: 'Fn::Equals', arg: ['a', 'b'] }],
    ['!Not [!Condition C]', { fn: 'Fn::Not', arg: [{ fn: 'Condition', arg: 'C' }] }],
    ['!And [!Condition A, !Condition B]', { fn: 'Fn::And', arg: [{ fn: 'Condition', arg: 'A' }, { fn: 'Condition', arg: 'B' }] }],
    ['!Or [!Condition A, !Condition B]', { fn: 'Fn::Or', arg: [{ fn: 'Condition', arg: 'A' }, { fn: 'Condition', arg: 'B' }] }],
    ['!FindInMap [M, k1, k2]', { fn: 'Fn::FindInMap', arg: ['M', 'k1', 'k2'] }],
    ['!ImportValue net-VpcId', { fn: 'Fn::ImportValue', arg: 'net-VpcId' }],
    ['!Base64 hello', { fn: 'Fn::Base64', arg: 'hello' }],
    ['!Cidr [10.0.0.0/16, 4, 8]', { fn: 'Fn::Cidr', arg: ['10.0.0.0/16', 4, 8] }],
    ["!GetAZs ''", { fn: 'Fn::GetAZs', arg: '' }],
  ])('%s reads as its long form', (yaml, expected) => {
    expect(tree(`V: ${yaml}\n`)).toEqual({ V: expected });
  });

  it('covers every short form the issue names', () => {
    for (const name of ['Ref', 'GetAtt', 'Sub', 'Join', 'Select', 'Split', 'If', 'Equals', 'Not', 'And', 'Or', 'Condition', 'FindInMap', 'ImportValue', 'Base64', 'Cidr', 'GetAZs']) {
      expect(SHORT_FORMS).toContain(name);
    }
  });

  it('reads JSON long forms and YAML short forms as the same tree', () => {
    const json = '{"V": {"Fn::Select": [0, {"Fn::Cidr": [{"Fn::GetAtt": ["Vpc", "CidrBlock"]}, 4, 8]}]}, "W": {"Ref": "P"}}';
    const yaml = 'V: !Select [0, !Cidr [!GetAtt Vpc.CidrBlock, 4, 8]]\nW: !Ref P\n';
    const fromJson = tree(json) as { V: { arg: [number, { arg: [{ arg: unknown }] }] } };
    const fromYaml = tree(yaml) as typeof fromJson;
    // The one difference: !GetAtt in short form is a "Vpc.CidrBlock" string, in JSON a list.
    expect(fromJson.V.arg[1].arg[0].arg).toEqual(['Vpc', 'CidrBlock']);
    expect(fromYaml.V.arg[1].arg[0].arg).toEqual('Vpc.CidrBlock');
    expect({ ...fromJson, V: undefined }).toEqual({ ...fromYaml, V: undefined });
  });

  it('keeps a mapping with Ref beside other keys as data, not a function', () => {
    expect(tree('V: {Ref: a, Other: b}\n')).toEqual({ V: { Ref: 'a', Other: 'b' } });
  });

  it('keeps __proto__ and constructor as ordinary keys', () => {
    expect(tree('__proto__: {polluted: true}\nconstructor: x\n')).toEqual({ ['__proto__']: { polluted: true }, constructor: 'x' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads number, boolean and null keys as their text', () => {
    expect(tree('1: a\ntrue: b\n~: c\n')).toEqual({ '1': 'a', true: 'b', null: 'c' });
  });

  it('shares an aliased node instead of copying it', () => {
    const root = parseTemplateText('a: &x {k: v}\nb: *x\n', 't.yaml').root;
    if (root.kind !== 'map') throw new Error('not a map');
    expect(root.entries.get('a')?.value).toBe(root.entries.get('b')?.value);
  });
});

describe('recognizing templates by content', () => {
  it.each([
    ['a GitHub workflow', 'name: ci\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n', 'ci.yml'],
    ['a Kubernetes manifest', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n', 'svc.yaml'],
    ['a package file', '{"name": "x", "version": "1.0.0"}', 'package.json'],
    ['Resources without AWS types', 'Resources:\n  A:\n    Type: Custom::Thing\nNote: "AWS::"\n', 'other.yaml'],
    ['a list mentioning Resources and AWS::', '- Resources\n- AWS::EC2::VPC\n', 'list.yaml'],
    ['a broken YAML file that does not mention templates', 'a: [1, 2\nb: {\n', 'broken.yaml'],
  ])('skips %s quietly', (_name, text, file) => {
    expect(loadTemplate(text, file)).toBeUndefined();
  });

  it('reads a template with AWSTemplateFormatVersion and no resources', () => {
    const t = loadTemplate("AWSTemplateFormatVersion: '2010-09-09'\nDescription: empty\n", 'empty.yaml');
    expect(t?.resources.size).toBe(0);
    expect(t?.problems).toEqual([]);
  });

  it('reads a template without AWSTemplateFormatVersion whose resources have AWS:: types', () => {
    const t = loadTemplate('Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n', 'vpc.yaml');
    expect([...(t?.resources.keys() ?? [])]).toEqual(['Vpc']);
  });
});

describe('locations', () => {
  const text = [
    "AWSTemplateFormatVersion: '2010-09-09'", // 1
    'Parameters:', // 2
    '  Office:', // 3
    '    Type: String', // 4
    '    Default: 0.0.0.0/0', // 5
    'Resources:', // 6
    '  Web:', // 7
    '    Type: AWS::EC2::SecurityGroup', // 8
    '    Properties:', // 9
    '      GroupDescription: web', // 10
    '      SecurityGroupIngress:', // 11
    '        - IpProtocol: tcp', // 12
    '          FromPort: 22', // 13
    '          ToPort: 22', // 14
    '          CidrIp: !Ref Office', // 15
    '        - !Ref AWS::NoValue', // 16
    '        - IpProtocol: tcp', // 17
    '          FromPort: 443', // 18
    '          ToPort: 443', // 19
    '          CidrIpv6: ::/0', // 20
  ].join('\n');
  const web = byId(readOne(text), 'Web');

  it('puts a resource at its logical ID', () => {
    expect(web.location()).toEqual({ file: 'template.yaml', line: 7, column: 3 });
  });

  it.each([
    [['SecurityGroupIngress'], 11, 7],
    [['SecurityGroupIngress', 0], 12, 11],
    [['SecurityGroupIngress', 0, 'CidrIp'], 15, 11],
    // The AWS::NoValue item is removed, so item 1 is the rule written third.
    [['SecurityGroupIngress', 1, 'CidrIpv6'], 20, 11],
    // A property that is not written: the deepest part that is.
    [['SecurityGroupIngress', 1, 'CidrIp'], 17, 11],
  ])('puts %j at line %i', (path, line, column) => {
    expect(web.attributeLocation(path)).toEqual({ file: 'template.yaml', line, column });
  });

  it('has no attribute location for a property that is not written at all', () => {
    expect(web.attributeLocation(['VpcId'])).toBeUndefined();
    expect(web.attributeLocation([])).toBeUndefined();
  });

  it('reads the value through the parameter but locates it at the property', () => {
    expect(web.get(['SecurityGroupIngress', 0, 'CidrIp'])).toEqual({ state: 'known', value: '0.0.0.0/0' });
    expect(web.get(['SecurityGroupIngress', 1, 'CidrIpv6'])).toEqual({ state: 'known', value: '::/0' });
    expect(web.get(['SecurityGroupIngress', 2])).toEqual({ state: 'absent' });
  });

  it('locates JSON templates the same way', () => {
    const json = [
      '{', // 1
      '  "Resources": {', // 2
      '    "Web": {', // 3
      '      "Type": "AWS::EC2::SecurityGroup",', // 4
      '      "Properties": {', // 5
      '        "SecurityGroupIngress": [', // 6
      '          { "IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,', // 7
      '            "CidrIp": "0.0.0.0/0" }', // 8
      '        ]', // 9
      '      }', // 10
      '    }', // 11
      '  }', // 12
      '}', // 13
    ].join('\n');
    const r = byId(readRun({ 'web.json': json }), 'Web');
    expect(r.location()).toEqual({ file: 'web.json', line: 3, column: 5 });
    expect(r.attributeLocation(['SecurityGroupIngress', 0, 'CidrIp'])).toEqual({ file: 'web.json', line: 8, column: 13 });
    expect(r.attributeLocation(['SecurityGroupIngress', 0, 'FromPort'])).toEqual({ file: 'web.json', line: 7, column: 34 });
  });
});

describe('resources handed to the builder', () => {
  it('hands over parameters (as data resources) and resources, and leaves out resources whose condition is false', () => {
    const resources = readOne(
      [
        'Parameters:',
        '  Env:',
        '    Type: String',
        '    Default: dev',
        '  PeerVpc:',
        '    Type: AWS::EC2::VPC::Id',
        'Conditions:',
        '  IsProd: !Equals [!Ref Env, prod]',
        '  IsDev: !Equals [!Ref Env, dev]',
        'Resources:',
        '  ProdVpc:',
        '    Type: AWS::EC2::VPC',
        '    Condition: IsProd',
        '  DevVpc:',
        '    Type: AWS::EC2::VPC',
        '    Condition: IsDev',
        '  Queue:',
        '    Type: AWS::SQS::Queue',
      ].join('\n'),
    );
    expect(resources.map((r) => [r.address, r.type, r.mode, r.format])).toEqual([
      ['Env', 'AWS::CloudFormation::Parameter', 'data', 'cloudformation'],
      ['PeerVpc', 'AWS::CloudFormation::Parameter', 'data', 'cloudformation'],
      ['DevVpc', 'AWS::EC2::VPC', 'managed', 'cloudformation'],
      ['Queue', 'AWS::SQS::Queue', 'managed', 'cloudformation'],
    ]);
    const peer = byId(resources, 'PeerVpc');
    expect(peer.get(['Type'])).toEqual({ state: 'known', value: 'AWS::EC2::VPC::Id' });
    expect(peer.get(['id'])).toEqual({ state: 'unknown', reason: 'parameter PeerVpc has no Default and is not given with --parameter', refs: [] });
    expect(byId(resources, 'Env').get(['Value'])).toEqual({ state: 'known', value: 'dev' });
    expect(peer.location()).toEqual({ file: 'template.yaml', line: 5, column: 3 });
  });

  it('keeps a resource whose condition cannot be decided', () => {
    const resources = readOne(
      'Parameters:\n  Env:\n    Type: String\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Condition: IsProd\n',
    );
    expect(resources.map((r) => r.address)).toEqual(['Env', 'Vpc']);
  });

  it('reads a wrongly typed property as it is, and never throws', () => {
    const r = byId(readOne('Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      SecurityGroupIngress: hello22\n'), 'Sg');
    expect(r.get(['SecurityGroupIngress'])).toEqual({ state: 'known', value: 'hello22' });
    expect(r.get(['SecurityGroupIngress', 0, 'CidrIp'])).toEqual({ state: 'absent' });
    expect(r.get(['SecurityGroupIngress', 'x'])).toEqual({ state: 'absent' });
  });

  it('gives containers as plain JSON, unknown members as null, __proto__ as an own key', () => {
    const r = byId(
      readOne('Parameters:\n  P:\n    Type: String\nResources:\n  R:\n    Type: AWS::Test::Thing\n    Properties:\n      M:\n        a: [1, !Ref P]\n        __proto__: {x: 1}\n'),
      'R',
    );
    const m = r.get(['M']);
    expect(m.state).toBe('known');
    const value = (m as { value: Record<string, unknown> }).value;
    expect(value.a).toEqual([1, null]);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(r.get(['M', 'a', 1])).toEqual({ state: 'unknown', reason: 'parameter P has no Default and is not given with --parameter', refs: [{ address: 'P', attribute: [] }] });
  });
});

describe('problems inside a template', () => {
  it.each([
    ['a resource without Type', 'Resources:\n  A:\n    Properties: {}\n  B:\n    Type: AWS::EC2::VPC\n', 'resource A has no Type (a string such as AWS::EC2::VPC); it is ignored', 2, 3, ['B']],
    ['a resource that is a string', 'Resources:\n  A: hello\n  B:\n    Type: AWS::EC2::VPC\n', 'resource A must be a mapping with a Type, not a string; it is ignored', 2, 3, ['B']],
    ['Properties that is a list', 'Resources:\n  A:\n    Type: AWS::EC2::VPC\n    Properties: [1]\n', 'Properties of resource A must be a mapping, not a list; they are ignored', 4, 5, ['A']],
    ['Parameters that is a list', "AWSTemplateFormatVersion: '2010-09-09'\nParameters: [a]\nResources:\n  A:\n    Type: AWS::EC2::VPC\n", 'Parameters must be a mapping, not a list; it is ignored', 2, 1, ['A']],
    ['a resource named like a parameter', 'Parameters:\n  A:\n    Type: String\nResources:\n  A:\n    Type: AWS::EC2::VPC\n', 'resource A has the name of a parameter; logical IDs must be unique, so the resource is ignored', 5, 3, []],
  ])('reports %s at its key and reads the rest', (_name, text, message, line, column, kept) => {
    const t = loadTemplate(text, 'p.yaml');
    expect(t?.problems).toEqual([{ file: 'p.yaml', line, column, message }]);
    const { resources } = readTemplates(t ? [t] : []);
    expect(resources.filter((r) => r.mode === 'managed').map((r) => r.address)).toEqual(kept);
  });
});

describe('bad input', () => {
  it.each([
    ['a YAML syntax error', "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  A:\n    Type: [AWS::EC2::VPC\n  B: 1\n", 'bad.yaml', 5, 3, /^invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a \]$/],
    ['tabs as indentation', "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n\tA: 1\n", 'bad.yaml', 3, 1, /^invalid YAML: Tabs are not allowed as indentation$/],
    ['a JSON syntax error in a .template file', '{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {"A": {"Type": "AWS::EC2::VPC"]}\n}', 'bad.template', 3, 46, /^invalid JSON: /],
    ['two documents', "AWSTemplateFormatVersion: '2010-09-09'\n---\nResources: {}\n", 'bad.yaml', 2, 1, /^invalid YAML: Source contains multiple documents/],
  ])('reports %s as file:line:col', (_name, text, file, line, column, message) => {
    const e = loadError(text, file);
    expect([e.file, e.line, e.column]).toEqual([file, line, column]);
    expect(e.message).toMatch(message);
  });

  it('reports a duplicate key with its line, and every duplicate', () => {
    const e = loadError("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  A:\n    Type: AWS::EC2::VPC\n  A:\n    Type: AWS::EC2::Subnet\n  B:\n    Type: x\n    Type: y\n");
    expect([e.file, e.line, e.column]).toEqual(['bad.yaml', 5, 3]);
    expect(e.message).toBe('duplicate keys "A" (line 5), "Type" (line 9): keys of a mapping must be unique');
  });

  it('reports a duplicate key in JSON', () => {
    const e = loadError('{"AWSTemplateFormatVersion": "2010-09-09",\n "Resources": {"A": {"Type": "AWS::EC2::VPC"},\n "A": {"Type": "AWS::EC2::VPC"}}}', 'dup.json');
    expect([e.line, e.column, e.message]).toEqual([3, 2, 'duplicate key "A" (line 3): keys of a mapping must be unique']);
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const lines = ["AWSTemplateFormatVersion: '2010-09-09'", 'Metadata:', '  a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      lines.push(`  ${next}: &${next} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const e = loadError(`${lines.join('\n')}\nResources: {}\n`);
    expect([e.line, e.column]).toEqual([1, 1]);
    expect(e.message).toBe('invalid YAML: its aliases expand to too many nodes (more than the limit of 100 alias expansions)');
  });

  it('reads a few ordinary aliases', () => {
    const t = loadTemplate("AWSTemplateFormatVersion: '2010-09-09'\nMetadata:\n  tags: &t [a]\nResources:\n  A:\n    Type: AWS::EC2::VPC\n    Properties:\n      X: *t\n", 'ok.yaml');
    expect(byId(readTemplates([t!]).resources, 'A').get(['X'])).toEqual({ state: 'known', value: ['a'] });
  });

  it('reports an alias without an anchor', () => {
    const e = loadError("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  A: *nothing\n");
    expect([e.line, e.column, e.message]).toEqual([3, 6, 'alias *nothing has no anchor before it']);
  });

  it('reports a template whose root is not a mapping', () => {
    const e = loadError("- AWSTemplateFormatVersion: '2010-09-09'\n- Resources: {}\n");
    expect([e.line, e.column, e.message]).toEqual([1, 1, 'a CloudFormation template must be a mapping at its root, not a list']);
  });

  it('reports a template whose Resources is not a mapping', () => {
    const e = loadError("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  - Type: AWS::EC2::VPC\n");
    expect([e.line, e.column, e.message]).toEqual([2, 1, 'Resources must be a mapping of logical IDs to resources, not a list']);
  });

  it('stops at nesting deeper than 500 levels', () => {
    const e = loadError(`AWSTemplateFormatVersion: '2010-09-09'\nMetadata: ${'['.repeat(600)}${']'.repeat(600)}\n`);
    expect(e.message).toBe('the document is nested more than 500 levels deep');
  });
});

describe('pathological nesting', () => {
  it('reports an alias to a node that contains it', () => {
    const e = loadError("AWSTemplateFormatVersion: '2010-09-09'\nMetadata: &a\n  self: *a\n");
    expect([e.line, e.column, e.message]).toEqual([3, 9, 'alias *a refers to a node that contains it']);
  });
});
