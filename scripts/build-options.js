// The esbuild options for the single-file CLI bundle, shared by scripts/build.js (which writes
// dist/cli.js) and test/build.test.ts (which rebuilds in memory and checks the committed file
// is not stale). Paths are relative to the repository root so the output does not depend on
// where the repository is checked out.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Bundled CommonJS dependencies (fast-glob and its helpers) call require(); an ES module has no
// require, so the banner makes one.
const banner = [
  '#!/usr/bin/env node',
  "import { createRequire as __vpclintCreateRequire } from 'node:module';",
  'const require = __vpclintCreateRequire(import.meta.url);',
].join('\n');

/** @type {import('esbuild').BuildOptions} */
export const cliBuildOptions = {
  absWorkingDir: repoRoot,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: banner },
  sourcemap: false,
  minify: false,
  legalComments: 'eof',
  charset: 'utf8',
  logLevel: 'warning',
};
