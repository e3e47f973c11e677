/**
 * The HCL parser, `@cdktf/hcl2json` (Go's HCL compiled to WebAssembly). It is imported on first
 * use only: starting it costs about a quarter of a second, which runs without `.tf` files must not
 * pay. Its syntax errors arrive as one string (`parse config: [f.tf:2,7-3,1: Summary; Detail. …]`);
 * they are split into located ParseErrors, at most `MAX_PROBLEMS_PER_FILE` of them and a line
 * counting the rest.
 */
import { cjsExports } from '../../cjs-exports.js';
import { ParseError } from '../../errors.js';
import { lineColumn } from '../json.js';
import { MAX_PROBLEMS_PER_FILE, moreProblems } from '../problems.js';
import { firstTooDeep, MAX_NESTING_DEPTH } from './depth.js';
import { firstOfManyInvalid, MAX_INVALID_CHARACTERS } from './garbage.js';

/** The file name handed to the parser; diagnostics name it, and it is replaced by the real one. */
const PLACEHOLDER = 'vpclint-input.tf';

interface Hcl2Json {
  parse(filename: string, contents: string): Promise<Record<string, unknown>>;
}

let module: Promise<Hcl2Json> | undefined;

/**
 * Is this rejection the parser failing to start? Its bridge starts the WebAssembly in a promise
 * nobody awaits, so a missing or broken WebAssembly file (`dist/hcl2json.wasm`) surfaces only as
 * an unhandled rejection.
 */
function isStartFailure(reason: unknown): boolean {
  if (!(reason instanceof Error)) return false;
  const file = (reason as { path?: unknown }).path;
  return (typeof file === 'string' && /wasm/i.test(file)) || /wasm|WebAssembly/i.test(reason.message) || reason.name === 'CompileError' || reason.name === 'LinkError';
}

/** The bridge's table of Go functions, filled in when the WebAssembly runs. */
const GO_FUNCTIONS = '__parse_terraform_config_wasm__';
// Starting takes well under a second; this much means it never will.
const START_TIMEOUT_MS = 30_000;

/**
 * Resolves when the parser's WebAssembly runs. It does not call the parser to find out: a call
 * made before the start fails would poll for the start forever and keep the process alive.
 */
function started(failed: Promise<never>): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = false;
    const timeout = setTimeout(() => reject(new Error(`it did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    failed.catch((reason: unknown) => {
      done = true;
      clearTimeout(timeout);
      reject(reason);
    });
    const check = (): void => {
      if (done) return;
      const go = (globalThis as Record<string, unknown>)[GO_FUNCTIONS] as { parse?: unknown } | undefined;
      if (typeof go?.parse === 'function') {
        clearTimeout(timeout);
        resolve();
      } else {
        setTimeout(check, 1).unref();
      }
    };
    check();
  });
}

/** The parts of a Go WebAssembly runtime (`wasm_exec.js`'s `Go`) that `quietTimers` touches. */
interface GoRuntime {
  readonly importObject: Readonly<Record<string, Record<string, unknown> | undefined>>;
  /** Go's pending timers (`setTimeout` handles) by ID: an internal of wasm_exec.js, checked before use. */
  readonly _scheduledTimeouts?: unknown;
}

/** Parses under way (and the start they wait for). */
let parsing = 0;
/** The Go runtimes started (one). */
const runtimes: GoRuntime[] = [];

/** While no parse is under way, Go's timers do not keep the process alive; during one, they do. */
function holdTimers(go: GoRuntime): void {
  const timers = go._scheduledTimeouts;
  if (!(timers instanceof Map)) return;
  for (const t of timers.values()) {
    if (typeof t === 'object' && t !== null && 'ref' in t && 'unref' in t) (parsing > 0 ? (t as NodeJS.Timeout).ref() : (t as NodeJS.Timeout).unref());
  }
}

/**
 * Go's runtime keeps timers of its own (its scheduler and garbage collector sleep with
 * `setTimeout`) after a parse has returned, and Node waits for them before it exits: a run over
 * 1,000 resources in one file printed its output after 0.6 s and exited 1.5 s later. `wasm_exec.js`
 * defines the global `Go` that the bridge instantiates; this wraps it, before the bridge starts it,
 * so that every timer Go schedules is held only while a parse is under way. Without the expected
 * shape (another Go version), nothing changes.
 */
function quietTimers(): void {
  const g = globalThis as { Go?: unknown };
  const Go = g.Go;
  if (typeof Go !== 'function') return;
  class QuietGo extends (Go as new () => GoRuntime) {
    constructor() {
      super();
      const imports = this.importObject['gojs'] ?? this.importObject['go'];
      const schedule = imports?.['runtime.scheduleTimeoutEvent'];
      if (imports === undefined || typeof schedule !== 'function') return;
      runtimes.push(this);
      imports['runtime.scheduleTimeoutEvent'] = (sp: number): void => {
        (schedule as (sp: number) => void)(sp);
        holdTimers(this);
      };
    }
  }
  g.Go = QuietGo;
}

function load(): Promise<Hcl2Json> {
  module ??= (async () => {
    // V8 first compiles WebAssembly with its baseline compiler (Liftoff), then recompiles hot
    // functions with TurboFan in the background. For one short run of this large module the
    // recompiling costs far more than it saves (parsing 1,000 resources: ~0.9 s with it, ~0.3 s
    // without, on two cores). The flag is read when the module is compiled, below.
    const v8 = await import('node:v8');
    v8.setFlagsFromString('--liftoff-only');
    let fail: (reason: unknown) => void = () => undefined;
    const failed = new Promise<never>((_, reject) => {
      fail = reject;
    });
    const listener = (reason: unknown): void => {
      if (!isStartFailure(reason)) throw reason; // not ours: crash as Node would
      fail(reason);
    };
    process.on('unhandledRejection', listener);
    try {
      // Defines the global Go (the bridge requires it again, from the module cache) to wrap it.
      await import('@cdktf/hcl2json/wasm/bridge_wasm_exec.js');
      quietTimers();
      const { parse: api } = cjsExports((await import('@cdktf/hcl2json')) as { parse?: unknown }, 'parse', '@cdktf/hcl2json');
      if (typeof api !== 'function') throw new Error('@cdktf/hcl2json has no parse function');
      await started(failed);
      return { parse: api as Hcl2Json['parse'] };
    } finally {
      process.off('unhandledRejection', listener);
    }
  })();
  return module;
}

/** Whether the HCL parser has been loaded in this process (for the lazy-loading test). */
export function isParserLoaded(): boolean {
  return module !== undefined;
}

const DIAGNOSTIC = new RegExp(
  `(?:^|\\s)${PLACEHOLDER.replace(/[.-]/g, '\\$&')}:(\\d+),(\\d+)(?:-\\d+(?:,\\d+)?)?: ([\\s\\S]*?)(?=\\s${PLACEHOLDER.replace(/[.-]/g, '\\$&')}:\\d+,\\d+(?:-\\d+(?:,\\d+)?)?: |$)`,
  'g',
);

/**
 * Turns the parser's error text into one ParseError per diagnostic (`Summary: Detail`), located in
 * `file`. Text that does not have the expected shape becomes one error at the top of the file.
 */
export function toParseErrors(message: string, file: string): ParseError[] {
  let body = message.trim();
  const wrapped = /^parse config: \[([\s\S]*)\]$/.exec(body);
  if (wrapped !== null) body = (wrapped[1] as string).trim();
  const errors: ParseError[] = [];
  const seen = new Set<string>();
  // Past the cap, diagnostics are only counted (a binary file has one per byte).
  let more = 0;
  let firstLeftOut: { line: number; column: number } | undefined;
  for (const m of body.matchAll(DIAGNOSTIC)) {
    const [, line, column, text] = m;
    if (errors.length >= MAX_PROBLEMS_PER_FILE) {
      more++;
      firstLeftOut ??= { line: Number(line), column: Number(column) };
      continue;
    }
    const [summary, ...detail] = (text as string).trim().split('; ');
    const rest = detail.join('; ').split(PLACEHOLDER).join(file);
    const msg = rest === '' ? (summary as string) : `${summary as string}: ${rest}`;
    const key = `${line}:${column}:${msg}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(new ParseError(msg, { file, line: Number(line), column: Number(column) }));
  }
  if (more > 0) errors.push(new ParseError(moreProblems(more), { file, ...firstLeftOut }));
  if (errors.length === 0) {
    errors.push(new ParseError(`the HCL parser failed: ${body.split(PLACEHOLDER).join(file)}`, { file, line: 1, column: 1 }));
  }
  return errors;
}

/** Parses one HCL file (`.tf`, `.tfvars`) to hcl2json's JSON, or its located syntax errors. */
export async function parseHcl(text: string, file: string): Promise<{ json: Record<string, unknown> } | { errors: ParseError[] }> {
  // HCL is text: a NUL byte means a binary file, which the parser would report byte by byte.
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return { errors: [new ParseError('this file has a NUL byte here, so it is binary, not HCL text; it is not read', { file, ...lineColumn(text, nul) })] };
  }
  // So would it any other file that is not HCL, at some 20 s per megabyte.
  const invalid = firstOfManyInvalid(text);
  if (invalid !== undefined) {
    const message = `this file has more than ${MAX_INVALID_CHARACTERS.toLocaleString('en-US')} characters that HCL does not use (the first here), so it is not HCL text; it is not read`;
    return { errors: [new ParseError(message, { file, ...lineColumn(text, invalid) })] };
  }
  // Nesting deeper than the parser's stack would crash it, and leave it unusable for other files.
  const deep = firstTooDeep(text);
  if (deep !== undefined) {
    const message = `this file is nested more than ${MAX_NESTING_DEPTH} levels deep (at this ${deep.what}); it is not read`;
    return { errors: [new ParseError(message, { file, ...lineColumn(text, deep.offset) })] };
  }
  parsing++;
  for (const go of runtimes) holdTimers(go);
  try {
    return await parseText(text, file);
  } finally {
    parsing--;
    for (const go of runtimes) holdTimers(go);
  }
}

async function parseText(text: string, file: string): Promise<{ json: Record<string, unknown> } | { errors: ParseError[] }> {
  let hcl: Hcl2Json;
  try {
    hcl = await load();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { errors: [new ParseError(`the HCL parser (@cdktf/hcl2json) could not be started, so this file is not linted: ${why}`, { file, cause: error })] };
  }
  try {
    const json = await hcl.parse(PLACEHOLDER, text);
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      return { errors: [new ParseError('the HCL parser returned no document', { file, line: 1, column: 1 })] };
    }
    return { json };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const errors = toParseErrors(message, file);
    return { errors: errors.map((e) => new ParseError(e.message, { file: e.file, line: e.line, column: e.column, cause: error })) };
  }
}
