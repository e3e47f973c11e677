/**
 * The post-apply world of an existing route table or security group. A refreshed plan lists every
 * route of a table and every rule of a group, including those of standalone resources; when the
 * configuration does not write the list, what exists after apply is what exists now, minus what
 * the plan deletes, plus what it creates, and a route or rule of a standalone resource is that
 * resource, never a second copy under the table or group.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import type { SourceResource } from '../../src/parse/source.js';
import type { NetworkModel, RulePeer } from '../../src/model/types.js';
import { tf } from '../helpers/source.js';

const EMPTY_ROUTE = {
  carrier_gateway_id: '',
  cidr_block: '',
  core_network_arn: '',
  destination_prefix_list_id: '',
  egress_only_gateway_id: '',
  gateway_id: '',
  ipv6_cidr_block: '',
  local_gateway_id: '',
  nat_gateway_id: '',
  network_interface_id: '',
  transit_gateway_id: '',
  vpc_endpoint_id: '',
  vpc_peering_connection_id: '',
};

const EXISTING = { action: 'no-op' } as const;

const vpc = tf('aws_vpc', 'app', { id: 'vpc-app', cidr_block: '10.1.0.0/16' }, EXISTING);
const pcx = tf('aws_vpc_peering_connection', 'app_db', { id: 'pcx-1', vpc_id: 'vpc-app', peer_vpc_id: 'vpc-db' }, EXISTING);

/** An existing table whose configuration writes no `route` blocks, refreshed with `routes`. */
function refreshedTable(routes: Record<string, string>[], configures: string[] = ['vpc_id', 'tags']): SourceResource {
  return tf(
    'aws_route_table',
    'app',
    { id: 'rtb-app', vpc_id: 'vpc-app', route: routes.map((r) => ({ ...EMPTY_ROUTE, ...r })) },
    { ...EXISTING, configures },
  );
}

function awsRoute(name: string, destination: string, action = 'no-op'): SourceResource {
  return tf(
    'aws_route',
    name,
    {
      id: `r-rtb-app${destination}`,
      route_table_id: 'rtb-app',
      [destination.includes(':') ? 'destination_ipv6_cidr_block' : 'destination_cidr_block']: destination,
      vpc_peering_connection_id: 'pcx-1',
    },
    { action },
  );
}

const routeKeys = (model: NetworkModel) => model.routes.map((r) => r.key);

describe('refreshed route lists', () => {
  it('a route of a standalone aws_route in scope is that resource, not a copy under the table', () => {
    const table = refreshedTable([{ cidr_block: '10.2.0.0/16', vpc_peering_connection_id: 'pcx-1' }]);
    expect(routeKeys(buildModel([vpc, pcx, table, awsRoute('to_db', '10.2.0.0/16')]))).toEqual(['aws_route.to_db']);
  });

  it('a route whose aws_route the plan deletes is gone after apply', () => {
    const table = refreshedTable([{ cidr_block: '10.2.0.0/16', vpc_peering_connection_id: 'pcx-1' }]);
    const removed = [awsRoute('to_db', '10.2.0.0/16', 'delete')];
    expect(routeKeys(buildModel([vpc, pcx, table], { removed }))).toEqual([]);
    // Without the deletion it would still be there, as a route nothing in the code writes.
    expect(routeKeys(buildModel([vpc, pcx, table]))).toEqual(['aws_route_table.app.route[0]']);
  });

  it('routes that no resource manages stay, keeping their place in the list; a written destination matches its canonical form', () => {
    const table = refreshedTable([
      { cidr_block: '10.2.0.0/16', vpc_peering_connection_id: 'pcx-1' },
      { cidr_block: '192.168.0.0/16', vpc_peering_connection_id: 'pcx-1' },
      { ipv6_cidr_block: '2001:db8::/56', vpc_peering_connection_id: 'pcx-1' },
    ]);
    const model = buildModel([vpc, pcx, table, awsRoute('to_db', '10.2.0.0/16'), awsRoute('v6', '2001:0db8::/56')]);
    expect(routeKeys(model)).toEqual(['aws_route_table.app.route[1]', 'aws_route.to_db', 'aws_route.v6']);
  });

  it('a table whose configuration writes route blocks keeps them: Terraform makes the list exactly those', () => {
    const table = refreshedTable([{ cidr_block: '10.2.0.0/16', vpc_peering_connection_id: 'pcx-1' }], ['vpc_id', 'route']);
    expect(new Set(routeKeys(buildModel([vpc, pcx, table, awsRoute('to_db', '10.2.0.0/16')])))).toEqual(
      new Set(['aws_route_table.app.route[0]', 'aws_route.to_db']),
    );
  });

  it('a table the plan creates has no refreshed list to claim from', () => {
    const created = tf(
      'aws_route_table',
      'app',
      { vpc_id: 'vpc-app', route: [{ ...EMPTY_ROUTE, cidr_block: '10.2.0.0/16', vpc_peering_connection_id: 'pcx-1' }] },
      { action: 'create', configures: ['vpc_id'], unknown: { id: {} } },
    );
    expect(routeKeys(buildModel([vpc, pcx, created]))).toEqual(['aws_route_table.app.route[0]']);
  });
});

const sg = (ingress: Record<string, unknown>[], configures: string[] = ['name', 'vpc_id']) =>
  tf(
    'aws_security_group',
    'web',
    {
      id: 'sg-web',
      vpc_id: 'vpc-app',
      ingress: ingress.map((r) => ({
        cidr_blocks: [],
        description: '',
        ipv6_cidr_blocks: [],
        prefix_list_ids: [],
        security_groups: [],
        self: false,
        ...r,
      })),
      egress: [],
    },
    { ...EXISTING, configures },
  );

function sgRule(name: string, port: number, cidrs: string[], action = 'no-op', extra: Record<string, unknown> = {}): SourceResource {
  return tf(
    'aws_security_group_rule',
    name,
    { type: 'ingress', security_group_id: 'sg-web', protocol: 'tcp', from_port: port, to_port: port, cidr_blocks: cidrs, ...extra },
    { action },
  );
}

const peerText = (p: RulePeer): string =>
  p.kind === 'cidr' && p.cidr.state === 'known'
    ? p.cidr.value.canonical
    : p.kind === 'security-group' && p.id.state === 'known'
      ? p.id.value
      : p.kind;
const rules = (model: NetworkModel) => model.securityGroupRules.map((r) => [r.key, ...r.peers.map(peerText)]);

describe('refreshed security group rule lists', () => {
  it('rules of standalone resources are those resources; a rule the plan deletes is gone', () => {
    const group = sg([
      { protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] },
      { protocol: 'tcp', from_port: 443, to_port: 443, cidr_blocks: ['0.0.0.0/0'] },
    ]);
    const model = buildModel([vpc, group, sgRule('https', 443, ['0.0.0.0/0'])], { removed: [sgRule('ssh', 22, ['0.0.0.0/0'], 'delete')] });
    expect(rules(model)).toEqual([['aws_security_group_rule.https', '0.0.0.0/0']]);
  });

  it('an entry AWS merged from several rules keeps only the sources no resource manages', () => {
    const group = sg([{ protocol: 'tcp', from_port: 443, to_port: 443, cidr_blocks: ['0.0.0.0/0', '10.0.0.0/8'] }]);
    const model = buildModel([vpc, group, sgRule('https', 443, ['0.0.0.0/0'])]);
    expect(rules(model)).toEqual([
      ['aws_security_group.web.ingress[0]', '10.0.0.0/8'],
      ['aws_security_group_rule.https', '0.0.0.0/0'],
    ]);
  });

  it('a different port or protocol is a different rule', () => {
    const group = sg([{ protocol: 'tcp', from_port: 443, to_port: 443, cidr_blocks: ['0.0.0.0/0'] }]);
    expect(rules(buildModel([vpc, group, sgRule('http', 80, ['0.0.0.0/0'])]))).toEqual([
      ['aws_security_group.web.ingress[0]', '0.0.0.0/0'],
      ['aws_security_group_rule.http', '0.0.0.0/0'],
    ]);
  });

  it('aws_vpc_security_group_ingress_rule claims its entry, all protocols matching "-1" whatever the ports', () => {
    const group = sg([
      { protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['10.0.0.0/8'] },
      { protocol: 'tcp', from_port: 5432, to_port: 5432, security_groups: ['123456789012/sg-app'] },
      { protocol: 'tcp', from_port: 8080, to_port: 8080, self: true },
    ]);
    const model = buildModel([
      vpc,
      group,
      tf('aws_vpc_security_group_ingress_rule', 'all', { security_group_id: 'sg-web', ip_protocol: '-1', cidr_ipv4: '10.0.0.0/8' }, EXISTING),
      tf(
        'aws_vpc_security_group_ingress_rule',
        'db',
        { security_group_id: 'sg-web', ip_protocol: 'tcp', from_port: 5432, to_port: 5432, referenced_security_group_id: 'sg-app' },
        EXISTING,
      ),
      sgRule('self', 8080, [], 'no-op', { source_security_group_id: 'sg-web' }),
    ]);
    expect(rules(model).map((r) => r[0])).toEqual([
      'aws_vpc_security_group_ingress_rule.all',
      'aws_vpc_security_group_ingress_rule.db',
      'aws_security_group_rule.self',
    ]);
  });

  it('a group whose configuration writes ingress blocks keeps them all', () => {
    const group = sg([{ protocol: 'tcp', from_port: 443, to_port: 443, cidr_blocks: ['0.0.0.0/0'] }], ['name', 'vpc_id', 'ingress']);
    expect(rules(buildModel([vpc, group, sgRule('https', 443, ['0.0.0.0/0'])]))).toEqual([
      ['aws_security_group.web.ingress[0]', '0.0.0.0/0'],
      ['aws_security_group_rule.https', '0.0.0.0/0'],
    ]);
  });
});

describe('refreshed lists of the default route table and the default security group', () => {
  it('aws_default_route_table: a standalone route on it is that route, once', () => {
    const table = tf(
      'aws_default_route_table',
      'app',
      {
        id: 'rtb-main',
        default_route_table_id: 'rtb-main',
        vpc_id: 'vpc-app',
        route: [{ ...EMPTY_ROUTE, cidr_block: '10.2.0.0/16', vpc_peering_connection_id: 'pcx-1' }],
      },
      { ...EXISTING, configures: ['default_route_table_id'] },
    );
    const r = tf(
      'aws_route',
      'to_db',
      { route_table_id: 'rtb-main', destination_cidr_block: '10.2.0.0/16', vpc_peering_connection_id: 'pcx-1' },
      EXISTING,
    );
    expect(routeKeys(buildModel([vpc, pcx, table, r]))).toEqual(['aws_route.to_db']);
  });

  it('aws_default_security_group: a rule resource on it is that rule, once', () => {
    const group = tf(
      'aws_default_security_group',
      'default',
      {
        id: 'sg-default',
        vpc_id: 'vpc-app',
        ingress: [
          { cidr_blocks: ['0.0.0.0/0'], description: '', ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false, protocol: 'tcp', from_port: 22, to_port: 22 },
        ],
        egress: [],
      },
      { ...EXISTING, configures: ['vpc_id'] },
    );
    const rule = tf(
      'aws_vpc_security_group_ingress_rule',
      'ssh',
      { security_group_id: 'sg-default', ip_protocol: 'tcp', from_port: 22, to_port: 22, cidr_ipv4: '0.0.0.0/0' },
      EXISTING,
    );
    expect(rules(buildModel([vpc, group, rule]))).toEqual([['aws_vpc_security_group_ingress_rule.ssh', '0.0.0.0/0']]);
  });
});

describe('refreshed rule lists: updates in place and rules without ports', () => {
  it('a rule the plan updates in place no longer admits its old source (its old entry is claimed by its values before the change)', () => {
    // The provider changes cidr_ipv4 in place (ModifySecurityGroupRules): the refreshed group still lists the old rule.
    const group = sg([{ protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] }]);
    const values = { security_group_id: 'sg-web', ip_protocol: 'tcp', from_port: 22, to_port: 22 };
    const after = tf('aws_vpc_security_group_ingress_rule', 'ssh', { ...values, cidr_ipv4: '10.9.0.0/16' }, { action: 'update' });
    const before = tf('aws_vpc_security_group_ingress_rule', 'ssh', { ...values, cidr_ipv4: '0.0.0.0/0' }, { action: 'delete' });
    expect(rules(buildModel([vpc, group, after], { removed: [before] }))).toEqual([['aws_vpc_security_group_ingress_rule.ssh', '10.9.0.0/16']]);
  });

  it('an ICMP rule written without ports is the entry AWS lists with -1/-1', () => {
    const group = sg([{ protocol: 'icmp', from_port: -1, to_port: -1, cidr_blocks: ['0.0.0.0/0'] }]);
    const rule = tf('aws_vpc_security_group_ingress_rule', 'ping', { security_group_id: 'sg-web', ip_protocol: 'icmp', cidr_ipv4: '0.0.0.0/0' }, EXISTING);
    expect(rules(buildModel([vpc, group, rule]))).toEqual([['aws_vpc_security_group_ingress_rule.ping', '0.0.0.0/0']]);
  });

  it('a protocol without ports (ESP, 50) matches whatever ports either side lists', () => {
    const group = sg([{ protocol: '50', from_port: -1, to_port: -1, cidr_blocks: ['10.0.0.0/8'] }]);
    const rule = sgRule('esp', 0, ['10.0.0.0/8'], 'no-op', { protocol: '50' });
    expect(rules(buildModel([vpc, group, rule]))).toEqual([['aws_security_group_rule.esp', '10.0.0.0/8']]);
  });
});

describe('standalone routes when no table reads its route list back from state', () => {
  // No table takes claims then, so a route of the model is linked to its table only when it is
  // attached; a route the plan deletes is never attached, and is still linked when claimed.
  const mainVpc = tf('aws_vpc', 'main', { id: 'vpc-main', cidr_block: '10.1.0.0/16', main_route_table_id: 'rtb-original' }, EXISTING);
  const other = tf('aws_route_table', 'other', { id: 'rtb-other', vpc_id: 'vpc-main', route: [] }, { ...EXISTING, configures: ['vpc_id', 'route'] });
  const association = tf('aws_main_route_table_association', 'main', { vpc_id: 'vpc-main', route_table_id: 'rtb-other' }, EXISTING);
  const onOriginal = (action: string): SourceResource =>
    tf('aws_route', 'on_original', { route_table_id: 'rtb-original', destination_cidr_block: '10.2.0.0/16', vpc_peering_connection_id: 'pcx-1' }, { action });
  const tables = (model: NetworkModel) => model.routeTables.map((t) => [t.key, t.isMain, t.routes.map((r) => r.key)]);

  it('a route on the VPC\'s original main table keeps that table in the model, attached or only deleted', () => {
    expect(tables(buildModel([mainVpc, other, association, onOriginal('no-op')]))).toEqual([
      ['aws_vpc.main main route table', false, ['aws_route.on_original']],
      ['aws_route_table.other', true, []],
    ]);
    expect(tables(buildModel([mainVpc, other, association], { removed: [onOriginal('delete')] }))).toEqual([
      ['aws_vpc.main main route table', false, []],
      ['aws_route_table.other', true, []],
    ]);
    expect(tables(buildModel([mainVpc, other, association]))).toEqual([['aws_route_table.other', true, []]]);
  });
});
