// The value readers: attribute values of source resources turned into tri-state model values
// (strings, booleans, ports, protocols, lists, CIDR blocks), with what data sources decide filled
// in, and every CIDR literal read recorded for NET001. Format-neutral (split from context.ts, issue 14).
import { parseCidr } from '../cidr.js';
import { DataSources } from './data-sources.js';
import { Ordered } from './ordered.js';
import { ResourceIndex } from './resources.js';
import type { AttrPath, AttrValue, SourceResource } from '../../parse/source.js';
import { ABSENT, known, unknown } from '../tri.js';
import type { Tri, Unknown } from '../tri.js';
import type { Cidr, CidrLiteral, Protocol, Subject } from '../types.js';

const ALL_PORTS = Object.freeze({ fromPort: Object.freeze(known(0)), toPort: Object.freeze(known(65535)) });

// Shared known values for the few that repeat everywhere (the model is read-only): fewer objects
// in a model of 100k resources.
const TRUE = Object.freeze(known(true));
const FALSE = Object.freeze(known(false));
const knownBool = (b: boolean): Tri<boolean> => (b ? TRUE : FALSE);
const smallInts = new Map<number, Tri<number>>();
const knownInt = (n: number): Tri<number> => {
  let t = smallInts.get(n);
  if (t === undefined) {
    t = Object.freeze(known(n));
    if (smallInts.size < 4096) smallInts.set(n, t);
  }
  return t;
};

/**
 * A CIDR literal read. The subject is made when asked: the model keeps one literal per CIDR read
 * (mesh-200: 40,000), and only NET001 asks, for the few it reports.
 */
class ReadLiteral implements CidrLiteral {
  readonly #resource: SourceResource;
  readonly #path: AttrPath;

  constructor(
    resource: SourceResource,
    path: AttrPath,
    readonly text: string,
    readonly result: CidrLiteral['result'],
  ) {
    this.#resource = resource;
    this.#path = path;
  }

  get subject(): Subject {
    return { resource: this.#resource, path: this.#path };
  }
}

/** A short, one-line rendering of an input value for a reason. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 48 ? `${value.slice(0, 48)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value;
}


/** Is a known attribute value set? Empty strings are not: plan JSON fills every field of a block. */
export function isSet(v: AttrValue): boolean {
  return v.state === 'unknown' || (v.state === 'known' && v.value !== '');
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const topLevelPaths = new Map<string, AttrPath>();

/**
 * `[...base, name]`, the path the adapters read an attribute at; top-level paths are made once and
 * shared (routes and rules read many attributes). Made by `concat`, which sizes the list exactly:
 * the model keeps these paths (in subjects and literals), and a spread reserves room for 17 more
 * steps.
 */
export function at(base: AttrPath, name: string): AttrPath {
  if (base.length > 0) return base.concat(name);
  let path = topLevelPaths.get(name);
  if (path === undefined) topLevelPaths.set(name, (path = Object.freeze([name])));
  return path;
}

export class ValueReaders extends ResourceIndex {
  /** Parse results by literal text: plans repeat the same blocks many times. */
  private readonly parsedCidrs = new Map<string, { result: CidrLiteral['result']; tri: Tri<Cidr> | undefined }>();
  /** Every CIDR literal read, valid or not (NET001). */
  protected readonly literals = new Ordered<CidrLiteral>();

  /** What data sources stand for: resources in scope, provider settings (data-sources.ts). */
  readonly dataSources: DataSources;

  constructor(resources: readonly SourceResource[]) {
    super(resources);
    this.dataSources = new DataSources(resources, (file, address) => this.files.get(file)?.get(address));
  }

  // ---- readers

  /**
   * Is this an attribute the code leaves to the provider: unknown, and not set by the
   * configuration of a managed resource (a data source's attributes all come from AWS)?
   */
  isComputed(r: SourceResource, v: AttrValue): boolean {
    return v.state === 'unknown' && v.computed === true && r.mode === 'managed';
  }

  /**
   * An attribute's value, with what data sources decide filled in: a data source's own attribute,
   * or a plain reference to one (`data.aws_vpc.peer.cidr_block` of a data source that is
   * `aws_vpc.peer`). See data-sources.ts.
   */
  value(r: SourceResource, path: AttrPath): AttrValue {
    return this.resolved(r, path, r.get(path));
  }

  /** Like `value`, for a value already read. */
  resolved(r: SourceResource, path: AttrPath, v: AttrValue): AttrValue {
    return v.state === 'unknown' ? (this.dataSources.resolve(r, path, v) ?? v) : v;
  }


  /** The value as the code sets it: a computed attribute reads as not set. */
  configured(r: SourceResource, v: AttrValue): AttrValue {
    return this.isComputed(r, v) ? ABSENT : v;
  }

  /** A string attribute (numbers are accepted as their text; empty strings are not set). */
  str(r: SourceResource, path: AttrPath): Tri<string> {
    return this.strFrom(r, path, r.get(path));
  }

  strFrom(r: SourceResource, path: AttrPath, raw: AttrValue): Tri<string> {
    const v = this.resolved(r, path, raw);
    if (v.state === 'absent') return ABSENT;
    if (v.state === 'unknown') return this.unknownValue(r, path, v.reason);
    if (typeof v.value === 'string') return v.value === '' ? ABSENT : known(v.value);
    if (typeof v.value === 'number' && Number.isFinite(v.value)) return known(String(v.value));
    return unknown(`${this.describe(r, path)} is not a string: ${show(v.value)}`);
  }

  /** A boolean attribute (`"true"`/`"false"` accepted); `fallback` (AWS's default) when the code does not set it. */
  bool(r: SourceResource, path: AttrPath, fallback?: boolean): Tri<boolean> {
    const v = this.resolved(r, path, fallback === undefined ? r.get(path) : this.configured(r, r.get(path)));
    if (v.state === 'absent') return fallback === undefined ? ABSENT : knownBool(fallback);
    if (v.state === 'unknown') return this.unknownValue(r, path, v.reason);
    if (typeof v.value === 'boolean') return knownBool(v.value);
    if (v.value === 'true' || v.value === 'false') return knownBool(v.value === 'true');
    return unknown(`${this.describe(r, path)} is not a boolean: ${show(v.value)}`);
  }

  /** A port number (numeric strings accepted). */
  port(r: SourceResource, path: AttrPath): Tri<number> {
    const v = this.value(r, path);
    if (v.state === 'absent') return ABSENT;
    if (v.state === 'unknown') return this.unknownValue(r, path, v.reason);
    const n = typeof v.value === 'string' && /^\s*-?\d+\s*$/.test(v.value) ? Number(v.value) : v.value;
    if (typeof n === 'number' && Number.isInteger(n)) return knownInt(n);
    return unknown(`${this.describe(r, path)} is not a port number: ${show(v.value)}`);
  }

  /**
   * The port range of a security group rule or a network ACL entry, read from `from` and `to`:
   * every port when the protocol is `all`, since AWS ignores the ports then.
   */
  ports(r: SourceResource, protocol: Tri<Protocol>, from: AttrPath, to: AttrPath): { fromPort: Tri<number>; toPort: Tri<number> } {
    if (protocol.state === 'known' && protocol.value === 'all') return ALL_PORTS;
    return { fromPort: this.port(r, from), toPort: this.port(r, to) };
  }

  /** An IP protocol, normalized: `all` for -1/"all", names for 6/17/1/58, other numbers as text. */
  protocol(r: SourceResource, path: AttrPath): Tri<Protocol> {
    const v = this.value(r, path);
    if (v.state === 'absent') return ABSENT;
    if (v.state === 'unknown') return this.unknownValue(r, path, v.reason);
    if (typeof v.value !== 'string' && !(typeof v.value === 'number' && Number.isFinite(v.value))) {
      return unknown(`${this.describe(r, path)} is not a protocol: ${show(v.value)}`);
    }
    const text = String(v.value).trim().toLowerCase();
    if (text === '') return ABSENT;
    return PROTOCOLS.get(text) ?? known(/^\d+$/.test(text) ? String(Number(text)) : text);
  }

  /**
   * A list attribute's length, or why it cannot be read as a list. A computed list (inline
   * `route`, `ingress` the code does not write) is not set.
   */
  list(r: SourceResource, path: AttrPath): { state: 'known'; length: number } | Unknown | typeof ABSENT {
    const v = this.resolved(r, path, this.configured(r, r.get(path)));
    if (v.state === 'absent') return ABSENT;
    if (v.state === 'unknown') return this.unknownValue(r, path, v.reason);
    if (Array.isArray(v.value)) return { state: 'known', length: v.value.length };
    return unknown(`${this.describe(r, path)} is not a list: ${show(v.value)}`);
  }

  /**
   * A CIDR attribute of the expected family. Every literal read is recorded in `cidrLiterals`; a
   * malformed one (or a non-string, or the wrong family) becomes an invalid Unknown quoting it.
   * `emptyIsAbsent`: an empty string means "not set" (scalar fields), else it is malformed (list
   * elements). A computed top-level attribute is not set (AWS assigns no CIDR the code does not
   * ask for; the adapters handle IPAM and Amazon-provided blocks before reading the literal).
   * Nested attributes are not judged so: readers cannot always see nested configuration.
   */
  cidr(r: SourceResource, path: AttrPath, family: 4 | 6, emptyIsAbsent = true): Tri<Cidr> {
    return this.cidrFrom(r, path, r.get(path), family, emptyIsAbsent);
  }

  cidrFrom(r: SourceResource, path: AttrPath, raw: AttrValue, family: 4 | 6, emptyIsAbsent = true): Tri<Cidr> {
    if (raw.state === 'absent' || (path.length === 1 && this.isComputed(r, raw))) return ABSENT;
    const v = this.resolved(r, path, raw);
    // A literal read through a data source is recorded where it is written, not here.
    const literal = v === raw;
    if (v.state === 'absent') return ABSENT;
    if (v.state === 'unknown') return this.unknownValue(r, path, v.reason);
    if (v.value === '' && emptyIsAbsent) return ABSENT;
    const text = typeof v.value === 'string' ? v.value : show(v.value);
    let parsed = typeof v.value === 'string' ? this.parsedCidrs.get(v.value) : undefined;
    if (parsed === undefined) {
      const result = parseCidr(v.value);
      parsed = { result, tri: result.ok ? known(result.cidr) : undefined };
      if (typeof v.value === 'string') this.parsedCidrs.set(v.value, parsed);
    }
    let result = parsed.result;
    if (result.ok && result.cidr.family !== family) {
      result = { ok: false, error: `an IPv${result.cidr.family} block where an IPv${family} block is expected` };
    }
    if (literal) this.literals.push(this.at, new ReadLiteral(r, path, text, result));
    if (result.ok && parsed.tri !== undefined) return parsed.tri;
    const error = result.ok ? '' : result.error;
    return unknown(`${this.describe(r, path)} is not a valid CIDR block: ${show(v.value)} (${error})`, true);
  }
}

const PROTOCOLS = new Map<string, Tri<Protocol>>(
  (
    [
      ['-1', 'all'],
      ['all', 'all'],
      ['6', 'tcp'],
      ['tcp', 'tcp'],
      ['17', 'udp'],
      ['udp', 'udp'],
      ['1', 'icmp'],
      ['icmp', 'icmp'],
      ['58', 'icmpv6'],
      ['icmpv6', 'icmpv6'],
    ] as const
  ).map(([text, name]) => [text, Object.freeze(known(name))]),
);
