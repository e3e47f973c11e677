import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { runRules } from '../../src/engine/run-rules.js';
import { buildModel } from '../../src/model/build.js';
import { summarizeTopology, type Topology } from '../../src/model/topology.js';
import { lintPaths } from '../../src/run.js';
import { linkedTo, tf, tfVpc } from '../helpers/source.js';
import { repoRoot } from '../helpers/repo.js';

const HUB = 'aws_vpc.hub';
const APP = 'module.spoke["app"].aws_vpc.this';
const DATA = 'module.spoke["data"].aws_vpc.this';
const SHARED = 'module.spoke["shared-services"].aws_vpc.this';

function byLabel<T extends { readonly label: string }>(xs: readonly T[]): T[] {
  return [...xs].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

describe('summarizeTopology', () => {
  it('runs only when asked: a run with topology: false (the CLI without markdown output, vpclint reach) carries none, and the same findings', async () => {
    const file = 'examples/hub-and-spokes/plan.json';
    const without = await lintPaths([file], { cwd: repoRoot, topology: false });
    const withIt = await lintPaths([file], { cwd: repoRoot });
    expect(Object.hasOwn(without, 'topology')).toBe(false);
    expect(withIt.topology?.peerings.length).toBe(4);
    expect(without.findings).toEqual(withIt.findings);
  });

  it('summarizes the hub-and-spokes example: its VPCs, its four peerings and what the rules found on each', async () => {
    const result = await lintPaths(['examples/hub-and-spokes/plan.json'], { cwd: repoRoot });
    const topology = result.topology as Topology;
    // examples/README.md: the hub and three spokes; shared-services and the hub both have 100.64.0.0/16
    // (NET101 marks both overlapping). The hub's bastion rule (NET401) and its monitoring rule's
    // CIDR (NET001) are findings inside the hub that name no peering connection.
    const healthy = { ruleIds: [], worst: undefined, overlaps: false };
    expect(byLabel(topology.vpcs)).toEqual([
      { key: HUB, label: HUB, name: 'hub', cidrs: ['10.0.0.0/16', '100.64.0.0/16'], cidrsIncomplete: false, external: false, ruleIds: ['NET001', 'NET401'], worst: 'error', overlaps: true },
      { key: APP, label: APP, name: 'app', cidrs: ['10.1.0.0/16'], cidrsIncomplete: false, external: false, ...healthy },
      { key: DATA, label: DATA, name: 'data', cidrs: ['10.2.0.0/16'], cidrsIncomplete: false, external: false, ...healthy },
      { key: SHARED, label: SHARED, name: 'shared-services', cidrs: ['10.3.0.0/16', '100.64.0.0/16'], cidrsIncomplete: false, external: false, ...healthy, overlaps: true },
    ]);
    // Present only when the Name tag is known.
    expect(topology.vpcs.map((v) => Object.hasOwn(v, 'name'))).toEqual([true, true, true, true]);
    expect(byLabel(topology.peerings)).toEqual([
      // NET301 names both connections of the duplicate pair.
      {
        key: 'aws_vpc_peering_connection.legacy_hub_to_app',
        label: 'aws_vpc_peering_connection.legacy_hub_to_app',
        requester: HUB,
        accepter: APP,
        ruleIds: ['NET301'],
        worst: 'error',
        missingRoutes: [],
      },
      {
        key: 'module.spoke["app"].aws_vpc_peering_connection.to_hub',
        label: 'module.spoke["app"].aws_vpc_peering_connection.to_hub',
        requester: APP,
        accepter: HUB,
        ruleIds: ['NET203', 'NET301'],
        worst: 'error',
        missingRoutes: [],
      },
      // The data spoke routes to the hub, but the hub has no route back to the data spoke.
      {
        key: 'module.spoke["data"].aws_vpc_peering_connection.to_hub',
        label: 'module.spoke["data"].aws_vpc_peering_connection.to_hub',
        requester: DATA,
        accepter: HUB,
        ruleIds: ['NET201'],
        worst: 'error',
        missingRoutes: [{ from: HUB, to: DATA }],
      },
      {
        key: 'module.spoke["shared-services"].aws_vpc_peering_connection.to_hub',
        label: 'module.spoke["shared-services"].aws_vpc_peering_connection.to_hub',
        requester: SHARED,
        accepter: HUB,
        ruleIds: ['NET101', 'NET202'],
        worst: 'error',
        missingRoutes: [],
      },
    ]);
  });

  it('marks the two spokes NET102 finds overlapping, not their hub, and puts the finding on the connection it names', async () => {
    const result = await lintPaths(['fixtures/spoke-cidr-overlap/positive-identical-spokes.plan.json'], { cwd: repoRoot });
    // The hub sends all of 10.1.0.0/16 to a: b's subnet is misrouted (NET102), and b has no way back (NET201).
    expect(result.findings.map((f) => `${f.ruleId} ${f.resource} ${f.related.join(' ')}`)).toEqual([
      'NET201 aws_route.b_to_hub aws_vpc_peering_connection.hub_b aws_route_table.hub aws_vpc.hub',
      'NET102 aws_route.hub_to_a aws_vpc_peering_connection.hub_b aws_vpc.b aws_subnet.b_app',
    ]);
    const topology = result.topology as Topology;
    expect(byLabel(topology.vpcs).map((v) => [v.label, v.overlaps, v.ruleIds])).toEqual([
      ['aws_vpc.a', true, []],
      ['aws_vpc.b', true, []],
      ['aws_vpc.hub', false, []],
    ]);
    // NET102 names the connection of the spoke its traffic should have gone to.
    expect(byLabel(topology.peerings).map((p) => [p.label, p.ruleIds, p.worst])).toEqual([
      ['aws_vpc_peering_connection.hub_a', [], undefined],
      ['aws_vpc_peering_connection.hub_b', ['NET102', 'NET201'], 'error'],
    ]);
  });

  it('puts a finding that names no connection on the VPC its resources are in: the VPC, a block, a subnet, a table, a route, a group, a rule', () => {
    const model = buildModel([
      tfVpc('a', '10.0.0.0/16'),
      tfVpc('b', '10.1.0.0/16'),
      tf('aws_subnet', 's', { cidr_block: '10.0.1.0/24' }, { unknown: { vpc_id: linkedTo('aws_vpc.a') } }),
      tf('aws_route_table', 't', {}, { unknown: { vpc_id: linkedTo('aws_vpc.a') } }),
      tf('aws_route', 'r', { destination_cidr_block: '0.0.0.0/0', gateway_id: 'igw-1' }, { unknown: { route_table_id: linkedTo('aws_route_table.t') } }),
      tf('aws_security_group', 'g', {}, { unknown: { vpc_id: linkedTo('aws_vpc.b') } }),
      tf('aws_vpc_security_group_ingress_rule', 'i', { cidr_ipv4: '0.0.0.0/0', ip_protocol: '-1' }, { unknown: { security_group_id: linkedTo('aws_security_group.g') } }),
      tf('aws_vpc_peering_connection', 'a_b', {}, { unknown: { vpc_id: linkedTo('aws_vpc.a'), peer_vpc_id: linkedTo('aws_vpc.b') } }),
    ]);
    const resource = (address: string) => {
      const r = [...model.vpcs.map((v) => v.resource), ...model.subnets.map((x) => x.resource), ...model.routeTables.map((x) => x.resource), ...model.routes.map((x) => x.subject.resource), ...model.securityGroups.map((x) => x.resource), ...model.securityGroupRules.map((x) => x.subject.resource), ...model.peerings.map((x) => x.resource)].find((x) => x?.address === address);
      if (r === undefined) throw new Error(`no ${address}`);
      return { resource: r };
    };
    const hit = (ruleId: string, severity: 'error' | 'warning' | 'note', subject: string, ...related: string[]) => ({ ruleId, severity, subject: resource(subject), relatedSubjects: related.map(resource), data: {} });
    const topology = summarizeTopology(model, [
      hit('NET901', 'note', 'aws_subnet.s'),
      hit('NET902', 'warning', 'aws_route.r'),
      hit('NET903', 'note', 'aws_route_table.t', 'aws_vpc.a'),
      hit('NET904', 'error', 'aws_vpc_security_group_ingress_rule.i'),
      hit('NET905', 'note', 'aws_security_group.g'),
      // Names a connection: drawn on the connection, not on the VPC whose route it is.
      hit('NET906', 'error', 'aws_route.r', 'aws_vpc_peering_connection.a_b'),
    ]);
    expect(byLabel(topology.vpcs).map((v) => [v.label, v.ruleIds, v.worst])).toEqual([
      ['aws_vpc.a', ['NET901', 'NET902', 'NET903'], 'warning'],
      ['aws_vpc.b', ['NET904', 'NET905'], 'error'],
    ]);
    expect(topology.peerings.map((p) => [p.label, p.ruleIds])).toEqual([['aws_vpc_peering_connection.a_b', ['NET906']]]);
  });

  it('marks nothing on the clean example', async () => {
    const result = await lintPaths(['examples/clean-peering/plan.json'], { cwd: repoRoot });
    expect(result.findings).toEqual([]);
    const topology = result.topology as Topology;
    expect(topology.peerings.length).toBeGreaterThan(0);
    for (const p of topology.peerings) expect({ ruleIds: p.ruleIds, worst: p.worst, missingRoutes: p.missingRoutes }).toEqual({ ruleIds: [], worst: undefined, missingRoutes: [] });
  });

  it('keeps ends that are unknown, external or with unknown blocks, and leaves out VPCs that peer with nothing', () => {
    const model = buildModel([
      tfVpc('a', '10.0.0.0/16'),
      tf('aws_vpc', 'b', {}, { unknown: { cidr_block: { reason: 'comes from an IPAM pool' } } }),
      tfVpc('lonely', '10.9.0.0/16'),
      tf('aws_vpc_peering_connection', 'to_partner', { peer_vpc_id: 'vpc-0partner' }, { unknown: { vpc_id: linkedTo('aws_vpc.a') } }),
      tf('aws_vpc_peering_connection', 'to_b', {}, { unknown: { vpc_id: linkedTo('aws_vpc.a'), peer_vpc_id: linkedTo('aws_vpc.b') } }),
      tf('aws_vpc_peering_connection', 'to_nowhere', {}, { unknown: { vpc_id: linkedTo('aws_vpc.b'), peer_vpc_id: { reason: 'var.peer has no value' } } }),
    ]);
    const topology = summarizeTopology(model, []);
    const healthy = { ruleIds: [], worst: undefined, overlaps: false };
    expect(byLabel(topology.vpcs)).toEqual([
      { key: 'aws_vpc.a', label: 'aws_vpc.a', cidrs: ['10.0.0.0/16'], cidrsIncomplete: false, external: false, ...healthy },
      { key: 'aws_vpc.b', label: 'aws_vpc.b', cidrs: [], cidrsIncomplete: true, external: false, ...healthy },
      { key: expect.any(String), label: 'vpc-0partner', cidrs: [], cidrsIncomplete: true, external: true, ...healthy },
    ]);
    expect(topology.vpcs.some((v) => Object.hasOwn(v, 'name'))).toBe(false);
    const partner = topology.vpcs.find((v) => v.label === 'vpc-0partner')!;
    expect(byLabel(topology.peerings).map((p) => [p.label, p.requester, p.accepter])).toEqual([
      ['aws_vpc_peering_connection.to_b', 'aws_vpc.a', 'aws_vpc.b'],
      ['aws_vpc_peering_connection.to_nowhere', 'aws_vpc.b', undefined],
      ['aws_vpc_peering_connection.to_partner', 'aws_vpc.a', partner.key],
    ]);
  });

  it('takes the most severe finding of a connection, and the rules of the findings that name it as subject or related', () => {
    const model = buildModel([
      tfVpc('a', '10.0.0.0/16'),
      tfVpc('b', '10.0.128.0/20'),
      tf('aws_vpc_peering_connection', 'a_b', {}, { unknown: { vpc_id: linkedTo('aws_vpc.a'), peer_vpc_id: linkedTo('aws_vpc.b') } }),
    ]);
    const found = runRules(model, rules.filter((r) => r.id === 'NET101')).findings;
    expect(found.map((f) => `${f.ruleId} ${f.resource}`)).toEqual(['NET101 aws_vpc_peering_connection.a_b']);
    const peering = model.peerings[0]!;
    const note = { ...found[0]!, ruleId: 'NET999', severity: 'note' as const, subject: { resource: model.vpcs[0]!.resource! }, relatedSubjects: [{ resource: peering.resource }] };
    const warning = { ...found[0]!, ruleId: 'NET998', severity: 'warning' as const, relatedSubjects: [] };
    const [summary] = summarizeTopology(model, [note, warning, ...found]).peerings;
    expect(summary).toEqual({
      key: 'aws_vpc_peering_connection.a_b',
      label: 'aws_vpc_peering_connection.a_b',
      requester: 'aws_vpc.a',
      accepter: 'aws_vpc.b',
      ruleIds: ['NET101', 'NET998', 'NET999'],
      worst: 'error',
      missingRoutes: [],
    });
  });
});
