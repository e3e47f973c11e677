/**
 * A SARIF file within code scanning's 25,000-results limit: the CLI says on stderr what it left
 * out (the file itself says so too; test/report/sarif-limits.test.ts checks it).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCommand, type CliIo } from '../../src/cli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'vpclint-sarif-limit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('writes at most 25,000 results and says on stderr what it left out, and on the rendered output (which the Action warns with)', async () => {
  // 25,002 rule resources that each admit SSH from the whole internet: 25,002 NET401 errors.
  const n = 25_002;
  const changes = [];
  for (let i = 0; i < n; i++) {
    changes.push({
      address: `aws_security_group_rule.ssh[${i}]`,
      mode: 'managed',
      type: 'aws_security_group_rule',
      name: 'ssh',
      index: i,
      change: {
        actions: ['create'],
        before: null,
        after: { type: 'ingress', protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'], security_group_id: 'sg-0123' },
        after_unknown: { id: true },
      },
    });
  }
  writeFileSync(path.join(dir, 'plan.json'), JSON.stringify({ format_version: '1.2', resource_changes: changes }));
  const out = { stdout: '', stderr: '' };
  const io: CliIo = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), cwd: dir, env: {}, isTTY: false };
  const run = await runCommand(['--format', 'sarif=out.sarif', 'plan.json'], io);
  expect(run.code).toBe(1);
  expect(out.stderr).toBe(
    "vpclint: the SARIF file holds 25,000 of 25,002 findings, to stay within GitHub code scanning's limits (25,000 results per run, " +
      '10 MB compressed); left out: 2 errors (errors are kept first, then warnings, notes and suppressed findings). Every finding is ' +
      'in the text and JSON outputs.\n',
  );
  expect(run.outputs.map((o) => [o.format, o.written, o.warning])).toEqual([['sarif', true, out.stderr.trimEnd()]]);
  const log = JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
  expect(log.runs[0]!.results).toHaveLength(25_000);
});
