/**
 * Finds the files to lint from the paths on the command line. Directories are searched for every
 * name a reader of the registry reads (parse/readers.ts; each reader decides what it recognizes and
 * skips the rest quietly); files named explicitly are always read (and must be inputs); `-` is standard
 * input; a path that does not exist is an error for that path only, so the others are still linted.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { anyGlob } from './config/glob.js';
import { InputError, type ToolError } from './errors.js';
import { NotRegularFileError, describeFsError, displayPath } from './files.js';
import { isInputName } from './parse/readers.js';

/** Never searched: dependencies, Terraform's provider cache, git internals. */
export const IGNORED_DIRECTORIES: readonly string[] = ['node_modules', '.terraform', '.git'];

export interface DiscoveredFile {
  /** Absolute path, for reading. */
  readonly path: string;
  /** Path shown to the user: relative to cwd, POSIX separators. */
  readonly file: string;
  /** Named on the command line (not found by searching a directory): it must be an input. */
  readonly named?: boolean;
}

/** A directory named on the command line and searched. */
export interface SearchedDirectory {
  /** Absolute path. */
  readonly path: string;
  /** As given on the command line. */
  readonly given: string;
}

export interface Discovery {
  /** Deduplicated, sorted by `file`. */
  readonly files: readonly DiscoveredFile[];
  readonly errors: readonly ToolError[];
  /** The directories searched, in command-line order (each must hold an input). */
  readonly directories: readonly SearchedDirectory[];
  /** Whether `-` (standard input) was among the paths. */
  readonly stdin: boolean;
}

/** The path that stands for standard input, and the name its contents go by in messages. */
export const STDIN_PATH = '-';
export const STDIN_NAME = '<stdin>';

/** Turns a file system error for `file` into a located tool error (the cause kept for --debug). */
export function fsToolError(file: string, error: unknown, prefix = ''): ToolError {
  const cause = new InputError(`${prefix}${describeFsError(error)}`, { file, cause: error });
  return { file, message: cause.message, cause };
}

/** The configuration's `include` and `exclude` globs, relative to `base` (the configuration's directory). */
export interface DiscoveryFilter {
  readonly base: string;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

/**
 * Whether a file found by searching a directory passes the filter: under `base`, it must match an
 * `include` glob (when there are any) and no `exclude` glob; files outside `base` always pass.
 */
function filterOf(filter: DiscoveryFilter | undefined): (absolute: string) => boolean {
  if (filter === undefined || (filter.include.length === 0 && filter.exclude.length === 0)) return () => true;
  const included = filter.include.length === 0 ? () => true : anyGlob(filter.include);
  const excluded = anyGlob(filter.exclude);
  return (absolute) => {
    const relative = path.relative(filter.base, absolute);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return true;
    const posix = relative.split(path.sep).join('/');
    return included(posix) && !excluded(posix);
  };
}

/** A directory's input files (absolute), and the directories below it that could not be read. */
interface Search {
  readonly files: readonly string[];
  readonly unreadable: readonly { readonly dir: string; readonly error: unknown }[];
}

const IGNORED = new Set(IGNORED_DIRECTORIES.map((d) => d.toLowerCase()));

interface Level {
  /** The path the walk shows (under the searched directory). */
  readonly dir: string;
  /** Its real path, so a directory reached twice through symbolic links is searched once. */
  readonly real: string;
}

/**
 * Searches a directory for input files, level by level (each level's directories read in
 * parallel, then taken in name order, so the result does not depend on timing). Symbolic links
 * are followed, each real directory searched once (a link back up the tree ends there): the real
 * tree first, then the linked directories it did not reach, so a file is shown under its own path
 * rather than a link's (`perl/5.36.0/…`, not `perl/5.36/…`). A directory that cannot be read is
 * recorded and the rest is still searched; names may hold any character (glob matchers skip names
 * with a newline and read backslashes as escapes).
 */
async function searchDirectory(absolute: string): Promise<Search> {
  const files: string[] = [];
  const unreadable: { dir: string; error: unknown }[] = [];
  let real: string;
  try {
    real = await realpath(absolute);
  } catch (error) {
    return { files, unreadable: [{ dir: absolute, error }] };
  }
  const seen = new Set<string>([real]);
  let level: Level[] = [{ dir: absolute, real }];
  let linked: Level[] = [];
  for (;;) {
    if (level.length === 0) {
      // The real tree is done: the linked directories not reached yet, in the order they were met.
      level = linked.filter((d) => !seen.has(d.real) && seen.add(d.real));
      linked = [];
      if (level.length === 0) break;
    }
    const listed = await Promise.all(
      level.map(async (d) => {
        try {
          return await readdir(d.dir, { withFileTypes: true });
        } catch (error) {
          unreadable.push({ dir: d.dir, error });
          return [];
        }
      }),
    );
    const next: Level[] = [];
    for (const [i, d] of level.entries()) {
      const entries = (listed[i] ?? []).slice().sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
      for (const entry of entries) {
        const full = path.join(d.dir, entry.name);
        const ignored = IGNORED.has(entry.name.toLowerCase());
        if (entry.isFile()) {
          if (isInputName(entry.name)) files.push(full);
        } else if (entry.isDirectory()) {
          const realDir = path.join(d.real, entry.name);
          if (!ignored && !seen.has(realDir)) {
            seen.add(realDir);
            next.push({ dir: full, real: realDir });
          }
        } else if (entry.isSymbolicLink()) {
          let target;
          try {
            target = await stat(full);
            if (target.isDirectory() && !ignored) linked.push({ dir: full, real: await realpath(full) });
          } catch {
            continue; // a dangling link: nothing to read
          }
          if (target.isFile() && isInputName(entry.name)) files.push(full);
        }
      }
    }
    level = next;
  }
  unreadable.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
  return { files, unreadable };
}

/**
 * Expands `paths` (relative to `cwd`) into the files to read. Never throws for a bad path: it is
 * reported in `errors` and the other paths are still searched. `filter` (the configuration's
 * globs) applies to files found in directories; a file named explicitly is always read.
 */
export async function discover(paths: readonly string[], cwd: string, filter?: DiscoveryFilter): Promise<Discovery> {
  const passes = filterOf(filter);
  const found = new Map<string, DiscoveredFile>();
  const errors: ToolError[] = [];
  const directories: SearchedDirectory[] = [];
  let stdin = false;
  const add = (absolute: string, named = false): void => {
    const known = found.get(absolute);
    if (known === undefined || (named && known.named !== true)) {
      found.set(absolute, { path: absolute, file: displayPath(absolute, cwd), ...(named ? { named } : {}) });
    }
  };
  for (const given of paths) {
    if (given === STDIN_PATH) {
      stdin = true;
      continue;
    }
    const absolute = path.resolve(cwd, given);
    let stats;
    try {
      stats = await stat(absolute);
    } catch (error) {
      errors.push(fsToolError(given, error));
      continue;
    }
    if (stats.isFile()) {
      add(absolute, true);
      continue;
    }
    if (!stats.isDirectory()) {
      // A FIFO would block the run forever, a device like /dev/zero would never end.
      errors.push(fsToolError(given, new NotRegularFileError(stats)));
      continue;
    }
    if (!directories.some((d) => d.path === absolute)) directories.push({ path: absolute, given });
    const search = await searchDirectory(absolute);
    for (const entry of search.files) if (passes(entry)) add(entry);
    for (const failed of search.unreadable) {
      errors.push(fsToolError(failed.dir === absolute ? given : displayPath(failed.dir, cwd), failed.error, 'cannot search this directory: '));
    }
  }
  const files = [...found.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, errors, directories, stdin };
}
