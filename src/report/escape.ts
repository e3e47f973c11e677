/**
 * Escaping of input text (addresses, logical IDs, file names, configuration keys, tag values,
 * parser messages that echo the input) for the places it is printed. Every reporter and every
 * line the CLI or the Action writes to stdout, stderr or the job log passes through here.
 *
 * Two threats:
 * - Terminals: ESC and C1 sequences move the cursor, retitle the window, clear the screen; bidi
 *   overrides and line separators make a line read differently from what it holds. These are
 *   shown as visible escapes: `\n`, `\r`, `\t`, `\xNN` (other C0, DEL, C1) and `\uNNNN`
 *   (U+2028, U+2029, U+202A-U+202E, U+2066-U+2069). A line of output is therefore always one line.
 * - The GitHub Actions runner reads every line of a step's stdout and stderr as a possible
 *   workflow command: a line that starts with `::` after leading white space (`::add-mask::`,
 *   `::stop-commands::`, `::error::`), or a line that holds `##[` anywhere (the older syntax,
 *   `##[add-mask]…`). Input never starts a line with `::` (its first `:` is shown as `\x3a`) and
 *   never writes `##[` (shown as `##\x5b`).
 *
 * Backslashes are left as they are: the escapes are for a person reading the output; JSON and
 * SARIF carry the exact text.
 */

// eslint-disable-next-line no-control-regex
const UNSAFE_CHAR = /^[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]$/;
const UNSAFE = new RegExp(UNSAFE_CHAR.source.slice(1, -1), 'g');

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The visible escape of one character: `\n`, `\r`, `\t`, `\xNN` or `\uNNNN`. */
export function visibleEscape(ch: string): string {
  const named = NAMED[ch];
  if (named !== undefined) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Whether a character is one that `escapeControl` shows escaped. */
export function isUnsafeChar(ch: string): boolean {
  return UNSAFE_CHAR.test(ch);
}

/** Control, line-separator and bidi-override characters as visible escapes (see above). */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, visibleEscape);
}

/**
 * White space the runner's `TrimStart()` skips before looking for `::` (.NET's `char.IsWhiteSpace`,
 * plus what JavaScript's `\s` adds), and the `::` after it, at the start of every line (JavaScript's
 * line starts: after LF, CR, U+2028 and U+2029, a superset of the runner's).
 */
// eslint-disable-next-line no-control-regex
const COMMAND_AT_LINE_START = /^([\s\u001c-\u001f\u0085]*):(?=:)/gm;

/**
 * Text that the runner cannot read as a workflow command: on every line, a `::` at the start (after
 * white space) gets its first `:` shown as `\x3a`, and every `##[` becomes `##\x5b`. Apply it to
 * whole lines of output that are not meant to be workflow commands (the text report, stderr, log
 * lines of the Action). Line breaks and everything else are kept.
 */
export function neutralizeCommands(text: string): string {
  return text.replace(COMMAND_AT_LINE_START, '$1\\x3a').replaceAll('##[', '##\\x5b');
}

/**
 * One piece of input text inside a line of terminal or log output: control characters escaped and
 * no workflow command. The result never holds a line break.
 */
export function escapeText(text: string): string {
  return neutralizeCommands(escapeControl(text));
}

/**
 * A workflow command's message (the part after `::`), escaped as the runner unescapes it: `%`,
 * CR and LF. Use on text that is already escaped for display (`escapeText`), or on vpclint's own.
 */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value (`file=`, `title=`): also `:` and `,`, which would end it. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// eslint-disable-next-line no-control-regex
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text (from `JSON.stringify`, which already escapes C0 controls) that is safe on a terminal
 * and in a job log without changing what it parses to: DEL, C1, line separators and bidi overrides
 * become `\uNNNN` escapes, and `##[` (only possible inside a string) becomes `##\u005b`.
 */
export function escapeJsonOutput(json: string): string {
  // Most output is ASCII (its UTF-8 length is its length) without DEL or `##[`, so there is nothing
  // to replace: telling that is a few times cheaper than the replacing pass over a report of
  // megabytes (4,000 unresolved checks).
  if (Buffer.byteLength(json, 'utf8') === json.length && !json.includes('\u007f') && !json.includes('##[')) return json;
  return json
    .replace(JSON_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replaceAll('##[', '##\\u005b');
}

/**
 * Lines of vpclint's own terminal or log output (stderr), with its line breaks kept: on each line,
 * control characters escaped and no workflow command. Input inside a line must be escaped with
 * `escapeText` first, so that it cannot add a line break of its own.
 */
export function escapeLines(text: string): string {
  return neutralizeCommands(text.split('\n').map(escapeControl).join('\n'));
}
