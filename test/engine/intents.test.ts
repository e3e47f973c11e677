/**
 * Network intents end to end through a run (src/engine/intents.ts, rules/network-intent.ts): the
 * verdict of each intent in the lint result (the reporters' data) in all three input formats, the
 * finding's message and related locations, suppression by an `ignore` entry, and an endpoint that
 * names nothing as an error at the intent's line in the configuration file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { parseConfig } from '../../src/config/load.js';
import { lint as lintInputs } from '../../src/run.js';
import { fixturesDir } from '../helpers/repo.js';

const dir = path.join(fixturesDir, 'network-intent');

async function lint(file: string, configText: string) {
  const config = await parseConfig(configText, '.vpclint.yml', dir, rules);
  const text = readFileSync(path.join(dir, file), 'utf8');
  return lintInputs([{ file, text }], { config });
}

const positiveConfig = readFileSync(path.join(dir, 'positive-hub-spoke.vpclint.yml'), 'utf8');
const negativeConfig = readFileSync(path.join(dir, 'negative-hub-spoke.vpclint.yml'), 'utf8');
const FORMATS = ['tf', 'plan.json', 'cfn.yaml'] as const;

describe('intents in a run', () => {
  it.each(FORMATS)('positive-hub-spoke.%s: each intent has its verdict and the hop that breaks it', async (ext) => {
    const r = await lint(`positive-hub-spoke.${ext}`, positiveConfig);
    expect(r.errors).toEqual([]);
    expect(r.intents?.map((i) => [i.name, i.flow, i.expect, i.verdict, i.status, i.brokenAt?.hop])).toEqual([
      ['app reaches spoke B db', 'TCP 5432', 'allow', 'denied', 'broken', 'return-route'],
      ['ops cannot reach spoke A db', 'TCP 5432', 'deny', 'allowed', 'broken', 'sg-ingress'],
      ['app reaches spoke A db', 'TCP 5432', 'allow', 'allowed', 'holds', undefined],
      ['app reaches shared', 'TCP 443', 'allow', 'unknown', 'unknown', undefined],
    ]);
    expect(r.intents?.[0]?.location).toEqual({ file: '.vpclint.yml', line: 3, column: 5 });
  });

  it.each(FORMATS)('negative-hub-spoke.%s: every intent holds', async (ext) => {
    const r = await lint(`negative-hub-spoke.${ext}`, negativeConfig);
    expect(r.errors).toEqual([]);
    expect(r.intents?.map((i) => [i.name, i.verdict, i.status])).toEqual([
      ['app reaches spoke B db', 'allowed', 'holds'],
      ['ops cannot reach spoke A db', 'denied', 'holds'],
      ['app reaches spoke A db', 'allowed', 'holds'],
    ]);
    expect(r.findings.filter((f) => f.ruleId === 'NET501')).toEqual([]);
  });

  it('a broken intent names the path in its message and the other hops as related locations', async () => {
    const r = await lint('positive-hub-spoke.tf', positiveConfig);
    const f = r.findings.find((x) => x.ruleId === 'NET501' && x.messageId === 'brokenAllow');
    expect(f?.message).toBe(
      'Intent "app reaches spoke B db" expects TCP 5432 from hub-app to b-db-sg to be allowed, but it is denied at return-route aws_vpc.spoke_b: ' +
        'aws_vpc.spoke_b main route table has no route back over aws_vpc_peering_connection.hub_b for 10.0.1.0/24, so the replies are dropped. ' +
        "Add a route for 10.0.1.0/24 (or aws_vpc.hub's block) over aws_vpc_peering_connection.hub_b to aws_vpc.spoke_b main route table. " +
        'Path: nacl-out aws_vpc.hub (passes) → route aws_route.hub_to_b (passes) → peering aws_vpc_peering_connection.hub_b (passes) → ' +
        'nacl-in aws_vpc.spoke_b (passes) → sg-ingress aws_security_group.b_db (passes) → return-nacl-out aws_vpc.spoke_b (passes) → ' +
        'return-route aws_vpc.spoke_b (blocks) → return-nacl-in aws_vpc.hub (passes).',
    );
    expect(f?.location).toEqual({ file: 'positive-hub-spoke.tf', line: 117, column: 1 });
    expect(f?.related).toEqual(['aws_vpc.hub', 'aws_route.hub_to_b', 'aws_vpc_peering_connection.hub_b', 'aws_security_group.b_db']);
    expect(f?.relatedSubjects.map((s) => [s.resource.address, s.resource.location().line])).toEqual([
      ['aws_vpc.hub', 13],
      ['aws_route.hub_to_b', 50],
      ['aws_vpc_peering_connection.hub_b', 73],
      ['aws_security_group.b_db', 128],
    ]);
  });

  it('a broken intent is suppressed by an ignore entry for the rule and the resource it is located at', async () => {
    const ignore = 'ignore:\n  - rule: network-intent\n    resource: aws_security_group.a_db\n    reason: ops access is being removed in the next change\n';
    const r = await lint('positive-hub-spoke.tf', `${positiveConfig}${ignore}`);
    expect(r.findings.filter((f) => f.ruleId === 'NET501').map((f) => [f.resource, f.data.intent])).toEqual([['aws_vpc.spoke_b', 'app reaches spoke B db']]);
    expect(r.suppressed?.filter((f) => f.ruleId === 'NET501').map((f) => [f.resource, f.data.intent, f.suppression?.via])).toEqual([
      ['aws_security_group.a_db', 'ops cannot reach spoke A db', 'config'],
    ]);
  });

  it('an endpoint that names nothing is an error at its place in the configuration file, and that intent is not checked', async () => {
    const text = 'intents:\n  - name: app reaches db\n    from: hub-app\n    to: no-such-db\n    port: 5432\n    expect: allow\n  - { name: app reaches A, from: hub-app, to: a-db-sg, port: 5432, expect: allow }\n';
    const r = await lint('positive-hub-spoke.tf', text);
    expect(r.errors.map((e) => [e.file, e.line, e.column, e.message])).toEqual([
      ['.vpclint.yml', 4, 9, 'intents[0].to: no-such-db names no subnet, security group or VPC in the linted files, and is not an IP address or CIDR block'],
    ]);
    expect(r.intents?.map((i) => [i.name, i.status])).toEqual([['app reaches A', 'holds']]);
  });

  it('an address outside every subnet is an error at the intent', async () => {
    const text = 'intents:\n  - { name: x, from: 10.0.0.0/8, to: a-db-sg, port: 5432, expect: allow }\n';
    const r = await lint('positive-hub-spoke.tf', text);
    expect(r.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`)).toEqual([
      '.vpclint.yml:2:22: intents[0].from: 10.0.0.0/8 is not inside a subnet in the linted files',
    ]);
  });

  it('without intents the result has none and the rule reports nothing', async () => {
    const r = await lint('positive-hub-spoke.tf', 'rules: {}\n');
    expect(r.intents).toBeUndefined();
    expect(r.findings.filter((f) => f.ruleId === 'NET501')).toEqual([]);
  });
});
