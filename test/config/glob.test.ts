import { describe, expect, it } from 'vitest';
import { anyGlob, globMatcher } from '../../src/config/glob.js';

describe('globMatcher', () => {
  it.each([
    // [glob, path, matches]
    ['infra/**', 'infra/net/main.tf', true],
    ['infra/**', 'infrastructure/main.tf', false],
    ['infra', 'infra/net/main.tf', true],
    ['infra/', 'infra/main.tf', true],
    ['legacy', 'infra/legacy/main.tf', true],
    ['legacy', 'infra/legacy-v2/main.tf', false],
    ['/legacy', 'infra/legacy/main.tf', false],
    ['/legacy', 'legacy/main.tf', true],
    ['*.plan.json', 'env/prod/net.plan.json', true],
    ['*.plan.json', 'env/prod/net.json', false],
    ['env/*/net.json', 'env/prod/net.json', true],
    ['env/*/net.json', 'env/prod/eu/net.json', false],
    ['env/**/net.json', 'env/prod/eu/net.json', true],
    ['env/**/net.json', 'env/net.json', true],
    ['**/*.{yaml,yml}', 'cfn/stack.yml', true],
    ['**/*.{yaml,yml}', 'cfn/stack.json', false],
    ['stack-?.yaml', 'cfn/stack-a.yaml', true],
    ['stack-?.yaml', 'cfn/stack-ab.yaml', false],
    ['stack-[ab].yaml', 'stack-b.yaml', true],
    ['stack-[!ab].yaml', 'stack-c.yaml', true],
    ['stack-[!ab].yaml', 'stack-a.yaml', false],
    ['./infra/*.tf', 'infra/main.tf', true],
    ['a+b(c).tf', 'a+b(c).tf', true],
    ['a+b(c).tf', 'aab(c).tf', false],
  ] as const)('%s against %s: %s', (glob, path, matches) => {
    expect(globMatcher(glob)(path)).toBe(matches);
  });

  it('matches when any glob of a list matches', () => {
    const m = anyGlob(['legacy', '*.plan.json']);
    expect(['legacy/a.tf', 'x/y.plan.json', 'x/y.tf'].map(m)).toEqual([true, true, false]);
    expect(anyGlob([])('anything')).toBe(false);
  });
});
