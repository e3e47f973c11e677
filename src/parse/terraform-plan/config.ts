/**
 * The plan's `configuration` section, indexed by module path. It is the only place a plan records
 * where an unknown value comes from (`expressions.vpc_id.references`), how module inputs are wired
 * (`module_calls.<name>.expressions`) and what module outputs return. Configuration is per module,
 * not per instance, so it is small next to the resource list and is indexed once, up front.
 */
import { isRecord, own, type JsonObject } from './guards.js';
import { resourceInModule } from './address.js';

export interface ConfigModule {
  /** Config resources by their address inside the module (`aws_vpc.a`, `data.aws_vpc.b`). */
  readonly resources: ReadonlyMap<string, JsonObject>;
  readonly calls: ReadonlyMap<string, JsonObject>;
  readonly outputs: ReadonlyMap<string, JsonObject>;
}

export type ProblemSink = (message: string) => void;

// Deeper module nesting than this is not a real configuration; stop rather than overflow.
const MAX_MODULE_DEPTH = 100;

export class ConfigTree {
  readonly #modules = new Map<string, ConfigModule>();

  /** Indexes `configuration.root_module` and every module below it; wrong types become problems. */
  constructor(configuration: unknown, problem: ProblemSink) {
    if (configuration === undefined || configuration === null) return;
    if (!isRecord(configuration)) {
      problem('configuration is not an object; it is ignored');
      return;
    }
    const root = own(configuration, 'root_module');
    if (root === undefined || root === null) return;
    this.#index(root, [], 'configuration.root_module', problem);
  }

  /** Whether the plan has no configuration at all (no module was indexed). */
  get empty(): boolean {
    return this.#modules.size === 0;
  }

  /** The configuration of a module, by its call names from the root (`['spoke', 'net']`). */
  module(names: readonly string[]): ConfigModule | undefined {
    return this.#modules.get(names.join('\u0000'));
  }

  #index(mod: unknown, names: readonly string[], where: string, problem: ProblemSink): void {
    if (!isRecord(mod)) {
      problem(`${where} is not an object; it is ignored`);
      return;
    }
    const resources = new Map<string, JsonObject>();
    const list = own(mod, 'resources');
    if (Array.isArray(list)) {
      list.forEach((r, i) => {
        const key = configResourceKey(r);
        if (key === undefined) problem(`${where}.resources[${i}] is not a resource; it is ignored`);
        else if (isRecord(r) && !resources.has(key)) resources.set(key, r);
      });
    } else if (list !== undefined && list !== null) {
      problem(`${where}.resources is not a list; it is ignored`);
    }
    const outputs = objectEntries(own(mod, 'outputs'), `${where}.outputs`, problem);
    const calls = objectEntries(own(mod, 'module_calls'), `${where}.module_calls`, problem);
    this.#modules.set(names.join('\u0000'), { resources, calls, outputs });
    if (names.length >= MAX_MODULE_DEPTH) {
      if (calls.size > 0) problem(`${where} nests modules more than ${MAX_MODULE_DEPTH} deep; the deeper ones are ignored`);
      return;
    }
    for (const [name, call] of calls) {
      const inner = own(call, 'module');
      if (inner === undefined || inner === null) continue;
      this.#index(inner, [...names, name], `${where}.module_calls.${name}.module`, problem);
    }
  }
}

function configResourceKey(r: unknown): string | undefined {
  if (!isRecord(r)) return undefined;
  const mode = own(r, 'mode');
  const type = own(r, 'type');
  const name = own(r, 'name');
  if ((mode === 'managed' || mode === 'data') && typeof type === 'string' && typeof name === 'string') {
    return resourceInModule(mode, type, name);
  }
  const address = own(r, 'address');
  return typeof address === 'string' ? address : undefined;
}

function objectEntries(x: unknown, where: string, problem: ProblemSink): Map<string, JsonObject> {
  const out = new Map<string, JsonObject>();
  if (x === undefined || x === null) return out;
  if (!isRecord(x)) {
    problem(`${where} is not an object; it is ignored`);
    return out;
  }
  for (const key of Object.keys(x)) {
    const v = x[key];
    if (isRecord(v)) out.set(key, v);
    else problem(`${where}.${key} is not an object; it is ignored`);
  }
  return out;
}

/**
 * An expression object (`{constant_value}`, `{references}`, or `{}` for an expression with
 * neither) as opposed to a nested block body, which maps attribute names to expressions.
 */
export function isExpression(x: unknown): x is JsonObject {
  if (!isRecord(x)) return false;
  // for...in with Object.hasOwn visits the keys Object.keys lists, without making an array:
  // every unknown value read asks this of its expression several times.
  for (const k in x) if (Object.hasOwn(x, k) && k !== 'constant_value' && k !== 'references') return false;
  return true;
}

/** Is this config value a configured count or for_each (present and not null)? */
export function isSet(x: unknown): boolean {
  return x !== undefined && x !== null;
}
