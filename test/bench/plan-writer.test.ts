/**
 * The plan writer behind the examples and the benchmark: Terraform's `references` format, and the
 * shape of created, existing and updated resources in `terraform show -json` output.
 */
import { describe, expect, it } from 'vitest';

interface Expr {
  kind: 'expr';
  hcl: string;
}
interface Writer {
  root: {
    resource(type: string, name: string, opts?: Record<string, unknown>): unknown;
    moduleCall(name: string, call: Record<string, unknown>): void;
  };
  instance(address: string, spec: Record<string, unknown>): void;
  output(name: string, spec: Record<string, unknown>): void;
  toString(opts?: { indent?: number }): string;
}
interface PlanWriterModule {
  referencesOf(text: string): string[];
  parseAddress(address: string): Record<string, unknown>;
  constant(value: unknown): Expr;
  ref(hcl: string): Expr;
  blocks(items: Record<string, Expr>[]): unknown;
  fakeId(prefix: string, seed: string): string;
  hclLiteral(value: unknown, indent?: string): string;
  UNKNOWN: unknown;
  ModuleConfig: new () => Writer['root'];
  PlanWriter: new (opts?: Record<string, unknown>) => Writer;
}

// Plain JavaScript (scripts/ is not compiled), typed here by what the tests use.
const writer = (await import(new URL('../../scripts/lib/plan-writer.js', import.meta.url).href)) as PlanWriterModule;
const { PlanWriter, ModuleConfig, UNKNOWN, blocks, constant, ref } = writer;

type Json = Record<string, any>;

describe('referencesOf', () => {
  it.each([
    // The forms the Terraform JSON output format documents.
    ['aws_vpc.this.id', ['aws_vpc.this.id', 'aws_vpc.this']],
    ['module.net.vpc_id', ['module.net.vpc_id', 'module.net']],
    ['var.vpc_id', ['var.vpc_id']],
    ['aws_vpc.this[count.index].id', ['aws_vpc.this', 'count.index']],
    ['data.template_file.foo[1].vars["baz"]', [
      'data.template_file.foo[1].vars["baz"]',
      'data.template_file.foo[1].vars',
      'data.template_file.foo[1]',
      'data.template_file.foo',
    ]],
    // Keyed instances and module instances.
    ['aws_subnet.this["a"].id', ['aws_subnet.this["a"].id', 'aws_subnet.this["a"]', 'aws_subnet.this']],
    ['module.spoke["app"].peering_connection_id', ['module.spoke["app"].peering_connection_id', 'module.spoke["app"]']],
    ['module.spoke["app"]', ['module.spoke["app"]', 'module.spoke']],
    ['module.spoke[each.key].vpc_id', ['module.spoke', 'each.key']],
    ['var.spokes["shared-services"].cidr_block', [
      'var.spokes["shared-services"].cidr_block',
      'var.spokes["shared-services"]',
      'var.spokes',
    ]],
    ['each.value.cidr_block', ['each.value.cidr_block', 'each.value']],
    ['aws_subnet.this[*].id', ['aws_subnet.this']],
    // References inside templates, function calls and object constructors; keys are not references.
    ['"${var.name}-workloads"', ['var.name']],
    ['"$${not.a_reference}"', null],
    ['merge(var.tags, { Name = "${var.name}-${each.key}" })', ['var.tags', 'var.name', 'each.key']],
    ['cidrsubnet(var.cidr_block, 4, count.index)', ['var.cidr_block', 'count.index']],
    ['count.index == 0 ? aws_route_table.public.id : aws_route_table.private.id', [
      'count.index',
      'aws_route_table.public.id',
      'aws_route_table.public',
      'aws_route_table.private.id',
      'aws_route_table.private',
    ]],
    // Names bound by a `for` expression are not references.
    ['{ for name, spoke in module.spoke : name => spoke.vpc_id }', ['module.spoke']],
    ['[for s in var.subnets : s.id if s.public]', ['var.subnets']],
  ])('%s', (text, expected) => {
    expect(writer.referencesOf(text)).toEqual(expected ?? []);
  });
});

describe('parseAddress', () => {
  it.each([
    ['aws_vpc.hub', { moduleAddress: '', mode: 'managed', type: 'aws_vpc', name: 'hub', index: undefined, configModule: '' }],
    [
      'module.spoke["app"].aws_route.via_hub["0.0.0.0/0"]',
      { moduleAddress: 'module.spoke["app"]', mode: 'managed', type: 'aws_route', name: 'via_hub', index: '0.0.0.0/0', configModule: 'spoke' },
    ],
    [
      'module.a[0].module.b.data.aws_vpc.x[2]',
      { moduleAddress: 'module.a[0].module.b', mode: 'data', type: 'aws_vpc', name: 'x', index: 2, configModule: 'a.b' },
    ],
  ])('%s', (address, expected) => {
    expect(writer.parseAddress(address)).toMatchObject(expected);
  });

  it('rejects an address with trailing text', () => {
    expect(() => writer.parseAddress('aws_vpc.hub.id')).toThrow('bad address aws_vpc.hub.id');
  });
});

describe('hclLiteral', () => {
  it('writes objects in terraform fmt layout and quotes keys that are not identifiers', () => {
    expect(writer.hclLiteral({ Name: 'hub', 'kubernetes.io/role': '1' })).toBe(
      '{\n  Name                 = "hub"\n  "kubernetes.io/role" = "1"\n}',
    );
    expect(writer.hclLiteral(['a', 1, true, null])).toBe('["a", 1, true, null]');
  });
});

function plan(build: (w: Writer) => void): Json {
  const w = new PlanWriter({ region: 'eu-west-1', accountId: '111122223333' });
  build(w);
  return JSON.parse(w.toString()) as Json;
}

describe('PlanWriter', () => {
  it('writes a created resource with unknown computed values left out of after and marked in after_unknown', () => {
    const p = plan((w) => {
      w.root.resource('aws_route', 'to_hub', {
        expressions: {
          route_table_id: ref('aws_route_table.private.id'),
          destination_cidr_block: constant('10.0.0.0/16'),
          vpc_peering_connection_id: ref('aws_vpc_peering_connection.hub.id'),
        },
      });
      w.instance('aws_route.to_hub', {
        values: { route_table_id: UNKNOWN, destination_cidr_block: '10.0.0.0/16', vpc_peering_connection_id: UNKNOWN },
      });
    });
    expect(p.format_version).toBe('1.2');
    expect(p.resource_changes).toEqual([
      {
        address: 'aws_route.to_hub',
        mode: 'managed',
        type: 'aws_route',
        name: 'to_hub',
        provider_name: 'registry.terraform.io/hashicorp/aws',
        change: {
          actions: ['create'],
          before: null,
          after: {
            carrier_gateway_id: null,
            core_network_arn: null,
            destination_cidr_block: '10.0.0.0/16',
            destination_ipv6_cidr_block: null,
            destination_prefix_list_id: null,
            egress_only_gateway_id: null,
            gateway_id: null,
            local_gateway_id: null,
            nat_gateway_id: null,
            timeouts: null,
            transit_gateway_id: null,
            vpc_endpoint_id: null,
          },
          after_unknown: {
            id: true,
            instance_id: true,
            instance_owner_id: true,
            network_interface_id: true,
            origin: true,
            route_table_id: true,
            state: true,
            vpc_peering_connection_id: true,
          },
          before_sensitive: false,
          after_sensitive: {},
        },
      },
    ]);
    expect(p.configuration.root_module.resources[0].expressions).toEqual({
      destination_cidr_block: { constant_value: '10.0.0.0/16' },
      route_table_id: { references: ['aws_route_table.private.id', 'aws_route_table.private'] },
      vpc_peering_connection_id: {
        references: ['aws_vpc_peering_connection.hub.id', 'aws_vpc_peering_connection.hub'],
      },
    });
    expect(p.prior_state).toBeUndefined();
  });

  it('fills every field of inline blocks, and lists the references of all blocks as one expression', () => {
    const p = plan((w) => {
      w.root.resource('aws_route_table', 'public', {
        expressions: {
          vpc_id: constant('vpc-0123456789abcdef0'),
          route: blocks([{ cidr_block: constant('0.0.0.0/0'), gateway_id: ref('aws_internet_gateway.gw.id') }]),
        },
      });
      w.instance('aws_route_table.public', {
        values: { vpc_id: 'vpc-0123456789abcdef0', route: [{ cidr_block: '0.0.0.0/0', gateway_id: UNKNOWN }] },
      });
    });
    const change = p.resource_changes[0].change;
    expect(change.after.route).toEqual([
      {
        carrier_gateway_id: '',
        cidr_block: '0.0.0.0/0',
        core_network_arn: '',
        destination_prefix_list_id: '',
        egress_only_gateway_id: '',
        ipv6_cidr_block: '',
        local_gateway_id: '',
        nat_gateway_id: '',
        network_interface_id: '',
        transit_gateway_id: '',
        vpc_endpoint_id: '',
        vpc_peering_connection_id: '',
      },
    ]);
    expect(change.after_unknown.route).toEqual([{ gateway_id: true }]);
    expect(p.configuration.root_module.resources[0].expressions.route).toEqual({
      references: ['aws_internet_gateway.gw.id', 'aws_internet_gateway.gw'],
    });
  });

  it('writes constant inline rules as one constant list with unset fields null', () => {
    const p = plan((w) => {
      w.root.resource('aws_security_group', 'web', {
        expressions: {
          ingress: blocks([
            { from_port: constant(443), to_port: constant(443), protocol: constant('tcp'), cidr_blocks: constant(['0.0.0.0/0']) },
          ]),
        },
      });
      w.instance('aws_security_group.web', {
        values: { ingress: [{ from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] }] },
      });
    });
    expect(p.configuration.root_module.resources[0].expressions.ingress).toEqual({
      constant_value: [
        {
          cidr_blocks: ['0.0.0.0/0'],
          description: null,
          from_port: 443,
          ipv6_cidr_blocks: null,
          prefix_list_ids: null,
          protocol: 'tcp',
          security_groups: null,
          self: null,
          to_port: 443,
        },
      ],
    });
    const change = p.resource_changes[0].change;
    expect(change.after.ingress).toEqual([
      {
        cidr_blocks: ['0.0.0.0/0'],
        description: '',
        from_port: 443,
        ipv6_cidr_blocks: [],
        prefix_list_ids: [],
        protocol: 'tcp',
        security_groups: [],
        self: false,
        to_port: 443,
      },
    ]);
    // As in real plans: known lists kept as containers, unknown collections as `true`.
    expect(change.after_unknown.ingress).toEqual([
      { cidr_blocks: [false], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [] },
    ]);
    expect(change.after_unknown.egress).toBe(true);
    expect(change.after_sensitive.egress).toEqual([]);
  });

  it('writes an existing resource as no-op with known computed values and puts it in prior_state', () => {
    const p = plan((w) => {
      w.root.resource('aws_vpc', 'hub', { expressions: { cidr_block: constant('10.0.0.0/16') } });
      w.instance('aws_vpc.hub', { action: 'no-op', values: { id: 'vpc-0a1b2c3d4e5f60718', cidr_block: '10.0.0.0/16' } });
    });
    const change = p.resource_changes[0].change;
    expect(change.actions).toEqual(['no-op']);
    expect(change.before).toEqual(change.after);
    expect(change.after_unknown).toEqual({});
    expect(change.after).toMatchObject({
      id: 'vpc-0a1b2c3d4e5f60718',
      arn: 'arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-0a1b2c3d4e5f60718',
      owner_id: '111122223333',
      cidr_block: '10.0.0.0/16',
      enable_dns_support: true,
      tags_all: {},
    });
    expect(change.after.main_route_table_id).toMatch(/^rtb-0[0-9a-f]{16}$/);
    expect(p.prior_state.values.root_module.resources).toEqual([
      {
        address: 'aws_vpc.hub',
        mode: 'managed',
        type: 'aws_vpc',
        name: 'hub',
        provider_name: 'registry.terraform.io/hashicorp/aws',
        schema_version: 1,
        values: change.before,
        sensitive_values: { tags_all: {} },
      },
    ]);
  });

  it('writes an update from the prior object with only the changed attributes differing', () => {
    const p = plan((w) => {
      w.root.resource('aws_vpc', 'hub', {
        expressions: { cidr_block: constant('10.0.0.0/16'), enable_dns_hostnames: constant(true) },
      });
      w.instance('aws_vpc.hub', {
        action: 'update',
        before: { id: 'vpc-0a1b2c3d4e5f60718', cidr_block: '10.0.0.0/16', enable_dns_hostnames: false },
        values: { enable_dns_hostnames: true },
      });
    });
    const { before, after, actions } = p.resource_changes[0].change;
    expect(actions).toEqual(['update']);
    expect(before.enable_dns_hostnames).toBe(false);
    expect(after).toEqual({ ...before, enable_dns_hostnames: true });
  });

  it('nests module instances under child_modules and sorts everything by address', () => {
    const p = plan((w) => {
      const spoke = new ModuleConfig();
      spoke.resource('aws_vpc', 'this', { expressions: { cidr_block: ref('var.cidr_block') } });
      w.root.moduleCall('spoke', {
        source: './modules/spoke',
        forEach: ref('var.spokes'),
        expressions: { cidr_block: ref('each.value.cidr_block') },
        module: spoke,
      });
      w.root.resource('aws_vpc', 'hub', { expressions: { cidr_block: constant('10.0.0.0/16') } });
      w.instance('module.spoke["data"].aws_vpc.this', { values: { cidr_block: '10.2.0.0/16' } });
      w.instance('module.spoke["app"].aws_vpc.this', { values: { cidr_block: '10.1.0.0/16' } });
      w.instance('aws_vpc.hub', { values: { cidr_block: '10.0.0.0/16' } });
    });
    expect(p.resource_changes.map((r: Json) => [r.address, r.module_address])).toEqual([
      ['aws_vpc.hub', undefined],
      ['module.spoke["app"].aws_vpc.this', 'module.spoke["app"]'],
      ['module.spoke["data"].aws_vpc.this', 'module.spoke["data"]'],
    ]);
    const root = p.planned_values.root_module;
    expect(root.resources.map((r: Json) => r.address)).toEqual(['aws_vpc.hub']);
    expect(root.child_modules.map((m: Json) => [m.address, m.resources.map((r: Json) => r.address)])).toEqual([
      ['module.spoke["app"]', ['module.spoke["app"].aws_vpc.this']],
      ['module.spoke["data"]', ['module.spoke["data"].aws_vpc.this']],
    ]);
    expect(p.configuration.root_module.module_calls.spoke).toEqual({
      source: './modules/spoke',
      expressions: { cidr_block: { references: ['each.value.cidr_block', 'each.value'] } },
      for_each_expression: { references: ['var.spokes'] },
      module: {
        resources: [
          {
            address: 'aws_vpc.this',
            mode: 'managed',
            type: 'aws_vpc',
            name: 'this',
            provider_config_key: 'aws',
            expressions: { cidr_block: { references: ['var.cidr_block'] } },
            schema_version: 1,
          },
        ],
      },
    });
  });

  it('writes partly unknown outputs without a planned value', () => {
    const p = plan((w) => {
      w.output('ids', { expression: ref('{ for k, v in module.spoke : k => v.vpc_id }'), value: { app: UNKNOWN } });
      w.output('region', { expression: constant('eu-west-1'), value: 'eu-west-1' });
    });
    expect(p.planned_values.outputs).toEqual({
      ids: { sensitive: false },
      region: { sensitive: false, value: 'eu-west-1', type: 'string' },
    });
    expect(p.output_changes.ids).toEqual({
      actions: ['create'],
      before: null,
      after: {},
      after_unknown: { app: true },
      before_sensitive: false,
      after_sensitive: false,
    });
    expect(p.output_changes.region.after_unknown).toBe(false);
  });

  it.each([
    ['an attribute the type does not have', { values: { cidr: '10.0.0.0/16' } }, 'aws_vpc.a: aws_vpc has no attribute cidr'],
    ['an existing object without an id', { action: 'no-op', values: {} }, 'aws_vpc.a: an existing resource needs its id'],
  ])('rejects %s', (_what, spec, message) => {
    const w = new PlanWriter();
    expect(() => w.instance('aws_vpc.a', spec)).toThrow(message);
  });

  it('rejects an instance without a resource block', () => {
    const w = new PlanWriter();
    w.instance('aws_vpc.a', { values: {} });
    expect(() => w.toString()).toThrow("aws_vpc.a: no resource block aws_vpc.a in module ''");
  });

  it('makes distinct stable IDs per prefix and seed', () => {
    expect(writer.fakeId('vpc', 'hub')).toBe(writer.fakeId('vpc', 'hub'));
    expect(writer.fakeId('vpc', 'hub')).toMatch(/^vpc-0[0-9a-f]{16}$/);
    expect(writer.fakeId('rtb', 'hub').slice(4)).not.toBe(writer.fakeId('vpc', 'hub').slice(4));
  });
});
