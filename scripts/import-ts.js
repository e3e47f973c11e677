// Imports TypeScript of this repository (Node 20 cannot run .ts itself): bundles it with esbuild in
// memory, writes the bundle under node_modules/.cache (inside the repository, so that its imports
// of dependencies resolve from node_modules), imports it and removes the file. Used by
// scripts/run-ts.js (the maintenance scripts) and scripts/build-options.js (the configuration
// validator the build compiles).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const cacheDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../node_modules/.cache');

/**
 * The module of `input`, esbuild's `entryPoints` (a file) or `stdin` (a text), bundled with the
 * repository's code and with packages left to node_modules.
 * @param {Pick<import('esbuild').BuildOptions, 'entryPoints' | 'stdin'>} input
 * @returns {Promise<Record<string, any>>}
 */
export async function importTs(input) {
  const result = await build({
    ...input,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'error',
  });
  mkdirSync(cacheDir, { recursive: true });
  const dir = mkdtempSync(path.join(cacheDir, 'import-ts-'));
  try {
    const out = path.join(dir, 'module.mjs');
    writeFileSync(out, result.outputFiles[0].text);
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
