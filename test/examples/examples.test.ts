/**
 * The bundled examples: the committed files are what scripts/gen-example.js writes, each plan
 * agrees with its configuration, every planted mistake is in hub-and-spokes/plan.json where
 * examples/README.md says, and clean-peering is the correct peering it claims to be.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/repo.js';

interface GenExampleModule {
  generateExamples(): Map<string, string>;
}
// Plain JavaScript (scripts/ is not compiled), typed here by what the tests use.
const gen = (await import(new URL('../../scripts/gen-example.js', import.meta.url).href)) as GenExampleModule;

type Json = Record<string, any>;

const read = (path: string) => readFileSync(`${repoRoot}/${path}`, 'utf8');
const hub = JSON.parse(read('examples/hub-and-spokes/plan.json')) as Json;
const clean = JSON.parse(read('examples/clean-peering/plan.json')) as Json;

function change(plan: Json, address: string): Json {
  const c = (plan.resource_changes as Json[]).find((r) => r.address === address);
  if (c === undefined) throw new Error(`no resource ${address}`);
  return c.change as Json;
}

/** The configuration block of a resource instance. */
function configOf(plan: Json, address: string): Json | undefined {
  let mod = plan.configuration.root_module as Json;
  let rest = address;
  for (let m = /^module\.([\w-]+)(?:\[[^\]]+\])?\./.exec(rest); m; m = /^module\.([\w-]+)(?:\[[^\]]+\])?\./.exec(rest)) {
    mod = mod.module_calls[m[1] as string].module as Json;
    rest = rest.slice(m[0].length);
  }
  const blockAddress = rest.replace(/\[[^\]]+\]$/, '');
  return (mod.resources as Json[]).find((r) => r.address === blockAddress);
}

describe('examples', () => {
  it('are what scripts/gen-example.js writes', () => {
    const files = gen.generateExamples();
    expect([...files.keys()].sort()).toEqual([
      'examples/clean-peering/main.tf',
      'examples/clean-peering/plan.json',
      'examples/hub-and-spokes/main.tf',
      'examples/hub-and-spokes/modules/spoke/main.tf',
      'examples/hub-and-spokes/modules/spoke/outputs.tf',
      'examples/hub-and-spokes/modules/spoke/variables.tf',
      'examples/hub-and-spokes/outputs.tf',
      'examples/hub-and-spokes/plan.json',
      'examples/hub-and-spokes/variables.tf',
    ]);
    for (const [path, text] of files) expect(read(path), path).toBe(text);
  });

  it.each([
    ['hub-and-spokes', hub],
    ['clean-peering', clean],
  ])('%s: every instance has a block whose constants it carries and whose references it sets or leaves unknown', (_name, plan) => {
    for (const rc of plan.resource_changes as Json[]) {
      const cfg = configOf(plan, rc.address as string);
      expect(cfg, rc.address).toBeDefined();
      for (const [attr, expr] of Object.entries((cfg as Json).expressions as Json)) {
        const e = expr as Json;
        const nested = Array.isArray(e) || (Array.isArray(e.constant_value) && typeof e.constant_value[0] === 'object');
        if (Object.hasOwn(e, 'constant_value') && !nested) {
          expect(rc.change.after[attr], `${rc.address}.${attr}`).toEqual(e.constant_value);
        } else {
          const set = Object.hasOwn(rc.change.after, attr) || rc.change.after_unknown[attr] !== undefined;
          expect(set, `${rc.address}.${attr}`).toBe(true);
        }
      }
    }
  });

  it('.tf files name the same resources as the plan configuration', () => {
    const blocks = (text: string) => [...text.matchAll(/^resource "(\w+)" "(\w+)"/gm)].map((m) => `${m[1]}.${m[2]}`).sort();
    const addresses = (mod: Json) => (mod.resources as Json[]).map((r) => r.address as string).sort();
    expect(blocks(read('examples/hub-and-spokes/main.tf'))).toEqual(addresses(hub.configuration.root_module));
    expect(blocks(read('examples/hub-and-spokes/modules/spoke/main.tf'))).toEqual(
      addresses(hub.configuration.root_module.module_calls.spoke.module),
    );
    expect(blocks(read('examples/clean-peering/main.tf'))).toEqual(addresses(clean.configuration.root_module));
  });
});

describe('hub-and-spokes', () => {
  it('is a first apply: everything created, nothing in prior state', () => {
    expect(new Set((hub.resource_changes as Json[]).map((r) => r.change.actions.join()))).toEqual(new Set(['create']));
    expect(hub.prior_state).toBeUndefined();
    expect(change(hub, 'aws_vpc.hub').after_unknown.id).toBe(true);
  });

  it('lists in the README one expected finding per core rule, each on a resource of the plan', () => {
    const rows = [...read('examples/README.md').matchAll(/^\| (NET\d{3}) [\w-]+ \| `([^`]+)`(?: and `([^`]+)`)? \|/gm)];
    expect(rows.map((r) => r[1])).toEqual(['NET001', 'NET101', 'NET201', 'NET202', 'NET203', 'NET301', 'NET401']);
    const addresses = new Set((hub.resource_changes as Json[]).map((r) => r.address as string));
    for (const row of rows) {
      for (const address of [row[2], row[3]].filter((a) => a !== undefined)) expect(addresses.has(address as string), address).toBe(true);
    }
  });

  const spokes = hub.variables.spokes.value as Json;

  it.each([
    ['NET001', () => change(hub, 'aws_vpc_security_group_ingress_rule.monitoring_node_exporter').after.cidr_ipv4, '10.20.0.1/16'],
    ['NET101 (hub block)', () => change(hub, 'aws_vpc_ipv4_cidr_block_association.hub_pods').after.cidr_block, '100.64.0.0/16'],
    [
      'NET101 (spoke block)',
      () => change(hub, 'module.spoke["shared-services"].aws_vpc_ipv4_cidr_block_association.secondary["100.64.0.0/16"]').after.cidr_block,
      '100.64.0.0/16',
    ],
    ['NET201 (the spoke route)', () => change(hub, 'module.spoke["data"].aws_route.to_hub').after.destination_cidr_block, '10.0.16.0/20'],
    [
      'NET201 (return routes exist for the others only)',
      () => (hub.resource_changes as Json[]).filter((r) => /^aws_route\.hub_to_/.test(r.address)).map((r) => r.change.after.destination_cidr_block),
      [spokes.app.cidr_block, spokes['shared-services'].cidr_block],
    ],
    ['NET202', () => change(hub, 'module.spoke["shared-services"].aws_route.via_hub["10.2.0.0/16"]').after.destination_cidr_block, spokes.data.cidr_block],
    ['NET203', () => change(hub, 'module.spoke["app"].aws_route.via_hub["0.0.0.0/0"]').after.destination_cidr_block, '0.0.0.0/0'],
    ['NET401', () => [change(hub, 'aws_vpc_security_group_ingress_rule.bastion_ssh').after.cidr_ipv4, change(hub, 'aws_vpc_security_group_ingress_rule.bastion_ssh').after.from_port], ['0.0.0.0/0', 22]],
  ])('carries the %s mistake', (_rule, actual, expected) => {
    expect(actual()).toEqual(expected);
  });

  it('links the NET301 pair through references only: the same two VPCs, opposite directions', () => {
    const root = hub.configuration.root_module as Json;
    const legacy = (root.resources as Json[]).find((r) => r.address === 'aws_vpc_peering_connection.legacy_hub_to_app') as Json;
    expect([legacy.expressions.vpc_id.references, legacy.expressions.peer_vpc_id.references]).toEqual([
      ['aws_vpc.hub.id', 'aws_vpc.hub'],
      ['module.spoke["app"].vpc_id', 'module.spoke["app"]'],
    ]);
    const call = root.module_calls.spoke as Json;
    const toHub = (call.module.resources as Json[]).find((r) => r.address === 'aws_vpc_peering_connection.to_hub') as Json;
    expect([toHub.expressions.vpc_id.references, toHub.expressions.peer_vpc_id.references]).toEqual([
      ['aws_vpc.this.id', 'aws_vpc.this'],
      ['var.hub_vpc_id'],
    ]);
    expect(call.expressions.hub_vpc_id.references).toEqual(['aws_vpc.hub.id', 'aws_vpc.hub']);
    expect(call.module.outputs.vpc_id.expression.references).toEqual(['aws_vpc.this.id', 'aws_vpc.this']);
  });
});

describe('clean-peering', () => {
  const vpcId = (name: string) => change(clean, `aws_vpc.${name}`).after.id as string;
  const rtbId = (name: string) => change(clean, `aws_route_table.${name}`).after.id as string;

  it('peers two existing VPCs with a route each way over the new peering', () => {
    expect(change(clean, 'aws_vpc_peering_connection.shop_payments')).toMatchObject({
      actions: ['create'],
      after: { vpc_id: vpcId('shop'), peer_vpc_id: vpcId('payments'), auto_accept: true },
      after_unknown: { id: true },
    });
    const routes = ['shop_to_payments', 'payments_to_shop'].map((n) => change(clean, `aws_route.${n}`));
    expect(routes.map((r) => [r.after.route_table_id, r.after.destination_cidr_block, r.after_unknown.vpc_peering_connection_id])).toEqual([
      [rtbId('shop_app'), change(clean, 'aws_vpc.payments').after.cidr_block, true],
      [rtbId('payments_db'), change(clean, 'aws_vpc.shop').after.cidr_block, true],
    ]);
  });

  it('turns on DNS hostnames in payments as an update of the existing VPC', () => {
    const c = change(clean, 'aws_vpc.payments');
    expect([c.actions, c.before.enable_dns_hostnames, c.after.enable_dns_hostnames]).toEqual([['update'], false, true]);
    expect(change(clean, 'aws_vpc.shop').after.enable_dns_hostnames).toBe(true);
  });

  it('admits only PostgreSQL from the shop application subnet', () => {
    expect(change(clean, 'aws_vpc_security_group_ingress_rule.payments_db_from_shop').after).toMatchObject({
      security_group_id: change(clean, 'aws_security_group.payments_db').after.id,
      ip_protocol: 'tcp',
      from_port: 5432,
      to_port: 5432,
      cidr_ipv4: change(clean, 'aws_subnet.shop_app').after.cidr_block,
    });
  });

  it('keeps every existing resource in prior_state as it is before the change', () => {
    const prior = new Map((clean.prior_state.values.root_module.resources as Json[]).map((r) => [r.address as string, r.values]));
    const existing = (clean.resource_changes as Json[]).filter((r) => r.change.before !== null);
    expect(existing.map((r) => r.address).sort()).toEqual([...prior.keys()].sort());
    for (const r of existing) expect(prior.get(r.address)).toEqual(r.change.before);
  });
});
