/**
 * The path engine on fixtures/reach in all three input formats (.tf, a real plan made from the
 * same .tf by scripts/fixtures/make-plan.py, and a CloudFormation template of the same design).
 * Every verdict is what AWS documents for the same setup:
 * - routes on both sides, over the same peering connection:
 *   https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html
 * - network ACLs are stateless, evaluated in rule-number order, first match wins, `*` denies;
 *   replies go to ephemeral ports (1024-65535 recommended):
 *   https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html,
 *   https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html; the default
 *   network ACL allows all traffic: https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html
 * - security groups are stateful and allow-only:
 *   https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
 * - a group can reference a peer VPC's group only within one region:
 *   https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html
 */
import { describe, expect, it } from 'vitest';
import { resolveEndpoint } from '../../../src/model/reach/endpoints.js';
import type { EndpointSpec, FlowSpec, Hop, ReachResult } from '../../../src/model/reach/flow.js';
import { reach } from '../../../src/model/reach/path.js';
import type { NetworkModel } from '../../../src/model/types.js';
import { loadModel } from './load.js';

/** An endpoint by name; `group@subnet` pins a group's instances to a subnet. */
function endpoint(model: NetworkModel, text: string): EndpointSpec {
  const [main, pinned] = text.split('@') as [string, string | undefined];
  const r = resolveEndpoint(model, main);
  if (!r.ok) throw new Error(r.error);
  if (pinned === undefined) return r.spec;
  const s = resolveEndpoint(model, pinned);
  if (!s.ok || s.spec.kind !== 'subnet' || r.spec.kind !== 'security-group') throw new Error(`bad pin ${text}`);
  return { ...r.spec, subnet: s.spec.subnet };
}

async function run(file: string, from: string, to: string, flow: FlowSpec): Promise<ReachResult> {
  const model = await loadModel(file);
  return reach(model, endpoint(model, from), endpoint(model, to), flow);
}

const hops = (r: ReachResult): [string, string, string][] => r.path.map((h: Hop) => [h.hop, h.resource, h.decision]);
const blocked = (r: ReachResult) => (r.blockedBy === undefined ? undefined : { hop: r.blockedBy.hop, resource: r.blockedBy.resource, detail: r.blockedBy.detail, fix: r.blockedBy.fix });

const PG: FlowSpec = { protocol: 'tcp', port: 5432 };
const HTTPS: FlowSpec = { protocol: 'tcp', port: 443 };

/** The names of fixtures/reach/hub-spoke in each format. */
const HUB = {
  tf: {
    file: 'fixtures/reach/hub-spoke.tf',
    app: 'aws_security_group.app@aws_subnet.hub_app', aDb: 'aws_security_group.a_db@aws_subnet.a_db', aDbWrong: 'aws_security_group.a_db_wrong@aws_subnet.a_db',
    aWeb: 'aws_security_group.a_web@aws_subnet.a_web', bDb: 'aws_subnet.b_db', aDbGroup: 'aws_security_group.a_db',
    hubNacl: 'aws_default_network_acl.hub', hubNaclOut: 'aws_default_network_acl.hub', hubNaclIn: 'aws_default_network_acl.hub',
    appEgress: 'aws_security_group.app', toA: 'aws_route.hub_to_a', toB: 'aws_route.hub_to_b', hubA: 'aws_vpc_peering_connection.hub_a', hubB: 'aws_vpc_peering_connection.hub_b',
    spokeA: 'aws_vpc.spoke_a', spokeB: 'aws_vpc.spoke_b', aDbIngress: 'aws_security_group.a_db', aDbWrongSg: 'aws_security_group.a_db_wrong',
    aTable: 'aws_route_table.spoke_a', aRouteBack: 'aws_route_table.spoke_a', aWebAcl: 'aws_network_acl.a_web', aWebAclIn: 'aws_network_acl.a_web', aWebSg: 'aws_security_group.a_web',
    bMain: 'aws_vpc.spoke_b main route table', hubLabel: 'aws_vpc.hub',
    hubApp: 'aws_subnet.hub_app', aDbSubnet: 'aws_subnet.a_db', aWebSubnet: 'aws_subnet.a_web',
    // Where the deciding resource (or a route's destination) is written.
    aWebAclAt: { file: 'fixtures/reach/hub-spoke.tf', line: 157, column: 1 } as object,
    toAAt: { file: 'fixtures/reach/hub-spoke.tf', line: 31, column: 3 } as object,
  },
  cfn: {
    file: 'fixtures/reach/hub-spoke.cfn.yaml',
    app: 'App@HubApp', aDb: 'ADbGroup@ADb', aDbWrong: 'ADbWrong@ADb', aWeb: 'AWebGroup@AWeb', bDb: 'BDb', aDbGroup: 'ADbGroup',
    hubNacl: 'Hub', hubNaclOut: 'Hub', hubNaclIn: 'Hub',
    appEgress: 'App', toA: 'HubToA', toB: 'HubToB', hubA: 'HubA', hubB: 'HubB',
    spokeA: 'SpokeA', spokeB: 'SpokeB', aDbIngress: 'ADbGroup', aDbWrongSg: 'ADbWrong',
    aTable: 'SpokeARoutes', aRouteBack: 'SpokeAToHub', aWebAcl: 'AWebAcl', aWebAclIn: 'AWebAclIn', aWebSg: 'AWebGroup',
    bMain: 'SpokeB main route table', hubLabel: 'Hub',
    hubApp: 'HubApp', aDbSubnet: 'ADb', aWebSubnet: 'AWeb',
    aWebAclAt: { file: 'fixtures/reach/hub-spoke.cfn.yaml', line: 127, column: 3 } as object,
    toAAt: { file: 'fixtures/reach/hub-spoke.cfn.yaml', line: 34, column: 7 } as object,
  },
};
const HUB_CASES = [
  ['tf', HUB.tf],
  [
    'plan',
    {
      ...HUB.tf,
      file: 'fixtures/reach/hub-spoke.plan.json',
      // The plan's own positions: the loader gives the plan no .tf sources to point into.
      aWebAclAt: { file: 'fixtures/reach/hub-spoke.plan.json', line: 770, column: 7 } as object,
      toAAt: { file: 'fixtures/reach/hub-spoke.plan.json', line: 851, column: 7 } as object,
    },
  ],
  ['cfn', HUB.cfn],
] as const;

describe.each(HUB_CASES)('hub and spokes (%s)', (_format, n) => {
  it('app -> spoke A db on 5432: allowed, both ways', async () => {
    const r = await run(n.file, n.app, n.aDb, PG);
    expect(r.verdict).toBe('allowed');
    expect(hops(r)).toEqual([
      ['sg-egress', n.appEgress, 'pass'],
      ['nacl-out', n.hubNaclOut, 'pass'],
      ['route', n.toA, 'pass'],
      ['peering', n.hubA, 'pass'],
      ['nacl-in', n.spokeA, 'pass'],
      ['sg-ingress', n.aDbIngress, 'pass'],
      ['return-nacl-out', n.spokeA, 'pass'],
      ['return-route', n.aRouteBack, 'pass'],
      ['return-nacl-in', n.hubNaclIn, 'pass'],
    ]);
    expect(r.blockedBy).toBeUndefined();
    expect(r.reasons).toEqual([]);
    expect(r.notes).toEqual([]);
  });

  it('app -> spoke B db: denied, spoke B has no route back over the connection', async () => {
    const r = await run(n.file, n.app, n.bDb, PG);
    expect(r.verdict).toBe('denied');
    expect(hops(r)).toEqual([
      ['sg-egress', n.appEgress, 'pass'],
      ['nacl-out', n.hubNaclOut, 'pass'],
      ['route', n.toB, 'pass'],
      ['peering', n.hubB, 'pass'],
      ['nacl-in', n.spokeB, 'pass'],
      ['return-nacl-out', n.spokeB, 'pass'],
      ['return-route', n.spokeB, 'block'],
      ['return-nacl-in', n.hubNaclIn, 'pass'],
    ]);
    expect(blocked(r)).toEqual({
      hop: 'return-route',
      resource: n.spokeB,
      detail: `${n.bMain} has no route back over ${n.hubB} for 10.0.1.0/24, so the replies are dropped.`,
      fix: `Add a route for 10.0.1.0/24 (or ${n.hubLabel}'s block) over ${n.hubB} to ${n.bMain}.`,
    });
    expect(r.notes).toEqual([`${n.bDb} names no security group, so no ingress rule is checked.`]);
  });

  it('app -> the group that admits the wrong peer range: denied at its ingress', async () => {
    const r = await run(n.file, n.app, n.aDbWrong, PG);
    expect(r.verdict).toBe('denied');
    expect(hops(r).map(([h, , d]) => [h, d])).toEqual([
      ['sg-egress', 'pass'],
      ['nacl-out', 'pass'],
      ['route', 'pass'],
      ['peering', 'pass'],
      ['nacl-in', 'pass'],
      ['sg-ingress', 'block'],
      ['return-nacl-out', 'pass'],
      ['return-route', 'pass'],
      ['return-nacl-in', 'pass'],
    ]);
    const app = n.appEgress;
    expect(blocked(r)).toEqual({
      hop: 'sg-ingress',
      resource: n.aDbWrongSg,
      detail: `No ingress rule of ${n.aDbWrongSg} allows TCP port 5432 from 10.0.1.0/24 (${app}).`,
      fix: `Add an ingress rule to ${n.aDbWrongSg} that allows TCP port 5432 from 10.0.1.0/24 or ${app}.`,
    });
  });

  it('app -> spoke A web on 443: denied, its network ACL lets no reply out to the ephemeral ports', async () => {
    const r = await run(n.file, n.app, n.aWeb, HTTPS);
    expect(r.verdict).toBe('denied');
    expect(hops(r)).toEqual([
      ['sg-egress', n.appEgress, 'pass'],
      ['nacl-out', n.hubNaclOut, 'pass'],
      ['route', n.toA, 'pass'],
      ['peering', n.hubA, 'pass'],
      ['nacl-in', n.aWebAclIn, 'pass'],
      ['sg-ingress', n.aWebSg, 'pass'],
      ['return-nacl-out', n.aWebAcl, 'block'],
      ['return-route', n.aRouteBack, 'pass'],
      ['return-nacl-in', n.hubNaclIn, 'pass'],
    ]);
    expect(r.blockedBy?.location).toEqual(n.aWebAclAt);
    expect(r.path[2]?.location).toEqual(n.toAAt);
    expect(blocked(r)).toEqual({
      hop: 'return-nacl-out',
      resource: n.aWebAcl,
      detail: `No rule of ${n.aWebAcl} allows TCP ports 1024-65535 to 10.0.1.0/24 outbound, so the default rule (*) denies it.`,
      fix: `Add an outbound rule to ${n.aWebAcl} that allows TCP ports 1024-65535 to 10.0.1.0/24.`,
    });
  });

  it('a group whose subnet is not named stands for every subnet of its VPC: unknown when they disagree', async () => {
    const r = await run(n.file, n.app, n.aDbGroup, PG);
    expect(r.verdict).toBe('unknown');
    expect(r.pairs.map((p) => [p.from.subnet, p.to.subnet, p.verdict, p.blockedBy?.hop])).toEqual([
      [n.hubApp, n.aDbSubnet, 'allowed', undefined],
      [n.hubApp, n.aWebSubnet, 'denied', 'nacl-in'],
    ]);
    expect(r.reasons).toEqual([`TCP port 5432 is allowed from ${n.hubApp} to ${n.aDbSubnet} but denied from ${n.hubApp} to ${n.aWebSubnet}: name the subnets`]);
    expect(r.notes).toEqual([`Which subnet the instances of ${n.aDbGroup} are in is not in the code, so every subnet of ${n.spokeA} is checked.`]);
    expect(r.blockedBy).toBeUndefined();
  });
});

describe.each([
  ['tf', 'fixtures/reach/inter-region.tf'],
  ['plan', 'fixtures/reach/inter-region.plan.json'],
])('a group reference across an inter-region peering (%s)', (_format, file) => {
  it('app (eu-west-1) -> db (us-east-1) on 5432: denied at the db group, whose reference to the app group does not work across regions', async () => {
    const r = await run(file, 'aws_security_group.app@aws_subnet.app', 'aws_security_group.db@aws_subnet.db', PG);
    expect(r.verdict).toBe('denied');
    expect(hops(r)).toEqual([
      ['sg-egress', 'aws_security_group.app', 'pass'],
      ['nacl-out', 'aws_vpc.app', 'pass'],
      ['route', 'aws_route.app_to_db', 'pass'],
      ['peering', 'aws_vpc_peering_connection.app_db', 'pass'],
      ['nacl-in', 'aws_vpc.db', 'pass'],
      ['sg-ingress', 'aws_security_group.db', 'block'],
      ['return-nacl-out', 'aws_vpc.db', 'pass'],
      ['return-route', 'aws_route_table.db', 'pass'],
      ['return-nacl-in', 'aws_vpc.app', 'pass'],
    ]);
    expect(r.path[3]?.detail).toBe(
      'aws_vpc_peering_connection.app_db joins aws_vpc.app and aws_vpc.db and is accepted by aws_vpc_peering_connection_accepter.db.',
    );
    expect(blocked(r)).toEqual({
      hop: 'sg-ingress',
      resource: 'aws_security_group.db',
      detail:
        'No ingress rule of aws_security_group.db allows TCP port 5432 from 10.10.1.0/24 (aws_security_group.app): aws_security_group.db.ingress[0] ' +
        'references aws_security_group.app across the inter-region peering aws_vpc_peering_connection.app_db, which AWS does not support.',
      fix: "Allow 10.10.1.0/24 (the peer's CIDR) instead of the group reference in aws_security_group.db: group references work only within one region.",
    });
  });
});

const TF_DATA = 'id of data.aws_vpc_peering_connection.shared is unknown (data.aws_vpc_peering_connection.shared is read from AWS when Terraform plans; vpclint does not read AWS) and not linked to a resource in the linted files';
const PLAN_DATA = 'id of data.aws_vpc_peering_connection.shared is known after apply and not linked to a resource in the plan';
describe.each([
  ['tf', 'fixtures/reach/unknown-target.tf', { app: 'aws_vpc.app', shared: 'aws_vpc.shared', out: 'aws_route.app_to_shared', back: 'aws_route.shared_to_app', why: TF_DATA, whyBack: TF_DATA }],
  ['plan', 'fixtures/reach/unknown-target.plan.json', { app: 'aws_vpc.app', shared: 'aws_vpc.shared', out: 'aws_route.app_to_shared', back: 'aws_route.shared_to_app', why: PLAN_DATA, whyBack: PLAN_DATA }],
  [
    'cfn',
    'fixtures/reach/unknown-target.cfn.yaml',
    {
      app: 'App',
      shared: 'Shared',
      out: 'AppToShared',
      back: 'SharedToApp',
      why: 'VpcPeeringConnectionId of AppToShared is not known before deployment (SharedPeering.PeeringId) and not linked to a resource in the linted files',
      whyBack: 'VpcPeeringConnectionId of SharedToApp is not known before deployment (SharedPeering.PeeringId) and not linked to a resource in the linted files',
    },
  ],
])('a route whose target is unknown until apply (%s)', (_format, file, n) => {
  it('10.30.1.10 -> 10.40.1.20: unknown, with the unknown values as reasons, never a guess', async () => {
    const r = await run(file, '10.30.1.10', '10.40.1.20', PG);
    expect(r.verdict).toBe('unknown');
    expect(hops(r)).toEqual([
      ['nacl-out', n.app, 'pass'],
      ['route', n.out, 'unknown'],
      ['nacl-in', n.shared, 'pass'],
      ['return-nacl-out', n.shared, 'pass'],
      ['return-route', n.back, 'unknown'],
      ['return-nacl-in', n.app, 'pass'],
    ]);
    expect(r.blockedBy).toBeUndefined();
    expect(r.reasons).toEqual([
      `${n.out} sends 10.40.0.0/16 over a peering connection that is unknown (${n.why}).`,
      `The target of ${n.back} is unknown (${n.whyBack}), so whether the replies go back cannot be told.`,
    ]);
    expect(r.notes).toEqual([
      '10.30.1.10/32 names no security group, so no egress rule is checked.',
      '10.40.1.20/32 names no security group, so no ingress rule is checked.',
    ]);
  });
});
