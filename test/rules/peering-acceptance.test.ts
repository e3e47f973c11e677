/**
 * NET302 peering-acceptance edge cases that need no fixture file: how cross-account and
 * cross-region are decided (peer_owner_id / peer_region against the requester's provider or
 * VPC), what counts as accepted (auto_accept, an accepter, a recorded active status), when
 * auto_accept is refused, when DNS options come too early, and the unknowns in between.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/peering-acceptance.js';
import { lintRule } from '../helpers/lint-rule.js';
import type { AttrValue, SourceResource } from '../../src/parse/source.js';
import { known, linkedTo, tf, tfVpc, type FakeUnknown } from '../helpers/source.js';

const lint = (resources: readonly SourceResource[]) => lintRule(rule, resources, { fields: ['resource', 'messageId', 'data'] });

const ABSENT: AttrValue = { state: 'absent' };

/** The resource as a plan reader hands it over: its provider configuration and planned action. */
function inProvider(r: SourceResource, region: AttrValue, account: AttrValue = ABSENT, action = 'create'): SourceResource {
  return { ...r, action, provider: () => ({ name: 'aws', region, accountId: account }) };
}

interface PcxOptions {
  readonly values?: Record<string, unknown>;
  readonly unknown?: Record<string, FakeUnknown>;
  readonly account?: AttrValue;
  readonly action?: string;
}

/** `aws_vpc_peering_connection.p` from aws_vpc.a (eu-west-1) to aws_vpc.b. */
function pcx(options: PcxOptions = {}): SourceResource {
  const values = options.values ?? {};
  // What the provider computes for a new connection, unless the test gives the recorded value.
  const computed: Record<string, FakeUnknown> = {};
  for (const attr of ['id', 'accept_status']) if (!Object.hasOwn(values, attr)) computed[attr] = { computed: true };
  const r = tf('aws_vpc_peering_connection', 'p', values, {
    unknown: { ...computed, vpc_id: linkedTo('aws_vpc.a'), peer_vpc_id: linkedTo('aws_vpc.b'), ...options.unknown },
  });
  return inProvider(r, known('eu-west-1'), options.account ?? ABSENT, options.action ?? 'create');
}

const a = inProvider(tfVpc('a', '10.1.0.0/16'), known('eu-west-1'));
// b is in the requester's region: a connection without peer_region finds it (NET305 checks that).
const b = inProvider(tfVpc('b', '10.2.0.0/16'), known('eu-west-1'));

const ENDS = { peering: 'aws_vpc_peering_connection.p', requester: 'aws_vpc.a', accepter: 'aws_vpc.b' };
const finding = (messageId: string, data: Record<string, string>, resource = 'aws_vpc_peering_connection.p') => ({ resource, messageId, data });

describe('peering-acceptance: nothing accepts the connection', () => {
  it.each([
    { name: 'one account and region, no auto_accept', values: {}, account: ABSENT, want: finding('notAutoAccepted', ENDS) },
    { name: 'auto_accept = false', values: { auto_accept: false }, account: ABSENT, want: finding('notAutoAccepted', ENDS) },
    {
      name: 'peer_region set to another region',
      values: { peer_region: 'us-east-1' },
      account: ABSENT,
      want: finding('notAccepted', { ...ENDS, crossing: 'another region (us-east-1)' }),
    },
    {
      name: 'peer_region set to the requester\'s own region (which still rules out auto_accept)',
      values: { peer_region: 'eu-west-1' },
      account: ABSENT,
      want: finding('notAccepted', { ...ENDS, crossing: 'region eu-west-1 (set with peer_region)' }),
    },
    {
      name: 'peer_owner_id of another account than the provider\'s',
      values: { peer_owner_id: '222222222222' },
      account: known('111111111111'),
      want: finding('notAccepted', { ...ENDS, crossing: 'another account (222222222222)' }),
    },
    {
      name: 'peer_owner_id when the requester\'s account is unknown: not accepted either way',
      values: { peer_owner_id: '222222222222' },
      account: ABSENT,
      want: finding('notAccepted', { ...ENDS, crossing: 'account 222222222222' }),
    },
    {
      name: 'peer_owner_id of the requester\'s own account',
      values: { peer_owner_id: '111111111111' },
      account: known('111111111111'),
      want: finding('notAutoAccepted', ENDS),
    },
  ])('$name', ({ values, account, want }) => {
    expect(lint([a, b, pcx({ values, account })])).toEqual({ findings: [want], unresolved: [] });
  });

  it.each([
    { name: 'auto_accept = true in one account and region', resources: () => [a, b, pcx({ values: { auto_accept: true } })] },
    {
      name: 'an accepter resource in scope',
      resources: () => [
        a,
        b,
        pcx({ values: { peer_region: 'us-east-1' } }),
        tf('aws_vpc_peering_connection_accepter', 'acc', { auto_accept: true }, { unknown: { vpc_peering_connection_id: linkedTo('aws_vpc_peering_connection.p') } }),
      ],
    },
    { name: 'an existing connection recorded as active', resources: () => [a, b, pcx({ values: { id: 'pcx-1', accept_status: 'active', peer_owner_id: '222222222222' }, account: known('111111111111'), action: 'no-op' })] },
    {
      name: 'only the accepter side is in scope',
      resources: () => [b, tf('aws_vpc_peering_connection_accepter', 'acc', { vpc_peering_connection_id: 'pcx-9', auto_accept: true }, { unknown: { vpc_id: linkedTo('aws_vpc.b') } })],
    },
  ])('nothing to report: $name', ({ resources }) => {
    expect(lint(resources())).toEqual({ findings: [], unresolved: [] });
  });

  it('no peer_region, but the peer VPC is in another region: no auto_accept advice (NET305 reports the request)', () => {
    const farB = inProvider(tfVpc('b', '10.2.0.0/16'), known('us-east-1'));
    expect(lint([a, farB, pcx()])).toEqual({ findings: [], unresolved: [] });
  });

  it('an existing connection still pending acceptance is reported', () => {
    const p = pcx({ values: { id: 'pcx-1', accept_status: 'pending-acceptance' }, action: 'no-op' });
    expect(lint([a, b, p]).findings).toEqual([finding('notAutoAccepted', ENDS)]);
  });

  it('auto_accept unknown: unresolved', () => {
    expect(lint([a, b, pcx({ unknown: { auto_accept: { reason: 'value comes from var.accept, which has no value in the plan' } } })])).toEqual({
      findings: [],
      unresolved: [
        {
          resource: 'aws_vpc_peering_connection.p',
          reason: 'whether aws_vpc_peering_connection.p is auto-accepted is unknown (auto_accept of aws_vpc_peering_connection.p is unknown (value comes from var.accept, which has no value in the plan))',
        },
      ],
    });
  });

  it('peer_region unknown and peer_owner_id unset: unresolved, the wording cannot be chosen', () => {
    const p = pcx({ unknown: { peer_region: { reason: 'value comes from local.region; plan JSON does not record locals' } } });
    expect(lint([a, b, p]).unresolved).toEqual([
      {
        resource: 'aws_vpc_peering_connection.p',
        reason:
          'nothing in the linted code accepts aws_vpc_peering_connection.p, and whether it crosses accounts or regions is unknown ' +
          '(peer_region of aws_vpc_peering_connection.p is unknown (value comes from local.region; plan JSON does not record locals))',
      },
    ]);
  });
});

describe('peering-acceptance: auto_accept where AWS refuses it', () => {
  it('with peer_region on a connection being created', () => {
    expect(lint([a, b, pcx({ values: { auto_accept: true, peer_region: 'us-east-1' } })]).findings).toEqual([
      finding('autoAcceptRefused', {
        peering: 'aws_vpc_peering_connection.p',
        reason: 'peer_region is set (us-east-1), which the AWS provider does not allow with auto_accept',
      }),
    ]);
  });

  it('not for CloudFormation, which accepts its own requests (its adapter sets autoAccept)', () => {
    const cfn: SourceResource = { ...pcx({ values: { auto_accept: true, peer_region: 'us-east-1', peer_owner_id: '222222222222' }, account: known('111111111111') }), format: 'cloudformation' };
    expect(lint([a, b, cfn])).toEqual({ findings: [], unresolved: [] });
  });

  it('to another account', () => {
    expect(lint([a, b, pcx({ values: { auto_accept: true, peer_owner_id: '222222222222' }, account: known('111111111111') })]).findings).toEqual([
      finding('autoAcceptRefused', {
        peering: 'aws_vpc_peering_connection.p',
        reason: 'the accepter VPC belongs to account 222222222222, not 111111111111, and only the accepter account can accept',
      }),
    ]);
  });

  it('the requester account is read from its VPC (owner_id) when the provider does not say', () => {
    const owned = inProvider(tfVpc('a', '10.1.0.0/16', { owner_id: '333333333333' }), known('eu-west-1'));
    expect(lint([owned, b, pcx({ values: { auto_accept: true, peer_owner_id: '222222222222' } })]).findings.map((f) => f.data.reason)).toEqual([
      'the accepter VPC belongs to account 222222222222, not 333333333333, and only the accepter account can accept',
    ]);
  });

  it('to a peer_owner_id while the requester account is unknown: unresolved', () => {
    expect(lint([a, b, pcx({ values: { auto_accept: true, peer_owner_id: '222222222222' } })])).toEqual({
      findings: [],
      unresolved: [
        {
          resource: 'aws_vpc_peering_connection.p',
          reason:
            'aws_vpc_peering_connection.p sets auto_accept = true; whether AWS lets the requester accept it cannot be told: the peer account is 222222222222, ' +
            "but the requester's account is unknown (the account of aws_vpc.a comes from provider configuration aws, which does not set it (it comes from its credentials))",
        },
      ],
    });
  });
});

describe('peering-acceptance: DNS options before the connection is active', () => {
  const accepter = tf('aws_vpc_peering_connection_accepter', 'acc', { auto_accept: true }, { unknown: { vpc_peering_connection_id: linkedTo('aws_vpc_peering_connection.p') } });
  const dns = [{ allow_remote_vpc_dns_resolution: true }];

  it('on the requesting resource of a connection being created, even with an accepter', () => {
    expect(lint([a, b, pcx({ values: { peer_region: 'us-east-1', requester: dns, accepter: dns } }), accepter]).findings).toEqual([
      finding('optionsBeforeActive', { resource: 'aws_vpc_peering_connection.p', blocks: 'requester, accepter', peering: 'aws_vpc_peering_connection.p' }),
    ]);
  });

  it('not with auto_accept in one account and region, nor on an existing connection', () => {
    expect(lint([a, b, pcx({ values: { auto_accept: true, requester: dns } })]).findings).toEqual([]);
    expect(lint([a, b, pcx({ values: { id: 'pcx-1', accept_status: 'active', requester: dns }, action: 'no-op' })]).findings).toEqual([]);
  });

  it('in an options resource of a connection nothing accepts', () => {
    const options = tf('aws_vpc_peering_connection_options', 'o', { requester: dns }, { unknown: { vpc_peering_connection_id: linkedTo('aws_vpc_peering_connection.p') } });
    expect(lint([a, b, pcx(), options]).findings).toEqual([
      finding('notAutoAccepted', ENDS),
      finding('optionsBeforeActive', { resource: 'aws_vpc_peering_connection_options.o', blocks: 'allow_remote_vpc_dns_resolution', peering: 'aws_vpc_peering_connection.p' }, 'aws_vpc_peering_connection_options.o'),
    ]);
  });

  it('a malformed options value is not an options block', () => {
    expect(lint([a, b, pcx({ values: { auto_accept: true, requester: 'yes' } })]).findings).toEqual([]);
  });
});
