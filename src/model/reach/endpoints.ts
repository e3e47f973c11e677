/**
 * Endpoint resolution for the path engine: the text a person writes for FROM / TO (a subnet,
 * security group or VPC by address, CloudFormation logical ID, real ID or `Name` tag; or an IP
 * address or CIDR block inside a modelled subnet) into an `EndpointSpec`. Separate from `reach`
 * so that a CLI and config intents report a bad endpoint before any path is computed.
 */
import { contains, parseCidr } from '../cidr.js';
import type { SourceResource } from '../../parse/source.js';
import type { NetworkModel, SecurityGroup, Subnet, Vpc } from '../types.js';
import type { EndpointSpec } from './flow.js';

export type EndpointResolution = { readonly ok: true; readonly spec: EndpointSpec } | { readonly ok: false; readonly error: string };

/** The `Name` tag of a resource: Terraform `tags` / `tags_all`, CloudFormation `Tags`. */
export function nameTag(r: SourceResource | undefined): string | undefined {
  if (r === undefined) return undefined;
  for (const tags of ['tags', 'tags_all']) {
    const v = r.get([tags, 'Name']);
    if (v.state === 'known' && typeof v.value === 'string' && v.value !== '') return v.value;
  }
  const list = r.get(['Tags']);
  if (list.state === 'known' && Array.isArray(list.value)) {
    for (const t of list.value as unknown[]) {
      if (typeof t === 'object' && t !== null && (t as { Key?: unknown }).Key === 'Name') {
        const value = (t as { Value?: unknown }).Value;
        if (typeof value === 'string' && value !== '') return value;
      }
    }
  }
  return undefined;
}

/** An IP (`10.1.2.3`, `2001:db8::1`) or a CIDR block, as a CIDR; undefined when the text is neither. */
function addressOf(text: string): ReturnType<typeof parseCidr> | undefined {
  if (!/^[0-9a-fA-F:.]+(\/\d+)?$/.test(text) || !/[.:]/.test(text)) return undefined;
  if (text.includes('/')) return parseCidr(text);
  return parseCidr(`${text}/${text.includes(':') ? 128 : 32}`);
}

type Candidate = { readonly label: string; readonly spec: EndpointSpec };

/**
 * What names each subnet, security group and VPC, indexed once per model (a run resolves every
 * intent's two ends, and a scan of a large model per end would cost more than following the
 * flows): `exact` by key, label, address and real ID; `named` by `Name` tag (built on the first
 * lookup that needs it, since reading every tag is the costly part). Each list is in model order:
 * subnets, then security groups, then VPCs.
 */
class EndpointIndex {
  readonly exact = new Map<string, Candidate[]>();
  #named: Map<string, Candidate[]> | undefined;
  readonly #things: readonly { readonly x: Subnet | SecurityGroup | Vpc; readonly candidate: Candidate }[];

  constructor(model: NetworkModel) {
    const things: { x: Subnet | SecurityGroup | Vpc; candidate: Candidate }[] = [];
    for (const s of model.subnets) things.push({ x: s, candidate: { label: s.label, spec: { kind: 'subnet', subnet: s } } });
    for (const g of model.securityGroups) things.push({ x: g, candidate: { label: g.label, spec: { kind: 'security-group', group: g } } });
    for (const v of model.vpcs) things.push({ x: v, candidate: { label: v.label, spec: { kind: 'vpc', vpc: v } } });
    this.#things = things;
    for (const { x, candidate } of things) {
      const texts = new Set([x.key, x.label]);
      if (x.resource !== undefined) texts.add(x.resource.address);
      if (x.id.state === 'known' && typeof x.id.value === 'string') texts.add(x.id.value);
      for (const t of texts) add(this.exact, t, candidate);
    }
  }

  named(text: string): readonly Candidate[] {
    if (this.#named === undefined) {
      this.#named = new Map();
      for (const { x, candidate } of this.#things) {
        const name = 'name' in x && typeof x.name === 'string' ? x.name : nameTag(x.resource);
        if (name !== undefined) add(this.#named, name, candidate);
      }
    }
    return this.#named.get(text) ?? [];
  }
}

function add(map: Map<string, Candidate[]>, text: string, c: Candidate): void {
  const list = map.get(text);
  if (list === undefined) map.set(text, [c]);
  else list.push(c);
}

const indexes = new WeakMap<NetworkModel, EndpointIndex>();

/**
 * Resolves `text` against the model. Addresses and IDs are matched before `Name` tags, so a tag
 * that equals another resource's address does not make it ambiguous; two matches of one kind of
 * match are an error that lists them.
 */
export function resolveEndpoint(model: NetworkModel, text: string): EndpointResolution {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'an endpoint is empty' };
  const address = addressOf(trimmed);
  if (address !== undefined) {
    if (!address.ok) return { ok: false, error: `${trimmed} is not a valid IP address or CIDR block: ${address.error}` };
    const cidr = address.cidr;
    const inside: Subnet[] = [];
    for (const s of model.subnets) {
      const c = cidr.family === 4 ? s.cidr : s.ipv6Cidr;
      if (c.state === 'known' && contains(c.value, cidr)) inside.push(s);
    }
    if (inside.length === 1) return { ok: true, spec: { kind: 'address', cidr, subnet: inside[0] as Subnet } };
    if (inside.length === 0) return { ok: false, error: `${trimmed} is not inside a subnet in the linted files` };
    return { ok: false, error: `${trimmed} is inside several subnets (${inside.map((s) => s.label).join(', ')}): name the subnet instead` };
  }
  let index = indexes.get(model);
  if (index === undefined) indexes.set(model, (index = new EndpointIndex(model)));
  // Addresses and IDs first: a Name tag is consulted only when nothing has the text as its own.
  const ix = index;
  for (const lookup of [() => ix.exact.get(trimmed) ?? [], () => ix.named(trimmed)]) {
    const found = lookup();
    if (found.length === 1) return { ok: true, spec: (found[0] as Candidate).spec };
    if (found.length > 1) return { ok: false, error: `${trimmed} names several resources (${found.map((c) => c.label).join(', ')}): use an address` };
  }
  return { ok: false, error: `${trimmed} names no subnet, security group or VPC in the linted files, and is not an IP address or CIDR block` };
}
