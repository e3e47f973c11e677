/**
 * The seams of issue 14 in the model builder: the format-neutral context files test no input format
 * and name no Terraform attribute (terraform-references.ts holds those), and there is one
 * longest-prefix split of a route table (nestedRoutes), which both TablePartition (NET102) and
 * NET201 use.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCidr } from '../../src/model/cidr.js';
import { nestedRoutes } from '../../src/model/route-partition.js';
import type { Cidr } from '../../src/model/types.js';

const NEUTRAL = ['context.ts', 'resources.ts', 'values.ts', 'registry.ts', 'references.ts', 'ordered.ts'];

describe('format-neutral builder files', () => {
  for (const file of NEUTRAL) {
    it(`${file} tests no format and names no Terraform attribute`, () => {
      const text = readFileSync(new URL(`../../src/model/builder/${file}`, import.meta.url), 'utf8');
      expect(text).not.toMatch(/\.format\s*[!=]==/);
      expect(text).not.toMatch(/'terraform-plan'|'terraform-hcl'|'cloudformation'/);
      expect(text).not.toMatch(/main_route_table_id|default_route_table_id|default_security_group_id/);
    });
  }
});

function cidr(text: string): Cidr {
  const p = parseCidr(text);
  if (!p.ok) throw new Error(text);
  return p.cidr;
}

describe('nestedRoutes', () => {
  it('gives each range the ranges directly nested in it, innermost first', () => {
    const placed = ['10.0.0.0/8', '10.1.2.0/24', '10.1.0.0/16', '192.168.0.0/16', '10.2.0.0/16'].map((t) => ({ cidr: cidr(t), name: t }));
    const seen: [string, string[]][] = [];
    nestedRoutes(placed, (entry, nested) => seen.push([entry.name, nested.map((c) => c.canonical)]));
    expect(seen).toEqual([
      ['10.1.2.0/24', []],
      ['10.1.0.0/16', ['10.1.2.0/24']],
      ['10.2.0.0/16', []],
      ['10.0.0.0/8', ['10.1.0.0/16', '10.2.0.0/16']],
      ['192.168.0.0/16', []],
    ]);
  });

  it('visits nothing for no ranges', () => {
    let calls = 0;
    nestedRoutes([], () => calls++);
    expect(calls).toBe(0);
  });
});
