import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/parse/json.js';
import { isTerraformPlan, readTerraformPlan, type PlanReadResult } from '../../src/parse/terraform-plan/index.js';
import { corpusDir, needsShared } from '../helpers/repo.js';
import { resource } from './plan-helpers.js';

/** Without ../shared these tests are skipped; the run's summary says why (test/helpers/repo.ts). */
const shared = needsShared(corpusDir);

function read(file: string): PlanReadResult & { text: string } {
  const text = readFileSync(path.join(corpusDir, file), 'utf8');
  return { ...readTerraformPlan(parseJson(text, file), text, file), text };
}

describe('plan reader on the shared corpus', shared, () => {
  const files = fg.sync('**/*.json', { cwd: corpusDir }).sort();

  it('recognizes exactly the plans in the corpus and reads each without problems', () => {
    const plans: string[] = [];
    for (const file of files) {
      const text = readFileSync(path.join(corpusDir, file), 'utf8');
      const json = parseJson(text, file);
      if (!isTerraformPlan(json)) continue;
      plans.push(file);
      const result = readTerraformPlan(json, text, file);
      expect(result.problems, file).toEqual([]);
      for (const r of result.resources) {
        expect(r.file).toBe(file);
        expect(r.location().line, r.address).toBeGreaterThanOrEqual(1);
        for (const p of [['id'], ['vpc_id'], ['cidr_block'], ['ingress', 0, 'cidr_blocks', 0], ['route', 0, 'vpc_peering_connection_id']]) {
          expect(['known', 'unknown', 'absent']).toContain(r.get(p).state);
        }
      }
    }
    expect(plans).toEqual([
      'checkov/tfplan/plan_change_keys/tfplan.json',
      'checkov/tfplan/plan_with_for_each_for_enrichment/tf_plan.json',
      'checkov/tfplan/runner_resources_plan/tfplan.json',
      'kics/terraform/sensitive_port_is_exposed_to_entire_network/test/negative.json',
      'kics/terraform/sensitive_port_is_exposed_to_entire_network/test/positive.json',
      'real/jw-peering-cross-region-plan/fixture-state.json',
      'real/jw-peering-cross-region-plan/plan.json',
      'real/ocs-peering-plan-existing-partial-return/plan.json',
      'real/ocs-peering-plan-existing/plan.json',
      'real/ocs-peering-plan-new/plan.json',
      'real/ocs-peering-plan-remove-return-routes/plan.json',
      'real/tf-aws-sg-complete-plan/plan.json',
      'real/tf-aws-vpc-complete-plan-new/plan.json',
      'real/tf-aws-vpc-ipv6-dualstack-plan-new/plan.json',
      'real/tf-aws-vpc-secondary-cidrs-plan-existing/plan.json',
      'tfplan/aquasecurity__trivy/plan.json',
      'tfplan/fugue__regula/ingress_anywhere_infra.json',
      'tfplan/fugue__regula/ingress_anywhere_rdp_infra.json',
      'tfplan/fugue__regula/ingress_anywhere_ssh_infra.json',
      'tfplan/snyk__policy-engine/example-06-tf-v1.0/plan.json',
      'tfplan/terraform-compliance__cli/test_issue-158/plan.out.json',
      'tfplan/terraform-compliance__cli/test_issue-171/plan.out.json',
      'tfplan/terraform-compliance__cli/test_issue-181_sg_with_comma_separated/plan.out.json',
      'tfplan/terraform-compliance__cli/test_issue-234-ingress/plan.out.json',
      'tfplan/terraform-compliance__cli/test_issue-249/plan.out.json',
      'tfplan/terraform-compliance__cli/test_issue-sgr/plan.out.json',
      'tfplan/terraform-compliance__cli/test_issue_400/plan.out.json',
    ]);
  });

  it('trivy: a world-open security group, a module-less reference and a prior_state data source', () => {
    const plan = read('tfplan/aquasecurity__trivy/plan.json');
    expect(plan.resources.map((r) => [r.address, r.action])).toEqual([
      ['aws_s3_bucket.planbucket', 'create'],
      ['aws_s3_bucket_server_side_encryption_configuration.example', 'create'],
      ['aws_security_group.sg', 'create'],
      ['data.aws_s3_bucket.logging_bucket', undefined],
    ]);
    const sg = resource(plan, 'aws_security_group.sg');
    expect(sg.get(['ingress', 0, 'cidr_blocks'])).toEqual({ state: 'known', value: ['0.0.0.0/0'] });
    expect(sg.get(['ingress', 0, 'from_port'])).toEqual({ state: 'known', value: 80 });
    // No vpc_id in the configuration (the default VPC): the provider computes it.
    expect(sg.get(['vpc_id'])).toEqual({ state: 'unknown', reason: 'known after apply', refs: [], computed: true });
    // Minified: line 1, at the resource_changes entry (not the planned_values one before it).
    const entry = plan.text.indexOf('"address":"aws_security_group.sg","mode":"managed","type":"aws_security_group","name":"sg","provider_name":"registry.terraform.io/hashicorp/aws","change"');
    expect(entry).toBeGreaterThan(plan.text.indexOf('"address":"aws_security_group.sg"'));
    expect(sg.location()).toEqual({ file: 'tfplan/aquasecurity__trivy/plan.json', line: 1, column: entry + 1 });
    expect(resource(plan, 'aws_s3_bucket_server_side_encryption_configuration.example').get(['bucket'])).toEqual({
      state: 'unknown',
      reason: 'known after apply',
      refs: [{ address: 'aws_s3_bucket.planbucket', attribute: ['id'] }],
    });
    expect(resource(plan, 'data.aws_s3_bucket.logging_bucket').get(['id'])).toEqual({ state: 'known', value: 'iac-tfsec-dev' });
  });

  it('snyk: a module input fed by a two-level module output chain', () => {
    const plan = read('tfplan/snyk__policy-engine/example-06-tf-v1.0/plan.json');
    const grandchild = { state: 'unknown', reason: 'known after apply', refs: [{ address: 'module.child1.module.grandchild1.aws_vpc.grandchild', attribute: ['id'] }] };
    expect(resource(plan, 'module.child2.aws_security_group.child').get(['vpc_id'])).toEqual(grandchild);
    expect(resource(plan, 'aws_security_group.parent').get(['vpc_id'])).toEqual(grandchild);
    expect(resource(plan, 'module.child2.aws_security_group.child').location()).toEqual({
      file: 'tfplan/snyk__policy-engine/example-06-tf-v1.0/plan.json',
      line: 360,
      column: 13,
    });
  });

  it('terraform-compliance 158 (Terraform 0.12, terraform-aws-modules/vpc): count.index links and a lost local', () => {
    const plan = read('tfplan/terraform-compliance__cli/test_issue-158/plan.out.json');
    const subnet = resource(plan, 'module.vpc.aws_subnet.private[1]');
    expect(subnet.get(['cidr_block'])).toEqual({ state: 'known', value: '10.0.2.0/24' });
    expect(subnet.get(['vpc_id'])).toEqual({ state: 'unknown', reason: 'value comes from local.vpc_id in module.vpc; plan JSON does not record locals', refs: [] });
    // element(aws_subnet.private.*.id, count.index): references ["aws_subnet.private", "count.index"].
    expect(resource(plan, 'module.vpc.aws_route_table_association.private[1]').get(['subnet_id'])).toEqual({
      state: 'unknown',
      reason: 'known after apply',
      refs: [{ address: 'module.vpc.aws_subnet.private[1]', attribute: [] }],
    });
  });

  it('checkov: module instances with for_each keys', () => {
    const plan = read('checkov/tfplan/plan_with_for_each_for_enrichment/tf_plan.json');
    expect(plan.resources.filter((r) => r.type === 'aws_security_group').map((r) => r.address)).toEqual([
      'module.sg["awful_example"].aws_security_group.bad',
      'module.sg["bad_example"].aws_security_group.bad',
      'module.sg["terrible_example"].aws_security_group.bad',
    ]);
    const sg = resource(plan, 'module.sg["bad_example"].aws_security_group.bad');
    expect(sg.get(['vpc_id'])).toEqual({ state: 'known', value: 'vpc-123456abc' });
    expect(sg.get(['ingress', 0, 'cidr_blocks'])).toEqual({ state: 'known', value: ['0.0.0.0/0'] });
  });

  it('terraform-compliance 249 (Terraform 0.12 prior_state with module-relative addresses)', () => {
    const plan = read('tfplan/terraform-compliance__cli/test_issue-249/plan.out.json');
    expect(resource(plan, 'module.data-utils.data.aws_vpc.default').get(['cidr_block'])).toEqual({ state: 'known', value: '10.107.56.0/21' });
    // The module-relative copies in prior_state are the same instances as these resource_changes.
    expect(plan.resources.filter((r) => r.address === 'aws_security_group.sg_asg' || r.address === 'aws_security_group.alb')).toEqual([]);
    expect(resource(plan, 'module.myapp-asg.aws_security_group.sg_asg').action).toBe('no-op');
  });
});
