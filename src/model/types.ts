/**
 * The normalized network model every rule reads. Rules never see HCL, plan JSON or
 * CloudFormation: only these objects. The model is a read-only object graph (a subnet knows its
 * VPC, a VPC knows its subnets), built once by `buildModel`.
 */
import type { Cidr } from '../parse/cidr-text.js';
import type { AttrPath, SourceResource } from '../parse/source.js';
import type { Tri } from './tri.js';

export type { Tri } from './tri.js';
export type { AttrPath, SourceResource, SourceLocation } from '../parse/source.js';
export type { Cidr } from '../parse/cidr-text.js';

/** What a finding or an unresolved check is about: a resource, and optionally an attribute in it. */
export interface Subject {
  readonly resource: SourceResource;
  readonly path?: AttrPath;
}

/** Every CIDR literal the builder read, valid or not, so NET001 can check them all in one place. */
export interface CidrLiteral {
  readonly subject: Subject;
  readonly text: string;
  /** The parsed block, or why it does not parse. */
  readonly result: { readonly ok: true; readonly cidr: Cidr } | { readonly ok: false; readonly error: string };
}

export type CidrBlockKind = 'ipv4-primary' | 'ipv4-secondary' | 'ipv6';

export interface CidrBlock {
  readonly kind: CidrBlockKind;
  readonly cidr: Tri<Cidr>;
  /** Where the block is declared: the VPC's `cidr_block`, or an association resource. */
  readonly subject: Subject;
  /**
   * An Amazon-provided IPv6 block (`assign_generated_ipv6_cidr_block`): unknown until apply, but
   * AWS allocates these from its own pool, so two of them never overlap each other.
   */
  readonly amazonProvided?: boolean;
}

/** Anything in the model that has a name people read in messages. */
export interface Labelled {
  /** Unique in the model: the resource address, or `vpc-0abc…` for something known only by ID. */
  readonly key: string;
  /** What messages call it: the address, or the real ID for external things. */
  readonly label: string;
  /** The resource that declares it; absent for things known only by ID (external VPCs). */
  readonly resource?: SourceResource;
}

export interface Vpc extends Labelled {
  /** The real ID (`vpc-…`), known for existing VPCs and data sources. */
  readonly id: Tri<string>;
  /** The `Name` tag, if known. */
  readonly name?: string;
  /** True for a data source or a VPC known only by ID: it is not managed by the linted code. */
  readonly external: boolean;
  readonly cidrBlocks: readonly CidrBlock[];
  /**
   * Set when the list of blocks may be incomplete (a VPC known only by ID, a data source whose
   * blocks are unknown, a secondary association whose VPC could not be linked); the reason says
   * why. Rules that need every block report unresolved instead of passing.
   */
  readonly blocksIncomplete?: string;
  readonly enableDnsSupport: Tri<boolean>;
  readonly enableDnsHostnames: Tri<boolean>;
  readonly region: Tri<string>;
  readonly accountId: Tri<string>;
  readonly subnets: readonly Subnet[];
  readonly routeTables: readonly RouteTable[];
  /**
   * The table subnets without an explicit association use: an `aws_default_route_table`, the
   * target of an `aws_main_route_table_association`, or the table AWS creates with the VPC
   * (a synthetic RouteTable with `implicit: true` that holds only the routes added to it by ID).
   */
  readonly mainRouteTable: RouteTable;
  readonly peerings: readonly PeeringConnection[];
  readonly securityGroups: readonly SecurityGroup[];
}

export interface Subnet extends Labelled {
  readonly resource: SourceResource;
  readonly id: Tri<string>;
  readonly vpc: Tri<Vpc>;
  readonly cidr: Tri<Cidr>;
  readonly ipv6Cidr: Tri<Cidr>;
  /** The table the subnet uses: its explicit association, else its VPC's main table. */
  readonly routeTable: Tri<RouteTable>;
  /** True when `routeTable` comes from an explicit association. */
  readonly explicitAssociation: boolean;
  /**
   * The network ACL of an explicit association (CloudFormation
   * `AWS::EC2::SubnetNetworkAclAssociation`; Terraform `aws_network_acl_association`, or the
   * `subnet_ids` of an `aws_network_acl` / `aws_default_network_acl`); undefined when the subnet has
   * none, so it uses its VPC's default network ACL: the one modelled with `isDefault` (Terraform
   * `aws_default_network_acl`), else the one AWS creates, which allows all traffic.
   */
  readonly networkAcl?: Tri<NetworkAcl>;
}

export interface RouteTable extends Labelled {
  readonly id: Tri<string>;
  readonly vpc: Tri<Vpc>;
  /** This table is its VPC's main table. */
  readonly isMain: boolean;
  /** True for the main table AWS creates with a VPC when the code declares none. */
  readonly implicit: boolean;
  readonly routes: readonly Route[];
  /**
   * Set when `routes` may be incomplete (the inline `route` list is unknown until apply, or the
   * table belongs to a VPC outside the linted files); the reason says why. Rules that need every
   * route report unresolved instead of passing.
   */
  readonly routesIncomplete?: string;
  /** Subnets that use this table (explicitly, or through the main-table fallback). */
  readonly subnets: readonly Subnet[];
  /**
   * Whether the code itself writes the table's inline route list (route blocks, or an explicit
   * empty list), which the provider then treats as the complete set of routes. False when the
   * routes marked `inline` are only read back from state (an existing table's recorded routes
   * include those of standalone route resources). Unknown when the reader cannot tell; absent
   * (undefined) for formats without inline routes and for tables the code does not declare.
   */
  readonly writesInlineRoutes?: Tri<boolean>;
}

export type RouteTargetKind =
  | 'gateway'
  | 'nat-gateway'
  | 'transit-gateway'
  | 'network-interface'
  | 'vpc-endpoint'
  | 'egress-only-gateway'
  | 'carrier-gateway'
  | 'local-gateway'
  | 'core-network'
  | 'local';

export type RouteTarget =
  | { readonly kind: 'peering'; readonly peering: Tri<PeeringConnection> }
  | { readonly kind: RouteTargetKind; readonly id: Tri<string> }
  /** No target attribute is known (all unknown or none set). */
  | { readonly kind: 'unknown'; readonly reason: string };

export interface Route {
  /** Unique in the model: the route resource's address, or the table's address plus `route[i]`. */
  readonly key: string;
  /** The `aws_route` resource, or the table with path `['route', i]` for an inline route. */
  readonly subject: Subject;
  readonly routeTable: Tri<RouteTable>;
  /** True when written as an inline `route` block of the table. */
  readonly inline: boolean;
  /** IPv4 or IPv6 destination; absent for a prefix-list destination. */
  readonly destination: Tri<Cidr>;
  /** Path of the destination attribute inside the subject, for locations. */
  readonly destinationPath: AttrPath;
  readonly destinationPrefixListId: Tri<string>;
  readonly target: RouteTarget;
}

export interface PeeringOptions {
  readonly allowRemoteVpcDnsResolution: Tri<boolean>;
}

/** The DNS options written on the requesting resource itself, with where each is written. */
export interface RequestedPeeringOptions {
  readonly requester: PeeringOptions;
  readonly accepter: PeeringOptions;
  /** Paths of the option blocks written (`['requester']`), for locations; empty when none is. */
  readonly paths: readonly AttrPath[];
}

export interface PeeringConnection extends Labelled {
  /** The requester-side resource, or the accepter resource when only that side is in scope. */
  readonly resource: SourceResource;
  /** The `aws_vpc_peering_connection_accepter` for this connection, when one is in scope. */
  readonly accepterResource?: SourceResource;
  /** `aws_vpc_peering_connection_options` resources for this connection. */
  readonly optionsResources: readonly SourceResource[];
  readonly id: Tri<string>;
  readonly requester: Tri<Vpc>;
  readonly accepter: Tri<Vpc>;
  readonly peerOwnerId: Tri<string>;
  readonly peerRegion: Tri<string>;
  readonly autoAccept: Tri<boolean>;
  readonly requesterOptions: PeeringOptions;
  readonly accepterOptions: PeeringOptions;
  /**
   * The region the connection is requested in (the requester side), from the requesting
   * resource's own region or provider configuration. Undefined when the format or the resource
   * cannot say (an accepter-only connection, CloudFormation).
   */
  readonly region?: Tri<string>;
  /** The account that requests the connection (the requester side); undefined like `region`. */
  readonly accountId?: Tri<string>;
  /**
   * The connection's status as last recorded (`active`, `pending-acceptance`, ...): known for
   * connections that already exist, unknown for new ones; undefined when the format has none.
   */
  readonly acceptStatus?: Tri<string>;
  /**
   * DNS options written on the requesting resource itself, which the provider applies as soon as
   * it has created the connection (they fail unless it is active by then); undefined when the
   * format has no such options.
   */
  readonly requestedOptions?: RequestedPeeringOptions;
}

export interface SecurityGroup extends Labelled {
  readonly resource: SourceResource;
  readonly id: Tri<string>;
  readonly vpc: Tri<Vpc>;
  readonly name: Tri<string>;
  /** `aws_default_security_group`. */
  readonly isDefault: boolean;
  /** Inline rules and rule resources attached to this group. */
  readonly rules: readonly SecurityGroupRule[];
  /**
   * Whether the code itself writes the group's inline `ingress` / `egress` rule lists (blocks, or
   * an explicit empty list), which the provider then treats as the complete set of rules of that
   * direction. False when inline rules are only read back from state. Undefined for formats
   * without inline rule lists.
   */
  readonly writesInlineRules?: { readonly ingress: Tri<boolean>; readonly egress: Tri<boolean> };
  /** The region the group is in (its resource's region or provider's); undefined when the format cannot say. */
  readonly region?: Tri<string>;
  /**
   * Where the group's region comes from when that is a provider configuration (file and
   * configuration name): two groups with the same source are in one region even when that
   * region is unknown (`region = var.region`). Undefined otherwise.
   */
  readonly regionSource?: string;
}

/** Protocol, normalized: `all` for -1/"all", names for 6/17/1/58, otherwise the number as text. */
export type Protocol = 'all' | 'tcp' | 'udp' | 'icmp' | 'icmpv6' | string;

export type RulePeer =
  | { readonly kind: 'cidr'; readonly cidr: Tri<Cidr>; readonly path: AttrPath }
  | { readonly kind: 'prefix-list'; readonly id: Tri<string>; readonly path: AttrPath }
  | {
      readonly kind: 'security-group';
      readonly group: Tri<SecurityGroup>;
      readonly id: Tri<string>;
      readonly path: AttrPath;
    }
  | { readonly kind: 'self'; readonly path: AttrPath };

export interface SecurityGroupRule {
  /** Unique in the model: the rule resource's address, or the group's plus `ingress[i]`. */
  readonly key: string;
  /**
   * True for a rule of the group's own inline `ingress` / `egress` list, false for a rule
   * resource; undefined when the builder of its format does not say.
   */
  readonly inline?: boolean;
  /** The rule resource, or the group with path `['ingress', i]` for an inline rule. */
  readonly subject: Subject;
  readonly group: Tri<SecurityGroup>;
  readonly direction: 'ingress' | 'egress';
  readonly protocol: Tri<Protocol>;
  /** For `all`, 0; for ICMP the type. */
  readonly fromPort: Tri<number>;
  /** For `all`, 65535; for ICMP the code. */
  readonly toPort: Tri<number>;
  /** Sources for ingress, destinations for egress. */
  readonly peers: readonly RulePeer[];
}

/**
 * A network ACL (stateless subnet firewall). Built from CloudFormation `AWS::EC2::NetworkAcl` and
 * Terraform `aws_network_acl` / `aws_default_network_acl`; the path engine (model/reach) reads
 * them. Models without any leave the model's lists undefined.
 */
export interface NetworkAcl extends Labelled {
  readonly resource: SourceResource;
  readonly id: Tri<string>;
  readonly vpc: Tri<Vpc>;
  /**
   * The VPC's default network ACL (Terraform `aws_default_network_acl`), which subnets without an
   * explicit association use. Its entries are exactly those written: the provider removes the
   * allow-all entries AWS creates.
   */
  readonly isDefault?: boolean;
  /** Entries attached to this ACL, in input order. */
  readonly entries: readonly NetworkAclEntry[];
  /** Set when `entries` may be incomplete (an inline list unknown until apply); the reason says why. */
  readonly entriesIncomplete?: string;
  /** Subnets explicitly associated with this ACL. */
  readonly subnets: readonly Subnet[];
  /** Set when `subnets` may be incomplete (a `subnet_ids` element or list unknown until apply): why. */
  readonly subnetsIncomplete?: string;
}

/** One numbered allow/deny entry of a network ACL. */
export interface NetworkAclEntry {
  /** Unique in the model: the entry resource's address. */
  readonly key: string;
  readonly subject: Subject;
  readonly acl: Tri<NetworkAcl>;
  /** Outbound entry (`Egress: true`, `egress = true`, or an `egress` block); inbound otherwise. */
  readonly egress: Tri<boolean>;
  readonly ruleNumber: Tri<number>;
  /** `allow` or `deny`, lower case. */
  readonly action: Tri<string>;
  readonly protocol: Tri<Protocol>;
  /** The IPv4 or IPv6 range the entry matches. */
  readonly cidr: Tri<Cidr>;
  /** Path of the CIDR attribute inside the subject, for locations. */
  readonly cidrPath: AttrPath;
  /** Port range for TCP/UDP (`all` protocols: 0-65535); ICMP type and code for ICMP. */
  readonly fromPort: Tri<number>;
  readonly toPort: Tri<number>;
}

export interface NetworkModel {
  readonly vpcs: readonly Vpc[];
  readonly subnets: readonly Subnet[];
  readonly routeTables: readonly RouteTable[];
  readonly routes: readonly Route[];
  readonly peerings: readonly PeeringConnection[];
  readonly securityGroups: readonly SecurityGroup[];
  readonly securityGroupRules: readonly SecurityGroupRule[];
  readonly cidrLiterals: readonly CidrLiteral[];
  /** Network ACLs, when any is built (CloudFormation, Terraform); undefined otherwise. */
  readonly networkAcls?: readonly NetworkAcl[];
  /** Entries of every network ACL, in input order; undefined like `networkAcls`. */
  readonly networkAclEntries?: readonly NetworkAclEntry[];
}
