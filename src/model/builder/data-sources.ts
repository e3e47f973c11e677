// Data sources that the configuration itself decides. A `data "aws_vpc"` looked up by the ID of a
// VPC the same configuration declares IS that VPC; so is one whose tags or filters match exactly
// one VPC in scope (AWS fails a lookup that matches none or several, so when it succeeds and a
// VPC in scope in the same region and account matches, it is that one). The same holds for
// `aws_subnet` and `aws_route_table`. `aws_caller_identity` and `aws_region` report the account
// and region of their provider configuration. Everything here works on source resources (never on
// model nodes), so it answers in any build phase; what stays unknown gets a reason that names the
// data source and why.
import { pathText, unknownPhrase } from '../describe.js';
import type { AttrPath, AttrValue, ProviderSettings, SourceResource } from '../../parse/source.js';

/** What a data source stands for. */
export type StandIn =
  /** The resource at this input index: the data source reads that resource. */
  | { readonly kind: 'resource'; readonly index: number }
  /** Values the provider configuration decides (caller identity, region), by attribute. */
  | { readonly kind: 'provider'; readonly values: ReadonlyMap<string, AttrValue> }
  /** A lookup vpclint cannot decide, and why. */
  | { readonly kind: 'unknown'; readonly reason: string }
  /** Not a data source this file decides (another type, or one the reader already has values for). */
  | { readonly kind: 'none' };

interface Family {
  readonly noun: string;
  /** Managed resource types the data source can stand for. */
  readonly types: ReadonlySet<string>;
  /** The argument that names the resource's ID. */
  readonly idArg: string;
  /** Data source attribute -> the resource's attribute with the same meaning. */
  readonly attrs: ReadonlyMap<string, string>;
  /** Filter names -> how a candidate is compared. */
  readonly filters: ReadonlyMap<string, Criterion>;
}

/** How one lookup argument is compared with a candidate: an attribute's text, or an identity (`vpc_id`). */
type Criterion = { readonly kind: 'text'; readonly attr: AttrPath } | { readonly kind: 'identity'; readonly attr: AttrPath; readonly family: string };

const same = (...names: string[]): ReadonlyMap<string, string> => new Map(names.map((n) => [n, n]));
const text = (...attr: (string | number)[]): Criterion => ({ kind: 'text', attr });
const identity = (family: string, ...attr: string[]): Criterion => ({ kind: 'identity', attr, family });

const FAMILIES: ReadonlyMap<string, Family> = new Map<string, Family>([
  [
    'aws_vpc',
    {
      noun: 'VPC',
      types: new Set(['aws_vpc', 'aws_default_vpc']),
      idArg: 'id',
      attrs: same(
        'id',
        'arn',
        'cidr_block',
        'dhcp_options_id',
        'enable_dns_hostnames',
        'enable_dns_support',
        'instance_tenancy',
        'ipv6_association_id',
        'ipv6_cidr_block',
        'main_route_table_id',
        'owner_id',
        'tags',
      ),
      filters: new Map<string, Criterion>([
        ['vpc-id', identity('aws_vpc', 'id')],
        ['cidr', text('cidr_block')],
        ['cidr-block', text('cidr_block')],
        ['cidrBlock', text('cidr_block')],
        ['owner-id', text('owner_id')],
      ]),
    },
  ],
  [
    'aws_subnet',
    {
      noun: 'subnet',
      types: new Set(['aws_subnet', 'aws_default_subnet']),
      idArg: 'id',
      attrs: same(
        'id',
        'arn',
        'assign_ipv6_address_on_creation',
        'availability_zone',
        'availability_zone_id',
        'cidr_block',
        'ipv6_cidr_block',
        'ipv6_cidr_block_association_id',
        'map_public_ip_on_launch',
        'outpost_arn',
        'owner_id',
        'tags',
        'vpc_id',
      ),
      filters: new Map<string, Criterion>([
        ['subnet-id', identity('aws_subnet', 'id')],
        ['vpc-id', identity('aws_vpc', 'vpc_id')],
        ['cidr', text('cidr_block')],
        ['cidr-block', text('cidr_block')],
        ['cidrBlock', text('cidr_block')],
        ['availability-zone', text('availability_zone')],
        ['availabilityZone', text('availability_zone')],
        ['availability-zone-id', text('availability_zone_id')],
      ]),
    },
  ],
  [
    'aws_route_table',
    {
      noun: 'route table',
      types: new Set(['aws_route_table']),
      idArg: 'route_table_id',
      attrs: new Map([
        ['id', 'id'],
        ['route_table_id', 'id'],
        ['arn', 'arn'],
        ['owner_id', 'owner_id'],
        ['tags', 'tags'],
        ['vpc_id', 'vpc_id'],
      ]),
      filters: new Map<string, Criterion>([
        ['route-table-id', identity('aws_route_table', 'id')],
        ['vpc-id', identity('aws_vpc', 'vpc_id')],
      ]),
    },
  ],
]);

/** Lookup arguments of each family compared with candidates (besides `tags` and `filter`). */
const ARGUMENTS: ReadonlyMap<string, ReadonlyMap<string, Criterion>> = new Map([
  ['aws_vpc', new Map<string, Criterion>([['cidr_block', text('cidr_block')]])],
  [
    'aws_subnet',
    new Map<string, Criterion>([
      ['vpc_id', identity('aws_vpc', 'vpc_id')],
      ['cidr_block', text('cidr_block')],
      ['availability_zone', text('availability_zone')],
      ['availability_zone_id', text('availability_zone_id')],
    ]),
  ],
  ['aws_route_table', new Map<string, Criterion>([['vpc_id', identity('aws_vpc', 'vpc_id')]])],
]);

/** Arguments that select something vpclint does not compare: a lookup using them stays unknown. */
const UNMATCHED_ARGUMENTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['aws_vpc', ['default', 'dhcp_options_id', 'state']],
  ['aws_subnet', ['default_for_az', 'ipv6_cidr_block', 'state']],
  ['aws_route_table', ['gateway_id']],
]);

/** Reference chains longer than this are not followed. */
const MAX_DEPTH = 6;

/** A resource's identity: where its `id` comes from. */
type Identity = { readonly kind: 'index'; readonly index: number } | { readonly kind: 'id'; readonly id: string } | { readonly kind: 'unknown'; readonly reason: string } | { readonly kind: 'absent' };

const ABSENT: AttrValue = Object.freeze({ state: 'absent' });
const IN_PROGRESS: StandIn = Object.freeze({ kind: 'unknown', reason: 'the lookup refers to itself' });

export class DataSources {
  readonly #resources: readonly SourceResource[];
  readonly #indexOf: (file: string, address: string) => number | undefined;
  readonly #memo = new Map<number, StandIn>();
  /** Input indexes of managed resources by type, made on first use. */
  #byType: Map<string, number[]> | undefined;
  #bySubnet: Map<string, number[]> | undefined;
  readonly #byTag = new Map<string, { readonly byValue: Map<string, number[]>; readonly unknown: number[] }>();

  constructor(resources: readonly SourceResource[], indexOf: (file: string, address: string) => number | undefined) {
    this.#resources = resources;
    this.#indexOf = indexOf;
  }

  /** What the data source at input index `index` stands for. */
  standIn(index: number): StandIn {
    const hit = this.#memo.get(index);
    if (hit !== undefined) return hit;
    const r = this.#resources[index];
    if (r === undefined || r.mode !== 'data') return { kind: 'none' };
    this.#memo.set(index, IN_PROGRESS);
    let result: StandIn;
    try {
      result = this.#decide(r);
    } catch (error) {
      result = { kind: 'unknown', reason: `vpclint could not decide ${r.address} (${error instanceof Error ? error.message : String(error)})` };
    }
    this.#memo.set(index, result);
    return result;
  }

  /**
   * The value of `path` of the resource `r` when a data source decides it: `r`'s own unset
   * attribute when `r` is such a data source, or the attribute of a data source that `v` is a
   * plain reference to (its first reference: parsers list the nearest source first, and give
   * values computed from a reference none). Undefined when nothing here decides it.
   */
  resolve(r: SourceResource, path: AttrPath, v: AttrValue, depth = 0): AttrValue | undefined {
    if (v.state !== 'unknown' || depth > MAX_DEPTH) return undefined;
    const top = path[0];
    if (r.mode === 'data' && typeof top === 'string' && r.configures?.(top) === false) {
      const index = this.#indexOf(r.file, r.address);
      if (index !== undefined && this.#resources[index] === r) return this.#attribute(index, path, v, depth);
    }
    const ref = v.refs[0];
    if (ref === undefined) return undefined;
    const index = this.#indexOf(ref.file ?? r.file, ref.address);
    const target = index === undefined ? undefined : this.#resources[index];
    if (index === undefined || target === undefined || target.mode !== 'data') return undefined;
    const attr = ref.attribute.length === 0 ? ['id'] : ref.attribute;
    const first = attr[0];
    if (typeof first === 'string' && target.configures?.(first) === true) return undefined;
    return this.#attribute(index, attr, v, depth);
  }

  /** `path` of the data source at `index`, as what it stands for decides it. */
  #attribute(index: number, path: AttrPath, v: AttrValue & { state: 'unknown' }, depth: number): AttrValue | undefined {
    const s = this.standIn(index);
    const top = path[0];
    if (typeof top !== 'string') return undefined;
    switch (s.kind) {
      case 'none':
        return undefined;
      case 'unknown':
        return { state: 'unknown', reason: s.reason, refs: v.refs };
      case 'provider': {
        const value = s.values.get(top);
        if (value === undefined || path.length > 1) return undefined;
        return value.state === 'unknown' ? { ...value, refs: v.refs } : value;
      }
      case 'resource': {
        const data = this.#resources[index] as SourceResource;
        const mapped = FAMILIES.get(data.type)?.attrs.get(top);
        const target = this.#resources[s.index] as SourceResource;
        if (mapped === undefined) return undefined;
        const targetPath = [mapped, ...path.slice(1)];
        const tv = target.get(targetPath);
        const deeper = this.resolve(target, targetPath, tv, depth + 1);
        const result = deeper ?? tv;
        if (result.state !== 'unknown') return result;
        // Keep the data source's references (links follow them) after the target's own.
        return { state: 'unknown', reason: `${target.address}.${pathText(targetPath)} is ${unknownPhrase(result.reason)}`, refs: [...v.refs, ...result.refs] };
      }
    }
  }

  #decide(r: SourceResource): StandIn {
    if (r.type === 'aws_caller_identity') return this.#callerIdentity(r);
    if (r.type === 'aws_region') return this.#region(r);
    const family = FAMILIES.get(r.type);
    if (family === undefined) return { kind: 'none' };
    // By ID. A data source reports every attribute, so only a written argument selects.
    const id = r.configures?.(family.idArg) === false ? ABSENT : r.get([family.idArg]);
    if (id.state === 'known') return { kind: 'none' };
    if (id.state === 'unknown') return this.#byIdentity(r, family, id);
    // A route table by the subnet it is associated with.
    if (r.type === 'aws_route_table' && r.configures?.('subnet_id') !== false && r.get(['subnet_id']).state !== 'absent') {
      return this.#tableOfSubnet(r);
    }
    return this.#byArguments(r, family);
  }

  /** A data source whose ID argument is a reference: the resource that ID belongs to. */
  #byIdentity(r: SourceResource, family: Family, id: AttrValue & { state: 'unknown' }): StandIn {
    const who = this.#identity(r, [family.idArg], r.type, 0);
    if (who.kind === 'index') return { kind: 'resource', index: who.index };
    const why = who.kind === 'unknown' ? who.reason : unknownPhrase(id.reason);
    return { kind: 'unknown', reason: `${r.address} is looked up by ${family.idArg}, which is ${why}` };
  }

  /**
   * Where the ID at `path` of `r` comes from: a resource of `family` in scope (following
   * references through other attributes and data sources of the family), or a known ID.
   */
  #identity(r: SourceResource, path: AttrPath, family: string, depth: number): Identity {
    const v = r.get(path);
    if (v.state === 'absent') return { kind: 'absent' };
    if (v.state === 'known') return typeof v.value === 'string' && v.value !== '' ? { kind: 'id', id: v.value } : { kind: 'absent' };
    const types = FAMILIES.get(family)?.types;
    for (const ref of v.refs) {
      const index = this.#indexOf(ref.file ?? r.file, ref.address);
      const t = index === undefined ? undefined : this.#resources[index];
      if (index === undefined || t === undefined) continue;
      const attr: AttrPath = ref.attribute.length === 0 ? ['id'] : ref.attribute;
      const onlyId = attr.length === 1 && attr[0] === 'id';
      if (onlyId && t.mode === 'managed' && types?.has(t.type) === true) return { kind: 'index', index };
      if (onlyId && t.mode === 'data' && t.type === family) {
        const s = this.standIn(index);
        if (s.kind === 'resource') return { kind: 'index', index: s.index };
        if (s.kind === 'unknown') return { kind: 'unknown', reason: `unknown (${s.reason})` };
        continue;
      }
      if (depth < MAX_DEPTH) {
        const deeper = this.#identity(t, attr, family, depth + 1);
        if (deeper.kind === 'index' || deeper.kind === 'id') return deeper;
      }
    }
    return { kind: 'unknown', reason: unknownPhrase(v.reason) };
  }

  /** `data "aws_route_table"` by `subnet_id`: the table of the association that names the subnet. */
  #tableOfSubnet(r: SourceResource): StandIn {
    const subnet = this.#identity(r, ['subnet_id'], 'aws_subnet', 0);
    if (subnet.kind === 'unknown' || subnet.kind === 'absent') {
      return { kind: 'unknown', reason: `${r.address} is looked up by subnet_id, which is ${subnet.kind === 'unknown' ? subnet.reason : 'not set'}` };
    }
    const shown = subnet.kind === 'id' ? subnet.id : (this.#resources[subnet.index] as SourceResource).address;
    const tables: number[] = [];
    for (const a of this.#associationsOf(subnet)) {
      const assoc = this.#resources[a] as SourceResource;
      const table = this.#identity(assoc, ['route_table_id'], 'aws_route_table', 0);
      if (table.kind !== 'index') {
        return { kind: 'unknown', reason: `${r.address} is looked up by subnet_id ${shown}, whose route table association ${assoc.address} names a route table that is not in the linted files` };
      }
      if (!tables.includes(table.index)) tables.push(table.index);
    }
    if (tables.length === 1) return { kind: 'resource', index: tables[0] as number };
    return {
      kind: 'unknown',
      reason: `${r.address} is looked up by subnet_id ${shown}, which no route table association in the linted files names`,
    };
  }

  /** The route table associations whose subnet is `subnet`, indexed once. */
  #associationsOf(subnet: Identity): readonly number[] {
    if (this.#bySubnet === undefined) {
      this.#bySubnet = new Map();
      for (const a of this.#ofType('aws_route_table_association')) {
        const key = identityKey(this.#identity(this.#resources[a] as SourceResource, ['subnet_id'], 'aws_subnet', 0));
        if (key === undefined) continue;
        let list = this.#bySubnet.get(key);
        if (list === undefined) this.#bySubnet.set(key, (list = []));
        list.push(a);
      }
    }
    const key = identityKey(subnet);
    return key === undefined ? [] : (this.#bySubnet.get(key) ?? []);
  }

  /**
   * The candidates of `type` whose tag `key` may be one of `values` (literal values only): those
   * whose tag is one of them, and those whose tag is unknown. Indexed once per type and key, so
   * that thousands of lookups by tag stay linear.
   */
  #taggedCandidates(type: string, key: string, values: readonly string[]): number[] {
    const id = `${type}\u0000${key}`;
    let index = this.#byTag.get(id);
    if (index === undefined) {
      index = { byValue: new Map(), unknown: [] };
      for (const i of this.#ofType(type)) {
        const v = (this.#resources[i] as SourceResource).get(['tags', key]);
        if (v.state === 'unknown') index.unknown.push(i);
        else if (v.state === 'known' && typeof v.value === 'string') {
          let list = index.byValue.get(v.value);
          if (list === undefined) index.byValue.set(v.value, (list = []));
          list.push(i);
        }
      }
      this.#byTag.set(id, index);
    }
    const out = new Set<number>(index.unknown);
    for (const value of values) for (const i of index.byValue.get(value) ?? []) out.add(i);
    return [...out].sort((a, b) => a - b);
  }

  /** A lookup by arguments (`tags`, `filter`, `vpc_id`, `cidr_block`...): the one resource in scope that matches. */
  #byArguments(r: SourceResource, family: Family): StandIn {
    const unmatched = (UNMATCHED_ARGUMENTS.get(r.type) ?? []).filter((a) => r.configures?.(a) === true);
    if (unmatched.length > 0) {
      return { kind: 'unknown', reason: `${r.address} is looked up by ${unmatched.join(', ')}, which vpclint does not match against the linted files` };
    }
    const tests: { readonly what: string; readonly test: (c: SourceResource) => boolean | undefined }[] = [];
    // A tag that must have one of these literal values narrows the candidates through an index.
    let byTag: { readonly key: string; readonly values: readonly string[] } | undefined;
    // Arguments.
    for (const [arg, criterion] of ARGUMENTS.get(r.type) ?? []) {
      if (r.configures?.(arg) !== true) continue;
      const t = this.#criterion(r, [arg], criterion, arg);
      if ('reason' in t) return { kind: 'unknown', reason: t.reason };
      tests.push(t);
    }
    // Tags.
    if (r.configures?.('tags') === true) {
      const tags = r.get(['tags']);
      if (tags.state === 'unknown') return { kind: 'unknown', reason: `${r.address} is looked up by tags that are ${unknownPhrase(tags.reason)}` };
      if (tags.state === 'known' && isRecord(tags.value)) {
        const wanted = Object.entries(tags.value);
        for (const [k, value] of wanted) {
          if (typeof value !== 'string') return { kind: 'unknown', reason: `${r.address} is looked up by tag ${k}, whose value is not a string` };
        }
        if (wanted.length > 0) {
          const [k, value] = wanted[0] as [string, string];
          if (!isPattern(value)) byTag ??= { key: k, values: [value] };
          tests.push({
            what: `tags (${wanted.map(([k, value]) => `${k} = ${String(value)}`).join(', ')})`,
            test: (c) => allOf(wanted.map(([k, value]) => tagIs(c, k, [value as string]))),
          });
        }
      }
    }
    // Filters.
    if (r.configures?.('filter') === true) {
      const filters = r.get(['filter']);
      if (filters.state === 'unknown') return { kind: 'unknown', reason: `${r.address} is looked up by filters that are ${unknownPhrase(filters.reason)}` };
      const list = filters.state === 'known' && Array.isArray(filters.value) ? filters.value : [];
      for (let i = 0; i < list.length; i++) {
        const name = r.get(['filter', i, 'name']);
        if (name.state === 'unknown') return { kind: 'unknown', reason: `${r.address} is looked up by a filter whose name is ${unknownPhrase(name.reason)}` };
        if (name.state !== 'known' || typeof name.value !== 'string') continue;
        const filterName = name.value;
        const valuesPath = ['filter', i, 'values'];
        const values = r.get(valuesPath);
        if (filterName.startsWith('tag:')) {
          const key = filterName.slice(4);
          const texts = this.#texts(r, valuesPath);
          if ('reason' in texts) return { kind: 'unknown', reason: `${r.address} is looked up by filter ${filterName}, whose values are ${texts.reason}` };
          if (!texts.values.some(isPattern)) byTag ??= { key, values: texts.values };
          tests.push({ what: `filter ${filterName} = ${texts.values.join(', ')}`, test: (c) => tagIs(c, key, texts.values) });
          continue;
        }
        const criterion = family.filters.get(filterName);
        if (criterion === undefined) {
          return { kind: 'unknown', reason: `${r.address} is looked up by filter ${filterName}, which vpclint does not match against the linted files` };
        }
        const n = values.state === 'known' && Array.isArray(values.value) ? values.value.length : 0;
        const alternatives: ((c: SourceResource) => boolean | undefined)[] = [];
        for (let j = 0; j < n; j++) {
          const t = this.#criterion(r, [...valuesPath, j], criterion, `filter ${filterName}`);
          if ('reason' in t) return { kind: 'unknown', reason: t.reason };
          alternatives.push(t.test);
        }
        if (values.state === 'unknown') return { kind: 'unknown', reason: `${r.address} is looked up by filter ${filterName}, whose values are ${unknownPhrase(values.reason)}` };
        tests.push({ what: `filter ${filterName}`, test: (c) => anyOf(alternatives.map((f) => f(c))) });
      }
    }
    const what = tests.length === 0 ? '' : tests.map((t) => t.what).join(' and ');
    if (tests.length === 0) {
      return { kind: 'unknown', reason: `${r.address} is looked up by no argument vpclint can match, so any ${family.noun} could be the one` };
    }
    const sure: number[] = [];
    const unsure: number[] = [];
    const provider = r.provider?.();
    for (const type of family.types) {
      for (const i of byTag === undefined ? this.#ofType(type) : this.#taggedCandidates(type, byTag.key, byTag.values)) {
        const c = this.#resources[i] as SourceResource;
        const place = samePlace(provider, c.provider?.());
        if (place === false) continue;
        const match = allOf(tests.map((t) => t.test(c)));
        if (match === false) continue;
        if (match === true && place === true) sure.push(i);
        else unsure.push(i);
      }
    }
    if (sure.length === 1 && unsure.length === 0) return { kind: 'resource', index: sure[0] as number };
    const names = (list: number[]): string => list.map((i) => (this.#resources[i] as SourceResource).address).join(', ');
    if (sure.length + unsure.length === 0) {
      return { kind: 'unknown', reason: `${r.address} is looked up by ${what}, and no ${family.noun} in the linted files matches` };
    }
    if (sure.length > 1) {
      return {
        kind: 'unknown',
        reason: `${r.address} is looked up by ${what}, and several ${family.noun}s in the linted files match (${names(sure)}); AWS fails a lookup with more than one result`,
      };
    }
    return {
      kind: 'unknown',
      reason: `${r.address} is looked up by ${what}; vpclint cannot tell whether ${names([...sure, ...unsure])} match (a value, region or account is unknown)`,
    };
  }

  /** A test of one lookup argument (or filter value) at `path` against candidates. */
  #criterion(r: SourceResource, path: AttrPath, criterion: Criterion, what: string): { what: string; test: (c: SourceResource) => boolean | undefined } | { reason: string } {
    if (criterion.kind === 'identity') {
      const wanted = this.#identity(r, path, criterion.family, 0);
      if (wanted.kind === 'unknown') return { reason: `${r.address} is looked up by ${what}, which is ${wanted.reason}` };
      if (wanted.kind === 'absent') return { what, test: () => true };
      const shown = wanted.kind === 'id' ? wanted.id : (this.#resources[wanted.index] as SourceResource).address;
      return {
        what: `${what} ${shown}`,
        test: (c) => {
          const own = this.#identity(c, criterion.attr, criterion.family, 0);
          if (own.kind === 'absent') return false;
          if (sameIdentity(own, wanted)) return true;
          // A known ID against a resource in scope whose ID is not known: cannot tell.
          return own.kind === 'unknown' || own.kind !== wanted.kind ? undefined : false;
        },
      };
    }
    const v = r.get(path);
    if (v.state === 'unknown') return { reason: `${r.address} is looked up by ${what}, which is ${unknownPhrase(v.reason)}` };
    if (v.state !== 'known' || typeof v.value !== 'string') return { what, test: () => true };
    const wanted = v.value;
    return {
      what: `${what} ${wanted}`,
      test: (c) => {
        const own = c.get(criterion.attr);
        if (own.state === 'unknown') return undefined;
        return own.state === 'known' && typeof own.value === 'string' && matches(wanted, own.value);
      },
    };
  }

  /** Known strings of a list (filter values), or why they are not known. */
  #texts(r: SourceResource, path: AttrPath): { values: string[] } | { reason: string } {
    const v = r.get(path);
    if (v.state === 'unknown') return { reason: unknownPhrase(v.reason) };
    if (v.state !== 'known' || !Array.isArray(v.value)) return { values: [] };
    const out: string[] = [];
    for (let j = 0; j < v.value.length; j++) {
      const e = r.get([...path, j]);
      if (e.state === 'unknown') return { reason: unknownPhrase(e.reason) };
      if (e.state === 'known' && typeof e.value === 'string') out.push(e.value);
    }
    return { values: out };
  }

  #ofType(type: string): readonly number[] {
    if (this.#byType === undefined) {
      this.#byType = new Map();
      for (let i = 0; i < this.#resources.length; i++) {
        const r = this.#resources[i] as SourceResource;
        if (r.mode !== 'managed') continue;
        let list = this.#byType.get(r.type);
        if (list === undefined) this.#byType.set(r.type, (list = []));
        list.push(i);
      }
    }
    return this.#byType.get(type) ?? [];
  }

  #callerIdentity(r: SourceResource): StandIn {
    const account = this.#fromProvider(r, 'accountId', 'account');
    return { kind: 'provider', values: new Map([['account_id', account], ['id', account]]) };
  }

  #region(r: SourceResource): StandIn {
    // `name` / `region` / `id` select a region to describe: then the reader's value is the one.
    if (['name', 'region', 'id', 'endpoint'].some((a) => r.configures?.(a) !== false)) return { kind: 'none' };
    const region = this.#fromProvider(r, 'region', 'region');
    return { kind: 'provider', values: new Map([['name', region], ['id', region], ['region', region]]) };
  }

  /** The provider configuration's region or account for a data source that reports it. */
  #fromProvider(r: SourceResource, field: 'region' | 'accountId', what: string): AttrValue {
    const p = r.provider?.();
    if (p === undefined) {
      return { state: 'unknown', reason: `${r.address} reports the ${what} of its provider configuration, which vpclint cannot see`, refs: [] };
    }
    const v = p[field];
    if (v.state === 'known' && typeof v.value === 'string' && v.value !== '') return { state: 'known', value: v.value };
    if (v.state === 'unknown') {
      return { state: 'unknown', reason: `${r.address} reports the ${what} of provider configuration ${p.name}, which is ${unknownPhrase(v.reason)}`, refs: [] };
    }
    const source = what === 'region' ? 'the environment (AWS_REGION or the profile)' : 'the credentials';
    return {
      state: 'unknown',
      reason: `${r.address} reports the ${what} of provider configuration ${p.name}, which does not set it (it comes from ${source})`,
      refs: [],
    };
  }
}

/** A key for known identities (a resource in scope, or a real ID); undefined for others. */
function identityKey(a: Identity): string | undefined {
  if (a.kind === 'index') return `i:${a.index}`;
  if (a.kind === 'id') return `id:${a.id}`;
  return undefined;
}

function sameIdentity(a: Identity, b: Identity): boolean {
  if (a.kind === 'index' && b.kind === 'index') return a.index === b.index;
  if (a.kind === 'id' && b.kind === 'id') return a.id === b.id;
  return false;
}

/**
 * Do two provider configurations work in the same region and account? True for the same
 * configuration, or equal known regions and accounts (both unset: the same credentials); false
 * when a known region or account differs; undefined when it cannot be told.
 */
function samePlace(a: ProviderSettings | undefined, b: ProviderSettings | undefined): boolean | undefined {
  if (a === undefined || b === undefined) return undefined;
  if (a.name === b.name) return true;
  const region = sameValue(a.region, b.region, false);
  const account = sameValue(a.accountId, b.accountId, true);
  if (region === false || account === false) return false;
  return region === true && account === true ? true : undefined;
}

function sameValue(a: AttrValue, b: AttrValue, bothUnsetIsSame: boolean): boolean | undefined {
  if (a.state === 'known' && b.state === 'known') return a.value === b.value;
  if (a.state === 'absent' && b.state === 'absent' && bothUnsetIsSame) return true;
  return undefined;
}

/** Does the candidate's tag `key` (in `tags`) equal one of `values`? */
function tagIs(c: SourceResource, key: string, values: readonly string[]): boolean | undefined {
  const v = c.get(['tags', key]);
  if (v.state === 'unknown') return undefined;
  if (v.state !== 'known' || typeof v.value !== 'string') return false;
  const own = v.value;
  return values.some((w) => matches(w, own));
}

function allOf(results: readonly (boolean | undefined)[]): boolean | undefined {
  if (results.includes(false)) return false;
  return results.includes(undefined) ? undefined : true;
}

function anyOf(results: readonly (boolean | undefined)[]): boolean | undefined {
  if (results.includes(true)) return true;
  return results.includes(undefined) ? undefined : false;
}

const globs = new Map<string, RegExp>();

/** Does an EC2 filter value have wildcards (`*` any text, `?` one character)? */
function isPattern(value: string): boolean {
  return value.includes('*') || value.includes('?');
}

/** Does `text` match the EC2 filter value `pattern`? Literal values compare as strings. */
function matches(pattern: string, text: string): boolean {
  if (!isPattern(pattern)) return pattern === text;
  let re = globs.get(pattern);
  if (re === undefined) {
    re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 's');
    if (globs.size < 1000) globs.set(pattern, re);
  }
  return re.test(text);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
