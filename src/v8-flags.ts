/**
 * The V8 flags the bin (src/bin.ts, dist/cli.js) sets before it loads the CLI: V8's tiering tuned
 * for a run that reads, builds and checks each resource once and then exits (issue 13).
 *
 * By default V8 sends a function to its optimizing compiler (TurboFan) after little use, and
 * inlines generously into it. On a 10k-resource plan that is ~250 compiles on a background
 * thread, ~280 ms of CPU, many of them for code the run has nearly finished with, competing with
 * the main thread for the second of two cores. With a budget about twice V8's (67,584 bytes of
 * bytecode run before a function is looked at) and a third of its inlining, about 150 compiles
 * remain. Measured on Node.js 20 (V8 11.3), 2 cores, medians of 11 interleaved runs: plan-10k
 * wall −100 ms, the 4,000-spoke hub −32 ms, CloudFormation JSON 10k −39 ms; the 200-VPC mesh
 * (+3 ms), the YAML template, `.tf` and the 100k plan no slower. CONTRIBUTING.md, Performance.
 *
 * They are set only on the V8 they were measured on: another V8 tiers differently (Node.js 22's
 * adds Maglev), and one that does not know a flag prints an error for it. A flag the user gives
 * Node.js (on its command line or in NODE_OPTIONS) is theirs and left alone, and
 * `VPCLINT_NO_V8_FLAGS=1` sets none. The flags change when code is optimized, never what it does.
 *
 * This file imports Node.js built-ins only; like compile-cache.ts it is not part of the layers.
 */
// Node.js's modules that every run of the CLI loads (see setV8Flags).
import { readdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { gzipSync } from 'node:zlib';

/** The V8 the flags were measured on: Node.js 20's. */
export const MEASURED_V8 = /^11\.3\./;

/** The flags, as `--name=value`. */
export const V8_FLAGS: readonly string[] = ['--interrupt-budget=150000', '--max-inlined-bytecode-size-cumulative=300'];

/** A flag's name as V8 reads it: dashes and underscores are the same, `--no-` is the same flag. */
function flagName(arg: string): string {
  const name = arg.replace(/^--(no-|no_)?/, '').split('=')[0]!;
  return name.replace(/_/g, '-');
}

/**
 * The flags to set, given the V8 version, Node.js's own arguments (`process.execArgv`), NODE_OPTIONS
 * and the environment: none on another V8 or with VPCLINT_NO_V8_FLAGS set, and none the user gave.
 */
export function v8FlagsToSet(v8Version: string, execArgv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  if (!MEASURED_V8.test(v8Version) || env.VPCLINT_NO_V8_FLAGS) return [];
  const given = new Set(
    [...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)].filter((arg) => arg.startsWith('--')).map(flagName),
  );
  return V8_FLAGS.filter((flag) => !given.has(flagName(flag)));
}

/**
 * Sets the flags for this process (before the CLI bundle is compiled). Node.js compiles its own
 * modules with a code cache made under V8's default flags, which V8 refuses once they differ: the
 * modules every run loads (those the CLI imports, `util.parseArgs`, and the output streams) are
 * loaded first, which kept about 5 ms off a small run.
 */
export function setV8Flags(): void {
  const flags = v8FlagsToSet(process.versions.v8, process.execArgv, process.env);
  if (flags.length === 0) return;
  void [readdir, gzipSync, parseArgs];
  void process.stdout;
  void process.stderr;
  for (const flag of flags) v8.setFlagsFromString(flag);
}
