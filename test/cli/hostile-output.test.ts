/**
 * Input that tries to drive the terminal or the GitHub Actions runner through vpclint's output:
 * a CloudFormation logical ID with a line break, a workflow command and an escape sequence; file
 * names with a line break or starting with `::`; malformed JSON whose echoed token is a control
 * character; a configuration key. Whatever the format, no line of stdout or stderr is a workflow
 * command except the github reporter's own annotations, no raw control character is printed, and
 * the input is shown with visible escapes. (Files are written at test time: a file name with a
 * line break cannot be a scenario section.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli.js';
import { RAW_CONTROL, workflowCommands } from '../helpers/workflow-commands.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'vpclint-hostile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function run(cwd: string, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), cwd, env: {}, isTTY: false };
  const code = await main(argv, io);
  return { code, ...out };
}

const EVIL_ID = 'X\n::stop-commands::pwnd\u001b[31m';
/** EVIL_ID as the text reporter, stderr and annotations show it. */
const SHOWN_ID = 'X\\n::stop-commands::pwnd\\x1b[31m';

/** A template with one security group open on SSH, named `id`: NET401 quotes the ID twice. */
function template(id: string): string {
  return JSON.stringify(
    {
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.1.0.0/16' } },
        [id]: {
          Type: 'AWS::EC2::SecurityGroup',
          Properties: {
            GroupDescription: 'b',
            VpcId: { Ref: 'Vpc' },
            SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }],
          },
        },
      },
    },
    null,
    2,
  );
}

const NET401_TAIL =
  ', exposing SSH (22). Allow administrative and database ports only from known addresses (office or VPN ranges, a bastion\'s security group), or use SSM Session Manager.';
const HINT = '  vpclint reads Terraform plan JSON (terraform show -json plan.out > plan.json), Terraform sources (.tf, .tofu) and CloudFormation templates (JSON or YAML)';

/** A working directory with the hostile inputs; returns it and the paths to lint. */
function hostileInputs(): { cwd: string; paths: string[] } {
  const cwd = mkdtempSync(path.join(root, 'in-'));
  writeFileSync(path.join(cwd, 'net.cfn.json'), template(EVIL_ID));
  writeFileSync(path.join(cwd, 'bad\n::error::x.json'), '{"a": 1,');
  writeFileSync(path.join(cwd, '::stop-commands::pwnd.json'), '{"a": 1,');
  writeFileSync(path.join(cwd, 'esc.json'), '\u001b');
  writeFileSync(path.join(cwd, 'rlo.json'), '[1, \u202e]');
  return { cwd, paths: ['net.cfn.json', 'bad\n::error::x.json', '::stop-commands::pwnd.json', 'esc.json', 'rlo.json'] };
}

/** The stderr lines every format prints for the malformed files (sorted by file name). */
const STDERR = [
  '\\x3a:stop-commands::pwnd.json:1:9: invalid JSON: Expected double-quoted property name',
  HINT,
  'bad\\n::error::x.json:1:9: invalid JSON: Expected double-quoted property name',
  HINT,
  "esc.json:1:1: invalid JSON: Unexpected token '\\x1b'",
  HINT,
  "rlo.json:1:5: invalid JSON: Unexpected token '\\u202e'",
  HINT,
  '',
].join('\n');

function expectInert(text: string): void {
  expect(workflowCommands(text)).toEqual([]);
  expect(text).not.toMatch(RAW_CONTROL);
}

describe('hostile input in the output', () => {
  it('text: every finding and error is one line, shown with escapes, and no line is a workflow command', async () => {
    const { cwd, paths } = hostileInputs();
    const r = await run(cwd, paths);
    expect(r.code).toBe(2);
    expect(r.stdout.split('\n')[0]).toBe(
      `net.cfn.json:22  error  NET401  ${SHOWN_ID}.SecurityGroupIngress[0] admits tcp port 22 from 0.0.0.0/0, the whole IPv4 internet, into ${SHOWN_ID}${NET401_TAIL}`,
    );
    expect(r.stderr).toBe(STDERR);
    expectInert(r.stdout);
    expectInert(r.stderr);
  });

  it('github: the only workflow commands are the annotations, one line each, with the exact path in file=', async () => {
    const { cwd, paths } = hostileInputs();
    const r = await run(cwd, ['--format', 'github', ...paths]);
    expect(r.code).toBe(2);
    const lines = r.stdout.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).every((l) => /^::(error|warning|notice) [^:]*::/.test(l))).toBe(true);
    expect(workflowCommands(r.stdout)).toEqual(lines.slice(0, -1));
    expect(lines.length).toBe(6);
    expect(lines[0]).toBe(
      `::error file=net.cfn.json,line=22,col=13,title=NET401 open-ingress::${SHOWN_ID}.SecurityGroupIngress[0] admits tcp port 22 from 0.0.0.0/0, the whole IPv4 internet, into ${SHOWN_ID}${NET401_TAIL}%0Ahttps://github.com/vpclint/vpclint/blob/v0.1.0/docs/rules.md#open-ingress`,
    );
    const hint = `%0A${HINT.trim()}`;
    expect(lines[2]).toBe(`::error file=bad%0A%3A%3Aerror%3A%3Ax.json,line=1,col=9,title=vpclint%3A input or tool error::invalid JSON: Expected double-quoted property name${hint}`);
    expect(lines[1]).toBe(`::error file=%3A%3Astop-commands%3A%3Apwnd.json,line=1,col=9,title=vpclint%3A input or tool error::invalid JSON: Expected double-quoted property name${hint}`);
    expect(lines[3]).toBe(`::error file=esc.json,line=1,col=1,title=vpclint%3A input or tool error::invalid JSON: Unexpected token '\\x1b'${hint}`);
    expect(lines[4]).toBe(`::error file=rlo.json,line=1,col=5,title=vpclint%3A input or tool error::invalid JSON: Unexpected token '\\u202e'${hint}`);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toBe(STDERR);
    expectInert(r.stderr);
  });

  it('markdown: no raw control character, no workflow command, the ID shown escaped', async () => {
    const { cwd, paths } = hostileInputs();
    const r = await run(cwd, ['--format', 'markdown', ...paths]);
    expect(r.code).toBe(2);
    expectInert(r.stdout);
    expect(r.stdout).toContain('- **Resource:** <code>X<br>::stop-commands::pwnd&#92;x1b&#91;31m</code>\n');
    expect(r.stdout).toContain("- <code>esc.json:1:1</code>: invalid JSON: Unexpected token '&#92;x1b'");
    expect(r.stdout).toContain("- <code>rlo.json:1:5</code>: invalid JSON: Unexpected token '&#92;u202e'");
    expect(r.stdout).toContain('- <code>bad<br>::error::x.json:1:9</code>: invalid JSON');
    expect(r.stderr).toBe(STDERR);
  });

  it('json: the exact text, with nothing a terminal or the runner acts on', async () => {
    const { cwd, paths } = hostileInputs();
    const r = await run(cwd, ['--format', 'json', ...paths]);
    expect(r.code).toBe(2);
    expectInert(r.stdout);
    const report = JSON.parse(r.stdout) as { findings: { resource: string }[]; errors: { file: string; message: string }[] };
    expect(report.findings.map((f) => f.resource)).toEqual([EVIL_ID]);
    expect(report.errors.map((e) => e.message)).toContain("invalid JSON: Unexpected token '\u202e'");
    expect(r.stdout).toContain('"message": "invalid JSON: Unexpected token \'\\u202e\'"');
  });

  it('a file whose name starts with a workflow command, in the location column', async () => {
    const cwd = mkdtempSync(path.join(root, 'where-'));
    writeFileSync(path.join(cwd, '::add-mask::net.cfn.json'), template('Web##[add-mask]secret'));
    const r = await run(cwd, ['::add-mask::net.cfn.json']);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(
      `\\x3a:add-mask::net.cfn.json:22  error  NET401  Web##\\x5badd-mask]secret.SecurityGroupIngress[0] admits tcp port 22 from 0.0.0.0/0, the whole IPv4 internet, into Web##\\x5badd-mask]secret${NET401_TAIL}`,
    );
    expectInert(r.stdout);
    expect(r.stderr).toBe('');
  });

  it('a configuration key with a line break and a workflow command stays on its error line', async () => {
    const cwd = mkdtempSync(path.join(root, 'config-'));
    writeFileSync(path.join(cwd, '.vpclint.yml'), '"X\\n::stop-commands::pwnd\\e[2J": 1\n');
    writeFileSync(path.join(cwd, 'net.cfn.json'), template('Web'));
    const r = await run(cwd, ['net.cfn.json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      '.vpclint.yml:1:1: X\\n::stop-commands::pwnd\\x1b[2J: unknown key "X\\n::stop-commands::pwnd\\x1b[2J"\n' +
        '  allowed here: $schema, rules, include, exclude, ignore, inventory, intents\n',
    );
    expectInert(r.stderr);
  });
});
