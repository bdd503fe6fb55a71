import { beforeAll, describe, expect, it } from 'vitest';
import { deleteMe } from '../../widget/src/api/account.js';
import { deleteComment, listComments, postComment } from '../../widget/src/api/comments.js';
import { reactToComment, reactToPage } from '../../widget/src/api/reactions.js';
import { bearer } from '../support/test-app.js';
import { newKey } from '../support/test-fetcher.js';
import { type Reader, useTestApp } from '../support/use-test-app.js';

// Stored counts follow the reactions from the stream: each test that reads them back waits for
// the fold (`t.counted()`), which fails past the suites' stated delay (COUNTS_EXACT_WITHIN_MS).

const t = useTestApp();
let reader: Reader;
beforeAll(async () => {
  reader = await t.reader('Réactive');
});

const guest = { name: 'Invité', email: 'invite@example.org' };

let n = 0;
// Distinct texts: the same text twice in a row from one author is held as a repeat.
async function newComment(site: string, page = 'p', parentId?: string) {
  const body = `réagissez ${n++}`;
  const res = await postComment(t.client(), { site, page, body, author: guest, parentId }, newKey());
  return res.comment.id;
}

/** The reader's reaction of `type` on comment `id` of `site`, set (`on`) or removed. */
const react = (site: string, id: string, type: string, on = true, token = reader.idToken) =>
  reactToComment(t.client(token), site, id, type, on);
/** Page p of `site`, as `token` sees it (or anyone). */
const thread = (site: string, token?: string, page = 'p') =>
  listComments(t.client(token), { site, page, sort: 'newest' });

describe('reacting to a comment', () => {
  it('counts a reaction once however often it is sent, and shows it in the thread', async () => {
    const site = await t.site();
    const id = await newComment(site);

    const first = await react(site, id, 'like');
    await t.counted();
    const again = await react(site, id, 'like');
    await t.counted();

    expect(first).toEqual({ reactions: { like: 1 }, mine: ['like'] });
    expect(again).toEqual({ reactions: { like: 1 }, mine: ['like'] });
    const list = await thread(site, reader.idToken);
    expect(list.comments[0]?.reactions).toEqual({ like: 1 });
    expect(list.myReactions?.comments[id]).toEqual(['like']);
  });

  it('removes a reaction, never below zero', async () => {
    const site = await t.site();
    const id = await newComment(site);
    await react(site, id, 'like');

    const removed = await react(site, id, 'like', false);
    await t.counted();
    const removedAgain = await react(site, id, 'like', false);
    await t.counted();

    expect(removed).toEqual({ reactions: {}, mine: [] });
    expect(removedAgain).toEqual({ reactions: {}, mine: [] });
    expect((await thread(site)).comments[0]?.reactions).toEqual({});
  });

  it('replaces the previous reaction on a one-reaction site, adds up on a many-reaction site', async () => {
    const one = await t.site({ reactionTypes: ['like', 'love'], reactionsPerReader: 'one' });
    const many = await t.site({ reactionTypes: ['like', 'love'], reactionsPerReader: 'many' });
    const a = await newComment(one);
    const b = await newComment(many);
    await react(one, a, 'like');
    await react(many, b, 'like');
    await t.counted();

    const replaced = await react(one, a, 'love');
    const added = await react(many, b, 'love');

    expect(replaced).toEqual({ reactions: { love: 1 }, mine: ['love'] });
    expect(added.reactions).toEqual({ like: 1, love: 1 });
    expect([...added.mine].sort()).toEqual(['like', 'love']);
    await t.counted();
    expect((await thread(one)).comments[0]?.reactions).toEqual({ love: 1 });
  });

  it('refuses a guest with 401, a type the site does not enable, an unknown type and an unknown comment', async () => {
    const site = await t.site({ reactionTypes: ['like'] });
    const id = await newComment(site);
    type Refused = { error: { code: string } };

    expect((await t.raw<Refused>('PUT', `/v1/comments/${id}/reactions/like`)).body.error.code).toBe(
      'unauthorized',
    );
    const notEnabled = await t.raw(
      'PUT',
      `/v1/comments/${id}/reactions/love`,
      undefined,
      bearer(reader.idToken),
    );
    expect(notEnabled).toMatchObject({ status: 400, body: { error: { code: 'reaction_type_not_enabled' } } });
    const unknownType = await t.raw(
      'PUT',
      `/v1/comments/${id}/reactions/boo`,
      undefined,
      bearer(reader.idToken),
    );
    expect(unknownType).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    const unknown = await t.raw(
      'PUT',
      '/v1/comments/01ARZ3NDEKTSV4RRFFQ69G5FAV/reactions/like',
      undefined,
      bearer(reader.idToken),
    );
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'comment_not_found' } } });
    const otherSite = await t.site();
    const foreign = await t.raw(
      'PUT',
      `/v1/comments/${id}/reactions/like?site=${otherSite}`,
      undefined,
      bearer(reader.idToken),
    );
    expect(foreign.status).toBe(404);
  });

  it('refuses a reaction to a deleted comment', async () => {
    const site = await t.site();
    const author = await t.reader();
    const created = await postComment(t.client(author.idToken), { site, page: 'p', body: 'x' }, newKey());
    await deleteComment(t.client(author.idToken), created.comment.id);
    const res = await t.raw(
      'PUT',
      `/v1/comments/${created.comment.id}/reactions/like`,
      undefined,
      bearer(reader.idToken),
    );
    expect(res.status).toBe(404);
  });
});

describe('exact counts under concurrency', () => {
  it('counts 200 different readers reacting at the same moment exactly 200', async () => {
    const site = await t.site();
    const id = await newComment(site);
    const tokens = await t.readers(200);

    const results = await Promise.all(
      tokens.map((token) => t.raw('PUT', `/v1/comments/${id}/reactions/like`, undefined, bearer(token))),
    );

    await t.counted();

    expect(results.filter((r) => r.status !== 200).map((r) => r.body)).toEqual([]);
    const list = await thread(site);
    expect(list.comments[0]?.reactions).toEqual({ like: 200 });
  }, 120_000);

  it('leaves 1 after one reader sends the same reaction 20 times at once, and 0 after removing it 20 times', async () => {
    const site = await t.site();
    const id = await newComment(site);
    // Raw: a request of the burst that fails must not stop the others (the counts are the test).
    const put = () => t.raw('PUT', `/v1/comments/${id}/reactions/like`, undefined, bearer(reader.idToken));
    const del = () => t.raw('DELETE', `/v1/comments/${id}/reactions/like`, undefined, bearer(reader.idToken));

    await Promise.all(Array.from({ length: 20 }, put));
    await t.counted();
    const afterPut = await thread(site);
    await Promise.all(Array.from({ length: 20 }, del));
    await t.counted();
    const afterDelete = await thread(site);

    expect(afterPut.comments[0]?.reactions).toEqual({ like: 1 });
    expect(afterDelete.comments[0]?.reactions).toEqual({});
  });
});

describe('reacting to the article', () => {
  it('counts reactions on an article without comments yet, and shows them with the thread', async () => {
    const site = await t.site();
    const res = await reactToPage(t.client(reader.idToken), site, 'empty', 'like', true);
    expect(res).toEqual({ reactions: { like: 1 }, mine: ['like'] });

    await t.counted();
    const list = await thread(site, reader.idToken, 'empty');
    expect(list.page).toMatchObject({ commentCount: 0, reactions: { like: 1 } });
    expect(list.myReactions?.page).toEqual(['like']);
    expect(list.comments).toEqual([]);
  });
});

describe('top order', () => {
  it('orders top-level comments by score, then newest, and pages through them', async () => {
    const site = await t.site();
    const [a, b, c] = [await newComment(site), await newComment(site), await newComment(site)];
    await newComment(site, 'p', a);
    const readers = await t.readers(3);
    for (const token of readers) await react(site, b, 'like', true, token);
    await react(site, a, 'like', true, readers[0] ?? '');
    await t.counted();

    const query = { site, page: 'p', sort: 'top', limit: 2 } as const;
    const top = await listComments(t.client(), query);
    const next = await listComments(t.client(), { ...query, cursor: top.nextCursor ?? undefined });

    expect(top.comments.map((x) => x.id)).toEqual([b, a]);
    expect(next.comments.map((x) => x.id)).toEqual([c]);
    expect(top.comments[1]?.replyCount).toBe(1);
  });

  it('lists the replies of one thread with thread=', async () => {
    const site = await t.site();
    const root = await newComment(site);
    const r1 = await newComment(site, 'p', root);
    const r2 = await newComment(site, 'p', r1);
    await newComment(site);

    const res = await listComments(t.client(), { site, page: 'p', sort: 'newest', thread: root });

    expect(res.page).toBeNull();
    expect(res.comments.map((x) => x.id)).toEqual([r1]);
    expect(res.comments[0]?.replies.map((x) => x.id)).toEqual([r2]);
  });
});

describe('accounts and reactions', () => {
  it('removes a deleted account’s reactions with their counts, and exports them before', async () => {
    const site = await t.site();
    const id = await newComment(site);
    const leaving = await t.reader();
    await react(site, id, 'like', true, leaving.idToken);
    await reactToPage(t.client(leaving.idToken), site, 'p', 'like', true);

    const exported = await t.raw<{ reactions: unknown[] }>(
      'GET',
      '/v1/me/export',
      undefined,
      bearer(leaving.idToken),
    );
    await deleteMe(t.client(leaving.idToken));
    await t.counted();

    expect(exported.body.reactions).toHaveLength(2);
    const list = await thread(site);
    expect(list.comments[0]?.reactions).toEqual({});
    expect(list.page?.reactions).toEqual({});
  });
});
