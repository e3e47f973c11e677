/**
 * One resource instance of a plan, as a SourceResource. Values are read in place from the plan's
 * `change.after` (or `values`) and `after_unknown`, never copied. An unknown value is linked to
 * the configuration expression it comes from only when it is read, so reading a large plan costs
 * nothing for values no rule asks about.
 */
import type { AttrPath, AttrValue, ProviderSettings, ResourceOrigin, SourceLocation, SourceResource } from '../source.js';
import type { InstanceKey } from './address.js';
import { isExpression, isSet } from './config.js';
import { child, defineOwn, isRecord, own, type JsonObject } from './guards.js';
import type { AddressLocator } from './locate.js';
import type { PlanSources, ResourceSource } from './sources.js';
import type { ProviderConfigs } from './providers.js';
import { unknownFrom, type ModuleInstance, type Resolver } from './resolve.js';

export interface PlanContext {
  readonly file: string;
  readonly locator: AddressLocator;
  readonly resolver: Resolver;
  readonly providers: ProviderConfigs;
  /** The `.tf` sources the plan was made from, when they were found (sources.ts). */
  readonly sources?: PlanSources;
  /** Another resource of the plan by its address (for matching nested blocks to their source). */
  readonly resourceAt?: (address: string) => SourceResource | undefined;
  /**
   * Where a resource address sits in the plan's modules; undefined when it is not a resource
   * address, or when the plan has no configuration (then nothing asks where a resource sits).
   */
  readonly place: (address: string) => Placement | undefined;
}

/** A resource instance's module instance, its resource's configuration (when the plan has it) and its key. */
export interface Placement {
  readonly module: ModuleInstance;
  readonly config: JsonObject | undefined;
  readonly key: InstanceKey | undefined;
}

// `module.a["x"].module.b.` of a resource address: where references in its configuration point.
const MODULE_PREFIX = /^((?:module\.[A-Za-z0-9_-]+(?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?\.)*)/;
// A reference to one attribute of a single-instance resource: `aws_vpc.hub.cidr_block`.
const SIMPLE_REFERENCE = /^((?:data\.)?[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)$/;

const ABSENT: AttrValue = Object.freeze({ state: 'absent' });
const AFTER_APPLY: AttrValue = Object.freeze({ state: 'unknown', reason: 'known after apply', refs: Object.freeze([]) });
// Not set in the configuration, so the provider computes it (aws_route_table.route when every
// route is a standalone aws_route). The reason stays the plain one: the builder words it.
const COMPUTED: AttrValue = Object.freeze({ state: 'unknown', reason: 'known after apply', refs: Object.freeze([]), computed: true });
// Config blocks nested deeper than this are not real provider schemas.
const MAX_BLOCK_DEPTH = 64;

/** A nested-block attribute rebuilt from literal configuration blocks. */
interface Rebuilt {
  readonly value: unknown;
  readonly unknown: unknown;
}

type Found =
  | { readonly kind: 'expression'; readonly expression: JsonObject }
  | { readonly kind: 'none' }
  | { readonly kind: 'lost'; readonly reason: string };

const NONE: Found = { kind: 'none' };

export class PlanResource implements SourceResource {
  readonly address: string;
  readonly type: string;
  readonly mode: 'managed' | 'data';
  readonly action?: string;
  readonly #ctx: PlanContext;
  /**
   * Where the resource sits (Placement), read on the first request: its module instance (null
   * when the address is not one vpclint reads), configuration and key.
   */
  #module: ModuleInstance | null | undefined;
  #config: JsonObject | undefined;
  #key: InstanceKey | undefined;
  readonly #values: unknown;
  readonly #unknown: unknown;
  #rebuilt: Map<string, Rebuilt> | undefined;
  /** Unknown values already read, by `pathKey` (made on the first unknown read). */
  #unknowns: Map<string, AttrValue> | undefined;

  constructor(
    ctx: PlanContext,
    address: string,
    type: string,
    mode: 'managed' | 'data',
    action: string | undefined,
    values: unknown,
    unknown: unknown,
  ) {
    this.#ctx = ctx;
    this.address = address;
    this.type = type;
    this.mode = mode;
    if (action !== undefined) this.action = action;
    this.#values = values;
    this.#unknown = unknown;
  }

  // The format and the file are the same for every resource of a plan: read from the prototype
  // and the plan's context, they take no room in each of its (up to hundreds of thousands) resources.
  get format(): 'terraform-plan' {
    return 'terraform-plan';
  }

  get file(): string {
    return this.#ctx.file;
  }

  /** The `.tf` block when the plan's sources were found, else the plan's own position. */
  location(): SourceLocation {
    return this.#source()?.block ?? this.#planLocation();
  }

  /** Where an attribute is written in the `.tf` sources; a plan keeps no attribute positions. */
  attributeLocation(path: AttrPath): SourceLocation | undefined {
    return this.#source()?.attribute(path, (p) => this.get(p), (expression) => this.#referenced(expression));
  }

  origin(): ResourceOrigin | undefined {
    const source = this.#source();
    return source === undefined ? undefined : { plan: this.#planLocation(), moduleCalls: source.moduleCalls };
  }

  /** The plan's known value of a simple reference written in this resource's module (`aws_vpc.hub.cidr_block`). */
  #referenced(expression: string): unknown {
    const m = SIMPLE_REFERENCE.exec(expression);
    if (m === null) return undefined;
    const prefix = MODULE_PREFIX.exec(this.address)?.[1] ?? '';
    const v = this.#ctx.resourceAt?.(prefix + m[1]!)?.get([m[2]!]);
    return v?.state === 'known' ? v.value : undefined;
  }

  #planLocation(): SourceLocation {
    return { file: this.file, ...this.#ctx.locator.locate(this.address) };
  }

  #source(): ResourceSource | undefined {
    return this.#ctx.sources?.resource(this.address);
  }

  get(path: AttrPath): AttrValue {
    try {
      return this.#get(path);
    } catch (err) {
      // Nothing below should throw; if it does, the value is reported, not the crash.
      return { state: 'unknown', reason: `vpclint could not read this value (${err instanceof Error ? err.message : String(err)})`, refs: [] };
    }
  }

  #get(path: AttrPath): AttrValue {
    let node = this.#values;
    let unk = this.#unknown;
    let rebuilt = false;
    let key: string | undefined;
    for (let i = 0; i < path.length; i++) {
      if (unk === true) return this.#memoUnknown(path, i, rebuilt, key);
      const step = path[i]!;
      const stepUnknown = child(unk, step);
      if (i === 0 && stepUnknown === true && typeof step === 'string') {
        // An attribute unknown as a whole: a path read before is in the memo, which saves
        // looking for literal blocks to rebuild it from again.
        key = pathKey(path);
        const seen = this.#unknowns?.get(key);
        if (seen !== undefined) return seen;
        const r = this.#rebuild(step);
        if (r !== undefined) {
          rebuilt = true;
          node = r.value;
          unk = r.unknown;
          continue;
        }
      }
      node = child(node, step);
      unk = stepUnknown;
    }
    if (unk === true) return this.#memoUnknown(path, path.length, rebuilt, key);
    if (node === null || node === undefined) return ABSENT;
    return { state: 'known', value: node };
  }

  /**
   * An unknown value is resolved through the configuration once per path: the builder reads
   * some attributes (route_table_id, vpc_id) in several phases. Known values are not memoized
   * (reading them again is a walk down the plan), so only an unknown one makes a key. Nor are
   * the shared values without sources (an `id`, unset attributes): finding one again is a few
   * reads of the configuration, and fewer resources keep a memo (on a plan of 10k resources,
   * 8.6k of the 14.8k unknowns resolved are such values). `checkedKey` is a key #get has
   * already looked up and not found.
   */
  #memoUnknown(path: AttrPath, at: number, rebuilt: boolean, checkedKey?: string): AttrValue {
    const key = checkedKey ?? pathKey(path);
    let v = checkedKey === undefined ? this.#unknowns?.get(key) : undefined;
    if (v === undefined) {
      v = this.#unknownAt(path, at, rebuilt);
      if (v !== AFTER_APPLY && v !== COMPUTED) (this.#unknowns ??= new Map()).set(key, v);
    }
    return v;
  }

  /** The configuration named by the resource's `provider_config_key`, when the plan has it. */
  provider(): ProviderSettings | undefined {
    const key = own(this.#configResource(), 'provider_config_key');
    return typeof key === 'string' ? this.#ctx.providers.settings(key) : undefined;
  }

  /** Whether the configuration writes `attribute` (undefined without the resource's configuration). */
  configures(attribute: string): boolean | undefined {
    const cfg = this.#configResource();
    if (cfg === undefined) return undefined;
    return !isUnset(own(cfg, 'expressions'), attribute);
  }

  /** The resource's module instance, undefined when its address is not one vpclint reads (placed on the first call). */
  #placed(): ModuleInstance | undefined {
    if (this.#module === undefined) {
      const p = this.#ctx.place(this.address);
      this.#module = p === undefined ? null : p.module;
      this.#config = p?.config;
      this.#key = p?.key;
    }
    return this.#module ?? undefined;
  }

  #configResource(): JsonObject | undefined {
    this.#placed();
    return this.#config;
  }

  /**
   * A whole nested-block attribute that is unknown (a set with an unknown member often is) but
   * written as literal blocks in the configuration: rebuild it from the blocks, with constants
   * known and the other arguments unknown. Not for for_each resources, whose blocks usually depend
   * on each.value; `dynamic` blocks are not in plan JSON at all.
   */
  #rebuild(attr: string): Rebuilt | undefined {
    const cfg = this.#configResource();
    if (cfg === undefined || isSet(own(cfg, 'for_each_expression'))) return undefined;
    const e = own(own(cfg, 'expressions'), attr);
    if (isExpression(e)) {
      const c = own(e, 'constant_value');
      return Array.isArray(c) ? { value: c, unknown: undefined } : undefined;
    }
    if (!Array.isArray(e)) return undefined;
    this.#rebuilt ??= new Map();
    let r = this.#rebuilt.get(attr);
    if (r === undefined) {
      r = rebuildList(e, 0);
      this.#rebuilt.set(attr, r);
    }
    return r;
  }

  /**
   * An unknown value at `path` (unknown from step `at` on), with the sources of its expression;
   * marked computed when the configuration does not set its top-level attribute.
   */
  #unknownAt(path: AttrPath, at: number, rebuilt: boolean): AttrValue {
    const cfg = this.#configResource();
    if (cfg === undefined) return AFTER_APPLY;
    const expressions = own(cfg, 'expressions');
    const first = path[0];
    if (!rebuilt && typeof first === 'string' && isUnset(expressions, first)) return COMPUTED;
    if (!rebuilt && at === 1 && typeof first === 'string' && Array.isArray(own(expressions, first)) && isSet(own(cfg, 'for_each_expression'))) {
      return {
        state: 'unknown',
        reason: `known after apply; ${this.address} uses for_each, so vpclint does not rebuild its ${first} blocks from the configuration`,
        refs: [],
      };
    }
    const found = this.#findExpression(expressions, path, rebuilt);
    if (found.kind === 'lost') return { state: 'unknown', reason: found.reason, refs: [] };
    if (found.kind === 'none') return AFTER_APPLY;
    const module = this.#placed();
    if (module === undefined) return AFTER_APPLY;
    const forEach = own(own(cfg, 'for_each_expression'), 'references');
    return unknownFrom(this.#ctx.resolver.resolve(own(found.expression, 'references'), module, this.#key, forEach));
  }

  /**
   * The configuration expression that sets `path`: the attribute's expression, or inside nested
   * blocks the block's argument. Sets (route, ingress) are ordered differently in the plan than
   * in the configuration, so a plan element is matched to the one block whose constant arguments
   * equal its known values.
   */
  #findExpression(expressions: unknown, path: AttrPath, rebuilt: boolean): Found {
    let body = expressions;
    let after = this.#values;
    let unk = this.#unknown;
    for (let i = 0; i < path.length; ) {
      const step = path[i];
      if (typeof step !== 'string' || !isRecord(body)) return NONE;
      const entry = own(body, step);
      if (entry === undefined) return NONE;
      if (isExpression(entry)) return { kind: 'expression', expression: entry };
      after = child(after, step);
      unk = unk === true ? true : child(unk, step);
      if (Array.isArray(entry)) {
        const j = path[i + 1];
        if (typeof j !== 'number') return NONE;
        let block: unknown;
        if (rebuilt) {
          block = entry[j];
        } else {
          const m = matchBlock(entry, after, unk, j);
          if (m === undefined) {
            return { kind: 'lost', reason: `known after apply; vpclint cannot tell which ${step} block of the configuration ${step}[${j}] comes from` };
          }
          block = m;
        }
        after = child(after, j);
        unk = unk === true ? true : child(unk, j);
        body = block;
        i += 2;
        continue;
      }
      if (isRecord(entry)) {
        body = entry;
        i += 1;
        continue;
      }
      return NONE;
    }
    return NONE;
  }
}

/** A path as a map key, one per path: a one-step path is its name, any other its JSON after a NUL. */
function pathKey(path: AttrPath): string {
  const first = path[0];
  if (path.length === 1 && typeof first === 'string' && !first.includes('\u0000')) return first;
  return `\u0000${JSON.stringify(path)}`;
}

/**
 * True when a resource's configuration `expressions` do not set `attr`: no entry for it (Terraform
 * omits `expressions` for a resource with no arguments), or a literal `null`. Terraform also leaves
 * `dynamic` blocks out of them (jsonconfig decodes bodies against the provider schema only), so a
 * dynamic block cannot be seen here; AttrValue.computed says so.
 */
function isUnset(expressions: unknown, attr: string): boolean {
  if (expressions === undefined) return true;
  if (!isRecord(expressions)) return false;
  if (!Object.hasOwn(expressions, attr)) return true;
  const e = expressions[attr];
  return isExpression(e) && own(e, 'constant_value') === null && own(e, 'references') === undefined;
}

function rebuildList(blocks: readonly unknown[], depth: number): Rebuilt {
  const value: unknown[] = [];
  const unknown: unknown[] = [];
  for (const b of blocks) {
    if (isRecord(b) && depth < MAX_BLOCK_DEPTH) {
      const r = rebuildBlock(b, depth + 1);
      value.push(r.value);
      unknown.push(r.unknown);
    } else {
      value.push({});
      unknown.push(true);
    }
  }
  return { value, unknown };
}

function rebuildBlock(body: JsonObject, depth: number): Rebuilt {
  const value: Record<string, unknown> = {};
  const unknown: Record<string, unknown> = {};
  for (const key of Object.keys(body)) {
    const e = body[key];
    if (isExpression(e)) {
      const c = own(e, 'constant_value');
      if (c !== undefined) {
        if (c !== null) defineOwn(value, key, c);
      } else {
        defineOwn(unknown, key, true);
      }
    } else if (Array.isArray(e) && depth < MAX_BLOCK_DEPTH) {
      const r = rebuildList(e, depth);
      defineOwn(value, key, r.value);
      defineOwn(unknown, key, r.unknown);
    } else if (isRecord(e) && depth < MAX_BLOCK_DEPTH) {
      const r = rebuildBlock(e, depth + 1);
      defineOwn(value, key, r.value);
      defineOwn(unknown, key, r.unknown);
    } else {
      defineOwn(unknown, key, true);
    }
  }
  return { value, unknown };
}

/**
 * The configuration block a plan element comes from: the only block whose constant arguments
 * equal the element's known values (null constants match anything), or the only block when the
 * plan also has one element. Several identical blocks count as one.
 */
function matchBlock(blocks: readonly unknown[], afterList: unknown, unkList: unknown, j: number): unknown {
  if (blocks.length === 1 && Array.isArray(afterList) && afterList.length === 1 && j === 0) return blocks[0];
  const element = child(afterList, j);
  if (!isRecord(element)) return undefined;
  const unk = unkList === true ? true : child(unkList, j);
  if (unk === true) return undefined;
  const candidates = blocks.filter((b) => isRecord(b) && constantsMatch(b, element, unk));
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1) return candidates[0];
  const first = JSON.stringify(candidates[0]);
  return candidates.every((c) => JSON.stringify(c) === first) ? candidates[0] : undefined;
}

function constantsMatch(block: JsonObject, element: JsonObject, unk: unknown): boolean {
  for (const key of Object.keys(block)) {
    const e = block[key];
    if (!isExpression(e)) continue;
    const c = own(e, 'constant_value');
    if (c === undefined || c === null) continue;
    if (own(unk, key) === true) continue;
    if (!looselyEqual(c, own(element, key), 0)) return false;
  }
  return true;
}

/** Config constants against planned values: providers turn "80" into 80 and unset into "". */
function looselyEqual(c: unknown, a: unknown, depth: number): boolean {
  if (c === a) return true;
  if (depth > MAX_BLOCK_DEPTH) return false;
  if (isEmpty(c) && isEmpty(a)) return true;
  if (c === null) return true;
  if (Array.isArray(c)) {
    return Array.isArray(a) && a.length === c.length && c.every((x, i) => looselyEqual(x, a[i], depth + 1));
  }
  if (isRecord(c)) {
    return isRecord(a) && Object.keys(c).every((k) => looselyEqual(c[k], own(a, k), depth + 1));
  }
  const primitive = (x: unknown): boolean => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
  return primitive(c) && primitive(a) && String(c) === String(a);
}

function isEmpty(x: unknown): boolean {
  return x === null || x === undefined || x === '' || (Array.isArray(x) && x.length === 0) || (isRecord(x) && Object.keys(x).length === 0);
}
