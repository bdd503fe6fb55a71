/**
 * Issue 14, point 9 (a): the `unreviewed` queue ("À relire"): comments a post-moderated site
 * published at posting, with no human look yet, until a moderator decides on them. Through the
 * real handlers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { deleteComment, listComments, postComment } from '../../widget/src/api/comments.js';
import { decide, listQueue } from '../../widget/src/api/moderation.js';
import { newKey } from '../support/test-fetcher.js';
import { type Reader, type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let moderator: Staff;
let reader: Reader;
beforeAll(async () => {
  moderator = await t.staff(['moderators']);
  reader = await t.reader();
});

const mod = () => t.client(moderator.idToken);
const unreviewed = async (site: string) =>
  (await listQueue(mod(), { site, status: 'unreviewed' })).comments.map((item) => item.comment.id);
const post = async (site: string, body: string, token = reader.idToken) =>
  (await postComment(t.client(token), { site, page: 'p', body }, newKey())).comment.id;

describe('the unreviewed queue', () => {
  it('lists the comments a post-moderated site published at posting, newest first', async () => {
    const site = await t.site({ moderation: 'post' });
    const first = await post(site, 'premier avis');
    const second = await post(site, 'second avis');

    const ids = await unreviewed(site);

    expect(ids).toEqual([second, first]);
  });

  it('does not list comments a pre-moderated site holds', async () => {
    const site = await t.site({ moderation: 'pre' });
    await post(site, 'un avis en attente');

    expect(await unreviewed(site)).toEqual([]);
  });

  it('does not list a moderator’s own comment', async () => {
    const site = await t.site({ moderation: 'post' });
    await post(site, 'la rédaction répond', moderator.idToken);

    expect(await unreviewed(site)).toEqual([]);
  });

  it('lets a moderator approve a published comment there, which keeps it published and takes it out', async () => {
    const site = await t.site({ moderation: 'post' });
    const id = await post(site, 'un avis à relire');

    const { results } = await decide(mod(), { [id]: 'approved' }, 'approve');

    expect(results).toEqual([{ id, ok: true, status: 'approved', pinned: false }]);
    expect(await unreviewed(site)).toEqual([]);
    const thread = await listComments(t.client(), { site, page: 'p', sort: 'newest' });
    expect(thread.comments.map((c) => c.id)).toEqual([id]);
    expect(thread.page?.commentCount).toBe(1);
  });

  it('refuses a second approval once the comment is reviewed', async () => {
    const site = await t.site({ moderation: 'post' });
    const id = await post(site, 'un avis relu');
    await decide(mod(), { [id]: 'approved' }, 'approve');

    const { results } = await decide(mod(), { [id]: 'approved' }, 'approve');

    expect(results[0]).toMatchObject({ id, ok: false, error: { code: 'action_not_allowed' } });
  });

  it('takes out a comment a moderator rejects, pins or the author deletes', async () => {
    const site = await t.site({ moderation: 'post' });
    const rejected = await post(site, 'un avis refusé');
    const pinned = await post(site, 'un avis épinglé');
    const deleted = await post(site, 'un avis retiré');
    const kept = await post(site, 'un avis pas encore lu');

    await decide(mod(), { [rejected]: 'approved' }, 'reject');
    await decide(mod(), { [pinned]: 'approved' }, 'pin');
    await deleteComment(t.client(reader.idToken), deleted);

    expect(await unreviewed(site)).toEqual([kept]);
  });

  it('pages newest first with a cursor', async () => {
    const site = await t.site({ moderation: 'post' });
    const ids = [];
    for (const body of ['un', 'deux', 'trois']) ids.push(await post(site, `avis ${body}`));

    const first = await listQueue(mod(), { site, status: 'unreviewed', limit: 2 });
    const second = await listQueue(mod(), {
      site,
      status: 'unreviewed',
      limit: 2,
      cursor: first.nextCursor ?? '',
    });

    expect([...first.comments, ...second.comments].map((item) => item.comment.id)).toEqual(ids.reverse());
    expect(first.comments[0]?.unreviewed).toBe(true);
  });
});
