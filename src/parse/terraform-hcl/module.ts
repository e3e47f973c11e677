/**
 * Module instances: the root module, and each instance of a local module call (`module.net`,
 * `module.spoke["app"]`), with their variables, locals, outputs, resources and calls evaluated on
 * demand. `count` and `for_each` expand resources and module calls into instances with
 * Terraform's addresses. When an expansion cannot be known (its `for_each` comes from a variable
 * without a value), one placeholder instance stands for all of them (`aws_route.r[*]`), with
 * `each` and `count.index` unknown, so its checks are reported as unresolved rather than dropped.
 * Registry, git, HTTP and S3 modules are read where `terraform init` installed them (see
 * `resolveModuleSource`); vpclint never downloads them, so otherwise their outputs are unknown
 * with the reason.
 */
import path from 'node:path';
import type { ToolError } from '../../errors.js';
import { own, type ModuleCallDecl, type ModuleConfig, type ResourceDecl } from './config.js';
import { Scope, evaluateJson, parseCached } from './evaluate.js';
import { toSet } from './functions.js';
import type { ProviderSettings } from '../source.js';
import type { FileComments } from '../suppression-comments.js';
import { emptySettings, providerReference, providerSettings, resourceProviderKey } from './providers.js';
import { HclResource, evaluateMeta } from './resource.js';
import type { Expr } from './syntax.js';
import { convert } from './type-constraints.js';
import { EvalError, Lazy, ObjectValue, Unknown, toNumberValue, typeName, type Value } from './values.js';

const IN_PROGRESS = Symbol('in progress');
// Module trees deeper than this are not real configuration.
const MAX_MODULE_DEPTH = 32;
// A count or for_each larger than this is not expanded (one placeholder instance stands for it).
const MAX_INSTANCES = 100_000;
/**
 * Module instances one root module may have in all. Modules that each call the next twice double
 * at every level: 26 three-line files make 2^25 instances, which would exhaust memory. Past this,
 * a module call is not expanded, and the call where it happened is reported (results incomplete).
 */
export const MAX_MODULE_INSTANCES = 10_000;
/**
 * Resource instances one root module may have in all: within the module cap, a `count` in a module
 * called many times still multiplies (10,000 instances of a module with `count = 100000`). Past
 * this, a resource is not expanded, and the resource where it happened is reported.
 */
export const MAX_RESOURCE_INSTANCES = 200_000;

/** What every module instance of one linted root module shares. */
export interface RootRun {
  /** SourceResource.file of every resource: the root module's directory. */
  readonly unit: string;
  readonly rootDir: string;
  /** Configurations of local modules already loaded, by directory. */
  readonly configOf: (dir: string) => ModuleConfig | undefined;
  /** Where resources are collected, in a stable order. */
  readonly resources: HclResource[];
  /**
   * The modules `terraform init` installed (`.terraform/modules/modules.json`), by module key
   * (`vpc`, `vpc.subnets`): registry, git, HTTP and S3 modules are read from there only.
   */
  readonly installed: InstalledModules;
  readonly problems: ToolError[];
  /** Module instances created so far (against MAX_MODULE_INSTANCES). */
  moduleInstances?: number;
  /** Resource instances created so far (against MAX_RESOURCE_INSTANCES). */
  resourceInstances?: number;
  /** Module-call problems already reported, by `file:line:col` (each is reported once). */
  readonly reportedCalls?: Set<string>;
  /** The suppression comments of the files read, by display path (handed to each resource). */
  readonly comments?: (file: string) => FileComments | undefined;
}

/** Instance keys of an expanded block. */
type Expansion =
  | { readonly kind: 'single' }
  | { readonly kind: 'count'; readonly count: number }
  | { readonly kind: 'each'; readonly entries: readonly (readonly [string, Value])[] }
  | { readonly kind: 'unknown'; readonly reason: string };

/** `[0]`, `["a"]`: an instance key as Terraform writes it in addresses. */
export function keyText(key: string | number): string {
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

function memo<T>(cache: Map<string, T | typeof IN_PROGRESS>, key: string, what: string, compute: () => T): T {
  const hit = cache.get(key);
  if (hit === IN_PROGRESS) throw new EvalError(`${what} refers to itself`);
  if (hit !== undefined) return hit;
  cache.set(key, IN_PROGRESS);
  try {
    const v = compute();
    cache.set(key, v);
    return v;
  } catch (error) {
    cache.delete(key);
    throw error;
  }
}

/** The expansion of a block without `count` or `for_each` (most blocks): one, shared. */
const SINGLE: Expansion = Object.freeze({ kind: 'single' });

/** Expands `count` / `for_each` of a block evaluated in `scope`. */
function expand(body: Readonly<Record<string, unknown>>, scope: Scope, what: string): Expansion {
  const count = own(body, 'count');
  const forEach = own(body, 'for_each');
  if (count !== undefined) {
    const v = evaluateMeta(count, scope);
    if (v instanceof Unknown) return { kind: 'unknown', reason: `the count of ${what} is unknown (${v.reason})` };
    const n = toNumberValue(v as Value);
    if (n === undefined || !Number.isInteger(n) || n < 0) {
      return { kind: 'unknown', reason: `the count of ${what} is not a whole number (${typeName(v)})` };
    }
    if (n > MAX_INSTANCES) return { kind: 'unknown', reason: `the count of ${what} is ${n}; vpclint expands at most ${MAX_INSTANCES} instances` };
    return { kind: 'count', count: n };
  }
  if (forEach !== undefined) {
    const v = evaluateMeta(forEach, scope);
    if (v instanceof Unknown) return { kind: 'unknown', reason: `the for_each of ${what} is unknown (${v.reason})` };
    if (v instanceof ObjectValue) {
      if (v.size > MAX_INSTANCES) return { kind: 'unknown', reason: `the for_each of ${what} has ${v.size} elements; vpclint expands at most ${MAX_INSTANCES} instances` };
      return { kind: 'each', entries: [...v.entries] };
    }
    if (Array.isArray(v)) {
      try {
        const members = toSet(v as readonly Value[]);
        if (!members.every((m) => typeof m === 'string')) {
          return { kind: 'unknown', reason: `the for_each of ${what} must be a map or a set of strings` };
        }
        return { kind: 'each', entries: (members as string[]).map((m) => [m, m] as const) };
      } catch {
        return { kind: 'unknown', reason: `the for_each of ${what} holds values that are unknown` };
      }
    }
    return { kind: 'unknown', reason: `the for_each of ${what} must be a map or a set of strings, not ${typeName(v as Value)}` };
  }
  return SINGLE;
}

/** The names an instance adds to its scope: `each` or `count`. */
function instanceNames(expansion: Expansion, key: string | number | undefined, value: Value): ReadonlyMap<string, Value> | undefined {
  switch (expansion.kind) {
    case 'count':
      return new Map([['count', new ObjectValue([['index', key as number]])]]);
    case 'each':
      return new Map([['each', new ObjectValue([['key', key as string], ['value', value]])]]);
    case 'unknown': {
      const u = new Unknown(expansion.reason);
      return new Map<string, Value>([
        ['count', new ObjectValue([['index', u]])],
        ['each', new ObjectValue([['key', u], ['value', u]])],
      ]);
    }
    default:
      return undefined;
  }
}

/** Instance keys and `each.value`s of an expansion (one placeholder for an unknown one). */
function instancesOf(expansion: Expansion): { key: string | number | undefined; suffix: string; value: Value }[] {
  switch (expansion.kind) {
    case 'single':
      return [{ key: undefined, suffix: '', value: null }];
    case 'count':
      return Array.from({ length: expansion.count }, (_, i) => ({ key: i, suffix: keyText(i), value: null }));
    case 'each':
      return expansion.entries.map(([k, v]) => ({ key: k, suffix: keyText(k), value: v }));
    case 'unknown':
      return [{ key: undefined, suffix: '[*]', value: null }];
  }
}

/** Gathers instance values as a reference sees them: one, a list (count) or a map (for_each). */
function collect<T>(expansion: Expansion, items: readonly T[], view: (item: T) => Value): Value {
  switch (expansion.kind) {
    case 'single':
      return view(items[0] as T);
    case 'count':
      return items.map(view);
    case 'each':
      return new ObjectValue(expansion.entries.map(([k], i) => [k, view(items[i] as T)] as const));
    case 'unknown':
      return new Unknown(expansion.reason);
  }
}

class ResourceGroup {
  readonly #module: ModuleInstance;
  readonly #decl: ResourceDecl;
  #expansion: Expansion | undefined;
  #instances: HclResource[] | undefined;
  #capped: string | undefined;

  constructor(module: ModuleInstance, decl: ResourceDecl) {
    this.#module = module;
    this.#decl = decl;
  }

  get address(): string {
    const d = this.#decl;
    return `${this.#module.prefix}${d.mode === 'data' ? 'data.' : ''}${d.type}.${d.name}`;
  }

  get expansion(): Expansion {
    this.#expansion ??= expand(this.#decl.body, this.#module.scope, this.address);
    return this.#expansion;
  }

  instances(): HclResource[] {
    if (this.#instances === undefined) {
      const expansion = this.expansion;
      const planned = instancesOf(expansion);
      const run = this.#module.run;
      const total = (run.resourceInstances ?? 0) + planned.length;
      if (total > MAX_RESOURCE_INSTANCES) {
        this.#capped = `${this.address} would make more than ${MAX_RESOURCE_INSTANCES} resource instances, which vpclint does not evaluate`;
        // Reported once, where the cap is first hit: every later resource is past it too.
        if (run.reportedCalls?.has('#resource-cap') !== true) {
          run.reportedCalls?.add('#resource-cap');
          const node = this.#decl.node;
          const message = `${this.address}: the configuration makes more than ${MAX_RESOURCE_INSTANCES} resource instances (the cap was reached here); this resource and the ones evaluated after it are not linted`;
          run.problems.push(node === undefined ? { file: this.#decl.file, message } : { file: this.#decl.file, line: node.line, column: node.column, message });
        }
        this.#instances = [];
        return this.#instances;
      }
      run.resourceInstances = total;
      this.#instances = planned.map(({ key, suffix, value }) => {
        const names = instanceNames(expansion, key, value);
        const providerKey = resourceProviderKey(this.#decl.body, this.#decl.type);
        return new HclResource({
          unit: this.#module.run.unit,
          decl: this.#decl,
          address: `${this.address}${suffix}`,
          scope: names === undefined ? this.#module.scope : this.#module.scope.with(names),
          provider: () => (providerKey === undefined ? undefined : this.#module.provider(providerKey)),
          comments: run.comments,
        });
      });
    }
    return this.#instances;
  }

  value(): Value {
    const expansion = this.expansion;
    if (expansion.kind === 'unknown') return new Unknown(expansion.reason);
    const instances = this.instances();
    if (this.#capped !== undefined) return new Unknown(this.#capped);
    return collect(expansion, instances, (r) => r.asValue());
  }
}

type CallTarget = { readonly kind: 'local'; readonly config: ModuleConfig } | { readonly kind: 'none'; readonly reason: string };

class ModuleCall {
  readonly #parent: ModuleInstance;
  readonly #decl: ModuleCallDecl;
  readonly target: CallTarget;
  #expansion: Expansion | undefined;
  #children: ModuleInstance[] | undefined;
  #capped: string | undefined;

  constructor(parent: ModuleInstance, decl: ModuleCallDecl) {
    this.#parent = parent;
    this.#decl = decl;
    this.target = this.#resolve();
  }

  get address(): string {
    return `${this.#parent.prefix}module.${this.#decl.name}`;
  }

  #resolve(): CallTarget {
    const source = this.#decl.source;
    const key = this.#parent.moduleKey === '' ? this.#decl.name : `${this.#parent.moduleKey}.${this.#decl.name}`;
    const resolved = resolveModuleSource(this.#parent.config.dir, source, key, this.#parent.run.installed);
    if (resolved.kind === 'missing') {
      return {
        kind: 'none',
        reason:
          source === undefined
            ? `${this.address} has no literal source`
            : resolved.installedIn === undefined
              ? `${this.address} comes from ${source}, which vpclint does not download; its outputs are unknown (run terraform init to have it read from .terraform/modules)`
              : `${this.address} comes from ${source}, installed in ${resolved.installedIn}, which has no Terraform files; its outputs are unknown (run terraform init to install it again)`,
      };
    }
    const dir = resolved.dir;
    const chain = this.#parent.chain;
    if (chain.includes(dir)) {
      const cycle = [...chain.slice(chain.indexOf(dir)), dir].join(' -> ');
      const reason = `${this.address} calls ${dir}, which is already being evaluated (a module cycle: ${cycle})`;
      this.#report(
        `module "${this.#decl.name}" closes a module cycle (${cycle}): Terraform cannot install a module that calls itself (it recurses without end), and vpclint does not follow the cycle`,
      );
      return { kind: 'none', reason };
    }
    // The chain holds the root too: a call from it makes a module chain.length levels deep.
    if (chain.length > MAX_MODULE_DEPTH) {
      this.#report(`module "${this.#decl.name}": modules nested more than ${MAX_MODULE_DEPTH} deep (${this.address}); the modules below it are not linted`);
      return { kind: 'none', reason: `${this.address} is nested more than ${MAX_MODULE_DEPTH} modules deep, which vpclint does not evaluate` };
    }
    const config = this.#parent.run.configOf(dir);
    if (config === undefined) return { kind: 'none', reason: `${this.address}: there are no Terraform files in ${dir}` };
    return { kind: 'local', config };
  }

  get expansion(): Expansion {
    this.#expansion ??= expand(this.#decl.body, this.#parent.scope, this.address);
    return this.#expansion;
  }

  /** Reports a problem at this call's module block, once per block (its instances share it). */
  #report(message: string): void {
    const run = this.#parent.run;
    const node = this.#decl.node;
    const where = `${this.#decl.file}:${node?.line ?? 0}:${node?.column ?? 0}`;
    if (run.reportedCalls?.has(where)) return;
    run.reportedCalls?.add(where);
    run.problems.push(node === undefined ? { file: this.#decl.file, message } : { file: this.#decl.file, line: node.line, column: node.column, message });
  }

  children(): ModuleInstance[] {
    if (this.#children === undefined) {
      const target = this.target;
      if (target.kind !== 'local') {
        this.#children = [];
        return this.#children;
      }
      const expansion = this.expansion;
      const planned = instancesOf(expansion);
      const run = this.#parent.run;
      const count = run.moduleInstances ?? 0;
      if (count + planned.length > MAX_MODULE_INSTANCES) {
        this.#capped = `${this.address} would make more than ${MAX_MODULE_INSTANCES} module instances, which vpclint does not evaluate`;
        // Reported once, where the cap is first hit: every later call is past it too.
        if (run.reportedCalls?.has('#instance-cap') !== true) {
          run.reportedCalls?.add('#instance-cap');
          this.#report(
            `module "${this.#decl.name}": the configuration makes more than ${MAX_MODULE_INSTANCES} module instances (the cap was reached at ${this.address}); this call and the module calls evaluated after it are not expanded, so their resources are not linted`,
          );
        }
        this.#children = [];
        return this.#children;
      }
      run.moduleInstances = count + planned.length;
      this.#children = planned.map(({ key, suffix, value }) => {
        const names = instanceNames(expansion, key, value);
        const callScope = names === undefined ? this.#parent.scope : this.#parent.scope.with(names);
        const body = this.#decl.body;
        const input = (name: string): Value | undefined => {
          if (CALL_META.has(name) || !Object.hasOwn(body, name)) return undefined;
          return evaluateJson(body[name], callScope);
        };
        const passed = new Map<string, string>();
        const providers = own(body, 'providers');
        if (providers !== null && typeof providers === 'object' && !Array.isArray(providers)) {
          for (const [local, given] of Object.entries(providers as Record<string, unknown>)) {
            const parentKey = providerReference(given);
            if (parentKey !== undefined) passed.set(local, parentKey);
          }
        }
        return new ModuleInstance(this.#parent.run, target.config, `${this.address}${suffix}`, input, [...this.#parent.chain, target.config.dir], {
          parent: this.#parent,
          passed,
          key: this.#parent.moduleKey === '' ? this.#decl.name : `${this.#parent.moduleKey}.${this.#decl.name}`,
        });
      });
    }
    return this.#children;
  }

  value(): Value {
    if (this.target.kind === 'none') return new Unknown(this.target.reason);
    const expansion = this.expansion;
    if (expansion.kind === 'unknown') return new Unknown(expansion.reason);
    const children = this.children();
    if (this.#capped !== undefined) return new Unknown(this.#capped);
    return collect(expansion, children, (m) => m.outputsValue());
  }
}

/** Arguments of a module block that are not inputs. */
const CALL_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

/**
 * The directory of a local module source (`./modules/vpc`, `../..`), relative to cwd like the
 * caller's directory; undefined for registry, git, HTTP and other remote sources.
 */
export function localModuleDir(callerDir: string, source: string | undefined): string | undefined {
  if (source === undefined || !(source.startsWith('./') || source.startsWith('../') || source === '.' || source === '..')) return undefined;
  const joined = path.posix.normalize(path.posix.join(callerDir, source));
  return joined.endsWith('/') && joined.length > 1 ? joined.slice(0, -1) : joined;
}

/** What `.terraform/modules/modules.json` of a root module says, read once per root. */
export interface InstalledModules {
  /** The manifest's display path (`net/.terraform/modules/modules.json`). */
  readonly manifest: string;
  /** Why the manifest could not be used (`does not exist`); undefined when it was read. */
  readonly unreadable?: string;
  /** Each module key's directory (display path), and whether it holds Terraform files. */
  readonly modules: ReadonlyMap<string, { readonly dir: string; readonly loaded: boolean }>;
}

/** No manifest: nothing is installed. */
export function noInstalledModules(manifest: string, unreadable = 'does not exist'): InstalledModules {
  return { manifest, unreadable, modules: new Map() };
}

/** Where a module call's source is, as Terraform finds it; `missing` says why it is not. */
export type ResolvedSource =
  | { readonly kind: 'dir'; readonly dir: string; readonly local: boolean }
  | {
      readonly kind: 'missing';
      /** The manifest lists the key in this directory, which holds no Terraform files. */
      readonly installedIn?: string;
      /** Why it is not available, for a message: `net/.terraform/modules/modules.json does not list it`. */
      readonly why: string;
    };

/**
 * Resolves a module call as Terraform does: a local source (`./`, `../`) is a directory relative
 * to the calling module's directory (inside an installed module too), read from disk; any other
 * source (registry, git, GitHub, HTTP, S3) only through the manifest `terraform init` wrote, by
 * the call's module key (call names joined by dots: `vpc`, `vpc.subnets`).
 */
export function resolveModuleSource(callerDir: string, source: string | undefined, key: string, installed: InstalledModules): ResolvedSource {
  const local = localModuleDir(callerDir, source);
  if (local !== undefined) return { kind: 'dir', dir: local, local: true };
  if (source === undefined) return { kind: 'missing', why: 'the module call has no literal source' };
  const entry = installed.modules.get(key);
  if (entry === undefined) {
    const why = installed.unreadable === undefined ? `${installed.manifest} does not list it` : `${installed.manifest} ${installed.unreadable}`;
    return { kind: 'missing', why };
  }
  if (!entry.loaded) return { kind: 'missing', installedIn: entry.dir, why: `${installed.manifest} lists it in ${entry.dir}, which has no Terraform files` };
  return { kind: 'dir', dir: entry.dir, local: false };
}

export class ModuleInstance {
  readonly run: RootRun;
  readonly config: ModuleConfig;
  /** `` for the root module, `module.net`, `module.spoke["app"]`. */
  readonly address: string;
  readonly prefix: string;
  readonly scope: Scope;
  /** Directories of this module and its callers (cycle detection). */
  readonly chain: readonly string[];
  readonly #input: (name: string) => Value | undefined;
  readonly #vars = new Map<string, Value | typeof IN_PROGRESS>();
  readonly #locals = new Map<string, Value | typeof IN_PROGRESS>();
  readonly #outputs = new Map<string, Value | typeof IN_PROGRESS>();
  readonly #groups = new Map<ResourceDecl, ResourceGroup>();
  readonly #calls = new Map<string, ModuleCall>();
  readonly #types = new Map<string, Expr | null>();
  readonly #providers = new Map<string, ProviderSettings | null>();
  /** The values of the scope's root names (`var`, `aws_vpc`), made once: every reference starts at one. */
  readonly #roots = new Map<string, Value>();
  readonly #caller: { readonly parent: ModuleInstance; readonly passed: ReadonlyMap<string, string>; readonly key: string } | undefined;
  #outputsValue: Lazy | undefined;

  constructor(
    run: RootRun,
    config: ModuleConfig,
    address: string,
    input: (name: string) => Value | undefined,
    chain: readonly string[],
    caller?: { readonly parent: ModuleInstance; readonly passed: ReadonlyMap<string, string>; readonly key: string },
  ) {
    this.run = run;
    this.#caller = caller;
    this.config = config;
    this.address = address;
    this.prefix = address === '' ? '' : `${address}.`;
    this.#input = input;
    this.chain = chain;
    this.scope = new Scope((name) => {
      let v = this.#roots.get(name);
      if (v === undefined) this.#roots.set(name, (v = this.#root(name)));
      return v;
    });
  }

  /** The module's key in Terraform's module manifest: call names joined by dots, `` for the root. */
  get moduleKey(): string {
    return this.#caller?.key ?? '';
  }

  get #where(): string {
    return this.address === '' ? 'the root module' : this.address;
  }

  #root(name: string): Value {
    switch (name) {
      case 'var':
        return new Lazy('var', (n) => this.variable(n), () => new ObjectValue([...this.config.variables.keys()].map((n) => [n, this.variable(n)] as const)));
      case 'local':
        return new Lazy('local', (n) => this.local(n), () => new ObjectValue([...this.config.locals.keys()].map((n) => [n, this.local(n)] as const)));
      case 'module':
        return new Lazy('module', (n) => this.#call(n).value(), () => new Unknown('module is not a value'));
      case 'data':
        return new Lazy(
          'data',
          (type) => new Lazy(`data.${type}`, (n) => this.#group(`data.${type}.${n}`).value(), () => new Unknown(`data.${type} is not a value`)),
          () => new Unknown('data is not a value'),
        );
      case 'path':
        return new ObjectValue([
          ['cwd', '.'],
          ['module', this.config.dir],
          ['root', this.run.rootDir],
        ]);
      case 'terraform':
        return new Lazy(
          'terraform',
          (n) => {
            if (n === 'workspace') return new Unknown('terraform.workspace is the workspace Terraform runs in');
            throw new EvalError(`terraform.${n} is not available`);
          },
          () => new Unknown('terraform is not a value'),
        );
      case 'each':
      case 'count':
      case 'self':
        throw new EvalError(`${name} is only available inside a block that sets it`);
      default:
        return new Lazy(name, (n) => this.#group(`${name}.${n}`).value(), () => new Unknown(`${name} is not a value`));
    }
  }

  #group(key: string): ResourceGroup {
    const decl = this.config.resourceIndex.get(key);
    if (decl === undefined) throw new EvalError(`${this.#where} declares no ${key.startsWith('data.') ? 'data source' : 'resource'} ${key}`);
    return this.#groupOf(decl);
  }

  /** By declaration, not by its `type.name`: expandAll has the declarations, and no key is kept per resource. */
  #groupOf(decl: ResourceDecl): ResourceGroup {
    let g = this.#groups.get(decl);
    if (g === undefined) this.#groups.set(decl, (g = new ResourceGroup(this, decl)));
    return g;
  }

  #call(name: string): ModuleCall {
    let c = this.#calls.get(name);
    if (c === undefined) {
      const decl = this.config.calls.get(name);
      if (decl === undefined) throw new EvalError(`${this.#where} has no module call "${name}"`);
      c = new ModuleCall(this, decl);
      this.#calls.set(name, c);
    }
    return c;
  }

  #typeOf(name: string, body: Readonly<Record<string, unknown>>): Expr | undefined {
    let t = this.#types.get(name);
    if (t === undefined) {
      const text = own(body, 'type');
      t = null;
      if (typeof text === 'string') {
        const e = parseCached(text);
        t = e.k === 'wrap' ? e.e : e;
      }
      this.#types.set(name, t);
    }
    return t ?? undefined;
  }

  /**
   * The provider configuration `key` (`aws`, `aws.west`) means in this module: its own block,
   * the one the caller passes for it, or (for a default configuration) the caller's; undefined
   * when it cannot be told.
   */
  provider(key: string): ProviderSettings | undefined {
    let s = this.#providers.get(key);
    if (s === undefined) {
      const body = this.config.providers.get(key);
      const caller = this.#caller;
      if (body !== undefined) s = providerSettings(this.address === '' ? key : `${this.address}:${key}`, body, this.scope);
      else if (caller === undefined) s = key.includes('.') ? null : emptySettings(key);
      else if (caller.passed.has(key)) s = caller.parent.provider(caller.passed.get(key) as string) ?? null;
      else s = key.includes('.') ? null : (caller.parent.provider(key) ?? null);
      this.#providers.set(key, s);
    }
    return s ?? undefined;
  }

  /** The declared type of a variable (for how `--var` values are read). */
  variableType(name: string): Expr | undefined {
    const decl = this.config.variables.get(name);
    return decl === undefined ? undefined : this.#typeOf(name, decl.body);
  }

  variable(name: string): Value {
    const decl = this.config.variables.get(name);
    if (decl === undefined) throw new EvalError(`${this.#where} declares no variable "${name}"`);
    return memo(this.#vars, name, `var.${name}`, () => {
      try {
        let v = this.#input(name);
        const nullable = own(decl.body, 'nullable') !== false;
        if (v === undefined || (v === null && !nullable)) {
          if (Object.hasOwn(decl.body, 'default')) {
            v = evaluateJson(decl.body.default, new Scope(() => {
              throw new EvalError('a variable default cannot refer to anything');
            }));
          } else {
            return new Unknown(this.address === '' ? `variable ${name} has no value` : `variable ${name} of ${this.address} has no value`);
          }
        }
        const t = this.#typeOf(name, decl.body);
        return t === undefined ? v : convert(v, t);
      } catch (error) {
        if (error instanceof EvalError) return new Unknown(`var.${name} of ${this.#where}: ${error.message}`);
        throw error;
      }
    });
  }

  local(name: string): Value {
    const decl = this.config.locals.get(name);
    if (decl === undefined) throw new EvalError(`${this.#where} declares no local value "${name}"`);
    return memo(this.#locals, name, `local.${name}`, () => {
      try {
        return evaluateJson(decl.value, this.scope);
      } catch (error) {
        if (error instanceof EvalError) return new Unknown(`local.${name} of ${this.#where}: ${error.message}`);
        throw error;
      }
    });
  }

  output(name: string): Value {
    const decl = this.config.outputs.get(name);
    if (decl === undefined) throw new EvalError(`${this.#where} has no output "${name}"`);
    return memo(this.#outputs, name, `output ${name}`, () => {
      try {
        return evaluateJson(own(decl.body, 'value'), this.scope);
      } catch (error) {
        if (error instanceof EvalError) return new Unknown(`output ${name} of ${this.#where}: ${error.message}`);
        throw error;
      }
    });
  }

  /** `module.x` as a caller sees this instance: its outputs. */
  outputsValue(): Lazy {
    this.#outputsValue ??= new Lazy(
      this.address,
      (n) => this.output(n),
      () => new ObjectValue([...this.config.outputs.keys()].map((n) => [n, this.output(n)] as const)),
    );
    return this.#outputsValue;
  }

  /** Creates every resource instance of this module and of its local module calls, in order. */
  expandAll(): void {
    for (const decl of this.config.resources) {
      for (const r of this.#groupOf(decl).instances()) this.run.resources.push(r);
    }
    for (const name of this.config.calls.keys()) {
      const call = this.#call(name);
      for (const child of call.children()) child.expandAll();
    }
  }
}
