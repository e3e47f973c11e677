/**
 * The HCL expression parser and evaluator on their own: the syntax real network code uses, how
 * unknown values propagate (with the references they come from), and Terraform's errors turning
 * into errors rather than guesses. Expected values are worked out from the Terraform language
 * documentation, not from vpclint's output.
 */
import { describe, expect, it } from 'vitest';
import { Scope, evaluate, evaluateJson } from '../../src/parse/terraform-hcl/evaluate.js';
import { HclSyntaxError, parseExpression, parseTemplate } from '../../src/parse/terraform-hcl/syntax.js';
import { convert } from '../../src/parse/terraform-hcl/type-constraints.js';
import { EvalError, Lazy, ObjectValue, Unknown, toPlain, type Value } from '../../src/parse/terraform-hcl/values.js';

const obj = (o: Record<string, Value>): ObjectValue => new ObjectValue(Object.entries(o));

/** A resource instance as expressions see it: configured attributes, the rest known after apply. */
function instance(address: string, attrs: Record<string, Value>): Lazy {
  return new Lazy(
    address,
    (name) => (Object.hasOwn(attrs, name) ? (attrs[name] as Value) : new Unknown('known after apply', [{ address, attribute: [name] }])),
    () => new Unknown(`${address} is a whole resource`),
  );
}

const roots: Record<string, Value> = {
  var: obj({
    cidr: '10.0.0.0/16',
    prefix: '10.1',
    azs: ['a', 'b', 'c'],
    spokes: obj({ app: obj({ cidr: '10.1.0.0/16' }), data: obj({ cidr: '10.2.0.0/16' }) }),
    missing: new Unknown('variable missing has no value'),
    enabled: true,
    port: '22',
  }),
  aws_vpc: obj({ hub: instance('aws_vpc.hub', { cidr_block: '10.0.0.0/16' }) }),
  aws_subnet: obj({
    s: [instance('aws_subnet.s[0]', { cidr_block: '10.0.1.0/24' }), instance('aws_subnet.s[1]', { cidr_block: '10.0.2.0/24' })],
  }),
};

const scope = new Scope((name) => {
  if (Object.hasOwn(roots, name)) return roots[name] as Value;
  throw new EvalError(`unknown name ${name}`);
});

/** Evaluates native syntax and returns plain data (Unknown kept as is for inspection). */
function ev(text: string): Value {
  return evaluate(parseExpression(text), scope);
}

function plain(v: Value): unknown {
  return v instanceof Unknown ? { unknown: v.reason, refs: v.refs } : toPlain(v);
}

describe('expressions', () => {
  it.each([
    ['a number', '42', 42],
    ['a fraction and an exponent', '1.5e3', 1500],
    ['a quoted string with escapes', String.raw`"a\"b\\c\n\u00e9"`, 'a"b\\c\né'],
    ['true, false and null', '[true, false, null]', [true, false, null]],
    ['a variable', 'var.cidr', '10.0.0.0/16'],
    ['a template', '"${var.prefix}.0.0/16"', '10.1.0.0/16'],
    ['an escaped interpolation', '"$${var.cidr}"', '${var.cidr}'],
    ['a template with %{if}', '"%{ if var.enabled }on%{ else }off%{ endif }"', 'on'],
    ['a template with %{for} and strip markers', '"%{ for az in var.azs ~} ${az} %{~ endfor }"', 'abc'],
    ['indexing a list', 'var.azs[1]', 'b'],
    ['a legacy index', 'var.azs.2', 'c'],
    ['indexing a map by a string', 'var.spokes["data"].cidr', '10.2.0.0/16'],
    ['a conditional', 'var.enabled ? "yes" : "no"', 'yes'],
    ['arithmetic and comparison', '[1 + 2 * 3, 7 % 4, 10 / 4, 3 >= 3, 2 < 1]', [7, 3, 2.5, true, false]],
    ['a number in a string converts', 'var.port + 1', 23],
    ['equality of collections', '["a", {b = 1}] == ["a", {b = 1}]', true],
    ['logic with negation', '!var.enabled || (true && !false)', true],
    ['a tuple for expression with a condition', '[for k, v in var.spokes : v.cidr if k != "app"]', ['10.2.0.0/16']],
    ['an object for expression', '{ for az in var.azs : az => upper(az) }', { a: 'A', b: 'B', c: 'C' }],
    ['a grouping for expression', '{ for az in ["a", "b", "a"] : az => 1... }', { a: [1, 1], b: [1] }],
    ['an object with a parenthesized key', '{ (var.prefix) = 1, plain = 2, "quoted key" = 3 }', { '10.1': 1, plain: 2, 'quoted key': 3 }],
    ['object items separated by newlines and comments', '{\n  a = 1 # one\n  /* two */ b = 2\n  // end\n}', { a: 1, b: 2 }],
    ['a full splat over a list of resources', 'aws_subnet.s[*].cidr_block', ['10.0.1.0/24', '10.0.2.0/24']],
    ['a legacy splat followed by an index', 'aws_subnet.s.*.cidr_block[1]', '10.0.2.0/24'],
    ['a splat over a single object wraps it', 'aws_vpc.hub[*].cidr_block', ['10.0.0.0/16']],
    ['a splat over null is empty', 'null[*].id', []],
    ['an attribute of a resource', 'aws_vpc.hub.cidr_block', '10.0.0.0/16'],
    ['try() takes the first argument that evaluates', 'try(var.spokes.nope.cidr, var.cidr)', '10.0.0.0/16'],
    ['can() says whether it evaluates', '[can(var.spokes.app), can(var.spokes.nope)]', [true, false]],
    ['a function with an expanded list', 'max(0, [3, 9, 4]...)', 9],
    ['a heredoc', '<<EOT\nhello ${var.prefix}\nEOT\n', 'hello 10.1\n'],
    ['an indented heredoc', '<<-EOT\n    a\n      b\n    EOT\n', 'a\n  b\n'],
  ])('%s: %s', (_name, text, expected) => {
    expect(plain(ev(text))).toEqual(expected);
  });

  it('keeps a single interpolation as its value, not a string', () => {
    expect(plain(evaluate(parseTemplate('${var.azs}'), scope))).toEqual(['a', 'b', 'c']);
    expect(plain(evaluate(parseTemplate('${1 + 1}'), scope))).toBe(2);
  });

  it('reads hcl2json strings as Terraform JSON templates: only $${ and %%{ are escapes', () => {
    expect(plain(evaluate(parseTemplate('a\\n $${x} %%{y} ${var.prefix}'), scope))).toBe('a\\n ${x} %{y} 10.1');
  });

  it('evaluates hcl2json output: template keys, nested lists and objects', () => {
    const json = { '${var.prefix}': ['${var.cidr}', 1], tags: { Name: 'x-${var.azs[0]}' } };
    expect(plain(evaluateJson(json, scope))).toEqual({ '10.1': ['10.0.0.0/16', 1], tags: { Name: 'x-a' } });
  });

  it.each([
    ['an unclosed list', '[1, 2', /expected "," but the expression ended/],
    ['an unknown directive', '"%{ unless x }"', /not a template directive/],
    ['a stray operator', '1 +', /expression/],
    ['an unterminated string', '"abc', /no closing quote/],
    ['a bad escape', String.raw`"\q"`, /not a valid escape/],
    ['text after the expression', 'a b', /after the end of the expression/],
    ['a for expression without "in"', '[for x of xs : x]', /expected "in" in a for expression/],
    ['a for directive without a variable', '"%{ for }x%{ endfor }"', /expected a variable name after "for"/],
    ['a for expression with a dangling ","', '[for k, : k]', /expected a second variable name after ","/],
    ['a for directive without "in"', '"%{ for x of xs }${x}%{ endfor }"', /expected "in" in a for directive/],
    ['a for directive with a dangling ","', '"%{ for k, }x%{ endfor }"', /expected a second variable name after ","/],
  ])('rejects %s', (_name, text, message) => {
    expect(() => parseExpression(text)).toThrow(HclSyntaxError);
    expect(() => parseExpression(text)).toThrow(message);
  });

  it('refuses expressions nested too deeply instead of overflowing the stack', () => {
    expect(() => parseExpression(`${'['.repeat(500)}${']'.repeat(500)}`)).toThrow(/nests too deeply/);
  });
});

describe('unknown values', () => {
  it('keep the reason of the variable they come from', () => {
    expect(plain(ev('"${var.missing}/24"'))).toEqual({ unknown: 'variable missing has no value', refs: [] });
    expect(plain(ev('cidrsubnet(var.missing, 8, 1)'))).toEqual({ unknown: 'variable missing has no value', refs: [] });
  });

  it('of a resource attribute keep the reference, extended by indexes into it', () => {
    expect(plain(ev('aws_vpc.hub.id'))).toEqual({ unknown: 'known after apply', refs: [{ address: 'aws_vpc.hub', attribute: ['id'] }] });
    expect(plain(ev('aws_vpc.hub.cidr_block_associations[0].cidr_block'))).toEqual({
      unknown: 'known after apply',
      refs: [{ address: 'aws_vpc.hub', attribute: ['cidr_block_associations', 0, 'cidr_block'] }],
    });
  });

  it('inside a list leave the known elements known', () => {
    const v = ev('[var.missing, "0.0.0.0/0"]');
    expect(toPlain(v)).toEqual([null, '0.0.0.0/0']);
    expect((v as readonly Value[])[0]).toBeInstanceOf(Unknown);
  });

  it('make a conditional unknown without borrowing either branch references', () => {
    const v = ev('var.missing == "x" ? aws_vpc.hub.id : "vpc-1"');
    expect(plain(v)).toEqual({ unknown: 'variable missing has no value', refs: [] });
  });

  it('do not decide && when the other side is false, nor || when it is true', () => {
    expect(ev('false && var.missing == "x"')).toBe(false);
    expect(ev('true || var.missing == "x"')).toBe(true);
    expect(plain(ev('true && var.missing == "x"'))).toEqual({ unknown: 'variable missing has no value', refs: [] });
  });

  it('make a for expression over them unknown', () => {
    expect(plain(ev('[for x in var.missing : x]'))).toEqual({ unknown: 'variable missing has no value', refs: [] });
  });

  it('make try() unknown rather than choosing a later argument', () => {
    expect(plain(ev('try(var.missing, "fallback")'))).toEqual({ unknown: 'variable missing has no value', refs: [] });
  });

  it('are never an error to compare: the result is unknown', () => {
    expect(ev('var.missing == "10.0.0.0/8"')).toBeInstanceOf(Unknown);
  });
});

describe('Terraform errors', () => {
  it.each([
    ['an index out of range', 'var.azs[5]', /out of range/],
    ['a missing map key', 'var.spokes["nope"]', /no element with key "nope"/],
    ['an attribute of null', 'null.x', /null value/],
    ['null in a template', '"x${null}"', /null value/],
    ['a list in a template', '"${var.azs}x"', /cannot include a list/],
    ['arithmetic on a string', '"a" + 1', /must be numbers/],
    ['a non-boolean condition', '"maybe" ? 1 : 2', /must be a bool/],
    ['a duplicate for key', '{ for az in ["a", "a"] : az => 1 }', /produces the key "a" twice/],
  ])('%s is an EvalError', (_name, text, message) => {
    expect(() => ev(text)).toThrow(EvalError);
    expect(() => ev(text)).toThrow(message);
  });

  it('a function vpclint does not evaluate gives an unknown naming it, not an error', () => {
    expect(plain(ev('jsonencode({a = 1})'))).toEqual({ unknown: 'vpclint does not evaluate the function jsonencode()', refs: [] });
  });
});

describe('type constraints', () => {
  const typeOf = (t: string) => parseExpression(t);

  it.each([
    ['a number to a string', '5', 'string', '5'],
    ['a numeric string to a number', '"5"', 'number', 5],
    ['a string to a bool', '"true"', 'bool', true],
    ['a list to a set: sorted, without duplicates', '["b", "a", "b"]', 'set(string)', ['a', 'b']],
    ['numbers in a list of strings', '[1, 2]', 'list(string)', ['1', '2']],
    [
      'an object with optional attributes and defaults',
      '{ cidr = "10.0.0.0/16", extra = 1 }',
      'object({ cidr = string, routes = optional(list(string), ["0.0.0.0/0"]), name = optional(string) })',
      { cidr: '10.0.0.0/16', routes: ['0.0.0.0/0'], name: null },
    ],
    ['a null optional attribute takes its default', '{ cidr = null }', 'object({ cidr = optional(string, "x") })', { cidr: 'x' }],
    ['a map of objects', '{ a = { n = "1" } }', 'map(object({ n = number }))', { a: { n: 1 } }],
  ])('%s', (_name, value, type, expected) => {
    expect(toPlain(convert(ev(value), typeOf(type)))).toEqual(expected);
  });

  it('refuses an object without a required attribute', () => {
    expect(() => convert(ev('{ a = 1 }'), typeOf('object({ b = string })'))).toThrow(/attribute "b" is required/);
  });

  it('leaves unknown values unknown', () => {
    expect(convert(ev('var.missing'), typeOf('list(string)'))).toBeInstanceOf(Unknown);
  });
});

describe('robustness', () => {
  it('parses any text into an expression or an HclSyntaxError, and evaluates it or throws an EvalError', async () => {
    const fc = await import('fast-check');
    const pieces = ['${', '}', '%{', 'if', 'for', 'in', ':', '"', '[', ']', '{', '(', ')', 'var.azs', 'x', '=>', '...', '?', ',', '\n', '<<EOT\n', 'EOT', '*', '.', '1', '#', '~'];
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (const parse of [parseExpression, parseTemplate]) {
          let e;
          try {
            e = parse(t);
          } catch (error) {
            expect(error).toBeInstanceOf(HclSyntaxError);
            continue;
          }
          try {
            evaluate(e, scope);
          } catch (error) {
            expect(error).toBeInstanceOf(EvalError);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});
