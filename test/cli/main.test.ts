/**
 * What scenario files cannot express: an exception no layer expected, prototype safety, the
 * colour decision table and the default path.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, runCommand, useColor, type CliIo } from '../../src/cli.js';
import { repoRoot } from '../helpers/repo.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'vpclint-main-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PLAN = JSON.stringify({
  format_version: '1.2',
  resource_changes: [
    {
      address: 'aws_vpc.a',
      mode: 'managed',
      type: 'aws_vpc',
      name: 'a',
      change: { actions: ['create'], before: null, after: { cidr_block: '10.0.0.1/16' }, after_unknown: { id: true } },
    },
  ],
});

function capture(cwd: string, overrides: Partial<CliIo> = {}) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    cwd,
    env: {},
    isTTY: false,
    ...overrides,
  };
  return { io, out };
}

describe('runCommand', () => {
  it('computes the peering topology only for markdown: a markdown rendered for the caller alone (the Action\'s comment) draws it, the result of a json run has none', async () => {
    const plan = 'examples/hub-and-spokes/plan.json';
    const forCaller = await runCommand(['--format', 'json', plan], capture(repoRoot).io, { render: ['markdown'] });
    expect(forCaller.outputs.map((o) => [o.format, o.to])).toEqual([['json', 'stdout'], ['markdown', 'caller']]);
    expect(forCaller.outputs[1]!.text).toContain('### Peering topology');
    expect(forCaller.result?.topology?.peerings.length).toBe(4);
    const jsonOnly = await runCommand(['--format', 'json', plan], capture(repoRoot).io);
    expect(jsonOnly.result === undefined ? 'no result' : Object.hasOwn(jsonOnly.result, 'topology')).toBe(false);
    expect(jsonOnly.outputs[0]!.text).toBe(forCaller.outputs[0]!.text);
  });
});

describe('main', () => {
  it('lints the working directory when no path is given', async () => {
    const cwd = mkdtempSync(path.join(root, 'default-'));
    writeFileSync(path.join(cwd, 'plan.json'), PLAN);
    const { io, out } = capture(cwd);
    expect(await main([], io)).toBe(1);
    expect(out.stdout.split('\n')[0]).toBe(
      'plan.json:1  error  NET001  aws_vpc.a sets cidr_block to 10.0.0.1/16, which has host bits set; AWS uses 10.0.0.0/16. Write the network address 10.0.0.0/16, or change the prefix length if a different block was meant.',
    );
    expect(out.stderr).toBe('');
  });

  it('turns an unexpected exception into one line and exit 2, with the stack only under --debug', async () => {
    const cwd = mkdtempSync(path.join(root, 'internal-'));
    writeFileSync(path.join(cwd, 'plan.json'), PLAN);
    const failingStdout = () => {
      throw new RangeError('stdout exploded');
    };
    const plain = capture(cwd, { stdout: failingStdout });
    expect(await main(['plan.json'], plain.io)).toBe(2);
    expect(plain.out.stderr).toBe('internal error in vpclint 0.1.0; rerun with --debug for details\n');

    const debug = capture(cwd, { stdout: failingStdout });
    expect(await main(['--debug', 'plan.json'], debug.io)).toBe(2);
    const lines = debug.out.stderr.split('\n');
    expect(lines.slice(0, 2)).toEqual(['internal error in vpclint 0.1.0; rerun with --debug for details', 'RangeError: stdout exploded']);
    expect(lines[2]).toMatch(/^ {4}at /);
  });

  it('never pollutes Object.prototype, whatever __proto__ keys the plan holds', async () => {
    const cwd = mkdtempSync(path.join(root, 'proto-'));
    writeFileSync(
      path.join(cwd, 'plan.json'),
      '{"format_version":"1.2","__proto__":{"polluted":1},"resource_changes":[{"address":"aws_vpc.a","type":"aws_vpc","mode":"managed","name":"a",' +
        '"change":{"actions":["create"],"after":{"__proto__":{"polluted":2},"cidr_block":"10.0.0.0/16","tags":{"__proto__":{"polluted":3}}},' +
        '"after_unknown":{"__proto__":{"polluted":4}}}}]}',
    );
    const { io, out } = capture(cwd);
    expect(await main(['--format', 'json'], io)).toBe(0);
    expect(JSON.parse(out.stdout).findings).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('useColor', () => {
  it.each([
    { name: 'a terminal', isTTY: true, env: {}, color: true },
    { name: 'a pipe', isTTY: false, env: {}, color: false },
    { name: 'a terminal with NO_COLOR=1', isTTY: true, env: { NO_COLOR: '1' }, color: false },
    { name: 'a terminal with an empty NO_COLOR', isTTY: true, env: { NO_COLOR: '' }, color: true },
    { name: 'a pipe with FORCE_COLOR=1', isTTY: false, env: { FORCE_COLOR: '1' }, color: true },
    { name: 'a pipe with an empty FORCE_COLOR', isTTY: false, env: { FORCE_COLOR: '' }, color: true },
    { name: 'a terminal with FORCE_COLOR=0', isTTY: true, env: { FORCE_COLOR: '0' }, color: false },
    { name: 'a terminal with FORCE_COLOR=false', isTTY: true, env: { FORCE_COLOR: 'false' }, color: false },
    { name: 'a pipe with FORCE_COLOR=1 and NO_COLOR=1', isTTY: false, env: { FORCE_COLOR: '1', NO_COLOR: '1' }, color: false },
    { name: 'a dumb terminal', isTTY: true, env: { TERM: 'dumb' }, color: false },
  ])('colours $name: $color', ({ isTTY, env, color }) => {
    expect(useColor({ isTTY, env })).toBe(color);
  });
});
