import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  bearer,
  createTestSite,
  manyReaders,
  signUpReader,
  startTestApp,
  type TestApp,
} from '../support/test-app.js';

let app: TestApp;
let reader: Awaited<ReturnType<typeof signUpReader>>;
beforeAll(async () => {
  app = await startTestApp();
  reader = await signUpReader(app, 'Réactive');
});
afterAll(() => app.stop());

const guest = { name: 'Invité', email: 'invite@example.org' };

let n = 0;
// Distinct texts: the same text twice in a row from one author is held as a repeat.
async function newComment(site: string, page = 'p', parentId?: string) {
  const body = `réagissez ${n++}`;
  const res = await api(app, 'POST', '/v1/comments', { site, page, body, author: guest, parentId });
  return res.body.comment.id as string;
}

describe('reacting to a comment', () => {
  it('counts a reaction once however often it is sent, and shows it in the thread', async () => {
    const site = await createTestSite();
    const id = await newComment(site);

    const first = await api(
      app,
      'PUT',
      `/v1/comments/${id}/reactions/like`,
      undefined,
      bearer(reader.idToken),
    );
    const again = await api(
      app,
      'PUT',
      `/v1/comments/${id}/reactions/like`,
      undefined,
      bearer(reader.idToken),
    );

    expect(first.body).toEqual({ reactions: { like: 1 }, mine: ['like'] });
    expect(again.body).toEqual({ reactions: { like: 1 }, mine: ['like'] });
    const list = await api(app, 'GET', `/v1/comments?site=${site}&page=p`, undefined, bearer(reader.idToken));
    expect(list.body.comments[0].reactions).toEqual({ like: 1 });
    expect(list.body.myReactions.comments[id]).toEqual(['like']);
  });

  it('removes a reaction, never below zero', async () => {
    const site = await createTestSite();
    const id = await newComment(site);
    await api(app, 'PUT', `/v1/comments/${id}/reactions/like`, undefined, bearer(reader.idToken));

    const removed = await api(
      app,
      'DELETE',
      `/v1/comments/${id}/reactions/like`,
      undefined,
      bearer(reader.idToken),
    );
    const removedAgain = await api(
      app,
      'DELETE',
      `/v1/comments/${id}/reactions/like`,
      undefined,
      bearer(reader.idToken),
    );

    expect(removed.body).toEqual({ reactions: {}, mine: [] });
    expect(removedAgain.body).toEqual({ reactions: {}, mine: [] });
  });

  it('replaces the previous reaction on a one-reaction site, adds up on a many-reaction site', async () => {
    const one = await createTestSite({ reactionTypes: ['like', 'love'], reactionsPerReader: 'one' });
    const many = await createTestSite({ reactionTypes: ['like', 'love'], reactionsPerReader: 'many' });
    const a = await newComment(one);
    const b = await newComment(many);
    for (const id of [a, b]) {
      await api(app, 'PUT', `/v1/comments/${id}/reactions/like`, undefined, bearer(reader.idToken));
    }

    const replaced = await api(
      app,
      'PUT',
      `/v1/comments/${a}/reactions/love`,
      undefined,
      bearer(reader.idToken),
    );
    const added = await api(
      app,
      'PUT',
      `/v1/comments/${b}/reactions/love`,
      undefined,
      bearer(reader.idToken),
    );

    expect(replaced.body).toEqual({ reactions: { love: 1 }, mine: ['love'] });
    expect(added.body.reactions).toEqual({ like: 1, love: 1 });
    expect([...added.body.mine].sort()).toEqual(['like', 'love']);
  });

  it('refuses a guest with 401, a type the site does not enable, an unknown type and an unknown comment', async () => {
    const site = await createTestSite({ reactionTypes: ['like'] });
    const id = await newComment(site);

    expect((await api(app, 'PUT', `/v1/comments/${id}/reactions/like`)).body.error.code).toBe('unauthorized');
    const notEnabled = await api(
      app,
      'PUT',
      `/v1/comments/${id}/reactions/love`,
      undefined,
      bearer(reader.idToken),
    );
    expect(notEnabled).toMatchObject({ status: 400, body: { error: { code: 'reaction_type_not_enabled' } } });
    const unknownType = await api(
      app,
      'PUT',
      `/v1/comments/${id}/reactions/boo`,
      undefined,
      bearer(reader.idToken),
    );
    expect(unknownType).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    const unknown = await api(
      app,
      'PUT',
      '/v1/comments/01ARZ3NDEKTSV4RRFFQ69G5FAV/reactions/like',
      undefined,
      bearer(reader.idToken),
    );
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'comment_not_found' } } });
    const otherSite = await createTestSite();
    const foreign = await api(
      app,
      'PUT',
      `/v1/comments/${id}/reactions/like?site=${otherSite}`,
      undefined,
      bearer(reader.idToken),
    );
    expect(foreign.status).toBe(404);
  });

  it('refuses a reaction to a deleted comment', async () => {
    const site = await createTestSite();
    const author = await signUpReader(app);
    const created = await api(
      app,
      'POST',
      '/v1/comments',
      { site, page: 'p', body: 'x' },
      bearer(author.idToken),
    );
    await api(app, 'DELETE', `/v1/comments/${created.body.comment.id}`, undefined, bearer(author.idToken));
    const res = await api(
      app,
      'PUT',
      `/v1/comments/${created.body.comment.id}/reactions/like`,
      undefined,
      bearer(reader.idToken),
    );
    expect(res.status).toBe(404);
  });
});

describe('exact counts under concurrency', () => {
  it('counts 200 different readers reacting at the same moment exactly 200', async () => {
    const site = await createTestSite();
    const id = await newComment(site);
    const tokens = await manyReaders(app, 200);

    const results = await Promise.all(
      tokens.map((t) => api(app, 'PUT', `/v1/comments/${id}/reactions/like`, undefined, bearer(t))),
    );

    expect(results.filter((r) => r.status !== 200).map((r) => r.body)).toEqual([]);
    const list = await api(app, 'GET', `/v1/comments?site=${site}&page=p`);
    expect(list.body.comments[0].reactions).toEqual({ like: 200 });
  }, 120_000);

  it('leaves 1 after one reader sends the same reaction 20 times at once, and 0 after removing it 20 times', async () => {
    const site = await createTestSite();
    const id = await newComment(site);
    const put = () => api(app, 'PUT', `/v1/comments/${id}/reactions/like`, undefined, bearer(reader.idToken));
    const del = () =>
      api(app, 'DELETE', `/v1/comments/${id}/reactions/like`, undefined, bearer(reader.idToken));

    await Promise.all(Array.from({ length: 20 }, put));
    const afterPut = await api(app, 'GET', `/v1/comments?site=${site}&page=p`);
    await Promise.all(Array.from({ length: 20 }, del));
    const afterDelete = await api(app, 'GET', `/v1/comments?site=${site}&page=p`);

    expect(afterPut.body.comments[0].reactions).toEqual({ like: 1 });
    expect(afterDelete.body.comments[0].reactions).toEqual({});
  });
});

describe('reacting to the article', () => {
  it('counts reactions on an article without comments yet, and shows them with the thread', async () => {
    const site = await createTestSite();
    const res = await api(
      app,
      'PUT',
      `/v1/pages/reactions/like?site=${site}&page=empty`,
      undefined,
      bearer(reader.idToken),
    );
    expect(res.body).toEqual({ reactions: { like: 1 }, mine: ['like'] });

    const list = await api(
      app,
      'GET',
      `/v1/comments?site=${site}&page=empty`,
      undefined,
      bearer(reader.idToken),
    );
    expect(list.body.page).toMatchObject({ commentCount: 0, reactions: { like: 1 } });
    expect(list.body.myReactions.page).toEqual(['like']);
    expect(list.body.comments).toEqual([]);
  });
});

describe('top order', () => {
  it('orders top-level comments by score, then newest, and pages through them', async () => {
    const site = await createTestSite();
    const [a, b, c] = [await newComment(site), await newComment(site), await newComment(site)];
    await newComment(site, 'p', a);
    const readers = await manyReaders(app, 3);
    for (const token of readers)
      await api(app, 'PUT', `/v1/comments/${b}/reactions/like`, undefined, bearer(token));
    await api(app, 'PUT', `/v1/comments/${a}/reactions/like`, undefined, bearer(readers[0] ?? ''));

    const top = await api(app, 'GET', `/v1/comments?site=${site}&page=p&sort=top&limit=2`);
    const next = await api(
      app,
      'GET',
      `/v1/comments?site=${site}&page=p&sort=top&limit=2&cursor=${top.body.nextCursor}`,
    );

    expect(top.body.comments.map((x: { id: string }) => x.id)).toEqual([b, a]);
    expect(next.body.comments.map((x: { id: string }) => x.id)).toEqual([c]);
    expect(top.body.comments[1].replyCount).toBe(1);
  });

  it('lists the replies of one thread with thread=', async () => {
    const site = await createTestSite();
    const root = await newComment(site);
    const r1 = await newComment(site, 'p', root);
    const r2 = await newComment(site, 'p', r1);
    await newComment(site);

    const res = await api(app, 'GET', `/v1/comments?site=${site}&page=p&thread=${root}`);

    expect(res.body.page).toBeNull();
    expect(res.body.comments.map((x: { id: string }) => x.id)).toEqual([r1]);
    expect(res.body.comments[0].replies.map((x: { id: string }) => x.id)).toEqual([r2]);
  });
});

describe('accounts and reactions', () => {
  it('removes a deleted account’s reactions with their counts, and exports them before', async () => {
    const site = await createTestSite();
    const id = await newComment(site);
    const leaving = await signUpReader(app);
    await api(app, 'PUT', `/v1/comments/${id}/reactions/like`, undefined, bearer(leaving.idToken));
    await api(app, 'PUT', `/v1/pages/reactions/like?site=${site}&page=p`, undefined, bearer(leaving.idToken));

    const exported = await api(app, 'GET', '/v1/me/export', undefined, bearer(leaving.idToken));
    await api(app, 'DELETE', '/v1/me', undefined, bearer(leaving.idToken));

    expect(exported.body.reactions).toHaveLength(2);
    const list = await api(app, 'GET', `/v1/comments?site=${site}&page=p`);
    expect(list.body.comments[0].reactions).toEqual({});
    expect(list.body.page.reactions).toEqual({});
  });
});
