/**
 * NET302 peering-acceptance. A peering connection is only a request until the accepter side
 * accepts it. Within one account and region the requester can accept it itself (`auto_accept`);
 * across accounts or regions the accepter's account, in the accepter's region, must do it (an
 * `aws_vpc_peering_connection_accepter` with a provider for that side, or the peer's own code).
 * A request nobody accepts stays `pending-acceptance`, expires after 7 days, and every route
 * over it is a blackhole. The provider also refuses `auto_accept = true` together with
 * `peer_region` ("`peer_region` cannot be set whilst `auto_accept` is `true`"), and AWS refuses
 * the requester's acceptance of a connection to another account. DNS options written on the
 * requesting resource are applied right after it is created, and fail unless the connection is
 * active by then ("is not active ... Please set the `auto_accept` attribute to `true`").
 * Connections that already exist and are active are left alone. A request without `peer_region`
 * whose two VPCs are in different regions is wrong in itself (AWS looks for the peer VPC in the
 * requester's region); NET305 peering-region reports that, and this rule does not advise
 * `auto_accept` for it.
 * AWS: "Accept a VPC peering connection",
 * https://docs.aws.amazon.com/vpc/latest/peering/accept-vpc-peering-connection.html, and the
 * Terraform AWS provider's aws_vpc_peering_connection (auto_accept, peer_region) and
 * aws_vpc_peering_connection_accepter documentation.
 */
import { defineRule, examples, prose } from '../src/engine/define-rule.js';
import { labelled } from '../src/model/peering-routes.js';
import { isCrossAccount, isCrossRegion, requesterAccount, requesterRegion } from '../src/model/regions.js';
import type { AttrPath, PeeringConnection, SourceResource, Subject, Tri, Vpc } from '../src/model/types.js';

/** Statuses of a connection that carries traffic or is about to: nothing to accept. */
const ACTIVE = new Set(['active', 'provisioning']);

/** Will this apply create the resource (so create-time behaviour applies)? Source code is created some day. */
function willBeCreated(r: SourceResource): boolean {
  if (r.action === undefined) return r.format !== 'terraform-plan';
  return r.action === 'create' || r.action === 'replace';
}

function sideLabel(v: Tri<Vpc>, side: string): string {
  return v.state === 'known' ? v.value.label : `an unknown ${side} VPC`;
}

function pathText(path: AttrPath): string {
  return path.map(String).join('.');
}

export default defineRule({
  id: 'NET302', name: 'peering-acceptance', defaultSeverity: 'warning', summary: 'A peering connection that nothing in scope accepts, or that uses auto-accept or DNS options where AWS refuses them.',
  rationale:
    prose`A VPC peering connection carries no traffic until the accepter side accepts it. The requester can accept
    it itself only when both VPCs are in its account and region (\`auto_accept\`); otherwise the accepter
    account must accept it in the accepter region. A request that nothing accepts stays pending, expires after
    7 days, and every route over it is a blackhole meanwhile. The AWS provider refuses \`auto_accept\` together
    with \`peer_region\`, AWS refuses a requester's acceptance of a connection to another account, and DNS
    options written on the requesting resource fail because the connection is not active when it is created.`,
  remediation:
    prose`For a connection within one account and region, set \`auto_accept = true\`. Across accounts or regions, leave
    \`auto_accept\` unset and accept the connection with an \`aws_vpc_peering_connection_accepter\` that uses a
    provider for the accepter's account and region (or in the accepter's own code, which should then be linted
    too). Set DNS options in the accepter resource or an \`aws_vpc_peering_connection_options\` resource that
    depends on it, not in the requesting resource.`,
  references: [
    { title: 'AcceptVpcPeeringConnection (Amazon EC2 API Reference)', url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AcceptVpcPeeringConnection.html' },
    { title: 'CreateVpcPeeringConnection (Amazon EC2 API Reference)', url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpcPeeringConnection.html' },
    { title: 'Terraform AWS provider: aws_vpc_peering_connection_accepter', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_peering_connection_accepter' },
  ],
  docs: examples({ tf: ['positive-cross-account-no-accepter.tf', 'negative-auto-accept.tf'], cfn: { good: 'negative-cross-account-peer-role.cfn.yaml', note: 'CloudFormation accepts the connections a stack requests in its own account (across regions too) and, with `PeerRoleArn`, in another account; whether `PeerOwnerId` is another account is only known with `--parameter AWS::AccountId`, so no fixture template is flagged.' } }),
  messages: {
    notAccepted:
      prose`Peering {peering} ({requester} to {accepter}) goes to {crossing}, and nothing in the linted code accepts
      it: it stays pending acceptance, expires after 7 days, and routes over it are blackholes. Add an
      aws_vpc_peering_connection_accepter with a provider for the accepter side, or accept it in the code that
      manages {accepter}.`,
    notAutoAccepted:
      prose`Peering {peering} ({requester} to {accepter}) is within one account and region but does not set
      auto_accept, and nothing in the linted code accepts it: it stays pending acceptance, expires after 7 days,
      and routes over it are blackholes. Set auto_accept = true.`,
    autoAcceptRefused:
      prose`Peering {peering} sets auto_accept = true, but {reason}, so the connection cannot be accepted that way and
      the apply fails. Remove auto_accept and accept it with an aws_vpc_peering_connection_accepter using a
      provider for the accepter side.`,
    optionsBeforeActive:
      prose`{resource} sets DNS options ({blocks}) on peering {peering}, which is not active when they are applied
      (it is not auto-accepted), so the provider fails with "is not active". Set them in the accepter resource,
      or in an aws_vpc_peering_connection_options that depends on the accepter.`,
  },
  check(model, context) {
    // Indexed (CONTRIBUTING.md, Performance).
    const peerings = model.peerings;
    for (let i = 0; i < peerings.length; i++) {
      const peering = peerings[i] as PeeringConnection;
      const r = peering.resource;
      // Only the accepter side is in scope: it accepts the connection.
      if (peering.accepterResource === r) continue;
      const status = peering.acceptStatus;
      if (status?.state === 'known' && ACTIVE.has(status.value)) continue;
      const subject: Subject = { resource: r };
      const data = {
        peering: peering.label,
        requester: sideLabel(peering.requester, 'requester'),
        accepter: sideLabel(peering.accepter, 'accepter'),
      };
      const creating = willBeCreated(r);
      const auto = peering.autoAccept;
      const crossRegion = isCrossRegion(peering);
      const crossAccount = isCrossAccount(peering);

      if (auto.state === 'known' && auto.value) {
        const refused = autoAcceptRefusal(peering, creating, crossAccount);
        if (refused.kind === 'refused') {
          context.report({ messageId: 'autoAcceptRefused', subject, related: sideRelated(peering), data: { peering: peering.label, reason: refused.reason } });
        } else if (refused.kind === 'unknown') {
          context.unresolved(subject, `${peering.label} sets auto_accept = true; whether AWS lets the requester accept it cannot be told: ${refused.reason}`);
        }
        continue;
      }
      if (auto.state === 'unknown') {
        if (auto.invalid !== true) context.unresolved(subject, `whether ${peering.label} is auto-accepted is unknown (${auto.reason})`);
        continue;
      }

      if (creating && peering.requestedOptions !== undefined && peering.requestedOptions.paths.length > 0) {
        const paths = peering.requestedOptions.paths;
        context.report({
          messageId: 'optionsBeforeActive',
          subject: { resource: r, path: paths[0] as AttrPath },
          related: [],
          data: { resource: peering.label, blocks: paths.map(pathText).join(', '), peering: peering.label },
        });
      }
      if (peering.accepterResource !== undefined) continue;

      for (const o of peering.optionsResources) {
        context.report({
          messageId: 'optionsBeforeActive',
          subject: { resource: o },
          related: [{ resource: r }],
          data: { resource: o.address, blocks: 'allow_remote_vpc_dns_resolution', peering: peering.label },
        });
      }
      if (crossAccount.state === 'known' && crossAccount.value) {
        const account = peering.peerOwnerId.state === 'known' ? peering.peerOwnerId.value : '';
        context.report({ messageId: 'notAccepted', subject, related: sideRelated(peering), data: { ...data, crossing: `another account (${account})` } });
      } else if (crossRegion.state === 'known' && crossRegion.value) {
        const region = peering.peerRegion.state === 'known' ? peering.peerRegion.value : '';
        context.report({ messageId: 'notAccepted', subject, related: sideRelated(peering), data: { ...data, crossing: `another region (${region})` } });
      } else if (crossAccount.state === 'known' && crossRegion.state === 'known') {
        // peer_region, even the requester's own region, rules out auto_accept: an accepter must do it.
        if (peering.peerRegion.state === 'known') {
          const crossing = `region ${peering.peerRegion.value} (set with peer_region)`;
          context.report({ messageId: 'notAccepted', subject, related: sideRelated(peering), data: { ...data, crossing } });
        } else if (vpcsInTwoRegions(peering)) {
          // No peer_region, but the VPCs are in two regions: the request itself is wrong, which
          // NET305 peering-region reports; "set auto_accept" would not help.
          continue;
        } else {
          context.report({ messageId: 'notAutoAccepted', subject, related: sideRelated(peering), data });
        }
      } else {
        // Not accepted either way; only the wording depends on the unknown.
        const why = crossAccount.state === 'unknown' ? crossAccount.reason : crossRegion.state === 'unknown' ? crossRegion.reason : '';
        const crossing = peering.peerOwnerId.state === 'known' ? `account ${peering.peerOwnerId.value}` : peering.peerRegion.state === 'known' ? `region ${peering.peerRegion.value}` : undefined;
        if (crossing !== undefined) {
          context.report({ messageId: 'notAccepted', subject, related: sideRelated(peering), data: { ...data, crossing } });
        } else {
          context.unresolved(subject, `nothing in the linted code accepts ${peering.label}, and whether it crosses accounts or regions is unknown (${why})`);
        }
      }
    }
  },
});

/** Are the two VPCs' regions both known and different? */
function vpcsInTwoRegions(p: PeeringConnection): boolean {
  const here = requesterRegion(p);
  const there = p.accepter.state === 'known' ? p.accepter.value.region : undefined;
  return here.state === 'known' && there?.state === 'known' && here.value !== there.value;
}

function sideRelated(p: PeeringConnection): (Subject | string)[] {
  const out: (Subject | string)[] = [];
  for (const v of [p.requester, p.accepter]) if (v.state === 'known') out.push(labelled(v.value));
  return out;
}

type Refusal = { kind: 'ok' } | { kind: 'refused'; reason: string } | { kind: 'unknown'; reason: string };

/**
 * Why `auto_accept = true` cannot work: the provider refuses it with `peer_region` when it creates
 * the connection, and AWS lets only the accepter account accept a connection to another account.
 */
function autoAcceptRefusal(p: PeeringConnection, creating: boolean, crossAccount: Tri<boolean>): Refusal {
  // auto_accept is a Terraform provider setting; CloudFormation accepts its own requests (with
  // PeerRoleArn across accounts), and its adapter says so with autoAccept.
  if (!p.resource.format.startsWith('terraform')) return { kind: 'ok' };
  if (creating && p.peerRegion.state === 'known') {
    return { kind: 'refused', reason: `peer_region is set (${p.peerRegion.value}), which the AWS provider does not allow with auto_accept` };
  }
  if (crossAccount.state === 'known' && crossAccount.value) {
    const own = requesterAccount(p);
    const ownText = own.state === 'known' ? own.value : 'the requester account';
    const peer = p.peerOwnerId.state === 'known' ? p.peerOwnerId.value : 'another account';
    return { kind: 'refused', reason: `the accepter VPC belongs to account ${peer}, not ${ownText}, and only the accepter account can accept` };
  }
  if (crossAccount.state === 'unknown') return { kind: 'unknown', reason: crossAccount.reason };
  return { kind: 'ok' };
}
