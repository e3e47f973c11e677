#!/usr/bin/env node
// `npm run build`: bundles the CLI into the committed dist/cli.js (the package's bin, executable)
// and its chunks dist/cli-*.js, the GitHub Action into dist/action.js (action.yml's main), and
// copies the HCL parser's WebAssembly beside them. test/build.test.ts fails when any of them is
// stale, or when dist/ holds a chunk the build no longer makes.
import { chmodSync, copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { CLI_CHUNK_PREFIX, bundles, cliBuildOptions, hclWasm, repoRoot } from './build-options.js';

const dist = path.join(repoRoot, 'dist');
mkdirSync(dist, { recursive: true });
for (const f of readdirSync(dist)) {
  if (f.startsWith(CLI_CHUNK_PREFIX) && f.endsWith('.js')) rmSync(path.join(dist, f));
}
copyFileSync(path.join(repoRoot, hclWasm.from), path.join(repoRoot, hclWasm.to));
console.log(`copied ${hclWasm.to}`);
for (const options of bundles) {
  await build(options);
  const outfile = path.join(repoRoot, options === cliBuildOptions ? 'dist/cli.js' : String(options.outfile));
  if (options === cliBuildOptions) chmodSync(outfile, 0o755);
  console.log(`built ${path.relative(process.cwd(), outfile) || outfile}`);
}
