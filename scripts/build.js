#!/usr/bin/env node
// `npm run build`: bundles the CLI into the one committed file dist/cli.js (the package's bin),
// executable, and the GitHub Action into dist/action.js (action.yml's main), and copies the HCL
// parser's WebAssembly beside them. test/build.test.ts fails when any of them is stale.
import { chmodSync, copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { bundles, cliBuildOptions, hclWasm, repoRoot } from './build-options.js';

mkdirSync(path.join(repoRoot, 'dist'), { recursive: true });
copyFileSync(path.join(repoRoot, hclWasm.from), path.join(repoRoot, hclWasm.to));
console.log(`copied ${hclWasm.to}`);
for (const options of bundles) {
  await build(options);
  const outfile = path.join(repoRoot, String(options.outfile));
  if (options === cliBuildOptions) chmodSync(outfile, 0o755);
  console.log(`built ${path.relative(process.cwd(), outfile) || outfile}`);
}
