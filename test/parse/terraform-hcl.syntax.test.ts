/**
 * parseTemplate makes the tree of a template that is one reference (`${aws_vpc.a.id}`) without the
 * parser: that shortcut must give the tree the parser gives, on edge cases written here and on every
 * string of the repository's `.tf` fixtures and examples, as hcl2json emits them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { parseHcl } from '../../src/parse/terraform-hcl/hcl2json.js';
import { parseTemplate, parseTemplateInFull, type Expr } from '../../src/parse/terraform-hcl/syntax.js';
import { repoRoot } from '../helpers/repo.js';

/** The tree, or the syntax error's message. */
function tree(parse: (text: string) => Expr, text: string): unknown {
  try {
    return parse(text);
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function strings(json: unknown, out: string[]): string[] {
  if (typeof json === 'string') out.push(json);
  else if (Array.isArray(json)) for (const x of json) strings(x, out);
  else if (typeof json === 'object' && json !== null) {
    for (const [k, v] of Object.entries(json)) {
      out.push(k);
      strings(v, out);
    }
  }
  return out;
}

describe('parseTemplate of one reference', () => {
  it.each([
    '${a}',
    '${aws_vpc.a.id}',
    '${var.name-with-dashes}',
    '${module.net.subnet_ids}',
    '${true}',
    '${null.x}',
    '${false.y}',
    '${a.0.b}',
    '${a[0].b}',
    '${ a.b }',
    '${~a.b}',
    '${a.b~}',
    '${a.b}x',
    'x${a.b}',
    '$${a.b}',
    '${a.b}${c}',
    '${a::b}',
    '${a.b.}',
    '${.a}',
    '${a.b',
    '${é.b}',
    '${a.*.b}',
  ])('%s: as the parser reads it', (text) => {
    expect(tree(parseTemplate, text)).toEqual(tree(parseTemplateInFull, text));
  });

  it('gives the parser’s tree for every string of the .tf fixtures and examples', async () => {
    const files = fg.sync(['fixtures/**/*.tf', 'examples/**/*.tf'], { cwd: repoRoot, ignore: ['**/.terraform/**'] }).sort();
    expect(files.length).toBeGreaterThan(100);
    let references = 0;
    for (const file of files) {
      const parsed = await parseHcl(readFileSync(path.join(repoRoot, file), 'utf8'), file);
      if ('errors' in parsed) continue;
      for (const text of strings(parsed.json, [])) {
        const full = tree(parseTemplateInFull, text);
        if (typeof full === 'object' && full !== null && (full as Expr).k === 'wrap') references++;
        expect(tree(parseTemplate, text), `${file}: ${text}`).toEqual(full);
      }
    }
    expect(references).toBeGreaterThan(500);
  });
});
