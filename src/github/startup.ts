/**
 * What the Action checks before it loads `@actions/github`, whose module body reads the event file
 * (`JSON.parse` of GITHUB_EVENT_PATH) and builds a proxy agent for GITHUB_API_URL (`new URL`):
 * either throwing there would be an uncaught exception at import time, a stack trace and exit 1.
 * Here they become one `::error::` naming the cause, and exit 2 (the run did not happen). The
 * stack trace is printed only with step debug logging on (RUNNER_DEBUG=1).
 */
import { existsSync, readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { escapeLines, escapeText } from '../report/escape.js';

/** Why the runner's environment cannot be used, or undefined when it can. */
export function environmentProblem(env: NodeJS.ProcessEnv): string | undefined {
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath !== undefined && eventPath !== '' && existsSync(eventPath)) {
    let text: string;
    try {
      text = readFileSync(eventPath, 'utf8');
    } catch (error) {
      return `the event file ${eventPath} (GITHUB_EVENT_PATH) cannot be read: ${error instanceof Error ? error.message : String(error)}`;
    }
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch (error) {
      return `the event file ${eventPath} (GITHUB_EVENT_PATH) is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
      return `the event file ${eventPath} (GITHUB_EVENT_PATH) is not a JSON object`;
    }
  }
  const apiUrl = env.GITHUB_API_URL;
  if (apiUrl !== undefined && apiUrl !== '') {
    const protocol = URL.canParse(apiUrl) ? new URL(apiUrl).protocol : undefined;
    if (protocol !== 'https:' && protocol !== 'http:') return `GITHUB_API_URL is not an http(s) URL: ${JSON.stringify(apiUrl)}`;
  }
  return undefined;
}

/** Reports that the Action could not start, and sets exit code 2. */
export function failStartup(cause: string, error?: unknown): void {
  // The cause may quote the event file (V8 echoes a snippet of malformed JSON): escaped for the log.
  core.error(escapeText(`vpclint could not start: ${cause}`));
  if (error !== undefined && core.isDebug()) process.stderr.write(escapeLines(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`));
  process.exitCode = 2;
}
