/**
 * The HCL source locator: where blocks, nested blocks and attributes are written. Hand-made text
 * covers the syntax that could make it lose its place (comments, strings holding braces and
 * interpolations, heredocs, one-line blocks, values spanning lines); every `.tf` file of the shared
 * corpus checks it against the real parser (hcl2json): each block hcl2json reports is found, with
 * its labels, and each of its attributes too, and a block header is where the text says.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { parseHcl } from '../../src/parse/terraform-hcl/hcl2json.js';
import { blocksNamed, locateStructure, type BodyNode } from '../../src/parse/terraform-hcl/locate.js';
import { corpusDir, needsShared } from '../helpers/repo.js';

const TEXT = `# A comment with { braces and "quotes"
// another } comment
/* a block comment
resource "not" "real" {
*/
variable "cidr" {
  default = "10.0.0.0/16" # trailing }
}

locals {
  tricky = "a } b \${lookup({ "k" = "}" }, "k")} c \\" {"
  heredoc = <<-EOT
    resource "fake" "inside_heredoc" {
      x = 1
    }
  EOT
  after = 1
}

resource "aws_security_group" "web" {
  name = "web"
  tags = {
    Name = "web"
  }

  ingress { from_port = 80 }

  ingress {
    from_port   = 443
    cidr_blocks = [
      "10.0.0.0/8",
      "0.0.0.0/0",
    ]
  }

  dynamic "egress" {
    for_each = var.rules
    content {
      cidr_blocks = [egress.value]
    }
  }
}

resource "aws_route" "r" {
  destination_cidr_block = "0.0.0.0/0"
}
`;

describe('locateStructure', () => {
  const top = locateStructure(TEXT);

  it('finds every top-level block with its labels and line, skipping comments and heredocs', () => {
    expect(top.blocks.map((b) => [b.type, b.labels, b.line, b.column])).toEqual([
      ['variable', ['cidr'], 6, 1],
      ['locals', [], 10, 1],
      ['resource', ['aws_security_group', 'web'], 20, 1],
      ['resource', ['aws_route', 'r'], 44, 1],
    ]);
  });

  it('finds attributes after strings with braces and interpolations, and after heredocs', () => {
    const locals = top.blocks[1]?.body as BodyNode;
    expect([...locals.attributes.values()].map((a) => [a.name, a.line, a.column, a.endLine])).toEqual([
      ['tricky', 11, 3, 11],
      ['heredoc', 12, 3, 16],
      ['after', 17, 3, 17],
    ]);
  });

  it('finds nested blocks in order, one-line blocks, values over several lines and dynamic content', () => {
    const sg = top.blocks[2]?.body as BodyNode;
    expect([...sg.attributes.values()].map((a) => [a.name, a.line, a.endLine])).toEqual([
      ['name', 21, 21],
      ['tags', 22, 24],
    ]);
    expect(sg.blocks.map((b) => [b.type, b.labels, b.line, b.endLine])).toEqual([
      ['ingress', [], 26, 26],
      ['ingress', [], 28, 34],
      ['dynamic', ['egress'], 36, 41],
    ]);
    expect([...(sg.blocks[0]?.body.attributes.values() ?? [])].map((a) => [a.name, a.line, a.column])).toEqual([['from_port', 26, 13]]);
    expect([...(sg.blocks[1]?.body.attributes.values() ?? [])].map((a) => [a.name, a.line, a.endLine])).toEqual([
      ['from_port', 29, 29],
      ['cidr_blocks', 30, 33],
    ]);
    const content = sg.blocks[2]?.body.blocks[0];
    expect([content?.type, content?.line, [...(content?.body.attributes.keys() ?? [])]]).toEqual(['content', 38, ['cidr_blocks']]);
  });

  it('indexes blocks by type and labels exactly: labels that extend others name other blocks', () => {
    const body = locateStructure('a {}\na "x" {}\na "x" "y" {}\nb "x" {}\na "x" {}\n');
    expect(blocksNamed(body, 'a', []).map((b) => b.line)).toEqual([1]);
    expect(blocksNamed(body, 'a', ['x']).map((b) => b.line)).toEqual([2, 5]);
    expect(blocksNamed(body, 'a', ['x', 'y']).map((b) => b.line)).toEqual([3]);
    expect(blocksNamed(body, 'b', ['x']).map((b) => b.line)).toEqual([4]);
    expect(blocksNamed(body, 'a', ['y'])).toEqual([]);
    expect(blocksNamed(body, 'c', [])).toEqual([]);
  });

  it('locates the first of an attribute written twice', () => {
    const body = locateStructure('a = 1\nb = 2\na = 3\n');
    expect([...body.attributes.values()].map((a) => [a.name, a.line])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('never throws on text that is not HCL', () => {
    expect(locateStructure('resource "a" {{{ "unterminated\n<<EOT\n').blocks.map((b) => b.type)).toEqual(['resource']);
    expect(locateStructure('').blocks).toEqual([]);
  });
});

const corpusFiles = fg.sync('**/*.tf', { cwd: corpusDir }).sort();

// Without ../shared these tests are skipped; the run's summary says why (test/helpers/repo.ts).
describe('locateStructure on the corpus', needsShared(corpusDir), () => {
  it('has .tf files to check', () => {
    expect(corpusFiles.length).toBeGreaterThan(150);
  });

  it.each(corpusFiles)('%s: blocks and attributes agree with hcl2json', async (file) => {
    const text = readFileSync(path.join(corpusDir, file), 'utf8');
    const parsed = await parseHcl(text, file);
    if ('errors' in parsed) throw new Error(`hcl2json cannot parse ${file}: ${parsed.errors[0]?.message}`);
    const structure = locateStructure(text);
    const lines = text.split('\n');
    const missing: string[] = [];
    for (const kind of ['resource', 'data']) {
      const byType = parsed.json[kind] as Record<string, Record<string, Record<string, unknown>[]>> | undefined;
      for (const [type, byName] of Object.entries(byType ?? {})) {
        for (const [name, bodies] of Object.entries(byName)) {
          const nodes = structure.blocks.filter((b) => b.type === kind && b.labels[0] === type && b.labels[1] === name);
          if (nodes.length !== bodies.length) {
            missing.push(`${kind} ${type}.${name}: ${nodes.length} located, ${bodies.length} parsed`);
            continue;
          }
          nodes.forEach((node, i) => {
            if (!new RegExp(`^\\s*${kind}\\s+"?${type}"?\\s+"?${name}"?`).test(lines[node.line - 1] ?? '')) missing.push(`${kind} ${type}.${name} at line ${node.line}`);
            for (const [key, value] of Object.entries(bodies[i] ?? {})) {
              const isBlock = key === 'dynamic' || (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v)));
              const found = isBlock ? node.body.blocks.some((b) => b.type === key) || node.body.attributes.has(key) : node.body.attributes.has(key);
              if (!found) missing.push(`${kind} ${type}.${name}: ${key}`);
            }
          });
        }
      }
    }
    for (const kind of ['variable', 'output', 'module', 'provider']) {
      for (const name of Object.keys((parsed.json[kind] as Record<string, unknown> | undefined) ?? {})) {
        if (!structure.blocks.some((b) => b.type === kind && b.labels[0] === name)) missing.push(`${kind} ${name}`);
      }
    }
    const locals = (parsed.json.locals as Record<string, unknown>[] | undefined) ?? [];
    const localNodes = structure.blocks.filter((b) => b.type === 'locals');
    for (const name of locals.flatMap((l) => Object.keys(l))) {
      if (!localNodes.some((b) => b.body.attributes.has(name))) missing.push(`local ${name}`);
    }
    expect(missing).toEqual([]);
  });
});
