/**
 * The contract of an input format's reader (issue 14: one seam per kind of change). Each format's
 * folder under parse/ exports one `Reader`; parse/readers.ts lists them, one line each, and reads
 * a run's inputs through them (`readInputs`). Discovery, the command line's "is this an input"
 * checks and the run itself ask the registry, never a format by name.
 */
import { VpclintError, type ToolError } from '../errors.js';
import { parseJson } from './json.js';
import type { SourceFormat, SourceResource } from './source.js';
import type { SourceTree } from './terraform-plan/sources.js';
import type { TerraformVariableInput } from './terraform-hcl/index.js';

/** A file already read into memory, as a run is given it. */
export interface SourceFile {
  /** Path as reported to the user: relative to cwd, POSIX separators. */
  readonly file: string;
  readonly text: string;
  /**
   * Recognize it by content whatever its name: standard input, and a file named on the command
   * line whose extension says nothing (a plan JSON saved as `plan.out.txt`).
   */
  readonly byContent?: boolean;
}

/** A source file as readers see it: its name and text, and its JSON parsed at most once. */
export interface Input {
  readonly file: string;
  readonly text: string;
  /**
   * Recognized by its content: the run was told so (`SourceFile.byContent`) and no reader claims
   * its name (`Reader.fileNames`).
   */
  readonly byContent: boolean;
  /** The text parsed as JSON (`parseJson`), once for every reader that asks; throws its ParseError. */
  json(): unknown;
}

/** What a reader is told besides its inputs: the run's options that concern reading. */
export interface ReadContext {
  /** Every input of the run, whichever reader takes it (a `.tf` module looks for its own plan). */
  readonly inputs: readonly Input[];
  /** The name standard input goes by (`<stdin>`): it has no directory of its own. */
  readonly stdinName?: string;
  /** Files beyond the inputs (local modules, variables files, plans' sources) are read from here. */
  readonly cwd?: string;
  /** Decodes a file read from disk under `cwd`. */
  readonly decode?: (bytes: Buffer) => string;
  /** CloudFormation parameter values by name (pseudo parameters too): `--parameters`, `--parameter`. */
  readonly parameters?: ReadonlyMap<string, string>;
  /** Terraform root variable values: `--var-file` and `--var`, in command-line order. */
  readonly terraformVariables?: readonly TerraformVariableInput[];
  /** Where plans' `.tf` sources are looked for (display paths): without it plans are located in themselves. */
  readonly sourceTree?: SourceTree;
  /** `--source-dir DIR`: the root module of the linted plans. */
  readonly sourceDir?: string;
  /** The configuration file's inventory, read when the configuration was loaded. */
  readonly inventory?: readonly SourceResource[];
}

/** What a reader says about one input it was given. */
export interface InputRead {
  /** Whether the input is of the reader's format (else it was skipped quietly). */
  readonly recognized: boolean;
  /** Its own problems, at most `MAX_PROBLEMS_PER_FILE` of them. */
  readonly errors: readonly ToolError[];
}

/** What a reader contributes to a run. */
export interface ReadResult {
  /** One entry per input given to `read`, in the same order (readers that read no input one at a time leave it out). */
  readonly inputs?: readonly InputRead[];
  readonly resources: readonly SourceResource[];
  /** What a plan deletes, as it was: see `buildModel`'s `removed`. */
  readonly removed?: readonly SourceResource[];
  /** Errors about the reader's inputs as a whole, reported after every input's own errors. */
  readonly errors?: readonly ToolError[];
  /** Files read besides the inputs recognized one at a time (every `.tf` file and variables file). */
  readonly files?: readonly string[];
  /**
   * The texts of the files the reader read besides its inputs (local modules, variables files, a
   * plan's `.tf` sources), by display path, as `ReadContext.decode` decodes them: the run hands
   * them, with the inputs' own, to the fixes, which are written into the files resources are
   * located in and read no file themselves. The map may grow after `read` returns, as the files
   * of a lazy lookup are read (a plan's module directory is read when a resource of it is first
   * located, which is before a fix asks for its text).
   */
  readonly texts?: ReadonlyMap<string, string>;
}

export interface Reader {
  /** The format of the source resources it makes. */
  readonly name: SourceFormat;
  /**
   * How messages name the format: `short` in the list of what vpclint reads ("Terraform plan JSON"),
   * `long` in the hint that tells a person what to give it (with how to make it). Readers of no
   * file (the inventory) have none.
   */
  readonly describes?: { readonly short: string; readonly long: string };
  /** The names directories are searched for (files named on the command line are read whatever their name). */
  readonly fileNames?: RegExp;
  /** Is this input for this reader? Cheap where it can be; never throws. The first reader of the registry that says yes reads it. */
  detects(input: Input): boolean;
  /** Loads what `read` needs for these inputs (a parser loaded on demand); called just before it. */
  prepare?(inputs: readonly Input[]): Promise<void>;
  /** Reads the inputs it detected (possibly none). Never throws: problems are located errors. */
  read(inputs: readonly Input[], context: ReadContext): ReadResult | Promise<ReadResult>;
}

/** Nothing read. */
export const NOTHING_READ: ReadResult = Object.freeze({ resources: [] });

/** Does the text start like a JSON document (an object or a list)? */
export function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text);
}

/**
 * Is the input a JSON document that may be a plan or a template: a `.json` file (but not
 * Terraform's JSON syntax, `.tf.json` or `.tofu.json`, which is read with its module), or an input
 * recognized by its content that starts like JSON.
 */
export function isJsonDocument(input: Input): boolean {
  if (/\.(?:tf|tofu)\.json$/i.test(input.file)) return false;
  return /\.json$/i.test(input.file) || (input.byContent && looksLikeJson(input.text));
}

/** An input the registry made, which can drop its parsed JSON once its reader is done with it. */
export interface OwnedInput extends Input {
  /** Drops the parsed JSON (resources keep what they need of it): `json()` would parse again. */
  forget(): void;
}

/** An `Input` over a source file; `byContent` as the registry decided it. */
export function toInput(source: SourceFile, byContent: boolean): OwnedInput {
  let parsed: { readonly value: unknown } | { readonly error: unknown } | undefined;
  return {
    file: source.file,
    text: source.text,
    byContent,
    json() {
      if (parsed === undefined) {
        try {
          parsed = { value: parseJson(source.text, source.file) };
        } catch (error) {
          parsed = { error };
        }
      }
      if ('error' in parsed) throw parsed.error;
      return parsed.value;
    },
    forget() {
      parsed = undefined;
    },
  };
}

/** Turns anything a parser throws into a located tool error; unknown exceptions keep their cause. */
export function toToolError(error: unknown, file?: string): ToolError {
  if (error instanceof VpclintError) {
    return {
      file: error.file ?? file,
      line: error.line,
      column: error.column,
      message: error.message,
      hint: error.hint,
      cause: error,
    };
  }
  const why = error instanceof Error ? error.message : String(error);
  return { file, message: `internal error while reading this file: ${why}`, cause: error };
}

/**
 * Readers' resource lists one after another, in one list made at its size: `concat` copies them
 * without growing a list (a plan has tens of thousands of resources, and pushing them one by one
 * into a list made empty grows it many times).
 */
export function joined<T>(lists: readonly (readonly T[])[]): T[] {
  return ([] as T[]).concat(...lists);
}
