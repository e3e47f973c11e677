/**
 * Suggested fixes (issue 12): every finding of NET201, NET202, NET203, NET301 and NET401 in the
 * positive fixtures carries a fix that, applied to the fixture (its edits pasted where they say),
 * makes the finding go away without anything new appearing; or it carries none, and NO_FIX says
 * why the change is not mechanical. Plan findings carry the fix of their `.tf` twin (the same text,
 * with no edits, since a plan has no lines to edit), so the twin's re-lint covers them.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding, LintResult } from '../../src/engine/finding.js';
import { applyFix } from '../../src/engine/fix.js';
import { formatPath } from '../../src/engine/run-rules.js';
import { overlaps, parseCidr } from '../../src/model/cidr.js';
import { lint, lintPaths } from '../../src/run.js';
import { fixturesDir } from '../helpers/repo.js';

const RULES = [
  { id: 'NET201', dir: 'missing-reverse-route' },
  { id: 'NET202', dir: 'transitive-peering-route' },
  { id: 'NET203', dir: 'edge-to-edge-route' },
  { id: 'NET301', dir: 'duplicate-peering' },
  { id: 'NET401', dir: 'open-ingress' },
] as const;

const INSTANCED_MODULE = 'the peer table is the main table of a VPC made by an instanced module (module.vpc["data"]); a route there needs a module output and, written in the module, would go to every instance';

const IN_MODULE =
  'the route is written in a child module (modules/network): a plan linted without its sources cannot tell whether another call shares that text, so only its .tf twin (the module called once) gets the fix';

/** `<rule dir>/<input> <resource>` → why the finding carries no fix. */
const NO_FIX: Readonly<Record<string, string>> = {
  'missing-reverse-route/positive-module.tf.d aws_route.app_to_data': INSTANCED_MODULE,
  'missing-reverse-route/positive-module.plan.json aws_route.app_to_data': INSTANCED_MODULE,
  'edge-to-edge-route/positive-default-route-unidentified-peering.cfn.yaml DefaultViaPeering':
    'the connection is not identified, so the peer VPC whose range the route should be narrowed to is not known',
  'edge-to-edge-route/positive-default-route-unidentified-peering.tf aws_route.default_via_peering':
    'the connection is not identified, so the peer VPC whose range the route should be narrowed to is not known',
  'edge-to-edge-route/positive-default-route-unidentified-peering.plan.json aws_route.default_via_peering':
    'the connection is not identified, so the peer VPC whose range the route should be narrowed to is not known',
  'edge-to-edge-route/positive-unknown-peer-blocks.tf aws_route_table.app': "the peer VPC is known only by ID, so its range (the narrowed destination) is not known",
  'edge-to-edge-route/positive-unknown-peer-blocks.plan.json aws_route_table.app': "the peer VPC is known only by ID, so its range (the narrowed destination) is not known",
  'edge-to-edge-route/positive-on-premises-module.plan.json module.app.aws_route.on_premises': IN_MODULE,
  'duplicate-peering/positive-three-connections.plan.json aws_vpc_peering_connection.hub["green"]':
    'the three connections are instances of one for_each resource: a plan shows the map\'s value, not whether it is a literal in the sources, so the edit of its entries is left to the .tf twin',
  'duplicate-peering/positive-three-connections.plan.json aws_vpc_peering_connection.hub["red"]':
    'the three connections are instances of one for_each resource: a plan shows the map\'s value, not whether it is a literal in the sources, so the edit of its entries is left to the .tf twin',
  'open-ingress/positive-parameter-default.cfn.yaml Db SecurityGroupIngress[0].CidrIp':
    "the world is the default of the template's parameter, not written in the rule: the fix is a decision about that parameter's default",
};

const work = mkdtempSync(path.join(tmpdir(), 'vpclint-fix-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Lints one fixture input as the fixture test does; `.tf.d` folders from a copy under `cwd`. */
async function lintInput(cwd: string, file: string, text?: string): Promise<LintResult> {
  if (file.endsWith('.tf.d')) return lintPaths([file], { cwd });
  const t = text ?? readFileSync(path.join(cwd, file), 'utf8');
  return lint([{ file, text: t }]);
}

const pathOf = (f: Finding): string => formatPath(f.subject.path);
const key = (f: Finding): string => `${f.ruleId} ${f.resource} ${f.messageId}: ${f.message}`;

const inputs = RULES.flatMap(({ id, dir }) =>
  readdirSync(path.join(fixturesDir, dir))
    .filter((f) => f.startsWith('positive-') && !f.endsWith('.plan.json'))
    .sort()
    .map((file) => ({ id, dir, file })),
);

describe.each(inputs)('$id $dir/$file', ({ id, dir, file }) => {
  it('each finding carries a fix that, applied, removes it and adds nothing (or none, for a stated reason)', async () => {
    const before = await lintInput(path.join(fixturesDir, dir), file);
    const findings = before.findings.filter((f) => f.ruleId === id);
    // A positive without a finding shows an unresolved check: nothing to fix.
    if (findings.length === 0) expect(before.unresolved.filter((u) => u.ruleId === id).length).toBeGreaterThan(0);
    for (const finding of findings) {
      const why = NO_FIX[`${dir}/${file} ${finding.resource} ${pathOf(finding)}`] ?? NO_FIX[`${dir}/${file} ${finding.resource}`];
      if (why !== undefined) {
        expect(finding.fix, `${finding.resource} has no fix: ${why}`).toBeUndefined();
        continue;
      }
      const fix = finding.fix;
      expect(fix, `${finding.resource} (${finding.messageId}) has a fix`).toBeDefined();
      if (fix === undefined) continue;
      // The fix's file is the input, or one of a .tf.d module's files (not always the finding's own:
      // NET301 may remove the other connection).
      expect(fix.file === file || fix.file.startsWith(`${file}/`), fix.file).toBe(true);
      expect(fix.language).toBe(file.endsWith('.cfn.json') ? 'json' : file.endsWith('.cfn.yaml') ? 'yaml' : 'hcl');
      expect(fix.edits.length).toBeGreaterThan(0);
      expect(fix.description).toMatch(/\.$/);

      // Paste the fix into a copy of the input and lint it again.
      const copy = mkdtempSync(path.join(work, 'case-'));
      cpSync(path.join(fixturesDir, dir, file), path.join(copy, file), { recursive: true });
      const target = path.join(copy, fix.file);
      writeFileSync(target, applyFix(readFileSync(target, 'utf8'), fix.edits));
      const after = await lintInput(copy, file);
      expect(after.errors.map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual([]);
      const was = new Set(before.findings.map(key));
      expect(after.findings.map(key).filter((k) => k === key(finding)), 'the finding is gone').toEqual([]);
      expect(after.findings.map(key).filter((k) => !was.has(k)), 'nothing new appears').toEqual([]);
      // The one thing a placeholder adds: the check it blocks until the variable gets a value.
      const unresolvedBefore = new Set(before.unresolved.map((u) => `${u.ruleId} ${u.resource}: ${u.reason}`));
      const newUnresolved = after.unresolved.map((u) => `${u.ruleId} ${u.resource}: ${u.reason}`).filter((u) => !unresolvedBefore.has(u));
      if (id === 'NET401') {
        expect(newUnresolved.every((u) => u.startsWith(`NET401 ${finding.resource}: `) && /_allowed_(ipv6_)?cidr|Allowed(Ipv6)?Cidr/.test(u)), newUnresolved.join('\n')).toBe(true);
      } else {
        expect(newUnresolved).toEqual([]);
      }
    }
  });
});

describe('the fixes of several findings in one file', () => {
  it('apply together, each with a placeholder of its own (open-ingress/positive-vpc-rule-https.tf)', async () => {
    const [dir, file, id] = ['open-ingress', 'positive-vpc-rule-https.tf', 'NET401'] as const;
    const before = await lintInput(path.join(fixturesDir, dir), file);
    const fixed = before.findings.filter((f) => f.ruleId === id && f.fix !== undefined);
    expect(fixed.map((f) => f.resource)).toEqual(['aws_vpc_security_group_ingress_rule.https_ipv4', 'aws_vpc_security_group_ingress_rule.https_ipv6']);
    const text = applyFix(readFileSync(path.join(fixturesDir, dir, file), 'utf8'), fixed.flatMap((f) => f.fix!.edits));
    const after = await lintInput(path.join(fixturesDir, dir), file, text);
    expect(after.errors).toEqual([]);
    expect(after.findings.filter((f) => f.ruleId === id)).toEqual([]);
    const was = new Set(before.findings.map(key));
    expect(after.findings.map(key).filter((k) => !was.has(k))).toEqual([]);
  });
});

/** Plan fixtures whose `.tf` twin (a file or a `.tf.d` folder) exists. */
const plans = [...RULES, { id: 'NET101', dir: 'peering-cidr-overlap' }, { id: 'NET102', dir: 'spoke-cidr-overlap' }].flatMap(({ id, dir }) =>
  readdirSync(path.join(fixturesDir, dir))
    .filter((f) => f.startsWith('positive-') && f.endsWith('.plan.json'))
    .sort()
    .map((file) => {
      const base = file.slice(0, -'.plan.json'.length);
      const names = readdirSync(path.join(fixturesDir, dir));
      const twin = names.includes(`${base}.tf`) ? `${base}.tf` : names.includes(`${base}.tf.d`) ? `${base}.tf.d` : undefined;
      return { id, dir, file, twin };
    }),
);

const squash = (s: string): string => s.replace(/[ \t]+/g, ' ').trim();

describe.each(plans)('$id $dir/$file', ({ id, dir, file, twin }) => {
  it('each plan finding carries its .tf twin\'s fix, in Terraform, for the plan file, without edits', async () => {
    expect(twin, 'a plan fixture has a .tf twin').toBeDefined();
    const cwd = path.join(fixturesDir, dir);
    const plan = (await lintInput(cwd, file)).findings.filter((f) => f.ruleId === id);
    const tf = (await lintInput(cwd, twin!)).findings.filter((f) => f.ruleId === id);
    for (const finding of plan) {
      // A NET101/NET102 plan finding suggests no range where its .tf twin does not, for the same reason.
      const why = NO_FIX[`${dir}/${file} ${finding.resource}`] ?? NO_RANGE[`${dir}/${twin} ${finding.resource}`];
      if (why !== undefined) {
        expect(finding.fix, `${finding.resource} has no fix: ${why}`).toBeUndefined();
        continue;
      }
      const other = tf.find((f) => f.resource === finding.resource && f.messageId === finding.messageId);
      expect(other?.fix, `the twin's ${finding.resource} has a fix`).toBeDefined();
      expect(finding.fix, `${finding.resource} has a fix`).toBeDefined();
      const fix = finding.fix!;
      expect({ file: fix.file, language: fix.language, edits: fix.edits, description: fix.description }).toEqual({
        file,
        language: 'hcl',
        edits: [],
        description: other!.fix!.description,
      });
      // The twin's text is placed in its file (indentation, alignment); the plan's is the same code.
      expect(squash(fix.text)).toBe(squash(other!.fix!.text));
    }
  });
});

/** `<rule dir>/<input> <resource>` → why a NET101/NET102 finding suggests no range. */
const NO_RANGE: Readonly<Record<string, string>> = {
  'peering-cidr-overlap/positive-module.tf.d aws_vpc_peering_connection.hub_reporting':
    "the VPC is made by an instanced module: its range is the caller's module argument, which every instance shares the text of",
  'peering-cidr-overlap/positive-secondary-from-mapping.cfn.yaml AppShared': "the block's range comes from the template's Mappings, not a literal in the resource",
};

const CIDR = /(?:\d{1,3}\.){3}\d{1,3}\/\d{1,2}|[0-9a-f:]+::?[0-9a-f:]*\/\d{1,3}/;

const addressing = (['peering-cidr-overlap', 'spoke-cidr-overlap'] as const).flatMap((dir) =>
  readdirSync(path.join(fixturesDir, dir))
    .filter((f) => f.startsWith('positive-') && !f.endsWith('.plan.json'))
    .sort()
    .map((file) => ({ id: dir === 'peering-cidr-overlap' ? 'NET101' : 'NET102', dir, file })),
);

describe.each(addressing)('$id $dir/$file', ({ id, dir, file }) => {
  it('suggests a range of the same size that no VPC of the estate overlaps; applied, the overlap is gone', async () => {
    const before = await lintInput(path.join(fixturesDir, dir), file);
    const estate = (before.topology?.vpcs ?? []).flatMap((v) => v.cidrs).map((c) => parseCidr(c));
    for (const finding of before.findings.filter((f) => f.ruleId === id)) {
      const why = NO_RANGE[`${dir}/${file} ${finding.resource}`];
      if (why !== undefined) {
        expect(finding.fix, `${finding.resource} suggests no range: ${why}`).toBeUndefined();
        continue;
      }
      const fix = finding.fix!;
      expect(fix, `${finding.resource} has a fix`).toBeDefined();
      const [, from, to] = /^Re-address \S+ from (\S+) to (\S+), which no VPC/.exec(fix.description) ?? [];
      const old = parseCidr(from);
      const suggested = parseCidr(to);
      expect(old.ok && suggested.ok).toBe(true);
      if (!old.ok || !suggested.ok) continue;
      expect(suggested.cidr.hostBitsSet).toBe(false);
      expect([suggested.cidr.family, suggested.cidr.prefix]).toEqual([old.cidr.family, old.cidr.prefix]);
      expect(estate.filter((e) => e.ok && overlaps(e.cidr, suggested.cidr)).map((e) => e.ok && e.cidr.canonical)).toEqual([]);
      // The alternatives named are free too, and valid.
      for (const other of /\(so (?:is|are) (.+?)\)/.exec(fix.description)?.[1]?.split(' and ') ?? []) {
        const c = parseCidr(other);
        expect(c.ok && !c.cidr.hostBitsSet && c.cidr.prefix === old.cidr.prefix && !estate.some((e) => e.ok && overlaps(e.cidr, c.cidr))).toBe(true);
      }
      expect(CIDR.exec(fix.text)?.[0]).toBe(suggested.cidr.canonical);
      expect(fix.edits.length).toBe(1);

      // Applied: this overlap is gone. A re-addressing is a suggestion, not the whole change: what
      // may appear is what its description says is left to do, the subnets left outside the moved
      // VPC (NET103) and routes still written for its old range (NET201, NET202, NET203).
      const copy = mkdtempSync(path.join(work, 'range-'));
      cpSync(path.join(fixturesDir, dir, file), path.join(copy, file), { recursive: true });
      const target = path.join(copy, fix.file);
      writeFileSync(target, applyFix(readFileSync(target, 'utf8'), fix.edits));
      const after = await lintInput(copy, file);
      expect(after.errors.map((e) => e.message)).toEqual([]);
      expect(after.findings.filter((f) => f.ruleId === id && f.resource === finding.resource && f.message === finding.message)).toEqual([]);
      const was = new Set(before.findings.map(key));
      const leftToDo = new Set(['NET103', 'NET201', 'NET202', 'NET203']);
      expect(after.findings.filter((f) => !was.has(key(f)) && !leftToDo.has(f.ruleId)).map(key)).toEqual([]);
      expect(fix.description).toContain('move the subnets of');
      expect(fix.description).toContain('point the routes written for the old range at the new one');
    }
  });
});
