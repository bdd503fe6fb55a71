/**
 * The moderation queue and the audit log page with the shared cursor: every comment or entry
 * once, in order, and a cursor only continues the listing (queue, site, comment) it came from.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, bearer, createTestSite, staff, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let moderator: Awaited<ReturnType<typeof staff>>;
beforeAll(async () => {
  app = await startTestApp();
  moderator = await staff(app, ['moderators']);
});
afterAll(() => app.stop());

const get = (path: string) => api(app, 'GET', path, undefined, bearer(moderator.idToken));

/** A pre-moderated site: every comment waits in its `pending` queue. */
const heldSite = () => createTestSite({ moderation: 'pre', postsPerMinutePerIp: 1000 });

let n = 0;
/** Posts `count` guest comments, one after the other (so in this order in the queue). */
async function pendingComments(site: string, count: number, page = 'p'): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const author = { name: `Invité ${n}`, email: `invite${n}@example.org` };
    const res = await api(app, 'POST', '/v1/comments', { site, page, body: `en attente ${n++}`, author });
    ids.push(res.body.comment.id);
  }
  return ids;
}

/** Approves each comment, one decision (one log entry) after the other. */
async function approveEach(ids: string[]) {
  for (const id of ids) {
    const body = { commentIds: [id], action: 'approve' };
    await api(app, 'POST', '/v1/moderation/decisions', body, bearer(moderator.idToken));
  }
}

/** Every page of a listing, following `nextCursor` (at most 20 pages). */
async function allPages(path: string, items: (body: { [key: string]: unknown }) => unknown[]) {
  const seen: unknown[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const res = await get(`${path}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status).toBe(200);
    seen.push(...items(res.body));
    cursor = res.body.nextCursor;
    pages++;
  } while (cursor && pages < 20);
  return seen;
}

describe('the moderation queue', () => {
  it('pages through every waiting comment once, oldest first', async () => {
    const site = await heldSite();
    const ids = await pendingComments(site, 3, 'p#1');

    const seen = await allPages(`/v1/moderation/queue?site=${site}&status=pending`, (body) =>
      (body.comments as { comment: { id: string } }[]).map((c) => c.comment.id),
    );

    expect(seen).toEqual(ids);
  });

  it('refuses a cursor of another queue or another site', async () => {
    const site = await heldSite();
    const other = await heldSite();
    await pendingComments(site, 2);
    const first = await get(`/v1/moderation/queue?site=${site}&status=pending&limit=1`);
    const cursor: string = first.body.nextCursor;

    const otherQueue = await get(`/v1/moderation/queue?site=${site}&status=spam&cursor=${cursor}`);
    const otherSite = await get(`/v1/moderation/queue?site=${other}&status=pending&cursor=${cursor}`);

    expect(otherQueue).toMatchObject({ status: 400, body: { error: { code: 'invalid_cursor' } } });
    expect(otherSite).toMatchObject({ status: 400, body: { error: { code: 'invalid_cursor' } } });
  });

  it('hands out a cursor that holds no table key', async () => {
    const site = await heldSite();
    await pendingComments(site, 2);

    const first = await get(`/v1/moderation/queue?site=${site}&status=pending&limit=1`);
    const decoded = Buffer.from(first.body.nextCursor, 'base64url').toString('utf8');

    expect(decoded).not.toMatch(/QUEUE#|PAGE#|gsi2pk|"pk"/);
  });
});

describe('the audit log', () => {
  it('pages through a site log once, newest first', async () => {
    const site = await heldSite();
    const ids = await pendingComments(site, 3);
    await approveEach(ids);

    const seen = await allPages(`/v1/moderation/log?site=${site}`, (body) =>
      (body.entries as { commentId: string }[]).map((e) => e.commentId),
    );

    expect(seen).toEqual([...ids].reverse());
  });

  it("refuses a site log's cursor on a comment's log", async () => {
    const site = await heldSite();
    const ids = await pendingComments(site, 2);
    await approveEach(ids);
    const first = await get(`/v1/moderation/log?site=${site}&limit=1`);

    const onComment = await get(
      `/v1/moderation/log?site=${site}&comment=${ids[0]}&cursor=${first.body.nextCursor}`,
    );

    expect(onComment).toMatchObject({ status: 400, body: { error: { code: 'invalid_cursor' } } });
  });
});
