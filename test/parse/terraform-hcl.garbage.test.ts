/**
 * Garbage named `.tf`: a binary file, a text file full of characters HCL does not use. Each gives a
 * bounded number of messages, quickly (inputs generated here, never committed).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintPaths } from '../../src/run.js';
import { firstOfManyInvalid } from '../../src/parse/terraform-hcl/garbage.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'vpclint-hcl-garbage-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const located = (errors: readonly { file?: string; line?: number; column?: number; message: string }[]): string[] =>
  errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`);

describe('garbage named .tf', () => {
  it('reports a 15 MB binary file once, at its first NUL byte', async () => {
    const cwd = mkdtempSync(path.join(root, 'binary-'));
    const bytes = Buffer.alloc(15_000_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7 + 1) % 256; // the first NUL is at offset 73
    bytes.write('x = 1\n', 0, 'latin1');
    writeFileSync(path.join(cwd, 'main.tf'), bytes);
    const result = await lintPaths(['.'], { cwd });
    // The line and column of the NUL byte in the text as decoded (UTF-8, bad bytes as U+FFFD).
    const before = bytes.subarray(0, bytes.indexOf(0)).toString('utf8');
    const lines = before.split('\n');
    expect([bytes.indexOf(0), lines.length, lines.at(-1)!.length + 1]).toEqual([73, 2, 68]);
    expect(located(result.errors)).toEqual(['main.tf:2:68: this file has a NUL byte here, so it is binary, not HCL text; it is not read']);
  });

  it('reports the first 50 problems of a file and counts the rest', async () => {
    const cwd = mkdtempSync(path.join(root, 'invalid-'));
    writeFileSync(path.join(cwd, 'main.tf'), `${'\u0001 '.repeat(70)}\n${'\u0001 '.repeat(30)}\n`);
    const result = await lintPaths(['.'], { cwd });
    const invalid = 'Invalid character: This character is not used within the language.';
    expect(located(result.errors)).toEqual([
      ...Array.from({ length: 50 }, (_, i) => `main.tf:1:${2 * i + 1}: ${invalid}`),
      // 100 invalid characters, and "Argument or block definition required" at 1:1.
      'main.tf:1:101: … and 51 more problems in this file',
    ]);
  });
});

describe('firstOfManyInvalid', () => {
  const noise = '; ` \' @ \\ $ § '.repeat(150); // 1,050 characters HCL does not use

  it('finds a text file full of characters HCL does not use', () => {
    expect(firstOfManyInvalid(`x = 1\n${noise}`)).toBe(6);
  });

  it.each([
    ['quoted strings', `x = "${noise}"\n`],
    ['escaped quotes', `x = "\\"${noise}"\n`],
    ['interpolations with quoted strings', `x = "\${replace(var.s, "'", ";")}${noise}\${join("','", ["a{", "}b"])}${noise}"\n`],
    ['a literal ${', `x = "$\${ ${noise}"\n`],
    ['comments', `# ${noise}\n// ${noise}\n/* ${noise}\n${noise} */\nx = 1\n`],
    ['heredocs', `user_data = <<-EOT\n  #!/bin/sh\n  echo 'a'; ${noise}\n  EOT\nother = <<EOF\n${noise}\nEOF\n`],
  ])('counts nothing in %s', (_name, text) => {
    expect(firstOfManyInvalid(text, 0)).toBeUndefined();
  });

  it.each([
    ['letters beyond ASCII, not symbols', 'x = héllo_ü + 𝒳 ☃ ;', 17],
    ['what stands after a string with directives', 'x = "%{ if a }${b}%{ endif };" @', 31],
    ['not a lone surrogate in a string, but one outside', 'y = "\ud800;" ; \udc00 ;', 9],
    ['what stands after an unterminated string, from the next line', 'x = "unterminated ; \n ;', 22],
  ])('counts %s', (_name, text, first) => {
    expect(firstOfManyInvalid(text, 0)).toBe(first);
  });

  it('counts what stands after an interpolation closes', () => {
    expect(firstOfManyInvalid('x = "${a}" ;', 0)).toBe(11);
    expect(firstOfManyInvalid('x = "${ {a = 1} }" ;', 0)).toBe(19);
  });

  it('is reported once, at the first such character, instead of one error per character', async () => {
    const cwd = mkdtempSync(path.join(root, 'not-hcl-'));
    // A 2 MB file that is not HCL: the HCL parser would take about 40 s over it.
    writeFileSync(path.join(cwd, 'main.tf'), `resource "aws_vpc" "a" {\n  cidr_block = "10.0.0.0/16"\n}\n${'console.log(`${a}`); '.repeat(100_000)}`);
    const result = await lintPaths(['.'], { cwd });
    expect(located(result.errors)).toEqual([
      'main.tf:4:13: this file has more than 1,000 characters that HCL does not use (the first here), so it is not HCL text; it is not read',
    ]);
  });
});
