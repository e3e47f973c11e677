/**
 * The reader of Terraform plan (and state) JSON for the registry (parse/readers.ts): each plan is
 * read on its own, located in the `.tf` sources of its configuration when they are found.
 */
import type { ToolError } from '../../errors.js';
import { capProblems } from '../problems.js';
import { isJsonDocument, joined, toToolError, type Input, type InputRead, type ReadContext, type Reader, type ReadResult } from '../reader.js';
import type { SourceResource } from '../source.js';
import { isTerraformPlan, mentionsPlan, readTerraformPlan } from './index.js';
import { findPlanSources, sourceCandidates, whyNotRootModule, type PlanSources, type SourceTree } from './sources.js';

export const terraformPlanReader: Reader = {
  name: 'terraform-plan',
  describes: { short: 'Terraform plan JSON', long: 'Terraform plan JSON (terraform show -json plan.out > plan.json)' },
  fileNames: /\.json$/i,
  // JSON that names `format_version` and is a plan by its keys, or does not parse (a truncated plan).
  detects(input) {
    if (!isJsonDocument(input) || !mentionsPlan(input.text)) return false;
    try {
      return isTerraformPlan(input.json());
    } catch {
      return true;
    }
  },
  read: readPlans,
};

function readPlans(inputs: readonly Input[], context: ReadContext): ReadResult {
  // Each plan's lists, joined once at the end: plans have tens of thousands of resources.
  const resources: (readonly SourceResource[])[] = [];
  const removed: (readonly SourceResource[])[] = [];
  const reads: InputRead[] = [];
  const tree = context.sourceTree;
  const sourceDir = sourceDirUse(context);
  for (const input of inputs) {
    const { file, text } = input;
    try {
      const json = input.json();
      const planFile = file === context.stdinName ? undefined : file;
      const sources =
        tree === undefined
          ? undefined
          : (configuration: unknown) => {
              const found = findPlanSources(configuration, sourceCandidates(planFile, context.sourceDir, tree), tree);
              sourceDir.heard?.(found, configuration);
              return found;
            };
      const plan = readTerraformPlan(json, text, file, { sources });
      resources.push(plan.resources);
      removed.push(plan.removed);
      reads.push({ recognized: true, errors: capProblems(plan.problems) });
    } catch (error) {
      reads.push({ recognized: true, errors: [toToolError(error, file)] });
    }
  }
  const unused = sourceDir.unused();
  // The tree's texts: the `.tf` sources read, and those its lookups read as resources are located.
  return { inputs: reads, resources: joined(resources), removed: joined(removed), errors: unused === undefined ? [] : [unused], texts: tree?.texts };
}

/**
 * `--source-dir DIR` is said to hold the linted plans' root module: when plans were linted and
 * none of them was found there, the user is told why (the first plan's reason), rather than the
 * findings silently staying at the plan.
 */
function sourceDirUse(context: ReadContext): {
  heard?: (found: PlanSources | undefined, configuration: unknown) => void;
  unused: () => ToolError | undefined;
} {
  const tree: SourceTree | undefined = context.sourceTree;
  if (context.sourceDir === undefined || tree === undefined) return { unused: () => undefined };
  const dir = sourceCandidates(undefined, context.sourceDir, tree)[0]!;
  let used = false;
  let first: { configuration: unknown } | undefined;
  return {
    heard(found, configuration) {
      if (found?.dir === dir) used = true;
      else first ??= { configuration };
    },
    unused() {
      if (used || first === undefined) return undefined;
      const why = whyNotRootModule(first.configuration, dir, tree) ?? 'the plan was found to be made from another directory';
      return { message: `--source-dir ${dir}: no linted plan was made from this directory: ${why}`, hint: 'name the directory of the Terraform root module the plan was made from' };
    },
  };
}
