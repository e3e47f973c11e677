/**
 * Terraform's JSON configuration syntax (`*.tf.json`, what CDKTF writes as `cdk.tf.json`), read into
 * the same form as a `.tf` file: hcl2json's JSON (every block a list of bodies, expressions as
 * `${...}` template strings) and the structure of where each block and attribute is written (the
 * line of its key). A `.tf.json` file is one more file of its directory's module, beside the `.tf`
 * files, as Terraform reads it.
 *
 * The JSON syntax differs from hcl2json's form in a few ways this evens out: a block may be one
 * object or a list of them; nested blocks (`ingress`, `route`, `lifecycle`, ...) are told from
 * object-valued attributes (`tags`) by name, as Terraform tells them by the provider's schema;
 * `//` properties are comments; a variable's `type` is a type expression written as a string.
 */
import { ParseError } from '../../errors.js';
import { parseJson } from '../json.js';
import type { AttributeNode, BlockNode, BodyNode } from './locate.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Where a JSON value is written, and (for objects and arrays) where its members are. */
interface Pos {
  readonly line: number;
  readonly column: number;
  endLine: number;
  /** Object members: where each key is written, and its value. The first of a repeated key. */
  readonly keys: Map<string, { readonly line: number; readonly column: number; readonly value: Pos }>;
  readonly items: Pos[];
}

// Configuration nests a few levels deep; deeper JSON is not configuration (and must not exhaust the stack).
const MAX_DEPTH = 64;

/** Nested block types of the resources and data sources vpclint reads, and the meta blocks. */
const NESTED_BLOCKS = new Set(['ingress', 'egress', 'route', 'accepter', 'requester', 'filter', 'lifecycle', 'timeouts', 'connection', 'content']);
/** Nested block types of provider configurations. */
const PROVIDER_BLOCKS = new Set(['assume_role', 'assume_role_with_web_identity', 'default_tags', 'ignore_tags', 'endpoints']);
/** Nested block types of variables. */
const VARIABLE_BLOCKS = new Set(['validation']);

function isObject(x: Json | undefined): x is JsonObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Scans valid JSON for positions (JSON.parse has already accepted it). */
class Scanner {
  pos = 0;
  line = 1;
  lineStart = 0;
  constructor(readonly text: string, readonly file: string) {}

  skipSpace(): void {
    for (;;) {
      const c = this.text.charCodeAt(this.pos);
      if (c === 10) {
        this.pos++;
        this.line++;
        this.lineStart = this.pos;
      } else if (c === 32 || c === 9 || c === 13 || c === 0xfeff) this.pos++;
      else return;
    }
  }

  here(): { line: number; column: number } {
    return { line: this.line, column: this.pos - this.lineStart + 1 };
  }

  /** Skips a string (at its opening quote); returns its decoded text when `decode` (keys). */
  string(decode = false): string {
    const start = this.pos;
    this.pos++;
    for (;;) {
      const c = this.text.charCodeAt(this.pos);
      if (c === 92) this.pos += 2;
      else if (c === 34) break;
      else this.pos++;
    }
    this.pos++;
    return decode ? (JSON.parse(this.text.slice(start, this.pos)) as string) : '';
  }

  value(depth: number): Pos {
    this.skipSpace();
    const at = this.here();
    if (depth > MAX_DEPTH) {
      throw new ParseError(`the JSON nests more than ${MAX_DEPTH} levels deep, which is not Terraform configuration`, { file: this.file, ...at });
    }
    const node: Pos = { ...at, endLine: at.line, keys: new Map(), items: [] };
    const c = this.text[this.pos];
    if (c === '{') {
      this.pos++;
      this.skipSpace();
      if (this.text[this.pos] === '}') this.pos++;
      else {
        for (;;) {
          this.skipSpace();
          const keyAt = this.here();
          const key = this.string(true);
          this.skipSpace();
          this.pos++; // :
          const value = this.value(depth + 1);
          if (!node.keys.has(key)) node.keys.set(key, { ...keyAt, value });
          this.skipSpace();
          if (this.text[this.pos++] === '}') break;
        }
      }
    } else if (c === '[') {
      this.pos++;
      this.skipSpace();
      if (this.text[this.pos] === ']') this.pos++;
      else {
        for (;;) {
          node.items.push(this.value(depth + 1));
          this.skipSpace();
          if (this.text[this.pos++] === ']') break;
        }
      }
    } else if (c === '"') this.string();
    else {
      while (this.pos < this.text.length && !/[\s,\]}]/.test(this.text[this.pos] as string)) this.pos++;
    }
    node.endLine = this.line;
    return node;
  }
}

const EMPTY_POS: Pos = { line: 0, column: 0, endLine: 0, keys: new Map(), items: [] };

/** The bodies of a block written as one object or a list of objects, each with where it is written. */
function bodiesOf(value: Json | undefined, pos: Pos | undefined): { body: JsonObject; pos: Pos }[] {
  if (isObject(value)) return [{ body: value, pos: pos ?? EMPTY_POS }];
  if (!Array.isArray(value)) return [];
  const out: { body: JsonObject; pos: Pos }[] = [];
  value.forEach((item, i) => {
    if (isObject(item)) out.push({ body: item, pos: pos?.items[i] ?? EMPTY_POS });
  });
  return out;
}

/**
 * A block body in hcl2json's form, and its structure. `blocks` names the keys that are nested
 * blocks (a single object becomes a list of one); `dynamic` blocks are normalized likewise.
 */
function body(json: JsonObject, pos: Pos, blocks: ReadonlySet<string>): { json: JsonObject; node: BodyNode } {
  const out: JsonObject = {};
  const attributes = new Map<string, AttributeNode>();
  const nested: BlockNode[] = [];
  for (const key of Object.keys(json)) {
    if (key === '//') continue;
    const value = json[key] as Json;
    const keyPos = pos.keys.get(key);
    const valuePos = keyPos?.value;
    if (key === 'dynamic' && isObject(value)) {
      const dynamic: JsonObject = {};
      for (const type of Object.keys(value)) {
        const typePos = valuePos?.keys.get(type);
        dynamic[type] = bodiesOf(value[type], typePos?.value).map((b, i) => {
          const r = body(b.body, b.pos, blocks);
          nested.push(blockNode('dynamic', [type], i === 0 ? (typePos ?? b.pos) : b.pos, b.pos, r.node));
          return r.json;
        });
      }
      out.dynamic = dynamic;
      continue;
    }
    if (blocks.has(key) && (isObject(value) || (Array.isArray(value) && value.length > 0 && value.every(isObject)))) {
      out[key] = bodiesOf(value, valuePos).map((b, i) => {
        const r = body(b.body, b.pos, blocks);
        nested.push(blockNode(key, [], i === 0 && isObject(value) ? (keyPos ?? b.pos) : b.pos, b.pos, r.node));
        return r.json;
      });
      continue;
    }
    out[key] = value;
    if (keyPos !== undefined) attributes.set(key, { name: key, line: keyPos.line, column: keyPos.column, endLine: keyPos.value.endLine });
  }
  nested.sort((a, b) => a.line - b.line || a.column - b.column);
  return { json: out, node: { attributes, blocks: nested } };
}

function blockNode(type: string, labels: readonly string[], at: { line: number; column: number }, bodyPos: Pos, node: BodyNode): BlockNode {
  return { type, labels, line: at.line, column: at.column, body: node, endLine: bodyPos.endLine };
}

/** A JSON value taken literally: template sequences in its strings escaped (`$${`, `%%{`). */
function literal(value: Json): Json {
  // Function replacements: in a replacement string, `$$` would mean one `$`.
  if (typeof value === 'string') return value.replaceAll('${', () => '$${').replaceAll('%{', () => '%%{');
  if (Array.isArray(value)) return value.map(literal);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, literal(v)]));
  return value;
}

/**
 * A variable's `type` is a type expression written as a string (`"list(string)"` is
 * `${list(string)}`), and its `default` a literal value, not a template.
 */
function variableBody(json: JsonObject): JsonObject {
  const out: JsonObject = { ...json };
  if (typeof json.type === 'string' && !json.type.includes('${')) out.type = `\${${json.type}}`;
  if (Object.hasOwn(json, 'default')) out.default = literal(json.default as Json);
  return out;
}

/**
 * Reads a `.tf.json` file into hcl2json's form and its structure, or its located errors: invalid
 * JSON, or a top level that is not an object.
 */
export function parseTerraformJson(text: string, file: string): { json: Record<string, unknown>; structure: BodyNode } | { errors: ParseError[] } {
  let root: Json;
  let pos: Pos;
  try {
    root = parseJson(text, file) as Json;
    const scanner = new Scanner(text, file);
    pos = scanner.value(0);
  } catch (error) {
    if (error instanceof ParseError) return { errors: [error] };
    throw error;
  }
  if (!isObject(root)) {
    return { errors: [new ParseError('a Terraform JSON configuration file must hold one object (of resource, variable, module, ... blocks)', { file, line: pos.line, column: pos.column })] };
  }
  const out: Record<string, unknown> = {};
  const blocks: BlockNode[] = [];
  // `kind "a" "b" { ... }`: labels are nested object keys; the block is located at its last label.
  const labelled = (kind: string, depth: 1 | 2, nestedBlocks: ReadonlySet<string>, transform: (b: JsonObject) => JsonObject = (b) => b): void => {
    const group = root[kind];
    const groupPos = pos.keys.get(kind)?.value;
    if (!isObject(group)) return;
    const target: Record<string, unknown> = {};
    const each = (obj: JsonObject, objPos: Pos | undefined, labels: string[], into: Record<string, unknown>, level: number): void => {
      for (const name of Object.keys(obj)) {
        if (name === '//') continue;
        const keyPos = objPos?.keys.get(name);
        if (level < depth) {
          const inner = obj[name];
          if (!isObject(inner)) continue;
          const next: Record<string, unknown> = {};
          each(inner, keyPos?.value, [...labels, name], next, level + 1);
          into[name] = next;
          continue;
        }
        const value = obj[name];
        into[name] = bodiesOf(value, keyPos?.value).map((b, i) => {
          const r = body(transform(b.body), b.pos, nestedBlocks);
          const at = i === 0 && keyPos !== undefined ? keyPos : b.pos;
          blocks.push(blockNode(kind, [...labels, name], at, b.pos, r.node));
          return r.json;
        });
      }
    };
    each(group, groupPos, [], target, 1);
    out[kind] = target;
  };
  labelled('resource', 2, NESTED_BLOCKS);
  labelled('data', 2, NESTED_BLOCKS);
  labelled('module', 1, new Set());
  labelled('output', 1, new Set());
  labelled('variable', 1, VARIABLE_BLOCKS, variableBody);
  labelled('provider', 1, PROVIDER_BLOCKS);
  for (const kind of ['locals', 'terraform']) {
    const keyPos = pos.keys.get(kind);
    const list = bodiesOf(root[kind], keyPos?.value);
    if (list.length === 0) continue;
    out[kind] = list.map((b, i) => {
      const r = body(b.body, b.pos, new Set());
      blocks.push(blockNode(kind, [], i === 0 && keyPos !== undefined ? keyPos : b.pos, b.pos, r.node));
      return r.json;
    });
  }
  blocks.sort((a, b) => a.line - b.line || a.column - b.column);
  return { json: out, structure: { attributes: new Map(), blocks } };
}
