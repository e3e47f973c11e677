/**
 * NET304 peering-dns. DNS resolution over a peering connection (`allow_remote_vpc_dns_resolution`)
 * makes the public DNS names of one VPC's instances resolve to their private addresses when
 * queried from the other VPC, so the traffic stays on the peering. AWS honours it only when both
 * VPCs have DNS support and DNS hostnames enabled; with either off the option is accepted and
 * does nothing, and traffic quietly goes out over public addresses (or fails where there is no
 * internet path). For a VPC whose CIDR block is outside RFC 1918, private names of its instances
 * cannot be resolved from the peer at all unless that VPC's side of the connection enables DNS
 * resolution. Each side's option governs the names of that side's VPC.
 * The RFC 1918 check reads the VPC's primary IPv4 block, the block AWS's DNS guidance is about:
 * secondary blocks outside RFC 1918 (100.64.0.0/10 for pods, typically) do not make it fire.
 * AWS: "Enable DNS resolution for a VPC peering connection",
 * https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-dns.html, and "DNS attributes for
 * your VPC", https://docs.aws.amazon.com/vpc/latest/userguide/AmazonDNS-concepts.html
 */
import { defineRule, examples, type RuleContext, prose } from '../src/engine/define-rule.js';
import { contains, parseCidr } from '../src/model/cidr.js';
import { labelled } from '../src/model/peering-routes.js';
import type { Cidr, CidrBlock, PeeringConnection, PeeringOptions, Tri, Vpc } from '../src/model/types.js';

/** The private ranges of RFC 1918. */
const RFC1918: readonly Cidr[] = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((text) => {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(`bad constant ${text}`);
  return parsed.cidr;
});

const DNS_SETTINGS = [
  ['enableDnsSupport', 'DNS support'],
  ['enableDnsHostnames', 'DNS hostnames'],
] as const;

function isTrue(v: Tri<boolean>): boolean {
  return v.state === 'known' && v.value;
}

/** The primary IPv4 block of a VPC, if known. */
function primaryBlock(vpc: Vpc): Tri<Cidr> | undefined {
  const blocks = vpc.cidrBlocks;
  for (let i = 0; i < blocks.length; i++) if ((blocks[i] as CidrBlock).kind === 'ipv4-primary') return (blocks[i] as CidrBlock).cidr;
  return undefined;
}

export default defineRule({
  id: 'NET304', name: 'peering-dns', defaultSeverity: 'note', summary: 'DNS resolution over a peering is requested while a VPC has DNS support or hostnames off, or a VPC outside RFC 1918 is peered without it.',
  rationale:
    prose`With DNS resolution enabled on a peering connection, the public DNS name of an instance in one VPC
    resolves to its private address when queried from the other VPC, so traffic stays on the peering. AWS
    applies it only when both VPCs have DNS support and DNS hostnames enabled; otherwise the option is stored
    and has no effect, and clients connect to public addresses instead, through the internet or not at all.
    For a VPC whose CIDR block is outside the private ranges of RFC 1918, the private names of its instances
    resolve from the peer only if that VPC's side of the connection enables DNS resolution.`,
  remediation:
    prose`Enable DNS support and DNS hostnames on both VPCs (\`enable_dns_support\` and \`enable_dns_hostnames\` on
    \`aws_vpc\`, \`EnableDnsSupport\` and \`EnableDnsHostnames\` on \`AWS::EC2::VPC\`). For a VPC outside RFC 1918,
    set \`allow_remote_vpc_dns_resolution = true\` in that VPC's side of the connection (the \`requester\` or
    \`accepter\` block of \`aws_vpc_peering_connection_options\`, or of the accepter resource in the peer
    account).`,
  references: [
    { title: 'Enable DNS resolution for a VPC peering connection', url: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-dns.html' },
    { title: 'DNS attributes for your VPC', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/AmazonDNS-concepts.html#vpc-dns-support' },
  ],
  docs: examples({ tf: ['positive-hostnames-off.tf', 'negative-dns-enabled.tf'], cfn: ['positive-outside-rfc1918.cfn.yaml', 'negative-secondary-outside-rfc1918.cfn.yaml'] }),
  messages: {
    dnsSettingOff:
      prose`Peering {peering} requests DNS resolution, but {vpc} has {setting} off, so AWS ignores it and names of
      instances across the peering resolve to public addresses. Enable {setting} on {vpc}.`,
    outsideRfc1918:
      prose`{vpc} ({cidr}) is outside the private ranges of RFC 1918 and is peered over {peering} without DNS
      resolution on its side ({side}), so the peer cannot resolve its instances' names to private addresses.
      Set allow_remote_vpc_dns_resolution on the {side} side of {peering}.`,
  },
  check(model, context) {
    // Per connection, the known sides, requester first, without listing them: a mesh has a
    // connection per pair of VPCs. Indexed (CONTRIBUTING.md, Performance).
    const peerings = model.peerings;
    for (let i = 0; i < peerings.length; i++) {
      const peering = peerings[i] as PeeringConnection;
      const requester = peering.requester.state === 'known' ? peering.requester.value : undefined;
      const accepter = peering.accepter.state === 'known' ? peering.accepter.value : undefined;
      if (requester !== undefined && requester === accepter) continue;
      checkSettings(peering, requester, accepter, context);
      if (requester !== undefined) checkOutsideRfc1918(peering, 'requester', requester, peering.requesterOptions, context);
      if (accepter !== undefined) checkOutsideRfc1918(peering, 'accepter', accepter, peering.accepterOptions, context);
    }
  },
});

type Context = RuleContext<'dnsSettingOff' | 'outsideRfc1918'>;

/** A side whose VPC is outside RFC 1918 needs DNS resolution over the connection. */
function checkOutsideRfc1918(peering: PeeringConnection, side: 'requester' | 'accepter', vpc: Vpc, options: PeeringOptions, context: Context): void {
  // A primary block that is unknown (IPAM) or not in scope (a VPC known only by ID) is not
  // reported again: NET101 already lists this connection as unresolved for the same block.
  const primary = primaryBlock(vpc);
  if (primary === undefined || primary.state !== 'known') return;
  const cidr = primary.value;
  if (inRfc1918(cidr)) return;
  const option = options.allowRemoteVpcDnsResolution;
  if (isTrue(option)) return;
  const subject = { resource: peering.resource };
  if (option.state === 'unknown') {
    if (option.invalid !== true) context.unresolved(subject, `${vpc.label} (${cidr.canonical}) is outside RFC 1918, and whether the ${side} side of ${peering.label} enables DNS resolution is unknown (${option.reason})`);
    return;
  }
  context.report({
    messageId: 'outsideRfc1918',
    subject,
    related: [labelled(vpc)],
    data: { vpc: vpc.label, cidr: cidr.canonical, peering: peering.label, side },
  });
}

function inRfc1918(cidr: Cidr): boolean {
  for (let i = 0; i < RFC1918.length; i++) if (contains(RFC1918[i] as Cidr, cidr)) return true;
  return false;
}

/** Both VPCs need DNS support and hostnames when either side requests DNS resolution. */
function checkSettings(peering: PeeringConnection, requester: Vpc | undefined, accepter: Vpc | undefined, context: Context): void {
  const requested = isTrue(peering.requesterOptions.allowRemoteVpcDnsResolution) || isTrue(peering.accepterOptions.allowRemoteVpcDnsResolution);
  if (!requested) return;
  const subject = { resource: peering.resource };
  for (const vpc of [requester, accepter]) {
    if (vpc === undefined) continue;
    for (const [field, setting] of DNS_SETTINGS) {
      const v = vpc[field];
      if (v.state === 'known') {
        if (v.value) continue;
        context.report({
          messageId: 'dnsSettingOff',
          subject,
          related: [labelled(vpc)],
          data: { peering: peering.label, vpc: vpc.label, setting },
        });
      } else if (v.state === 'unknown' && v.invalid !== true) {
        context.unresolved(subject, `${peering.label} requests DNS resolution, but whether ${vpc.label} has ${setting} on is unknown (${v.reason})`);
      }
    }
  }
}
