/**
 * The GitHub Action end to end: the committed bundle dist/action.js (checked against the sources
 * by test/build.test.ts) runs with `node` and the environment a runner provides (INPUT_* from
 * action.yml's defaults, the event payload, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), against a small
 * GitHub REST API on 127.0.0.1 that implements the issue comment endpoints and records every call.
 * VPCLINT_TEST_ACTION_JS runs another build of the bundle instead (one made from the working tree
 * into a temporary directory, before dist/ is rebuilt).
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
import { codeScanningProblems } from '../helpers/sarif.js';
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

/** The bundle the tests run: the committed one unless VPCLINT_TEST_ACTION_JS names another build. */
const ACTION_JS = process.env.VPCLINT_TEST_ACTION_JS || path.join(repoRoot, 'dist', 'action.js');

/** The REST endpoints the Action uses: the token's user, and list, create, update and delete issue comments. */
class FakeGitHub {
  comments: StoredComment[] = [];
  calls: Call[] = [];
  /** When set, creating a comment answers with this status and message. */
  refuseCreate: { status: number; message: string } | undefined;
  /**
   * The token's user (a personal access token); undefined for the workflow's GITHUB_TOKEN, an
   * installation token: then GET /user answers 403 and comments are by github-actions[bot].
   */
  user: string | undefined;
  /** The next this many requests answer 502 Bad Gateway. */
  failNext = 0;
  /** Requests with this method ('*': every request) are never answered. */
  hang: string | undefined;
  /** When set, the first `size` listings wait until all of them have arrived: the runs race. */
  listBarrier: { size: number; waiting: (() => void)[] } | undefined;
  private nextId = 5000;
  private server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 100;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  reset(): void {
    this.server?.closeAllConnections();
    this.comments = [];
    this.calls = [];
    this.refuseCreate = undefined;
    this.user = undefined;
    this.hang = undefined;
    this.failNext = 0;
    this.listBarrier = undefined;
    this.nextId = 5000;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = raw === '' ? undefined : (JSON.parse(raw) as { body?: string });
    const url = req.url ?? '';
    this.calls.push({ method: req.method ?? '', url, authorization: req.headers.authorization, body });
    if (this.hang === '*' || this.hang === req.method) return;
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(data));
    };
    if (this.failNext > 0) {
      this.failNext -= 1;
      send(502, { message: 'Server Error' });
      return;
    }
    const parsed = new URL(url, this.url);
    const list = `/repos/${OWNER}/${REPO}/issues/${PR}/comments`;
    if (req.method === 'GET' && parsed.pathname === '/user') {
      if (this.user === undefined) {
        send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user' });
      } else {
        send(200, { login: this.user, id: 1, type: 'User' });
      }
      return;
    }
    if (req.method === 'GET' && parsed.pathname === list) {
      const barrier = this.listBarrier;
      if (barrier !== undefined) {
        // Hold the first listings until every run has listed: all of them see no comment.
        await new Promise<void>((resolve) => {
          barrier.waiting.push(resolve);
          if (barrier.waiting.length === barrier.size) {
            for (const release of barrier.waiting) release();
            this.listBarrier = undefined;
          }
        });
      }
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
      const comment = { id: this.nextId++, body: body?.body ?? '', user: { login: this.user ?? 'github-actions[bot]' } };
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
    if (req.method === 'DELETE' && update !== null) {
      const i = this.comments.findIndex((c) => c.id === Number(update[1]));
      if (i === -1) {
        send(404, { message: 'Not Found' });
        return;
      }
      this.comments.splice(i, 1);
      res.writeHead(204).end();
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

async function runAction(options: { event?: string; inputs?: Record<string, string>; env?: Record<string, string>; eventText?: string } = {}): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(root, 'run-'));
  const eventPath = path.join(dir, 'event.json');
  writeFileSync(
    eventPath,
    options.eventText ??
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
    ...options.env,
  };
  const child = spawn(process.execPath, [ACTION_JS], { cwd: workspace, env });
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
  "only from known addresses (office or VPN ranges, a bastion's security group), or use SSM Session Manager." +
  '%0Ahttps://github.com/vpclint/vpclint/blob/v0.1.0/docs/rules.md#open-ingress';

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
    // The token's identity (GITHUB_TOKEN: 403, so github-actions[bot]); 120 comments by others:
    // two pages to read before creating, and again after, to find a concurrent run's duplicate.
    expect(github.requests()).toEqual([
      'GET /user',
      `GET ${LIST}?per_page=100`,
      `GET ${LIST}?per_page=100&page=2`,
      `POST ${LIST}`,
      `GET ${LIST}?per_page=100`,
      `GET ${LIST}?per_page=100&page=2`,
    ]);
    expect(github.calls.map((c) => c.authorization)).toEqual(Array(6).fill(`token ${TOKEN}`));
    const posted = github.calls[3]!.body!.body!;
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
    const sarifText = readFileSync(sarifFile, 'utf8');
    expect(codeScanningProblems(sarifText)).toEqual([]);
    const sarif = JSON.parse(sarifText);
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
    expect(github.requests()).toEqual([
      'GET /user',
      `GET ${LIST}?per_page=100`,
      `GET ${LIST}?per_page=100&page=2`,
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/${commentId}`,
    ]);
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
    expect(github.requests()).toEqual(['GET /user', `GET ${LIST}?per_page=100`, `POST ${LIST}`]);
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

describe('the one living comment', () => {
  beforeEach(() => github.reset());
  const byId = (id: number) => `/repos/${OWNER}/${REPO}/issues/comments/${id}`;

  it('never adopts or overwrites a comment by another user that starts with the marker', async () => {
    writePlan('0.0.0.0/0', 22);
    const planted = { id: 1, body: `${COMMENT_MARKER}\n## vpclint\n\n**✅ No problems.** (planted by someone else)`, user: { login: 'mallory' } };
    github.comments = [{ ...planted, user: { ...planted.user } }];
    const run = await runAction();
    expect(run.status).toBe(1);
    expect(github.requests()).toEqual(['GET /user', `GET ${LIST}?per_page=100`, `POST ${LIST}`, `GET ${LIST}?per_page=100`]);
    expect(github.comments[0]).toEqual(planted);
    expect(github.comments.map((c) => [c.id, c.user.login])).toEqual([
      [1, 'mallory'],
      [5000, 'github-actions[bot]'],
    ]);
    expect(run.outputs['comment-id']).toBe('5000');
  });

  it("with a personal access token, updates the comment of the token's user (GET /user), not github-actions[bot]'s", async () => {
    writePlan('0.0.0.0/0', 22);
    github.user = 'octo-ci';
    github.comments = [
      { id: 1, body: `${COMMENT_MARKER}\nold, by the workflow token`, user: { login: 'github-actions[bot]' } },
      { id: 2, body: `${COMMENT_MARKER}\nold, by the personal token`, user: { login: 'Octo-CI' } },
    ];
    const run = await runAction();
    expect(run.status).toBe(1);
    expect(github.requests()).toEqual(['GET /user', `GET ${LIST}?per_page=100`, `PATCH ${byId(2)}`]);
    expect(github.comments[0]!.body).toBe(`${COMMENT_MARKER}\nold, by the workflow token`);
    expect(github.comments[1]!.body.split('\n')[3]).toBe('**❌ vpclint found 1 error in 1 file.**');
    expect(run.outputs['comment-id']).toBe('2');
  });

  it('two runs at once converge on one comment: the newer duplicate is deleted', async () => {
    writePlan('0.0.0.0/0', 22);
    github.comments = [{ id: 1, body: 'LGTM', user: { login: 'reviewer' } }];
    github.listBarrier = { size: 2, waiting: [] };
    const runs = await Promise.all([runAction(), runAction()]);
    expect(runs.map((r) => r.status)).toEqual([1, 1]);
    // Both listed before either created: both created, then both listed again and kept the oldest.
    expect(github.requests().filter((r) => r === `POST ${LIST}`)).toHaveLength(2);
    expect(github.requests()).toContain(`DELETE ${byId(5001)}`);
    expect(github.requests()).not.toContain(`DELETE ${byId(5000)}`);
    expect(github.comments.map((c) => [c.id, c.user.login])).toEqual([
      [1, 'reviewer'],
      [5000, 'github-actions[bot]'],
    ]);
    expect(github.comments[1]!.body.split('\n')[3]).toBe('**❌ vpclint found 1 error in 1 file.**');
    expect(runs.map((r) => r.outputs['comment-id'])).toEqual(['5000', '5000']);
  });
});

describe('the Action when the GitHub API does not answer', () => {
  beforeEach(() => github.reset());
  // VPCLINT_TEST_API_TIMEOUT_MS exists for tests only: the deadline is 15 s otherwise.
  const env = { VPCLINT_TEST_API_TIMEOUT_MS: '200' };

  it('gives up on an idempotent request after one retry, warns, and the lint result and exit code stand', async () => {
    writePlan('0.0.0.0/0', 22);
    github.hang = '*';
    const run = await runAction({ env });
    expect(run.status).toBe(1);
    expect(github.requests()).toEqual(['GET /user', 'GET /user']);
    expect(run.stdout.split('\n')).toContain(
      '::warning::vpclint could not write the pull-request comment: the GitHub API did not answer GET /user within 0.2 s (tried twice). ' +
        'The results are in the job summary and the annotations.',
    );
    expect(run.stdout).toContain('::error::vpclint found 1 problem, some at or above error (fail-on).');
    expect(run.outputs).toMatchObject({ errors: '1', 'sarif-file': path.join(workspace, 'vpclint.sarif') });
    expect(run.outputs['comment-id']).toBeUndefined();
    expect(run.summary.split('\n')[3]).toBe('**❌ vpclint found 1 error in 1 file.**');
    expectNoToken(run);
  });

  it('tries a GET once more after a 5xx answer, and then goes on', async () => {
    writePlan('0.0.0.0/0', 22);
    github.failNext = 1;
    // The default deadline: the retry follows the 502 at once, not a timeout.
    const run = await runAction();
    expect(run.status).toBe(1);
    expect(github.requests()).toEqual(['GET /user', 'GET /user', `GET ${LIST}?per_page=100`, `POST ${LIST}`, `GET ${LIST}?per_page=100`]);
    expect(run.outputs['comment-id']).toBe('5000');
    expect(run.stdout).not.toContain('::warning::');
  });

  it('never repeats a POST that got no answer (it could make a second comment)', async () => {
    writePlan('10.0.0.0/8', 22);
    github.hang = 'POST';
    const run = await runAction({ env });
    expect(run.status).toBe(0);
    expect(github.requests()).toEqual(['GET /user', `GET ${LIST}?per_page=100`, `POST ${LIST}`]);
    expect(run.stdout.split('\n')).toContain(
      `::warning::vpclint could not write the pull-request comment: the GitHub API did not answer POST ${LIST} within 0.2 s. ` +
        'The results are in the job summary and the annotations.',
    );
  });
});

describe('the Action when the runner environment is malformed', () => {
  beforeEach(() => github.reset());

  it('a malformed event file: one ::error:: naming it, no stack trace, exit 2', async () => {
    writePlan('0.0.0.0/0', 22);
    const run = await runAction({ eventText: '{"pull_request": ' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error::vpclint could not start: the event file \S+event\.json \(GITHUB_EVENT_PATH\) is not valid JSON: Unexpected end of JSON input/);
    expect(github.calls).toEqual([]);
    expect(run.outputs).toEqual({});
  });

  it('an event file that is JSON but not an object', async () => {
    const run = await runAction({ eventText: 'null' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^::error::vpclint could not start: the event file \S+event\.json \(GITHUB_EVENT_PATH\) is not a JSON object\n$/);
  });

  it('a malformed GITHUB_API_URL: one ::error:: naming it, no stack trace, exit 2', async () => {
    const run = await runAction({ env: { GITHUB_API_URL: 'ht tp://api github' } });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('::error::vpclint could not start: GITHUB_API_URL is not an http(s) URL: "ht tp://api github"\n');
    expect(run.outputs).toEqual({});
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
    expect(run.stderr).toBe('vpclint: --fail-on must be error, warning, note or none, not "bogus"\n');
    expect(run.stdout).toContain('::error::vpclint did not run: see the error above.');
    expect(github.calls).toEqual([]);
    expect(run.outputs).toEqual({});
  });
});
