import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root (this file is test/helpers/repo.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared folder, beside the repository (CI lays it there; a plain clone has none). */
export const sharedDir = path.resolve(repoRoot, '../shared');
/** The shared corpus of real-world and peer-tool inputs. */
export const corpusDir = path.join(sharedDir, 'corpus');
export const fixturesDir = path.join(repoRoot, 'fixtures');

declare module 'vitest' {
  interface TaskMeta {
    /** The path (relative to the repository) from ../shared whose absence skipped the test; set by needsShared(). */
    needsShared?: string;
  }
}

/**
 * The environment variable, set by .ci/run for `npm test`, that makes a missing ../shared a failure: CI
 * always lays ../shared beside the clone, so there its absence is a broken checkout, not a reason
 * to skip.
 */
export const REQUIRE_SHARED = 'VPCLINT_REQUIRE_SHARED';

/**
 * Whether `file` (in ../shared beside the clone) is there for a test that needs it. Absent, it is
 * false, so the test is skipped, unless VPCLINT_REQUIRE_SHARED=1: then its absence throws, and the
 * test file fails.
 */
export function sharedPresent(file: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (existsSync(file)) return true;
  if (env[REQUIRE_SHARED] === '1') {
    throw new Error(`${path.relative(repoRoot, file)} is missing, and ${REQUIRE_SHARED}=1 (.ci/run) requires the shared folder beside the clone`);
  }
  return false;
}

/**
 * The options of a `describe` whose tests read `file` from ../shared: skipped when it is absent
 * (see sharedPresent), and marked so that test/summary-reporter.ts gives the reason once, with the
 * number of tests it skipped, in the run's closing summary.
 *
 *     describe('the corpus', needsShared(corpusDir), () => { ... });
 */
export function needsShared(file: string): { skip: boolean; meta: { needsShared?: string } } {
  if (sharedPresent(file)) return { skip: false, meta: {} };
  // The outermost missing folder names the reason: in a plain clone, ../shared itself.
  let missing = file;
  while (missing !== sharedDir && !existsSync(path.dirname(missing))) missing = path.dirname(missing);
  return { skip: true, meta: { needsShared: path.relative(repoRoot, missing).split(path.sep).join('/') } };
}
