/**
 * Fake Terraform resources for the peering-route rule tests (NET202, NET203): connections, route
 * tables and standalone routes, linked the way the plan reader links them (references).
 */
import type { SourceResource } from '../../src/parse/source.js';
import { linkedTo, tf, type FakeUnknown } from './source.js';

/** `aws_vpc_peering_connection.<name>` from `aws_vpc.<requester>` to `aws_vpc.<accepter>`, a `vpc-…` ID, or an unknown. */
export function pcx(name: string, requester: string, accepter: string | FakeUnknown): SourceResource {
  const values: Record<string, unknown> = {};
  const unknown: Record<string, FakeUnknown> = { id: {}, vpc_id: linkedTo(`aws_vpc.${requester}`) };
  if (typeof accepter !== 'string') unknown.peer_vpc_id = accepter;
  else if (accepter.startsWith('vpc-')) values.peer_vpc_id = accepter;
  else unknown.peer_vpc_id = linkedTo(`aws_vpc.${accepter}`);
  return tf('aws_vpc_peering_connection', name, values, { unknown });
}

/** `aws_route.<name>` in `aws_route_table.<table>` over `aws_vpc_peering_connection.<peering>` (or an unknown one). */
export function route(name: string, table: string, destination: string | FakeUnknown, peering: string | FakeUnknown = 'app_shared'): SourceResource {
  const values: Record<string, unknown> = {};
  const unknown: Record<string, FakeUnknown> = { route_table_id: linkedTo(`aws_route_table.${table}`) };
  if (typeof destination !== 'string') unknown.destination_cidr_block = destination;
  else if (destination.startsWith('pl-')) values.destination_prefix_list_id = destination;
  else values[destination.includes(':') ? 'destination_ipv6_cidr_block' : 'destination_cidr_block'] = destination;
  unknown.vpc_peering_connection_id = typeof peering === 'string' ? linkedTo(`aws_vpc_peering_connection.${peering}`) : peering;
  return tf('aws_route', name, values, { unknown });
}

/** `aws_route_table.<name>` in `aws_vpc.<vpc>`, or in an unknown VPC. */
export function table(name: string, vpc: string | FakeUnknown): SourceResource {
  return tf('aws_route_table', name, {}, { unknown: { vpc_id: typeof vpc === 'string' ? linkedTo(`aws_vpc.${vpc}`) : vpc } });
}
