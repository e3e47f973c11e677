/**
 * Variable type constraints (`type = map(object({ cidr = string, routes = optional(list(string), []) }))`).
 * Terraform converts every variable value to its declared type: numbers to strings, lists to
 * sets (sorted, without duplicates), and objects to the declared attributes, filling optional ones
 * with their default or null. Module code relies on that (`var.spokes[k].routes` is `[]` when the
 * caller left it out), so vpclint converts the same way. An unknown value stays unknown.
 */
import { toSet } from './functions.js';
import type { Expr } from './syntax.js';
import {
  EvalError,
  Lazy,
  ObjectValue,
  Unknown,
  toBoolValue,
  toNumberValue,
  toStringValue,
  typeName,
  type Value,
} from './values.js';

/** Whether a `-var` value for this type is read as an expression (complex types) or taken as text. */
export function isPrimitiveType(t: Expr | undefined): boolean {
  return t !== undefined && t.k === 'var' && (t.name === 'string' || t.name === 'number' || t.name === 'bool');
}

function typeArg(t: Extract<Expr, { k: 'call' }>, what: string): Expr {
  const arg = t.args[0];
  if (arg === undefined) throw new EvalError(`${what}() needs an element type`);
  return arg;
}

/**
 * Converts a value to a type constraint (the parsed `type` expression). Throws EvalError when
 * Terraform would refuse the value.
 */
export function convert(v: Value, t: Expr, depth = 0): Value {
  if (v instanceof Unknown || v instanceof Lazy) return v;
  if (depth > 32) throw new EvalError('the type constraint nests too deeply');
  if (t.k === 'var') {
    if (v === null) return null;
    switch (t.name) {
      case 'any':
        return v;
      case 'string': {
        const s = toStringValue(v);
        if (s === undefined) throw new EvalError(`a string is required, not ${typeName(v)}`);
        return s;
      }
      case 'number': {
        const n = toNumberValue(v);
        if (n === undefined) throw new EvalError(`a number is required, not ${typeName(v)}`);
        return n;
      }
      case 'bool': {
        const b = toBoolValue(v);
        if (b === undefined) throw new EvalError(`a bool is required, not ${typeName(v)}`);
        return b;
      }
      default:
        return v;
    }
  }
  if (t.k !== 'call') return v;
  if (v === null) return null;
  switch (t.name) {
    case 'optional':
      return convert(v, typeArg(t, 'optional'), depth + 1);
    case 'list':
    case 'set': {
      if (!Array.isArray(v)) throw new EvalError(`a ${t.name} is required, not ${typeName(v)}`);
      const items = (v as readonly Value[]).map((x) => convert(x, typeArg(t, t.name), depth + 1));
      if (t.name === 'list' || items.some((x) => x instanceof Unknown)) return items;
      return toSet(items);
    }
    case 'map': {
      if (!(v instanceof ObjectValue)) throw new EvalError(`a map is required, not ${typeName(v)}`);
      const element = typeArg(t, 'map');
      return new ObjectValue([...v.entries].map(([k, x]) => [k, convert(x, element, depth + 1)] as const));
    }
    case 'tuple': {
      const types = t.args[0];
      if (!Array.isArray(v) || types?.k !== 'tuple') return v;
      if (v.length !== types.items.length) throw new EvalError(`a tuple of ${types.items.length} elements is required, not ${v.length}`);
      return (v as readonly Value[]).map((x, i) => convert(x, types.items[i] as Expr, depth + 1));
    }
    case 'object': {
      const spec = t.args[0];
      if (spec?.k !== 'object') return v;
      if (!(v instanceof ObjectValue)) throw new EvalError(`an object is required, not ${typeName(v)}`);
      const out: [string, Value][] = [];
      for (const item of spec.items) {
        if (item.key.k !== 'lit' || typeof item.key.v !== 'string') continue;
        const name = item.key.v;
        const attrType = item.value;
        const optional = attrType.k === 'call' && attrType.name === 'optional';
        const given = v.get(name);
        if (given !== undefined && given !== null) {
          out.push([name, convert(given, attrType, depth + 1)]);
        } else if (optional) {
          const fallback = attrType.args[1];
          out.push([name, fallback === undefined ? null : convert(literal(fallback), attrType, depth + 1)]);
        } else if (given === null) {
          out.push([name, null]);
        } else {
          throw new EvalError(`attribute "${name}" is required`);
        }
      }
      return new ObjectValue(out);
    }
    default:
      return v;
  }
}

/** The value of a constant expression (an `optional()` default): literals, tuples and objects. */
function literal(e: Expr): Value {
  switch (e.k) {
    case 'lit':
      return e.v;
    case 'wrap':
    case 'paren':
      return literal(e.e);
    case 'tuple':
      return e.items.map(literal);
    case 'object':
      return new ObjectValue(
        e.items.map((i) => {
          const k = literal(i.key);
          if (typeof k !== 'string') throw new EvalError('an optional() default must be a constant');
          return [k, literal(i.value)] as const;
        }),
      );
    case 'unary':
      if (e.op === '-') {
        const n = literal(e.e);
        if (typeof n === 'number') return -n;
      }
      throw new EvalError('an optional() default must be a constant');
    default:
      throw new EvalError('an optional() default must be a constant');
  }
}
