/**
 * Keeps README.md truthful: its quick start is what CI runs, its usage block is the real --help,
 * its rule table is the rule metadata, and its sample outputs are what vpclint prints.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { HELP } from '../../src/cli.js';
import { TOOL_VERSION } from '../../src/engine/define-rule.js';
import { renderText } from '../../src/report/text.js';
import { lintPaths } from '../../src/run.js';
import { CHROMIUM_INSTALL } from '../helpers/chromium.js';
import { repoRoot } from '../helpers/repo.js';
import { parseSections } from './scenario-format.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

/** The fenced code blocks under a heading, in order. */
function blocksUnder(heading: string): string[] {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start === -1) throw new Error(`README.md has no heading "${heading}"`);
  const next = readme.slice(start + heading.length + 2).search(/\n#{1,3} /);
  const section = next === -1 ? readme.slice(start) : readme.slice(start, start + heading.length + 2 + next);
  return [...section.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe('README.md', () => {
  it('starts its quick start with exactly the commands .ci/run runs', () => {
    const ci = readFileSync(path.join(repoRoot, '.ci', 'run'), 'utf8').trimEnd().split('\n');
    expect(ci.slice(0, 3)).toEqual(['#!/usr/bin/env bash', 'set -euo pipefail', 'cd "$(dirname "${BASH_SOURCE[0]}")/.."']);
    const [quickStart] = blocksUnder('## Quick start');
    expect(quickStart!.trimEnd().split('\n')).toEqual(['npm ci && node dist/cli.js examples/', 'npm test']);
    // Before them, .ci/run installs Debian's pre-commit for the hook test; the quick start says so.
    const preCommit = 'command -v pre-commit >/dev/null || (apt-get update && apt-get install -y --no-install-recommends pre-commit)';
    // And Debian's Chromium for the test that renders the comment's Mermaid (test/helpers/chromium.ts).
    // And CI runs the tests with ../shared required: there its absence fails (test/helpers/repo.ts).
    expect(ci.slice(3)).toEqual([preCommit, CHROMIUM_INSTALL, 'npm ci', 'VPCLINT_REQUIRE_SHARED=1 npm test']);
    expect(readme.replace(/\s+/g, ' ')).toContain(`\`${preCommit}\``);
    expect(readme.replace(/\s+/g, ' ')).toContain(`\`${CHROMIUM_INSTALL}\``);
  });

  it('shows the real --help as its usage', () => {
    expect(blocksUnder('## Usage')[0]).toBe(HELP);
  });

  it('lists every rule with its metadata, linked to its docs section', () => {
    const rows = readme.split('\n').filter((l) => /^\| NET\d{3} \|/.test(l));
    const expected = [...rules]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((r) => `| ${r.id} | [${r.name}](docs/rules.md#${r.name}) | ${r.defaultSeverity} | ${r.summary} |`);
    expect(rows, 'the README rule table differs from the rule metadata').toEqual(expected);
  });

  it('shows a JSON example that is the output of the format-json scenario', () => {
    const scenario = parseSections(readFileSync(path.join(repoRoot, 'test', 'cli', 'format-json.scenario'), 'utf8'));
    const stdout = scenario.find((s) => s.name === 'stdout')!.body;
    expect(blocksUnder('### JSON output')[0]).toBe(stdout);
    expect(JSON.parse(stdout).tool).toEqual({ name: 'vpclint', version: TOOL_VERSION });
  });

  it('shows text output lines that vpclint really prints for examples/', async () => {
    const result = await lintPaths(['examples/'], { cwd: repoRoot });
    const actual = renderText(result, { toolVersion: TOOL_VERSION, cwd: repoRoot, rules, color: false }).split('\n');
    const shown = blocksUnder('### Text output')[0]!.split('\n').filter((l) => l !== '' && l !== '…');
    expect(shown.length).toBeGreaterThan(3);
    expect(
      shown.filter((l) => !actual.includes(l)),
      'README.md text sample is out of date: update it from `node dist/cli.js examples/`',
    ).toEqual([]);
  });
});
