/**
 * Keeps README.md's `vpclint reach` section truthful: its allowed and denied runs on examples/ are
 * the commands and outputs of the reach-example-* scenarios, which run them (scenarios.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/repo.js';
import { parseSections } from './scenario-format.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const HEADING = '### Can A reach B? `vpclint reach`';

function section(): string {
  const start = readme.indexOf(`\n${HEADING}\n`);
  if (start === -1) throw new Error(`README.md has no heading "${HEADING}"`);
  const rest = readme.slice(start + HEADING.length + 2);
  const next = rest.search(/\n#{1,3} /);
  return next === -1 ? rest : rest.slice(0, next);
}

function scenario(name: string): { args: string; stdout: string; exit: string } {
  const sections = parseSections(readFileSync(path.join(repoRoot, 'test', 'cli', `${name}.scenario`), 'utf8'));
  const body = (s: string): string => sections.find((x) => x.name === s)!.body;
  return { args: body('args').trim(), stdout: body('stdout'), exit: body('exit').trim() };
}

describe('README.md on vpclint reach', () => {
  const blocks = [...section().matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1]);

  it.each([
    ['reach-example-allowed', 0, 'allowed'],
    ['reach-example-denied', 1, 'denied'],
  ] as const)('shows the command and output of %s', (name, index, verdict) => {
    const run = scenario(name);
    expect(run.stdout.startsWith(`${verdict}: `)).toBe(true);
    expect(section().replace(/\s+/g, ' ')).toContain(`(\`vpclint ${run.args}\`, exit ${run.exit})`);
    expect(blocks[index]).toBe(run.stdout);
  });
});
