// SourceResources from any number of files and formats -> one NetworkModel. The work is split
// into a table of per-type adapters (build/terraform.ts; CloudFormation adapters join the same
// table) run in fixed phases over the input, so the result never depends on input order beyond
// the order of lists, and the cost stays linear in the number of resources.
import type { Adapter } from './builder/adapter.js';
import { PHASES, adapterKey } from './builder/adapter.js';
import { BuildContext } from './builder/context.js';
import { CLOUDFORMATION_ADAPTERS } from './builder/cloudformation.js';
import { INVENTORY_ADAPTERS } from './builder/inventory.js';
import { TERRAFORM_ADAPTERS } from './builder/terraform.js';
import { DATA_SOURCE_ADAPTERS } from './builder/data-source-adapters.js';
import type { SourceResource } from '../parse/source.js';
import type { NetworkModel } from './types.js';

/** Every adapter, by `adapterKey(mode, type)`. */
const ADAPTERS: ReadonlyMap<string, Adapter> = new Map([
  ...TERRAFORM_ADAPTERS,
  ...DATA_SOURCE_ADAPTERS,
  ...CLOUDFORMATION_ADAPTERS,
  ...INVENTORY_ADAPTERS,
]);

/**
 * Builds one NetworkModel from the resources of any number of files: resolves links between
 * resources (by reference within a file, by real ID across files), keeps every value tri-state,
 * records every CIDR literal, and ignores resource types it does not model. Lists in the model
 * follow the input order. Linear in the number of resources; never throws on malformed values.
 */
export function buildModel(resources: readonly SourceResource[], options: BuildOptions = {}): NetworkModel {
  const ctx = new BuildContext(resources);
  const adapters: (Adapter | undefined)[] = resources.map((r) => ADAPTERS.get(adapterKey(r.mode, r.type)));
  for (const phase of PHASES) {
    if (phase === 'attach') {
      // What a plan deletes is gone after apply, and so are its entries in refreshed lists.
      for (const r of options.removed ?? []) ADAPTERS.get(adapterKey(r.mode, r.type))?.claim?.(r, ctx);
    }
    for (let i = 0; i < resources.length; i++) {
      const step = adapters[i]?.[phase];
      if (step === undefined) continue;
      ctx.at = i;
      step(resources[i] as SourceResource, ctx);
    }
  }
  return ctx.finish();
}

export interface BuildOptions {
  /**
   * Resources as they are before a change that deletes them (a plan's `delete`, and the old
   * object of a `replace`): not in the model, but what they manage is removed from the refreshed
   * lists of the tables and groups that remain.
   */
  readonly removed?: readonly SourceResource[];
}
