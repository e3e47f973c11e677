// NET301 duplicate-peering: more than one peering connection between the same two VPCs, in either
// direction. AWS allows only one peering connection per pair of VPCs, and the AWS provider does not
// fail on a second one: CreateVpcPeeringConnection hands back the existing connection's ID, so two
// Terraform resources end up managing one connection, and destroying either tears down the
// peering that the other (and every route over it) still relies on.
// See https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations
import { defineRule, examples, type FixPlan, prose } from '../src/engine/define-rule.js';
import type { NetworkModel, PeeringConnection, Subject, Tri, Vpc } from '../src/model/types.js';

/**
 * Numbers VPCs by identity: their real ID when known (so a managed VPC, a data source and an
 * external stub for one `vpc-…` are one VPC even if the model kept them apart), else the model
 * object. Numbers keep pair keys cheap: no string is built per peering.
 */
class VpcNumbers {
  readonly #byId = new Map<string, number>();
  readonly #byObject = new Map<Vpc, number>();
  #next = 0;

  of(vpc: Vpc): number {
    let n = this.#byObject.get(vpc);
    if (n !== undefined) return n;
    if (vpc.id.state === 'known') {
      n = this.#byId.get(vpc.id.value);
      if (n === undefined) this.#byId.set(vpc.id.value, (n = this.#next++));
    } else {
      n = this.#next++;
    }
    this.#byObject.set(vpc, n);
    return n;
  }
}

/** An unordered pair of VPC numbers as one number (exact: numbers stay far below 2^26). */
function pairKey(a: number, b: number): number {
  return a < b ? a * 67108864 + b : b * 67108864 + a;
}

/** Related entry for a VPC: its resource when it has one (so it can be located), else its label. */
function vpcRelated(vpc: Vpc): Subject | string {
  return vpc.resource ? { resource: vpc.resource } : vpc.label;
}

function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Address order; the file breaks ties (two plans linted together may reuse an address). */
function byAddress(a: PeeringConnection, b: PeeringConnection): number {
  return cmp(a.resource.address, b.resource.address) || cmp(a.resource.file, b.resource.file);
}

/** The address, with the file when it alone does not tell the two connections apart. */
function nameOf(p: PeeringConnection, other: PeeringConnection): string {
  return p.resource.address === other.resource.address ? `${p.resource.address} (in ${p.resource.file})` : p.resource.address;
}

const SIDES = ['requester', 'accepter'] as const;

function sideValue(p: PeeringConnection, side: 'requester' | 'accepter'): Tri<Vpc> {
  return side === 'requester' ? p.requester : p.accepter;
}

export default defineRule({
  id: 'NET301', name: 'duplicate-peering', defaultSeverity: 'error', summary: 'More than one peering connection joins the same pair of VPCs.',
  rationale:
    prose`AWS allows only one VPC peering connection between two VPCs, whichever side requests it. Terraform does not
    fail on a second one: AWS returns the ID of the existing connection, so two resources silently manage the same
    connection. Their settings (DNS resolution, tags, acceptance) fight on every apply, and destroying either
    resource deletes the connection that the other one and every route over it still depend on.`,
  remediation:
    prose`Keep exactly one peering connection per pair of VPCs: remove the extra resource and point its routes and
    options at the remaining connection (use a \`moved\` block or \`terraform state rm\` so the shared connection is
    not destroyed). One connection can carry traffic in both directions.`,
  references: [
    { title: 'VPC peering limitations', url: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations' },
    { title: 'Terraform AWS provider: aws_vpc_peering_connection', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_peering_connection' },
  ],
  docs: examples({ tf: ['positive-same-direction.tf', 'negative-distinct-pairs.tf'], cfn: ['positive-same-direction.cfn.yaml', 'negative-condition-swap.cfn.json'] }),
  messages: {
    duplicate:
      'Peering {peering} ({requester} to {accepter}) duplicates {first}, which already joins these two VPCs. ' +
      'AWS allows only one peering connection between two VPCs, and Terraform silently returns the existing ' +
      "connection's ID for a second one, so both resources would manage one connection. Remove {peering} and use {first}.",
  },
  check(model, context) {
    const numbers = new VpcNumbers();
    // Connections by unordered pair of VPCs; connections with an unknown side aside.
    const byPair = new Map<number, PeeringConnection[]>();
    const undecided: PeeringConnection[] = [];
    // Indexed (CONTRIBUTING.md, Performance).
    const peerings = model.peerings;
    for (let i = 0; i < peerings.length; i++) {
      const p = peerings[i] as PeeringConnection;
      const { requester, accepter } = p;
      const a = requester.state === 'known' ? numbers.of(requester.value) : -1;
      const b = accepter.state === 'known' ? numbers.of(accepter.value) : -1;
      if (a < 0 || b < 0) {
        undecided.push(p);
        continue;
      }
      const pair = pairKey(a, b);
      const list = byPair.get(pair);
      if (list) list.push(p);
      else byPair.set(pair, [p]);
    }

    // Counted when a duplicate is found: most models have none.
    let routeUse: RouteUse | undefined;
    for (const group of byPair.values()) {
      if (group.length < 2) continue;
      group.sort(byAddress);
      const first = group[0] as PeeringConnection;
      // Kept connections by real ID: only connections with one ID can be one connection.
      const keptById = new Map<string, PeeringConnection[]>();
      const keep = (p: PeeringConnection): boolean => {
        if (p.id.state !== 'known') return true;
        const same = keptById.get(p.id.value);
        if (same?.some((q) => sameConnection(p, q))) return false;
        if (same) same.push(p);
        else keptById.set(p.id.value, [p]);
        return true;
      };
      keep(first);
      for (const p of group.slice(1)) {
        if (!keep(p)) continue;
        const requester = (p.requester as { value: Vpc }).value;
        const accepter = (p.accepter as { value: Vpc }).value;
        context.report({
          messageId: 'duplicate',
          subject: { resource: p.resource },
          related: [{ resource: first.resource }, vpcRelated(requester), vpcRelated(accepter)],
          data: {
            peering: nameOf(p, first),
            first: nameOf(first, p),
            requester: requester.label,
            accepter: accepter.label,
          },
          fix: removalFix(p, first, group.length === 2, (routeUse ??= new RouteUse(model))),
        });
      }
    }

    // A connection with an unknown VPC could duplicate another one only if that other one shares
    // its known VPC (or, when both of its VPCs are unknown, if there is any other connection at
    // all); with nothing it could pair up with, there is nothing to duplicate and no check to
    // leave open. Invalid values (a malformed literal) are NET001's to report. The candidate named
    // in the reason is the first by address, overall or per VPC (computed once per VPC, so a hub
    // with many undecided spokes stays linear).
    if (undecided.length === 0) return;
    const [firstAll, secondAll] = firstTwo(model.peerings);
    const byVpc = connectionsByVpc(model.peerings, numbers);
    const firstTwoByVpc = new Map<number, [PeeringConnection | undefined, PeeringConnection | undefined]>();
    for (const p of undecided) {
      const unknownSides = SIDES.filter((side) => sideValue(p, side).state !== 'known');
      if (unknownSides.some((side) => isInvalid(sideValue(p, side)))) continue;
      const knownSide = SIDES.find((side) => sideValue(p, side).state === 'known');
      let other: PeeringConnection | undefined;
      let sharedLabel: string | undefined;
      if (knownSide) {
        const vpc = (sideValue(p, knownSide) as { value: Vpc }).value;
        const key = numbers.of(vpc);
        let two = firstTwoByVpc.get(key);
        if (!two) {
          two = firstTwo(byVpc.get(key) ?? []);
          firstTwoByVpc.set(key, two);
        }
        other = two[0] === p ? two[1] : two[0];
        sharedLabel = vpc.label;
      } else {
        other = firstAll === p ? secondAll : firstAll;
      }
      if (!other) continue;
      // The model's reasons name the attribute in the source's own terms (peer_vpc_id, PeerVpcId).
      const why = unknownSides.map((side) => `the ${side} VPC ${describe(sideValue(p, side))}`).join(' and ');
      const target = sharedLabel
        ? `${other.resource.address}, which also joins ${sharedLabel},`
        : `${other.resource.address} or another peering connection`;
      context.unresolved({ resource: p.resource }, `${why}, so whether it duplicates ${target} cannot be decided`);
    }
  },
});

/** Connections by each known VPC they touch, to tell whether one with an unknown VPC could duplicate anything. */
function connectionsByVpc(peerings: readonly PeeringConnection[], numbers: VpcNumbers): Map<number, PeeringConnection[]> {
  const byVpc = new Map<number, PeeringConnection[]>();
  const touch = (n: number, p: PeeringConnection): void => {
    const list = byVpc.get(n);
    if (list) list.push(p);
    else byVpc.set(n, [p]);
  };
  for (const p of peerings) {
    const a = p.requester.state === 'known' ? numbers.of(p.requester.value) : -1;
    const b = p.accepter.state === 'known' ? numbers.of(p.accepter.value) : -1;
    if (a >= 0) touch(a, p);
    if (b >= 0 && b !== a) touch(b, p);
  }
  return byVpc;
}

/**
 * One real connection reached twice: the same resource read from two plans, or a requester and an
 * accepter-only entry with the same `pcx-…` ID that the model could not merge. Two different
 * requester resources with one ID are not this: that is the state a duplicate leaves behind
 * after apply (AWS handed the second resource the first one's ID), and it is reported.
 */
function sameConnection(p: PeeringConnection, q: PeeringConnection): boolean {
  if (p.id.state !== 'known' || q.id.state !== 'known' || p.id.value !== q.id.value) return false;
  const accepterOnly = (x: PeeringConnection): boolean => x.accepterResource === x.resource;
  return p.resource.address === q.resource.address || accepterOnly(p) || accepterOnly(q);
}

function isInvalid(v: Tri<Vpc>): boolean {
  return v.state === 'unknown' && v.invalid === true;
}

function describe(v: Tri<Vpc>): string {
  if (v.state === 'unknown') return `is unknown (${v.reason})`;
  return 'is not set';
}

/** The two connections that come first by address (either may be missing), in one pass. */
function firstTwo(list: readonly PeeringConnection[]): [PeeringConnection | undefined, PeeringConnection | undefined] {
  let first: PeeringConnection | undefined;
  let second: PeeringConnection | undefined;
  for (const q of list) {
    if (q === first || q === second) continue; // a VPC peered with itself is listed twice
    if (!first || byAddress(q, first) < 0) {
      second = first;
      first = q;
    } else if (!second || byAddress(q, second) < 0) {
      second = q;
    }
  }
  return [first, second];
}

/** How many routes go over each connection (by key), counted once per check. */
class RouteUse {
  readonly #count = new Map<string, number>();
  constructor(model: NetworkModel) {
    for (const r of model.routes) {
      if (r.target.kind !== 'peering' || r.target.peering.state !== 'known') continue;
      const key = r.target.peering.value.key;
      this.#count.set(key, (this.#count.get(key) ?? 0) + 1);
    }
  }
  of(p: PeeringConnection): number {
    return this.#count.get(p.key) ?? 0;
  }
}

/** Is the connection's resource written in a child module (a Terraform address under `module.`)? */
function inModule(p: PeeringConnection): boolean {
  return p.resource.format !== 'cloudformation' && p.resource.address.startsWith('module.');
}

/** Does the connection exist already (in state), as opposed to being created by this change? */
function exists(p: PeeringConnection): boolean {
  return p.id.state === 'known' || (p.resource.action !== undefined && p.resource.action !== 'create');
}

/**
 * Which of two connections between one pair to remove, and why: the one no route uses; else the
 * one this change creates rather than one that exists; else the one with no accepter or options of
 * its own; else the one written in the root module rather than in a module (whose text other calls
 * share); else the duplicate the finding names (the later by address). With three or more
 * connections the finding's own is the candidate. Removing a connection that routes still use is
 * not mechanical (they must be pointed at the one kept): no fix then.
 */
function removalFix(p: PeeringConnection, first: PeeringConnection, pair: boolean, use: RouteUse): FixPlan | undefined {
  const extras = (x: PeeringConnection): number => (x.accepterResource !== undefined && x.accepterResource !== x.resource ? 1 : 0) + x.optionsResources.length;
  let remove = p;
  let keep = first;
  let why = `it is the later of the two by address, and nothing else tells them apart`;
  if (pair) {
    const pick = (a: PeeringConnection, b: PeeringConnection, reason: string): void => {
      remove = a;
      keep = b;
      why = reason;
    };
    const [up, uf] = [use.of(p), use.of(first)];
    if (up === 0 && uf > 0) pick(p, first, `no route uses it, while ${uf === 1 ? 'a route uses' : `${uf} routes use`} ${first.resource.address}`);
    else if (uf === 0 && up > 0) pick(first, p, `no route uses it, while ${up === 1 ? 'a route uses' : `${up} routes use`} ${p.resource.address}`);
    else if (exists(first) && !exists(p)) pick(p, first, `this change creates it, while ${first.resource.address} already exists`);
    else if (exists(p) && !exists(first)) pick(first, p, `this change creates it, while ${p.resource.address} already exists`);
    else if (extras(p) === 0 && extras(first) > 0) pick(p, first, `${first.resource.address} has the accepter and options resources, it has none`);
    else if (extras(first) === 0 && extras(p) > 0) pick(first, p, `${p.resource.address} has the accepter and options resources, it has none`);
    else if (inModule(p) && !inModule(first)) pick(first, p, `it is written in the root module, while ${p.resource.address} comes from a module whose other calls share its text`);
  }
  if (use.of(remove) > 0) return undefined;
  const resources = [remove.resource];
  if (remove.accepterResource !== undefined && remove.accepterResource !== remove.resource) resources.push(remove.accepterResource);
  resources.push(...remove.optionsResources);
  const also = resources.length > 1 ? ` (with ${resources.slice(1).map((r) => r.address).join(', ')})` : '';
  return {
    kind: 'removeResources',
    description:
      `Remove ${remove.resource.address}${also} and keep ${keep.resource.address}: ${why}. One connection carries traffic both ways. ` +
      'If AWS already created both, they are one connection: stop managing the removed resource without deleting it ' +
      (remove.resource.format === 'cloudformation'
        ? '(set DeletionPolicy: Retain on it and update the stack before removing it).'
        : '(terraform state rm, or a removed block with destroy = false).'),
    resources,
  };
}
