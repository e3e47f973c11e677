/**
 * The GitHub Action end to end: the committed bundle dist/action.js (checked against the sources
 * by test/build.test.ts) runs with `node` and the environment a runner provides (INPUT_* from
 * action.yml's defaults, the event payload, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), against a small
 * GitHub REST API on 127.0.0.1 that implements the issue comment endpoints and records every call.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/report/markdown.js';
import { repoRoot } from '../helpers/repo.js';
import { sarifValidator } from '../report/sarif-schema.js';
import { RULE_LINE, sgPlan } from './sg-plan.js';

const OWNER = 'octo';
const REPO = 'net';
const PR = 7;
/** A token that cannot appear in any output by chance. */
const TOKEN = `ghs_${randomBytes(18).toString('hex')}`;

interface Call {
  readonly method: string;
  readonly url: string;
  readonly authorization: string | undefined;
  readonly body: { body?: string } | undefined;
}

interface StoredComment {
  readonly id: number;
  body: string;
  readonly user: { login: string };
}

/** The REST endpoints the Action uses: list, create and update issue comments. */
class FakeGitHub {
  comments: StoredComment[] = [];
  calls: Call[] = [];
  /** When set, creating a comment answers with this status and message. */
  refuseCreate: { status: number; message: string } | undefined;
  private nextId = 5000;
  private server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  reset(): void {
    this.comments = [];
    this.calls = [];
    this.refuseCreate = undefined;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = raw === '' ? undefined : (JSON.parse(raw) as { body?: string });
    const url = req.url ?? '';
    this.calls.push({ method: req.method ?? '', url, authorization: req.headers.authorization, body });
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(data));
    };
    const parsed = new URL(url, this.url);
    const list = `/repos/${OWNER}/${REPO}/issues/${PR}/comments`;
    if (req.method === 'GET' && parsed.pathname === list) {
      const perPage = Number(parsed.searchParams.get('per_page') ?? 30);
      const page = Number(parsed.searchParams.get('page') ?? 1);
      const slice = this.comments.slice((page - 1) * perPage, page * perPage);
      const more = page * perPage < this.comments.length;
      const next = `<${this.url}${list}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
      send(200, slice.map((c) => this.view(c)), more ? { link: next } : {});
      return;
    }
    if (req.method === 'POST' && parsed.pathname === list) {
      if (this.refuseCreate !== undefined) {
        send(this.refuseCreate.status, {
          message: this.refuseCreate.message,
          documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        });
        return;
      }
      const comment = { id: this.nextId++, body: body?.body ?? '', user: { login: 'github-actions[bot]' } };
      this.comments.push(comment);
      send(201, this.view(comment));
      return;
    }
    const update = new RegExp(`^/repos/${OWNER}/${REPO}/issues/comments/(\\d+)$`).exec(parsed.pathname);
    if (req.method === 'PATCH' && update !== null) {
      const comment = this.comments.find((c) => c.id === Number(update[1]));
      if (comment === undefined) {
        send(404, { message: 'Not Found' });
        return;
      }
      comment.body = body?.body ?? '';
      send(200, this.view(comment));
      return;
    }
    send(404, { message: 'Not Found' });
  }

  private view(c: StoredComment) {
    return { id: c.id, body: c.body, user: c.user, html_url: `https://github.test/${OWNER}/${REPO}/pull/${PR}#issuecomment-${c.id}` };
  }

  /** The calls as `METHOD path?query`, without the host. */
  requests(): string[] {
    return this.calls.map((c) => `${c.method} ${c.url}`);
  }
}

const github = new FakeGitHub();
let root: string;
let workspace: string;

/** INPUT_* as the runner sets them: every input of action.yml with its default, then overrides. */
function inputEnv(overrides: Record<string, string>): Record<string, string> {
  const action = parseYaml(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    // The runner evaluates the one expression default, ${{ github.token }}.
    const value = Object.hasOwn(overrides, name) ? overrides[name]! : spec.default === '${{ github.token }}' ? TOKEN : (spec.default ?? '');
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const name of Object.keys(overrides)) {
    if (!Object.hasOwn(action.inputs, name)) throw new Error(`action.yml has no input ${name}`);
  }
  return env;
}

interface ActionRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

/** Reads GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

async function runAction(options: { event?: string; inputs?: Record<string, string> } = {}): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(root, 'run-'));
  const eventPath = path.join(dir, 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({ action: 'synchronize', number: PR, pull_request: { number: PR, head: { sha: 'abc' } }, repository: { name: REPO, owner: { login: OWNER } } }),
  );
  const outputFile = path.join(dir, 'output.txt');
  const summaryFile = path.join(dir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  mkdirSync(path.join(dir, 'tmp'));
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: path.join(dir, 'tmp'),
    ...inputEnv({ 'sarif-file': 'vpclint.sarif', ...options.inputs }),
  };
  const child = spawn(process.execPath, [path.join(repoRoot, 'dist', 'action.js')], { cwd: workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, stdout, stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}

function writePlan(cidr: string, port: number): void {
  writeFileSync(path.join(workspace, 'network', 'sg.plan.json'), sgPlan(cidr, port));
}

const LIST = `/repos/${OWNER}/${REPO}/issues/${PR}/comments`;
const ANNOTATION =
  `::error file=network/sg.plan.json,line=${RULE_LINE},col=7,title=NET401 open-ingress::aws_security_group_rule.ingress admits tcp port 22 ` +
  'from 0.0.0.0/0, the whole IPv4 internet, into aws_security_group.web, exposing SSH (22). Allow administrative and database ports ' +
  "only from known addresses (office or VPN ranges, a bastion's security group), or use SSM Session Manager.";

function expectNoToken(run: ActionRun): void {
  expect(run.stdout).not.toContain(TOKEN);
  expect(run.stderr).not.toContain(TOKEN);
  expect(run.summary).not.toContain(TOKEN);
  expect(JSON.stringify(run.outputs)).not.toContain(TOKEN);
}

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'vpclint-action-'));
  workspace = path.join(root, 'workspace');
  mkdirSync(path.join(workspace, 'network'), { recursive: true });
  await github.start();
});

afterAll(async () => {
  await github.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('the Action on a pull request', () => {
  // The two runs share the pull request: the first creates the comment, the second finds it.
  const others = Array.from({ length: 120 }, (_, i) => ({ id: i + 1, body: `review comment ${i + 1}`, user: { login: 'reviewer' } }));
  let commentId: number;

  beforeAll(() => {
    github.reset();
    github.comments = others.map((c) => ({ ...c }));
  });

  it('first run: annotates, writes SARIF, outputs and the job summary, creates the comment, fails on the error', async () => {
    writePlan('0.0.0.0/0', 22);
    github.calls = [];
    const run = await runAction();
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n')).toContain(ANNOTATION);
    expect(run.stdout).toContain('::error::vpclint found 1 problem, some at or above error (fail-on).');
    expect(run.stderr).toBe('');
    // 120 comments by others: two pages to read before creating.
    expect(github.requests()).toEqual([`GET ${LIST}?per_page=100`, `GET ${LIST}?per_page=100&page=2`, `POST ${LIST}`]);
    expect(github.calls.map((c) => c.authorization)).toEqual([`token ${TOKEN}`, `token ${TOKEN}`, `token ${TOKEN}`]);
    const posted = github.calls[2]!.body!.body!;
    expect(posted.split('\n').slice(0, 4)).toEqual([COMMENT_MARKER, '## vpclint', '', '**❌ vpclint found 1 error in 1 file.**']);
    expect(posted).toContain('<code>aws_security_group_rule.ingress</code>');
    expect(run.summary).toBe(posted);
    commentId = github.comments.at(-1)!.id;
    expect(github.comments.map((c) => c.id)).toEqual([...others.map((c) => c.id), commentId]);
    const sarifFile = path.join(workspace, 'vpclint.sarif');
    expect(run.outputs).toEqual({
      errors: '1',
      warnings: '0',
      notes: '0',
      unresolved: '0',
      'sarif-file': sarifFile,
      'comment-id': String(commentId),
    });
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
    expect(sarifValidator()(sarif)).toBe(true);
    expect(sarif.runs[0].results.map((r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [r.ruleId, r.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual([
      ['NET401', 'network/sg.plan.json'],
    ]);
    expectNoToken(run);
  });

  it('second run after the fix: updates the same comment to say the pull request is clean, and passes', async () => {
    writePlan('10.0.0.0/8', 22);
    github.calls = [];
    const run = await runAction();
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('::error');
    expect(github.requests()).toEqual([`GET ${LIST}?per_page=100`, `GET ${LIST}?per_page=100&page=2`, `PATCH /repos/${OWNER}/${REPO}/issues/comments/${commentId}`]);
    const mine = github.comments.filter((c) => c.body.startsWith(COMMENT_MARKER));
    expect(mine.map((c) => c.id)).toEqual([commentId]);
    expect(mine[0]!.body.split('\n').slice(0, 4)).toEqual([COMMENT_MARKER, '## vpclint', '', '**✅ No problems in 1 file.**']);
    expect(run.outputs.errors).toBe('0');
    expect(run.outputs['comment-id']).toBe(String(commentId));
    expectNoToken(run);
  });
});

describe('the Action with a token that may not comment', () => {
  beforeEach(() => github.reset());

  it('warns on a 403 when creating the comment, and exits 0 when nothing reaches fail-on', async () => {
    writePlan('0.0.0.0/0', 443);
    github.refuseCreate = { status: 403, message: 'Resource not accessible by integration' };
    const run = await runAction();
    expect(run.status).toBe(0);
    expect(github.requests()).toEqual([`GET ${LIST}?per_page=100`, `POST ${LIST}`]);
    expect(run.stdout.split('\n')).toContain(
      '::warning::vpclint could not write the pull-request comment (HTTP 403: Resource not accessible by integration - ' +
        'https://docs.github.com/rest/issues/comments#create-an-issue-comment). Pull requests from forks get a read-only token; ' +
        'the results are in the job summary and the annotations. Otherwise give the job `permissions: pull-requests: write`.',
    );
    expect(run.stdout).toContain(`::warning file=network/sg.plan.json,line=${RULE_LINE},col=7,title=NET401 open-ingress::`);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '1' });
    expect(run.summary.split('\n')[3]).toBe('**⚠️ vpclint found 1 warning in 1 file.**');
    expectNoToken(run);
  });

  it('never prints the token, even when the API echoes it back in an error', async () => {
    writePlan('10.0.0.0/8', 22);
    github.refuseCreate = { status: 401, message: `Bad credentials: ${TOKEN}` };
    const run = await runAction();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('::warning::vpclint could not write the pull-request comment (HTTP 401: Bad credentials: *** - ');
    expectNoToken(run);
  });
});

describe('the Action elsewhere', () => {
  beforeEach(() => github.reset());

  it('makes no API call on a push, and still writes the summary and outputs', async () => {
    writePlan('0.0.0.0/0', 22);
    const run = await runAction({ event: 'push' });
    expect(run.status).toBe(1);
    expect(github.calls).toEqual([]);
    expect(run.stdout).toContain('vpclint: no pull-request comment: the event is push, not a pull request.');
    expect(run.summary.split('\n')[3]).toBe('**❌ vpclint found 1 error in 1 file.**');
    expect(run.outputs.errors).toBe('1');
    expectNoToken(run);
  });

  it('makes no API call with comment: false', async () => {
    writePlan('0.0.0.0/0', 22);
    const run = await runAction({ inputs: { comment: 'false' } });
    expect(run.status).toBe(1);
    expect(github.calls).toEqual([]);
  });

  it.each([
    { failOn: 'error', status: 0 },
    { failOn: 'warning', status: 1 },
    { failOn: 'note', status: 1 },
  ])('exits $status on a warning with fail-on $failOn', async ({ failOn, status }) => {
    writePlan('0.0.0.0/0', 443);
    const run = await runAction({ inputs: { 'fail-on': failOn, comment: 'false' } });
    expect(run.status).toBe(status);
    expect(run.outputs.warnings).toBe('1');
  });

  describe('passes the variable and parameter inputs to the CLI', () => {
    // A module and a template whose SSH source range is a variable or parameter without a value.
    beforeAll(() => {
      mkdirSync(path.join(workspace, 'tf'), { recursive: true });
      writeFileSync(
        path.join(workspace, 'tf', 'main.tf'),
        [
          'variable "admin_cidr" { type = string }',
          'resource "aws_security_group" "web" {',
          '  name   = "web"',
          '  vpc_id = "vpc-0123"',
          '}',
          'resource "aws_security_group_rule" "ssh" {',
          '  type              = "ingress"',
          '  security_group_id = aws_security_group.web.id',
          '  protocol          = "tcp"',
          '  from_port         = 22',
          '  to_port           = 22',
          '  cidr_blocks       = [var.admin_cidr]',
          '}',
          '',
        ].join('\n'),
      );
      writeFileSync(path.join(workspace, 'prod.tfvars'), 'admin_cidr = "0.0.0.0/0"\n');
      mkdirSync(path.join(workspace, 'cfn'), { recursive: true });
      writeFileSync(
        path.join(workspace, 'cfn', 'sg.cfn.yaml'),
        [
          "AWSTemplateFormatVersion: '2010-09-09'",
          'Parameters:',
          '  AdminCidr:',
          '    Type: String',
          'Resources:',
          '  WebSg:',
          '    Type: AWS::EC2::SecurityGroup',
          '    Properties:',
          '      GroupDescription: web',
          '      VpcId: vpc-0123',
          '      SecurityGroupIngress:',
          '        - IpProtocol: tcp',
          '          FromPort: 22',
          '          ToPort: 22',
          '          CidrIp: !Ref AdminCidr',
          '',
        ].join('\n'),
      );
      writeFileSync(path.join(workspace, 'params.json'), '{ "AdminCidr": "0.0.0.0/0" }\n');
    });

    const tfFinding = /^::error file=tf\/main\.tf,line=\d+,(?:col=\d+,)?title=NET401 open-ingress::aws_security_group_rule\.ssh admits tcp port 22 from 0\.0\.0\.0\/0/m;
    const cfnFinding = /^::error file=cfn\/sg\.cfn\.yaml,line=\d+,(?:col=\d+,)?title=NET401 open-ingress::WebSg\.SecurityGroupIngress\[0\] admits tcp port 22 from 0\.0\.0\.0\/0/m;

    it.each<{ name: string; paths: string; inputs: Record<string, string>; errors: string; unresolved: string; findings: RegExp[] }>([
      { name: 'neither: the check is undecided', paths: 'tf/\ncfn/', inputs: {}, errors: '0', unresolved: '2', findings: [] },
      { name: 'var', paths: 'tf/', inputs: { var: 'admin_cidr=0.0.0.0/0' }, errors: '1', unresolved: '0', findings: [tfFinding] },
      { name: 'var-file', paths: 'tf/', inputs: { 'var-file': 'prod.tfvars' }, errors: '1', unresolved: '0', findings: [tfFinding] },
      { name: 'parameter', paths: 'cfn/', inputs: { parameter: 'AdminCidr=0.0.0.0/0' }, errors: '1', unresolved: '0', findings: [cfnFinding] },
      { name: 'parameters', paths: 'cfn/', inputs: { parameters: 'params.json' }, errors: '1', unresolved: '0', findings: [cfnFinding] },
    ])('$name', async ({ paths, inputs, errors, unresolved, findings }) => {
      const run = await runAction({ inputs: { paths, comment: 'false', ...inputs } });
      expect(run.stderr).toBe('');
      expect({ errors: run.outputs.errors, unresolved: run.outputs.unresolved }).toEqual({ errors, unresolved });
      for (const f of findings) expect(run.stdout).toMatch(f);
      expect(run.status).toBe(findings.length > 0 ? 1 : 0);
    });
  });

  it('fails with the CLI message, and comments nothing, when an input is invalid', async () => {
    writePlan('0.0.0.0/0', 22);
    const run = await runAction({ inputs: { 'fail-on': 'bogus' } });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('vpclint: --fail-on must be error, warning or note, not "bogus"\n');
    expect(run.stdout).toContain('::error::vpclint did not run: see the error above.');
    expect(github.calls).toEqual([]);
    expect(run.outputs).toEqual({});
  });
});
