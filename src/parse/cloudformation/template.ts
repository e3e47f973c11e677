/**
 * The sections of one CloudFormation template, read from its node tree: parameters, mappings,
 * conditions, resources and outputs, each with where it is written. A file is a template by its
 * content (an `AWSTemplateFormatVersion`, or `Resources` whose entries have an `AWS::` type), so
 * workflows, Kubernetes manifests and package files are skipped quietly. Wrong shapes inside a
 * template (a resource without a type, `Properties` that is a list) are problems located at the
 * offending key; the rest of the template is still read.
 */
import { ParseError, type ToolError } from '../../errors.js';
import type { SourceLocation } from '../source.js';
import type { LineColumnOf } from '../json.js';
import { FileComments } from '../suppression-comments.js';
import { jsonTemplateTree, parseTemplateText } from './tree.js';
import type { Entry, MapNode, TemplateNode } from './tree.js';

export interface ParameterDecl {
  readonly name: string;
  /** The declared `Type` (`String`, `AWS::EC2::VPC::Id`, `List<AWS::EC2::Subnet::Id>`, …). */
  readonly type: string;
  readonly default?: TemplateNode;
  readonly keyAt: number;
}

export interface ResourceDecl {
  readonly logicalId: string;
  /**
   * Its place in the template's `resources` (0-based): the evaluator keeps what it works out per
   * resource in lists by it, which it reads for every `Ref` and `Fn::GetAtt`.
   */
  readonly index: number;
  readonly type: string;
  readonly keyAt: number;
  /** The name of the resource's `Condition`, if it has one. */
  readonly condition?: string;
  readonly properties?: TemplateNode;
  /** Where `Properties` is written, for locations of the properties. */
  readonly propertiesAt?: number;
  /** The resource's `Metadata` as written (vpclint reads its `vpclint: { ignore: [...] }`). */
  readonly metadata?: TemplateNode;
}

export interface OutputDecl {
  readonly name: string;
  readonly keyAt: number;
  readonly value?: TemplateNode;
  readonly exportName?: TemplateNode;
  readonly condition?: string;
}

/** One template, ready to evaluate. */
export interface Template {
  readonly file: string;
  readonly parameters: ReadonlyMap<string, ParameterDecl>;
  readonly mappings: ReadonlyMap<string, Entry<TemplateNode>>;
  readonly conditions: ReadonlyMap<string, Entry<TemplateNode>>;
  readonly resources: ReadonlyMap<string, ResourceDecl>;
  readonly outputs: ReadonlyMap<string, OutputDecl>;
  /** Wrong shapes found while reading the sections; the template is still used. */
  readonly problems: readonly ToolError[];
  /** Location of a source offset. */
  locate(offset: number): SourceLocation;
  /** Its suppression comments; absent for a `.json` file (JSON has no comments). */
  readonly comments?: FileComments;
}

/** Does the text mention what every template has? A cheap test before parsing any YAML file. */
export function mentionsTemplate(text: string): boolean {
  return text.includes('AWSTemplateFormatVersion') || (text.includes('Resources') && text.includes('AWS::'));
}

const EMPTY = new Map<string, never>();

function entries(node: TemplateNode | undefined): ReadonlyMap<string, Entry<TemplateNode>> | undefined {
  return node?.kind === 'map' ? node.entries : undefined;
}

function scalarText(node: TemplateNode | undefined): string | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

/** Is the root mapping a template: a format version, or a resource with an `AWS::` type? */
export function isTemplateRoot(root: TemplateNode): root is MapNode<TemplateNode> {
  if (root.kind !== 'map') return false;
  if (root.entries.has('AWSTemplateFormatVersion')) return true;
  const resources = entries(root.entries.get('Resources')?.value);
  if (resources === undefined) return false;
  for (const { value } of resources.values()) {
    if (scalarText(entries(value)?.get('Type')?.value)?.startsWith('AWS::')) return true;
  }
  return false;
}

/**
 * The largest file read as a template, in characters. CloudFormation accepts templates of up to
 * 1 MB; the YAML reader needs 50 to 90 times a file's size in memory, so a file many times larger
 * than any template would exhaust it. A larger file that is a template (or may be one) is an error.
 */
export const MAX_TEMPLATE_SIZE = 5_000_000;

function tooLarge(text: string, file: string): ParseError {
  const count = (n: number): string => n.toLocaleString('en-US');
  return new ParseError(
    `this file has ${count(text.length)} characters, more than the ${count(MAX_TEMPLATE_SIZE)} vpclint reads as a CloudFormation template (CloudFormation accepts templates of up to 1 MB)`,
    { file, line: 1, column: 1, hint: 'If it is not a template, leave it out of the paths linted (or exclude it in the configuration file).' },
  );
}

/** Does the text start like JSON: `{` or `[` after an optional byte order mark and white space? */
function looksLikeJson(text: string): boolean {
  return /^\uFEFF?\s*[[{]/.test(text);
}

/**
 * Reads a file's text as a template. Returns undefined when the file is not a template (by
 * content); throws ParseError for a YAML/JSON syntax error in a file that looks like one, for
 * a template whose root or `Resources` is not a mapping, and for a file too large to read.
 * Valid JSON is read without the YAML parser (see `readJsonTemplate`).
 */
export function readTemplate(text: string, file: string): Template | undefined {
  if (!mentionsTemplate(text)) return undefined;
  if (looksLikeJson(text)) {
    let json: unknown;
    let parsed = false;
    try {
      json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      parsed = true;
    } catch {
      // Not JSON (YAML in flow style, JSON with comments): the YAML parser reads it, or says why not.
    }
    if (parsed) return readJsonTemplate(json, text, file);
  }
  if (text.length > MAX_TEMPLATE_SIZE) {
    // Too large to parse to find out; a template has its sections at the top level.
    if (!/^["']?(?:AWSTemplateFormatVersion|Resources)["']?[ \t]*:/m.test(text)) return undefined;
    throw tooLarge(text, file);
  }
  const { root, position } = parseTemplateText(text, file);
  return fromTree(root, position, text, file);
}

/**
 * Reads JSON already parsed (`json` is `JSON.parse(text)`) as a template. JSON that is not one by
 * its top-level shape (an AWS CLI dump that mentions `Resources` and `AWS::` types, a package
 * file) is recognized on the parsed value and skipped without building the tree with positions,
 * which is then read without the YAML parser.
 */
export function readJsonTemplate(json: unknown, text: string, file: string): Template | undefined {
  if (!mentionsTemplate(text)) return undefined;
  if (isPlainObject(json) ? !isFunction(json) && !isTemplateJson(json) : !text.includes('AWSTemplateFormatVersion')) return undefined;
  if (text.length > MAX_TEMPLATE_SIZE) throw tooLarge(text, file);
  const { root, position } = jsonTemplateTree(json, text, file);
  return fromTree(root, position, text, file);
}

function isPlainObject(x: unknown): x is Readonly<Record<string, unknown>> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** `{ "Ref": x }` or `{ "Fn::X": x }`: an intrinsic function, not a mapping (see tree.ts). */
function isFunction(o: Readonly<Record<string, unknown>>): boolean {
  const keys = Object.keys(o);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'));
}

function ownValue(o: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

/** `isTemplateRoot` for parsed JSON: a format version, or a resource with an `AWS::` type. */
export function isTemplateJson(root: Readonly<Record<string, unknown>>): boolean {
  if (Object.hasOwn(root, 'AWSTemplateFormatVersion')) return true;
  const resources = ownValue(root, 'Resources');
  if (!isPlainObject(resources) || isFunction(resources)) return false;
  for (const key of Object.keys(resources)) {
    const resource = resources[key];
    if (!isPlainObject(resource) || isFunction(resource)) continue;
    const type = ownValue(resource, 'Type');
    if (typeof type === 'string' && type.startsWith('AWS::')) return true;
  }
  return false;
}

/** The template of a parsed tree, or undefined when the tree is not one. */
function fromTree(root: TemplateNode, position: LineColumnOf, text: string, file: string): Template | undefined {
  const declared = text.includes('AWSTemplateFormatVersion');
  if (root.kind !== 'map') {
    if (!declared) return undefined;
    throw new ParseError(`a CloudFormation template must be a mapping at its root, not ${kindName(root)}`, {
      file,
      ...position(root.at),
    });
  }
  if (!isTemplateRoot(root)) return undefined;
  const resourcesEntry = root.entries.get('Resources');
  if (resourcesEntry !== undefined && resourcesEntry.value.kind !== 'map' && !isNull(resourcesEntry.value)) {
    throw new ParseError(`Resources must be a mapping of logical IDs to resources, not ${kindName(resourcesEntry.value)}`, {
      file,
      ...position(resourcesEntry.keyAt),
    });
  }
  const template = new TemplateReader(root, file, position).read();
  // JSON templates have no comments; YAML ones may be named .yaml, .yml or .template.
  return /\.json$/i.test(file) ? template : { ...template, comments: new FileComments(file, text, 'yaml') };
}

function isNull(node: TemplateNode): boolean {
  return node.kind === 'scalar' && node.value === null;
}

/** What a node or value is, for messages: "a mapping", "a list", "a string". */
export function kindName(node: { readonly kind: string; readonly value?: unknown; readonly name?: string }): string {
  switch (node.kind) {
    case 'map':
      return 'a mapping';
    case 'seq':
      return 'a list';
    case 'fn':
      return `an intrinsic function (${node.name ?? ''})`;
    case 'scalar':
      return node.value === null ? 'empty' : typeof node.value === 'string' ? 'a string' : `a ${typeof node.value}`;
    case 'unknown':
      return 'an unknown value';
    default:
      return 'no value';
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

class TemplateReader {
  private readonly problems: ToolError[] = [];

  constructor(
    private readonly root: MapNode<TemplateNode>,
    private readonly file: string,
    private readonly position: LineColumnOf,
  ) {}

  private problem(message: string, offset: number): void {
    this.problems.push({ file: this.file, ...this.position(offset), message });
  }

  /** A section that must be a mapping; anything else is a problem and reads as empty. */
  private section(name: string): ReadonlyMap<string, Entry<TemplateNode>> {
    const entry = this.root.entries.get(name);
    if (entry === undefined || isNull(entry.value)) return EMPTY;
    if (entry.value.kind === 'map') return entry.value.entries;
    this.problem(`${name} must be a mapping, not ${kindName(entry.value)}; it is ignored`, entry.keyAt);
    return EMPTY;
  }

  read(): Template {
    const parameters = new Map<string, ParameterDecl>();
    for (const [name, { value, keyAt }] of this.section('Parameters')) {
      const fields = entries(value);
      if (fields === undefined) {
        this.problem(`parameter ${name} must be a mapping with a Type, not ${kindName(value)}; it is ignored`, keyAt);
        continue;
      }
      const type = scalarText(fields.get('Type')?.value);
      if (type === undefined) this.problem(`parameter ${name} has no Type; it is read as a String`, keyAt);
      const def = fields.get('Default')?.value;
      parameters.set(name, def === undefined || isNull(def) ? { name, type: type ?? 'String', keyAt } : { name, type: type ?? 'String', default: def, keyAt });
    }

    const resources = new Map<string, ResourceDecl>();
    for (const [logicalId, { value, keyAt }] of this.section('Resources')) {
      const fields = entries(value);
      if (fields === undefined) {
        this.problem(`resource ${logicalId} must be a mapping with a Type, not ${kindName(value)}; it is ignored`, keyAt);
        continue;
      }
      const typeEntry = fields.get('Type');
      const type = scalarText(typeEntry?.value);
      if (type === undefined) {
        this.problem(`resource ${logicalId} has no Type (a string such as AWS::EC2::VPC); it is ignored`, typeEntry?.keyAt ?? keyAt);
        continue;
      }
      if (parameters.has(logicalId)) {
        this.problem(`resource ${logicalId} has the name of a parameter; logical IDs must be unique, so the resource is ignored`, keyAt);
        continue;
      }
      // Filled in here, then read-only (no copy per optional field: templates have thousands of resources).
      const decl: Mutable<ResourceDecl> = { logicalId, index: resources.size, type, keyAt };
      const condition = fields.get('Condition');
      if (condition !== undefined) {
        const name = scalarText(condition.value);
        if (name === undefined) this.problem(`the Condition of resource ${logicalId} must be a condition name`, condition.keyAt);
        else decl.condition = name;
      }
      const metadata = fields.get('Metadata');
      if (metadata !== undefined && !isNull(metadata.value)) decl.metadata = metadata.value;
      const props = fields.get('Properties');
      if (props !== undefined && !isNull(props.value)) {
        if (props.value.kind === 'seq' || props.value.kind === 'scalar') {
          this.problem(`Properties of resource ${logicalId} must be a mapping, not ${kindName(props.value)}; they are ignored`, props.keyAt);
        } else {
          decl.properties = props.value;
          decl.propertiesAt = props.keyAt;
        }
      }
      resources.set(logicalId, decl);
    }

    const outputs = new Map<string, OutputDecl>();
    for (const [name, { value, keyAt }] of this.section('Outputs')) {
      const fields = entries(value);
      if (fields === undefined) {
        this.problem(`output ${name} must be a mapping with a Value, not ${kindName(value)}; it is ignored`, keyAt);
        continue;
      }
      let decl: OutputDecl = { name, keyAt };
      const v = fields.get('Value')?.value;
      if (v !== undefined) decl = { ...decl, value: v };
      const exp = entries(fields.get('Export')?.value)?.get('Name')?.value;
      if (exp !== undefined) decl = { ...decl, exportName: exp };
      const condition = scalarText(fields.get('Condition')?.value);
      if (condition !== undefined) decl = { ...decl, condition };
      outputs.set(name, decl);
    }

    const file = this.file;
    const position = this.position;
    return {
      file,
      parameters,
      mappings: this.section('Mappings'),
      conditions: this.section('Conditions'),
      resources,
      outputs,
      problems: this.problems,
      locate: (offset) => {
        const { line, column } = position(offset);
        return { file, line, column };
      },
    };
  }
}
