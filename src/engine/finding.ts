import type { ModuleCallLocation, SourceLocation } from '../parse/source.js';
import type { Topology } from '../model/topology.js';
import type { IntentResult } from './intents.js';
import type { Subject } from '../model/types.js';
import type { ToolError } from '../errors.js';

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
  /**
   * The resource (and attribute) the finding is about, as the model has it: for the engine
   * (suppressions, the baseline), the topology summary and tests. Reporters read the plain fields
   * below (`resource`, `location`, `relatedLocations`…), which the engine resolved from it.
   */
  readonly subject: Subject;
  /** The subject's address (`module.net.aws_route.to_peer["b"]`). */
  readonly resource: string;
  /** Addresses (or IDs) of the other resources the finding is about. */
  readonly related: readonly string[];
  /** Subjects of related resources that have a resource (as `subject`: for the engine, not for reporters). */
  readonly relatedSubjects: readonly Subject[];
  /**
   * Where each related resource of `relatedSubjects` is written, in that order, with its address as
   * the message: resolved by the engine (engine/run-rules.ts), so reporters need no parser objects.
   */
  readonly relatedLocations: readonly RelatedLocation[];
  readonly location: SourceLocation;
  /**
   * For a plan finding whose `.tf` sources were found (`location` is then in them): where the plan
   * lists the subject. Absent otherwise.
   */
  readonly planLocation?: SourceLocation;
  /**
   * The module calls (root first) that instantiate the subject, when it is a plan resource inside a
   * module whose sources were found: which instantiation is wrong. Absent otherwise.
   */
  readonly moduleCalls?: readonly ModuleCallLocation[];
  /** Stable across line moves and wording changes: rule, subject, attribute path and key facts. */
  readonly fingerprint: string;
  /**
   * Why the finding is not reported: set on the findings in `LintResult.suppressed` (an inline
   * `vpclint:ignore`, CloudFormation `Metadata`, an `ignore` entry of the configuration file, or
   * the baseline), never on those in `LintResult.findings`.
   */
  readonly suppression?: FindingSuppression;
  /**
   * The change that resolves the finding, in the input's own language, when it is mechanical
   * (engine/fix.ts renders it from the rule's plan); absent otherwise.
   */
  readonly fix?: Fix;
}

/** A place a finding refers to besides its own location, and what is there (SARIF's related location). */
export interface RelatedLocation {
  readonly location: SourceLocation;
  /** What is there: the related resource's address. */
  readonly message: string;
}

/** The language a fix is written in: Terraform (`.tf`, also for plans), or a template's YAML or JSON. */
export type FixLanguage = 'hcl' | 'yaml' | 'json';

/**
 * One change to a fix's file: `text` (whole lines, each ending in a newline; empty to delete)
 * inserted before `insert.line`, or put in place of lines `replace.startLine`..`replace.endLine`
 * (1-based, inclusive).
 */
export interface FixEdit {
  readonly text: string;
  readonly insert?: { readonly line: number };
  readonly replace?: { readonly startLine: number; readonly endLine: number };
}

/** A suggested fix: what to do and why, the text to paste, and where it goes when that is known. */
export interface Fix {
  /** What the change does and why this one (which connection to remove, which ranges are free). */
  readonly description: string;
  readonly language: FixLanguage;
  /** The file the change belongs to (for a plan: the plan, or the resource's `.tf` file when the plan's sources were found). */
  readonly file: string;
  /** The new text to paste (every edit's text, in order); empty when the fix only removes lines. */
  readonly text: string;
  /** Where the text goes in `file`; empty when the file has no lines to edit (a plan). */
  readonly edits: readonly FixEdit[];
}

/**
 * What suppresses a finding. `kind` follows SARIF: `inSource` when the suppression is written in
 * the linted file itself (a comment, CloudFormation Metadata), `external` when it lives elsewhere
 * (the configuration file, the baseline).
 */
export interface FindingSuppression {
  readonly kind: 'inSource' | 'external';
  readonly via: 'comment' | 'metadata' | 'config' | 'baseline';
  /** The reason as written (`public ALB`), or for the baseline which file accepted it. */
  readonly reason: string;
  /** The last day (YYYY-MM-DD, UTC) the suppression holds, when it has one. */
  readonly expires?: string;
  /** Where the suppression is written; absent for the baseline. */
  readonly location?: SourceLocation;
}

/** One accepted finding in a baseline file (see engine/baseline.ts). */
export interface BaselineEntry {
  readonly fingerprint: string;
  /** `NET401`. */
  readonly id: string;
  /** `open-ingress`. */
  readonly rule: string;
  readonly resource: string;
  /** The file the finding was in when the baseline was written; for people, not for matching. */
  readonly file?: string;
  /** The first sentence of the message, for people reading the baseline. */
  readonly message: string;
}

/** How the run compared with a baseline (`--baseline FILE`). */
export interface BaselineComparison {
  /** The baseline file, as given on the command line. */
  readonly file: string;
  /** Entries of the baseline that this run no longer finds: fixed (or their facts changed). */
  readonly fixed: readonly BaselineEntry[];
}

/**
 * The one attribute value whose being unknown blocks a check: the resource, the attribute path and
 * why the value itself is unknown (the innermost reason, as the reader of the input gave it:
 * "variable remote_subnet_range has no value", "known after apply").
 */
export interface UnknownValue {
  /** The address of the resource the attribute belongs to. */
  readonly resource: string;
  /** The file that resource was read from (two files may hold one address). */
  readonly file: string;
  /** The attribute path (`destination_cidr_block`, `route[0].cidr_block`). */
  readonly attribute: string;
  readonly reason: string;
  /** Where the attribute is written (the resource when the format keeps no attribute positions). */
  readonly location: SourceLocation;
}

/** A check that could not be decided because a value is unknown until apply. */
export interface UnresolvedCheck {
  readonly ruleId: string;
  readonly rule: string;
  readonly resource: string;
  /** The check's own reason, naming everything it depends on. */
  readonly reason: string;
  readonly location: SourceLocation;
  /**
   * The single unknown value that blocks the check, when it is blocked by exactly one attribute
   * value (engine/run-rules.ts); absent when the reason is about several values or not about an
   * attribute (a VPC outside the linted files, a route list that may be incomplete).
   */
  readonly value?: UnknownValue;
}

export interface LintResult {
  readonly findings: readonly Finding[];
  readonly unresolved: readonly UnresolvedCheck[];
  readonly errors: readonly ToolError[];
  /** Files that were read and recognized, relative to cwd, POSIX separators. */
  readonly files: readonly string[];
  /** The peering topology, for reporters that draw it (markdown); absent when not computed. */
  readonly topology?: Topology;
  /**
   * Findings that are not reported because something suppresses them (each with its
   * `suppression`): not counted, never failing the run; JSON and SARIF list them as suppressed.
   * Absent when suppressions were not applied (results built by hand).
   */
  readonly suppressed?: readonly Finding[];
  /** The comparison with the baseline, when one was given. */
  readonly baseline?: BaselineComparison;
  /** The configuration file's intents and their verdicts, when it has any (rule NET501 network-intent). */
  readonly intents?: readonly IntentResult[];
}
