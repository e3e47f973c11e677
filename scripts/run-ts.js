#!/usr/bin/env node
// Runs a TypeScript script of this repository (Node 20 cannot run .ts itself), through importTs
// (scripts/import-ts.js). Used by the maintenance scripts (docs, fixtures).
import path from 'node:path';
import { importTs } from './import-ts.js';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.js <script.ts> [args..]');
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(entry), ...args];
await importTs({ entryPoints: [entry] });
