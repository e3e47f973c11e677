/**
 * Evaluates a template's intrinsic functions the way CloudFormation would at deploy time, as far
 * as the template and the given parameter values decide them. Whatever only deployment decides
 * (a resource's ID, a parameter without a value, the stack's region, an export no template of the
 * run provides) becomes an unknown value with a reason a person can act on, and with references
 * to the resources it comes from, so the model builder can still link them. Nothing is guessed,
 * and a malformed or unsupported function is an unknown value, never an exception.
 *
 * Evaluated values keep source offsets, so locations still point into the template. Subtrees
 * without functions are returned as they are (no copies).
 */
import type { AttrRef } from '../source.js';
import { cidrFn, wholeNumber, type CidrFnResult } from './fn-cidr.js';
import type { OutputDecl, ParameterDecl, ResourceDecl, Template } from './template.js';
import { kindName } from './template.js';
import type { Entry, FnNode, MapNode, ScalarNode, SeqNode, TemplateNode } from './tree.js';

export interface UnknownValue {
  readonly kind: 'unknown';
  /** Why, for a person: "parameter PeerVpcId has no Default and is not given with --parameter". */
  readonly reason: string;
  /** Resources the value comes from, most specific first (`Ref X` gives X with attribute []). */
  readonly refs: readonly AttrRef[];
  readonly at: number;
}

/** An evaluated value: data, or unknown. */
export type Value = ScalarNode | SeqNode<Value> | MapNode<Value> | UnknownValue;

/** `Ref: AWS::NoValue`: the property (or list item) is removed. */
export const NO_VALUE = Object.freeze({ kind: 'novalue' as const });
export type Result = Value | typeof NO_VALUE;

/** A condition's value: decided, or not, with the reason. */
export type Decision = { readonly known: true; readonly value: boolean } | { readonly known: false; readonly reason: string };

/** Exports of every template in the run, for `Fn::ImportValue`. */
export interface ExportTable {
  lookup(name: string, at: number): Value;
}

export interface EvaluationInputs {
  /** Values given on the command line by parameter name; pseudo parameters (`AWS::Region`) too. */
  readonly parameters: ReadonlyMap<string, string>;
  readonly exports: ExportTable;
}

/** Nested function calls deeper than this are not followed (a guard against pathological input). */
const MAX_DEPTH = 100;
/** Resources whose properties are evaluated for one another (`Fn::GetAtt` chains) at most at once. */
const MAX_CHAIN = 100;

const NO_REFS: readonly AttrRef[] = Object.freeze([]);
const NO_ATTRIBUTE: readonly string[] = Object.freeze([]);
const TRUE: Decision = Object.freeze({ known: true, value: true });
const FALSE: Decision = Object.freeze({ known: true, value: false });
const decided = (b: boolean): Decision => (b ? TRUE : FALSE);

/** "Not known before deployment" in reasons: the builder keeps reasons that start like this as they are. */
export const DEPLOY_TIME = 'not known before deployment';

export function unknownValue(reason: string, at: number, refs: readonly AttrRef[] = NO_REFS): UnknownValue {
  return { kind: 'unknown', reason, refs, at };
}

function scalar(value: string | number | boolean | null, at: number): ScalarNode {
  return { kind: 'scalar', value, at };
}

/** The same value, placed at `at` (a scalar from a parameter's Default reads as written where it is used). */
function relocate(v: Result, at: number): Result {
  if (v.kind === 'novalue' || v.at === at) return v;
  // Spelled out rather than `{ ...v, at }`: spreading objects of several shapes is slow, and a
  // template relocates a value at every `Ref` to a parameter and every resolved `Fn::GetAtt`.
  switch (v.kind) {
    case 'scalar':
      return { kind: 'scalar', value: v.value, at };
    case 'seq':
      return { kind: 'seq', items: v.items, at };
    case 'map':
      return { kind: 'map', entries: v.entries, at };
    case 'unknown':
      return { kind: 'unknown', reason: v.reason, refs: v.refs, at };
  }
}

/** Merges the references of several unknown values, without repeats. */
function mergeRefs(values: readonly UnknownValue[]): readonly AttrRef[] {
  if (values.length === 1) return (values[0] as UnknownValue).refs;
  const out: AttrRef[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    for (const r of v.refs) {
      const key = `${r.file ?? ''}\u0000${r.address}\u0000${r.attribute.join('.')}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(r);
      }
    }
  }
  return out;
}

/** A scalar's text as CloudFormation joins it (`true`, `22`). */
function text(v: ScalarNode): string {
  return v.value === null ? '' : String(v.value);
}

/** How a resource attribute (`Fn::GetAtt X.Attr`) is known. */
type AttributeRule =
  /** The resource's own ID: unknown until deployment, but linked to the resource. */
  | { readonly kind: 'self' }
  /** The value of one of its properties. `absent` says why a missing property leaves it unknown. */
  | { readonly kind: 'property'; readonly name: string; readonly absent: string }
  /** A VPC's IPv6 blocks, from the `AWS::EC2::VPCCidrBlock` resources of the template. */
  | { readonly kind: 'vpc-ipv6' }
  /** A subnet's IPv6 blocks: its `Ipv6CidrBlock`, as a list. */
  | { readonly kind: 'subnet-ipv6' };

const SELF: AttributeRule = { kind: 'self' };
const property = (name: string, absent: string): AttributeRule => ({ kind: 'property', name, absent });

/**
 * The `Fn::GetAtt` attributes vpclint can resolve, by resource type. Others are unknown until
 * deployment (still linked to their resource). Attribute names are CloudFormation's, see each
 * type's "Return values" in the AWS::EC2 resource reference.
 */
const ATTRIBUTES: ReadonlyMap<string, ReadonlyMap<string, AttributeRule>> = new Map([
  [
    'AWS::EC2::VPC',
    new Map<string, AttributeRule>([
      ['VpcId', SELF],
      ['CidrBlock', property('CidrBlock', 'its CidrBlock is not set (an IPAM pool allocates it at deploy time)')],
      ['Ipv6CidrBlocks', { kind: 'vpc-ipv6' }],
    ]),
  ],
  [
    'AWS::EC2::Subnet',
    new Map<string, AttributeRule>([
      ['SubnetId', SELF],
      ['CidrBlock', property('CidrBlock', 'its CidrBlock is not set')],
      ['VpcId', property('VpcId', 'its VpcId is not set')],
      ['Ipv6CidrBlocks', { kind: 'subnet-ipv6' }],
    ]),
  ],
  [
    'AWS::EC2::SecurityGroup',
    new Map<string, AttributeRule>([
      ['GroupId', SELF],
      ['VpcId', property('VpcId', 'it has no VpcId, so it is in the default VPC of the region')],
    ]),
  ],
  ['AWS::EC2::VPCPeeringConnection', new Map<string, AttributeRule>([['Id', SELF]])],
  ['AWS::EC2::RouteTable', new Map<string, AttributeRule>([['RouteTableId', SELF]])],
  ['AWS::EC2::NetworkAcl', new Map<string, AttributeRule>([['Id', SELF]])],
  [
    'AWS::EC2::VPCCidrBlock',
    new Map<string, AttributeRule>([['Ipv6CidrBlock', property('Ipv6CidrBlock', 'it has no literal Ipv6CidrBlock')]]),
  ],
]);

/** Types whose parameter value is a list (`Ref` gives the members). */
function isListType(type: string): boolean {
  return type === 'CommaDelimitedList' || type.startsWith('List<');
}

const EMPTY_MAP: MapNode<Value> = Object.freeze({ kind: 'map', entries: new Map<string, Entry<Value>>(), at: 0 });

/** The evaluation of one template; every result is computed once. */
export class Evaluator {
  private readonly params = new Map<string, Value>();
  private readonly conditions = new Map<string, Decision | 'pending'>();
  /** Each resource's evaluated properties, by its `index` (filled in as they are read). */
  private readonly props: (MapNode<Value> | UnknownValue | 'pending' | undefined)[];
  private readonly outputs = new Map<string, Value | 'pending'>();
  /**
   * Fn::Cidr results by their arguments (ipBlock, then count, then cidrBits; keyed by the values
   * themselves, so `"6"` and `6` are apart): templates carve every subnet from the same few blocks.
   */
  private readonly cidrs = new Map<CidrArgument, Map<CidrArgument, Map<CidrArgument, CidrFnResult>>>();
  /** Resources whose properties are being evaluated right now (a chain of `Fn::GetAtt`). */
  private chain = 0;
  /** The reason and reference of each resource's unknown ID (`resourceId`), made once. */
  private readonly ids: ({ readonly reason: string; readonly refs: readonly AttrRef[] } | undefined)[];
  /** IPv6 association resources by the logical ID of their VPC (built on first use). */
  private ipv6Associations: Map<string, ResourceDecl[]> | undefined;

  constructor(
    readonly template: Template,
    private readonly inputs: EvaluationInputs,
  ) {
    // Filled with undefined, not left with holes: a large list with holes may be kept as a dictionary.
    this.props = new Array(template.resources.size).fill(undefined);
    this.ids = new Array(template.resources.size).fill(undefined);
  }

  /** A value given on the command line (a parameter or pseudo parameter), if any. */
  given(name: string): string | undefined {
    return this.inputs.parameters.get(name);
  }

  // ---- existence and conditions

  /** Does the resource exist: no Condition, or one that is true? Unknown when its condition is. */
  exists(resource: ResourceDecl): Decision {
    return resource.condition === undefined ? TRUE : this.condition(resource.condition);
  }

  /** A named condition of the Conditions section. */
  condition(name: string): Decision {
    const memo = this.conditions.get(name);
    if (memo === 'pending') return { known: false, reason: `condition ${name} refers to itself` };
    if (memo !== undefined) return memo;
    const decl = this.template.conditions.get(name);
    if (decl === undefined) {
      const d: Decision = { known: false, reason: `condition ${name} is not defined in Conditions` };
      this.conditions.set(name, d);
      return d;
    }
    this.conditions.set(name, 'pending');
    const inner = this.decide(decl.value, 0);
    const d: Decision = inner.known ? inner : { known: false, reason: `condition ${name} cannot be decided: ${inner.reason}` };
    this.conditions.set(name, d);
    return d;
  }

  /** Evaluates a condition expression (`Fn::Equals`, `Fn::And`, `Fn::Or`, `Fn::Not`, `Condition`). */
  private decide(node: TemplateNode, depth: number): Decision {
    if (depth > MAX_DEPTH) return { known: false, reason: 'the condition is nested too deeply' };
    if (node.kind === 'map' && node.entries.size === 1) {
      const only = node.entries.get('Condition');
      if (only !== undefined) return this.conditionRef(only.value);
    }
    if (node.kind === 'scalar') {
      if (node.value === true || node.value === 'true') return TRUE;
      if (node.value === false || node.value === 'false') return FALSE;
      return { known: false, reason: `${JSON.stringify(node.value)} is not a condition` };
    }
    if (node.kind !== 'fn') return { known: false, reason: `a condition must be a condition function, not ${kindName(node)}` };
    const args = node.arg.kind === 'seq' ? node.arg.items : undefined;
    switch (node.name) {
      case 'Condition':
        return this.conditionRef(node.arg);
      case 'Fn::Equals': {
        if (args?.length !== 2) return { known: false, reason: 'Fn::Equals needs a list of two values' };
        const a = this.value(args[0] as TemplateNode, depth + 1, 'a value of Fn::Equals');
        const b = this.value(args[1] as TemplateNode, depth + 1, 'a value of Fn::Equals');
        if (a.kind === 'unknown') return { known: false, reason: a.reason };
        if (b.kind === 'unknown') return { known: false, reason: b.reason };
        return decided(sameValue(a, b));
      }
      case 'Fn::Not': {
        if (args?.length !== 1) return { known: false, reason: 'Fn::Not needs a list of one condition' };
        const inner = this.decide(args[0] as TemplateNode, depth + 1);
        return inner.known ? decided(!inner.value) : inner;
      }
      case 'Fn::And':
      case 'Fn::Or': {
        if (args === undefined || args.length === 0) return { known: false, reason: `${node.name} needs a list of conditions` };
        // Three-valued: one false decides And, one true decides Or, whatever the unknown ones are.
        const decisive = node.name === 'Fn::Or';
        let open: Decision | undefined;
        for (const arg of args) {
          const d = this.decide(arg, depth + 1);
          if (d.known && d.value === decisive) return decided(decisive);
          if (!d.known) open ??= d;
        }
        return open ?? decided(!decisive);
      }
      default: {
        const v = this.evaluate(node, depth + 1);
        if (v.kind === 'unknown') return { known: false, reason: v.reason };
        if (v.kind === 'scalar' && (v.value === true || v.value === 'true')) return TRUE;
        if (v.kind === 'scalar' && (v.value === false || v.value === 'false')) return FALSE;
        return { known: false, reason: `${node.name} does not give a condition` };
      }
    }
  }

  private conditionRef(arg: TemplateNode): Decision {
    if (arg.kind !== 'scalar' || typeof arg.value !== 'string') return { known: false, reason: 'Condition takes a condition name' };
    return this.condition(arg.value);
  }

  // ---- resources and outputs

  /**
   * The evaluated `Properties` of a resource: a mapping (empty when none are written), or an
   * unknown value when they cannot be evaluated as a whole (`Properties: !If [...]` on an
   * unknown condition).
   */
  properties(resource: ResourceDecl): MapNode<Value> | UnknownValue {
    const memo = this.props[resource.index];
    if (memo === 'pending') return unknownValue(`the properties of ${resource.logicalId} refer to themselves`, resource.keyAt);
    if (memo !== undefined) return memo;
    if (resource.properties === undefined) return EMPTY_MAP;
    if (this.chain >= MAX_CHAIN) {
      // Not memoized: read directly (not through a long chain), the same properties may evaluate.
      return unknownValue(`${resource.logicalId} is reached through more than ${MAX_CHAIN} Fn::GetAtt references in a row`, resource.keyAt);
    }
    this.props[resource.index] = 'pending';
    this.chain++;
    let v: Result;
    try {
      v = this.evaluate(resource.properties, 0);
    } finally {
      this.chain--;
    }
    let out: MapNode<Value> | UnknownValue;
    if (v.kind === 'novalue') out = EMPTY_MAP;
    else if (v.kind === 'map' || v.kind === 'unknown') out = v;
    else out = unknownValue(`the Properties of ${resource.logicalId} are ${kindName(v)}, not a mapping`, v.at);
    this.props[resource.index] = out;
    return out;
  }

  /** An output's value (for an export). */
  output(decl: OutputDecl, at: number): Value {
    const memo = this.outputs.get(decl.name);
    if (memo === 'pending') return unknownValue(`output ${decl.name} of ${this.template.file} refers to itself`, at);
    if (memo !== undefined) return memo;
    this.outputs.set(decl.name, 'pending');
    let v: Value;
    if (decl.value === undefined) v = unknownValue(`output ${decl.name} of ${this.template.file} has no Value`, decl.keyAt);
    else {
      const r = this.evaluate(decl.value, 0);
      v = r.kind === 'novalue' ? unknownValue(`output ${decl.name} of ${this.template.file} has no value`, decl.keyAt) : r;
    }
    this.outputs.set(decl.name, v);
    return v;
  }

  // ---- values

  /** Evaluates a node: data stays as it is, functions are applied, `AWS::NoValue` removes. */
  evaluate(node: TemplateNode, depth: number): Result {
    switch (node.kind) {
      case 'scalar':
        return node;
      case 'seq': {
        let items: Value[] | undefined;
        for (let i = 0; i < node.items.length; i++) {
          const item = node.items[i] as TemplateNode;
          const v = item.kind === 'scalar' ? item : this.evaluate(item, depth + 1);
          if (items === undefined && v !== item) items = node.items.slice(0, i) as Value[];
          if (items !== undefined && v.kind !== 'novalue') items.push(v);
        }
        return items === undefined ? (node as SeqNode<Value>) : { kind: 'seq', items, at: node.at };
      }
      case 'map': {
        let entries: Map<string, Entry<Value>> | undefined;
        let i = 0;
        for (const [key, entry] of node.entries) {
          const v = entry.value.kind === 'scalar' ? entry.value : this.evaluate(entry.value, depth + 1);
          if (entries === undefined && v !== entry.value) {
            entries = new Map();
            let j = 0;
            for (const [k, e] of node.entries) {
              if (j++ >= i) break;
              entries.set(k, e as Entry<Value>);
            }
          }
          if (entries !== undefined && v.kind !== 'novalue') entries.set(key, v === entry.value ? (entry as Entry<Value>) : { value: v, keyAt: entry.keyAt });
          i++;
        }
        return entries === undefined ? (node as MapNode<Value>) : { kind: 'map', entries, at: node.at };
      }
      case 'fn':
        if (depth > MAX_DEPTH) return unknownValue(`${node.name} is nested too deeply to evaluate`, node.at);
        return this.fn(node, depth);
    }
  }

  /** Evaluates to a value; `AWS::NoValue` where a value is needed is unknown. */
  private value(node: TemplateNode, depth: number, what: string): Value {
    const v = this.evaluate(node, depth);
    return v.kind === 'novalue' ? unknownValue(`${what} is AWS::NoValue`, node.at) : v;
  }

  private fn(node: FnNode, depth: number): Result {
    switch (node.name) {
      case 'Ref':
        return this.ref(node);
      case 'Fn::GetAtt':
        return this.getAtt(node, depth);
      case 'Fn::Sub':
        return this.sub(node, depth);
      case 'Fn::Join':
        return this.join(node, depth);
      case 'Fn::Select':
        return this.select(node, depth);
      case 'Fn::Split':
        return this.split(node, depth);
      case 'Fn::If':
        return this.ifFn(node, depth);
      case 'Fn::FindInMap':
        return this.findInMap(node, depth);
      case 'Fn::ImportValue':
        return this.importValue(node, depth);
      case 'Fn::Base64': {
        const v = this.value(node.arg, depth + 1, 'the argument of Fn::Base64');
        if (v.kind === 'unknown') return { ...v, at: node.at };
        if (v.kind !== 'scalar') return unknownValue(`Fn::Base64 needs a string, not ${kindName(v)}`, node.at);
        return scalar(Buffer.from(text(v), 'utf8').toString('base64'), node.at);
      }
      case 'Fn::Cidr':
        return this.cidr(node, depth);
      case 'Fn::GetAZs':
        return unknownValue(`the Availability Zones of a region are ${DEPLOY_TIME}`, node.at);
      case 'Fn::Equals':
      case 'Fn::And':
      case 'Fn::Or':
      case 'Fn::Not':
      case 'Condition': {
        const d = this.decide(node, depth + 1);
        return d.known ? scalar(d.value, node.at) : unknownValue(d.reason, node.at);
      }
      case 'Fn::Transform':
        return unknownValue('Fn::Transform runs a macro at deploy time; vpclint does not expand macros', node.at);
      default:
        return unknownValue(`${node.name} is not evaluated by vpclint`, node.at);
    }
  }

  private args(node: FnNode, min: number, max: number, usage: string): readonly TemplateNode[] | UnknownValue {
    const arg = node.arg;
    if (arg.kind !== 'seq' || arg.items.length < min || arg.items.length > max) {
      return unknownValue(`${node.name} needs ${usage}, not ${arg.kind === 'seq' ? `a list of ${arg.items.length}` : kindName(arg)}`, node.at);
    }
    return arg.items;
  }

  private ref(node: FnNode): Result {
    const arg = node.arg;
    if (arg.kind !== 'scalar' || typeof arg.value !== 'string') {
      return unknownValue(`Ref takes the name of a parameter or resource, not ${kindName(arg)}`, node.at);
    }
    return this.refName(arg.value, node.at);
  }

  /** `Ref name`: a pseudo parameter, a parameter's value, or a resource's ID. */
  private refName(name: string, at: number): Result {
    if (name === 'AWS::NoValue') return NO_VALUE;
    const param = this.template.parameters.get(name);
    if (param !== undefined) return relocate(this.parameter(param), at);
    const resource = this.template.resources.get(name);
    if (resource !== undefined) return this.resourceId(resource, NO_ATTRIBUTE, at);
    if (name.startsWith('AWS::')) return this.pseudo(name, at);
    return unknownValue(`${name} is not a parameter or resource of ${this.template.file}`, at);
  }

  private pseudo(name: string, at: number): Value {
    const given = this.inputs.parameters.get(name);
    if (given !== undefined) {
      if (name === 'AWS::NotificationARNs') return { kind: 'seq', items: splitList(given, at), at };
      return scalar(given, at);
    }
    return unknownValue(`pseudo parameter ${name} is ${DEPLOY_TIME} (give it with --parameter ${name}=…)`, at);
  }

  /** A parameter's value: given on the command line, else its Default; typed by its Type. */
  parameter(decl: ParameterDecl): Value {
    let v = this.params.get(decl.name);
    if (v !== undefined) return v;
    const given = this.inputs.parameters.get(decl.name);
    if (decl.type.startsWith('AWS::SSM::Parameter::Value<')) {
      // The Default (or given value) is the name of an SSM parameter, not the value.
      v = unknownValue(`parameter ${decl.name} is read from SSM Parameter Store at deploy time`, decl.keyAt);
    } else if (given !== undefined) {
      v = isListType(decl.type) ? { kind: 'seq', items: splitList(given, decl.keyAt), at: decl.keyAt } : scalar(given, decl.keyAt);
    } else if (decl.default !== undefined) {
      const d = decl.default;
      if (d.kind === 'scalar') {
        v = isListType(decl.type) ? { kind: 'seq', items: splitList(text(d), d.at), at: d.at } : d;
      } else if (d.kind === 'seq' && d.items.every((i) => i.kind === 'scalar')) {
        v = d as SeqNode<Value>;
      } else {
        v = unknownValue(`the Default of parameter ${decl.name} is ${kindName(d)}, not a value`, d.at);
      }
    } else {
      v = unknownValue(`parameter ${decl.name} has no Default and is not given with --parameter`, decl.keyAt, [
        { address: decl.name, attribute: [] },
      ]);
    }
    this.params.set(decl.name, v);
    return v;
  }

  /** The ID (or another attribute) of a resource: unknown until deployment, linked to it. */
  private resourceId(resource: ResourceDecl, attribute: readonly string[], at: number): Value {
    const exists = this.exists(resource);
    if (exists.known && !exists.value) {
      return unknownValue(`${resource.logicalId} is not created: its condition ${resource.condition ?? ''} is false`, at);
    }
    if (attribute.length === 0) {
      // A template refers to most resources' IDs many times (`Ref`): their reason and reference
      // are made once per resource (read-only, so shared).
      let id = this.ids[resource.index];
      if (id === undefined) {
        id = { reason: `${DEPLOY_TIME} (the ID of ${resource.logicalId})`, refs: Object.freeze([Object.freeze({ address: resource.logicalId, attribute: NO_ATTRIBUTE })]) };
        this.ids[resource.index] = id;
      }
      return unknownValue(id.reason, at, id.refs);
    }
    return unknownValue(`${DEPLOY_TIME} (${resource.logicalId}.${attribute.join('.')})`, at, [{ address: resource.logicalId, attribute }]);
  }

  private getAtt(node: FnNode, depth: number): Result {
    let id: string;
    let attr: Value;
    const arg = node.arg;
    if (arg.kind === 'scalar' && typeof arg.value === 'string') {
      const dot = arg.value.indexOf('.');
      if (dot <= 0) return unknownValue(`Fn::GetAtt needs Resource.Attribute, not ${JSON.stringify(arg.value)}`, node.at);
      id = arg.value.slice(0, dot);
      attr = scalar(arg.value.slice(dot + 1), arg.at);
    } else {
      const args = this.args(node, 2, 2, 'a list of a resource name and an attribute name');
      if (!Array.isArray(args)) return args as UnknownValue;
      const first = args[0] as TemplateNode;
      if (first.kind !== 'scalar' || typeof first.value !== 'string') {
        return unknownValue(`Fn::GetAtt needs a resource name, not ${kindName(first)}`, node.at);
      }
      id = first.value;
      attr = this.value(args[1] as TemplateNode, depth + 1, 'the attribute name of Fn::GetAtt');
    }
    if (attr.kind === 'unknown') return { ...attr, at: node.at };
    if (attr.kind !== 'scalar' || typeof attr.value !== 'string') {
      return unknownValue(`Fn::GetAtt needs an attribute name, not ${kindName(attr)}`, node.at);
    }
    const resource = this.template.resources.get(id);
    if (resource === undefined) return unknownValue(`Fn::GetAtt names ${id}, which is not a resource of ${this.template.file}`, node.at);
    return this.attribute(resource, attr.value, node.at);
  }

  /** `Fn::GetAtt resource.name`: resolved where the template says it, else unknown and linked. */
  private attribute(resource: ResourceDecl, name: string, at: number): Value {
    const rule = ATTRIBUTES.get(resource.type)?.get(name);
    if (rule === undefined || rule.kind === 'self') {
      return this.resourceId(resource, rule === undefined ? name.split('.') : NO_ATTRIBUTE, at);
    }
    const exists = this.exists(resource);
    if (exists.known && !exists.value) return this.resourceId(resource, NO_ATTRIBUTE, at);
    const props = this.properties(resource);
    if (props.kind === 'unknown') return { ...props, at };
    switch (rule.kind) {
      case 'property': {
        const entry = props.entries.get(rule.name);
        if (entry === undefined || (entry.value.kind === 'scalar' && entry.value.value === null)) {
          return unknownValue(`${resource.logicalId}.${name} is ${DEPLOY_TIME}: ${rule.absent}`, at, [
            { address: resource.logicalId, attribute: [rule.name] },
          ]);
        }
        return relocate(entry.value, at) as Value;
      }
      case 'subnet-ipv6': {
        const entry = props.entries.get('Ipv6CidrBlock');
        if (entry === undefined) return { kind: 'seq', items: [], at };
        return { kind: 'seq', items: [relocate(entry.value, at) as Value], at };
      }
      case 'vpc-ipv6':
        return this.vpcIpv6Blocks(resource, at);
    }
  }

  /**
   * `Fn::GetAtt vpc.Ipv6CidrBlocks`: the IPv6 blocks the template associates with the VPC. With
   * one block the list is known (its CIDR, or unknown when Amazon or a pool allocates it); with
   * several, the order AWS lists them in is not known before deployment.
   */
  private vpcIpv6Blocks(vpc: ResourceDecl, at: number): Value {
    if (this.ipv6Associations === undefined) {
      this.ipv6Associations = new Map();
      for (const r of this.template.resources.values()) {
        if (r.type !== 'AWS::EC2::VPCCidrBlock') continue;
        const props = this.properties(r);
        if (props.kind !== 'map' || props.entries.has('CidrBlock') || props.entries.has('Ipv4IpamPoolId')) continue;
        const owner = props.entries.get('VpcId')?.value;
        const ref = owner?.kind === 'unknown' ? owner.refs[0] : undefined;
        if (ref === undefined || ref.attribute.length > 0 || ref.file !== undefined) continue;
        const list = this.ipv6Associations.get(ref.address);
        if (list === undefined) this.ipv6Associations.set(ref.address, [r]);
        else list.push(r);
      }
    }
    const blocks = (this.ipv6Associations.get(vpc.logicalId) ?? []).filter((r) => {
      const e = this.exists(r);
      return !e.known || e.value;
    });
    if (blocks.length === 0) return { kind: 'seq', items: [], at };
    if (blocks.length > 1) {
      return unknownValue(`${vpc.logicalId} has ${blocks.length} IPv6 blocks, and the order of its Ipv6CidrBlocks is ${DEPLOY_TIME}`, at);
    }
    const block = blocks[0] as ResourceDecl;
    const exists = this.exists(block);
    if (!exists.known) return unknownValue(`whether ${block.logicalId} adds an IPv6 block to ${vpc.logicalId} is unknown: ${exists.reason}`, at);
    const props = this.properties(block);
    if (props.kind === 'unknown') return { ...props, at };
    const literal = props.entries.get('Ipv6CidrBlock')?.value;
    if (literal !== undefined && !(literal.kind === 'scalar' && literal.value === null)) {
      return { kind: 'seq', items: [relocate(literal, at) as Value], at };
    }
    const amazon = props.entries.get('AmazonProvidedIpv6CidrBlock')?.value;
    const how =
      amazon?.kind === 'scalar' && (amazon.value === true || amazon.value === 'true')
        ? 'the Amazon-provided IPv6 block'
        : 'the IPv6 block from a pool';
    const item = unknownValue(`${how} of ${vpc.logicalId} is allocated at deploy time`, at, [
      { address: block.logicalId, attribute: ['Ipv6CidrBlock'] },
    ]);
    return { kind: 'seq', items: [item], at };
  }

  private sub(node: FnNode, depth: number): Result {
    let template: TemplateNode;
    let vars: ReadonlyMap<string, Entry<TemplateNode>> | undefined;
    if (node.arg.kind === 'seq') {
      const args = this.args(node, 2, 2, 'a string, or a list of a string and a mapping of variables');
      if (!Array.isArray(args)) return args as UnknownValue;
      template = args[0] as TemplateNode;
      const map = args[1] as TemplateNode;
      if (map.kind !== 'map') return unknownValue(`the variables of Fn::Sub must be a mapping, not ${kindName(map)}`, node.at);
      vars = map.entries;
    } else {
      template = node.arg;
    }
    if (template.kind !== 'scalar' || typeof template.value !== 'string') {
      return unknownValue(`Fn::Sub needs a string, not ${kindName(template)}`, node.at);
    }
    const source = template.value;
    let out = '';
    const unknowns: UnknownValue[] = [];
    let last = 0;
    for (const m of source.matchAll(/\$\{([^}]*)\}/g)) {
      out += source.slice(last, m.index);
      last = m.index + m[0].length;
      const name = (m[1] as string).trim();
      if (name.startsWith('!')) {
        out += `\${${name.slice(1)}}`;
        continue;
      }
      const v = this.subVariable(name, vars, node.at, depth);
      if (v.kind === 'unknown') unknowns.push(v);
      else if (v.kind === 'scalar') out += text(v);
      else unknowns.push(unknownValue(`\${${name}} in Fn::Sub is ${kindName(v)}, not a string`, node.at));
    }
    if (unknowns.length > 0) return unknownValue((unknowns[0] as UnknownValue).reason, node.at, mergeRefs(unknowns));
    return scalar(out + source.slice(last), node.at);
  }

  private subVariable(name: string, vars: ReadonlyMap<string, Entry<TemplateNode>> | undefined, at: number, depth: number): Value {
    const local = vars?.get(name);
    if (local !== undefined) return this.value(local.value, depth + 1, `\${${name}} in Fn::Sub`);
    const dot = name.indexOf('.');
    if (dot > 0 && !this.template.parameters.has(name)) {
      const resource = this.template.resources.get(name.slice(0, dot));
      if (resource === undefined) return unknownValue(`\${${name}} in Fn::Sub names no resource of ${this.template.file}`, at);
      return this.attribute(resource, name.slice(dot + 1), at);
    }
    const v = this.refName(name, at);
    return v.kind === 'novalue' ? unknownValue(`\${${name}} in Fn::Sub is AWS::NoValue`, at) : v;
  }

  private join(node: FnNode, depth: number): Result {
    const args = this.args(node, 2, 2, 'a list of a delimiter and a list of values');
    if (!Array.isArray(args)) return args as UnknownValue;
    const delimiter = this.value(args[0] as TemplateNode, depth + 1, 'the delimiter of Fn::Join');
    const list = this.value(args[1] as TemplateNode, depth + 1, 'the list of Fn::Join');
    if (delimiter.kind === 'unknown') return { ...delimiter, at: node.at };
    if (delimiter.kind !== 'scalar') return unknownValue(`the delimiter of Fn::Join must be a string, not ${kindName(delimiter)}`, node.at);
    if (list.kind === 'unknown') return { ...list, at: node.at };
    if (list.kind !== 'seq') return unknownValue(`Fn::Join needs a list of values, not ${kindName(list)}`, node.at);
    const parts: string[] = [];
    const unknowns: UnknownValue[] = [];
    for (const item of list.items) {
      if (item.kind === 'unknown') unknowns.push(item);
      else if (item.kind === 'scalar') parts.push(text(item));
      else unknowns.push(unknownValue(`Fn::Join can only join strings, not ${kindName(item)}`, node.at));
    }
    if (unknowns.length > 0) return unknownValue((unknowns[0] as UnknownValue).reason, node.at, mergeRefs(unknowns));
    return scalar(parts.join(text(delimiter)), node.at);
  }

  private select(node: FnNode, depth: number): Result {
    const args = this.args(node, 2, 2, 'a list of an index and a list');
    if (!Array.isArray(args)) return args as UnknownValue;
    const index = this.value(args[0] as TemplateNode, depth + 1, 'the index of Fn::Select');
    if (index.kind === 'unknown') return { ...index, at: node.at };
    const i = index.kind === 'scalar' ? wholeNumber(index.value) : undefined;
    if (i === undefined || i < 0) return unknownValue(`the index of Fn::Select must be a whole number, not ${JSON.stringify(index.kind === 'scalar' ? index.value : kindName(index))}`, node.at);
    const listNode = args[1] as TemplateNode;
    if (listNode.kind === 'fn' && listNode.name === 'Fn::Cidr' && depth + 1 <= MAX_DEPTH) {
      // `!Select [i, !Cidr [...]]`, how templates carve subnets: the one block is taken without
      // building the list of up to 256 (the same result as the general path below).
      const blocks = this.cidrBlocks(listNode, depth + 1);
      if (!Array.isArray(blocks)) return { ...(blocks as UnknownValue), at: node.at };
      const block = blocks[i];
      if (block === undefined) return unknownValue(`Fn::Select index ${i} is out of range for a list of ${blocks.length}`, node.at);
      return scalar(block, node.at);
    }
    const list = this.value(listNode, depth + 1, 'the list of Fn::Select');
    if (list.kind === 'unknown') return { ...list, at: node.at };
    if (list.kind !== 'seq') return unknownValue(`Fn::Select needs a list, not ${kindName(list)}`, node.at);
    const item = list.items[i];
    if (item === undefined) return unknownValue(`Fn::Select index ${i} is out of range for a list of ${list.items.length}`, node.at);
    return relocate(item, node.at);
  }

  private split(node: FnNode, depth: number): Result {
    const args = this.args(node, 2, 2, 'a list of a delimiter and a string');
    if (!Array.isArray(args)) return args as UnknownValue;
    const delimiter = this.value(args[0] as TemplateNode, depth + 1, 'the delimiter of Fn::Split');
    const source = this.value(args[1] as TemplateNode, depth + 1, 'the string of Fn::Split');
    if (delimiter.kind === 'unknown') return { ...delimiter, at: node.at };
    if (delimiter.kind !== 'scalar' || text(delimiter) === '') return unknownValue('the delimiter of Fn::Split must be a non-empty string', node.at);
    if (source.kind === 'unknown') return { ...source, at: node.at };
    if (source.kind !== 'scalar') return unknownValue(`Fn::Split needs a string, not ${kindName(source)}`, node.at);
    return { kind: 'seq', items: text(source).split(text(delimiter)).map((s) => scalar(s, node.at)), at: node.at };
  }

  private ifFn(node: FnNode, depth: number): Result {
    const args = this.args(node, 3, 3, 'a list of a condition name and two values');
    if (!Array.isArray(args)) return args as UnknownValue;
    const name = args[0] as TemplateNode;
    if (name.kind !== 'scalar' || typeof name.value !== 'string') return unknownValue('Fn::If needs a condition name first', node.at);
    const d = this.condition(name.value);
    if (d.known) return this.evaluate(args[d.value ? 1 : 2] as TemplateNode, depth + 1);
    // Both branches alike: the value does not depend on the condition.
    const a = this.evaluate(args[1] as TemplateNode, depth + 1);
    const b = this.evaluate(args[2] as TemplateNode, depth + 1);
    if (a.kind === 'scalar' && b.kind === 'scalar' && a.value === b.value) return relocate(a, node.at);
    return unknownValue(d.reason, node.at);
  }

  private findInMap(node: FnNode, depth: number): Result {
    const args = this.args(node, 3, 4, 'a list of a map name, a top-level key and a second-level key');
    if (!Array.isArray(args)) return args as UnknownValue;
    const keys: string[] = [];
    for (let i = 0; i < 3; i++) {
      const k = this.value(args[i] as TemplateNode, depth + 1, 'a key of Fn::FindInMap');
      if (k.kind === 'unknown') return { ...k, at: node.at };
      if (k.kind !== 'scalar') return unknownValue(`a key of Fn::FindInMap must be a string, not ${kindName(k)}`, node.at);
      keys.push(text(k));
    }
    const [mapName, top, second] = keys as [string, string, string];
    const fallback = (why: string): Result => {
      const options = args[3];
      const dflt = options?.kind === 'map' ? options.entries.get('DefaultValue') : undefined;
      if (dflt !== undefined) return relocate(this.evaluate(dflt.value, depth + 1), node.at);
      return unknownValue(why, node.at);
    };
    const map = this.template.mappings.get(mapName);
    if (map === undefined) return fallback(`Mappings has no map ${mapName}`);
    const level1 = map.value.kind === 'map' ? map.value.entries.get(top) : undefined;
    if (level1 === undefined) return fallback(`Mappings.${mapName} has no key ${top}`);
    const level2 = level1.value.kind === 'map' ? level1.value.entries.get(second) : undefined;
    if (level2 === undefined) return fallback(`Mappings.${mapName}.${top} has no key ${second}`);
    return relocate(this.evaluate(level2.value, depth + 1), node.at);
  }

  private importValue(node: FnNode, depth: number): Result {
    const name = this.value(node.arg, depth + 1, 'the export name of Fn::ImportValue');
    if (name.kind === 'unknown') {
      return unknownValue(`the export name of Fn::ImportValue is unknown (${name.reason})`, node.at, name.refs);
    }
    if (name.kind !== 'scalar') return unknownValue(`Fn::ImportValue needs an export name, not ${kindName(name)}`, node.at);
    return this.inputs.exports.lookup(text(name), node.at);
  }

  private cidr(node: FnNode, depth: number): Result {
    const blocks = this.cidrBlocks(node, depth);
    if (!Array.isArray(blocks)) return blocks as UnknownValue;
    return { kind: 'seq', items: blocks.map((b) => scalar(b, node.at)), at: node.at };
  }

  /** The blocks of an `Fn::Cidr`, or the unknown value (at the call) it evaluates to. */
  private cidrBlocks(node: FnNode, depth: number): readonly string[] | UnknownValue {
    const args = this.args(node, 3, 3, 'a list of an IP block, a count and the number of subnet bits');
    if (!Array.isArray(args)) return args as UnknownValue;
    const values: CidrArgument[] = [];
    for (let i = 0; i < 3; i++) {
      const what = CIDR_ARGUMENTS[i]!;
      const v = this.value(args[i] as TemplateNode, depth + 1, what);
      if (v.kind === 'unknown') return { ...v, at: node.at };
      if (v.kind !== 'scalar') return unknownValue(`${what} must be a single value, not ${kindName(v)}`, node.at);
      values.push(v.value);
    }
    const [block, count, bits] = values as [CidrArgument, CidrArgument, CidrArgument];
    // Map keys compare as SameValueZero: "6" and 6, NaN and null are apart; -0 is 0, which cidrFn
    // treats alike (and writes alike in its messages).
    let byCount = this.cidrs.get(block);
    if (byCount === undefined) this.cidrs.set(block, (byCount = new Map()));
    let byBits = byCount.get(count);
    if (byBits === undefined) byCount.set(count, (byBits = new Map()));
    let r = byBits.get(bits);
    if (r === undefined) {
      r = cidrFn(block, count, bits);
      byBits.set(bits, r);
    }
    if (!r.ok) return unknownValue(`Fn::Cidr fails: ${r.error}`, node.at);
    return r.blocks;
  }
}

/** A scalar argument of `Fn::Cidr`. */
type CidrArgument = ScalarNode['value'];

/** The arguments of `Fn::Cidr`, as messages name them. */
const CIDR_ARGUMENTS = ['the ipBlock of Fn::Cidr', 'the count of Fn::Cidr', 'the cidrBits of Fn::Cidr'] as const;

/** A comma-separated parameter value as a list, members space-trimmed (as CloudFormation does). */
function splitList(value: string, at: number): ScalarNode[] {
  if (value === '') return [];
  return value.split(',').map((s) => scalar(s.trim(), at));
}

/** `Fn::Equals`: CloudFormation compares values as strings (`2` equals `"2"`). */
function sameValue(a: Value, b: Value): boolean {
  if (a.kind === 'scalar' && b.kind === 'scalar') return text(a) === text(b);
  if (a.kind === 'seq' && b.kind === 'seq') {
    return a.items.length === b.items.length && a.items.every((x, i) => sameValue(x, b.items[i] as Value));
  }
  return false;
}
