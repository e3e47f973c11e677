/**
 * Values of the HCL evaluator. Known values are plain JSON-like data (lists as arrays, maps and
 * objects as `ObjectValue` with keys in Terraform's order); `Unknown` marks a value that cannot be
 * known before apply or could not be evaluated, with the reason and the resource attributes it
 * comes from; `Lazy` stands for things whose attributes are read one at a time (a resource
 * instance, `var`, `local`, a module's outputs), so evaluation only does the work a value needs.
 */
import type { AttrRef } from '../source.js';

/** A value that is unknown: until apply, or because vpclint cannot evaluate it. */
export class Unknown {
  readonly reason: string;
  readonly refs: readonly AttrRef[];
  constructor(reason: string, refs: readonly AttrRef[] = []) {
    this.reason = reason;
    this.refs = refs;
  }
}

/** A map or object. Keys iterate in lexical order, as Terraform iterates maps and objects. */
export class ObjectValue {
  readonly entries: ReadonlyMap<string, Value>;
  constructor(entries: Iterable<readonly [string, Value]>) {
    const list = [...entries];
    let sorted = true;
    for (let i = 1; i < list.length && sorted; i++) sorted = (list[i - 1] as readonly [string, Value])[0] < (list[i] as readonly [string, Value])[0];
    if (!sorted) list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.entries = new Map(list);
  }
  get(key: string): Value | undefined {
    return this.entries.get(key);
  }
  has(key: string): boolean {
    return this.entries.has(key);
  }
  get size(): number {
    return this.entries.size;
  }
}

/** Something read attribute by attribute (a resource instance, `var`, a module's outputs). */
export class Lazy {
  /** For messages: `aws_vpc.a`, `module.net`. */
  readonly describe: string;
  readonly #attr: (name: string) => Value;
  readonly #whole: () => Value;
  constructor(describe: string, attr: (name: string) => Value, whole: () => Value) {
    this.describe = describe;
    this.#attr = attr;
    this.#whole = whole;
  }
  attr(name: string): Value {
    return this.#attr(name);
  }
  /** The thing as one value (a map of outputs), or an Unknown when it cannot be one. */
  whole(): Value {
    return this.#whole();
  }
}

export type Value = null | boolean | number | string | readonly Value[] | ObjectValue | Unknown | Lazy;

/** An evaluation error: what Terraform would reject. It becomes an Unknown quoting the message. */
export class EvalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvalError';
  }
}

/** The value itself, or the whole of a Lazy. */
export function resolved(v: Value): Value {
  return v instanceof Lazy ? v.whole() : v;
}

/** The first Unknown anywhere inside a value (Lazy values are not opened), if any. */
export function firstUnknown(v: Value, depth = 0): Unknown | undefined {
  if (v instanceof Unknown) return v;
  if (depth > 64) return undefined;
  if (Array.isArray(v)) {
    for (const x of v as readonly Value[]) {
      const u = firstUnknown(x, depth + 1);
      if (u !== undefined) return u;
    }
  } else if (v instanceof ObjectValue) {
    for (const x of v.entries.values()) {
      const u = firstUnknown(x, depth + 1);
      if (u !== undefined) return u;
    }
  }
  return undefined;
}

/** An Unknown derived from another one: same reason, no references (the value is a new one). */
export function derived(u: Unknown): Unknown {
  return u.refs.length === 0 ? u : new Unknown(u.reason);
}

/** A short description of a value's type, for messages. */
export function typeName(v: Value): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'list';
  if (v instanceof ObjectValue) return 'object';
  if (v instanceof Lazy) return `${v.describe}`;
  return 'unknown value';
}

/** Terraform's string form of a primitive, or undefined when the value has none. */
export function toStringValue(v: Value): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return undefined;
}

/** Numbers as Terraform prints them: integers without a fraction or exponent. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  return String(n);
}

/** Terraform's conversion of a primitive to a number, or undefined. */
export function toNumberValue(v: Value): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

/** Terraform's conversion of a primitive to a bool, or undefined. */
export function toBoolValue(v: Value): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}

/** Deep equality of known values (Unknown and Lazy never equal anything). */
export function valuesEqual(a: Value, b: Value, depth = 0): boolean {
  if (a === b) return !(a instanceof Unknown) && !(a instanceof Lazy);
  if (depth > 64) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && (a as readonly Value[]).every((x, i) => valuesEqual(x, (b as readonly Value[])[i] as Value, depth + 1));
  }
  if (a instanceof ObjectValue && b instanceof ObjectValue) {
    if (a.size !== b.size) return false;
    for (const [k, x] of a.entries) {
      if (!b.has(k) || !valuesEqual(x, b.get(k) as Value, depth + 1)) return false;
    }
    return true;
  }
  return false;
}

const plainCache = new WeakMap<object, unknown>();

/**
 * The value as plain JSON for a SourceResource's known value: objects become null-prototype
 * records, Unknown and Lazy leaves become null (their state is read with a longer path).
 */
export function toPlain(v: Value): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (v instanceof Unknown || v instanceof Lazy) return null;
  const cached = plainCache.get(v);
  if (cached !== undefined) return cached;
  let out: unknown;
  if (Array.isArray(v)) {
    out = (v as readonly Value[]).map((x) => toPlain(x));
  } else {
    const o = Object.create(null) as Record<string, unknown>;
    for (const [k, x] of (v as ObjectValue).entries) o[k] = toPlain(x);
    out = o;
  }
  plainCache.set(v, out);
  return out;
}

/** Turns plain JSON (from hcl2json or a tfvars.json file) into a value, without evaluating strings. */
export function fromJson(json: unknown, depth = 0): Value {
  if (json === null || typeof json === 'string' || typeof json === 'number' || typeof json === 'boolean') return json;
  if (depth > 64) throw new EvalError('the value nests too deeply');
  if (Array.isArray(json)) return json.map((x) => fromJson(x, depth + 1));
  if (typeof json === 'object') {
    return new ObjectValue(Object.keys(json).map((k) => [k, fromJson((json as Record<string, unknown>)[k], depth + 1)] as const));
  }
  return null;
}
