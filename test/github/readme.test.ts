/**
 * Keeps the README's GitHub Action and pre-commit sections true to action.yml and
 * .pre-commit-hooks.yaml: the workflow example is valid YAML, asks for the permissions the Action
 * needs, and uses only inputs and outputs that exist; the pre-commit example names the real hook.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/repo.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

/** The fenced yaml blocks of the section under `heading`. */
function yamlBlocks(heading: string): unknown[] {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start === -1) throw new Error(`README.md has no heading "${heading}"`);
  const rest = readme.slice(start + heading.length + 2);
  const end = rest.search(/\n## /);
  const section = end === -1 ? rest : rest.slice(0, end);
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parseYaml(m[1]!));
}

interface Step {
  uses?: string;
  id?: string;
  with?: Record<string, string>;
  if?: string;
}

const action = parseYaml(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};

describe('README: GitHub Action', () => {
  const [workflow] = yamlBlocks('## GitHub Action') as [{ permissions: unknown; jobs: Record<string, { steps: Step[] }> }];

  it('asks for exactly the permissions the Action and the SARIF upload need', () => {
    expect(workflow.permissions).toEqual({ 'contents': 'read', 'pull-requests': 'write', 'security-events': 'write' });
  });

  it('checks out, plans, runs vpclint and uploads its SARIF, with inputs and outputs action.yml declares', () => {
    const steps = workflow.jobs.vpclint!.steps;
    expect(steps.map((s) => s.uses ?? 'run')).toEqual([
      'actions/checkout@v4',
      'hashicorp/setup-terraform@v3',
      'run',
      'vpclint/vpclint@v0.1.0',
      'github/codeql-action/upload-sarif@v3',
    ]);
    const vpclint = steps[3]!;
    for (const input of Object.keys(vpclint.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
    expect(vpclint.with?.['sarif-file']).toBe('vpclint.sarif');
    const upload = steps[4]!;
    expect(upload.with?.sarif_file).toBe(`\${{ steps.${vpclint.id}.outputs.sarif-file }}`);
    expect(Object.keys(action.outputs)).toContain('sarif-file');
    expect(upload.if).toBe(`\${{ !cancelled() && steps.${vpclint.id}.outputs.sarif-file != '' }}`);
  });

  it('lists every input of action.yml in its table', () => {
    for (const input of Object.keys(action.inputs)) expect(readme).toContain(`\`${input}\``);
  });
});

describe('README: pre-commit', () => {
  it('uses the hook that .pre-commit-hooks.yaml declares', () => {
    const hooks = parseYaml(readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; pass_filenames: boolean; require_serial: boolean }[];
    expect(hooks.map((h) => [h.id, h.pass_filenames, h.require_serial])).toEqual([['vpclint', false, true]]);
    const [config] = yamlBlocks('## pre-commit') as [{ repos: { repo: string; hooks: { id: string }[] }[] }];
    expect(config.repos.map((r) => [r.repo, r.hooks.map((h) => h.id)])).toEqual([['https://github.com/vpclint/vpclint', ['vpclint']]]);
  });
});
