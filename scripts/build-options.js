// The esbuild options for the CLI (dist/cli.js and the library files beside it) and the GitHub
// Action (dist/action.js), shared by scripts/build.js (which writes them) and test/build.test.ts
// (which rebuilds them in memory and checks the committed files are not stale). Paths are relative
// to the repository root so the output does not depend on where the repository is checked out.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './import-ts.js';

/** The files dist/cli.js loads, beside it, are dist/cli-*.js: the CLI (dist/cli-main.js) and its libraries (see cliLibraries). */
export const CLI_FILE_PREFIX = 'cli-';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The bundles are CommonJS (dist/package.json says so; the repository's own package.json says
 * "module" for src/ and the scripts). Node loads CommonJS synchronously, without the ES module
 * loader's asynchronous reads and resolution: a plan of one resource starts about 10 ms sooner,
 * a tenth of the run (issue 13). `import.meta.url` in src/ is the bundle's URL (`__vpclintUrl`);
 * `__vpclintAsset` names a file beside the bundle (below).
 */
export const DIST_PACKAGE_JSON = { file: 'dist/package.json', text: '{\n  "type": "commonjs"\n}\n' };

const assets = [
  // Strict mode for the whole file, as the ES modules of src/ are (esbuild's own "use strict"
  // comes after the banner, where it is no longer a directive).
  "'use strict';",
  "const __vpclintUrl = require('node:url').pathToFileURL(__filename).href;",
  'const __vpclintAsset = (name) => new URL(name, __vpclintUrl);',
];
const banner = ['#!/usr/bin/env node', ...assets].join('\n');

/**
 * The HCL parser's WebAssembly, which scripts/build.js decompresses from the package's gzip file
 * to dist/, beside the bundles, committed with them: the bundles run where there is no
 * node_modules (the Action's checkout, the pre-commit hook's clone). Uncompressed, because every
 * run that lints .tf files loads it: gunzipping its 6.5 MB took 20 to 35 ms of each such run
 * (about a tenth of linting examples/), while git and the npm tarball compress it anyway.
 */
export const hclWasm = {
  from: 'node_modules/@cdktf/hcl2json/main.wasm.gz',
  to: 'dist/hcl2json.wasm',
};

/** The Go runtime shim of @cdktf/hcl2json. */
const HCL_RUNTIME = '@cdktf/hcl2json/wasm/bridge_wasm_exec.js';

const HCL_WASM_READ = '(0, zlib_1.gunzipSync)(await fs.readFile((0, path_1.join)(__dirname, "..", "main.wasm.gz")))';

/**
 * @cdktf/hcl2json reads its WebAssembly from its own package directory (`__dirname/../main.wasm.gz`).
 * Its JavaScript is bundled like any dependency (and still loaded only when a .tf file is linted,
 * through the dynamic import in src/parse/terraform-hcl/hcl2json.ts); this plugin points that one
 * read, and its gunzip, at the uncompressed copy beside the bundle (hclWasm). It fails the build if
 * the package stops reading it so.
 * @type {import('esbuild').Plugin}
 */
const hclWasmBesideBundle = {
  name: 'hcl2json-wasm-beside-bundle',
  setup(build) {
    build.onLoad({ filter: /[\\/]@cdktf[\\/]hcl2json[\\/]lib[\\/]bridge\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes(HCL_WASM_READ)) {
        throw new Error(`${args.path} no longer reads main.wasm.gz as scripts/build-options.js expects`);
      }
      const read = `await fs.readFile(__vpclintAsset(${JSON.stringify(path.basename(hclWasm.to))}))`;
      return { contents: text.replace(HCL_WASM_READ, read), loader: 'js' };
    });
  },
};

/**
 * What only some runs need is not part of dist/cli.js: yaml (CloudFormation YAML and the
 * configuration file), ajv (the configuration's schema) and the HCL parser's JavaScript (.tf) are
 * each bundled into a file of their own beside it, `dist/cli-<name>.js`, which src/'s `import()`
 * of the library loads when a run needs it (src/parse/yaml-lib.ts, src/config/load.ts,
 * src/parse/terraform-hcl/hcl2json.ts; a `require` in the bundle, see `supported` below). Node then compiles only what a run loads: a plan of one
 * resource starts without parsing the ~600 KB of libraries it never calls. A library file holds
 * only the library, never code of src/, so no class or table of vpclint is ever loaded twice.
 */
export const cliLibraries = [
  { specifiers: ['yaml'], file: 'dist/cli-yaml.js', source: "module.exports = require('yaml');" },
  { specifiers: ['ajv'], file: 'dist/cli-ajv.js', source: "module.exports = require('ajv');" },
  // The Go runtime shim the parser's WebAssembly needs (it defines the global `Go`), in a file of
  // its own that the parser's file requires too: one shim, evaluated once, before the parser is
  // loaded, so that src/parse/terraform-hcl/hcl2json.ts can wrap `Go` (quietTimers) before the
  // parser starts it. Bundled together, the parser could start an unwrapped `Go`, whose timers
  // keep the process alive for a second after the output.
  { specifiers: [HCL_RUNTIME], file: 'dist/cli-hcl2json-runtime.js', source: `require('${HCL_RUNTIME}');` },
  { specifiers: ['@cdktf/hcl2json'], file: 'dist/cli-hcl2json.js', source: "module.exports = require('@cdktf/hcl2json');" },
  // Not a library but the configuration schema's validator, compiled by the build (configValidatorSource).
  {
    specifiers: ['vpclint-config-validator'],
    file: 'dist/cli-config-validator.js',
    source: "module.exports = require('vpclint-generated:config-validator');",
    // Generated code nobody reads: minified, it is half the size to ship and to parse.
    minify: true,
    plugins: [/** @type {import('esbuild').Plugin} */ ({
      name: 'config-validator',
      setup(build) {
        build.onResolve({ filter: /^vpclint-generated:config-validator$/ }, () => ({ path: 'config-validator', namespace: 'vpclint-generated' }));
        build.onLoad({ filter: /.*/, namespace: 'vpclint-generated' }, async () => ({ contents: await configValidatorSource(), loader: 'js', resolveDir: repoRoot }));
      },
    })],
  },
];

/**
 * The text of dist/cli-config-validator.js before bundling: the configuration's JSON schema
 * (src/config/schema.ts, from the rule catalogue) compiled by ajv into standalone code, with the
 * options src/config/validator.ts compiles it with at run time, exporting `validate` and
 * `schemaText` (the schema it was compiled from, as `JSON.stringify` writes it: the CLI uses the
 * validator only for that very schema). The sources that build the schema are imported with
 * importTs. Bundled with ajv's few run-time helpers, it needs nothing from ajv at run time.
 */
export async function configValidatorSource() {
  const entry = [
    "export { rules } from './rules/index.ts';",
    "export { configSchema } from './src/config/schema.ts';",
    "export { AJV_OPTIONS } from './src/config/validator.ts';",
  ].join('\n');
  const sources = await importTs({ stdin: { contents: entry, resolveDir: repoRoot, sourcefile: 'config-validator-entry.ts', loader: 'ts' } });
  const schema = sources.configSchema(sources.rules);
  const { default: Ajv } = await import('ajv');
  const { default: standaloneCode } = await import('ajv/dist/standalone/index.js');
  const ajv = new Ajv({ ...sources.AJV_OPTIONS, code: { source: true } });
  const code = standaloneCode(ajv, ajv.compile(schema));
  return `${code}\nmodule.exports = { validate: module.exports, schemaText: ${JSON.stringify(JSON.stringify(schema))} };\n`;
}

/** The file beside the bundles (`./cli-yaml.js`) that holds each library a bundle imports, by specifier. */
const libraryFiles = new Map(cliLibraries.flatMap((l) => l.specifiers.map((s) => [s, `./${path.basename(l.file)}`])));

/** @type {import('esbuild').Plugin} The CLI imports its libraries from the files beside it. */
const librariesBesideBundle = {
  name: 'libraries-beside-bundle',
  setup(build) {
    build.onResolve({ filter: /^[@a-z]/ }, (args) => {
      const file = libraryFiles.get(args.path);
      return file === undefined ? undefined : { path: file, external: true };
    });
  },
};

/**
 * @type {import('esbuild').Plugin} The CLI's src/config/precompiled-validator.ts, which has no
 * validator in the sources, loads the one the build compiled, dist/cli-config-validator.js, when
 * a run first asks for it (src/config/validator.ts).
 */
const precompiledValidatorBeside = {
  name: 'precompiled-validator-beside',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]config[\\/]precompiled-validator\.ts$/ }, () => ({
      contents: "export function precompiled() { return import('vpclint-config-validator').then((m) => ({ schemaText: m.schemaText, validate: m.validate })); }",
      loader: 'js',
    }));
  },
};

/** @type {import('esbuild').BuildOptions} What every bundle shares. */
const common = {
  absWorkingDir: repoRoot,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  define: { 'import.meta.url': '__vpclintUrl' },
  // src/'s import() of a library becomes require() of its file: Node's import() of a CommonJS
  // file first scans its text for export names (22 ms for yaml's 260 KB), which require skips.
  supported: { 'dynamic-import': false },
  sourcemap: false,
  minify: false,
  legalComments: 'eof',
  charset: 'utf8',
  logLevel: 'warning',
  // The HCL parser is WebAssembly that its package loads from its own directory at run time, and
  // only when .tf files are linted: the plugin makes the bundle load the copy in dist/ instead,
  // so dist/ needs no node_modules. Its Go runtime shim requires "performance" only where
  // globalThis.performance is missing, which no supported Node.js is.
  external: ['performance'],
};

/**
 * @type {import('esbuild').BuildOptions} dist/cli.js, the package's bin: a few lines that start
 * the CLI bundle beside it through a V8 code cache (src/compile-cache.ts).
 */
export const cliBuildOptions = {
  ...common,
  entryPoints: ['src/bin.ts'],
  outfile: 'dist/cli.js',
  banner: { js: banner },
};

/** @type {import('esbuild').BuildOptions} dist/cli-main.js, the CLI, which dist/cli.js starts. */
export const cliMainBuildOptions = {
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli-main.js',
  banner: { js: assets.join('\n') },
  plugins: [librariesBesideBundle, precompiledValidatorBeside],
};

/**
 * @type {import('esbuild').Plugin} The parser requires its Go runtime shim (`../wasm/bridge_wasm_exec.js`)
 * from the runtime's own file beside it, the one the CLI loads first (see cliLibraries).
 */
const hclRuntimeBesideBundle = {
  name: 'hcl2json-runtime-beside-bundle',
  setup(build) {
    build.onResolve({ filter: /[\\/]bridge_wasm_exec\.js$/ }, (args) =>
      /[\\/]@cdktf[\\/]hcl2json[\\/]lib$/.test(args.resolveDir) ? { path: libraryFiles.get(HCL_RUNTIME), external: true } : undefined,
    );
  },
};

/** @type {import('esbuild').BuildOptions[]} dist/cli-*.js: one library each. */
export const cliLibraryBuildOptions = cliLibraries.map((library) => ({
  ...common,
  stdin: { contents: library.source, resolveDir: repoRoot, sourcefile: path.basename(library.file), loader: 'js' },
  outfile: library.file,
  minify: library.minify === true,
  banner: { js: assets.join('\n') },
  plugins: [...(library.plugins ?? []), hclWasmBesideBundle, ...(library.specifiers.includes(HCL_RUNTIME) ? [] : [hclRuntimeBesideBundle])],
}));

// The Action runs on GitHub's node24 runtime, but is built for node20 like the CLI so the tests
// run it with the Node.js the project supports. It bundles src/cli.ts to call runCommand() itself;
// VPCLINT_EMBEDDED tells that module not to start the bin as well (see the end of src/cli.ts).
/** @type {import('esbuild').BuildOptions} */
export const actionBuildOptions = {
  ...common,
  entryPoints: ['src/github/entry.ts'],
  outfile: 'dist/action.js',
  banner: { js: assets.join('\n') },
  define: { ...common.define, VPCLINT_EMBEDDED: 'true' },
  plugins: [hclWasmBesideBundle],
};

/** Every bundle `npm run build` writes. */
export const bundles = [cliBuildOptions, cliMainBuildOptions, ...cliLibraryBuildOptions, actionBuildOptions];
