import { describe, expect, it } from 'vitest';
import { defineRule, type Rule, type UnknownCause } from '../../src/engine/define-rule.js';
import { runRules } from '../../src/engine/run-rules.js';
import { blockedRules, groupUnresolved, unresolvedCount } from '../../src/report/unresolved.js';
import type { NetworkModel, Subject } from '../../src/model/types.js';
import { fakeResource } from '../helpers/source.js';

const route = fakeResource({
  address: 'aws_route.to_peer',
  type: 'aws_route',
  values: { route_table_id: 'rtb-1' },
  unknown: { destination_cidr_block: { reason: 'variable peer_cidr has no value' }, vpc_peering_connection_id: {} },
});
const other = fakeResource({ address: 'aws_route.to_peer', type: 'aws_route', file: 'other.tf.json', unknown: { destination_cidr_block: {} } });
const destination: Subject = { resource: route, path: ['destination_cidr_block'] };
const model = {} as NetworkModel;

/** A rule that reports one unresolved check per call given. */
function rule(id: string, name: string, calls: readonly (readonly [Subject, string, UnknownCause?])[]): Rule {
  return defineRule({
    id,
    name,
    defaultSeverity: 'error',
    summary: 'Test only.',
    rationale: 'Test only.',
    remediation: 'Test only.',
    messages: { m: 'm' },
    check(_model, context) {
      for (const [subject, reason, cause] of calls) context.unresolved(subject, reason, cause);
    },
  });
}

const why = 'the destination of aws_route.to_peer is unknown (destination_cidr_block of aws_route.to_peer is unknown (variable peer_cidr has no value))';

describe('unresolved checks grouped by the unknown value', () => {
  it('gives the three route rules one entry for the destination they all need', () => {
    const { unresolved } = runRules(model, [
      rule('NET203', 'edge-to-edge-route', [[destination, why]]),
      rule('NET201', 'missing-reverse-route', [[destination, why]]),
      rule('NET202', 'transitive-peering-route', [[destination, why]]),
    ]);
    expect(unresolved.map((u) => u.value)).toEqual(
      Array(3).fill({
        resource: 'aws_route.to_peer',
        file: 'main.tf.json',
        attribute: 'destination_cidr_block',
        reason: 'variable peer_cidr has no value',
        location: { file: 'main.tf.json', line: 1 },
      }),
    );
    const entries = groupUnresolved(unresolved);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.text).toBe('destination_cidr_block is unknown (variable peer_cidr has no value)');
    expect(blockedRules(entries[0]!)).toBe('NET201 missing-reverse-route, NET202 transitive-peering-route, NET203 edge-to-edge-route');
    expect(unresolvedCount(unresolved)).toBe('3 unresolved checks blocked by 1 unknown');
  });

  it('keeps a check on its own when its reason is not about the value of its subject', () => {
    const { unresolved } = runRules(model, [
      rule('NET201', 'missing-reverse-route', [[destination, why]]),
      // The subject's value is unknown, but the reason is about the peering connection.
      rule('NET204', 'route-to-foreign-peering', [[destination, 'the peering connection of aws_route.to_peer is outside the plan']]),
      // No attribute path: nothing to take the value from.
      rule('NET101', 'peering-cidr-overlap', [[{ resource: route }, why]]),
    ]);
    expect(unresolved.find((u) => u.ruleId === 'NET204')?.value).toBeUndefined();
    expect(unresolved.find((u) => u.ruleId === 'NET101')?.value).toBeUndefined();
    const entries = groupUnresolved(unresolved);
    expect(entries.map((e) => e.checks.map((c) => c.ruleId))).toEqual([['NET101'], ['NET201'], ['NET204']]);
    expect(entries[0]!.text).toBe(why);
    expect(unresolvedCount(unresolved)).toBe('3 unresolved checks');
  });

  it('takes an explicit cause: its reason, or the attribute\'s own', () => {
    const peering = { resource: route, path: ['vpc_peering_connection_id'] } as const;
    const { unresolved } = runRules(model, [
      rule('NET201', 'missing-reverse-route', [[destination, 'the peering connection of aws_route.to_peer is unknown (…)', peering]]),
      rule('NET204', 'route-to-foreign-peering', [[{ resource: route }, 'its peering connection is unknown', peering]]),
      rule('NET202', 'transitive-peering-route', [[destination, 'the route table is rtb-1, outside the plan', { resource: route, path: ['route_table_id'], reason: 'rtb-1 is not in the plan' }]]),
      // A known attribute without a reason is not an unknown value.
      rule('NET203', 'edge-to-edge-route', [[destination, 'the route table is rtb-1', { resource: route, path: ['route_table_id'] }]]),
    ]);
    const entries = groupUnresolved(unresolved);
    // Same place and resource: ordered by the first rule each entry blocks.
    expect(entries.map((e) => [e.text, e.checks.map((c) => c.ruleId)])).toEqual([
      ['vpc_peering_connection_id is known after apply', ['NET201', 'NET204']],
      ['route_table_id is unknown (rtb-1 is not in the plan)', ['NET202']],
      ['the route table is rtb-1', ['NET203']],
    ]);
  });

  it('never joins the same attribute of different resources, or of one address in two files', () => {
    const { unresolved } = runRules(model, [
      rule('NET201', 'missing-reverse-route', [
        [destination, why],
        [{ resource: other, path: ['destination_cidr_block'] }, 'the destination is known after apply'],
      ]),
      rule('NET202', 'transitive-peering-route', [[{ resource: other, path: ['destination_cidr_block'] }, 'the destination is known after apply']]),
    ]);
    const entries = groupUnresolved(unresolved);
    expect(entries.map((e) => [e.location.file, e.checks.map((c) => c.ruleId)])).toEqual([
      ['main.tf.json', ['NET201']],
      ['other.tf.json', ['NET201', 'NET202']],
    ]);
    expect(unresolvedCount(unresolved)).toBe('3 unresolved checks blocked by 2 unknowns');
  });
});
