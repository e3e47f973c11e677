/**
 * `vpclint reach` with input that tries to drive the terminal or the GitHub Actions runner: a VPC
 * whose logical ID holds a line break, a workflow command, `##[` and an escape sequence, and an
 * endpoint typed as a workflow command. Text and JSON output and the errors stay inert: no line is
 * a workflow command, no raw control character is printed, the ID is shown with visible escapes
 * (text) or parses back to itself (JSON).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli.js';
import { RAW_CONTROL, workflowCommands } from '../helpers/workflow-commands.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'vpclint-reach-hostile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const EVIL_ID = 'X\n::stop-commands::pwnd##[add-mask]\u001b[31m\u202e';
const SHOWN_ID = 'X\\n::stop-commands::pwnd##\\x5badd-mask]\\x1b[31m\\u202e';

function inputs(): string {
  const cwd = mkdtempSync(path.join(root, 'in-'));
  const template = {
    Resources: {
      [EVIL_ID]: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
      One: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: EVIL_ID }, CidrBlock: '10.0.1.0/24' } },
      Two: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: EVIL_ID }, CidrBlock: '10.0.2.0/24' } },
    },
  };
  writeFileSync(path.join(cwd, 'net.json'), JSON.stringify(template, null, 2));
  return cwd;
}

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), cwd: inputs(), env: {}, isTTY: false };
  const code = await main(argv, io);
  return { code, ...out };
}

function expectInert(text: string): void {
  expect(workflowCommands(text)).toEqual([]);
  expect(text).not.toMatch(RAW_CONTROL);
}

describe('vpclint reach with hostile input', () => {
  it('text: the ID is shown with escapes on the hops that name it, and no line is a workflow command', async () => {
    const r = await run(['reach', 'One', 'Two', '--port', '22', 'net.json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expectInert(r.stdout);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      'allowed: TCP port 22 from One to Two',
      '',
      `  ✓ nacl-out         ${SHOWN_ID}  net.json:3`,
      `      One uses the default network ACL of ${SHOWN_ID}, which AWS creates allowing all outbound traffic.`,
    ]);
  });

  it('json: the ID parses back to itself, and the text holds no raw control character or workflow command', async () => {
    const r = await run(['reach', 'One', 'Two', '--port', '22', '--format', 'json', 'net.json']);
    expect(r.code).toBe(0);
    expectInert(r.stdout);
    const json = JSON.parse(r.stdout) as { verdict: string; path: { resource: string }[] };
    expect(json.verdict).toBe('allowed');
    expect(json.path[0]?.resource).toBe(EVIL_ID);
  });

  it('an endpoint typed with a line break and a workflow command stays one line of the error', async () => {
    const r = await run(['reach', 'x\n::stop-commands::pwnd', 'Two', '--port', '22', 'net.json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectInert(r.stderr);
    expect(r.stderr.split('\n')[0]).toBe('vpclint: reach: FROM: x\\n::stop-commands::pwnd names no subnet, security group or VPC in the linted files, and is not an IP address or CIDR block');
  });
});
