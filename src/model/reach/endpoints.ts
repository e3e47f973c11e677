/**
 * Endpoint resolution for the path engine: the text a person writes for FROM / TO (a subnet,
 * security group or VPC by address, CloudFormation logical ID, real ID or `Name` tag; or an IP
 * address or CIDR block inside a modelled subnet) into an `EndpointSpec`. Separate from `reach`
 * so that a CLI and config intents report a bad endpoint before any path is computed.
 */
import { contains, parseCidr } from '../cidr.js';
import type { SourceResource } from '../source.js';
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

function matches(x: { readonly key: string; readonly label: string; readonly resource?: SourceResource; readonly id: { state: string; value?: unknown } }, text: string, name: string | undefined): boolean {
  if (x.key === text || x.label === text || x.resource?.address === text) return true;
  if (x.id.state === 'known' && x.id.value === text) return true;
  return name !== undefined && name === text;
}

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
  const exact: Candidate[] = [];
  const named: Candidate[] = [];
  const consider = (x: Subnet | SecurityGroup | Vpc, spec: EndpointSpec): void => {
    const name = 'name' in x && typeof x.name === 'string' ? x.name : nameTag(x.resource);
    if (x.key === trimmed || x.label === trimmed || x.resource?.address === trimmed || (x.id.state === 'known' && x.id.value === trimmed)) {
      exact.push({ label: x.label, spec });
    } else if (matches(x, trimmed, name)) named.push({ label: x.label, spec });
  };
  for (const s of model.subnets) consider(s, { kind: 'subnet', subnet: s });
  for (const g of model.securityGroups) consider(g, { kind: 'security-group', group: g });
  for (const v of model.vpcs) consider(v, { kind: 'vpc', vpc: v });
  for (const list of [exact, named]) {
    if (list.length === 1) return { ok: true, spec: (list[0] as Candidate).spec };
    if (list.length > 1) return { ok: false, error: `${trimmed} names several resources (${list.map((c) => c.label).join(', ')}): use an address` };
  }
  return { ok: false, error: `${trimmed} names no subnet, security group or VPC in the linted files, and is not an IP address or CIDR block` };
}
