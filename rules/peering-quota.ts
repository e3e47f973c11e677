/**
 * NET303 peering-quota. AWS limits active peering connections per VPC to 50 by default; the quota
 * can be raised to 125 and no further. A hub VPC that grows one spoke per team reaches the default
 * quietly: the 51st connection is created but cannot be accepted
 * (`VpcPeeringConnectionLimitExceeded`), so its routes black-hole. A VPC also has at most 5 IPv4
 * CIDR blocks by default. Counts are of what the linted files declare: a VPC shared with other
 * code may be closer to the limit than shown, never further.
 * AWS: "Amazon VPC quotas" (VPC peering connections, VPC and subnets),
 * https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html
 */
import { defineRule, examples, prose } from '../src/engine/define-rule.js';
import type { Subject, Vpc } from '../src/model/types.js';

// The thresholds are AWS's published quotas, and the defaults of the rule's options: an account
// with a raised quota sets its own in the configuration file.
/** Active peering connections per VPC, default quota: more is a warning. */
const DEFAULT_PEERING_QUOTA = 50;
/** Active peering connections per VPC, the maximum the quota can be raised to: more is an error. */
const MAX_PEERING_QUOTA = 125;
/** IPv4 CIDR blocks per VPC (primary and secondary), default quota: more is a warning. */
const DEFAULT_IPV4_BLOCK_QUOTA = 5;

/** The options (`rules: { peering-quota: { options: … } }` in the configuration file). */
export interface PeeringQuotaOptions {
  /** More active peering connections on one VPC than this is a warning. */
  readonly peeringQuota: number;
  /** More than this is an error. */
  readonly peeringMaximum: number;
  /** More IPv4 CIDR blocks on one VPC than this is a warning. */
  readonly ipv4BlockQuota: number;
}

/** Where a VPC's finding goes: the VPC's resource, or (a VPC known only by ID) the connection past the limit. */
function vpcSubject(vpc: Vpc, fallback: Subject | undefined): Subject | undefined {
  return vpc.resource !== undefined ? { resource: vpc.resource } : fallback;
}

export default defineRule({
  id: 'NET303', name: 'peering-quota', defaultSeverity: 'warning', summary: 'A VPC has more peering connections, or more IPv4 CIDR blocks, than AWS allows by default.',
  rationale:
    prose`AWS allows 50 active VPC peering connections per VPC by default; the quota can be raised to at most 125.
    Past the quota, a new connection is created but cannot become active, so every route over it is a
    blackhole. Past 125 no quota increase helps. A VPC also has at most 5 IPv4 CIDR blocks (the primary and
    the secondaries) by default; the association of a sixth fails at apply time unless the quota was raised.`,
  remediation:
    prose`Request a quota increase (Service Quotas, "Active VPC peering connections per VPC", up to 125; "IPv4 CIDR
    blocks per VPC") before the change is applied. For hubs with many spokes, connect the VPCs through a
    transit gateway or AWS Cloud WAN instead of one peering per spoke. Instead of many small secondary
    blocks, use fewer, larger ones.`,
  references: [
    { title: 'Amazon VPC quotas', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html' },
  ],
  docs: examples({ tf: ['positive-over-default-quota.tf', 'negative-at-quota.tf'], cfn: ['positive-six-ipv4-blocks.cfn.yaml', { file: 'negative-at-quota.cfn.yaml', lines: [1, 37] }] }),
  messages: {
    overDefaultQuota:
      `{vpc} has {count} peering connections, more than the quota of {quota} active peering connections per VPC ` +
      `(${DEFAULT_PEERING_QUOTA} unless raised), so the ones past it stay inactive. Request a quota increase (up to ` +
      `${MAX_PEERING_QUOTA}) or connect the VPCs through a transit gateway.`,
    overMaximum:
      `{vpc} has {count} peering connections, more than {max}; AWS allows at most ${MAX_PEERING_QUOTA} active ` +
      'peering connections per VPC, even with a quota increase. Connect the VPCs through a transit gateway instead.',
    tooManyIpv4Blocks:
      '{vpc} has {count} IPv4 CIDR blocks (primary and secondary), more than the quota of {quota} per VPC ' +
      `(${DEFAULT_IPV4_BLOCK_QUOTA} unless raised), so the association of the others fails. Request a quota increase ` +
      'or use fewer, larger blocks.',
  },
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        peeringQuota: {
          description:
            'Active peering connections per VPC before a warning: the quota of your account (AWS default 50).',
          type: 'integer',
          minimum: 1,
          default: DEFAULT_PEERING_QUOTA,
        },
        peeringMaximum: {
          description: 'Active peering connections per VPC before an error (AWS allows at most 125, even with a quota increase).',
          type: 'integer',
          minimum: 1,
          default: MAX_PEERING_QUOTA,
        },
        ipv4BlockQuota: {
          description: 'IPv4 CIDR blocks (primary and secondary) per VPC before a warning: the quota of your account (AWS default 5).',
          type: 'integer',
          minimum: 1,
          default: DEFAULT_IPV4_BLOCK_QUOTA,
        },
      },
    },
    defaults: {
      peeringQuota: DEFAULT_PEERING_QUOTA,
      peeringMaximum: MAX_PEERING_QUOTA,
      ipv4BlockQuota: DEFAULT_IPV4_BLOCK_QUOTA,
    } as PeeringQuotaOptions,
  },
  check(model, context) {
    const { peeringQuota, peeringMaximum, ipv4BlockQuota } = context.options;
    for (const vpc of model.vpcs) {
      const count = vpc.peerings.length;
      if (count > Math.min(peeringQuota, peeringMaximum)) {
        const over = count > peeringMaximum;
        const past = vpc.peerings[over ? peeringMaximum : peeringQuota];
        const subject = vpcSubject(vpc, past !== undefined ? { resource: past.resource } : undefined);
        if (subject !== undefined) {
          context.report({
            messageId: over ? 'overMaximum' : 'overDefaultQuota',
            subject,
            related: vpc.resource === undefined ? [vpc.label] : [],
            data: { vpc: vpc.label, count, quota: peeringQuota, max: peeringMaximum },
            ...(over ? { severity: 'error' as const } : {}),
          });
        }
      }
      const ipv4 = vpc.cidrBlocks.filter((b) => b.kind !== 'ipv6');
      if (ipv4.length > ipv4BlockQuota) {
        const past = ipv4[ipv4BlockQuota];
        const subject = vpcSubject(vpc, past?.subject);
        if (subject !== undefined) {
          context.report({
            messageId: 'tooManyIpv4Blocks',
            subject,
            related: ipv4.filter((b) => b.subject.resource !== vpc.resource).map((b) => b.subject),
            data: { vpc: vpc.label, count: ipv4.length, quota: ipv4BlockQuota },
          });
        }
      }
    }
  },
});
