/**
 * NET101 peering-cidr-overlap. AWS refuses to peer two VPCs when any CIDR block of one overlaps
 * any block of the other, IPv4 (primary or secondary) or IPv6, even a block no subnet uses: the
 * connection goes to `failed` at apply time, after everything else in the plan has been built.
 * The plan already knows both VPCs' blocks, so the failure can be caught in the pull request.
 * Two VPCs that overlap but are not peered are fine and not reported.
 * AWS: "VPC peering limitations",
 * https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations
 */
import { defineRule, examples, type FixPlan, prose } from '../src/engine/define-rule.js';
import { overlaps } from '../src/model/cidr.js';
import { estateBlocks, freeRangesLike, readdressable, readdressText } from '../src/model/free-ranges.js';
import type { Cidr, CidrBlock, PeeringConnection, Subject, Tri, Vpc } from '../src/model/types.js';

export default defineRule({
  id: 'NET101', name: 'peering-cidr-overlap', defaultSeverity: 'error', summary: 'Two peered VPCs have overlapping IPv4 or IPv6 CIDR blocks.',
  rationale:
    prose`AWS cannot route between two VPCs whose address ranges overlap, so it refuses the peering: the connection
    ends in the \`failed\` state at apply time. Every block counts, the primary IPv4 block, each secondary IPv4
    block and each IPv6 block, even one that no subnet uses yet. By then the rest of the plan is already
    applied, and re-addressing a VPC later means rebuilding everything in it.`,
  remediation:
    prose`Give the two VPCs disjoint ranges: change the CIDR block (or the secondary block association) of one of
    them, ideally from an address plan or IPAM pool that hands out non-overlapping blocks. If the two VPCs
    do not need to talk to each other directly, drop the peering. Where re-addressing is impossible, connect
    the workloads with AWS PrivateLink or a private NAT gateway instead of peering.`,
  references: [
    { title: 'VPC peering limitations', url: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations' },
    { title: 'CreateVpcPeeringConnection (Amazon EC2 API Reference)', url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpcPeeringConnection.html' },
  ],
  docs: examples({ tf: ['positive-ipv4-primary.tf', 'negative-unpeered-overlap.tf'], cfn: ['positive-ipv4-primary.cfn.yaml', 'negative-unpeered-overlap.cfn.yaml'] }),
  messages: {
    overlap:
      prose`Peering {peering} joins {vpc} ({vpcCidr}) and {peerVpc} ({peerCidr}), whose {family} ranges overlap;
      AWS will fail the peering. Re-address one VPC or drop the peering.`,
  },
  check(model, context) {
    // Every VPC block of the estate, for the free ranges a fix suggests (computed at the first overlap).
    let taken: Cidr[] | undefined;
    // Indexed loops, and no list of the two sides per connection (CONTRIBUTING.md, Performance).
    const peerings = model.peerings;
    for (let p = 0; p < peerings.length; p++) {
      const peering = peerings[p] as PeeringConnection;
      const subject: Subject = { resource: peering.resource };
      const requester = sideVpc(peering, 'requester', peering.requester);
      const accepter = sideVpc(peering, 'accepter', peering.accepter);
      if (typeof requester === 'string' || typeof accepter === 'string') {
        const sides = [
          [requester, peering.requester],
          [accepter, peering.accepter],
        ] as const;
        for (const [side, vpc] of sides) {
          if (typeof side === 'string' && side !== '') context.unresolved(subject, side, vpc.state === 'unknown' ? vpc.origin : undefined);
        }
        continue;
      }
      // A VPC peered with itself is rejected for another reason; it is not an overlap of two VPCs.
      if (requester.key === accepter.key) continue;

      let found = false;
      // Made for the first reason only: most connections have none.
      let pending: Set<string> | undefined;
      const mineBlocks = requester.cidrBlocks;
      const theirBlocks = accepter.cidrBlocks;
      for (let i = 0; i < mineBlocks.length; i++) {
        const mine = mineBlocks[i] as CidrBlock;
        for (let j = 0; j < theirBlocks.length; j++) {
          const theirs = theirBlocks[j] as CidrBlock;
          if (blockFamily(mine) !== blockFamily(theirs)) continue;
          // AWS allocates Amazon-provided IPv6 blocks from its own pool, never twice.
          if (mine.amazonProvided === true && theirs.amazonProvided === true) continue;
          if (mine.cidr.state === 'known' && theirs.cidr.state === 'known') {
            const a = mine.cidr.value;
            const b = theirs.cidr.value;
            if (!overlaps(a, b)) continue;
            found = true;
            taken ??= estateBlocks(model);
            context.report({
              messageId: 'overlap',
              subject,
              related: [...vpcRelated(requester, mine), ...vpcRelated(accepter, theirs)],
              data: {
                peering: peering.label,
                vpc: requester.label,
                vpcCidr: a.canonical,
                peerVpc: accepter.label,
                peerCidr: b.canonical,
                family: a.family === 4 ? 'IPv4' : 'IPv6',
              },
              fix: readdressFix([
                [accepter, theirs],
                [requester, mine],
              ], taken),
            });
            continue;
          }
          for (const [block, vpc] of [
            [mine, requester],
            [theirs, accepter],
          ] as const) {
            const why = unknownBlockReason(block, vpc);
            if (why !== undefined) (pending ??= new Set()).add(why);
          }
        }
      }
      if (found) continue;
      if (requester.blocksIncomplete !== undefined) (pending ??= new Set()).add(incompleteReason(requester, requester.blocksIncomplete));
      if (accepter.blocksIncomplete !== undefined) (pending ??= new Set()).add(incompleteReason(accepter, accepter.blocksIncomplete));
      if (pending !== undefined) for (const why of pending) context.unresolved(subject, why);
    }
  },
});

/** The VPC on one side, or why it is not known ('' for an invalid value, which another rule reports). */
function sideVpc(peering: PeeringConnection, side: 'requester' | 'accepter', vpc: Tri<Vpc>): Vpc | string {
  if (vpc.state === 'known') return vpc.value;
  if (vpc.state === 'absent') return `the ${side} VPC of ${peering.label} is not set`;
  if (vpc.invalid === true) return '';
  return `the ${side} VPC of ${peering.label} is unknown (${vpc.reason})`;
}

function incompleteReason(vpc: Vpc, blocksIncomplete: string): string {
  return `not every CIDR block of ${vpc.label} is known (${blocksIncomplete}), so an overlap cannot be ruled out`;
}

function blockFamily(block: CidrBlock): 4 | 6 {
  return block.kind === 'ipv6' ? 6 : 4;
}

const KIND_TEXT: Readonly<Record<CidrBlock['kind'], string>> = {
  'ipv4-primary': 'primary IPv4',
  'ipv4-secondary': 'secondary IPv4',
  ipv6: 'IPv6',
};

/** Why a block's range cannot be compared, or undefined when it is known or invalid (NET001's). */
function unknownBlockReason(block: CidrBlock, vpc: Vpc): string | undefined {
  if (block.cidr.state !== 'unknown' || block.cidr.invalid === true) return undefined;
  const where = block.subject.resource.address === vpc.resource?.address ? '' : ` (${block.subject.resource.address})`;
  return `the ${KIND_TEXT[block.kind]} CIDR block of ${vpc.label}${where} is unknown (${block.cidr.reason})`;
}

/** The VPC, and the resource declaring the block when that is not the VPC (a secondary association). */
function vpcRelated(vpc: Vpc, block: CidrBlock): (Subject | string)[] {
  const out: (Subject | string)[] = [vpc.resource !== undefined ? { resource: vpc.resource } : vpc.label];
  if (block.subject.resource !== vpc.resource) out.push({ resource: block.subject.resource });
  return out;
}

/**
 * A free range for one side's overlapping block: the accepter's (the side a peering usually
 * joins), else the requester's when only that one is written in the linted code.
 */
function readdressFix(sides: readonly (readonly [Vpc, CidrBlock])[], taken: readonly Cidr[]): FixPlan | undefined {
  for (const [vpc, block] of sides) {
    if (vpc.external || !readdressable(block) || block.cidr.state !== 'known') continue;
    const free = freeRangesLike(block.cidr.value, taken, 3);
    if (free.length === 0) continue;
    return {
      kind: 'replaceCidr',
      description: readdressText(vpc.label, block, free),
      subject: block.subject,
      old: block.cidr.value,
      cidr: free[0]!,
    };
  }
  return undefined;
}
