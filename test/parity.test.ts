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
 * It also checks that every core rule has a positive scenario in every format that can express it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import type { Finding } from '../src/engine/finding.js';
import { lintPaths, lintSources, lintSourcesAsync } from '../src/run.js';
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

/** The rules every format must have a positive scenario for, except where the table says why not. */
const CORE_RULES = ['NET001', 'NET101', 'NET201', 'NET202', 'NET203', 'NET301', 'NET401'];
const FORMATS: readonly Format[] = ['plan', 'cfn', 'tf'];

/** Rule and format pairs without a positive scenario, and why the format cannot express one. */
const NOT_EXPRESSIBLE: readonly { readonly rule: string; readonly format: Format; readonly why: string }[] = [];

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
  return name.endsWith('.tf') ? lintSourcesAsync([{ file: name, text }]) : lintSources([{ file: name, text }]);
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

describe('every core rule has a positive scenario in every format', () => {
  const cases = CORE_RULES.flatMap((id) => FORMATS.map((format) => [id, format] as const));
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
