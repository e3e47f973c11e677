/**
 * The fix renderer (src/engine/fix.ts) on small inputs written here: the exact text and edits of
 * each kind of fix in each language, names that do not clash with the file's, and the cases it
 * leaves without a fix because the change is not a mechanical rewrite of the lines.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { applyFix, fixContext } from '../../src/engine/fix.js';
import { lint, lintPaths } from '../../src/run.js';

async function findingsOf(file: string, text: string, ruleId: string): Promise<Finding[]> {
  const r = await lint([{ file, text }]);
  expect(r.errors.map((e) => e.message)).toEqual([]);
  return r.findings.filter((f) => f.ruleId === ruleId);
}

const PEERED_TF = `resource "aws_vpc" "app" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc" "db" {
  cidr_block = "10.2.0.0/16"
}

resource "aws_vpc_peering_connection" "app_db" {
  vpc_id      = aws_vpc.app.id
  peer_vpc_id = aws_vpc.db.id
  auto_accept = true
}

resource "aws_route_table" "app" {
  vpc_id = aws_vpc.app.id
}

resource "aws_route" "app_to_db" {
  route_table_id            = aws_route_table.app.id
  destination_cidr_block    = "10.2.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.app_db.id
}

resource "aws_route_table" "db" {
  vpc_id = aws_vpc.db.id
}

resource "aws_main_route_table_association" "db" {
  vpc_id         = aws_vpc.db.id
  route_table_id = aws_route_table.db.id
}

resource "aws_main_route_table_association" "app" {
  vpc_id         = aws_vpc.app.id
  route_table_id = aws_route_table.app.id
}

# Not the way back: a name the fix must not reuse.
resource "aws_route" "db_to_app_db" {
  route_table_id         = aws_route_table.db.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = "igw-0123456789abcdef0"
}
`;

describe('fix rendering', () => {
  it('NET201 in .tf: a route named so as not to clash with one the file has, after the table', async () => {
    const [f] = await findingsOf('main.tf', PEERED_TF, 'NET201');
    const route = [
      'resource "aws_route" "db_to_app_db_2" {',
      '  route_table_id            = aws_route_table.db.id',
      '  destination_cidr_block    = "10.1.0.0/16"',
      '  vpc_peering_connection_id = aws_vpc_peering_connection.app_db.id',
      '}',
      '',
    ].join('\n');
    expect(f?.fix).toEqual({
      description:
        'Add a route for 10.1.0.0/16 over aws_vpc_peering_connection.app_db to aws_route_table.db: the replies of aws_vpc.db ' +
        'to the sending subnets then go back over the connection they came in on.',
      language: 'hcl',
      file: 'main.tf',
      text: route,
      edits: [{ text: `\n${route}`, insert: { line: 28 } }],
    });
    const fixed = applyFix(PEERED_TF, f!.fix!.edits);
    expect(await findingsOf('main.tf', fixed, 'NET201')).toEqual([]);
  });

  it('NET201 in CloudFormation YAML: an AWS::EC2::Route with !Ref, indented like the template, after the table', async () => {
    const text = `Resources:
    App:
        Type: AWS::EC2::VPC
        Properties:
            CidrBlock: 10.1.0.0/16
    Db:
        Type: AWS::EC2::VPC
        Properties:
            CidrBlock: 10.2.0.0/16
    AppDb:
        Type: AWS::EC2::VPCPeeringConnection
        Properties:
            VpcId: !Ref App
            PeerVpcId: !Ref Db
    AppTable:
        Type: AWS::EC2::RouteTable
        Properties:
            VpcId: !Ref App
    DbTable:
        Type: AWS::EC2::RouteTable
        Properties:
            VpcId: !Ref Db
    DbA:
        Type: AWS::EC2::Subnet
        Properties:
            VpcId: !Ref Db
            CidrBlock: 10.2.1.0/24
    DbAAssociation:
        Type: AWS::EC2::SubnetRouteTableAssociation
        Properties:
            SubnetId: !Ref DbA
            RouteTableId: !Ref DbTable
    AppToDb:
        Type: AWS::EC2::Route
        Properties:
            RouteTableId: !Ref AppTable
            DestinationCidrBlock: 10.2.0.0/16
            VpcPeeringConnectionId: !Ref AppDb
`;
    const [f] = await findingsOf('t.yaml', text, 'NET201');
    const route = [
      '    DbTableToAppDb:',
      '        Type: AWS::EC2::Route',
      '        Properties:',
      '            RouteTableId: !Ref DbTable',
      '            DestinationCidrBlock: 10.1.0.0/16',
      '            VpcPeeringConnectionId: !Ref AppDb',
      '',
    ].join('\n');
    expect({ language: f?.fix?.language, text: f?.fix?.text, edits: f?.fix?.edits }).toEqual({
      language: 'yaml',
      text: route,
      edits: [{ text: `\n${route}`, insert: { line: 23 } }],
    });
    expect(await findingsOf('t.yaml', applyFix(text, f!.fix!.edits), 'NET201')).toEqual([]);
  });

  it('NET401 in a CloudFormation JSON template without Parameters: the parameter goes before Resources, the Ref where the world was', async () => {
    const text = `{
  "Resources": {
    "Web": {
      "Type": "AWS::EC2::SecurityGroup",
      "Properties": {
        "GroupDescription": "web",
        "SecurityGroupIngress": [
          { "IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "0.0.0.0/0" }
        ]
      }
    }
  }
}
`;
    const [f] = await findingsOf('t.json', text, 'NET401');
    // The world is written inside a one-line object: not a line of its own to replace.
    expect(f?.fix).toBeUndefined();
    const split = text.replace(
      '{ "IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "0.0.0.0/0" }',
      '{\n            "IpProtocol": "tcp",\n            "FromPort": 22,\n            "ToPort": 22,\n            "CidrIp": "0.0.0.0/0"\n          }',
    );
    const [g] = await findingsOf('t.json', split, 'NET401');
    expect(g?.fix?.edits).toEqual([
      {
        text: '  "Parameters": { "WebAllowedCidr": { "Type": "String", "Description": "The IPv4 range allowed to reach Web (instead of the whole internet)" } },\n',
        insert: { line: 2 },
      },
      { text: '            "CidrIp": { "Ref": "WebAllowedCidr" }\n', replace: { startLine: 12, endLine: 12 } },
    ]);
    const fixed = applyFix(split, g!.fix!.edits);
    expect(() => JSON.parse(fixed) as unknown).not.toThrow();
    expect(await findingsOf('t.json', fixed, 'NET401')).toEqual([]);
  });

  it('NET401 leaves a list written over several lines alone (no fix), and rewrites a one-line list keeping its other entries', async () => {
    const multi = `resource "aws_security_group" "web" {
  ingress {
    protocol  = "tcp"
    from_port = 22
    to_port   = 22
    cidr_blocks = [
      "0.0.0.0/0",
    ]
  }
}
`;
    const [m] = await findingsOf('a.tf', multi, 'NET401');
    expect(m?.fix).toBeUndefined();
    const one = multi.replace('[\n      "0.0.0.0/0",\n    ]', '["10.0.0.0/8", "0.0.0.0/0"]');
    const [o] = await findingsOf('a.tf', one, 'NET401');
    expect(o?.fix?.edits[1]).toEqual({ text: '    cidr_blocks = ["10.0.0.0/8", var.web_allowed_cidr]\n', replace: { startLine: 6, endLine: 6 } });
  });

  it('NET202 on an inline route: the route block goes, with the blank line before it', async () => {
    const text = `resource "aws_vpc" "a" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc" "hub" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "b" {
  cidr_block = "10.2.0.0/16"
}

resource "aws_vpc_peering_connection" "a_hub" {
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = aws_vpc.hub.id
  auto_accept = true
}

resource "aws_route_table" "a" {
  vpc_id = aws_vpc.a.id

  route {
    cidr_block                = "10.0.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.a_hub.id
  }

  route {
    cidr_block                = "10.2.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.a_hub.id
  }
}

resource "aws_main_route_table_association" "a" {
  vpc_id         = aws_vpc.a.id
  route_table_id = aws_route_table.a.id
}

resource "aws_route_table" "hub" {
  vpc_id = aws_vpc.hub.id

  route {
    cidr_block                = "10.1.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.a_hub.id
  }
}

resource "aws_main_route_table_association" "hub" {
  vpc_id         = aws_vpc.hub.id
  route_table_id = aws_route_table.hub.id
}
`;
    const [f] = await findingsOf('a.tf', text, 'NET202');
    expect(f?.fix?.edits).toEqual([{ text: '', replace: { startLine: 26, endLine: 30 } }]);
    expect(f?.fix?.description).toBe(
      'Remove aws_route_table.a.route[1]: aws_vpc_peering_connection.a_hub reaches only aws_vpc.hub\'s own addresses, and no part of ' +
        '10.2.0.0/16 is one of them; reach the other VPC over a peering of its own (or a transit gateway).',
    );
    const fixed = applyFix(text, f!.fix!.edits);
    expect(fixed).toContain('    vpc_peering_connection_id = aws_vpc_peering_connection.a_hub.id\n  }\n}\n\nresource "aws_main_route_table_association" "a"');
    expect(await findingsOf('a.tf', fixed, 'NET202')).toEqual([]);
  });
});

describe('a route narrowed to several blocks of the peer', () => {
  const text = `resource "aws_vpc" "app" {
  cidr_block = "172.16.0.0/16"
}

resource "aws_vpc" "data" {
  cidr_block = "10.2.0.0/16"
}

resource "aws_vpc_ipv4_cidr_block_association" "data_more" {
  vpc_id     = aws_vpc.data.id
  cidr_block = "10.3.0.0/16"
}

resource "aws_vpc_peering_connection" "app_data" {
  vpc_id      = aws_vpc.app.id
  peer_vpc_id = aws_vpc.data.id
  auto_accept = true
}

resource "aws_route_table" "app" {
  vpc_id = aws_vpc.app.id

  route {
    cidr_block                = "10.0.0.0/8"
    vpc_peering_connection_id = aws_vpc_peering_connection.app_data.id
  }
}

resource "aws_main_route_table_association" "app" {
  vpc_id         = aws_vpc.app.id
  route_table_id = aws_route_table.app.id
}

resource "aws_route_table" "data" {
  vpc_id = aws_vpc.data.id

  route {
    cidr_block                = "172.16.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.app_data.id
  }
}

resource "aws_main_route_table_association" "data" {
  vpc_id         = aws_vpc.data.id
  route_table_id = aws_route_table.data.id
}
`;

  it('NET203: the route keeps the first block and a route of its own comes for each other one', async () => {
    const [f] = await findingsOf('a.tf', text, 'NET203');
    const block = ['  route {', '    cidr_block                = "10.3.0.0/16"', '    vpc_peering_connection_id = aws_vpc_peering_connection.app_data.id', '  }', ''].join('\n');
    expect(f?.fix).toEqual({
      description:
        "Narrow aws_route_table.app.route[0] to 10.2.0.0/16, 10.3.0.0/16 (aws_vpc.data's own ranges, a route each), the only part of 10.0.0.0/8 " +
        'that aws_vpc_peering_connection.app_data can reach; send the rest to a gateway of this VPC.',
      language: 'hcl',
      file: 'a.tf',
      text: `    cidr_block                = "10.2.0.0/16"\n\n${block}`,
      edits: [
        { text: '    cidr_block                = "10.2.0.0/16"\n', replace: { startLine: 24, endLine: 24 } },
        { text: `\n${block}`, insert: { line: 27 } },
      ],
    });
    const fixed = applyFix(text, f!.fix!.edits);
    const after = await lint([{ file: 'a.tf', text: fixed }]);
    expect(after.errors).toEqual([]);
    expect(after.findings.map((x) => `${x.ruleId} ${x.resource}`)).toEqual([]);
  });
});

describe('NET201 in a CloudFormation JSON template', () => {
  const template = (tableLast: boolean): string => {
    const members = [
      '    "App": { "Type": "AWS::EC2::VPC", "Properties": { "CidrBlock": "10.1.0.0/16" } }',
      '    "Db": { "Type": "AWS::EC2::VPC", "Properties": { "CidrBlock": "10.2.0.0/16" } }',
      '    "AppDb": { "Type": "AWS::EC2::VPCPeeringConnection", "Properties": { "VpcId": { "Ref": "App" }, "PeerVpcId": { "Ref": "Db" } } }',
      '    "AppTable": { "Type": "AWS::EC2::RouteTable", "Properties": { "VpcId": { "Ref": "App" } } }',
      '    "DbA": { "Type": "AWS::EC2::Subnet", "Properties": { "VpcId": { "Ref": "Db" }, "CidrBlock": "10.2.1.0/24" } }',
      '    "DbAAssociation": { "Type": "AWS::EC2::SubnetRouteTableAssociation", "Properties": { "SubnetId": { "Ref": "DbA" }, "RouteTableId": { "Ref": "DbTable" } } }',
      '    "AppToDb": { "Type": "AWS::EC2::Route", "Properties": { "RouteTableId": { "Ref": "AppTable" }, "DestinationCidrBlock": "10.2.0.0/16", "VpcPeeringConnectionId": { "Ref": "AppDb" } } }',
    ];
    const table = '    "DbTable": {\n      "Type": "AWS::EC2::RouteTable",\n      "Properties": { "VpcId": { "Ref": "Db" } }\n    }';
    const all = tableLast ? [...members, table] : [table, ...members];
    return `{\n  "Resources": {\n${all.join(',\n')}\n  }\n}\n`;
  };

  it.each([
    { name: 'after a member that has a comma', tableLast: false },
    { name: 'after the last member, which gains one', tableLast: true },
  ])('$name: the route is a member of its own with {"Ref": …}, and the template stays JSON', async ({ tableLast }) => {
    const text = template(tableLast);
    const [f] = await findingsOf('t.json', text, 'NET201');
    expect(f?.fix?.text).toBe(
      [
        '    "DbTableToAppDb": {',
        '      "Type": "AWS::EC2::Route",',
        '      "Properties": {',
        '        "RouteTableId": { "Ref": "DbTable" },',
        '        "DestinationCidrBlock": "10.1.0.0/16",',
        '        "VpcPeeringConnectionId": { "Ref": "AppDb" }',
        '      }',
        '    }',
        '',
      ].join('\n'),
    );
    const fixed = applyFix(text, f!.fix!.edits);
    expect(() => JSON.parse(fixed) as unknown).not.toThrow();
    expect(await findingsOf('t.json', fixed, 'NET201')).toEqual([]);
  });
});

describe('NET401 on two rules that together cover the world', () => {
  const SPLIT = `resource "aws_security_group" "jump" {
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_security_group_rule" "low" {
  type              = "ingress"
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = ["0.0.0.0/1"]
  security_group_id = aws_security_group.jump.id
}

resource "aws_security_group_rule" "high" {
  type              = "ingress"
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = ["128.0.0.0/1"]
  security_group_id = aws_security_group.jump.id
}
`;

  it('the rule gets the placeholder and the other half goes', async () => {
    const [low] = (await findingsOf('a.tf', SPLIT, 'NET401')).filter((f) => f.resource === 'aws_security_group_rule.low');
    expect(low?.fix?.description).toBe(
      "Replace 0.0.0.0/1 in aws_security_group_rule.low with the range that needs to get in (an office, a VPN, a load balancer's subnets) " +
        'and delete aws_security_group_rule.high, which admits the same traffic from 128.0.0.0/1: together they cover 0.0.0.0/0, ' +
        'so one rule from the placeholder, which you set, replaces both.',
    );
    expect(applyFix(SPLIT, low!.fix!.edits)).toBe(`resource "aws_security_group" "jump" {
  vpc_id = "vpc-0123456789abcdef0"
}

variable "low_allowed_cidr" {
  description = "The IPv4 range allowed to reach aws_security_group_rule.low (instead of the whole internet)"
  type        = string
}

resource "aws_security_group_rule" "low" {
  type              = "ingress"
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = [var.low_allowed_cidr]
  security_group_id = aws_security_group.jump.id
}
`);
  });

  it('no fix when the other half has a source of its own besides (deleting it would drop that one)', async () => {
    const text = SPLIT.replace('["128.0.0.0/1"]', '["128.0.0.0/1", "10.0.0.0/8"]');
    const findings = await findingsOf('a.tf', text, 'NET401');
    expect(findings.map((f) => [f.resource, f.fix])).toEqual([
      ['aws_security_group_rule.low', undefined],
      ['aws_security_group_rule.high', undefined],
    ]);
  });
});

describe('NET201 for the main table AWS creates with a VPC, in CloudFormation', () => {
  it('JSON: a route table of its own, an association per subnet the main table serves, and the route; the template stays JSON and re-lints clean', async () => {
    const text = `{
  "Resources": {
    "App": { "Type": "AWS::EC2::VPC", "Properties": { "CidrBlock": "10.1.0.0/16" } },
    "Db": { "Type": "AWS::EC2::VPC", "Properties": { "CidrBlock": "10.2.0.0/16" } },
    "AppA": { "Type": "AWS::EC2::Subnet", "Properties": { "VpcId": { "Ref": "App" }, "CidrBlock": "10.1.1.0/24" } },
    "DbA": { "Type": "AWS::EC2::Subnet", "Properties": { "VpcId": { "Ref": "Db" }, "CidrBlock": "10.2.1.0/24" } },
    "DbB": { "Type": "AWS::EC2::Subnet", "Properties": { "VpcId": { "Ref": "Db" }, "CidrBlock": "10.2.2.0/24" } },
    "AppTable": { "Type": "AWS::EC2::RouteTable", "Properties": { "VpcId": { "Ref": "App" } } },
    "AppAAssociation": { "Type": "AWS::EC2::SubnetRouteTableAssociation", "Properties": { "SubnetId": { "Ref": "AppA" }, "RouteTableId": { "Ref": "AppTable" } } },
    "AppDb": { "Type": "AWS::EC2::VPCPeeringConnection", "Properties": { "VpcId": { "Ref": "App" }, "PeerVpcId": { "Ref": "Db" } } },
    "AppToDb": { "Type": "AWS::EC2::Route", "Properties": { "RouteTableId": { "Ref": "AppTable" }, "DestinationCidrBlock": "10.2.0.0/16", "VpcPeeringConnectionId": { "Ref": "AppDb" } } }
  }
}
`;
    const [f] = await findingsOf('t.json', text, 'NET201');
    expect(f?.fix?.description).toBe(
      'Add a route for 10.1.1.0/24 over AppDb to Db main route table: the replies of Db to the sending subnets then go back over the ' +
        'connection they came in on. A template cannot add a route to the main route table AWS creates with Db, so the fix adds a route ' +
        'table, DbPeeringTable, with the route, and associates DbA, DbB with it: those subnets leave the main table.',
    );
    expect(f?.fix?.text).toBe(
      [
        '    "DbPeeringTable": {',
        '      "Type": "AWS::EC2::RouteTable",',
        '      "Properties": {',
        '        "VpcId": { "Ref": "Db" }',
        '      }',
        '    },',
        '    "DbAPeeringTableAssociation": {',
        '      "Type": "AWS::EC2::SubnetRouteTableAssociation",',
        '      "Properties": {',
        '        "SubnetId": { "Ref": "DbA" },',
        '        "RouteTableId": { "Ref": "DbPeeringTable" }',
        '      }',
        '    },',
        '    "DbBPeeringTableAssociation": {',
        '      "Type": "AWS::EC2::SubnetRouteTableAssociation",',
        '      "Properties": {',
        '        "SubnetId": { "Ref": "DbB" },',
        '        "RouteTableId": { "Ref": "DbPeeringTable" }',
        '      }',
        '    },',
        '    "DbPeeringTableToAppDb": {',
        '      "Type": "AWS::EC2::Route",',
        '      "Properties": {',
        '        "RouteTableId": { "Ref": "DbPeeringTable" },',
        '        "DestinationCidrBlock": "10.1.1.0/24",',
        '        "VpcPeeringConnectionId": { "Ref": "AppDb" }',
        '      }',
        '    }',
        '',
      ].join('\n'),
    );
    const fixed = applyFix(text, f!.fix!.edits);
    expect(() => JSON.parse(fixed) as unknown).not.toThrow();
    const r = await lint([{ file: 't.json', text: fixed }]);
    expect(r.errors).toEqual([]);
    expect(r.findings.map((x) => `${x.ruleId} ${x.resource}`)).toEqual([]);
  });
});

describe('NET301 on instances of one for_each', () => {
  const hub = (forEach: string, before = ''): string => `${before}resource "aws_vpc" "hub" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "tools" {
  cidr_block = "10.50.0.0/16"
}

resource "aws_vpc_peering_connection" "hub" {
  for_each    = ${forEach}
  auto_accept = true
  peer_vpc_id = aws_vpc.tools.id
  vpc_id      = aws_vpc.hub.id
}
`;
  const fixOf = async (text: string): Promise<Finding['fix'][]> => (await findingsOf('a.tf', text, 'NET301')).map((f) => f.fix);

  it('a one-line set in the block loses the key of the duplicate', async () => {
    const text = hub('toset(["blue", "green"])');
    const [f] = await fixOf(text);
    expect(f?.edits).toEqual([{ text: '  for_each    = toset(["blue"])\n', replace: { startLine: 10, endLine: 10 } }]);
    expect(f?.description).toMatch(/ aws_vpc_peering_connection\.hub\["green"\] is the "green" instance: the fix drops that key from the for_each of aws_vpc_peering_connection\.hub\.$/);
    expect(await findingsOf('a.tf', applyFix(text, f!.edits), 'NET301')).toEqual([]);
  });

  it("a map over several lines loses the key's line", async () => {
    const text = hub('{\n    blue  = "b"\n    green = "g"\n  }');
    const [f] = await fixOf(text);
    expect(f?.edits).toEqual([{ text: '', replace: { startLine: 12, endLine: 12 } }]);
    expect(await findingsOf('a.tf', applyFix(text, f!.edits), 'NET301')).toEqual([]);
  });

  it("a variable's default loses the key, and the description says a value given elsewhere overrides it", async () => {
    const text = hub('var.envs', 'variable "envs" {\n  type    = set(string)\n  default = ["blue", "green"]\n}\n\n');
    const [f] = await fixOf(text);
    expect(f?.edits).toEqual([{ text: '  default = ["blue"]\n', replace: { startLine: 3, endLine: 3 } }]);
    expect(f?.description).toContain(
      'the fix drops that key from the default of var.envs (its for_each; a value given for var.envs elsewhere, in a .tfvars file or a module call, overrides that default: drop the key there).',
    );
  });

  it('a computed for_each gets no fix', async () => {
    expect(await fixOf(hub('toset([for e in ["blue", "green"] : e])'))).toEqual([undefined]);
  });
});

describe("removing a table's only inline route", () => {
  it('writes route = [] in its place: with no route block the provider would keep the route (a real plan showed no change)', async () => {
    const text = `resource "aws_vpc" "a" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc" "egress" {
  cidr_block = "10.9.0.0/16"
}

resource "aws_vpc_peering_connection" "a_egress" {
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = aws_vpc.egress.id
  auto_accept = true
}

resource "aws_route_table" "a" {
  vpc_id = aws_vpc.a.id

  route {
    cidr_block                = "0.0.0.0/0"
    vpc_peering_connection_id = aws_vpc_peering_connection.a_egress.id
  }
}
`;
    const [f] = await findingsOf('a.tf', text, 'NET203');
    expect(f?.fix?.edits).toEqual([{ text: '  route = []\n', replace: { startLine: 18, endLine: 21 } }]);
    expect(f?.fix?.description).toMatch(/ It is the table's only route block: route = \[\] removes it \(with no route block, the provider leaves the table's routes as they are\)\.$/);
    const fixed = applyFix(text, f!.fix!.edits);
    expect(fixed.endsWith('resource "aws_route_table" "a" {\n  vpc_id = aws_vpc.a.id\n\n  route = []\n}\n')).toBe(true);
    expect(await findingsOf('a.tf', fixed, 'NET203')).toEqual([]);
  });
});

describe('a finding in a local module', () => {
  const MODULE = `variable "peer_vpc_id" {
  type = string
}

resource "aws_vpc" "this" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc_peering_connection" "to_hub" {
  vpc_id      = aws_vpc.this.id
  peer_vpc_id = var.peer_vpc_id
  auto_accept = true
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.this.id
}

resource "aws_route" "everything" {
  route_table_id            = aws_route_table.private.id
  destination_cidr_block    = "0.0.0.0/0"
  vpc_peering_connection_id = aws_vpc_peering_connection.to_hub.id
}
`;
  const ROOT = `resource "aws_vpc" "hub" {
  cidr_block = "10.9.0.0/16"
}

module "app" {
  source      = "./modules/app"
  peer_vpc_id = aws_vpc.hub.id
}
`;
  async function lintTree(root: string): Promise<Finding[]> {
    const dir = mkdtempSync(path.join(tmpdir(), 'vpclint-module-fix-'));
    mkdirSync(path.join(dir, 'modules', 'app'), { recursive: true });
    writeFileSync(path.join(dir, 'main.tf'), root);
    writeFileSync(path.join(dir, 'modules', 'app', 'main.tf'), MODULE);
    const r = await lintPaths(['.'], { cwd: dir });
    rmSync(dir, { recursive: true, force: true });
    expect(r.errors.map((e) => e.message)).toEqual([]);
    return r.findings.filter((f) => f.ruleId === 'NET203');
  }

  it('called once, without count or for_each: the fix edits the module file', async () => {
    const [f] = await lintTree(ROOT);
    expect([f?.resource, f?.fix?.file, f?.fix?.edits]).toEqual(['module.app.aws_route.everything', 'modules/app/main.tf', [{ text: '', replace: { startLine: 18, endLine: 23 } }]]);
    expect(f?.fix?.description).toMatch(/ The fix edits the module's own file \(modules\/app\/main\.tf\), which only module\.app instantiates\.$/);
  });

  it('called twice, or with for_each: no fix (the text is every instance\'s)', async () => {
    const twice = `${ROOT}\nmodule "other" {\n  source      = "./modules/app"\n  peer_vpc_id = aws_vpc.hub.id\n}\n`;
    expect((await lintTree(twice)).map((f) => [f.resource, f.fix])).toEqual([
      ['module.app.aws_route.everything', undefined],
      ['module.other.aws_route.everything', undefined],
    ]);
    const instanced = ROOT.replace('source      = "./modules/app"', 'source      = "./modules/app"\n  for_each    = toset(["a"])');
    expect((await lintTree(instanced)).map((f) => [f.resource, f.fix])).toEqual([['module.app["a"].aws_route.everything', undefined]]);
  });
});

describe('names of what fixes add', () => {
  it('every fix of a run avoids the names the file has (the file is scanned once for them)', async () => {
    const text = `Resources:
  App:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.1.0.0/16
  Web:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.3.0.0/16
  Db:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.2.0.0/16
  AppDb:
    Type: AWS::EC2::VPCPeeringConnection
    Properties:
      VpcId: !Ref App
      PeerVpcId: !Ref Db
  WebDb:
    Type: AWS::EC2::VPCPeeringConnection
    Properties:
      VpcId: !Ref Web
      PeerVpcId: !Ref Db
  AppTable:
    Type: AWS::EC2::RouteTable
    Properties:
      VpcId: !Ref App
  WebTable:
    Type: AWS::EC2::RouteTable
    Properties:
      VpcId: !Ref Web
  DbTable:
    Type: AWS::EC2::RouteTable
    Properties:
      VpcId: !Ref Db
  DbA:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Db
      CidrBlock: 10.2.1.0/24
  DbAAssociation:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties:
      SubnetId: !Ref DbA
      RouteTableId: !Ref DbTable
  AppToDb:
    Type: AWS::EC2::Route
    Properties:
      RouteTableId: !Ref AppTable
      DestinationCidrBlock: 10.2.0.0/16
      VpcPeeringConnectionId: !Ref AppDb
  WebToDb:
    Type: AWS::EC2::Route
    Properties:
      RouteTableId: !Ref WebTable
      DestinationCidrBlock: 10.2.0.0/16
      VpcPeeringConnectionId: !Ref WebDb
  DbTableToAppDb:
    Type: AWS::SNS::Topic
  DbTableToWebDb:
    Type: AWS::SNS::Topic
`;
    const fixes = (await findingsOf('t.yaml', text, 'NET201')).map((f) => f.fix?.text.split('\n')[0]);
    expect(fixes.sort()).toEqual(['  DbTableToAppDb2:', '  DbTableToWebDb2:']);
    // Names asked about one by one, then (past eight) all the file's names collected at once.
    const taken = Array.from({ length: 8 }, (_, i) => `  DbTableToAppDb${i + 2}:\n    Type: AWS::SNS::Topic\n`).join('');
    const many = (await findingsOf('t.yaml', text + taken, 'NET201')).map((f) => f.fix?.text.split('\n')[0]);
    expect(many.sort()).toEqual(['  DbTableToAppDb10:', '  DbTableToWebDb2:']);
  });
});

describe('the lines of a linted file', () => {
  it('are split at \\n and \\r\\n alike', () => {
    for (const text of ['a\nb\n\nc', 'a\r\nb\r\n\r\nc\n', 'a\rb\nc\r', '', 'x\r\n']) {
      expect(fixContext(() => text).lines('f')?.slice(0)).toEqual(text.split(/\r?\n/));
    }
    expect(fixContext(() => undefined).lines('f')).toBeUndefined();
  });
});
