/**
 * NET305 peering-region. A peering request is sent in the requester's region, and AWS looks for
 * the peer VPC in `peer_region` (CloudFormation `PeerRegion`), or in the requester's own region
 * when it is not set. A cross-region peering written without it (the requester's provider in one
 * region, the peer VPC and its accepter in another), or with a `peer_region` that is not the peer
 * VPC's region, names a VPC that does not exist where AWS looks: the connection goes to `failed`
 * ("VPC ... not found"), the apply fails, and the accepter never sees a request. Connections that
 * already exist and that AWS has found the peer VPC for (active, pending acceptance) are left alone.
 * Regions come from each VPC's resource, ARN or provider configuration (src/model/regions.ts); two
 * VPCs of one provider configuration, or of one CloudFormation template (one stack), are in one
 * region even when it is unknown. Any other unknown region is an unresolved check, never a guess.
 * AWS: "Create a VPC peering connection" (Region of the accepter VPC),
 * https://docs.aws.amazon.com/vpc/latest/peering/create-vpc-peering-connection.html, and the
 * Terraform AWS provider's aws_vpc_peering_connection (`peer_region`: "defaults to the region in
 * which the AWS provider is currently configured").
 */
import { defineRule, examples, prose } from '../src/engine/define-rule.js';
import type { RuleContext } from '../src/engine/define-rule.js';
import { labelled } from '../src/model/peering-routes.js';
import { requesterRegion, sameVpc } from '../src/model/regions.js';
import type { AttrPath, PeeringConnection, SourceResource, Subject, Tri, Vpc } from '../src/model/types.js';

/** Statuses of an existing connection for which AWS has found the peer VPC: nothing to check. */
const FOUND = new Set(['active', 'provisioning', 'pending-acceptance']);

function whyUnknown(v: Tri<unknown>, what: string): string {
  return v.state === 'unknown' ? v.reason : `${what} is not known`;
}

/** Where the connection's peer-region setting is written, and how to write the fix, per format. */
function attribute(r: SourceResource): { path: AttrPath; fix: (region: string) => string } {
  if (r.format === 'cloudformation') return { path: ['PeerRegion'], fix: (region) => `PeerRegion: ${region}` };
  return { path: ['peer_region'], fix: (region) => `peer_region = "${region}"` };
}

/**
 * Where a VPC's region comes from when it is not known: its provider configuration (the same
 * for two VPCs means one region) or its CloudFormation template (one stack, one region).
 * Undefined when the VPC sets its own region, or the reader cannot say.
 */
function regionSource(v: Vpc): string | undefined {
  const r = v.resource;
  if (r === undefined || v.external) return undefined;
  if (r.format === 'cloudformation') return `cfn\u0000${r.file}`;
  if (!r.format.startsWith('terraform')) return undefined;
  const own = r.get(['region']);
  if (own.state === 'known' || (own.state === 'unknown' && own.computed !== true)) return undefined;
  const p = r.provider?.();
  return p === undefined ? undefined : `tf\u0000${r.file}\u0000${p.name}`;
}

function inOneRegion(a: Vpc, b: Vpc): boolean {
  if (sameVpc(a, b)) return true;
  const sa = regionSource(a);
  return sa !== undefined && sa === regionSource(b);
}

export default defineRule({
  id: 'NET305', name: 'peering-region', defaultSeverity: 'error', summary: 'A peering request looks for the peer VPC in a region it is not in: peer_region is missing or wrong.',
  rationale:
    prose`AWS looks for the peer VPC of a peering request in the region given by \`peer_region\` (CloudFormation
    \`PeerRegion\`), and in the requester's own region when it is not set. A cross-region peering written
    without it, or with the wrong region, names a VPC that does not exist where AWS looks: the connection
    fails and the apply with it, and the accepter in the other region never sees a request. The plan looks
    fine, because the peer VPC ID itself is valid.`,
  remediation:
    prose`Set \`peer_region\` (CloudFormation \`PeerRegion\`) to the region of the peer VPC, for example
    \`peer_region = "us-east-1"\`, on the requesting \`aws_vpc_peering_connection\`; then accept the connection
    in that region (an \`aws_vpc_peering_connection_accepter\` with a provider for it, see NET302). Leave it
    unset, or set it to the requester's region, only when both VPCs are in one region.`,
  references: [
    { title: 'CreateVpcPeeringConnection (Amazon EC2 API Reference)', url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpcPeeringConnection.html' },
    { title: 'Terraform AWS provider: aws_vpc_peering_connection', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_peering_connection' },
  ],
  docs: examples({ tf: ['positive-missing-peer-region.tf', 'negative-peer-region-set.tf'], cfn: { good: 'negative-same-template.cfn.yaml', note: "every VPC of a template is in the stack's region, and a peer VPC in another region can only be named by ID or parameter, whose region is not known, so no fixture template is flagged (such a template is an unresolved check)." } }),
  messages: {
    missingPeerRegion:
      prose`Peering {peering} joins {requester} in {requesterRegion} with {accepter} in {accepterRegion}, but does not
      set {attribute}, so AWS looks for {accepter} in {requesterRegion}: the connection fails and the accepter in
      {accepterRegion} never sees the request. Set {fix}.`,
    wrongPeerRegion:
      prose`Peering {peering} sets {attribute} to {peerRegion}, but its peer VPC {accepter} is in {accepterRegion}, so
      AWS looks for {accepter} in {peerRegion}: the connection fails and the accepter in {accepterRegion} never
      sees the request. Set {fix}.`,
  },
  check(model, context) {
    // Indexed (CONTRIBUTING.md, Performance).
    const peerings = model.peerings;
    for (let i = 0; i < peerings.length; i++) {
      const peering = peerings[i] as PeeringConnection;
      const r = peering.resource;
      // Only a requesting resource says where to look; an accepter-only connection is the other side's.
      if (peering.accepterResource === r) continue;
      const status = peering.acceptStatus;
      if (status?.state === 'known' && FOUND.has(status.value)) continue;
      checkPeering(peering, context);
    }
  },
});

type Context = RuleContext<'missingPeerRegion' | 'wrongPeerRegion'>;

function checkPeering(p: PeeringConnection, context: Context): void {
  const r = p.resource;
  const subject: Subject = { resource: r };
  const { path, fix } = attribute(r);
  const name = path[0] as string;
  if (p.accepter.state === 'absent') return;
  if (p.accepter.state === 'unknown') {
    context.unresolved(subject, `whether ${p.label} looks for its peer VPC in the right region cannot be told: its peer VPC is unknown (${p.accepter.reason})`, p.accepter.origin);
    return;
  }
  const accepter = p.accepter.value;
  const related = [labelled(accepter)];
  const there = accepter.region;
  const peer = p.peerRegion;

  if (peer.state === 'unknown') {
    context.unresolved(subject, `whether ${p.label} looks for ${accepter.label} in the right region cannot be told: ${peer.reason}`, { resource: r, path });
    return;
  }
  if (peer.state === 'known') {
    if (there.state !== 'known') {
      context.unresolved(
        { resource: r, path },
        `${p.label} sets ${name} to ${peer.value}, and whether its peer VPC ${accepter.label} is there cannot be told: ${whyUnknown(there, 'its region')}`,
      );
      return;
    }
    if (there.value !== peer.value) {
      context.report({
        messageId: 'wrongPeerRegion',
        subject: { resource: r, path },
        related,
        data: { peering: p.label, attribute: name, peerRegion: peer.value, accepter: accepter.label, accepterRegion: there.value, fix: fix(there.value) },
      });
    }
    return;
  }

  // Not set: AWS looks in the requester's region.
  const requester = p.requester.state === 'known' ? p.requester.value : undefined;
  if (requester !== undefined && inOneRegion(requester, accepter)) return;
  const here = requesterRegion(p);
  if (here.state !== 'known' || there.state !== 'known') {
    const missing = here.state !== 'known' ? whyUnknown(here, "the requester's region") : whyUnknown(there, `the region of ${accepter.label}`);
    context.unresolved(subject, `${p.label} does not set ${name}, so AWS looks for ${accepter.label} in the requester's region, and whether it is there cannot be told: ${missing}`);
    return;
  }
  if (here.value === there.value) return;
  if (requester !== undefined) related.unshift(labelled(requester));
  context.report({
    messageId: 'missingPeerRegion',
    subject,
    related,
    data: {
      peering: p.label,
      requesterRegion: here.value,
      requester: requester?.label ?? 'the requester',
      accepter: accepter.label,
      accepterRegion: there.value,
      attribute: name,
      fix: fix(there.value),
    },
  });
}
