/**
 * The benchmark's plan generator at tiny sizes: resource counts by type follow from the topology,
 * addresses are unique, every configuration reference points at something declared, existing and
 * new resources look as Terraform shows them, the planted findings are there, and a seed always
 * gives the same plan.
 */
import { describe, expect, it } from 'vitest';

interface GenPlanModule {
  buildPlan(opts: { resources: number; seed?: number }): { toString(opts?: { indent?: number }): string };
}
// Plain JavaScript (scripts/ is not compiled), typed here by what the tests use.
const gen = (await import(new URL('../../scripts/bench/gen-plan.js', import.meta.url).href)) as GenPlanModule;

type Json = Record<string, any>;

function build(resources: number, seed?: number): Json {
  return JSON.parse(gen.buildPlan({ resources, ...(seed === undefined ? {} : { seed }) }).toString()) as Json;
}

/** Every resource of a values representation, through child modules. */
function valuesResources(mod: Json | undefined): Json[] {
  if (mod === undefined) return [];
  return [...((mod.resources as Json[] | undefined) ?? []), ...((mod.child_modules as Json[] | undefined) ?? []).flatMap(valuesResources)];
}

function countBy<T>(items: T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of items) out[key(t)] = (out[key(t)] ?? 0) + 1;
  return out;
}

/** The module key a root block reads its VPC from: `module.vpc["vpc-0003"].vpc_id` → [`vpc`, `vpc-0003`]. */
function moduleOf(expr: Json): [string, string] {
  const m = /^module\.(vpc|vpc_legacy)\["([^"]+)"\]/.exec(String(expr.references[0]));
  if (!m) throw new Error(`not a module reference: ${JSON.stringify(expr)}`);
  return [m[1] as string, m[2] as string];
}

// Two groups: vpc-0000..0009 (hub and spokes, all existing), vpc-0010..0019 (hub and spokes, all
// new, with the planted findings).
const small = build(300);
const changes = small.resource_changes as Json[];
const byAddress = new Map(changes.map((c) => [c.address as string, c]));
const rootConfig = small.configuration.root_module as Json;
const standard = Object.keys(small.variables.vpcs.value as Json);
const legacy = Object.keys(small.variables.legacy_vpcs.value as Json);

describe('gen-plan at about 300 resources', () => {
  it('builds two groups of ten VPCs, split between the two VPC modules', () => {
    expect([...standard, ...legacy].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `vpc-${String(i).padStart(4, '0')}`));
    // Legacy (inline) VPCs only where everything around them already exists: the first group.
    expect(legacy.every((k) => Number(k.slice(4)) < 10)).toBe(true);
  });

  it('has the resource counts the topology implies', () => {
    const peerings = (rootConfig.resources as Json[]).filter((r) => r.type === 'aws_vpc_peering_connection');
    const regular = peerings.filter((r) => !String(r.name).startsWith('dup_'));
    // A route per side of each peering, except inline (legacy) sides and the planted missing one;
    // plus the two planted routes and one internet route per standard VPC.
    const standaloneSides = regular
      .flatMap((r) => [moduleOf(r.expressions.vpc_id), moduleOf(r.expressions.peer_vpc_id)])
      .filter(([mod]) => mod === 'vpc').length;
    const withoutAutoAccept = regular.filter((r) => r.expressions.auto_accept === undefined).length;
    const n = standard.length;
    expect(countBy(changes, (c) => c.type as string)).toEqual({
      aws_vpc: 20,
      aws_subnet: 60,
      aws_internet_gateway: 20,
      aws_route_table: 40,
      aws_route_table_association: 60,
      aws_security_group: 20,
      aws_vpc_security_group_ingress_rule: n,
      aws_vpc_security_group_egress_rule: n,
      aws_security_group_rule: n,
      aws_vpc_peering_connection: 9 + 9 + 1,
      ...(withoutAutoAccept > 0 ? { aws_vpc_peering_connection_accepter: withoutAutoAccept } : {}),
      aws_route: n + standaloneSides - 1 + 2,
    });
  });

  it('gives every instance a unique address, the same in planned_values and resource_changes', () => {
    const addresses = changes.map((c) => c.address as string);
    expect(new Set(addresses).size).toBe(addresses.length);
    const planned = valuesResources(small.planned_values.root_module).map((r) => r.address as string);
    expect(planned.sort()).toEqual([...addresses].sort());
  });

  it('only references things that are declared', () => {
    const instanceAddresses = new Set(changes.map((c) => c.address as string));
    const problems: string[] = [];
    const visit = (mod: Json, path: string, callKeys: (string | undefined)[]) => {
      const variables = new Set(Object.keys((mod.variables as Json | undefined) ?? {}));
      const resources = new Map(((mod.resources as Json[] | undefined) ?? []).map((r) => [r.address as string, r]));
      const calls = (mod.module_calls as Json | undefined) ?? {};
      const check = (where: string, refs: string[], meta: { each: boolean; count: boolean }) => {
        for (const r of refs) {
          let m: RegExpExecArray | null;
          if ((m = /^var\.(\w+)/.exec(r))) {
            if (!variables.has(m[1] as string)) problems.push(`${where}: ${r} (no variable)`);
          } else if (r.startsWith('each.')) {
            if (!meta.each) problems.push(`${where}: ${r} without for_each`);
          } else if (r.startsWith('count.')) {
            if (!meta.count) problems.push(`${where}: ${r} without count`);
          } else if (r.startsWith('local.')) {
            // Locals are not part of the JSON configuration.
          } else if ((m = /^module\.(\w+)(?:\["([^"]+)"\])?(?:\.(\w+))?/.exec(r))) {
            const call = calls[m[1] as string] as Json | undefined;
            if (call === undefined) problems.push(`${where}: ${r} (no module call)`);
            else if (m[3] !== undefined && !Object.hasOwn(call.module.outputs ?? {}, m[3])) problems.push(`${where}: ${r} (no output)`);
            else if (m[2] !== undefined && !changes.some((c) => String(c.module_address ?? '').startsWith(`module.${m![1]}["${m![2]}"]`))) {
              problems.push(`${where}: ${r} (no such module instance)`);
            }
          } else if ((m = /^(\w+\.\w+)(?:\[("[^"]+"|\d+)\])?/.exec(r))) {
            if (!resources.has(m[1] as string)) problems.push(`${where}: ${r} (no resource block)`);
            else if (m[2] !== undefined) {
              const key = m[2];
              const found = callKeys.some((k) => instanceAddresses.has(`${path}${k ?? ''}${path === '' ? '' : '.'}${m![1]}[${key}]`));
              if (!found) problems.push(`${where}: ${r} (no such instance)`);
            }
          } else {
            problems.push(`${where}: ${r} (unrecognized)`);
          }
        }
      };
      const exprRefs = (e: unknown): string[] => {
        if (Array.isArray(e)) return e.flatMap(exprRefs);
        if (e === null || typeof e !== 'object') return [];
        const o = e as Json;
        if (Array.isArray(o.references)) return o.references as string[];
        if (Object.hasOwn(o, 'constant_value')) return [];
        return Object.values(o).flatMap(exprRefs);
      };
      for (const r of resources.values()) {
        const meta = { each: r.for_each_expression !== undefined, count: r.count_expression !== undefined };
        check(`${path}${r.address}`, [...exprRefs(r.expressions), ...exprRefs(r.for_each_expression), ...exprRefs(r.count_expression)], meta);
      }
      for (const [name, o] of Object.entries((mod.outputs as Json | undefined) ?? {})) {
        check(`${path}output.${name}`, exprRefs((o as Json).expression), { each: false, count: false });
      }
      for (const [name, call] of Object.entries(calls)) {
        const c = call as Json;
        check(`${path}module.${name}`, [...exprRefs(c.expressions), ...exprRefs(c.for_each_expression)], {
          each: c.for_each_expression !== undefined,
          count: c.count_expression !== undefined,
        });
        const keys = [...new Set(changes.map((ch) => /^module\.\w+(\["[^"]+"\])/.exec(String(ch.module_address ?? ''))?.[1]).filter((k) => k !== undefined))];
        visit(c.module as Json, `module.${name}`, keys.map((k) => k));
      }
    };
    visit(rootConfig, '', [undefined]);
    expect(problems).toEqual([]);
  });

  it('shows the existing group as no-op or update with prior state, the new group as create with unknown IDs', () => {
    const prior = new Map(valuesResources(small.prior_state.values.root_module).map((r) => [r.address as string, r]));
    const hubs = { existing: 'vpc-0000', created: 'vpc-0010' };
    for (const c of changes) {
      const [action] = c.change.actions as string[];
      if (action === 'create') {
        expect(c.change.before).toBeNull();
        expect(c.change.after_unknown.id).toBe(true);
        expect(prior.has(c.address)).toBe(false);
      } else {
        expect(['no-op', 'update']).toContain(action);
        expect(c.change.before.id).toMatch(/^(vpc|subnet|igw|rtb|rtbassoc|sg|sgr|sgrule|pcx|r)-\w+/);
        expect(prior.get(c.address)?.values).toEqual(c.change.before);
      }
    }
    expect(byAddress.get(`module.vpc["${hubs.existing}"].aws_vpc.this`)?.change.actions ?? byAddress.get(`module.vpc_legacy["${hubs.existing}"].aws_vpc.this`)?.change.actions).not.toEqual(['create']);
    expect(byAddress.get(`module.vpc["${hubs.created}"].aws_vpc.this`)?.change.actions).toEqual(['create']);
  });

  it('lists the routes an existing standalone-route table has in its computed `route`', () => {
    for (const key of standard.filter((k) => Number(k.slice(4)) < 10)) {
      const table = byAddress.get(`module.vpc["${key}"].aws_route_table.private`) as Json;
      const routes = changes.filter(
        (c) => c.type === 'aws_route' && c.change.before !== null && c.change.before.route_table_id === table.change.before.id,
      );
      expect(table.change.before.route.map((r: Json) => [r.cidr_block, r.vpc_peering_connection_id]).sort()).toEqual(
        routes.map((r) => [r.change.before.destination_cidr_block, r.change.before.vpc_peering_connection_id]).sort(),
      );
    }
  });

  it('plants one mistake per routing and security rule in the second group', () => {
    const privateRange = (key: string) => (small.variables.vpcs.value as Json)[key].private_cidr_block as string;
    // NET201: the spoke vpc-0011 routes to its hub, the hub has no route back.
    expect(byAddress.has('aws_route.pcx_0011_0010_req')).toBe(true);
    expect(byAddress.has('aws_route.pcx_0011_0010_acc')).toBe(false);
    expect(byAddress.has('aws_route.pcx_0012_0010_acc')).toBe(true);
    // NET202: vpc-0012 routes vpc-0013's private range over its peering with the hub.
    expect(byAddress.get('aws_route.transit_0012_0013')?.change.after.destination_cidr_block).toBe(privateRange('vpc-0013'));
    // NET203: vpc-0014 sends its default route over the hub peering.
    expect(byAddress.get('aws_route.egress_0014')?.change.after.destination_cidr_block).toBe('0.0.0.0/0');
    // NET301: a second peering between the hub and vpc-0015, the other way round.
    const dup = (rootConfig.resources as Json[]).find((r) => r.address === 'aws_vpc_peering_connection.dup_0010_0015') as Json;
    expect([moduleOf(dup.expressions.vpc_id), moduleOf(dup.expressions.peer_vpc_id)]).toEqual([
      ['vpc', 'vpc-0010'],
      ['vpc', 'vpc-0015'],
    ]);
    // NET401 and NET001 on SSH rules.
    expect(byAddress.get('module.vpc["vpc-0011"].aws_security_group_rule.ssh')?.change.after.cidr_blocks).toEqual(['0.0.0.0/0']);
    expect(byAddress.get('module.vpc["vpc-0012"].aws_security_group_rule.ssh')?.change.after.cidr_blocks).toEqual(['192.168.100.1/24']);
  });

  it('is deterministic for a seed', () => {
    const a = gen.buildPlan({ resources: 300, seed: 7 }).toString();
    expect(gen.buildPlan({ resources: 300, seed: 7 }).toString()).toBe(a);
    expect(gen.buildPlan({ resources: 300, seed: 8 }).toString()).not.toBe(a);
  });
});

describe('gen-plan at about 500 resources', () => {
  const plan = build(500);
  const vpcs = plan.variables.vpcs.value as Json;
  const peerings = (plan.configuration.root_module.resources as Json[]).filter((r) => r.type === 'aws_vpc_peering_connection');

  it('adds a half-existing partial mesh where every member peers with four others', () => {
    const mesh = Array.from({ length: 8 }, (_, i) => `vpc-${String(20 + i).padStart(4, '0')}`);
    const degree = countBy(
      peerings.flatMap((r) => [moduleOf(r.expressions.vpc_id)[1], moduleOf(r.expressions.peer_vpc_id)[1]]).filter((k) => mesh.includes(k)),
      (k) => k,
    );
    expect(degree).toEqual(Object.fromEntries(mesh.map((k) => [k, 4])));
    const actions = mesh.map((k) => plan.resource_changes.find((c: Json) => c.address === `module.vpc["${k}"].aws_vpc.this`)?.change.actions[0]);
    expect(actions).toEqual(['no-op', 'no-op', 'no-op', 'no-op', 'create', 'create', 'create', 'create']);
  });

  it('plants NET101: a new mesh member whose /21 covers its peer\'s /22', () => {
    // VPC n gets the n-th /22 of 10.0.0.0/8: vpc-0025 has 10.0.100.0/22; vpc-0024's would be 10.0.96.0/22.
    expect(vpcs['vpc-0025'].cidr_block).toBe('10.0.100.0/22');
    expect(vpcs['vpc-0024'].cidr_block).toBe('10.0.96.0/21');
    expect(peerings.some((r) => r.address === 'aws_vpc_peering_connection.pcx_0024_0025')).toBe(true);
  });
});
