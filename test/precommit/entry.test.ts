/**
 * The hook's entry, hooks/pre-commit.mjs, run directly in a git repository (no pre-commit client):
 * it lints the index's copies of the files, so staged content is what counts, and modules that
 * `terraform init` installed in the git-ignored `.terraform/` are still read (and left in place).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/repo.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'vpclint-hook-entry-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const env = { PATH: process.env.PATH, HOME: root, GIT_CONFIG_NOSYSTEM: '1', NO_COLOR: '1' };

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

function hook(cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'hooks/pre-commit.mjs')], { cwd, env, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sg = (cidr: string) =>
  `resource "aws_security_group" "admin" {\n  vpc_id = "vpc-0123"\n\n  ingress {\n    protocol    = "tcp"\n    from_port   = 22\n    to_port     = 22\n    cidr_blocks = ["${cidr}"]\n  }\n}\n`;

describe('hooks/pre-commit.mjs', () => {
  it('lints the staged content, not the work tree, and ignores untracked files', () => {
    const dir = path.join(root, 'staged');
    git(root, 'init', '-q', dir);
    write(dir, 'sg.tf', sg('0.0.0.0/0'));
    git(dir, 'add', 'sg.tf');
    write(dir, 'sg.tf', sg('10.0.0.0/8')); // fixed in the work tree only: the commit still has 0.0.0.0/0
    write(dir, 'scratch.plan.json', '{ "format_version": "1.2", '); // untracked and broken
    const r = hook(dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^sg\.tf:8 {2}error {2}NET401 {2}aws_security_group\.admin\.ingress\[0\] admits tcp port 22 from 0\.0\.0\.0\/0/m);
    expect(r.status).toBe(1);
    git(dir, 'add', 'sg.tf');
    const fixed = hook(dir);
    expect(fixed.stdout).toBe('✔ no problems in 1 file\n');
    expect(fixed.status).toBe(0);
  });

  it('reads modules terraform init installed in the git-ignored .terraform/, and leaves them in place', () => {
    const dir = path.join(root, 'installed');
    git(root, 'init', '-q', dir);
    write(dir, '.gitignore', '.terraform/\n');
    write(dir, 'env/main.tf', 'module "sg" {\n  source  = "acme/sg/aws"\n  version = "1.0.0"\n}\n');
    write(dir, 'env/.terraform/modules/modules.json', JSON.stringify({ Modules: [{ Key: '', Source: '', Dir: '.' }, { Key: 'sg', Source: 'registry.terraform.io/acme/sg/aws', Dir: '.terraform/modules/sg' }] }));
    write(dir, 'env/.terraform/modules/sg/main.tf', sg('0.0.0.0/0'));
    git(dir, 'add', '-A');
    const r = hook(dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^env\/\.terraform\/modules\/sg\/main\.tf:8 {2}error {2}NET401 {2}module\.sg\.aws_security_group\.admin\.ingress\[0\] admits tcp port 22/m);
    expect(r.status).toBe(1);
    expect(existsSync(path.join(dir, 'env/.terraform/modules/sg/main.tf'))).toBe(true);
  });

  it('never lints the index\'s copy of a tracked .terraform/: installed modules are read as the work tree has them', () => {
    const dir = path.join(root, 'tracked-terraform');
    git(root, 'init', '-q', dir);
    write(dir, 'env/main.tf', 'module "sg" {\n  source  = "acme/sg/aws"\n  version = "1.0.0"\n}\n');
    write(dir, 'env/.terraform/modules/modules.json', JSON.stringify({ Modules: [{ Key: '', Source: '', Dir: '.' }, { Key: 'sg', Source: 'registry.terraform.io/acme/sg/aws', Dir: '.terraform/modules/sg' }] }));
    // Committed by mistake with an old module version; `terraform init -upgrade` has since replaced it.
    write(dir, 'env/.terraform/modules/sg/main.tf', sg('0.0.0.0/0'));
    write(dir, 'env/.terraform/broken.tf', 'resource "x" {\n');
    git(dir, 'add', '-A');
    write(dir, 'env/.terraform/modules/sg/main.tf', sg('10.0.0.0/8'));
    expect(hook(dir)).toEqual({ status: 0, stdout: '✔ no problems in 2 files\n', stderr: '' });
  });
});
