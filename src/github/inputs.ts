/**
 * The Action's inputs (action.yml) and how they become a vpclint command line. The Action runs
 * the CLI's own command (`runCommand` in cli.ts, which `main` runs too) with these arguments, so
 * every option behaves exactly as on the command line, errors included; only the GitHub side
 * (comment, summary, outputs) lives in src/github/.
 */

export interface ActionInputs {
  readonly paths: readonly string[];
  readonly config: string;
  readonly baseline: string;
  readonly failOn: string;
  /** Where to write SARIF; empty for none. */
  readonly sarifFile: string;
  /** Post or update the pull-request comment (on pull-request events only). */
  readonly comment: boolean;
  readonly token: string;
  /** The Terraform root module of the linted plans (`--source-dir`); empty for the CLI's default. */
  readonly sourceDir: string;
  /** Terraform variable files (`--var-file`), one per line. */
  readonly varFiles: readonly string[];
  /** Terraform variables (`--var name=value`), one per line. */
  readonly vars: readonly string[];
  /** CloudFormation parameter files (`--parameters`), one per line. */
  readonly parameterFiles: readonly string[];
  /** CloudFormation parameters (`--parameter Key=Value`), one per line. */
  readonly parameters: readonly string[];
}

/** An input value that the Action refuses (a boolean that is not true or false). */
export class InputValueError extends Error {
  override readonly name = 'InputValueError';
}

/** Reads one input by its action.yml name; '' when not set (what `core.getInput` does). */
export type GetInput = (name: string) => string;

/** Non-empty lines, trimmed. */
function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** YAML 1.2 core schema booleans, as `core.getBooleanInput` accepts them. */
function boolean(name: string, value: string, fallback: boolean): boolean {
  const v = value.trim();
  if (v === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new InputValueError(`input ${name} must be true or false, not "${v}"`);
}

/** Reads every input, applying action.yml's defaults when one is empty. */
export function readInputs(get: GetInput): ActionInputs {
  const paths = lines(get('paths'));
  return {
    paths: paths.length > 0 ? paths : ['.'],
    config: get('config').trim(),
    baseline: get('baseline').trim(),
    failOn: get('fail-on').trim() || 'error',
    sarifFile: get('sarif-file').trim(),
    comment: boolean('comment', get('comment'), true),
    token: get('github-token').trim(),
    sourceDir: get('source-dir').trim(),
    varFiles: lines(get('var-file')),
    vars: lines(get('var')),
    parameterFiles: lines(get('parameters')),
    parameters: lines(get('parameter')),
  };
}

/**
 * Files the CLI writes, absolute paths. The Action asks only for SARIF (when the sarif-file input
 * is set): it takes the lint result and the markdown from `runCommand` itself.
 */
export interface OutputFiles {
  readonly json?: string;
  readonly markdown?: string;
  readonly sarif?: string;
}

/**
 * The CLI arguments for the inputs: annotations on stdout, and JSON, markdown and SARIF to the
 * files given. Options that are not set are left out so the CLI's defaults apply; the paths come
 * after `--`, so a path that starts with `-` is still a path.
 */
export function toCliArgs(inputs: ActionInputs, files: OutputFiles): string[] {
  const args = ['--fail-on', inputs.failOn];
  if (inputs.config !== '') args.push('--config', inputs.config);
  if (inputs.baseline !== '') args.push('--baseline', inputs.baseline);
  if (inputs.sourceDir !== '') args.push('--source-dir', inputs.sourceDir);
  for (const f of inputs.varFiles) args.push('--var-file', f);
  for (const v of inputs.vars) args.push('--var', v);
  for (const f of inputs.parameterFiles) args.push('--parameters', f);
  for (const p of inputs.parameters) args.push('--parameter', p);
  args.push('--format', 'github');
  if (files.json !== undefined) args.push('--format', `json=${files.json}`);
  if (files.markdown !== undefined) args.push('--format', `markdown=${files.markdown}`);
  if (files.sarif !== undefined) args.push('--format', `sarif=${files.sarif}`);
  args.push('--', ...inputs.paths);
  return args;
}
