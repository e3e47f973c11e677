/**
 * One module's configuration: the variables, locals, outputs, resources, data sources and module
 * calls of all `.tf` files in a directory, as hcl2json's JSON (expressions still text) paired
 * with where each block is written. Wrong shapes are skipped; names declared twice are reported
 * (Terraform refuses them) and the first declaration is kept.
 */
import type { ToolError } from '../../errors.js';
import { blocksNamed, type AttributeNode, type BlockNode, type BodyNode } from './locate.js';

export type JsonObject = Readonly<Record<string, unknown>>;

export function isRecord(x: unknown): x is JsonObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** An own property of an object, or undefined. */
export function own(o: unknown, key: string): unknown {
  return isRecord(o) && Object.hasOwn(o, key) ? o[key] : undefined;
}

/** One parsed file of a module. */
export interface FileSyntax {
  readonly file: string;
  readonly json: JsonObject;
  readonly structure: BodyNode;
}

interface Declared {
  readonly name: string;
  readonly file: string;
  /** Where the block is written, when the locator found it. */
  readonly node: BlockNode | undefined;
}

export interface VariableDecl extends Declared {
  readonly body: JsonObject;
}

export interface LocalDecl {
  readonly name: string;
  readonly file: string;
  readonly value: unknown;
  readonly node: AttributeNode | undefined;
}

export interface OutputDecl extends Declared {
  readonly body: JsonObject;
}

export interface ResourceDecl extends Declared {
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly body: JsonObject;
}

export interface ModuleCallDecl extends Declared {
  readonly body: JsonObject;
  /** The literal `source`, if it is a string. */
  readonly source: string | undefined;
}

export interface ModuleConfig {
  /** The directory, as displayed (relative to cwd, POSIX separators). */
  readonly dir: string;
  readonly files: readonly string[];
  readonly variables: ReadonlyMap<string, VariableDecl>;
  readonly locals: ReadonlyMap<string, LocalDecl>;
  readonly outputs: ReadonlyMap<string, OutputDecl>;
  /** Resources and data sources in file order. */
  readonly resources: readonly ResourceDecl[];
  /** By `type.name` (managed) or `data.type.name`. */
  readonly resourceIndex: ReadonlyMap<string, ResourceDecl>;
  readonly calls: ReadonlyMap<string, ModuleCallDecl>;
  /** Provider blocks by `name` or `name.alias`. */
  readonly providers: ReadonlyMap<string, JsonObject>;
  readonly problems: readonly ToolError[];
}

function at(file: string, node: { line: number; column: number } | undefined): { file: string; line?: number; column?: number } {
  return node === undefined ? { file } : { file, line: node.line, column: node.column };
}

/** Gathers the declarations of a module's files (sorted by file name, as Terraform reads them). */
export function buildModuleConfig(dir: string, files: readonly FileSyntax[]): ModuleConfig {
  const variables = new Map<string, VariableDecl>();
  const locals = new Map<string, LocalDecl>();
  const outputs = new Map<string, OutputDecl>();
  const resources: ResourceDecl[] = [];
  const resourceIndex = new Map<string, ResourceDecl>();
  const calls = new Map<string, ModuleCallDecl>();
  const providers = new Map<string, JsonObject>();
  const problems: ToolError[] = [];

  const duplicate = (what: string, file: string, node: { line: number; column: number } | undefined, first: Declared | LocalDecl): void => {
    const where = first.node === undefined ? first.file : `${first.file}:${first.node.line}`;
    problems.push({ ...at(file, node), message: `duplicate ${what}; the first is at ${where}, and only it is linted` });
  };

  /** Bodies of `kind "label"` blocks: hcl2json groups them as { label: [body, ...] }. */
  const labelled = (f: FileSyntax, kind: string, each: (name: string, body: JsonObject, node: BlockNode | undefined) => void): void => {
    const group = own(f.json, kind);
    if (!isRecord(group)) return;
    for (const name of Object.keys(group)) {
      const bodies = group[name];
      if (!Array.isArray(bodies)) continue;
      const nodes = blocksNamed(f.structure, kind, [name]);
      bodies.forEach((body, i) => {
        if (isRecord(body)) each(name, body, nodes.length === bodies.length ? nodes[i] : undefined);
      });
    }
  };

  for (const f of [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    labelled(f, 'variable', (name, body, node) => {
      const first = variables.get(name);
      if (first !== undefined) duplicate(`variable "${name}"`, f.file, node, first);
      else variables.set(name, { name, file: f.file, node, body });
    });
    labelled(f, 'output', (name, body, node) => {
      const first = outputs.get(name);
      if (first !== undefined) duplicate(`output "${name}"`, f.file, node, first);
      else outputs.set(name, { name, file: f.file, node, body });
    });
    labelled(f, 'module', (name, body, node) => {
      const first = calls.get(name);
      if (first !== undefined) {
        duplicate(`module "${name}"`, f.file, node, first);
        return;
      }
      const source = own(body, 'source');
      calls.set(name, { name, file: f.file, node, body, source: typeof source === 'string' ? source : undefined });
    });
    labelled(f, 'provider', (name, body) => {
      const alias = own(body, 'alias');
      const key = typeof alias === 'string' && alias !== '' ? `${name}.${alias}` : name;
      if (!providers.has(key)) providers.set(key, body);
    });
    const localBlocks = own(f.json, 'locals');
    if (Array.isArray(localBlocks)) {
      const nodes = f.structure.blocks.filter((b) => b.type === 'locals');
      localBlocks.forEach((body, i) => {
        if (!isRecord(body)) return;
        const node = nodes.length === localBlocks.length ? nodes[i] : undefined;
        for (const name of Object.keys(body)) {
          const attr = node?.body.attributes.get(name);
          const first = locals.get(name);
          if (first !== undefined) duplicate(`local value "${name}"`, f.file, attr, first);
          else locals.set(name, { name, file: f.file, value: body[name], node: attr });
        }
      });
    }
    for (const mode of ['managed', 'data'] as const) {
      const kind = mode === 'managed' ? 'resource' : 'data';
      const group = own(f.json, kind);
      if (!isRecord(group)) continue;
      // Declarations in source order: hcl2json sorts keys, the locator keeps the order.
      const found: ResourceDecl[] = [];
      for (const type of Object.keys(group)) {
        const byName = group[type];
        if (!isRecord(byName)) continue;
        for (const name of Object.keys(byName)) {
          const bodies = byName[name];
          if (!Array.isArray(bodies)) continue;
          const nodes = blocksNamed(f.structure, kind, [type, name]);
          bodies.forEach((body, i) => {
            if (!isRecord(body)) return;
            found.push({ mode, type, name, file: f.file, node: nodes.length === bodies.length ? nodes[i] : undefined, body });
          });
        }
      }
      found.sort((a, b) => (a.node?.line ?? Infinity) - (b.node?.line ?? Infinity));
      for (const r of found) {
        const key = mode === 'managed' ? `${r.type}.${r.name}` : `data.${r.type}.${r.name}`;
        const first = resourceIndex.get(key);
        if (first !== undefined) {
          duplicate(`${kind} "${r.type}" "${r.name}"`, r.file, r.node, first);
          continue;
        }
        resourceIndex.set(key, r);
        resources.push(r);
      }
    }
  }
  resources.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.node?.line ?? 0) - (b.node?.line ?? 0)));
  return { dir, files: files.map((f) => f.file), variables, locals, outputs, resources, resourceIndex, calls, providers, problems };
}
