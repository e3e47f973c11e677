/**
 * The orchestration the CLI and the GitHub Action share: read files, hand each to the parser of
 * its format, build one model from everything, run the rules. No printing, no process access.
 */
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { readRegularFile } from './files.js';
import path from 'node:path';
import { rules as allRules } from '../rules/index.js';
import { STDIN_NAME, discover, fsToolError, type SearchedDirectory } from './discover.js';
import { isInside, looksLikeJson, noInputIn, notAnInput } from './inputs.js';
import type { Rule } from './engine/define-rule.js';
import type { LintResult, Severity } from './engine/finding.js';
import { runRules } from './engine/run-rules.js';
import { checkIntents, NETWORK_INTENT } from './engine/intents.js';
import type { Baseline } from './engine/baseline.js';
import { settle } from './engine/settle.js';
import type { LoadedConfig } from './config/load.js';
import { VpclintError, type ToolError } from './errors.js';
import { buildModel } from './model/build.js';
import { summarizeTopology } from './model/topology.js';
import type { SourceResource } from './parse/source.js';
import type { NetworkModel } from './model/types.js';
import { parseJson } from './parse/json.js';
import { capProblems } from './parse/problems.js';
import { loadJsonTemplate, loadTemplate, readTemplates, type Template } from './parse/cloudformation/index.js';
import { isTerraformPlan, mentionsPlan, readTerraformPlan } from './parse/terraform-plan/index.js';
import { diskSourceTree, findPlanSources, sourceCandidates, whyNotRootModule, type PlanSources, type SourceTree } from './parse/terraform-plan/sources.js';
import { mentionsTemplate } from './parse/cloudformation/template.js';
import { loadYaml } from './parse/yaml-lib.js';
import { fileSystemHost, isTerraformFile, isTerraformJsonFile, readTerraformSources, type TerraformReadResult, type TerraformVariableInput } from './parse/terraform-hcl/index.js';

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
  /** Reads a file that is not among the sources (a local Terraform module), for fixes. */
  readonly readText?: (file: string) => string | undefined;
  /**
   * Where plans' `.tf` sources are looked for (display paths): without it plans are located in
   * themselves. lintSourcesAsync and lintPaths set it from `cwd`.
   */
  readonly sourceTree?: SourceTree;
  /** `--source-dir DIR`: the root module of the linted plans, looked in before the plan's directory and the repository root. */
  readonly sourceDir?: string;
  /** Hears the model once it is built, before the rules run (`vpclint reach` asks it questions). */
  readonly modelBuilt?: (model: NetworkModel) => void;
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

/** What one file contributed: its resources, or nothing when it is not an input vpclint reads. */
export interface ParsedSource {
  readonly recognized: boolean;
  readonly resources: readonly SourceResource[];
  /** What a plan deletes, as it was: see `buildModel`'s `removed`. */
  readonly removed?: readonly SourceResource[];
  readonly errors: readonly ToolError[];
  /** A CloudFormation template: read with the run's other templates (exports, imports). */
  readonly template?: Template;
}

const NOT_READ: ParsedSource = { recognized: false, resources: [], errors: [] };

/** How plans' sources are looked for; `sourcesFound` hears, for each plan, what was found. */
export interface ParseOptions extends Pick<LintOptions, 'sourceTree' | 'sourceDir'> {
  readonly sourcesFound?: (found: PlanSources | undefined, configuration: unknown) => void;
}

/**
 * Which reader `parseSource` gives a file: JSON (a plan or a JSON template), the template reader
 * (YAML, or JSON it cannot parse as such), or none. By name; a file named on the command line
 * with another extension (`byContent`) by its content.
 */
function readerOf(source: SourceFile): 'json' | 'template' | undefined {
  const { file } = source;
  // Terraform configuration in JSON syntax (`cdk.tf.json`) is read with its module's `.tf` files.
  if (isTerraformJsonFile(file)) return undefined;
  const byContent = source.byContent === true && !/\.(json|ya?ml|template|tf|tofu)$/i.test(file);
  if (/\.json$/i.test(file) || (byContent && looksLikeJson(source.text))) return 'json';
  // CloudFormation by content: .yaml, .yml, .template; other files are skipped.
  return byContent || /\.(ya?ml|template)$/i.test(file) ? 'template' : undefined;
}

/** Parses one file by its name and content, with at most `MAX_PROBLEMS_PER_FILE` problems. Never throws. */
export function parseSource(source: SourceFile, options: ParseOptions = {}): ParsedSource {
  const { file, text } = source;
  const reader = readerOf(source);
  if (reader === undefined) return NOT_READ;
  try {
    if (reader === 'json') {
      // JSON that names neither a plan's nor a template's keys is neither, valid or not: skipped
      // quietly without parsing (a tsconfig.json with comments must not fail the run).
      if (!mentionsPlan(text) && !mentionsTemplate(text)) return NOT_READ;
      const json = parseJson(text, file);
      if (isTerraformPlan(json)) {
        const tree = options.sourceTree;
        const planFile = file === STDIN_NAME ? undefined : file;
        const sources =
          tree === undefined
            ? undefined
            : (configuration: unknown) => {
                const found = findPlanSources(configuration, sourceCandidates(planFile, options.sourceDir, tree), tree);
                options.sourcesFound?.(found, configuration);
                return found;
              };
        const { resources, removed, problems } = readTerraformPlan(json, text, file, { sources });
        return { recognized: true, resources, removed, errors: capProblems(problems) };
      }
      // Parsed once: a template is read from it, other JSON (an AWS CLI dump) skipped by its shape.
      const template = loadJsonTemplate(json, text, file);
      return template === undefined ? NOT_READ : { recognized: true, resources: [], errors: capProblems(template.problems), template };
    }
    const template = loadTemplate(text, file);
    if (template !== undefined) return { recognized: true, resources: [], errors: capProblems(template.problems), template };
    return NOT_READ;
  } catch (error) {
    return { recognized: true, resources: [], errors: [toToolError(error, file)] };
  }
}

/** Lints files already read into memory: the core of every run, and what tests call. */
export function lintSources(sources: readonly SourceFile[], options: LintOptions = {}, terraform?: TerraformReadResult): LintResult {
  const resources: SourceResource[] = [];
  const removed: SourceResource[] = [];
  const errors: ToolError[] = [];
  const files: string[] = [];
  const templates: Template[] = [];
  const sourceDir = sourceDirUse(options);
  for (const source of sources) {
    const parsed = parseSource(source, { ...options, sourcesFound: sourceDir.heard });
    if (parsed.recognized) files.push(source.file);
    for (const r of parsed.resources) resources.push(r);
    for (const r of parsed.removed ?? []) removed.push(r);
    for (const e of parsed.errors) errors.push(e);
    if (parsed.template !== undefined) templates.push(parsed.template);
  }
  const unused = sourceDir.unused();
  if (unused !== undefined) errors.push(unused);
  // `.tf` modules are read (asynchronously) by lintSourcesAsync and handed in here.
  for (const r of terraform?.resources ?? []) resources.push(r);
  for (const e of terraform?.errors ?? []) errors.push(e);
  for (const f of terraform?.files ?? []) files.push(f);
  const cfn = readTemplates(templates, { parameters: options.parameters });
  for (const r of cfn.resources) resources.push(r);
  for (const e of cfn.errors) errors.push(e);
  for (const r of options.config?.inventory ?? []) resources.push(r);
  const model = buildModel(resources, { removed });
  options.modelBuilt?.(model);
  const rules = options.rules ?? allRules;
  const severityOverrides = options.severityOverrides ?? options.config?.severities;
  const texts = new Map(sources.map((s) => [s.file, s.text]));
  const readText = (file: string): string | undefined => texts.get(file) ?? options.readText?.(file);
  // Intents are followed once, here: their results are rule NET501's options and the reporters' data.
  const intents = checkIntents(model, options.config?.intents ?? []);
  for (const e of intents.errors) errors.push(e);
  const ruleOptions = new Map(options.config?.ruleOptions ?? []);
  if (intents.checks.length > 0) ruleOptions.set(NETWORK_INTENT, { intents: intents.checks });
  const result = runRules(model, rules, { severityOverrides, ruleOptions, readText });
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
    topology: summarizeTopology(model, settled.findings),
    ...(intents.checks.length === 0 ? {} : { intents: intents.checks.map((c) => c.result) }),
    suppressed: settled.suppressed,
    ...(settled.baseline === undefined ? {} : { baseline: settled.baseline }),
  };
}

/**
 * `--source-dir DIR` is said to hold the linted plans' root module: when plans were linted and
 * none of them was found there, the user is told why (the first plan's reason), rather than the
 * findings silently staying at the plan.
 */
function sourceDirUse(options: LintOptions): { heard?: ParseOptions['sourcesFound']; unused: () => ToolError | undefined } {
  const tree = options.sourceTree;
  if (options.sourceDir === undefined || tree === undefined) return { unused: () => undefined };
  const dir = sourceCandidates(undefined, options.sourceDir, tree)[0]!;
  let used = false;
  let first: { configuration: unknown } | undefined;
  return {
    heard(found, configuration) {
      if (found?.dir === dir) used = true;
      else first ??= { configuration };
    },
    unused() {
      if (used || first === undefined) return undefined;
      const why = whyNotRootModule(first.configuration, dir, tree) ?? 'the plan was found to be made from another directory';
      return { message: `--source-dir ${dir}: no linted plan was made from this directory: ${why}`, hint: 'name the directory of the Terraform root module the plan was made from' };
    },
  };
}

/**
 * Like `lintSources`, and reads `.tf` files too: each directory of them is one Terraform module
 * (local modules are read from disk through `cwd` when given). The HCL parser is loaded only when
 * there are `.tf` files.
 */
export async function lintSourcesAsync(sources: readonly SourceFile[], options: LintOptions & { readonly cwd?: string } = {}): Promise<LintResult> {
  if (sources.some(mayReadYaml)) await loadYaml();
  const terraform = sources.some((s) => isTerraformFile(s.file))
    ? await readTerraformSources(sources, {
        variables: options.terraformVariables,
        host: options.cwd === undefined ? undefined : fileSystemHost(options.cwd, decodeText),
      })
    : undefined;
  const cwd = options.cwd;
  const readText = options.readText ?? (cwd === undefined ? undefined : (file: string) => readTextFrom(cwd, file));
  const sourceTree = options.sourceTree ?? (cwd === undefined ? undefined : diskSourceTree(cwd));
  return lintSources(sources, { ...options, readText, sourceTree }, terraform);
}

/**
 * Might `parseSource` read the file with the YAML parser: the template reader's, and a template
 * by content (valid JSON is then still read without it)? Only then is the `yaml` package loaded.
 */
function mayReadYaml(source: SourceFile): boolean {
  return readerOf(source) === 'template' && mentionsTemplate(source.text);
}

/** A file's text read from disk, or undefined when it cannot be read. */
function readTextFrom(cwd: string, file: string): string | undefined {
  try {
    return decodeText(readFileSync(path.resolve(cwd, file)));
  } catch {
    return undefined;
  }
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
 * once (`-` is standard input), and lints them together with `lintSources`. A missing or
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
  const result = await lintSourcesAsync(sources, options);
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
