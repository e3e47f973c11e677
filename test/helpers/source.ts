// Fake SourceResources for tests: what a parser would hand the model builder, written as plain
// objects so model and rule tests do not depend on any parser.
import type { AttrPath, AttrRef, AttrValue, SourceFormat, SourceResource } from '../../src/parse/source.js';

/** An unknown value: why, and which resources it comes from. */
export interface FakeUnknown {
  /** Defaults to "known after apply". */
  readonly reason?: string;
  readonly refs?: readonly AttrRef[];
  /** The configuration does not set the attribute: the provider computes it. */
  readonly computed?: boolean;
}

export interface FakeResourceInput {
  readonly address: string;
  readonly type: string;
  readonly values?: Readonly<Record<string, unknown>>;
  /** Unknown paths, written `vpc_id` or `route.0.vpc_peering_connection_id`; covers everything below. */
  readonly unknown?: Readonly<Record<string, FakeUnknown>>;
  /** Defaults to `main.tf.json`. */
  readonly file?: string;
  /** Defaults to 1. */
  readonly line?: number;
  /** Defaults to `data` for addresses starting with `data.`, else `managed`. */
  readonly mode?: 'managed' | 'data';
  /** Defaults to `terraform-plan`. */
  readonly format?: SourceFormat;
  /** The plan's action (`no-op`, `create`, ...); none by default. */
  readonly action?: string;
  /**
   * The top-level attributes and blocks the resource's configuration writes, when the reader
   * sees it (`configures(attr)` is then true for these, false for others); undefined: unseen.
   */
  readonly configures?: readonly string[];
}

const ABSENT: AttrValue = Object.freeze({ state: 'absent' });

/** A SourceResource whose `get` walks `values` (own properties only) and reports `unknown` paths. */
export function fakeResource(input: FakeResourceInput): SourceResource {
  const values = input.values ?? {};
  const unknowns = new Map<string, AttrValue>();
  /** First segments of the unknown paths: most reads skip the prefix walk. */
  const roots = new Set<string>();
  for (const [path, u] of Object.entries(input.unknown ?? {})) {
    const value: AttrValue = { state: 'unknown', reason: u.reason ?? 'known after apply', refs: u.refs ?? [] };
    unknowns.set(path, u.computed === true ? { ...value, computed: true } : value);
    roots.add(path.split('.')[0] as string);
  }
  const file = input.file ?? 'main.tf.json';
  const line = input.line ?? 1;
  const configured = input.configures;
  return {
    ...(input.action === undefined ? {} : { action: input.action }),
    ...(configured === undefined ? {} : { configures: (attribute: string) => configured.includes(attribute) }),
    format: input.format ?? 'terraform-plan',
    address: input.address,
    type: input.type,
    mode: input.mode ?? (input.address.startsWith('data.') ? 'data' : 'managed'),
    file,
    location: () => ({ file, line }),
    attributeLocation: () => undefined,
    get(path: AttrPath): AttrValue {
      if (path.length > 0 && roots.has(String(path[0]))) {
        let prefix = '';
        for (const segment of path) {
          prefix = prefix === '' ? String(segment) : `${prefix}.${String(segment)}`;
          const u = unknowns.get(prefix);
          if (u !== undefined) return u;
        }
      }
      let current: unknown = values;
      for (const segment of path) {
        if (Array.isArray(current)) {
          if (typeof segment !== 'number' || segment < 0 || segment >= current.length) return ABSENT;
          current = current[segment];
        } else if (typeof current === 'object' && current !== null) {
          if (typeof segment !== 'string' || !Object.hasOwn(current, segment)) return ABSENT;
          current = (current as Record<string, unknown>)[segment];
        } else {
          return ABSENT;
        }
      }
      return current === null || current === undefined ? ABSENT : { state: 'known', value: current };
    },
  };
}

/** An AttrRef to `address`, attribute `id` unless given. */
export function ref(address: string, ...attribute: (string | number)[]): AttrRef {
  return { address, attribute: attribute.length > 0 ? attribute : ['id'] };
}

/** An unknown value the provider computes because the configuration does not set it. */
export const COMPUTED: FakeUnknown = Object.freeze({ computed: true });

/** An unknown value ("known after apply") that comes from `address.attribute` (default `id`). */
export function linkedTo(address: string, ...attribute: (string | number)[]): FakeUnknown {
  return { refs: [ref(address, ...attribute)] };
}

type Options = Omit<FakeResourceInput, 'address' | 'type' | 'values'>;

/** A managed Terraform resource `type.name`. */
export function tf(type: string, name: string, values: Record<string, unknown> = {}, options: Options = {}): SourceResource {
  return fakeResource({ address: `${type}.${name}`, type, values, ...options });
}

/** A Terraform data source `data.type.name`. */
export function tfData(type: string, name: string, values: Record<string, unknown> = {}, options: Options = {}): SourceResource {
  return fakeResource({ address: `data.${type}.${name}`, type, values, mode: 'data', ...options });
}

/** `aws_vpc.name` with a primary IPv4 block. */
export function tfVpc(name: string, cidr: string, values: Record<string, unknown> = {}, options: Options = {}): SourceResource {
  return tf('aws_vpc', name, { cidr_block: cidr, ...values }, options);
}

/** `aws_subnet.name` in `aws_vpc.<vpc>` (vpc_id known after apply, linked by reference). */
export function tfSubnet(
  name: string,
  vpc: string,
  cidr: string,
  values: Record<string, unknown> = {},
  options: Options = {},
): SourceResource {
  return tf('aws_subnet', name, { cidr_block: cidr, ...values }, {
    ...options,
    unknown: { vpc_id: linkedTo(`aws_vpc.${vpc}`), ...options.unknown },
  });
}

/** A known value, as a provider setting or an attribute read gives it. */
export function known(value: unknown): AttrValue {
  return { state: 'known', value };
}

/**
 * `aws_vpc_peering_connection.name` (its `id` known after apply) from `requester` to `accepter`:
 * each side a resource address (`aws_vpc.a`, linked by reference), a `vpc-…` ID, or an unknown.
 */
export function tfPeering(name: string, requester: string | FakeUnknown, accepter: string | FakeUnknown): SourceResource {
  const values: Record<string, unknown> = {};
  const unknown: Record<string, FakeUnknown> = { id: {} };
  for (const [attr, side] of [
    ['vpc_id', requester],
    ['peer_vpc_id', accepter],
  ] as const) {
    if (typeof side !== 'string') unknown[attr] = side;
    else if (side.startsWith('vpc-')) values[attr] = side;
    else unknown[attr] = linkedTo(side);
  }
  return tf('aws_vpc_peering_connection', name, values, { unknown });
}

/**
 * `aws_vpc_ipv4_cidr_block_association.name`: a secondary IPv4 block of `aws_vpc.<vpc>`, or one
 * allocated from an IPAM pool (its `cidr_block` unknown until apply).
 */
export function tfSecondaryCidr(name: string, vpc: string, cidr: string | { pool: string }): SourceResource {
  return typeof cidr === 'string'
    ? tf('aws_vpc_ipv4_cidr_block_association', name, { cidr_block: cidr }, { unknown: { vpc_id: linkedTo(`aws_vpc.${vpc}`) } })
    : tf('aws_vpc_ipv4_cidr_block_association', name, { ipv4_ipam_pool_id: cidr.pool }, {
        unknown: { vpc_id: linkedTo(`aws_vpc.${vpc}`), cidr_block: {} },
      });
}

/** `aws_route_table_association.<subnet>`: `aws_subnet.<subnet>` uses `aws_route_table.<table>`. */
export function tfAssociation(subnet: string, table: string): SourceResource {
  return tf('aws_route_table_association', subnet, {}, {
    unknown: { subnet_id: linkedTo(`aws_subnet.${subnet}`), route_table_id: linkedTo(`aws_route_table.${table}`) },
  });
}
