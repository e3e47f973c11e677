#!/usr/bin/env node
// `npm run build`: bundles the CLI into the committed dist/cli-main.js, which dist/cli.js (the
// package's bin, executable) starts, and the libraries it loads when a run needs them,
// dist/cli-*.js, the GitHub Action into
// dist/action.js (action.yml's main), writes dist/package.json (the bundles are CommonJS), and
// writes the HCL parser's WebAssembly, decompressed, beside them. test/build.test.ts fails when
// any of them is stale, or when dist/ holds a cli-*.js file the build no longer makes.
import { chmodSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { CLI_FILE_PREFIX, DIST_PACKAGE_JSON, bundles, cliBuildOptions, hclWasm, repoRoot } from './build-options.js';

const dist = path.join(repoRoot, 'dist');
mkdirSync(dist, { recursive: true });
for (const f of readdirSync(dist)) {
  if (f.startsWith(CLI_FILE_PREFIX) && f.endsWith('.js')) rmSync(path.join(dist, f));
}
writeFileSync(path.join(repoRoot, hclWasm.to), gunzipSync(readFileSync(path.join(repoRoot, hclWasm.from))));
console.log(`wrote ${hclWasm.to}`);
writeFileSync(path.join(repoRoot, DIST_PACKAGE_JSON.file), DIST_PACKAGE_JSON.text);
console.log(`wrote ${DIST_PACKAGE_JSON.file}`);
for (const options of bundles) {
  await build(options);
  const outfile = path.join(repoRoot, String(options.outfile));
  if (options === cliBuildOptions) chmodSync(outfile, 0o755);
  console.log(`built ${path.relative(process.cwd(), outfile) || outfile}`);
}
