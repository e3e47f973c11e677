/**
 * A CloudFormation template's text as a small tree that keeps every node's source offset, so a
 * finding can point at the line of the property it is about. YAML goes through the `yaml`
 * package, valid JSON through `JSON.parse` and one pass over the text for offsets
 * (`jsonTemplateTree`; a small reader of its own, `parseJsonTemplateText`, for what that cannot
 * pair), which build the same tree in a fraction of the time and memory; every CloudFormation short-form tag (`!Ref`, `!GetAtt`, …) becomes
 * the same intrinsic-function node as its long form
 * (`{ "Ref": … }`, `{ "Fn::GetAtt": … }`). Aliases are shared, not copied, and a document whose
 * aliases would expand past the `yaml` package's alias limit is refused (an alias bomb).
 */
import type { Alias, Document, Node as YamlNode, ScalarTag, CollectionTag } from 'yaml';
import { ParseError } from '../../errors.js';
import { lineIndex, type LineColumnOf } from '../json.js';
import { LineStarts, OffsetList } from '../lines.js';
import { yamlLib } from '../yaml-lib.js';

type Yaml = ReturnType<typeof yamlLib>;

export interface ScalarNode {
  readonly kind: 'scalar';
  readonly value: string | number | boolean | null;
  /** Source offset of the node. */
  readonly at: number;
}

export interface SeqNode<T> {
  readonly kind: 'seq';
  readonly items: readonly T[];
  readonly at: number;
}

export interface Entry<T> {
  readonly value: T;
  /** Source offset of the key. */
  readonly keyAt: number;
}

export interface MapNode<T> {
  readonly kind: 'map';
  /** Keys in source order; a Map, so `__proto__` and friends are ordinary keys. */
  readonly entries: ReadonlyMap<string, Entry<T>>;
  readonly at: number;
}

/** An intrinsic function: `{ "Fn::Join": … }`, `{ "Ref": … }` or a short-form tag. */
export interface FnNode {
  readonly kind: 'fn';
  /** `Ref`, `Condition` or `Fn::…`, as in the long form. */
  readonly name: string;
  readonly arg: TemplateNode;
  readonly at: number;
}

/** A node of the template as written. */
export type TemplateNode = ScalarNode | SeqNode<TemplateNode> | MapNode<TemplateNode> | FnNode;

/**
 * The short forms CloudFormation defines (YAML tag `!X` for `Fn::X`, `!Ref` and `!Condition` for
 * themselves), including the language-extension functions, which are read and reported as
 * unsupported rather than as unknown tags.
 */
export const SHORT_FORMS: readonly string[] = [
  'Ref',
  'Condition',
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAtt',
  'GetAZs',
  'ImportValue',
  'Join',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'And',
  'Equals',
  'If',
  'Not',
  'Or',
  'Length',
  'ToJsonString',
  'ForEach',
];

const LONG_NAME = new Map(SHORT_FORMS.map((n) => [`!${n}`, n === 'Ref' || n === 'Condition' ? n : `Fn::${n}`]));

// One scalar, one sequence and one mapping tag per short form: `yaml` then neither warns about
// them nor changes the node, and the walk below turns the tag into an FnNode.
const TAGS_OF = new Map<string, readonly (ScalarTag | CollectionTag)[]>(
  SHORT_FORMS.map((n) => [
    n,
    [
      { tag: `!${n}`, resolve: (s: string) => s } satisfies ScalarTag,
      { tag: `!${n}`, collection: 'seq', resolve: (s) => s } satisfies CollectionTag,
      { tag: `!${n}`, collection: 'map', resolve: (s) => s } satisfies CollectionTag,
    ],
  ]),
);

/**
 * The custom tags of the short forms a text writes (`!Name` somewhere in it). `yaml` looks through
 * every custom tag for each plain scalar it resolves, so the 63 tags of all short forms cost a
 * template of 10k resources tens of milliseconds, while templates write a handful. Leaving a tag
 * out never changes the tree: `yaml` keeps an unregistered tag on its node (the walk below reads
 * it from there) and only adds a warning, which is not read; registering avoids those warnings.
 */
export function customTagsFor(text: string): (ScalarTag | CollectionTag)[] {
  // One pass over the text (not one search per short form); no name is a prefix of another. Once
  // a name is found, the search goes on from there for the names not found yet only: a template
  // writes its few short forms tens of thousands of times, and matching every one of them costs
  // several milliseconds in a large template.
  const written = new Set<string>();
  let from = 0;
  for (;;) {
    const pattern = shortFormTag(SHORT_FORMS.filter((n) => !written.has(n)));
    if (pattern === undefined) break;
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    if (m === null) break;
    written.add(m[1]!);
    from = m.index + 1;
  }
  const tags: (ScalarTag | CollectionTag)[] = [];
  for (const [name, forms] of TAGS_OF) if (written.has(name)) tags.push(...forms);
  return tags;
}

/** `!Name` for any of the names given (undefined for none). */
function shortFormTag(names: readonly string[]): RegExp | undefined {
  return names.length === 0 ? undefined : new RegExp(`!(${names.join('|')})`, 'g');
}

/** Nesting deeper than this is not a template; the walk stops rather than overflow the stack. */
const MAX_DEPTH = 500;
/** The `yaml` package's default for `toJS`; a document whose aliases expand past it is refused. */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedText {
  readonly root: TemplateNode;
  /** 1-based line and column of a source offset. */
  readonly position: LineColumnOf;
}

/** A `yaml` error without the "at line L, column C:" and source excerpt it appends. */
function plainMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '').trim();
}

/**
 * Parses YAML or JSON text into a TemplateNode tree. Throws ParseError (with line and column) for
 * a syntax error, a duplicate key, more than one document, an alias without an anchor, nesting
 * deeper than 500 levels, or aliases that expand past the alias limit. All duplicate keys are
 * reported in one error's message when there are several; the error points at the first. The
 * `yaml` package must be loaded (`loadYaml()`; the CloudFormation reader's `prepare` does it for the files that need it).
 */
export function parseTemplateText(text: string, file: string): ParsedText {
  const { parseDocument, LineCounter } = yamlLib();
  // For errors, lines are indexed only as far as an offset asked.
  const pos = lineIndex(text);
  // The parser notes where each line starts as it reads them (after each `\n`, as LineStarts).
  const lines = new LineCounter();
  let doc: Document.Parsed;
  try {
    // Duplicate keys are found by the walk below: `yaml`'s own check compares every pair of keys
    // of a mapping, which costs seconds for a template of thousands of resources.
    doc = parseDocument(text, { customTags: customTagsFor(text), prettyErrors: false, uniqueKeys: false, strict: true, lineCounter: lines });
  } catch (error) {
    // `yaml` does not throw for bad input, but a deep enough nesting can overflow its stack.
    if (isStackOverflow(error)) throw nestedTooDeeply(file, pos(deepOffset(text, MAX_DEPTH) ?? 0), error);
    throw new ParseError(`invalid ${language(text)}: the document cannot be read`, { file, line: 1, column: 1, cause: error });
  }
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    // `yaml` catches its own stack overflow (nesting of some 800 levels) and reports it as an error.
    if (isStackOverflow(first)) throw nestedTooDeeply(file, pos(deepOffset(text, MAX_DEPTH) ?? first.pos[0]), first);
    throw new ParseError(`invalid ${language(text)}: ${plainMessage(first.message)}`, { file, ...pos(first.pos[0]), cause: first });
  }
  const walker = new Walker(doc, file, pos);
  const root = doc.contents === null ? ({ kind: 'scalar', value: null, at: 0 } as const) : walker.node(doc.contents, 0);
  if (walker.duplicates.length > 0) throw duplicateKeys(walker.duplicates, file, pos);
  if (walker.sawAlias) {
    try {
      doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      throw new ParseError(`invalid YAML: its aliases expand to too many nodes (more than the limit of ${MAX_ALIAS_COUNT} alias expansions)`, {
        file,
        line: 1,
        column: 1,
        cause: error,
        hint: 'CloudFormation does not accept YAML aliases; write the values out.',
      });
    }
  }
  // Read without errors, so to its end: every line start is known, and locating a finding near the
  // end of a large template searches the text for line breaks no second time.
  return { root, position: lineIndex(text, new LineStarts(text, OffsetList.of(lines.lineStarts))) };
}

/** All duplicate keys in one error, located at the first. */
function duplicateKeys(duplicates: readonly { readonly key: string; readonly at: number }[], file: string, pos: LineColumnOf): ParseError {
  const keys = duplicates.map((d) => `${JSON.stringify(d.key)} (line ${pos(d.at).line})`);
  const message =
    keys.length === 1 ? `duplicate key ${keys[0]!}: keys of a mapping must be unique` : `duplicate keys ${keys.join(', ')}: keys of a mapping must be unique`;
  return new ParseError(message, {
    file,
    ...pos(duplicates[0]!.at),
    hint: 'CloudFormation rejects a template with a repeated key, or uses one of the values unpredictably.',
  });
}

function nestedTooDeeply(file: string, at: { line: number; column: number }, cause?: unknown): ParseError {
  return new ParseError(`the document is nested more than ${MAX_DEPTH} levels deep`, { file, ...at, ...(cause === undefined ? {} : { cause }) });
}

/** An open mapping or list of the JSON reader. */
interface JsonFrame {
  readonly at: number;
  readonly entries?: Map<string, Entry<TemplateNode>>;
  readonly items?: TemplateNode[];
  /** The key whose value is being read, and where it is; `skip` for a repeated key. */
  key?: string;
  keyAt?: number;
  skip?: boolean;
}

const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Reads JSON text that `JSON.parse` accepts into the same TemplateNode tree (same offsets, same
 * errors for duplicate keys and nesting deeper than 500 levels) as `parseTemplateText`, without
 * the YAML parser: iteratively (no recursion, so no depth overflows the stack) and at a fraction
 * of the YAML parser's time and memory. Text that is not valid JSON throws a ParseError at the
 * first character it cannot read; callers check with `JSON.parse` first.
 */
export function parseJsonTemplateText(text: string, file: string): ParsedText {
  // Lines are indexed only as far as an offset asked (none, for a template without errors or findings).
  const pos = lineIndex(text);
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack: JsonFrame[] = [];
  const duplicates: { key: string; at: number }[] = [];
  let root: TemplateNode | undefined;
  const bad = (): never => {
    throw new ParseError('invalid JSON: unexpected character', { file, ...pos(i) });
  };
  const skipWs = (): void => {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    }
  };
  // At an opening quote: the string's value, with i after the closing quote.
  const readString = (): string => {
    const start = i;
    const end = closingQuote(text, i);
    if (end < 0) bad();
    i = end + 1;
    const body = text.slice(start + 1, end);
    return body.includes('\\') ? (JSON.parse(text.slice(start, end + 1)) as string) : body;
  };
  // A finished value goes into the open mapping or list, or is the root.
  const put = (node: TemplateNode): void => {
    const top = stack[stack.length - 1];
    if (top === undefined) root = node;
    else if (top.items !== undefined) top.items.push(node);
    else if (top.skip !== true) top.entries!.set(top.key!, { value: node, keyAt: top.keyAt! });
  };
  // In a mapping, after `{` or `,`: reads `"key":` and leaves i at the value.
  const readKey = (frame: JsonFrame): void => {
    skipWs();
    if (text[i] !== '"') bad();
    const keyAt = i;
    const key = readString();
    skipWs();
    if (text[i] !== ':') bad();
    i++;
    frame.key = key;
    frame.keyAt = keyAt;
    frame.skip = frame.entries!.has(key);
    if (frame.skip) duplicates.push({ key, at: keyAt });
  };
  for (;;) {
    // A value starts here.
    skipWs();
    if (stack.length > MAX_DEPTH) throw nestedTooDeeply(file, pos(i));
    const at = i;
    const c = text[i];
    if (c === '{') {
      i++;
      skipWs();
      const frame: JsonFrame = { at, entries: new Map() };
      stack.push(frame);
      if (text[i] !== '}') {
        readKey(frame);
        continue;
      }
    } else if (c === '[') {
      i++;
      skipWs();
      stack.push({ at, items: [] });
      if (text[i] !== ']') continue;
    } else {
      let value: string | number | boolean | null;
      if (c === '"') value = readString();
      else if (text.startsWith('true', i)) (value = true), (i += 4);
      else if (text.startsWith('false', i)) (value = false), (i += 5);
      else if (text.startsWith('null', i)) (value = null), (i += 4);
      else {
        JSON_NUMBER.lastIndex = i;
        const m = JSON_NUMBER.exec(text);
        if (m === null) return bad();
        i += m[0].length;
        const num = Number(m[0]);
        value = Number.isFinite(num) ? num : m[0];
      }
      put({ kind: 'scalar', value, at });
    }
    // After a value, or at the end of an empty `{}` / `[]`: closes what ends here, and `,`
    // starts the next value.
    for (;;) {
      skipWs();
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (i < n) bad();
        if (duplicates.length > 0) throw duplicateKeys(duplicates, file, pos);
        return { root: root!, position: pos };
      }
      const close = top.items !== undefined ? ']' : '}';
      if (text[i] === close) {
        stack.pop();
        i++;
        put(top.items !== undefined ? { kind: 'seq', items: top.items, at: top.at } : longForm({ kind: 'map', entries: top.entries!, at: top.at }));
        continue;
      }
      if (text[i] !== ',') bad();
      i++;
      if (top.entries !== undefined) readKey(top);
      break;
    }
  }
}

/**
 * The tree of JSON text that `JSON.parse` has read already (`json` is its value): the same tree,
 * offsets and errors as `parseJsonTemplateText`. Built from the parsed value (`parsedJsonTree`),
 * in a fraction of the time, when it can be; read by `parseJsonTemplateText` otherwise.
 */
export function jsonTemplateTree(json: unknown, text: string, file: string): ParsedText {
  const paired = pairedJsonTree(json, text);
  if (paired === undefined) return parseJsonTemplateText(text, file);
  // The offset pass found every line start on its way: locating a finding near the end of a
  // large template searches the text for line breaks no second time.
  return { root: paired.root, position: lineIndex(text, new LineStarts(text, paired.lines)) };
}

/**
 * The tree `parseJsonTemplateText(text)` builds, from `json = JSON.parse(text)`. `JSON.parse` has
 * done the reading (strings, escapes, numbers) natively; `jsonOffsets` finds where each key and
 * value starts in one pass over the text that allocates nothing per node, and the walk pairs the
 * two in document order. Undefined for text whose keys and values cannot be paired so, all of
 * which `parseJsonTemplateText` reads instead: a key that starts with a digit (an object lists
 * integer keys first, not in source order), a repeated key (`JSON.parse` keeps one of them) and
 * nesting deeper than 500 levels (both errors it reports).
 */
export function parsedJsonTree(json: unknown, text: string): TemplateNode | undefined {
  return pairedJsonTree(json, text)?.root;
}

/** `parsedJsonTree`, with the line starts of the text that its offset pass found. */
function pairedJsonTree(json: unknown, text: string): { readonly root: TemplateNode; readonly lines: OffsetList } | undefined {
  const found = jsonOffsets(text);
  if (found === undefined) return undefined;
  const { offsets, lines } = found;
  const walk = new JsonWalk(offsets.items, text);
  const root = walk.node(json);
  // Every key and value of the text paired, in order: none was repeated or listed out of order.
  return walk.next === offsets.count && !walk.reordered ? { root, lines } : undefined;
}

/**
 * Where every key and every value of valid JSON text starts, in document order (a mapping's or
 * list's own offset before those of its contents, a key's before its value's), and where every
 * line starts (as `LineStarts` finds them: after each `\n`; a JSON string holds no raw line break,
 * so the pass sees them all). Undefined when the text nests deeper than 500 levels.
 */
function jsonOffsets(text: string): { readonly offsets: OffsetList; readonly lines: OffsetList } | undefined {
  const n = text.length;
  // Pretty-printed templates have a key or value every 10 to 20 characters, and one on each line.
  const offsets = new OffsetList(n >> 4);
  const lines = new OffsetList(n >> 4);
  lines.push(0);
  // Open mappings and lists: deeper than MAX_DEPTH is left to the other reader.
  let depth = 0;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < n; i++) {
    const c = text.charCodeAt(i);
    switch (c) {
      case 0x0a: // a line break
        lines.push(i + 1);
        break;
      case 0x20: // other white space, `:` and `,`
      case 0x0d:
      case 0x09:
      case 0x3a:
      case 0x2c:
        break;
      case 0x7b: // { [
      case 0x5b:
        if (depth >= MAX_DEPTH) return undefined;
        offsets.push(i);
        depth++;
        break;
      case 0x7d: // } ]
      case 0x5d:
        depth--;
        break;
      case 0x22: {
        // A key or a string: to its closing quote.
        offsets.push(i);
        const end = closingQuote(text, i);
        if (end < 0) return undefined; // not JSON: not expected of text JSON.parse has read
        i = end;
        break;
      }
      default: {
        // A number, true, false or null: to the character that ends it.
        offsets.push(i);
        for (;;) {
          const d = text.charCodeAt(i + 1);
          if (d === 0x2c || d === 0x7d || d === 0x5d || d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09 || i + 1 >= n) break;
          i++;
        }
      }
    }
  }
  return { offsets, lines };
}

/**
 * Where the JSON string whose opening quote is at `open` ends: the first quote after it that is
 * not escaped by an odd number of backslashes; -1 when there is none.
 */
function closingQuote(text: string, open: number): number {
  let end = text.indexOf('"', open + 1);
  while (end >= 0) {
    let slashes = 0;
    for (let k = end - 1; text.charCodeAt(k) === 0x5c; k--) slashes++;
    if (slashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return -1;
}

/** Builds the tree of a parsed JSON value, taking the offsets of its nodes in document order. */
class JsonWalk {
  /** The index of the next offset to take. */
  next = 0;
  /** A mapping had a key that starts with a digit: an integer key, which objects list first. */
  reordered = false;

  constructor(
    private readonly offsets: Uint32Array,
    private readonly text: string,
  ) {}

  node(v: unknown): TemplateNode {
    const at = this.offsets[this.next++]!;
    if (typeof v !== 'object' || v === null) {
      // A number too large for a double keeps its text, as in `parseJsonTemplateText`.
      if (typeof v === 'number' && !Number.isFinite(v)) return { kind: 'scalar', value: this.numberText(at), at };
      return { kind: 'scalar', value: v as string | number | boolean | null, at };
    }
    if (Array.isArray(v)) {
      const items: TemplateNode[] = [];
      // Indexed (CONTRIBUTING.md, Performance).
      for (let i = 0; i < v.length; i++) items.push(this.node(v[i]));
      return { kind: 'seq', items, at };
    }
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 1 && isFunctionName(keys[0]!)) {
      // `longForm` of the one-key mapping, without making the mapping first.
      this.next++;
      return { kind: 'fn', name: keys[0]!, arg: this.node(o[keys[0]!]), at };
    }
    const entries = new Map<string, Entry<TemplateNode>>();
    for (const k of keys) {
      const first = k.charCodeAt(0);
      if (first >= 0x30 && first <= 0x39) this.reordered = true;
      const keyAt = this.offsets[this.next++]!;
      entries.set(k, { value: this.node(o[k]), keyAt });
    }
    return { kind: 'map', entries, at };
  }

  private numberText(at: number): string {
    JSON_NUMBER.lastIndex = at;
    return JSON_NUMBER.exec(this.text)?.[0] ?? '';
  }
}

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError || (error instanceof Error && /Maximum call stack size exceeded/.test(error.message));
}

/**
 * Where YAML text first nests deeper than `limit` levels, for the message when the `yaml` parser
 * could not read it: block collections by their indentation (and `- - -` on one line), flow
 * collections by their brackets, skipping quoted text and comments. An estimate (block scalars
 * and plain text are not told apart from structure), only ever used to locate that error.
 */
export function deepOffset(text: string, limit: number): number | undefined {
  const n = text.length;
  // A line of a block mapping at indentation k is inside k + 1 collections, its values one deeper.
  const levels = limit + 1;
  const indents: number[] = [];
  let flow = 0;
  let i = 0;
  let lineStart = 0;
  let atLineStart = true;
  while (i < n) {
    if (atLineStart) {
      atLineStart = false;
      lineStart = i;
      if (flow === 0) {
        let j = i;
        while (text[j] === ' ') j++;
        const c = text[j];
        if (c !== '\n' && c !== '\r' && c !== '#' && j < n) {
          while (indents.length > 0 && indents[indents.length - 1]! >= j - lineStart) indents.pop();
          indents.push(j - lineStart);
          if (indents.length > levels) return j;
          // `- - x`: a list in a list on one line.
          while (text[j] === '-' && text[j + 1] === ' ') {
            j += 2;
            while (text[j] === ' ') j++;
            indents.push(j - lineStart);
            if (indents.length > levels) return j;
          }
        }
        i = j;
        continue;
      }
    }
    const c = text[i];
    if (c === '\n') {
      atLineStart = true;
      i++;
    } else if (c === '"') {
      for (i++; i < n && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      i++;
    } else if (c === "'" && (i === lineStart || /[\s[{,:-]/.test(text[i - 1]!))) {
      for (i++; i < n; i++) {
        if (text[i] === "'") {
          if (text[i + 1] !== "'") break;
          i++;
        }
      }
      i++;
    } else if (c === '#' && (i === lineStart || /\s/.test(text[i - 1]!))) {
      while (i < n && text[i] !== '\n') i++;
    } else {
      if (c === '[' || c === '{') {
        flow++;
        if (indents.length + flow > levels) return i;
      } else if ((c === ']' || c === '}') && flow > 0) {
        flow--;
      }
      i++;
    }
  }
  return undefined;
}

/** What the text is written in, for messages: JSON when it starts with `{` or `[`. */
function language(text: string): string {
  return /^\uFEFF?\s*[[{]/.test(text) ? 'JSON' : 'YAML';
}

class Walker {
  /** Converted anchored nodes, so an alias shares the converted subtree instead of copying it. */
  private readonly done = new Map<YamlNode, TemplateNode>();
  /** Anchored nodes being converted: an alias to one of them is a cycle. */
  private readonly open = new Set<YamlNode>();
  sawAlias = false;
  // The `yaml` package's node tests, kept here rather than looked up on the module for every node.
  private readonly isAlias: Yaml['isAlias'];
  private readonly isMap: Yaml['isMap'];
  private readonly isScalar: Yaml['isScalar'];
  private readonly isSeq: Yaml['isSeq'];
  /** Keys written twice in one mapping, in document order (the second occurrence). */
  readonly duplicates: { readonly key: string; readonly at: number }[] = [];
  /**
   * One string per text, for keys and string values (`shared`). A template writes the same keys
   * and names thousands of times (`Type`, `Properties`, a logical ID in every `Ref` to it), and
   * `yaml` makes a string of each occurrence: sharing one makes equal strings identical, so the
   * evaluator's Map lookups (a `Ref` in `Resources`, a property by name) match them by identity
   * instead of comparing characters, and the tree keeps one copy of each text. Per parse: nothing
   * is kept across templates.
   */
  private readonly strings = new Map<string, string>();

  constructor(
    private readonly doc: Document.Parsed,
    private readonly file: string,
    private readonly pos: (offset: number) => { line: number; column: number },
  ) {
    const { isAlias, isMap, isScalar, isSeq } = yamlLib();
    this.isAlias = isAlias;
    this.isMap = isMap;
    this.isScalar = isScalar;
    this.isSeq = isSeq;
  }

  private fail(message: string, offset: number): never {
    throw new ParseError(message, { file: this.file, ...this.pos(offset) });
  }

  node(n: unknown, depth: number): TemplateNode {
    if (depth > MAX_DEPTH) this.fail(`the document is nested more than ${MAX_DEPTH} levels deep`, offsetOf(n));
    if (this.isAlias(n)) {
      this.sawAlias = true;
      const target = (n as Alias).resolve(this.doc);
      if (target === undefined) this.fail(`alias *${(n as Alias).source} has no anchor before it`, offsetOf(n));
      const converted = this.done.get(target);
      if (converted !== undefined) return converted;
      if (this.open.has(target)) this.fail(`alias *${(n as Alias).source} refers to a node that contains it`, offsetOf(n));
      return this.node(target, depth + 1);
    }
    const yamlNode = n as YamlNode;
    const anchored = (yamlNode as { anchor?: string }).anchor !== undefined;
    // Only anchored nodes are ever in `done`: the others need no lookup.
    const cached = anchored ? this.done.get(yamlNode) : undefined;
    if (cached !== undefined) return cached;
    const at = offsetOf(n);
    if (anchored) this.open.add(yamlNode);
    let out: TemplateNode;
    if (this.isScalar(n)) {
      const v = n.value;
      const value =
        typeof v === 'string' ? this.shared(v) : typeof v === 'number' || typeof v === 'boolean' || v === null ? v : v === undefined ? null : String(v);
      out = { kind: 'scalar', value: typeof value === 'number' && !Number.isFinite(value) ? String(n.source ?? value) : value, at };
    } else if (this.isSeq(n)) {
      const items: TemplateNode[] = [];
      // Indexed (CONTRIBUTING.md, Performance).
      for (let i = 0; i < n.items.length; i++) {
        const item = n.items[i];
        items.push(item === null ? { kind: 'scalar', value: null, at } : this.node(item, depth + 1));
      }
      out = { kind: 'seq', items, at };
    } else if (this.isMap(n)) {
      const entries = new Map<string, Entry<TemplateNode>>();
      // The first key kept, and its value: a mapping of that one key may be an intrinsic function
      // (`longForm`, without iterating the Map).
      let firstKey: string | undefined;
      let firstValue: TemplateNode | undefined;
      for (let i = 0; i < n.items.length; i++) {
        const pair = n.items[i]!;
        const keyNode = pair.key as unknown;
        const key = this.keyString(keyNode);
        if (key === undefined) continue;
        const keyAt = keyNode === null || keyNode === undefined ? at : offsetOf(keyNode);
        if (entries.has(key)) {
          this.duplicates.push({ key, at: keyAt });
          continue;
        }
        const value: TemplateNode = pair.value === null || pair.value === undefined ? { kind: 'scalar', value: null, at: keyAt } : this.node(pair.value, depth + 1);
        entries.set(key, { value, keyAt });
        if (firstKey === undefined) {
          firstKey = key;
          firstValue = value;
        }
      }
      out = entries.size === 1 && isFunctionName(firstKey!) ? { kind: 'fn', name: firstKey!, arg: firstValue!, at } : { kind: 'map', entries, at };
    } else {
      out = { kind: 'scalar', value: null, at };
    }
    const tag = (yamlNode as { tag?: string }).tag;
    const fn = tag === undefined ? undefined : LONG_NAME.get(tag);
    if (fn !== undefined) out = { kind: 'fn', name: fn, arg: out, at };
    if (anchored) {
      this.open.delete(yamlNode);
      this.done.set(yamlNode, out);
    }
    return out;
  }

  /** A mapping key as text: scalars by their value; a mapping or sequence used as a key is skipped. */
  private keyString(key: unknown): string | undefined {
    if (key === null || key === undefined) return 'null';
    if (this.isScalar(key)) {
      const v = key.value;
      return v === null ? 'null' : typeof v === 'string' ? this.shared(v) : String(v);
    }
    return undefined;
  }

  /** The string kept for this text: the first one seen with it. */
  private shared(s: string): string {
    const kept = this.strings.get(s);
    if (kept !== undefined) return kept;
    this.strings.set(s, s);
    return s;
  }
}

/** `{ "Ref": x }` and `{ "Fn::X": x }` are intrinsic functions; every other mapping is data. */
function longForm(map: MapNode<TemplateNode>): TemplateNode {
  if (map.entries.size !== 1) return map;
  const [name, entry] = map.entries.entries().next().value as [string, Entry<TemplateNode>];
  if (isFunctionName(name)) return { kind: 'fn', name, arg: entry.value, at: map.at };
  return map;
}

/** The key of a one-key mapping that makes it an intrinsic function. */
function isFunctionName(key: string): boolean {
  return key === 'Ref' || key.startsWith('Fn::');
}

function offsetOf(n: unknown): number {
  const range = (n as { range?: [number, number, number] } | null)?.range;
  return range?.[0] ?? 0;
}
