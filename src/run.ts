/**
 * The orchestration the CLI and the GitHub Action share: read files, hand each to the parser of
 * its format, build one model from everything, run the rules. No printing, no process access.
 */
import { isAscii } from 'node:buffer';
import { readRegularFile } from './files.js';
import path from 'node:path';
import { rules as allRules } from '../rules/index.js';
import { STDIN_NAME, discover, fsToolError, type SearchedDirectory } from './discover.js';
import { isInside, noInputIn, notAnInput } from './inputs.js';
import type { Rule } from './engine/define-rule.js';
import type { LintResult, Severity } from './engine/finding.js';
import { runRules } from './engine/run-rules.js';
import { checkIntents, NETWORK_INTENT } from './engine/intents.js';
import type { Baseline } from './engine/baseline.js';
import { settle } from './engine/settle.js';
import type { LoadedConfig } from './config/load.js';
import type { ToolError } from './errors.js';
import { buildModel } from './model/build.js';
import { summarizeTopology } from './model/topology.js';
import { TOPOLOGY_MARKS } from './report/topology-marks.js';
import type { NetworkModel } from './model/types.js';
import { readInputs, type SourceFile } from './parse/readers.js';
import { diskSourceTree, type SourceTree } from './parse/terraform-plan/sources.js';
import { isTerraformFile, type TerraformVariableInput } from './parse/terraform-hcl/index.js';

export type { SourceFile } from './parse/readers.js';

export interface LintOptions {
  readonly rules?: readonly Rule[];
  readonly severityOverrides?: ReadonlyMap<string, Severity | 'off'>;
  /** CloudFormation parameter values by name (pseudo parameters too): `--parameters`, `--parameter`. */
  readonly parameters?: ReadonlyMap<string, string>;
  /** Terraform root variable values: `--var-file` and `--var`, in command-line order. */
  readonly terraformVariables?: readonly TerraformVariableInput[];
  /** The configuration file's settings: severities, options, globs, ignore entries, inventory. */
  readonly config?: LoadedConfig;
  /** `--baseline FILE`, read. */
  readonly baseline?: Baseline;
  /** The day suppression expiry dates are judged against (YYYY-MM-DD, UTC); default today. */
  readonly today?: string;
  /**
   * Where plans' `.tf` sources are looked for (display paths): without it plans are located in
   * themselves. lint sets it from `cwd`.
   */
  readonly sourceTree?: SourceTree;
  /** `--source-dir DIR`: the root module of the linted plans, looked in before the plan's directory and the repository root. */
  readonly sourceDir?: string;
  /**
   * Whether the result carries the peering topology (`LintResult.topology`), which only the
   * markdown reporter draws; default true. The CLI asks for it only when it renders markdown.
   */
  readonly topology?: boolean;
  /** Hears the model once it is built, before the rules run (`vpclint reach` asks it questions). */
  readonly modelBuilt?: (model: NetworkModel) => void;
}

/**
 * Lints files already read into memory: the core of every run, and what tests call. Each file
 * goes to the reader of its format (parse/readers.ts: plan JSON, `.tf` modules, CloudFormation
 * templates, and the configuration's inventory), one model is built from everything, the rules
 * run. With `cwd`, local modules, variables files and plans' `.tf` sources are read from disk, by
 * the readers only: fixes are written into the texts they read (and the sources' own).
 */
export async function lint(sources: readonly SourceFile[], options: LintOptions & { readonly cwd?: string } = {}): Promise<LintResult> {
  const cwd = options.cwd;
  const sourceTree = options.sourceTree ?? (cwd === undefined ? undefined : diskSourceTree(cwd, decodeText));
  const read = await readInputs(sources, {
    stdinName: STDIN_NAME,
    cwd,
    decode: decodeText,
    parameters: options.parameters,
    terraformVariables: options.terraformVariables,
    sourceTree,
    sourceDir: options.sourceDir,
    inventory: options.config?.inventory,
  });
  const resources = read.resources;
  const removed = read.removed;
  const errors = [...read.errors];
  const files = [...read.files];
  const model = buildModel(resources, { removed });
  options.modelBuilt?.(model);
  const rules = options.rules ?? allRules;
  const severityOverrides = options.severityOverrides ?? options.config?.severities;
  // Intents are followed once, here: their results are rule NET501's options and the reporters' data.
  const intents = checkIntents(model, options.config?.intents ?? []);
  for (const e of intents.errors) errors.push(e);
  const ruleOptions = new Map(options.config?.ruleOptions ?? []);
  if (intents.checks.length > 0) ruleOptions.set(NETWORK_INTENT, { intents: intents.checks });
  const result = runRules(model, rules, { severityOverrides, ruleOptions, textOf: read.textOf });
  const settled = settle(result, {
    resources,
    rules,
    catalogue: options.rules === undefined ? allRules : [...allRules, ...options.rules],
    severityOverrides,
    external: options.config?.ignores,
    baseline: options.baseline,
    today: options.today,
    files,
  });
  return {
    findings: settled.findings,
    unresolved: result.unresolved,
    errors: [...errors, ...result.errors],
    files,
    ...(options.topology === false ? {} : { topology: summarizeTopology(model, settled.findings, TOPOLOGY_MARKS) }),
    ...(intents.checks.length === 0 ? {} : { intents: intents.checks.map((c) => c.result) }),
    suppressed: settled.suppressed,
    ...(settled.baseline === undefined ? {} : { baseline: settled.baseline }),
  };
}

export interface LintPathsOptions extends LintOptions {
  /** Paths are resolved against it, and reported relative to it. */
  readonly cwd: string;
  /** Reads standard input, for the path `-`. */
  readonly readStdin?: () => Promise<Buffer | string>;
}

/**
 * Decodes a file read as bytes. UTF-8 is the norm; a UTF-8 byte order mark is dropped, and UTF-16
 * with a byte order mark (what Windows PowerShell writes for `terraform show -json > plan.json`)
 * or without one (recognized by its NUL bytes) is decoded rather than reported as garbage. Terraform writes plan JSON as ASCII (it escapes
 * everything else), and for ASCII the latin1 decoder gives the same string at about twice the
 * speed of the UTF-8 one, which matters for a plan of hundreds of megabytes.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.toString('utf8', 3);
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 2);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 === 'le') return bytes.toString('utf16le');
  if (utf16 === 'be') return new TextDecoder('utf-16be').decode(bytes);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** How many bytes `utf16WithoutBom` looks at: enough for the first lines of any text. */
const UTF16_SAMPLE = 512;

/**
 * UTF-16 without a byte order mark (`Out-File -Encoding unicode` and some shells' redirections of
 * `terraform show -json`): text that is mostly ASCII has a NUL byte beside every ASCII character.
 * At least half of the first 512 bytes' characters must be ASCII with their NUL byte on one
 * side, none on the other side, and none a NUL character. UTF-8 text never has NUL bytes, and
 * binary files rarely look like this.
 */
function utf16WithoutBom(bytes: Buffer): 'le' | 'be' | undefined {
  const n = Math.min(bytes.length, UTF16_SAMPLE) & ~1;
  if (n < 4 || (bytes[0] !== 0 && bytes[1] !== 0)) return undefined;
  let le = 0;
  let be = 0;
  const ascii = (b: number): boolean => (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i]!;
    const b = bytes[i + 1]!;
    if (a === 0 && b === 0) return undefined; // a NUL character: binary, not text
    if (b === 0 && ascii(a)) le++;
    else if (a === 0 && ascii(b)) be++;
  }
  const units = n / 2;
  if (le >= units / 2 && be === 0) return 'le';
  if (be >= units / 2 && le === 0) return 'be';
  return undefined;
}

/**
 * Lints paths as given on the command line: discovers the files (see `discover`), reads each
 * once (`-` is standard input), and lints them together with `lint`. A missing or
 * unreadable path becomes an error in the result, and so does a file named there that is not an
 * input vpclint reads and a directory named there that holds none; the other files are still linted.
 */
export async function lintPaths(paths: readonly string[], options: LintPathsOptions): Promise<LintResult> {
  const config = options.config;
  const filter = config === undefined ? undefined : { base: config.dir, include: config.include, exclude: config.exclude };
  const { files, errors: discoveryErrors, directories, stdin } = await discover(paths, options.cwd, filter);
  const sources: SourceFile[] = [];
  const named = new Set<string>();
  const errors: ToolError[] = [...discoveryErrors];
  for (const found of files) {
    try {
      // Sync: one big read is faster than fs/promises' chunked one, and nothing else is waiting.
      // readRegularFile, as for every other file a run reads: a path swapped for a FIFO since
      // discovery must not block the run.
      const text = decodeText(readRegularFile(found.path));
      sources.push(found.named === true ? { file: found.file, text, byContent: true } : { file: found.file, text });
      if (found.named === true) named.add(found.file);
    } catch (error) {
      errors.push(fsToolError(found.file, error));
    }
  }
  if (stdin) {
    try {
      if (options.readStdin === undefined) throw new Error('standard input is not available');
      const input = await options.readStdin();
      sources.push({ file: STDIN_NAME, text: typeof input === 'string' ? input : decodeText(input), byContent: true });
      named.add(STDIN_NAME);
    } catch (error) {
      errors.push(fsToolError(STDIN_NAME, error, 'cannot read standard input: '));
    }
  }
  const result = await lint(sources, options);
  errors.push(...namedPathErrors(sources, named, directories, result, options.cwd, errors));
  return { ...result, errors: [...errors, ...result.errors] };
}

/**
 * Errors for paths named on the command line that give vpclint nothing to read: a file (or
 * standard input) that is not an input, a directory that holds none. A path that already has an
 * error (a syntax error, an unreadable file) gets no second one.
 */
function namedPathErrors(
  sources: readonly SourceFile[],
  named: ReadonlySet<string>,
  directories: readonly SearchedDirectory[],
  result: LintResult,
  cwd: string,
  earlier: readonly ToolError[],
): ToolError[] {
  const read = new Set(result.files);
  const erred = new Set([...earlier, ...result.errors].map((e) => e.file).filter((f): f is string => f !== undefined));
  const out: ToolError[] = [];
  for (const s of sources) {
    if (!named.has(s.file) || read.has(s.file) || erred.has(s.file) || isTerraformFile(s.file)) continue;
    out.push(notAnInput(s.file, s.text));
  }
  const onDisk = (files: Iterable<string>): string[] => [...files].filter((f) => f !== STDIN_NAME).map((f) => path.resolve(cwd, f));
  const readPaths = onDisk(read);
  const erredPaths = onDisk(erred);
  for (const dir of directories) {
    const inside = (f: string): boolean => isInside(dir.path, f);
    if (!readPaths.some(inside) && !erredPaths.some(inside)) out.push(noInputIn(dir));
  }
  return out;
}
