/**
 * The adversarial suite (issue 10): real inputs of every kind (a plan, a refreshed one-line plan, a
 * CloudFormation YAML and JSON template, a .tf file, a .tf.json file), mutated by fast-check with a
 * fixed seed and a bounded number of runs: byte flips, truncation, splicing two inputs, hostile
 * strings (workflow commands, escape sequences, bidi overrides, NUL, very long keys), values
 * nested 1,000+ deep, wrong JSON types at random paths, hostile file names. Each mutated input is
 * linted by the CLI's `main` (in process, files in a temp dir) with all five output formats at once,
 * and whatever it holds:
 * - no exception escapes and nothing is an internal error; the exit code is 0, 1 or 2 (2 exactly
 *   when there are errors);
 * - every error has a file and a message; the JSON and SARIF outputs parse;
 * - no line of the text, markdown or github output or of stderr is a workflow command, except the
 *   github reporter's own `::error`/`::warning`/`::notice` lines, one per line;
 * - no raw control character (other than the `\n` line ends) is printed in text, markdown, github
 *   (outside the exact path of `file=`) or stderr.
 *
 * `npm test` runs it with the same seed; `npm run fuzz` runs only this folder.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli.js';
import { repoRoot } from '../helpers/repo.js';
import { RAW_CONTROL, workflowCommands } from '../helpers/workflow-commands.js';

const SEED = 20261206;

const root = mkdtempSync(path.join(os.tmpdir(), 'vpclint-fuzz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const fixture = (p: string): string => readFileSync(path.join(repoRoot, 'fixtures', p), 'utf8');

interface Input {
  /** The file name, with the extension that decides how it is read. */
  readonly name: string;
  readonly text: string;
}

const TF_JSON = JSON.stringify(
  {
    resource: {
      aws_vpc: { cdk: { cidr_block: '10.9.0.0/16' } },
      aws_security_group: {
        cdk_bastion: {
          vpc_id: '${aws_vpc.cdk.id}',
          ingress: [{ cidr_blocks: ['0.0.0.0/0'], from_port: 22, to_port: 22, protocol: 'tcp', description: 'SSH' }],
        },
      },
    },
  },
  null,
  2,
);

const PLANS: readonly Input[] = [
  { name: 'several-tables.plan.json', text: fixture('missing-reverse-route/positive-several-tables.plan.json') },
  { name: 'refreshed.plan.json', text: fixture('open-ingress/positive-existing-refreshed.plan.json') },
];
const TEMPLATES: readonly Input[] = [
  { name: 'partial-return.cfn.yaml', text: fixture('missing-reverse-route/positive-partial-return.cfn.yaml') },
  { name: 'all-tcp.cfn.json', text: fixture('open-ingress/positive-all-tcp-ports.cfn.json') },
];
const TERRAFORM: readonly Input[] = [
  { name: 'main.tf', text: fixture('open-ingress/positive-inline-ssh.tf') },
  { name: 'cdk.tf.json', text: TF_JSON },
];

/** Strings that try to drive the terminal or the runner, or to break a parser or a reporter. */
const HOSTILE: readonly string[] = [
  '\n::stop-commands::pwnd\n',
  '::error file=x::y',
  '\u001b[31m',
  '\u001b]0;title\u0007',
  '##[add-mask]secret',
  '\u202e',
  '\u2028',
  '\u0000',
  '\r\n::warning::x',
  '%0A::notice::x',
  '\u0085::debug::x',
  '\\',
  '"',
  '`|*_[x](y)<b>',
  '\ud800',
  'k'.repeat(20_000),
];
const hostile = fc.constantFrom(...HOSTILE);

/** File-name parts: line breaks, `::`, backslash, `%`, bidi override, non-ASCII. */
const NAME_PARTS: readonly string[] = ['x\n::error::y', '::stop-commands::z', 'a\\b', '100%25', 'é✓🔴', '\u202ecod', '##[add-mask]m', 'tab\tcr\r', 'sp ace'];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Paths (array indices and object keys) to every value of `value`, up to a few thousand. */
function jsonPaths(value: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (out.length > 5000) return out;
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => jsonPaths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) jsonPaths(v, [...at, k], out);
  return out;
}

/** `value` with the value at `at` replaced by `replace(old)`. */
function replaceAt(value: Json, at: readonly (string | number)[], replace: (old: Json) => Json): Json {
  if (at.length === 0) return replace(value);
  const [head, ...rest] = at;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaceAt(v, rest, replace) : v));
  if (value !== null && typeof value === 'object') {
    const copy: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) copy[k] = k === head ? replaceAt(v, rest, replace) : v;
    return copy;
  }
  return value;
}

/** `inner` wrapped in `depth` arrays or objects (alternating when `kind` is 'mixed'), as JSON text. */
function nestedJson(depth: number, kind: 'array' | 'object' | 'mixed', inner: string): string {
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    const array = kind === 'array' || (kind === 'mixed' && i % 2 === 0);
    open += array ? '[' : '{"a":';
    close = (array ? ']' : '}') + close;
  }
  return open + inner + close;
}

type Mutation = (text: string, other: string) => string | Buffer;

/** A mutation of one input's text; `other` is another input, for splices. */
const mutation: fc.Arbitrary<{ label: string; apply: Mutation }> = fc.oneof(
  fc.record({ at: fc.nat(), bytes: fc.array(fc.record({ at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }), { minLength: 1, maxLength: 8 }) }).map(({ bytes }) => ({
    label: `flip ${bytes.length} bytes`,
    apply: (text: string) => {
      const buf = Buffer.from(text, 'utf8');
      for (const b of bytes) if (buf.length > 0) buf[b.at % buf.length]! ^= b.xor;
      return buf;
    },
  })),
  fc.nat().map((at) => ({ label: 'truncate', apply: (text: string) => text.slice(0, at % (text.length + 1)) })),
  fc.record({ a: fc.nat(), b: fc.nat() }).map(({ a, b }) => ({
    label: 'splice',
    apply: (text: string, other: string) => text.slice(0, a % (text.length + 1)) + other.slice(b % (other.length + 1)),
  })),
  fc.record({ at: fc.nat(), s: hostile }).map(({ at, s }) => ({ label: `insert ${JSON.stringify(s.slice(0, 30))}`, apply: (text: string) => insertAt(text, at, s) })),
  fc.record({ at: fc.nat(), s: hostile }).map(({ at, s }) => ({
    label: `into a string ${JSON.stringify(s.slice(0, 30))}`,
    // Just after an opening quote, so that it lands inside a name, a key or a value.
    apply: (text: string) => {
      const quotes = [...text.matchAll(/["']/g)].map((m) => (m.index ?? 0) + 1);
      return quotes.length === 0 ? text : insertAt(text, quotes[at % quotes.length]!, s.replaceAll('\\', '\\\\').replaceAll('"', '\\"'));
    },
  })),
  fc.record({ at: fc.nat(), depth: fc.integer({ min: 1000, max: 5000 }), kind: fc.constantFrom('array' as const, 'object' as const, 'mixed' as const) }).map(
    ({ at, depth, kind }) => ({ label: `nest ${depth} ${kind} in the text`, apply: (text: string) => nestInText(text, at, nestedJson(depth, kind, '"10.0.0.0/8"')) }),
  ),
  fc.record({ at: fc.nat(), depth: fc.integer({ min: 1000, max: 5000 }), kind: fc.constantFrom('array' as const, 'object' as const, 'mixed' as const) }).map(
    ({ at, depth, kind }) => ({
      label: `nest ${depth} ${kind} at a JSON path`,
      apply: (text: string) => jsonMutation(text, (value) => replaceJsonText(value, at, (old) => nestedJson(depth, kind, JSON.stringify(old)))),
    }),
  ),
  fc
    .record({
      at: fc.nat(),
      to: fc.constantFrom<Json>(null, true, 0, -1, 1e308, 65536, 3.5, '', 'x', '0.0.0.0/0', '::/0', '10.0.0.0/33', [], [null], {}, { '': null }, { Ref: 'AWS::Region' }),
    })
    .map(({ at, to }) => ({
      label: `wrong type ${JSON.stringify(to)} at a JSON path`,
      apply: (text: string) => jsonMutation(text, (value) => replaceJsonText(value, at, () => JSON.stringify(to))),
    })),
  fc.record({ at: fc.nat(), s: hostile }).map(({ at, s }) => ({
    label: `hostile key ${JSON.stringify(s.slice(0, 30))} at a JSON path`,
    apply: (text: string) =>
      jsonMutation(text, (value) => {
        const objects = jsonPaths(value).filter((p) => isObject(valueAt(value, p)));
        if (objects.length === 0) return undefined;
        const target = objects[at % objects.length]!;
        return JSON.stringify(replaceAt(value, target, (old) => renameFirstKey(old as { [key: string]: Json }, s)));
      }),
  })),
);

function insertAt(text: string, at: number, s: string): string {
  const i = at % (text.length + 1);
  return text.slice(0, i) + s + text.slice(i);
}

/** Deep nesting as a value of a new key at the start of a line, indented like that line (YAML, HCL) or anywhere (JSON). */
function nestInText(text: string, at: number, nested: string): string {
  const lines = text.split('\n');
  if (lines.length < 2) return insertAt(text, at, nested);
  const i = at % lines.length;
  const indent = /^\s*/.exec(lines[i]!)?.[0] ?? '';
  lines.splice(i, 0, `${indent}Deep${i} ${text.includes('resource "') ? '=' : ':'} ${nested}`);
  return lines.join('\n');
}

function isObject(v: Json | undefined): v is { [key: string]: Json } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function valueAt(value: Json, at: readonly (string | number)[]): Json | undefined {
  let v: Json | undefined = value;
  for (const k of at) v = v === null || typeof v !== 'object' ? undefined : (v as Record<string | number, Json>)[k];
  return v;
}

function renameFirstKey(obj: { [key: string]: Json }, key: string): Json {
  const entries = Object.entries(obj);
  if (entries.length === 0) return { [key]: key };
  return Object.fromEntries([[key, entries[0]![1]], ...entries.slice(1)]);
}

/** Applies a mutation to parsed JSON text; text that is not JSON (YAML, HCL, a mutated file) is left as it is. */
function jsonMutation(text: string, mutate: (value: Json) => string | undefined): string {
  try {
    return mutate(JSON.parse(text) as Json) ?? text;
  } catch {
    // Not JSON, or JSON already nested too deeply for these helpers by an earlier mutation.
    return text;
  }
}

/** JSON text of `value` with the value at the `at`-th path replaced by the raw JSON text `replacement(old)`. */
function replaceJsonText(value: Json, at: number, replacement: (old: Json) => string): string {
  const paths = jsonPaths(value);
  const target = paths[at % paths.length]!;
  const MARK = '\u0000MARK\u0000';
  let old: Json = null;
  const marked = JSON.stringify(
    replaceAt(value, target, (o) => {
      old = o;
      return MARK;
    }),
  );
  return marked.replace(JSON.stringify(MARK), () => replacement(old));
}

/** A file name for `base`, with hostile parts before its name and its extension kept. */
const fileName = (base: string): fc.Arbitrary<string> =>
  fc.oneof({ weight: 2, arbitrary: fc.constant(base) }, { weight: 1, arbitrary: fc.constantFrom(...NAME_PARTS).map((part) => `${part}${base}`) });

/** One mutated input from `bases`, with 1-3 mutations; `others` are what it may be spliced with. */
function mutatedInput(bases: readonly Input[], others: readonly Input[]): fc.Arbitrary<{ input: Input; name: string; mutated: string | Buffer; labels: string[] }> {
  return fc
    .record({ base: fc.constantFrom(...bases), other: fc.constantFrom(...others), mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }) })
    .chain(({ base, other, mutations }) =>
      fileName(base.name).map((name) => {
        let current: string | Buffer = base.text;
        for (const m of mutations) current = m.apply(typeof current === 'string' ? current : current.toString('latin1'), other.text);
        return { input: base, name, mutated: current, labels: mutations.map((m) => m.label) };
      }),
    );
}

interface Outputs {
  code: number;
  stdout: string;
  stderr: string;
  json: string;
  sarif: string;
  markdown: string;
  github: string;
}

let runs = 0;

/** Lints `files` (written to a fresh directory) with all five formats: text on stdout, the others to files. */
async function lint(files: readonly { name: string; content: string | Buffer }[]): Promise<Outputs> {
  const cwd = mkdtempSync(path.join(root, 'in-'));
  const out = path.join(root, `out-${runs++}`);
  mkdirSync(out);
  for (const f of files) writeFileSync(path.join(cwd, f.name), f.content);
  const captured = { stdout: '', stderr: '' };
  const io: CliIo = { stdout: (t) => void (captured.stdout += t), stderr: (t) => void (captured.stderr += t), cwd, env: {}, isTTY: false };
  const formats = ['json', 'sarif', 'markdown', 'github'].flatMap((f) => ['--format', `${f}=${path.join(out, f)}`]);
  const code = await main(['--format', 'text', ...formats, '--', ...files.map((f) => f.name)], io);
  const read = (f: string): string => {
    try {
      return readFileSync(path.join(out, f), 'utf8');
    } catch {
      return '';
    }
  };
  const result = { code, ...captured, json: read('json'), sarif: read('sarif'), markdown: read('markdown'), github: read('github') };
  rmSync(cwd, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  return result;
}

const ANNOTATION = /^::(error|warning|notice) [^\n\r]*::/;

/** The invariants every run keeps, whatever its input. */
function expectSafe(r: Outputs): void {
  expect([0, 1, 2]).toContain(r.code);
  expect(r.stderr).not.toMatch(/internal error/);
  const json = JSON.parse(r.json) as { errors: { file?: string; message?: string }[]; findings: unknown[] };
  for (const e of json.errors) {
    expect(e.message).toEqual(expect.any(String));
    expect(e.message).not.toBe('');
    expect(e.message).not.toMatch(/internal error/);
    expect(e.file).toEqual(expect.any(String));
  }
  expect(r.code === 2).toBe(json.errors.length > 0);
  const sarif = JSON.parse(r.sarif) as { version: string; runs: unknown[] };
  expect(sarif.version).toBe('2.1.0');
  expect(sarif.runs).toHaveLength(1);
  expect(workflowCommands(r.stdout)).toEqual([]);
  expect(workflowCommands(r.stderr)).toEqual([]);
  expect(workflowCommands(r.markdown)).toEqual([]);
  expect(r.stdout).not.toMatch(RAW_CONTROL);
  expect(r.stderr).not.toMatch(RAW_CONTROL);
  expect(r.markdown).not.toMatch(RAW_CONTROL);
  // The `file=` property keeps the exact path (so that the annotation lands on the file), with only
  // what the runner unescapes (`%`, CR, LF, `:`, `,`) escaped: a bidi override in a file name stays.
  expect(r.github.replace(/ file=[^,]*,/g, ' file=,')).not.toMatch(RAW_CONTROL);
  // Nor the older syntax (`##[`) in a title or message, where it would show in the job log.
  expect(r.github.replace(/ file=[^,]*,/g, ' file=,')).not.toContain('##[');
  const gh = r.github.split('\n');
  expect(gh.at(-1)).toBe('');
  // Each line of the github output is either one of its own annotations or no command at all.
  const commands = workflowCommands(r.github);
  expect(commands.every((l) => ANNOTATION.test(l))).toBe(true);
  expect(gh.slice(0, -1).filter((l) => ANNOTATION.test(l))).toEqual(commands);
}

/** The fixed seed and bounded run count (a regression test, not a search: same cases every time). */
const params = (numRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns, endOnFailure: true });

describe('mutated inputs, linted and rendered in all five formats', () => {
  it('the real inputs themselves are clean of hostile output (the baseline of the mutations)', async () => {
    const r = await lint([...PLANS, ...TEMPLATES, ...TERRAFORM].map((i) => ({ name: i.name, content: i.text })));
    expectSafe(r);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
  });

  it('plans and templates: byte flips, truncation, splices, hostile strings, deep nesting, wrong types, hostile names', async () => {
    const all = [...PLANS, ...TEMPLATES];
    await fc.assert(
      fc.asyncProperty(mutatedInput(all, all), async ({ name, mutated }) => {
        expectSafe(await lint([{ name, content: mutated }]));
      }),
      params(300),
    );
  });

  it('two mutated inputs in one run (names and texts from different kinds)', async () => {
    const all = [...PLANS, ...TEMPLATES];
    await fc.assert(
      fc.asyncProperty(mutatedInput(PLANS, all), mutatedInput(TEMPLATES, all), async (a, b) => {
        fc.pre(a.name !== b.name);
        expectSafe(await lint([{ name: a.name, content: a.mutated }, { name: b.name, content: b.mutated }]));
      }),
      params(60),
    );
  });

  it('Terraform sources (.tf and .tf.json): the same mutations', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedInput(TERRAFORM, [...TERRAFORM, ...TEMPLATES]), async ({ name, mutated }) => {
        expectSafe(await lint([{ name, content: mutated }]));
      }),
      params(100),
    );
  });
});
