/**
 * The one living pull-request comment: found by the hidden marker its body starts with, updated
 * in place on every run, created when there is none. The REST calls sit behind `CommentApi`, so
 * the upsert logic is tested without a server and the Octokit client stays a thin adapter.
 */
import type { getOctokit } from '@actions/github';

export interface IssueComment {
  readonly id: number;
  readonly body?: string | null;
  readonly html_url?: string;
}

export interface CommentApi {
  /** The pull request's comments, oldest first, a page at a time. */
  pages(): AsyncIterable<readonly IssueComment[]>;
  create(body: string): Promise<IssueComment>;
  update(id: number, body: string): Promise<IssueComment>;
}

export interface UpsertOutcome {
  readonly action: 'created' | 'updated';
  readonly id: number;
  readonly url: string | undefined;
}

/** The first (oldest) comment whose body starts with `marker`, reading no more pages than needed. */
export async function findComment(api: CommentApi, marker: string): Promise<IssueComment | undefined> {
  for await (const page of api.pages()) {
    const found = page.find((c) => typeof c.body === 'string' && c.body.startsWith(marker));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Updates the comment that starts with `marker`, or creates one; `body` must start with it. */
export async function upsertComment(api: CommentApi, marker: string, body: string): Promise<UpsertOutcome> {
  if (!body.startsWith(marker)) throw new Error('the comment body must start with its marker');
  const existing = await findComment(api, marker);
  if (existing !== undefined) {
    const updated = await api.update(existing.id, body);
    return { action: 'updated', id: existing.id, url: updated.html_url ?? existing.html_url };
  }
  const created = await api.create(body);
  return { action: 'created', id: created.id, url: created.html_url };
}

export interface PullRequestRef {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
}

type Octokit = ReturnType<typeof getOctokit>;

/** `CommentApi` over the issue comments REST endpoints, through Octokit. */
export function octokitCommentApi(octokit: Octokit, pr: PullRequestRef): CommentApi {
  const where = { owner: pr.owner, repo: pr.repo };
  return {
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
  };
}
