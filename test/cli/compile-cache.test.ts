/**
 * The bin's code cache (src/compile-cache.ts), through the committed bin: `node dist/cli.js` with
 * TMPDIR pointed at a directory of the test's own, so what the cache writes, reads and refuses is
 * seen in the files. A cache V8 accepts is not written again; one it rejects is.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TOOL_VERSION } from '../../src/engine/define-rule.js';
import { repoRoot } from '../helpers/repo.js';

const bin = path.join(repoRoot, 'dist', 'cli.js');
const uid = process.getuid?.();
let tmp: string;

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'vpclint-cc-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the bin with the temporary directory at `tmp`; it must print the version or a report. */
function run(args: string[] = ['--version'], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, TMPDIR: tmp, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const version = { status: 0, stdout: `${TOOL_VERSION}\n`, stderr: '' };
const cacheDir = (): string => path.join(tmp, `vpclint-compile-cache-${uid}`);
const cacheFiles = (): string[] => readdirSync(cacheDir()).sort();

describe.skipIf(uid === undefined)('the code cache of dist/cli.js (not on Windows: it needs a user id to check ownership)', () => {
  it('is written on the first run, to a directory and file only the user can read, and used as is by the next', () => {
    expect(run()).toEqual(version);
    expect(lstatSync(cacheDir()).mode & 0o777).toBe(0o700);
    const files = cacheFiles();
    expect(files).toEqual([expect.stringMatching(/^cli-main-[0-9a-f]{32}\.bin$/)]);
    const file = path.join(cacheDir(), files[0]!);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const first = readFileSync(file);
    expect(first.length).toBeGreaterThan(10_000);
    // Accepted: not written again (a run that compiles more would rewrite a rejected cache).
    expect(run(['--format', 'json', 'examples/clean-peering/plan.json'])).toMatchObject({ status: 0, stderr: '' });
    expect(readFileSync(file).equals(first)).toBe(true);
    expect(cacheFiles()).toEqual(files);
  });

  it('caches the library files the CLI loads beside it (yaml for a CloudFormation template)', () => {
    const r = run(['--format', 'json', 'fixtures/open-ingress/positive-rule-resource-rdp.cfn.yaml']);
    expect(r.status).toBe(1);
    expect(cacheFiles().map((f) => f.replace(/-[0-9a-f]{32}\.bin$/, ''))).toEqual(['cli-main', 'cli-yaml']);
    // The same findings as without the cache.
    expect(run(['--format', 'json', 'fixtures/open-ingress/positive-rule-resource-rdp.cfn.yaml'])).toEqual(r);
    expect(run(['--format', 'json', 'fixtures/open-ingress/positive-rule-resource-rdp.cfn.yaml'], { VPCLINT_NO_COMPILE_CACHE: '1' })).toEqual(r);
  });

  it('ignores a cache V8 rejects and writes it again', () => {
    expect(run()).toEqual(version);
    const [name] = cacheFiles();
    const file = path.join(cacheDir(), name!);
    const garbage = Buffer.alloc(4096, 7);
    writeFileSync(file, garbage);
    expect(run()).toEqual(version);
    const rewritten = readFileSync(file);
    expect(rewritten.equals(garbage)).toBe(false);
    expect(rewritten.length).toBeGreaterThan(10_000);
  });

  it('keeps the cache files of the last four builds of a bundle when it writes one, and every other file', () => {
    mkdirSync(cacheDir(), { mode: 0o700 });
    // Four older builds of the CLI, the oldest written first; another bundle's file; a file of no bundle.
    const builds = ['1', '2', '3', '4'].map((d) => `cli-main-${d.repeat(32)}.bin`);
    builds.forEach((name, i) => {
      writeFileSync(path.join(cacheDir(), name), 'x');
      utimesSync(path.join(cacheDir(), name), 1_000_000 + i, 1_000_000 + i);
    });
    const other = `cli-yaml-${'0'.repeat(32)}.bin`;
    writeFileSync(path.join(cacheDir(), other), 'x');
    writeFileSync(path.join(cacheDir(), 'notes.txt'), 'x');
    expect(run()).toEqual(version);
    const written = cacheFiles().filter((f) => /^cli-main-[0-9a-f]{32}\.bin$/.test(f) && !builds.includes(f));
    expect(written).toHaveLength(1);
    // The oldest build's file is gone; the three written last, and the rest, stay.
    expect(cacheFiles()).toEqual([...builds.slice(1), written[0]!, other, 'notes.txt'].sort());
  });

  it('is not used for a bundle changed in place to a text of the same length', () => {
    // A copy of the bin and the CLI, run once; then a patch release's edit: the version, same length.
    const dir = path.join(tmp, 'dist');
    mkdirSync(dir);
    for (const f of ['cli.js', 'cli-main.js', 'package.json']) writeFileSync(path.join(dir, f), readFileSync(path.join(repoRoot, 'dist', f)));
    const runCopy = () => spawnSync(process.execPath, [path.join(dir, 'cli.js'), '--version'], { cwd: repoRoot, encoding: 'utf8', env: { PATH: process.env.PATH, TMPDIR: tmp } });
    expect(runCopy().stdout).toBe(`${TOOL_VERSION}\n`);
    const main = path.join(dir, 'cli-main.js');
    const text = readFileSync(main, 'utf8');
    const declared = `var TOOL_VERSION = ${JSON.stringify(TOOL_VERSION)};`;
    expect(text).toContain(declared);
    const edited = `${TOOL_VERSION.slice(0, -1)}${TOOL_VERSION.endsWith('9') ? '8' : '9'}`;
    writeFileSync(main, text.replace(declared, `var TOOL_VERSION = ${JSON.stringify(edited)};`));
    expect(readFileSync(main).length).toBe(Buffer.byteLength(text));
    // V8 checks only the length: a cache keyed by it alone would run the old text's code here.
    expect(runCopy()).toMatchObject({ status: 0, stdout: `${edited}\n`, stderr: '' });
    expect(cacheFiles()).toHaveLength(2);
  });

  it('is not used, and nothing is written, when its directory is open to others', () => {
    mkdirSync(cacheDir());
    chmodSync(cacheDir(), 0o777);
    expect(run()).toEqual(version);
    expect(cacheFiles()).toEqual([]);
  });

  it('is not used when its directory is a link, even to a directory of the user', () => {
    const target = path.join(tmp, 'elsewhere');
    mkdirSync(target, { mode: 0o700 });
    symlinkSync(target, cacheDir());
    expect(run()).toEqual(version);
    expect(readdirSync(target)).toEqual([]);
  });

  it.skipIf(uid !== 0)('is not used when its directory belongs to another user (this test needs root, to give it away)', () => {
    mkdirSync(cacheDir(), { mode: 0o700 });
    chownSync(cacheDir(), 12345, 12345);
    expect(run()).toEqual(version);
    expect(cacheFiles()).toEqual([]);
  });

  it('is off with VPCLINT_NO_COMPILE_CACHE=1 or NODE_DISABLE_COMPILE_CACHE=1', () => {
    expect(run(['--version'], { VPCLINT_NO_COMPILE_CACHE: '1' })).toEqual(version);
    expect(run(['--version'], { NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual(version);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('does not stop the CLI when the temporary directory cannot be written', () => {
    rmSync(tmp, { recursive: true });
    writeFileSync(tmp, 'a file, not a directory');
    expect(run()).toEqual(version);
  });
});

describe('the bin without the CLI bundle beside it (a broken installation)', () => {
  it('says which file is missing in one line and exits 2, with the stack trace only under --debug', () => {
    const dir = path.join(tmp, 'dist');
    mkdirSync(dir);
    for (const f of ['cli.js', 'package.json']) writeFileSync(path.join(dir, f), readFileSync(path.join(repoRoot, 'dist', f)));
    const runAlone = (args: string[]) => spawnSync(process.execPath, [path.join(dir, 'cli.js'), ...args], { cwd: repoRoot, encoding: 'utf8', env: { PATH: process.env.PATH, TMPDIR: tmp } });
    const plain = runAlone(['examples/']);
    expect({ status: plain.status, stdout: plain.stdout, stderr: plain.stderr }).toEqual({
      status: 2,
      stdout: '',
      stderr: `vpclint: cannot start: ${path.join(dir, 'cli-main.js')} is missing; the installation is incomplete, reinstall vpclint\n`,
    });
    const debug = runAlone(['--debug', 'examples/']);
    expect(debug.status).toBe(2);
    expect(debug.stderr.split('\n')[0]).toBe(plain.stderr.trimEnd());
    expect(debug.stderr).toMatch(/\n\s+at .*\n/);
  });
});
