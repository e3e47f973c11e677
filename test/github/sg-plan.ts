/**
 * A small Terraform plan JSON with one security group rule, for the Action and pre-commit tests:
 * an existing VPC and group (known IDs), and a new ingress rule for one TCP port from `cidr`.
 * From 0.0.0.0/0, port 22 is a NET401 error and port 443 a NET401 warning; from 10.0.0.0/8 it
 * is clean. The rule resource is written at line 47.
 */
function change(address: string, type: string, after: Record<string, unknown>, existing: boolean) {
  return {
    address,
    mode: 'managed',
    type,
    name: address.split('.')[1],
    change: existing
      ? { actions: ['no-op'], before: after, after, after_unknown: {} }
      : { actions: ['create'], before: null, after, after_unknown: { id: true } },
  };
}

export const RULE_LINE = 47;

export function sgPlan(cidr: string, port: number): string {
  const plan = {
    format_version: '1.2',
    resource_changes: [
      change('aws_vpc.main', 'aws_vpc', { id: 'vpc-0123', cidr_block: '10.0.0.0/16' }, true),
      change('aws_security_group.web', 'aws_security_group', { id: 'sg-0123', vpc_id: 'vpc-0123', name: 'web' }, true),
      change(
        'aws_security_group_rule.ingress',
        'aws_security_group_rule',
        { type: 'ingress', security_group_id: 'sg-0123', protocol: 'tcp', from_port: port, to_port: port, cidr_blocks: [cidr] },
        false,
      ),
    ],
  };
  return `${JSON.stringify(plan, null, 2)}\n`;
}
