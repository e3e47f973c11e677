// One file read on its own by the reader of its format, as run.ts's former parseSource did:
// whether it is an input, its resources and its own errors. Only readers that read one file at a
// time (plan JSON, CloudFormation templates) read here; `.tf` files are read as modules by
// lint(). The readers are synchronous once the yaml package is loaded (the vitest setup loads it).
import type { ToolError } from '../../src/errors.js';
import { inputOf, readerOf, type SourceFile } from '../../src/parse/readers.js';
import type { SourceResource } from '../../src/parse/source.js';

export interface ParsedSource {
  readonly recognized: boolean;
  readonly resources: readonly SourceResource[];
  /** What a plan deletes, as it was. */
  readonly removed?: readonly SourceResource[];
  readonly errors: readonly ToolError[];
}

export function parseSource(source: SourceFile): ParsedSource {
  const reader = readerOf(source);
  const input = inputOf(source);
  if (reader === undefined || reader.name === 'terraform-hcl') return { recognized: false, resources: [], errors: [] };
  const read = reader.read([input], { inputs: [input] });
  if (read instanceof Promise) throw new Error(`the ${reader.name} reader is not synchronous`);
  const one = read.inputs?.[0];
  if (one === undefined || !one.recognized) return { recognized: false, resources: [], errors: [] };
  return {
    recognized: true,
    resources: read.resources,
    ...(read.removed === undefined ? {} : { removed: read.removed }),
    errors: [...one.errors, ...(read.errors ?? [])],
  };
}
