/**
 * Which attributes the AWS provider computes when the configuration leaves them out. A plan shows
 * such an attribute as unknown ("known after apply"); the plan reader marks it `computed`, and
 * the model builder treats it as set by AWS, not by the code (a route table's `route` when every
 * route is a standalone `aws_route`). The `.tf` reader must say the same for parity, so this table
 * lists, for the resource types the model reads, the attributes the provider's schema (hashicorp/aws
 * 5.x) declares Computed or Optional+Computed. An attribute not set and not listed is absent (null),
 * as in a plan. Types not listed here are not modelled: any attribute they leave out may be
 * computed, so a reference to one is unknown rather than null.
 */

/** Computed on every managed resource of the AWS provider. */
const ALWAYS: readonly string[] = ['id', 'arn', 'owner_id', 'tags_all', 'region'];

const COMPUTED = new Map<string, ReadonlySet<string>>(
  (
    [
      [
        'aws_vpc',
        [
          'cidr_block',
          'ipv6_cidr_block',
          'ipv6_association_id',
          'ipv6_cidr_block_network_border_group',
          'main_route_table_id',
          'default_route_table_id',
          'default_security_group_id',
          'default_network_acl_id',
          'dhcp_options_id',
          'enable_dns_hostnames',
          'enable_network_address_usage_metrics',
          'instance_tenancy',
        ],
      ],
      [
        'aws_default_vpc',
        [
          'cidr_block',
          'ipv6_cidr_block',
          'ipv6_association_id',
          'main_route_table_id',
          'default_route_table_id',
          'default_security_group_id',
          'default_network_acl_id',
          'dhcp_options_id',
          'instance_tenancy',
          'existing_default_vpc',
        ],
      ],
      ['aws_vpc_ipv4_cidr_block_association', ['cidr_block']],
      ['aws_vpc_ipv6_cidr_block_association', ['ipv6_cidr_block', 'ip_source', 'ipv6_address_attribute']],
      ['aws_subnet', ['availability_zone', 'availability_zone_id', 'ipv6_cidr_block_association_id', 'private_dns_hostname_type_on_launch']],
      ['aws_route_table', ['route', 'propagating_vgws']],
      ['aws_default_route_table', ['route', 'propagating_vgws', 'vpc_id']],
      ['aws_route', ['instance_id', 'instance_owner_id', 'network_interface_id', 'origin', 'state']],
      ['aws_route_table_association', []],
      ['aws_main_route_table_association', ['original_route_table_id']],
      ['aws_vpc_peering_connection', ['accept_status', 'peer_owner_id', 'peer_region', 'requester', 'accepter']],
      ['aws_vpc_peering_connection_accepter', ['accept_status', 'peer_owner_id', 'peer_region', 'peer_vpc_id', 'vpc_id', 'requester', 'accepter']],
      ['aws_vpc_peering_connection_options', ['requester', 'accepter']],
      ['aws_security_group', ['name', 'name_prefix', 'vpc_id', 'ingress', 'egress']],
      ['aws_default_security_group', ['name', 'name_prefix', 'vpc_id', 'ingress', 'egress', 'description']],
      ['aws_security_group_rule', ['source_security_group_id', 'security_group_rule_id']],
      ['aws_vpc_security_group_ingress_rule', ['security_group_rule_id']],
      ['aws_vpc_security_group_egress_rule', ['security_group_rule_id']],
      ['aws_network_acl', ['ingress', 'egress', 'subnet_ids']],
      ['aws_default_network_acl', ['vpc_id']],
      ['aws_network_acl_rule', []],
      ['aws_network_acl_association', []],
    ] as const
  ).map(([type, attrs]) => [type, new Set<string>([...ALWAYS, ...attrs])]),
);

export type Unset = 'computed' | 'absent' | 'maybe-computed';

/**
 * What an attribute a managed resource's configuration leaves out is: computed by the provider,
 * absent (null), or, for a resource type vpclint does not model, possibly computed.
 */
export function unsetAttribute(type: string, attribute: string): Unset {
  const computed = COMPUTED.get(type);
  if (computed === undefined) return ALWAYS.includes(attribute) ? 'computed' : 'maybe-computed';
  return computed.has(attribute) ? 'computed' : 'absent';
}
