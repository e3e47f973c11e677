/**
 * The layers of DESIGN.md, checked on every import of the sources (like ESLint's repository checks
 * its own): parse → model → engine → report, then the run (config, discovery, inputs, run), then
 * the CLI and the Action on top. A file may import its own layer and any layer below it, never one
 * above. Rules import only the model, the rule helper (engine/define-rule.ts), other rules and the
 * base modules every layer may use (errors, files).
 *
 * Every import counts: static `import`/`export … from`, `import type`, dynamic `import()` and
 * `typeof import()` types. A new file outside the folders below fails until it is given a layer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/repo.js';

interface Layer {
  readonly name: string;
  /** Folders (relative to the repository, ending in `/`) and files that belong to the layer. */
  readonly members: readonly string[];
}

/** Lowest first: a layer may import itself and the layers before it. */
const LAYERS: readonly Layer[] = [
  { name: 'base', members: ['src/errors.ts', 'src/files.ts', 'src/cjs-exports.ts'] },
  { name: 'parse', members: ['src/parse/'] },
  { name: 'model', members: ['src/model/'] },
  { name: 'engine', members: ['src/engine/'] },
  { name: 'rules', members: ['rules/'] },
  { name: 'report', members: ['src/report/'] },
  { name: 'run', members: ['src/config/', 'src/discover.ts', 'src/inputs.ts', 'src/run.ts', 'src/lint.ts'] },
  { name: 'cli', members: ['src/cli.ts', 'src/cli/', 'src/github/'] },
  // The package's bin: loads the CLI bundle by path at run time (Node.js built-ins only).
  { name: 'bin', members: ['src/bin.ts', 'src/compile-cache.ts', 'src/v8-flags.ts'] },
];

/** What the rules may import besides other rules: the model, the rule helper and the base modules. */
const RULES_MAY_IMPORT = (target: string): boolean =>
  target.startsWith('rules/') || target.startsWith('src/model/') || target === 'src/engine/define-rule.ts' || layerOf(target)?.name === 'base';

/** The layer of a file (repository-relative, POSIX), or undefined when none is assigned. */
function layerOf(file: string): (Layer & { readonly rank: number }) | undefined {
  let best: { layer: Layer; rank: number; length: number } | undefined;
  LAYERS.forEach((layer, rank) => {
    for (const m of layer.members) {
      const match = m.endsWith('/') ? file.startsWith(m) : file === m;
      if (match && (best === undefined || m.length > best.length)) best = { layer, rank, length: m.length };
    }
  });
  return best === undefined ? undefined : { ...best.layer, rank: best.rank };
}

interface ImportEdge {
  /** The importing file, repository-relative. */
  readonly from: string;
  /** The specifier as written (`../engine/run-rules.js`). */
  readonly specifier: string;
  /** The file it names, repository-relative (`.js` read as the `.ts` source); undefined for a package. */
  readonly to: string | undefined;
  readonly line: number;
  readonly kind: 'static' | 'dynamic' | 'type';
}

/** Every import of one source file: static, re-export, dynamic `import()` and `import('…')` types. */
function importsOf(file: string, text: string): ImportEdge[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edges: ImportEdge[] = [];
  const add = (node: ts.Node, specifier: string, kind: ImportEdge['kind']): void => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    const to = specifier.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)).replace(/\.js$/, '.ts') : undefined;
    edges.push({ from: file, specifier, to, line, kind });
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier !== undefined && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node, node.moduleSpecifier.text, 'static');
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      add(node, node.moduleReference.expression.text, 'static');
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      // A computed specifier cannot be checked: it is reported as an import of nothing known.
      add(node, arg !== undefined && ts.isStringLiteralLike(arg) ? arg.text : '<computed>', 'dynamic');
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node, node.argument.literal.text, 'type');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

/** The TypeScript sources of `dir` (repository-relative), recursively, sorted. */
function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(repoRoot, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sources(rel));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(rel);
  }
  return out.sort();
}

/** Why an import breaks the layers, or undefined when it is allowed. */
function violation(edge: ImportEdge): string | undefined {
  if (edge.specifier === '<computed>') return 'a computed import() cannot be checked';
  if (edge.to === undefined) return undefined;
  const from = layerOf(edge.from);
  const to = layerOf(edge.to);
  if (from === undefined || to === undefined) return undefined;
  if (from.name === 'rules' && !RULES_MAY_IMPORT(edge.to)) return `rules may import only the model, engine/define-rule.ts and the base modules, not ${to.name}`;
  if (to.rank > from.rank) return `${from.name} imports ${to.name}, a layer above it`;
  return undefined;
}

function describeEdge(edge: ImportEdge, why: string): string {
  return `${edge.from}:${edge.line} imports '${edge.specifier}'${edge.kind === 'static' ? '' : ` (${edge.kind})`}: ${why}`;
}

const files = [...sources('src'), ...sources('rules')];
const edges = files.flatMap((f) => importsOf(f, readFileSync(path.join(repoRoot, f), 'utf8')));

describe('layers', () => {
  it('gives every source file a layer', () => {
    expect(files.filter((f) => layerOf(f) === undefined).map((f) => `${f}: no layer (add it to LAYERS in test/architecture/layers.test.ts)`)).toEqual([]);
  });

  it('reads static, type-only, re-exported and dynamic imports', () => {
    const text = [
      "import a from './a.js';",
      "import type { B } from '../b.js';",
      "export { c } from './c.js';",
      "let d: typeof import('./d.js');",
      "const e = await import('../e/e.js');",
      "const f = await import(name);",
      "// import g from './g.js';",
      "const h = \"import('./h.js')\";",
    ].join('\n');
    expect(importsOf('src/engine/x.ts', text).map((e) => [e.to ?? e.specifier, e.line, e.kind])).toEqual([
      ['src/engine/a.ts', 1, 'static'],
      ['src/b.ts', 2, 'static'],
      ['src/engine/c.ts', 3, 'static'],
      ['src/engine/d.ts', 4, 'type'],
      ['src/e/e.ts', 5, 'dynamic'],
      ['<computed>', 6, 'dynamic'],
    ]);
  });

  it('names a back-edge: the file, its line and the import', () => {
    const back = importsOf('src/report/x.ts', "import { locate } from '../engine/run-rules.js';\nimport { main } from '../cli.js';");
    expect(back.map((e) => violation(e) && describeEdge(e, violation(e)!))).toEqual([
      undefined,
      "src/report/x.ts:2 imports '../cli.js': report imports cli, a layer above it",
    ]);
    const rule = importsOf('rules/x.ts', "import type { Finding } from '../src/engine/finding.js';");
    expect(violation(rule[0]!)).toBe('rules may import only the model, engine/define-rule.ts and the base modules, not engine');
  });

  it('has no import from a layer into one above it', () => {
    const problems = edges.flatMap((e) => {
      const why = violation(e);
      return why === undefined ? [] : [describeEdge(e, why)];
    });
    expect(problems).toEqual([]);
  });

  it('gives reporters only plain data: report/ takes types from engine/, and no function but the documentation links', () => {
    // Findings leave the engine resolved (locations, related locations, fix, fingerprint): a
    // reporter that called into the engine at render time would need its live objects again.
    const allowed = new Set(['REPO_URL', 'repoFileUrl', 'TOOL_VERSION']);
    const calls: string[] = [];
    for (const file of files.filter((f) => f.startsWith('src/report/'))) {
      const source = ts.createSourceFile(file, readFileSync(path.join(repoRoot, file), 'utf8'), ts.ScriptTarget.Latest, true);
      for (const statement of source.statements) {
        if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), statement.moduleSpecifier.text));
        const clause = statement.importClause;
        if (!target.startsWith('src/engine/') || clause === undefined || clause.isTypeOnly) continue;
        const named = clause.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : [];
        const values = named.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName ?? e.name).text);
        if (clause.name !== undefined || (clause.namedBindings !== undefined && !ts.isNamedImports(clause.namedBindings))) values.push('*');
        for (const v of values) if (!allowed.has(v)) calls.push(`${file} imports ${v} from ${statement.moduleSpecifier.text}`);
      }
    }
    expect(calls).toEqual([]);
  });

  it('has no import cycle between the modules of the run and CLI layers (config/, discover, inputs, run, cli/, github/)', () => {
    // A unit is a folder, or a file directly under src/.
    const unit = (f: string): string => (f.split('/').length === 2 ? f : path.posix.dirname(f));
    const upper = (f: string): boolean => (layerOf(f)?.rank ?? -1) >= LAYERS.findIndex((l) => l.name === 'run');
    const graph = new Map<string, Set<string>>();
    for (const e of edges) {
      if (e.to === undefined || !upper(e.from) || !upper(e.to) || unit(e.from) === unit(e.to)) continue;
      graph.set(unit(e.from), (graph.get(unit(e.from)) ?? new Set()).add(unit(e.to)));
    }
    const reaches = (from: string, to: string): boolean => {
      const seen = new Set<string>();
      const stack = [from];
      while (stack.length > 0) {
        const u = stack.pop()!;
        for (const v of graph.get(u) ?? []) {
          if (v === to) return true;
          if (seen.has(v)) continue;
          seen.add(v);
          stack.push(v);
        }
      }
      return false;
    };
    const cycles = [...graph.keys()].filter((u) => reaches(u, u)).sort();
    expect(cycles).toEqual([]);
  });

  it('gives the engine no file access: it works on the texts the readers read (test/engine/reads-no-file.test.ts)', () => {
    const fileAccess = (e: ImportEdge): boolean => /^(?:node:)?fs(?:\/|$)/.test(e.specifier) || e.to === 'src/files.ts';
    expect(edges.filter((e) => e.from.startsWith('src/engine/') && fileAccess(e)).map((e) => describeEdge(e, 'file access in the engine'))).toEqual([]);
  });
});
