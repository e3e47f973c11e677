/**
 * What a path on the command line must be: a file named there is an input vpclint reads (or an
 * error saying what it is instead), a directory named there holds at least one, and `-` (standard
 * input) is a plan JSON or a CloudFormation template, recognized by content. Files found by
 * searching a directory are not held to this: they are skipped quietly when they are not inputs.
 */
import path from 'node:path';
import { InputError, type ToolError } from './errors.js';
import { parseJson } from './parse/json.js';
import { looksLikeJson } from './parse/reader.js';
import { INPUTS_READ, READS_HINT } from './parse/readers.js';
import { STDIN_NAME, type SearchedDirectory } from './discover.js';

export { INPUTS_READ } from './parse/readers.js';

function inputError(file: string, message: string, hint: string | undefined = READS_HINT): ToolError {
  const cause = new InputError(message, { file, hint });
  return { file, message, ...(hint === undefined ? {} : { hint }), cause };
}

/**
 * Why a file named on the command line (or standard input) is not an input vpclint reads: a
 * located syntax error for JSON that does not parse, else what the file is instead.
 */
export function notAnInput(file: string, text: string): ToolError {
  if (/\.tfvars(\.json)?$/i.test(file)) {
    return inputError(file, 'a Terraform variables file is not linted on its own', 'pass it with --var-file, with the .tf module it sets variables of');
  }
  if (text.startsWith('PK\u0003\u0004')) {
    return inputError(file, 'this is a binary Terraform plan (terraform plan -out), which vpclint cannot read', 'lint its JSON instead: terraform show -json plan.out > plan.json');
  }
  if (text.trim() === '') return inputError(file, 'the file is empty');
  if (/\.json$/i.test(file) || looksLikeJson(text)) {
    try {
      parseJson(text, file);
    } catch (error) {
      const e = error as { message?: string; line?: number; column?: number };
      const message = e.message ?? String(error);
      return { file, ...(e.line === undefined ? {} : { line: e.line, column: e.column }), message, hint: READS_HINT, cause: error };
    }
    return inputError(file, 'this JSON is neither a Terraform plan nor a CloudFormation template');
  }
  if (/\.(ya?ml|template)$/i.test(file)) return inputError(file, 'this YAML is not a CloudFormation template (no AWSTemplateFormatVersion, and no Resources with AWS:: types)');
  if (file === STDIN_NAME) return inputError(file, 'standard input is neither a Terraform plan JSON nor a CloudFormation template', 'pipe a plan JSON or a template; .tf files are read from disk only');
  const ext = path.posix.extname(file);
  return inputError(file, ext === '' ? 'not an input vpclint reads' : `not an input vpclint reads (it does not read ${ext} files)`);
}

/** A directory named on the command line in which nothing is an input vpclint reads. */
export function noInputIn(dir: SearchedDirectory): ToolError {
  const message = `no input files found in ${dir.given} (vpclint reads ${INPUTS_READ})`;
  return { message, cause: new InputError(message) };
}

/** Is `file` (absolute) inside the directory `dir` (absolute)? */
export function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  // `..` or `../x` leaves the directory; `..plans/x` is a folder inside it named `..plans`.
  const up = relative === '..' || relative.startsWith(`..${path.sep}`) || relative.startsWith('../');
  return relative !== '' && !up && !path.isAbsolute(relative);
}
