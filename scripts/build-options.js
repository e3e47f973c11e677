// The esbuild options for the single-file bundles, the CLI (dist/cli.js) and the GitHub Action
// (dist/action.js), shared by scripts/build.js (which writes them) and test/build.test.ts (which
// rebuilds them in memory and checks the committed files are not stale). Paths are relative to
// the repository root so the output does not depend on where the repository is checked out.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** dist/cli.js's chunks are dist/cli-*.js (see cliBuildOptions). */
export const CLI_CHUNK_PREFIX = 'cli-';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Bundled CommonJS dependencies (fast-glob and its helpers) call require(); an ES module has no
// require, so the banner makes one. `__vpclintAsset` names a file beside the bundle (below).
const banner = [
  '#!/usr/bin/env node',
  "import { createRequire as __vpclintCreateRequire } from 'node:module';",
  'const require = __vpclintCreateRequire(import.meta.url);',
  'const __vpclintAsset = (name) => new URL(name, import.meta.url);',
].join('\n');

/**
 * The HCL parser's WebAssembly, copied by scripts/build.js from the package to dist/, beside the
 * bundles, and committed with them: the bundles run where there is no node_modules (the Action's
 * checkout, the pre-commit hook's clone).
 */
export const hclWasm = {
  from: 'node_modules/@cdktf/hcl2json/main.wasm.gz',
  to: 'dist/hcl2json.wasm.gz',
};

const HCL_WASM_READ = '(0, zlib_1.gunzipSync)(await fs.readFile((0, path_1.join)(__dirname, "..", "main.wasm.gz")))';

/**
 * @cdktf/hcl2json reads its WebAssembly from its own package directory (`__dirname/../main.wasm.gz`).
 * Its JavaScript is bundled like any dependency (and still loaded only when a .tf file is linted,
 * through the dynamic import in src/parse/terraform-hcl/hcl2json.ts); this plugin points that one
 * read at the copy beside the bundle. It fails the build if the package stops reading it so.
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
      const read = `(0, zlib_1.gunzipSync)(await fs.readFile(__vpclintAsset(${JSON.stringify(path.basename(hclWasm.to))})))`;
      return { contents: text.replace(HCL_WASM_READ, read), loader: 'js' };
    });
  },
};

/**
 * The CLI is split: dist/cli.js, and beside it `dist/cli-*.js` chunks holding what only some runs
 * need (yaml, ajv, the HCL parser's JavaScript), which esbuild makes from the dynamic imports in
 * src/. Node then compiles only what a run loads: a plan of one resource starts without parsing
 * the ~600 KB of libraries it never calls. The chunks' names carry a hash of their content, so a
 * chunk that did not change keeps its name; scripts/build.js deletes the stale ones.
 * @type {import('esbuild').BuildOptions}
 */
export const cliBuildOptions = {
  absWorkingDir: repoRoot,
  entryPoints: ['src/cli.ts'],
  outdir: 'dist',
  splitting: true,
  entryNames: '[name]',
  chunkNames: `${CLI_CHUNK_PREFIX}[name]-[hash]`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: banner },
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
  plugins: [hclWasmBesideBundle],
};

/** The options of one file, not split: the Action stays a single file action.yml names. */
function withoutSplitting(options) {
  const { outdir, splitting, entryNames, chunkNames, ...rest } = options;
  return rest;
}

// The Action runs on GitHub's node24 runtime, but is built for node20 like the CLI so the tests
// run it with the Node.js the project supports. It bundles src/cli.ts to call runCommand() itself;
// VPCLINT_EMBEDDED tells that module not to start the bin as well (see the end of src/cli.ts).
/** @type {import('esbuild').BuildOptions} */
export const actionBuildOptions = {
  ...withoutSplitting(cliBuildOptions),
  entryPoints: ['src/github/entry.ts'],
  outfile: 'dist/action.js',
  banner: { js: banner.split('\n').slice(1).join('\n') },
  define: { VPCLINT_EMBEDDED: 'true' },
};

/** Every bundle `npm run build` writes. */
export const bundles = [cliBuildOptions, actionBuildOptions];
