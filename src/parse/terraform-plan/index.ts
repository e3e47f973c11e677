/**
 * Reads Terraform plan JSON (`terraform show -json plan.out`, format 0.x and 1.x) and state JSON
 * into source resources. Every resource instance that exists after apply becomes one resource:
 * from `resource_changes` (values from `change.after`, unknowns from `after_unknown`), then any
 * instance only in `planned_values` or `prior_state` (older plans, data sources). Deleted and
 * forgotten instances are left out. Wrong types anywhere are skipped and reported as problems;
 * only an unsupported major format version stops the read.
 */
import { ParseError, type ToolError } from '../../errors.js';
import type { SourceResource } from '../source.js';
import { canonicalKey, indexKeys, isResourceAddress, parseModuleAddress, parseResourceAddress, plainModuleSteps, resourceAddressParts, resourceInModule } from './address.js';
import { ConfigTree, type ConfigModule } from './config.js';
import { isRecord, own, type JsonObject } from './guards.js';
import { AddressLocator } from './locate.js';
import { ProviderConfigs } from './providers.js';
import { PlanResource, type PlanContext, type Placement } from './resource.js';
import { ModuleInstances, ResourceIndex, Resolver, type ModuleInstance } from './resolve.js';
import type { PlanSources } from './sources.js';

export { terraformPlanReader } from './reader.js';

const PLAN_KEYS = ['planned_values', 'resource_changes', 'prior_state', 'configuration'] as const;
// Module trees deeper than this are not real plans; stop rather than overflow the stack.
const MAX_MODULE_DEPTH = 100;

/**
 * Does this text say it is a plan, even if it does not parse? Terraform writes `format_version`
 * first, so a truncated plan still has it; other JSON (tsconfig with comments, editor settings)
 * does not, and is skipped quietly when it is malformed.
 */
export function mentionsPlan(text: string): boolean {
  return text.includes('"format_version"');
}

/**
 * True when the JSON is a Terraform plan or state by content: an object with a `format_version`
 * (of any type: a wrong one is reported by readTerraformPlan) and one of planned_values /
 * resource_changes / prior_state / configuration or (state) `values.root_module`, or nothing else
 * but `terraform_version` (an empty state; `format_version` alone only when it is a string).
 */
export function isTerraformPlan(json: unknown): boolean {
  if (!isRecord(json) || !Object.hasOwn(json, 'format_version')) return false;
  // A format_version of another type (`1`, `null`) with a plan's keys is a plan written wrongly:
  // it is read, so that readTerraformPlan says what is wrong with it, instead of being skipped.
  if (hasPlanKeys(json)) return true;
  const values = own(json, 'values');
  if (isRecord(values) && Object.hasOwn(values, 'root_module')) return true;
  if (typeof own(json, 'format_version') !== 'string') return Object.hasOwn(json, 'terraform_version');
  // An empty state: `terraform show -json` prints only the format (and Terraform's) version.
  return Object.keys(json).every((k) => k === 'format_version' || k === 'terraform_version');
}

/** Does the plan (or state) object have one of a plan's sections? */
function hasPlanKeys(json: JsonObject): boolean {
  return PLAN_KEYS.some((k) => Object.hasOwn(json, k));
}

export interface PlanReadResult {
  resources: SourceResource[];
  /**
   * Instances the plan deletes (and the old objects of replacements and in-place updates), with
   * their values before the change: gone after apply, they tell the model which entries of
   * refreshed route and rule lists go with them. Forgotten instances are not here: they stay in AWS.
   */
  removed: SourceResource[];
  problems: ToolError[];
}

/**
 * Reads a parsed plan (or state). `text` is the file's text, used only to locate resources and
 * problems. Throws ParseError, located at the `format_version` value, when the major format
 * version is not 0 or 1. Never throws on wrong types inside: the bad part is skipped and a
 * `problems` entry says what and where.
 */
export function readTerraformPlan(json: unknown, text: string, file: string, options: PlanReadOptions = {}): PlanReadResult {
  const reader = new PlanReader(text, file, options);
  return reader.read(json);
}

export interface PlanReadOptions {
  /**
   * Finds the `.tf` sources of the plan's `configuration` (sources.ts), so resources are located
   * there; without it, or when it finds none, they are located in the plan.
   */
  readonly sources?: (configuration: unknown) => PlanSources | undefined;
}

class PlanReader {
  readonly #file: string;
  readonly #locator: AddressLocator;
  readonly #problems: ToolError[] = [];
  readonly #resources: PlanResource[] = [];
  readonly #removed: PlanResource[] = [];
  readonly #byAddress = new Set<string>();
  /**
   * The addresses resource_changes mentions that are not read as resources (deleted, forgotten,
   * not an address vpclint reads): with #byAddress, every address it mentions, whose entries in
   * the values sections are skipped. Kept apart, so that a plan's resources are not in two sets.
   */
  readonly #changedOnly = new Set<string>();
  readonly #index = new ResourceIndex();
  /**
   * Whether resources go into #index. Only the resolver reads it, for references of the
   * configuration: a plan without one (a generated topology of 60k resources) indexes nothing.
   */
  #indexed = false;
  readonly #instances = new ModuleInstances();
  #ctx: PlanContext | undefined;

  readonly #options: PlanReadOptions;

  constructor(text: string, file: string, options: PlanReadOptions) {
    this.#file = file;
    this.#locator = new AddressLocator(text);
    this.#options = options;
  }

  read(json: unknown): PlanReadResult {
    if (!isRecord(json)) {
      this.#problem('a Terraform plan must be a JSON object', { line: 1, column: 1 });
      return this.#result();
    }
    this.#locator.setSections(Object.keys(json));
    this.#checkFormatVersion(json);
    this.#ctx = this.#context(own(json, 'configuration'), own(json, 'variables'));

    const changes = own(json, 'resource_changes');
    if (Array.isArray(changes)) for (let i = 0; i < changes.length; i++) this.#readChange(changes[i], i);
    else if (changes !== undefined && changes !== null) this.#problem('resource_changes is not a list; it is ignored', this.#locator.keyLocation('resource_changes'));

    const planned = own(json, 'planned_values');
    if (isRecord(planned)) this.#readModule(own(planned, 'root_module'), 'planned_values.root_module', 0);
    else if (planned !== undefined && planned !== null) this.#problem('planned_values is not an object; it is ignored', this.#locator.keyLocation('planned_values'));

    const prior = own(json, 'prior_state');
    if (isRecord(prior)) {
      const values = own(prior, 'values');
      if (isRecord(values)) this.#readModule(own(values, 'root_module'), 'prior_state.values.root_module', 0);
      else if (values !== undefined && values !== null) this.#problem('prior_state.values is not an object; it is ignored', this.#locator.keyLocation('prior_state'));
    } else if (prior !== undefined && prior !== null) {
      this.#problem('prior_state is not an object; it is ignored', this.#locator.keyLocation('prior_state'));
    }

    // A state file (`terraform show -json` without a plan): every resource exists as recorded.
    if (!hasPlanKeys(json)) {
      const values = own(json, 'values');
      if (isRecord(values)) this.#readModule(own(values, 'root_module'), 'values.root_module', 0);
      else if (values !== undefined && values !== null) this.#problem('values is not an object; it is ignored', this.#locator.keyLocation('values'));
    }
    return this.#result();
  }

  /**
   * What every resource of the plan reads through. Made apart from `read`, which holds the whole
   * parsed plan: the closures here live as long as the resources, and must not keep it alive
   * (closures share their function's captured variables), only the configuration and variables.
   */
  #context(configuration: unknown, variables: unknown): PlanContext {
    const config = new ConfigTree(configuration, (message) => this.#problem(message, this.#locator.keyLocation('configuration')));
    this.#indexed = !config.empty;
    return {
      file: this.#file,
      locator: this.#locator,
      resolver: new Resolver(this.#index, this.#instances, config, variables),
      providers: new ProviderConfigs(configuration),
      ...this.#sourcesOf(configuration),
      resourceAt: (address) => this.#resourceAt(address),
      // Without a configuration no resource has one, and its module instance and key are only
      // used to resolve its configuration's references: resources are not placed (no address is
      // parsed), as for an address that is not a resource address.
      place: config.empty ? () => undefined : (address) => this.#place(address, config),
    };
  }

  #addresses: Map<string, PlanResource> | undefined;

  /** A resource read from the plan by its address (indexed on the first request, once all are read). */
  #resourceAt(address: string): PlanResource | undefined {
    this.#addresses ??= new Map(this.#resources.map((r) => [r.address, r]));
    return this.#addresses.get(address);
  }

  /** Module instances (and their configuration) by the text of plain addresses' module part. */
  readonly #modules = new Map<string, { readonly module: ModuleInstance; readonly config: ConfigModule | undefined }>();

  /**
   * Where a resource address sits. Most addresses are plain, and the resources of one module
   * instance share the text of its module part: its steps and configuration are read once.
   */
  #place(address: string, config: ConfigTree): Placement | undefined {
    const parts = resourceAddressParts(address);
    if (parts === undefined) return undefined;
    let scope: { readonly module: ModuleInstance; readonly config: ConfigModule | undefined } | undefined;
    if ('prefix' in parts) {
      scope = this.#modules.get(parts.prefix);
      if (scope === undefined) {
        const module = this.#instances.of(plainModuleSteps(parts.prefix));
        scope = { module, config: config.module(module.names) };
        this.#modules.set(parts.prefix, scope);
      }
    } else {
      const module = this.#instances.of(parts.modules);
      scope = { module, config: config.module(module.names) };
    }
    const resource = scope.config?.resources.get(resourceInModule(parts.mode, parts.type, parts.name));
    return { module: scope.module, config: resource, key: parts.key };
  }

  #sourcesOf(configuration: unknown): { sources?: PlanSources } {
    const sources = this.#options.sources?.(configuration);
    return sources === undefined ? {} : { sources };
  }

  #result(): PlanReadResult {
    return { resources: this.#resources, removed: this.#removed, problems: this.#problems };
  }

  #problem(message: string, where: { line: number; column: number }): void {
    this.#problems.push({ file: this.#file, line: where.line, column: where.column, message });
  }

  #checkFormatVersion(json: Readonly<Record<string, unknown>>): void {
    const v = own(json, 'format_version');
    if (v === undefined) {
      this.#problem('plan has no format_version; reading it as format 1.x', { line: 1, column: 1 });
      return;
    }
    const major = typeof v === 'string' ? /^(\d+)(?:\.\d+)*$/.exec(v)?.[1] : undefined;
    if (major === '0' || major === '1') return;
    const at = this.#locator.valueLocation('format_version');
    if (typeof v !== 'string') {
      throw new ParseError(`plan format_version must be a string such as "1.2", not ${jsonKind(v)}`, {
        file: this.#file,
        line: at.line,
        column: at.column,
        hint: 'terraform show -json writes it as a string; was the plan edited or converted by another tool?',
      });
    }
    throw new ParseError(`unsupported plan format_version ${typeof v === 'string' ? v : JSON.stringify(v)}; vpclint reads format 0.x and 1.x`, {
      file: this.#file,
      line: at.line,
      column: at.column,
      hint: 'Look for a newer vpclint, or produce the plan with a Terraform version that writes format 1.x.',
    });
  }

  #readChange(entry: unknown, i: number): void {
    // Paths of entries are built only for a problem: a plan has hundreds of thousands of entries.
    if (!isRecord(entry)) {
      this.#problem(`${entryPath('resource_changes', i)} is not an object; it is ignored`, this.#locator.keyLocation('resource_changes'));
      return;
    }
    const address = own(entry, 'address');
    if (typeof address !== 'string') {
      this.#problem(`${entryPath('resource_changes', i)} has no address; it is ignored`, this.#locator.keyLocation('resource_changes'));
      return;
    }
    // A deposed object is an old copy left by create_before_destroy; its change only removes it.
    const deposed = own(entry, 'deposed');
    if (deposed !== undefined && deposed !== null) return;
    const change = own(entry, 'change');
    const actions = own(change, 'actions');
    if (!Array.isArray(actions) || actions.length === 0 || !actions.every((a) => typeof a === 'string')) {
      this.#problem(`${entryPath('resource_changes', i)} (${address}) has no list of actions in change.actions; it is ignored`, this.#locator.locate(address));
      return;
    }
    const action = actionOf(actions as string[]);
    if (action === undefined || action === 'replace' || action === 'update') this.#readRemoved(entry, address, change, actions as string[]);
    if (action === undefined) {
      this.#changedOnly.add(address);
      return;
    }
    let after = own(change, 'after');
    if (after !== undefined && after !== null && !isRecord(after)) {
      this.#problem(`${address}: change.after is not an object; its values are ignored`, this.#locator.locate(address));
      after = undefined;
    }
    let afterUnknown = own(change, 'after_unknown');
    if (afterUnknown !== undefined && afterUnknown !== null && typeof afterUnknown !== 'boolean' && !isRecord(afterUnknown)) {
      this.#problem(`${address}: change.after_unknown is not an object; it is ignored`, this.#locator.locate(address));
      afterUnknown = undefined;
    }
    if (this.#byAddress.has(address)) {
      this.#problem(`${entryPath('resource_changes', i)}: ${address} is listed twice; the second entry is ignored`, this.#locator.locate(address));
      return;
    }
    if (!this.#add(entry, address, action, after, afterUnknown, 'resource_changes', i)) this.#changedOnly.add(address);
  }

  /**
   * The object a change removes or rewrites, as it is before the change: what a delete or replace
   * removes, and the old values of an in-place update (the provider updates a security group
   * rule's source or ports in place, so the refreshed group still lists the old rule).
   */
  #readRemoved(entry: Readonly<Record<string, unknown>>, address: string, change: unknown, actions: readonly string[]): void {
    if (!actions.includes('delete') && !actions.includes('update')) return;
    const before = own(change, 'before');
    if (!isRecord(before)) return;
    const type = own(entry, 'type');
    const mode = own(entry, 'mode');
    if (typeof type !== 'string' || (mode !== 'managed' && mode !== 'data')) return;
    this.#removed.push(new PlanResource(this.#ctx!, address, type, mode, 'delete', before, undefined));
  }

  #readModule(mod: unknown, where: string, depth: number): void {
    if (mod === undefined || mod === null) return;
    if (!isRecord(mod)) {
      this.#problem(`${where} is not an object; it is ignored`, this.#locator.keyLocation(where.split('.')[0]!));
      return;
    }
    const section = where.split('.')[0]!;
    const ownAddress = own(mod, 'address');
    const moduleAddress = depth === 0 ? '' : typeof ownAddress === 'string' ? ownAddress : undefined;
    const resources = own(mod, 'resources');
    if (Array.isArray(resources)) {
      const list = `${where}.resources`;
      const prefix = moduleAddress === undefined ? undefined : `${moduleAddress}.`;
      for (let i = 0; i < resources.length; i++) this.#readValues(resources[i], section, list, i, moduleAddress, prefix);
    } else if (resources !== undefined && resources !== null) {
      this.#problem(`${where}.resources is not a list; it is ignored`, this.#locator.keyLocation(section));
    }
    const children = own(mod, 'child_modules');
    if (Array.isArray(children)) {
      if (depth >= MAX_MODULE_DEPTH) {
        if (children.length > 0) this.#problem(`${where} nests modules more than ${MAX_MODULE_DEPTH} deep; the deeper ones are ignored`, this.#locator.keyLocation(section));
        return;
      }
      children.forEach((c, i) => this.#readModule(c, `${where}.child_modules[${i}]`, depth + 1));
    } else if (children !== undefined && children !== null) {
      this.#problem(`${where}.child_modules is not a list; it is ignored`, this.#locator.keyLocation(section));
    }
  }

  /**
   * Entry `i` of `list` (its path, built only for a problem), in `section`; `prefix` is
   * `moduleAddress` and a dot, made once per module.
   */
  #readValues(entry: unknown, section: string, list: string, i: number, moduleAddress: string | undefined, prefix: string | undefined): void {
    if (!isRecord(entry)) {
      this.#problem(`${entryPath(list, i)} is not an object; it is ignored`, this.#locator.keyLocation(section));
      return;
    }
    const given = own(entry, 'address');
    if (typeof given !== 'string') {
      this.#problem(`${entryPath(list, i)} has no address; it is ignored`, this.#locator.keyLocation(section));
      return;
    }
    const address = fullAddress(entry, given, moduleAddress, prefix);
    // Most entries are of resources read from resource_changes: that is asked first, since
    // looking for a key an object does not have (`deposed_key`) is the slowest read.
    if (this.#byAddress.has(address) || this.#changedOnly.has(address)) return;
    // State entries of deposed objects carry `deposed_key`; they are gone after apply.
    if (own(entry, 'deposed_key') !== undefined) return;
    let values = own(entry, 'values');
    if (values !== undefined && values !== null && !isRecord(values)) {
      this.#problem(`${address}: ${section} values are not an object; they are ignored`, this.#locator.locate(address));
      values = undefined;
    }
    this.#add(entry, address, undefined, values, undefined, list, i);
  }

  /**
   * Adds a resource whose address is not read yet (both callers check it: one lookup per entry);
   * false when the address is not one vpclint reads (a problem says so).
   */
  #add(
    entry: Readonly<Record<string, unknown>>,
    address: string,
    action: string | undefined,
    values: unknown,
    unknown: unknown,
    list: string,
    i: number,
  ): boolean {
    // Indexed only with a configuration (#indexed); without one, the address is only checked.
    const keys = this.#indexed ? indexKeys(address) : undefined;
    if (this.#indexed ? keys === undefined : !isResourceAddress(address)) {
      this.#problem(`${entryPath(list, i)}: "${address}" is not a resource address vpclint can read; it is ignored`, this.#locator.locate(address));
      return false;
    }
    let type = own(entry, 'type');
    let mode = own(entry, 'mode');
    if (typeof type !== 'string' || (mode !== 'managed' && mode !== 'data')) {
      const parsed = parseResourceAddress(address);
      type = typeof type === 'string' ? type : parsed?.type;
      mode = mode === 'managed' || mode === 'data' ? mode : parsed?.mode;
    }
    const resource = new PlanResource(
      this.#ctx!,
      address,
      typeof type === 'string' ? type : '',
      mode === 'data' ? 'data' : 'managed',
      action,
      values,
      unknown,
    );
    this.#byAddress.add(address);
    this.#resources.push(resource);
    if (keys !== undefined) this.#index.add(keys.resource, keys.instance, address);
    return true;
  }
}

/**
 * The full instance address of a planned_values / prior_state entry. Terraform 0.12 wrote the
 * prior state of child modules with addresses relative to the module and without the instance
 * key (`data.aws_vpc.x` for `module.m.data.aws_vpc.x[0]`); such entries are rebuilt from their
 * module's address and their mode, type, name and index.
 */
function fullAddress(entry: Readonly<Record<string, unknown>>, given: string, moduleAddress: string | undefined, prefix: string | undefined): string {
  if (moduleAddress === undefined) return given;
  const index = own(entry, 'index');
  const hasIndex = typeof index === 'number' || typeof index === 'string';
  const inModule = moduleAddress === '' ? !given.startsWith('module.') : given.startsWith(prefix ?? `${moduleAddress}.`);
  if (inModule && (!hasIndex || given.endsWith(']'))) return given;
  const mode = own(entry, 'mode');
  const type = own(entry, 'type');
  const name = own(entry, 'name');
  if ((mode !== 'managed' && mode !== 'data') || typeof type !== 'string' || typeof name !== 'string') return given;
  if (parseModuleAddress(moduleAddress) === undefined) return given;
  const key = hasIndex ? canonicalKey(index) : '';
  return `${moduleAddress === '' ? '' : `${moduleAddress}.`}${resourceInModule(mode, type, name)}${key}`;
}

/** `list[i]`: where an entry is, for a problem. */
function entryPath(list: string, i: number): string {
  return `${list}[${i}]`;
}

/** What a JSON value is, for messages: `the number 1`, `null`, `a list`. */
function jsonKind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return `the ${typeof v} ${JSON.stringify(v)}`;
}

/**
 * The action a plan entry takes, or undefined when the instance is gone after apply (only
 * `delete` / `forget`). A create together with a delete or forget is a replacement.
 */
function actionOf(actions: readonly string[]): string | undefined {
  const gone = (a: string): boolean => a === 'delete' || a === 'forget';
  if (actions.every(gone)) return undefined;
  if (actions.includes('create') && actions.some(gone)) return 'replace';
  return actions.length === 1 ? actions[0] : actions.join('-');
}
