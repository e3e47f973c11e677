/**
 * Parameter values for CloudFormation templates, as the user gives them: a JSON file in the form
 * the CloudFormation CLI takes (`[{"ParameterKey": "K", "ParameterValue": "V"}]`), a plain
 * `{"K": "V"}` map, or a CodePipeline template configuration (`{"Parameters": {"K": "V"}}`), and
 * repeatable `Key=Value` pairs. Pseudo parameters (`AWS::Region`, `AWS::AccountId`,
 * `AWS::StackName`) are given the same way. Values are strings, as CloudFormation passes them;
 * a list is written comma-separated (`a,b`), and a JSON list or number in a map is accepted.
 */
import path from 'node:path';
import { readRegularFile } from '../../files.js';
import { InputError, ParseError, UsageError } from '../../errors.js';
import { parseJson } from '../json.js';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A parameter value as CloudFormation's string, or undefined when it cannot be one. */
function valueText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.join(',');
  return undefined;
}

/**
 * Reads a parameters file's text into `into` (later values win). Throws ParseError for invalid
 * JSON (with line and column) and for a shape that is none of the three forms, or an entry
 * without a key or a usable value.
 */
export function readParametersFile(text: string, file: string, into: Map<string, string>): void {
  const json = parseJson(text, file);
  const fail = (message: string): never => {
    throw new ParseError(message, {
      file,
      line: 1,
      column: 1,
      hint: 'Write [{"ParameterKey": "Name", "ParameterValue": "value"}, …] or {"Name": "value", …}.',
    });
  };
  if (Array.isArray(json)) {
    json.forEach((entry, i) => {
      if (!isRecord(entry)) return fail(`parameters[${i}] is not an object with ParameterKey and ParameterValue`);
      const key = Object.hasOwn(entry, 'ParameterKey') ? entry.ParameterKey : undefined;
      if (typeof key !== 'string' || key === '') return fail(`parameters[${i}] has no ParameterKey`);
      // UsePreviousValue entries carry no value: the stack's current value is not known here.
      if (!Object.hasOwn(entry, 'ParameterValue')) return;
      const value = valueText(entry.ParameterValue);
      if (value === undefined) return fail(`the ParameterValue of ${key} is not a string`);
      into.set(key, value);
    });
    return;
  }
  if (!isRecord(json)) return fail('a parameters file must be a list of {"ParameterKey", "ParameterValue"} objects or an object of values');
  const map = Object.keys(json).length === 1 && Object.hasOwn(json, 'Parameters') && isRecord(json.Parameters) ? json.Parameters : json;
  for (const key of Object.keys(map)) {
    const value = valueText(map[key]);
    if (value === undefined) return fail(`the value of parameter ${key} is not a string`);
    into.set(key, value);
  }
}

/** Adds one `--parameter Key=Value` (the value may contain `=`). Throws UsageError without a `=`. */
export function readParameterFlag(flag: string, into: Map<string, string>): void {
  const eq = flag.indexOf('=');
  if (eq <= 0) throw new UsageError(`--parameter needs Key=Value, not "${flag}"`, { hint: 'for example --parameter PeerVpcId=vpc-0abc1234' });
  into.set(flag.slice(0, eq), flag.slice(eq + 1));
}

/**
 * The parameter values of a run: every `--parameters FILE` in order (paths relative to `cwd`),
 * then every `--parameter Key=Value`, later values winning. Throws InputError for a file that
 * cannot be read, ParseError for a malformed one, UsageError for a flag without `=`.
 */
export function loadParameters(files: readonly string[], flags: readonly string[], cwd: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const file of files) {
    let text: string;
    try {
      text = readRegularFile(path.resolve(cwd, file)).toString('utf8');
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      const why = code === 'ENOENT' ? 'no such file or directory' : code === 'EISDIR' ? 'is a directory' : error instanceof Error ? error.message : String(error);
      throw new InputError(`cannot read the --parameters file: ${why}`, { file, cause: error });
    }
    readParametersFile(text, file, values);
  }
  for (const flag of flags) readParameterFlag(flag, values);
  return values;
}
