/**
 * Files, directories and output paths a hostile pull request or a slip of the keyboard can hand
 * vpclint: FIFOs and devices (read only regular files), output directories that cannot be made
 * (an error, never a hang), outputs that would overwrite an input, unreadable subdirectories (the
 * rest is still linted) and directory names with a newline or a backslash.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli.js';
import { lintPaths } from '../../src/run.js';
import { buildCliBundle, runAsUser } from '../helpers/cli-bundle.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'vpclint-files-'));
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function capture(cwd: string) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), cwd, env: {}, isTTY: false };
  return { io, out };
}

const CLEAN_PLAN = JSON.stringify({
  format_version: '1.2',
  resource_changes: [
    { address: 'aws_vpc.a', mode: 'managed', type: 'aws_vpc', name: 'a', change: { actions: ['create'], before: null, after: { cidr_block: '10.0.0.0/16' }, after_unknown: { id: true } } },
  ],
});
const HOST_BITS_PLAN = CLEAN_PLAN.replace('10.0.0.0/16', '10.0.0.1/16');

/** The files linted and the errors of a --format json report. */
function linted(stdout: string) {
  const report = JSON.parse(stdout) as { findings: { id: string; location: { file: string } }[]; errors: unknown[] };
  return { findings: report.findings.map((f) => `${f.id} ${f.location.file}`), errors: report.errors };
}

/** A directory with a clean plan.json, for a test of its own. */
function workdir(name: string): string {
  const cwd = mkdtempSync(path.join(root, `${name}-`));
  chmodSync(cwd, 0o755);
  writeFileSync(path.join(cwd, 'plan.json'), CLEAN_PLAN);
  return cwd;
}

/** Makes a FIFO, or says why it cannot (then the test is skipped with that reason). */
function mkfifo(file: string): string | undefined {
  if (process.platform === 'win32') return 'Windows has no FIFOs';
  const r = spawnSync('mkfifo', [file], { encoding: 'utf8' });
  if (r.error !== undefined) return `mkfifo is not available (${r.error.message})`;
  if (r.status !== 0) return `mkfifo failed: ${r.stderr.trim()}`;
  return undefined;
}

describe('only regular files are read', () => {
  it('a FIFO named on the command line is refused without blocking; the other files are still linted', async (ctx) => {
    const cwd = workdir('fifo');
    const why = mkfifo(path.join(cwd, 'pipe.json'));
    if (why !== undefined) return ctx.skip(why);
    const { io, out } = capture(cwd);
    writeFileSync(path.join(cwd, 'plan.json'), HOST_BITS_PLAN);
    expect(await main(['--format', 'json', 'pipe.json', 'plan.json'], io)).toBe(2);
    expect(out.stderr).toBe('pipe.json: not a regular file (a FIFO)\n');
    expect(linted(out.stdout)).toEqual({ findings: ['NET001 plan.json'], errors: [{ file: 'pipe.json', message: 'not a regular file (a FIFO)' }] });
  });

  it('a device (/dev/zero, which never ends), named or through a symbolic link, is refused', async (ctx) => {
    if (!existsSync('/dev/zero')) return ctx.skip('no /dev/zero on this system');
    const cwd = workdir('device');
    symlinkSync('/dev/zero', path.join(cwd, 'zero.json'));
    const { io, out } = capture(cwd);
    writeFileSync(path.join(cwd, 'plan.json'), HOST_BITS_PLAN);
    expect(await main(['--format', 'json', '/dev/zero', 'zero.json', 'plan.json'], io)).toBe(2);
    expect(out.stderr).toBe('/dev/zero: not a regular file (a character device)\nzero.json: not a regular file (a character device)\n');
    expect(linted(out.stdout)).toEqual({
      findings: ['NET001 plan.json'],
      errors: [
        { file: '/dev/zero', message: 'not a regular file (a character device)' },
        { file: 'zero.json', message: 'not a regular file (a character device)' },
      ],
    });
  });

  it('a socket named on the command line is refused', async (ctx) => {
    if (process.platform === 'win32') return ctx.skip('Windows has no Unix sockets in the file system');
    const cwd = workdir('socket');
    const server = net.createServer();
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(path.join(cwd, 'plan.sock'), resolve));
    try {
      const { io, out } = capture(cwd);
      expect(await main(['--format', 'json', 'plan.sock', 'plan.json'], io)).toBe(2);
      expect(out.stderr).toBe('plan.sock: not a regular file (a socket)\n');
    } finally {
      server.close();
    }
  });

  it('--var-file and --parameters naming a FIFO are refused without blocking (exit 2)', async (ctx) => {
    const cwd = workdir('fifo-values');
    const why = mkfifo(path.join(cwd, 'prod.tfvars')) ?? mkfifo(path.join(cwd, 'params.json'));
    if (why !== undefined) return ctx.skip(why);
    writeFileSync(path.join(cwd, 'main.tf'), 'resource "aws_vpc" "a" {\n  cidr_block = "10.0.0.0/16"\n}\n');
    const vars = capture(cwd);
    expect(await main(['--format', 'json', '--var-file', 'prod.tfvars', 'main.tf'], vars.io)).toBe(2);
    expect(vars.out.stderr).toBe('prod.tfvars: cannot read this --var-file: not a regular file (a FIFO)\n');
    const params = capture(cwd);
    expect(await main(['--parameters', 'params.json', 'plan.json'], params.io)).toBe(2);
    expect(params.out.stderr).toBe('params.json: cannot read the --parameters file: not a regular file (a FIFO)\n');
  });

  it('a .terraform/modules/modules.json linked to /dev/zero (a hostile pull request) is reported, not read forever', async (ctx) => {
    if (!existsSync('/dev/zero')) return ctx.skip('no /dev/zero on this system');
    const cwd = workdir('modules-zero');
    writeFileSync(path.join(cwd, 'main.tf'), 'module "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}\n');
    mkdirSync(path.join(cwd, '.terraform', 'modules'), { recursive: true });
    symlinkSync('/dev/zero', path.join(cwd, '.terraform', 'modules', 'modules.json'));
    const { io, out } = capture(cwd);
    expect(await main(['--format', 'json', 'main.tf'], io)).toBe(2);
    expect(out.stderr.split('\n')[0]).toBe(
      'main.tf:1:1: module.vpc: the module "terraform-aws-modules/vpc/aws" is not installed (.terraform/modules/modules.json cannot be read (not a regular file (a character device))), so it is not linted and its outputs are unknown',
    );
  });

  it('a device reached by searching a directory is skipped like any file that is not an input', async (ctx) => {
    if (!existsSync('/dev/zero')) return ctx.skip('no /dev/zero on this system');
    const cwd = workdir('device-search');
    symlinkSync('/dev/zero', path.join(cwd, 'zero.json'));
    const result = await lintPaths(['.'], { cwd });
    expect([result.files, result.errors]).toEqual([['plan.json'], []]);
  });

  it('--baseline FIFO is refused without blocking (exit 2)', async (ctx) => {
    const cwd = workdir('fifo-baseline');
    const why = mkfifo(path.join(cwd, 'baseline.json'));
    if (why !== undefined) return ctx.skip(why);
    const { io, out } = capture(cwd);
    expect(await main(['--baseline', 'baseline.json', 'plan.json'], io)).toBe(2);
    expect(out.stderr).toBe('baseline.json: cannot read the baseline: not a regular file (a FIFO)\n  write one with vpclint --write-baseline FILE\n');
    expect(out.stdout).toBe('');
  });

  it('--config FIFO is refused without blocking (exit 2)', async (ctx) => {
    const cwd = workdir('fifo-config');
    const why = mkfifo(path.join(cwd, 'vpclint.yml'));
    if (why !== undefined) return ctx.skip(why);
    const { io, out } = capture(cwd);
    expect(await main(['--config', 'vpclint.yml', 'plan.json'], io)).toBe(2);
    expect(out.stderr).toBe('vpclint.yml: cannot read the configuration file: not a regular file (a FIFO)\n');
    expect(out.stdout).toBe('');
  });
});

describe('output files', () => {
  it('a directory that cannot be created is an error naming it (exit 2), not a hang; the other outputs are still written', async (ctx) => {
    if (!existsSync('/proc/self')) return ctx.skip('no /proc on this system (where mkdir fails with ENOENT under an existing parent)');
    const cwd = workdir('proc');
    const { io, out } = capture(cwd);
    expect(await main(['--format', 'json=/proc/x/y.json', '--format', 'json', 'plan.json'], io)).toBe(2);
    expect(out.stderr).toBe('/proc/x/y.json: cannot write the json output: cannot create the directory /proc/x: no such file or directory\n');
    expect(linted(out.stdout)).toEqual({ findings: [], errors: [] });
  });

  it('--write-baseline under a directory that cannot be created is an error too', async (ctx) => {
    if (!existsSync('/proc/self')) return ctx.skip('no /proc on this system');
    const cwd = workdir('proc-baseline');
    const { io, out } = capture(cwd);
    expect(await main(['--write-baseline', '/proc/x/baseline.json', 'plan.json'], io)).toBe(2);
    expect(out.stderr).toBe('/proc/x/baseline.json: cannot write the baseline: cannot create the directory /proc/x: no such file or directory\n');
  });

  it('missing directories are created, and one that cannot be is named relative to the working directory', async () => {
    const cwd = workdir('mkdir');
    const made = capture(cwd);
    expect(await main(['--format', 'json=out/a/b/report.json', 'plan.json'], made.io)).toBe(0);
    expect(JSON.parse(readFileSync(path.join(cwd, 'out/a/b/report.json'), 'utf8')).findings).toEqual([]);
    const blocked = capture(cwd);
    expect(await main(['--format', 'json=plan.json/x/report.json', 'plan.json'], blocked.io)).toBe(2);
    expect(blocked.out.stderr).toBe('plan.json/x/report.json: cannot write the json output: a parent of it is a file, not a directory\n');
  });

  it('an output that is one of the inputs is refused and the input left as it was (exit 2)', async () => {
    const cwd = workdir('overwrite');
    writeFileSync(path.join(cwd, 'net.json'), HOST_BITS_PLAN);
    symlinkSync('net.json', path.join(cwd, 'link.json'));
    const { io, out } = capture(cwd);
    expect(await main(['--format', 'json=net.json', '--format', 'sarif=./link.json', '--format', 'markdown=report.md', 'net.json'], io)).toBe(2);
    expect(out.stderr).toBe(
      'net.json: cannot write the json output: it is one of the inputs of this run, which it would overwrite\n' +
        './link.json: cannot write the sarif output: it is one of the inputs of this run, which it would overwrite\n',
    );
    expect(readFileSync(path.join(cwd, 'net.json'), 'utf8')).toBe(HOST_BITS_PLAN);
    expect(readFileSync(path.join(cwd, 'report.md'), 'utf8')).toMatch(/NET001/);
  });

  it('the configuration and the baseline are inputs too; a file the search skipped is not', async () => {
    const cwd = workdir('overwrite-config');
    writeFileSync(path.join(cwd, '.vpclint.yml'), 'rules: {}\n');
    writeFileSync(path.join(cwd, '.git'), 'gitdir: elsewhere\n');
    writeFileSync(path.join(cwd, 'baseline.json'), '{"version": 1, "findings": []}\n');
    writeFileSync(path.join(cwd, 'report.json'), '{"old": true}\n');
    const { io, out } = capture(cwd);
    expect(await main(['--baseline', 'baseline.json', '--format', 'json=.vpclint.yml', '--format', 'json=baseline.json', '--format', 'json=report.json', '.'], io)).toBe(2);
    expect(out.stderr).toBe(
      '.vpclint.yml: cannot write the json output: it is one of the inputs of this run, which it would overwrite\n' +
        'baseline.json: cannot write the json output: it is one of the inputs of this run, which it would overwrite\n',
    );
    expect(readFileSync(path.join(cwd, '.vpclint.yml'), 'utf8')).toBe('rules: {}\n');
    expect(JSON.parse(readFileSync(path.join(cwd, 'report.json'), 'utf8')).version).toBe(1);
  });

  it('--write-baseline may rewrite the baseline it read, and no other input', async () => {
    const cwd = workdir('rewrite-baseline');
    writeFileSync(path.join(cwd, 'baseline.json'), '{"version": 1, "findings": []}\n');
    const { io, out } = capture(cwd);
    expect(await main(['--baseline', 'baseline.json', '--write-baseline', 'baseline.json', 'plan.json'], io)).toBe(0);
    expect(out.stderr).toBe('vpclint: wrote the baseline baseline.json (0 findings)\n');
    const refused = capture(cwd);
    expect(await main(['--baseline', 'baseline.json', '--write-baseline', 'plan.json', 'plan.json'], refused.io)).toBe(2);
    expect(refused.out.stderr).toBe('plan.json: cannot write the baseline: it is one of the inputs of this run, which it would overwrite\n');
    expect(readFileSync(path.join(cwd, 'plan.json'), 'utf8')).toBe(CLEAN_PLAN);
  });
});

describe('directory search', () => {
  it('finds inputs in directories whose names hold a newline or a backslash', async (ctx) => {
    if (process.platform === 'win32') return ctx.skip('Windows forbids these names');
    const cwd = workdir('names');
    for (const dir of ['new\nline', 'back\\slash', 'star*[x]{a,b}']) {
      mkdirSync(path.join(cwd, 'net', dir), { recursive: true });
      writeFileSync(path.join(cwd, 'net', dir, 'plan.json'), CLEAN_PLAN);
    }
    writeFileSync(path.join(cwd, 'net', 'a\nb.json'), CLEAN_PLAN);
    const result = await lintPaths(['net'], { cwd });
    expect([result.files, result.errors]).toEqual([['net/a\nb.json', 'net/back\\slash/plan.json', 'net/new\nline/plan.json', 'net/star*[x]{a,b}/plan.json'], []]);
  });

  it('a symbolic link back up the tree is searched once', async () => {
    const cwd = workdir('loop');
    mkdirSync(path.join(cwd, 'net'));
    writeFileSync(path.join(cwd, 'net', 'main.json'), CLEAN_PLAN);
    symlinkSync('..', path.join(cwd, 'net', 'up'));
    const result = await lintPaths(['.'], { cwd });
    expect([result.files, result.errors]).toEqual([['net/main.json', 'plan.json'], []]);
  });

  it('a directory reached through a link and by its own path is read once, under its own path', async () => {
    const cwd = workdir('alias');
    mkdirSync(path.join(cwd, 'envs', 'prod-2024'), { recursive: true });
    writeFileSync(path.join(cwd, 'envs', 'prod-2024', 'vpc.json'), HOST_BITS_PLAN);
    symlinkSync('prod-2024', path.join(cwd, 'envs', 'prod'));
    mkdirSync(path.join(cwd, 'shared'));
    writeFileSync(path.join(cwd, 'shared', 'peer.json'), CLEAN_PLAN);
    symlinkSync('../shared', path.join(cwd, 'envs', 'shared'));
    const result = await lintPaths(['envs'], { cwd });
    expect([result.files, result.errors]).toEqual([['envs/prod-2024/vpc.json', 'envs/shared/peer.json'], []]);
    expect(result.findings.map((f) => `${f.ruleId} ${f.location.file}`)).toEqual(['NET001 envs/prod-2024/vpc.json']);
  });
});

describe('an unreadable subdirectory', () => {
  // Root reads a chmod 000 directory, so the CLI runs in a child process, as nobody when the tests run as root.
  let bundle: string;
  beforeAll(async () => {
    bundle = await buildCliBundle(mkdtempSync(path.join(root, 'bundle-')));
  });

  it('is reported by name, exit 2, and everything else is linted', async (ctx) => {
    if (process.platform === 'win32') return ctx.skip('chmod does not deny reads on Windows');
    const cwd = workdir('unreadable');
    for (const dir of ['net/locked', 'net/ok', 'net/locked2']) mkdirSync(path.join(cwd, dir), { recursive: true });
    writeFileSync(path.join(cwd, 'net/ok/plan.json'), HOST_BITS_PLAN);
    writeFileSync(path.join(cwd, 'net/locked/plan.json'), CLEAN_PLAN);
    chmodSync(path.join(cwd, 'net/locked'), 0o000);
    chmodSync(path.join(cwd, 'net/locked2'), 0o000);
    const r = runAsUser(bundle, ['--format', 'json', 'net', 'plan.json'], cwd);
    chmodSync(path.join(cwd, 'net/locked'), 0o755);
    chmodSync(path.join(cwd, 'net/locked2'), 0o755);
    if (r.error !== undefined) return ctx.skip(`cannot run the CLI as another user: ${r.error.message}`);
    expect(r.stderr).toBe('net/locked: cannot search this directory: permission denied\nnet/locked2: cannot search this directory: permission denied\n');
    expect(r.status).toBe(2);
    expect(linted(r.stdout)).toEqual({
      findings: ['NET001 net/ok/plan.json'],
      errors: [
        { file: 'net/locked', message: 'cannot search this directory: permission denied' },
        { file: 'net/locked2', message: 'cannot search this directory: permission denied' },
      ],
    });
  });
});
