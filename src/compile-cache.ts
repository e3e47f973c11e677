/**
 * How the package's bin (src/bin.ts, dist/cli.js) starts the CLI bundle, dist/cli-main.js: through a V8 code
 * cache, so that a run after the first skips most of the compiling of the ~900 KB bundle (a plan
 * of one resource: about 90 → 75 ms, of which Node.js itself takes 55). This is what Node.js 22's
 * `module.enableCompileCache()` and the `v8-compile-cache` package do; Node.js 20 has neither
 * built in, and the package hooks every module Node.js loads, where this compiles one file.
 *
 * The cache is one file per bundle in a directory of the user's own under the system's temporary
 * directory. It is used only when that directory is a real directory (not a link), owned by the
 * user and closed to everyone else: V8 trusts a code cache as compiled code, so a cache another
 * user could write would let them run code as this one. Its name is the hash of the bundle's text
 * and the Node.js version, because V8 itself checks only the text's length. A cache V8 rejects
 * (other V8 flags) is written again; of one bundle's files, those of the four builds written last are kept.
 * Every failure to read or write it is silent: the CLI then compiles as without a cache. Set
 * `VPCLINT_NO_COMPILE_CACHE=1` (or Node.js's own `NODE_DISABLE_COMPILE_CACHE=1`) to turn it off.
 *
 * This file imports Node.js built-ins only; it is not part of the layers (it loads the CLI).
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, constants as fs } from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/** The CLI bundle, beside this file. */
const MAIN = 'cli-main.js';

/** Where the cache files live, if the directory is safe to use: created for this user, or undefined. */
function cacheDirectory(): string | undefined {
  if (process.env.VPCLINT_NO_COMPILE_CACHE || process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const uid = process.getuid?.();
  if (uid === undefined) return undefined;
  const dir = path.join(os.tmpdir(), `vpclint-compile-cache-${uid}`);
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch {
    // It exists (checked below), or cannot be made.
  }
  try {
    const stat = lstatSync(dir);
    return stat.isDirectory() && stat.uid === uid && (stat.mode & 0o077) === 0 ? dir : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The cache file of a bundle's text for this Node.js: `<bundle name>-<hash>.bin`. The hash is of
 * the file's bytes (its text's UTF-8): hashing the decoded text would encode it again first, which
 * took a millisecond more of every run.
 */
function cacheFile(dir: string, file: string, bytes: Buffer): string {
  const key = createHash('sha256').update(`${process.version} ${process.arch}\0`).update(bytes).digest('hex').slice(0, 32);
  return path.join(dir, `${path.basename(file, '.js')}-${key}.bin`);
}

/** The file's bytes if it is a regular file of this user's, else undefined. */
function readOwn(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, fs.O_RDONLY | (fs.O_NOFOLLOW ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.uid !== process.getuid?.()) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * How many builds of one bundle keep a cache file: two versions of vpclint used in turn (a
 * pre-commit hook's and one on PATH) each keep theirs, and the directory stays small.
 */
const BUILDS_KEPT = 4;

/** Writes the cache file whole (a temporary file renamed over it) and removes the same bundle's least recently written beyond BUILDS_KEPT. */
function writeCache(file: string, data: Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, data, { mode: 0o600, flag: 'wx' });
    renameSync(tmp, file);
    const dir = path.dirname(file);
    const name = path.basename(file);
    const bundle = name.slice(0, name.lastIndexOf('-') + 1);
    const others = readdirSync(dir)
      .filter((other) => other !== name && other.startsWith(bundle) && /^[0-9a-f]{32}\.bin$/.test(other.slice(bundle.length)))
      .map((other) => ({ other, written: statSync(path.join(dir, other)).mtimeMs }))
      .sort((x, y) => y.written - x.written);
    for (const { other } of others.slice(BUILDS_KEPT - 1)) rmSync(path.join(dir, other), { force: true });
  } catch {
    rmSync(tmp, { force: true });
  }
}

/**
 * Loads the bundle `file` as `require` would, compiled with the code cache in `dir`, and so the
 * files it requires that are beside it and named like it (`cli-*.js`: the libraries the CLI loads
 * when a run needs them), each once. A bundle without a cache file, or whose cache V8 rejected, is
 * cached when the process exits (then the cache also holds the functions the run compiled
 * lazily). Returns the module's exports.
 */
function requireCached(file: string, dir: string | undefined): unknown {
  if (dir === undefined) return createRequire(file)(file);
  const loaded = new Map<string, Module>();
  const beside = path.dirname(file);
  const load = (target: string): unknown => {
    const known = loaded.get(target);
    if (known !== undefined) return known.exports;
    const bytes = readFileSync(target);
    const source = bytes.toString('utf8');
    const cache = cacheFile(dir, target, bytes);
    const cachedData = readOwn(cache);
    const script = new vm.Script(Module.wrap(source), { filename: target, ...(cachedData === undefined ? {} : { cachedData }) });
    if (cachedData === undefined || script.cachedDataRejected === true) {
      process.once('exit', () => {
        try {
          writeCache(cache, script.createCachedData());
        } catch {
          // No cache this time.
        }
      });
    }
    const module = new Module(target);
    module.filename = target;
    loaded.set(target, module);
    const plain = createRequire(target);
    const require = Object.assign((id: string): unknown => {
      const sibling = BESIDE.test(id) ? path.join(beside, id) : undefined;
      return sibling === undefined ? plain(id) : load(sibling);
    }, plain);
    const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
    wrapper.call(module.exports, module.exports, require, module, target, beside);
    module.loaded = true;
    return module.exports;
  };
  return load(file);
}

/** A file beside the CLI bundle that it requires: `./cli-yaml.js`. */
const BESIDE = /^\.\/cli-[a-z0-9-]+\.js$/;

/**
 * Starts the CLI. A bundle missing beside the bin (an install cut short, a `dist/` copied without
 * it) is a broken installation, reported in one line with exit code 2 like any other error the
 * CLI cannot get past; `--debug` adds the stack trace.
 */
export function start(): Promise<void> {
  const main = path.join(path.dirname(fileURLToPath(import.meta.url)), MAIN);
  let cli: { runCli(): Promise<void> };
  try {
    cli = requireCached(main, cacheDirectory()) as typeof cli;
  } catch (error) {
    if ((error as NodeJS.ErrnoException | undefined)?.code !== 'ENOENT') throw error;
    const debug = process.argv.includes('--debug') && error instanceof Error ? `\n${error.stack ?? ''}` : '';
    process.stderr.write(`vpclint: cannot start: ${(error as NodeJS.ErrnoException).path ?? main} is missing; the installation is incomplete, reinstall vpclint${debug}\n`);
    process.exitCode = 2;
    return Promise.resolve();
  }
  return cli.runCli();
}
