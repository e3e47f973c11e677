/**
 * Tri-state values. Every value the model holds is one of:
 * - known: the value is fixed by the sources;
 * - unknown: it exists but cannot be known before apply (or cannot be resolved), with a reason a
 *   person can act on; `invalid` marks a literal that is present but malformed, which NET001
 *   reports, so other rules need not list it as unresolved;
 * - absent: the attribute is not set.
 */
import type { AttrPath, SourceResource } from '../parse/source.js';

export interface Known<T> {
  readonly state: 'known';
  readonly value: T;
}
export interface Unknown {
  readonly state: 'unknown';
  readonly reason: string;
  readonly invalid?: boolean;
  /**
   * The one attribute whose value is unknown, when the builder knows it: the resource, the path
   * and that value's own reason. Rules pass it on with unresolved checks, so that reports show one
   * entry per unknown value with every check it blocks.
   */
  readonly origin?: UnknownOrigin;
}

/** Where an unknown value is written, and why it is unknown. */
export interface UnknownOrigin {
  readonly resource: SourceResource;
  readonly path: AttrPath;
  readonly reason: string;
}
export interface Absent {
  readonly state: 'absent';
}
export type Tri<T> = Known<T> | Unknown | Absent;

export const ABSENT: Absent = Object.freeze({ state: 'absent' });

/** A known value. */
export function known<T>(value: T): Known<T> {
  return { state: 'known', value };
}

/** An unknown value with the reason it cannot be known. */
export function unknown(reason: string, invalid = false): Unknown {
  return invalid ? { state: 'unknown', reason, invalid: true } : { state: 'unknown', reason };
}

/** An unknown value of one attribute (`origin`), with the reason a person reads. */
export function unknownAt(reason: string, origin: UnknownOrigin): Unknown {
  return { state: 'unknown', reason, origin };
}

/** Is the value known? Narrows the type. */
export function isKnown<T>(v: Tri<T>): v is Known<T> {
  return v.state === 'known';
}

/** Is the value unknown? Narrows the type. */
export function isUnknown<T>(v: Tri<T>): v is Unknown {
  return v.state === 'unknown';
}
