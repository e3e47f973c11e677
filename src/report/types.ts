/**
 * What every reporter shares: a reporter is a pure function from a lint result to the text of one
 * output (no console, no process access), so the CLI and the GitHub Action can render the same
 * result in several formats and tests can compare the strings with golden files.
 */
import type { Rule } from '../engine/define-rule.js';
import type { LintResult } from '../engine/finding.js';

export interface ReportContext {
  /** The tool version printed in outputs that name the tool. */
  readonly toolVersion: string;
  /** The working directory; locations in the result are already relative to it. */
  readonly cwd: string;
  /** The rule catalogue (for formats that describe the rules, such as SARIF). */
  readonly rules: readonly Rule[];
  /** Use ANSI colours (only the text format uses them; the CLI decides from TTY and env). */
  readonly color: boolean;
  /**
   * `--quiet`: the result holds only errors already; the text format also leaves out the list of
   * checks that could not be decided (its summary still counts them).
   */
  readonly quiet?: boolean;
  /**
   * `--fix-hints`: the text format prints each finding's suggested fix (what, where, and the text
   * to paste) under it. The other formats always carry fixes.
   */
  readonly fixHints?: boolean;
}

export type Reporter = (result: LintResult, ctx: ReportContext) => string;
