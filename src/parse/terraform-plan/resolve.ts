/**
 * Follows configuration references to the resource instances an unknown value comes from.
 * A plan records, per expression, only the list of things it references. Resource references
 * link directly; `module.x.out` is followed into the module's output expression, `var.x` inside a
 * module into the parent's module-call argument, with `count.index`/`each.key` taken from the
 * referring instance. `each.value.id` is followed when the for_each is a whole resource
 * (`for_each = aws_subnet.private`): it is that resource's instance with the same key. Locals,
 * other `each.value`s and expressions over several sources cannot be followed from plan JSON:
 * they are reported as lost, with what they came from, so the model builder can fall back to
 * matching real IDs. Module outputs and inputs are memoized per module instance, so a plan of
 * 100k resources resolves in linear time.
 */
import type { AttrPath, AttrRef, AttrValue } from '../source.js';
import {
  canonicalKey,
  moduleInstancePrefix,
  parseTraversal,
  resourceInModule,
  stepsToString,
  type InstanceKey,
  type ModuleStep,
  type Step,
} from './address.js';
import { isExpression, type ConfigTree } from './config.js';
import { isRecord, own } from './guards.js';

export interface ModuleInstance {
  readonly steps: readonly ModuleStep[];
  /** Canonical prefix of the addresses inside it: `module.a["x"].module.b.`, empty for the root. */
  readonly prefix: string;
  /** Call names from the root, which select its configuration. */
  readonly names: readonly string[];
  readonly parent?: ModuleInstance;
}

/**
 * Interns module instances so per-instance memos share one object per instance. An instance is
 * found from its parent by call name, then key: every resource asks for its module instance, and
 * this builds no prefix string to look it up (a prefix is made once, with the instance).
 */
export class ModuleInstances {
  readonly #children = new WeakMap<ModuleInstance, Map<string, Map<InstanceKey | undefined, ModuleInstance>>>();
  readonly root: ModuleInstance = { steps: [], prefix: '', names: [] };

  of(steps: readonly ModuleStep[]): ModuleInstance {
    let inst = this.root;
    for (const s of steps) inst = this.child(inst, s);
    return inst;
  }

  child(parent: ModuleInstance, step: ModuleStep): ModuleInstance {
    let byName = this.#children.get(parent);
    if (byName === undefined) this.#children.set(parent, (byName = new Map()));
    let byKey = byName.get(step.name);
    if (byKey === undefined) byName.set(step.name, (byKey = new Map()));
    // Keys are told apart as canonicalKey tells them: 1 and "1" are two instances (Map keys are too).
    let inst = byKey.get(step.key);
    if (inst === undefined) {
      const prefix = parent.prefix + moduleInstancePrefix([step]);
      // `concat` sizes the lists exactly (a spread reserves room for 17 more): instances live for the run.
      inst = { steps: parent.steps.concat(step), prefix, names: parent.names.concat(step.name), parent };
      byKey.set(step.key, inst);
    }
    return inst;
  }
}

/**
 * Resource instances by module instance + resource (`module.a.aws_vpc.b`), then canonical key
 * (`[0]`, `["k"]`, empty without count or for_each). Most resources have one instance, with no
 * key: the index keeps its address alone rather than a map of one, for every resource of a plan.
 */
export class ResourceIndex {
  readonly #resources = new Map<string, string | Map<string, string>>();

  add(resource: string, key: string, address: string): void {
    const known = this.#resources.get(resource);
    if (known === undefined) {
      this.#resources.set(resource, key === '' ? address : new Map([[key, address]]));
    } else if (typeof known === 'string') {
      this.#resources.set(resource, new Map([['', known], [key, address]]));
    } else {
      known.set(key, address);
    }
  }

  /** Whether the plan has an instance of this resource. */
  has(resource: string): boolean {
    return this.#resources.has(resource);
  }

  /** The address of the resource's instance with this canonical key ('' for none). */
  instance(resource: string, key: string): string | undefined {
    const known = this.#resources.get(resource);
    return typeof known === 'string' ? (key === '' ? known : undefined) : known?.get(key);
  }

  /** The address of the resource's only instance, when it has exactly one. */
  only(resource: string): string | undefined {
    const known = this.#resources.get(resource);
    if (typeof known === 'string') return known;
    return known?.size === 1 ? known.values().next().value : undefined;
  }
}

export interface Lost {
  /** What the value came from: `local.peer_vpc_id`, `each.value`, `aws_vpc.this`. */
  readonly what: string;
  readonly reason: string;
}

export interface Sources {
  /** Distinct targets, in the order first found. */
  readonly targets: readonly AttrRef[];
  readonly lost: readonly Lost[];
}

const NO_LOST: readonly Lost[] = Object.freeze([]);
const NO_TARGETS: readonly AttrRef[] = Object.freeze([]);
const EMPTY: Sources = { targets: NO_TARGETS, lost: NO_LOST };
const MAX_DEPTH = 50;
// An expression with more references than this is not something vpclint can link anyway; the
// cap bounds the work per read on hostile input.
const MAX_REFERENCES = 256;

/**
 * Sources being collected. Most unknown values come from one target and nothing lost, so the set
 * makes no map and no key for its first target (keys, of address and attribute path, are made
 * from the second target on, to drop repeats) and no list of lost sources until one is lost.
 */
class SourceSet implements Sources {
  // The list starts as a literal of its first target: the unknown value keeps it as its `refs`
  // for the whole run, and a list grown from empty by push reserves room for 17.
  #targets: AttrRef[] | undefined;
  #lost: Lost[] | undefined;
  #keys: Set<string> | undefined;

  get targets(): readonly AttrRef[] {
    return this.#targets ?? NO_TARGETS;
  }

  get lost(): readonly Lost[] {
    return this.#lost ?? NO_LOST;
  }

  addTarget(ref: AttrRef): void {
    const targets = this.#targets;
    if (targets === undefined) {
      this.#targets = [ref];
      return;
    }
    if (this.#keys === undefined) this.#keys = new Set([targetKey(targets[0]!)]);
    const key = targetKey(ref);
    if (this.#keys.has(key)) return;
    this.#keys.add(key);
    targets.push(ref);
  }

  addLost(l: Lost): void {
    if (this.#lost === undefined) this.#lost = [l];
    else if (!this.#lost.some((x) => x.what === l.what)) this.#lost.push(l);
  }

  merge(other: Sources, extra: AttrPath): void {
    // Indexed (CONTRIBUTING.md, Performance): once per module output or variable followed.
    const targets = other.targets;
    for (let i = 0; i < targets.length; i++) {
      const t = targets[i]!;
      this.addTarget(extra.length === 0 ? t : { address: t.address, attribute: t.attribute.concat(extra) });
    }
    for (let i = 0; i < other.lost.length; i++) this.addLost(other.lost[i]!);
  }
}

/** A target's identity: its address and attribute path. */
function targetKey(ref: AttrRef): string {
  let key = ref.address;
  for (const p of ref.attribute) key += typeof p === 'number' ? `\u0000#${p}` : `\u0000.${p}`;
  return key;
}

interface ParsedRef {
  readonly steps: readonly Step[];
  readonly canon: string;
  /** For a reference to a resource (`aws_vpc.a.id`, `data.aws_vpc.a`): its parts, read once per text. */
  readonly resource?: ResourceRef;
}

/** A reference to a resource of the referring module: `aws_vpc.a["k"].cidr_block`. */
interface ResourceRef {
  /** The resource in its module: `aws_vpc.a`, `data.aws_vpc.a`. */
  readonly name: string;
  /** The instance key written after it (`["k"]`), if any. */
  readonly index?: InstanceKey;
  /** The attribute path after the name and any key or splat (`aws_vpc.a[*].id`), up to a later splat. */
  readonly attribute: AttrPath;
}

interface ReferenceList {
  /** References that are not traversals, in order. */
  readonly unreadable: readonly Lost[];
  readonly specific: readonly ParsedRef[];
  /** Whether one of them is `count.index` or `each.key`. */
  readonly indexedByInstance: boolean;
}

export class Resolver {
  readonly #memo = new Map<string, Sources | null>();
  readonly #parsed = new Map<string, ParsedRef | null>();
  /** References lists read, by array identity. */
  readonly #lists = new WeakMap<readonly unknown[], ReferenceList>();
  /** for_each references (by array identity: one per configuration block) -> the resource iterated. */
  readonly #forEachMemo = new WeakMap<object, string | null>();

  constructor(
    private readonly index: ResourceIndex,
    private readonly instances: ModuleInstances,
    private readonly config: ConfigTree,
    private readonly variables: unknown,
  ) {}

  /**
   * Where the value of an expression with these `references` comes from, evaluated in module
   * instance `inst` by a resource (or module call) instance with key `key`, whose
   * `for_each_expression.references` are `forEach` (undefined without for_each).
   */
  resolve(references: unknown, inst: ModuleInstance, key: InstanceKey | undefined, forEach?: unknown): Sources {
    return this.#references(references, inst, key, forEach, 0);
  }

  #parse(text: string): ParsedRef | null {
    let p = this.#parsed.get(text);
    if (p === undefined) {
      // Parsed references are kept for the run: a copy holds just its steps, where the list the
      // parser grew by push keeps room for 17 (memory every later collection copies).
      const steps = parseTraversal(text)?.slice();
      if (steps === undefined) p = null;
      else {
        const resource = resourceRef(steps);
        p = resource === undefined ? { steps, canon: stepsToString(steps) } : { steps, canon: stepsToString(steps), resource };
      }
      this.#parsed.set(text, p);
    }
    return p;
  }

  #references(references: unknown, inst: ModuleInstance, key: InstanceKey | undefined, forEach: unknown, depth: number): Sources {
    if (!Array.isArray(references) || references.length === 0) return EMPTY;
    const out = new SourceSet();
    if (depth > MAX_DEPTH) {
      out.addLost({ what: 'reference chain', reason: `reference chain is longer than ${MAX_DEPTH} steps; vpclint stopped following it` });
      return out;
    }
    if (references.length > MAX_REFERENCES) {
      out.addLost({ what: 'expression', reason: `expression has more than ${MAX_REFERENCES} references; vpclint does not follow them` });
      return out;
    }
    const list = this.#list(references);
    // Indexed (CONTRIBUTING.md, Performance): once per unknown value read.
    for (let i = 0; i < list.unreadable.length; i++) out.addLost(list.unreadable[i]!);
    for (let i = 0; i < list.specific.length; i++) this.#one(list.specific[i]!, inst, key, forEach, list.indexedByInstance, depth, out);
    return out;
  }

  /**
   * A references list read once (by array identity: every instance of a resource shares its
   * configuration's list): what cannot be read, and the most specific references.
   */
  #list(references: readonly unknown[]): ReferenceList {
    let list = this.#lists.get(references);
    if (list === undefined) {
      const unreadable: Lost[] = [];
      const refs: ParsedRef[] = [];
      for (let i = 0; i < references.length; i++) {
        const r: unknown = references[i];
        if (typeof r !== 'string') continue;
        const p = this.#parse(r);
        if (p === null) unreadable.push({ what: r, reason: `value comes from ${r}, which vpclint cannot read` });
        else refs.push(p);
      }
      // Kept for the run, so sized to its references (see #parse).
      const specific = mostSpecific(refs).slice();
      list = { unreadable, specific, indexedByInstance: specific.some((p) => isInstanceKeyRef(p.steps)) };
      this.#lists.set(references, list);
    }
    return list;
  }

  /**
   * The resource (`aws_subnet.private`, inside the evaluating module) that a for_each expression
   * with these references iterates over, when it is exactly one whole resource; else undefined.
   * A for expression over one resource (`{ for k, s in aws_subnet.private : k => s }`) lists the
   * same references, and is read the same way.
   */
  #forEachResource(references: unknown): string | undefined {
    if (!Array.isArray(references)) return undefined;
    let hit = this.#forEachMemo.get(references);
    if (hit === undefined) {
      hit = null;
      if (references.length <= MAX_REFERENCES && references.every((r) => typeof r === 'string')) {
        const parsed = references.map((r: string) => this.#parse(r));
        const specific = parsed.includes(null) ? [] : mostSpecific(parsed as ParsedRef[]);
        if (specific.length === 1) hit = wholeResource(specific[0]!.steps) ?? null;
      }
      this.#forEachMemo.set(references, hit);
    }
    return hit ?? undefined;
  }

  /**
   * `each.value.<path>` in an instance whose for_each is a whole resource of the same module
   * (`for_each = aws_subnet.private`): that path of the resource's instance with the same key.
   * Everything else that comes from each.value is lost: plan JSON does not record its value.
   */
  #eachValue(steps: readonly Step[], inst: ModuleInstance, key: InstanceKey | undefined, forEach: unknown, where: string, out: SourceSet): void {
    const source = this.#forEachResource(forEach);
    if (source === undefined || key === undefined) {
      out.addLost({ what: 'each.value', reason: `value comes from each.value${where}; plan JSON does not record for_each values` });
      return;
    }
    const label = inst.prefix + source;
    const path = toPath(steps.slice(2));
    if (path.length === 0) {
      out.addLost({
        what: 'each.value',
        reason: `value comes from each.value${where}, a whole instance of ${label}; vpclint links only its attributes (each.value.id)`,
      });
      return;
    }
    const address = this.index.instance(label, canonicalKey(key));
    if (address === undefined) {
      const missing = !this.index.has(label) ? `${label} is not in the plan` : `${label} has no instance ${canonicalKey(key)} in the plan`;
      out.addLost({ what: 'each.value', reason: `value comes from each.value${where} (for_each = ${label}), but ${missing}` });
      return;
    }
    out.addTarget({ address, attribute: path });
  }

  #one(
    ref: ParsedRef,
    inst: ModuleInstance,
    key: InstanceKey | undefined,
    forEach: unknown,
    indexedByInstance: boolean,
    depth: number,
    out: SourceSet,
  ): void {
    const steps = ref.steps;
    const root = steps[0]?.kind === 'attr' ? steps[0].name : '';
    const second = steps[1]?.kind === 'attr' ? steps[1].name : undefined;
    switch (root) {
      case 'count':
      case 'path':
      case 'terraform':
        // count.index, path.module, terraform.workspace: known before apply.
        return;
      case 'each':
        if (second === 'value') this.#eachValue(steps, inst, key, forEach, whereIn(inst), out);
        return;
      case 'local': {
        const where = whereIn(inst);
        out.addLost({
          what: `local.${second ?? ''}${where}`,
          reason: `value comes from local.${second ?? ''}${where}; plan JSON does not record locals`,
        });
        return;
      }
      case 'self':
        out.addLost({ what: 'self', reason: 'value comes from self, which vpclint does not follow' });
        return;
      case 'var':
        if (second === undefined) break;
        out.merge(this.#variable(inst, second, depth + 1), toPath(steps.slice(2)));
        return;
      case 'module':
        if (second === undefined) break;
        this.#module(steps, second, inst, depth, out);
        return;
      default:
        // `data.<type>.<name>…` or `<type>.<name>…`.
        if (ref.resource === undefined) break;
        this.#resource(ref.resource, inst, key, indexedByInstance, out);
        return;
    }
    out.addLost({ what: ref.canon, reason: `value comes from ${ref.canon}, which vpclint does not follow` });
  }

  #resource(ref: ResourceRef, inst: ModuleInstance, key: InstanceKey | undefined, indexedByInstance: boolean, out: SourceSet): void {
    const label = inst.prefix + ref.name;
    if (!this.index.has(label)) {
      out.addLost({ what: label, reason: `value comes from ${label}, which is not in the plan` });
      return;
    }
    let address: string | undefined;
    if (ref.index !== undefined) {
      address = this.index.instance(label, canonicalKey(ref.index));
      if (address === undefined) {
        const what = label + canonicalKey(ref.index);
        out.addLost({ what, reason: `value comes from ${what}, which is not in the plan` });
        return;
      }
    } else {
      // The instance without a key: the resource has no count or for_each.
      address = this.index.instance(label, '');
      if (address === undefined) {
        if (indexedByInstance) {
          if (key !== undefined) address = this.index.instance(label, canonicalKey(key));
        } else {
          // A splat or whole-resource reference over a single instance (`aws_vpc.this.*.id` with
          // count = 1) can only mean that instance.
          address = this.index.only(label);
        }
      }
      if (address === undefined) {
        out.addLost({ what: label, reason: `${label} has several instances and the reference does not say which` });
        return;
      }
    }
    // Instances of one resource share the reference's attribute path (nothing changes it).
    out.addTarget({ address, attribute: ref.attribute });
  }

  #module(steps: readonly Step[], name: string, inst: ModuleInstance, depth: number, out: SourceSet): void {
    let i = 2;
    const k = steps[i];
    let child: ModuleInstance;
    if (k?.kind === 'index') {
      child = this.instances.child(inst, { name, key: k.key });
      i++;
    } else {
      child = this.instances.child(inst, { name });
      if (k?.kind === 'splat') i++;
    }
    const output = steps[i];
    if (output?.kind !== 'attr' || k?.kind === 'splat') {
      const callLabel = inst.prefix + (k?.kind === 'index' ? `module.${name}${canonicalKey(k.key)}` : `module.${name}`);
      out.addLost({ what: callLabel, reason: `value comes from ${callLabel}, and the reference does not name one output of one instance` });
      return;
    }
    out.merge(this.#output(child, output.name, depth + 1), toPath(steps.slice(i + 1)));
  }

  #memoized(memoKey: string, what: string, compute: () => Sources): Sources {
    const hit = this.#memo.get(memoKey);
    if (hit === null) {
      const s = new SourceSet();
      s.addLost({ what, reason: `reference cycle through ${what}` });
      return s;
    }
    if (hit !== undefined) return hit;
    this.#memo.set(memoKey, null);
    const result = compute();
    this.#memo.set(memoKey, result);
    return result;
  }

  /** The sources of output `name` of module instance `child`. */
  #output(child: ModuleInstance, name: string, depth: number): Sources {
    const what = `${child.prefix}${name}`;
    return this.#memoized(`${child.prefix}\u0000o\u0000${name}`, what, () => {
      const mod = this.config.module(child.names);
      if (mod === undefined) {
        return lostOnly(what, `value comes from ${what}, but the plan has no configuration for that module`);
      }
      const output = mod.outputs.get(name);
      if (output === undefined) {
        return lostOnly(what, `value comes from ${what}, which the module's configuration does not declare`);
      }
      const expr = own(output, 'expression');
      // Outputs are outside any for_each: `each` cannot appear in them.
      return isRecord(expr) ? this.#references(own(expr, 'references'), child, undefined, undefined, depth) : EMPTY;
    });
  }

  /** The sources of input variable `name` of module instance `inst`. */
  #variable(inst: ModuleInstance, name: string, depth: number): Sources {
    const parent = inst.parent;
    const last = inst.steps[inst.steps.length - 1];
    if (parent === undefined || last === undefined) {
      // Root variables: their values are in the plan, so they are known unless missing.
      const v = own(this.variables, name);
      if (isRecord(v) && own(v, 'value') !== undefined) return EMPTY;
      return lostOnly(`var.${name}`, `value comes from var.${name}, which has no value in the plan`);
    }
    const what = `var.${name} in ${inst.prefix.slice(0, -1)}`;
    return this.#memoized(`${inst.prefix}\u0000v\u0000${name}`, what, () => {
      const parentConfig = this.config.module(parent.names);
      const call = parentConfig?.calls.get(last.name);
      if (call === undefined) {
        return lostOnly(what, `value comes from ${what}, but the plan has no configuration for that module call`);
      }
      const arg = own(own(call, 'expressions'), name);
      // Not passed: the variable's default, a constant.
      if (!isExpression(arg)) return EMPTY;
      return this.#references(own(arg, 'references'), parent, last.key, own(own(call, 'for_each_expression'), 'references'), depth);
    });
  }
}

/** ` in module.a["x"]` for a reason about a value in a module instance (empty in the root module). */
function whereIn(inst: ModuleInstance): string {
  return inst.prefix === '' ? '' : ` in ${inst.prefix.slice(0, -1)}`;
}

function lostOnly(what: string, reason: string): Sources {
  return { targets: EMPTY.targets, lost: [{ what, reason }] };
}

/**
 * The most specific references: Terraform lists `aws_vpc.a.id` and then `aws_vpc.a`, so a
 * reference is dropped when another one extends it by whole steps. Duplicates are dropped too.
 * An expression lists a few references (two, nearly always): such lists are compared pair by
 * pair, which makes no set and no key; long ones through sets, in time linear in their text.
 */
export function mostSpecific<T extends { readonly canon: string }>(refs: readonly T[]): T[] {
  return refs.length <= PAIRWISE_MAX ? mostSpecificPairwise(refs) : mostSpecificBySets(refs);
}

// Up to this many references, comparing every pair is cheaper than building sets.
const PAIRWISE_MAX = 8;

/** mostSpecific by comparing each pair (exported for tests: both ways give the same list). */
export function mostSpecificPairwise<T extends { readonly canon: string }>(refs: readonly T[]): T[] {
  // Indexed, no callbacks (CONTRIBUTING.md, Performance): once per references list.
  const unique: T[] = [];
  for (let i = 0; i < refs.length; i++) if (!listsCanon(unique, refs[i]!.canon)) unique.push(refs[i]!);
  const kept: T[] = [];
  for (let i = 0; i < unique.length; i++) if (!extendedByOne(unique, unique[i]!.canon)) kept.push(unique[i]!);
  return kept;
}

function listsCanon(refs: readonly { readonly canon: string }[], canon: string): boolean {
  for (let i = 0; i < refs.length; i++) if (refs[i]!.canon === canon) return true;
  return false;
}

function extendedByOne(refs: readonly { readonly canon: string }[], canon: string): boolean {
  for (let i = 0; i < refs.length; i++) if (extendsBySteps(refs[i]!.canon, canon)) return true;
  return false;
}

/** Does reference `c` extend reference `a` by whole steps (`aws_vpc.a.id`, `aws_vpc.a["k"]` of `aws_vpc.a`)? */
function extendsBySteps(c: string, a: string): boolean {
  if (c.length <= a.length) return false;
  const next = c[a.length];
  return (next === '.' || next === '[') && c.startsWith(a);
}

/** mostSpecific through sets of the references and of the prefixes they extend (exported for tests). */
export function mostSpecificBySets<T extends { readonly canon: string }>(refs: readonly T[]): T[] {
  const seen = new Set<string>();
  const unique: T[] = [];
  for (const p of refs) {
    if (seen.has(p.canon)) continue;
    seen.add(p.canon);
    unique.push(p);
  }
  const covered = new Set<string>();
  for (const q of unique) {
    const c = q.canon;
    for (let i = 1; i < c.length; i++) if ((c[i] === '.' || c[i] === '[') && seen.has(c.slice(0, i))) covered.add(c.slice(0, i));
  }
  return unique.filter((p) => !covered.has(p.canon));
}

// Reference roots that are not resource types (a managed resource reference is `<type>.<name>`).
const NOT_RESOURCE_ROOTS = new Set(['count', 'each', 'var', 'local', 'module', 'path', 'terraform', 'self', 'ephemeral']);

/** `aws_subnet.a` or `data.aws_subnet.a` with nothing after it, as a resource in its module. */
function wholeResource(steps: readonly Step[]): string | undefined {
  const names: string[] = [];
  for (const s of steps) {
    if (s.kind !== 'attr') return undefined;
    names.push(s.name);
  }
  const [a, b, c] = names;
  if (a === undefined || b === undefined || NOT_RESOURCE_ROOTS.has(a)) return undefined;
  if (a === 'data') return names.length === 3 && c !== undefined ? resourceInModule('data', b, c) : undefined;
  return names.length === 2 ? resourceInModule('managed', a, b) : undefined;
}

// The roots Resolver#one reads as something other than a resource (`ephemeral.x.y` is looked up as a
// resource, and is never in the plan).
const OTHER_ROOTS = new Set(['count', 'path', 'terraform', 'each', 'local', 'self', 'var', 'module']);

/**
 * The parts of a reference to a resource: `<type>.<name>` (a root that is no other kind of
 * reference) or `data.<type>.<name>`, then an optional key or splat, then the attribute path.
 */
function resourceRef(steps: readonly Step[]): ResourceRef | undefined {
  const root = steps[0]?.kind === 'attr' ? steps[0].name : '';
  const second = steps[1]?.kind === 'attr' ? steps[1].name : undefined;
  if (second === undefined || OTHER_ROOTS.has(root)) return undefined;
  let name: string;
  let i: number;
  if (root === 'data') {
    const third = steps[2]?.kind === 'attr' ? steps[2].name : undefined;
    if (third === undefined) return undefined;
    name = resourceInModule('data', second, third);
    i = 3;
  } else {
    name = resourceInModule('managed', root, second);
    i = 2;
  }
  const first = steps[i];
  if (first?.kind === 'index') return { name, index: first.key, attribute: toPath(steps.slice(i + 1)) };
  return { name, attribute: toPath(steps.slice(first?.kind === 'splat' ? i + 1 : i)) };
}

/** `count.index` or `each.key`: the index Terraform leaves out of `aws_vpc.this[count.index]`. */
function isInstanceKeyRef(steps: readonly Step[]): boolean {
  const a = steps[0];
  const b = steps[1];
  if (a?.kind !== 'attr' || b?.kind !== 'attr') return false;
  return (a.name === 'count' && b.name === 'index') || (a.name === 'each' && b.name === 'key');
}

/**
 * Steps after a resource or output, as an attribute path; stops at a splat. Made by `map`, which
 * sizes the list exactly (references keep their paths for the whole run).
 */
function toPath(steps: readonly Step[]): AttrPath {
  const splat = steps.findIndex((s) => s.kind === 'splat');
  return (splat === -1 ? steps : steps.slice(0, splat)).map((s) => (s.kind === 'attr' ? s.name : (s as Extract<Step, { kind: 'index' }>).key));
}

function pathToString(path: AttrPath): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : /^[A-Za-z_][A-Za-z0-9_-]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`;
  return out;
}

/** The value a parser hands over for an unknown whose sources are `s`. */
export function unknownFrom(s: Sources): AttrValue {
  const targets = s.targets;
  if (targets.length === 1 && s.lost.length === 0) return { state: 'unknown', reason: 'known after apply', refs: targets };
  if (targets.length === 0 && s.lost.length === 0) return { state: 'unknown', reason: 'known after apply', refs: [] };
  if (targets.length === 0) {
    const reasons = [...new Set(s.lost.map((l) => l.reason))];
    return { state: 'unknown', reason: reasons.join('; '), refs: [] };
  }
  const names = [...targets.map((t) => t.address + pathToString(t.attribute)), ...s.lost.map((l) => l.what)];
  return {
    state: 'unknown',
    reason: `value comes from several sources (${names.join(', ')}); vpclint cannot tell which one it is`,
    refs: [],
  };
}
