/**
 * The registry of input readers (issue 14): one line per format. A run's inputs are read through
 * it (`readInputs`); discovery searches directories for the names it lists (`INPUT_NAMES`), and a
 * file named on the command line is recognized by content when no reader claims its name. Adding
 * an input format is one folder under parse/ exporting a `Reader` (parse/reader.ts), one line
 * here, and its adapters in model/builder/ (see CONTRIBUTING.md, "Adding an input format").
 *
 * The order matters twice: a file is read by the first reader that detects it, and what the
 * readers make (resources, errors, files) is listed in this order.
 */
import type { ToolError } from '../errors.js';
import { cloudFormationReader } from './cloudformation/index.js';
import { inventoryReader } from './inventory/index.js';
import { joined, toInput, type Input, type InputRead, type OwnedInput, type ReadContext, type Reader, type SourceFile } from './reader.js';
import type { SourceResource } from './source.js';
import { terraformHclReader } from './terraform-hcl/index.js';
import { terraformPlanReader } from './terraform-plan/index.js';

export type { Input, ReadContext, Reader, ReadResult, SourceFile } from './reader.js';

export const READERS: readonly Reader[] = [
  terraformPlanReader,
  terraformHclReader,
  cloudFormationReader,
  inventoryReader,
];

/** Does some reader read files of this name: the names directories are searched for. */
export function isInputName(name: string): boolean {
  return READERS.some((r) => r.fileNames?.test(name) === true);
}

/** `a`, `a and b`, `a, b and c` (with `lastComma`: `a, b, and c`). */
function listOf(items: readonly string[], lastComma: boolean): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}${lastComma ? ',' : ''} and ${items.at(-1)!}`;
}

const described = READERS.flatMap((r) => (r.describes === undefined ? [] : [r.describes]));

/** What vpclint reads, for messages: `Terraform plan JSON, .tf, and CloudFormation JSON/YAML`. */
export const INPUTS_READ = listOf(described.map((d) => d.short), true);

/** The hint for a file that is not an input: what vpclint reads, and how to make it. */
export const READS_HINT = `vpclint reads ${listOf(described.map((d) => d.long), false)}`;

/** The reader that reads this source file, if any. */
export function readerOf(source: SourceFile): Reader | undefined {
  return detectingReader(inputOf(source));
}

/** The first reader of the registry that detects the input. */
function detectingReader(input: Input): Reader | undefined {
  return READERS.find((r) => r.detects(input));
}

/** A source file as readers see it: by content only when it says so and no reader claims its name. */
export function inputOf(source: SourceFile): OwnedInput {
  return toInput(source, source.byContent === true && !isInputName(source.file));
}

/** What the readers made of a run's inputs. */
export interface InputsRead {
  /** The inputs recognized one at a time, in the order given, then the other files read (`.tf`, variables files). */
  readonly files: readonly string[];
  readonly resources: readonly SourceResource[];
  /** What plans delete, as it was: see `buildModel`'s `removed`. */
  readonly removed: readonly SourceResource[];
  /** Every input's own errors in the order given, then each reader's errors about its inputs as a whole. */
  readonly errors: readonly ToolError[];
  /**
   * The text of an input, or of a file a reader read besides (`ReadResult.texts`, the first
   * reader's where two read one), for fixes; undefined for a file nothing read.
   */
  readonly textOf: (file: string) => string | undefined;
}

/**
 * Reads a run's inputs: each goes to the first reader that detects it (others are skipped
 * quietly), then every reader reads what it got, in registry order (each reader is called, with
 * no input if none was its). Never throws for bad input.
 */
export async function readInputs(sources: readonly SourceFile[], options: Omit<ReadContext, 'inputs'> = {}): Promise<InputsRead> {
  const inputs = sources.map(inputOf);
  const context: ReadContext = { ...options, inputs };
  const given = new Map<Reader, OwnedInput[]>(READERS.map((r) => [r, []]));
  for (const input of inputs) {
    const reader = detectingReader(input);
    if (reader !== undefined) given.get(reader)!.push(input);
    else input.forget();
  }
  const perInput = new Map<Input, InputRead>();
  // Each reader's lists, joined once at the end (`joined`).
  const resources: (readonly SourceResource[])[] = [];
  const removed: (readonly SourceResource[])[] = [];
  const later: ToolError[] = [];
  const otherFiles: string[] = [];
  const texts: ReadonlyMap<string, string>[] = [new Map(sources.map((s) => [s.file, s.text]))];
  for (const reader of READERS) {
    const mine = given.get(reader)!;
    await reader.prepare?.(mine);
    const read = await reader.read(mine, context);
    mine.forEach((input, i) => {
      const one = read.inputs?.[i];
      if (one !== undefined) perInput.set(input, one);
    });
    resources.push(read.resources);
    if (read.removed !== undefined) removed.push(read.removed);
    for (const e of read.errors ?? []) later.push(e);
    for (const f of read.files ?? []) otherFiles.push(f);
    if (read.texts !== undefined) texts.push(read.texts);
    // No other reader needs these inputs' parsed JSON: it is not kept for the rest of the run.
    for (const input of mine) input.forget();
  }
  const files: string[] = [];
  const errors: ToolError[] = [];
  for (const input of inputs) {
    const one = perInput.get(input);
    if (one === undefined) continue;
    if (one.recognized) files.push(input.file);
    for (const e of one.errors) errors.push(e);
  }
  const textOf = (file: string): string | undefined => {
    // Not merged into one map: a reader's map may still grow (ReadResult.texts).
    for (const t of texts) {
      const text = t.get(file);
      if (text !== undefined) return text;
    }
    return undefined;
  };
  return {
    files: [...files, ...otherFiles],
    resources: joined(resources),
    removed: joined(removed),
    errors: [...errors, ...later],
    textOf,
  };
}
