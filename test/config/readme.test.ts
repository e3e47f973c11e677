/**
 * Keeps the README's Configuration, Suppressions and Baseline sections truthful: the example
 * configuration loads and means what the text says, the error sample is what vpclint prints, and
 * the suppression examples are read as written.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { parseConfig } from '../../src/config/load.js';
import { parseDirective } from '../../src/parse/suppression-comments.js';
import { metadataDirectives } from '../../src/parse/cloudformation/resource.js';
import { parseTemplateText } from '../../src/parse/cloudformation/tree.js';
import { parseSections } from '../cli/scenario-format.js';
import { repoRoot } from '../helpers/repo.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

function section(heading: string): string {
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const rest = readme.slice(start + heading.length + 2);
  const next = rest.search(/\n## /);
  return next === -1 ? rest : rest.slice(0, next);
}

function blocks(text: string, lang: string): string[] {
  return [...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
}

describe('README: Configuration', () => {
  it('the example file loads and resolves to what the text says', async () => {
    const [example] = blocks(section('## Configuration'), 'yaml');
    const config = await parseConfig(example!, '.vpclint.yml', '/repo', rules);
    expect([...config.severities]).toEqual([
      ['NET304', 'off'],
      ['NET205', 'error'],
      ['NET303', 'warning'],
    ]);
    expect([...config.ruleOptions]).toEqual([
      ['NET401', { allowedPorts: [80, 443], administrativePorts: [22, 3389, 5432, 8443] }],
      ['NET303', { peeringQuota: 80, peeringMaximum: 125, ipv4BlockQuota: 10 }],
    ]);
    expect({ include: config.include, exclude: config.exclude }).toEqual({ include: ['infra'], exclude: ['legacy', '*.plan.json'] });
    expect(config.ignores.map((i) => [i.rules, i.resource, i.reason, i.expires])).toEqual([
      [['NET401'], 'module.edge.aws_security_group_rule.public_https', 'public ALB, reviewed by security', '2027-03-31'],
    ]);
    expect(config.inventory.map((r) => [r.type, r.address])).toEqual([
      ['vpclint:inventory:vpc', 'vpc-0shared1234'],
      ['vpclint:inventory:route-table', 'rtb-0shared1234'],
    ]);
  });

  it('the error sample is what the config-error scenario prints', () => {
    const [sample] = blocks(section('## Configuration'), '');
    const scenario = parseSections(readFileSync(path.join(repoRoot, 'test/cli/config-error.scenario'), 'utf8'));
    expect(sample).toBe(scenario.find((s) => s.name === 'stderr')!.body);
  });
});

describe('README: Suppressions', () => {
  it('the Terraform comments read as written', () => {
    const [hcl] = blocks(section('## Suppressions'), 'hcl');
    const comments = hcl!.split('\n').flatMap((l) => {
      const at = l.search(/#|\/\/ vpclint/);
      return at === -1 || !l.includes('vpclint:ignore') ? [] : [l.slice(at).replace(/^(#|\/\/)/, '')];
    });
    expect(comments.map((c) => parseDirective(c))).toEqual([
      { rules: ['NET401'], reason: 'public ALB, reviewed by security', expires: '2027-03-31' },
      { rules: ['open-ingress', 'NET403'], reason: 'on-call bastion' },
    ]);
  });

  it('the CloudFormation Metadata reads as written', () => {
    const [yaml] = blocks(section('## Suppressions'), 'yaml');
    const { root } = parseTemplateText(yaml!, 't.yaml');
    const resource = root.kind === 'map' ? root.entries.get('Resources')?.value : undefined;
    const sg = resource?.kind === 'map' ? resource.entries.get('AlbSecurityGroup')?.value : undefined;
    const metadata = sg?.kind === 'map' ? sg.entries.get('Metadata')?.value : undefined;
    expect(metadataDirectives(metadata, () => ({ file: 't.yaml', line: 1 }))).toEqual([
      { rules: ['NET401'], reason: 'public ALB', expires: '2027-03-31', location: { file: 't.yaml', line: 1 } },
    ]);
  });
});
