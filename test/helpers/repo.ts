import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root (this file is test/helpers/repo.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared corpus, beside the repository (CI clones it there too). */
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');
export const fixturesDir = path.join(repoRoot, 'fixtures');

/**
 * Whether `file` (in ../shared beside the clone) is there for a test that needs it. Without it the
 * test is skipped and says why, once; on CI (CI=true), where ../shared is always laid beside the
 * clone, its absence is a failure.
 */
export function sharedPresent(file: string, testFile: string): boolean {
  if (existsSync(file)) return true;
  if (process.env.CI === 'true') throw new Error(`the shared folder is missing: ${file} (CI needs ../shared beside the clone)`);
  console.log(`skipped ${testFile}: ${file} is absent (clone the shared folder beside the repository to run it)`);
  return false;
}
