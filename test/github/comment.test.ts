import { describe, expect, it } from 'vitest';
import { findComment, upsertComment, type CommentApi, type IssueComment } from '../../src/github/comment.js';

const MARKER = '<!-- vpclint:pr-comment -->';

/** An in-memory pull request: its comments, in pages of `perPage`, and the calls made. */
function fakeApi(initial: IssueComment[], perPage = 2) {
  const comments = [...initial];
  const calls: string[] = [];
  let nextId = 1000;
  const api: CommentApi = {
    async *pages() {
      for (let i = 0; i < comments.length; i += perPage) {
        calls.push(`list page ${i / perPage + 1}`);
        yield comments.slice(i, i + perPage);
      }
    },
    async create(body) {
      calls.push('create');
      const c = { id: nextId++, body, html_url: `https://github.test/c/${nextId - 1}` };
      comments.push(c);
      return c;
    },
    async update(id, body) {
      calls.push(`update ${id}`);
      const i = comments.findIndex((c) => c.id === id);
      comments[i] = { ...comments[i]!, body };
      return comments[i]!;
    },
  };
  return { api, comments, calls };
}

describe('upsertComment', () => {
  it('creates the comment when the pull request has none with the marker', async () => {
    const { api, comments, calls } = fakeApi([
      { id: 1, body: 'LGTM' },
      { id: 2, body: `> quoting ${MARKER}` },
      { id: 3, body: null },
    ]);
    const outcome = await upsertComment(api, MARKER, `${MARKER}\nfirst`);
    expect(outcome).toEqual({ action: 'created', id: 1000, url: 'https://github.test/c/1000' });
    expect(calls).toEqual(['list page 1', 'list page 2', 'create']);
    expect(comments.map((c) => c.id)).toEqual([1, 2, 3, 1000]);
  });

  it('updates the oldest comment that starts with the marker, and reads no further page', async () => {
    const { api, comments, calls } = fakeApi([
      { id: 1, body: 'LGTM' },
      { id: 2, body: 'nit' },
      { id: 7, body: `${MARKER}\nold`, html_url: 'https://github.test/c/7' },
      { id: 8, body: 'thanks' },
      { id: 9, body: `${MARKER}\nduplicate` },
    ]);
    const outcome = await upsertComment(api, MARKER, `${MARKER}\nnew`);
    expect(outcome).toEqual({ action: 'updated', id: 7, url: 'https://github.test/c/7' });
    expect(calls).toEqual(['list page 1', 'list page 2', 'update 7']);
    expect(comments.find((c) => c.id === 7)?.body).toBe(`${MARKER}\nnew`);
    expect(comments.find((c) => c.id === 9)?.body).toBe(`${MARKER}\nduplicate`);
  });

  it('refuses a body without the marker, which it could never find again', async () => {
    const { api, calls } = fakeApi([]);
    await expect(upsertComment(api, MARKER, 'no marker')).rejects.toThrow('the comment body must start with its marker');
    expect(calls).toEqual([]);
  });

  it('finds nothing on a pull request without comments', async () => {
    const { api, calls } = fakeApi([]);
    expect(await findComment(api, MARKER)).toBeUndefined();
    expect(calls).toEqual([]);
  });
});
