/**
 * NET305 peering-region edge cases that need no fixture file: where AWS looks for the peer VPC
 * (peer_region, else the requester's region) against where the peer VPC is, which connections
 * are left alone (existing and found, accepter-only), and the unknowns: a region from an
 * unevaluated provider setting, a peer VPC known only by ID, an unknown peer_region. Two VPCs of
 * one provider configuration are in one region even when it is unknown.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/peering-region.js';
import { lintRule } from '../helpers/lint-rule.js';
import { lint as lintInputs } from '../../src/run.js';
import { fixturesDir } from '../helpers/repo.js';
import type { AttrValue, SourceResource } from '../../src/parse/source.js';
import { known, linkedTo, tf, tfData, tfVpc, type FakeUnknown } from '../helpers/source.js';

const lint = (resources: readonly SourceResource[]) => lintRule(rule, resources, { fields: ['resource', 'messageId', 'data'] });

const unknownRegion = (reason: string): AttrValue => ({ state: 'unknown', reason, refs: [] });

/** The resource as a plan reader hands it over: in a provider configuration `name` with `region`. */
function inProvider(r: SourceResource, region: AttrValue, name = 'aws', action = 'create'): SourceResource {
  return { ...r, action, provider: () => ({ name, region, accountId: { state: 'absent' } }) };
}

interface PcxOptions {
  readonly values?: Record<string, unknown>;
  readonly unknown?: Record<string, FakeUnknown>;
  readonly peer?: string;
  readonly action?: string;
}

/** `aws_vpc_peering_connection.p` from aws_vpc.a, requested in eu-west-1, to aws_vpc.b (or `peer`). */
function pcx(options: PcxOptions = {}): SourceResource {
  const values = options.values ?? {};
  const computed: Record<string, FakeUnknown> = {};
  for (const attr of ['id', 'accept_status', 'peer_region']) if (!Object.hasOwn(values, attr)) computed[attr] = { computed: true };
  const peer: Record<string, FakeUnknown> = options.peer === undefined ? { peer_vpc_id: linkedTo('aws_vpc.b') } : {};
  const r = tf('aws_vpc_peering_connection', 'p', options.peer === undefined ? values : { peer_vpc_id: options.peer, ...values }, {
    unknown: { ...computed, vpc_id: linkedTo('aws_vpc.a'), ...peer, ...options.unknown },
  });
  return inProvider(r, known('eu-west-1'), 'aws', options.action ?? 'create');
}

const a = inProvider(tfVpc('a', '10.1.0.0/16'), known('eu-west-1'));
const bUs = inProvider(tfVpc('b', '10.2.0.0/16'), known('us-east-1'), 'aws.us');
const bEu = inProvider(tfVpc('b', '10.2.0.0/16'), known('eu-west-1'));

const P = 'aws_vpc_peering_connection.p';

describe('peering-region: where AWS looks against where the peer VPC is', () => {
  it.each([
    {
      name: 'no peer_region, peer VPC in another region',
      resources: () => [a, bUs, pcx()],
      want: [
        {
          resource: P,
          messageId: 'missingPeerRegion',
          data: {
            peering: P,
            requesterRegion: 'eu-west-1',
            requester: 'aws_vpc.a',
            accepter: 'aws_vpc.b',
            accepterRegion: 'us-east-1',
            attribute: 'peer_region',
            fix: 'peer_region = "us-east-1"',
          },
        },
      ],
    },
    {
      name: 'peer_region names a third region',
      resources: () => [a, bUs, pcx({ values: { peer_region: 'us-west-2' } })],
      want: [
        {
          resource: P,
          messageId: 'wrongPeerRegion',
          data: { peering: P, attribute: 'peer_region', peerRegion: 'us-west-2', accepter: 'aws_vpc.b', accepterRegion: 'us-east-1', fix: 'peer_region = "us-east-1"' },
        },
      ],
    },
    {
      name: 'peer_region names the requester\'s region while the peer VPC is elsewhere',
      resources: () => [a, bUs, pcx({ values: { peer_region: 'eu-west-1' } })],
      want: [
        {
          resource: P,
          messageId: 'wrongPeerRegion',
          data: { peering: P, attribute: 'peer_region', peerRegion: 'eu-west-1', accepter: 'aws_vpc.b', accepterRegion: 'us-east-1', fix: 'peer_region = "us-east-1"' },
        },
      ],
    },
    { name: 'peer_region names the peer VPC\'s region', resources: () => [a, bUs, pcx({ values: { peer_region: 'us-east-1' } })], want: [] },
    { name: 'no peer_region, both VPCs in one region', resources: () => [a, bEu, pcx()], want: [] },
    { name: 'peer_region equal to the requester\'s region, both VPCs there', resources: () => [a, bEu, pcx({ values: { peer_region: 'eu-west-1' } })], want: [] },
    {
      name: 'an existing connection AWS found the peer VPC for (active), without peer_region in the code',
      resources: () => [a, bUs, pcx({ values: { id: 'pcx-1', accept_status: 'active' }, action: 'no-op' })],
      want: [],
    },
    {
      name: 'only the accepter side is in scope',
      resources: () => [bUs, tf('aws_vpc_peering_connection_accepter', 'acc', { vpc_peering_connection_id: 'pcx-9', auto_accept: true }, { unknown: { vpc_id: linkedTo('aws_vpc.b') } })],
      want: [],
    },
  ])('$name', ({ resources, want }) => {
    expect(lint(resources())).toEqual({ findings: want, unresolved: [] });
  });

  it('an existing connection that failed is still checked', () => {
    const p = pcx({ values: { id: 'pcx-1', accept_status: 'failed' }, action: 'no-op' });
    expect(lint([a, bUs, p]).findings.map((f) => f.messageId)).toEqual(['missingPeerRegion']);
  });

  it('the requester VPC\'s region, when unknown, is the requesting resource\'s provider region', () => {
    const aUnknown = inProvider(tfVpc('a', '10.1.0.0/16'), unknownRegion('variable region has no value'), 'aws.other');
    expect(lint([aUnknown, bUs, pcx()]).findings.map((f) => [f.messageId, f.data['requesterRegion']])).toEqual([['missingPeerRegion', 'eu-west-1']]);
  });

  it('a data source peer VPC reads in its provider\'s region', () => {
    const data = inProvider(tfData('aws_vpc', 'b', {}, { unknown: { id: {}, region: {} }, configures: ['tags'] }), known('us-east-1'), 'aws.us');
    const p = pcx({ unknown: { peer_vpc_id: linkedTo('data.aws_vpc.b') } });
    expect(lint([a, data, p]).findings.map((f) => [f.messageId, f.data['accepter'], f.data['accepterRegion']])).toEqual([
      ['missingPeerRegion', 'data.aws_vpc.b', 'us-east-1'],
    ]);
  });
});

describe('peering-region: unknowns are unresolved, never guessed', () => {
  it('two VPCs of one provider configuration are in one region even when it is unknown', () => {
    const region = unknownRegion('variable region has no value');
    const a2 = inProvider(tfVpc('a', '10.1.0.0/16'), region);
    const b2 = inProvider(tfVpc('b', '10.2.0.0/16'), region);
    expect(lint([a2, b2, pcx()])).toEqual({ findings: [], unresolved: [] });
  });

  it.each([
    {
      name: 'no peer_region, the peer VPC\'s provider region is unknown',
      resources: () => [a, inProvider(tfVpc('b', '10.2.0.0/16'), unknownRegion('variable peer_region has no value'), 'aws.peer'), pcx()],
      reason:
        `${P} does not set peer_region, so AWS looks for aws_vpc.b in the requester's region, and whether it is there cannot be told: ` +
        'the region of aws_vpc.b is unknown: variable peer_region has no value',
    },
    {
      name: 'no peer_region, the peer VPC known only by ID',
      resources: () => [a, pcx({ peer: 'vpc-0b0b0b0b0b0b0b0b0' })],
      reason:
        `${P} does not set peer_region, so AWS looks for vpc-0b0b0b0b0b0b0b0b0 in the requester's region, and whether it is there cannot be told: ` +
        'vpc-0b0b0b0b0b0b0b0b0 is not defined in the linted files',
    },
    {
      name: 'peer_region set, the peer VPC known only by ID',
      resources: () => [a, pcx({ peer: 'vpc-0b0b0b0b0b0b0b0b0', values: { peer_region: 'us-east-1' } })],
      reason: `${P} sets peer_region to us-east-1, and whether its peer VPC vpc-0b0b0b0b0b0b0b0b0 is there cannot be told: vpc-0b0b0b0b0b0b0b0b0 is not defined in the linted files`,
    },
    {
      name: 'peer_region unknown',
      resources: () => [a, bUs, pcx({ unknown: { peer_region: { reason: 'value comes from local.region; plan JSON does not record locals' } } })],
      reason:
        `whether ${P} looks for aws_vpc.b in the right region cannot be told: ` +
        `peer_region of ${P} is unknown (value comes from local.region; plan JSON does not record locals)`,
    },
  ])('$name', ({ resources, reason }) => {
    expect(lint(resources())).toEqual({ findings: [], unresolved: [{ resource: P, reason }] });
  });
});

describe('peering-region: CloudFormation', () => {
  const lintFixture = async (file: string) => {
    const result = await lintInputs([{ file, text: readFileSync(path.join(fixturesDir, 'peering-region', file), 'utf8') }]);
    expect(result.errors).toEqual([]);
    return {
      findings: result.findings.filter((f) => f.ruleId === rule.id).map((f) => f.messageId),
      unresolved: result.unresolved.filter((u) => u.ruleId === rule.id).map((u) => ({ resource: u.resource, reason: u.reason })),
    };
  };

  it('a peer VPC known only by ID, without PeerRegion and without the stack\'s region: unresolved', async () => {
    expect(await lintFixture('negative-external-peer.cfn.yaml')).toEqual({
      findings: [],
      unresolved: [
        {
          resource: 'AppShared',
          reason:
            "AppShared does not set PeerRegion, so AWS looks for vpc-05a05a05a05a05a01 in the requester's region, and whether it is there " +
            "cannot be told: the region of App is the stack's, not known before deployment (give it with --parameter AWS::Region=…)",
        },
      ],
    });
  });

  it('two VPCs of one template are in one stack, so one region: nothing to check', async () => {
    expect(await lintFixture('negative-same-template.cfn.yaml')).toEqual({ findings: [], unresolved: [] });
  });
});
