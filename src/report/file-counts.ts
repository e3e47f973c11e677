/**
 * The files a summary line counts: the inputs read (plans, `.tf`, templates; not the variable
 * files that only give them values) and, of those, the ones with at least one reported finding.
 * A finding located in a file that is not an input (a `.tf` file read for a plan's configuration,
 * the configuration file's `ignore` entry) counts that file among those read too, so the line
 * never says "in 2 of 1 files".
 */
import type { LintResult } from '../engine/finding.js';

const VARIABLES_FILE = /\.tfvars(\.json)?$/i;

export interface FileCounts {
  /** Files read: the inputs, and any other file a finding is located in. */
  readonly read: number;
  /** Files with at least one reported finding. */
  readonly withProblems: number;
}

export function fileCounts(result: LintResult): FileCounts {
  const withProblems = new Set(result.findings.map((f) => f.location.file));
  const read = new Set(result.files.filter((f) => !VARIABLES_FILE.test(f)));
  for (const f of withProblems) read.add(f);
  return { read: read.size, withProblems: withProblems.size };
}

/** "1 file", "5 files", or with problems "2 of 5 files" (one file alone: "1 file"). */
export function filesPhrase(counts: FileCounts, withProblems: boolean): string {
  const files = `${counts.read} ${counts.read === 1 ? 'file' : 'files'}`;
  return withProblems && counts.read > 1 ? `${counts.withProblems} of ${files}` : files;
}
