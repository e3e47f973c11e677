/**
 * Reading and writing the files a run names, safely: only regular files are read (a FIFO would
 * block the run forever, /dev/zero would fill the memory), and an output's missing directories are
 * created one by one, so a directory that cannot be made is an error instead of a hang (Node's
 * recursive mkdir loops forever under /proc, where mkdir answers ENOENT under an existing parent).
 */
import { closeSync, constants, fstatSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';

/** What a file system entry is, for messages: `a FIFO`, `a character device`, `a directory`… */
export function fileKind(stats: Stats): string {
  if (stats.isFile()) return 'a regular file';
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

/** The error for an entry that is not a regular file; its message is what `describeFsError` shows. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(stats: Stats) {
    super(`not a regular file (${fileKind(stats)})`);
    this.name = 'NotRegularFileError';
  }
}

/** The path shown to the user for an absolute path: relative to cwd, with POSIX separators. */
export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return (relative === '' ? '.' : relative).split(path.sep).join('/');
}

/** A file system error as a short phrase (`no such file or directory`), without absolute paths. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Reads a regular file (following symbolic links); throws NotRegularFileError for anything else
 * (FIFO, device, socket) without blocking on it, EISDIR for a directory, and the file system
 * error otherwise.
 */
export function readRegularFile(file: string): Buffer {
  const before = statSync(file);
  // As readFileSync reports it (describeFsError: `is a directory`).
  if (before.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), { code: 'EISDIR' });
  if (!before.isFile()) throw new NotRegularFileError(before);
  // Non-blocking: if the path was swapped for a FIFO since the stat, the open does not wait for a writer.
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new NotRegularFileError(stats);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The error for a directory that cannot be created, naming it. */
export class CannotCreateDirectoryError extends Error {
  readonly code: unknown;
  constructor(
    /** Absolute. */
    readonly directory: string,
    cause: unknown,
  ) {
    super(`cannot create the directory ${directory}`, { cause });
    this.name = 'CannotCreateDirectoryError';
    this.code = (cause as { code?: unknown } | null)?.code;
  }
}

/**
 * Creates the missing directories above `target` (absolute), top down, one mkdir each: at most one
 * per path component, so it always ends. A parent that is a file throws ENOTDIR; a directory that
 * cannot be made throws CannotCreateDirectoryError naming it (the cause is the mkdir's error).
 */
export function makeParentDirectories(target: string): void {
  const missing: string[] = [];
  for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
    let stats: Stats | undefined;
    try {
      stats = statSync(dir);
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
    }
    if (stats !== undefined) {
      if (!stats.isDirectory()) throw Object.assign(new Error(`${dir} is not a directory`), { code: 'ENOTDIR' });
      break;
    }
    missing.push(dir);
    if (path.dirname(dir) === dir) break;
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (error) {
      if ((error as { code?: unknown }).code === 'EEXIST' && statSync(dir).isDirectory()) continue;
      throw new CannotCreateDirectoryError(dir, error);
    }
  }
}

/** Writes an output file, creating its missing directories (see makeParentDirectories). */
export function writeOutputFile(target: string, text: string): void {
  makeParentDirectories(target);
  writeFileSync(target, text);
}
