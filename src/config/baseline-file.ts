/**
 * Reading a baseline file: the text is JSON, parsed with positions so a syntax error points at
 * its line; the shape is checked by the engine (baselineFromJson), which knows what a baseline is.
 */
import { BASELINE_HINT, baselineFromJson, type Baseline } from '../engine/baseline.js';
import { InputError } from '../errors.js';
import { parseJson } from '../parse/json.js';

/** Reads a baseline file's text; throws an InputError naming the file (and line) when it cannot. */
export function parseBaseline(text: string, file: string): Baseline {
  let json: unknown;
  try {
    json = parseJson(text, file);
  } catch (error) {
    const e = error as InputError;
    throw new InputError(e.message, { file, line: e.line, column: e.column, hint: BASELINE_HINT, cause: error });
  }
  return baselineFromJson(json, file);
}
