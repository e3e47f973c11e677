/**
 * Bounded GitHub API requests. Without a bound, a request the API (or a proxy) never answers
 * stalls the Action for minutes (undici's own timeouts, about 300 s). Every request made through
 * the Octokit client gets a deadline; idempotent ones (GET, HEAD, PUT, DELETE, and PATCH, which the
 * Action only uses to set a comment's body to a fixed text) are tried once more after a timeout,
 * a network failure or a 5xx answer. A POST is never repeated: it could create a second comment.
 */
import type { getOctokit } from '@actions/github';

type Octokit = ReturnType<typeof getOctokit>;

/** The deadline of one request, in milliseconds. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

/**
 * For tests only: VPCLINT_TEST_API_TIMEOUT_MS overrides the deadline, so a test against a server
 * that never answers runs in a fraction of a second. It is not an input and not documented for users.
 */
export function requestTimeoutMs(env: NodeJS.ProcessEnv): number {
  const value = Number(env.VPCLINT_TEST_API_TIMEOUT_MS);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_REQUEST_TIMEOUT_MS;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH']);

/** A request that got no complete answer before its deadline. */
export class ApiTimeoutError extends Error {
  override readonly name = 'ApiTimeoutError';
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** The endpoint as `METHOD path`, without the host or the query. */
function endpoint(method: string, url: unknown): string {
  const text = String(url ?? '');
  const pathOnly = URL.canParse(text) ? new URL(text).pathname : text.split('?')[0];
  return `${method} ${pathOnly}`;
}

function retryable(error: unknown): boolean {
  if (error instanceof ApiTimeoutError) return true;
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status !== 'number' || status >= 500;
}

/** Gives every request of `octokit` a deadline of `timeoutMs`, and one retry when idempotent. */
export function boundRequests(octokit: Octokit, timeoutMs: number): Octokit {
  octokit.hook.wrap('request', async (request, options) => {
    const method = String(options.method ?? 'GET').toUpperCase();
    const attempts = IDEMPOTENT.has(method) ? 2 : 1;
    for (let attempt = 1; ; attempt += 1) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      let failure: unknown;
      try {
        // Hooks are handed the same options object down the chain (before-after-hook binds it), so
        // the signal is set on it, not on a copy.
        options.request = { ...options.request, signal: controller.signal };
        const response = await request(options);
        // Octokit reads an aborted body as empty text instead of failing: not an answer either.
        if (!controller.signal.aborted) return response;
      } catch (error) {
        failure = error;
      } finally {
        clearTimeout(timer);
      }
      if (controller.signal.aborted) {
        const tried = attempts === 1 ? '' : ' (tried twice)';
        const url = octokit.request.endpoint(options as unknown as Parameters<typeof octokit.request.endpoint>[0]).url;
        failure = new ApiTimeoutError(`the GitHub API did not answer ${endpoint(method, url)} within ${seconds(timeoutMs)}${tried}`);
      }
      if (attempt < attempts && retryable(failure)) continue;
      throw failure;
    }
  });
  return octokit;
}
