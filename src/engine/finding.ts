import type { SourceLocation } from '../model/source.js';
import type { Topology } from '../model/topology.js';
import type { Subject } from '../model/types.js';

export type Severity = 'error' | 'warning' | 'note';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note'];

/** Higher is more severe. */
export function severityRank(s: Severity): number {
  return s === 'error' ? 3 : s === 'warning' ? 2 : 1;
}

/** One finding, as the engine hands it to reporters. */
export interface Finding {
  /** `NET101`. */
  readonly ruleId: string;
  /** `peering-cidr-overlap`. */
  readonly ruleName: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly message: string;
  readonly data: Readonly<Record<string, string>>;
  readonly subject: Subject;
  /** The subject's address (`module.net.aws_route.to_peer["b"]`). */
  readonly resource: string;
  /** Addresses (or IDs) of the other resources the finding is about. */
  readonly related: readonly string[];
  /** Subjects of related resources that have a resource, for related locations. */
  readonly relatedSubjects: readonly Subject[];
  readonly location: SourceLocation;
  /** Stable across line moves and wording changes: rule, subject, attribute path and key facts. */
  readonly fingerprint: string;
}

/** A check that could not be decided because a value is unknown until apply. */
export interface UnresolvedCheck {
  readonly ruleId: string;
  readonly rule: string;
  readonly resource: string;
  readonly reason: string;
  readonly location: SourceLocation;
}

/** A problem with an input file or the tool itself: never a finding. */
export interface ToolError {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
  readonly hint?: string;
  /** The original exception, printed only with --debug. */
  readonly cause?: unknown;
}

export interface LintResult {
  readonly findings: readonly Finding[];
  readonly unresolved: readonly UnresolvedCheck[];
  readonly errors: readonly ToolError[];
  /** Files that were read and recognized, relative to cwd, POSIX separators. */
  readonly files: readonly string[];
  /** The peering topology, for reporters that draw it (markdown); absent when not computed. */
  readonly topology?: Topology;
}
