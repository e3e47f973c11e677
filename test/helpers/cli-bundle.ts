/**
 * The CLI bundled from the sources into a temporary directory, to run in a child process: what a
 * test needs when the test process itself cannot do it, such as reading as a user other than root
 * (root reads a chmod 000 file or directory, so permission errors can only be seen as another user).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from './repo.js';

/** Bundles src/cli.ts to `dir`/cli.mjs (readable by every user) and returns its path. */
export async function buildCliBundle(dir: string): Promise<string> {
  const bundle = path.join(dir, 'cli.mjs');
  await build({
    // Inside the bundle, cli.ts is the program node runs, so it runs the CLI itself.
    stdin: { contents: "import './src/cli.ts';", resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    // Required only by the HCL parser's Go runtime on old Node versions; .tf files are not read here.
    external: ['performance'],
    outfile: bundle,
    logLevel: 'error',
  });
  chmodSync(dir, 0o755);
  chmodSync(bundle, 0o644);
  return bundle;
}

/**
 * Runs the bundle in `cwd`; as root, as the user nobody (uid and gid 65534), so that permissions
 * apply. `error` is set when the process could not be started (then the test should skip).
 */
export function runAsUser(bundle: string, args: readonly string[], cwd: string) {
  const asRoot = process.getuid?.() === 0;
  const r = spawnSync(process.execPath, [bundle, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, error: r.error };
}
