/**
 * Reads and writes the whole-CLI scenario files (test/cli/*.scenario), after Spectral's harness:
 * sections headed `====name====`, each running to the next header. A section's body is its text
 * exactly, so `====stdout====` ends with the newline the CLI printed last.
 *
 *   ====test====           title
 *   ====args====           the command line after `vpclint` (shell-like quoting with ' and ")
 *   ====env====            optional NAME=value lines
 *   ====tty====            optional: `true` when stdout is a terminal
 *   ====rules====          optional: `all` and/or test rules by name (see scenarios.test.ts)
 *   ====file:PATH====      an input file, written under the temporary working directory
 *   ====copy====           optional: repository files or directories (one a line), copied to
 *                          the same relative path under the temporary working directory
 *   ====stdin====          optional: what standard input holds (for the path `-`)
 *   ====stdout====         expected stdout
 *   ====stderr====         expected stderr
 *   ====exit====           expected exit code
 *   ====written:PATH====   optional: expected content of a file the run writes
 *
 * In expected text, `{{any}}` matches any text (stack traces) and `\e` stands for ESC.
 */

export interface Section {
  readonly name: string;
  readonly body: string;
}

const HEADER = /^====([^=\n]+)====$/gm;

/** Splits a scenario file into its sections, in order. */
export function parseSections(text: string): Section[] {
  const headers = [...text.matchAll(HEADER)];
  return headers.map((m, i) => {
    const start = (m.index ?? 0) + m[0].length + 1;
    const end = headers[i + 1]?.index ?? text.length;
    return { name: m[1] ?? '', body: start > end ? '' : text.slice(start, end) };
  });
}

/** Writes sections back as a scenario file. */
export function formatSections(sections: readonly Section[]): string {
  return sections.map((s) => `====${s.name}====\n${s.body}`).join('');
}

/** Splits an argument line like a shell does for plain words and '…' or "…" quoting. */
export function splitArgs(line: string): string[] {
  const args: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|([^\s"']+)/g;
  let current: string | undefined;
  let lastEnd = -1;
  for (const m of line.trim().matchAll(re)) {
    const part = m[1] ?? m[2] ?? m[3] ?? '';
    const index = m.index ?? 0;
    if (current !== undefined && index === lastEnd) current += part;
    else {
      if (current !== undefined) args.push(current);
      current = part;
    }
    lastEnd = index + m[0].length;
  }
  if (current !== undefined) args.push(current);
  return args;
}

/** Shows ESC as `\e` so expected output stays readable text. */
export function showEscapes(text: string): string {
  return text.replaceAll('\u001b', '\\e');
}

/** Does `actual` match `expected`, where `{{any}}` in expected matches any text? */
export function matchesExpected(actual: string, expected: string): boolean {
  if (!expected.includes('{{any}}')) return actual === expected;
  const pattern = expected
    .split('{{any}}')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*?');
  return new RegExp(`^${pattern}$`).test(actual);
}
