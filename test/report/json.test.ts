import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/engine/finding.js';
import { renderJson } from '../../src/report/json.js';
import type { ReportContext } from '../../src/report/types.js';
import { sampleResult } from './sample-result.js';

const ctx: ReportContext = { toolVersion: '0.1.0', cwd: '/work', rules: [], color: true };

describe('renderJson', () => {
  it('renders the shared sample like the golden file', async () => {
    await expect(renderJson(sampleResult, ctx)).toMatchFileSnapshot('./__golden__/report.json');
  });

  it('writes the version 1 keys in their documented order, leaving unknown location parts out', () => {
    const parsed = JSON.parse(renderJson(sampleResult, ctx));
    expect(Object.keys(parsed)).toEqual(['version', 'tool', 'findings', 'unresolved', 'errors']);
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
    ]);
    expect(parsed.findings[0].location).toEqual({ file: 'network plan/hub.plan.json', line: 12, column: 5 });
    expect(parsed.findings[1].location).toEqual({ file: 'network plan/hub.plan.json', line: 40 });
    expect(Object.keys(parsed.unresolved[0])).toEqual(['rule', 'resource', 'reason', 'id', 'location']);
    expect(parsed.unresolved[1]).toEqual({
      rule: 'peering-cidr-overlap',
      resource: 'aws_vpc_peering_connection.ext',
      reason: 'the peer VPC vpc-0abc is outside the plan; its CIDR blocks are unknown',
      id: 'NET101',
      location: { file: 'plan.json', line: 44 },
    });
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

  it('renders an empty result with empty lists and a trailing newline', () => {
    const empty: LintResult = { findings: [], unresolved: [], errors: [], files: [] };
    expect(renderJson(empty, ctx)).toBe(
      '{\n  "version": 1,\n  "tool": {\n    "name": "vpclint",\n    "version": "0.1.0"\n  },\n  "findings": [],\n  "unresolved": [],\n  "errors": []\n}\n',
    );
  });
});
