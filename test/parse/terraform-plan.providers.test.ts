/**
 * The plan reader's provider settings (`provider()`: region and account from
 * `configuration.provider_config`, by the resource's `provider_config_key`) and `configures()`
 * (is an attribute written in the resource's configuration). Hand-written plans in the shapes
 * Terraform 0.12 to 1.11 write; the 1.11 shapes were checked against real `terraform show -json`
 * output (aliases, modules given `providers = { aws = aws.x }`, modules with their own block).
 */
import { describe, expect, it } from 'vitest';
import type { SourceResource } from '../../src/parse/source.js';
import { change, configResource, constant, readPlan, refs, resource, type Json } from './plan-helpers.js';

const ABSENT = { state: 'absent' };
const known = (value: string) => ({ state: 'known', value });
const unknown = (reason: string) => ({ state: 'unknown', reason, refs: [] });

/** A plan whose resources (all aws_vpc) use the given provider config keys. */
function plan(providerConfig: Json, resources: Record<string, string | null>, modules: Record<string, Record<string, string>> = {}): SourceResource[] {
  const cfg = (keys: Record<string, string | null>) =>
    Object.entries(keys).map(([address, key]) => configResource(address, { cidr_block: constant('10.0.0.0/16') }, key === null ? {} : { provider_config_key: key }));
  const moduleCalls: Record<string, Json> = {};
  for (const [name, keys] of Object.entries(modules)) moduleCalls[name] = { source: `./${name}`, module: { resources: cfg(keys) } };
  const changes = [
    ...Object.keys(resources).map((a) => change(a, ['create'], { cidr_block: '10.0.0.0/16' })),
    ...Object.entries(modules).flatMap(([name, keys]) => Object.keys(keys).map((a) => change(`module.${name}.${a}`, ['create'], { cidr_block: '10.0.0.0/16' }))),
  ];
  const result = readPlan({
    format_version: '1.2',
    resource_changes: changes,
    configuration: { provider_config: providerConfig, root_module: { resources: cfg(resources), module_calls: moduleCalls } },
  });
  expect(result.problems).toEqual([]);
  return result.resources;
}

const byAddress = (resources: SourceResource[], address: string) => resources.find((r) => r.address === address)!;

describe('provider(): region and account of a resource', () => {
  const config: Json = {
    aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws', expressions: { region: constant('eu-west-1') } },
    'aws.us': {
      name: 'aws',
      alias: 'us',
      expressions: { region: constant('us-east-1'), assume_role: [{ role_arn: constant('arn:aws:iam::222222222222:role/network') }] },
    },
    'aws.partner': { name: 'aws', alias: 'partner', expressions: { region: refs('var.partner_region'), allowed_account_ids: constant(['333333333333']) } },
    'aws.chain': {
      name: 'aws',
      alias: 'chain',
      expressions: {
        assume_role: [{ role_arn: constant('arn:aws:iam::444444444444:role/a') }, { role_arn: constant('arn:aws:iam::555555555555:role/b') }],
      },
    },
    'aws.roleVar': { name: 'aws', alias: 'roleVar', expressions: { assume_role: [{ role_arn: refs('var.role_arn') }] } },
    'module.own:aws': { name: 'aws', module_address: 'module.own', expressions: { region: constant('ap-south-1') } },
  };
  const resources = plan(
    config,
    { 'aws_vpc.a': 'aws', 'aws_vpc.us': 'aws.us', 'aws_vpc.partner': 'aws.partner', 'aws_vpc.chain': 'aws.chain', 'aws_vpc.role_var': 'aws.roleVar', 'aws_vpc.nokey': null },
    { own: { 'aws_vpc.o': 'module.own:aws' }, passed: { 'aws_vpc.p': 'aws.us' }, old: { 'aws_vpc.x': 'old:aws' } },
  );

  it.each([
    ['aws_vpc.a', { name: 'aws', region: known('eu-west-1'), accountId: ABSENT }],
    ['aws_vpc.us', { name: 'aws.us', alias: 'us', region: known('us-east-1'), accountId: known('222222222222') }],
    [
      'aws_vpc.partner',
      { name: 'aws.partner', alias: 'partner', region: unknown('the region of provider configuration aws.partner comes from var.partner_region, which vpclint does not evaluate'), accountId: known('333333333333') },
    ],
    ['aws_vpc.chain', { name: 'aws.chain', alias: 'chain', region: ABSENT, accountId: known('555555555555') }],
    [
      'aws_vpc.role_var',
      {
        name: 'aws.roleVar',
        alias: 'roleVar',
        region: ABSENT,
        accountId: unknown('the account of provider configuration aws.roleVar is that of its assume_role role, whose ARN comes from var.role_arn, which vpclint does not evaluate'),
      },
    ],
    ['module.own.aws_vpc.o', { name: 'module.own:aws', region: known('ap-south-1'), accountId: ABSENT }],
    ['module.passed.aws_vpc.p', { name: 'aws.us', alias: 'us', region: known('us-east-1'), accountId: known('222222222222') }],
  ])('%s', (address, settings) => {
    expect(byAddress(resources, address).provider?.()).toEqual(settings);
  });

  it('is the same object for every resource of one configuration', () => {
    expect(byAddress(resources, 'aws_vpc.us').provider?.()).toBe(byAddress(resources, 'module.passed.aws_vpc.p').provider?.());
  });

  it('is undefined without a key, or for a pre-1.1 module key with no entry (any configuration could be passed in)', () => {
    expect(byAddress(resources, 'aws_vpc.nokey').provider?.()).toBeUndefined();
    expect(byAddress(resources, 'module.old.aws_vpc.x').provider?.()).toBeUndefined();
  });

  it('a root default configuration with no entry (no provider block) sets nothing', () => {
    const r = plan({}, { 'aws_vpc.a': 'aws' });
    expect(byAddress(r, 'aws_vpc.a').provider?.()).toEqual({ name: 'aws', region: ABSENT, accountId: ABSENT });
  });

  const NOTHING = { name: 'aws', region: ABSENT, accountId: ABSENT };
  it.each([
    ['provider_config is a string', 'aws', NOTHING],
    ['an entry is a list', { aws: [] }, NOTHING],
    ['expressions is a number', { aws: { name: 'aws', expressions: 7 } }, NOTHING],
    [
      'region is a number and assume_role an object',
      { aws: { name: 'aws', expressions: { region: constant(42), assume_role: { role_arn: constant('x') } } } },
      { name: 'aws', region: unknown('the region of provider configuration aws is not a literal'), accountId: ABSENT },
    ],
  ])('never throws on wrong types: %s', (_name, providerConfig, settings) => {
    const r = plan(providerConfig as Json, { 'aws_vpc.a': 'aws' });
    expect(byAddress(r, 'aws_vpc.a').provider?.()).toEqual(settings);
  });

  it('a __proto__ key is an ordinary key, and pollutes nothing', () => {
    const providerConfig = JSON.parse('{"__proto__": {"name": "aws", "expressions": {"region": {"constant_value": "eu-west-1"}}}}') as Json;
    const r = plan(providerConfig, { 'aws_vpc.a': 'aws', 'aws_vpc.b': '__proto__' });
    expect(byAddress(r, 'aws_vpc.a').provider?.()).toEqual(NOTHING);
    expect(byAddress(r, 'aws_vpc.b').provider?.()).toEqual({ name: '__proto__', region: known('eu-west-1'), accountId: ABSENT });
    expect(({} as Record<string, unknown>).expressions).toBeUndefined();
  });
});

describe('configures(): is an attribute written in the configuration', () => {
  const result = readPlan({
    format_version: '1.2',
    resource_changes: [
      change('aws_route_table.written', ['no-op'], { route: [{ cidr_block: '0.0.0.0/0' }] }),
      change('aws_route_table.empty', ['no-op'], { route: [] }),
      change('aws_route_table.state_only', ['no-op'], { route: [{ cidr_block: '0.0.0.0/0' }] }),
      change('aws_route_table.no_config', ['no-op'], { route: [] }),
      change('aws_route_table.null_route', ['no-op'], { route: [] }),
    ],
    configuration: {
      root_module: {
        resources: [
          configResource('aws_route_table.written', { vpc_id: constant('vpc-1'), route: [{ cidr_block: constant('0.0.0.0/0') }] }),
          configResource('aws_route_table.empty', { route: constant([]) }),
          configResource('aws_route_table.state_only', { vpc_id: constant('vpc-1') }),
          configResource('aws_route_table.null_route', { route: constant(null) }),
        ],
      },
    },
  });

  it.each([
    ['aws_route_table.written', 'route', true],
    ['aws_route_table.written', 'propagating_vgws', false],
    ['aws_route_table.empty', 'route', true],
    ['aws_route_table.state_only', 'route', false],
    ['aws_route_table.null_route', 'route', false],
    ['aws_route_table.no_config', 'route', undefined],
  ])('%s %s -> %s', (address, attribute, expected) => {
    expect(resource(result, address).configures?.(attribute)).toBe(expected);
  });
});
