/**
 * The command line: argv -> options -> lintPaths -> reporters -> exit code. `main` takes its
 * streams, working directory and environment as arguments so tests run it in-process; only the
 * bottom of this file touches `process`, and only when this module is the program being run.
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rules as allRules } from '../rules/index.js';
import { TOOL_VERSION, type Rule } from './engine/define-rule.js';
import { SEVERITIES, severityRank, type LintResult, type Severity } from './engine/finding.js';
import { UsageError, VpclintError, formatErrorLocation, type ToolError } from './errors.js';
import { PLANNED_FORMATS, reporters, type ReportContext } from './report/index.js';
import { escapeLines, escapeText } from './report/escape.js';
import { omissionWarning } from './report/sarif.js';
import { STDIN_NAME, STDIN_PATH } from './discover.js';
import { CannotCreateDirectoryError, describeFsError, writeOutputFile } from './files.js';
import { loadParameters } from './parse/cloudformation/index.js';
import type { TerraformVariableInput } from './parse/terraform-hcl/index.js';
import { lintPaths } from './run.js';
import { loadRunSettings, type RunSettings } from './config/settings.js';
import { renderBaseline } from './engine/baseline.js';
import { explainRule, findRule, listRulesJson, listRulesText } from './cli/rule-docs.js';
import { hasRuleFlags, selectRules, type RuleFlags } from './cli/rule-selection.js';
import { printConfig, writeInitConfig } from './cli/config-commands.js';
import { loadYaml } from './parse/yaml-lib.js';
import { parseCommandArgs, type ParseArgsProblem } from './cli/parse-args-problem.js';
import { sourceDirectory, terraformVariables } from './cli/input-options.js';
import { runReach } from './cli/reach.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour is used only then, unless forced). */
  readonly isTTY: boolean;
  /** Reads all of standard input, for the path `-`; without it, `-` is an error. */
  readonly stdin?: () => Promise<Buffer | string>;
}

export interface MainOptions {
  /** Replaces the rule catalogue; for tests (a rule that throws, for example). */
  readonly rules?: readonly Rule[];
  /**
   * Formats (`markdown`) also rendered from a lint run's result for the caller alone, neither
   * printed nor written (`runCommand`'s outputs): the GitHub Action's pull-request comment.
   */
  readonly render?: readonly string[];
}

export const HELP = `Usage: vpclint [options] [paths..]
       vpclint reach FROM TO [--port N] [--protocol tcp|udp|icmp|all] [options] [paths..]

Lint AWS network designs in three kinds of input: Terraform plan JSON (terraform show -json
plan.out > plan.json), Terraform sources (.tf, .tofu) and CloudFormation templates (JSON or YAML).

Paths are files or directories (default: .); - reads a plan JSON or a template from standard
input. Directories are searched recursively, skipping node_modules, .terraform and .git, and
files there that are not inputs are skipped. A file named here that vpclint does not read, or a
path with nothing to read, is an error (exit 2). Registry, git, HTTP and S3 modules are read
where terraform init installed them (.terraform/modules); one that is not installed is an error.

vpclint reach answers whether traffic can go from FROM to TO (a subnet, security group or VPC,
or an IP address) and its replies come back, hop by hop through security groups, network ACLs,
route tables and peering connections (exit 0 allowed, 1 denied, 2 unknown); see
vpclint reach --help.

Output:
  --format NAME[=FILE]   output format: text (default), json, sarif, markdown (a pull-request
                         comment) or github (workflow annotations); with =FILE the output is
                         written to FILE instead of stdout; repeat to write several outputs
  -o, --output FILE      write the output that would go to stdout to FILE instead
  -q, --quiet            report errors only: warnings and notes are neither printed nor counted
                         for the exit code; checks that could not be decided are counted in the
                         summary but not listed (--format json lists them)
  --fail-on LEVEL        exit 1 when a finding is at or above LEVEL: error (default),
                         warning or note; none: never (errors of input or usage still exit 2)
  --color, --no-color    colour the text output or not, whatever NO_COLOR, FORCE_COLOR
                         and the terminal say
  --fix-hints            print each finding's suggested fix under it in the text output
                         (json, sarif and markdown always carry the fixes)

Rules (by ID or name; these win over the configuration file):
  --rule ID=SEVERITY     set a rule to error, warning, note or off; repeatable
  --only ID[,ID..]       run only these rules (and NET002-NET004, which report on the
                         suppressions of the rules that run; --skip turns them off)
  --skip ID[,ID..]       do not run these rules
  --list-rules           list every rule with its default severity (--format json: as JSON)
  --explain RULE         print what a rule checks, why it matters and how to fix it

Inputs and configuration:
  --parameters FILE      CloudFormation parameter values: a JSON file as the AWS CLI takes
                         ([{"ParameterKey": …, "ParameterValue": …}]) or {"Name": "value"};
                         repeatable
  --parameter NAME=VALUE one CloudFormation parameter, or a pseudo parameter such as
                         AWS::Region; repeatable, wins over --parameters
  --var-file FILE        Terraform root variable values for .tf modules (.tfvars or
                         .tfvars.json); repeatable
  --var NAME=VALUE       one Terraform root variable; repeatable; --var-file and --var apply
                         in the order given, after terraform.tfvars and *.auto.tfvars
  --source-dir DIR       the Terraform root module linted plans were made from: findings
                         point at its .tf lines (default: the plan's directory, else the
                         repository root, when its .tf files declare the plan's configuration)
  --config FILE          configuration file (default: the first .vpclint.yml, .vpclint.yaml
                         or .vpclint.json in this directory or a parent, up to the
                         repository root or the home directory)
  --print-config         print the configuration in effect, the rule flags included, and the
                         file it comes from (YAML; --format json: JSON)
  --init                 write a commented .vpclint.yml here (not over an existing one)
  --baseline FILE        report only findings that are not in this baseline, and list the
                         ones in it that are no longer found as fixed
  --write-baseline FILE  record the current findings in FILE as the baseline, then exit 0
  --debug                print stack traces of errors
  --version              print the version and exit
  -h, --help             print this help and exit

Exit codes:
  0  no finding at or above --fail-on
  1  findings at or above --fail-on
  2  usage error, unreadable or malformed input, or an internal error (results incomplete)
`;

interface OutputSpec {
  readonly format: string;
  /** Undefined for stdout. */
  readonly file?: string;
}

/** What a run does instead of linting: print the rules, a rule's docs, the configuration, or write one. */
type Command = { readonly kind: 'list-rules' } | { readonly kind: 'explain'; readonly rule: string } | { readonly kind: 'print-config' } | { readonly kind: 'init' };

interface CliOptions {
  readonly paths: readonly string[];
  readonly outputs: readonly OutputSpec[];
  /** `none`: findings never fail the run. */
  readonly failOn: Severity | 'none';
  readonly debug: boolean;
  readonly help: boolean;
  readonly version: boolean;
  readonly command?: Command;
  /** `--rule`, `--only`, `--skip`. */
  readonly ruleFlags: RuleFlags;
  /** `-q`: errors only. */
  readonly quiet: boolean;
  /** `--fix-hints`: the text output shows each finding's fix. */
  readonly fixHints?: boolean;
  /** `--color` (true) or `--no-color` (false), the last one given; undefined: decided by useColor. */
  readonly color?: boolean;
  /** CloudFormation parameter values: `--parameters` files and `--parameter` flags, in order. */
  readonly parameters?: { readonly files: readonly string[]; readonly flags: readonly string[] };
  /** Terraform root variable values: `--var-file` and `--var`, in command-line order. */
  readonly terraformVariables?: readonly TerraformVariableInput[];
  /** `--config FILE`. */
  readonly config?: string;
  /** `--baseline FILE`. */
  readonly baseline?: string;
  /** `--source-dir DIR`: where linted plans' `.tf` sources are. */
  readonly sourceDir?: string;
  /** `--write-baseline FILE`. */
  readonly writeBaseline?: string;
}

const FORMAT_NAMES = [...reporters.keys()];

function parseFormat(value: string): OutputSpec {
  const eq = value.indexOf('=');
  const format = eq === -1 ? value : value.slice(0, eq);
  const file = eq === -1 ? undefined : value.slice(eq + 1);
  if (!reporters.has(format)) {
    if (PLANNED_FORMATS.includes(format)) throw new UsageError(`--format ${format} is not available yet`);
    throw new UsageError(`unknown format "${format}"`, { hint: `choose one of: ${FORMAT_NAMES.join(', ')}` });
  }
  if (file === '') throw new UsageError(`--format ${format}= needs a file name after the =`);
  return file === undefined ? { format } : { format, file };
}

/** parseArgs' problem in vpclint's words (src/cli/parse-args-problem.ts). */
function toUsageError(problem: ParseArgsProblem): UsageError {
  switch (problem.kind) {
    case 'unknown':
      return new UsageError(`unknown option ${problem.option}`, { hint: problem.guess === undefined ? 'run vpclint --help for the options' : `did you mean ${problem.guess}?` });
    case 'takesNoValue':
      return new UsageError(`option ${problem.option} does not take a value`);
    case 'needsValue':
      return new UsageError(`option ${problem.option} needs a value`, { hint: 'run vpclint --help for the options' });
    case 'other':
      return new UsageError(problem.message);
  }
}

const OPTIONS = {
  format: { type: 'string', multiple: true },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'fix-hints': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  only: { type: 'string', multiple: true },
  skip: { type: 'string', multiple: true },
  config: { type: 'string' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  parameters: { type: 'string', multiple: true },
  parameter: { type: 'string', multiple: true },
  'var-file': { type: 'string', multiple: true },
  var: { type: 'string', multiple: true },
  'source-dir': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'list-rules': { type: 'boolean' },
  explain: { type: 'string' },
  'print-config': { type: 'boolean' },
  init: { type: 'boolean' },
  debug: { type: 'boolean' },
  version: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const NO_RULE_FLAGS: RuleFlags = { rule: [], only: [], skip: [] };

function parseCommandLine(argv: readonly string[]): CliOptions {
  const parsed = parseCommandArgs(argv, OPTIONS, toUsageError);
  const { values, positionals } = parsed;
  const help = values.help === true;
  const version = values.version === true;
  const debug = values.debug === true;
  const quiet = values.quiet === true;
  if (help || version) return { paths: [], outputs: [], failOn: 'error', debug, help, version, ruleFlags: NO_RULE_FLAGS, quiet };

  for (const name of ['config', 'baseline', 'write-baseline', 'output'] as const) {
    if (values[name] === '') throw new UsageError(`--${name} needs a file name`);
  }
  if (values['source-dir'] === '') throw new UsageError('--source-dir needs a directory');
  if (values.explain !== undefined && values.explain.trim() === '') throw new UsageError('--explain needs a rule ID or name', { hint: 'for example --explain NET201' });

  const failOnValue = values['fail-on'] ?? 'error';
  if (failOnValue !== 'none' && !(SEVERITIES as readonly string[]).includes(failOnValue)) {
    throw new UsageError(`--fail-on must be error, warning, note or none, not "${failOnValue}"`);
  }

  const outputs = (values.format ?? ['text']).map(parseFormat);
  if (values.output !== undefined) {
    // -o FILE is --format NAME=FILE for the format that would go to stdout.
    const index = outputs.findIndex((o) => o.file === undefined);
    if (index === -1) throw new UsageError(`-o ${values.output}: every --format writes to a file already`);
    if (outputs.filter((o) => o.file === undefined).length === 1) outputs[index] = { format: outputs[index]!.format, file: values.output };
  }
  const toStdout = outputs.filter((o) => o.file === undefined);
  if (toStdout.length > 1) {
    throw new UsageError(`only one --format can write to stdout, got ${toStdout.map((o) => o.format).join(' and ')}`, {
      hint: 'write the others to files: --format json=vpclint.json',
    });
  }
  const seen = new Set<string>();
  for (const o of outputs) {
    if (o.file === undefined) continue;
    if (seen.has(o.file)) throw new UsageError(`two --format options write to ${o.file}`);
    seen.add(o.file);
  }

  const command: Command | undefined =
    values['list-rules'] === true
      ? { kind: 'list-rules' }
      : values.explain !== undefined
        ? { kind: 'explain', rule: values.explain }
        : values['print-config'] === true
          ? { kind: 'print-config' }
          : values.init === true
            ? { kind: 'init' }
            : undefined;
  const colorFlag = parsed.tokens.filter((t) => t.kind === 'option' && (t.name === 'color' || t.name === 'no-color')).at(-1);
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    outputs,
    failOn: failOnValue as Severity | 'none',
    debug,
    help,
    version,
    ...(command === undefined ? {} : { command }),
    ruleFlags: { rule: values.rule ?? [], only: values.only ?? [], skip: values.skip ?? [] },
    quiet,
    ...(values['fix-hints'] === true ? { fixHints: true } : {}),
    ...(colorFlag?.kind === 'option' ? { color: colorFlag.name === 'color' } : {}),
    parameters: { files: values.parameters ?? [], flags: values.parameter ?? [] },
    terraformVariables: terraformVariables(parsed.tokens),
    ...(values.config === undefined ? {} : { config: values.config }),
    ...(values.baseline === undefined ? {} : { baseline: values.baseline }),
    ...(values['source-dir'] === undefined ? {} : { sourceDir: values['source-dir'] }),
    ...(values['write-baseline'] === undefined ? {} : { writeBaseline: values['write-baseline'] }),
  };
}

/** Colour on a terminal; never with NO_COLOR (non-empty); FORCE_COLOR (other than 0/false) forces it. */
export function useColor(io: Pick<CliIo, 'env' | 'isTTY'>): boolean {
  const noColor = io.env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.isTTY && io.env.TERM !== 'dumb';
}

/** The stack of an error and of each error in its `cause` chain. */
function stacks(error: unknown): string {
  const out: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 10; depth += 1) {
    const text = current instanceof Error ? (current.stack ?? `${current.name}: ${current.message}`) : String(current);
    out.push(depth === 0 ? text : `caused by: ${text}`);
    current = current instanceof Error ? current.cause : undefined;
  }
  return out.join('\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

/**
 * An error as stderr shows it: `file:line:col: message` (or `prefix` and the message when no file
 * is known), then the hint on its own line. The file name, message and hint may hold input (a
 * file name, a logical ID, a configuration key, a parser's echo of the input): each is escaped
 * (report/escape.ts), so the error stays one line and cannot start a workflow command.
 */
function errorText(e: { file?: string; line?: number; column?: number; message: string; hint?: string }, prefix: string): string {
  const message = escapeText(e.message);
  const head = e.file === undefined ? `${prefix}${message}` : formatErrorLocation({ file: escapeText(e.file), line: e.line, column: e.column, message });
  return `${head}\n${e.hint === undefined ? '' : `  ${escapeText(e.hint)}\n`}`;
}

function printError(io: CliIo, error: ToolError, debug: boolean): void {
  let text = errorText(error, 'vpclint: ');
  if (debug && error.cause !== undefined) text += `${indent(stacks(error.cause))}\n`;
  io.stderr(text);
}

/** The configuration, the baseline and the day for expiry dates (VPCLINT_TODAY). */
function runSettings(cli: CliOptions, io: CliIo, rules: readonly Rule[]): Promise<RunSettings> {
  return loadRunSettings({ cwd: io.cwd, env: io.env, config: cli.config, baseline: cli.baseline, rules });
}

/**
 * `--write-baseline FILE`: records the findings (those the baseline accepted too, not those
 * suppressed in the source). Returns the exit code: 0 once written (the findings are accepted),
 * 2 when the results are incomplete (a baseline missing findings would hide nothing) or the file
 * cannot be written.
 */
function writeBaselineFile(file: string, result: LintResult, io: CliIo, debug: boolean, isInput: (target: string) => boolean): number {
  if (result.errors.length > 0) {
    printError(io, { file, message: 'the baseline is not written: the results are incomplete (see the errors above)' }, debug);
    return 2;
  }
  const accepted = (result.suppressed ?? []).filter((f) => f.suppression?.via === 'baseline');
  const findings = [...result.findings, ...accepted];
  const target = path.resolve(io.cwd, file);
  if (isInput(target)) {
    printError(io, { file, message: 'cannot write the baseline: it is one of the inputs of this run, which it would overwrite' }, debug);
    return 2;
  }
  try {
    writeOutputFile(target, renderBaseline(findings));
  } catch (error) {
    printError(io, { file, message: `cannot write the baseline: ${whyNotWritten(error, io.cwd)}`, cause: error }, debug);
    return 2;
  }
  io.stderr(`vpclint: wrote the baseline ${escapeText(file)} (${findings.length} ${findings.length === 1 ? 'finding' : 'findings'})\n`);
  return 0;
}

/** Why an output file was not written, without absolute paths inside the working directory. */
function whyNotWritten(error: unknown, cwd: string): string {
  if (error instanceof CannotCreateDirectoryError) {
    const relative = path.relative(cwd, error.directory);
    const shown = relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative) ? error.directory : relative.split(path.sep).join('/');
    return `cannot create the directory ${shown}: ${describeFsError(error.cause)}`;
  }
  const errno = (error as { code?: unknown } | null)?.code;
  return errno === 'EEXIST' || errno === 'ENOTDIR' ? 'a parent of it is a file, not a directory' : describeFsError(error);
}

/** The device and inode of an existing file (so a symbolic or hard link to it is the same file). */
function identity(file: string): string | undefined {
  try {
    const stats = statSync(file);
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Whether a path is one of the run's inputs: the paths named on the command line, the files
 * linted, the configuration, the baseline, parameter and variables files. An output written there
 * would destroy the input (`--format json=net.yaml net.yaml`).
 */
function inputsOf(cli: CliOptions, settings: RunSettings, result: LintResult, cwd: string): (target: string) => boolean {
  let known: Set<string> | undefined;
  return (target) => {
    const id = identity(target);
    if (id === undefined) return false;
    if (known === undefined) {
      const files = [
        ...cli.paths.filter((p) => p !== STDIN_PATH),
        ...result.files.filter((f) => f !== STDIN_NAME),
        ...(cli.parameters?.files ?? []),
        ...(cli.terraformVariables ?? []).flatMap((v) => (v.kind === 'file' ? [v.file] : [])),
        ...(cli.config === undefined ? [] : [cli.config]),
        ...(cli.baseline === undefined ? [] : [cli.baseline]),
      ].map((f) => path.resolve(cwd, f));
      if (settings.config !== undefined) files.push(path.resolve(cwd, settings.config.file));
      known = new Set(files.flatMap((f) => identity(f) ?? []));
    }
    return known.has(id);
  };
}

function exitCode(result: LintResult, failOn: Severity | 'none'): number {
  if (result.errors.length > 0) return 2;
  if (failOn === 'none') return 0;
  const threshold = severityRank(failOn);
  return result.findings.some((f) => severityRank(f.severity) >= threshold) ? 1 : 0;
}

/** `--quiet`: the result without warnings and notes (reported or suppressed). */
function errorsOnly(result: LintResult): LintResult {
  return {
    ...result,
    findings: result.findings.filter((f) => f.severity === 'error'),
    ...(result.suppressed === undefined ? {} : { suppressed: result.suppressed.filter((f) => f.severity === 'error') }),
  };
}

/** The format `--list-rules` and `--print-config` print in: text (the default) or json, to stdout. */
function infoFormat(cli: CliOptions, command: string): 'text' | 'json' {
  const [output, ...more] = cli.outputs;
  if (output === undefined || more.length > 0 || output.file !== undefined || (output.format !== 'text' && output.format !== 'json')) {
    throw new UsageError(`${command} prints text or json to stdout`, { hint: `run ${command} alone, or with --format json` });
  }
  return output.format;
}

/**
 * Runs vpclint with command-line arguments `argv` (without `node` and the script) and returns the
 * exit code: 0 clean, 1 findings at or above --fail-on, 2 usage/input/internal errors.
 */
export async function main(argv: readonly string[], processIo: CliIo, options: MainOptions = {}): Promise<number> {
  return (await runCommand(argv, processIo, options)).code;
}

/** One output of a run, rendered: where it went and its text. */
export interface RenderedOutput {
  readonly format: string;
  /** Standard output, a file (`--format NAME=FILE`), or only the caller (`MainOptions.render`). */
  readonly to: 'stdout' | 'file' | 'caller';
  /** The file as given, for `to: 'file'`. */
  readonly file?: string;
  /** For `to: 'file'`: whether it was written (it is not when it is an input or cannot be written). */
  readonly written?: boolean;
  readonly text: string;
  /** What the output left out, as printed on stderr (a SARIF output over code scanning's limits). */
  readonly warning?: string;
}

/** What a run of the command line gives besides its output: the exit code, and what it linted. */
export interface CommandRun {
  /** What `main` returns. */
  readonly code: number;
  /**
   * The lint result the outputs were rendered from (errors only under --quiet); undefined when
   * nothing was linted: a usage or configuration error, an internal error, or a command that lints
   * nothing (--help, --list-rules, reach…).
   */
  readonly result?: LintResult;
  /** Every output rendered, in `--format` order, then those of `MainOptions.render`. */
  readonly outputs: readonly RenderedOutput[];
}

/**
 * `main`, returning the lint result and the rendered outputs with the exit code (the GitHub Action
 * reads them from here). Prints, writes and exits exactly as `main` does.
 */
export async function runCommand(argv: readonly string[], processIo: CliIo, options: MainOptions = {}): Promise<CommandRun> {
  const done = (code: number): CommandRun => ({ code, outputs: [] });
  // Every line written to stderr passes through here: control characters shown escaped and no
  // workflow command (report/escape.ts); the reporters escape what they print to stdout.
  const io: CliIo = { ...processIo, stderr: (text) => processIo.stderr(escapeLines(text)) };
  const debug = argv.includes('--debug');
  try {
    // Subcommands: `vpclint reach FROM TO …` (src/cli/reach.ts); anything else is a lint run.
    if (argv[0] === 'reach') {
      const color = useColor(io);
      return done(await runReach(argv.slice(1), { ...io, color, printError: (error) => printError(io, error, debug) }));
    }
    const cli = parseCommandLine(argv);
    if (cli.help) {
      io.stdout(HELP);
      return done(0);
    }
    if (cli.version) {
      io.stdout(`${TOOL_VERSION}\n`);
      return done(0);
    }
    const rules = options.rules ?? allRules;
    const catalogue = [...new Set([...allRules, ...rules])];
    if (cli.command?.kind === 'list-rules') {
      io.stdout(infoFormat(cli, '--list-rules') === 'json' ? listRulesJson(rules) : listRulesText(rules));
      return done(0);
    }
    if (cli.command?.kind === 'explain') {
      io.stdout(explainRule(findRule(cli.command.rule, catalogue, '--explain')));
      return done(0);
    }
    if (cli.command?.kind === 'init') {
      const file = writeInitConfig(io.cwd, catalogue);
      io.stderr(`vpclint: wrote ${file}: every rule at its default severity; edit it, or check it with vpclint --print-config\n`);
      return done(0);
    }
    const settings = await runSettings(cli, io, rules);
    const selection = selectRules(cli.ruleFlags, catalogue, settings.config?.severities);
    if (cli.command?.kind === 'print-config') {
      await loadYaml();
      io.stdout(printConfig(catalogue, settings.config, selection, infoFormat(cli, '--print-config') === 'json' ? 'json' : 'yaml'));
      return done(0);
    }
    const parameters = loadParameters(cli.parameters?.files ?? [], cli.parameters?.flags ?? [], io.cwd);
    const linted = await lintPaths(cli.paths, {
      cwd: io.cwd,
      rules,
      parameters,
      terraformVariables: cli.terraformVariables,
      ...(cli.sourceDir === undefined ? {} : { sourceDir: sourceDirectory(cli.sourceDir, io.cwd) }),
      ...(io.stdin === undefined ? {} : { readStdin: io.stdin }),
      ...settings,
      ...(hasRuleFlags(cli.ruleFlags) ? { severityOverrides: selection.severities } : {}),
      // The topology is for the markdown diagram only.
      topology: cli.outputs.some((o) => o.format === 'markdown') || (options.render ?? []).includes('markdown'),
    });
    for (const error of linted.errors) printError(io, error, cli.debug);
    // --quiet: errors only, in every output and for the exit code (the baseline still records all).
    const result = cli.quiet ? errorsOnly(linted) : linted;

    let code = exitCode(result, cli.failOn);
    const isInput = inputsOf(cli, settings, result, io.cwd);
    if (cli.writeBaseline !== undefined) {
      // Rewriting the baseline the run read is what --write-baseline is for; any other input is not.
      const baseline = cli.baseline === undefined ? undefined : identity(path.resolve(io.cwd, cli.baseline));
      const overwrites = (target: string): boolean => isInput(target) && (baseline === undefined || identity(target) !== baseline);
      code = writeBaselineFile(cli.writeBaseline, linted, io, cli.debug, overwrites);
    }
    const outputs: RenderedOutput[] = [];
    const render = (format: string, color: boolean): string => {
      const reporter = reporters.get(format);
      if (reporter === undefined) throw new Error(`no reporter for ${format}`);
      const ctx: ReportContext = {
        toolVersion: TOOL_VERSION,
        cwd: io.cwd,
        rules,
        color,
        ...(cli.quiet ? { quiet: true } : {}),
        ...(cli.fixHints === true ? { fixHints: true } : {}),
      };
      return reporter(result, ctx);
    };
    for (const output of cli.outputs) {
      const text = render(output.format, output.file === undefined && (cli.color ?? useColor(io)));
      // Code scanning's limits: say what the SARIF file left out.
      const warning = output.format === 'sarif' ? omissionWarning(text) : undefined;
      if (warning !== undefined) io.stderr(`${warning}\n`);
      const rendered = { format: output.format, text, ...(warning === undefined ? {} : { warning }) };
      if (output.file === undefined) {
        io.stdout(text);
        outputs.push({ ...rendered, to: 'stdout' });
        continue;
      }
      const target = path.resolve(io.cwd, output.file);
      if (isInput(target)) {
        printError(io, { file: output.file, message: `cannot write the ${output.format} output: it is one of the inputs of this run, which it would overwrite` }, cli.debug);
        code = 2;
        outputs.push({ ...rendered, to: 'file', file: output.file, written: false });
        continue;
      }
      try {
        writeOutputFile(target, text);
        outputs.push({ ...rendered, to: 'file', file: output.file, written: true });
      } catch (error) {
        printError(io, { file: output.file, message: `cannot write the ${output.format} output: ${whyNotWritten(error, io.cwd)}`, cause: error }, cli.debug);
        code = 2;
        outputs.push({ ...rendered, to: 'file', file: output.file, written: false });
      }
    }
    // Rendered as for a file (no colour), for the caller alone.
    for (const format of options.render ?? []) outputs.push({ format, to: 'caller', text: render(format, false) });
    return { code, result, outputs };
  } catch (error) {
    if (error instanceof VpclintError) {
      const prefix = error.code === 'usage' ? 'vpclint: ' : '';
      io.stderr(`${errorText(error, prefix)}${debug ? `${indent(stacks(error))}\n` : ''}`);
      return done(2);
    }
    io.stderr(`internal error in vpclint ${TOOL_VERSION}; rerun with --debug for details\n`);
    if (debug) io.stderr(`${stacks(error)}\n`);
    return done(2);
  }
}

/**
 * Runs the CLI on the real process: argv, streams, cwd, environment; sets process.exitCode and
 * exits once the output is written (`exitOnceWritten`).
 */
export async function runCli(): Promise<void> {
  const stdout = guardedStream(process.stdout, 'standard output');
  const stderr = guardedStream(process.stderr, 'standard error');
  process.exitCode = await main(process.argv.slice(2), {
    stdout: stdout.write,
    stderr: stderr.write,
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    stdin: readProcessStdin,
  });
  // A write that failed (a full disk) leaves the output incomplete: say so once, exit 2. A
  // stream that reports its failure later (a pipe) is checked when the process exits.
  const settle = (): void => {
    const failed = stdout.failure() ?? stderr.failure();
    if (failed === undefined || process.exitCode === 2) return;
    if (stderr.failure() === undefined) process.stderr.write(`vpclint: ${failed}\n`);
    process.exitCode = 2;
  };
  settle();
  process.once('exit', settle);
  exitOnceWritten([process.stdout, process.stderr], () => process.exit());
}

/**
 * Calls `exit` once everything written to `streams` so far is out of the process: at once for a
 * file or a terminal, when the reader has taken it for a pipe (`process.exit` before that would cut
 * the output short). The CLI exits so rather than letting the process end by itself, which first
 * waits for the background work V8 still has queued (optimizing compiles of code that will not run
 * again, concurrent sweeping): 20–30 ms of idle at the end of a 25 MB plan. `exit` handlers (the
 * check above, the code cache) still run. When a write has failed (a full disk, a pipe closed
 * early), `exit` is not called: the process ends by itself, once the stream has reported its
 * failure to the check above.
 */
export function exitOnceWritten(streams: readonly Pick<NodeJS.WritableStream, 'write'>[], exit: () => void): void {
  let waiting = streams.length;
  let failed = false;
  const written = (error?: Error | null): void => {
    if (error) failed = true;
    if (--waiting === 0 && !failed) exit();
  };
  for (const stream of streams) {
    // An empty write's callback runs once the writes before it are done or have failed.
    try {
      stream.write('', written);
    } catch (error) {
      written(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

/**
 * Writes to a process stream without ever throwing: `vpclint … | head` closes the pipe early,
 * which is not an error; any other failure (ENOSPC on a full disk) stops further writes and is
 * reported by `failure()`.
 */
export function guardedStream(
  stream: NodeJS.WritableStream,
  name: string,
): { readonly write: (text: string) => void; readonly failure: () => string | undefined } {
  let failed: string | undefined;
  let closed = false;
  const fail = (error: unknown): void => {
    if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') closed = true;
    else failed ??= `cannot write to ${name}: ${describeFsError(error)}`;
  };
  stream.on('error', fail);
  return {
    write: (text) => {
      if (closed || failed !== undefined) return;
      try {
        stream.write(text);
      } catch (error) {
        fail(error);
      }
    },
    failure: () => failed,
  };
}

/** All of the process's standard input (read only when `-` is a path). */
async function readProcessStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** True when this module is the program node was started with (the bin), not an import. */
function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

/**
 * Defined (true) only by the build of dist/action.js, which bundles this module to call `main`
 * itself: inside a bundle every module shares the bundle's URL, so `isEntryPoint` would start the
 * bin there too.
 */
declare const VPCLINT_EMBEDDED: boolean | undefined;

// Not awaited at the top level: dist/cli.js is CommonJS (scripts/build-options.js).
if (typeof VPCLINT_EMBEDDED === 'undefined' && isEntryPoint()) void runCli();
