// Two common Terraform idioms, in plans shaped like `terraform show -json` output: attributes the
// configuration leaves to the provider (route tables whose routes are all aws_route resources),
// and `for_each = aws_subnet.private` with `subnet_id = each.value.id`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTerraformPlan } from '../../src/parse/terraform-plan/index.js';
import { change, configResource, constant, readPlan, refs, resource, type Json } from './plan-helpers.js';

const AFTER_APPLY = { state: 'unknown', reason: 'known after apply', refs: [] };
const COMPUTED = { ...AFTER_APPLY, computed: true };
const link = (address: string, ...attribute: (string | number)[]): unknown => ({
  state: 'unknown',
  reason: 'known after apply',
  refs: [{ address, attribute }],
});
const lost = (reason: string): unknown => ({ state: 'unknown', reason, refs: [] });

describe('attributes the configuration does not set are computed by the provider', () => {
  const plan: Json = {
    format_version: '1.2',
    terraform_version: '1.9.5',
    resource_changes: [
      change('aws_vpc.hub', ['create'], { cidr_block: '10.0.0.0/16', enable_dns_support: true }, { id: true, ipv6_cidr_block: true, arn: true }),
      change(
        'aws_route_table.private',
        ['create'],
        { tags: { Name: 'private' }, timeouts: null },
        { arn: true, id: true, propagating_vgws: true, route: true, tags: {}, tags_all: {}, vpc_id: true },
      ),
      // `route = [{ cidr_block = "0.0.0.0/0", gateway_id = aws_internet_gateway.hub.id, ... }]`: attribute syntax.
      change('aws_route_table.public', ['create'], {}, { id: true, route: [{ gateway_id: true }], vpc_id: true }),
      change('aws_route_table.blocks', ['create'], {}, { id: true, route: true }),
      change('aws_route_table.nulled', ['create'], {}, { id: true, route: true }),
      change('aws_route_table.call', ['create'], {}, { id: true, route: true }),
      change('aws_route_table.bare', ['create'], {}, { id: true, route: true }),
      change('aws_route_table.odd', ['create'], {}, { id: true, route: true }),
      change('aws_route_table.unconfigured', ['create'], {}, { id: true, route: true }),
      change('aws_route_table.each["a"]', ['create'], {}, { id: true, route: true }, { index: 'a' }),
      change(
        'aws_security_group.bastion',
        ['create'],
        { description: 'SSH bastion', name: 'bastion', revoke_rules_on_delete: false },
        { arn: true, egress: true, id: true, ingress: true, name_prefix: true, owner_id: true, tags_all: true, vpc_id: true },
      ),
      change('module.spoke["app"].aws_route_table.private', ['create'], {}, { id: true, route: true }, { module_address: 'module.spoke["app"]' }),
      change('data.aws_vpc.peer', ['read'], null, true),
      change('aws_internet_gateway.hub', ['create'], {}, { id: true }),
    ],
    configuration: {
      root_module: {
        resources: [
          configResource('aws_vpc.hub', { cidr_block: constant('10.0.0.0/16'), enable_dns_support: constant(true) }),
          configResource('aws_route_table.private', { tags: constant({ Name: 'private' }), vpc_id: refs('aws_vpc.hub.id', 'aws_vpc.hub') }),
          configResource('aws_route_table.public', { route: refs('aws_internet_gateway.hub.id', 'aws_internet_gateway.hub'), vpc_id: refs('aws_vpc.hub.id', 'aws_vpc.hub') }),
          configResource('aws_route_table.blocks', { route: [{ cidr_block: constant('0.0.0.0/0'), gateway_id: refs('aws_internet_gateway.hub.id', 'aws_internet_gateway.hub') }] }),
          configResource('aws_route_table.nulled', { route: { constant_value: null } }),
          // `route = cidrsubnets(...)`-like: set, but neither a constant nor a reference.
          configResource('aws_route_table.call', { route: {} }),
          // A resource with no arguments: Terraform leaves `expressions` out.
          { address: 'aws_route_table.bare', mode: 'managed', type: 'aws_route_table', name: 'bare', provider_config_key: 'aws', schema_version: 0 },
          { address: 'aws_route_table.odd', mode: 'managed', type: 'aws_route_table', name: 'odd', expressions: 'route' },
          configResource('aws_route_table.each', { route: [{ cidr_block: constant('0.0.0.0/0') }] }, { for_each_expression: refs('var.tables') }),
          configResource('aws_security_group.bastion', { description: constant('SSH bastion'), name: constant('bastion') }),
          configResource('data.aws_vpc.peer', { tags: constant({ Name: 'peer' }) }),
          configResource('aws_internet_gateway.hub', { vpc_id: refs('aws_vpc.hub.id', 'aws_vpc.hub') }),
        ],
        module_calls: {
          spoke: {
            source: './modules/spoke',
            for_each_expression: refs('var.spokes'),
            module: { resources: [configResource('aws_route_table.private', { vpc_id: refs('aws_vpc.this.id', 'aws_vpc.this') })] },
          },
        },
      },
    },
  };
  const result = readPlan(plan);

  it.each<[string, string, (string | number)[], unknown]>([
    ['a route table whose routes are all standalone aws_route resources', 'aws_route_table.private', ['route'], COMPUTED],
    ['an element below that route list', 'aws_route_table.private', ['route', 0, 'cidr_block'], COMPUTED],
    ['security group ingress left to aws_security_group_rule resources', 'aws_security_group.bastion', ['ingress'], COMPUTED],
    ['security group egress likewise', 'aws_security_group.bastion', ['egress'], COMPUTED],
    ['a VPC without an IPv6 block', 'aws_vpc.hub', ['ipv6_cidr_block'], COMPUTED],
    ['an ID', 'aws_vpc.hub', ['id'], COMPUTED],
    ['a route list set to null', 'aws_route_table.nulled', ['route'], COMPUTED],
    ['an attribute of a resource with no arguments at all', 'aws_route_table.bare', ['route'], COMPUTED],
    ['an attribute of a wholly unknown data source the configuration does not set', 'data.aws_vpc.peer', ['cidr_block'], COMPUTED],
    ['a resource in a module instance', 'module.spoke["app"].aws_route_table.private', ['route'], COMPUTED],
    ['an attribute set by reference', 'aws_route_table.private', ['vpc_id'], link('aws_vpc.hub', 'id')],
    ['a route list in attribute syntax', 'aws_route_table.public', ['route', 0, 'gateway_id'], link('aws_internet_gateway.hub', 'id')],
    ['a route list set by an expression with no references', 'aws_route_table.call', ['route'], AFTER_APPLY],
    ['expressions that are not an object', 'aws_route_table.odd', ['route'], AFTER_APPLY],
    ['a resource missing from the configuration', 'aws_route_table.unconfigured', ['route'], AFTER_APPLY],
    ['the whole of a wholly unknown data source', 'data.aws_vpc.peer', [], AFTER_APPLY],
    [
      'route blocks of a for_each resource',
      'aws_route_table.each["a"]',
      ['route'],
      lost('known after apply; aws_route_table.each["a"] uses for_each, so vpclint does not rebuild its route blocks from the configuration'),
    ],
  ])('%s', (_name, address, attrPath, expected) => {
    expect(resource(result, address).get(attrPath)).toEqual(expected);
  });

  it('still rebuilds literal route blocks, which the configuration does set', () => {
    const rt = resource(result, 'aws_route_table.blocks');
    expect(rt.get(['route'])).toEqual({ state: 'known', value: [{ cidr_block: '0.0.0.0/0' }] });
    expect(rt.get(['route', 0, 'gateway_id'])).toEqual(link('aws_internet_gateway.hub', 'id'));
  });

  it('leaves known values of unset attributes as they are', () => {
    expect(resource(result, 'aws_security_group.bastion').get(['revoke_rules_on_delete'])).toEqual({ state: 'known', value: false });
    expect(resource(result, 'aws_route_table.private').get(['timeouts'])).toEqual({ state: 'absent' });
  });
});

describe('for_each = <resource> with each.value.<attribute>', () => {
  const subnets = ['eu-west-1a', 'eu-west-1b'];
  const plan: Json = {
    format_version: '1.2',
    terraform_version: '1.9.5',
    variables: { spokes: { value: { app: {} } } },
    resource_changes: [
      ...subnets.map((az) => change(`aws_subnet.private["${az}"]`, ['create'], { availability_zone: az }, { id: true }, { index: az })),
      change('aws_route_table.private', ['create'], {}, { id: true, route: true }),
      // for_each = aws_subnet.private; subnet_id = each.value.id
      ...[...subnets, 'eu-west-1c'].map((az) =>
        change(`aws_route_table_association.private["${az}"]`, ['create'], {}, { id: true, route_table_id: true, subnet_id: true }, { index: az }),
      ),
      change('aws_route_table_association.whole["eu-west-1a"]', ['create'], {}, { subnet_id: true }, { index: 'eu-west-1a' }),
      change('aws_route_table_association.var["x"]', ['create'], {}, { subnet_id: true }, { index: 'x' }),
      change('aws_route_table_association.two["eu-west-1a"]', ['create'], {}, { subnet_id: true }, { index: 'eu-west-1a' }),
      change('aws_route_table_association.attr["Name"]', ['create'], {}, { subnet_id: true }, { index: 'Name' }),
      change('aws_route_table_association.gone["a"]', ['create'], {}, { subnet_id: true }, { index: 'a' }),
      change('aws_route_table_association.mixed["eu-west-1a"]', ['create'], {}, { subnet_id: true }, { index: 'eu-west-1a' }),
      change('aws_route_table_association.bad["eu-west-1a"]', ['create'], {}, { subnet_id: true }, { index: 'eu-west-1a' }),
      change('aws_route_table_association.nokey', ['create'], {}, { subnet_id: true }),
      change('data.aws_subnet.found["a"]', ['read'], {}, { id: true, tags: true }, { index: 'a' }),
      change('aws_network_acl_association.found["a"]', ['create'], {}, { subnet_id: true, network_acl_id: true }, { index: 'a' }),
      change('aws_network_acl.main["a"]', ['create'], {}, { id: true }, { index: 'a' }),
      // module "spoke" { for_each = aws_vpc.spokes; vpc_id = each.value.id }
      change('aws_vpc.spokes["app"]', ['create'], { cidr_block: '10.1.0.0/16' }, { id: true }, { index: 'app' }),
      change('module.spoke["app"].aws_subnet.s', ['create'], {}, { vpc_id: true, cidr_block: true }, { module_address: 'module.spoke["app"]' }),
      change('module.spoke["db"].aws_subnet.s', ['create'], {}, { vpc_id: true, cidr_block: true }, { module_address: 'module.spoke["db"]' }),
      // Inside a module instance: for_each = aws_subnet.private of the same instance.
      change('module.net["x"].aws_subnet.private["a"]', ['create'], {}, { id: true }, { index: 'a' }),
      change('module.net["x"].aws_route_table_association.private["a"]', ['create'], {}, { subnet_id: true }, { index: 'a' }),
    ],
    configuration: {
      root_module: {
        resources: [
          configResource('aws_subnet.private', { availability_zone: refs('each.key') }, { for_each_expression: refs('local.subnets') }),
          configResource('aws_route_table.private', {}),
          configResource(
            'aws_route_table_association.private',
            { route_table_id: refs('aws_route_table.private.id', 'aws_route_table.private'), subnet_id: refs('each.value.id', 'each.value') },
            { for_each_expression: refs('aws_subnet.private') },
          ),
          configResource('aws_route_table_association.whole', { subnet_id: refs('each.value') }, { for_each_expression: refs('aws_subnet.private') }),
          configResource('aws_route_table_association.var', { subnet_id: refs('each.value.id', 'each.value') }, { for_each_expression: refs('var.subnets') }),
          // for_each = merge(aws_subnet.private, aws_subnet.public)
          configResource(
            'aws_route_table_association.two',
            { subnet_id: refs('each.value.id', 'each.value') },
            { for_each_expression: refs('aws_subnet.private', 'aws_subnet.public') },
          ),
          // for_each = aws_vpc.spokes["app"].tags
          configResource(
            'aws_route_table_association.attr',
            { subnet_id: refs('each.value.id', 'each.value') },
            { for_each_expression: refs('aws_vpc.spokes["app"].tags', 'aws_vpc.spokes["app"]', 'aws_vpc.spokes') },
          ),
          configResource('aws_route_table_association.gone', { subnet_id: refs('each.value.id', 'each.value') }, { for_each_expression: refs('aws_subnet.removed') }),
          // subnet_id = coalesce(each.value.id, aws_route_table.private)
          configResource(
            'aws_route_table_association.mixed',
            { subnet_id: refs('each.value.id', 'each.value', 'aws_route_table.private') },
            { for_each_expression: refs('aws_subnet.private') },
          ),
          configResource('aws_route_table_association.bad', { subnet_id: refs('each.value.id', 'each.value') }, { for_each_expression: { references: 'aws_subnet.private' } }),
          configResource('aws_route_table_association.nokey', { subnet_id: refs('each.value.id', 'each.value') }, { for_each_expression: refs('aws_subnet.private') }),
          configResource('data.aws_subnet.found', { id: refs('each.value') }, { for_each_expression: refs('var.ids') }),
          configResource(
            'aws_network_acl_association.found',
            { subnet_id: refs('each.value.id', 'each.value'), network_acl_id: refs('aws_network_acl.main', 'each.key') },
            { for_each_expression: refs('data.aws_subnet.found') },
          ),
          configResource('aws_network_acl.main', {}, { for_each_expression: refs('var.ids') }),
          configResource('aws_vpc.spokes', { cidr_block: refs('each.value.cidr_block', 'each.value') }, { for_each_expression: refs('var.spokes') }),
        ],
        module_calls: {
          spoke: {
            source: './modules/spoke',
            for_each_expression: refs('aws_vpc.spokes'),
            expressions: { vpc_id: refs('each.value.id', 'each.value'), cidr_block: refs('each.value.tags.Cidr', 'each.value.tags', 'each.value') },
            module: {
              resources: [configResource('aws_subnet.s', { vpc_id: refs('var.vpc_id'), cidr_block: refs('var.cidr_block') })],
              variables: { vpc_id: {}, cidr_block: {} },
            },
          },
          net: {
            source: './modules/net',
            for_each_expression: refs('var.nets'),
            module: {
              resources: [
                configResource('aws_subnet.private', {}, { for_each_expression: refs('var.zones') }),
                configResource('aws_route_table_association.private', { subnet_id: refs('each.value.id', 'each.value') }, { for_each_expression: refs('aws_subnet.private') }),
              ],
            },
          },
        },
      },
    },
  };
  const result = readPlan(plan);
  const get = (address: string, attr: string): unknown => resource(result, address).get([attr]);

  it.each<[string, string, string, unknown]>([
    ['each.value.id is the id of the instance with the same key', 'aws_route_table_association.private["eu-west-1a"]', 'subnet_id', link('aws_subnet.private["eu-west-1a"]', 'id')],
    ['for every instance', 'aws_route_table_association.private["eu-west-1b"]', 'subnet_id', link('aws_subnet.private["eu-west-1b"]', 'id')],
    ['next to a plain resource reference', 'aws_route_table_association.private["eu-west-1a"]', 'route_table_id', link('aws_route_table.private', 'id')],
    ['a data source iterated over', 'aws_network_acl_association.found["a"]', 'subnet_id', link('data.aws_subnet.found["a"]', 'id')],
    ['each.key next to it still picks its instance', 'aws_network_acl_association.found["a"]', 'network_acl_id', link('aws_network_acl.main["a"]')],
    ['inside a module instance, the resource of that instance', 'module.net["x"].aws_route_table_association.private["a"]', 'subnet_id', link('module.net["x"].aws_subnet.private["a"]', 'id')],
    ['a module input each.value.id of a module with for_each = aws_vpc.spokes', 'module.spoke["app"].aws_subnet.s', 'vpc_id', link('aws_vpc.spokes["app"]', 'id')],
    ['a longer path through a module input', 'module.spoke["app"].aws_subnet.s', 'cidr_block', link('aws_vpc.spokes["app"]', 'tags', 'Cidr')],
  ])('%s', (_name, address, attr, expected) => {
    expect(get(address, attr)).toEqual(expected);
  });

  const plainLost = 'value comes from each.value; plan JSON does not record for_each values';
  it.each<[string, string, string, string]>([
    [
      'the iterated resource has no instance with that key',
      'aws_route_table_association.private["eu-west-1c"]',
      'subnet_id',
      'value comes from each.value (for_each = aws_subnet.private), but aws_subnet.private has no instance ["eu-west-1c"] in the plan',
    ],
    [
      'a module instance whose key the iterated resource lacks',
      'module.spoke["db"].aws_subnet.s',
      'vpc_id',
      'value comes from each.value (for_each = aws_vpc.spokes), but aws_vpc.spokes has no instance ["db"] in the plan',
    ],
    [
      'the iterated resource is not in the plan',
      'aws_route_table_association.gone["a"]',
      'subnet_id',
      'value comes from each.value (for_each = aws_subnet.removed), but aws_subnet.removed is not in the plan',
    ],
    [
      'the whole each.value, which may be a transformed value',
      'aws_route_table_association.whole["eu-west-1a"]',
      'subnet_id',
      'value comes from each.value, a whole instance of aws_subnet.private; vpclint links only its attributes (each.value.id)',
    ],
    ['for_each over a variable', 'aws_route_table_association.var["x"]', 'subnet_id', plainLost],
    ['for_each over two resources', 'aws_route_table_association.two["eu-west-1a"]', 'subnet_id', plainLost],
    ['for_each over an attribute of a resource', 'aws_route_table_association.attr["Name"]', 'subnet_id', plainLost],
    ['for_each references that are not a list', 'aws_route_table_association.bad["eu-west-1a"]', 'subnet_id', plainLost],
    ['an instance address without a key', 'aws_route_table_association.nokey', 'subnet_id', plainLost],
    ['a data source over a variable, whole each.value', 'data.aws_subnet.found["a"]', 'id', plainLost],
  ])('stays unknown when %s', (_name, address, attr, reason) => {
    expect(get(address, attr)).toEqual(lost(reason));
  });

  it('names each.value among several sources', () => {
    expect(get('aws_route_table_association.mixed["eu-west-1a"]', 'subnet_id')).toEqual(
      lost('value comes from several sources (aws_subnet.private["eu-west-1a"].id, aws_route_table.private); vpclint cannot tell which one it is'),
    );
  });
});

describe('the hub-and-spokes example plan', () => {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/hub-and-spokes/plan.json');
  const text = readFileSync(file, 'utf8');
  const result = readTerraformPlan(JSON.parse(text) as unknown, text, 'plan.json');

  it('reads without problems', () => {
    expect(result.problems).toEqual([]);
  });

  it.each(['app', 'data', 'shared-services'])('spoke %s: the route table has computed routes and each association its subnet', (spoke) => {
    const prefix = `module.spoke["${spoke}"].`;
    expect(resource(result, `${prefix}aws_route_table.private`).get(['route'])).toEqual(COMPUTED);
    for (const az of ['eu-west-1a', 'eu-west-1b', 'eu-west-1c']) {
      expect(resource(result, `${prefix}aws_route_table_association.private["${az}"]`).get(['subnet_id'])).toEqual(link(`${prefix}aws_subnet.private["${az}"]`, 'id'));
    }
  });

  it('hub: routes only from aws_route resources are computed, an inline route list is not', () => {
    expect(resource(result, 'aws_route_table.hub_private').get(['route'])).toEqual(COMPUTED);
    expect(resource(result, 'aws_route_table.hub_public').get(['route', 0, 'gateway_id'])).toEqual(link('aws_internet_gateway.hub', 'id'));
    expect(resource(result, 'aws_security_group.bastion').get(['ingress'])).toEqual(COMPUTED);
  });
});
