/**
 * Issue 13, point 3: an edit runs the rules a new comment by its author would meet at that moment
 * (first comments, links, words), and an edit on a closed article is refused as a new comment is.
 * Through the real handlers and DynamoDB Local.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommentAnswer } from '../../functions/comments/types.js';
import type { ErrorBody } from '../../functions/shared/http/errors.js';
import type { SiteSettings } from '../../functions/sites/schemas.js';
import { listComments, postComment } from '../../widget/src/api/comments.js';
import { closePage, decide, listQueue } from '../../widget/src/api/moderation.js';
import { bearer } from '../support/test-app.js';
import { newKey } from '../support/test-fetcher.js';
import { type Reader, type Staff, useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
let moderator: Staff;
beforeAll(async () => {
  moderator = await t.staff(['moderators']);
});

const mod = () => t.client(moderator.idToken);
const post = async (site: string, reader: Reader, body: string) =>
  (await postComment(t.client(reader.idToken), { site, page: 'p', body }, newKey())).comment;
/** The edit as sent by the widget, with its status and error kept for the assertions. */
const edit = (reader: Reader, id: string, body: string) =>
  t.raw<CommentAnswer & ErrorBody>('PATCH', `/v1/comments/${id}`, { body }, bearer(reader.idToken));
const publicThread = (site: string) => listComments(t.client(), { site, page: 'p', sort: 'newest' });

/** A site and a reader whose comment is published there. */
async function publishedComment(settings: Partial<SiteSettings>, text = 'un avis mesuré') {
  const site = await t.site(settings);
  const reader = await t.reader();
  const comment = await post(site, reader, text);
  if (comment.status !== 'approved') await decide(mod(), { [comment.id]: comment.status }, 'approve');
  return { site, reader, id: comment.id };
}

describe('an edit runs the rules of a new comment', () => {
  it('holds an approved newcomer’s edit of their first comment, out of the thread and in the queue', async () => {
    // Prepare: the first comment was held, then approved: the newcomer has one approved comment, this one.
    const { site, reader, id } = await publishedComment({ holdFirstComments: 1 });

    // Act
    const edited = await edit(reader, id, 'Gagnez de l’argent facile ici');

    // Assess
    expect(edited.status).toBe(200);
    expect(edited.body.comment).toMatchObject({
      status: 'pending',
      moderation: { phase: 'first_comments', params: { approved: 0, required: 1 } },
    });
    expect((await publicThread(site)).comments.map((c) => c.id)).not.toContain(id);
    const queued = await listQueue(mod(), { site, status: 'pending' });
    expect(queued.comments.map((q) => q.comment.id)).toEqual([id]);
  });

  it('publishes the edit of a reader who has other approved comments beside it', async () => {
    const { site, reader, id } = await publishedComment({ holdFirstComments: 1 });
    const second = await post(site, reader, 'un deuxième avis');
    expect(second.status).toBe('approved');

    const edited = await edit(reader, id, 'un avis corrigé');

    expect(edited.body.comment).toMatchObject({ status: 'approved', body: 'un avis corrigé' });
  });

  it('holds an edit that adds more links than the site allows, as a new comment would be', async () => {
    const { site, reader, id } = await publishedComment({ maxLinks: 1 });

    const edited = await edit(reader, id, 'voir https://a.example et https://b.example');

    expect(edited.body.comment).toMatchObject({
      status: 'pending',
      moderation: { phase: 'links', code: 'too_many_links', params: { links: 2, max: 1 } },
    });
    expect((await publicThread(site)).comments).toEqual([]);
  });

  it('rejects an edit that adds a banned word, as a new comment would be', async () => {
    const { site, reader, id } = await publishedComment({ bannedWords: ['crétin'] });

    const edited = await edit(reader, id, 'Quel CR3T1IIIN, celui-là');

    expect(edited.body.comment).toMatchObject({ status: 'rejected', moderation: { phase: 'banned_words' } });
    expect((await publicThread(site)).comments).toEqual([]);
  });
});

describe('an edit on a closed article', () => {
  it('refuses an edit with page_closed, as a new comment, and keeps the text', async () => {
    // Prepare
    const { site, reader, id } = await publishedComment({});
    await closePage(mod(), site, 'p', true);

    // Act
    const edited = await edit(reader, id, 'un texte réécrit après la fermeture');

    // Assess
    expect(edited.status).toBe(403);
    expect(edited.body.error).toMatchObject({
      code: 'page_closed',
      message: 'This article is closed to new comments.',
    });
    expect((await publicThread(site)).comments[0]).toMatchObject({ id, body: 'un avis mesuré' });
  });

  it('refuses an edit that would be held with page_closed, leaving the comment published', async () => {
    const { site, reader, id } = await publishedComment({ maxLinks: 0 });
    await closePage(mod(), site, 'p', true);

    const edited = await edit(reader, id, 'voir https://a.example');

    expect(edited.body.error?.code).toBe('page_closed');
    expect((await publicThread(site)).comments[0]).toMatchObject({ id, status: 'approved' });
  });
});
