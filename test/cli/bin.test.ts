/**
 * The real bin, spawned: exit codes and streams through `node dist/cli.js` (the committed bundle,
 * checked against the sources by test/build.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('writes all of a long output to a pipe whose reader is slow before it exits (the CLI exits once its output is written)', () => {
    // 600 VPCs with host bits: a JSON report of several hundred KB, far more than a pipe holds. The
    // reader starts a second after the CLI has written everything; exiting at once would cut the
    // output at the pipe's size (64 KB). The CLI's exit status goes to a file.
    writeFileSync(
      path.join(cwd, 'many.json'),
      JSON.stringify({ format_version: '1.2', resource_changes: Array.from({ length: 600 }, (_, i) => vpc(`v${i}`, `10.${i >> 8}.${i & 255}.1/24`)) }),
    );
    const slow = spawnSync('sh', ['-c', '{ "$0" "$1" --format json many.json; echo $? > status; } | { sleep 1; cat; }', process.execPath, bin], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const fast = run('--format', 'json', 'many.json');
    expect(fast.status).toBe(1);
    expect(fast.stdout.length).toBeGreaterThan(256 * 1024);
    expect(JSON.parse(fast.stdout).findings[599]).toMatchObject({ id: 'NET001', resource: 'aws_vpc.v599' });
    expect({ stdout: slow.stdout, stderr: slow.stderr, status: readFileSync(path.join(cwd, 'status'), 'utf8') }).toEqual({
      stdout: fast.stdout,
      stderr: '',
      status: '1\n',
    });
  });

  it('exits 2 on a usage error without a stack trace', () => {
    expect(run('--nope')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'vpclint: unknown option --nope\n  run vpclint --help for the options\n',
    });
  });
});
