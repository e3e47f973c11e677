/**
 * The real bin, spawned: exit codes and streams through `node dist/cli.js` (the committed bundle,
 * checked against the sources by test/build.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/repo.js';

const bin = path.join(repoRoot, 'dist', 'cli.js');
let cwd: string;

const vpc = (name: string, cidr: string) => ({
  address: `aws_vpc.${name}`,
  mode: 'managed',
  type: 'aws_vpc',
  name,
  change: { actions: ['create'], before: null, after: { cidr_block: cidr }, after_unknown: { id: true } },
});

beforeAll(() => {
  cwd = mkdtempSync(path.join(os.tmpdir(), 'vpclint-bin-'));
  writeFileSync(path.join(cwd, 'clean.json'), JSON.stringify({ format_version: '1.2', resource_changes: [vpc('a', '10.0.0.0/16')] }, null, 2));
  writeFileSync(path.join(cwd, 'host-bits.json'), JSON.stringify({ format_version: '1.2', resource_changes: [vpc('b', '10.1.0.1/16')] }, null, 2));
  writeFileSync(path.join(cwd, 'bad.json'), '{ "format_version": "1.2",\n  "resource_changes": [\n');
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('node dist/cli.js', () => {
  it('exits 0 on a clean plan', () => {
    expect(run('clean.json')).toEqual({ status: 0, stdout: '✔ no problems in 1 file\n', stderr: '' });
  });

  it('exits 1 on an error finding and prints it', () => {
    const r = run('host-bits.json', 'clean.json');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').slice(-3)).toEqual(['', '✖ 1 problem (1 error) in 1 of 2 files', '']);
    expect(r.stdout).toMatch(/^host-bits\.json:\d+ {2}error {2}NET001 {2}aws_vpc\.b sets cidr_block to 10\.1\.0\.1\/16, which has host bits set/);
  });

  it('exits 2 on a malformed file, located, and still lints the others', () => {
    const r = run('--format', 'json', '.');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('bad.json:3:1: invalid JSON: Unexpected end of JSON input\n');
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { id: string; resource: string }) => `${f.id} ${f.resource}`)).toEqual(['NET001 aws_vpc.b']);
    expect(report.errors).toEqual([{ file: 'bad.json', line: 3, column: 1, message: 'invalid JSON: Unexpected end of JSON input' }]);
  });

  it('exits 2 on a usage error without a stack trace', () => {
    expect(run('--nope')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'vpclint: unknown option --nope\n  run vpclint --help for the options\n',
    });
  });
});
