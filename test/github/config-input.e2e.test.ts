/**
 * The Action's `config` and `baseline` inputs reach the CLI: the committed dist/action.js, run on a
 * push (no GitHub API call), applies the configuration file and the baseline it is given, and
 * finds a `.vpclint.yml` in the workspace without the input.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { renderBaseline } from '../../src/engine/baseline.js';
import { lint } from '../../src/run.js';
import { repoRoot } from '../helpers/repo.js';
import { sgPlan } from './sg-plan.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'vpclint-action-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every input of action.yml with its default, and the given ones. */
function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const action = parseYaml(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = Object.hasOwn(inputs, name) ? inputs[name]! : name === 'github-token' ? 'unused' : (spec.default ?? '');
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  return env;
}

function outputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

async function run(files: Record<string, string>, inputs: Record<string, string>) {
  const dir = mkdtempSync(path.join(root, 'run-'));
  const workspace = path.join(dir, 'workspace');
  for (const [name, text] of Object.entries({ '.git/HEAD': 'ref: refs/heads/main\n', ...files })) {
    mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    writeFileSync(path.join(workspace, name), text);
  }
  const outputFile = path.join(dir, 'output.txt');
  writeFileSync(outputFile, '');
  mkdirSync(path.join(dir, 'tmp'));
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: path.join(dir, 'tmp'),
    ...inputEnv({ comment: 'false', ...inputs }),
  };
  const child = spawn(process.execPath, [path.join(repoRoot, 'dist', 'action.js')], { cwd: workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const out = outputs(readFileSync(outputFile, 'utf8'));
  return { status, stderr, counts: { errors: out.errors, warnings: out.warnings, notes: out.notes }, stdout };
}

const plan = sgPlan('0.0.0.0/0', 22);

describe('the Action with a configuration and a baseline', () => {
  it('without them, the world-open SSH rule is an error and fails the step', async () => {
    const result = await run({ 'network/sg.plan.json': plan }, {});
    expect({ status: result.status, stderr: result.stderr, counts: result.counts }).toEqual({ status: 1, stderr: '', counts: { errors: '1', warnings: '0', notes: '0' } });
  });

  it('the config input applies that file', async () => {
    const result = await run({ 'network/sg.plan.json': plan, 'ci/vpclint.yml': 'rules:\n  open-ingress: warning\n' }, { config: 'ci/vpclint.yml' });
    expect({ status: result.status, stderr: result.stderr, counts: result.counts }).toEqual({ status: 0, stderr: '', counts: { errors: '0', warnings: '1', notes: '0' } });
  });

  it('without the input, the .vpclint.yml of the workspace applies', async () => {
    const result = await run({ 'network/sg.plan.json': plan, '.vpclint.yml': 'rules:\n  NET401: note\n' }, {});
    expect({ status: result.status, counts: result.counts }).toEqual({ status: 0, counts: { errors: '0', warnings: '0', notes: '1' } });
  });

  it('a mistake in the configuration fails the step with the CLI message', async () => {
    const result = await run({ 'network/sg.plan.json': plan, '.vpclint.yml': 'rules:\n  NET401: critical\n' }, {});
    expect({ status: result.status, stderr: result.stderr }).toEqual({
      status: 2,
      stderr: '.vpclint.yml:2:11: rules.NET401: must be one of error, warning, note, off, not "critical"\n',
    });
  });

  it('the baseline input accepts the recorded finding', async () => {
    const baseline = renderBaseline((await lint([{ file: 'network/sg.plan.json', text: plan }])).findings);
    const result = await run({ 'network/sg.plan.json': plan, 'vpclint-baseline.json': baseline }, { baseline: 'vpclint-baseline.json' });
    expect({ status: result.status, stderr: result.stderr, counts: result.counts }).toEqual({ status: 0, stderr: '', counts: { errors: '0', warnings: '0', notes: '0' } });
    expect(result.stdout).toContain('::notice title=vpclint%3A suppressed findings::1 finding not shown: 1 accepted by the baseline');
  });
});
