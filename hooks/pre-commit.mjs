#!/usr/bin/env node
// vpclint's pre-commit entry (.pre-commit-hooks.yaml). It lints the network as the commit being
// made will have it: the files in git's index (tracked, with staged changes; a file the commit
// deletes is gone), and nothing that git ignores or does not track (a local plan.json, an
// untracked scratch template). pre-commit runs it on every commit (always_run), because a commit
// that only deletes a file (the one with the routes back) passes pre-commit no file names at all.
//
// How: the index's copies of the files vpclint could read are written into a temporary directory
// (`git checkout-index --prefix`), and the bundled CLI (dist/cli.js) lints that directory with the
// hook's arguments, so messages name the same relative paths. Modules `terraform init` installed
// (`.terraform/`, usually git-ignored) are linked in from the work tree, so they are still read.
// Plain Node.js, no dependencies: pre-commit installs nothing for a `language: script` hook.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');

/**
 * What vpclint could read: inputs (`.tofu` is OpenTofu's `.tf`; `.tf.json`, `.tofu.json` and
 * `.tfvars.json` are `.json`), variable and parameter files, its configuration and baseline. Not
 * what is under a `.terraform/` directory: that is what `terraform init` (or `tofu init`) put in
 * the work tree, not part of the commit even when it is tracked, and the installed modules in it
 * are linked in from the work tree below. .pre-commit-hooks.yaml's `files` and `exclude` say the same.
 */
const PATHSPECS = [
  ...['*.tf', '*.tofu', '*.json', '*.tfvars', '*.tfvars.json', '*.yaml', '*.yml', '*.template'].map((p) => `:(icase)${p}`),
  ':(exclude,icase,glob)**/.terraform/**',
];

function git(args, input) {
  const r = spawnSync('git', args, { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error !== undefined || r.status !== 0) {
    process.stderr.write(`vpclint: git ${args[0]} failed: ${r.error?.message ?? r.stderr.trim()}\n`);
    process.exit(2);
  }
  return r.stdout;
}

const files = git(['ls-files', '-z', '--cached', '--', ...PATHSPECS]).split('\0').filter((f) => f !== '');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'vpclint-pre-commit-'));
let code = 2;
try {
  if (files.length > 0) git(['checkout-index', '-z', '--stdin', `--prefix=${tmp}${path.sep}`], `${files.join('\0')}\0`);
  // Installed modules of each directory with Terraform files: from the work tree, as `terraform init` left them.
  const dirs = new Set(files.filter((f) => /\.(tf|tofu)(\.json)?$/i.test(f)).map((f) => path.posix.dirname(f)));
  for (const dir of dirs) {
    const installed = path.join(dir, '.terraform');
    if (existsSync(installed) && !existsSync(path.join(tmp, installed))) symlinkSync(path.resolve(installed), path.join(tmp, installed), 'junction');
  }
  const r = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { cwd: tmp, stdio: 'inherit' });
  code = r.status ?? 2;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
