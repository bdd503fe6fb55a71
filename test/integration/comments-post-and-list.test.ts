import { describe, expect, it } from 'vitest';
import type { CommentList, CreatedComment, PageCounts } from '../../functions/comments/types.js';
import { listComments, type NewComment, postComment } from '../../widget/src/api/comments.js';
import { newKey } from '../support/test-fetcher.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp();

const guest = { name: 'Camille', email: 'camille@example.org' };

const comment = (site: string, page: string, body: string, extra: Partial<NewComment> = {}): NewComment => ({
  site,
  page,
  body,
  author: guest,
  ...extra,
});
/** Posts as the guest, keeping the status the test looks at. */
const post = (site: string, page: string, body: string, extra: Partial<NewComment> = {}) =>
  t.raw<CreatedComment>('POST', '/v1/comments', comment(site, page, body, extra));
/** Posts as the guest through the widget's client; the comment's id. */
const posted = async (site: string, page: string, body: string, extra: Partial<NewComment> = {}) =>
  (await postComment(t.client(), comment(site, page, body, extra), newKey())).comment.id;

describe('posting and listing comments', () => {
  it('lists a posted comment with the page count and without the email', async () => {
    const site = await t.site();
    const created = await post(site, 'article-1', 'Très bon article, merci.');
    expect(created.status).toBe(201);
    expect(created.body.comment).toMatchObject({
      body: 'Très bon article, merci.',
      status: 'approved',
      parentId: null,
    });

    const list = await t.raw<CommentList>('GET', `/v1/comments?site=${site}&page=article-1`);

    expect(list.status).toBe(200);
    expect(list.body.page).toMatchObject({ site, page: 'article-1', commentCount: 1, closed: false });
    expect(list.body.comments.map((c) => c.id)).toEqual([created.body.comment.id]);
    expect(list.body.comments[0]?.author).toEqual({ id: null, name: 'Camille', guest: true, staff: false });
    expect(JSON.stringify(list.body)).not.toContain('camille@example.org');
    expect(list.body.nextCursor).toBeNull();
  });

  it('answers an article without comments with an empty thread and a zero count', async () => {
    const site = await t.site();
    const list = await t.raw<CommentList>('GET', `/v1/comments?site=${site}&page=nothing-yet`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({
      page: { commentCount: 0, closed: false },
      comments: [],
      nextCursor: null,
    });
    expect(list.body.site).toMatchObject({ id: site, guests: true, maxLength: 5000 });
  });

  it('nests a reply under its parent and counts it', async () => {
    const site = await t.site();
    const parent = await posted(site, 'a', 'Premier');
    const reply = await post(site, 'a', 'Réponse', { parentId: parent });
    expect(reply.status).toBe(201);
    expect(reply.body.comment).toMatchObject({ parentId: parent, depth: 1 });

    const list = await listComments(t.client(), { site, page: 'a', sort: 'newest' });

    expect(list.page?.commentCount).toBe(2);
    expect(list.comments).toHaveLength(1);
    expect(list.comments[0]).toMatchObject({ id: parent, replyCount: 1 });
    expect(list.comments[0]?.replies.map((c) => c.id)).toEqual([reply.body.comment.id]);
  });

  it('orders top-level comments newest or oldest first, replies oldest first under each', async () => {
    const site = await t.site();
    const first = await posted(site, 'a', 'un');
    const second = await posted(site, 'a', 'deux');
    const r1 = await posted(site, 'a', 'r1', { parentId: first });
    const r2 = await posted(site, 'a', 'r2', { parentId: first });

    const newest = await listComments(t.client(), { site, page: 'a', sort: 'newest' });
    const oldest = await listComments(t.client(), { site, page: 'a', sort: 'oldest' });

    expect(newest.comments.map((c) => c.id)).toEqual([second, first]);
    expect(oldest.comments.map((c) => c.id)).toEqual([first, second]);
    expect(oldest.comments[0]?.replies.map((c) => c.id)).toEqual([r1, r2]);
    expect(newest.comments[1]?.replies.map((c) => c.id)).toEqual([r1, r2]);
  });

  it('keeps line breaks, normalises to NFC and removes control characters', async () => {
    const site = await t.site();
    const created = await postComment(
      t.client(),
      comment(site, 'a', '  Cafe\u0301\r\nligne\u0007 deux\u0000  '),
      newKey(),
    );
    expect(created.comment.body).toBe('Café\nligne deux');
  });

  it('holds a comment on a pre-moderated site and leaves it out of the thread and the count', async () => {
    const site = await t.site({ moderation: 'pre' });
    const created = await postComment(t.client(), comment(site, 'a', 'En attente'), newKey());
    expect(created.comment.status).toBe('pending');

    const list = await listComments(t.client(), { site, page: 'a', sort: 'newest' });
    expect(list.comments).toEqual([]);
    expect(list.page?.commentCount).toBe(0);
  });
});

describe('counts for article lists', () => {
  it('gives the published count of many pages in one call, replies included, 0 for unknown ones', async () => {
    const site = await t.site();
    const parent = await posted(site, 'a', 'x');
    await posted(site, 'a', 'y', { parentId: parent });
    await posted(site, 'b', 'z');

    const counts = await t.raw<PageCounts>('GET', `/v1/counts?site=${site}&page=a&page=b&page=c`);

    expect(counts.status).toBe(200);
    expect(counts.body).toEqual({ counts: { a: 2, b: 1, c: 0 } });
  });
});
