/**
 * The Terraform functions vpclint evaluates: the ones real network code uses to compute CIDRs,
 * lists and maps (issue #4 lists them), plus the type conversions and a few small helpers whose
 * results are just as certain. Every other function gives an Unknown naming it: vpclint never
 * guesses a value. `try` and `can` are special forms and live in the evaluator.
 */
import { cidrhost, cidrnetmask, cidrsubnet, cidrsubnets } from './cidr-functions.js';
import {
  EvalError,
  Lazy,
  ObjectValue,
  Unknown,
  derived,
  firstUnknown,
  formatNumber,
  resolved,
  toBoolValue,
  toNumberValue,
  toStringValue,
  typeName,
  valuesEqual,
  type Value,
} from './values.js';

type Fn = (args: readonly Value[]) => Value;

/** Thrown by argument readers when an argument is unknown: the call's result is that Unknown. */
class UnknownArgument {
  readonly unknown: Unknown;
  constructor(u: Unknown) {
    this.unknown = u;
  }
}

function arity(name: string, args: readonly Value[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    const want = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new EvalError(`${name}() takes ${want} argument${min === 1 && max === 1 ? '' : 's'}, not ${args.length}`);
  }
}

/** The argument, opened if it is a Lazy; an Unknown argument ends the call with that Unknown. */
function known(v: Value): Exclude<Value, Unknown | Lazy> {
  const r = resolved(v);
  if (r instanceof Unknown) throw new UnknownArgument(derived(r));
  return r as Exclude<Value, Unknown | Lazy>;
}

/** The argument with nothing unknown anywhere inside it. */
function wholly(v: Value): Exclude<Value, Unknown | Lazy> {
  const r = known(v);
  const u = firstUnknown(r);
  if (u !== undefined) throw new UnknownArgument(derived(u));
  return r;
}

function str(name: string, v: Value): string {
  const r = known(v);
  const s = toStringValue(r);
  if (s === undefined) throw new EvalError(`${name}: a string is required, not ${typeName(r)}`);
  return s;
}

function num(name: string, v: Value): number {
  const r = known(v);
  const n = toNumberValue(r);
  if (n === undefined) throw new EvalError(`${name}: a number is required, not ${typeName(r)}`);
  return n;
}

function int(name: string, v: Value): number {
  const n = num(name, v);
  if (!Number.isInteger(n)) throw new EvalError(`${name}: a whole number is required, not ${n}`);
  return n;
}

function list(name: string, v: Value): readonly Value[] {
  const r = known(v);
  if (!Array.isArray(r)) throw new EvalError(`${name}: a list is required, not ${typeName(r)}`);
  return r;
}

function object(name: string, v: Value): ObjectValue {
  const r = known(v);
  if (!(r instanceof ObjectValue)) throw new EvalError(`${name}: a map or object is required, not ${typeName(r)}`);
  return r;
}

/** Sorts and deduplicates the members of a set as Terraform orders sets of primitives. */
export function toSet(items: readonly Value[]): Value[] {
  const u = firstUnknown(items as Value);
  if (u !== undefined) throw new UnknownArgument(derived(u));
  const out: Value[] = [];
  const primitives = items.every((x) => x === null || typeof x !== 'object');
  if (primitives) {
    const strings = items.some((x) => typeof x === 'string');
    const converted = items.filter((x) => x !== null).map((x) => (strings ? (toStringValue(x) as string) : x));
    const unique = [...new Set(converted)];
    unique.sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
    return unique;
  }
  for (const x of items) if (!out.some((y) => valuesEqual(x, y))) out.push(resolved(x));
  return out;
}

/** Go's fmt verbs as Terraform's `format` supports them: %s %d %v %q %t %f %e %g %x %X %o %b %%. */
function format(spec: string, args: readonly Value[]): string {
  let out = '';
  let next = 0;
  const re = /%([-+# 0]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/y;
  for (let i = 0; i < spec.length; ) {
    const c = spec[i] as string;
    if (c !== '%') {
      out += c;
      i++;
      continue;
    }
    re.lastIndex = i;
    const m = re.exec(spec);
    if (m === null) throw new EvalError(`format: unsupported verb at "${spec.slice(i, i + 4)}"`);
    i = re.lastIndex;
    const [, flags = '', width, precision, verb] = m;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (next >= args.length) throw new EvalError(`format: not enough arguments for "${spec}"`);
    const arg = wholly(args[next++] as Value);
    let text: string;
    switch (verb) {
      case 's':
      case 'v': {
        const s = toStringValue(arg);
        if (s === undefined) throw new EvalError(`format: %${verb} of a ${typeName(arg)} is not supported by vpclint`);
        text = precision === undefined ? s : [...s].slice(0, Number(precision)).join('');
        break;
      }
      case 'q':
        text = JSON.stringify(str('format', arg));
        break;
      case 't': {
        const b = toBoolValue(arg);
        if (b === undefined) throw new EvalError('format: %t needs a bool');
        text = String(b);
        break;
      }
      case 'd':
      case 'x':
      case 'X':
      case 'o':
      case 'b': {
        const n = num('format', arg);
        if (!Number.isInteger(n)) throw new EvalError(`format: %${verb} needs a whole number, not ${n}`);
        const radix = verb === 'd' ? 10 : verb === 'o' ? 8 : verb === 'b' ? 2 : 16;
        text = Math.abs(n).toString(radix);
        if (verb === 'X') text = text.toUpperCase();
        if (n < 0) text = `-${text}`;
        else if (flags.includes('+')) text = `+${text}`;
        break;
      }
      case 'f':
      case 'e':
      case 'g': {
        const n = num('format', arg);
        text = verb === 'f' ? n.toFixed(precision === undefined ? 6 : Number(precision)) : verb === 'e' ? n.toExponential(precision === undefined ? 6 : Number(precision)).replace(/e([+-])(\d)$/, 'e$10$2') : formatNumber(n);
        if (flags.includes('+') && n >= 0) text = `+${text}`;
        break;
      }
      default:
        throw new EvalError(`format: the %${verb} verb is not supported by vpclint`);
    }
    if (width !== undefined && text.length < Number(width)) {
      const pad = Number(width) - text.length;
      if (flags.includes('-')) text += ' '.repeat(pad);
      else if (flags.includes('0') && /[dxXobfeg]/.test(verb as string)) text = text.startsWith('-') || text.startsWith('+') ? text[0] + '0'.repeat(pad) + text.slice(1) : '0'.repeat(pad) + text;
      else text = ' '.repeat(pad) + text;
    }
    out += text;
  }
  if (next < args.length) throw new EvalError(`format: too many arguments for "${spec}"`);
  return out;
}

function flatten(items: readonly Value[], depth: number): Value[] {
  const out: Value[] = [];
  for (const x of items) {
    const r = resolved(x);
    if (r instanceof Unknown) throw new UnknownArgument(derived(r));
    if (Array.isArray(r)) {
      if (depth > 64) throw new EvalError('flatten: the list nests too deeply');
      out.push(...flatten(r, depth + 1));
    } else {
      out.push(x);
    }
  }
  return out;
}

/** Go's regexp replacement syntax ($1, ${1}, ${name}) in JavaScript's. */
function replacement(text: string): string {
  return text.replace(/\$\$|\$\{(\w+)\}|\$(\w+)/g, (m, braced: string | undefined, bare: string | undefined) => {
    if (m === '$$') return '$$';
    const name = braced ?? (bare as string);
    return /^\d+$/.test(name) ? `$${name}` : `$<${name}>`;
  });
}

function rangeOf(args: readonly Value[]): Value[] {
  arity('range', args, 1, 3);
  const ns = args.map((a) => num('range', a));
  let [start, limit, step] = ns.length === 1 ? [0, ns[0] as number, 1] : [ns[0] as number, ns[1] as number, ns[2]];
  if (step === undefined) step = limit >= start ? 1 : -1;
  if (step === 0) throw new EvalError('range: step must not be zero');
  if ((step > 0 && limit < start) || (step < 0 && limit > start)) {
    throw new EvalError(`range: a step of ${step} cannot reach ${limit} from ${start}`);
  }
  const out: number[] = [];
  for (let v = start; step > 0 ? v < limit : v > limit; v += step) {
    if (out.length >= 1024) throw new EvalError('range: more than 1024 values');
    out.push(v);
  }
  return out;
}

/** `tostring`, `tonumber`, `tobool`: null stays null; a value `convert` cannot convert is an error. */
function conversion(name: string, type: string, convert: (v: Value) => Value | undefined): Fn {
  return (a) => {
    arity(name, a, 1);
    const r = known(a[0] as Value);
    if (r === null) return null;
    const out = convert(r);
    if (out === undefined) throw new EvalError(`${name}: cannot convert ${typeName(r)} to a ${type}`);
    return out;
  };
}

const FUNCTIONS = new Map<string, Fn>([
  ['cidrsubnet', (a) => (arity('cidrsubnet', a, 3), cidrsubnet(str('cidrsubnet', a[0] as Value), num('cidrsubnet', a[1] as Value), num('cidrsubnet', a[2] as Value)))],
  ['cidrsubnets', (a) => (arity('cidrsubnets', a, 1, Infinity), cidrsubnets(str('cidrsubnets', a[0] as Value), a.slice(1).map((x) => num('cidrsubnets', x))))],
  ['cidrhost', (a) => (arity('cidrhost', a, 2), cidrhost(str('cidrhost', a[0] as Value), num('cidrhost', a[1] as Value)))],
  ['cidrnetmask', (a) => (arity('cidrnetmask', a, 1), cidrnetmask(str('cidrnetmask', a[0] as Value)))],
  [
    'concat',
    (a) => {
      const out: Value[] = [];
      for (const x of a) out.push(...list('concat', x));
      return out;
    },
  ],
  ['flatten', (a) => (arity('flatten', a, 1), flatten(list('flatten', a[0] as Value), 0))],
  [
    'merge',
    (a) => {
      const entries = new Map<string, Value>();
      for (const x of a) {
        const r = known(x);
        if (r === null) continue;
        if (!(r instanceof ObjectValue)) throw new EvalError(`merge: arguments must be maps or objects, not ${typeName(r)}`);
        for (const [k, v] of r.entries) entries.set(k, v);
      }
      return new ObjectValue(entries);
    },
  ],
  [
    'lookup',
    (a) => {
      arity('lookup', a, 2, 3);
      const o = object('lookup', a[0] as Value);
      const key = str('lookup', a[1] as Value);
      if (o.has(key)) return o.get(key) as Value;
      if (a.length === 3) return a[2] as Value;
      throw new EvalError(`lookup: the map has no key "${key}" and no default was given`);
    },
  ],
  [
    'element',
    (a) => {
      arity('element', a, 2);
      const l = list('element', a[0] as Value);
      const i = int('element', a[1] as Value);
      if (l.length === 0) throw new EvalError('element: cannot use element function with an empty list');
      if (i < 0) throw new EvalError('element: cannot use element function with a negative index');
      return l[i % l.length] as Value;
    },
  ],
  [
    'length',
    (a) => {
      arity('length', a, 1);
      const r = known(a[0] as Value);
      if (Array.isArray(r)) return r.length;
      if (r instanceof ObjectValue) return r.size;
      if (typeof r === 'string') return [...r].length;
      throw new EvalError(`length: a collection or string is required, not ${typeName(r)}`);
    },
  ],
  ['keys', (a) => (arity('keys', a, 1), [...object('keys', a[0] as Value).entries.keys()])],
  ['values', (a) => (arity('values', a, 1), [...object('values', a[0] as Value).entries.values()])],
  [
    'tolist',
    (a) => {
      arity('tolist', a, 1);
      const r = known(a[0] as Value);
      if (r === null) return null;
      if (!Array.isArray(r)) throw new EvalError(`tolist: cannot convert ${typeName(r)} to a list`);
      return r;
    },
  ],
  [
    'toset',
    (a) => {
      arity('toset', a, 1);
      const r = known(a[0] as Value);
      if (r === null) return null;
      if (!Array.isArray(r)) throw new EvalError(`toset: cannot convert ${typeName(r)} to a set`);
      return toSet(r);
    },
  ],
  [
    'tomap',
    (a) => {
      arity('tomap', a, 1);
      const r = known(a[0] as Value);
      if (r === null) return null;
      if (!(r instanceof ObjectValue)) throw new EvalError(`tomap: cannot convert ${typeName(r)} to a map`);
      return r;
    },
  ],
  ['format', (a) => (arity('format', a, 1, Infinity), format(str('format', a[0] as Value), a.slice(1)))],
  [
    'join',
    (a) => {
      arity('join', a, 2, Infinity);
      const sep = str('join', a[0] as Value);
      const parts: string[] = [];
      for (const l of a.slice(1)) for (const x of list('join', l)) parts.push(str('join', x));
      return parts.join(sep);
    },
  ],
  ['split', (a) => (arity('split', a, 2), str('split', a[1] as Value).split(str('split', a[0] as Value)))],
  [
    'replace',
    (a) => {
      arity('replace', a, 3);
      const s = str('replace', a[0] as Value);
      const sub = str('replace', a[1] as Value);
      const rep = str('replace', a[2] as Value);
      if (sub.length > 1 && sub.startsWith('/') && sub.endsWith('/')) {
        let re: RegExp;
        try {
          re = new RegExp(sub.slice(1, -1), 'gu');
        } catch {
          throw new EvalError(`replace: vpclint cannot read the regular expression ${sub}`);
        }
        return s.replace(re, replacement(rep));
      }
      return sub === '' ? s : s.split(sub).join(rep);
    },
  ],
  ['lower', (a) => (arity('lower', a, 1), str('lower', a[0] as Value).toLowerCase())],
  ['upper', (a) => (arity('upper', a, 1), str('upper', a[0] as Value).toUpperCase())],
  [
    'coalesce',
    (a) => {
      for (const x of a) {
        const r = known(x);
        if (r !== null && r !== '') return x;
      }
      throw new EvalError('coalesce: no non-null, non-empty-string arguments');
    },
  ],
  [
    'coalescelist',
    (a) => {
      for (const x of a) {
        const l = known(x);
        if (Array.isArray(l) && l.length > 0) return l;
        if (l !== null && !Array.isArray(l)) throw new EvalError(`coalescelist: arguments must be lists, not ${typeName(l)}`);
      }
      throw new EvalError('coalescelist: no non-empty list arguments');
    },
  ],
  [
    'distinct',
    (a) => {
      arity('distinct', a, 1);
      const l = wholly(list('distinct', a[0] as Value)) as readonly Value[];
      const out: Value[] = [];
      for (const x of l) if (!out.some((y) => valuesEqual(x, y))) out.push(x);
      return out;
    },
  ],
  [
    'zipmap',
    (a) => {
      arity('zipmap', a, 2);
      const ks = list('zipmap', a[0] as Value);
      const vs = list('zipmap', a[1] as Value);
      if (ks.length !== vs.length) throw new EvalError(`zipmap: ${ks.length} keys but ${vs.length} values`);
      return new ObjectValue(ks.map((k, i) => [str('zipmap', k), vs[i] as Value] as const));
    },
  ],
  [
    'setproduct',
    (a) => {
      if (a.length < 2) throw new EvalError('setproduct: at least two arguments are required');
      let product: Value[][] = [[]];
      for (const x of a) {
        const l = list('setproduct', x);
        const next: Value[][] = [];
        for (const p of product) for (const y of l) next.push([...p, y]);
        product = next;
        if (product.length > 100_000) throw new EvalError('setproduct: the product is too large for vpclint');
      }
      return product;
    },
  ],
  ['range', rangeOf],
  // Type conversions and small helpers with certain results.
  ['tostring', conversion('tostring', 'string', toStringValue)],
  ['tonumber', conversion('tonumber', 'number', toNumberValue)],
  ['tobool', conversion('tobool', 'bool', toBoolValue)],
  [
    'contains',
    (a) => {
      arity('contains', a, 2);
      const l = wholly(list('contains', a[0] as Value)) as readonly Value[];
      const x = wholly(a[1] as Value);
      return l.some((y) => valuesEqual(x, y));
    },
  ],
  ['compact', (a) => (arity('compact', a, 1), (wholly(list('compact', a[0] as Value)) as readonly Value[]).filter((x) => x !== null && x !== ''))],
  [
    'one',
    (a) => {
      arity('one', a, 1);
      const l = list('one', a[0] as Value);
      if (l.length > 1) throw new EvalError(`one: the list has ${l.length} elements`);
      return l.length === 0 ? null : (l[0] as Value);
    },
  ],
  [
    'slice',
    (a) => {
      arity('slice', a, 3);
      const l = list('slice', a[0] as Value);
      const from = int('slice', a[1] as Value);
      const to = int('slice', a[2] as Value);
      if (from < 0 || to > l.length || from > to) throw new EvalError(`slice: indexes ${from} to ${to} do not fit a list of ${l.length}`);
      return l.slice(from, to);
    },
  ],
  [
    'sort',
    (a) => {
      arity('sort', a, 1);
      const l = list('sort', a[0] as Value).map((x) => str('sort', x));
      return [...l].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    },
  ],
  ['reverse', (a) => (arity('reverse', a, 1), [...list('reverse', a[0] as Value)].reverse())],
  ['trimspace', (a) => (arity('trimspace', a, 1), str('trimspace', a[0] as Value).trim())],
  [
    'trimprefix',
    (a) => {
      arity('trimprefix', a, 2);
      const s = str('trimprefix', a[0] as Value);
      const p = str('trimprefix', a[1] as Value);
      return s.startsWith(p) ? s.slice(p.length) : s;
    },
  ],
  [
    'trimsuffix',
    (a) => {
      arity('trimsuffix', a, 2);
      const s = str('trimsuffix', a[0] as Value);
      const p = str('trimsuffix', a[1] as Value);
      return p !== '' && s.endsWith(p) ? s.slice(0, -p.length) : s;
    },
  ],
  ['startswith', (a) => (arity('startswith', a, 2), str('startswith', a[0] as Value).startsWith(str('startswith', a[1] as Value)))],
  ['endswith', (a) => (arity('endswith', a, 2), str('endswith', a[0] as Value).endsWith(str('endswith', a[1] as Value)))],
  [
    'max',
    (a) => {
      if (a.length === 0) throw new EvalError('max: at least one argument is required');
      return Math.max(...a.map((x) => num('max', x)));
    },
  ],
  [
    'min',
    (a) => {
      if (a.length === 0) throw new EvalError('min: at least one argument is required');
      return Math.min(...a.map((x) => num('min', x)));
    },
  ],
  ['abs', (a) => (arity('abs', a, 1), Math.abs(num('abs', a[0] as Value)))],
  ['floor', (a) => (arity('floor', a, 1), Math.floor(num('floor', a[0] as Value)))],
  ['ceil', (a) => (arity('ceil', a, 1), Math.ceil(num('ceil', a[0] as Value)))],
]);

/**
 * Calls a Terraform function on evaluated arguments. An unknown argument the function needs makes
 * the result unknown (with that argument's reason); a function vpclint does not evaluate gives an
 * Unknown naming it; Terraform's errors are thrown as EvalError.
 */
export function callFunction(name: string, args: readonly Value[]): Value {
  const fn = FUNCTIONS.get(name);
  if (fn === undefined) return new Unknown(`vpclint does not evaluate the function ${name}()`);
  try {
    return fn(args);
  } catch (error) {
    if (error instanceof UnknownArgument) return error.unknown;
    throw error;
  }
}
