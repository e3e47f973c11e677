/**
 * What the paths on the command line must give vpclint, where scenario files cannot say it: an
 * empty directory, a binary plan, standard input without a reader or failing, the stack trace
 * only under --debug, and a directory whose only inputs could not be read.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli.js';
import { lintPaths } from '../../src/run.js';
import { buildCliBundle, runAsUser } from '../helpers/cli-bundle.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'vpclint-inputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function capture(cwd: string, overrides: Partial<CliIo> = {}) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), cwd, env: {}, isTTY: false, ...overrides };
  return { io, out };
}

const READS = 'vpclint reads Terraform plan JSON, .tf, and CloudFormation JSON/YAML';
const CLEAN_PLAN = JSON.stringify({
  format_version: '1.2',
  resource_changes: [
    { address: 'aws_vpc.a', mode: 'managed', type: 'aws_vpc', name: 'a', change: { actions: ['create'], before: null, after: { cidr_block: '10.0.0.0/16' }, after_unknown: { id: true } } },
  ],
});

describe('paths that give vpclint nothing to read', () => {
  it('an empty directory is an error naming it, exit 2, without a stack trace', async () => {
    const cwd = mkdtempSync(path.join(root, 'empty-'));
    mkdirSync(path.join(cwd, 'emptydir'));
    const { io, out } = capture(cwd);
    expect(await main(['emptydir/'], io)).toBe(2);
    expect(out.stderr).toBe(`vpclint: no input files found in emptydir/ (${READS})\n`);
    expect(out.stdout).toBe('nothing linted: found no input that vpclint reads (Terraform plan JSON, .tf, CloudFormation)\n✖ results are incomplete: 1 input or tool error (printed on stderr)\n');
  });

  it('a directory whose only input is in a folder named like ..plans is not empty', async () => {
    const cwd = mkdtempSync(path.join(root, 'dotdot-'));
    mkdirSync(path.join(cwd, '..plans'));
    writeFileSync(path.join(cwd, '..plans', 'plan.json'), CLEAN_PLAN);
    const { io, out } = capture(cwd);
    expect(await main(['.'], io)).toBe(0);
    expect(out.stderr).toBe('');
  });

  it('an empty state (terraform show -json of a workspace with nothing in it) is an input with nothing to lint', async () => {
    const cwd = mkdtempSync(path.join(root, 'empty-state-'));
    writeFileSync(path.join(cwd, 'state.json'), '{"format_version":"1.0","terraform_version":"1.11.4"}\n');
    const { io, out } = capture(cwd);
    expect(await main(['state.json'], io)).toBe(0);
    expect(out.stderr).toBe('');
  });

  it('--format json lists it under errors, without a file', async () => {
    const cwd = mkdtempSync(path.join(root, 'empty-json-'));
    mkdirSync(path.join(cwd, 'emptydir'));
    const { io, out } = capture(cwd);
    expect(await main(['--format', 'json', 'emptydir'], io)).toBe(2);
    expect(JSON.parse(out.stdout).errors).toEqual([{ message: `no input files found in emptydir (${READS})` }]);
  });

  it('a binary plan (terraform plan -out) says how to get its JSON', async () => {
    const cwd = mkdtempSync(path.join(root, 'binary-'));
    writeFileSync(path.join(cwd, 'plan.out'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x08, 0x00, 0xff, 0xfe]));
    const { io, out } = capture(cwd);
    expect(await main(['plan.out'], io)).toBe(2);
    expect(out.stderr).toBe(
      'plan.out: this is a binary Terraform plan (terraform plan -out), which vpclint cannot read\n  lint its JSON instead: terraform show -json plan.out > plan.json\n',
    );
  });

  it('an empty file named on the command line is an error', async () => {
    const cwd = mkdtempSync(path.join(root, 'empty-file-'));
    writeFileSync(path.join(cwd, 'plan.json'), '');
    const result = await lintPaths(['plan.json'], { cwd });
    expect(result.errors.map((e) => `${e.file}: ${e.message}`)).toEqual(['plan.json: the file is empty']);
  });

  it('the stack of a not-an-input error is printed only with --debug', async () => {
    const cwd = mkdtempSync(path.join(root, 'debug-'));
    writeFileSync(path.join(cwd, 'notes.txt'), 'hello\n');
    const plain = capture(cwd);
    expect(await main(['notes.txt'], plain.io)).toBe(2);
    expect(plain.out.stderr).not.toMatch(/\bat /);
    const debug = capture(cwd);
    expect(await main(['--debug', 'notes.txt'], debug.io)).toBe(2);
    expect(debug.out.stderr).toMatch(/^notes\.txt: not an input vpclint reads \(it does not read \.txt files\)\n {2}vpclint reads .*\n {4}InputError: not an input/);
  });

  it('a directory whose only input cannot be read gets that error, not a second one', async (ctx) => {
    // Directory search skips dangling links, so an unreadable file is the only way in; root reads
    // a chmod 000 file, so the CLI runs in a child process, as nobody when the tests run as root.
    if (process.platform === 'win32') return ctx.skip('chmod does not deny reads on Windows');
    chmodSync(root, 0o755);
    const cwd = mkdtempSync(path.join(root, 'unreadable-'));
    chmodSync(cwd, 0o755);
    mkdirSync(path.join(cwd, 'net'));
    writeFileSync(path.join(cwd, 'net', 'plan.json'), CLEAN_PLAN);
    chmodSync(path.join(cwd, 'net', 'plan.json'), 0o000);
    const bundle = await buildCliBundle(mkdtempSync(path.join(root, 'bundle-')));
    const r = runAsUser(bundle, ['--format', 'json', 'net'], cwd);
    if (r.error !== undefined) return ctx.skip(`cannot run the CLI as another user: ${r.error.message}`);
    expect([r.status, r.stderr, JSON.parse(r.stdout).errors]).toEqual([
      2,
      'net/plan.json: permission denied\n',
      [{ file: 'net/plan.json', message: 'permission denied' }],
    ]);
  });

  it('files found by searching a directory are still skipped quietly when there is an input beside them', async () => {
    const cwd = mkdtempSync(path.join(root, 'quiet-'));
    writeFileSync(path.join(cwd, 'plan.json'), CLEAN_PLAN);
    writeFileSync(path.join(cwd, 'package.json'), '{"name": "x"}');
    writeFileSync(path.join(cwd, 'notes.yaml'), 'a: 1\n');
    const result = await lintPaths(['.'], { cwd });
    expect([result.errors, result.files]).toEqual([[], ['plan.json']]);
  });
});

describe('standard input (-)', () => {
  it('without a way to read it is an error for <stdin>', async () => {
    const result = await lintPaths(['-'], { cwd: root });
    expect(result.errors.map((e) => `${e.file}: ${e.message}`)).toEqual(['<stdin>: cannot read standard input: standard input is not available']);
  });

  it('is read once even when - is given twice, and a read failure is an error without a stack trace', async () => {
    let reads = 0;
    const ok = await lintPaths(['-', '-'], { cwd: root, readStdin: async () => (reads++, Buffer.from(CLEAN_PLAN)) });
    expect([reads, ok.files, ok.errors]).toEqual([1, ['<stdin>'], []]);

    const { io, out } = capture(root, {
      stdin: async () => {
        throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
      },
    });
    expect(await main(['-'], io)).toBe(2);
    expect(out.stderr).toBe('<stdin>: cannot read standard input: EIO: i/o error, read\n');
  });

  it('decodes UTF-16 with a byte order mark, as PowerShell pipes it', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CLEAN_PLAN, 'utf16le')]);
    const result = await lintPaths(['-'], { cwd: root, readStdin: async () => bytes });
    expect([result.files, result.errors]).toEqual([['<stdin>'], []]);
  });
});
