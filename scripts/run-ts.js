#!/usr/bin/env node
// Runs a TypeScript script of this repository (Node 20 cannot run .ts itself): bundles it with
// esbuild in memory and imports the result. Used by the maintenance scripts (docs, fixtures).
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.js <script.ts> [args..]');
  process.exit(2);
}
const result = await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  write: false,
  logLevel: 'error',
});
// Inside the repository, so the bundle's imports of dependencies resolve from node_modules.
const cacheDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../node_modules/.cache');
mkdirSync(cacheDir, { recursive: true });
const dir = mkdtempSync(path.join(cacheDir, 'run-ts-'));
const out = path.join(dir, 'script.mjs');
writeFileSync(out, result.outputFiles[0].text);
process.argv = [process.argv[0], path.resolve(entry), ...args];
try {
  await import(pathToFileURL(out).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
