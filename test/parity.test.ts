/**
 * One scenario written in several formats gives the same result. In each fixtures/<rule>/ folder,
 * inputs are grouped by base name after stripping the format suffix (`.plan.json`, `.cfn.yaml`,
 * `.cfn.json`, `.tf`, or a `.tf.d/` folder of .tf files linted as one module). For every group with
 * two formats or more, each variant is linted alone and that rule's findings are compared as
 * (rule, messageId, severity, canonical subject): the name of a Terraform address's last
 * resource segment without index (`module.a.aws_route.a_to_b["x"]` -> `a_to_b`), or a
 * CloudFormation logical ID turned from PascalCase into snake_case (`AToB` -> `a_to_b`). Fixture
 * authors name resources so that these agree, and write parity scenarios with standalone route
 * and rule resources where inline blocks would change the subject.
 *
 * It also checks that every rule has a positive scenario in every format that can express it, and
 * that every plan scenario has a `.tf` twin; the tables below list the exceptions and their reasons.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import type { Finding } from '../src/engine/finding.js';
import { EXPIRED_SUPPRESSION, INVALID_SUPPRESSION, UNUSED_SUPPRESSION } from '../src/engine/suppress.js';
import { lint, lintPaths } from '../src/run.js';
import { fixturesDir } from './helpers/repo.js';

type Format = 'plan' | 'cfn' | 'tf';

/** Input suffixes by format, longest first so `.cfn.yaml` wins over a shorter match. */
const SUFFIXES: readonly (readonly [string, Format])[] = [
  ['.plan.json', 'plan'],
  ['.cfn.yaml', 'cfn'],
  ['.cfn.json', 'cfn'],
  ['.tf.d', 'tf'],
  ['.tf', 'tf'],
];

/**
 * The rules every format must have a positive scenario for, except where the table says why not:
 * every rule of the registry but the tool's diagnostics about suppressions (NET002-NET004), which
 * are about `vpclint:ignore` comments and Metadata entries, not about a network (plan JSON has no
 * comments).
 */
const SUPPRESSION_DIAGNOSTICS: ReadonlySet<string> = new Set([UNUSED_SUPPRESSION, EXPIRED_SUPPRESSION, INVALID_SUPPRESSION]);
const SCENARIO_RULES = rules.map((r) => r.id).filter((id) => !SUPPRESSION_DIAGNOSTICS.has(id));
const FORMATS: readonly Format[] = ['plan', 'cfn', 'tf'];

/** Rule and format pairs without a positive scenario, and why the format cannot express one. */
const NOT_EXPRESSIBLE: readonly { readonly rule: string; readonly format: Format; readonly why: string }[] = [
  {
    rule: 'NET205',
    format: 'cfn',
    why:
      'CloudFormation has no inline routes, and a group with inline rules and rule resources is a Terraform ' +
      'provider problem that CloudFormation does not have (docs/cloudformation.md)',
  },
  {
    rule: 'NET302',
    format: 'cfn',
    why:
      'CloudFormation accepts the connections it requests within the stack\'s account (across regions too) and, ' +
      'with PeerRoleArn, across accounts, and has no auto_accept or DNS options; a request to another account ' +
      'without PeerRoleArn is pending only if PeerOwnerId is not the stack\'s account, which only ' +
      '--parameter AWS::AccountId gives and fixtures are linted without (it is an unresolved check)',
  },
  {
    rule: 'NET305',
    format: 'cfn',
    why:
      'every VPC of a template is in the stack\'s region, which only --parameter AWS::Region gives, and a peer ' +
      'VPC in another region can only be named by ID or parameter, whose region only an inventory gives; ' +
      'fixtures are linted with neither, so a template is an unresolved check (negative-external-peer.cfn.yaml) ' +
      'or, with both VPCs in one template, in one region (negative-same-template.cfn.yaml)',
  },
  {
    rule: 'NET402',
    format: 'cfn',
    why:
      'a template is one stack in one region, and exports are regional, so a group of a peer in another region ' +
      'can only be named by ID or parameter, which has no known region (an unresolved check, never a finding)',
  },
];

/** Plan scenarios without a `.tf` twin of the same base name (fixtures/<rule>/<base>), and why. */
const NO_TF_TWIN: readonly { readonly scenario: string; readonly why: string }[] = [
  {
    scenario: 'peering-acceptance/negative-existing-active',
    why: 'the connection is active according to state; source code cannot say that a connection was accepted',
  },
  {
    scenario: 'route-to-foreign-peering/positive-unknown-peer-side',
    why:
      'the accepter comes from a local, which plan JSON does not record (unresolved) but the .tf reader evaluates ' +
      '(a finding): positive-peer-side-from-local.tf is that source as a .tf scenario of its own',
  },
];

function formatOf(name: string): { base: string; format: Format } | undefined {
  for (const [suffix, format] of SUFFIXES) if (name.endsWith(suffix)) return { base: name.slice(0, -suffix.length), format };
  return undefined;
}

/** `module.a.aws_route.a_to_b["x"]` -> `a_to_b`; `AToB` -> `a_to_b`, `VpcA` -> `vpc_a`, `AppSharedV2` -> `app_shared_v2`. */
export function canonicalSubject(f: Finding): string {
  const address = f.subject.resource.address;
  if (f.subject.resource.format === 'cloudformation') return address.replace(/(?<!^)([A-Z])/g, '_$1').toLowerCase();
  const withoutIndex = address.replace(/\[[^\]]*\]$/, '');
  return withoutIndex.slice(withoutIndex.lastIndexOf('.') + 1);
}

/** Lints one variant alone, as test/rules.fixtures.test.ts does: a `.tf.d` folder as one module. */
async function lintVariant(dir: string, name: string) {
  if (name.endsWith('.tf.d')) return lintPaths([name], { cwd: dir });
  const text = readFileSync(path.join(dir, name), 'utf8');
  return lint([{ file: name, text }]);
}

interface Variant {
  readonly name: string;
  readonly format: Format;
}

/** Groups of the inputs of one rule's folder, by base name. */
function groups(dir: string): Map<string, Variant[]> {
  const out = new Map<string, Variant[]>();
  for (const name of readdirSync(dir).sort()) {
    if (!/^(positive|negative)-/.test(name)) continue;
    const f = formatOf(name);
    if (f === undefined) continue;
    if (f.format === 'tf' && name.endsWith('.tf.d') && !statSync(path.join(dir, name)).isDirectory()) continue;
    const list = out.get(f.base);
    if (list === undefined) out.set(f.base, [{ name, format: f.format }]);
    else list.push({ name, format: f.format });
  }
  return out;
}

const folders = rules.filter((r) => {
  try {
    return statSync(path.join(fixturesDir, r.name)).isDirectory();
  } catch {
    return false;
  }
});

describe('canonical subjects', () => {
  const finding = (address: string, format: 'cloudformation' | 'terraform-plan'): Finding =>
    ({ subject: { resource: { address, format } } }) as unknown as Finding;
  it.each([
    ['module.a.aws_route.a_to_b["x"]', 'terraform-plan', 'a_to_b'],
    ['aws_vpc_peering_connection.hub["green"]', 'terraform-plan', 'hub'],
    ['module.spoke["a.b"].aws_route.to_hub[0]', 'terraform-plan', 'to_hub'],
    ['AToB', 'cloudformation', 'a_to_b'],
    ['VpcA', 'cloudformation', 'vpc_a'],
    ['AppSharedV2', 'cloudformation', 'app_shared_v2'],
    ['Rdp', 'cloudformation', 'rdp'],
  ] as const)('%s (%s) -> %s', (address, format, expected) => {
    expect(canonicalSubject(finding(address, format))).toBe(expected);
  });
});

/** Every group with two formats or more, across all rule folders. */
const multiFormat = folders.flatMap((rule) =>
  [...groups(path.join(fixturesDir, rule.name))]
    .filter(([, variants]) => new Set(variants.map((v) => v.format)).size >= 2)
    .map(([base, variants]) => [`${rule.name}/${base}`, rule, variants] as const),
);

describe('parity of the fixtures written in several formats', () => {
  it.each(multiFormat)('%s: every format gives the same findings', async (_name, rule, variants) => {
    const dir = path.join(fixturesDir, rule.name);
    const results: Record<string, string[]> = {};
    for (const v of variants) {
      const result = await lintVariant(dir, v.name);
      expect(result.errors.map((e) => `${v.name}: ${e.message}`)).toEqual([]);
      results[v.name] = result.findings
        .filter((f) => f.ruleId === rule.id)
        .map((f) => `${f.ruleId} ${f.messageId} ${f.severity} ${canonicalSubject(f)}`)
        .sort();
    }
    const [first, ...rest] = variants;
    for (const v of rest) expect(results[v.name], `${v.name} against ${first?.name ?? ''}`).toEqual(results[first?.name ?? '']);
  });
});

describe('every rule has a positive scenario in every format that can express it', () => {
  const cases = SCENARIO_RULES.flatMap((id) => FORMATS.map((format) => [id, format] as const));
  it.each(cases)('%s in %s', (id, format) => {
    const rule = rules.find((r) => r.id === id);
    expect(rule, id).toBeDefined();
    const excused = NOT_EXPRESSIBLE.find((e) => e.rule === id && e.format === format);
    const dir = path.join(fixturesDir, rule?.name ?? '');
    const positives = [...groups(dir).values()].flat().filter((v) => v.format === format && v.name.startsWith('positive-'));
    if (excused !== undefined) expect(positives, `${id} in ${format} is listed as not expressible: ${excused.why}`).toEqual([]);
    else expect(positives.length, `fixtures/${rule?.name ?? ''} has no positive ${format} scenario`).toBeGreaterThan(0);
  });
});

describe('every plan scenario has a .tf twin, unless listed with the reason', () => {
  const plans = folders.flatMap((rule) =>
    [...groups(path.join(fixturesDir, rule.name))]
      .filter(([, variants]) => variants.some((v) => v.format === 'plan'))
      .map(([base, variants]) => [`${rule.name}/${base}`, variants.some((v) => v.format === 'tf')] as const),
  );
  it.each(plans)('%s', (scenario, hasTwin) => {
    const excused = NO_TF_TWIN.find((e) => e.scenario === scenario);
    if (excused !== undefined) expect(hasTwin, `${scenario} is listed without a .tf twin: ${excused.why}`).toBe(false);
    else expect(hasTwin, `${scenario}.plan.json has no .tf twin`).toBe(true);
  });
  it('lists only plan scenarios that exist', () => {
    expect(NO_TF_TWIN.map((e) => e.scenario).filter((s) => !plans.some(([scenario]) => scenario === s))).toEqual([]);
  });
});
