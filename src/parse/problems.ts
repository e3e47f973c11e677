/**
 * A cap on the problems reported per file. A file that is garbage (a binary named `.tf`, a plan
 * whose every entry has the wrong type) would otherwise give one message per bad character or
 * entry: millions of lines, and the time and memory to make them. The first ones are kept, and one
 * more line says how many were left out.
 */
import type { ToolError } from '../errors.js';

/** Problems reported per file, at most; the rest are counted in one last line. */
export const MAX_PROBLEMS_PER_FILE = 50;

/** The last line of a file's capped problems. */
export function moreProblems(count: number): string {
  return `… and ${count} more problem${count === 1 ? '' : 's'} in this file`;
}

const MORE = /^… and (\d+) more problems? in this file$/;

/**
 * At most `limit` problems of each file, in their order, and after the last one kept a line
 * `… and N more problems in this file`, located where the first one left out is. Problems without
 * a file are kept. Such lines already in the list (from a reader that capped its own) are added
 * into the count rather than counted as problems.
 */
export function capProblems<T extends ToolError>(problems: readonly T[], limit: number = MAX_PROBLEMS_PER_FILE): (T | ToolError)[] {
  const kept = new Map<string, number>();
  const dropped = new Map<string, { count: number; first?: ToolError }>();
  const out: (T | ToolError)[] = [];
  for (const p of problems) {
    if (p.file === undefined) {
      out.push(p);
      continue;
    }
    const more = MORE.exec(p.message);
    const n = kept.get(p.file) ?? 0;
    if (more === null && n < limit) {
      kept.set(p.file, n + 1);
      out.push(p);
      continue;
    }
    const d = dropped.get(p.file) ?? { count: 0 };
    d.count += more === null ? 1 : Number(more[1]);
    d.first ??= p;
    dropped.set(p.file, d);
  }
  if (dropped.size === 0) return out;
  // Each file's line goes after its last problem kept.
  const last = new Map<string, number>();
  out.forEach((p, i) => p.file !== undefined && last.set(p.file, i));
  const inserts = [...dropped].map(([file, d]) => {
    const where = d.first?.line === undefined ? {} : { line: d.first.line, column: d.first.column };
    return { at: last.get(file) ?? out.length - 1, error: { file, ...where, message: moreProblems(d.count) } as ToolError };
  });
  inserts.sort((a, b) => b.at - a.at);
  for (const { at, error } of inserts) out.splice(at + 1, 0, error);
  return out;
}
