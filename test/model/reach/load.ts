// Builds the model of one fixture file the way a run does (plan JSON, .tf, or a CloudFormation
// template), for path engine tests that need the model itself rather than findings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildModel } from '../../../src/model/build.js';
import type { NetworkModel } from '../../../src/model/types.js';
import { readInputs } from '../../../src/parse/readers.js';
import { repoRoot } from '../../helpers/repo.js';

/** The model of `file` (relative to the repository root, as locations name it); throws on input errors. */
export async function loadModel(file: string): Promise<NetworkModel> {
  const text = readFileSync(path.join(repoRoot, file), 'utf8');
  const read = await readInputs([{ file, text }]);
  const errors = read.errors.map((e) => e.message);
  if (errors.length > 0) throw new Error(`${file}: ${errors.join('; ')}`);
  return buildModel(read.resources, { removed: read.removed });
}
