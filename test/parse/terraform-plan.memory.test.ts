/**
 * What a read plan keeps of the parsed JSON: its resources hold their own values and the
 * configuration, not the whole plan (prior_state, planned_values and the changes' `before` values
 * are most of a large plan, and are not needed once the plan is read).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readTerraformPlan, type PlanReadResult } from '../../src/parse/terraform-plan/index.js';
import { change, configResource, refs, type Json } from './plan-helpers.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const PLAN: Json = {
  format_version: '1.2',
  planned_values: { root_module: { resources: [{ address: 'aws_vpc.a', mode: 'managed', type: 'aws_vpc', name: 'a', values: {} }] } },
  resource_changes: [change('aws_vpc.a', ['create'], { cidr_block: '10.0.0.0/16' }), change('aws_subnet.a', ['create'], { cidr_block: '10.0.1.0/24' }, { vpc_id: true })],
  prior_state: { values: { root_module: { resources: [{ address: 'aws_vpc.a', mode: 'managed', type: 'aws_vpc', name: 'a', values: {} }] } } },
  configuration: { root_module: { resources: [configResource('aws_subnet.a', { vpc_id: refs('aws_vpc.a.id', 'aws_vpc.a') })] } },
};

/** Reads the plan, and gives weak references to the parsed plan and its prior state. */
function readWatched(): { result: PlanReadResult; plan: WeakRef<object>; prior: WeakRef<object> } {
  const text = JSON.stringify(PLAN);
  const json = JSON.parse(text) as { prior_state: object };
  return { result: readTerraformPlan(json, text, 'plan.json'), plan: new WeakRef(json), prior: new WeakRef(json.prior_state) };
}

describe('a read plan', () => {
  it('does not keep the parsed plan alive through its resources', async () => {
    const { result, plan, prior } = readWatched();
    // Weak references made in this turn hold their targets until it ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect(plan.deref()).toBeUndefined();
    expect(prior.deref()).toBeUndefined();
    // The resources still read their values and follow references.
    const subnet = result.resources.find((r) => r.address === 'aws_subnet.a')!;
    expect(subnet.get(['cidr_block'])).toStrictEqual({ state: 'known', value: '10.0.1.0/24' });
    expect(subnet.get(['vpc_id'])).toMatchObject({ state: 'unknown', refs: [{ address: 'aws_vpc.a', attribute: ['id'] }] });
  });
});
