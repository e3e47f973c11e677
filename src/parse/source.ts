/**
 * Source resources: what a parser hands to the model builder. A parser knows its own format and
 * nothing else; the builder knows AWS and nothing of file formats. This file is the contract
 * between them; it lives in parse/ because dependencies flow parse → model (parse/ never imports
 * model/).
 */

/**
 * `config`: resources described in vpclint's own configuration file, not in a linted file: the
 * `inventory` (VPCs and route tables managed elsewhere) and, as subjects of diagnostics about
 * them, its `ignore` entries.
 */
export type SourceFormat = 'terraform-plan' | 'terraform-hcl' | 'cloudformation' | 'config';

/** Where something is written. `file` is the path as the user gave it (relative to cwd). */
export interface SourceLocation {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column?: number;
  readonly endLine?: number;
}

/** A module call a resource is instantiated through: `module.spoke["a"]`, where its block is written. */
export interface ModuleCallLocation {
  /** The module instance's address (`module.spoke["a"]`, `module.net.module.subnets`). */
  readonly address: string;
  /** The `module` block in the calling module's `.tf` file. */
  readonly location: SourceLocation;
  /**
   * For the call of a module `terraform init` installed (registry, git…), whose files are under
   * `.terraform/` (not in the pull request, usually git-ignored): where the resource is written in
   * that module's files. The resource's `location()` is then this call's `location`.
   */
  readonly installedSource?: SourceLocation;
}

/**
 * Where a plan resource comes from, when the configuration the plan was made from was found: its
 * `location()` is then the `.tf` block, and this keeps the plan's own position and the module
 * calls (root first) that instantiate it.
 */
export interface ResourceOrigin {
  /** Where the plan file lists the resource. */
  readonly plan: SourceLocation;
  readonly moduleCalls: readonly ModuleCallLocation[];
}

/** A path into a resource's attribute tree: `['route', 0, 'cidr_block']`. */
export type AttrPath = readonly (string | number)[];

/**
 * A reference to an attribute of another resource instance, already resolved by the parser
 * through its own language (Terraform module inputs/outputs, CloudFormation Ref/GetAtt).
 * `address` is a full instance address (`module.net.aws_vpc.this["app"]`), `attribute` the path
 * inside it (`['id']`, `['cidr_block']`).
 *
 * An empty `attribute` means the resource itself: Terraform 0.12 plans list references such as
 * `aws_vpc.test-vpc` with no attribute, and later plans do the same when the instance index is
 * an expression (`aws_vpc.this[each.key].id` is listed as `aws_vpc.this` and `each.key`). The
 * builder treats it like `['id']`.
 */
export interface AttrRef {
  readonly address: string;
  readonly attribute: AttrPath;
  /**
   * The file of the referenced resource, when it is not the referencing resource's file: a
   * CloudFormation `Fn::ImportValue` resolved to another template's export. Absent: same file.
   */
  readonly file?: string;
}

/** The value of one attribute as the parser sees it. */
export type AttrValue =
  | { readonly state: 'known'; readonly value: unknown }
  | {
      readonly state: 'unknown';
      /** Why it is unknown, for a person: "known after apply", "variable vpc_id has no value". */
      readonly reason: string;
      /** Resources this value comes from, when the parser could link them; most specific first. */
      readonly refs: readonly AttrRef[];
      /**
       * True when the configuration does not set this attribute at all (no expression for it, and
       * no dynamic block), so the value is computed by the provider, not by the code being linted.
       * Only set when the reader is sure (the resource's configuration was found). Plan JSON leaves
       * `dynamic` blocks out of its configuration, so a plan reader cannot see them: an attribute
       * written only as a dynamic block whose for_each is unknown at plan time reads as computed.
       */
      readonly computed?: boolean;
    }
  | { readonly state: 'absent' };

/**
 * The provider configuration a resource is managed with, as far as the source says: the region
 * and account it works in. Values follow AttrValue: known (a literal region, the account of an
 * assumed role's ARN), unknown with the reason (an expression vpclint does not evaluate, such as
 * `region = var.region`), or absent (not set, so it comes from the environment: AWS_REGION, a
 * profile, the credentials). Readers never guess: an unset or unevaluated value stays so.
 */
export interface ProviderSettings {
  /** How the source names the configuration, for messages: `aws`, `aws.us`, `module.net:aws`. */
  readonly name: string;
  /** The configuration's alias (`us` for `aws.us`), when it has one. */
  readonly alias?: string;
  readonly region: AttrValue;
  readonly accountId: AttrValue;
}

/**
 * A suppression written in the source's own structure (CloudFormation `Metadata: { vpclint: {
 * ignore: [...] } }`), as the reader finds it; the engine checks it (known rule, reason, date).
 * Comment directives (`# vpclint:ignore ...`) are handed over apart, as `SuppressionComment`s.
 */
export interface SuppressionDirective {
  /** Rule IDs or names as written (`NET401`, `open-ingress`). */
  readonly rules: readonly string[];
  /** The reason as written; undefined when none is written. */
  readonly reason?: string;
  /** The expiry date as written (`2027-03-31`); undefined when none is written. */
  readonly expires?: string;
  /** Where the directive is written. */
  readonly location: SourceLocation;
  /** What is wrong with its shape, when the reader can tell (`id` is a list, not a string). */
  readonly problem?: string;
}

/**
 * A suppression comment (`# vpclint:ignore NET401 reason="public ALB"`) a reader found with a
 * resource: on the line its block or logical ID starts, or in the run of comment lines directly
 * above it (parse/suppression-comments.ts finds them). The engine reads and checks the directive.
 */
export interface SuppressionComment {
  /** The comment's text after its `#` or `//`, starting with `vpclint:ignore` (after any spaces). */
  readonly text: string;
  /** Where the comment is written: its `#` or `//`. */
  readonly location: SourceLocation;
}

export interface SourceResource {
  readonly format: SourceFormat;
  /** Terraform address with module path and index, or a CloudFormation logical ID. */
  readonly address: string;
  /** Provider resource type: `aws_vpc`, `AWS::EC2::VPC`. */
  readonly type: string;
  /** `data` for Terraform data sources, `managed` otherwise. */
  readonly mode: 'managed' | 'data';
  /** The file this resource was read from, as given to vpclint. */
  readonly file: string;
  /**
   * The planned action, for plan JSON (`create`, `update`, `no-op`, `replace`, `read`); parsers
   * never hand over resources that the change deletes or forgets.
   */
  readonly action?: string;
  /** Where the resource is written. May be computed lazily (plan JSON scans its text once). */
  location(): SourceLocation;
  /** Where one attribute is written, when the format keeps positions; undefined otherwise. */
  attributeLocation(path: AttrPath): SourceLocation | undefined;
  /**
   * For a plan resource whose `.tf` sources were found (`location()` and `attributeLocation()` then
   * point into them): the plan position and the module calls. Undefined otherwise; optional: only
   * plan readers have it.
   */
  origin?(): ResourceOrigin | undefined;
  /**
   * One attribute's value: known (a plain JSON value, which may be an object or array whose own
   * leaves are read with longer paths), unknown with a reason and the references it came from,
   * or absent (null, missing). Never throws, whatever the input's shape.
   */
  get(path: AttrPath): AttrValue;
  /**
   * The provider configuration the resource uses (Terraform: the `provider_config_key` of its
   * configuration, aliases and module provider passing resolved), or undefined when the reader
   * cannot tell which one it is. Optional: readers without provider configurations
   * (CloudFormation, whose stack region and account are never in the template) leave it out, and
   * the builder then treats region and account as unknown.
   */
  provider?(): ProviderSettings | undefined;
  /**
   * Whether the resource's own configuration writes a top-level attribute or block (`route`,
   * `ingress`): true or false when the reader sees the configuration, undefined when it cannot.
   * It tells values written in the code from values only read back from state, such as an
   * existing route table's `route` list, which also holds the routes of standalone `aws_route`
   * resources. Optional: readers whose values are all written in the code (`.tf`,
   * CloudFormation) may leave it out. Plan JSON leaves `dynamic` blocks out of its configuration,
   * so for it a block written only as `dynamic` reads as not written.
   */
  configures?(attribute: string): boolean | undefined;
  /**
   * Suppressions written in the resource's structure (CloudFormation `Metadata`), in source
   * order. Optional: formats without such a place leave it out; comments are not returned here.
   */
  suppressions?(): readonly SuppressionDirective[];
  /**
   * The suppression comments written with the resource (see `SuppressionComment`), in source
   * order. Optional: formats without comments (plan JSON, CloudFormation JSON) leave it out.
   */
  suppressionComments?(): readonly SuppressionComment[];
}
