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
  return isRecord(o) && Object.hasOwn(o, key) ? o[key] : undefined;
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
