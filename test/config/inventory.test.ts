/**
 * The configuration's inventory: VPCs and route tables of another team or account join the model
 * with their known values, so NET101 and NET201 decide a peering with them instead of reporting it
 * unresolved, and findings about inventory entries point into the configuration file.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { parseConfig } from '../../src/config/load.js';
import { buildModel } from '../../src/model/build.js';
import { lint as lintInputs } from '../../src/run.js';

/** An existing VPC (vpc-0app, 10.0.0.0/16) peered with vpc-0shared by pcx-0abc, with a route to 10.50.0.0/16 over it. */
function plan(routeToShared = true): string {
  const managed = (address: string, type: string, after: Record<string, unknown>) => ({
    address,
    mode: 'managed',
    type,
    name: address.split('.')[1],
    change: { actions: ['no-op'], before: after, after, after_unknown: {} },
  });
  const changes = [
    managed('aws_vpc.app', 'aws_vpc', { id: 'vpc-0app', cidr_block: '10.0.0.0/16', enable_dns_support: true, enable_dns_hostnames: true }),
    managed('aws_vpc_peering_connection.app_shared', 'aws_vpc_peering_connection', {
      id: 'pcx-0abc',
      vpc_id: 'vpc-0app',
      peer_vpc_id: 'vpc-0shared',
      peer_owner_id: '111122223333',
      accept_status: 'active',
    }),
    managed('aws_route_table.app', 'aws_route_table', { id: 'rtb-0app', vpc_id: 'vpc-0app' }),
    managed('aws_main_route_table_association.app', 'aws_main_route_table_association', { id: 'rtbassoc-0', vpc_id: 'vpc-0app', route_table_id: 'rtb-0app' }),
  ];
  if (routeToShared) {
    changes.push(
      managed('aws_route.app_to_shared', 'aws_route', {
        id: 'r-rtb-0app1',
        route_table_id: 'rtb-0app',
        destination_cidr_block: '10.50.0.0/16',
        vpc_peering_connection_id: 'pcx-0abc',
      }),
    );
  }
  return JSON.stringify({ format_version: '1.2', resource_changes: changes }, null, 2);
}

function inventory(cidrs: string, routes: string): string {
  return [
    'inventory:',
    '  vpcs:',
    '    - id: vpc-0shared',
    '      name: shared-services',
    `      cidrs: ${cidrs}`,
    '      region: eu-west-1',
    '      account: "111122223333"',
    '      routeTables:',
    '        - id: rtb-0shared',
    '          main: true',
    `          routes: ${routes}`,
    '',
  ].join('\n');
}

async function lint(configText: string | undefined, planText = plan()) {
  const config = configText === undefined ? undefined : await parseConfig(configText, '.vpclint.yml', '/repo', rules);
  const result = await lintInputs([{ file: 'plan.json', text: planText }], { config });
  const pick = (id: string) => ({
    findings: result.findings.filter((f) => f.ruleId === id).map((f) => ({ file: f.location.file, line: f.location.line, resource: f.resource, messageId: f.messageId, data: f.data })),
    unresolved: result.unresolved.filter((u) => u.ruleId === id).map((u) => `${u.resource}: ${u.reason}`),
  });
  return { errors: result.errors, NET101: pick('NET101'), NET201: pick('NET201') };
}

const BACK = '[{ destination: 10.0.0.0/16, target: pcx-0abc }]';

/** NET101's facts for the app VPC against the inventory VPC's secondary block. */
const NET101_DATA = {
  peering: 'aws_vpc_peering_connection.app_shared',
  vpc: 'aws_vpc.app',
  vpcCidr: '10.0.0.0/16',
  peerVpc: 'vpc-0shared',
  peerCidr: '10.0.128.0/20',
  family: 'IPv4',
};

/** The line of a resource's address in the plan: where plan findings are located. */
function lineOf(address: string, text = plan()): number {
  return text.split('\n').findIndex((l) => l.includes(`"address": "${address}"`)) + 1;
}

describe('a peering with a VPC of the inventory', () => {
  it('without an inventory, both checks are unresolved: the peer is outside the linted files', async () => {
    const result = await lint(undefined);
    expect(result.NET101).toEqual({
      findings: [],
      unresolved: [
        'aws_vpc_peering_connection.app_shared: not every CIDR block of vpc-0shared is known (vpc-0shared is not defined in the linted files), so an overlap cannot be ruled out',
      ],
    });
    expect(result.NET201).toEqual({
      findings: [],
      unresolved: [
        'aws_route.app_to_shared: not every CIDR block of vpc-0shared is known (vpc-0shared is not defined in the linted files), so it cannot be told whether 10.50.0.0/16 is inside it',
      ],
    });
  });

  it('with the inventory, a peering with routes both ways and distinct ranges is clean', async () => {
    const result = await lint(inventory('[10.50.0.0/16]', BACK));
    expect(result).toEqual({ errors: [], NET101: { findings: [], unresolved: [] }, NET201: { findings: [], unresolved: [] } });
  });

  it('NET101 reports an overlap with a secondary block of the inventory VPC', async () => {
    const result = await lint(inventory('[10.50.0.0/16, 10.0.128.0/20]', BACK));
    expect(result.NET101).toEqual({
      findings: [
        {
          file: 'plan.json',
          line: lineOf('aws_vpc_peering_connection.app_shared'),
          resource: 'aws_vpc_peering_connection.app_shared',
          messageId: 'overlap',
          data: NET101_DATA,
        },
      ],
      unresolved: [],
    });
  });

  it('NET201 reports the missing route back in the inventory route table', async () => {
    const result = await lint(inventory('[10.50.0.0/16]', '[]'));
    expect(result.NET201.unresolved).toEqual([]);
    expect(result.NET201.findings).toEqual([
      {
        file: 'plan.json',
        line: lineOf('aws_route.app_to_shared'),
        resource: 'aws_route.app_to_shared',
        messageId: 'missingReturnRoute',
        data: {
          route: 'aws_route.app_to_shared',
          destination: '10.50.0.0/16',
          peering: 'aws_vpc_peering_connection.app_shared',
          peerVpc: 'vpc-0shared',
          peerTable: 'rtb-0shared',
          missing: '10.0.0.0/16',
        },
      },
    ]);
  });

  it('NET201 reports a route of the inventory whose replies the linted VPC drops, located in the configuration file', async () => {
    const result = await lint(inventory('[10.50.0.0/16]', BACK), plan(false));
    expect(result.NET201.findings).toEqual([
      {
        file: '.vpclint.yml',
        line: 11,
        resource: 'rtb-0shared',
        messageId: 'missingReturnRoute',
        data: {
          route: 'rtb-0shared.routes[0]',
          destination: '10.0.0.0/16',
          peering: 'aws_vpc_peering_connection.app_shared',
          peerVpc: 'aws_vpc.app',
          peerTable: 'aws_route_table.app',
          missing: '10.50.0.0/16',
        },
      },
    ]);
  });

  it('without a main route table in the inventory, a table of the inventory with the way back is enough', async () => {
    // The inventory's subnets are not in scope, so the replying subnets may use that table.
    const text = inventory('[10.50.0.0/16]', BACK).replace('          main: true\n', '');
    expect((await lint(text)).NET201).toEqual({ findings: [], unresolved: [] });
  });

  it('without a main route table in the inventory, its routes are unknown, not empty', async () => {
    const text = inventory('[10.50.0.0/16]', '[]').replace('          main: true\n', '');
    const result = await lint(text);
    expect(result.NET201).toEqual({
      findings: [],
      unresolved: [
        'aws_route.app_to_shared: cannot tell whether a route table of vpc-0shared sends replies for 10.0.0.0/16 back over aws_vpc_peering_connection.app_shared: not every route of vpc-0shared main route table is known (the main route table of vpc-0shared is not in its inventory entry in .vpclint.yml (mark it main: true))',
      ],
    });
  });
});

describe('inventory entries in the model', () => {
  it('become a VPC with known ID, name, blocks, region and account, and its route tables', async () => {
    const config = await parseConfig(inventory('[10.50.0.0/16, "2600:1f18:aaaa:bb00::/56"]', BACK), '.vpclint.yml', '/repo', rules);
    const model = buildModel(config.inventory);
    const vpc = model.vpcs[0]!;
    expect({
      key: vpc.key,
      id: vpc.id,
      name: vpc.name,
      external: vpc.external,
      blocks: vpc.cidrBlocks.map((b) => [b.kind, b.cidr.state === 'known' ? b.cidr.value.canonical : b.cidr.state]),
      region: vpc.region,
      accountId: vpc.accountId,
      dns: vpc.enableDnsSupport,
      main: vpc.mainRouteTable.label,
      location: vpc.resource?.location(),
    }).toEqual({
      key: 'vpc-0shared',
      id: { state: 'known', value: 'vpc-0shared' },
      name: 'shared-services',
      external: false,
      blocks: [
        ['ipv4-primary', '10.50.0.0/16'],
        ['ipv6', '2600:1f18:aaaa:bb00::/56'],
      ],
      region: { state: 'known', value: 'eu-west-1' },
      accountId: { state: 'known', value: '111122223333' },
      dns: { state: 'unknown', reason: 'the DNS support setting of vpc-0shared is not given in its inventory entry in .vpclint.yml' },
      main: 'rtb-0shared',
      location: { file: '.vpclint.yml', line: 3, column: 7 },
    });
    expect(model.routes.map((r) => [r.key, r.destination.state === 'known' ? r.destination.value.canonical : '', r.target.kind])).toEqual([
      ['rtb-0shared.routes[0]', '10.0.0.0/16', 'peering'],
    ]);
  });
});
