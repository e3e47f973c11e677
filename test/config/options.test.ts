/**
 * Rule options from the configuration file reach the rules: NET401's ports allowed from the world
 * and its administrative ports, NET303's thresholds; severities override the rule's own grading.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { parseConfig } from '../../src/config/load.js';
import { lint } from '../../src/run.js';

const GROUPS = `
resource "aws_security_group" "edge" {
  name = "edge"
}

resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_security_group.edge.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_vpc_security_group_ingress_rule" "alt_http" {
  security_group_id = aws_security_group.edge.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 8080
  to_port           = 8090
}

resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = aws_security_group.edge.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
}

resource "aws_vpc_security_group_ingress_rule" "admin_ui" {
  security_group_id = aws_security_group.edge.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 8443
  to_port           = 8443
}
`;

async function net401(configText: string | undefined) {
  const config = configText === undefined ? undefined : await parseConfig(configText, '.vpclint.yml', '/repo', rules);
  const result = await lint([{ file: 'main.tf', text: GROUPS }], { config });
  expect(result.errors).toEqual([]);
  return result.findings.filter((f) => f.ruleId === 'NET401').map((f) => [f.resource, f.messageId, f.severity, f.data.services ?? '']);
}

describe('open-ingress (NET401) options', () => {
  it('by default: SSH is an error, the web ports and 8443 warnings', async () => {
    expect(await net401(undefined)).toEqual([
      ['aws_vpc_security_group_ingress_rule.https', 'openPort', 'warning', ''],
      ['aws_vpc_security_group_ingress_rule.alt_http', 'openPort', 'warning', ''],
      ['aws_vpc_security_group_ingress_rule.ssh', 'sensitivePort', 'error', 'SSH (22)'],
      ['aws_vpc_security_group_ingress_rule.admin_ui', 'openPort', 'warning', ''],
    ]);
  });

  it('allowedPorts: rules whose ports all lie among the allowed ports or ranges are not reported', async () => {
    expect(await net401('rules:\n  open-ingress:\n    options:\n      allowedPorts: [443, "8080-8089"]\n')).toEqual([
      // 8090 is outside 8080-8089, so the rule for 8080-8090 is still reported.
      ['aws_vpc_security_group_ingress_rule.alt_http', 'openPort', 'warning', ''],
      ['aws_vpc_security_group_ingress_rule.ssh', 'sensitivePort', 'error', 'SSH (22)'],
      ['aws_vpc_security_group_ingress_rule.admin_ui', 'openPort', 'warning', ''],
    ]);
  });

  it('allowedPorts: adjacent ranges together cover a rule', async () => {
    expect(await net401('rules:\n  NET401:\n    options: { allowedPorts: [443, "8080-8085", "8086-8090", 22] }\n')).toEqual([
      ['aws_vpc_security_group_ingress_rule.admin_ui', 'openPort', 'warning', ''],
    ]);
  });

  it('administrativePorts replaces the built-in list: 8443 becomes an error, SSH a warning', async () => {
    expect(await net401('rules:\n  open-ingress:\n    options:\n      administrativePorts: [8443, 3389]\n')).toEqual([
      ['aws_vpc_security_group_ingress_rule.https', 'openPort', 'warning', ''],
      ['aws_vpc_security_group_ingress_rule.alt_http', 'openPort', 'warning', ''],
      ['aws_vpc_security_group_ingress_rule.ssh', 'openPort', 'warning', ''],
      ['aws_vpc_security_group_ingress_rule.admin_ui', 'sensitivePort', 'error', 'administrative port (8443)'],
    ]);
  });

  it('a configured severity wins over the per-port grading', async () => {
    expect(await net401('rules:\n  NET401: note\n')).toEqual([
      ['aws_vpc_security_group_ingress_rule.https', 'openPort', 'note', ''],
      ['aws_vpc_security_group_ingress_rule.alt_http', 'openPort', 'note', ''],
      ['aws_vpc_security_group_ingress_rule.ssh', 'sensitivePort', 'note', 'SSH (22)'],
      ['aws_vpc_security_group_ingress_rule.admin_ui', 'openPort', 'note', ''],
    ]);
  });

  it('off: the rule does not run', async () => {
    expect(await net401('rules:\n  open-ingress: off\n')).toEqual([]);
  });
});

/** A hub VPC peered with `n` spokes, and `blocks` secondary IPv4 blocks on the hub. */
function hub(n: number, blocks: number): string {
  let text = `
resource "aws_vpc" "hub" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "spoke" {
  count      = ${n}
  cidr_block = "10.\${count.index + 1}.0.0/16"
}

resource "aws_vpc_peering_connection" "spoke" {
  count       = ${n}
  vpc_id      = aws_vpc.hub.id
  peer_vpc_id = aws_vpc.spoke[count.index].id
  auto_accept = true
}
`;
  for (let i = 0; i < blocks; i++) {
    text += `
resource "aws_vpc_ipv4_cidr_block_association" "extra_${i}" {
  vpc_id     = aws_vpc.hub.id
  cidr_block = "172.16.${i}.0/24"
}
`;
  }
  return text;
}

async function net303(configText: string | undefined, n: number, blocks: number) {
  const config = configText === undefined ? undefined : await parseConfig(configText, '.vpclint.yml', '/repo', rules);
  const result = await lint([{ file: 'main.tf', text: hub(n, blocks) }], { config });
  expect(result.errors).toEqual([]);
  return result.findings.filter((f) => f.ruleId === 'NET303').map((f) => [f.resource, f.messageId, f.severity, f.data.count, f.data.quota ?? '', f.data.max ?? '']);
}

describe('peering-quota (NET303) thresholds', () => {
  it('by default, 3 peerings and 3 IPv4 blocks are far below the quotas', async () => {
    expect(await net303(undefined, 3, 2)).toEqual([]);
  });

  it('peeringQuota and ipv4BlockQuota lower the thresholds (a warning past each)', async () => {
    expect(await net303('rules:\n  peering-quota:\n    options: { peeringQuota: 2, ipv4BlockQuota: 2 }\n', 3, 2)).toEqual([
      ['aws_vpc.hub', 'overDefaultQuota', 'warning', '3', '2', '125'],
      ['aws_vpc.hub', 'tooManyIpv4Blocks', 'warning', '3', '2', ''],
    ]);
  });

  it('at the threshold itself there is no finding', async () => {
    expect(await net303('rules:\n  NET303:\n    options: { peeringQuota: 3, ipv4BlockQuota: 3 }\n', 3, 2)).toEqual([]);
  });

  it('peeringMaximum makes more peerings than it an error', async () => {
    expect(await net303('rules:\n  NET303:\n    options: { peeringQuota: 1, peeringMaximum: 2 }\n', 3, 0)).toEqual([
      ['aws_vpc.hub', 'overMaximum', 'error', '3', '1', '2'],
    ]);
  });
});
