import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import type { LintResult } from '../../src/engine/finding.js';
import { escapeData, escapeProperty, renderGithub } from '../../src/report/github.js';
import type { ReportContext } from '../../src/report/types.js';
import { fakeFinding, sampleResult } from './sample-result.js';

const ctx: ReportContext = { toolVersion: '0.1.0', cwd: '/work', rules: [], color: true };
const empty: LintResult = { findings: [], unresolved: [], errors: [], files: [] };

describe('renderGithub', () => {
  it('renders the shared sample like the golden file', async () => {
    await expect(renderGithub(sampleResult, ctx)).toMatchFileSnapshot('./__golden__/github.txt');
  });

  it('writes one workflow command per finding, error and undecided check, by severity', () => {
    expect(renderGithub(sampleResult, ctx).split('\n')).toEqual([
      '::error file=network plan/hub.plan.json,line=12,col=5,title=NET101 peering-cidr-overlap::Peering aws_vpc_peering_connection.hub_c joins aws_vpc.hub (10.0.0.0/16) and aws_vpc.c (10.0.128.0/20), whose IPv4 ranges overlap; AWS will fail the peering.',
      '::error file=network plan/hub.plan.json,line=40,title=NET203 edge-to-edge-route::Route module.spoke["a"].aws_route.default sends 0.0.0.0/0 over peering aws_vpc_peering_connection.hub_a.\\nThe peer\'s internet gateway cannot be used through a peering connection.',
      '::warning file=plan.json,line=7,col=3,title=NET401 open-ingress::Rule aws_security_group_rule.web admits 0.0.0.0/0 on ports 80,443: that is 100%25 of the internet, %25s and %25d included.',
      '::notice file=plan.json,line=30,col=3,title=NET304 peering-dns::Peering aws_vpc_peering_connection.dns requests DNS resolution but aws_vpc.b has DNS hostnames off.',
      '::error file=bad.json,line=3,col=7,title=vpclint%3A input or tool error::unexpected end of JSON input%0Ais the file complete?',
      '::error title=vpclint%3A input or tool error::rule NET202 (transitive-peering-route) failed: boom; its findings are missing from this run%0AThis is a bug in vpclint.',
      // One notice per unknown value, naming every check it blocks.
      '::notice file=network plan/hub.plan.json,line=55,col=5,title=unknown value blocks NET201 NET202 NET203::aws_route.to_hub: destination_cidr_block is known after apply; blocks NET201 missing-reverse-route, NET202 transitive-peering-route, NET203 edge-to-edge-route',
      '::notice file=plan.json,line=44,title=NET101 peering-cidr-overlap%3A could not decide::aws_vpc_peering_connection.ext: the peer VPC vpc-0abc is outside the plan; its CIDR blocks are unknown',
      '',
    ]);
  });

  it('escapes : and , in properties, and % everywhere, and shows CR and LF of a message as \\r and \\n, so a value cannot end its field', () => {
    const f = fakeFinding({
      ruleId: 'NET401',
      ruleName: 'open-ingress',
      severity: 'error',
      message: '50% open\r\n::error::forged',
      resource: 'aws_security_group.x',
      type: 'aws_security_group',
      location: { file: 'a,line=1:b%\n.json', line: 4, column: 2, endLine: 6 },
      fingerprint: 'f',
    });
    expect(renderGithub({ ...empty, findings: [f] }, ctx)).toBe(
      '::error file=a%2Cline=1%3Ab%25%0A.json,line=4,endLine=6,col=2,title=NET401 open-ingress::50%25 open\\r\\n::error::forged\n',
    );
  });

  it('clamps a line below 1 and leaves out a column below 1', () => {
    const f = fakeFinding({
      ruleId: 'NET101',
      ruleName: 'peering-cidr-overlap',
      severity: 'note',
      message: 'm',
      resource: 'aws_vpc.a',
      type: 'aws_vpc',
      location: { file: 'a.json', line: 0, column: 0 },
      fingerprint: 'f',
    });
    expect(renderGithub({ ...empty, findings: [f] }, ctx)).toBe('::notice file=a.json,line=1,title=NET101 peering-cidr-overlap::m\n');
  });

  it("ends a finding's message with its rule's docs URL on a line of its own, when the catalogue has the rule", () => {
    const lines = renderGithub(sampleResult, { ...ctx, rules: rules.filter((r) => r.id !== 'NET203') }).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '::error file=network plan/hub.plan.json,line=12,col=5,title=NET101 peering-cidr-overlap::Peering aws_vpc_peering_connection.hub_c joins aws_vpc.hub (10.0.0.0/16) and aws_vpc.c (10.0.128.0/20), whose IPv4 ranges overlap; AWS will fail the peering.%0Ahttps://github.com/vpclint/vpclint/blob/v0.1.0/docs/rules.md#peering-cidr-overlap',
      // Not in this catalogue: no URL.
      '::error file=network plan/hub.plan.json,line=40,title=NET203 edge-to-edge-route::Route module.spoke["a"].aws_route.default sends 0.0.0.0/0 over peering aws_vpc_peering_connection.hub_a.\\nThe peer\'s internet gateway cannot be used through a peering connection.',
      '::warning file=plan.json,line=7,col=3,title=NET401 open-ingress::Rule aws_security_group_rule.web admits 0.0.0.0/0 on ports 80,443: that is 100%25 of the internet, %25s and %25d included.%0Ahttps://github.com/vpclint/vpclint/blob/v0.1.0/docs/rules.md#open-ingress',
      '::notice file=plan.json,line=30,col=3,title=NET304 peering-dns::Peering aws_vpc_peering_connection.dns requests DNS resolution but aws_vpc.b has DNS hostnames off.%0Ahttps://github.com/vpclint/vpclint/blob/v0.1.0/docs/rules.md#peering-dns',
    ]);
  });

  it('prints nothing for a clean result', () => {
    expect(renderGithub({ ...empty, files: ['a.json'] }, ctx)).toBe('');
  });

  it.each([
    ['100%', '100%25', '100%25'],
    ['a\rb\nc', 'a%0Db%0Ac', 'a%0Db%0Ac'],
    ['x: y, z', 'x: y, z', 'x%3A y%2C z'],
    ['%0A', '%250A', '%250A'],
  ])('escapes %j as data %j and as a property %j', (input, data, property) => {
    expect(escapeData(input)).toBe(data);
    expect(escapeProperty(input)).toBe(property);
  });
});
