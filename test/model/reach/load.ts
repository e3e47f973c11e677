// Builds the model of one fixture file the way a run does (plan JSON, .tf, or a CloudFormation
// template), for path engine tests that need the model itself rather than findings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildModel } from '../../../src/model/build.js';
import type { SourceResource } from '../../../src/parse/source.js';
import type { NetworkModel } from '../../../src/model/types.js';
import { readTemplates, type Template } from '../../../src/parse/cloudformation/index.js';
import { readTerraformSources } from '../../../src/parse/terraform-hcl/index.js';
import { parseSource } from '../../../src/run.js';
import { repoRoot } from '../../helpers/repo.js';

/** The model of `file` (relative to the repository root, as locations name it); throws on input errors. */
export async function loadModel(file: string): Promise<NetworkModel> {
  const text = readFileSync(path.join(repoRoot, file), 'utf8');
  const resources: SourceResource[] = [];
  const removed: SourceResource[] = [];
  const errors: string[] = [];
  if (file.endsWith('.tf')) {
    const tf = await readTerraformSources([{ file, text }]);
    resources.push(...tf.resources);
    errors.push(...tf.errors.map((e) => e.message));
  } else {
    const parsed = parseSource({ file, text });
    resources.push(...parsed.resources);
    removed.push(...(parsed.removed ?? []));
    errors.push(...parsed.errors.map((e) => e.message));
    if (parsed.template !== undefined) {
      const cfn = readTemplates([parsed.template as Template]);
      resources.push(...cfn.resources);
      errors.push(...cfn.errors.map((e) => e.message));
    }
  }
  if (errors.length > 0) throw new Error(`${file}: ${errors.join('; ')}`);
  return buildModel(resources, { removed });
}
