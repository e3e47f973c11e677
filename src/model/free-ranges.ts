/**
 * Free address ranges in the linted estate, for the re-addressing NET101 and NET102 suggest: blocks
 * of a VPC block's size that no VPC block in the model overlaps, in the same private range as the
 * block (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10; for IPv6 its /48), so the
 * suggestion stays in the address plan the block came from. "Free" is as far as the linted code
 * knows: VPCs outside it, on-premises ranges and blocks that are unknown until apply are not seen,
 * which the suggestion says.
 */
import { contains, freeBlocks, parseCidr, toCidr } from './cidr.js';
import type { Cidr, CidrBlock, NetworkModel } from './types.js';

const PRIVATE_IPV4 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'].map((text) => {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(`bad built-in range ${text}`);
  return parsed.cidr;
});

/** The range a suggestion for `block` is taken from. */
function planRange(block: Cidr): Cidr | undefined {
  if (block.family === 4) return PRIVATE_IPV4.find((r) => contains(r, block));
  return block.prefix < 48 ? undefined : toCidr(6, block.first, 48);
}

/** Every known VPC block of the model. */
export function estateBlocks(model: NetworkModel): Cidr[] {
  const out: Cidr[] = [];
  for (const vpc of model.vpcs) for (const b of vpc.cidrBlocks) if (b.cidr.state === 'known') out.push(b.cidr.value);
  return out;
}

/** Up to `max` free blocks the size of `block`, or none when its range is not a private plan vpclint knows. */
export function freeRangesLike(block: Cidr, taken: readonly Cidr[], max: number): Cidr[] {
  const within = planRange(block);
  return within === undefined ? [] : freeBlocks(within, block.prefix, taken, max);
}

/** A VPC block that can be re-addressed in the linted code: known, written there, not Amazon's. */
export function readdressable(block: CidrBlock): boolean {
  return block.cidr.state === 'known' && block.amazonProvided !== true && block.subject.resource.mode === 'managed' && block.subject.resource.format !== 'config';
}

/**
 * The words of a re-addressing suggestion: from what to what, the other free ranges, and what it
 * does not know (the rules put it in their fixes). `block` is known.
 */
export function readdressText(vpcLabel: string, block: CidrBlock, free: readonly Cidr[]): string {
  const from = (block.cidr as { readonly value: Cidr }).value;
  const others = free.slice(1).map((c) => c.canonical);
  const also = others.length > 0 ? ` (so ${others.length === 1 ? 'is' : 'are'} ${others.join(' and ')})` : '';
  // AWS changes no VPC's primary block in place (ModifyVpc has no such field): the VPC is replaced.
  const replaced = block.kind === 'ipv4-primary' ? ` A VPC's primary block cannot change in place: ${vpcLabel} is replaced.` : '';
  return (
    `Re-address ${vpcLabel} from ${from.canonical} to ${free[0]!.canonical}, which no VPC in the linted code uses${also}; ` +
    `check it against ranges outside the linted code (other accounts, on-premises), move the subnets of ${vpcLabel} into it and ` +
    `point the routes written for the old range at the new one.${replaced}`
  );
}
