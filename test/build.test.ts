/**
 * dist/cli.js and dist/action.js are committed (the package's bin, and the GitHub Action's main:
 * npm runs no build on install, and an Action cannot install dependencies), so they must always
 * be the bundles of the current sources. Both are CommonJS (dist/package.json). The bin starts the
 * CLI bundle, dist/cli-main.js, which loads yaml, ajv, the HCL parser and the configuration schema's
 * compiled validator from files of their own beside it (dist/cli-*.js).
 */
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { build, type OutputFile } from 'esbuild';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CLI_FILE_PREFIX, DIST_PACKAGE_JSON, actionBuildOptions, bundles, cliBuildOptions, cliLibraries, cliLibraryBuildOptions, cliMainBuildOptions, hclWasm, repoRoot } from '../scripts/build-options.js';
import { TOOL_VERSION } from '../src/engine/define-rule.js';

const distCli = path.join(repoRoot, 'dist', 'cli.js');
const distCliMain = path.join(repoRoot, 'dist', 'cli-main.js');

/** The files beside dist/cli.js that it loads, committed in dist/ (dist/cli-*.js): the CLI and its libraries. */
function committedChunks(): string[] {
  return readdirSync(path.join(repoRoot, 'dist'))
    .filter((f) => f.startsWith(CLI_FILE_PREFIX) && f.endsWith('.js'))
    .map((f) => path.join('dist', f))
    .sort();
}

describe('dist/cli.js', () => {
  it('and the CLI and library files it loads are byte for byte what npm run build makes from the current sources, and dist/ holds no other', async () => {
    const fresh: OutputFile[] = [];
    for (const options of [cliBuildOptions, cliMainBuildOptions, ...cliLibraryBuildOptions]) {
      const result = await build({ ...options, write: false, logLevel: 'silent' });
      expect(result.outputFiles.map((f) => path.relative(repoRoot, f.path))).toEqual([options.outfile]);
      fresh.push(...result.outputFiles);
    }
    const libraries = [cliMainBuildOptions.outfile, ...cliLibraries.map((l) => l.file)].sort();
    for (const l of libraries) expect(path.basename(l).startsWith(CLI_FILE_PREFIX), l).toBe(true);
    if (JSON.stringify(committedChunks()) !== JSON.stringify(libraries)) {
      expect.fail(`dist/ has library files ${committedChunks().join(', ')} but the build makes ${libraries.join(', ')}: run npm run build`);
    }
    for (const f of fresh) {
      const file = path.relative(repoRoot, f.path);
      if (!Buffer.from(f.contents).equals(readFileSync(path.join(repoRoot, file)))) expect.fail(`${file} is stale: run npm run build`);
    }
  });

  it('is CommonJS, as dist/package.json says, in strict mode', () => {
    expect(readFileSync(path.join(repoRoot, DIST_PACKAGE_JSON.file), 'utf8')).toBe(DIST_PACKAGE_JSON.text);
    expect(JSON.parse(DIST_PACKAGE_JSON.text)).toEqual({ type: 'commonjs' });
    for (const file of ['dist/cli.js', ...committedChunks(), 'dist/action.js']) {
      const lines = readFileSync(path.join(repoRoot, file), 'utf8').split('\n');
      const first = lines[0] === '#!/usr/bin/env node' ? lines[1] : lines[0];
      expect(first, file).toBe("'use strict';");
    }
  });

  it('splits off the libraries only some runs need: yaml, ajv and the HCL parser are in files of their own, not in the CLI bundle', () => {
    const main = readFileSync(distCliMain, 'utf8');
    const chunks = committedChunks()
      .filter((f) => f !== path.relative(repoRoot, distCliMain))
      .map((f) => readFileSync(path.join(repoRoot, f), 'utf8'));
    // Each library's path comment.
    for (const marker of ['node_modules/yaml/', 'node_modules/ajv/', 'node_modules/@cdktf/hcl2json/']) {
      expect(main.includes(marker), marker).toBe(false);
      expect(chunks.some((c) => c.includes(marker)), marker).toBe(true);
    }
  });

  it('has one Go runtime shim for the HCL parser, loaded before the parser, so that the CLI wraps its timers', () => {
    // hcl2json.ts wraps the global Go the shim defines (quietTimers) between loading the shim and
    // loading the parser. Were the shim also bundled into the parser's file, the parser would
    // define and start a Go of its own, whose timers keep the process alive after the output.
    const read = (f: string): string => readFileSync(path.join(repoRoot, 'dist', f), 'utf8');
    const defines = /globalThis\.Go = class/g;
    expect(read('cli-hcl2json-runtime.js').match(defines)?.length).toBe(1);
    expect(read('cli-hcl2json.js').match(defines)).toBeNull();
    expect(read('cli-hcl2json.js')).toContain('require("./cli-hcl2json-runtime.js")');
    const main = read('cli-main.js');
    // Loaded with require, not import(), which would scan each file's text for export names first.
    expect(main).not.toMatch(/\bimport\("\.\/cli-/);
    const runtime = main.indexOf('require("./cli-hcl2json-runtime.js")');
    const parser = main.indexOf('require("./cli-hcl2json.js")');
    expect(runtime).toBeGreaterThan(-1);
    expect(parser).toBeGreaterThan(runtime);
  });

  it('is an executable file with a node shebang', () => {
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

const distAction = path.join(repoRoot, 'dist', 'action.js');

describe('dist/action.js', () => {
  it('is byte for byte the bundle that npm run build makes from the current sources', async () => {
    const result = await build({ ...actionBuildOptions, write: false, logLevel: 'silent' });
    expect(result.outputFiles.map((f) => path.relative(repoRoot, f.path))).toEqual([path.join('dist', 'action.js')]);
    const fresh = Buffer.from(result.outputFiles[0]!.contents);
    const committed = readFileSync(distAction);
    if (!fresh.equals(committed)) expect.fail('dist/action.js is stale: run npm run build');
  });

  it('is what action.yml runs, on node24', () => {
    const action = parseYaml(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as { runs: unknown };
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    expect(bundles).toEqual([cliBuildOptions, cliMainBuildOptions, ...cliLibraryBuildOptions, actionBuildOptions]);
  });

  it.each(['dist/cli.js', 'dist/action.js'])('%s (and its library files) import and require nothing but Node.js built-ins', (file) => {
    const files = file === 'dist/cli.js' ? [file, ...committedChunks()] : [file];
    const text = files.map((f) => readFileSync(path.join(repoRoot, f), 'utf8')).join('\n');
    const specifiers = new Set<string>();
    for (const m of text.matchAll(/^import (?:[^'"]+ from )?["']([^"']+)["'];$/gm)) specifiers.add(m[1]!);
    for (const m of text.matchAll(/\bimport\("([^"]+)"\)/g)) specifiers.add(m[1]!);
    // A require written inside a string or template is code ajv emits only for standalone
    // validators (`equal.code = 'require("ajv/dist/runtime/equal").default'`), never run here.
    for (const m of text.matchAll(/(?<!['"`])\brequire\("([^"]+)"\)/g)) specifiers.add(m[1]!);
    const builtins = new Set(builtinModules);
    // "performance" is required only where globalThis.performance is missing (see build-options.js).
    // The CLI imports its library files by relative path, within dist/.
    const chunk = (s: string): boolean => /^\.\/[^/]+\.js$/.test(s) && existsSync(path.join(repoRoot, 'dist', s));
    const outside = [...specifiers].filter((s) => !builtins.has(s.replace(/^node:/, '')) && s !== 'performance' && !chunk(s));
    expect(outside).toEqual([]);
    expect(specifiers.has('node:fs')).toBe(true);
  });

  it('ships the HCL parser\'s WebAssembly beside the bundles, as the package has it but decompressed', () => {
    const shipped = readFileSync(path.join(repoRoot, hclWasm.to));
    expect(shipped.equals(gunzipSync(readFileSync(path.join(repoRoot, hclWasm.from))))).toBe(true);
    // WebAssembly's magic number: the bundles read it as it is, without gunzip.
    expect([...shipped.subarray(0, 4)]).toEqual([0x00, 0x61, 0x73, 0x6d]);
  });

  it('runs from a copy of dist/ alone, .tf files and a configuration file included (no node_modules, as in the Action and the pre-commit hook)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vpclint-dist-alone-'));
    try {
      const files = ['cli.js', ...committedChunks().map((f) => path.basename(f)), 'action.js', 'package.json', path.basename(hclWasm.to)];
      for (const f of files) copyFileSync(path.join(repoRoot, 'dist', f), path.join(dir, f));
      writeFileSync(
        path.join(dir, 'main.tf'),
        'resource "aws_vpc" "a" {\n  cidr_block = "10.0.0.1/16"\n}\n',
      );
      const run = spawnSync(process.execPath, [path.join(dir, 'cli.js'), '--format', 'json', 'main.tf'], { cwd: dir, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout).findings.map((f: { id: string; resource: string; location: { line: number } }) => [f.id, f.resource, f.location.line])).toEqual([
        ['NET001', 'aws_vpc.a', 2],
      ]);
      expect(run.status).toBe(1);
      // A configuration file is read with yaml and checked against its schema with ajv, each
      // loaded from its file beside cli.js (without either, this is an internal error).
      writeFileSync(path.join(dir, 'bad.yml'), 'rules: 5\n');
      const config = spawnSync(process.execPath, [path.join(dir, 'cli.js'), '--config', 'bad.yml', 'main.tf'], { cwd: dir, encoding: 'utf8' });
      expect({ status: config.status, stdout: config.stdout, stderr: config.stderr }).toEqual({ status: 2, stdout: '', stderr: 'bad.yml:1:8: rules: must be a mapping\n' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not start the CLI it embeds: the CLI runs once, as the Action asks', () => {
    // If the embedded bin started too, it would lint '.' and print a text report as well.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vpclint-action-bundle-'));
    try {
      writeFileSync(path.join(dir, 'out'), '');
      const run = spawnSync(process.execPath, [distAction], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, INPUT_PATHS: 'no-such-dir', INPUT_COMMENT: 'false', GITHUB_OUTPUT: path.join(dir, 'out') },
      });
      expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
        status: 2,
        stdout:
          '::error file=no-such-dir,title=vpclint%3A input or tool error::no such file or directory\n' +
          '::error::vpclint could not lint every file: see the errors above (the results are incomplete).\n',
        stderr: 'no-such-dir: no such file or directory\n',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
