/**
 * A command line read with `node:util` parseArgs the way every command reads it (vpclint and
 * `vpclint reach`), and what went wrong, read once from parseArgs' error: its own messages vary
 * between Node versions, so each command words its own from this.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest } from './suggest.js';

/** A command's options, as parseArgs takes them. */
type Options = NonNullable<ParseArgsConfig['options']>;

export type ParseArgsProblem =
  /** An option the command does not have, with the nearest one it does (`--fial-on` → `--fail-on`). */
  | { readonly kind: 'unknown'; readonly option: string; readonly guess?: string }
  /** A boolean option given a value (`--quiet=yes`). */
  | { readonly kind: 'takesNoValue'; readonly option: string }
  /** A string option without its value. */
  | { readonly kind: 'needsValue'; readonly option: string }
  | { readonly kind: 'other'; readonly message: string };

/** Classifies a parseArgs error; `optionNames` are the command's long options, without `--`. */
export function parseArgsProblem(error: unknown, optionNames: readonly string[]): ParseArgsProblem {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  // parseArgs names an option with a short form as '-q, --quiet': the long name is the one to show.
  const option = /'(?:-[^-' ], )?(-[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    const guess = option.startsWith('--') ? closest(option, optionNames.map((name) => `--${name}`)) : undefined;
    return guess === undefined ? { kind: 'unknown', option } : { kind: 'unknown', option, guess };
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return /does not take/.test(message) ? { kind: 'takesNoValue', option } : { kind: 'needsValue', option };
  }
  return { kind: 'other', message };
}

/**
 * Parses a command's arguments (positionals allowed, unknown options refused, tokens kept); a
 * problem is thrown as the error `toError` words it in the command's terms.
 */
export function parseCommandArgs<O extends Options>(argv: readonly string[], options: O, toError: (problem: ParseArgsProblem) => Error) {
  const config: { args: string[]; allowPositionals: true; strict: true; tokens: true; options: O } = {
    args: [...argv],
    allowPositionals: true,
    strict: true,
    tokens: true,
    options,
  };
  try {
    return parseArgs(config);
  } catch (error) {
    throw toError(parseArgsProblem(error, Object.keys(options)));
  }
}
