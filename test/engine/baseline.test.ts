/**
 * The baseline: its file format, and that comparing with it reports only new findings and lists
 * the fixed ones. Fingerprints are checked with before/after inputs: moving and reformatting code
 * keeps them, changing a fact (another CIDR, another resource) does not.
 */
import { describe, expect, it } from 'vitest';
import { parseBaseline } from '../../src/config/baseline-file.js';
import { applyBaseline, renderBaseline, shortMessage, type Baseline } from '../../src/engine/baseline.js';
import type { Finding } from '../../src/engine/finding.js';
import { InputError } from '../../src/errors.js';
import { lint } from '../../src/run.js';

/** Two peered VPCs whose ranges overlap (NET101), and a bastion open to the world on SSH (NET401). */
const BEFORE = `resource "aws_vpc" "a" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "b" {
  cidr_block = "10.0.128.0/20"
}

resource "aws_vpc_peering_connection" "a_b" {
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = aws_vpc.b.id
  auto_accept = true
}

resource "aws_security_group" "bastion" {
  name   = "bastion"
  vpc_id = aws_vpc.a.id

  ingress {
    cidr_blocks = ["0.0.0.0/0"]
    from_port   = 22
    protocol    = "tcp"
    to_port     = 22
  }
}
`;

/** The same resources, reordered, commented, re-indented and with attributes in another order. */
const MOVED = `# The bastion first now.
resource "aws_security_group" "bastion" {
    vpc_id = aws_vpc.a.id
    name = "bastion"


    ingress {
        to_port = 22
        protocol = "tcp"
        from_port = 22
        cidr_blocks = [ "0.0.0.0/0" ]
    }
}

resource "aws_vpc_peering_connection" "a_b" {
  auto_accept = true
  peer_vpc_id = aws_vpc.b.id
  vpc_id = aws_vpc.a.id
}

resource "aws_vpc" "b" { cidr_block = "10.0.128.0/20" }

resource "aws_vpc" "a" {
  # the hub
  cidr_block = "10.0.0.0/16"
}
`;

async function fingerprints(text: string): Promise<Record<string, string>> {
  const result = await lint([{ file: 'main.tf', text }]);
  expect(result.errors).toEqual([]);
  const out: Record<string, string> = {};
  for (const f of result.findings) out[`${f.ruleId} ${f.resource}`] = f.fingerprint;
  return out;
}

describe('fingerprints', () => {
  it('survive moving, reordering and reformatting the code', async () => {
    const before = await fingerprints(BEFORE);
    expect(Object.keys(before)).toEqual(['NET101 aws_vpc_peering_connection.a_b', 'NET401 aws_security_group.bastion']);
    expect(await fingerprints(MOVED)).toEqual(before);
  });

  it('survive moving the file', async () => {
    const result = await lint([{ file: 'network/peering/main.tf', text: BEFORE }]);
    const moved: Record<string, string> = {};
    for (const f of result.findings) moved[`${f.ruleId} ${f.resource}`] = f.fingerprint;
    expect(moved).toEqual(await fingerprints(BEFORE));
  });

  it('change when a fact changes: another CIDR', async () => {
    const before = await fingerprints(BEFORE);
    const after = await fingerprints(BEFORE.replace('10.0.128.0/20', '10.0.64.0/20'));
    expect(after['NET101 aws_vpc_peering_connection.a_b']).not.toBe(before['NET101 aws_vpc_peering_connection.a_b']);
    expect(after['NET401 aws_security_group.bastion']).toBe(before['NET401 aws_security_group.bastion']);
  });

  it('change when a fact changes: another port', async () => {
    const before = await fingerprints(BEFORE);
    const after = await fingerprints(BEFORE.replaceAll('= 22', '= 3389'));
    expect(after['NET401 aws_security_group.bastion']).not.toBe(before['NET401 aws_security_group.bastion']);
    expect(after['NET101 aws_vpc_peering_connection.a_b']).toBe(before['NET101 aws_vpc_peering_connection.a_b']);
  });

  it('change when the resource changes', async () => {
    const before = await fingerprints(BEFORE);
    const after = await fingerprints(BEFORE.replace('"bastion" {', '"jump" {'));
    expect(Object.keys(after)).toEqual(['NET101 aws_vpc_peering_connection.a_b', 'NET401 aws_security_group.jump']);
    expect(after['NET401 aws_security_group.jump']).not.toBe(before['NET401 aws_security_group.bastion']);
  });

  it('of plan JSON survive pretty-printing and reordering resource_changes', async () => {
    const change = (address: string, type: string, after: Record<string, unknown>) => ({
      address,
      mode: 'managed',
      type,
      name: address.split('.')[1],
      change: { actions: ['create'], after, after_unknown: { id: true } },
    });
    const rule = change('aws_security_group_rule.ssh', 'aws_security_group_rule', {
      type: 'ingress',
      cidr_blocks: ['0.0.0.0/0'],
      from_port: 22,
      to_port: 22,
      protocol: 'tcp',
      security_group_id: 'sg-0abc',
    });
    const vpc = change('aws_vpc.a', 'aws_vpc', { cidr_block: '10.0.0.1/16' });
    const compact = JSON.stringify({ format_version: '1.2', resource_changes: [rule, vpc] });
    const pretty = JSON.stringify({ format_version: '1.2', resource_changes: [vpc, rule] }, null, 4);
    const prints = async (text: string) =>
      (await lint([{ file: 'plan.json', text }])).findings
        .map((f) => `${f.ruleId} ${f.resource} ${f.fingerprint}`)
        .sort();
    expect(await prints(compact)).toHaveLength(2);
    expect(await prints(pretty)).toEqual(await prints(compact));
  });
});

describe('the baseline file', () => {
  it('is version 1 JSON, one sorted entry per finding with rule, resource, file and the first sentence', async () => {
    const result = await lint([{ file: 'main.tf', text: BEFORE }]);
    const prints = await fingerprints(BEFORE);
    expect(JSON.parse(renderBaseline([...result.findings].reverse()))).toEqual({
      version: 1,
      findings: [
        {
          fingerprint: prints['NET101 aws_vpc_peering_connection.a_b'],
          id: 'NET101',
          rule: 'peering-cidr-overlap',
          resource: 'aws_vpc_peering_connection.a_b',
          file: 'main.tf',
          message:
            'Peering aws_vpc_peering_connection.a_b joins aws_vpc.a (10.0.0.0/16) and aws_vpc.b (10.0.128.0/20), whose IPv4 ranges overlap; AWS will fail the peering.',
        },
        {
          fingerprint: prints['NET401 aws_security_group.bastion'],
          id: 'NET401',
          rule: 'open-ingress',
          resource: 'aws_security_group.bastion',
          file: 'main.tf',
          message:
            'aws_security_group.bastion.ingress[0] admits tcp port 22 from 0.0.0.0/0, the whole IPv4 internet, into aws_security_group.bastion, exposing SSH (22).',
        },
      ],
    });
  });

  it('reads back what it writes', async () => {
    const result = await lint([{ file: 'main.tf', text: BEFORE }]);
    const baseline = parseBaseline(renderBaseline(result.findings), 'baseline.json');
    expect([...baseline.entries.keys()].sort()).toEqual(result.findings.map((f) => f.fingerprint).sort());
  });

  it.each([
    ['a long first sentence is cut', `${'x'.repeat(300)}. Second.`, `${'x'.repeat(199)}…`],
    ['line breaks become spaces', 'One\nline. Two.', 'One line.'],
    ['no period: the whole text', 'no period here', 'no period here'],
  ])('short messages: %s', (_, message, want) => {
    expect(shortMessage(message)).toBe(want);
  });

  it.each([
    { name: 'cut short', text: '{\n  "version": 1,\n  "findings": [', want: 'baseline.json:3:16: invalid JSON: Unexpected end of JSON input' },
    { name: 'not an object', text: '[]', want: 'baseline.json: this is not a vpclint baseline: it is not a JSON object' },
    { name: 'no version', text: '{"findings": []}', want: 'baseline.json: this is not a vpclint baseline: it has no "version"' },
    { name: 'another version', text: '{"version": 2, "findings": []}', want: 'baseline.json: this is not a vpclint baseline: its version is 2; this vpclint reads version 1' },
    { name: 'findings not a list', text: '{"version": 1, "findings": {}}', want: 'baseline.json: this is not a vpclint baseline: "findings" is not a list' },
    { name: 'an entry without a fingerprint', text: '{"version": 1, "findings": [{"id": "NET401"}]}', want: 'baseline.json: this is not a vpclint baseline: findings[0].fingerprint is not a non-empty string' },
    { name: 'an entry with __proto__', text: '{"version": 1, "findings": [{"__proto__": {"fingerprint": "x"}, "id": "NET401"}]}', want: 'baseline.json: this is not a vpclint baseline: findings[0].fingerprint is not a non-empty string' },
  ])('refuses a file that is $name', ({ text, want }) => {
    let message = 'no error';
    try {
      parseBaseline(text, 'baseline.json');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      const e = error as InputError;
      message = `${[e.file, e.line, e.column].filter((x) => x !== undefined).join(':')}: ${e.message}`;
    }
    expect(message).toBe(want);
  });
});

describe('comparing with a baseline', () => {
  async function baselineOf(text: string): Promise<Baseline> {
    const result = await lint([{ file: 'main.tf', text }]);
    return parseBaseline(renderBaseline(result.findings), 'baseline.json');
  }
  const show = (f: Finding) => `${f.ruleId} ${f.resource}`;

  it('moved and reformatted code: nothing new, nothing fixed, everything accepted', async () => {
    const result = await lint([{ file: 'main.tf', text: MOVED }], { baseline: await baselineOf(BEFORE) });
    expect(result.findings.map(show)).toEqual([]);
    expect(result.suppressed?.map((f) => [show(f), f.suppression])).toEqual([
      ['NET401 aws_security_group.bastion', { kind: 'external', via: 'baseline', reason: 'accepted in the baseline baseline.json' }],
      ['NET101 aws_vpc_peering_connection.a_b', { kind: 'external', via: 'baseline', reason: 'accepted in the baseline baseline.json' }],
    ]);
    expect(result.baseline).toEqual({ file: 'baseline.json', fixed: [] });
  });

  it('a changed CIDR: the finding is new, its old entry fixed', async () => {
    const baseline = await baselineOf(BEFORE);
    const old = [...baseline.entries.values()].find((e) => e.id === 'NET101');
    const result = await lint([{ file: 'main.tf', text: BEFORE.replace('10.0.128.0/20', '10.0.64.0/20') }], { baseline });
    expect(result.findings.map((f) => `${show(f)} ${f.data.peerCidr}`)).toEqual(['NET101 aws_vpc_peering_connection.a_b 10.0.64.0/20']);
    expect(result.suppressed?.map(show)).toEqual(['NET401 aws_security_group.bastion']);
    expect(result.baseline?.fixed).toEqual([old]);
  });

  it('a fixed finding is listed as fixed', async () => {
    const result = await lint([{ file: 'main.tf', text: BEFORE.replace('"0.0.0.0/0"', '"203.0.113.0/24"') }], { baseline: await baselineOf(BEFORE) });
    expect(result.findings).toEqual([]);
    expect(result.baseline?.fixed.map((e) => `${e.id} ${e.resource}`)).toEqual(['NET401 aws_security_group.bastion']);
  });

  it('entries of a rule that did not run, or of a file not linted this time, are not judged fixed', async () => {
    const baseline = await baselineOf(BEFORE);
    const off = await lint([{ file: 'main.tf', text: BEFORE }], { baseline, severityOverrides: new Map([['NET401', 'off']]) });
    expect(off.baseline?.fixed).toEqual([]);
    const other = await lint([{ file: 'other.tf', text: 'resource "aws_vpc" "c" {\n  cidr_block = "10.9.0.0/16"\n}\n' }], { baseline });
    expect(other.baseline?.fixed).toEqual([]);
  });

  it('applyBaseline keeps entries without a file judged by the rule alone', () => {
    const entry = { fingerprint: 'f1', id: 'NET401', rule: 'open-ingress', resource: 'r', message: 'm' };
    const baseline: Baseline = { file: 'b.json', entries: new Map([['f1', entry]]) };
    expect(applyBaseline([], baseline, { ranRules: new Set(['NET401']), files: new Set() }).comparison.fixed).toEqual([entry]);
    expect(applyBaseline([], baseline, { ranRules: new Set(), files: new Set() }).comparison.fixed).toEqual([]);
  });
});
