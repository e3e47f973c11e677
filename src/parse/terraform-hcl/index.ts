/**
 * Reads Terraform sources (`.tf`) into source resources without a plan. A directory is a module:
 * all its `.tf` files together (a file named alone brings its directory's other `.tf` files).
 * Local module calls are loaded recursively from disk; a directory linted only as another linted
 * directory's local module is not linted again on its own. Root variables take their values as
 * Terraform does: defaults, then `terraform.tfvars`, `terraform.tfvars.json`, `*.auto.tfvars(.json)`
 * in name order, then `--var-file` and `--var` in command-line order. Every resource of one root
 * module tree gets the root directory as its `file`, so references resolve across its files.
 * A root module directory that also holds the plan JSON of its own configuration (the same root
 * resources, data sources and module calls) is linted through that plan only: the plan says all
 * the sources say and more, and linting both would report every finding twice.
 */
import path from 'node:path';
import type { ToolError } from '../../errors.js';
import { readRegularFile } from '../../files.js';
import type { SourceResource } from '../source.js';
import { buildModuleConfig, isRecord, type FileSyntax, type ModuleConfig } from './config.js';
import { Scope, evaluateJson } from './evaluate.js';
import { parseHcl } from './hcl2json.js';
import { parseTerraformJson } from './json-syntax.js';
import { locateStructure } from './locate.js';
import { MAX_MODULE_INSTANCES, ModuleInstance, localModuleDir, noInstalledModules, resolveModuleSource, type InstalledModules, type RootRun } from './module.js';
import { HclSyntaxError, parseExpression } from './syntax.js';
import { isPrimitiveType } from './type-constraints.js';
import { evaluate } from './evaluate.js';
import { EvalError, fromJson, type Value } from './values.js';
import type { HclResource } from './resource.js';
import { capProblems } from '../problems.js';
import { FileComments } from '../suppression-comments.js';

export { isParserLoaded } from './hcl2json.js';
export { terraformHclReader } from './reader.js';

export interface TerraformSourceFile {
  /** As displayed: relative to cwd, POSIX separators. */
  readonly file: string;
  readonly text: string;
}

/** A `--var name=value` or a `--var-file FILE`, in command-line order. */
export type TerraformVariableInput =
  | { readonly kind: 'var'; readonly name: string; readonly value: string }
  | { readonly kind: 'file'; readonly file: string };

/** File access for module directories, tfvars files and var files (display paths). */
export interface TerraformHost {
  /** Names of the files directly in `dir`, or undefined when it is not a readable directory. */
  listDirectory(dir: string): Promise<readonly string[] | undefined>;
  /** A file's text; throws an InputError-like error when it cannot be read. */
  readFile(file: string): Promise<string>;
}

export interface TerraformReadOptions {
  readonly variables?: readonly TerraformVariableInput[];
  /** Defaults to the given sources only (no disk access). */
  readonly host?: TerraformHost;
}

export interface TerraformReadResult {
  readonly resources: readonly SourceResource[];
  readonly errors: readonly ToolError[];
  /** Every Terraform file read (.tf, tfvars, var files). */
  readonly files: readonly string[];
}

/**
 * Is this a Terraform configuration file: `.tf` (HCL), or `.tf.json` (Terraform's JSON syntax, what
 * CDKTF writes), or OpenTofu's `.tofu` and `.tofu.json`, read the same way? All are files of their
 * directory's module.
 */
export function isTerraformFile(file: string): boolean {
  return /\.(?:tf|tofu)(?:\.json)?$/i.test(file);
}

/** Is this a Terraform configuration file in JSON syntax (`.tf.json`, `.tofu.json`)? */
export function isTerraformJsonFile(file: string): boolean {
  return /\.(?:tf|tofu)\.json$/i.test(file);
}

/**
 * Is this `.tf` (`.tf.json`) file ignored because its OpenTofu variant is among `present` (paths
 * of the same directory)? Where both `x.tf` and `x.tofu` are, OpenTofu loads only `x.tofu` (and
 * `x.tofu.json` over `x.tf.json`), so that a module can carry an OpenTofu variant of a file beside
 * the Terraform one (https://opentofu.org/docs/language/files/). Terraform reads no `.tofu` file;
 * vpclint follows OpenTofu, the one of the two that reads both.
 */
export function isShadowedByTofu(file: string, present: ReadonlySet<string>): boolean {
  const m = /^(.*)\.tf(\.json)?$/i.exec(file);
  return m !== null && present.has(`${m[1]}.tofu${m[2] ?? ''}`);
}

function dirOf(file: string): string {
  const d = path.posix.dirname(file);
  return d === '' ? '.' : d;
}

function joinPath(dir: string, name: string): string {
  return dir === '.' ? name : `${dir}/${name}`;
}

/** A host over files already in memory. */
function memoryHost(sources: readonly TerraformSourceFile[]): TerraformHost {
  const byFile = new Map(sources.map((s) => [s.file, s.text]));
  return {
    async listDirectory(dir) {
      const names = sources.filter((s) => dirOf(s.file) === dir).map((s) => path.posix.basename(s.file));
      return names.length > 0 ? names : undefined;
    },
    async readFile(file) {
      const text = byFile.get(file);
      if (text === undefined) throw Object.assign(new Error(`${file}: no such file or directory`), { code: 'ENOENT' });
      return text;
    },
  };
}

function toolError(e: { file?: string; line?: number; column?: number; message: string }, cause?: unknown): ToolError {
  const out: { -readonly [K in keyof ToolError]: ToolError[K] } = { message: e.message };
  if (e.file !== undefined) out.file = e.file;
  if (e.line !== undefined) out.line = e.line;
  if (e.column !== undefined) out.column = e.column;
  if (cause !== undefined) out.cause = cause;
  return out;
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

class Reader {
  readonly host: TerraformHost;
  readonly errors: ToolError[] = [];
  readonly files = new Set<string>();
  readonly configs = new Map<string, ModuleConfig | undefined>();
  /** The suppression comments of every configuration file parsed, by display path. */
  readonly comments = new Map<string, FileComments>();
  readonly given: ReadonlyMap<string, readonly TerraformSourceFile[]>;

  constructor(host: TerraformHost, given: ReadonlyMap<string, readonly TerraformSourceFile[]>) {
    this.host = host;
    this.given = given;
  }

  async parseFile(source: TerraformSourceFile): Promise<FileSyntax | undefined> {
    this.files.add(source.file);
    this.comments.set(source.file, new FileComments(source.file, source.text, 'hcl'));
    if (isTerraformJsonFile(source.file)) {
      const read = parseTerraformJson(source.text, source.file);
      if ('errors' in read) {
        for (const e of read.errors) this.errors.push(toolError(e, e));
        return undefined;
      }
      return { file: source.file, json: read.json, structure: read.structure };
    }
    const parsed = await parseHcl(source.text, source.file);
    if ('errors' in parsed) {
      for (const e of parsed.errors) this.errors.push(toolError(e, e));
      return undefined;
    }
    return { file: source.file, json: parsed.json, structure: locateStructure(source.text) };
  }

  /** The `.tf` files of a directory: the given ones, plus any others the host lists there (without those a `.tofu` file shadows). */
  async moduleFiles(dir: string): Promise<TerraformSourceFile[] | undefined> {
    let names: readonly string[] | undefined;
    try {
      names = await this.host.listDirectory(dir);
    } catch {
      names = undefined;
    }
    const given = this.given.get(dir) ?? [];
    const present = new Set([...given.map((s) => s.file), ...(names ?? []).map((n) => joinPath(dir, n))]);
    const out = given.filter((s) => !isShadowedByTofu(s.file, present));
    const known = new Set(given.map((s) => s.file));
    for (const name of [...(names ?? [])].sort()) {
      const file = joinPath(dir, name);
      if (!isTerraformFile(name) || known.has(file) || isShadowedByTofu(file, present)) continue;
      try {
        out.push({ file, text: await this.host.readFile(file) });
      } catch (error) {
        this.errors.push(toolError({ file, message: describeReadError(error) }, error));
      }
    }
    return out.length > 0 ? out : undefined;
  }

  async load(dir: string): Promise<ModuleConfig | undefined> {
    if (this.configs.has(dir)) return this.configs.get(dir);
    this.configs.set(dir, undefined);
    const sources = await this.moduleFiles(dir);
    if (sources === undefined) return undefined;
    const syntax: FileSyntax[] = [];
    for (const s of sources) {
      const f = await this.parseFile(s);
      if (f !== undefined) syntax.push(f);
    }
    const config = buildModuleConfig(dir, syntax);
    for (const p of config.problems) this.errors.push(p);
    this.configs.set(dir, config);
    for (const call of config.calls.values()) {
      const child = localModuleDir(dir, call.source);
      if (child === undefined || this.configs.has(child)) continue;
      const loaded = await this.load(child);
      if (loaded === undefined) {
        this.errors.push(
          toolError({
            file: call.file,
            line: call.node?.line,
            column: call.node?.column,
            message: `module "${call.name}": there are no Terraform files in ${child}`,
          }),
        );
      }
    }
    return config;
  }

  /**
   * The modules `terraform init` installed for a root module: `.terraform/modules/modules.json`
   * maps each module key (`vpc`, `vpc.subnets`) to its directory, relative to the root module's
   * directory. Each directory is loaded like a local module.
   */
  async installed(root: string): Promise<InstalledModules> {
    const manifest = joinPath(root, '.terraform/modules/modules.json');
    let json: unknown;
    try {
      json = JSON.parse(await this.host.readFile(manifest));
    } catch (error) {
      if (error instanceof SyntaxError) return noInstalledModules(manifest, `is not valid JSON (${error.message})`);
      const code = (error as { code?: unknown } | null)?.code;
      return noInstalledModules(manifest, code === 'ENOENT' || code === 'ENOTDIR' ? 'does not exist' : `cannot be read (${describeReadError(error)})`);
    }
    const list = isRecord(json) ? json.Modules : undefined;
    if (!Array.isArray(list)) return noInstalledModules(manifest, 'has no "Modules" list');
    const modules = new Map<string, { dir: string; loaded: boolean }>();
    for (const m of list) {
      if (!isRecord(m) || typeof m.Key !== 'string' || typeof m.Dir !== 'string' || m.Key === '') continue;
      // Terraform on Windows writes `.terraform\modules\vpc`.
      const dir = path.posix.normalize(path.posix.join(root, m.Dir.replaceAll('\\', '/')));
      const trimmed = dir.length > 1 && dir.endsWith('/') ? dir.slice(0, -1) : dir;
      modules.set(m.Key, { dir: trimmed, loaded: (await this.load(trimmed)) !== undefined });
    }
    return { manifest, modules };
  }

  /**
   * Module calls of a root module tree whose source is not available locally (a registry, git,
   * HTTP or S3 module `terraform init` has not installed), each reported once at its module block:
   * what the module declares is not linted and its outputs are unknown, so the results are
   * incomplete. Local module directories without files are reported by `load`.
   */
  reportMissingModules(root: string, installed: InstalledModules): void {
    const reported = new Set<string>();
    const found: ToolError[] = [];
    // Calls are walked per path through the module tree, which can double at every level: the
    // walk stops where module expansion does (MAX_MODULE_INSTANCES, reported there).
    let budget = MAX_MODULE_INSTANCES;
    const walk = (dir: string, key: string, prefix: string, chain: readonly string[]): void => {
      const config = this.configs.get(dir);
      if (config === undefined || chain.length > 32 || --budget < 0) return;
      for (const call of config.calls.values()) {
        const callKey = key === '' ? call.name : `${key}.${call.name}`;
        const address = `${prefix}module.${call.name}`;
        const resolved = resolveModuleSource(dir, call.source, callKey, installed);
        if (resolved.kind === 'dir') {
          if (!chain.includes(resolved.dir)) walk(resolved.dir, callKey, `${address}.`, [...chain, resolved.dir]);
          continue;
        }
        if (call.source === undefined) continue;
        const where = `${call.file}:${call.node?.line ?? 0}:${call.node?.column ?? 0}`;
        if (reported.has(where)) continue;
        reported.add(where);
        found.push({
          ...toolError({
            file: call.file,
            line: call.node?.line,
            column: call.node?.column,
            message: `${address}: the module "${call.source}" is not installed (${resolved.why}), so it is not linted and its outputs are unknown`,
          }),
          hint: `run terraform init${root === '.' ? '' : ` in ${root}`} to install it: vpclint reads registry, git, HTTP and S3 modules from .terraform/modules and never downloads them`,
        });
      }
    };
    walk(root, '', '', [root]);
    const order = (e: ToolError): string => `${e.file ?? ''}\u0000${String(e.line ?? 0).padStart(9, '0')}`;
    found.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
    for (const e of found) this.errors.push(e);
  }

  /** Local module directories a directory's configuration calls, transitively. */
  reachable(dir: string): Set<string> {
    const seen = new Set<string>();
    const stack = [dir];
    while (stack.length > 0) {
      const d = stack.pop() as string;
      const config = this.configs.get(d);
      if (config === undefined) continue;
      for (const call of config.calls.values()) {
        const child = localModuleDir(d, call.source);
        if (child !== undefined && !seen.has(child)) {
          seen.add(child);
          stack.push(child);
        }
      }
    }
    return seen;
  }

  /** Parses a tfvars file (HCL or JSON) into values by variable name. */
  async variablesFile(file: string, text: string): Promise<Map<string, Value> | undefined> {
    this.files.add(file);
    const values = new Map<string, Value>();
    const noReferences = new Scope((name) => {
      throw new EvalError(`a variable value cannot refer to ${name}`);
    });
    if (/\.json$/i.test(file)) {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        this.errors.push(toolError({ file, line: 1, column: 1, message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }, error));
        return undefined;
      }
      if (!isRecord(json)) {
        this.errors.push(toolError({ file, line: 1, column: 1, message: 'a variables file in JSON must be an object' }));
        return undefined;
      }
      for (const k of Object.keys(json)) values.set(k, fromJson(json[k]));
      return values;
    }
    const parsed = await parseHcl(text, file);
    if ('errors' in parsed) {
      for (const e of parsed.errors) this.errors.push(toolError(e, e));
      return undefined;
    }
    const structure = locateStructure(text);
    for (const k of Object.keys(parsed.json)) {
      try {
        values.set(k, evaluateJson(parsed.json[k], noReferences));
      } catch (error) {
        if (!(error instanceof EvalError)) throw error;
        const at = structure.attributes.get(k);
        this.errors.push(toolError({ file, line: at?.line, column: at?.column, message: `${k}: ${error.message}` }));
      }
    }
    return values;
  }
}

/**
 * Terraform plans (plan JSON beside the sources) whose configuration is this module's: the same
 * root resources, data sources and module calls. Such a plan was made from these sources and
 * holds everything they say and more (values Terraform computed), so the module is linted
 * through it and not a second time from its sources.
 */
function planOfModule(config: ModuleConfig, sources: readonly TerraformSourceFile[]): string | undefined {
  const want = [...config.resourceIndex.keys(), ...[...config.calls.keys()].map((c) => `module.${c}`)].sort().join('\n');
  if (want === '') return undefined;
  for (const s of sources) {
    if (dirOf(s.file) !== config.dir || !/\.json$/i.test(s.file) || isTerraformJsonFile(s.file)) continue;
    if (!s.text.includes('"configuration"') || !s.text.includes('"format_version"')) continue;
    let json: unknown;
    try {
      json = JSON.parse(s.text);
    } catch {
      continue;
    }
    const root = isRecord(json) && isRecord(json.configuration) ? json.configuration.root_module : undefined;
    if (!isRecord(root)) continue;
    const addresses: string[] = [];
    if (Array.isArray(root.resources)) for (const r of root.resources) if (isRecord(r) && typeof r.address === 'string') addresses.push(r.address);
    if (isRecord(root.module_calls)) for (const name of Object.keys(root.module_calls)) addresses.push(`module.${name}`);
    if (addresses.sort().join('\n') === want) return s.file;
  }
  return undefined;
}

/** tfvars files Terraform loads automatically from a root module directory, in its order. */
export function automaticVariableFiles(names: readonly string[]): string[] {
  const auto = names.filter((n) => /\.auto\.tfvars(\.json)?$/.test(n)).sort();
  return [...['terraform.tfvars', 'terraform.tfvars.json'].filter((n) => names.includes(n)), ...auto];
}

/**
 * A root module's variable values, in Terraform's order: tfvars files in its directory, then
 * `--var-file` and `--var` as given (later ones win). Unreadable or invalid input is reported.
 */
async function rootValues(
  reader: Reader,
  root: string,
  instance: ModuleInstance,
  inputs: readonly TerraformVariableInput[],
  variableFiles: Map<string, Map<string, Value> | undefined>,
  values: Map<string, Value>,
): Promise<void> {
  const declared = instance.config.variables;
  let names: readonly string[] = [];
  try {
    names = (await reader.host.listDirectory(root)) ?? [];
  } catch {
    names = [];
  }
  for (const name of automaticVariableFiles(names)) {
    const file = joinPath(root, name);
    try {
      const parsed = await reader.variablesFile(file, await reader.host.readFile(file));
      for (const [k, v] of parsed ?? []) if (declared.has(k)) values.set(k, v);
    } catch (error) {
      reader.errors.push(toolError({ file, message: describeReadError(error) }, error));
    }
  }
  const noReferences = new Scope((name) => {
    throw new EvalError(`a variable value cannot refer to ${name}`);
  });
  for (const input of inputs) {
    if (input.kind === 'file') {
      if (!variableFiles.has(input.file)) {
        let parsed: Map<string, Value> | undefined;
        try {
          parsed = await reader.variablesFile(input.file, await reader.host.readFile(input.file));
        } catch (error) {
          reader.errors.push(toolError({ file: input.file, message: `cannot read this --var-file: ${describeReadError(error)}` }, error));
        }
        variableFiles.set(input.file, parsed);
      }
      for (const [k, v] of variableFiles.get(input.file) ?? []) if (declared.has(k)) values.set(k, v);
      continue;
    }
    if (!declared.has(input.name)) continue;
    // Terraform reads the value as text for a primitive (or untyped) variable, else as an expression.
    const type = instance.variableType(input.name);
    if (type === undefined || isPrimitiveType(type)) {
      values.set(input.name, input.value);
      continue;
    }
    try {
      values.set(input.name, evaluate(parseExpression(input.value), noReferences));
    } catch (error) {
      if (!(error instanceof EvalError) && !(error instanceof HclSyntaxError)) throw error;
      reader.errors.push(toolError({ message: `--var ${input.name}: the value is not a valid expression (${error.message})` }, error));
    }
  }
}

/**
 * Reads `.tf` sources: groups them into module directories, loads local modules, picks the roots,
 * and evaluates each root module tree into source resources. Never throws for bad input: parse
 * errors and unreadable files are in `errors` (located), and the other modules are still read.
 */
export async function readTerraformSources(sources: readonly TerraformSourceFile[], options: TerraformReadOptions = {}): Promise<TerraformReadResult> {
  const tf = sources.filter((s) => isTerraformFile(s.file));
  const given = new Map<string, TerraformSourceFile[]>();
  for (const s of tf) {
    const dir = dirOf(s.file);
    let list = given.get(dir);
    if (list === undefined) given.set(dir, (list = []));
    list.push(s);
  }
  const reader = new Reader(options.host ?? memoryHost(sources), given);
  const dirs = [...given.keys()].sort();
  for (const dir of dirs) await reader.load(dir);

  // A directory reached as a local module of another linted directory is linted through it.
  const reach = new Map(dirs.map((d) => [d, reader.reachable(d)]));
  // Modules terraform init installed (.terraform/modules) are read through the root that uses them.
  const roots = dirs.filter(
    (d) => !d.split('/').includes('.terraform') && !dirs.some((other) => other !== d && reach.get(other)?.has(d) && !reach.get(d)?.has(other)),
  );

  const resources: HclResource[] = [];
  const declared = new Set<string>();
  const variableFiles = new Map<string, Map<string, Value> | undefined>();
  const linted = new Set<string>();
  const reportedCalls = new Set<string>();
  for (const root of roots) {
    const config = reader.configs.get(root);
    if (config === undefined) continue;
    for (const name of config.variables.keys()) declared.add(name);
    if (planOfModule(config, sources) !== undefined) continue;
    linted.add(root);
    for (const d of reader.reachable(root)) linted.add(d);
    const run: RootRun = {
      unit: root,
      rootDir: root,
      configOf: (dir) => reader.configs.get(dir),
      resources,
      problems: reader.errors,
      installed: await reader.installed(root),
      moduleInstances: 0,
      resourceInstances: 0,
      reportedCalls,
      comments: (file) => reader.comments.get(file),
    };
    reader.reportMissingModules(root, run.installed);
    for (const { dir, loaded } of run.installed.modules.values()) {
      if (!loaded) continue;
      linted.add(dir);
      for (const d of reader.reachable(dir)) linted.add(d);
    }
    const values = new Map<string, Value>();
    const instance = new ModuleInstance(run, config, '', (name) => values.get(name), [root]);
    await rootValues(reader, root, instance, options.variables ?? [], variableFiles, values);
    instance.expandAll();
  }
  for (const input of options.variables ?? []) {
    if (input.kind === 'var' && !declared.has(input.name) && roots.length > 0) {
      reader.errors.push(toolError({ message: `--var ${input.name}: no linted root module declares a variable "${input.name}"` }));
    }
  }
  // Files of modules linted through their plan are not counted as linted; variables files are.
  const files = [...reader.files].filter((f) => !isTerraformFile(f) || linted.has(dirOf(f)));
  return { resources, errors: capProblems(reader.errors), files: files.sort() };
}

/** Reads files and directories from disk, for display paths relative to `cwd`. */
export function fileSystemHost(cwd: string, decode: (bytes: Buffer) => string): TerraformHost {
  return {
    async listDirectory(dir) {
      const { readdir } = await import('node:fs/promises');
      try {
        const entries = await readdir(path.resolve(cwd, dir), { withFileTypes: true });
        return entries.filter((e) => e.isFile()).map((e) => e.name);
      } catch {
        return undefined;
      }
    },
    async readFile(file) {
      // Regular files only: a FIFO or a link to /dev/zero (a hostile modules.json) must not hang the run.
      return decode(readRegularFile(path.resolve(cwd, file)));
    },
  };
}
