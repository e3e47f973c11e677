#!/usr/bin/env node
// `npm run build`: bundles the CLI into the one committed file dist/cli.js (the package's bin and
// what the GitHub Action runs), executable. test/build.test.ts fails when it is stale.
import { chmodSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { cliBuildOptions, repoRoot } from './build-options.js';

await build(cliBuildOptions);
const outfile = path.join(repoRoot, String(cliBuildOptions.outfile));
chmodSync(outfile, 0o755);
console.log(`built ${path.relative(process.cwd(), outfile) || outfile}`);
