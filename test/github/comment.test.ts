import { describe, expect, it } from 'vitest';
import { findComment, upsertComment, type CommentApi, type IssueComment } from '../../src/github/comment.js';

const MARKER = '<!-- vpclint:pr-comment -->';

const BOT = { login: 'github-actions[bot]' };

/**
 * An in-memory pull request: its comments, in pages of `perPage`, and the calls made; the token
 * is `login`'s. `beforeCreate` runs inside create, before the comment is added (a concurrent run).
 */
function fakeApi(initial: IssueComment[], perPage = 2, login = BOT.login, beforeCreate?: (comments: IssueComment[]) => void) {
  const comments = initial.map((c) => ({ user: BOT, ...c }));
  const calls: string[] = [];
  let nextId = 1000;
  const api: CommentApi = {
    async login() {
      calls.push('login');
      return login;
    },
    async *pages() {
      for (let i = 0; i < comments.length; i += perPage) {
        calls.push(`list page ${i / perPage + 1}`);
        yield comments.slice(i, i + perPage);
      }
    },
    async create(body) {
      calls.push('create');
      beforeCreate?.(comments);
      const c = { id: nextId++, body, html_url: `https://github.test/c/${nextId - 1}`, user: { login } };
      comments.push(c);
      return c;
    },
    async update(id, body) {
      calls.push(`update ${id}`);
      const i = comments.findIndex((c) => c.id === id);
      comments[i] = { ...comments[i]!, body };
      return comments[i]!;
    },
    async remove(id) {
      calls.push(`remove ${id}`);
      const i = comments.findIndex((c) => c.id === id);
      if (i !== -1) comments.splice(i, 1);
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
    expect(outcome).toEqual({ action: 'created', id: 1000, url: 'https://github.test/c/1000', deleted: [] });
    expect(calls).toEqual(['login', 'list page 1', 'list page 2', 'create', 'list page 1', 'list page 2']);
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
    expect(outcome).toEqual({ action: 'updated', id: 7, url: 'https://github.test/c/7', deleted: [] });
    expect(calls).toEqual(['login', 'list page 1', 'list page 2', 'update 7']);
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
    expect(await findComment(api, MARKER, BOT.login)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it("never adopts a comment that starts with the marker but is someone else's", async () => {
    const planted = { id: 1, body: `${MARKER}\nplanted`, user: { login: 'mallory' } };
    const { api, comments, calls } = fakeApi([planted, { id: 2, body: `${MARKER}\nno author`, user: null }]);
    const outcome = await upsertComment(api, MARKER, `${MARKER}\nmine`);
    expect(outcome).toEqual({ action: 'created', id: 1000, url: 'https://github.test/c/1000', deleted: [] });
    expect(calls).toEqual(['login', 'list page 1', 'create', 'list page 1', 'list page 2']);
    expect(comments.map((c) => [c.id, c.body])).toEqual([
      [1, `${MARKER}\nplanted`],
      [2, `${MARKER}\nno author`],
      [1000, `${MARKER}\nmine`],
    ]);
  });

  it("finds the token's own comment by login, ignoring case", async () => {
    const { api, calls } = fakeApi([{ id: 4, body: `${MARKER}\nold`, user: { login: 'Octo-CI' } }], 2, 'octo-ci');
    expect((await upsertComment(api, MARKER, `${MARKER}\nnew`)).id).toBe(4);
    expect(calls).toEqual(['login', 'list page 1', 'update 4']);
  });

  it('deletes the duplicate a concurrent run created after this run listed, keeping the older one', async () => {
    // The other run's comment (id 500) appears between this run's listing and its create.
    const { api, comments, calls } = fakeApi([{ id: 1, body: 'LGTM' }], 2, BOT.login, (all) => {
      if (!all.some((c) => c.id === 500)) all.push({ id: 500, body: `${MARKER}\ntheirs`, user: BOT });
    });
    const outcome = await upsertComment(api, MARKER, `${MARKER}\nmine`);
    expect(outcome).toEqual({ action: 'updated', id: 500, url: undefined, deleted: [1000] });
    expect(calls).toEqual(['login', 'list page 1', 'create', 'list page 1', 'list page 2', 'remove 1000', 'update 500']);
    expect(comments.map((c) => [c.id, c.body])).toEqual([
      [1, 'LGTM'],
      [500, `${MARKER}\nmine`],
    ]);
  });
});
