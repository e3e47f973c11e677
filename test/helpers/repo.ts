import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root (this file is test/helpers/repo.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared corpus, beside the repository (CI clones it there too). */
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');
export const fixturesDir = path.join(repoRoot, 'fixtures');
