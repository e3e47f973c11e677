import type { AttrPath, NetworkModel, SourceResource, Subject } from '../model/types.js';
import type { Severity } from './finding.js';
import type { FixPlan } from './fix.js';

export type { FixPlan, RouteToAdd } from './fix.js';
// What the network-intent rule reads (rules import the engine only through this module).
export type { IntentCheck } from './intents.js';

export const REPO_URL = 'https://github.com/vpclint/vpclint';
export const TOOL_VERSION = '0.1.0';

/** A file of the repository (with an optional `#anchor`) at the tag of this version. */
export function repoFileUrl(pathAndAnchor: string): string {
  return `${REPO_URL}/blob/v${TOOL_VERSION}/${pathAndAnchor}`;
}

/** What a rule reports: a message, the subject, and the data that fills the message. */
export interface RuleHit<M extends string> {
  readonly messageId: M;
  readonly subject: Subject;
  /** Other resources the finding is about: subjects (located) or labels (external things). */
  readonly related?: readonly (Subject | string)[];
  /** Fills `{placeholders}` in the message; also the key facts the fingerprint is made of. */
  readonly data: Readonly<Record<string, string | number>>;
  /** Overrides the rule's default severity for this hit (NET401 grades by port). */
  readonly severity?: Severity;
  /**
   * The change that resolves the hit, in model terms, when it is mechanical; the engine writes it
   * in the input's language (engine/fix.ts). Not part of the fingerprint.
   */
  readonly fix?: FixPlan;
}

/**
 * The attribute whose unknown value blocks a check: a resource and a path into it, and why the
 * value is unknown. `reason` defaults to the attribute's own reason (`resource.get(path)`), so a
 * rule that only knows where the value is written passes `{ resource, path }`.
 */
export interface UnknownCause {
  readonly resource: SourceResource;
  readonly path: AttrPath;
  readonly reason?: string;
}

export interface RuleContext<M extends string, O = undefined> {
  report(hit: RuleHit<M>): void;
  /**
   * A check that could not be decided: the subject and why (which value is unknown). `cause`
   * (optional) names the one attribute whose unknown value blocks the check, so that reports
   * show one entry per unknown value with every check it blocks. Without it the engine takes the
   * subject's own attribute when that value is unknown and the reason names its reason; a check
   * blocked by several values, or by something that is not an attribute, passes none.
   */
  unresolved(subject: Subject, reason: string, cause?: UnknownCause): void;
  /** The rule's options: its defaults, with what the configuration file sets merged over them. */
  readonly options: O;
}

/**
 * A JSON schema (draft-07) as a plain object. Rule option schemas are embedded in the
 * configuration file's schema (schema/vpclint.schema.json), which editors use to complete and
 * check `.vpclint.yml`, and validated with ajv when the configuration loads.
 */
export type JsonSchema = Readonly<Record<string, unknown>>;

/**
 * A rule's options: their schema (an object schema whose properties are the options, each with a
 * `description` and a `default`) and their defaults. The configuration file sets some of them
 * (`rules: { open-ingress: { options: { allowedPorts: [443] } } }`); the rest keep the default.
 */
export interface RuleOptionsSpec<O> {
  readonly schema: JsonSchema;
  readonly defaults: O;
}

/** A page a rule rests on (AWS documentation, the Terraform provider's documentation). */
export interface RuleReference {
  readonly title: string;
  readonly url: string;
}

/** The input formats docs/rules.md shows examples in; plan JSON is shown through its `.tf` twin. */
export type ExampleFormat = 'tf' | 'cfn';

/**
 * A fixture of the rule's folder (fixtures/<name>/) shown in docs/rules.md: its file name, and
 * optionally the lines to show (1-based, inclusive) when the whole file is too long.
 */
export type RuleExample = string | { readonly file: string; readonly lines: readonly [number, number] };

/**
 * The examples of one format: `bad`, a `positive-*` fixture with a finding, and `good`, a
 * `negative-*` fixture. scripts/docs/render-rules.ts refuses a rule whose fixtures have a
 * positive (or negative) file of a format without a `bad` (or `good`) example of it; `note`
 * says why a format has no example of one kind.
 */
export interface RuleFormatExamples {
  readonly bad?: RuleExample;
  readonly good?: RuleExample;
  readonly note?: string;
}

/**
 * Prose a rule's declaration writes over several lines (`rationale`, `remediation`, messages):
 * each line break, with the indentation after it, is one space. So the text is wrapped in the
 * source and one line wherever it is shown. No substitutions (a rule's messages have their own
 * `{placeholders}`), and no line break of its own.
 */
export function prose(strings: TemplateStringsArray): string {
  return strings[0]!.replace(/\n[ \t]*/g, ' ');
}

/** What docs/rules.md shows of a rule besides its metadata. */
export interface RuleDocs {
  readonly examples: Readonly<Partial<Record<ExampleFormat, RuleFormatExamples>>>;
}

/**
 * One format's examples as a rule writes them: `[bad, good]` when it shows both, else the
 * RuleFormatExamples object with the `note` that says why one is missing.
 */
export type FormatExamples = readonly [bad: RuleExample, good: RuleExample] | RuleFormatExamples;

function isPair(spec: FormatExamples): spec is readonly [RuleExample, RuleExample] {
  return Array.isArray(spec);
}

/**
 * A rule's `docs` in one line: `docs: examples({ tf: ['positive-a.tf', 'negative-b.tf'], cfn: [...] })`
 * is `docs: { examples: { tf: { bad: 'positive-a.tf', good: 'negative-b.tf' }, cfn: {...} } }`
 * (formats in the order written).
 */
export function examples(formats: Readonly<Partial<Record<ExampleFormat, FormatExamples>>>): RuleDocs {
  const out: Partial<Record<ExampleFormat, RuleFormatExamples>> = {};
  for (const [format, spec] of Object.entries(formats) as [ExampleFormat, FormatExamples][]) {
    out[format] = isPair(spec) ? { bad: spec[0], good: spec[1] } : spec;
  }
  return { examples: out };
}

export interface RuleDefinition<M extends string, O = undefined> {
  /** `NET` + three digits; never reused, never renamed. */
  readonly id: string;
  /** kebab-case; equals the file name in rules/ and the fixtures folder. */
  readonly name: string;
  readonly defaultSeverity: Severity;
  /** One sentence ending in a period. */
  readonly summary: string;
  readonly rationale: string;
  readonly remediation: string;
  /** Message templates with `{placeholder}`s filled from a hit's data. */
  readonly messages: Readonly<Record<M, string>>;
  /** Options the configuration file may set, with their schema and defaults; none when absent. */
  readonly options?: RuleOptionsSpec<O>;
  /**
   * The AWS (or provider) documentation pages the rule rests on; listed in docs/rules.md. Optional
   * in the type (rules made up in tests have none), required of every rule of the catalogue by
   * scripts/docs/render-rules.ts, which the docs drift test runs.
   */
  readonly references?: readonly RuleReference[];
  /** The fixtures docs/rules.md shows as examples, per input format (required as `references` is). */
  readonly docs?: RuleDocs;
  /** Pure: reads the model, reports through the context, keeps no state. */
  check(model: NetworkModel, context: RuleContext<M, O>): void;
}

export interface Rule<M extends string = string, O = unknown> extends RuleDefinition<M, O> {
  readonly docsUrl: string;
}

/** Declares a rule: fills the docs URL and types the message IDs and the options. */
export function defineRule<M extends string, O = undefined>(definition: RuleDefinition<M, O>): Rule<M, O> {
  return {
    ...definition,
    docsUrl: repoFileUrl(`docs/rules.md#${definition.name}`),
  };
}

/** Fills `{name}` placeholders; a missing placeholder throws (a bug in the rule, caught by tests). */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (!Object.prototype.hasOwnProperty.call(data, key)) {
      throw new Error(`message placeholder {${key}} has no data`);
    }
    return String(data[key]);
  });
}
