/**
 * Evaluates the expressions of a Terraform module: references through a Scope, templates,
 * operators, conditionals, `for` expressions, splats and function calls. An unknown operand makes
 * the result unknown with the operand's reason; references to resource attributes keep the
 * attribute path they point at (`refs`), extended as the expression indexes into them, so the
 * model builder can link `vpc_id = aws_vpc.a.id` to `aws_vpc.a` exactly as it does for plan JSON.
 * Terraform's evaluation errors are thrown as EvalError; the caller turns them into Unknowns.
 */
import type { AttrRef } from '../source.js';
import { callFunction } from './functions.js';
import { HclSyntaxError, parseOneReference, parseTemplate, type Expr, type TplPart } from './syntax.js';
import {
  EvalError,
  Lazy,
  ObjectValue,
  Unknown,
  derived,
  resolved,
  toBoolValue,
  toNumberValue,
  toStringValue,
  typeName,
  valuesEqual,
  type Value,
} from './values.js';

/** Where names are looked up: local names (for variables, `each`, iterators) over the module's roots. */
export class Scope {
  readonly #parent: Scope | undefined;
  readonly #names: ReadonlyMap<string, Value> | undefined;
  readonly #root: (name: string) => Value;
  /** The element a splat's traversal is applied to. */
  readonly anon: Value | undefined;

  constructor(root: (name: string) => Value, parent?: Scope, names?: ReadonlyMap<string, Value>, anon?: Value) {
    this.#root = root;
    this.#parent = parent;
    this.#names = names;
    this.anon = anon ?? parent?.anon;
  }

  /** A scope with more local names (a `for` expression's variables, `each`, a dynamic iterator). */
  with(names: ReadonlyMap<string, Value>): Scope {
    return new Scope(this.#root, this, names);
  }

  withAnon(value: Value): Scope {
    return new Scope(this.#root, this, undefined, value);
  }

  lookup(name: string): Value {
    for (let s: Scope | undefined = this; s !== undefined; s = s.#parent) {
      const names = s.#names;
      if (names !== undefined && names.has(name)) return names.get(name) as Value;
    }
    return this.#root(name);
  }
}

const templateCache = new Map<string, Expr | HclSyntaxError>();

/**
 * Parses a string of hcl2json's output (a template in Terraform's JSON syntax), cached: module
 * instances evaluate the same text many times.
 */
export function parseCached(text: string): Expr {
  // One reference is parsed in a few steps, and its tree is not kept: the trees of a large
  // configuration's references would be most of the cache, and live until the end of the run.
  const reference = parseOneReference(text);
  if (reference !== undefined) return reference;
  let e = templateCache.get(text);
  if (e === undefined) {
    try {
      e = parseTemplate(text);
    } catch (error) {
      if (!(error instanceof HclSyntaxError)) throw error;
      e = error;
    }
    if (templateCache.size > 200_000) templateCache.clear();
    templateCache.set(text, e);
  }
  if (e instanceof HclSyntaxError) throw new EvalError(`vpclint cannot read the expression: ${e.message}`);
  return e;
}

/** Extends the references of an unknown value by one step into it. */
function stepInto(u: Unknown, step: string | number): Unknown {
  if (u.refs.length === 0) return u;
  return new Unknown(
    u.reason,
    u.refs.map((r): AttrRef => ({ address: r.address, attribute: [...r.attribute, step] })),
  );
}

/** `value.name`. */
export function getAttr(value: Value, name: string): Value {
  if (value instanceof Unknown) return stepInto(value, name);
  if (value instanceof Lazy) return value.attr(name);
  if (value instanceof ObjectValue) {
    if (value.has(name)) return value.get(name) as Value;
    throw new EvalError(`this object has no attribute "${name}"`);
  }
  if (value === null) throw new EvalError(`cannot read attribute "${name}" of a null value`);
  throw new EvalError(`cannot read attribute "${name}" of a ${typeName(value)}`);
}

/** `value[key]`. */
export function getIndex(value: Value, key: Value): Value {
  const k = resolved(key);
  if (k instanceof Unknown) return derived(k);
  const v = value instanceof Lazy ? value.whole() : value;
  if (v instanceof Unknown) {
    const step = typeof k === 'number' || typeof k === 'string' ? k : undefined;
    return step === undefined ? v : stepInto(v, step);
  }
  if (Array.isArray(v)) {
    const n = toNumberValue(k);
    if (n === undefined || !Number.isInteger(n)) throw new EvalError(`a list index must be a whole number, not ${typeName(k)}`);
    if (n < 0 || n >= v.length) throw new EvalError(`index ${n} is out of range for a list of ${v.length}`);
    return v[n] as Value;
  }
  if (v instanceof ObjectValue) {
    const s = toStringValue(k);
    if (s === undefined) throw new EvalError(`a map key must be a string, not ${typeName(k)}`);
    if (v.has(s)) return v.get(s) as Value;
    throw new EvalError(`the map has no element with key "${s}"`);
  }
  if (v === null) throw new EvalError('cannot index a null value');
  throw new EvalError(`cannot index a ${typeName(v)}`);
}

function toBool(v: Value, what: string): boolean | Unknown {
  const r = resolved(v);
  if (r instanceof Unknown) return derived(r);
  const b = toBoolValue(r);
  if (b === undefined) throw new EvalError(`${what} must be a bool, not ${typeName(r)}`);
  return b;
}

function toNumber(v: Value, op: string): number | Unknown {
  const r = resolved(v);
  if (r instanceof Unknown) return derived(r);
  const n = toNumberValue(r);
  if (n === undefined) throw new EvalError(`the operands of ${op} must be numbers, not ${typeName(r)}`);
  return n;
}

/** Elements of a collection to iterate (`for` expressions and directives): [key, value] pairs. */
function iterate(coll: Value, what: string): readonly (readonly [Value, Value])[] | Unknown {
  const c = resolved(coll);
  if (c instanceof Unknown) return derived(c);
  if (Array.isArray(c)) return c.map((v, i) => [i, v] as const);
  if (c instanceof ObjectValue) return [...c.entries];
  if (c === null) throw new EvalError(`${what} cannot iterate over a null value`);
  throw new EvalError(`${what} cannot iterate over a ${typeName(c)}`);
}

function interpolate(v: Value): string | Unknown {
  const r = resolved(v);
  if (r instanceof Unknown) return derived(r);
  if (r === null) throw new EvalError('a template cannot include a null value');
  const s = toStringValue(r);
  if (s === undefined) throw new EvalError(`a template cannot include a ${typeName(r)}`);
  return s;
}

function renderParts(parts: readonly TplPart[], scope: Scope): string | Unknown {
  let out = '';
  for (const p of parts) {
    let piece: string | Unknown;
    switch (p.k) {
      case 'str':
        piece = p.s;
        break;
      case 'interp':
        piece = interpolate(evaluate(p.e, scope));
        break;
      case 'if': {
        const c = toBool(evaluate(p.cond, scope), 'a template %{if} condition');
        piece = c instanceof Unknown ? c : renderParts(c ? p.then : p.else, scope);
        break;
      }
      case 'for': {
        const items = iterate(evaluate(p.coll, scope), 'a template %{for}');
        if (items instanceof Unknown) return items;
        piece = '';
        for (const [k, v] of items) {
          const names = new Map<string, Value>([[p.valVar, v]]);
          if (p.keyVar !== undefined) names.set(p.keyVar, k);
          const body = renderParts(p.body, scope.with(names));
          if (body instanceof Unknown) return body;
          piece += body;
        }
        break;
      }
    }
    if (piece instanceof Unknown) return piece;
    out += piece;
  }
  return out;
}

function binary(op: string, l: Value, r: Value): Value {
  switch (op) {
    case '==':
    case '!=': {
      const a = resolved(l);
      const b = resolved(r);
      if (a instanceof Unknown) return derived(a);
      if (b instanceof Unknown) return derived(b);
      const eq = valuesEqual(a, b);
      return op === '==' ? eq : !eq;
    }
    case '&&':
    case '||': {
      const a = toBool(l, `the operands of ${op}`);
      const b = toBool(r, `the operands of ${op}`);
      // A known false decides &&, a known true decides ||, whatever the other side is.
      if (op === '&&') {
        if (a === false || b === false) return false;
      } else if (a === true || b === true) {
        return true;
      }
      if (a instanceof Unknown) return a;
      if (b instanceof Unknown) return b;
      return op === '&&' ? a && b : a || b;
    }
    default: {
      const a = toNumber(l, op);
      const b = toNumber(r, op);
      if (a instanceof Unknown) return a;
      if (b instanceof Unknown) return b;
      switch (op) {
        case '+':
          return a + b;
        case '-':
          return a - b;
        case '*':
          return a * b;
        case '/':
          if (b === 0) throw new EvalError('division by zero');
          return a / b;
        case '%':
          if (b === 0) throw new EvalError('modulo by zero');
          return a % b;
        case '<':
          return a < b;
        case '<=':
          return a <= b;
        case '>':
          return a > b;
        case '>=':
          return a >= b;
        default:
          throw new EvalError(`unknown operator ${op}`);
      }
    }
  }
}

function evalFor(e: Extract<Expr, { k: 'for' }>, scope: Scope): Value {
  const items = iterate(evaluate(e.coll, scope), 'a for expression');
  if (items instanceof Unknown) return items;
  const tuple: Value[] = [];
  const entries = new Map<string, Value>();
  const groups = new Map<string, Value[]>();
  for (const [k, v] of items) {
    const names = new Map<string, Value>([[e.valVar, v]]);
    if (e.keyVar !== undefined) names.set(e.keyVar, k);
    const inner = scope.with(names);
    if (e.cond !== undefined) {
      const c = toBool(evaluate(e.cond, inner), 'a for expression condition');
      if (c instanceof Unknown) return c;
      if (!c) continue;
    }
    const value = evaluate(e.valExpr, inner);
    if (e.keyExpr === undefined) {
      tuple.push(value);
      continue;
    }
    const key = resolved(evaluate(e.keyExpr, inner));
    if (key instanceof Unknown) return derived(key);
    const ks = toStringValue(key);
    if (ks === undefined) throw new EvalError(`a for expression key must be a string, not ${typeName(key)}`);
    if (e.group) {
      let g = groups.get(ks);
      if (g === undefined) groups.set(ks, (g = []));
      g.push(value);
    } else {
      if (entries.has(ks)) throw new EvalError(`the for expression produces the key "${ks}" twice (add ... to group the values)`);
      entries.set(ks, value);
    }
  }
  if (e.keyExpr === undefined) return tuple;
  return new ObjectValue(e.group ? groups : entries);
}

function evalCall(e: Extract<Expr, { k: 'call' }>, scope: Scope): Value {
  if (e.name === 'try' || e.name === 'can') {
    if (e.args.length === 0) throw new EvalError(`${e.name}() needs at least one argument`);
    for (const arg of e.name === 'can' ? e.args.slice(0, 1) : e.args) {
      try {
        const v = evaluate(arg, scope);
        if (e.name === 'can') return v instanceof Unknown ? derived(v) : true;
        return v;
      } catch (error) {
        if (!(error instanceof EvalError)) throw error;
      }
    }
    if (e.name === 'can') return false;
    throw new EvalError('try: no argument could be evaluated without an error');
  }
  let args = e.args.map((a) => evaluate(a, scope));
  if (e.expand && args.length > 0) {
    const last = resolved(args[args.length - 1] as Value);
    if (last instanceof Unknown) return derived(last);
    if (!Array.isArray(last)) throw new EvalError(`the argument expanded with ... must be a list, not ${typeName(last)}`);
    args = [...args.slice(0, -1), ...last];
  }
  return callFunction(e.name, args);
}

/** Evaluates an expression in a scope. Throws EvalError where Terraform would report an error. */
export function evaluate(e: Expr, scope: Scope): Value {
  switch (e.k) {
    case 'lit':
      return e.v;
    case 'wrap':
    case 'paren':
      return evaluate(e.e, scope);
    case 'tpl':
      return renderParts(e.parts, scope);
    case 'var':
      return scope.lookup(e.name);
    case 'anon':
      if (scope.anon === undefined) throw new EvalError('a splat element used outside a splat');
      return scope.anon;
    case 'attr':
      return getAttr(evaluate(e.obj, scope), e.name);
    case 'index':
      return getIndex(evaluate(e.obj, scope), evaluate(e.key, scope));
    case 'splat': {
      const src = evaluate(e.src, scope);
      const v = src instanceof Lazy ? src : resolved(src);
      if (v instanceof Unknown) return derived(v);
      if (v === null) return [];
      const items = Array.isArray(v) ? v : [v];
      return items.map((item) => evaluate(e.each, scope.withAnon(item)));
    }
    case 'call':
      return evalCall(e, scope);
    case 'tuple':
      return e.items.map((item) => evaluate(item, scope));
    case 'object': {
      const entries = new Map<string, Value>();
      for (const item of e.items) {
        const key = resolved(evaluate(item.key, scope));
        if (key instanceof Unknown) return derived(key);
        const ks = toStringValue(key);
        if (ks === undefined) throw new EvalError(`an object key must be a string, not ${typeName(key)}`);
        entries.set(ks, evaluate(item.value, scope));
      }
      return new ObjectValue(entries);
    }
    case 'for':
      return evalFor(e, scope);
    case 'cond': {
      const c = toBool(evaluate(e.c, scope), 'a condition');
      if (c instanceof Unknown) return c;
      return evaluate(c ? e.t : e.f, scope);
    }
    case 'unary': {
      if (e.op === '!') {
        const b = toBool(evaluate(e.e, scope), 'the operand of !');
        return b instanceof Unknown ? b : !b;
      }
      const n = toNumber(evaluate(e.e, scope), '-');
      return n instanceof Unknown ? n : -n;
    }
    case 'binary':
      return binary(e.op, evaluate(e.l, scope), evaluate(e.r, scope));
  }
}

/**
 * Evaluates a value of hcl2json's output: strings are templates, lists and objects are evaluated
 * member by member (object keys may be templates too), other JSON values are themselves.
 */
export function evaluateJson(json: unknown, scope: Scope, depth = 0): Value {
  // A string without `{` has no interpolation or directive: it is its own value (parseTemplate's
  // literal), so it is neither parsed nor kept in the cache.
  if (typeof json === 'string') return json.includes('{') ? evaluate(parseCached(json), scope) : json;
  if (json === null || typeof json === 'number' || typeof json === 'boolean') return json;
  if (depth > 64) throw new EvalError('the value nests too deeply');
  if (Array.isArray(json)) return json.map((x) => evaluateJson(x, scope, depth + 1));
  if (typeof json === 'object') {
    const entries = new Map<string, Value>();
    for (const rawKey of Object.keys(json)) {
      const key = rawKey.includes('{') ? resolved(evaluate(parseCached(rawKey), scope)) : rawKey;
      if (key instanceof Unknown) return derived(key);
      const ks = toStringValue(key);
      if (ks === undefined) throw new EvalError(`an object key must be a string, not ${typeName(key)}`);
      entries.set(ks, evaluateJson((json as Record<string, unknown>)[rawKey], scope, depth + 1));
    }
    return new ObjectValue(entries);
  }
  return null;
}
