/**
 * A plan without `configuration` places no resource (index.ts: nothing would use where it sits):
 * its resources must read exactly as they do when the plan has a configuration that configures
 * nothing, which still places every resource (parses its address, finds its module instance).
 */
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { readTerraformPlan } from '../../src/parse/terraform-plan/index.js';
import type { AttrPath, SourceResource } from '../../src/parse/source.js';

const PLANS = fg.sync(['fixtures/**/*.plan.json', 'examples/**/*.json', 'test/**/*.plan.json'], { ignore: ['**/node_modules/**'] }).sort();

/** Every attribute path of a value (objects and lists), the value's own path included. */
function paths(value: unknown, base: AttrPath, out: AttrPath[], depth = 0): AttrPath[] {
  out.push(base);
  if (depth > 8 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...base, i], out, depth + 1));
  else for (const [k, v] of Object.entries(value)) paths(v, [...base, k], out, depth + 1);
  return out;
}

/** What a resource reads: its values and unknowns at every path of its plan entry, provider and configures. */
function reads(r: SourceResource, entry: unknown): unknown {
  const change = (entry as { change?: { after?: unknown; after_unknown?: unknown } }).change;
  const all = [...paths(change?.after, [], []), ...paths(change?.after_unknown, [], []), ['route', 0, 'gateway_id'], ['ingress', 0, 'cidr_blocks', 0]];
  return {
    address: r.address,
    values: all.map((p) => r.get(p)),
    provider: r.provider?.(),
    configures: ['route', 'ingress', 'egress', 'cidr_block', 'vpc_id'].map((a) => r.configures?.(a)),
  };
}

function read(plan: Record<string, unknown>, file: string): unknown[] {
  const text = JSON.stringify(plan);
  const result = readTerraformPlan(JSON.parse(text) as unknown, text, file);
  const entries = new Map<string, unknown>();
  for (const c of (plan.resource_changes as { address: string }[] | undefined) ?? []) entries.set(c.address, c);
  return result.resources.map((r) => reads(r, entries.get(r.address)));
}

describe('a plan without configuration', () => {
  it('has plans to check', () => {
    expect(PLANS.length).toBeGreaterThan(50);
  });

  it.each(PLANS)('%s: resources read the same as with a configuration that configures nothing', (file) => {
    let plan: unknown;
    try {
      plan = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return;
    }
    if (plan === null || typeof plan !== 'object' || Array.isArray(plan)) return;
    const { configuration: _dropped, ...rest } = plan as Record<string, unknown>;
    const without = read(rest, file);
    const placed = read({ ...rest, configuration: { root_module: {} } }, file);
    expect(without).toEqual(placed);
  });
});
