/**
 * The bundled examples read from their `.tf` sources: the sources give the findings their plans
 * give (same rules, resources and facts), located in the `.tf` files; and a directory that holds
 * the plan of its own configuration is linted through the plan only, so `vpclint examples/`
 * reports each planted mistake once (examples/README.md says so).
 */
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../../src/run.js';
import { repoRoot } from '../helpers/repo.js';

describe('examples/ from the .tf sources', () => {
  it('hub-and-spokes: the seven planted findings of its plan, at the lines of the sources', async () => {
    const tf = await lintPaths(['examples/hub-and-spokes/main.tf'], { cwd: repoRoot });
    const plan = await lintPaths(['examples/hub-and-spokes/plan.json'], { cwd: repoRoot });
    expect(tf.errors).toEqual([]);
    const facts = (r: typeof tf) => r.findings.map((f) => `${f.ruleId} ${f.resource} ${JSON.stringify(f.data)}`).sort();
    expect(facts(tf)).toEqual(facts(plan));
    expect(tf.findings.map((f) => [f.ruleId, f.location.file, f.location.line])).toEqual([
      ['NET401', 'examples/hub-and-spokes/main.tf', 182],
      ['NET001', 'examples/hub-and-spokes/main.tf', 207],
      ['NET101', 'examples/hub-and-spokes/modules/spoke/main.tf', 55],
      ['NET301', 'examples/hub-and-spokes/modules/spoke/main.tf', 55],
      ['NET201', 'examples/hub-and-spokes/modules/spoke/main.tf', 67],
      ['NET202', 'examples/hub-and-spokes/modules/spoke/main.tf', 76],
      ['NET203', 'examples/hub-and-spokes/modules/spoke/main.tf', 76],
    ]);
    expect(tf.files).toEqual([
      'examples/hub-and-spokes/main.tf',
      'examples/hub-and-spokes/modules/spoke/main.tf',
      'examples/hub-and-spokes/modules/spoke/outputs.tf',
      'examples/hub-and-spokes/modules/spoke/variables.tf',
      'examples/hub-and-spokes/outputs.tf',
      'examples/hub-and-spokes/variables.tf',
    ]);
  });

  it('clean-peering: no findings and nothing unresolved from the sources either', async () => {
    const tf = await lintPaths(['examples/clean-peering/main.tf'], { cwd: repoRoot });
    expect([tf.errors, tf.findings, tf.unresolved]).toEqual([[], [], []]);
  });

  it('lints a directory that holds the plan of its own configuration through the plan only', async () => {
    const all = await lintPaths(['examples/'], { cwd: repoRoot });
    expect(all.files).toEqual(['examples/clean-peering/plan.json', 'examples/hub-and-spokes/plan.json']);
    // The plan sits beside the sources it was made from: its findings are located where the .tf
    // lint locates them, and keep their plan position.
    expect(all.findings.map((f) => [f.ruleId, f.location.file, f.location.line, f.planLocation?.file, f.planLocation?.line])).toEqual([
      ['NET401', 'examples/hub-and-spokes/main.tf', 182, 'examples/hub-and-spokes/plan.json', 2270],
      ['NET001', 'examples/hub-and-spokes/main.tf', 207, 'examples/hub-and-spokes/plan.json', 2305],
      ['NET101', 'examples/hub-and-spokes/modules/spoke/main.tf', 55, 'examples/hub-and-spokes/plan.json', 3951],
      ['NET301', 'examples/hub-and-spokes/modules/spoke/main.tf', 55, 'examples/hub-and-spokes/plan.json', 2853],
      ['NET201', 'examples/hub-and-spokes/modules/spoke/main.tf', 67, 'examples/hub-and-spokes/plan.json', 2896],
      ['NET202', 'examples/hub-and-spokes/modules/spoke/main.tf', 76, 'examples/hub-and-spokes/plan.json', 3451],
      ['NET203', 'examples/hub-and-spokes/modules/spoke/main.tf', 76, 'examples/hub-and-spokes/plan.json', 2380],
    ]);
    const tf = await lintPaths(['examples/hub-and-spokes/main.tf'], { cwd: repoRoot });
    const at = (r: typeof tf) => r.findings.map((f) => `${f.ruleId} ${f.resource} ${f.location.file}:${f.location.line}:${f.location.column ?? 0}`).sort();
    expect(at(all)).toEqual(at(tf));
  });
});
