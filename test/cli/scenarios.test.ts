/**
 * Runs every test/cli/*.scenario through `main()` in-process, in a fresh temporary working
 * directory holding the scenario's input files, and compares stdout, stderr, the exit code and
 * any files the run writes. `UPDATE_SCENARIOS=1 npx vitest run test/cli` rewrites the expected
 * sections from the actual output (sections using {{any}} are kept); review the diff.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { rules as allRules } from '../../rules/index.js';
import { main } from '../../src/cli.js';
import { defineRule, type Rule } from '../../src/engine/define-rule.js';
import { repoRoot } from '../helpers/repo.js';
import { formatSections, matchesExpected, parseSections, showEscapes, splitArgs, type Section } from './scenario-format.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const update = process.env.UPDATE_SCENARIOS === '1';

/** Rules only scenarios can add, by name in a `====rules====` section. */
const testRules: Record<string, Rule> = {
  throws: defineRule({
    id: 'NET999',
    name: 'test-throws',
    defaultSeverity: 'error',
    summary: 'A rule that always throws, to test that a crash is contained.',
    rationale: 'Test only.',
    remediation: 'Test only.',
    messages: { never: 'never' },
    check() {
      throw new TypeError('boom from a test rule');
    },
  }),
  // Fixed documentation for --explain, whatever the real rules' texts become.
  documented: {
    ...defineRule({
      id: 'NET998',
      name: 'test-documented',
      defaultSeverity: 'warning',
      summary: 'A rule with every part of the documentation, to test --explain.',
      rationale:
        'The rationale is long enough to be wrapped: a terminal shows a hundred columns comfortably, and --explain wraps the text of each section at that width, indenting it under the heading.',
      remediation: 'Fix it.',
      messages: {
        found: '{resource} has a problem that this message describes in enough words to need a second line when it is shown.',
        other: '{resource} is short.',
      },
      options: {
        schema: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ports: { description: 'Ports that are fine.', type: 'array', items: { type: 'integer' }, default: [22, 443] },
            limit: { description: 'How many are too many.', type: 'integer', default: 5 },
          },
        },
        defaults: { ports: [22, 443], limit: 5 },
      },
      check() {},
    }),
    references: [{ title: 'A page', url: 'https://example.com/page' }],
  } as Rule,
};

function selectRules(body: string): Rule[] {
  const out: Rule[] = [];
  for (const name of body.split(/\s+/).filter(Boolean)) {
    if (name === 'all') out.push(...allRules);
    else if (Object.hasOwn(testRules, name)) out.push(testRules[name]!);
    else throw new Error(`unknown rule set "${name}" in a ====rules==== section`);
  }
  return out;
}

const scenarios = readdirSync(here)
  .filter((f) => f.endsWith('.scenario'))
  .sort();

const tmpRoot = mkdtempSync(path.join(os.tmpdir(), 'vpclint-scenarios-'));
afterAll(() => rmSync(tmpRoot, { recursive: true, force: true }));

function one(sections: readonly Section[], name: string): string | undefined {
  return sections.find((s) => s.name === name)?.body;
}

describe('CLI scenarios', () => {
  it('finds scenario files', () => {
    expect(scenarios.length).toBeGreaterThan(10);
  });

  it.each(scenarios)('%s', async (scenarioFile) => {
    const scenarioPath = path.join(here, scenarioFile);
    const sections = parseSections(readFileSync(scenarioPath, 'utf8'));
    for (const required of ['test', 'args', 'stdout', 'stderr', 'exit']) {
      expect(one(sections, required), `${scenarioFile} needs a ====${required}==== section`).toBeDefined();
    }

    const cwd = mkdtempSync(path.join(tmpRoot, scenarioFile.replace(/\.scenario$/, '-')));
    for (const s of sections) {
      if (!s.name.startsWith('file:')) continue;
      const target = path.join(cwd, s.name.slice('file:'.length));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, s.body);
    }
    // Repository files (fixtures, examples) copied to the same relative path, so that locations in
    // the output read as they do in the repository.
    for (const file of (one(sections, 'copy') ?? '').split('\n').map((l) => l.trim()).filter(Boolean)) {
      cpSync(path.join(repoRoot, file), path.join(cwd, file), { recursive: true });
    }
    const env: Record<string, string> = {};
    for (const line of (one(sections, 'env') ?? '').split('\n')) {
      const eq = line.indexOf('=');
      if (eq > 0) env[line.slice(0, eq)] = line.slice(eq + 1);
    }
    const rulesBody = one(sections, 'rules');
    const stdinBody = one(sections, 'stdin');
    let stdout = '';
    let stderr = '';
    const code = await main(
      splitArgs(one(sections, 'args') ?? ''),
      {
        stdout: (t) => void (stdout += t),
        stderr: (t) => void (stderr += t),
        cwd,
        env,
        isTTY: (one(sections, 'tty') ?? '').trim() === 'true',
        ...(stdinBody === undefined ? {} : { stdin: async () => stdinBody }),
      },
      rulesBody === undefined ? {} : { rules: selectRules(rulesBody) },
    );

    const actual: Record<string, string> = {
      stdout: showEscapes(stdout),
      stderr: showEscapes(stderr),
      exit: `${code}\n`,
    };
    for (const s of sections) {
      if (!s.name.startsWith('written:')) continue;
      try {
        actual[s.name] = showEscapes(readFileSync(path.join(cwd, s.name.slice('written:'.length)), 'utf8'));
      } catch {
        actual[s.name] = '<not written>\n';
      }
    }

    if (update) {
      const updated = sections.map((s) =>
        Object.hasOwn(actual, s.name) && !s.body.includes('{{any}}') ? { name: s.name, body: actual[s.name]! } : s,
      );
      writeFileSync(scenarioPath, formatSections(updated));
      return;
    }
    for (const name of Object.keys(actual)) {
      const expected = name === 'exit' ? `${(one(sections, name) ?? '').trim()}\n` : (one(sections, name) ?? '');
      const got = actual[name]!;
      if (!matchesExpected(got, expected)) expect(got, `${scenarioFile}: ${name}`).toBe(expected);
    }
  });
});
