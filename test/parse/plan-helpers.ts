/** Small builders for hand-written plans in the plan reader tests. */
import { readTerraformPlan, type PlanReadResult } from '../../src/parse/terraform-plan/index.js';
import type { SourceResource } from '../../src/parse/source.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One resource_changes entry. */
export function change(
  address: string,
  actions: string[],
  after: Json,
  afterUnknown: Json = {},
  extra: { [key: string]: Json } = {},
): Json {
  const m = /(?:^|\.)(?:(data)\.)?([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)(?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?$/.exec(address);
  return {
    address,
    mode: m?.[1] === 'data' ? 'data' : 'managed',
    type: m?.[2] ?? 'unknown',
    name: m?.[3] ?? 'unknown',
    change: { actions, before: null, after, after_unknown: afterUnknown },
    ...extra,
  };
}

/** A configuration resource inside a module. */
export function configResource(address: string, expressions: { [key: string]: Json }, extra: { [key: string]: Json } = {}): Json {
  const data = address.startsWith('data.');
  const [type, name] = (data ? address.slice(5) : address).split('.');
  return { address, mode: data ? 'data' : 'managed', type: type!, name: name!, expressions, ...extra };
}

export const refs = (...references: string[]): Json => ({ references });
export const constant = (value: Json): Json => ({ constant_value: value });

/** Reads a plan object through its pretty-printed text, as a file would be. */
export function readPlan(plan: Json, file = 'plan.json'): PlanReadResult & { text: string } {
  const text = JSON.stringify(plan, null, 2);
  return { ...readTerraformPlan(JSON.parse(text) as unknown, text, file), text };
}

/** The resource with this address; fails the test when there is none. */
export function resource(result: PlanReadResult, address: string): SourceResource {
  const r = result.resources.find((x) => x.address === address);
  if (r === undefined) throw new Error(`no resource ${address} in [${result.resources.map((x) => x.address).join(', ')}]`);
  return r;
}
