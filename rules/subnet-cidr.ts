/**
 * NET103 subnet-cidr. A subnet's range must lie inside one CIDR block of its VPC (the primary
 * IPv4 block or a secondary one, or the VPC's IPv6 block), and no two subnets of one VPC may
 * share an address. AWS rejects either at apply time (`InvalidSubnet.Range`,
 * `InvalidSubnet.Conflict`), usually after the VPC and half of the network are already built; a
 * copy-pasted `cidr_block` or a `cidrsubnet()` with the wrong netnum is the usual cause. The plan
 * already knows both ranges, so the mistake can be caught in the pull request.
 * Overlaps are found by sort-and-sweep per VPC (`overlappingPairs`), never by comparing every pair.
 * AWS: "Subnet CIDR blocks", https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
 */
import { defineRule, examples, prose } from '../src/engine/define-rule.js';
import { contains } from '../src/model/cidr.js';
import { overlappingPairs } from '../src/model/cidr-index.js';
import type { Cidr, Subnet, Tri, Vpc } from '../src/model/types.js';

const FAMILY_TEXT = { 4: 'IPv4', 6: 'IPv6' } as const;

function subnetCidr(subnet: Subnet, family: 4 | 6): Tri<Cidr> {
  return family === 4 ? subnet.cidr : subnet.ipv6Cidr;
}

/** A VPC's known blocks of one family, and why the list may be incomplete. */
function vpcBlocks(vpc: Vpc, family: 4 | 6): { blocks: Cidr[]; incomplete: string | undefined } {
  const blocks: Cidr[] = [];
  let incomplete: string | undefined;
  for (const block of vpc.cidrBlocks) {
    if ((block.kind === 'ipv6' ? 6 : 4) !== family) continue;
    if (block.cidr.state === 'known') blocks.push(block.cidr.value);
    else if (block.cidr.state === 'unknown' && block.cidr.invalid !== true) {
      incomplete ??= `the ${FAMILY_TEXT[family]} CIDR block of ${vpc.label} is unknown (${block.cidr.reason})`;
    }
  }
  if (vpc.blocksIncomplete !== undefined) incomplete ??= `not every CIDR block of ${vpc.label} is known (${vpc.blocksIncomplete})`;
  return { blocks, incomplete };
}

export default defineRule({
  id: 'NET103', name: 'subnet-cidr', defaultSeverity: 'error', summary: 'A subnet lies outside every CIDR block of its VPC, or overlaps another subnet of the same VPC.',
  rationale:
    prose`A subnet takes its addresses from one CIDR block of its VPC: the primary IPv4 block, a secondary IPv4
    block, or an IPv6 block. AWS refuses a subnet whose range is not inside one of them, and a subnet that
    shares any address with another subnet of the same VPC. Both fail at apply time, when part of the network
    is already built, and both usually come from a copied \`cidr_block\` or a \`cidrsubnet()\` call with the
    wrong arguments.`,
  remediation:
    prose`Give the subnet a range inside one of its VPC's blocks that no other subnet of the VPC uses; compute the
    ranges from the VPC block with \`cidrsubnet()\` and distinct netnums, or from an IPAM pool. If the range
    must come from a block the VPC does not have yet, add that block as a secondary CIDR block first
    (\`aws_vpc_ipv4_cidr_block_association\`).`,
  references: [
    { title: 'VPC CIDR blocks', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html' },
    { title: 'CreateSubnet (Amazon EC2 API Reference)', url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSubnet.html' },
  ],
  docs: examples({ tf: ['positive-outside-primary.tf', 'negative-dual-stack.tf'], cfn: ['positive-outside-primary.cfn.yaml', 'negative-dual-stack.cfn.yaml'] }),
  messages: {
    outsideVpc:
      prose`Subnet {subnet} ({cidr}) is outside every {family} CIDR block of {vpc} ({vpcCidrs}); AWS rejects the
      subnet. Choose a range inside one of those blocks, or add a secondary block that contains it.`,
    overlap:
      prose`Subnet {subnet} ({cidr}) overlaps subnet {other} ({otherCidr}) in {vpc}; AWS rejects the second one.
      Give each subnet its own range.`,
  },
  check(model, context) {
    for (const subnet of model.subnets) {
      const subject = { resource: subnet.resource };
      const v = subnet.vpc;
      if (v.state !== 'known') {
        if (v.state === 'unknown' && v.invalid !== true) {
          context.unresolved(subject, `the VPC of ${subnet.label} is unknown (${v.reason}), so its range cannot be checked against the VPC's blocks`, v.origin);
        }
        continue;
      }
      const vpc = v.value;
      for (const family of [4, 6] as const) {
        const c = subnetCidr(subnet, family);
        if (c.state !== 'known') {
          if (c.state === 'unknown' && c.invalid !== true) {
            context.unresolved(
              subject,
              `the ${FAMILY_TEXT[family]} CIDR of ${subnet.label} is unknown (${c.reason}), so it cannot be checked against ` +
                `the blocks of ${vpc.label} and its other subnets`,
            );
          }
          continue;
        }
        const { blocks, incomplete } = vpcBlocks(vpc, family);
        if (blocks.some((b) => contains(b, c.value))) continue;
        if (incomplete !== undefined) {
          context.unresolved(subject, `${incomplete}, so whether it contains ${subnet.label} (${c.value.canonical}) cannot be told`);
          continue;
        }
        context.report({
          messageId: 'outsideVpc',
          subject,
          related: vpc.resource !== undefined ? [{ resource: vpc.resource }] : [vpc.label],
          data: {
            subnet: subnet.label,
            cidr: c.value.canonical,
            family: FAMILY_TEXT[family],
            vpc: vpc.label,
            vpcCidrs: blocks.length > 0 ? blocks.map((b) => b.canonical).join(', ') : 'none',
          },
        });
      }
    }

    for (const vpc of model.vpcs) {
      // Fewer than two subnets overlap nothing (a hub's thousands of spokes may have none).
      if (vpc.subnets.length < 2) continue;
      for (const family of [4, 6] as const) {
        const items: { cidr: Cidr; item: Subnet }[] = [];
        for (const subnet of vpc.subnets) {
          const c = subnetCidr(subnet, family);
          if (c.state === 'known') items.push({ cidr: c.value, item: subnet });
        }
        if (items.length < 2) continue;
        for (const [first, second] of overlappingPairs(items)) {
          const a = subnetCidr(first, family) as { value: Cidr };
          const b = subnetCidr(second, family) as { value: Cidr };
          context.report({
            messageId: 'overlap',
            subject: { resource: second.resource },
            related: [{ resource: first.resource }],
            data: { subnet: second.label, cidr: b.value.canonical, other: first.label, otherCidr: a.value.canonical, vpc: vpc.label },
          });
        }
      }
    }
  },
});
