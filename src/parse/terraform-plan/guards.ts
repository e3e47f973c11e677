/**
 * Type guards for reading untrusted JSON. Plan files can hold any JSON value anywhere; every read
 * goes through these so that a wrong type is skipped, never thrown on, and only own properties are
 * seen (a `__proto__` or `constructor` key in the input must never reach a prototype).
 */

export type JsonObject = Readonly<Record<string, unknown>>;

export function isRecord(x: unknown): x is JsonObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** An own property of an object, or undefined. */
export function own(o: unknown, key: string): unknown {
  if (!isRecord(o)) return undefined;
  // One lookup instead of Object.hasOwn and a read (plan values are read a hundred thousand
  // times): a read finds an inherited property only for a key of Object.prototype, whose
  // properties are all functions but `__proto__` (an accessor). JSON holds no functions, and an
  // own `__proto__` key (JSON.parse makes one) is told from the accessor by Object.hasOwn.
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v === 'function' || key === '__proto__') return Object.hasOwn(o, key) ? v : undefined;
  return v;
}

/** One step down a JSON value: an own key of an object or an index of an array. */
export function child(node: unknown, step: string | number): unknown {
  if (typeof step === 'number') {
    return Array.isArray(node) && Number.isInteger(step) && step >= 0 && step < node.length ? node[step] : undefined;
  }
  return own(node, step);
}

/** Sets an own enumerable property, even for keys like `__proto__`. */
export function defineOwn(o: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}
