/**
 * What the GitHub Actions runner reads as workflow commands in a step's output, modelled on its
 * parser (actions/runner, ActionCommand.TryParseV2 and TryParse): the output is split into lines
 * (LF, CR, CRLF); a line is a command when, after leading white space, it starts with `::` and
 * holds another `::` later, or when it holds `##[` followed by a `]` anywhere (the older syntax).
 * The runner also checks the command name against the registered ones; this model does not, so it
 * errs on the side of calling a line a command.
 */

// .NET `char.IsWhiteSpace` (what `TrimStart()` removes), as a superset.
// eslint-disable-next-line no-control-regex
const LEADING_WHITE_SPACE = /^[\s\u001c-\u001f\u0085]+/;

/** The lines of `output` that the runner would read as workflow commands. */
export function workflowCommands(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => {
    const trimmed = line.replace(LEADING_WHITE_SPACE, '');
    if (trimmed.startsWith('::') && trimmed.indexOf('::', 2) >= 0) return true;
    const v1 = line.indexOf('##[');
    return v1 >= 0 && line.indexOf(']', v1) >= 0;
  });
}

/** Control characters, line separators and bidi overrides that must never reach a terminal raw. */
// eslint-disable-next-line no-control-regex
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
