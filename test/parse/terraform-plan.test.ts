import { describe, expect, it } from 'vitest';
import { isTerraformPlan, readTerraformPlan } from '../../src/parse/terraform-plan/index.js';
import { ParseError } from '../../src/errors.js';
import { change, configResource, constant, readPlan, refs, resource, type Json } from './plan-helpers.js';

const AFTER_APPLY = { state: 'unknown', reason: 'known after apply', refs: [] };
/** Unknown, and not set in the configuration: the provider computes it. */
const COMPUTED = { ...AFTER_APPLY, computed: true };

describe('isTerraformPlan', () => {
  it.each([
    ['a plan with resource_changes', { format_version: '1.2', resource_changes: [] }, true],
    ['a plan with planned_values only', { format_version: '0.1', planned_values: {} }, true],
    ['a plan with configuration only', { format_version: '1.0', configuration: {} }, true],
    ['a plan with prior_state only', { format_version: '1.0', prior_state: {} }, true],
    ['a state file', { format_version: '1.0', values: { root_module: {} } }, true],
    ['a CloudFormation template', { AWSTemplateFormatVersion: '2010-09-09', Resources: {} }, false],
    // Read, so that readTerraformPlan reports the wrong type (it used to be skipped silently).
    ['a numeric format_version', { format_version: 1, planned_values: {} }, true],
    ['a numeric format_version with resource_changes', { format_version: 1, resource_changes: [] }, true],
    ['a null format_version with a state', { format_version: null, values: { root_module: {} } }, true],
    ['a numeric format_version with terraform_version', { format_version: 1, terraform_version: '1.9.0' }, true],
    ['a numeric format_version alone', { format_version: 1 }, false],
    ['a numeric format_version with other keys', { format_version: 1, name: 'x' }, false],
    // What `terraform show -json` prints for an empty state: nothing to lint, but a state all the same.
    ['an empty state', { format_version: '1.0', terraform_version: '1.9.0' }, true],
    ['an empty state of no workspace', { format_version: '1.0' }, true],
    ['other keys beside format_version', { format_version: '1.0', name: 'x' }, false],
    ['values without root_module', { format_version: '1.0', values: {} }, false],
    ['an array', [{ format_version: '1.0', planned_values: {} }], false],
    ['null', null, false],
    ['a string', 'format_version', false],
  ])('%s -> %s', (_name, json, expected) => {
    expect(isTerraformPlan(json)).toBe(expected);
  });
});

describe('readTerraformPlan: resources and actions', () => {
  const result = readPlan({
    format_version: '1.2',
    resource_changes: [
      change('aws_vpc.a', ['create'], { cidr_block: '10.0.0.0/16' }),
      change('aws_vpc.gone', ['delete'], null),
      change('aws_vpc.forgotten', ['forget'], null),
      change('aws_vpc.swap1', ['delete', 'create'], { cidr_block: '10.1.0.0/16' }),
      change('aws_vpc.swap2', ['create', 'delete'], { cidr_block: '10.2.0.0/16' }),
      change('aws_vpc.swap3', ['create', 'forget'], { cidr_block: '10.3.0.0/16' }),
      change('aws_vpc.swap2', ['delete'], null, {}, { deposed: '00000001' }),
      change('aws_subnet.s[0]', ['no-op'], { cidr_block: '10.0.1.0/24' }, {}, { index: 0 }),
      change('aws_subnet.s[1]', ['update'], { cidr_block: '10.0.2.0/24' }, {}, { index: 1 }),
      change('data.aws_vpc.peer', ['read'], { cidr_block: '10.9.0.0/16' }),
      change('module.spoke["a"].module.net.aws_vpc.this[0]', ['create'], { cidr_block: '10.4.0.0/16' }, {}, { module_address: 'module.spoke["a"].module.net' }),
      change('module.spoke["b.c[\\"d\\"]"].aws_vpc.this', ['create'], { cidr_block: '10.5.0.0/16' }),
    ],
    planned_values: {
      root_module: {
        resources: [
          { address: 'aws_vpc.a', mode: 'managed', type: 'aws_vpc', name: 'a', values: { cidr_block: 'planned' } },
          { address: 'aws_vpc.planned_only', mode: 'managed', type: 'aws_vpc', name: 'planned_only', values: { cidr_block: '10.6.0.0/16' } },
        ],
        child_modules: [
          {
            address: 'module.old',
            resources: [{ address: 'module.old.aws_vpc.x', mode: 'managed', type: 'aws_vpc', name: 'x', values: { cidr_block: '10.7.0.0/16' } }],
          },
        ],
      },
    },
    prior_state: {
      format_version: '1.0',
      values: {
        root_module: {
          resources: [
            { address: 'aws_vpc.gone', mode: 'managed', type: 'aws_vpc', name: 'gone', values: { cidr_block: '10.8.0.0/16' } },
            { address: 'data.aws_vpc.existing', mode: 'data', type: 'aws_vpc', name: 'existing', values: { id: 'vpc-0123', cidr_block: '172.16.0.0/16' } },
          ],
        },
      },
    },
  });

  it('returns every instance that exists after apply, with address, type, mode and action', () => {
    expect(result.problems).toEqual([]);
    expect(result.resources.map((r) => [r.address, r.type, r.mode, r.action, r.format, r.file])).toEqual([
      ['aws_vpc.a', 'aws_vpc', 'managed', 'create', 'terraform-plan', 'plan.json'],
      ['aws_vpc.swap1', 'aws_vpc', 'managed', 'replace', 'terraform-plan', 'plan.json'],
      ['aws_vpc.swap2', 'aws_vpc', 'managed', 'replace', 'terraform-plan', 'plan.json'],
      ['aws_vpc.swap3', 'aws_vpc', 'managed', 'replace', 'terraform-plan', 'plan.json'],
      ['aws_subnet.s[0]', 'aws_subnet', 'managed', 'no-op', 'terraform-plan', 'plan.json'],
      ['aws_subnet.s[1]', 'aws_subnet', 'managed', 'update', 'terraform-plan', 'plan.json'],
      ['data.aws_vpc.peer', 'aws_vpc', 'data', 'read', 'terraform-plan', 'plan.json'],
      ['module.spoke["a"].module.net.aws_vpc.this[0]', 'aws_vpc', 'managed', 'create', 'terraform-plan', 'plan.json'],
      ['module.spoke["b.c[\\"d\\"]"].aws_vpc.this', 'aws_vpc', 'managed', 'create', 'terraform-plan', 'plan.json'],
      ['aws_vpc.planned_only', 'aws_vpc', 'managed', undefined, 'terraform-plan', 'plan.json'],
      ['module.old.aws_vpc.x', 'aws_vpc', 'managed', undefined, 'terraform-plan', 'plan.json'],
      ['data.aws_vpc.existing', 'aws_vpc', 'data', undefined, 'terraform-plan', 'plan.json'],
    ]);
  });

  it('hands over what deletes, replacements and in-place updates remove, as it was before the change', () => {
    const entry = (address: string, actions: string[], before: Json, after: Json): Json => ({
      address,
      mode: 'managed',
      type: 'aws_route',
      name: address.split('.')[1]!,
      change: { actions, before, after, after_unknown: {} },
    });
    const plan = readPlan({
      format_version: '1.2',
      resource_changes: [
        entry('aws_route.deleted', ['delete'], { destination_cidr_block: '10.1.0.0/16' }, null),
        entry('aws_route.forgotten', ['forget'], { destination_cidr_block: '10.2.0.0/16' }, null),
        entry('aws_route.replaced', ['create', 'delete'], { destination_cidr_block: '10.3.0.0/16' }, { destination_cidr_block: '10.4.0.0/16' }),
        entry('aws_route.updated', ['update'], { destination_cidr_block: '10.5.0.0/16' }, { destination_cidr_block: '10.5.0.0/16' }),
        entry('aws_route.kept', ['no-op'], { destination_cidr_block: '10.6.0.0/16' }, { destination_cidr_block: '10.6.0.0/16' }),
        entry('aws_route.created', ['create'], null, { destination_cidr_block: '10.7.0.0/16' }),
      ],
    });
    expect(plan.problems).toEqual([]);
    // A forgotten route stays in AWS: it is not removed.
    expect(plan.removed.map((r) => [r.address, r.action, r.get(['destination_cidr_block'])])).toEqual([
      ['aws_route.deleted', 'delete', { state: 'known', value: '10.1.0.0/16' }],
      ['aws_route.replaced', 'delete', { state: 'known', value: '10.3.0.0/16' }],
      ['aws_route.updated', 'delete', { state: 'known', value: '10.5.0.0/16' }],
    ]);
    expect(plan.resources.map((r) => r.address)).toEqual(['aws_route.replaced', 'aws_route.updated', 'aws_route.kept', 'aws_route.created']);
  });

  it('reads replacements from change.after and others from planned_values or prior_state', () => {
    expect(resource(result, 'aws_vpc.a').get(['cidr_block'])).toEqual({ state: 'known', value: '10.0.0.0/16' });
    expect(resource(result, 'aws_vpc.swap2').get(['cidr_block'])).toEqual({ state: 'known', value: '10.2.0.0/16' });
    expect(resource(result, 'aws_vpc.planned_only').get(['cidr_block'])).toEqual({ state: 'known', value: '10.6.0.0/16' });
    expect(resource(result, 'data.aws_vpc.existing').get(['id'])).toEqual({ state: 'known', value: 'vpc-0123' });
    expect(resource(result, 'module.spoke["b.c[\\"d\\"]"].aws_vpc.this').get(['cidr_block'])).toEqual({ state: 'known', value: '10.5.0.0/16' });
  });

  it('skips the values sections\' entries of every address resource_changes mentions: read, deleted, forgotten or unreadable', () => {
    const entry = (address: string) => ({ address, mode: 'managed', type: 'aws_vpc', name: 'x', values: { cidr_block: '10.9.0.0/16' } });
    const changed = (address: string, actions: string[]) => ({ address, mode: 'managed', type: 'aws_vpc', name: 'x', change: { actions, before: {}, after: actions.includes('create') ? { cidr_block: '10.1.0.0/16' } : null } });
    const plan = readPlan({
      format_version: '1.0',
      resource_changes: [changed('aws_vpc.read', ['create']), changed('aws_vpc.gone', ['delete']), changed('aws_vpc.forgotten', ['forget']), changed('aws_vpc.bad[0][1]', ['create'])],
      planned_values: { root_module: { resources: [entry('aws_vpc.read'), entry('aws_vpc.bad[0][1]'), entry('aws_vpc.planned')] } },
      prior_state: { values: { root_module: { resources: [entry('aws_vpc.gone'), entry('aws_vpc.forgotten'), entry('aws_vpc.bad[0][1]'), entry('aws_vpc.prior')] } } },
    });
    expect(plan.resources.map((r) => r.address)).toEqual(['aws_vpc.read', 'aws_vpc.planned', 'aws_vpc.prior']);
    expect(resource(plan, 'aws_vpc.read').get(['cidr_block'])).toEqual({ state: 'known', value: '10.1.0.0/16' });
    expect(plan.problems.map((p) => p.message)).toEqual(['resource_changes[3]: "aws_vpc.bad[0][1]" is not a resource address vpclint can read; it is ignored']);
  });

  it('reads a state file: every resource exists, with no action', () => {
    const state = readPlan({
      format_version: '1.0',
      values: {
        root_module: {
          resources: [
            { address: 'aws_vpc.a', mode: 'managed', type: 'aws_vpc', name: 'a', values: { id: 'vpc-1', cidr_block: '10.0.0.0/16' } },
            { address: 'aws_vpc.b', mode: 'managed', type: 'aws_vpc', name: 'b', deposed_key: '0000abcd', values: { id: 'vpc-old' } },
          ],
          child_modules: [
            {
              address: 'module.m',
              resources: [{ address: 'module.m.aws_subnet.s[0]', mode: 'managed', type: 'aws_subnet', name: 's', index: 0, values: { vpc_id: 'vpc-1' } }],
            },
          ],
        },
      },
    });
    expect(state.problems).toEqual([]);
    expect(state.resources.map((r) => [r.address, r.action])).toEqual([
      ['aws_vpc.a', undefined],
      ['module.m.aws_subnet.s[0]', undefined],
    ]);
    expect(resource(state, 'module.m.aws_subnet.s[0]').get(['vpc_id'])).toEqual({ state: 'known', value: 'vpc-1' });
  });

  it('rebuilds the module-relative, keyless prior_state addresses Terraform 0.12 wrote', () => {
    const old = readPlan({
      format_version: '0.1',
      prior_state: {
        values: {
          root_module: {
            child_modules: [
              {
                address: 'module.utils',
                resources: [
                  { address: 'data.aws_vpc.default', mode: 'data', type: 'aws_vpc', name: 'default', index: null, values: { id: 'vpc-9' } },
                  { address: 'data.aws_subnet.s', mode: 'data', type: 'aws_subnet', name: 's', index: 1, values: { id: 'subnet-1' } },
                ],
              },
            ],
          },
        },
      },
    });
    expect(old.resources.map((r) => r.address)).toEqual(['module.utils.data.aws_vpc.default', 'module.utils.data.aws_subnet.s[1]']);
  });
});

describe('readTerraformPlan: get()', () => {
  const result = readPlan({
    format_version: '1.2',
    resource_changes: [
      change(
        'aws_security_group.sg',
        ['create'],
        {
          name: 'web',
          tags: { Name: 'web' },
          description: null,
          ingress: [{ cidr_blocks: ['0.0.0.0/0'], from_port: 443, security_groups: [] }],
        },
        { id: true, ingress: [{ cidr_blocks: [false], security_groups: true }], tags: {} },
      ),
      change('aws_vpc.unknown_all', ['create'], null, true),
    ],
  });
  const sg = resource(result, 'aws_security_group.sg');

  it.each<[string, (string | number)[], unknown]>([
    ['a top-level string', ['name'], { state: 'known', value: 'web' }],
    ['a map key', ['tags', 'Name'], { state: 'known', value: 'web' }],
    ['a whole object', ['tags'], { state: 'known', value: { Name: 'web' } }],
    ['a whole list', ['ingress'], { state: 'known', value: [{ cidr_blocks: ['0.0.0.0/0'], from_port: 443, security_groups: [] }] }],
    ['a nested list element', ['ingress', 0, 'cidr_blocks', 0], { state: 'known', value: '0.0.0.0/0' }],
    ['the whole value', [], { state: 'known', value: { name: 'web', tags: { Name: 'web' }, description: null, ingress: [{ cidr_blocks: ['0.0.0.0/0'], from_port: 443, security_groups: [] }] } }],
    ['a null', ['description'], { state: 'absent' }],
    ['a missing key', ['vpc_id'], { state: 'absent' }],
    ['an unknown attribute', ['id'], AFTER_APPLY],
    ['below an unknown attribute', ['id', 'x', 0], AFTER_APPLY],
    ['an unknown nested list', ['ingress', 0, 'security_groups'], AFTER_APPLY],
    ['an element of an unknown nested list', ['ingress', 0, 'security_groups', 0], AFTER_APPLY],
    ['an index into a string', ['name', 0], { state: 'absent' }],
    ['a string key into a list', ['ingress', '0'], { state: 'absent' }],
    ['length of a list', ['ingress', 'length'], { state: 'absent' }],
    ['an index into an object', ['tags', 0], { state: 'absent' }],
    ['a negative index', ['ingress', -1], { state: 'absent' }],
    ['a fractional index', ['ingress', 0.5], { state: 'absent' }],
    ['an index past the end', ['ingress', 1], { state: 'absent' }],
    ['a prototype member', ['constructor'], { state: 'absent' }],
    ['__proto__', ['__proto__'], { state: 'absent' }],
    ['a method name', ['tags', 'toString'], { state: 'absent' }],
  ])('%s', (_name, path, expected) => {
    expect(sg.get(path)).toEqual(expected);
  });

  it('treats everything below a wholly unknown value as unknown', () => {
    const vpc = resource(result, 'aws_vpc.unknown_all');
    expect(vpc.get(['cidr_block'])).toEqual(AFTER_APPLY);
    expect(vpc.get([])).toEqual(AFTER_APPLY);
  });

  it('returns the raw JSON value, not a copy', () => {
    const a = sg.get(['ingress']);
    const b = sg.get(['ingress']);
    expect(a.state === 'known' && b.state === 'known' && a.value === b.value).toBe(true);
  });
});

/** A plan whose resources all have an unknown `vpc_id` (or another attribute) with configured references. */
function referencePlan(changes: Json[], root: { [key: string]: Json }, variables: { [key: string]: Json } = {}): Json {
  return { format_version: '1.2', variables, resource_changes: changes, configuration: { root_module: root } };
}

describe('readTerraformPlan: references of unknown values', () => {
  it('follows a two-level module output chain', () => {
    const result = readPlan(
      referencePlan(
        [
          change('aws_security_group.parent', ['create'], {}, { vpc_id: true }),
          change('module.child1.module.grandchild1.aws_vpc.grandchild', ['create'], { cidr_block: '10.0.0.0/16' }, { id: true }),
        ],
        {
          resources: [configResource('aws_security_group.parent', { vpc_id: refs('module.child1.grandchild_vpc', 'module.child1') })],
          module_calls: {
            child1: {
              source: './child1',
              module: {
                outputs: { grandchild_vpc: { expression: refs('module.grandchild1.grandchild_vpc', 'module.grandchild1') } },
                module_calls: {
                  grandchild1: {
                    source: './grandchild1',
                    module: {
                      outputs: { grandchild_vpc: { expression: refs('aws_vpc.grandchild.id', 'aws_vpc.grandchild') } },
                      resources: [configResource('aws_vpc.grandchild', { cidr_block: constant('10.0.0.0/16') })],
                    },
                  },
                },
              },
            },
          },
        },
      ),
    );
    expect(resource(result, 'aws_security_group.parent').get(['vpc_id'])).toEqual({
      state: 'unknown',
      reason: 'known after apply',
      refs: [{ address: 'module.child1.module.grandchild1.aws_vpc.grandchild', attribute: ['id'] }],
    });
  });

  it('follows a module input to the parent, and from there into another module', () => {
    // module "app" { vpc_id = module.vpc.vpc_id }; inside app: subnet.vpc_id = var.vpc_id;
    // inside vpc: output vpc_id = aws_vpc.this.id
    const result = readPlan(
      referencePlan(
        [
          change('module.app.aws_subnet.s', ['create'], { cidr_block: '10.0.1.0/24' }, { vpc_id: true, id: true }),
          change('module.vpc.aws_vpc.this', ['create'], { cidr_block: '10.0.0.0/16' }, { id: true }),
        ],
        {
          module_calls: {
            app: {
              source: './app',
              expressions: { vpc_id: refs('module.vpc.vpc_id', 'module.vpc') },
              module: { resources: [configResource('aws_subnet.s', { vpc_id: refs('var.vpc_id') })], variables: { vpc_id: {} } },
            },
            vpc: {
              source: './vpc',
              module: {
                resources: [configResource('aws_vpc.this', { cidr_block: constant('10.0.0.0/16') })],
                outputs: { vpc_id: { expression: refs('aws_vpc.this.id', 'aws_vpc.this') } },
              },
            },
          },
        },
      ),
    );
    expect(resource(result, 'module.app.aws_subnet.s').get(['vpc_id'])).toEqual({
      state: 'unknown',
      reason: 'known after apply',
      refs: [{ address: 'module.vpc.aws_vpc.this', attribute: ['id'] }],
    });
    // A computed attribute with no expression has no references.
    expect(resource(result, 'module.app.aws_subnet.s').get(['id'])).toEqual(COMPUTED);
  });

  describe('instances', () => {
    const result = readPlan(
      referencePlan(
        [
          change('aws_vpc.this["app"]', ['create'], {}, { id: true }, { index: 'app' }),
          change('aws_vpc.this["db"]', ['create'], {}, { id: true }, { index: 'db' }),
          change('aws_vpc.this["a.b[\\"c\\"]"]', ['create'], {}, { id: true }, { index: 'a.b["c"]' }),
          change('aws_subnet.s["app"]', ['create'], {}, { vpc_id: true }, { index: 'app' }),
          change('aws_subnet.s["zzz"]', ['create'], {}, { vpc_id: true }, { index: 'zzz' }),
          change('aws_subnet.pinned', ['create'], {}, { vpc_id: true }),
          change('aws_subnet.odd', ['create'], {}, { vpc_id: true }),
          change('aws_subnet.any', ['create'], {}, { vpc_id: true }),
          change('aws_subnet.n[0]', ['create'], {}, { id: true }, { index: 0 }),
          change('aws_subnet.n[1]', ['create'], {}, { id: true }, { index: 1 }),
          change('aws_route_table_association.r[1]', ['create'], {}, { subnet_id: true }, { index: 1 }),
          change('aws_route_table_association.r[2]', ['create'], {}, { subnet_id: true }, { index: 2 }),
          change('aws_vpc.single[0]', ['create'], {}, { id: true }, { index: 0 }),
          change('aws_subnet.legacy', ['create'], {}, { vpc_id: true }),
          change('aws_vpc_peering_connection.p["a"]', ['create'], {}, { id: true }, { index: 'a' }),
          change('aws_vpc_peering_connection.p["b"]', ['create'], {}, { id: true }, { index: 'b' }),
          change('module.spoke["a"].aws_route.to_hub', ['create'], {}, { vpc_peering_connection_id: true }),
          change('module.spoke["b"].aws_route.to_hub', ['create'], {}, { vpc_peering_connection_id: true }),
          change('aws_vpc.assoc', ['create'], {}, { id: true }),
          change('aws_subnet.deep', ['create'], {}, { cidr_block: true }),
        ],
        {
          resources: [
            configResource('aws_subnet.s', { vpc_id: refs('aws_vpc.this', 'each.key') }, { for_each_expression: refs('var.zones') }),
            configResource('aws_subnet.pinned', { vpc_id: refs('aws_vpc.this["db"].id', 'aws_vpc.this["db"]', 'aws_vpc.this') }),
            configResource('aws_subnet.odd', { vpc_id: refs('aws_vpc.this["a.b[\\"c\\"]"].id', 'aws_vpc.this["a.b[\\"c\\"]"]', 'aws_vpc.this') }),
            configResource('aws_subnet.any', { vpc_id: refs('aws_vpc.this') }),
            configResource('aws_route_table_association.r', { subnet_id: refs('aws_subnet.n', 'count.index') }, { count_expression: constant(3) }),
            configResource('aws_subnet.legacy', { vpc_id: refs('aws_vpc.single') }),
            configResource('aws_subnet.deep', { cidr_block: refs('aws_vpc.assoc.cidr_block_associations[0].cidr_block', 'aws_vpc.assoc.cidr_block_associations[0]', 'aws_vpc.assoc.cidr_block_associations', 'aws_vpc.assoc') }),
          ],
          module_calls: {
            spoke: {
              source: './spoke',
              for_each_expression: refs('var.spokes'),
              expressions: { peering_id: refs('aws_vpc_peering_connection.p', 'each.key') },
              module: { resources: [configResource('aws_route.to_hub', { vpc_peering_connection_id: refs('var.peering_id') })] },
            },
          },
        },
      ),
    );
    const refOf = (address: string, attr: string): unknown => resource(result, address).get([attr]);

    it.each<[string, string, string, unknown]>([
      ['each.key picks the instance with the same key', 'aws_subnet.s["app"]', 'vpc_id', [{ address: 'aws_vpc.this["app"]', attribute: [] }]],
      ['a literal key', 'aws_subnet.pinned', 'vpc_id', [{ address: 'aws_vpc.this["db"]', attribute: ['id'] }]],
      ['a key with dots, brackets and escaped quotes', 'aws_subnet.odd', 'vpc_id', [{ address: 'aws_vpc.this["a.b[\\"c\\"]"]', attribute: ['id'] }]],
      ['count.index picks the instance with the same index', 'aws_route_table_association.r[1]', 'subnet_id', [{ address: 'aws_subnet.n[1]', attribute: [] }]],
      ['a splat over a single instance', 'aws_subnet.legacy', 'vpc_id', [{ address: 'aws_vpc.single[0]', attribute: [] }]],
      ['each.key of a module instance, through var', 'module.spoke["b"].aws_route.to_hub', 'vpc_peering_connection_id', [{ address: 'aws_vpc_peering_connection.p["b"]', attribute: [] }]],
      ['a long attribute path', 'aws_subnet.deep', 'cidr_block', [{ address: 'aws_vpc.assoc', attribute: ['cidr_block_associations', 0, 'cidr_block'] }]],
    ])('%s', (_name, address, attr, expected) => {
      expect(refOf(address, attr)).toEqual({ state: 'unknown', reason: 'known after apply', refs: expected });
    });

    it.each<[string, string, string]>([
      ['no instance with the same key', 'aws_subnet.s["zzz"]', 'vpc_id'],
      ['no instance with the same index', 'aws_route_table_association.r[2]', 'subnet_id'],
      ['no key at all', 'aws_subnet.any', 'vpc_id'],
    ])('gives up when several instances could be meant: %s', (_name, address, attr) => {
      const target = attr === 'subnet_id' ? 'aws_subnet.n' : 'aws_vpc.this';
      expect(refOf(address, attr)).toEqual({
        state: 'unknown',
        reason: `${target} has several instances and the reference does not say which`,
        refs: [],
      });
    });
  });

  it('places a resource in its module instance whether its address is plain or has escapes', () => {
    // `module.m["a\"b"]` is not a plain address (its key has an escape) and is read by the tokenizer;
    // `module.m["ok"]` is plain and read from its text, once per module instance.
    const keys = ['ok', 'a"b', 'ok2'];
    const address = (key: string, rest: string): string => `module.m[${JSON.stringify(key)}].${rest}`;
    const result = readPlan(
      referencePlan(
        keys.flatMap((key) => [
          change(address(key, 'aws_vpc.v'), ['create'], {}, { id: true }),
          change(address(key, 'aws_subnet.s'), ['create'], { cidr_block: '10.0.1.0/24' }, { vpc_id: true, id: true }),
        ]),
        {
          module_calls: {
            m: {
              source: './m',
              for_each_expression: refs('var.ms'),
              module: { resources: [configResource('aws_vpc.v', {}), configResource('aws_subnet.s', { vpc_id: refs('aws_vpc.v.id', 'aws_vpc.v') })] },
            },
          },
        },
      ),
    );
    for (const key of keys) {
      const subnet = resource(result, address(key, 'aws_subnet.s'));
      expect(subnet.get(['vpc_id']), key).toEqual({ state: 'unknown', reason: 'known after apply', refs: [{ address: address(key, 'aws_vpc.v'), attribute: ['id'] }] });
      expect(subnet.get(['id']), key).toEqual(COMPUTED);
      expect(subnet.configures?.('vpc_id'), key).toBe(true);
      expect(subnet.configures?.('tags'), key).toBe(false);
    }
  });

  it('follows module outputs with a key, and extra steps after an output', () => {
    const result = readPlan(
      referencePlan(
        [
          change('module.net["x"].aws_vpc.this', ['create'], {}, { id: true }),
          change('aws_subnet.a', ['create'], {}, { vpc_id: true, cidr_block: true }),
        ],
        {
          resources: [
            configResource('aws_subnet.a', {
              vpc_id: refs('module.net["x"].vpc_id', 'module.net["x"]', 'module.net'),
              cidr_block: refs('module.net["x"].vpc.cidr_block', 'module.net["x"].vpc', 'module.net["x"]', 'module.net'),
            }),
          ],
          module_calls: {
            net: {
              source: './net',
              for_each_expression: refs('var.nets'),
              module: {
                outputs: { vpc_id: { expression: refs('aws_vpc.this.id', 'aws_vpc.this') }, vpc: { expression: refs('aws_vpc.this') } },
              },
            },
          },
        },
      ),
    );
    const subnet = resource(result, 'aws_subnet.a');
    expect(subnet.get(['vpc_id'])).toEqual({ state: 'unknown', reason: 'known after apply', refs: [{ address: 'module.net["x"].aws_vpc.this', attribute: ['id'] }] });
    expect(subnet.get(['cidr_block'])).toEqual({
      state: 'unknown',
      reason: 'known after apply',
      refs: [{ address: 'module.net["x"].aws_vpc.this', attribute: ['cidr_block'] }],
    });
  });

  describe('lost references', () => {
    const result = readPlan(
      referencePlan(
        [
          change('aws_vpc.a', ['create'], {}, { id: true }),
          change('aws_vpc.b', ['create'], {}, { id: true }),
          change('aws_route.local', ['create'], {}, { vpc_peering_connection_id: true }),
          change('aws_route.each["k"]', ['create'], {}, { vpc_peering_connection_id: true }, { index: 'k' }),
          change('aws_route.two', ['create'], {}, { vpc_peering_connection_id: true }),
          change('aws_route.mixed', ['create'], {}, { vpc_peering_connection_id: true }),
          change('aws_route.novar', ['create'], {}, { vpc_peering_connection_id: true }),
          change('aws_route.withvar', ['create'], {}, { vpc_peering_connection_id: true }),
          change('aws_route.missing', ['create'], {}, { vpc_peering_connection_id: true }),
          change('aws_route.wholemodule', ['create'], {}, { vpc_peering_connection_id: true }),
          change('aws_route.badref', ['create'], {}, { vpc_peering_connection_id: true }),
          change('aws_route.malformed', ['create'], {}, { vpc_peering_connection_id: true }),
          change('aws_route.noout', ['create'], {}, { vpc_peering_connection_id: true }),
          change('module.net.aws_route.r', ['create'], {}, { vpc_peering_connection_id: true }),
        ],
        {
          resources: [
            configResource('aws_route.local', { vpc_peering_connection_id: refs('local.peer_vpc_id') }),
            configResource('aws_route.each', { vpc_peering_connection_id: refs('each.value.peering', 'each.value') }, { for_each_expression: refs('var.x') }),
            configResource('aws_route.two', { vpc_peering_connection_id: refs('aws_vpc.a.id', 'aws_vpc.a', 'aws_vpc.b.id', 'aws_vpc.b') }),
            configResource('aws_route.mixed', { vpc_peering_connection_id: refs('aws_vpc.a.id', 'aws_vpc.a', 'local.other') }),
            configResource('aws_route.novar', { vpc_peering_connection_id: refs('var.vpc_id') }),
            configResource('aws_route.withvar', { vpc_peering_connection_id: refs('var.given', 'aws_vpc.a.id', 'aws_vpc.a') }),
            configResource('aws_route.missing', { vpc_peering_connection_id: refs('aws_vpc_peering_connection.gone.id', 'aws_vpc_peering_connection.gone') }),
            configResource('aws_route.wholemodule', { vpc_peering_connection_id: refs('module.net') }),
            configResource('aws_route.badref', { vpc_peering_connection_id: refs('aws_vpc.a[') }),
            configResource('aws_route.malformed', { vpc_peering_connection_id: { references: 'aws_vpc.a.id' } }),
            configResource('aws_route.noout', { vpc_peering_connection_id: refs('module.net.nothing', 'module.net') }),
          ],
          module_calls: {
            net: { source: './net', module: { resources: [configResource('aws_route.r', { vpc_peering_connection_id: refs('local.peer') })] } },
          },
        },
        { given: { value: 'x' } },
      ),
    );

    it.each<[string, string]>([
      ['aws_route.local', 'value comes from local.peer_vpc_id; plan JSON does not record locals'],
      ['module.net.aws_route.r', 'value comes from local.peer in module.net; plan JSON does not record locals'],
      ['aws_route.each["k"]', 'value comes from each.value; plan JSON does not record for_each values'],
      ['aws_route.two', 'value comes from several sources (aws_vpc.a.id, aws_vpc.b.id); vpclint cannot tell which one it is'],
      ['aws_route.mixed', 'value comes from several sources (aws_vpc.a.id, local.other); vpclint cannot tell which one it is'],
      ['aws_route.novar', 'value comes from var.vpc_id, which has no value in the plan'],
      ['aws_route.missing', 'value comes from aws_vpc_peering_connection.gone, which is not in the plan'],
      ['aws_route.wholemodule', 'value comes from module.net, and the reference does not name one output of one instance'],
      ['aws_route.badref', 'value comes from aws_vpc.a[, which vpclint cannot read'],
      ['aws_route.noout', "value comes from module.net.nothing, which the module's configuration does not declare"],
    ])('%s: %s', (address, reason) => {
      expect(resource(result, address).get(['vpc_peering_connection_id'])).toEqual({ state: 'unknown', reason, refs: [] });
    });

    it('links a resource next to a root variable that has a value', () => {
      expect(resource(result, 'aws_route.withvar').get(['vpc_peering_connection_id'])).toEqual({
        state: 'unknown',
        reason: 'known after apply',
        refs: [{ address: 'aws_vpc.a', attribute: ['id'] }],
      });
    });

    it('ignores references that are not a list of strings', () => {
      expect(resource(result, 'aws_route.malformed').get(['vpc_peering_connection_id'])).toEqual(AFTER_APPLY);
    });
  });

  it('does not follow an expression with more than 256 references', () => {
    const many = Array.from({ length: 300 }, (_, i) => `local.l${i}`);
    const result = readPlan(
      referencePlan([change('aws_route.r', ['create'], {}, { vpc_peering_connection_id: true })], {
        resources: [configResource('aws_route.r', { vpc_peering_connection_id: refs(...many) })],
      }),
    );
    expect(resource(result, 'aws_route.r').get(['vpc_peering_connection_id'])).toEqual({
      state: 'unknown',
      reason: 'expression has more than 256 references; vpclint does not follow them',
      refs: [],
    });
  });

  it('stops at reference cycles and at chains deeper than 50 steps', () => {
    // module.m gets var.x from module.m's own output: a cycle no real plan has.
    const chain = (depth: number): Json => {
      let module: { [key: string]: Json } = { resources: [configResource('aws_route.r', { vpc_peering_connection_id: refs('var.x') })] };
      for (let i = depth - 1; i >= 1; i--) {
        module = { module_calls: { m: { source: './m', expressions: { x: refs('var.x') }, module } } };
      }
      return { m: { source: './m', expressions: { x: refs('aws_vpc.root.id', 'aws_vpc.root') }, module } };
    };
    const modulePath = (depth: number): string => 'module.m.'.repeat(depth);
    const plan = (depth: number): Json =>
      referencePlan(
        [change('aws_vpc.root', ['create'], {}, { id: true }), change(`${modulePath(depth)}aws_route.r`, ['create'], {}, { vpc_peering_connection_id: true })],
        { module_calls: chain(depth) },
      );
    expect(resource(readPlan(plan(10)), `${modulePath(10)}aws_route.r`).get(['vpc_peering_connection_id'])).toEqual({
      state: 'unknown',
      reason: 'known after apply',
      refs: [{ address: 'aws_vpc.root', attribute: ['id'] }],
    });
    expect(resource(readPlan(plan(60)), `${modulePath(60)}aws_route.r`).get(['vpc_peering_connection_id'])).toEqual({
      state: 'unknown',
      reason: 'reference chain is longer than 50 steps; vpclint stopped following it',
      refs: [],
    });

    const cyclic = readPlan(
      referencePlan([change('module.m.aws_route.r', ['create'], {}, { vpc_peering_connection_id: true })], {
        module_calls: {
          m: {
            source: './m',
            expressions: { x: refs('module.m.out', 'module.m') },
            module: {
              resources: [configResource('aws_route.r', { vpc_peering_connection_id: refs('var.x') })],
              outputs: { out: { expression: refs('var.x') } },
            },
          },
        },
      }),
    );
    expect(resource(cyclic, 'module.m.aws_route.r').get(['vpc_peering_connection_id'])).toEqual({
      state: 'unknown',
      reason: 'reference cycle through var.x in module.m',
      refs: [],
    });
  });
});

describe('readTerraformPlan: nested blocks', () => {
  const routeBlocks: Json = [
    { cidr_block: constant('10.1.0.0/16'), vpc_peering_connection_id: refs('aws_vpc_peering_connection.p1.id', 'aws_vpc_peering_connection.p1') },
    { cidr_block: constant('10.2.0.0/16'), vpc_peering_connection_id: refs('aws_vpc_peering_connection.p2.id', 'aws_vpc_peering_connection.p2') },
    { cidr_block: constant('0.0.0.0/0'), gateway_id: refs('aws_internet_gateway.gw.id', 'aws_internet_gateway.gw') },
  ];
  const result = readPlan(
    referencePlan(
      [
        change('aws_vpc_peering_connection.p1', ['create'], {}, { id: true }),
        change('aws_vpc_peering_connection.p2', ['create'], {}, { id: true }),
        change('aws_internet_gateway.gw', ['create'], {}, { id: true }),
        change('aws_route_table.whole', ['create'], { vpc_id: 'vpc-1' }, { id: true, route: true }),
        change('aws_route_table.each["a"]', ['create'], { vpc_id: 'vpc-1' }, { id: true, route: true }, { index: 'a' }),
        change('aws_route_table.constant', ['create'], { vpc_id: 'vpc-1' }, { route: true }),
        change(
          'aws_route_table.set',
          ['create'],
          { route: [{ cidr_block: '10.2.0.0/16', gateway_id: '' }, { cidr_block: '0.0.0.0/0', vpc_peering_connection_id: '' }, { cidr_block: '10.1.0.0/16', gateway_id: '' }] },
          { route: [{ vpc_peering_connection_id: true }, { gateway_id: true }, { vpc_peering_connection_id: true }] },
        ),
        change(
          'aws_route_table.ambiguous',
          ['create'],
          { route: [{ cidr_block: '10.3.0.0/16' }, { cidr_block: '10.3.0.0/16' }] },
          { route: [{ vpc_peering_connection_id: true }, { vpc_peering_connection_id: true }] },
        ),
      ],
      {
        resources: [
          configResource('aws_route_table.whole', { vpc_id: constant('vpc-1'), route: routeBlocks }),
          configResource('aws_route_table.each', { vpc_id: constant('vpc-1'), route: routeBlocks }, { for_each_expression: refs('var.tables') }),
          configResource('aws_route_table.constant', { route: constant([{ cidr_block: '10.9.0.0/16', gateway_id: 'igw-1', vpc_peering_connection_id: null }]) }),
          configResource('aws_route_table.set', { route: routeBlocks }),
          configResource('aws_route_table.ambiguous', {
            route: [
              { cidr_block: constant('10.3.0.0/16'), vpc_peering_connection_id: refs('aws_vpc_peering_connection.p1.id', 'aws_vpc_peering_connection.p1') },
              { cidr_block: constant('10.3.0.0/16'), vpc_peering_connection_id: refs('aws_vpc_peering_connection.p2.id', 'aws_vpc_peering_connection.p2') },
            ],
          }),
        ],
      },
    ),
  );
  const link = (address: string): unknown => ({ state: 'unknown', reason: 'known after apply', refs: [{ address, attribute: ['id'] }] });

  it('rebuilds a wholly unknown block list from literal configuration blocks', () => {
    const rt = resource(result, 'aws_route_table.whole');
    expect(rt.get(['route'])).toEqual({
      state: 'known',
      value: [{ cidr_block: '10.1.0.0/16' }, { cidr_block: '10.2.0.0/16' }, { cidr_block: '0.0.0.0/0' }],
    });
    expect(rt.get(['route', 0, 'cidr_block'])).toEqual({ state: 'known', value: '10.1.0.0/16' });
    expect(rt.get(['route', 0, 'vpc_peering_connection_id'])).toEqual(link('aws_vpc_peering_connection.p1'));
    expect(rt.get(['route', 1, 'vpc_peering_connection_id'])).toEqual(link('aws_vpc_peering_connection.p2'));
    expect(rt.get(['route', 2, 'gateway_id'])).toEqual(link('aws_internet_gateway.gw'));
    expect(rt.get(['route', 2, 'vpc_peering_connection_id'])).toEqual({ state: 'absent' });
    expect(rt.get(['route', 3])).toEqual({ state: 'absent' });
    expect(rt.get(['id'])).toEqual(COMPUTED);
  });

  it('does not rebuild the blocks of a for_each resource', () => {
    const rt = resource(result, 'aws_route_table.each["a"]');
    const reason = 'known after apply; aws_route_table.each["a"] uses for_each, so vpclint does not rebuild its route blocks from the configuration';
    expect(rt.get(['route'])).toEqual({ state: 'unknown', reason, refs: [] });
    expect(rt.get(['route', 0, 'vpc_peering_connection_id'])).toEqual({ state: 'unknown', reason, refs: [] });
  });

  it('rebuilds from a constant list of blocks', () => {
    const rt = resource(result, 'aws_route_table.constant');
    expect(rt.get(['route', 0, 'gateway_id'])).toEqual({ state: 'known', value: 'igw-1' });
    expect(rt.get(['route', 0, 'vpc_peering_connection_id'])).toEqual({ state: 'absent' });
  });

  it('matches set elements to configuration blocks by their constant arguments', () => {
    const rt = resource(result, 'aws_route_table.set');
    expect(rt.get(['route', 0, 'cidr_block'])).toEqual({ state: 'known', value: '10.2.0.0/16' });
    expect(rt.get(['route', 0, 'vpc_peering_connection_id'])).toEqual(link('aws_vpc_peering_connection.p2'));
    expect(rt.get(['route', 1, 'gateway_id'])).toEqual(link('aws_internet_gateway.gw'));
    expect(rt.get(['route', 2, 'vpc_peering_connection_id'])).toEqual(link('aws_vpc_peering_connection.p1'));
  });

  it('gives up when two different blocks match one element', () => {
    expect(resource(result, 'aws_route_table.ambiguous').get(['route', 1, 'vpc_peering_connection_id'])).toEqual({
      state: 'unknown',
      reason: 'known after apply; vpclint cannot tell which route block of the configuration route[1] comes from',
      refs: [],
    });
  });
});

describe('readTerraformPlan: format_version', () => {
  it.each(['0.1', '0.2', '1.0', '1.1', '1.2', '1.10'])('accepts %s', (v) => {
    expect(readPlan({ format_version: v, resource_changes: [change('aws_vpc.a', ['create'], {})] }).resources.map((r) => r.address)).toEqual(['aws_vpc.a']);
  });

  it.each([
    ['2.0', 'unsupported plan format_version 2.0; vpclint reads format 0.x and 1.x'],
    ['10.1', 'unsupported plan format_version 10.1; vpclint reads format 0.x and 1.x'],
    ['abc', 'unsupported plan format_version abc; vpclint reads format 0.x and 1.x'],
  ])('rejects %s with the location of the value', (v, message) => {
    const text = `{\n  "terraform_version": "9.0.0",\n  "format_version": "${v}",\n  "resource_changes": []\n}`;
    let error: unknown;
    try {
      readTerraformPlan(JSON.parse(text), text, 'p.json');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ParseError);
    const e = error as ParseError;
    expect([e.message, e.file, e.line, e.column]).toEqual([message, 'p.json', 3, 21]);
  });

  it.each([
    ['1', 'plan format_version must be a string such as "1.2", not the number 1'],
    ['1.2', 'plan format_version must be a string such as "1.2", not the number 1.2'],
    ['null', 'plan format_version must be a string such as "1.2", not null'],
    ['true', 'plan format_version must be a string such as "1.2", not the boolean true'],
    ['["1.2"]', 'plan format_version must be a string such as "1.2", not a list'],
    ['{"major": 1}', 'plan format_version must be a string such as "1.2", not an object'],
  ])('rejects the non-string format_version %s with the location of the value', (v, message) => {
    const text = `{\n  "format_version":  ${v},\n  "resource_changes": []\n}`;
    expect(() => readTerraformPlan(JSON.parse(text), text, 'p.json')).toThrow(expect.objectContaining({ file: 'p.json', line: 2, column: 22, message }));
  });

  it('locates the version in minified text', () => {
    const text = '{"resource_changes":[],"format_version":"2.1"}';
    expect(() => readTerraformPlan(JSON.parse(text), text, 'p.json')).toThrow(
      expect.objectContaining({ line: 1, column: 41, message: 'unsupported plan format_version 2.1; vpclint reads format 0.x and 1.x' }),
    );
  });
});

describe('readTerraformPlan: wrong types', () => {
  /** Line and column of the first occurrence of `needle`, found by a plain search. */
  const at = (text: string, needle: string): { line: number; column: number } => {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const c = lines[i]!.indexOf(needle);
      if (c >= 0) return { line: i + 1, column: c + 1 };
    }
    throw new Error(`${needle} is not in the text`);
  };

  it.each<[string, string, [string, string][], string[]]>([
    ['resource_changes is a string', '{"format_version":"1.0",\n"resource_changes":"x"}', [['"resource_changes"', 'resource_changes is not a list; it is ignored']], []],
    [
      'entries of the wrong type',
      '{"format_version":"1.0",\n"resource_changes":[5,{"address":7},{"address":"aws_vpc.a","change":"x"},{"address":"aws_vpc.b","change":{"actions":"create"}},{"address":"not an address!","change":{"actions":["create"]}},{"address":"aws_vpc.c","change":{"actions":["create"],"after":"str","after_unknown":5}}]}',
      [
        ['"resource_changes"', 'resource_changes[0] is not an object; it is ignored'],
        ['"resource_changes"', 'resource_changes[1] has no address; it is ignored'],
        ['"address":"aws_vpc.a"', 'resource_changes[2] (aws_vpc.a) has no list of actions in change.actions; it is ignored'],
        ['"address":"aws_vpc.b"', 'resource_changes[3] (aws_vpc.b) has no list of actions in change.actions; it is ignored'],
        ['"address":"not an', 'resource_changes[4]: "not an address!" is not a resource address vpclint can read; it is ignored'],
        ['"address":"aws_vpc.c"', 'aws_vpc.c: change.after is not an object; its values are ignored'],
        ['"address":"aws_vpc.c"', 'aws_vpc.c: change.after_unknown is not an object; it is ignored'],
      ],
      ['aws_vpc.c'],
    ],
    [
      'planned_values of the wrong types',
      '{"format_version":"1.0",\n"planned_values":{"root_module":{"resources":{},"child_modules":[3,{"address":"module.m","resources":[{"address":"module.m.aws_vpc.x","values":[1]}]}]}}}',
      [
        ['"planned_values"', 'planned_values.root_module.resources is not a list; it is ignored'],
        ['"planned_values"', 'planned_values.root_module.child_modules[0] is not an object; it is ignored'],
        ['"address":"module.m.aws_vpc.x"', 'module.m.aws_vpc.x: planned_values values are not an object; they are ignored'],
      ],
      ['module.m.aws_vpc.x'],
    ],
    [
      'configuration of the wrong types',
      '{"format_version":"1.0",\n"configuration":{"root_module":{"resources":"x","module_calls":{"a":1,"b":{"module":{"outputs":[]}}}}}}',
      [
        ['"configuration"', 'configuration.root_module.resources is not a list; it is ignored'],
        ['"configuration"', 'configuration.root_module.module_calls.a is not an object; it is ignored'],
        ['"configuration"', 'configuration.root_module.module_calls.b.module.outputs is not an object; it is ignored'],
      ],
      [],
    ],
    ['the plan is a list', '[{"format_version":"1.0"}]', [['[', 'a Terraform plan must be a JSON object']], []],
    ['prior_state is a number', '{"format_version":"1.0","prior_state":4}', [['"prior_state"', 'prior_state is not an object; it is ignored']], []],
  ])('%s', (_name, text, problems, addresses) => {
    const result = readTerraformPlan(JSON.parse(text), text, 'bad.json');
    expect(result.problems).toEqual(problems.map(([needle, message]) => ({ file: 'bad.json', ...at(text, needle), message })));
    expect(result.resources.map((r) => r.address)).toEqual(addresses);
    for (const r of result.resources) {
      expect(r.get(['cidr_block'])).toEqual({ state: 'absent' });
      expect(r.get(['a', 0, 'b'])).toEqual({ state: 'absent' });
    }
  });

  it('never throws on wrong types inside values and configuration', () => {
    const text = JSON.stringify({
      format_version: '1.0',
      resource_changes: [change('aws_route_table.rt', ['create'], { route: 'x' }, { route: true, vpc_id: true, tags: [true] })],
      configuration: { root_module: { resources: [{ address: 'aws_route_table.rt', mode: 'managed', type: 'aws_route_table', name: 'rt', expressions: { route: [1, 'x', null], vpc_id: { references: [1, null, {}] } } }] } },
    });
    const rt = resource(readTerraformPlan(JSON.parse(text), text, 'x.json'), 'aws_route_table.rt');
    expect(rt.get(['route'])).toEqual({ state: 'known', value: [{}, {}, {}] });
    expect(rt.get(['route', 1, 'cidr_block'])).toEqual(AFTER_APPLY);
    expect(rt.get(['vpc_id'])).toEqual(AFTER_APPLY);
    expect(rt.get(['tags', 0])).toEqual(COMPUTED);
    expect(rt.get(['tags', 0, 'x'])).toEqual(COMPUTED);
  });
});

describe('readTerraformPlan: hostile nesting', () => {
  it('stops at 100 nested modules and at deeply nested blocks without throwing', () => {
    const depth = 5000;
    const calls = `${'{"m":{"module":{"module_calls":'.repeat(depth)}{}${'}}}'.repeat(depth)}`;
    const children = `${'{"address":"module.m","child_modules":['.repeat(depth)}{}${']}'.repeat(depth)}`;
    const blocks = `${'[{"x":'.repeat(depth)}{"constant_value":1}${'}]'.repeat(depth)}`;
    const text = `{"format_version":"1.0",
"resource_changes":[{"address":"aws_route_table.rt","change":{"actions":["create"],"after":{},"after_unknown":{"route":true}}}],
"planned_values":{"root_module":{"child_modules":[${children}]}},
"configuration":{"root_module":{"module_calls":${calls},"resources":[{"address":"aws_route_table.rt","mode":"managed","type":"aws_route_table","name":"rt","expressions":{"route":${blocks}}}]}}}`;
    const result = readTerraformPlan(JSON.parse(text), text, 'deep.json');
    expect(result.problems.map((p) => [p.line, p.message])).toEqual([
      [4, `configuration.root_module${'.module_calls.m.module'.repeat(100)} nests modules more than 100 deep; the deeper ones are ignored`],
      [3, `planned_values.root_module${'.child_modules[0]'.repeat(100)} nests modules more than 100 deep; the deeper ones are ignored`],
    ]);
    const rt = resource(result, 'aws_route_table.rt');
    const path: (string | number)[] = ['route'];
    for (let i = 0; i < 100; i++) path.push(0, 'x');
    // Blocks are rebuilt 64 levels deep; below that the value is left unknown.
    expect(rt.get(path.slice(0, 127))).toEqual({ state: 'known', value: [{}] });
    expect(rt.get(path.slice(0, 129))).toEqual(AFTER_APPLY);
    expect(rt.get(path)).toEqual(AFTER_APPLY);
  });
});

describe('readTerraformPlan: prototype pollution', () => {
  it('does not let __proto__ or constructor keys in the input reach a prototype', () => {
    // Written as text: an object literal with a __proto__ key would set the prototype here.
    const text = `{
  "format_version": "1.2",
  "__proto__": {"polluted": "top"},
  "variables": {"__proto__": {"value": {"polluted": "var"}}},
  "resource_changes": [
    {"address": "aws_route_table.rt", "mode": "managed", "type": "aws_route_table", "name": "rt",
     "change": {"actions": ["create"],
       "after": {"__proto__": {"polluted": "after"}, "constructor": {"prototype": {"polluted": "ctor"}}},
       "after_unknown": {"__proto__": true, "route": true, "vpc_id": true}}}
  ],
  "configuration": {"root_module": {
    "resources": [{"address": "aws_route_table.rt", "mode": "managed", "type": "aws_route_table", "name": "rt",
      "expressions": {"vpc_id": {"references": ["var.__proto__", "module.__proto__.constructor", "local.__proto__"]},
        "route": [{"__proto__": {"constant_value": {"polluted": "block"}}, "constructor": {"references": ["var.constructor"]}}]}}],
    "module_calls": {"__proto__": {"expressions": {"__proto__": {"references": ["x.y"]}}, "module": {"outputs": {"__proto__": {"expression": {"references": ["a.b"]}}}}}}
  }}
}`;
    const result = readTerraformPlan(JSON.parse(text), text, 'evil.json');
    const rt = resource(result, 'aws_route_table.rt');
    expect(rt.get(['__proto__'])).toEqual(COMPUTED);
    expect(rt.get(['constructor', 'prototype', 'polluted'])).toEqual({ state: 'known', value: 'ctor' });
    expect(rt.get(['route', 0, '__proto__', 'polluted'])).toEqual({ state: 'known', value: 'block' });
    expect(rt.get(['route', 0, 'constructor'])).toEqual({ state: 'unknown', reason: 'value comes from var.constructor, which has no value in the plan', refs: [] });
    expect(rt.get(['vpc_id'])).toEqual({
      state: 'unknown',
      reason:
        "value comes from module.__proto__.constructor, which the module's configuration does not declare; value comes from local.__proto__; plan JSON does not record locals",
      refs: [],
    });
    const route = rt.get(['route']);
    expect(route.state === 'known' && Object.getPrototypeOf((route.value as unknown[])[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect((Object as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('readTerraformPlan: locations', () => {
  // resource_changes comes after planned_values, as Terraform writes it; the change entry wins,
  // but not an attribute that happens to be called "address".
  const pretty = `{
  "format_version": "1.2",
  "planned_values": {
    "root_module": {
      "resources": [
        { "address": "aws_vpc.a", "mode": "managed", "values": {} },
        { "address": "aws_vpc.planned", "mode": "managed", "values": {} }
      ]
    }
  },
  "resource_changes": [
    {
      "address": "aws_vpc.a",
      "mode": "managed",
      "change": { "actions": ["create"], "after": { "address": "aws_vpc.planned" } }
    },
    {
        "address": "aws_vpc.this[\\"a \\\\\\"b\\\\\\"\\"]",
      "change": { "actions": ["create"], "after": {} }
    }
  ],
  "configuration": { "root_module": { "resources": [ { "address": "aws_vpc.other", "mode": "managed" } ] } },
  "prior_state": { "values": { "root_module": { "resources": [ { "address": "data.aws_vpc.x", "mode": "data", "values": {} } ] } } }
}`;
  const result = readTerraformPlan(JSON.parse(pretty), pretty, 'dir/plan.json');

  // Lines counted by hand; the column is where the entry's "address" key starts on that line.
  it.each<[string, number]>([
    ['aws_vpc.a', 13],
    ['aws_vpc.planned', 7],
    ['aws_vpc.this["a \\"b\\""]', 18],
    ['data.aws_vpc.x', 23],
  ])('%s is on line %i', (address, line) => {
    const column = pretty.split('\n')[line - 1]!.indexOf('"address"') + 1;
    expect(column).toBeGreaterThan(0);
    expect(resource(result, address).location()).toEqual({ file: 'dir/plan.json', line, column });
  });

  it('has no attribute locations', () => {
    expect(resource(result, 'aws_vpc.a').attributeLocation(['cidr_block'])).toBeUndefined();
  });

  it('gives line 1 and a column in minified text', () => {
    const minified = JSON.stringify(JSON.parse(pretty));
    const r = readTerraformPlan(JSON.parse(minified), minified, 'min.json');
    expect(resource(r, 'aws_vpc.a').location()).toEqual({ file: 'min.json', line: 1, column: minified.indexOf('"address":"aws_vpc.a","mode":"managed","change"') + 1 });
  });

  it('does not count a byte-order mark as a column', () => {
    const minified = JSON.stringify(JSON.parse(pretty));
    const r = readTerraformPlan(JSON.parse(minified), `\uFEFF${minified}`, 'bom.json');
    expect(resource(r, 'aws_vpc.a').location()).toEqual({ file: 'bom.json', line: 1, column: minified.indexOf('"address":"aws_vpc.a","mode":"managed","change"') + 1 });
  });

  it('gives line 1, column 1 for a resource whose address is not in the text', () => {
    const text = '{"format_version":"0.1","prior_state":{"values":{"root_module":{"child_modules":[{"address":"module.m","resources":[{"address":"data.aws_vpc.d","mode":"data","type":"aws_vpc","name":"d","index":0,"values":{}}]}]}}}}';
    const r = readTerraformPlan(JSON.parse(text), text, 'old.json');
    expect(resource(r, 'module.m.data.aws_vpc.d[0]').location()).toEqual({ file: 'old.json', line: 1, column: 1 });
  });
});
