// Intrinsic functions, parameters, conditions and imports: what each evaluates to, and that what
// only deployment decides stays unknown with a reason naming the parameter, condition or export.
import { describe, expect, it } from 'vitest';
import { byId, knownValue, readOne, readRun, valueOf } from './cloudformation-helpers.js';

const NO_VALUE_PARAM = 'parameter P has no Default and is not given with --parameter';
const P_WITHOUT_VALUE = 'Parameters:\n  P:\n    Type: String\n';
const unknownP = { state: 'unknown', reason: NO_VALUE_PARAM, refs: [{ address: 'P', attribute: [] }] };

describe('parameters', () => {
  it.each([
    ['a Default', 'Parameters:\n  P:\n    Type: String\n    Default: 10.0.0.0/16\n', {}, knownValue('10.0.0.0/16')],
    ['a number Default, as written', 'Parameters:\n  P:\n    Type: Number\n    Default: 22\n', {}, knownValue(22)],
    ['a value given on the command line over the Default', 'Parameters:\n  P:\n    Type: String\n    Default: a\n', { P: 'b' }, knownValue('b')],
    ['a CommaDelimitedList, members trimmed', 'Parameters:\n  P:\n    Type: CommaDelimitedList\n    Default: "a, b ,c"\n', {}, knownValue(['a', 'b', 'c'])],
    ['a List<AWS::EC2::Subnet::Id> given on the command line', 'Parameters:\n  P:\n    Type: List<AWS::EC2::Subnet::Id>\n', { P: 'subnet-1,subnet-2' }, knownValue(['subnet-1', 'subnet-2'])],
    ['no value at all', P_WITHOUT_VALUE, {}, unknownP],
    [
      'an SSM parameter type, whose Default is a parameter name',
      "Parameters:\n  P:\n    Type: 'AWS::SSM::Parameter::Value<String>'\n    Default: /net/cidr\n",
      {},
      { state: 'unknown', reason: 'parameter P is read from SSM Parameter Store at deploy time', refs: [] },
    ],
  ])('Ref to a parameter with %s', (_name, params, given, expected) => {
    expect(valueOf('!Ref P', params, given)).toEqual(expected);
  });

  it.each([
    ['AWS::Region', {}, { state: 'unknown', reason: 'pseudo parameter AWS::Region is not known before deployment (give it with --parameter AWS::Region=…)', refs: [] }],
    ['AWS::Region', { 'AWS::Region': 'eu-west-1' }, knownValue('eu-west-1')],
    ['AWS::AccountId', { 'AWS::AccountId': '111122223333' }, knownValue('111122223333')],
    ['AWS::StackName', {}, { state: 'unknown', reason: 'pseudo parameter AWS::StackName is not known before deployment (give it with --parameter AWS::StackName=…)', refs: [] }],
  ])('Ref to the pseudo parameter %s (given: %j)', (name, given, expected) => {
    expect(valueOf(`!Ref ${name}`, '', given)).toEqual(expected);
  });

  it('Ref to a name that is neither a parameter nor a resource is unknown', () => {
    expect(valueOf('!Ref Nothing')).toEqual({ state: 'unknown', reason: 'Nothing is not a parameter or resource of template.yaml', refs: [] });
  });
});

describe('functions', () => {
  it.each([
    ['Fn::Join', '!Join ["-", [a, 1, true]]', knownValue('a-1-true')],
    ['Fn::Join over Fn::Split', '!Join ["/", !Split [",", "a,b,c"]]', knownValue('a/b/c')],
    ['Fn::Select', '!Select [1, [a, b, c]]', knownValue('b')],
    ['Fn::Select with a numeric string index', '!Select ["2", [a, b, c]]', knownValue('c')],
    ['Fn::Split', '!Split [",", "a,,b"]', knownValue(['a', '', 'b'])],
    ['Fn::Sub with a parameter', "!Sub '${P}-x'", knownValue('10.0.0.0/16-x')],
    ['Fn::Sub with variables', "!Sub ['${A}/${B}', {A: '10.1.0.0', B: 16}]", knownValue('10.1.0.0/16')],
    ['Fn::Sub with a literal ${!Name}', "!Sub 'a${!Literal}b'", knownValue('a${Literal}b')],
    ['Fn::Base64', '!Base64 hello', knownValue('aGVsbG8=')],
    ['Fn::FindInMap', '!FindInMap [Net, Prod, Cidr]', knownValue('10.20.0.0/16')],
    ['Fn::FindInMap with a DefaultValue', '!FindInMap [Net, Test, Cidr, {DefaultValue: 10.99.0.0/16}]', knownValue('10.99.0.0/16')],
    ['Fn::Cidr', '!Cidr [192.168.0.0/24, 2, 5]', knownValue(['192.168.0.0/27', '192.168.0.32/27'])],
    ['Fn::Select of Fn::Cidr of a parameter', '!Select [3, !Cidr [!Ref P, 4, 8]]', knownValue('10.0.3.0/24')],
  ])('%s', (_name, expression, expected) => {
    const before = 'Parameters:\n  P:\n    Type: String\n    Default: 10.0.0.0/16\nMappings:\n  Net:\n    Prod:\n      Cidr: 10.20.0.0/16\n';
    expect(valueOf(expression, before)).toEqual(expected);
  });

  it.each([
    ['Fn::Join with an unknown member', '!Join ["-", [a, !Ref P]]', NO_VALUE_PARAM],
    ['Fn::Sub with an unknown variable', "!Sub '${P}/16'", NO_VALUE_PARAM],
    ['Fn::Select from an unknown list', '!Select [0, !Split [",", !Ref P]]', NO_VALUE_PARAM],
    ['Fn::Cidr of an unknown block', '!Select [0, !Cidr [!Ref P, 4, 8]]', NO_VALUE_PARAM],
    ['Fn::FindInMap with an unknown key', '!FindInMap [Net, !Ref P, Cidr]', NO_VALUE_PARAM],
  ])('%s is unknown with the reason of the unknown input', (_name, expression, reason) => {
    const v = valueOf(expression, `${P_WITHOUT_VALUE}Mappings:\n  Net:\n    Prod:\n      Cidr: 10.20.0.0/16\n`);
    expect(v).toEqual({ state: 'unknown', reason, refs: [{ address: 'P', attribute: [] }] });
  });

  it.each([
    ['Fn::Select out of range', '!Select [5, [a, b]]', 'Fn::Select index 5 is out of range for a list of 2'],
    ['Fn::Select of a string', '!Select [0, abc]', 'Fn::Select needs a list, not a string'],
    ['Fn::Join of a mapping', '!Join [",", {a: 1}]', 'Fn::Join needs a list of values, not a mapping'],
    ['Fn::Join with one argument', '!Join [","]', 'Fn::Join needs a list of a delimiter and a list of values, not a list of 1'],
    ['Fn::GetAtt of a missing resource', '!GetAtt Nothing.CidrBlock', 'Fn::GetAtt names Nothing, which is not a resource of template.yaml'],
    ['Fn::GetAtt without an attribute', '!GetAtt Nothing', 'Fn::GetAtt needs Resource.Attribute, not "Nothing"'],
    ['Ref of a list', '!Ref [a]', 'Ref takes the name of a parameter or resource, not a list'],
    ['Fn::FindInMap of a missing map', '!FindInMap [Nope, a, b]', 'Mappings has no map Nope'],
    ['Fn::FindInMap of a missing key', '!FindInMap [Net, Prod, Nope]', 'Mappings.Net.Prod has no key Nope'],
    ['Fn::Cidr with too many blocks', '!Cidr [10.0.0.0/24, 3, 7]', 'Fn::Cidr fails: 10.0.0.0/24 holds 2 /25 blocks, fewer than the 3 asked for'],
    ['Fn::GetAZs', "!GetAZs ''", 'the Availability Zones of a region are not known before deployment'],
    ['Fn::Length (a language extension)', '!Length [a]', 'Fn::Length is not evaluated by vpclint'],
    ['Fn::Transform', "!Transform {Name: 'AWS::Include'}", 'Fn::Transform runs a macro at deploy time; vpclint does not expand macros'],
    ['an unknown Fn:: function', '{"Fn::Nope": 1}', 'Fn::Nope is not evaluated by vpclint'],
    ['Fn::If with a condition that is not defined', '!If [Nope, a, b]', 'condition Nope is not defined in Conditions'],
    ['Fn::Sub with a list', "!Sub [a, b, c]", 'Fn::Sub needs a string, or a list of a string and a mapping of variables, not a list of 3'],
  ])('%s is unknown with a reason, not an error', (_name, expression, reason) => {
    expect(valueOf(expression, 'Mappings:\n  Net:\n    Prod:\n      Cidr: 10.20.0.0/16\n')).toEqual({ state: 'unknown', reason, refs: [] });
  });
});

describe('conditions', () => {
  const before = [
    'Parameters:',
    '  Env:',
    '    Type: String',
    '    Default: prod',
    '  Open:',
    '    Type: String',
    'Conditions:',
    '  IsProd: !Equals [!Ref Env, prod]',
    '  IsDev: !Not [!Condition IsProd]',
    '  IsOpen: !Equals [!Ref Open, "yes"]',
    '  ProdAndOpen: !And [!Condition IsProd, !Condition IsOpen]',
    '  DevAndOpen: !And [!Condition IsDev, !Condition IsOpen]',
    '  ProdOrOpen: !Or [!Condition IsProd, !Condition IsOpen]',
    '  DevOrOpen: !Or [!Condition IsDev, {Condition: IsOpen}]',
    '  Loop: !Condition Loop',
    '  NumberEq: !Equals [2, "2"]',
    '',
  ].join('\n');
  const openUnknown = 'condition IsOpen cannot be decided: parameter Open has no Default and is not given with --parameter';

  it.each([
    ['IsProd', knownValue('then')],
    ['IsDev', knownValue('else')],
    // Three-valued logic: a false operand decides And, a true one decides Or.
    ['DevAndOpen', knownValue('else')],
    ['ProdOrOpen', knownValue('then')],
    ['NumberEq', knownValue('then')],
    ['ProdAndOpen', { state: 'unknown', reason: `condition ProdAndOpen cannot be decided: ${openUnknown}`, refs: [] }],
    ['DevOrOpen', { state: 'unknown', reason: `condition DevOrOpen cannot be decided: ${openUnknown}`, refs: [] }],
    ['Loop', { state: 'unknown', reason: 'condition Loop cannot be decided: condition Loop refers to itself', refs: [] }],
  ])('Fn::If on %s', (condition, expected) => {
    expect(valueOf(`!If [${condition}, then, else]`, before)).toEqual(expected);
  });

  it('decides with a value given on the command line', () => {
    expect(valueOf('!If [ProdAndOpen, then, else]', before, { Open: 'yes' })).toEqual(knownValue('then'));
  });

  it('Fn::If with the same value on both sides does not depend on the condition', () => {
    expect(valueOf('!If [IsOpen, same, same]', before)).toEqual(knownValue('same'));
  });

  it('AWS::NoValue removes a property and a list member', () => {
    const r = byId(
      readOne(
        [
          'Conditions:',
          '  Never: !Equals [a, b]',
          'Resources:',
          '  R:',
          '    Type: AWS::Test::Thing',
          '    Properties:',
          '      Gone: !If [Never, x, !Ref AWS::NoValue]',
          '      List: [a, !If [Never, b, !Ref AWS::NoValue], c]',
          '      Kept: !If [Never, !Ref AWS::NoValue, kept]',
        ].join('\n'),
      ),
      'R',
    );
    expect(r.get(['Gone'])).toEqual({ state: 'absent' });
    expect(r.get(['List'])).toEqual(knownValue(['a', 'c']));
    expect(r.get(['Kept'])).toEqual(knownValue('kept'));
  });
});

describe('references between resources', () => {
  const text = [
    'Resources:',
    '  Vpc:',
    '    Type: AWS::EC2::VPC',
    '    Properties:',
    '      CidrBlock: 10.0.0.0/16',
    '  V6:',
    '    Type: AWS::EC2::VPCCidrBlock',
    '    Properties:',
    '      VpcId: !Ref Vpc',
    '      AmazonProvidedIpv6CidrBlock: true',
    '  Subnet:',
    '    Type: AWS::EC2::Subnet',
    '    Properties:',
    '      VpcId: !GetAtt Vpc.VpcId',
    '      CidrBlock: !Select [2, !Cidr [!GetAtt Vpc.CidrBlock, 4, 8]]',
    '      Ipv6CidrBlock: !Select [0, !Cidr [!Select [0, !GetAtt Vpc.Ipv6CidrBlocks], 1, 64]]',
    '  Sg:',
    '    Type: AWS::EC2::SecurityGroup',
    '    Properties:',
    '      VpcId: !GetAtt Subnet.VpcId',
    '  Rule:',
    '    Type: AWS::EC2::SecurityGroupIngress',
    '    Properties:',
    '      GroupId: !GetAtt Sg.GroupId',
    '      CidrIp: !GetAtt Subnet.CidrBlock',
    '      Description: !GetAtt Vpc.CidrBlockAssociations',
  ].join('\n');
  const resources = readOne(text);

  it('resolves CidrBlock attributes, through Fn::Cidr', () => {
    expect(byId(resources, 'Subnet').get(['CidrBlock'])).toEqual(knownValue('10.0.2.0/24'));
    expect(byId(resources, 'Rule').get(['CidrIp'])).toEqual(knownValue('10.0.2.0/24'));
  });

  it('links IDs (Ref, VpcId, GroupId) to their resources, unknown until deployment', () => {
    const viaVpc = { state: 'unknown', reason: 'not known before deployment (the ID of Vpc)', refs: [{ address: 'Vpc', attribute: [] }] };
    expect(byId(resources, 'V6').get(['VpcId'])).toEqual(viaVpc);
    expect(byId(resources, 'Subnet').get(['VpcId'])).toEqual(viaVpc);
    // Sg.VpcId is Subnet.VpcId, which is Vpc.VpcId.
    expect(byId(resources, 'Sg').get(['VpcId'])).toEqual(viaVpc);
    expect(byId(resources, 'Rule').get(['GroupId'])).toEqual({
      state: 'unknown',
      reason: 'not known before deployment (the ID of Sg)',
      refs: [{ address: 'Sg', attribute: [] }],
    });
  });

  it('keeps an Amazon-provided IPv6 block unknown, linked to its association', () => {
    expect(byId(resources, 'Subnet').get(['Ipv6CidrBlock'])).toEqual({
      state: 'unknown',
      reason: 'the Amazon-provided IPv6 block of Vpc is allocated at deploy time',
      refs: [{ address: 'V6', attribute: ['Ipv6CidrBlock'] }],
    });
  });

  it('keeps other attributes unknown, linked to the attribute', () => {
    expect(byId(resources, 'Rule').get(['Description'])).toEqual({
      state: 'unknown',
      reason: 'not known before deployment (Vpc.CidrBlockAssociations)',
      refs: [{ address: 'Vpc', attribute: ['CidrBlockAssociations'] }],
    });
  });

  it('resolves Ipv6CidrBlocks of a VPC with one literal IPv6 block', () => {
    const r = readOne(
      'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n  V6:\n    Type: AWS::EC2::VPCCidrBlock\n    Properties:\n      VpcId: !Ref Vpc\n      Ipv6CidrBlock: 2600:1f16:abc:e700::/56\n  S:\n    Type: AWS::EC2::Subnet\n    Properties:\n      Ipv6CidrBlock: !Select [1, !Cidr [!Select [0, !GetAtt Vpc.Ipv6CidrBlocks], 2, 64]]\n',
    );
    expect(byId(r, 'S').get(['Ipv6CidrBlock'])).toEqual(knownValue('2600:1f16:abc:e701::/64'));
  });

  it('does not refer a resource whose condition is false', () => {
    const r = readOne('Conditions:\n  No: !Equals [a, b]\nResources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Condition: "No"\n  S:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref Vpc\n');
    expect(byId(r, 'S').get(['VpcId'])).toEqual({ state: 'unknown', reason: 'Vpc is not created: its condition No is false', refs: [] });
  });

  it('stops at a circular reference', () => {
    const r = readOne('Resources:\n  A:\n    Type: AWS::EC2::Subnet\n    Properties:\n      CidrBlock: !GetAtt B.CidrBlock\n  B:\n    Type: AWS::EC2::Subnet\n    Properties:\n      CidrBlock: !GetAtt A.CidrBlock\n');
    expect(byId(r, 'A').get(['CidrBlock'])).toEqual({ state: 'unknown', reason: 'the properties of A refer to themselves', refs: [] });
  });
});

describe('Fn::ImportValue across the templates of a run', () => {
  const network = [
    'Parameters:',
    '  Env:',
    '    Type: String',
    '    Default: prod',
    'Resources:',
    '  Vpc:',
    '    Type: AWS::EC2::VPC',
    '    Properties:',
    '      CidrBlock: 10.0.0.0/16',
    'Outputs:',
    '  VpcId:',
    '    Value: !Ref Vpc',
    '    Export:',
    "      Name: !Sub '${Env}-VpcId'",
    '  Cidr:',
    '    Value: !GetAtt Vpc.CidrBlock',
    '    Export:',
    '      Name: prod-Cidr',
    '  Named:',
    '    Value: x',
    '    Export:',
    "      Name: !Sub '${AWS::StackName}-Named'",
  ].join('\n');
  const app = [
    'Resources:',
    '  Peering:',
    '    Type: AWS::EC2::VPCPeeringConnection',
    '    Properties:',
    '      PeerVpcId: !ImportValue prod-VpcId',
    '      VpcId: !ImportValue prod-Cidr',
    '      PeerOwnerId: !ImportValue staging-VpcId',
    "      PeerRegion: !ImportValue {'Fn::Sub': '${AWS::Region}-x'}",
  ].join('\n');

  it('resolves an import to the exporting template, with references into its file', () => {
    const peering = byId(readRun({ 'network.yaml': network, 'app.yaml': app }), 'Peering');
    expect(peering.get(['PeerVpcId'])).toEqual({
      state: 'unknown',
      reason: 'not known before deployment (the ID of Vpc)',
      refs: [{ address: 'Vpc', attribute: [], file: 'network.yaml' }],
    });
    expect(peering.get(['VpcId'])).toEqual(knownValue('10.0.0.0/16'));
  });

  it('leaves an import unknown, naming the export, when no template of the run exports it', () => {
    const peering = byId(readRun({ 'network.yaml': network, 'app.yaml': app }), 'Peering');
    expect(peering.get(['PeerOwnerId'])).toEqual({
      state: 'unknown',
      reason:
        'export staging-VpcId is not exported by any template linted with it; the name of export Named of network.yaml is unknown: ' +
        'pseudo parameter AWS::StackName is not known before deployment (give it with --parameter AWS::StackName=…)',
      refs: [],
    });
    expect(byId(readRun({ 'app.yaml': app }), 'Peering').get(['PeerVpcId'])).toEqual({
      state: 'unknown',
      reason: 'export prod-VpcId is not exported by any template linted with it',
      refs: [],
    });
  });

  it('leaves an import with an unknown name unknown', () => {
    const peering = byId(readRun({ 'app.yaml': app }), 'Peering');
    expect(peering.get(['PeerRegion'])).toEqual({
      state: 'unknown',
      reason: 'the export name of Fn::ImportValue is unknown (pseudo parameter AWS::Region is not known before deployment (give it with --parameter AWS::Region=…))',
      refs: [],
    });
  });

  it('refuses an export name exported twice', () => {
    const twice = 'Resources:\n  X:\n    Type: AWS::SQS::Queue\nOutputs:\n  O:\n    Value: 1\n    Export:\n      Name: prod-Cidr\n';
    const peering = byId(readRun({ 'network.yaml': network, 'other.yaml': twice, 'app.yaml': app }), 'Peering');
    expect(peering.get(['VpcId'])).toEqual({
      state: 'unknown',
      reason: 'export prod-Cidr is exported more than once (network.yaml, other.yaml), and export names must be unique',
      refs: [],
    });
  });
});

describe('hostile and random input', () => {
  it('treats __proto__, constructor and toString as ordinary names everywhere', () => {
    const resources = readOne(
      [
        'Parameters:',
        '  constructor:',
        '    Type: String',
        '    Default: 10.0.0.0/16',
        'Mappings:',
        '  __proto__:',
        '    toString: {valueOf: 10.1.0.0/16}',
        'Conditions:',
        '  hasOwnProperty: !Equals [a, a]',
        'Resources:',
        '  __proto__:',
        '    Type: AWS::EC2::VPC',
        '    Condition: hasOwnProperty',
        '    Properties:',
        '      CidrBlock: !Ref constructor',
        '      Other: !FindInMap [__proto__, toString, valueOf]',
        '      Id: !Ref __proto__',
      ].join('\n'),
    );
    const vpc = byId(resources, '__proto__');
    expect(vpc.get(['CidrBlock'])).toEqual(knownValue('10.0.0.0/16'));
    expect(vpc.get(['Other'])).toEqual(knownValue('10.1.0.0/16'));
    expect(vpc.get(['Id'])).toEqual({ state: 'unknown', reason: 'not known before deployment (the ID of __proto__)', refs: [{ address: '__proto__', attribute: [] }] });
    expect(({} as Record<string, unknown>).valueOf).toBe(Object.prototype.valueOf);
  });

  it('never throws, whatever intrinsics and shapes a template holds', async () => {
    const { default: fc } = await import('fast-check');
    const { lint } = await import('../../src/run.js');
    const names = ['Ref', 'Condition', 'Fn::GetAtt', 'Fn::Sub', 'Fn::Join', 'Fn::Select', 'Fn::Split', 'Fn::If', 'Fn::Equals', 'Fn::Not', 'Fn::And', 'Fn::Or', 'Fn::FindInMap', 'Fn::ImportValue', 'Fn::Base64', 'Fn::Cidr', 'Fn::GetAZs', 'Fn::Nope'];
    const words = fc.constantFrom('P', 'C', 'Vpc', 'Sg', 'M', 'k', 'AWS::Region', 'AWS::NoValue', '__proto__', '10.0.0.0/16', '0.0.0.0/0', '-1', '22', '', 'x.y');
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        words,
        fc.integer({ min: -2, max: 300 }),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(words, tie('value'), { maxKeys: 3 }),
        fc.record({ name: fc.constantFrom(...names), arg: tie('value') }).map(({ name, arg }) => ({ [name]: arg })),
      ),
    }));
    const types = fc.constantFrom('AWS::EC2::VPC', 'AWS::EC2::Subnet', 'AWS::EC2::RouteTable', 'AWS::EC2::Route', 'AWS::EC2::SubnetRouteTableAssociation', 'AWS::EC2::VPCPeeringConnection', 'AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress', 'AWS::EC2::VPCCidrBlock', 'AWS::EC2::NetworkAclEntry', 'AWS::EC2::NetworkAcl', 'AWS::EC2::SubnetNetworkAclAssociation');
    const property = fc.constantFrom('VpcId', 'PeerVpcId', 'CidrBlock', 'CidrIp', 'CidrIpv6', 'IpProtocol', 'FromPort', 'ToPort', 'GroupId', 'RouteTableId', 'SubnetId', 'DestinationCidrBlock', 'VpcPeeringConnectionId', 'SecurityGroupIngress', 'Protocol', 'NetworkAclId', 'PortRange', 'Tags');
    const template = fc.record({
      AWSTemplateFormatVersion: fc.constant('2010-09-09'),
      Parameters: fc.dictionary(words, fc.record({ Type: fc.constantFrom('String', 'AWS::EC2::VPC::Id', 'CommaDelimitedList'), Default: fc.option(words, { nil: undefined }) }), { maxKeys: 3 }),
      Mappings: fc.dictionary(words, fc.dictionary(words, fc.dictionary(words, value, { maxKeys: 2 }), { maxKeys: 2 }), { maxKeys: 2 }),
      Conditions: fc.dictionary(words, value, { maxKeys: 3 }),
      Resources: fc.dictionary(words, fc.record({ Type: types, Condition: fc.option(words, { nil: undefined }), Properties: fc.dictionary(property, value, { maxKeys: 5 }) }), { minKeys: 1, maxKeys: 6 }),
      Outputs: fc.dictionary(words, fc.record({ Value: value, Export: fc.record({ Name: value }) }), { maxKeys: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(template, async (t) => {
        const result = await lint([
          { file: 'a.json', text: JSON.stringify(t) },
          { file: 'b.json', text: JSON.stringify(t) },
        ]);
        const internal = result.errors.filter((e) => /internal error|failed:/.test(e.message));
        expect(internal.map((e) => e.message)).toEqual([]);
      }),
      { numRuns: 200 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('long chains of references', () => {
  it('stops a chain of more than 100 Fn::GetAtt hops with a reason, without overflowing the stack', () => {
    const n = 150;
    const lines = ['Resources:', '  S0:', '    Type: AWS::EC2::Subnet', '    Properties:', '      CidrBlock: 10.0.0.0/24'];
    for (let i = 1; i < n; i++) lines.push(`  S${i}:`, '    Type: AWS::EC2::Subnet', '    Properties:', `      CidrBlock: !GetAtt S${i - 1}.CidrBlock`);
    const resources = readOne(lines.join('\n'));
    // S149 -> S148 -> … -> S50 are 100 resources being evaluated at once; S49 is refused.
    expect(byId(resources, 'S149').get(['CidrBlock'])).toEqual({
      state: 'unknown',
      reason: 'S49 is reached through more than 100 Fn::GetAtt references in a row',
      refs: [],
    });
    // Read on its own, S49 is fine: the refusal is not remembered.
    expect(byId(resources, 'S49').get(['CidrBlock'])).toEqual(knownValue('10.0.0.0/24'));
  });
});
