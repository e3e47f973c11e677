/**
 * `.tf` files nested deeper than the HCL parser's stack: 2,000 levels of lists, objects,
 * parentheses, calls, blocks, interpolations, template directives or unary operators. The parser
 * (WebAssembly) used to run out of stack ("Maximum call stack size exceeded") and could then abort
 * the process on the next file; each is now refused before parsing, at the bracket where it went
 * past the limit (exit 2), and the other files are still linted. Inputs are generated here.
 */
import { describe, expect, it } from 'vitest';
import { tempProjects } from '../helpers/project.js';
import { firstTooDeep, MAX_NESTING_DEPTH } from '../../src/parse/terraform-hcl/depth.js';

const { project, run } = tempProjects('vpclint-hcl-depth-');


/** A file with one finding, linted in the same run (after the deep one): it must still be reported. */
const other = { 'z/main.tf': 'resource "aws_vpc" "x" {\n  cidr_block = "10.0.0.1/16"\n}\n' };
const otherFinding = 'z/main.tf:2  error  NET001  aws_vpc.x sets cidr_block to 10.0.0.1/16, which has host bits set';

const N = 2000;
const L = MAX_NESTING_DEPTH;
const r = (s: string, k: number): string => s.repeat(k);
const bracket = `this file is nested more than ${MAX_NESTING_DEPTH} levels deep (at this bracket); it is not read`;
const operator = `this file is nested more than ${MAX_NESTING_DEPTH} levels deep (at this operator); it is not read`;

describe('files nested deeper than the parser can take', () => {
  it.each([
    // `locals {` is level 1, so the L-th bracket of the value is level L + 1.
    ['lists', `locals {\n  x = ${r('[', N)}1${r(']', N)}\n}\n`, `2:${6 + L}: ${bracket}`],
    ['objects', `locals {\n  x = ${r('{a = ', N)}1${r('}', N)}\n}\n`, `2:${6 + 5 * (L - 1) + 1}: ${bracket}`],
    ['parentheses', `locals {\n  x = ${r('(', N)}1${r(')', N)}\n}\n`, `2:${6 + L}: ${bracket}`],
    ['function calls', `locals {\n  x = ${r('tolist(', N)}[1]${r(')', N)}\n}\n`, `2:${6 + 7 * L}: ${bracket}`],
    ['blocks', `resource "aws_vpc" "v" {\n${r('dynamic "a" {\n', N)}${r('}\n', N)}}\n`, `${L + 1}:13: ${bracket}`],
    ['interpolations', `locals {\n  x = ${r('"${', N)}1${r('}"', N)}\n}\n`, `2:${9 + 3 * (L - 1)}: ${bracket}`],
    ['interpolations in a heredoc', `locals {\n  x = <<EOT\n${r('${[', N)}1${r(']}', N)}\nEOT\n}\n`, `3:${3 + 3 * (L / 2 - 1)}: ${bracket}`],
    // (3,000: the parser takes some 2,100.)
    ['template directives', `locals {\n  x = "${r('%{ if true }', 3000)}x${r('%{ endif }', 3000)}"\n}\n`, `2:${9 + 12 * (L - 2)}: ${bracket}`],
    // (20,000: the parser takes some 11,000.)
    ['unary operators', `locals {\n  x = ${r('-', 20_000)}1\n}\n`, `2:${7 + (L - 1)}: ${operator}`],
    // (20,000: the parser takes some 18,000.)
    ['conditionals', `locals {\n  x = ${r('true ? 1 : ', 20_000)}1\n}\n`, `2:${12 + 11 * (L - 1)}: ${operator}`],
    ['negated parentheses', `locals {\n  x = ${r('-(', N)}1${r(')', N)}\n}\n`, `2:${8 + 2 * (L / 2 - 1)}: ${bracket}`],
  ])('refuses %s nested 2,000 deep (or more) at the level past the limit, and lints the other files', async (name, text, where) => {
    const dir = project(name.replace(/\W/g, '-'), { 'a/main.tf': text, ...other });
    const result = await run(dir, ['a', 'z']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n').filter((l) => l.startsWith('a/'))).toEqual([`a/main.tf:${where}`]);
    expect(result.stdout).toContain(otherFinding);
  });

  it('refuses a value nested deeper than the expression evaluator goes (200), instead of leaving it unevaluated without a word', async () => {
    // 150 parentheses around a CIDR with host bits set: under the HCL parser's limit, over the evaluator's.
    const dir = project('evaluator-limit', { 'a/main.tf': `resource "aws_vpc" "v" {\n  cidr_block = ${r('(', 150)}"10.0.0.1/16"${r(')', 150)}\n}\n`, ...other });
    const result = await run(dir, ['a', 'z']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n').filter((l) => l.startsWith('a/'))).toEqual([`a/main.tf:2:${15 + L}: ${bracket}`]);
    expect(result.stdout).toContain(otherFinding);
  });

  it('still parses a file nested just under the limit', async () => {
    const depth = MAX_NESTING_DEPTH - 1; // and `locals {`: the limit
    const value = `${r('[', depth)}"10.0.0.0/16"${r(']', depth)}`;
    const dir = project('just-under', {
      'a/main.tf': `locals {\n  x = ${value}\n}\nresource "aws_vpc" "v" {\n  cidr_block = "10.0.0.1/16"\n}\n`,
      'b/main.tf': `resource "aws_vpc" "v" {\n${r('dynamic "a" {\n', depth - 1)}${r('}\n', depth - 1)}}\n`,
    });
    expect(firstTooDeep(`locals {\n  x = ${value}\n}\n`)).toBeUndefined();
    const result = await run(dir, ['a', 'b']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('a/main.tf:5  error  NET001  aws_vpc.v sets cidr_block to 10.0.0.1/16, which has host bits set');
    expect(result.code).toBe(1);
  });
});

describe('firstTooDeep', () => {
  it.each([
    ['strings', `x = "${r('[(', 600)}"\n`],
    ['escaped quotes and literal interpolations', `x = "\\"$\${ %%{ ${r('{', 600)}"\n`],
    ['comments', `# ${r('[', 600)}\n// ${r('(', 600)}\n/* ${r('{', 600)} */\nx = 1\n`],
    ['heredoc text', `x = <<-EOT\n  ${r('[', 600)}\n  EOT\ny = <<EOF\n${r('{', 600)}\nEOF\n`],
    ['binary minus and !=', `x = 1${r(' - 1', 600)}\ny = [${r('a != b, a[0] - -1, (a) -1, "a" - 1, ', 600)}]\n`],
    ['unary operators and conditionals of separate elements', `${r('x = -1\n', 600)}y = [${r('a ? -1 : !b, ', 600)}]\nz = {\n${r('  a = a ? b : c\n', 600)}}\n`],
  ])('counts no nesting in %s', (_name, text) => {
    expect(firstTooDeep(text)).toBeUndefined();
  });
});
