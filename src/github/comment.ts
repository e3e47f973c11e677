/**
 * The one living pull-request comment: the comment whose body starts with the hidden marker AND
 * whose author is the token's own identity, updated in place on every run, created when there is
 * none. A comment by anyone else that starts with the marker (a reviewer quoting it, or someone
 * planting one) is never adopted, overwritten or deleted. Two runs at once (two pushes in quick
 * succession) can both find no comment and both create one; so after creating, the run lists the
 * comments again and keeps only the oldest of its author's marked comments, deleting the newer
 * ones, and writes its body into the one kept: both runs converge on one comment.
 *
 * The REST calls sit behind `CommentApi`, so the upsert logic is tested without a server and the
 * Octokit client stays a thin adapter.
 */
import type { getOctokit } from '@actions/github';

export interface IssueComment {
  readonly id: number;
  readonly body?: string | null;
  readonly html_url?: string;
  readonly user?: { readonly login?: string } | null;
}

export interface CommentApi {
  /** The login comments created with this token are authored by. */
  login(): Promise<string>;
  /** The pull request's comments, oldest first, a page at a time. */
  pages(): AsyncIterable<readonly IssueComment[]>;
  create(body: string): Promise<IssueComment>;
  update(id: number, body: string): Promise<IssueComment>;
  /** Deletes a comment; one already gone is not an error. */
  remove(id: number): Promise<void>;
}

export interface UpsertOutcome {
  readonly action: 'created' | 'updated';
  readonly id: number;
  readonly url: string | undefined;
  /** Newer duplicates (from runs at the same time) that were deleted. */
  readonly deleted: readonly number[];
}

/**
 * The author of comments made with the workflow's GITHUB_TOKEN. That token is a GitHub App
 * installation token, for which `GET /user` answers 403.
 */
export const GITHUB_ACTIONS_LOGIN = 'github-actions[bot]';

/** Whether `c` is the living comment: it starts with `marker` and `login` wrote it (logins ignore case). */
export function isOwnComment(c: IssueComment, marker: string, login: string): boolean {
  return typeof c.body === 'string' && c.body.startsWith(marker) && typeof c.user?.login === 'string' && c.user.login.toLowerCase() === login.toLowerCase();
}

/** The first (oldest) comment by `login` whose body starts with `marker`, reading no more pages than needed. */
export async function findComment(api: CommentApi, marker: string, login: string): Promise<IssueComment | undefined> {
  for await (const page of api.pages()) {
    const found = page.find((c) => isOwnComment(c, marker, login));
    if (found !== undefined) return found;
  }
  return undefined;
}

async function allOwnComments(api: CommentApi, marker: string, login: string): Promise<IssueComment[]> {
  const own: IssueComment[] = [];
  for await (const page of api.pages()) own.push(...page.filter((c) => isOwnComment(c, marker, login)));
  return own;
}

/** Updates the living comment, or creates it and removes any duplicate a concurrent run made; `body` must start with `marker`. */
export async function upsertComment(api: CommentApi, marker: string, body: string): Promise<UpsertOutcome> {
  if (!body.startsWith(marker)) throw new Error('the comment body must start with its marker');
  const login = await api.login();
  const existing = await findComment(api, marker, login);
  if (existing !== undefined) {
    const updated = await api.update(existing.id, body);
    return { action: 'updated', id: existing.id, url: updated.html_url ?? existing.html_url, deleted: [] };
  }
  const created = await api.create(body);
  // Another run may have created one too, between our listing and our creating.
  const own = await allOwnComments(api, marker, login);
  if (!own.some((c) => c.id === created.id)) own.push(created);
  own.sort((a, b) => a.id - b.id);
  const kept = own[0]!;
  const deleted: number[] = [];
  for (const c of own.slice(1)) {
    await api.remove(c.id);
    deleted.push(c.id);
  }
  if (kept.id === created.id) return { action: 'created', id: created.id, url: created.html_url, deleted };
  const updated = await api.update(kept.id, body);
  return { action: 'updated', id: kept.id, url: updated.html_url ?? kept.html_url, deleted };
}

export interface PullRequestRef {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
}

type Octokit = ReturnType<typeof getOctokit>;

function status(error: unknown): unknown {
  return (error as { status?: unknown } | null)?.status;
}

/** `CommentApi` over the users and issue comments REST endpoints, through Octokit. */
export function octokitCommentApi(octokit: Octokit, pr: PullRequestRef): CommentApi {
  const where = { owner: pr.owner, repo: pr.repo };
  return {
    async login() {
      try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
      } catch (error) {
        // An installation token (the workflow's GITHUB_TOKEN) has no user: "Resource not accessible by integration".
        if (status(error) === 403) return GITHUB_ACTIONS_LOGIN;
        throw error;
      }
    },
    async *pages() {
      const iterator = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        ...where,
        issue_number: pr.number,
        per_page: 100,
      });
      for await (const response of iterator) yield response.data;
    },
    async create(body) {
      const { data } = await octokit.rest.issues.createComment({ ...where, issue_number: pr.number, body });
      return data;
    },
    async update(id, body) {
      const { data } = await octokit.rest.issues.updateComment({ ...where, comment_id: id, body });
      return data;
    },
    async remove(id) {
      try {
        await octokit.rest.issues.deleteComment({ ...where, comment_id: id });
      } catch (error) {
        if (status(error) !== 404) throw error;
      }
    },
  };
}
