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
  it('summarizes the hub-and-spokes example: its VPCs, its four peerings and what the rules found on each', async () => {
    const result = await lintPaths(['examples/hub-and-spokes/plan.json'], { cwd: repoRoot });
    const topology = result.topology as Topology;
    // examples/README.md: the hub and three spokes; shared-services and the hub both have 100.64.0.0/16.
    expect(byLabel(topology.vpcs)).toEqual([
      { key: HUB, label: HUB, cidrs: ['10.0.0.0/16', '100.64.0.0/16'], cidrsIncomplete: false, external: false },
      { key: APP, label: APP, cidrs: ['10.1.0.0/16'], cidrsIncomplete: false, external: false },
      { key: DATA, label: DATA, cidrs: ['10.2.0.0/16'], cidrsIncomplete: false, external: false },
      { key: SHARED, label: SHARED, cidrs: ['10.3.0.0/16', '100.64.0.0/16'], cidrsIncomplete: false, external: false },
    ]);
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
    expect(byLabel(topology.vpcs)).toEqual([
      { key: 'aws_vpc.a', label: 'aws_vpc.a', cidrs: ['10.0.0.0/16'], cidrsIncomplete: false, external: false },
      { key: 'aws_vpc.b', label: 'aws_vpc.b', cidrs: [], cidrsIncomplete: true, external: false },
      { key: expect.any(String), label: 'vpc-0partner', cidrs: [], cidrsIncomplete: true, external: true },
    ]);
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
