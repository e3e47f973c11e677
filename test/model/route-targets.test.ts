/**
 * The one route-target table (src/model/builder/route-targets.ts) against the provider schema,
 * as tflint-ruleset-aws checks its tables: every attribute of aws_route and of the `route` blocks
 * of aws_route_table and aws_default_route_table is a target in the table, a destination, or
 * listed here as deliberately not a target (with the reason); every target in the table is in the
 * schema, or its absence from a block is listed. The schema is test/fixtures/aws-provider-route-schema.json,
 * written by scripts/fixtures/provider-schema.py (`terraform providers schema -json`, offline);
 * this test never runs Terraform.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CLOUDFORMATION_ROUTE_TARGETS,
  ROUTE_TARGET_PREFIXES,
  ROUTE_TARGETS,
  TERRAFORM_ROUTE_TARGETS,
} from '../../src/model/builder/route-targets.js';

interface RouteSchema {
  version: string;
  aws_route: Record<string, { type: unknown; optional?: boolean; computed?: boolean; required?: boolean }>;
  aws_route_table: { route: { attributes: Record<string, { type: unknown }> } };
  aws_default_route_table: { route: { attributes: Record<string, { type: unknown }> } };
}

const schema = JSON.parse(
  readFileSync(new URL('../fixtures/aws-provider-route-schema.json', import.meta.url), 'utf8'),
) as RouteSchema;

const TARGET_NAMES = new Set(ROUTE_TARGETS.map((t) => t.terraform));

/** Attributes of `aws_route` that are not targets, and why. */
const AWS_ROUTE_NOT_TARGETS: Record<string, string> = {
  destination_cidr_block: 'a destination (IPv4)',
  destination_ipv6_cidr_block: 'a destination (IPv6)',
  destination_prefix_list_id: 'a destination (managed prefix list)',
  route_table_id: 'the table the route belongs to',
  id: 'the route ID the provider computes',
  state: 'computed by AWS (active or blackhole)',
  origin: 'computed by AWS (how the route was created)',
  instance_owner_id: 'computed by AWS (the owner of the target instance)',
};

/** Attributes of the inline `route {}` blocks that are not targets, and why. */
const ROUTE_BLOCK_NOT_TARGETS: Record<string, string> = {
  cidr_block: 'a destination (IPv4)',
  ipv6_cidr_block: 'a destination (IPv6)',
  destination_prefix_list_id: 'a destination (managed prefix list)',
};

/**
 * Targets of the table that a `route {}` block of this provider version does not have. The
 * adapter reads inline blocks with the same list: an attribute a block lacks reads as not set.
 */
const MISSING_FROM_BLOCK: Record<'aws_route_table' | 'aws_default_route_table', Record<string, string>> = {
  aws_route_table: { instance_id: 'removed from inline routes in provider 5 (use network_interface_id)' },
  aws_default_route_table: {
    carrier_gateway_id: 'not supported in the default route table by the provider',
    local_gateway_id: 'not supported in the default route table by the provider',
  },
};

/**
 * The properties of `AWS::EC2::Route`, from the CloudFormation resource reference (the resource
 * specification is not available offline):
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-route.html
 * Each is a target in the table, or listed in CLOUDFORMATION_NOT_TARGETS.
 */
const AWS_EC2_ROUTE_PROPERTIES = [
  'CarrierGatewayId',
  'CoreNetworkArn',
  'DestinationCidrBlock',
  'DestinationIpv6CidrBlock',
  'DestinationPrefixListId',
  'EgressOnlyInternetGatewayId',
  'GatewayId',
  'InstanceId',
  'LocalGatewayId',
  'NatGatewayId',
  'NetworkInterfaceId',
  'RouteTableId',
  'TransitGatewayId',
  'VpcEndpointId',
  'VpcPeeringConnectionId',
];

const CLOUDFORMATION_NOT_TARGETS: Record<string, string> = {
  DestinationCidrBlock: 'a destination (IPv4)',
  DestinationIpv6CidrBlock: 'a destination (IPv6)',
  DestinationPrefixListId: 'a destination (managed prefix list)',
  RouteTableId: 'the table the route belongs to',
};

describe('route-target table against the hashicorp/aws provider schema', () => {
  it('is the schema of the provider version the fixtures are planned with', () => {
    expect(schema.version).toBe('5.100.0');
  });

  it('aws_route: every argument is a target in the table or deliberately not one', () => {
    const unclassified = Object.keys(schema.aws_route).filter((name) => !TARGET_NAMES.has(name) && !(name in AWS_ROUTE_NOT_TARGETS));
    expect(unclassified).toEqual([]);
  });

  it('aws_route: every target in the table is an attribute of aws_route, and the non-targets listed exist', () => {
    expect([...TARGET_NAMES].filter((name) => !(name in schema.aws_route))).toEqual([]);
    expect(Object.keys(AWS_ROUTE_NOT_TARGETS).filter((name) => !(name in schema.aws_route))).toEqual([]);
  });

  for (const type of ['aws_route_table', 'aws_default_route_table'] as const) {
    it(`${type}: every attribute of a route block is a target in the table or a destination`, () => {
      const attrs = schema[type].route.attributes;
      const unclassified = Object.keys(attrs).filter((name) => !TARGET_NAMES.has(name) && !(name in ROUTE_BLOCK_NOT_TARGETS));
      expect(unclassified).toEqual([]);
      expect(Object.keys(ROUTE_BLOCK_NOT_TARGETS).filter((name) => !(name in attrs))).toEqual([]);
    });

    it(`${type}: the targets a route block lacks are exactly the ones listed`, () => {
      const attrs = schema[type].route.attributes;
      const missing = [...TARGET_NAMES].filter((name) => !(name in attrs)).sort();
      expect(missing).toEqual(Object.keys(MISSING_FROM_BLOCK[type]).sort());
    });
  }

  it('every target attribute is a string', () => {
    for (const name of TARGET_NAMES) expect(schema.aws_route[name]?.type, name).toBe('string');
  });
});

describe('route-target table against AWS::EC2::Route', () => {
  it('every property is a target in the table or deliberately not one', () => {
    const targets = new Set(ROUTE_TARGETS.map((t) => t.cloudformation));
    expect(AWS_EC2_ROUTE_PROPERTIES.filter((p) => !targets.has(p) && !(p in CLOUDFORMATION_NOT_TARGETS))).toEqual([]);
    expect([...targets].filter((p) => !AWS_EC2_ROUTE_PROPERTIES.includes(p))).toEqual([]);
    expect(Object.keys(CLOUDFORMATION_NOT_TARGETS).filter((p) => !AWS_EC2_ROUTE_PROPERTIES.includes(p))).toEqual([]);
  });
});

describe('the lists the adapters derive', () => {
  it('keep the table order, peering first, one entry per attribute', () => {
    expect(TERRAFORM_ROUTE_TARGETS.map(([name]) => name)).toEqual(ROUTE_TARGETS.map((t) => t.terraform));
    expect(CLOUDFORMATION_ROUTE_TARGETS.map(([name]) => name)).toEqual(ROUTE_TARGETS.map((t) => t.cloudformation));
    expect(ROUTE_TARGETS[0]?.kind).toBe('peering');
    expect(new Set(TARGET_NAMES).size).toBe(ROUTE_TARGETS.length);
    expect(new Set(CLOUDFORMATION_ROUTE_TARGETS.map(([name]) => name)).size).toBe(ROUTE_TARGETS.length);
  });

  it('give the inventory one kind per ID prefix, whatever the order of the lookup', () => {
    const prefixes = ROUTE_TARGET_PREFIXES.map(([p]) => p);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const a of prefixes) for (const b of prefixes) if (a !== b) expect(b.startsWith(a), `${b} starts with ${a}`).toBe(false);
    expect(new Set(ROUTE_TARGET_PREFIXES.map(([, kind]) => kind))).toEqual(new Set(ROUTE_TARGETS.map((t) => t.kind)));
  });
});
