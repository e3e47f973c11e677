/**
 * dist/cli.js is committed (it is the package's bin and what the GitHub Action runs, and npm runs
 * no build on install), so it must always be the bundle of the current sources.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { cliBuildOptions, repoRoot } from '../scripts/build-options.js';
import { TOOL_VERSION } from '../src/engine/define-rule.js';

const distCli = path.join(repoRoot, 'dist', 'cli.js');

describe('dist/cli.js', () => {
  it('is byte for byte the bundle that npm run build makes from the current sources', async () => {
    const result = await build({ ...cliBuildOptions, write: false, logLevel: 'silent' });
    expect(result.outputFiles.map((f) => path.relative(repoRoot, f.path))).toEqual([path.join('dist', 'cli.js')]);
    const fresh = Buffer.from(result.outputFiles[0]!.contents);
    const committed = readFileSync(distCli);
    if (!fresh.equals(committed)) expect.fail('dist/cli.js is stale: run npm run build');
  });

  it('is one executable file with a node shebang', () => {
    expect(readFileSync(distCli, 'utf8').split('\n', 1)[0]).toBe('#!/usr/bin/env node');
    expect(statSync(distCli).mode & 0o755).toBe(0o755);
  });

  it('prints the version when run with node', () => {
    const run = spawnSync(process.execPath, [distCli, '--version'], { encoding: 'utf8' });
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
      status: 0,
      stdout: `${TOOL_VERSION}\n`,
      stderr: '',
    });
    expect(TOOL_VERSION).toBe(JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version);
  });
});
