/**
 * Pull requests against existing estates (fixtures/_lifecycle): each estate was applied to a
 * local AWS API (moto), changed as a pull request would change it, and planned again with
 * refresh (scripts/fixtures/lifecycle.py), so the plans are what CI sees on a real estate:
 * refreshed route tables and security groups that list the routes and rules of standalone
 * resources, deletions, replacements, registry modules under .terraform/modules. Each case is
 * linted as its plan and as the .tf of both sides of the change; every finding, unresolved check
 * and error is asserted. The expected results were worked out from AWS's documented behaviour
 * (the case READMEs say why), not copied from vpclint's output.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Severity } from '../src/engine/finding.js';
import { lintPaths } from '../src/run.js';
import { fixturesDir, repoRoot } from './helpers/repo.js';

const dir = path.join(fixturesDir, '_lifecycle');

interface Expected {
  readonly rule: string;
  readonly resource: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly line: number;
}

const f = (rule: string, resource: string, severity: Severity, messageId: string, line: number): Expected => ({
  rule,
  resource,
  severity,
  messageId,
  line,
});

async function lint(input: string) {
  const result = await lintPaths([input], { cwd: dir });
  return {
    errors: result.errors.map((e) => e.message),
    findings: result.findings.map((x) => ({ rule: x.ruleId, resource: x.resource, severity: x.severity, messageId: x.messageId, line: x.location.line })),
    files: result.files,
    unresolved: result.unresolved.map((u) => `${u.ruleId} ${u.resource}`),
  };
}

describe('fixtures/_lifecycle: pull requests against existing estates', () => {
  it('pr-delete-standalone-sg-rule: deleting the world-open SSH rule leaves one warning, on the HTTPS rule resource', async () => {
    // The refreshed aws_security_group.web still lists both rules; the SSH one is deleted by the
    // plan and the HTTPS one is aws_security_group_rule.https: nothing is left under web.ingress[N].
    const plan = await lint('pr-delete-standalone-sg-rule/plan.json');
    expect(plan).toEqual({
      errors: [],
      findings: [f('NET401', 'aws_security_group_rule.https', 'warning', 'openPort', 1)],
      files: ['pr-delete-standalone-sg-rule/plan.json'],
      unresolved: [],
    });
    const before = await lint('pr-delete-standalone-sg-rule/before');
    expect(before.findings).toEqual([
      f('NET401', 'aws_security_group_rule.ssh', 'error', 'sensitivePort', 51),
      f('NET401', 'aws_security_group_rule.https', 'warning', 'openPort', 61),
    ]);
    expect((await lint('pr-delete-standalone-sg-rule/after')).findings).toEqual([
      f('NET401', 'aws_security_group_rule.https', 'warning', 'openPort', 51),
    ]);
  });

  it('pr-delete-return-routes: the route that lost its way back is reported, although the refreshed table still lists it', async () => {
    const plan = await lint('pr-delete-return-routes/plan.json');
    expect(plan).toEqual({
      errors: [],
      findings: [f('NET201', 'aws_route.app_to_db', 'error', 'missingReturnRoute', 1)],
      files: ['pr-delete-return-routes/plan.json'],
      unresolved: [],
    });
    expect((await lint('pr-delete-return-routes/before')).findings).toEqual([]);
    expect((await lint('pr-delete-return-routes/after')).findings).toEqual([
      f('NET201', 'aws_route.app_to_db', 'error', 'missingReturnRoute', 84),
    ]);
  });

  it('pr-add-inline-sg-rules: inline ingress on a group with rule resources is NET205, and each world-open rule NET401', async () => {
    // Terraform makes the group's rules exactly the inline ones on apply, revoking the rule
    // resources, which the next apply adds back: the SSH rule resource stays in the code.
    const plan = await lint('pr-add-inline-sg-rules/plan.json');
    expect(plan).toEqual({
      errors: [],
      findings: [
        f('NET205', 'aws_security_group.api', 'warning', 'mixedRules', 1),
        f('NET401', 'aws_security_group.api', 'warning', 'openPort', 1),
        f('NET401', 'aws_vpc_security_group_ingress_rule.ssh', 'error', 'sensitivePort', 1),
      ],
      files: ['pr-add-inline-sg-rules/plan.json'],
      unresolved: [],
    });
    expect((await lint('pr-add-inline-sg-rules/before')).findings).toEqual([
      f('NET401', 'aws_vpc_security_group_ingress_rule.ssh', 'error', 'sensitivePort', 57),
    ]);
    expect((await lint('pr-add-inline-sg-rules/after')).findings).toEqual([
      f('NET205', 'aws_security_group.api', 'warning', 'mixedRules', 31),
      f('NET401', 'aws_security_group.api', 'warning', 'openPort', 41),
      f('NET401', 'aws_vpc_security_group_ingress_rule.ssh', 'error', 'sensitivePort', 65),
    ]);
  });

  it('pr-replace-peering: routes follow the replacing connection; stale refreshed entries of the old one are gone', async () => {
    for (const input of ['pr-replace-peering/plan.json', 'pr-replace-peering/before', 'pr-replace-peering/after']) {
      const result = await lint(input);
      expect(result.errors, input).toEqual([]);
      expect(result.findings, input).toEqual([]);
      expect(result.unresolved, input).toEqual([]);
    }
  });

  it('registry-module-estate: modules from .terraform/modules are read; the no-op plan and both sides are clean', async () => {
    for (const input of ['registry-module-estate/plan.json', 'registry-module-estate/before', 'registry-module-estate/after']) {
      const result = await lint(input);
      expect(result.errors, input).toEqual([]);
      expect(result.findings, input).toEqual([]);
      expect(result.unresolved, input).toEqual([]);
    }
    // The .tf estate is read with its installed modules, not as the root alone.
    expect((await lint('registry-module-estate/after')).files).toContain('registry-module-estate/after/.terraform/modules/vpc_db/main.tf');
  });

  it('registry-module-estate: the PR adding an AZ leaves the new return route unplaced in the plan, so NET201 is unresolved', async () => {
    // aws_route.db_to_app[2].route_table_id is module.vpc_db.private_route_table_ids[count.index]:
    // plan JSON records the references, not which instance the index picks, so the new table's
    // way back cannot be told from the plan (the .tf above evaluates it and is clean).
    const plan = await lint('registry-module-estate/after.plan.json');
    expect(plan.errors).toEqual([]);
    expect(plan.findings).toEqual([]);
    expect(plan.unresolved).toEqual([
      'NET201 aws_route.app_to_db[0]',
      'NET201 aws_route.app_to_db[1]',
      'NET201 aws_route.app_to_db[2]',
      'NET201 aws_route.db_to_app[2]',
      'NET202 aws_route.db_to_app[2]',
      'NET203 aws_route.db_to_app[2]',
      'NET204 aws_route.db_to_app[2]',
    ]);
  });

  it('as the CLI runs them: the SSH fix exits 0 with one warning, the return-route deletion fails the build', () => {
    const run = (input: string) =>
      spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), input], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const fixed = run('pr-delete-standalone-sg-rule/plan.json');
    expect(fixed.status).toBe(0);
    expect(fixed.stdout).toMatch(/^pr-delete-standalone-sg-rule\/plan\.json:1 {2}warning {2}NET401 {2}aws_security_group_rule\.https admits tcp port 443 from 0\.0\.0\.0\/0/m);
    expect(fixed.stdout).not.toMatch(/aws_security_group\.web\.ingress|aws_security_group_rule\.ssh/);
    const broken = run('pr-delete-return-routes/plan.json');
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(
      /^pr-delete-return-routes\/plan\.json:1 {2}error {2}NET201 {2}Route aws_route\.app_to_db sends 10\.2\.0\.0\/16 over peering aws_vpc_peering_connection\.app_db to aws_vpc\.db, but aws_route_table\.db_private has no route back/m,
    );
  });
});
