// Types for build-options.js (a plain script so `node scripts/build.js` runs without TypeScript).
import type { BuildOptions } from 'esbuild';

export declare const repoRoot: string;
export declare const CLI_CHUNK_PREFIX: string;
export declare const cliBuildOptions: BuildOptions;
export declare const actionBuildOptions: BuildOptions;
export declare const bundles: readonly BuildOptions[];
export declare const hclWasm: { readonly from: string; readonly to: string };
