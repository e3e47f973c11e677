/**
 * One resource (or data source) instance of a `.tf` module as a SourceResource. Its attributes are
 * evaluated one top-level attribute at a time, on first read, so references between resources
 * (two security groups that name each other) never evaluate a body in a circle. Nested blocks
 * become lists of objects, as in plan JSON, with `dynamic` blocks expanded in source order among
 * the literal ones; each element remembers where its block is written, for attributeLocation.
 */
import type { AttrPath, AttrRef, AttrValue, ProviderSettings, SourceLocation, SourceResource, SuppressionComment } from '../source.js';
import type { FileComments } from '../suppression-comments.js';
import { isRecord, own, type JsonObject, type ResourceDecl } from './config.js';
import { Scope, evaluate, evaluateJson, parseCached } from './evaluate.js';
import type { BlockNode, BodyNode, TextPosition } from './locate.js';
import { unsetAttribute } from './schema.js';
import { EvalError, Lazy, ObjectValue, Unknown, resolved, toPlain, type Value } from './values.js';

/** Meta-arguments of a resource block: not attributes of the resource. */
const META = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'provisioner', 'connection']);

const ABSENT: AttrValue = Object.freeze({ state: 'absent' });
const COMPUTED: AttrValue = Object.freeze({ state: 'unknown', reason: 'known after apply', refs: Object.freeze([]), computed: true });
const IN_PROGRESS = Symbol('in progress');

/** Where the elements of a nested block attribute are written, recursively. */
interface Loc {
  /** The block's header (for a nested block), absent for the resource body itself. */
  readonly at: TextPosition | undefined;
  readonly body: BodyNode | undefined;
  readonly blocks: Map<string, readonly Loc[]>;
}

type BlockSource = { readonly dynamic: false; readonly json: JsonObject; readonly node: BlockNode | undefined } | { readonly dynamic: true; readonly json: JsonObject; readonly node: BlockNode | undefined };

type Entry = { readonly kind: 'attr'; readonly json: unknown } | { readonly kind: 'blocks'; readonly items: readonly BlockSource[] };

/** The top-level items of a body: attributes, and block lists (literal and dynamic, in source order). */
function indexBody(json: JsonObject, node: BodyNode | undefined, skip: ReadonlySet<string> | undefined): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  // Made for a body that has blocks (most have none).
  let statics: Map<string, JsonObject[]> | undefined;
  let dynamics: Map<string, JsonObject[]> | undefined;
  for (const key of Object.keys(json)) {
    if (skip?.has(key)) continue;
    const v = json[key];
    if (key === 'dynamic' && isRecord(v)) {
      for (const type of Object.keys(v)) {
        const list = v[type];
        if (Array.isArray(list)) (dynamics ??= new Map()).set(type, list.filter(isRecord));
      }
      continue;
    }
    if (Array.isArray(v) && v.length > 0 && v.every(isRecord)) (statics ??= new Map()).set(key, v as JsonObject[]);
    // `x = null` leaves the argument unset, as if it were not written.
    else if (v !== null) entries.set(key, { kind: 'attr', json: v });
  }
  if (statics === undefined && dynamics === undefined) return entries;
  statics ??= new Map();
  dynamics ??= new Map();
  for (const type of new Set([...statics.keys(), ...dynamics.keys()])) {
    const s = statics.get(type) ?? [];
    const d = dynamics.get(type) ?? [];
    const sNodes = node?.blocks.filter((b) => b.type === type) ?? [];
    const dNodes = node?.blocks.filter((b) => b.type === 'dynamic' && b.labels[0] === type) ?? [];
    const items: BlockSource[] = [];
    if (node !== undefined && sNodes.length === s.length && dNodes.length === d.length) {
      // Source order, as Terraform builds the list.
      let si = 0;
      let di = 0;
      for (const b of node.blocks) {
        if (b.type === type) items.push({ dynamic: false, json: s[si++] as JsonObject, node: b });
        else if (b.type === 'dynamic' && b.labels[0] === type) items.push({ dynamic: true, json: d[di++] as JsonObject, node: b });
      }
    } else {
      s.forEach((json, i) => items.push({ dynamic: false, json, node: sNodes.length === s.length ? sNodes[i] : undefined }));
      d.forEach((json, i) => items.push({ dynamic: true, json, node: dNodes.length === d.length ? dNodes[i] : undefined }));
    }
    entries.set(type, { kind: 'blocks', items });
  }
  return entries;
}

const bodyIndexes = new WeakMap<JsonObject, Map<string, Entry>>();

function indexed(json: JsonObject, node: BodyNode | undefined, skip?: ReadonlySet<string>): Map<string, Entry> {
  let entries = bodyIndexes.get(json);
  if (entries === undefined) bodyIndexes.set(json, (entries = indexBody(json, node, skip)));
  return entries;
}

function evalError(error: unknown): Unknown {
  if (error instanceof EvalError) return new Unknown(error.message);
  throw error;
}

/** The name a dynamic block's iterator is known by: `iterator = rule`, or the block type. */
function iteratorName(json: JsonObject, type: string): string {
  const it = own(json, 'iterator');
  if (typeof it !== 'string') return type;
  const e = parseCached(it);
  const inner = e.k === 'wrap' ? e.e : e;
  if (inner.k === 'var') return inner.name;
  if (inner.k === 'lit' && typeof inner.v === 'string') return inner.v;
  return type;
}

/** Evaluates a nested block's body: an object of its attributes and nested block lists. */
function evaluateNestedBody(json: JsonObject, node: BodyNode | undefined, at: TextPosition | undefined, scope: Scope): { value: ObjectValue; loc: Loc } {
  const out = new Map<string, Value>();
  const loc: Loc = { at, body: node, blocks: new Map() };
  for (const [name, entry] of indexed(json, node)) {
    if (entry.kind === 'attr') {
      try {
        out.set(name, evaluateJson(entry.json, scope));
      } catch (error) {
        out.set(name, evalError(error));
      }
    } else {
      const r = evaluateBlocks(name, entry.items, scope);
      out.set(name, r.value);
      loc.blocks.set(name, r.locs);
    }
  }
  return { value: new ObjectValue(out), loc };
}

/** A list of nested blocks of one type: literal ones, and the expansion of dynamic ones. */
function evaluateBlocks(type: string, items: readonly BlockSource[], scope: Scope): { value: Value; locs: Loc[] } {
  const values: Value[] = [];
  const locs: Loc[] = [];
  for (const item of items) {
    if (!item.dynamic) {
      const r = evaluateNestedBody(item.json, item.node?.body, item.node, scope);
      values.push(r.value);
      locs.push(r.loc);
      continue;
    }
    let collection: Value;
    try {
      collection = resolved(evaluateJson(own(item.json, 'for_each'), scope));
    } catch (error) {
      collection = evalError(error);
    }
    if (collection instanceof Unknown) {
      return { value: new Unknown(`the dynamic "${type}" blocks depend on a for_each that is unknown: ${collection.reason}`), locs: [] };
    }
    let pairs: (readonly [Value, Value])[];
    if (Array.isArray(collection)) pairs = (collection as readonly Value[]).map((v, i) => [i, v] as const);
    else if (collection instanceof ObjectValue) pairs = [...collection.entries];
    else if (collection === null) pairs = [];
    else return { value: new Unknown(`the for_each of a dynamic "${type}" block must be a collection`), locs: [] };
    const contents = own(item.json, 'content');
    const content = Array.isArray(contents) && isRecord(contents[0]) ? contents[0] : {};
    const contentNode = item.node?.body.blocks.find((b) => b.type === 'content');
    const name = iteratorName(item.json, type);
    for (const [key, value] of pairs) {
      const inner = scope.with(new Map([[name, new ObjectValue([['key', key], ['value', value]])]]));
      const r = evaluateNestedBody(content, contentNode?.body, contentNode ?? item.node, inner);
      values.push(r.value);
      locs.push(r.loc);
    }
  }
  return { value: values, locs };
}

/** What a HclResource needs from its module instance. */
export interface InstanceContext {
  /** SourceResource.file of every resource of the root module being linted. */
  readonly unit: string;
  readonly decl: ResourceDecl;
  readonly address: string;
  readonly scope: Scope;
  /** The provider configuration the resource uses, if the reader can tell. */
  readonly provider: () => ProviderSettings | undefined;
  /** The suppression comments of a file the reader read, by its display path. */
  readonly comments?: (file: string) => FileComments | undefined;
}

export class HclResource implements SourceResource {
  readonly format = 'terraform-hcl' as const;
  readonly address: string;
  readonly type: string;
  readonly mode: 'managed' | 'data';
  readonly file: string;
  readonly #decl: ResourceDecl;
  readonly #scope: Scope;
  readonly #provider: () => ProviderSettings | undefined;
  readonly #comments: ((file: string) => FileComments | undefined) | undefined;
  readonly #values = new Map<string, Value | typeof IN_PROGRESS>();
  /** Where the elements of each nested block attribute evaluated so far are written (made on the first). */
  #locs: Map<string, readonly Loc[]> | undefined;
  #lazy: Lazy | undefined;
  #index: Map<string, Entry> | undefined;

  constructor(ctx: InstanceContext) {
    this.address = ctx.address;
    this.type = ctx.decl.type;
    this.mode = ctx.decl.mode;
    this.file = ctx.unit;
    this.#decl = ctx.decl;
    this.#scope = ctx.scope;
    this.#provider = ctx.provider;
    this.#comments = ctx.comments;
  }

  provider(): ProviderSettings | undefined {
    return this.#provider();
  }

  /** Whether the resource's configuration writes a top-level attribute or block (dynamic blocks included). */
  configures(attribute: string): boolean {
    return this.#entries.has(attribute);
  }

  get #entries(): Map<string, Entry> {
    this.#index ??= indexBody(this.#decl.body, this.#decl.node?.body, META);
    return this.#index;
  }

  location(): SourceLocation {
    const n = this.#decl.node;
    return n === undefined ? { file: this.#decl.file, line: 1 } : { file: this.#decl.file, line: n.line, column: n.column };
  }

  /** The `vpclint:ignore` comments on the block's first line and directly above it. */
  suppressionComments(): readonly SuppressionComment[] {
    const where = this.location();
    return this.#comments?.(where.file)?.at(where.line) ?? [];
  }

  attributeLocation(path: AttrPath): SourceLocation | undefined {
    const file = this.#decl.file;
    let body = this.#decl.node?.body;
    let blocks: ReadonlyMap<string, readonly Loc[]> | undefined;
    let found: TextPosition | undefined;
    for (let i = 0; i < path.length; i++) {
      const step = path[i];
      if (typeof step !== 'string') break;
      if (i === 0) {
        this.attribute(step);
        blocks = this.#locs;
      }
      // Blocks written with attribute syntax (`route = [{ ... }]`) are located at the attribute.
      const attr = body?.attributes.get(step);
      if (attr !== undefined) found = attr;
      const list = blocks?.get(step);
      if (list === undefined) break;
      const index = path[i + 1];
      // A path that ends at a block name (`['requester']`) means the block itself: its first one.
      if (index === undefined && list.length > 0 && list[0]?.at !== undefined) {
        found = list[0].at;
        break;
      }
      if (typeof index !== 'number') break;
      const loc = list[index];
      if (loc === undefined || loc.at === undefined) break;
      found = loc.at;
      body = loc.body;
      blocks = loc.blocks;
      i++;
    }
    return found === undefined ? undefined : { file, line: found.line, column: found.column };
  }

  /** A top-level attribute as configured (evaluated once), or undefined when the configuration does not set it. */
  attribute(name: string): Value | undefined {
    const cached = this.#values.get(name);
    if (cached === IN_PROGRESS) return new Unknown(`${this.address}.${name} refers to itself`);
    if (cached !== undefined) return cached;
    const entry = this.#entries.get(name);
    if (entry === undefined) return undefined;
    this.#values.set(name, IN_PROGRESS);
    let v: Value;
    if (entry.kind === 'attr') {
      try {
        v = evaluateJson(entry.json, this.#scope);
      } catch (error) {
        v = evalError(error);
      }
    } else {
      const r = evaluateBlocks(name, entry.items, this.#scope);
      v = r.value;
      (this.#locs ??= new Map()).set(name, r.locs);
    }
    this.#values.set(name, v);
    return v;
  }

  #unsetReason(): string {
    return `${this.address} is read from AWS when Terraform plans; vpclint does not read AWS`;
  }

  get(path: AttrPath): AttrValue {
    const top = path[0];
    if (typeof top !== 'string') return ABSENT;
    let node: Value | undefined;
    try {
      node = this.attribute(top);
    } catch (error) {
      return { state: 'unknown', reason: `vpclint could not evaluate this value (${error instanceof Error ? error.message : String(error)})`, refs: [] };
    }
    if (node === undefined) {
      if (this.mode === 'data') return { state: 'unknown', reason: this.#unsetReason(), refs: [] };
      return unsetAttribute(this.type, top) === 'absent' ? ABSENT : COMPUTED;
    }
    for (let i = 1; i < path.length; i++) {
      if (node instanceof Lazy) node = node.whole();
      if (node instanceof Unknown) break;
      const step = path[i] as string | number;
      if (Array.isArray(node) && typeof step === 'number') node = (node as readonly Value[])[step];
      else if (node instanceof ObjectValue && typeof step === 'string') node = node.get(step);
      else return ABSENT;
      if (node === undefined) return ABSENT;
    }
    if (node instanceof Lazy) node = node.whole();
    if (node instanceof Unknown) return { state: 'unknown', reason: node.reason, refs: node.refs };
    if (node === null) return ABSENT;
    return { state: 'known', value: toPlain(node) };
  }

  /** The instance as other expressions see it: `aws_vpc.a.id`, `each.value.cidr_block`. */
  asValue(): Lazy {
    this.#lazy ??= new Lazy(
      this.address,
      (name) => this.#reference(name),
      () => new Unknown(`${this.address} is a whole resource, not a value`, [{ address: this.address, attribute: [] }]),
    );
    return this.#lazy;
  }

  #reference(name: string): Value {
    const ref: AttrRef = { address: this.address, attribute: [name] };
    const v = this.attribute(name);
    if (v === undefined) {
      if (this.mode === 'data') return new Unknown(this.#unsetReason(), [ref]);
      return unsetAttribute(this.type, name) === 'absent' ? null : new Unknown('known after apply', [ref]);
    }
    if (v instanceof Unknown) return new Unknown(v.reason, [ref, ...v.refs]);
    return v;
  }
}

/** Evaluates a meta-argument (count, for_each) of a block in a scope; errors become Unknowns. */
export function evaluateMeta(json: unknown, scope: Scope): Value {
  try {
    return resolved(typeof json === 'string' ? evaluate(parseCached(json), scope) : evaluateJson(json, scope));
  } catch (error) {
    return evalError(error);
  }
}
