/**
 * The rule catalogue: metadata, registry, fixtures and docs agree with each other.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { renderRulesDoc } from '../scripts/docs/render-rules.js';
import { fixturesDir, repoRoot } from './helpers/repo.js';

/** The catalogue in DESIGN.md that this issue implements: id -> name and default severity. */
const DESIGN_CATALOGUE: Record<string, [string, string]> = {
  NET001: ['invalid-cidr', 'error'],
  // Tool diagnostics about suppressions (issue 6); DESIGN.md reserves NET0xx for them.
  NET002: ['unused-suppression', 'note'],
  NET003: ['expired-suppression', 'note'],
  NET004: ['invalid-suppression', 'warning'],
  NET101: ['peering-cidr-overlap', 'error'],
  NET102: ['spoke-cidr-overlap', 'warning'],
  NET103: ['subnet-cidr', 'error'],
  NET201: ['missing-reverse-route', 'error'],
  NET202: ['transitive-peering-route', 'error'],
  NET203: ['edge-to-edge-route', 'error'],
  NET204: ['route-to-foreign-peering', 'error'],
  NET205: ['mixed-inline-routes', 'warning'],
  NET301: ['duplicate-peering', 'error'],
  NET302: ['peering-acceptance', 'warning'],
  NET303: ['peering-quota', 'warning'],
  NET304: ['peering-dns', 'note'],
  // Issue 9: a peering request without peer_region (or with the wrong one) across regions; the next
  // free NET3xx id, kept apart from NET302 because it is another mistake with another severity.
  NET305: ['peering-region', 'error'],
  // Issue 10: a peering connection whose requester and accepter are one VPC (AWS rejects it); a rule
  // of its own, not a message of NET301 or NET101, so that turning those off does not silence it.
  NET306: ['self-peering', 'error'],
  NET401: ['open-ingress', 'error'],
  NET402: ['cross-region-sg-reference', 'error'],
  NET403: ['broad-peer-ingress', 'note'],
  // Issue 15: DESIGN.md reserves NET5xx (error) for network intents of the configuration file.
  NET501: ['network-intent', 'error'],
};

describe('rule catalogue', () => {
  it('ids are unique and look like NET + three digits', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^NET\d{3}$/.test(id))).toEqual([]);
  });

  it('names are unique kebab-case', () => {
    const names = rules.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(n))).toEqual([]);
  });

  it('matches the ids, names and default severities of DESIGN.md', () => {
    for (const rule of rules) {
      expect([rule.id, rule.name, rule.defaultSeverity]).toEqual([rule.id, ...(DESIGN_CATALOGUE[rule.id] ?? ['(not in DESIGN.md)', ''])]);
    }
  });

  it('registers every file in rules/ and nothing else', () => {
    const files = readdirSync(path.join(repoRoot, 'rules'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(rules.map((r) => r.name).sort()).toEqual(files);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s has complete metadata', (_, rule) => {
    expect(rule.summary).toMatch(/^[A-Z].*\.$/);
    expect(rule.rationale.length).toBeGreaterThan(40);
    expect(rule.remediation.length).toBeGreaterThan(20);
    expect(rule.rationale).not.toMatch(/TODO/);
    expect(rule.remediation).not.toMatch(/TODO/);
    expect(rule.docsUrl).toMatch(new RegExp(`/docs/rules\\.md#${rule.name}$`));
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    for (const id of Object.keys(rule.messages)) expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s has positive and negative fixtures using every messageId', (_, rule) => {
    const dir = path.join(fixturesDir, rule.name);
    expect(existsSync(dir)).toBe(true);
    const files = readdirSync(dir);
    expect(files.some((f) => f.startsWith('positive-'))).toBe(true);
    expect(files.some((f) => f.startsWith('negative-'))).toBe(true);
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { messageId?: string }[];
    const used = new Set(expected.map((e) => e.messageId).filter(Boolean));
    expect(Object.keys(rule.messages).filter((id) => !used.has(id))).toEqual([]);
  });

  it('docs/rules.md is up to date (npm run docs:update)', () => {
    const committed = readFileSync(path.join(repoRoot, 'docs/rules.md'), 'utf8');
    expect(committed).toBe(renderRulesDoc(rules, fixturesDir));
  });
});
