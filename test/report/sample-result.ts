/**
 * One hand-built lint result that every reporter renders against its golden file: a multi-line
 * message, a message with `%`, `:` and `,`, a path with spaces, a finding without a column,
 * unresolved checks (three blocked by one unknown value, one on its own) and tool errors with and
 * without a location.
 */
import type { Finding, LintResult, Severity, UnknownValue, UnresolvedCheck } from '../../src/engine/finding.js';
import type { ToolError } from '../../src/errors.js';
import { relatedLocationOf } from '../../src/engine/run-rules.js';
import type { SourceLocation, SourceResource } from '../../src/parse/source.js';

export function fakeResource(address: string, type: string, location: SourceLocation): SourceResource {
  return {
    format: 'terraform-plan',
    address,
    type,
    mode: 'managed',
    file: location.file,
    location: () => location,
    attributeLocation: () => undefined,
    get: () => ({ state: 'absent' }),
  };
}

interface FindingSpec {
  ruleId: string;
  ruleName: string;
  severity: Severity;
  message: string;
  resource: string;
  type: string;
  related?: string[];
  location: SourceLocation;
  fingerprint: string;
}

export function fakeFinding(spec: FindingSpec): Finding {
  const resource = fakeResource(spec.resource, spec.type, spec.location);
  return {
    ruleId: spec.ruleId,
    ruleName: spec.ruleName,
    severity: spec.severity,
    messageId: 'sample',
    message: spec.message,
    data: {},
    subject: { resource },
    resource: spec.resource,
    related: spec.related ?? [],
    relatedSubjects: [],
    relatedLocations: [],
    location: spec.location,
    fingerprint: spec.fingerprint,
  };
}

/** A finding's related resources as the engine gives them: the subjects, and where each is written (engine/run-rules.ts). */
export function relatedTo(...resources: SourceResource[]): Pick<Finding, 'relatedSubjects' | 'relatedLocations'> {
  const subjects = resources.map((resource) => ({ resource }));
  return { relatedSubjects: subjects, relatedLocations: subjects.map(relatedLocationOf) };
}

export function fakeUnresolved(
  ruleId: string,
  rule: string,
  resource: string,
  reason: string,
  location: SourceLocation,
  value?: UnknownValue,
): UnresolvedCheck {
  return value === undefined ? { ruleId, rule, resource, reason, location } : { ruleId, rule, resource, reason, location, value };
}

const HUB = 'network plan/hub.plan.json';

export const sampleFindings: Finding[] = [
  fakeFinding({
    ruleId: 'NET101',
    ruleName: 'peering-cidr-overlap',
    severity: 'error',
    message:
      'Peering aws_vpc_peering_connection.hub_c joins aws_vpc.hub (10.0.0.0/16) and aws_vpc.c (10.0.128.0/20), whose IPv4 ranges overlap; AWS will fail the peering.',
    resource: 'aws_vpc_peering_connection.hub_c',
    type: 'aws_vpc_peering_connection',
    related: ['aws_vpc.hub', 'aws_vpc.c'],
    location: { file: HUB, line: 12, column: 5 },
    fingerprint: '0f6c1d2e3a4b5c6d7e8f901a2b3c4d5e',
  }),
  fakeFinding({
    ruleId: 'NET203',
    ruleName: 'edge-to-edge-route',
    severity: 'error',
    message:
      'Route module.spoke["a"].aws_route.default sends 0.0.0.0/0 over peering aws_vpc_peering_connection.hub_a.\nThe peer\'s internet gateway cannot be used through a peering connection.',
    resource: 'module.spoke["a"].aws_route.default',
    type: 'aws_route',
    related: ['aws_vpc_peering_connection.hub_a'],
    location: { file: HUB, line: 40 },
    fingerprint: '1a2b3c4d5e6f708192a3b4c5d6e7f801',
  }),
  fakeFinding({
    ruleId: 'NET401',
    ruleName: 'open-ingress',
    severity: 'warning',
    message: 'Rule aws_security_group_rule.web admits 0.0.0.0/0 on ports 80,443: that is 100% of the internet, %s and %d included.',
    resource: 'aws_security_group_rule.web',
    type: 'aws_security_group_rule',
    location: { file: 'plan.json', line: 7, column: 3 },
    fingerprint: '2b3c4d5e6f708192a3b4c5d6e7f80912',
  }),
  fakeFinding({
    ruleId: 'NET304',
    ruleName: 'peering-dns',
    severity: 'note',
    message: 'Peering aws_vpc_peering_connection.dns requests DNS resolution but aws_vpc.b has DNS hostnames off.',
    resource: 'aws_vpc_peering_connection.dns',
    type: 'aws_vpc_peering_connection',
    related: ['aws_vpc.b'],
    location: { file: 'plan.json', line: 30, column: 3 },
    fingerprint: '3c4d5e6f708192a3b4c5d6e7f8091a2b',
  }),
];

/** The destination of aws_route.to_hub: unknown, it blocks NET201, NET202 and NET203. */
const toHubDestination: UnknownValue = {
  resource: 'aws_route.to_hub',
  file: HUB,
  attribute: 'destination_cidr_block',
  reason: 'known after apply',
  location: { file: HUB, line: 55, column: 5 },
};

const toHubReason = 'the destination of aws_route.to_hub is unknown (destination_cidr_block of aws_route.to_hub is known after apply)';

export const sampleUnresolved: UnresolvedCheck[] = [
  fakeUnresolved('NET201', 'missing-reverse-route', 'aws_route.to_hub', toHubReason, toHubDestination.location, toHubDestination),
  fakeUnresolved('NET202', 'transitive-peering-route', 'aws_route.to_hub', toHubReason, toHubDestination.location, toHubDestination),
  fakeUnresolved('NET203', 'edge-to-edge-route', 'aws_route.to_hub', toHubReason, toHubDestination.location, toHubDestination),
  fakeUnresolved('NET101', 'peering-cidr-overlap', 'aws_vpc_peering_connection.ext', 'the peer VPC vpc-0abc is outside the plan; its CIDR blocks are unknown', {
    file: 'plan.json',
    line: 44,
  }),
];

export const sampleErrors: ToolError[] = [
  { file: 'bad.json', line: 3, column: 7, message: 'unexpected end of JSON input', hint: 'is the file complete?' },
  {
    message: 'rule NET202 (transitive-peering-route) failed: boom; its findings are missing from this run',
    hint: 'This is a bug in vpclint.',
  },
];

export const sampleResult: LintResult = {
  findings: sampleFindings,
  unresolved: sampleUnresolved,
  errors: sampleErrors,
  files: ['bad.json', HUB, 'plan.json'],
};
