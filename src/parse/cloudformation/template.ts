/**
 * The sections of one CloudFormation template, read from its node tree: parameters, mappings,
 * conditions, resources and outputs, each with where it is written. A file is a template by its
 * content (an `AWSTemplateFormatVersion`, or `Resources` whose entries have an `AWS::` type), so
 * workflows, Kubernetes manifests and package files are skipped quietly. Wrong shapes inside a
 * template (a resource without a type, `Properties` that is a list) are problems located at the
 * offending key; the rest of the template is still read.
 */
import type { ToolError } from '../../engine/finding.js';
import { ParseError } from '../../errors.js';
import type { SourceLocation } from '../../model/source.js';
import type { LineColumnOf } from '../json.js';
import { parseTemplateText } from './tree.js';
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
 * Reads a file's text as a template. Returns undefined when the file is not a template (by
 * content); throws ParseError for a YAML/JSON syntax error in a file that looks like one, and for
 * a template whose root or `Resources` is not a mapping.
 */
export function readTemplate(text: string, file: string): Template | undefined {
  if (!mentionsTemplate(text)) return undefined;
  const { root, position } = parseTemplateText(text, file);
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
  return new TemplateReader(root, file, position).read();
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
      let decl: ResourceDecl = { logicalId, type, keyAt };
      const condition = fields.get('Condition');
      if (condition !== undefined) {
        const name = scalarText(condition.value);
        if (name === undefined) this.problem(`the Condition of resource ${logicalId} must be a condition name`, condition.keyAt);
        else decl = { ...decl, condition: name };
      }
      const metadata = fields.get('Metadata');
      if (metadata !== undefined && !isNull(metadata.value)) decl = { ...decl, metadata: metadata.value };
      const props = fields.get('Properties');
      if (props !== undefined && !isNull(props.value)) {
        if (props.value.kind === 'seq' || props.value.kind === 'scalar') {
          this.problem(`Properties of resource ${logicalId} must be a mapping, not ${kindName(props.value)}; they are ignored`, props.keyAt);
        } else {
          decl = { ...decl, properties: props.value, propertiesAt: props.keyAt };
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
      locate: (offset) => ({ file, ...position(offset) }),
    };
  }
}
