/**
 * Plan findings at the source: where a plan's resources are written in the `.tf` files it was made
 * from. `terraform show -json` writes one line, so a plan position says nothing a reviewer can use;
 * the pull request shows the `.tf` files. The plan's `configuration` names each module's resources
 * and module calls (with each call's `source`), so a plan address (`module.spoke["a"].aws_vpc.this`)
 * leads to a module directory (`spoke`'s source) and a block in it (`resource "aws_vpc" "this"`),
 * found with the `.tf` locator (../terraform-hcl/locate.ts), never with the HCL parser: positions
 * are all that is needed, and reading them is synchronous and cheap.
 *
 * The root module is looked for where the configuration usually is: a directory the user names
 * (`--source-dir`, like Checkov's `--repo-root-for-plan-enrichment`), the plan's own directory, the
 * repository root. A directory is the plan's root module only when its `.tf` files can be one
 * module (no resource, data source or module call declared twice) and declare every resource and
 * module call of `configuration.root_module`, so a folder of separate configurations (a rule's
 * fixtures), or sources that changed since the plan was made, are never taken for it. Local
 * module sources are directories relative to the calling module's, as for Terraform; registry, git
 * and other remote modules are found through `.terraform/modules/modules.json` (../terraform-hcl/
 * module.ts resolves both, as it does for `.tf` linting). A resource of a remote module is placed
 * at the call of that module (its files are under `.terraform/`, outside the pull request), with
 * its block in the module kept on that call (`installedSource`). What cannot be found keeps its
 * plan location.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AttrPath, AttrValue, ModuleCallLocation, SourceLocation } from '../source.js';
import { blocksNamed, locateStructure, type BlockNode, type BodyNode } from '../terraform-hcl/locate.js';
import { isShadowedByTofu } from '../terraform-hcl/index.js';
import { noInstalledModules, resolveModuleSource, type InstalledModules } from '../terraform-hcl/module.js';
import { canonicalKey, parseResourceAddress } from './address.js';
import { isRecord, own, type JsonObject } from './guards.js';

/** Synchronous file access by display path (relative to cwd, POSIX separators). */
export interface SourceTree {
  /** Names of the regular files directly in `dir`, or undefined when it is not a readable directory. */
  files(dir: string): readonly string[] | undefined;
  /** A file's text as UTF-8 (the locator's positions count a byte order mark, if any), or undefined when it cannot be read. */
  readFile(file: string): string | undefined;
  /**
   * The texts `readFile` read, by display path, decoded as the run decodes every file it reads:
   * what fixes are written into (the engine reads no file). Filled as files are read.
   */
  readonly texts?: ReadonlyMap<string, string>;
  /** Whether `dir` holds an entry named `.git` (a directory, or a file in a worktree). */
  hasGit(dir: string): boolean;
  /** The parent directory's display path, or undefined at the file system's root. */
  parent(dir: string): string | undefined;
}

/** The source tree on disk, for display paths relative to `cwd`; `decode` decodes its `texts`. */
export function diskSourceTree(cwd: string, decode: (bytes: Buffer) => string): SourceTree {
  const texts = new Map<string, string>();
  const abs = (p: string): string => path.resolve(cwd, p);
  const display = (p: string): string => {
    const rel = path.relative(cwd, p).split(path.sep).join('/');
    return rel === '' ? '.' : rel;
  };
  return {
    files(dir) {
      try {
        return readdirSync(abs(dir), { withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => e.name);
      } catch {
        return undefined;
      }
    },
    readFile(file) {
      try {
        // Regular files only: a FIFO named like a .tf file must not hang the run.
        if (!statSync(abs(file)).isFile()) return undefined;
        const bytes = readFileSync(abs(file));
        const text = bytes.toString('utf8');
        // The two differ only for a byte order mark or UTF-16; where they are equal, one string is kept.
        const decoded = decode(bytes);
        texts.set(file, decoded === text ? text : decoded);
        return text;
      } catch {
        return undefined;
      }
    },
    texts,
    hasGit(dir) {
      return existsSync(path.join(abs(dir), '.git'));
    },
    parent(dir) {
      const a = abs(dir);
      const up = path.dirname(a);
      return up === a ? undefined : display(up);
    },
  };
}

/** Where one plan resource is written, and the module calls it is instantiated through. */
export interface ResourceSource {
  /**
   * The resource block: its first line and the line of its closing brace. For a resource inside a
   * registry (or git, HTTP…) module, which `terraform init` installs under `.terraform/` (not in
   * the pull request, usually git-ignored): the `module` block that calls that module, in the
   * module that calls it (the root's `.tf`); that call's entry in `moduleCalls` has the resource
   * block as its `installedSource`, and `attribute` finds nothing (its lines are in `.terraform/`).
   */
  readonly block: SourceLocation;
  /** The module calls from the root down (`module.spoke["a"]` in the root's `.tf`); empty in the root. */
  readonly moduleCalls: readonly ModuleCallLocation[];
  /**
   * Where an attribute is written in the block: a top-level argument (`cidr_block`), or one inside a
   * nested block (`route[0].cidr_block`: the `route` block whose written values match the plan's
   * element, when exactly one does). Undefined when it is not written in the block (set by a
   * `dynamic` block, computed by the provider).
   */
  attribute(path: AttrPath, value: (path: AttrPath) => AttrValue, referenced?: Referenced): SourceLocation | undefined;
}

/**
 * The plan's known value of an expression written in the resource's module, when it is a simple
 * reference the plan can answer (`aws_vpc.hub.cidr_block`); undefined otherwise.
 */
export type Referenced = (expression: string) => unknown;

/** The `.tf` sources of one plan: the root module directory found, and a lookup by plan address. */
export interface PlanSources {
  /** The root module's directory (display path). */
  readonly dir: string;
  resource(address: string): ResourceSource | undefined;
}

/** One module directory's `.tf` files with their structure. */
interface ModuleFiles {
  readonly files: readonly { readonly file: string; readonly text: string; readonly body: BodyNode }[];
  /**
   * What is declared twice (a resource, data source or module call), which one module cannot do:
   * a folder of separate configurations (a rule's fixtures, a scratch folder). Undefined when nothing is.
   */
  readonly twice: string | undefined;
}

// Module trees deeper than this are not real configuration.
const MAX_DEPTH = 32;

/** The module directories read through each source tree (one tree per run). */
const loadedDirectories = new WeakMap<SourceTree, Map<string, ModuleFiles | undefined>>();

/**
 * Finds the root module of a plan among `candidates` (display paths, in order of preference) and
 * returns the lookup, or undefined when none of them declares the plan's root module.
 */
export function findPlanSources(configuration: unknown, candidates: readonly string[], tree: SourceTree): PlanSources | undefined {
  const root = isRecord(configuration) ? own(configuration, 'root_module') : undefined;
  if (!isRecord(root)) return undefined;
  const load = (dir: string): ModuleFiles | undefined => loadDirectory(dir, tree);
  for (const dir of unique(candidates)) {
    if (whyNotRoot(load(dir), root, dir) !== undefined) continue;
    return new SourceLookup(dir, root, load, readManifest(dir, tree));
  }
  return undefined;
}

/**
 * Why `dir` is not the root module of the plan's configuration, for a person (`--source-dir`
 * names a directory that is not it): undefined when it is.
 */
export function whyNotRootModule(configuration: unknown, dir: string, tree: SourceTree): string | undefined {
  const root = isRecord(configuration) ? own(configuration, 'root_module') : undefined;
  if (!isRecord(root)) return 'the plan records no configuration, so its resources cannot be found in .tf files';
  return whyNotRoot(loadDirectory(dir, tree), root, dir);
}

/** One run lints many plans, often from one folder: each directory is read and scanned once. */
function loadDirectory(dir: string, tree: SourceTree): ModuleFiles | undefined {
  let modules = loadedDirectories.get(tree);
  if (modules === undefined) loadedDirectories.set(tree, (modules = new Map()));
  if (modules.has(dir)) return modules.get(dir);
  modules.set(dir, undefined);
  const names = tree.files(dir);
  if (names === undefined) return undefined;
  const present = new Set(names.map((n) => joinPath(dir, n)));
  const files: { file: string; text: string; body: BodyNode }[] = [];
  for (const name of [...names].sort()) {
    const file = joinPath(dir, name);
    if (!/\.(?:tf|tofu)$/i.test(name) || isShadowedByTofu(file, present)) continue;
    const text = tree.readFile(file);
    if (text !== undefined) files.push({ file, text, body: locateStructure(text) });
  }
  const loaded = files.length > 0 ? { files, twice: declaredTwice(files) } : undefined;
  modules.set(dir, loaded);
  return loaded;
}

/** The first resource, data source or module call the files declare twice, as `file:line`; undefined when none is. */
function declaredTwice(files: readonly { readonly file: string; readonly body: BodyNode }[]): string | undefined {
  const seen = new Map<string, string>();
  for (const f of files) {
    for (const b of f.body.blocks) {
      if (b.type !== 'resource' && b.type !== 'data' && b.type !== 'module') continue;
      const key = JSON.stringify([b.type, ...b.labels]);
      const first = seen.get(key);
      if (first !== undefined) return `${blockText(b.type, b.labels)} is declared twice (${first} and ${f.file}:${b.line})`;
      seen.set(key, `${f.file}:${b.line}`);
    }
  }
  return undefined;
}

function blockText(type: string, labels: readonly string[]): string {
  return [type, ...labels.map((l) => JSON.stringify(l))].join(' ');
}

/**
 * Why a directory's files are not the configuration's root module: no `.tf` files, something
 * declared twice (not one module), or a resource or module call of the plan not declared there.
 */
function whyNotRoot(files: ModuleFiles | undefined, mod: JsonObject, dir: string): string | undefined {
  if (files === undefined) return `there are no .tf files in ${dir}`;
  if (files.twice !== undefined) return `its .tf files are not one module: ${files.twice}`;
  const wanted: { type: string; labels: string[] }[] = [];
  const resources = own(mod, 'resources');
  if (Array.isArray(resources)) {
    for (const r of resources) {
      const block = isRecord(r) ? resourceBlockType(r) : undefined;
      if (block !== undefined) wanted.push(block);
    }
  }
  const calls = own(mod, 'module_calls');
  if (isRecord(calls)) for (const name of Object.keys(calls)) wanted.push({ type: 'module', labels: [name] });
  if (wanted.length === 0) return 'the plan\'s configuration declares no resource and no module call';
  const missing = wanted.find((w) => blocks(files, w.type, w.labels).length === 0);
  return missing === undefined ? undefined : `no .tf file in ${dir} declares ${blockText(missing.type, missing.labels)}, which the plan's configuration has`;
}

/**
 * The directories to look in for a plan's sources, in order: `--source-dir`, the plan's directory,
 * the repository root above it (the nearest directory with `.git`). A plan read from standard input
 * has no directory: the current one stands for it.
 */
export function sourceCandidates(planFile: string | undefined, sourceDir: string | undefined, tree: SourceTree): string[] {
  const out: string[] = [];
  if (sourceDir !== undefined) out.push(normalizeDir(sourceDir));
  const start = planFile === undefined ? '.' : dirOf(planFile);
  out.push(start);
  for (let dir: string | undefined = start, depth = 0; dir !== undefined && depth < 64; dir = tree.parent(dir), depth++) {
    if (tree.hasGit(dir)) {
      out.push(dir);
      break;
    }
  }
  return unique(out);
}

function resourceBlockType(r: JsonObject): { type: string; labels: string[] } | undefined {
  const mode = own(r, 'mode');
  const type = own(r, 'type');
  const name = own(r, 'name');
  if (typeof type !== 'string' || typeof name !== 'string') return undefined;
  if (mode === 'managed') return { type: 'resource', labels: [type, name] };
  if (mode === 'data') return { type: 'data', labels: [type, name] };
  return undefined;
}

function blocks(files: ModuleFiles, type: string, labels: readonly string[]): { file: string; text: string; block: BlockNode }[] {
  const out: { file: string; text: string; block: BlockNode }[] = [];
  for (const f of files.files) for (const block of blocksNamed(f.body, type, labels)) out.push({ file: f.file, text: f.text, block });
  return out;
}

/** `.terraform/modules/modules.json` of a root module, read synchronously (see Reader.installed). */
function readManifest(root: string, tree: SourceTree): InstalledModules {
  const manifest = joinPath(root, '.terraform/modules/modules.json');
  const text = tree.readFile(manifest);
  if (text === undefined) return noInstalledModules(manifest);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return noInstalledModules(manifest, 'is not valid JSON');
  }
  const list = isRecord(json) ? json.Modules : undefined;
  if (!Array.isArray(list)) return noInstalledModules(manifest, 'has no "Modules" list');
  const modules = new Map<string, { dir: string; loaded: boolean }>();
  for (const m of list) {
    if (!isRecord(m) || typeof m.Key !== 'string' || typeof m.Dir !== 'string' || m.Key === '') continue;
    const dir = path.posix.normalize(path.posix.join(root, m.Dir.replaceAll('\\', '/')));
    modules.set(m.Key, { dir: dir.length > 1 && dir.endsWith('/') ? dir.slice(0, -1) : dir, loaded: true });
  }
  return { manifest, modules };
}

class SourceLookup implements PlanSources {
  readonly dir: string;
  readonly #root: JsonObject;
  readonly #load: (dir: string) => ModuleFiles | undefined;
  readonly #installed: InstalledModules;
  readonly #cache = new Map<string, ResourceSource | null>();

  constructor(dir: string, root: JsonObject, load: (dir: string) => ModuleFiles | undefined, installed: InstalledModules) {
    this.dir = dir;
    this.#root = root;
    this.#load = load;
    this.#installed = installed;
  }

  resource(address: string): ResourceSource | undefined {
    const hit = this.#cache.get(address);
    if (hit !== undefined) return hit ?? undefined;
    const found = this.#find(address);
    this.#cache.set(address, found ?? null);
    return found;
  }

  #find(address: string): ResourceSource | undefined {
    const addr = parseResourceAddress(address);
    if (addr === undefined || addr.modules.length > MAX_DEPTH) return undefined;
    let dir = this.dir;
    let mod: JsonObject = this.#root;
    let key = '';
    let prefix = '';
    const moduleCalls: ModuleCallLocation[] = [];
    // The call of the first installed (not local) module on the way, where the resource is placed.
    let installedCall: number | undefined;
    for (const step of addr.modules) {
      const calls = own(mod, 'module_calls');
      const call = isRecord(calls) ? own(calls, step.name) : undefined;
      if (!isRecord(call)) return undefined;
      const files = this.#load(dir);
      const written = files === undefined ? [] : blocks(files, 'module', [step.name]);
      if (written.length !== 1) return undefined;
      const callAddress = `${prefix}module.${step.name}${step.key === undefined ? '' : canonicalKey(step.key)}`;
      moduleCalls.push({ address: callAddress, location: blockLocation(written[0]!.file, written[0]!.block) });
      key = key === '' ? step.name : `${key}.${step.name}`;
      const source = own(call, 'source');
      const resolved = resolveModuleSource(dir, typeof source === 'string' ? source : undefined, key, this.#installed);
      const inner = own(call, 'module');
      if (resolved.kind !== 'dir' || !isRecord(inner)) return undefined;
      if (!resolved.local) installedCall ??= moduleCalls.length - 1;
      dir = resolved.dir;
      mod = inner;
      prefix = `${callAddress}.`;
    }
    const files = this.#load(dir);
    if (files === undefined) return undefined;
    const written = blocks(files, addr.mode === 'data' ? 'data' : 'resource', [addr.type, addr.name]);
    if (written.length !== 1) return undefined;
    const { file, text, block } = written[0]!;
    if (installedCall !== undefined) {
      // Placed at the call a reviewer sees, in the repository's files; the module's own lines
      // (under .terraform/) are kept on that call.
      const call = moduleCalls[installedCall]!;
      moduleCalls[installedCall] = { ...call, installedSource: blockLocation(file, block) };
      return { block: call.location, moduleCalls, attribute: () => undefined };
    }
    return {
      block: blockLocation(file, block),
      moduleCalls,
      attribute: (p, value, referenced) => attributeIn(file, text, block, p, value, referenced),
    };
  }
}

function blockLocation(file: string, block: BlockNode): SourceLocation {
  return { file, line: block.line, column: block.column, endLine: block.endLine };
}

/**
 * An attribute in a resource block. Nested blocks are matched to the plan's list element by what
 * they write, not by index: a plan lists a set block (`route`, `ingress`) in the provider's order,
 * not the source's. A nested block is taken when it is the only one of its type, or the only one
 * whose written string and number values all appear (as literals) in its text.
 */
function attributeIn(
  file: string,
  text: string,
  block: BlockNode,
  p: AttrPath,
  value: (path: AttrPath) => AttrValue,
  referenced: Referenced | undefined,
): SourceLocation | undefined {
  let body = block.body;
  let lastBlock: BlockNode | undefined;
  for (let i = 0; i < p.length; i++) {
    const step = p[i];
    if (typeof step !== 'string') break;
    const attr = body.attributes.get(step);
    if (attr !== undefined) return { file, line: attr.line, column: attr.column, endLine: attr.endLine };
    const nested = body.blocks.filter((b) => b.type === step && b.labels.length === 0);
    if (nested.length === 0) break;
    const index = p[i + 1];
    let chosen: BlockNode | undefined;
    if (nested.length === 1) chosen = nested[0];
    else if (typeof index === 'number') {
      const element = value(p.slice(0, i + 2));
      const matching = element.state === 'known' ? nested.filter((b) => writes(text, b, element.value, referenced)) : [];
      if (matching.length === 1) chosen = matching[0];
    }
    if (chosen === undefined) break;
    lastBlock = chosen;
    body = chosen.body;
    if (typeof index === 'number') i++;
  }
  return lastBlock === undefined ? undefined : blockLocation(file, lastBlock);
}

/**
 * Could a nested block have made the plan's element? Each argument it writes is compared with the
 * element's value: an argument the element has empty (`""`, null, `[]`) rules the block out unless
 * it is written empty; a literal must hold the element's strings and numbers; a reference whose
 * value the plan knows (`aws_vpc.db.cidr_block`) must give the element's value; any other
 * expression agrees with any value. At least one argument must be set in both.
 */
function writes(text: string, block: BlockNode, element: unknown, referenced: Referenced | undefined): boolean {
  if (!isRecord(element)) return false;
  const lines = text.split('\n');
  let any = false;
  for (const [name, attr] of block.body.attributes) {
    const v = element[name];
    if (v === undefined || typeof v === 'boolean') continue;
    const written = lines.slice(attr.line - 1, attr.endLine).join('\n');
    const value = written.slice(written.indexOf('=') + 1).trim();
    if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) {
      if (/^(?:""|null|\[\s*\])$/.test(value)) continue;
      return false;
    }
    any = true;
    if (/[A-Za-z_][\w-]*\.[A-Za-z_]|\$\{|\(/.test(value)) {
      // A reference the plan knows the value of must give the element's value.
      const known = referenced?.(value);
      if (known !== undefined && JSON.stringify(known) !== JSON.stringify(v)) return false;
      continue;
    }
    const literals = (Array.isArray(v) ? v : [v]).filter((x): x is string | number => typeof x === 'string' || typeof x === 'number');
    for (const x of literals) if (!value.includes(typeof x === 'string' ? JSON.stringify(x) : String(x))) return false;
  }
  return any;
}

function dirOf(file: string): string {
  const d = path.posix.dirname(file);
  return d === '' ? '.' : d;
}

function joinPath(dir: string, name: string): string {
  return dir === '.' ? name : `${dir}/${name}`;
}

function normalizeDir(dir: string): string {
  const n = path.posix.normalize(dir.replaceAll('\\', '/'));
  return n.length > 1 && n.endsWith('/') ? n.slice(0, -1) : n;
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}
