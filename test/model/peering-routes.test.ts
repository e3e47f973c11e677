/**
 * peeringRouteClasses: the classification of every route that NET202 and NET203 share, made once
 * per model, is classifyPeeringRoute's for each route, in the order of the model's routes.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyPeeringRoute, peeringRouteClasses, VpcBlockIndex } from '../../src/model/peering-routes.js';
import type { NetworkModel } from '../../src/model/types.js';
import { lintPaths } from '../../src/run.js';
import { fixturesDir, repoRoot } from '../helpers/repo.js';

const RULES = ['transitive-peering-route', 'edge-to-edge-route', 'missing-reverse-route', 'route-to-foreign-peering'];
const INPUT = /^(positive|negative)-.*\.(plan\.json|tf|cfn\.yaml|cfn\.json)$/;

const inputs = RULES.flatMap((rule) =>
  readdirSync(path.join(fixturesDir, rule))
    .filter((name) => INPUT.test(name))
    .map((name) => path.join('fixtures', rule, name)),
);

async function modelOf(file: string): Promise<NetworkModel> {
  let model: NetworkModel | undefined;
  await lintPaths([file], { cwd: repoRoot, rules: [], modelBuilt: (m) => (model = m) });
  if (model === undefined) throw new Error(`no model for ${file}`);
  return model;
}

describe('peeringRouteClasses', () => {
  it('has fixtures to compare', () => {
    expect(inputs.length).toBeGreaterThan(40);
  });

  it.each(inputs)('%s: each route classified as classifyPeeringRoute does, made once per model', async (file) => {
    const model = await modelOf(file);
    const index = new VpcBlockIndex(model);
    const fresh = model.routes.map((route) => classifyPeeringRoute(route, index));
    const shared = peeringRouteClasses(model);
    expect(shared).toHaveLength(model.routes.length);
    expect(shared).toEqual(fresh);
    expect(peeringRouteClasses(model)).toBe(shared);
  });
});
