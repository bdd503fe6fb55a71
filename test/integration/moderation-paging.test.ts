/**
 * The moderation queue and the audit log page with the shared cursor: every comment or entry
 * once, in order, and a cursor only continues the listing (queue, site, comment) it came from.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../functions/shared/types.js';
import { postComment } from '../../widget/src/api/comments.js';
import type { Fetcher } from '../../widget/src/api/fetcher.js';
import { decide } from '../../widget/src/api/moderation.js';
import { bearer } from '../support/test-app.js';
import { newKey } from '../support/test-fetcher.js';
import { type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let moderator: Staff;
let asModerator: Fetcher;
beforeAll(async () => {
  moderator = await t.staff(['moderators']);
  asModerator = t.client(moderator.idToken);
});

/** A listing page as the moderator, raw: its status and cursor are what these tests check. */
type ListingPage = { nextCursor: string; [key: string]: unknown } & Partial<ErrorBody>;
const get = (path: string) => t.raw<ListingPage>('GET', path, undefined, bearer(moderator.idToken));

/** A pre-moderated site: every comment waits in its `pending` queue. */
const heldSite = () => t.site({ moderation: 'pre', postsPerMinutePerIp: 1000 });

let n = 0;
/** Posts `count` guest comments, one after the other (so in this order in the queue). */
async function pendingComments(site: string, count: number, page = 'p'): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const author = { name: `Invité ${n}`, email: `invite${n}@example.org` };
    const { comment } = await postComment(
      t.client(),
      { site, page, body: `en attente ${n++}`, author },
      newKey(),
    );
    ids.push(comment.id);
  }
  return ids;
}

/** Approves each comment, one decision (one log entry) after the other. */
async function approveEach(ids: string[]) {
  for (const id of ids) await decide(asModerator, { [id]: 'pending' }, 'approve');
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

  it('offers no next page after a last page that is full', async () => {
    const site = await heldSite();
    const ids = await pendingComments(site, 2);

    const first = await get(`/v1/moderation/queue?site=${site}&status=pending&limit=1`);
    const second = await get(
      `/v1/moderation/queue?site=${site}&status=pending&limit=1&cursor=${first.body.nextCursor}`,
    );

    expect(first.body.nextCursor).toEqual(expect.any(String));
    expect((second.body.comments as { comment: { id: string } }[]).map((c) => c.comment.id)).toEqual([
      ids[1],
    ]);
    expect(second.body.nextCursor).toBeNull();
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

    // Each comment's hold at posting is logged too, before the decisions.
    expect(seen).toEqual([...[...ids].reverse(), ...[...ids].reverse()]);
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
