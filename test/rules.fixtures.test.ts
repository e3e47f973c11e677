/**
 * Fixture-driven rule tests. Every folder fixtures/<rule-name>/ holds `positive-*` and
 * `negative-*` inputs and an `expected.json` listing every finding (and every unresolved check)
 * the positive files produce for that rule. Negative files must produce no finding of the rule;
 * other rules may fire and are filtered out.
 *
 * expected.json entries:
 *   { "file", "line", "resource", "severity", "messageId", "data" }    a finding
 *   { "file", "resource", "unresolved": "<reason>" }                     an unresolved check
 *
 * An input may have a configuration file, `<name>.vpclint.yml` beside it, where `<name>` is the
 * input's name without its format (`positive-x.tf`, `positive-x.plan.json` and
 * `positive-x.cfn.yaml` share `positive-x.vpclint.yml`): the rule's settings (NET501's intents).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { existsSync } from 'node:fs';
import { parseConfig } from '../src/config/load.js';
import { lint, lintPaths } from '../src/run.js';
import { fixturesDir } from './helpers/repo.js';

interface ExpectedFinding {
  file: string;
  line: number;
  resource: string;
  severity: string;
  messageId: string;
  data: Record<string, string>;
}
interface ExpectedUnresolved {
  file: string;
  resource: string;
  unresolved: string;
}
type Expected = ExpectedFinding | ExpectedUnresolved;

// A `.tf.d` folder is one Terraform module (several files, or local modules) linted as a scenario.
const INPUT = /\.(json|tf|ya?ml|template|tf\.d)$/;

/** Is an expected.json `file` (a location) in this input? A `.tf.d` input holds files of its own. */
const inInput = (location: string, input: string): boolean => location === input || (input.endsWith('.tf.d') && location.startsWith(`${input}/`));

/** A fixture's configuration file (see the top of this file). */
const CONFIG = /\.vpclint\.yml$/;

async function fixtureConfig(dir: string, file: string) {
  const name = `${file.replace(/(\.plan\.json|\.cfn\.ya?ml|\.cfn\.json|\.tf\.d|\.tf|\.json|\.ya?ml|\.template)$/, '')}.vpclint.yml`;
  if (!existsSync(path.join(dir, name))) return undefined;
  return parseConfig(readFileSync(path.join(dir, name), 'utf8'), name, dir, rules);
}

async function lintFixture(dir: string, file: string) {
  const config = await fixtureConfig(dir, file);
  if (file.endsWith('.tf.d')) return lintPaths([file], { cwd: dir, config });
  const text = readFileSync(path.join(dir, file), 'utf8');
  return lint([{ file, text }], { config });
}

const ruleDirs = rules.map((r) => r.name).filter((name) => {
  try {
    return readdirSync(path.join(fixturesDir, name)).length > 0;
  } catch {
    return false;
  }
});

describe.each(ruleDirs)('fixtures/%s', (name) => {
  const rule = rules.find((r) => r.name === name)!;
  const dir = path.join(fixturesDir, name);
  const files = readdirSync(dir).filter((f) => INPUT.test(f) && !CONFIG.test(f) && f !== 'expected.json').sort();
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected[];
  const positives = files.filter((f) => f.startsWith('positive-'));
  const negatives = files.filter((f) => f.startsWith('negative-'));

  it('has every input named positive-* or negative-*', () => {
    expect(files.filter((f) => !positives.includes(f) && !negatives.includes(f))).toEqual([]);
  });

  it.each(positives)('%s yields exactly the expected findings and unresolved checks', async (file) => {
    const result = await lintFixture(dir, file);
    expect(result.errors.map((e) => e.message)).toEqual([]);
    const actualFindings = result.findings
      .filter((f) => f.ruleId === rule.id)
      .map((f) => ({
        file: f.location.file,
        line: f.location.line,
        resource: f.resource,
        severity: f.severity,
        messageId: f.messageId,
        data: f.data,
      }));
    const expectedFindings = expected
      .filter((e): e is ExpectedFinding => inInput(e.file, file) && !('unresolved' in e));
    expect(actualFindings).toEqual(expectedFindings);
    const actualUnresolved = result.unresolved
      .filter((u) => u.ruleId === rule.id)
      .map((u) => ({ file: u.location.file, resource: u.resource, unresolved: u.reason }));
    const expectedUnresolved = expected.filter((e): e is ExpectedUnresolved => inInput(e.file, file) && 'unresolved' in e);
    expect(actualUnresolved).toEqual(expectedUnresolved);
  });

  it.each(negatives)('%s yields no finding of this rule', async (file) => {
    const result = await lintFixture(dir, file);
    expect(result.errors.map((e) => e.message)).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === rule.id).map((f) => `${f.resource}: ${f.message}`)).toEqual([]);
  });

  it('expected.json names only files that exist', () => {
    expect(expected.map((e) => e.file).filter((f) => !files.some((input) => inInput(f, input)))).toEqual([]);
  });
});
