/**
 * The GitHub Action: reads the inputs, runs the CLI's command (`runCommand`, what `main` runs:
 * annotations on stdout, SARIF to its file when asked), which returns the lint result and the
 * markdown comment rendered from it, then does the GitHub side: outputs, the job summary, and the
 * one living pull-request comment. Lint logic lives in the CLI, none here.
 *
 * The token is only handed to Octokit: it is never printed, and error text from the API passes
 * through `redact` before it reaches the log. A token that may not comment (pull requests from
 * forks get a read-only one) is a warning, never a failed job: the job's status is the lint's.
 */
import path from 'node:path';
import * as core from '@actions/core';
import { context, getOctokit } from '@actions/github';
import { runCommand } from '../cli.js';
import { escapeText } from '../report/escape.js';
import { COMMENT_MARKER } from '../report/markdown.js';
import { octokitCommentApi, upsertComment, type PullRequestRef } from './comment.js';
import { ApiTimeoutError, boundRequests, requestTimeoutMs } from './http.js';
import { readInputs, toCliArgs, type ActionInputs } from './inputs.js';

/**
 * The Action's own log lines. Each message may quote input (an API error, the event, a URL) and
 * passes through `escapeText` (report/escape.ts): control characters shown escaped, no line break,
 * no workflow command (`core.info` writes its text to stdout as it is, and the runner reads every
 * line there).
 */
const log = {
  info: (message: string): void => core.info(escapeText(message)),
  warning: (message: string): void => core.warning(escapeText(message)),
  failed: (message: string): void => core.setFailed(escapeText(message)),
};

/** Events whose payload is a pull request that can carry the comment. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** Error text with every occurrence of the token replaced. */
export function redact(text: string, token: string): string {
  return token === '' ? text : text.split(token).join('***');
}

function describeError(error: unknown): string {
  const status = (error as { status?: unknown } | null)?.status;
  const message = error instanceof Error ? error.message : String(error);
  return typeof status === 'number' ? `HTTP ${status}: ${message}` : message;
}

/** The pull request of this event, or why there is none. */
function pullRequest(): PullRequestRef | string {
  if (!PULL_REQUEST_EVENTS.has(context.eventName)) return `the event is ${context.eventName || 'unknown'}, not a pull request`;
  const number = (context.payload.pull_request as { number?: unknown } | undefined)?.number;
  if (typeof number !== 'number') return 'the event payload has no pull request number';
  const { owner, repo } = context.repo;
  return { owner, repo, number };
}

async function updateComment(inputs: ActionInputs, body: string): Promise<void> {
  let pr: PullRequestRef | string;
  try {
    pr = pullRequest();
  } catch (error) {
    pr = error instanceof Error ? error.message : String(error);
  }
  if (typeof pr === 'string') {
    log.info(`vpclint: no pull-request comment: ${pr}.`);
    return;
  }
  if (inputs.token === '') {
    log.warning('vpclint: no pull-request comment: the github-token input is empty.');
    return;
  }
  try {
    const octokit = boundRequests(getOctokit(inputs.token), requestTimeoutMs(process.env));
    const outcome = await upsertComment(octokitCommentApi(octokit, pr), COMMENT_MARKER, body);
    log.info(`vpclint: ${outcome.action} the pull-request comment${outcome.url === undefined ? '' : ` ${outcome.url}`}.`);
    if (outcome.deleted.length > 0) {
      log.info(`vpclint: deleted ${outcome.deleted.length === 1 ? 'a duplicate' : 'duplicates'} made by a concurrent run: ${outcome.deleted.join(', ')}.`);
    }
    core.setOutput('comment-id', String(outcome.id));
  } catch (error) {
    // The comment is a convenience: the lint result and the exit code stand without it.
    if (error instanceof ApiTimeoutError) {
      log.warning(
        `vpclint could not write the pull-request comment: ${redact(error.message, inputs.token)}. ` +
          'The results are in the job summary and the annotations.',
      );
      return;
    }
    log.warning(
      `vpclint could not write the pull-request comment (${redact(describeError(error), inputs.token)}). ` +
        'Pull requests from forks get a read-only token; the results are in the job summary and the annotations. ' +
        'Otherwise give the job `permissions: pull-requests: write`.',
    );
  }
}

/** Runs the Action in this process; sets `process.exitCode` (0 clean, 1 findings at or above fail-on, 2 errors). */
export async function runAction(): Promise<void> {
  let token = '';
  try {
    const inputs = readInputs((name) => core.getInput(name));
    token = inputs.token;
    const cwd = process.cwd();
    const sarifFile = inputs.sarifFile === '' ? undefined : path.resolve(cwd, inputs.sarifFile);
    const { code, result, outputs } = await runCommand(
      toCliArgs(inputs, sarifFile === undefined ? {} : { sarif: sarifFile }),
      {
        stdout: (text) => void process.stdout.write(text),
        stderr: (text) => void process.stderr.write(redact(text, token)),
        cwd,
        env: process.env,
        isTTY: false,
      },
      { render: ['markdown'] },
    );

    const markdown = outputs.find((o) => o.to === 'caller' && o.format === 'markdown')?.text;
    if (result === undefined || markdown === undefined) {
      // A usage or configuration error: the CLI printed it, nothing was linted.
      log.failed('vpclint did not run: see the error above.');
      process.exitCode = code === 0 ? 2 : code;
      return;
    }
    const counts = { error: 0, warning: 0, note: 0 };
    for (const f of result.findings) counts[f.severity] += 1;
    core.setOutput('errors', String(counts.error));
    core.setOutput('warnings', String(counts.warning));
    core.setOutput('notes', String(counts.note));
    core.setOutput('unresolved', String(result.unresolved.length));
    core.setOutput('sarif-file', sarifFile ?? '');
    // What the SARIF file left out, once it is written (as the CLI said on stderr).
    const sarif = outputs.find((o) => o.format === 'sarif' && o.written === true);
    if (sarif?.warning !== undefined) log.warning(sarif.warning);

    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
    if (inputs.comment) await updateComment(inputs, markdown);

    if (code === 1) {
      const total = result.findings.length;
      log.failed(`vpclint found ${total} ${total === 1 ? 'problem' : 'problems'}, some at or above ${inputs.failOn} (fail-on).`);
    } else if (code !== 0) {
      log.failed('vpclint could not lint every file: see the errors above (the results are incomplete).');
    }
    process.exitCode = code;
  } catch (error) {
    log.failed(`vpclint action failed: ${redact(describeError(error), token)}`);
    process.exitCode = 2;
  }
}
