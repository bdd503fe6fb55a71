import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestSite, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const guest = { name: 'Camille', email: 'camille@example.org' };

function post(site: string, page: string, body: string, extra: Record<string, unknown> = {}, headers = {}) {
  return api(app, 'POST', '/v1/comments', { site, page, body, author: guest, ...extra }, headers);
}

describe('posting and listing comments', () => {
  it('lists a posted comment with the page count and without the email', async () => {
    const site = await createTestSite();
    const created = await post(site, 'article-1', 'Très bon article, merci.');
    expect(created.status).toBe(201);
    expect(created.body.comment).toMatchObject({
      body: 'Très bon article, merci.',
      status: 'approved',
      parentId: null,
    });

    const list = await api(app, 'GET', `/v1/comments?site=${site}&page=article-1`);

    expect(list.status).toBe(200);
    expect(list.body.page).toMatchObject({ site, page: 'article-1', commentCount: 1, closed: false });
    expect(list.body.comments.map((c: { id: string }) => c.id)).toEqual([created.body.comment.id]);
    expect(list.body.comments[0].author).toEqual({ id: null, name: 'Camille', guest: true, staff: false });
    expect(JSON.stringify(list.body)).not.toContain('camille@example.org');
    expect(list.body.nextCursor).toBeNull();
  });

  it('answers an article without comments with an empty thread and a zero count', async () => {
    const site = await createTestSite();
    const list = await api(app, 'GET', `/v1/comments?site=${site}&page=nothing-yet`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({
      page: { commentCount: 0, closed: false },
      comments: [],
      nextCursor: null,
    });
    expect(list.body.site).toMatchObject({ id: site, guests: true, maxLength: 5000 });
  });

  it('nests a reply under its parent and counts it', async () => {
    const site = await createTestSite();
    const parent = await post(site, 'a', 'Premier');
    const reply = await post(site, 'a', 'Réponse', { parentId: parent.body.comment.id });
    expect(reply.status).toBe(201);
    expect(reply.body.comment).toMatchObject({ parentId: parent.body.comment.id, depth: 1 });

    const list = await api(app, 'GET', `/v1/comments?site=${site}&page=a`);

    expect(list.body.page.commentCount).toBe(2);
    expect(list.body.comments).toHaveLength(1);
    expect(list.body.comments[0]).toMatchObject({ id: parent.body.comment.id, replyCount: 1 });
    expect(list.body.comments[0].replies.map((c: { id: string }) => c.id)).toEqual([reply.body.comment.id]);
  });

  it('orders top-level comments newest or oldest first, replies oldest first under each', async () => {
    const site = await createTestSite();
    const first = (await post(site, 'a', 'un')).body.comment.id;
    const second = (await post(site, 'a', 'deux')).body.comment.id;
    const r1 = (await post(site, 'a', 'r1', { parentId: first })).body.comment.id;
    const r2 = (await post(site, 'a', 'r2', { parentId: first })).body.comment.id;

    const newest = await api(app, 'GET', `/v1/comments?site=${site}&page=a&sort=newest`);
    const oldest = await api(app, 'GET', `/v1/comments?site=${site}&page=a&sort=oldest`);

    expect(newest.body.comments.map((c: { id: string }) => c.id)).toEqual([second, first]);
    expect(oldest.body.comments.map((c: { id: string }) => c.id)).toEqual([first, second]);
    expect(oldest.body.comments[0].replies.map((c: { id: string }) => c.id)).toEqual([r1, r2]);
    expect(newest.body.comments[1].replies.map((c: { id: string }) => c.id)).toEqual([r1, r2]);
  });

  it('keeps line breaks, normalises to NFC and removes control characters', async () => {
    const site = await createTestSite();
    const created = await post(site, 'a', '  Cafe\u0301\r\nligne\u0007 deux\u0000  ');
    expect(created.body.comment.body).toBe('Café\nligne deux');
  });

  it('holds a comment on a pre-moderated site and leaves it out of the thread and the count', async () => {
    const site = await createTestSite({ moderation: 'pre' });
    const created = await post(site, 'a', 'En attente');
    expect(created.body.comment.status).toBe('pending');

    const list = await api(app, 'GET', `/v1/comments?site=${site}&page=a`);
    expect(list.body.comments).toEqual([]);
    expect(list.body.page.commentCount).toBe(0);
  });
});

describe('counts for article lists', () => {
  it('gives the published count of many pages in one call, replies included, 0 for unknown ones', async () => {
    const site = await createTestSite();
    const parent = await post(site, 'a', 'x');
    await post(site, 'a', 'y', { parentId: parent.body.comment.id });
    await post(site, 'b', 'z');

    const counts = await api(app, 'GET', `/v1/counts?site=${site}&page=a&page=b&page=c`);

    expect(counts.status).toBe(200);
    expect(counts.body).toEqual({ counts: { a: 2, b: 1, c: 0 } });
  });
});
