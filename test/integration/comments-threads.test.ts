import { beforeAll, describe, expect, it } from 'vitest';
import type { Comment, CreatedComment } from '../../functions/comments/types.js';
import type { ErrorBody } from '../../functions/shared/http/errors.js';
import { deleteComment, type ListQuery, listComments } from '../../widget/src/api/comments.js';
import { decide } from '../../widget/src/api/moderation.js';
import { bearer } from '../support/test-app.js';
import { type Reader, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let author: Reader;
beforeAll(async () => {
  author = await t.reader('Autrice');
});

const guest = { name: 'Camille', email: 'camille@example.org' };

/** Posts as the signed-in author (who can delete it), or as a guest. */
async function post(site: string, body: string, parentId?: string, asAuthor = false): Promise<Comment> {
  const res = await t.raw<CreatedComment>(
    'POST',
    '/v1/comments',
    { site, page: 'p', body, parentId, ...(asAuthor ? {} : { author: { ...guest, name: body } }) },
    asAuthor ? bearer(author.idToken) : {},
  );
  expect(res.status).toBe(201);
  return res.body.comment;
}

const remove = (id: string) => deleteComment(t.client(author.idToken), id);
const list = (site: string, query: Partial<ListQuery> = {}) =>
  listComments(t.client(), { site, page: 'p', sort: 'newest', ...query });

/** Every comment of a response, depth first, as `status:body`. */
const flat = (comments: Comment[]): string[] =>
  comments.flatMap((c) => [`${c.status}:${c.body}`, ...flat(c.replies)]);

describe('threads: replies under deleted comments, the deepest level, empty placeholders', () => {
  it('counts in threadCount the published replies at any depth, which thread= lists', async () => {
    const site = await t.site();
    const root = await post(site, 'racine');
    const middle = await post(site, 'milieu', root.id);
    await post(site, 'feuille', middle.id);

    const top = await list(site, { sort: 'top' });
    const thread = await list(site, { sort: 'top', thread: root.id });

    expect(top.comments[0]).toMatchObject({ replyCount: 1, threadCount: 2 });
    expect(flat(thread.comments)).toEqual(['approved:milieu', 'approved:feuille']);
  });

  it('still offers, in top order, the replies reachable only through a deleted reply', async () => {
    const site = await t.site();
    const root = await post(site, 'racine');
    const middle = await post(site, 'milieu', root.id, true);
    await post(site, 'feuille', middle.id);

    await remove(middle.id);
    const top = await list(site, { sort: 'top' });
    const thread = await list(site, { sort: 'top', thread: root.id });

    expect(top.comments[0]).toMatchObject({ replyCount: 0, threadCount: 1 });
    expect(flat(thread.comments)).toEqual(['deleted:', 'approved:feuille']);
  });

  it('lists no placeholder for a deleted comment with no reply', async () => {
    const site = await t.site();
    await post(site, 'reste');
    const gone = await post(site, 'parti', undefined, true);

    await remove(gone.id);
    const listed = await list(site);
    const top = await list(site, { sort: 'top' });

    expect(flat(listed.comments)).toEqual(['approved:reste']);
    expect(flat(top.comments)).toEqual(['approved:reste']);
  });

  it('removes a placeholder once the last reply below it is deleted', async () => {
    const site = await t.site();
    const root = await post(site, 'racine', undefined, true);
    const reply = await post(site, 'réponse', root.id, true);
    await remove(root.id);
    expect(flat((await list(site)).comments)).toEqual(['deleted:', 'approved:réponse']);

    await remove(reply.id);

    expect((await list(site)).comments).toEqual([]);
  });

  it('stores a reply to a comment at the deepest level beside it, naming whom it answers', async () => {
    const site = await t.site({ maxDepth: 1 });
    const root = await post(site, 'racine');
    const deepest = await post(site, 'Léa', root.id);

    const answer = await post(site, 'Réponse à Léa', deepest.id);
    const thread = await list(site);

    expect(answer).toMatchObject({ parentId: root.id, depth: 1, replyTo: { id: deepest.id, name: 'Léa' } });
    expect(thread.comments[0]).toMatchObject({ replyCount: 2, threadCount: 2 });
    expect(thread.comments[0]?.replies.map((c: Comment) => c.replyTo?.name ?? null)).toEqual([null, 'Léa']);
  });

  it('refuses a reply when the site allows none (maxDepth 0)', async () => {
    const site = await t.site({ maxDepth: 0 });
    const root = await post(site, 'racine');

    const res = await t.raw<ErrorBody>('POST', '/v1/comments', {
      site,
      page: 'p',
      body: 'non',
      parentId: root.id,
      author: guest,
    });

    expect(res).toMatchObject({ status: 400, body: { error: { code: 'parent_too_deep' } } });
  });

  it('brings a placeholder back when a moderator publishes a reply below it later', async () => {
    const site = await t.site({ moderation: 'pre' });
    const moderator = await t.staff(['moderators']);
    const root = await post(site, 'racine', undefined, true);
    await decide(t.client(moderator.idToken), { [root.id]: 'pending' }, 'approve');
    const held = await post(site, 'réponse en attente', root.id);
    await remove(root.id);
    expect((await list(site)).comments).toEqual([]);

    const approved = await t.raw(
      'POST',
      '/v1/moderation/decisions',
      { commentIds: [held.id], seen: { [held.id]: 'pending' }, action: 'approve' },
      bearer(moderator.idToken),
    );

    expect(approved.status).toBe(200);
    expect(flat((await list(site)).comments)).toEqual(['deleted:', 'approved:réponse en attente']);
  });
});
