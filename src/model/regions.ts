/**
 * Regions and accounts of the two ends of a peering connection, as AWS decides them: the
 * connection is requested in the requester's region and account; the accepter is in
 * `peer_region` / `peer_owner_id` when they are set, and in the requester's otherwise (AWS's
 * defaults). Shared by the peering rules (NET302) and anything else that asks "is this
 * connection cross-region or cross-account". Unknowns stay unknown with their reason.
 */
import { known, unknown } from './tri.js';
import type { PeeringConnection, SecurityGroup, Tri, Vpc } from './types.js';

const TRUE: Tri<boolean> = Object.freeze(known(true));
const FALSE: Tri<boolean> = Object.freeze(known(false));

/** Is `a` the same VPC as `b`: one model entity, or one known real ID? */
export function sameVpc(a: Vpc, b: Vpc): boolean {
  return a === b || a.key === b.key || (a.id.state === 'known' && b.id.state === 'known' && a.id.value === b.id.value);
}

function whyNot<T>(v: Tri<T>, what: string): string {
  return v.state === 'unknown' ? v.reason : `${what} is not set`;
}

/**
 * The requester's region: its VPC's, else the region the connection is requested in (the
 * requesting resource's provider). Unknown with the VPC's reason when neither is known.
 */
export function requesterRegion(p: PeeringConnection): Tri<string> {
  return requesterValue(p, (v) => v.region, p.region, 'region');
}

/** The requester's account: its VPC's, else the requesting resource's. */
export function requesterAccount(p: PeeringConnection): Tri<string> {
  return requesterValue(p, (v) => v.accountId, p.accountId, 'account');
}

function requesterValue(p: PeeringConnection, of: (v: Vpc) => Tri<string>, own: Tri<string> | undefined, what: string): Tri<string> {
  const vpc = p.requester.state === 'known' ? of(p.requester.value) : undefined;
  if (vpc?.state === 'known') return vpc;
  if (own?.state === 'known') return own;
  if (vpc?.state === 'unknown') return vpc;
  if (own?.state === 'unknown') return own;
  return unknown(`the ${what} of the requester side of ${p.label} is not known`);
}

/** A yes/no fact about a connection, or why it cannot be decided. */
export type Decision = Tri<boolean>;

/**
 * Does the connection join two regions? No when `peer_region` is not set (AWS peers within the
 * requester's region); otherwise it compares `peer_region` with the requester's region.
 */
export function isCrossRegion(p: PeeringConnection): Decision {
  const peer = p.peerRegion;
  if (peer.state === 'absent') return FALSE;
  if (peer.state === 'unknown') return unknown(peer.reason);
  const own = requesterRegion(p);
  if (own.state !== 'known') {
    return unknown(`peer_region is ${peer.value}, but the requester's region is unknown (${whyNot(own, 'it')})`);
  }
  return own.value === peer.value ? FALSE : TRUE;
}

/**
 * Does the connection join two accounts? No when `peer_owner_id` is not set (AWS peers within
 * the requester's account); otherwise it compares it with the requester's account.
 */
export function isCrossAccount(p: PeeringConnection): Decision {
  const peer = p.peerOwnerId;
  if (peer.state === 'absent') return FALSE;
  if (peer.state === 'unknown') return unknown(peer.reason);
  const own = requesterAccount(p);
  if (own.state !== 'known') {
    return unknown(`the peer account is ${peer.value}, but the requester's account is unknown (${whyNot(own, 'it')})`);
  }
  return own.value === peer.value ? FALSE : TRUE;
}

/** The region of a security group: its own, else its VPC's. */
export function groupRegion(g: SecurityGroup): Tri<string> {
  const own = g.region;
  if (own?.state === 'known') return own;
  const vpc = g.vpc.state === 'known' ? g.vpc.value.region : undefined;
  if (vpc?.state === 'known') return vpc;
  if (own !== undefined && own.state === 'unknown') return own;
  if (vpc !== undefined && vpc.state === 'unknown') return vpc;
  return unknown(`the region of ${g.label} is not known`);
}

/**
 * Are two security groups in one region? Yes when both regions are known and equal, or both come
 * from one provider configuration, or one CloudFormation template, or both groups are in one VPC;
 * unknown otherwise.
 */
export function inSameRegion(a: SecurityGroup, b: SecurityGroup): Decision {
  if (a.vpc.state === 'known' && b.vpc.state === 'known' && sameVpc(a.vpc.value, b.vpc.value)) return TRUE;
  const ra = groupRegion(a);
  const rb = groupRegion(b);
  if (ra.state === 'known' && rb.state === 'known') return ra.value === rb.value ? TRUE : FALSE;
  if (a.regionSource !== undefined && a.regionSource === b.regionSource) return TRUE;
  // One CloudFormation template is one stack, and a stack lives in one region.
  if (a.resource.format === 'cloudformation' && b.resource.format === 'cloudformation' && a.resource.file === b.resource.file) return TRUE;
  const missing = ra.state !== 'known' ? ra : rb;
  return unknown(whyNot(missing, 'the region'));
}
