// Types for build-options.js (a plain script so `node scripts/build.js` runs without TypeScript).
import type { BuildOptions } from 'esbuild';

export declare const repoRoot: string;
export declare const CLI_FILE_PREFIX: string;
export declare const cliBuildOptions: BuildOptions & { readonly outfile: string };
export declare const cliMainBuildOptions: BuildOptions & { readonly outfile: string };
export declare const cliLibraries: readonly { readonly specifiers: readonly string[]; readonly file: string; readonly source: string }[];
export declare const cliLibraryBuildOptions: readonly (BuildOptions & { readonly outfile: string })[];
export declare const DIST_PACKAGE_JSON: { readonly file: string; readonly text: string };
export declare const actionBuildOptions: BuildOptions;
export declare const bundles: readonly BuildOptions[];
export declare const hclWasm: { readonly from: string; readonly to: string };
/** The configuration schema's validator compiled by ajv into standalone code (CommonJS), before bundling. */
export declare function configValidatorSource(): Promise<string>;
