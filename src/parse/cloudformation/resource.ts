/**
 * CloudFormation resources and parameters as SourceResources. A resource's attributes are its
 * evaluated `Properties`, read by CloudFormation property name (`['SecurityGroupIngress', 0,
 * 'CidrIp']`); its location is its logical ID's line, and an attribute's location the line of the
 * property, so findings point at the offending `CidrIp` or `DestinationCidrBlock`.
 *
 * A template parameter is handed over too, as a `data` resource of type
 * `AWS::CloudFormation::Parameter` named by the parameter: an existing VPC or route table given
 * as a parameter (`AWS::EC2::VPC::Id`) then joins the model as an external entity, and `Ref` to
 * the parameter links to it. Its `id` (and `Value`) attribute is the parameter's value, `Type` its
 * declared type.
 */
import type { AttrPath, AttrValue, ProviderSettings, SourceLocation, SourceResource, SuppressionComment, SuppressionDirective } from '../source.js';
import type { Evaluator, Value } from './evaluate.js';
import type { ParameterDecl, ResourceDecl } from './template.js';
import { kindName } from './template.js';
import type { TemplateNode } from './tree.js';

/** The synthetic type of template parameters handed to the model builder. */
export const PARAMETER_TYPE = 'AWS::CloudFormation::Parameter';

const ABSENT: AttrValue = Object.freeze({ state: 'absent' });
/** No suppression comments or directives: what almost every resource has, made once. */
const NONE: readonly never[] = Object.freeze([]);

/** Plain JSON copies of evaluated containers, made once per node. */
const plainCache = new WeakMap<object, unknown>();

/**
 * An evaluated value as plain JSON. Unknown members read as null here; their reasons are what
 * `get` on the member's own path returns, which is how the builder reads leaves.
 */
export function toPlain(v: Value): unknown {
  switch (v.kind) {
    case 'scalar':
      return v.value;
    case 'unknown':
      return null;
    case 'seq': {
      let out = plainCache.get(v);
      if (out === undefined) plainCache.set(v, (out = v.items.map(toPlain)));
      return out;
    }
    case 'map': {
      let out = plainCache.get(v) as Record<string, unknown> | undefined;
      if (out === undefined) {
        out = {};
        for (const [k, e] of v.entries) {
          // defineProperty for `__proto__`: it becomes an own property, never the prototype. Other
          // keys are assigned, which makes the same own property and is much faster.
          if (k === '__proto__') Object.defineProperty(out, k, { value: toPlain(e.value), enumerable: true, writable: true, configurable: true });
          else out[k] = toPlain(e.value);
        }
        plainCache.set(v, out);
      }
      return out;
    }
  }
}

/** An evaluated value as an attribute value. */
export function toAttr(v: Value): AttrValue {
  if (v.kind === 'unknown') return { state: 'unknown', reason: v.reason, refs: v.refs };
  if (v.kind === 'scalar') return v.value === null ? ABSENT : { state: 'known', value: v.value };
  return { state: 'known', value: toPlain(v) };
}

/** Follows `path` into a value: the value there, the unknown value on the way, or undefined. */
function walk(root: Value, path: AttrPath, onStep?: (at: number) => void): Value | undefined {
  let v = root;
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    if (v.kind === 'unknown') return v;
    if (v.kind === 'map') {
      if (typeof step !== 'string') return undefined;
      const entry = v.entries.get(step);
      if (entry === undefined) return undefined;
      onStep?.(entry.keyAt);
      v = entry.value;
    } else if (v.kind === 'seq') {
      if (typeof step !== 'number') return undefined;
      const item = v.items[step];
      if (item === undefined) return undefined;
      onStep?.(item.at);
      v = item;
    } else {
      return undefined;
    }
  }
  return v;
}

export class CfnResource implements SourceResource {
  readonly format = 'cloudformation' as const;
  readonly mode = 'managed' as const;
  readonly address: string;
  readonly type: string;
  readonly file: string;
  readonly #ev: Evaluator;
  readonly #decl: ResourceDecl;
  #props: ReturnType<Evaluator['properties']> | undefined;

  constructor(ev: Evaluator, decl: ResourceDecl) {
    this.#ev = ev;
    this.#decl = decl;
    this.address = decl.logicalId;
    this.type = decl.type;
    this.file = ev.template.file;
  }

  location(): SourceLocation {
    return this.#ev.template.locate(this.#decl.keyAt);
  }

  /**
   * The evaluated properties, kept here after the first read: the evaluator memoizes them too, but
   * the builder reads a resource's attributes many times. (Read from outside an evaluation, they
   * are always the evaluator's memoized value.)
   */
  #properties(): ReturnType<Evaluator['properties']> {
    return (this.#props ??= this.#ev.properties(this.#decl));
  }

  /** The `vpclint:ignore` comments on the logical ID's line and directly above it. */
  suppressionComments(): readonly SuppressionComment[] {
    return templateComments(this.#ev, () => this.location());
  }

  /** The line of the property at `path` (or of the deepest part of it that is written). */
  attributeLocation(path: AttrPath): SourceLocation | undefined {
    if (path.length === 0) return undefined;
    let at: number | undefined;
    try {
      walk(this.#properties(), path, (offset) => (at = offset));
    } catch {
      return undefined;
    }
    return at === undefined ? undefined : this.#ev.template.locate(at);
  }

  /**
   * The stack's region and account: the template never says them; they are known only when given
   * as pseudo parameters (`--parameter AWS::Region=eu-west-1`).
   */
  provider(): ProviderSettings {
    const setting = (name: string): AttrValue => {
      const v = this.#ev.given(name);
      return v === undefined || v === ''
        ? { state: 'unknown', reason: `the stack's ${name} is not known before deployment (give it with --parameter ${name}=…)`, refs: [] }
        : { state: 'known', value: v };
    };
    return { name: 'stack', region: setting('AWS::Region'), accountId: setting('AWS::AccountId') };
  }

  /** `Metadata: { vpclint: { ignore: [ { id, reason, expires } ] } }`, one directive per entry. */
  suppressions(): readonly SuppressionDirective[] {
    return metadataDirectives(this.#decl.metadata, (offset) => this.#ev.template.locate(offset));
  }

  get(path: AttrPath): AttrValue {
    try {
      const v = walk(this.#properties(), path);
      return v === undefined ? ABSENT : toAttr(v);
    } catch (error) {
      // Nothing above should throw; if it does, the value is reported, not the crash.
      return { state: 'unknown', reason: `vpclint could not read this value (${error instanceof Error ? error.message : String(error)})`, refs: [] };
    }
  }
}

export class CfnParameter implements SourceResource {
  readonly format = 'cloudformation' as const;
  readonly mode = 'data' as const;
  readonly type = PARAMETER_TYPE;
  readonly address: string;
  readonly file: string;
  readonly #ev: Evaluator;
  readonly #decl: ParameterDecl;

  constructor(ev: Evaluator, decl: ParameterDecl) {
    this.#ev = ev;
    this.#decl = decl;
    this.address = decl.name;
    this.file = ev.template.file;
  }

  location(): SourceLocation {
    return this.#ev.template.locate(this.#decl.keyAt);
  }

  /** The `vpclint:ignore` comments on the logical ID's line and directly above it. */
  suppressionComments(): readonly SuppressionComment[] {
    return templateComments(this.#ev, () => this.location());
  }

  attributeLocation(): SourceLocation | undefined {
    return undefined;
  }

  get(path: AttrPath): AttrValue {
    const [first, ...rest] = path;
    if (first === 'Type' && rest.length === 0) return { state: 'known', value: this.#decl.type };
    if (first !== 'id' && first !== 'Value') return ABSENT;
    const v = walk(this.#ev.parameter(this.#decl), rest);
    if (v === undefined) return ABSENT;
    const attr = toAttr(v);
    // The parameter's own reference is left out: the value is this resource.
    return attr.state === 'unknown' ? { state: 'unknown', reason: attr.reason, refs: attr.refs.filter((r) => r.address !== this.address) } : attr;
  }
}

/**
 * The suppression comments of the block at `where` in an evaluator's template. The engine asks
 * every resource: where the template has no directive (a JSON template has no comments at all),
 * the resource's location is not worked out.
 */
function templateComments(ev: Evaluator, where: () => SourceLocation): readonly SuppressionComment[] {
  const comments = ev.template.comments;
  return comments === undefined || !comments.any ? NONE : comments.at(where().line);
}

/** A scalar's text (numbers too), or undefined for anything else. */
function text(node: TemplateNode | undefined): string | undefined {
  if (node?.kind !== 'scalar' || node.value === null || typeof node.value === 'boolean') return undefined;
  return String(node.value);
}

/**
 * The ignore entries of a resource's Metadata, as written: each entry's `id` (a rule ID or name,
 * or a list of them), `reason` and `expires`. Entries of the wrong shape come back with the
 * problem, so the engine reports them instead of dropping them silently.
 */
export function metadataDirectives(metadata: TemplateNode | undefined, locate: (offset: number) => SourceLocation): readonly SuppressionDirective[] {
  const vpclint = metadata?.kind === 'map' ? metadata.entries.get('vpclint') : undefined;
  if (vpclint === undefined) return NONE;
  const bad = (at: number, problem: string): SuppressionDirective => ({ rules: [], location: locate(at), problem });
  const ignore = vpclint.value.kind === 'map' ? vpclint.value.entries.get('ignore') : undefined;
  if (ignore === undefined) return [bad(vpclint.keyAt, `Metadata vpclint must be a mapping with an ignore list, not ${kindName(vpclint.value)}`)];
  if (ignore.value.kind !== 'seq') return [bad(ignore.keyAt, `Metadata vpclint ignore must be a list, not ${kindName(ignore.value)}`)];
  return ignore.value.items.map((item): SuppressionDirective => {
    if (item.kind !== 'map') return bad(item.at, `an ignore entry must be a mapping with id and reason, not ${kindName(item)}`);
    for (const key of item.entries.keys()) {
      if (key !== 'id' && key !== 'reason' && key !== 'expires') return bad(item.at, `unknown key ${key} (only id, reason and expires)`);
    }
    const id = item.entries.get('id')?.value;
    const rules = id?.kind === 'seq' ? id.items.map(text) : [text(id)];
    if (id === undefined || rules.length === 0 || rules.some((r) => r === undefined || r === '')) {
      return bad(item.at, 'id must be a rule ID or name, or a list of them');
    }
    const reason = item.entries.get('reason')?.value;
    const expires = item.entries.get('expires')?.value;
    if (reason !== undefined && text(reason) === undefined && !(reason.kind === 'scalar' && reason.value === null)) {
      return bad(item.at, `reason must be text, not ${kindName(reason)}`);
    }
    if (expires !== undefined && text(expires) === undefined) return bad(item.at, `expires must be a date, not ${kindName(expires)}`);
    const reasonText = reason === undefined ? undefined : text(reason);
    const expiresText = expires === undefined ? undefined : text(expires);
    return {
      rules: rules as string[],
      location: locate(item.at),
      ...(reasonText === undefined ? {} : { reason: reasonText }),
      ...(expiresText === undefined ? {} : { expires: expiresText }),
    };
  });
}
