// The one table of route targets (issue 14): for each kind of target AWS routes to, the Terraform
// argument (of `aws_route` and of inline `route {}` blocks), the CloudFormation `AWS::EC2::Route`
// property, and the prefixes of the IDs AWS gives it (the inventory of the configuration file).
// The Terraform and CloudFormation adapters and the inventory derive their lists from it;
// test/model/route-targets.test.ts checks it against the hashicorp/aws provider schema
// (test/fixtures/aws-provider-route-schema.json, made by scripts/fixtures/provider-schema.py) and
// against the properties of AWS::EC2::Route.
import type { RouteTargetKind } from '../types.js';

export interface RouteTargetAttribute {
  /** What the route goes to in the model. */
  readonly kind: RouteTargetKind | 'peering';
  /** The `aws_route` argument and `route {}` block attribute. */
  readonly terraform: string;
  /** The `AWS::EC2::Route` property. */
  readonly cloudformation: string;
  /** Prefixes of the IDs of such targets (an inventory route's `target`). */
  readonly idPrefixes: readonly string[];
}

/**
 * In the order the provider documents them, which is the order the adapters try them in.
 * `vpc_peering_connection_id` comes first: it is the target the routing rules are about.
 * `instance_id` routes go to the instance's primary network interface. `gateway_id` takes
 * internet and virtual private gateways (and `local`, which the adapters read as a local route).
 */
export const ROUTE_TARGETS: readonly RouteTargetAttribute[] = [
  { kind: 'peering', terraform: 'vpc_peering_connection_id', cloudformation: 'VpcPeeringConnectionId', idPrefixes: ['pcx-'] },
  { kind: 'gateway', terraform: 'gateway_id', cloudformation: 'GatewayId', idPrefixes: ['igw-', 'vgw-'] },
  { kind: 'nat-gateway', terraform: 'nat_gateway_id', cloudformation: 'NatGatewayId', idPrefixes: ['nat-'] },
  { kind: 'transit-gateway', terraform: 'transit_gateway_id', cloudformation: 'TransitGatewayId', idPrefixes: ['tgw-'] },
  { kind: 'network-interface', terraform: 'network_interface_id', cloudformation: 'NetworkInterfaceId', idPrefixes: ['eni-'] },
  { kind: 'vpc-endpoint', terraform: 'vpc_endpoint_id', cloudformation: 'VpcEndpointId', idPrefixes: ['vpce-'] },
  { kind: 'egress-only-gateway', terraform: 'egress_only_gateway_id', cloudformation: 'EgressOnlyInternetGatewayId', idPrefixes: ['eigw-'] },
  { kind: 'carrier-gateway', terraform: 'carrier_gateway_id', cloudformation: 'CarrierGatewayId', idPrefixes: ['cagw-'] },
  { kind: 'local-gateway', terraform: 'local_gateway_id', cloudformation: 'LocalGatewayId', idPrefixes: ['lgw-'] },
  { kind: 'core-network', terraform: 'core_network_arn', cloudformation: 'CoreNetworkArn', idPrefixes: ['arn:'] },
  { kind: 'network-interface', terraform: 'instance_id', cloudformation: 'InstanceId', idPrefixes: ['i-'] },
];

/** A target attribute's name and the kind it gives. */
export type NamedTarget = readonly [string, RouteTargetKind | 'peering'];

/** Terraform's target attributes (`aws_route` arguments, `route {}` block attributes), in table order. */
export const TERRAFORM_ROUTE_TARGETS: readonly NamedTarget[] = ROUTE_TARGETS.map((t) => [t.terraform, t.kind] as const);

/** CloudFormation's `AWS::EC2::Route` target properties, in table order. */
export const CLOUDFORMATION_ROUTE_TARGETS: readonly NamedTarget[] = ROUTE_TARGETS.map((t) => [t.cloudformation, t.kind] as const);

/**
 * Route targets by the prefix of the ID AWS gives them, grouped by kind (kinds in table order):
 * an inventory route's target is the kind whose prefix its ID starts with. The configuration
 * schema accepts exactly these (and `local`), so an entry never has a target this table does not know.
 */
export const ROUTE_TARGET_PREFIXES: readonly NamedTarget[] = (() => {
  const byKind = new Map<RouteTargetKind | 'peering', string[]>();
  for (const t of ROUTE_TARGETS) {
    let list = byKind.get(t.kind);
    if (list === undefined) byKind.set(t.kind, (list = []));
    list.push(...t.idPrefixes);
  }
  return [...byKind].flatMap(([kind, prefixes]) => prefixes.map((p) => [p, kind] as const));
})();
