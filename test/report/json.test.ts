import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import type { LintResult } from '../../src/engine/finding.js';
import { renderJson } from '../../src/report/json.js';
import type { ReportContext } from '../../src/report/types.js';
import { sampleResult } from './sample-result.js';

const ctx: ReportContext = { toolVersion: '0.1.0', cwd: '/work', rules, color: true };

describe('renderJson', () => {
  it('renders the shared sample like the golden file', async () => {
    await expect(renderJson(sampleResult, ctx)).toMatchFileSnapshot('./__golden__/report.json');
  });

  it('writes the version 1 keys in their documented order, leaving unknown location parts out', () => {
    const parsed = JSON.parse(renderJson(sampleResult, ctx));
    expect(Object.keys(parsed)).toEqual(['version', 'tool', 'findings', 'unresolved', 'unknowns', 'errors']);
    expect(parsed.version).toBe(1);
    expect(parsed.tool).toEqual({ name: 'vpclint', version: '0.1.0' });
    expect(Object.keys(parsed.findings[0])).toEqual([
      'id',
      'rule',
      'severity',
      'message',
      'resource',
      'related',
      'location',
      'fingerprint',
      'docsUrl',
    ]);
    expect(parsed.findings[0].docsUrl).toBe('https://github.com/vpclint/vpclint/blob/v0.1.0/docs/rules.md#peering-cidr-overlap');
    expect(parsed.findings[0].location).toEqual({ file: 'network plan/hub.plan.json', line: 12, column: 5 });
    expect(parsed.findings[1].location).toEqual({ file: 'network plan/hub.plan.json', line: 40 });
    // Every check stays in `unresolved` with the version 1 keys; one blocked by a single unknown
    // value also names it.
    expect(parsed.unresolved).toHaveLength(4);
    expect(Object.keys(parsed.unresolved[0])).toEqual(['rule', 'resource', 'reason', 'id', 'location', 'value']);
    expect(parsed.unresolved[0].value).toEqual({
      resource: 'aws_route.to_hub',
      attribute: 'destination_cidr_block',
      reason: 'known after apply',
      location: { file: 'network plan/hub.plan.json', line: 55, column: 5 },
    });
    expect(parsed.unresolved[3]).toEqual({
      rule: 'peering-cidr-overlap',
      resource: 'aws_vpc_peering_connection.ext',
      reason: 'the peer VPC vpc-0abc is outside the plan; its CIDR blocks are unknown',
      id: 'NET101',
      location: { file: 'plan.json', line: 44 },
    });
    // `unknowns`: one entry per unknown value with the checks it blocks; a check not blocked by
    // one value is an entry of its own, without `attribute`. Together they hold every check once.
    expect(parsed.unknowns).toEqual([
      {
        resource: 'aws_route.to_hub',
        attribute: 'destination_cidr_block',
        reason: 'known after apply',
        location: { file: 'network plan/hub.plan.json', line: 55, column: 5 },
        checks: [
          { id: 'NET201', rule: 'missing-reverse-route', resource: 'aws_route.to_hub' },
          { id: 'NET202', rule: 'transitive-peering-route', resource: 'aws_route.to_hub' },
          { id: 'NET203', rule: 'edge-to-edge-route', resource: 'aws_route.to_hub' },
        ],
      },
      {
        resource: 'aws_vpc_peering_connection.ext',
        reason: 'the peer VPC vpc-0abc is outside the plan; its CIDR blocks are unknown',
        location: { file: 'plan.json', line: 44 },
        checks: [{ id: 'NET101', rule: 'peering-cidr-overlap', resource: 'aws_vpc_peering_connection.ext' }],
      },
    ]);
    expect(parsed.errors).toEqual([
      { file: 'bad.json', line: 3, column: 7, message: 'unexpected end of JSON input' },
      { message: 'rule NET202 (transitive-peering-route) failed: boom; its findings are missing from this run' },
    ]);
    expect(Object.keys(parsed.errors[0])).toEqual(['file', 'line', 'column', 'message']);
  });

  it('keeps messages verbatim (newlines, %, : and ,) and never colours', () => {
    const text = renderJson(sampleResult, ctx);
    expect(text).not.toContain('\u001b');
    const parsed = JSON.parse(text);
    expect(parsed.findings.map((f: { message: string }) => f.message)).toEqual(sampleResult.findings.map((f) => f.message));
  });

  it('leaves docsUrl out of a finding whose rule the context does not know (a made-up catalogue)', () => {
    const parsed = JSON.parse(renderJson(sampleResult, { ...ctx, rules: rules.filter((r) => r.id !== 'NET101') }));
    expect(parsed.findings.map((f: { id: string; docsUrl?: string }) => [f.id, f.docsUrl])).toEqual([
      ['NET101', undefined],
      ['NET203', 'https://github.com/vpclint/vpclint/blob/v0.1.0/docs/rules.md#edge-to-edge-route'],
      ['NET401', 'https://github.com/vpclint/vpclint/blob/v0.1.0/docs/rules.md#open-ingress'],
      ['NET304', 'https://github.com/vpclint/vpclint/blob/v0.1.0/docs/rules.md#peering-dns'],
    ]);
  });

  it('renders an empty result with empty lists and a trailing newline', () => {
    const empty: LintResult = { findings: [], unresolved: [], errors: [], files: [] };
    expect(renderJson(empty, ctx)).toBe(
      '{\n  "version": 1,\n  "tool": {\n    "name": "vpclint",\n    "version": "0.1.0"\n  },\n  "findings": [],\n  "unresolved": [],\n  "unknowns": [],\n  "errors": []\n}\n',
    );
  });
});
